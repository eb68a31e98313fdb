use super::Exported;
use super::KeyLoader;
use crate::cli::Ctx;
use crate::domain::cert::verify::RevocationFile;
use crate::error::Code;
use crate::ui::{Report, Table};
use anyhow::Result;
use clap::{Args, Subcommand};
use std::path::PathBuf;

#[derive(Debug, Subcommand)]
pub enum RevocationsCommand {
    /// Write an issuer's signed revocation list (truncated SHA-256 of revoked identifiers)
    Export(ExportArgs),
}

#[derive(Debug, Args)]
#[command(after_long_help = "The list holds the first 16 bytes of SHA-256 of each revoked identifier, \
as the EU Digital COVID Certificate does, in a COSE_Sign1 signed with the issuer's active key; it \
carries its date, its time of issue and a next-update date 7 days later. `mzctl cert verify --trust \
T --revocations R` checks the signature against the trust list before using it, and calls a list \
past its next update or older than its --max-age stale: a certificate it would let pass is then \
UNKNOWN (exit 3), unless --allow-stale.")]
pub struct ExportArgs {
    /// The issuer's credit code [default: the only issuer]
    #[arg(long, value_name = "USCC")]
    pub issuer: Option<String>,
    /// Write to FILE instead of stdout
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// The private key file [default: where `issuer init` wrote it]
    #[arg(long, value_name = "FILE")]
    pub key: Option<PathBuf>,
    /// Read the key's passphrase from the first line of FILE
    #[arg(long, value_name = "FILE")]
    pub passphrase_file: Option<PathBuf>,
}

pub fn run(ctx: &mut Ctx, cmd: RevocationsCommand) -> Result<Code> {
    let RevocationsCommand::Export(a) = cmd;
    let issuer = crate::ops::cert::pick_issuer(ctx.store()?, a.issuer.as_deref())?;
    let key = crate::ops::cert::active_key(ctx.store()?, &issuer.uscc)?;
    let signing = KeyLoader { key, file: a.key, passphrase_file: a.passphrase_file }.load()?;
    let now = crate::clock::now()?;
    let list = crate::ops::cert::revocation_list(ctx.store()?, &issuer, &signing, now)?;
    super::export(ctx, list, a.out)
}

impl Report for Exported<RevocationFile> {
    fn tables(&self) -> Vec<Table> {
        let mut t = Table::fields();
        t.field("file", self.file.display())
            .field("issuer", format!("{} {}", self.list.issuer, self.list.uscc))
            .field("signed by", &self.list.kid)
            .field("revoked", self.list.count)
            .field("generated", self.list.generated)
            .field("next update", self.list.next_update);
        vec![t]
    }
}
