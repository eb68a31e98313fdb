//! Issuing authorities and their signing keys. Private keys live in PKCS#8 PEM files with mode
//! 0600 (in `$XDG_DATA_HOME/mzctl/keys/` unless `--key FILE`), optionally encrypted; the
//! database holds only public keys and key ids.
use super::pick_issuer;
use crate::db::certs::{Issuer, KeyRow};
use crate::db::Store;
use crate::domain::cert::verify::base64_encode;
use crate::domain::seal::{Alg, KeyError, SigningKey};
use crate::error::Fail;
use anyhow::{Context, Result};
use jiff::civil::Date;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Where a new key goes when no `--key FILE` is given.
pub fn default_key_path(uscc: &str, kid: &str) -> Result<PathBuf> {
    Ok(crate::config::data_dir()?.join("keys").join(format!("{uscc}-{kid}.pem")))
}

/// Write a private key file readable by its owner only; never overwrite one.
pub fn write_key_file(path: &Path, key: &SigningKey, passphrase: Option<&str>) -> Result<()> {
    let pem = key.to_pem(passphrase.map(str::as_bytes)).map_err(|e| Fail::error(e.to_string()))?;
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        if !dir.exists() {
            let mut b = std::fs::DirBuilder::new();
            b.recursive(true);
            #[cfg(unix)]
            std::os::unix::fs::DirBuilderExt::mode(&mut b, 0o700);
            b.create(dir).with_context(|| format!("cannot create {}", dir.display()))?;
        }
    }
    let mut o = std::fs::OpenOptions::new();
    o.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut o, 0o600);
    let mut f = o.open(path).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            anyhow::Error::from(Fail::usage(format!("{} exists: refusing to overwrite a key file", path.display())))
        } else {
            anyhow::Error::from(e).context(format!("cannot create {}", path.display()))
        }
    })?;
    f.write_all(pem.as_bytes()).and_then(|_| f.sync_all()).with_context(|| format!("cannot write {}", path.display()))?;
    Ok(())
}

/// Whether the key file is encrypted (so a passphrase is needed).
pub fn key_file_encrypted(path: &Path) -> Result<bool> {
    let pem = std::fs::read_to_string(path).with_context(|| format!("cannot read key file {}", path.display()))?;
    Ok(SigningKey::pem_is_encrypted(&pem))
}

/// Read a private key file; warn-level problems (mode) are the caller's to report.
pub fn read_key_file(path: &Path, passphrase: Option<&str>) -> Result<SigningKey> {
    let pem = std::fs::read_to_string(path).with_context(|| format!("cannot read key file {}", path.display()))?;
    SigningKey::from_pem(&pem, passphrase.map(str::as_bytes)).map_err(|e| {
        let f = Fail::error(format!("{}: {e}", path.display()));
        match e {
            KeyError::NeedsPassphrase => f.hint("pass --passphrase-file FILE, or run on a terminal to be asked"),
            _ => f,
        }
        .into()
    })
}

/// Whether a key file can be read by others than its owner (a warning, not an error).
pub fn loose_permissions(path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::metadata(path).is_ok_and(|m| m.permissions().mode() & 0o077 != 0)
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        false
    }
}

/// The file of a key: `--key FILE`, else where it was written.
pub fn key_path(explicit: Option<&Path>, key: &KeyRow) -> Result<PathBuf> {
    match explicit {
        Some(p) => Ok(p.to_path_buf()),
        None if !key.key_file.is_empty() => Ok(PathBuf::from(&key.key_file)),
        None => default_key_path(&key.issuer_uscc, &key.kid),
    }
}

/// Load the issuer's active signing key and check it is the one the database knows.
pub fn signing_key(key: &KeyRow, path: &Path, passphrase: Option<&str>) -> Result<SigningKey> {
    let sk = read_key_file(path, passphrase)?;
    if sk.public().kid_hex() != key.kid {
        return Err(Fail::error(format!(
            "{} holds key {}, but the issuer's active key is {}",
            path.display(),
            sk.public().kid_hex(),
            key.kid
        ))
        .hint("pass the right --key FILE")
        .into());
    }
    Ok(sk)
}

/// What `issuer init` and `issuer rotate` did.
#[derive(Debug, Clone, serde::Serialize)]
pub struct NewKey {
    pub issuer: String,
    pub uscc: String,
    pub region: String,
    pub kid: String,
    pub alg: String,
    pub key_file: PathBuf,
    pub encrypted: bool,
    pub retired: Vec<String>,
}

