//! Unified social credit codes (统一社会信用代码, GB 32100-2015).
//!
//! 18 characters from `0123456789ABCDEFGHJKLMNPQRTUWXY`: registration authority (1),
//! organization type (1), region code of the registering authority (6 digits),
//! organization code (9, GB 11714: 8 characters and their own check), check character.
//! [`parse`] checks the format and the GB 32100 check; the inner GB 11714 check is
//! reported separately by [`Uscc::org_code_valid`], since early codes break it.

use std::fmt;

/// The 31-character code alphabet (no I, O, S, V, Z).
pub const ALPHABET: &[u8; 31] = b"0123456789ABCDEFGHJKLMNPQRTUWXY";
/// Weights 3^i mod 31.
const WEIGHTS: [u32; 17] = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
/// GB 11714 weights over the 8-character organization code body.
const ORG_WEIGHTS: [u32; 8] = [3, 7, 9, 10, 5, 8, 4, 2];
/// Byte → alphabet value, or `NONE`.
const VALUE: [u8; 256] = value_table();
const NONE: u8 = u8::MAX;

const fn value_table() -> [u8; 256] {
    let mut t = [NONE; 256];
    let mut i = 0;
    while i < ALPHABET.len() {
        t[ALPHABET[i] as usize] = i as u8;
        i += 1;
    }
    t
}

/// Why a value is not a valid USCC.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UsccError {
    /// Not 18 characters (the count is in characters).
    Length(usize),
    /// Character outside the alphabet at this 1-based position.
    Charset { pos: usize },
    /// Positions 3–8 (region code) are not all digits.
    Region,
    /// The check character does not match.
    Checksum { expected: char, found: char },
}

impl UsccError {
    /// Rule id for reports: `uscc.format` or `uscc.checksum`.
    pub fn rule(&self) -> &'static str {
        match self {
            UsccError::Checksum { .. } => "uscc.checksum",
            _ => "uscc.format",
        }
    }
}

impl fmt::Display for UsccError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UsccError::Length(n) => write!(f, "wrong length: {n} characters (expected 18)"),
            UsccError::Charset { pos } => write!(f, "illegal character at position {pos}"),
            UsccError::Region => f.write_str("region code (positions 3-8) is not 6 digits"),
            UsccError::Checksum { expected, found } => {
                write!(f, "bad check character: expected {expected}, found {found}")
            }
        }
    }
}

impl std::error::Error for UsccError {}

/// A USCC that passed [`parse`].
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Uscc([u8; 18]);

impl Uscc {
    /// The 18 characters.
    pub fn as_str(&self) -> &str {
        // Always ASCII: only `parse` builds a Uscc.
        std::str::from_utf8(&self.0).unwrap_or_default()
    }

    /// Registration authority (position 1; `5` = civil affairs, `9` = market regulation).
    pub fn authority(&self) -> char {
        self.0[0] as char
    }

    /// Organization type within the authority (position 2).
    pub fn org_type(&self) -> char {
        self.0[1] as char
    }

    /// Region code of the registering authority (positions 3–8).
    pub fn region_code(&self) -> &str {
        std::str::from_utf8(&self.0[2..8]).unwrap_or_default()
    }

    /// Organization code (positions 9–17: 8 characters + GB 11714 check).
    pub fn org_code(&self) -> &str {
        std::str::from_utf8(&self.0[8..17]).unwrap_or_default()
    }

    /// True if the organization code's own GB 11714 check character is right.
    pub fn org_code_valid(&self) -> bool {
        org_check_char(&self.0[8..16]) == Some(self.0[16])
    }
}

impl fmt::Display for Uscc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for Uscc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Uscc({})", self.as_str())
    }
}

/// GB 32100 check character of the first 17 characters, or `None` if the input is
/// not 17 alphabet characters.
pub fn check_char(first17: &[u8]) -> Option<u8> {
    if first17.len() != 17 {
        return None;
    }
    let mut sum = 0;
    for (&b, w) in first17.iter().zip(WEIGHTS) {
        let v = VALUE[b as usize];
        if v == NONE {
            return None;
        }
        sum += u32::from(v) * w;
    }
    Some(ALPHABET[((31 - sum % 31) % 31) as usize])
}

/// GB 11714 check character of an 8-character organization code body (digits and
/// uppercase letters, A = 10 … Z = 35): 11 − Σ mod 11, with 10 → `X` and 11 → `0`.
fn org_check_char(body: &[u8]) -> Option<u8> {
    if body.len() != 8 {
        return None;
    }
    let mut sum = 0;
    for (&b, w) in body.iter().zip(ORG_WEIGHTS) {
        let v = match b {
            b'0'..=b'9' => b - b'0',
            b'A'..=b'Z' => b - b'A' + 10,
            _ => return None,
        };
        sum += u32::from(v) * w;
    }
    Some(match 11 - sum % 11 {
        10 => b'X',
        11 => b'0',
        c => b'0' + c as u8,
    })
}

