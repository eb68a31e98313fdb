//! Text normalization and masking for codes typed into government spreadsheets.
//!
//! Codes (ID numbers, USCCs, region codes, phone numbers) arrive with full-width
//! characters, stray spaces and lowercase `x`. [`normalize_code`] repairs those and
//! reports every repair as a [`Change`], so a check can say what it changed. The
//! `mask_*` functions hide personal data in reports.

use std::borrow::Cow;

/// Converts full-width ASCII variants (U+FF01–U+FF5E) to ASCII and the ideographic
/// space (U+3000) to a space. Borrows when nothing changes.
pub fn to_halfwidth(s: &str) -> Cow<'_, str> {
    if s.is_ascii() || !s.chars().any(is_fullwidth) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(s.chars().map(halfwidth_char).collect())
}

fn is_fullwidth(c: char) -> bool {
    matches!(c, '\u{FF01}'..='\u{FF5E}' | '\u{3000}')
}

fn halfwidth_char(c: char) -> char {
    match c {
        // U+FF01..=U+FF5E map onto U+0021..=U+007E, a fixed offset of 0xFEE0.
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        _ => c,
    }
}

/// One repair made by [`normalize_code`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Change {
    /// Full-width characters were converted to ASCII.
    FullWidth,
    /// Leading or trailing whitespace was removed.
    Trimmed,
    /// A trailing lowercase `x` was uppercased.
    LowercaseX,
    /// Whitespace inside the value was removed.
    InnerSpaces,
}

impl Change {
    /// Short English description, for reports.
    pub fn describe(&self) -> &'static str {
        match self {
            Change::FullWidth => "full-width characters converted",
            Change::Trimmed => "leading/trailing spaces removed",
            Change::LowercaseX => "lowercase x uppercased",
            Change::InnerSpaces => "inner spaces removed",
        }
    }
}

/// A normalized value and the repairs that produced it (in the order applied).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Normalized {
    pub value: String,
    pub changes: Vec<Change>,
}

impl Normalized {
    /// True if the input was not already in normal form.
    pub fn changed(&self) -> bool {
        !self.changes.is_empty()
    }
}

/// Normalizes a code: half-width, trimmed, inner whitespace removed, trailing `x`
/// uppercased. Nothing else (case of other letters, punctuation) is touched.
pub fn normalize_code(s: &str) -> Normalized {
    let mut changes = Vec::new();
    let half = to_halfwidth(s);
    if matches!(half, Cow::Owned(_)) {
        changes.push(Change::FullWidth);
    }
    let trimmed = half.trim();
    if trimmed.len() != half.len() {
        changes.push(Change::Trimmed);
    }
    let mut value = String::with_capacity(trimmed.len());
    let mut inner = false;
    for c in trimmed.chars() {
        if c.is_whitespace() {
            inner = true;
        } else {
            value.push(c);
        }
    }
    if inner {
        changes.push(Change::InnerSpaces);
    }
    if value.ends_with('x') {
        value.pop();
        value.push('X');
        changes.push(Change::LowercaseX);
    }
    Normalized { value, changes }
}

/// Masks an ID-like value: keeps the first 6 and last 4 characters and replaces
/// the rest with `*` (`110105********002X`). Values of 10 characters or fewer keep
/// only their first and last character; values of 1–2 characters are fully masked.
pub fn mask_id(s: &str) -> String {
    let n = s.chars().count();
    let (head, tail) = match n {
        0..=2 => (0, 0),
        3..=10 => (1, 1),
        _ => (6, 4),
    };
    mask_chars(s, n, head, tail)
}

/// Keeps `head` leading and `tail` trailing characters of `s` (which has `n` chars).
fn mask_chars(s: &str, n: usize, head: usize, tail: usize) -> String {
    s.chars().enumerate().map(|(i, c)| if i < head || i + tail >= n { c } else { '*' }).collect()
}

