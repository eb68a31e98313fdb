use crate::cli::Ctx;
use crate::error::Code;
use crate::ops;
use anyhow::Result;
use clap::Args;

#[derive(Debug, Args)]
pub struct MigrateArgs {
    /// List the pending migrations without applying them
    #[arg(short = 'n', long)]
    pub dry_run: bool,
}

pub fn run(ctx: &mut Ctx, args: MigrateArgs) -> Result<Code> {
    let report = ops::db::migrate(ctx.store_as_is()?, args.dry_run)?;
    if !args.dry_run {
        ctx.changed([("migrations".to_string(), report.applied.len() as i64)].into());
    }
    ctx.out.emit(&report)?;
    Ok(Code::Ok)
}
