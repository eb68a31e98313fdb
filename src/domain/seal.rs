//! Signing keys of issuing authorities: SM2 over SM3 (GB/T 32918, as GB/T 38540 e-seals use)
//! and Ed25519, kept as PKCS#8 PEM (optionally encrypted with a passphrase, PBES2 scrypt +
//! AES-256-CBC). The curve arithmetic is RustCrypto's (`sm2`, `ed25519-dalek`).
//!
//! Signatures are raw fixed-size bytes as COSE wants them: SM2 `r ‖ s` (64 bytes), Ed25519
//! 64 bytes. SM2 uses the default distinguishing identifier `1234567812345678` and the
//! crate's deterministic nonce.
use pkcs8::der::pem::LineEnding;
use pkcs8::der::zeroize::Zeroizing;
use pkcs8::spki::{DecodePublicKey, EncodePublicKey};
use pkcs8::{DecodePrivateKey, EncodePrivateKey};
use sha2::{Digest, Sha256};
use sm2::dsa::signature::{Signer, Verifier};
use std::fmt;

/// The SM2 distinguishing identifier every party uses unless agreed otherwise (GB/T 35276).
pub const SM2_DISTID: &str = "1234567812345678";

/// A signature algorithm.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Alg {
    Sm2,
    Ed25519,
}

impl Alg {
    pub fn name(self) -> &'static str {
        match self {
            Alg::Sm2 => "sm2",
            Alg::Ed25519 => "ed25519",
        }
    }

    pub fn parse(s: &str) -> Option<Alg> {
        match s {
            "sm2" => Some(Alg::Sm2),
            "ed25519" => Some(Alg::Ed25519),
            _ => None,
        }
    }

    /// The COSE algorithm value: EdDSA is -8 (RFC 9053); SM2-with-SM3 has no registered value,
    /// so a private-use one (below -65536) is used.
    pub fn cose(self) -> i64 {
        match self {
            Alg::Sm2 => COSE_SM2_SM3,
            Alg::Ed25519 => -8,
        }
    }

    pub fn from_cose(v: i64) -> Option<Alg> {
        match v {
            COSE_SM2_SM3 => Some(Alg::Sm2),
            -8 => Some(Alg::Ed25519),
            _ => None,
        }
    }
}

/// Private-use COSE algorithm value for SM2 signatures over SM3 (r ‖ s, 64 bytes).
pub const COSE_SM2_SM3: i64 = -65537;

impl fmt::Display for Alg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Why a key could not be read or a signature not made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyError {
    /// Not a PKCS#8 / SPKI key of a supported algorithm.
    Format(String),
    /// The key is encrypted and no passphrase was given.
    NeedsPassphrase,
    /// The passphrase does not decrypt the key.
    WrongPassphrase,
}

impl fmt::Display for KeyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            KeyError::Format(m) => write!(f, "not a usable key: {m}"),
            KeyError::NeedsPassphrase => f.write_str("the key is encrypted: a passphrase is needed"),
            KeyError::WrongPassphrase => f.write_str("the passphrase does not decrypt the key"),
        }
    }
}

impl std::error::Error for KeyError {}

/// A private signing key.
#[derive(Clone)]
pub enum SigningKey {
    Sm2(sm2::dsa::SigningKey),
    Ed25519(ed25519_dalek::SigningKey),
}

impl fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SigningKey({}, kid {})", self.alg(), self.public().kid_hex())
    }
}

/// A public verifying key.
#[derive(Clone, Debug)]
pub enum PublicKey {
    Sm2(sm2::dsa::VerifyingKey),
    Ed25519(ed25519_dalek::VerifyingKey),
}

fn random32() -> [u8; 32] {
    let mut b = [0u8; 32];
    getrandom::fill(&mut b).expect("the operating system's random source failed");
    b
}

impl SigningKey {
    /// A new random key from the operating system's random source.
    pub fn generate(alg: Alg) -> SigningKey {
        match alg {
            Alg::Sm2 => loop {
                // A random 32-byte string is a valid scalar except with probability ~2^-32.
                if let Ok(k) = sm2::dsa::SigningKey::from_slice(SM2_DISTID, &random32()) {
                    break SigningKey::Sm2(k);
                }
            },
            Alg::Ed25519 => SigningKey::Ed25519(ed25519_dalek::SigningKey::from_bytes(&random32())),
        }
    }

    pub fn alg(&self) -> Alg {
        match self {
            SigningKey::Sm2(_) => Alg::Sm2,
            SigningKey::Ed25519(_) => Alg::Ed25519,
        }
    }

    pub fn public(&self) -> PublicKey {
        match self {
            SigningKey::Sm2(k) => PublicKey::Sm2(k.verifying_key().clone()),
            SigningKey::Ed25519(k) => PublicKey::Ed25519(k.verifying_key()),
        }
    }

    /// Sign `msg`: 64 raw bytes.
    pub fn sign(&self, msg: &[u8]) -> Vec<u8> {
        match self {
            SigningKey::Sm2(k) => {
                let sig: sm2::dsa::Signature = k.sign(msg);
                sig.to_bytes().to_vec()
            }
            SigningKey::Ed25519(k) => k.sign(msg).to_bytes().to_vec(),
        }
    }

