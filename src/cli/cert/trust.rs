use super::Exported;
use crate::cli::Ctx;
use crate::domain::cert::verify::TrustList;
use crate::error::Code;
use crate::ui::{Report, Table};
use anyhow::Result;
use clap::{Args, Subcommand};
use std::path::PathBuf;

#[derive(Debug, Subcommand)]
pub enum TrustCommand {
    /// Write the trust list: every issuer key (JSON: issuer, kid, alg, public key, validity)
    Export(ExportArgs),
}

#[derive(Debug, Args)]
#[command(after_long_help = "The list carries its date, its time of issue and a next-update date 30 \
days later; `mzctl cert verify` calls a list past that date, or older than its --max-age, stale \
(UNKNOWN, exit 3, unless --allow-stale). Keys that stopped signing stay in the list with the last \
day they signed, so their certificates keep verifying.")]
pub struct ExportArgs {
    /// Write to FILE instead of stdout
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

pub fn run(ctx: &mut Ctx, cmd: TrustCommand) -> Result<Code> {
    let TrustCommand::Export(a) = cmd;
    let now = crate::clock::now()?;
    let list = crate::ops::cert::trust_list(ctx.store()?, now)?;
    super::export(ctx, list, a.out)
}

impl Report for Exported<TrustList> {
    fn tables(&self) -> Vec<Table> {
        let mut t = Table::new(["issuer", "uscc", "kid", "alg", "signs from", "until"]).title(format!(
            "{}: {} keys, next update {}",
            self.file.display(),
            self.list.keys.len(),
            self.list.next_update
        ));
        for k in &self.list.keys {
            t.row([
                k.issuer.clone(),
                k.uscc.clone(),
                k.kid.clone(),
                k.alg.clone(),
                k.valid_from.to_string(),
                k.valid_until.map_or("-".into(), |d| d.to_string()),
            ]);
        }
        vec![t]
    }
}