pub struct InitOptions<'a> {
    pub name: &'a str,
    pub uscc: &'a str,
    pub region: &'a str,
    pub alg: Alg,
    pub key_file: Option<&'a Path>,
    pub passphrase: Option<&'a str>,
    pub today: Date,
    /// The key to use (synthetic data); a new random one of `alg` when `None`.
    pub key: Option<SigningKey>,
}

/// Create an issuing authority and its first key.
pub fn init(store: &mut Store, o: &InitOptions<'_>) -> Result<NewKey> {
    crate::domain::uscc::parse(o.uscc).map_err(|e| Fail::usage(format!("--uscc {}: {e}", o.uscc)))?;
    let db = crate::domain::region::RegionDb::builtin();
    if o.region.len() != 6 || db.current(o.region).is_none() {
        return Err(Fail::usage(format!("--region {}: not a current 6-digit region code", o.region))
            .hint("look it up: mzctl region search NAME")
            .into());
    }
    if o.name.trim().is_empty() {
        return Err(Fail::usage("--name is empty").into());
    }
    if store.cert_issuers()?.iter().any(|i| i.uscc == o.uscc) {
        return Err(Fail::usage(format!("issuer {} exists", o.uscc)).hint("a new key: mzctl cert issuer rotate").into());
    }
    let key = o.key.clone().unwrap_or_else(|| SigningKey::generate(o.alg));
    let kid = key.public().kid_hex();
    let path = match o.key_file {
        Some(p) => p.to_path_buf(),
        None => default_key_path(o.uscc, &kid)?,
    };
    write_key_file(&path, &key, o.passphrase)?;
    let now = crate::clock::now()?;
    let issuer = Issuer { uscc: o.uscc.into(), name: o.name.trim().into(), region_code: o.region.into(), created_at: now };
    let row = key_row(&key, o.uscc, &path, o.today, now)?;
    match store.insert_cert_issuer(&issuer, &row) {
        Ok(true) => {}
        Ok(false) => {
            let _ = std::fs::remove_file(&path);
            return Err(Fail::usage(format!("issuer {} exists", o.uscc)).into());
        }
        Err(e) => {
            let _ = std::fs::remove_file(&path);
            return Err(e);
        }
    }
    Ok(NewKey {
        issuer: issuer.name,
        uscc: issuer.uscc,
        region: issuer.region_code,
        kid,
        alg: key.alg().name().into(),
        key_file: path,
        encrypted: o.passphrase.is_some(),
        retired: Vec::new(),
    })
}

fn key_row(key: &SigningKey, uscc: &str, path: &Path, today: Date, now: jiff::Timestamp) -> Result<KeyRow> {
    let abs = if path.is_absolute() { path.to_path_buf() } else { std::env::current_dir()?.join(path) };
    Ok(KeyRow {
        kid: key.public().kid_hex(),
        issuer_uscc: uscc.into(),
        alg: key.alg().name().into(),
        public_key: base64_encode(&key.public().to_spki_der()),
        key_file: abs.display().to_string(),
        valid_from: today,
        valid_until: None,
        created_at: now,
    })
}

/// Give an issuer a new key: the old one stops signing today (its certificates keep
/// verifying: it stays in the trust list with an end date).
pub fn rotate(
    store: &mut Store,
    uscc: Option<&str>,
    alg: Option<Alg>,
    key_file: Option<&Path>,
    passphrase: Option<&str>,
    today: Date,
) -> Result<NewKey> {
    let issuer = pick_issuer(store, uscc)?;
    let old: Vec<KeyRow> = store.cert_keys()?.into_iter().filter(|k| k.issuer_uscc == issuer.uscc && k.valid_until.is_none()).collect();
    let alg = alg.or_else(|| old.first().and_then(|k| Alg::parse(&k.alg))).unwrap_or(Alg::Sm2);
    let key = SigningKey::generate(alg);
    let kid = key.public().kid_hex();
    let path = match key_file {
        Some(p) => p.to_path_buf(),
        None => default_key_path(&issuer.uscc, &kid)?,
    };
    write_key_file(&path, &key, passphrase)?;
    let row = key_row(&key, &issuer.uscc, &path, today, crate::clock::now()?)?;
    // Both keys may have signed on the day of the rotation.
    if let Err(e) = store.rotate_cert_key(&issuer.uscc, today, &row) {
        let _ = std::fs::remove_file(&path);
        return Err(e);
    }
    Ok(NewKey {
        issuer: issuer.name,
        uscc: issuer.uscc,
        region: issuer.region_code,
        kid,
        alg: alg.name().into(),
        key_file: path,
        encrypted: passphrase.is_some(),
        retired: old.into_iter().map(|k| k.kid).collect(),
    })
}
