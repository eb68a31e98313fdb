use super::diff;
use crate::cli::Ctx;
use crate::error::Code;
use crate::ops::region::import::{self, Plan};
use crate::ui::{prompt, Report, Table};
use anyhow::Result;
use clap::Args;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The list: CSV with the columns code,name,level,parent_code
    pub file: PathBuf,
    /// The year the list describes (as at 31 December)
    #[arg(long, value_name = "YEAR")]
    pub version: i32,
    /// Show the changes; store nothing
    #[arg(short = 'n', long)]
    pub dry_run: bool,
}

pub fn run(ctx: &mut Ctx, args: ImportArgs) -> Result<Code> {
    let plan = import::plan(ctx.store()?, &args.file, args.version, args.dry_run)?;
    ctx.out.emit(&plan)?;
    if args.dry_run {
        return Ok(Code::Ok);
    }
    let what = if plan.replaces { "replace the stored" } else { "store the" };
    prompt::confirm(&format!("{what} {} list ({} rows, {} changes)", plan.version, plan.rows, plan.changes.len()), ctx.yes, true)?;
    let counts = import::apply(ctx.store()?, &plan)?;
    ctx.changed(counts);
    ctx.out.status(&format!(
        "stored the {} list: {} rows, {} changes against {}",
        plan.version,
        plan.rows,
        plan.changes.len(),
        plan.previous
    ));
    Ok(Code::Ok)
}

impl Report for Plan {
    fn tables(&self) -> Vec<Table> {
        let title = format!(
            "{} ({} rows) vs the {} {} list: {} changes",
            self.version,
            self.rows,
            self.previous_source,
            self.previous,
            self.changes.len()
        );
        vec![diff::table(&self.changes).title(title)]
    }
}
