//! The QR payload of an e-certificate, modelled on the EU Digital COVID Certificate: CBOR
//! claims in a COSE_Sign1 envelope (RFC 9052, tag 18), Base45-encoded (RFC 9285) behind a
//! version prefix, `MZ1:`.
//!
//! Protected header: `1` alg (EdDSA -8, or the private-use value of SM2-with-SM3) and `4`
//! kid (8 bytes). Claims (a CBOR map with small integer keys, codes rather than Chinese text
//! except the holder's name):
//!
//! | key | claim | CBOR |
//! |---|---|---|
//! | 1 | identifier (GB/T 36904) | text |
//! | 2 | certificate type code (`elder-card`) | text |
//! | 3 | holder name | text |
//! | 4 | holder ID number, masked (`440106********1234`) | text |
//! | 5 | holder birth date | uint YYYYMMDD |
//! | 6 | jurisdiction region code | text |
//! | 7 | issue date | uint YYYYMMDD |
//! | 8 | valid from (absent: the issue date) | uint YYYYMMDD |
//! | 9 | valid until, inclusive (absent: no expiry) | uint YYYYMMDD |
//!
//! No zlib step as in the DCC: at ~230 bytes (a third of it the signature) deflate saves
//! nothing.
use super::super::seal::{Alg, PublicKey, SigningKey};
use ciborium::value::Value;
use coset::{CborSerializable, CoseSign1, CoseSign1Builder, HeaderBuilder, RegisteredLabelWithPrivate, TaggedCborSerializable};
use jiff::civil::Date;
use std::fmt;

/// The version prefix of a payload text.
pub const PREFIX: &str = "MZ1:";

/// What the QR code states about a certificate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claims {
    pub identifier: String,
    pub cert_type: String,
    pub holder_name: String,
    pub holder_id_masked: String,
    pub birth_date: Option<Date>,
    pub region_code: String,
    pub issued_on: Date,
    pub valid_from: Date,
    pub valid_until: Option<Date>,
}

/// Why a payload could not be decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Malformed(pub String);

impl fmt::Display for Malformed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Malformed {}

fn bad(m: impl Into<String>) -> Malformed {
    Malformed(m.into())
}

/// A date as the CBOR integer YYYYMMDD.
pub(crate) fn date_int(d: Date) -> Value {
    Value::Integer((i64::from(d.year()) * 10000 + i64::from(d.month()) * 100 + i64::from(d.day())).into())
}

/// The value under integer key `k` of a CBOR map.
pub(crate) fn map_get(map: &[(Value, Value)], k: i64) -> Option<&Value> {
    map.iter().find(|(key, _)| key.as_integer().is_some_and(|i| i128::from(i) == i128::from(k))).map(|(_, v)| v)
}

/// A CBOR integer YYYYMMDD as a date (`what` names it in the error).
pub(crate) fn int_date(v: &Value, what: &str) -> Result<Date, Malformed> {
    let n: i128 = v.as_integer().ok_or_else(|| bad(format!("{what} is not an integer")))?.into();
    let (y, m, d) = (n / 10000, (n / 100) % 100, n % 100);
    Date::new(y as i16, m as i8, d as i8).map_err(|_| bad(format!("{what} {n} is not a date")))
}

impl Claims {
    /// The claims as deterministic CBOR (keys in ascending order, shortest integers).
    pub fn to_cbor(&self) -> Vec<u8> {
        let t = |s: &str| Value::Text(s.to_string());
        let mut m: Vec<(Value, Value)> = vec![
            (Value::from(1), t(&self.identifier)),
            (Value::from(2), t(&self.cert_type)),
            (Value::from(3), t(&self.holder_name)),
            (Value::from(4), t(&self.holder_id_masked)),
        ];
        if let Some(b) = self.birth_date {
            m.push((Value::from(5), date_int(b)));
        }
        m.push((Value::from(6), t(&self.region_code)));
        m.push((Value::from(7), date_int(self.issued_on)));
        if self.valid_from != self.issued_on {
            m.push((Value::from(8), date_int(self.valid_from)));
        }
        if let Some(u) = self.valid_until {
            m.push((Value::from(9), date_int(u)));
        }
        let mut out = Vec::with_capacity(160);
        ciborium::into_writer(&Value::Map(m), &mut out).expect("CBOR into a Vec cannot fail");
        out
    }

