use crate::cli::Ctx;
use crate::error::Code;
use crate::ops;
use anyhow::Result;
use clap::Args;

#[derive(Debug, Args)]
pub struct InitArgs {}

pub fn run(ctx: &mut Ctx, _args: InitArgs) -> Result<Code> {
    let report = ops::db::migrate(ctx.store_as_is()?, false)?;
    ctx.changed([("migrations".to_string(), report.applied.len() as i64)].into());
    ctx.out.emit(&report)?;
    Ok(Code::Ok)
}
