//! Offline verification: a trust list of issuer keys, signed revocation lists of truncated
//! identifier hashes (as the EU DCC does), and the verdict on a payload at a date.
use super::payload::{self, date_int, int_date, map_get, Claims, Envelope, Malformed};
use crate::domain::seal::{self, PublicKey, SigningKey};
use base64ct::Encoding;
use ciborium::value::Value;
use jiff::civil::Date;
use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::HashSet;
use std::fmt;

pub const TRUST_FORMAT: &str = "mzctl-trust/1";
pub const REVOCATIONS_FORMAT: &str = "mzctl-revocations/1";

/// A key verifiers trust: who it belongs to and when it signed.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct TrustedKey {
    pub issuer: String,
    pub uscc: String,
    pub region: String,
    pub kid: String,
    pub alg: String,
    /// SubjectPublicKeyInfo DER, base64.
    pub public_key: String,
    /// First day the key signed certificates.
    pub valid_from: Date,
    /// Last day it signed (set when rotated); certificates it signed stay verifiable.
    pub valid_until: Option<Date>,
}

/// The trust list file.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TrustList {
    pub format: String,
    pub generated: Date,
    /// When the list was written; lists written before this field existed count from the
    /// start of `generated` (China Standard Time).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issued_at: Option<Timestamp>,
    /// Verifiers should fetch a new list after this day: `cert verify` calls a list past it
    /// stale.
    pub next_update: Date,
    pub keys: Vec<TrustedKey>,
}

impl TrustList {
    pub fn parse(text: &str) -> Result<TrustList, String> {
        let t: TrustList = serde_json::from_str(text).map_err(|e| format!("not a trust list: {e}"))?;
        if t.format != TRUST_FORMAT {
            return Err(format!("format {:?} is not {TRUST_FORMAT}", t.format));
        }
        for k in &t.keys {
            let key = k.public()?;
            if key.kid_hex() != k.kid {
                return Err(format!("key {} of {}: the kid does not match the public key", k.kid, k.uscc));
            }
        }
        Ok(t)
    }

    pub fn key(&self, kid: &[u8; 8]) -> Option<&TrustedKey> {
        let hex = seal::hex(kid);
        self.keys.iter().find(|k| k.kid == hex)
    }

    /// When the list was issued: `issued_at`, else the start of its date.
    pub fn issued(&self) -> Timestamp {
        self.issued_at.unwrap_or_else(|| crate::clock::day_start(self.generated))
    }
}

impl TrustedKey {
    pub fn public(&self) -> Result<PublicKey, String> {
        let der = base64_decode(&self.public_key).ok_or_else(|| format!("key {}: public_key is not base64", self.kid))?;
        PublicKey::from_spki_der(&der).map_err(|e| format!("key {}: {e}", self.kid))
    }
}

/// First 16 bytes of SHA-256 of an identifier: what revocation lists hold.
pub fn revocation_hash(identifier: &str) -> [u8; 16] {
    let h = Sha256::digest(identifier.as_bytes());
    let mut out = [0u8; 16];
    out.copy_from_slice(&h[..16]);
    out
}

/// The revocation list file: metadata for people plus the signed list itself.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RevocationFile {
    pub format: String,
    pub issuer: String,
    pub uscc: String,
    pub kid: String,
    pub generated: Date,
    /// When the list was signed (for people: verifiers read it from the signed list).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issued_at: Option<Timestamp>,
    pub next_update: Date,
    pub count: usize,
    /// Base64 of a COSE_Sign1 whose payload is the CBOR map `{1: uscc, 2: generated
    /// YYYYMMDD, 3: next update YYYYMMDD, 4: [16-byte hashes], 5: issued at (Unix seconds)}`;
    /// lists signed before key 5 existed lack it.
    pub signed: String,
}

/// A revocation list whose signature has been checked.
#[derive(Debug, Clone)]
pub struct Revocations {
    pub uscc: String,
    pub generated: Date,
    /// The signed time of issue, when the list carries one.
    pub issued_at: Option<Timestamp>,
    pub next_update: Date,
    pub hashes: HashSet<[u8; 16]>,
}

