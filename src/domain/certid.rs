//! Electronic certificate identifiers (电子证照标识, GB/T 36904-2018).
//!
//! `1.2.156.3005.2.<type>.<issuer>.<serial>.<version>.<check>`: type = 21 characters
//! (defining body's 18-character credit code + 3-digit type number), issuer = the
//! issuing body's 18-character credit code, serial = non-empty `0-9A-Z`, version = 3
//! digits, check = ISO/IEC 7064 MOD 37,36 over type+issuer+serial+version.

use std::fmt;

/// Object identifier root of e-certificate identifiers.
pub const PREFIX: &str = "1.2.156.3005.2.";
const ALPHABET: &[u8; 36] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/// The parts of an identifier (without root and check character).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CertId {
    pub type_code: String,
    pub issuer: String,
    pub serial: String,
    pub version: u16,
}

/// Why a value is not a valid identifier.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CertIdError {
    /// Does not start with `1.2.156.3005.2.`.
    Prefix,
    /// Not exactly five dot-separated parts after the root.
    Parts,
    /// Type code is not 21 characters (count in characters).
    TypeLength(usize),
    /// Issuer code is not 18 characters (count in characters).
    IssuerLength(usize),
    /// Type code, issuer code or check holds a character outside `0-9A-Z`.
    Charset,
    /// Serial is empty or holds a character outside `0-9A-Z`.
    Serial,
    /// Version is not 3 digits.
    Version,
    /// The check character does not match.
    Checksum { expected: char, found: char },
}

impl fmt::Display for CertIdError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CertIdError::Prefix => write!(f, "does not start with {PREFIX}"),
            CertIdError::Parts => f.write_str("expected type.issuer.serial.version.check after the root"),
            CertIdError::TypeLength(n) => write!(f, "type code has {n} characters (expected 21)"),
            CertIdError::IssuerLength(n) => {
                write!(f, "issuer code has {n} characters (expected 18)")
            }
            CertIdError::Charset => f.write_str("illegal character (allowed: 0-9, A-Z)"),
            CertIdError::Serial => f.write_str("serial must be non-empty 0-9/A-Z"),
            CertIdError::Version => f.write_str("version must be 3 digits"),
            CertIdError::Checksum { expected, found } => {
                write!(f, "bad check character: expected {expected}, found {found}")
            }
        }
    }
}

impl std::error::Error for CertIdError {}

/// ISO/IEC 7064 MOD 37,36 check character of `data` (`0-9A-Z`, lowercase read as
/// uppercase), or `None` for any other character.
pub fn check_char(data: &str) -> Option<char> {
    let mut p = 36u32;
    for b in data.bytes() {
        let v = match b.to_ascii_uppercase() {
            c @ b'0'..=b'9' => c - b'0',
            c @ b'A'..=b'Z' => c - b'A' + 10,
            _ => return None,
        };
        let s = (p + u32::from(v)) % 36;
        p = (if s == 0 { 36 } else { s } * 2) % 37;
    }
    Some(ALPHABET[((37 - p) % 36) as usize] as char)
}

/// Formats an identifier with its check character. Fields are not validated: an
/// invalid field gives a string that [`parse`] rejects (the check is `?` if a field
/// holds a character outside `0-9A-Z`; versions above 999 get 4 digits).
pub fn build(id: &CertId) -> String {
    let version = format!("{:03}", id.version);
    let data = [id.type_code.as_str(), &id.issuer, &id.serial, &version].concat();
    let check = check_char(&data).unwrap_or('?');
    format!("{PREFIX}{}.{}.{}.{version}.{check}", id.type_code, id.issuer, id.serial)
}

/// Parses and verifies an identifier (strict: uppercase only).
pub fn parse(s: &str) -> Result<CertId, CertIdError> {
    let rest = s.strip_prefix(PREFIX).ok_or(CertIdError::Prefix)?;
    let mut parts = rest.split('.');
    let (Some(type_code), Some(issuer), Some(serial), Some(version), Some(check), None) =
        (parts.next(), parts.next(), parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(CertIdError::Parts);
    };
    let upper_alnum = |p: &str| p.bytes().all(|b| b.is_ascii_digit() || b.is_ascii_uppercase());
    if type_code.len() != 21 {
        return Err(CertIdError::TypeLength(type_code.chars().count()));
    }
    if issuer.len() != 18 {
        return Err(CertIdError::IssuerLength(issuer.chars().count()));
    }
    if !upper_alnum(type_code) || !upper_alnum(issuer) || check.len() != 1 || !upper_alnum(check) {
        return Err(CertIdError::Charset);
    }
    if serial.is_empty() || !upper_alnum(serial) {
        return Err(CertIdError::Serial);
    }
    if version.len() != 3 || !version.bytes().all(|b| b.is_ascii_digit()) {
        return Err(CertIdError::Version);
    }
    let expected = check_concat(&[type_code, issuer, serial, version]);
    let found = check.as_bytes()[0] as char;
    if found != expected {
        return Err(CertIdError::Checksum { expected, found });
    }
    Ok(CertId {
        type_code: type_code.to_owned(),
        issuer: issuer.to_owned(),
        serial: serial.to_owned(),
        // Three ASCII digits always fit.
        version: version.parse().unwrap_or_default(),
    })
}

