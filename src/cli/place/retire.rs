use super::fields;
use crate::cli::Ctx;
use crate::error::Code;
use crate::ops::place::{self, Retired};
use crate::ui::{prompt, Report, Table};
use anyhow::Result;
use clap::Args;

#[derive(Debug, Args)]
pub struct RetireArgs {
    /// The 20-digit placename code
    pub code: String,
    /// The year it was abolished [default: this year]
    #[arg(long, value_name = "YEAR")]
    pub year: Option<i32>,
    /// Show the record as it would be; change nothing
    #[arg(short = 'n', long)]
    pub dry_run: bool,
}

pub fn run(ctx: &mut Ctx, args: RetireArgs) -> Result<Code> {
    let year = match args.year {
        Some(y) => y,
        None => i32::from(crate::clock::today()?.year()),
    };
    let current = place::retirable(ctx.store()?, &args.code)?;
    if !args.dry_run {
        prompt::confirm(&format!("retire {} {} (abolished {year})", current.code, current.name), ctx.yes, true)?;
    }
    let (retired, counts) = place::retire(ctx.store()?, current, year, args.dry_run)?;
    if !args.dry_run {
        ctx.changed(counts);
    }
    ctx.out.emit(&retired)?;
    Ok(Code::Ok)
}

impl Report for Retired {
    fn tables(&self) -> Vec<Table> {
        vec![fields(&self.view)]
    }
}
