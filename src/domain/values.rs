//! Parsing of the values government exports carry: dates in their many spellings (and Excel
//! serial numbers), money in yuan, and the shape of a Chinese personal name.
use jiff::civil::Date;

/// A date as `2024-01-05`, `2024/1/5`, `2024.01.05`, `20240105`, `2024年1月5日`, or an Excel
/// serial day number (`45296`, `45296.0`: days since 1899-12-30).
pub fn parse_date(s: &str) -> Option<Date> {
    let s = s.trim();
    if s.is_empty() {
        return None;
    }
    if s.len() == 8 && s.bytes().all(|b| b.is_ascii_digit()) {
        return ymd(&s[..4], &s[4..6], &s[6..]);
    }
    // ISO, as every stored date is: read in place, without splitting.
    let b = s.as_bytes();
    if b.len() == 10 && b[4] == b'-' && b[7] == b'-' {
        let n = |r: std::ops::Range<usize>| b[r].iter().try_fold(0i16, |n, &c| c.is_ascii_digit().then(|| n * 10 + i16::from(c - b'0')));
        if let (Some(y), Some(m), Some(d)) = (n(0..4), n(5..7), n(8..10)) {
            return Date::new(y, m as i8, d as i8).ok();
        }
    }
    let serial = s.strip_suffix(".0").unwrap_or(s);
    if (4..=5).contains(&serial.len()) && serial.bytes().all(|b| b.is_ascii_digit()) {
        let days: i64 = serial.parse().ok()?;
        return (1..=2_958_465)
            .contains(&days)
            .then(|| Date::constant(1899, 12, 30).checked_add(jiff::Span::new().days(days)).ok())
            .flatten();
    }
    let s = s.trim_end_matches('日');
    let mut parts = s.split(['-', '/', '.', '年', '月']);
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    ymd(y, m, d)
}

fn ymd(y: &str, m: &str, d: &str) -> Option<Date> {
    if y.len() != 4 || m.is_empty() || m.len() > 2 || d.is_empty() || d.len() > 2 {
        return None;
    }
    Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?).ok()
}

/// A month as `(year, month)` from `2024-03`, `2024-3`, `2024/03`, `202403`, `2024年3月` or a
/// date in it (`2024-03-01`).
pub fn parse_month(s: &str) -> Option<(i16, i8)> {
    let s = s.trim().trim_end_matches('份');
    let b = s.as_bytes();
    let (y, m) = if b.len() == 6 && b.iter().all(u8::is_ascii_digit) {
        (&s[..4], &s[4..])
    } else {
        let mut parts = s.trim_end_matches('月').split(['-', '/', '.', '年']);
        let (y, m) = (parts.next()?, parts.next()?);
        if let Some(d) = parts.next() {
            return parse_date(s).filter(|_| !d.is_empty()).map(|d| (d.year(), d.month()));
        }
        (y, m)
    };
    if y.len() != 4 || m.is_empty() || m.len() > 2 || !y.bytes().chain(m.bytes()).all(|c| c.is_ascii_digit()) {
        return None;
    }
    let (y, m): (i16, i8) = (y.parse().ok()?, m.parse().ok()?);
    ((1900..=9999).contains(&y) && (1..=12).contains(&m)).then_some((y, m))
}

/// A month as stored: `YYYY-MM`.
pub fn format_month((y, m): (i16, i8)) -> String {
    format!("{y:04}-{m:02}")
}

/// An amount in yuan (`1234.5`, `1,234.50`, `¥1234`, `1234元`) as integer fen; at most two
/// decimals, not negative.
pub fn parse_fen(s: &str) -> Option<i64> {
    let s = s.trim().trim_start_matches(['¥', '￥']).trim_end_matches('元').trim();
    if (1..=12).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit()) {
        // Whole yuan, or fen as stored: no separators to drop.
        return s.parse::<i64>().ok().map(|y| y * 100);
    }
    let s: String = s.chars().filter(|c| *c != ',').collect();
    let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
    if int.is_empty()
        || int.len() > 12
        || !int.bytes().all(|b| b.is_ascii_digit())
        || frac.len() > 2
        || !frac.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let mut fen: i64 = int.parse::<i64>().ok()? * 100;
    if !frac.is_empty() {
        let f: i64 = frac.parse().ok()?;
        fen += if frac.len() == 1 { f * 10 } else { f };
    }
    Some(fen)
}

