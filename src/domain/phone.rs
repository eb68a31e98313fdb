//! Mainland China phone numbers: mobile or landline, hand-parsed (no regex, no
//! allocation).
//!
//! * Mobile: `1[3-9]` + 9 digits, either contiguous or in 3-4-4 groups separated by
//!   one space or dash each; optionally after a `+86` or `86` prefix (itself
//!   optionally followed by a space or dash).
//! * Landline: area code, optional `-` or space, 7–8 digit local number, optional
//!   `-` extension of 1–6 digits. Area codes are `010` and `02x` (3 digits), else `0`
//!   and 3 more digits: the real split, which makes numbers without a separator
//!   unambiguous (stricter than "`0` and 2–3 digits").

/// What kind of number a value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PhoneKind {
    Mobile,
    Landline,
}

/// Classifies a phone number (surrounding whitespace ignored), or `None`.
pub fn classify(s: &str) -> Option<PhoneKind> {
    let s = s.trim().as_bytes();
    if is_mobile(s) {
        Some(PhoneKind::Mobile)
    } else if is_landline(s) {
        Some(PhoneKind::Landline)
    } else {
        None
    }
}

fn is_mobile(s: &[u8]) -> bool {
    let rest = s.strip_prefix(b"+86").or_else(|| s.strip_prefix(b"86"));
    if let Some(rest) = rest {
        let rest = match rest {
            [b' ' | b'-', tail @ ..] => tail,
            _ => rest,
        };
        if mobile_body(rest) {
            return true;
        }
    }
    mobile_body(s)
}

/// `1[3-9]ddddddddd` or `ddd?dddd?dddd` with one consistent separator.
fn mobile_body(s: &[u8]) -> bool {
    let digits: &[u8] = match s.len() {
        11 => s,
        13 => {
            let sep = s[3];
            if !matches!(sep, b' ' | b'-') || s[8] != sep {
                return false;
            }
            return s[..3].iter().chain(&s[4..8]).chain(&s[9..]).all(u8::is_ascii_digit) && s[0] == b'1' && matches!(s[1], b'3'..=b'9');
        }
        _ => return false,
    };
    digits.iter().all(u8::is_ascii_digit) && digits[0] == b'1' && matches!(digits[1], b'3'..=b'9')
}

fn is_landline(s: &[u8]) -> bool {
    let area = match s {
        [b'0', b'1' | b'2', ..] => 3,
        [b'0', b'3'..=b'9', ..] => 4,
        _ => return false,
    };
    if s.len() < area || !s[..area].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let mut rest = &s[area..];
    if let [b'-' | b' ', tail @ ..] = rest {
        rest = tail;
    }
    let local = rest.iter().take_while(|b| b.is_ascii_digit()).count();
    if !(7..=8).contains(&local) {
        return false;
    }
    match &rest[local..] {
        [] => true,
        [b'-', ext @ ..] => (1..=6).contains(&ext.len()) && ext.iter().all(u8::is_ascii_digit),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mobiles() {
        for s in [
            "13812345678",
            "19912345678",
            "138 1234 5678",
            "138-1234-5678",
            "+8613812345678",
            "+86 138 1234 5678",
            "+86-138-1234-5678",
            "8613812345678",
            "86 13812345678",
            " 13812345678 ",
        ] {
            assert_eq!(classify(s), Some(PhoneKind::Mobile), "{s}");
        }
        for s in [
            "12812345678",
            "1381234567",
            "138123456789",
            "138 1234-5678",
            "1381 234 5678",
            "+87 13812345678",
            "+86  13812345678",
            "1381234567a",
            "",
        ] {
            assert_eq!(classify(s), None, "{s}");
        }
    }

    #[test]
    fn landlines() {
        for s in ["010-12345678", "01012345678", "021 6123456", "0755-1234567", "075512345678", "0755-12345678-801", "010-12345678-1"] {
            assert_eq!(classify(s), Some(PhoneKind::Landline), "{s}");
        }
        for s in [
            "010-123456",
            "010-123456789",
            "0755-12345678-",
            "0755-12345678-1234567",
            "0755--12345678",
            "12345678",
            "0",
            "010",
            "(010)12345678",
        ] {
            assert_eq!(classify(s), None, "{s}");
        }
    }
}