    /// The key as PKCS#8 PEM, encrypted when a passphrase is given.
    pub fn to_pem(&self, passphrase: Option<&[u8]>) -> Result<Zeroizing<String>, KeyError> {
        let fmt = |e: pkcs8::Error| KeyError::Format(e.to_string());
        let der = match self {
            SigningKey::Sm2(k) => {
                sm2::SecretKey::from_bytes(&k.to_bytes()).map_err(|e| KeyError::Format(e.to_string()))?.to_pkcs8_der().map_err(fmt)?
            }
            SigningKey::Ed25519(k) => k.to_pkcs8_der().map_err(fmt)?,
        };
        let pem = match passphrase {
            None => der.to_pem("PRIVATE KEY", LineEnding::LF),
            Some(p) => {
                let info = pkcs8::PrivateKeyInfoRef::try_from(der.as_bytes()).map_err(fmt)?;
                info.encrypt(p).map_err(fmt)?.to_pem("ENCRYPTED PRIVATE KEY", LineEnding::LF)
            }
        };
        pem.map_err(|e| KeyError::Format(e.to_string()))
    }

    /// Whether a PEM text holds an encrypted key.
    pub fn pem_is_encrypted(pem: &str) -> bool {
        pem.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----")
    }

    /// Read a PKCS#8 PEM key (SM2 or Ed25519), decrypting it with `passphrase` if encrypted.
    pub fn from_pem(pem: &str, passphrase: Option<&[u8]>) -> Result<SigningKey, KeyError> {
        let der: Zeroizing<Vec<u8>> = if SigningKey::pem_is_encrypted(pem) {
            let p = passphrase.ok_or(KeyError::NeedsPassphrase)?;
            let (label, doc) = pkcs8::der::SecretDocument::from_pem(pem).map_err(|e| KeyError::Format(e.to_string()))?;
            if label != "ENCRYPTED PRIVATE KEY" {
                return Err(KeyError::Format(format!("unexpected PEM label {label}")));
            }
            let info = pkcs8::EncryptedPrivateKeyInfoRef::try_from(doc.as_bytes()).map_err(|e| KeyError::Format(e.to_string()))?;
            let plain = info.decrypt(p).map_err(|_| KeyError::WrongPassphrase)?;
            Zeroizing::new(plain.as_bytes().to_vec())
        } else {
            let (label, doc) = pkcs8::der::SecretDocument::from_pem(pem).map_err(|e| KeyError::Format(e.to_string()))?;
            if label != "PRIVATE KEY" {
                return Err(KeyError::Format(format!("expected a PKCS#8 PRIVATE KEY, found {label}")));
            }
            Zeroizing::new(doc.as_bytes().to_vec())
        };
        SigningKey::from_pkcs8_der(&der)
    }

    fn from_pkcs8_der(der: &[u8]) -> Result<SigningKey, KeyError> {
        if let Ok(k) = ed25519_dalek::SigningKey::from_pkcs8_der(der) {
            return Ok(SigningKey::Ed25519(k));
        }
        match sm2::SecretKey::from_pkcs8_der(der) {
            Ok(sk) => sm2::dsa::SigningKey::new(SM2_DISTID, &sk).map(SigningKey::Sm2).map_err(|e| KeyError::Format(e.to_string())),
            Err(e) => Err(KeyError::Format(format!("neither an SM2 nor an Ed25519 PKCS#8 key ({e})"))),
        }
    }
}

impl PartialEq for PublicKey {
    fn eq(&self, other: &PublicKey) -> bool {
        self.to_spki_der() == other.to_spki_der()
    }
}

impl Eq for PublicKey {}

impl PublicKey {
    pub fn alg(&self) -> Alg {
        match self {
            PublicKey::Sm2(_) => Alg::Sm2,
            PublicKey::Ed25519(_) => Alg::Ed25519,
        }
    }

    /// The key as SubjectPublicKeyInfo DER (what trust lists carry, base64-encoded).
    pub fn to_spki_der(&self) -> Vec<u8> {
        let doc = match self {
            PublicKey::Sm2(k) => k.to_public_key_der(),
            PublicKey::Ed25519(k) => k.to_public_key_der(),
        };
        doc.map(|d| d.as_bytes().to_vec()).expect("a valid public key encodes")
    }

    /// The key as SubjectPublicKeyInfo PEM (what OpenSSL reads).
    pub fn to_pem(&self) -> String {
        let doc = pkcs8::der::Document::try_from(self.to_spki_der()).expect("SPKI DER is a document");
        doc.to_pem("PUBLIC KEY", LineEnding::LF).expect("PEM encoding of DER")
    }

