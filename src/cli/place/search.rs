use super::{Places, StatusArg};
use crate::cli::Ctx;
use crate::error::Code;
use crate::ops::place;
use anyhow::Result;
use clap::Args;

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// Part of a name or alias, the pinyin (huangcun), or its initials, one per syllable (gzdd for
    /// Guangzhou Dadao) or per word (gd)
    pub text: String,
    /// Only this category and those under it (code or name)
    #[arg(long)]
    pub category: Option<String>,
    /// Only places in this region (province, prefecture, county or township code)
    #[arg(long, value_name = "CODE")]
    pub region: Option<String>,
    /// Which records
    #[arg(long, value_enum, default_value_t = StatusArg::All)]
    pub status: StatusArg,
}

pub fn run(ctx: &mut Ctx, args: SearchArgs) -> Result<Code> {
    let filter = place::filter(args.region.as_deref(), args.category.as_deref(), args.status.filter())?;
    let hits = place::search(ctx.store()?, &args.text, &filter)?;
    if hits.is_empty() {
        ctx.out.status(&format!("nothing matches {:?}", args.text));
    }
    ctx.out.emit(&Places(hits))?;
    Ok(Code::Ok)
}