impl Revocations {
    /// When the list was issued: `issued_at`, else the start of its date.
    pub fn issued(&self) -> Timestamp {
        self.issued_at.unwrap_or_else(|| crate::clock::day_start(self.generated))
    }
}

/// Sign a revocation list with the issuer's key, dated the day of `issued_at` (China Standard
/// Time).
pub fn sign_revocations(
    issuer: &str,
    uscc: &str,
    issued_at: Timestamp,
    next_update: Date,
    identifiers: &[String],
    key: &SigningKey,
) -> RevocationFile {
    let mut hashes: Vec<[u8; 16]> = identifiers.iter().map(|i| revocation_hash(i)).collect();
    hashes.sort_unstable();
    hashes.dedup();
    let generated = crate::clock::date_of(issued_at);
    let map = Value::Map(vec![
        (Value::from(1), Value::Text(uscc.to_string())),
        (Value::from(2), date_int(generated)),
        (Value::from(3), date_int(next_update)),
        (Value::from(4), Value::Array(hashes.iter().map(|h| Value::Bytes(h.to_vec())).collect())),
        (Value::from(5), Value::from(issued_at.as_second())),
    ]);
    let mut cbor = Vec::new();
    ciborium::into_writer(&map, &mut cbor).expect("CBOR into a Vec cannot fail");
    let cose = payload::sign_cose(&cbor, key);
    RevocationFile {
        format: REVOCATIONS_FORMAT.into(),
        issuer: issuer.into(),
        uscc: uscc.into(),
        kid: key.public().kid_hex(),
        generated,
        issued_at: Some(issued_at),
        next_update,
        count: hashes.len(),
        signed: base64_encode(&cose),
    }
}

/// Read a revocation list file and check its signature against the trust list.
pub fn open_revocations(text: &str, trust: &TrustList) -> Result<Revocations, String> {
    let f: RevocationFile = serde_json::from_str(text).map_err(|e| format!("not a revocation list: {e}"))?;
    if f.format != REVOCATIONS_FORMAT {
        return Err(format!("format {:?} is not {REVOCATIONS_FORMAT}", f.format));
    }
    let cose = base64_decode(&f.signed).ok_or("the signed list is not base64")?;
    let env = Envelope::parse(&cose).map_err(|e| e.0)?;
    let tk = trust.key(&env.kid).ok_or_else(|| format!("signed by key {}, which is not in the trust list", seal::hex(&env.kid)))?;
    if !env.verifies_with(&tk.public()?) {
        return Err("the signature of the revocation list does not verify".into());
    }
    let v: Value = ciborium::from_reader(env.payload()).map_err(|e| format!("signed list is not CBOR: {e}"))?;
    let map = v.as_map().ok_or("signed list is not a map")?;
    let get = |k: i64| map_get(map, k);
    let uscc = get(1).and_then(Value::as_text).ok_or("no issuer in the signed list")?.to_string();
    if uscc != tk.uscc {
        return Err(format!("list for {uscc} signed by a key of {}", tk.uscc));
    }
    let generated = get(2).and_then(|v| int_date(v, "date").ok()).ok_or("no date in the signed list")?;
    let next_update = get(3).and_then(|v| int_date(v, "next update").ok()).ok_or("no next-update date in the signed list")?;
    let issued_at = match get(5) {
        None => None,
        Some(v) => Some(
            v.as_integer()
                .and_then(|i| i64::try_from(i).ok())
                .and_then(|s| Timestamp::from_second(s).ok())
                .ok_or("the time of issue in the signed list is not a time")?,
        ),
    };
    let mut hashes = HashSet::new();
    for h in get(4).and_then(Value::as_array).ok_or("no hashes in the signed list")? {
        let b: [u8; 16] = h.as_bytes().and_then(|b| b.as_slice().try_into().ok()).ok_or("a hash is not 16 bytes")?;
        hashes.insert(b);
    }
    Ok(Revocations { uscc, generated, issued_at, next_update, hashes })
}

