use crate::cli::Ctx;
use crate::error::Code;
use crate::ops::region::sync::{self, Synced};
use crate::ui::{Report, Table};
use anyhow::Result;
use clap::Args;

#[derive(Debug, Args)]
pub struct SyncArgs {
    /// Rewrite the data even when the database already has it
    #[arg(long)]
    pub force: bool,
    /// Say whether anything would be written; write nothing
    #[arg(short = 'n', long)]
    pub dry_run: bool,
}

pub fn run(ctx: &mut Ctx, args: SyncArgs) -> Result<Code> {
    let (report, counts) = sync::sync(ctx.store()?, args.force, args.dry_run)?;
    if !args.dry_run {
        ctx.changed(counts.unwrap_or_default());
    }
    ctx.out.emit(&report)?;
    Ok(Code::Ok)
}

impl Report for Synced {
    fn tables(&self) -> Vec<Table> {
        let mut t = Table::fields();
        t.field("backend", self.backend)
            .field("region_versions", self.versions)
            .field("region_changes", self.changes)
            .field("checksum", &self.checksum)
            .field("state", self.state);
        vec![t]
    }
}