/// Fen as yuan with two decimals: `-1234.50`. The one way mzctl writes money.
pub fn format_fen(fen: i64) -> String {
    format!("{}{}.{:02}", if fen < 0 { "-" } else { "" }, fen.abs() / 100, fen.abs() % 100)
}

/// [`format_fen`] as a serde `serialize_with`: fen in memory, a yuan string in JSON.
pub fn serialize_yuan<S: serde::Serializer>(fen: &i64, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&format_fen(*fen))
}

/// What is wrong with a recorded personal name, if anything: digits, Latin letters, stray
/// punctuation, full-width characters, inner spaces, control characters, or the replacement
/// character U+FFFD that stands for bytes which were not text (a name written by another system
/// in another encoding). The middle dot of transliterated names (买买提·艾力) is fine.
pub fn name_problem(name: &str) -> Option<&'static str> {
    let name = name.trim();
    if name.is_empty() {
        return Some("blank name");
    }
    for c in name.chars() {
        let problem = match c {
            '0'..='9' => "digits in a name",
            'a'..='z' | 'A'..='Z' => "Latin letters in a name",
            '\u{FF01}'..='\u{FF5E}' | '\u{3000}' => "full-width characters in a name",
            c if c.is_whitespace() => "spaces inside a name",
            '·' | '•' => continue,
            c if c.is_ascii_punctuation() || ('\u{3000}'..='\u{303F}').contains(&c) => "punctuation in a name",
            '\u{FFFD}' => "unreadable characters in a name",
            c if c.is_control() => "control characters in a name",
            _ => continue,
        };
        return Some(problem);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        let d = Date::constant(2024, 1, 5);
        for s in ["2024-01-05", "2024/1/5", "2024.01.05", "20240105", "2024年1月5日", " 2024-1-5 ", "45296", "45296.0"] {
            assert_eq!(parse_date(s), Some(d), "{s}");
        }
        assert_eq!(parse_date("2024-02-29"), Some(Date::constant(2024, 2, 29)));
        assert_eq!(parse_date("0000-01-01"), Some(Date::constant(0, 1, 1)));
        for s in
            ["", "2024-13-01", "2023-02-29", "2024-00-10", "2024-01-00", "2024-1x-05", "5/1/2024", "abc", "2024-01-05-01", "1.10105E+17"]
        {
            assert_eq!(parse_date(s), None, "{s}");
        }
    }

    #[test]
    fn money() {
        assert_eq!(parse_fen("1234.5"), Some(123_450));
        for (m, want) in [
            ("2024-03", Some((2024, 3))),
            ("2024-3", Some((2024, 3))),
            ("202403", Some((2024, 3))),
            ("2024年3月", Some((2024, 3))),
            ("2024/03", Some((2024, 3))),
            ("2024-03-15", Some((2024, 3))),
            ("2024-13", None),
            ("24-03", None),
            ("", None),
            ("2024-03-99", None),
        ] {
            assert_eq!(parse_month(m), want, "{m}");
        }
        assert_eq!(parse_fen("1,234.56"), Some(123_456));
        assert_eq!(parse_fen("¥800"), Some(80_000));
        assert_eq!(parse_fen("800元"), Some(80_000));
        assert_eq!(parse_fen("0.07"), Some(7));
        assert_eq!(parse_fen("800"), Some(80_000));
        assert_eq!(parse_fen(" 0012 "), Some(1_200));
        assert_eq!(parse_fen("999999999999"), Some(99_999_999_999_900));
        assert_eq!(parse_fen("9999999999999"), None);
        for bad in ["", "-5", "1.234", "abc", "1e3", "."] {
            assert_eq!(parse_fen(bad), None, "{bad}");
        }
        assert_eq!(format_fen(123_450), "1234.50");
    }

    #[test]
    fn names() {
        assert_eq!(name_problem("王小明"), None);
        assert_eq!(name_problem("买买提·艾力"), None);
        assert_eq!(name_problem(""), Some("blank name"));
        assert_eq!(name_problem("王 明"), Some("spaces inside a name"));
        assert_eq!(name_problem("王明2"), Some("digits in a name"));
        assert_eq!(name_problem("王明A"), Some("Latin letters in a name"));
        assert_eq!(name_problem("王明！"), Some("full-width characters in a name"));
        assert_eq!(name_problem("王\u{FFFD}"), Some("unreadable characters in a name"));
        assert_eq!(name_problem("王\u{7}明"), Some("control characters in a name"));
    }
}
