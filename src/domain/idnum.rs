//! Resident ID numbers (公民身份号码, GB 11643-1999).
//!
//! 18 characters: address code (6) + birth date YYYYMMDD (8) + sequence (3, odd =
//! male) + ISO 7064 MOD 11-2 check character (`0`–`9` or `X`). The legacy 15-digit
//! form (address + YYMMDD in 19xx + sequence, no check) is upgraded to 18 on parse.
//! The address code is *not* validated here: retired codes stay valid for life, so
//! the region history decides that.

use std::fmt;

use jiff::civil::Date;

/// Weights of ISO 7064 MOD 11-2 for the first 17 digits (2^(17−i) mod 11).
const WEIGHTS: [u8; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/// Check character indexed by the weighted sum mod 11.
const CHECK: &[u8; 11] = b"10X98765432";
/// Earliest birth date accepted.
const MIN_BIRTH: Date = Date::constant(1850, 1, 1);

/// Gender encoded by the parity of the sequence number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Gender {
    Male,
    Female,
}

impl Gender {
    /// GB/T 2261.1 code: `'1'` male, `'2'` female.
    pub fn code(self) -> char {
        match self {
            Gender::Male => '1',
            Gender::Female => '2',
        }
    }

    /// Chinese label: 男 / 女.
    pub fn zh(self) -> &'static str {
        match self {
            Gender::Male => "男",
            Gender::Female => "女",
        }
    }

    /// Reads 男/女, M/F, male/female (any case) or the codes 1/2; surrounding
    /// whitespace is ignored.
    pub fn parse(s: &str) -> Option<Gender> {
        let s = s.trim();
        match s {
            "男" | "1" => Some(Gender::Male),
            "女" | "2" => Some(Gender::Female),
            _ if s.eq_ignore_ascii_case("m") || s.eq_ignore_ascii_case("male") => Some(Gender::Male),
            _ if s.eq_ignore_ascii_case("f") || s.eq_ignore_ascii_case("female") => Some(Gender::Female),
            _ => None,
        }
    }
}

/// Why a value is not a valid ID number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdError {
    /// Neither 18 nor 15 characters (the count is in characters).
    Length(usize),
    /// A character other than a digit, or `X` anywhere but the 18th position.
    Charset,
    /// Not a real Gregorian date, or before 1850-01-01.
    Date,
    /// Birth date after the reference day.
    FutureDate,
    /// The check character does not match the first 17 digits.
    Checksum { expected: char, found: char },
}

impl IdError {
    /// Rule id for reports: `id.format`, `id.date` or `id.checksum`.
    pub fn rule(&self) -> &'static str {
        match self {
            IdError::Length(_) | IdError::Charset => "id.format",
            IdError::Date | IdError::FutureDate => "id.date",
            IdError::Checksum { .. } => "id.checksum",
        }
    }
}

impl fmt::Display for IdError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IdError::Length(n) => write!(f, "wrong length: {n} characters (expected 18 or 15)"),
            IdError::Charset => f.write_str("bad format: digits only, X allowed as the 18th character"),
            IdError::Date => f.write_str("invalid birth date"),
            IdError::FutureDate => f.write_str("birth date is in the future"),
            IdError::Checksum { expected, found } => {
                write!(f, "bad check character: expected {expected}, found {found}")
            }
        }
    }
}

impl std::error::Error for IdError {}

/// A valid 18-character ID number (legacy numbers are stored upgraded).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct IdNumber([u8; 18]);

impl IdNumber {
    /// The 18 characters.
    pub fn as_str(&self) -> &str {
        // Always ASCII: only `parse` builds an IdNumber.
        std::str::from_utf8(&self.0).unwrap_or_default()
    }

    /// Address code (first 6 digits) where the number was first issued.
    pub fn region_code(&self) -> &str {
        std::str::from_utf8(&self.0[..6]).unwrap_or_default()
    }

