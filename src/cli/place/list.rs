use super::{Places, StatusArg};
use crate::cli::Ctx;
use crate::error::Code;
use crate::ops::place;
use anyhow::Result;
use clap::Args;

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only places in this region (province, prefecture, county or township code)
    #[arg(long, value_name = "CODE")]
    pub region: Option<String>,
    /// Only this category and those under it (code or name)
    #[arg(long)]
    pub category: Option<String>,
    /// Which records
    #[arg(long, value_enum, default_value_t = StatusArg::Current)]
    pub status: StatusArg,
}

pub fn run(ctx: &mut Ctx, args: ListArgs) -> Result<Code> {
    let filter = place::filter(args.region.as_deref(), args.category.as_deref(), args.status.filter())?;
    let places = place::list(ctx.store()?, &filter)?;
    ctx.out.emit(&Places(places))?;
    Ok(Code::Ok)
}
