//! `mzctl cert …`: signed e-certificates (电子证照) that anyone can verify offline.
mod issue;
mod issuer;
mod list;
mod revocations;
mod revoke;
mod show;
mod trust;
mod types;
mod verify;

use super::Ctx;
use crate::db::certs::KeyRow;
use crate::domain::seal::SigningKey;
use crate::error::{Code, Fail};
use crate::ops::cert::keys;
use anyhow::{Context, Result};
use clap::Subcommand;
use std::path::{Path, PathBuf};

#[derive(Debug, Subcommand)]
pub enum CertCommand {
    /// Issuing authorities and their signing keys
    #[command(subcommand)]
    Issuer(issuer::IssuerCommand),
    /// The trust list verifiers use offline
    #[command(subcommand)]
    Trust(trust::TrustCommand),
    /// Certificate types: the built-in ones and those added from TOML
    #[command(subcommand)]
    Type(types::TypeCommand),
    /// Issue certificates: to one holder, to a list, or to everyone eligible
    Issue(Box<issue::IssueArgs>),
    /// Verify a certificate offline from its QR payload (text, file, stdin or PNG)
    Verify(verify::VerifyArgs),
    /// Revoke a certificate (status 03)
    Revoke(revoke::RevokeArgs),
    /// List issued certificates
    List(list::ListArgs),
    /// One certificate: its metadata and payload; write its files again
    Show(show::ShowArgs),
    /// The signed list of revoked certificates verifiers use offline
    #[command(subcommand)]
    Revocations(revocations::RevocationsCommand),
}

impl CertCommand {
    pub fn mutates(&self) -> bool {
        match self {
            CertCommand::Issuer(c) => c.mutates(),
            CertCommand::Type(c) => c.mutates(),
            CertCommand::Issue(a) => !a.dry_run,
            CertCommand::Revoke(a) => !a.dry_run,
            CertCommand::Trust(_) | CertCommand::Verify(_) | CertCommand::List(_) | CertCommand::Show(_) | CertCommand::Revocations(_) => {
                false
            }
        }
    }
}

pub fn run(ctx: &mut Ctx, cmd: CertCommand) -> Result<Code> {
    match cmd {
        CertCommand::Issuer(c) => issuer::run(ctx, c),
        CertCommand::Trust(c) => trust::run(ctx, c),
        CertCommand::Type(c) => types::run(ctx, c),
        CertCommand::Issue(a) => issue::run(ctx, *a),
        CertCommand::Verify(a) => verify::run(ctx, a),
        CertCommand::Revoke(a) => revoke::run(ctx, a),
        CertCommand::List(a) => list::run(ctx, a),
        CertCommand::Show(a) => show::run(ctx, a),
        CertCommand::Revocations(c) => revocations::run(ctx, c),
    }
}

/// A list an export wrote to a file: shown as a summary of the list.
#[derive(serde::Serialize)]
pub struct Exported<T> {
    pub file: PathBuf,
    #[serde(flatten)]
    pub list: T,
}

/// Write a list as JSON to stdout, or to `out` and show its summary.
pub fn export<T: serde::Serialize>(ctx: &mut Ctx, list: T, out: Option<PathBuf>) -> Result<Code>
where
    Exported<T>: crate::ui::Report,
{
    let mut json = serde_json::to_string_pretty(&list)?;
    json.push('\n');
    match out {
        None => {
            use std::io::Write;
            let mut stdout = std::io::stdout().lock();
            stdout.write_all(json.as_bytes())?;
            stdout.flush()?;
        }
        Some(file) => {
            std::fs::write(&file, json).with_context(|| format!("cannot write {}", file.display()))?;
            ctx.out.emit(&Exported { file, list })?;
        }
    }
    Ok(Code::Ok)
}

/// A passphrase from the first line of a file, or asked on a terminal.
pub fn passphrase(file: Option<&Path>, label: &str, new: bool) -> Result<String> {
    let p = match file {
        Some(f) => {
            let text = std::fs::read_to_string(f).with_context(|| format!("cannot read {}", f.display()))?;
            text.lines().next().unwrap_or("").to_string()
        }
        None => crate::ui::prompt::passphrase(label, new)?,
    };
    if p.is_empty() {
        return Err(Fail::usage("the passphrase is empty").into());
    }
    Ok(p)
}

/// Loads the issuer's signing key when first needed: `--key FILE` or where it was written,
/// decrypted with `--passphrase-file` or a passphrase asked on the terminal.
pub struct KeyLoader {
    pub key: KeyRow,
    pub file: Option<PathBuf>,
    pub passphrase_file: Option<PathBuf>,
}

impl KeyLoader {
    pub fn load(&self) -> Result<SigningKey> {
        let path = keys::key_path(self.file.as_deref(), &self.key)?;
        if keys::loose_permissions(&path) {
            crate::ui::warn(&format!("{} can be read by other users: chmod 600 it", path.display()));
        }
        let pass = if keys::key_file_encrypted(&path)? {
            Some(passphrase(self.passphrase_file.as_deref(), &format!("passphrase for {}", path.display()), false)?)
        } else {
            None
        };
        keys::signing_key(&self.key, &path, pass.as_deref())
    }
}

impl crate::ops::cert::issue::KeySource for KeyLoader {
    fn key(&mut self) -> Result<SigningKey> {
        self.load()
    }
}