    /// Birth date (digits 7–14).
    pub fn birth_date(&self) -> Date {
        let (y, m, d) = ymd(&self.0[6..14]);
        Date::new(y, m, d).unwrap_or_default()
    }

    /// Sequence number (digits 15–17).
    pub fn sequence(&self) -> u16 {
        digits(&self.0[14..17]) as u16
    }

    /// Gender: odd sequence = male.
    pub fn gender(&self) -> Gender {
        // ASCII digits have the parity of their value.
        if self.0[16] & 1 == 1 {
            Gender::Male
        } else {
            Gender::Female
        }
    }

    /// The check character (`0`–`9` or `X`).
    pub fn check_char(&self) -> char {
        self.0[17] as char
    }

    /// Age in full years on `date` (negative if `date` is before the birth).
    /// Someone born on 29 February turns a year older on 1 March in common years.
    pub fn age_on(&self, date: Date) -> i16 {
        let birth = self.birth_date();
        let mut age = date.year() - birth.year();
        if (date.month(), date.day()) < (birth.month(), birth.day()) {
            age -= 1;
        }
        age
    }
}

impl fmt::Display for IdNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for IdNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "IdNumber({})", self.as_str())
    }
}

/// ISO 7064 MOD 11-2 check character (`b'0'`–`b'9'` or `b'X'`) of 17 ASCII digits.
/// Other input gives an unspecified character (never a panic).
pub fn check_char(first17: &[u8]) -> u8 {
    let sum: u32 = first17.iter().zip(WEIGHTS).map(|(&b, w)| u32::from(b.wrapping_sub(b'0')) * u32::from(w)).sum();
    CHECK[(sum % 11) as usize]
}

/// Parses an ID number strictly: 18 characters (uppercase `X` only) or the 15-digit
/// legacy form, a real birth date between 1850-01-01 and `today`, and the check
/// character. Input is not normalized: run `normalize_code` first for raw data.
pub fn parse(s: &str, today: Date) -> Result<IdNumber, IdError> {
    let b = s.as_bytes();
    let mut id = [0u8; 18];
    match b.len() {
        18 => {
            if !b[..17].iter().all(u8::is_ascii_digit) || !matches!(b[17], b'0'..=b'9' | b'X') {
                return Err(IdError::Charset);
            }
            id.copy_from_slice(b);
        }
        15 => {
            if !b.iter().all(u8::is_ascii_digit) {
                return Err(IdError::Charset);
            }
            id[..6].copy_from_slice(&b[..6]);
            id[6..8].copy_from_slice(b"19");
            id[8..17].copy_from_slice(&b[6..]);
            id[17] = check_char(&id[..17]);
        }
        _ => {
            return Err(match s.chars().count() {
                15 | 18 => IdError::Charset,
                n => IdError::Length(n),
            })
        }
    }
    let birth = birth_date(&id[6..14])?;
    if birth > today {
        return Err(IdError::FutureDate);
    }
    let expected = check_char(&id[..17]);
    if id[17] != expected {
        return Err(IdError::Checksum { expected: expected as char, found: id[17] as char });
    }
    Ok(IdNumber(id))
}

/// True for the stored normal form: 17 ASCII digits and a digit or upper-case `X` (nothing
/// else is checked).
pub fn is_normal18(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 18 && b[..17].iter().all(u8::is_ascii_digit) && (b[17].is_ascii_digit() || b[17] == b'X')
}

/// True for 15 ASCII digits (the legacy form; the date is not checked).
pub fn is_legacy15(s: &str) -> bool {
    s.len() == 15 && s.bytes().all(|b| b.is_ascii_digit())
}

/// Converts a legacy 15-digit number to 18 characters (inserts `19`, appends the
/// check character). Checks the characters and the date, not the future bound.
pub fn upgrade15(s: &str) -> Result<String, IdError> {
    if !is_legacy15(s) {
        return Err(match s.chars().count() {
            15 => IdError::Charset,
            n => IdError::Length(n),
        });
    }
    let mut out = String::with_capacity(18);
    out.push_str(&s[..6]);
    out.push_str("19");
    out.push_str(&s[6..]);
    birth_date(&out.as_bytes()[6..14])?;
    out.push(check_char(out.as_bytes()) as char);
    Ok(out)
}