/// MOD 37,36 over already validated parts, without concatenating them.
fn check_concat(parts: &[&str]) -> char {
    let mut p = 36u32;
    for b in parts.iter().flat_map(|s| s.bytes()) {
        let v = if b.is_ascii_digit() { b - b'0' } else { b - b'A' + 10 };
        let s = (p + u32::from(v)) % 36;
        p = (if s == 0 { 36 } else { s } * 2) % 37;
    }
    ALPHABET[((37 - p) % 36) as usize] as char
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXAMPLE: &str = "1.2.156.3005.2.11100000000013338W032.11220000013544541J.2430599.001.F";

    #[test]
    fn real_example() {
        let id = parse(EXAMPLE).unwrap();
        assert_eq!(id.type_code, "11100000000013338W032");
        assert_eq!(id.issuer, "11220000013544541J");
        assert_eq!(id.serial, "2430599");
        assert_eq!(id.version, 1);
        assert_eq!(build(&id), EXAMPLE);
        assert_eq!(check_char("11100000000013338W0321122000001354454 1J2430599001"), None);
        assert_eq!(check_char("11100000000013338w03211220000013544541j2430599001"), Some('F'));
    }

    #[test]
    fn single_changes_detected() {
        let check_at = EXAMPLE.len() - 1;
        let serial_start = EXAMPLE.find(".2430599.").unwrap() + 1;
        let positions = (serial_start..serial_start + 7).chain([check_at]);
        let mut tried = 0;
        for i in positions {
            for &c in ALPHABET {
                if c == EXAMPLE.as_bytes()[i] {
                    continue;
                }
                let mut m = EXAMPLE.as_bytes().to_vec();
                m[i] = c;
                let m = String::from_utf8(m).unwrap();
                assert!(matches!(parse(&m), Err(CertIdError::Checksum { .. })), "{m}");
                tried += 1;
            }
        }
        assert_eq!(tried, 8 * 35);
    }

    #[test]
    fn round_trip_and_errors() {
        let id = CertId {
            type_code: "51110000MJ0000001901A".into(),
            issuer: "11110105000000000X".into(),
            serial: "LB2026000123".into(),
            version: 12,
        };
        let s = build(&id);
        assert!(s.contains(".012."));
        assert_eq!(parse(&s).unwrap(), id);
        let e = |s: &str| parse(s).unwrap_err();
        assert_eq!(e("1.2.156.3005.3.X"), CertIdError::Prefix);
        assert_eq!(e(&EXAMPLE.replace(".001.F", ".001")), CertIdError::Parts);
        assert_eq!(e(&format!("{EXAMPLE}.1")), CertIdError::Parts);
        assert_eq!(e(&EXAMPLE.replace("W032", "W03")), CertIdError::TypeLength(20));
        assert_eq!(e(&EXAMPLE.replace("541J", "54J")), CertIdError::IssuerLength(17));
        assert_eq!(e(&EXAMPLE.replace("541J", "541j")), CertIdError::Charset);
        assert_eq!(e(&EXAMPLE.replace(".2430599.", "..")), CertIdError::Serial);
        assert_eq!(e(&EXAMPLE.replace(".2430599.", ".24-0599.")), CertIdError::Serial);
        assert_eq!(e(&EXAMPLE.replace(".001.", ".01.")), CertIdError::Version);
        let bad = e(&EXAMPLE.replace(".F", ".G"));
        assert_eq!(bad, CertIdError::Checksum { expected: 'F', found: 'G' });
        assert_eq!(bad.to_string(), "bad check character: expected F, found G");
        let junk = CertId { serial: "a-b".into(), ..id };
        assert!(build(&junk).ends_with(".?"));
    }
}
