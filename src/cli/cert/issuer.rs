use super::passphrase;
use crate::cli::Ctx;
use crate::domain::seal::Alg;
use crate::error::Code;
use crate::ops::cert::keys::{self, InitOptions, NewKey};
use crate::ui::{prompt, Report, Table};
use anyhow::Result;
use clap::{Args, Subcommand, ValueEnum};
use serde::Serialize;
use std::path::PathBuf;

#[derive(Debug, Subcommand)]
pub enum IssuerCommand {
    /// Create an issuing authority and its signing key
    Init(InitArgs),
    /// Issuing authorities and their keys
    List,
    /// Give an issuer a new signing key; the old one stops signing (its certificates stay valid)
    Rotate(RotateArgs),
}

impl IssuerCommand {
    pub fn mutates(&self) -> bool {
        !matches!(self, IssuerCommand::List)
    }
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum AlgArg {
    /// SM2 signature over SM3 (GB/T 32918, as government e-seals use)
    Sm2,
    Ed25519,
}

impl From<AlgArg> for Alg {
    fn from(a: AlgArg) -> Alg {
        match a {
            AlgArg::Sm2 => Alg::Sm2,
            AlgArg::Ed25519 => Alg::Ed25519,
        }
    }
}

#[derive(Debug, Args)]
#[command(after_long_help = "The private key is written as PKCS#8 PEM with mode 0600 to \
$XDG_DATA_HOME/mzctl/keys/<uscc>-<kid>.pem (or --key FILE); the database holds only the public \
key and its key id (the first 8 bytes of SHA-256 of the public key). --encrypt protects the file \
with a passphrase (PBES2: scrypt + AES-256-CBC), read from --passphrase-file or asked on the \
terminal, never from a flag.")]
pub struct InitArgs {
    /// The authority's name, as printed on certificates and its seal (e.g. 广州市民政局)
    #[arg(long)]
    pub name: String,
    /// Its unified social credit code (18 characters)
    #[arg(long)]
    pub uscc: String,
    /// Its region code (6 digits): elder cards go to people living there
    #[arg(long)]
    pub region: String,
    /// Signature algorithm
    #[arg(long, value_enum, default_value_t = AlgArg::Sm2)]
    pub alg: AlgArg,
    /// Write the private key here instead of the data directory
    #[arg(long, value_name = "FILE")]
    pub key: Option<PathBuf>,
    /// Encrypt the key file with a passphrase
    #[arg(long)]
    pub encrypt: bool,
    /// Read the passphrase from the first line of FILE (implies --encrypt)
    #[arg(long, value_name = "FILE")]
    pub passphrase_file: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct RotateArgs {
    /// The issuer's credit code [default: the only issuer]
    #[arg(long, value_name = "USCC")]
    pub issuer: Option<String>,
    /// Algorithm of the new key [default: the old key's]
    #[arg(long, value_enum)]
    pub alg: Option<AlgArg>,
    /// Write the new private key here instead of the data directory
    #[arg(long, value_name = "FILE")]
    pub key: Option<PathBuf>,
    /// Encrypt the new key file with a passphrase
    #[arg(long)]
    pub encrypt: bool,
    /// Read the passphrase from the first line of FILE (implies --encrypt)
    #[arg(long, value_name = "FILE")]
    pub passphrase_file: Option<PathBuf>,
}

pub fn run(ctx: &mut Ctx, cmd: IssuerCommand) -> Result<Code> {
    match cmd {
        IssuerCommand::Init(a) => {
            let pass = if a.encrypt || a.passphrase_file.is_some() {
                Some(passphrase(a.passphrase_file.as_deref(), "passphrase for the new key", true)?)
            } else {
                None
            };
            let today = crate::clock::today()?;
            let opts = InitOptions {
                name: &a.name,
                uscc: &a.uscc,
                region: &a.region,
                alg: a.alg.into(),
                key_file: a.key.as_deref(),
                passphrase: pass.as_deref(),
                today,
                key: None,
            };
            let made = keys::init(ctx.store()?, &opts)?;
            ctx.changed([("issuers".to_string(), 1), ("keys".to_string(), 1)].into());
            ctx.out.emit(&made)?;
        }
        IssuerCommand::List => {
            let issuers = crate::ops::cert::issuers(ctx.store()?)?;
            ctx.out.emit(&IssuerList { issuers: issuers.into_iter().map(|(issuer, keys)| IssuerEntry { keys, issuer }).collect() })?;
        }
        IssuerCommand::Rotate(a) => {
            let issuer = crate::ops::cert::pick_issuer(ctx.store()?, a.issuer.as_deref())?;
            prompt::confirm(
                &format!("give {} ({}) a new signing key; the current one stops signing", issuer.name, issuer.uscc),
                ctx.yes,
                false,
            )?;
            let pass = if a.encrypt || a.passphrase_file.is_some() {
                Some(passphrase(a.passphrase_file.as_deref(), "passphrase for the new key", true)?)
            } else {
                None
            };
            let today = crate::clock::today()?;
            let made = keys::rotate(ctx.store()?, Some(&issuer.uscc), a.alg.map(Alg::from), a.key.as_deref(), pass.as_deref(), today)?;
            ctx.changed([("keys".to_string(), 1), ("retired".to_string(), made.retired.len() as i64)].into());
            ctx.out.emit(&made)?;
        }
    }
    Ok(Code::Ok)
}

impl Report for NewKey {
    fn tables(&self) -> Vec<Table> {
        let mut t = Table::fields();
        t.field("issuer", &self.issuer)
            .field("uscc", &self.uscc)
            .field("region", &self.region)
            .field("kid", &self.kid)
            .field("alg", &self.alg)
            .field("key file", self.key_file.display())
            .field("encrypted", if self.encrypted { "yes" } else { "no" });
        if !self.retired.is_empty() {
            t.field("stopped signing", self.retired.join(", "));
        }
        vec![t]
    }
}

#[derive(Serialize)]
struct IssuerEntry {
    #[serde(flatten)]
    issuer: crate::db::certs::Issuer,
    keys: Vec<crate::db::certs::KeyRow>,
}

#[derive(Serialize)]
struct IssuerList {
    issuers: Vec<IssuerEntry>,
}

impl Report for IssuerList {
    fn tables(&self) -> Vec<Table> {
        let mut t = Table::new(["uscc", "name", "region", "kid", "alg", "signs from", "until"]);
        for e in &self.issuers {
            for k in &e.keys {
                t.row([
                    e.issuer.uscc.clone(),
                    e.issuer.name.clone(),
                    e.issuer.region_code.clone(),
                    k.kid.clone(),
                    k.alg.clone(),
                    k.valid_from.to_string(),
                    k.valid_until.map_or("-".to_string(), |d| d.to_string()),
                ]);
            }
        }
        vec![t]
    }

    fn csv(&self) -> Option<Table> {
        self.tables().into_iter().next()
    }
}