/// Builds a valid 18-character number for synthetic data. `seq` is taken mod 1000;
/// non-digit bytes of `region` (or missing ones) become `0`. The result parses as
/// long as `birth` lies between 1850-01-01 and the reference day.
pub fn make(region: &str, birth: Date, seq: u16) -> String {
    let mut id = [b'0'; 18];
    for (dst, &src) in id[..6].iter_mut().zip(region.as_bytes()) {
        if src.is_ascii_digit() {
            *dst = src;
        }
    }
    put_digits(&mut id[6..10], birth.year().unsigned_abs().into());
    put_digits(&mut id[10..12], birth.month().unsigned_abs().into());
    put_digits(&mut id[12..14], birth.day().unsigned_abs().into());
    put_digits(&mut id[14..17], u32::from(seq % 1000));
    id[17] = check_char(&id[..17]);
    id.iter().map(|&b| b as char).collect()
}

/// Heuristic for ID numbers mangled by Excel, which keeps 15 significant digits.
///
/// True for
/// * scientific notation with a 15–18 digit magnitude: `1.10105E+17`, `1.10105e17`
///   (mantissa `d[.ddd]`, exponent 14–17, optional `+`);
/// * 18 ASCII digits (optionally followed by `.0`) ending in `000` whose check
///   character fails: the last three digits were replaced by zeros.
///
/// Such values cannot be repaired. A damaged number whose zeros happen to satisfy
/// the check (1 in 11) is indistinguishable from a valid one and gives false.
pub fn looks_excel_damaged(s: &str) -> bool {
    let s = s.trim();
    if let Some((mantissa, exp)) = s.split_once(['E', 'e']) {
        let exp = exp.strip_prefix('+').unwrap_or(exp);
        let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
        let all_digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
        return int.len() == 1 && all_digits(int) && all_digits(frac) && matches!(exp, "14" | "15" | "16" | "17");
    }
    let s = s.strip_suffix(".0").unwrap_or(s);
    let b = s.as_bytes();
    b.len() == 18 && b.iter().all(u8::is_ascii_digit) && b.ends_with(b"000") && check_char(&b[..17]) != b[17]
}

/// Value of ASCII digits (caller guarantees digits).
fn digits(b: &[u8]) -> u32 {
    b.iter().fold(0, |acc, &d| acc * 10 + u32::from(d.wrapping_sub(b'0')))
}

fn put_digits(dst: &mut [u8], mut v: u32) {
    for d in dst.iter_mut().rev() {
        *d = b'0' + (v % 10) as u8;
        v /= 10;
    }
}

fn ymd(b: &[u8]) -> (i16, i8, i8) {
    (digits(&b[..4]) as i16, digits(&b[4..6]) as i8, digits(&b[6..8]) as i8)
}