/// Parses a USCC strictly (uppercase, no spaces): length, alphabet, digits in the
/// region segment, check character. Authority/type assignments and whether the
/// region exists are not checked.
pub fn parse(s: &str) -> Result<Uscc, UsccError> {
    let b = s.as_bytes();
    if b.len() != 18 {
        return Err(match s.chars().count() {
            18 => UsccError::Charset { pos: s.chars().position(|c| !c.is_ascii()).unwrap_or(0) + 1 },
            n => UsccError::Length(n),
        });
    }
    if let Some(i) = b.iter().position(|&c| VALUE[c as usize] == NONE) {
        return Err(UsccError::Charset { pos: i + 1 });
    }
    if !b[2..8].iter().all(u8::is_ascii_digit) {
        return Err(UsccError::Region);
    }
    let expected = check_char(&b[..17]).unwrap_or(NONE);
    if b[17] != expected {
        return Err(UsccError::Checksum { expected: expected as char, found: b[17] as char });
    }
    let mut code = [0; 18];
    code.copy_from_slice(b);
    Ok(Uscc(code))
}

/// Builds a valid USCC for synthetic data: organization code body = `org_seq` mod
/// 10^8 as 8 digits, then its GB 11714 check, then the GB 32100 check. Lowercase
/// `authority`/`org_type` are uppercased; other characters outside the alphabet, and
/// non-digit or missing `region` bytes, become `0`, so the output always parses.
pub fn make(authority: char, org_type: char, region: &str, org_seq: u32) -> String {
    let sym = |c: char| {
        let c = c.to_ascii_uppercase();
        if c.is_ascii() && VALUE[c as usize] != NONE {
            c as u8
        } else {
            b'0'
        }
    };
    let mut code = [b'0'; 18];
    code[0] = sym(authority);
    code[1] = sym(org_type);
    for (dst, &src) in code[2..8].iter_mut().zip(region.as_bytes()) {
        if src.is_ascii_digit() {
            *dst = src;
        }
    }
    let mut seq = org_seq % 100_000_000;
    for d in code[8..16].iter_mut().rev() {
        *d = b'0' + (seq % 10) as u8;
        seq /= 10;
    }
    code[16] = org_check_char(&code[8..16]).unwrap_or(b'0');
    code[17] = check_char(&code[..17]).unwrap_or(b'0');
    code.iter().map(|&b| b as char).collect()
}

/// Organization types registered by civil affairs (authority `5`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CivilOrgType {
    /// 51 社会团体.
    SocialGroup,
    /// 52 社会服务机构 (formerly 民办非企业单位).
    SocialService,
    /// 53 基金会.
    Foundation,
    /// 59 other.
    Other,
}

impl CivilOrgType {
    /// The type for a civil-affairs code (`51`, `52`, `53`, `59`), else `None`.
    pub fn from_uscc(code: &Uscc) -> Option<CivilOrgType> {
        match (code.authority(), code.org_type()) {
            ('5', '1') => Some(CivilOrgType::SocialGroup),
            ('5', '2') => Some(CivilOrgType::SocialService),
            ('5', '3') => Some(CivilOrgType::Foundation),
            ('5', '9') => Some(CivilOrgType::Other),
            _ => None,
        }
    }