    pub fn from_cbor(bytes: &[u8]) -> Result<Claims, Malformed> {
        let v: Value = ciborium::from_reader(bytes).map_err(|e| bad(format!("claims are not CBOR: {e}")))?;
        let map = v.as_map().ok_or_else(|| bad("claims are not a CBOR map"))?;
        let get = |k: i64| map_get(map, k);
        let text = |k: i64, what: &str| -> Result<String, Malformed> {
            get(k).and_then(|v| v.as_text()).map(str::to_string).ok_or_else(|| bad(format!("claim {what} missing or not text")))
        };
        if map.iter().any(|(k, _)| !k.as_integer().is_some_and(|i| (1..=9).contains(&i128::from(i)))) {
            return Err(bad("unknown claim"));
        }
        let issued_on = int_date(get(7).ok_or_else(|| bad("claim issue date missing"))?, "issue date")?;
        Ok(Claims {
            identifier: text(1, "identifier")?,
            cert_type: text(2, "type")?,
            holder_name: text(3, "holder name")?,
            holder_id_masked: text(4, "holder id")?,
            birth_date: get(5).map(|v| int_date(v, "birth date")).transpose()?,
            region_code: text(6, "region")?,
            issued_on,
            valid_from: get(8).map(|v| int_date(v, "valid-from date")).transpose()?.unwrap_or(issued_on),
            valid_until: get(9).map(|v| int_date(v, "valid-until date")).transpose()?,
        })
    }
}

/// A signed payload.
pub struct Signed {
    /// `MZ1:` + Base45.
    pub text: String,
    /// Size of the COSE_Sign1 bytes (before Base45).
    pub cose_len: usize,
}

/// Sign claims with a key: the payload text.
pub fn sign(claims: &Claims, key: &SigningKey) -> Signed {
    let cose = sign_cose(&claims.to_cbor(), key);
    Signed { text: format!("{PREFIX}{}", base45::encode(&cose)), cose_len: cose.len() }
}

/// A tagged COSE_Sign1 over `payload` with alg and kid in the protected header.
pub fn sign_cose(payload: &[u8], key: &SigningKey) -> Vec<u8> {
    let alg = key.alg();
    let protected = HeaderBuilder::new()
        .algorithm_label(match alg {
            Alg::Ed25519 => RegisteredLabelWithPrivate::Assigned(coset::iana::Algorithm::EdDSA),
            Alg::Sm2 => RegisteredLabelWithPrivate::PrivateUse(alg.cose()),
        })
        .key_id(key.public().kid().to_vec())
        .build();
    CoseSign1Builder::new()
        .protected(protected)
        .payload(payload.to_vec())
        .create_signature(b"", |tbs| key.sign(tbs))
        .build()
        .to_tagged_vec()
        .expect("COSE_Sign1 encodes")
}

/// A decoded COSE_Sign1 whose signature is not yet checked.
#[derive(Debug)]
pub struct Envelope {
    sign1: CoseSign1,
    pub alg: Alg,
    pub kid: [u8; 8],
}

impl Envelope {
    /// Parse tagged (or untagged) COSE_Sign1 bytes.
    pub fn parse(cose: &[u8]) -> Result<Envelope, Malformed> {
        let sign1 = CoseSign1::from_tagged_slice(cose)
            .or_else(|_| CoseSign1::from_slice(cose))
            .map_err(|e| bad(format!("not a COSE_Sign1 structure: {e}")))?;
        let alg = match &sign1.protected.header.alg {
            Some(RegisteredLabelWithPrivate::Assigned(coset::iana::Algorithm::EdDSA)) => Alg::Ed25519,
            Some(RegisteredLabelWithPrivate::PrivateUse(v)) => Alg::from_cose(*v).ok_or_else(|| bad(format!("unknown algorithm {v}")))?,
            Some(other) => return Err(bad(format!("unsupported algorithm {other:?}"))),
            None => return Err(bad("no algorithm in the protected header")),
        };
        let kid: [u8; 8] =
            sign1.protected.header.key_id.as_slice().try_into().map_err(|_| bad("key id is not 8 bytes in the protected header"))?;
        if sign1.payload.is_none() {
            return Err(bad("no payload"));
        }
        Ok(Envelope { sign1, alg, kid })
    }