/// Validates YYYYMMDD digits as a real date not before 1850-01-01, without
/// allocating (jiff errors allocate, so the calendar check is done here).
fn birth_date(b: &[u8]) -> Result<Date, IdError> {
    let (y, m, d) = ymd(b);
    let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    let dim = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return Err(IdError::Date),
    };
    if d < 1 || d > dim {
        return Err(IdError::Date);
    }
    match Date::new(y, m, d) {
        Ok(date) if date >= MIN_BIRTH => Ok(date),
        _ => Err(IdError::Date),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    const ID_VECTORS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/vectors/id_numbers.csv");

    const TODAY: Date = Date::constant(2026, 1, 1);

    /// Minimal CSV reader (quoted fields, `""` escapes, no embedded newlines).
    fn csv_rows(text: &str) -> Vec<Vec<String>> {
        text.lines()
            .filter(|l| !l.is_empty())
            .map(|line| {
                let (mut fields, mut cur, mut quoted) = (Vec::new(), String::new(), false);
                let mut chars = line.chars().peekable();
                while let Some(c) = chars.next() {
                    match c {
                        '"' if quoted && chars.peek() == Some(&'"') => {
                            cur.push('"');
                            chars.next();
                        }
                        '"' => quoted = !quoted,
                        ',' if !quoted => fields.push(std::mem::take(&mut cur)),
                        _ => cur.push(c),
                    }
                }
                fields.push(cur);
                fields
            })
            .collect()
    }

    #[test]
    fn vectors() {
        let text = std::fs::read_to_string(ID_VECTORS).unwrap();
        let rows = csv_rows(&text);
        assert_eq!(rows[0], ["value", "valid", "reason", "source"]);
        let (mut checked, mut valid, mut skipped) = (0, 0, 0);
        for row in &rows[1..] {
            let (value, want, reason) = (&row[0], row[1] == "true", &row[2]);
            // The vectors also require the address code to exist in the region
            // history; this module does not check that. Skip only rows whose sole
            // defect is the region ("bad region: ..."); rows that are also bad in
            // another way (e.g. a bad date) are still checked.
            if !want && reason.starts_with("bad region") {
                assert!(parse(value, TODAY).is_ok(), "{value} should pass format checks");
                skipped += 1;
                continue;
            }
            let got = parse(value, TODAY);
            assert_eq!(got.is_ok(), want, "{value}: {reason}: {got:?}");
            // The reason's rule family matches ours.
            if let Err(e) = got {
                let family = match e.rule() {
                    "id.format" => ["bad format", "wrong length"].as_slice(),
                    "id.date" => &["bad date"],
                    _ => &["bad checksum"],
                };
                assert!(family.iter().any(|f| reason.starts_with(f)), "{value}: {reason} vs {e}");
            }
            checked += 1;
            valid += usize::from(want);
        }
        assert_eq!((checked, valid, skipped), (36, 18, 3));
    }

    #[test]
    fn legacy_upgrade() {
        assert_eq!(upgrade15("110105491231002").unwrap(), "11010519491231002X");
        assert_eq!(upgrade15("150102880730303").unwrap(), "150102198807303035");
        assert_eq!(upgrade15("330102200403064").unwrap(), "33010219200403064X");
        assert_eq!(upgrade15("110105491332002"), Err(IdError::Date));
        assert_eq!(upgrade15("11010549123100X"), Err(IdError::Charset));
        assert_eq!(upgrade15("1101054912310"), Err(IdError::Length(13)));
        let id = parse("110105491231002", TODAY).unwrap();
        assert_eq!(id.as_str(), "11010519491231002X");
        assert!(is_legacy15("110105491231002"));
        assert!(!is_legacy15("11010519491231002X"));
    }

    #[test]
    fn accessors() {
        let id = parse("11010519491231002X", TODAY).unwrap();
        assert_eq!(id.region_code(), "110105");
        assert_eq!(id.birth_date(), date(1949, 12, 31));
        assert_eq!(id.sequence(), 2);
        assert_eq!(id.gender(), Gender::Female);
        assert_eq!(id.check_char(), 'X');
        assert_eq!(id.age_on(date(2025, 12, 30)), 75);
        assert_eq!(id.age_on(date(2025, 12, 31)), 76);
        assert_eq!(id.to_string(), "11010519491231002X");
        let leap = parse("420106200002290055", TODAY).unwrap();
        assert_eq!(leap.gender(), Gender::Male);
        assert_eq!(leap.age_on(date(2001, 2, 28)), 0);
        assert_eq!(leap.age_on(date(2001, 3, 1)), 1);
    }

    #[test]
    fn errors() {
        let future = make("110105", date(2026, 1, 2), 1);
        assert_eq!(parse(&future, TODAY), Err(IdError::FutureDate));
        assert!(parse(&future, date(2026, 1, 2)).is_ok());
        let feb29 = make("110105", date(2000, 2, 29), 1).replacen("2000", "1999", 1);
        let fixed = format!("{}{}", &feb29[..17], check_char(&feb29.as_bytes()[..17]) as char);
        assert_eq!(parse(&fixed, TODAY), Err(IdError::Date));
        let old = make("110105", date(1849, 12, 31), 1);
        assert_eq!(parse(&old, TODAY), Err(IdError::Date));
        assert!(parse(&make("110105", date(1850, 1, 1), 1), TODAY).is_ok());
        assert_eq!(parse("11010519491231002x", TODAY), Err(IdError::Charset));
        assert_eq!(parse("１１０１０５４９１２３１００２", TODAY), Err(IdError::Charset));
        assert_eq!(parse("", TODAY), Err(IdError::Length(0)));
        let e = parse("110105194912310025", TODAY).unwrap_err();
        assert_eq!(e, IdError::Checksum { expected: 'X', found: '5' });
        assert_eq!(e.to_string(), "bad check character: expected X, found 5");
        assert_eq!(e.rule(), "id.checksum");
    }

    #[test]
    fn gender() {
        for s in ["男", "M", "m", "male", "Male", "1", " 男 "] {
            assert_eq!(Gender::parse(s), Some(Gender::Male), "{s}");
        }
        for s in ["女", "F", "f", "female", "FEMALE", "2"] {
            assert_eq!(Gender::parse(s), Some(Gender::Female), "{s}");
        }
        assert_eq!(Gender::parse("x"), None);
        assert_eq!((Gender::Male.code(), Gender::Female.zh()), ('1', "女"));
    }

    #[test]
    fn excel_damage() {
        for s in ["1.10105E+17", "1.10105e+17", "1.10105E17", "1.10105194912E+17", "4.40524E+14"] {
            assert!(looks_excel_damaged(s), "{s}");
        }
        assert!(looks_excel_damaged("110105194912310000"));
        assert!(looks_excel_damaged("110105194912310000.0"));
        assert!(!looks_excel_damaged("11010519491231002X"));
        assert!(!looks_excel_damaged("1.5E+3"));
        assert!(!looks_excel_damaged("ABCE+17"));
        // Valid number that happens to end in 000.
        let v = (0..1000).map(|s| make("110105", date(1980, 1, 1), s)).find(|s| s.ends_with("000")).unwrap();
        assert!(!looks_excel_damaged(&v));
    }

    /// xorshift64*: deterministic pseudo-random numbers for the property loop.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self, n: u64) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) % n
        }
    }

    #[test]
    fn property_make_parse() {
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        let span = (TODAY - MIN_BIRTH).get_days() as u64;
        for _ in 0..20_000 {
            let region = format!("{:06}", rng.next(1_000_000));
            let birth = MIN_BIRTH.checked_add(jiff::Span::new().days(rng.next(span + 1) as i64)).unwrap();
            let seq = rng.next(1000) as u16;
            let s = make(&region, birth, seq);
            let id = parse(&s, TODAY).unwrap_or_else(|e| panic!("{s}: {e}"));
            assert_eq!(id.as_str(), s);
            assert_eq!(id.region_code(), region);
            assert_eq!(id.birth_date(), birth);
            assert_eq!(id.sequence(), seq);
            assert_eq!(id.gender() == Gender::Male, seq % 2 == 1);
            assert!(!looks_excel_damaged(&s));
            // Any single substitution and any adjacent transposition is caught.
            let b = s.as_bytes();
            let i = rng.next(18) as usize;
            let mut m = b.to_vec();
            let alphabet = if i == 17 { b"0123456789X".as_slice() } else { b"0123456789" };
            m[i] = alphabet[rng.next(alphabet.len() as u64) as usize];
            if m[i] != b[i] {
                assert!(parse(std::str::from_utf8(&m).unwrap(), TODAY).is_err());
            }
            let j = rng.next(17) as usize;
            let mut t = b.to_vec();
            t.swap(j, j + 1);
            if t[j] != t[j + 1] {
                assert!(parse(std::str::from_utf8(&t).unwrap(), TODAY).is_err());
            }
        }
    }
}
