use crate::cli::Ctx;
use crate::error::Code;
use crate::ops::region::{self, DiffRow};
use crate::ui::{Report, Table};
use anyhow::Result;
use clap::Args;
use serde::Serialize;

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The year of the list to compare from (later than --to compares backwards in time)
    #[arg(long, value_name = "YEAR", value_parser = super::at_year)]
    pub from: i32,
    /// The year of the list to compare with [default: the latest]
    #[arg(long, value_name = "YEAR", value_parser = super::at_year)]
    pub to: Option<i32>,
}

/// The rows of a diff, as `region diff` and `region import` show them.
#[derive(Serialize)]
#[serde(transparent)]
pub struct Diff(pub Vec<DiffRow>);

pub fn table(rows: &[DiffRow]) -> Table {
    let mut t = Table::new(["kind", "old_code", "old_name", "new_code", "new_name"]);
    let s = |v: &Option<String>| v.clone().unwrap_or_default();
    for r in rows {
        t.row([r.kind.as_str().to_string(), s(&r.old_code), s(&r.old_name), s(&r.new_code), s(&r.new_name)]);
    }
    t
}

impl Report for Diff {
    fn tables(&self) -> Vec<Table> {
        vec![table(&self.0)]
    }
}

pub fn run(ctx: &mut Ctx, args: DiffArgs) -> Result<Code> {
    let to = args.to.unwrap_or_else(|| region::year_range(region::db()).1);
    let rows = region::diff(args.from, to);
    ctx.out.status(&format!("{} changes from {} to {}", rows.len(), args.from, to));
    ctx.out.emit(&Diff(rows))?;
    Ok(Code::Ok)
}