    /// The two leading characters of the USCC.
    pub fn code(self) -> &'static str {
        match self {
            CivilOrgType::SocialGroup => "51",
            CivilOrgType::SocialService => "52",
            CivilOrgType::Foundation => "53",
            CivilOrgType::Other => "59",
        }
    }

    /// Chinese name.
    pub fn zh(self) -> &'static str {
        match self {
            CivilOrgType::SocialGroup => "社会团体",
            CivilOrgType::SocialService => "社会服务机构",
            CivilOrgType::Foundation => "基金会",
            CivilOrgType::Other => "其他",
        }
    }

    /// Reads 社会团体, 社会服务机构, 民办非企业单位, 基金会 or 其他 (trimmed).
    pub fn parse_zh(s: &str) -> Option<CivilOrgType> {
        match s.trim() {
            "社会团体" => Some(CivilOrgType::SocialGroup),
            "社会服务机构" | "民办非企业单位" => Some(CivilOrgType::SocialService),
            "基金会" => Some(CivilOrgType::Foundation),
            "其他" => Some(CivilOrgType::Other),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const USCC_VECTORS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/vectors/uscc.csv");

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
        let text = std::fs::read_to_string(USCC_VECTORS).unwrap();
        let rows = csv_rows(&text);
        assert_eq!(rows[0], ["value", "valid", "reason", "source"]);
        let (mut valid, mut invalid, mut org_bad) = (0, 0, Vec::new());
        for row in &rows[1..] {
            let (value, want, reason) = (&row[0], row[1] == "true", &row[2]);
            let got = parse(value);
            assert_eq!(got.is_ok(), want, "{value}: {reason}: {got:?}");
            match got {
                Ok(code) => {
                    valid += 1;
                    if !code.org_code_valid() {
                        org_bad.push(value.as_str());
                    }
                }
                Err(e) => {
                    invalid += 1;
                    if let UsccError::Checksum { expected, found } = e {
                        assert!(
                            reason.contains(&format!("expected {expected}, got {found}")) || reason.contains("transposed"),
                            "{value}: {reason}"
                        );
                    }
                }
            }
        }
        assert_eq!((valid, invalid), (16, 10));
        // Valid USCCs whose inner GB 11714 check fails (the vectors do not test it):
        // so a bad organization code check must stay a warning, not an error.
        assert_eq!(org_bad, ["911101005JLR20JR60", "51110000MJ00000019", "53100000MJ00000035", "91440101MA5000013Y"]);
    }

    #[test]
    fn worked_example() {
        assert_eq!(check_char(b"91350100M000100Y4"), Some(b'3'));
        let c = parse("91350100M000100Y43").unwrap();
        assert_eq!((c.authority(), c.org_type()), ('9', '1'));
        assert_eq!(c.region_code(), "350100");
        assert_eq!(c.org_code(), "M000100Y4");
        assert_eq!(check_char(b"91350100M000100Y"), None);
        assert_eq!(check_char(b"91350100M000100YI"), None);
    }

    #[test]
    fn errors() {
        assert_eq!(parse("12345"), Err(UsccError::Length(5)));
        assert_eq!(parse("9111000060003IOZSV"), Err(UsccError::Charset { pos: 14 }));
        assert_eq!(parse("91A10000631696382B"), Err(UsccError::Region));
        assert_eq!(parse("９1110000600037341L"), Err(UsccError::Charset { pos: 1 }));
        let e = parse("91110000600037341N").unwrap_err();
        assert_eq!(e.to_string(), "bad check character: expected L, found N");
        assert_eq!(e.rule(), "uscc.checksum");
    }

    #[test]
    fn org_code_check() {
        // GB 11714 examples: D2143569-X style bodies.
        assert_eq!(org_check_char(b"D2143569"), Some(b'X'));
        assert_eq!(org_check_char(b"60003734"), Some(b'1'));
        assert!(parse("91110000600037341L").unwrap().org_code_valid());
        assert!(parse("91350100M000100Y43").unwrap().org_code_valid());
    }

    #[test]
    fn make_round_trip() {
        let mut seq = 1u32;
        for i in 0..20_000u32 {
            let auth = ALPHABET[(i % 31) as usize] as char;
            let typ = ALPHABET[(i / 31 % 31) as usize] as char;
            let region = format!("{:06}", i.wrapping_mul(7919) % 1_000_000);
            let s = make(auth, typ, &region, seq);
            let c = parse(&s).unwrap_or_else(|e| panic!("{s}: {e}"));
            assert!(c.org_code_valid(), "{s}");
            assert_eq!((c.authority(), c.org_type(), c.region_code()), (auth, typ, region.as_str()));
            assert_eq!(&c.org_code()[..8], format!("{:08}", seq % 100_000_000));
            seq = seq.wrapping_mul(2_654_435_761).wrapping_add(12_345);
        }
        // Bad inputs are coerced, never produce an invalid code.
        assert!(parse(&make('I', 'é', "44x", 7)).is_ok());
        assert_eq!(&make('5', '1', "110000", 1)[..8], "51110000");
    }

    #[test]
    fn civil_types() {
        let c = parse(&make('5', '3', "110000", 42)).unwrap();
        assert_eq!(CivilOrgType::from_uscc(&c), Some(CivilOrgType::Foundation));
        assert_eq!(CivilOrgType::from_uscc(&parse("91110000600037341L").unwrap()), None);
        assert_eq!(CivilOrgType::parse_zh("民办非企业单位"), Some(CivilOrgType::SocialService));
        for t in [CivilOrgType::SocialGroup, CivilOrgType::SocialService, CivilOrgType::Foundation, CivilOrgType::Other] {
            assert_eq!(CivilOrgType::parse_zh(t.zh()), Some(t));
            let b = t.code().as_bytes();
            let c = parse(&make(b[0] as char, b[1] as char, "110000", 1)).unwrap();
            assert_eq!(CivilOrgType::from_uscc(&c), Some(t));
        }
    }
}