    pub fn payload(&self) -> &[u8] {
        self.sign1.payload.as_deref().unwrap_or_default()
    }

    /// Whether the signature verifies with `key` (and the key is of the header's algorithm).
    pub fn verifies_with(&self, key: &PublicKey) -> bool {
        key.alg() == self.alg && self.sign1.verify_signature(b"", |sig, tbs| if key.verify(tbs, sig) { Ok(()) } else { Err(()) }).is_ok()
    }
}

/// A decoded payload text: claims and envelope, signature not yet checked.
#[derive(Debug)]
pub struct Decoded {
    pub claims: Claims,
    pub envelope: Envelope,
    pub cose_len: usize,
}

/// Decode a payload text (`MZ1:…`, surrounding whitespace ignored).
pub fn decode(text: &str) -> Result<Decoded, Malformed> {
    let text = text.trim();
    let body = text.strip_prefix(PREFIX).ok_or_else(|| {
        bad(if text.len() > 3 && text.starts_with("MZ") && text.as_bytes()[2].is_ascii_digit() && text.as_bytes()[3] == b':' {
            format!("unknown payload version {:?}", &text[..4])
        } else {
            format!("does not start with {PREFIX}")
        })
    })?;
    let cose = base45::decode(body).map_err(|_| bad("not Base45 text"))?;
    let envelope = Envelope::parse(&cose)?;
    let claims = Claims::from_cbor(envelope.payload())?;
    Ok(Decoded { claims, envelope, cose_len: cose.len() })
}

#[cfg(test)]
mod tests {
    use super::*;

    pub fn sample() -> Claims {
        Claims {
            identifier: "1.2.156.3005.2.11100000000013338W032.11220000013544541J.2430599.001.F".into(),
            cert_type: "elder-card".into(),
            holder_name: "欧阳建国".into(),
            holder_id_masked: "440106********123X".into(),
            birth_date: Some(Date::constant(1950, 3, 1)),
            region_code: "440106".into(),
            issued_on: Date::constant(2026, 6, 30),
            valid_from: Date::constant(2026, 6, 30),
            valid_until: Some(Date::constant(2031, 6, 29)),
        }
    }

    #[test]
    fn claims_round_trip() {
        let c = sample();
        assert_eq!(Claims::from_cbor(&c.to_cbor()).unwrap(), c);
        let mut open = c.clone();
        open.valid_until = None;
        open.birth_date = None;
        open.valid_from = Date::constant(2026, 7, 1);
        assert_eq!(Claims::from_cbor(&open.to_cbor()).unwrap(), open);
    }

    #[test]
    fn sign_decode_verify_both_algorithms() {
        for alg in [Alg::Sm2, Alg::Ed25519] {
            let key = SigningKey::generate(alg);
            let signed = sign(&sample(), &key);
            assert!(signed.text.starts_with(PREFIX));
            assert!(signed.cose_len < 350, "{alg}: {} bytes", signed.cose_len);
            let d = decode(&signed.text).unwrap();
            assert_eq!(d.claims, sample());
            assert_eq!(d.envelope.alg, alg);
            assert_eq!(d.envelope.kid, key.public().kid());
            assert!(d.envelope.verifies_with(&key.public()));
            assert!(!d.envelope.verifies_with(&SigningKey::generate(alg).public()));
        }
    }

    #[test]
    fn malformed_inputs() {
        assert!(decode("HC1:NCFOXN").unwrap_err().0.contains("MZ1:"));
        assert!(decode("MZ2:ABC").unwrap_err().0.contains("version"));
        assert!(decode("MZ1:!!!").unwrap_err().0.contains("Base45"));
        assert!(decode(&format!("MZ1:{}", base45::encode(b"\x01\x02"))).unwrap_err().0.contains("COSE"));
    }
}