/// Why a certificate is not valid, or (the last two) why it cannot be judged valid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    Malformed,
    UnknownIssuer,
    BadSignature,
    Revoked,
    NotYetValid,
    Expired,
    /// Unknown, not invalid: the trust list is too old to vouch for the certificate.
    TrustListStale,
    /// Unknown, not invalid: the issuer's revocation list is too old to say the certificate
    /// was not revoked since.
    RevocationListStale,
}

impl Reason {
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::Malformed => "malformed",
            Reason::UnknownIssuer => "unknown-issuer",
            Reason::BadSignature => "bad-signature",
            Reason::Revoked => "revoked",
            Reason::NotYetValid => "not-yet-valid",
            Reason::Expired => "expired",
            Reason::TrustListStale => "trust-list-stale",
            Reason::RevocationListStale => "revocation-list-stale",
        }
    }

    /// True for the verdicts that say nothing about the certificate itself (UNKNOWN).
    pub fn is_unknown(self) -> bool {
        matches!(self, Reason::TrustListStale | Reason::RevocationListStale)
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The outcome of verifying one payload.
#[derive(Debug, Clone)]
pub struct Verdict {
    /// `None` = valid.
    pub reason: Option<Reason>,
    pub detail: String,
    pub claims: Option<Claims>,
    pub kid: Option<String>,
    pub alg: Option<String>,
    pub key: Option<TrustedKey>,
    /// Whether a revocation list of the certificate's issuer was consulted.
    pub revocation_checked: bool,
    pub cose_len: usize,
}

/// Verify a payload text at `at` against `trust` and the revocation lists given.
/// Order: malformed, unknown issuer, bad signature, revoked, not yet valid, expired.
pub fn verify(text: &str, trust: &TrustList, revocations: &[Revocations], at: Date) -> Verdict {
    let mut v = Verdict {
        reason: None,
        detail: String::new(),
        claims: None,
        kid: None,
        alg: None,
        key: None,
        revocation_checked: false,
        cose_len: 0,
    };
    let fail = |mut v: Verdict, r: Reason, d: String| {
        v.reason = Some(r);
        v.detail = d;
        v
    };
    let decoded = match payload::decode(text) {
        Ok(d) => d,
        Err(Malformed(m)) => return fail(v, Reason::Malformed, m),
    };
    v.cose_len = decoded.cose_len;
    v.kid = Some(seal::hex(&decoded.envelope.kid));
    v.alg = Some(decoded.envelope.alg.name().to_string());
    let claims = decoded.claims;
    v.claims = Some(claims.clone());
    let Some(tk) = trust.key(&decoded.envelope.kid) else {
        return fail(v, Reason::UnknownIssuer, format!("key {} is not in the trust list", seal::hex(&decoded.envelope.kid)));
    };
    v.key = Some(tk.clone());
    let public = match tk.public() {
        Ok(p) => p,
        Err(e) => return fail(v, Reason::UnknownIssuer, e),
    };
    if !decoded.envelope.verifies_with(&public) {
        return fail(v, Reason::BadSignature, format!("the signature does not verify with key {} of {}", tk.kid, tk.issuer));
    }
    // A genuine signature: now the claims can be believed.
    match crate::domain::certid::parse(&claims.identifier) {
        Ok(id) if id.issuer == tk.uscc => {}
        Ok(id) => {
            return fail(
                v,
                Reason::UnknownIssuer,
                format!("identifier names issuer {} but key {} belongs to {}", id.issuer, tk.kid, tk.uscc),
            )
        }
        Err(e) => return fail(v, Reason::Malformed, format!("identifier: {e}")),
    }
    if claims.issued_on < tk.valid_from || tk.valid_until.is_some_and(|u| claims.issued_on > u) {
        return fail(
            v,
            Reason::UnknownIssuer,
            format!(
                "key {} did not sign on {} (it signed from {} to {})",
                tk.kid,
                claims.issued_on,
                tk.valid_from,
                tk.valid_until.map_or("now".to_string(), |d| d.to_string())
            ),
        );
    }
    let hash = revocation_hash(&claims.identifier);
    for r in revocations.iter().filter(|r| r.uscc == tk.uscc) {
        v.revocation_checked = true;
        if r.hashes.contains(&hash) {
            return fail(v, Reason::Revoked, format!("on the revocation list of {} dated {}", tk.issuer, r.generated));
        }
    }
    if at < claims.valid_from {
        return fail(v, Reason::NotYetValid, format!("valid from {}, checked on {at}", claims.valid_from));
    }
    if let Some(u) = claims.valid_until {
        if at > u {
            return fail(v, Reason::Expired, format!("valid until {u}, checked on {at}"));
        }
    }
    v
}

/// Standard base64 with padding.
pub fn base64_encode(bytes: &[u8]) -> String {
    base64ct::Base64::encode_string(bytes)
}

/// Standard base64 with padding (whitespace ignored).
pub fn base64_decode(s: &str) -> Option<Vec<u8>> {
    let compact: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    base64ct::Base64::decode_vec(&compact).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::seal::Alg;

    const ISSUER: &str = "11440100MB2C92151T";

    fn claims(issued: Date, until: Option<Date>) -> Claims {
        let id = crate::domain::certid::build(&crate::domain::certid::CertId {
            type_code: format!("{ISSUER}001"),
            issuer: ISSUER.into(),
            serial: "260000001".into(),
            version: 1,
        });
        Claims {
            identifier: id,
            cert_type: "elder-card".into(),
            holder_name: "张三".into(),
            holder_id_masked: "440106********0012".into(),
            birth_date: Some(Date::constant(1950, 3, 1)),
            region_code: "440106".into(),
            issued_on: issued,
            valid_from: issued,
            valid_until: until,
        }
    }

    fn trust_for(key: &SigningKey) -> TrustList {
        TrustList {
            format: TRUST_FORMAT.into(),
            generated: Date::constant(2026, 1, 1),
            issued_at: None,
            next_update: Date::constant(2026, 12, 31),
            keys: vec![TrustedKey {
                issuer: "广州市民政局".into(),
                uscc: ISSUER.into(),
                region: "440100".into(),
                kid: key.public().kid_hex(),
                alg: key.alg().name().into(),
                public_key: base64_encode(&key.public().to_spki_der()),
                valid_from: Date::constant(2026, 1, 1),
                valid_until: None,
            }],
        }
    }

    #[test]
    fn base64_round_trip() {
        for n in 0..20 {
            let v: Vec<u8> = (0..n).map(|i| (i * 37 + 11) as u8).collect();
            assert_eq!(base64_decode(&base64_encode(&v)).unwrap(), v);
        }
        assert_eq!(base64_encode(b"foobar"), "Zm9vYmFy");
        assert_eq!(base64_encode(b"fo"), "Zm8=");
    }

    #[test]
    fn reasons_in_order() {
        let on = Date::constant(2026, 6, 30);
        for alg in [Alg::Sm2, Alg::Ed25519] {
            let key = SigningKey::generate(alg);
            let trust = trust_for(&key);
            let c = claims(on, Some(Date::constant(2031, 6, 29)));
            let text = payload::sign(&c, &key).text;
            let ok = verify(&text, &trust, &[], on);
            assert_eq!(ok.reason, None, "{}", ok.detail);
            assert!(!ok.revocation_checked);
            assert_eq!(verify(&text, &trust, &[], Date::constant(2031, 6, 30)).reason, Some(Reason::Expired));
            assert_eq!(verify(&text, &trust, &[], Date::constant(2026, 6, 29)).reason, Some(Reason::NotYetValid));
            let stranger = payload::sign(&c, &SigningKey::generate(alg)).text;
            assert_eq!(verify(&stranger, &trust, &[], on).reason, Some(Reason::UnknownIssuer));
            assert_eq!(verify("MZ1:???", &trust, &[], on).reason, Some(Reason::Malformed));

            let file = sign_revocations(
                "广州市民政局",
                ISSUER,
                crate::clock::day_start(on),
                Date::constant(2026, 7, 7),
                std::slice::from_ref(&c.identifier),
                &key,
            );
            let text_file = serde_json::to_string(&file).unwrap();
            let revs = open_revocations(&text_file, &trust).unwrap();
            assert_eq!(revs.issued_at, Some(crate::clock::day_start(on)));
            assert_eq!(revs.generated, on);
            let r = verify(&text, &trust, &[revs], on);
            assert_eq!(r.reason, Some(Reason::Revoked));
            assert!(r.revocation_checked);
            // A revocation list signed by an untrusted key is refused.
            let day = crate::clock::day_start(on);
            let forged = sign_revocations("x", ISSUER, day, on, &[], &SigningKey::generate(alg));
            assert!(open_revocations(&serde_json::to_string(&forged).unwrap(), &trust).unwrap_err().contains("not in the trust list"));
        }
    }

    /// A list signed before the time of issue (key 5) existed opens, dated by its day.
    #[test]
    fn revocation_lists_without_a_time_of_issue_open() {
        let key = SigningKey::generate(Alg::Ed25519);
        let trust = trust_for(&key);
        let map = Value::Map(vec![
            (Value::from(1), Value::Text(ISSUER.into())),
            (Value::from(2), date_int(Date::constant(2026, 6, 30))),
            (Value::from(3), date_int(Date::constant(2026, 7, 7))),
            (Value::from(4), Value::Array(vec![])),
        ]);
        let mut cbor = Vec::new();
        ciborium::into_writer(&map, &mut cbor).unwrap();
        let mut file = sign_revocations("x", ISSUER, Timestamp::UNIX_EPOCH, Date::MIN, &[], &key);
        file.signed = base64_encode(&payload::sign_cose(&cbor, &key));
        let revs = open_revocations(&serde_json::to_string(&file).unwrap(), &trust).unwrap();
        assert_eq!(revs.issued_at, None);
        assert_eq!(revs.issued(), "2026-06-29T16:00:00Z".parse::<Timestamp>().unwrap());
        // A trust list written before `issued_at` existed reads too.
        let mut old = serde_json::to_value(&trust).unwrap();
        assert!(old.get("issued_at").is_none());
        old["format"] = TRUST_FORMAT.into();
        let t = TrustList::parse(&old.to_string()).unwrap();
        assert_eq!(t.issued(), "2025-12-31T16:00:00Z".parse::<Timestamp>().unwrap());
    }

    #[test]
    fn every_single_character_change_is_rejected() {
        let on = Date::constant(2026, 6, 30);
        for alg in [Alg::Sm2, Alg::Ed25519] {
            let key = SigningKey::generate(alg);
            let trust = trust_for(&key);
            let text = payload::sign(&claims(on, None), &key).text;
            let alphabet = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
            for i in 0..text.len() {
                let orig = text.as_bytes()[i];
                // Two substitutes per position keep the test fast and still cover every byte.
                for sub in [alphabet[(orig as usize * 7 + 3) % 45], alphabet[(orig as usize * 13 + 29) % 45]] {
                    if sub == orig {
                        continue;
                    }
                    let mut t = text.clone().into_bytes();
                    t[i] = sub;
                    let t = String::from_utf8(t).unwrap();
                    let v = verify(&t, &trust, &[], on);
                    assert!(v.reason.is_some(), "{alg}: change at {i} ({} → {}) accepted", orig as char, sub as char);
                }
            }
        }
    }

    #[test]
    fn every_byte_flip_of_the_cose_bytes_is_rejected() {
        let on = Date::constant(2026, 6, 30);
        for alg in [Alg::Sm2, Alg::Ed25519] {
            let key = SigningKey::generate(alg);
            let trust = trust_for(&key);
            let text = payload::sign(&claims(on, None), &key).text;
            let cose = base45::decode(&text[4..]).unwrap();
            for i in 0..cose.len() {
                for mask in [0x01u8, 0x80] {
                    let mut c = cose.clone();
                    c[i] ^= mask;
                    let t = format!("MZ1:{}", base45::encode(&c));
                    assert!(verify(&t, &trust, &[], on).reason.is_some(), "{alg}: flip {mask:#x} at byte {i} accepted");
                }
            }
        }
    }
}