    pub fn from_spki_der(der: &[u8]) -> Result<PublicKey, KeyError> {
        if let Ok(k) = ed25519_dalek::VerifyingKey::from_public_key_der(der) {
            return Ok(PublicKey::Ed25519(k));
        }
        match sm2::PublicKey::from_public_key_der(der) {
            Ok(pk) => sm2::dsa::VerifyingKey::new(SM2_DISTID, pk).map(PublicKey::Sm2).map_err(|e| KeyError::Format(e.to_string())),
            Err(e) => Err(KeyError::Format(format!("neither an SM2 nor an Ed25519 public key ({e})"))),
        }
    }

    pub fn from_pem(pem: &str) -> Result<PublicKey, KeyError> {
        let (label, doc) = pkcs8::der::Document::from_pem(pem).map_err(|e| KeyError::Format(e.to_string()))?;
        if label != "PUBLIC KEY" {
            return Err(KeyError::Format(format!("expected a PUBLIC KEY, found {label}")));
        }
        PublicKey::from_spki_der(doc.as_bytes())
    }

    /// Key id: the first 8 bytes of SHA-256 of the SubjectPublicKeyInfo DER.
    pub fn kid(&self) -> [u8; 8] {
        let h = Sha256::digest(self.to_spki_der());
        let mut k = [0u8; 8];
        k.copy_from_slice(&h[..8]);
        k
    }

    pub fn kid_hex(&self) -> String {
        hex(&self.kid())
    }

    /// Whether `sig` (64 raw bytes) is a valid signature of `msg`.
    pub fn verify(&self, msg: &[u8], sig: &[u8]) -> bool {
        match self {
            PublicKey::Sm2(k) => sm2::dsa::Signature::from_slice(sig).is_ok_and(|s| k.verify(msg, &s).is_ok()),
            PublicKey::Ed25519(k) => ed25519_dalek::Signature::from_slice(sig).is_ok_and(|s| k.verify_strict(msg, &s).is_ok()),
        }
    }
}

/// Convert a raw SM2 signature (r ‖ s) to DER, as OpenSSL writes it.
pub fn sm2_raw_to_der(sig: &[u8]) -> Option<Vec<u8>> {
    sm2::dsa::Signature::from_slice(sig).ok().map(|s| s.to_der().as_bytes().to_vec())
}

/// Convert a DER SM2 signature (as OpenSSL writes it) to raw r ‖ s.
pub fn sm2_der_to_raw(der: &[u8]) -> Option<Vec<u8>> {
    sm2::dsa::Signature::from_der(der).ok().map(|s| s.to_bytes().to_vec())
}

/// Lowercase hexadecimal.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Parse lowercase or uppercase hexadecimal.
pub fn unhex(s: &str) -> Option<Vec<u8>> {
    if !s.len().is_multiple_of(2) {
        return None;
    }
    (0..s.len()).step_by(2).map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sign_verify_both_algorithms() {
        for alg in [Alg::Sm2, Alg::Ed25519] {
            let k = SigningKey::generate(alg);
            let sig = k.sign(b"message");
            assert_eq!(sig.len(), 64);
            assert!(k.public().verify(b"message", &sig), "{alg}");
            assert!(!k.public().verify(b"messagf", &sig), "{alg}");
            let other = SigningKey::generate(alg);
            assert!(!other.public().verify(b"message", &sig), "{alg}");
        }
    }

    #[test]
    fn pem_round_trip_plain_and_encrypted() {
        for alg in [Alg::Sm2, Alg::Ed25519] {
            let k = SigningKey::generate(alg);
            let pem = k.to_pem(None).unwrap();
            assert!(pem.starts_with("-----BEGIN PRIVATE KEY-----"));
            let back = SigningKey::from_pem(&pem, None).unwrap();
            assert_eq!(back.public(), k.public());

            let enc = k.to_pem(Some(b"s3cret pass")).unwrap();
            assert!(SigningKey::pem_is_encrypted(&enc));
            assert_eq!(SigningKey::from_pem(&enc, None).unwrap_err(), KeyError::NeedsPassphrase);
            assert_eq!(SigningKey::from_pem(&enc, Some(b"wrong")).unwrap_err(), KeyError::WrongPassphrase);
            assert_eq!(SigningKey::from_pem(&enc, Some(b"s3cret pass")).unwrap().public(), k.public());

            let public = PublicKey::from_pem(&k.public().to_pem()).unwrap();
            assert_eq!(public, k.public());
            assert_eq!(public.alg(), alg);
            assert_eq!(PublicKey::from_spki_der(&k.public().to_spki_der()).unwrap().kid(), k.public().kid());
        }
    }

    #[test]
    fn sm2_der_conversion() {
        let k = SigningKey::generate(Alg::Sm2);
        let sig = k.sign(b"x");
        let der = sm2_raw_to_der(&sig).unwrap();
        assert_eq!(der[0], 0x30);
        assert_eq!(sm2_der_to_raw(&der).unwrap(), sig);
    }

    #[test]
    fn hex_round_trip() {
        assert_eq!(hex(&[0, 0xab, 0x10]), "00ab10");
        assert_eq!(unhex("00AB10").unwrap(), vec![0, 0xab, 0x10]);
        assert!(unhex("0g").is_none());
    }
}