/// Masks a phone number.
///
/// * Mainland mobile (11 digits starting with `1`, optionally after `+86`/`86`, with
///   any spaces or dashes): `138****5678` — prefix and separators are dropped.
/// * Landline starting with `0`: the area code is kept (the part before the first
///   `-`/space, or else `010`/`02x` = 3 digits, other = 4 digits); every later digit is
///   masked except the last two, separators are kept: `010-******78`.
/// * Anything else: all digits but the last two are masked.
pub fn mask_phone(s: &str) -> String {
    let s = s.trim();
    // Digits only, without a country prefix: used to recognise mobiles.
    let mut digits = [0u8; 16];
    let mut nd = 0;
    for b in s.bytes() {
        match b {
            b'0'..=b'9' if nd < digits.len() => {
                digits[nd] = b;
                nd += 1;
            }
            b'0'..=b'9' => return mask_tail(s, 0),
            b' ' | b'-' | b'+' => {}
            _ => return mask_tail(s, 0),
        }
    }
    let d = &digits[..nd];
    let local = match d {
        [b'8', b'6', rest @ ..] if rest.len() == 11 => rest,
        _ => d,
    };
    if local.len() == 11 && local[0] == b'1' {
        let mut out = String::with_capacity(11);
        out.extend(local[..3].iter().map(|&b| b as char));
        out.push_str("****");
        out.extend(local[7..].iter().map(|&b| b as char));
        return out;
    }
    if s.starts_with('0') {
        let area = match s.find(['-', ' ']) {
            Some(i) => i,
            None if matches!(s.as_bytes().get(1), Some(b'1' | b'2')) => 3,
            None => 4,
        };
        return mask_tail(s, area.min(s.len()));
    }
    mask_tail(s, 0)
}

/// A bank or social-security card account in human output: only its last four digits shown.
pub fn mask_account(s: &str) -> String {
    let s = s.trim();
    let total = s.bytes().filter(u8::is_ascii_digit).count();
    let mut seen = 0;
    s.chars()
        .map(|c| {
            if c.is_ascii_digit() {
                seen += 1;
                if seen + 4 > total {
                    return c;
                }
                return '*';
            }
            c
        })
        .collect()
}

/// Keeps `s[..keep]`, then masks every ASCII digit except the last two digits of `s`.
fn mask_tail(s: &str, keep: usize) -> String {
    let (head, rest) = s.split_at(keep);
    let total = rest.bytes().filter(u8::is_ascii_digit).count();
    let mut seen = 0;
    let mut out = String::with_capacity(s.len());
    out.push_str(head);
    for c in rest.chars() {
        if c.is_ascii_digit() {
            seen += 1;
            out.push(if seen + 2 > total { c } else { '*' });
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn halfwidth() {
        assert!(matches!(to_halfwidth("110105"), Cow::Borrowed(_)));
        assert!(matches!(to_halfwidth("民政局"), Cow::Borrowed(_)));
        assert_eq!(to_halfwidth("１１０１０５\u{3000}ｘ！～"), "110105 x!~");
    }

    #[test]
    fn normalize_reports_changes() {
        let n = normalize_code("\u{3000}１１０１０５ 19491231 002ｘ ");
        assert_eq!(n.value, "11010519491231002X");
        assert_eq!(n.changes, [Change::FullWidth, Change::Trimmed, Change::InnerSpaces, Change::LowercaseX]);
        let n = normalize_code("11010519491231002X");
        assert!(!n.changed());
        let n = normalize_code(" 12345x");
        assert_eq!(n.value, "12345X");
        assert_eq!(n.changes, [Change::Trimmed, Change::LowercaseX]);
        assert_eq!(Change::FullWidth.describe(), "full-width characters converted");
    }

    #[test]
    fn masks_ids() {
        assert_eq!(mask_id("11010519491231002X"), "110105********002X");
        assert_eq!(mask_id("110105491231002"), "110105*****1002");
        assert_eq!(mask_id("12345678"), "1******8");
        assert_eq!(mask_id("12"), "**");
        assert_eq!(mask_id(""), "");
        assert_eq!(mask_id("张三丰"), "张*丰");
    }

    #[test]
    fn masks_phones() {
        assert_eq!(mask_phone("13812345678"), "138****5678");
        assert_eq!(mask_phone("+86 138-1234-5678"), "138****5678");
        assert_eq!(mask_phone("8613812345678"), "138****5678");
        assert_eq!(mask_phone("010-12345678"), "010-******78");
        assert_eq!(mask_phone("01012345678"), "010******78");
        assert_eq!(mask_phone("0755 1234567"), "0755 *****67");
        assert_eq!(mask_phone("0755-1234567-801"), "0755-*******-*01");
        assert_eq!(mask_phone("12345678"), "******78");
        assert_eq!(mask_phone("n/a"), "n/a");
    }
}
