use crate::cli::Ctx;
use crate::error::Code;
use crate::ops::region::{self, ExportRow};
use crate::ui::{Format, Report, Table};
use anyhow::Result;
use clap::Args;
use serde::Serialize;

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The list as at the end of this year (or date) [default: the latest]
    #[arg(long, value_name = "YEAR", value_parser = super::at_year)]
    pub at: Option<i32>,
    /// Every source, not just the MCA county-and-above list: GB/T 2260-only codes, NBS
    /// statistical codes, and the townships and villages of Guangzhou, Wuhan and Shanghai
    #[arg(long)]
    pub all: bool,
}

#[derive(Serialize)]
#[serde(transparent)]
struct Rows(Vec<ExportRow>);

impl Report for Rows {
    fn tables(&self) -> Vec<Table> {
        let mut t = Table::new(["code", "name", "level", "parent_code"]);
        for r in &self.0 {
            t.row([r.code.clone(), r.name.clone(), r.level.to_string(), r.parent_code.clone().unwrap_or_default()]);
        }
        vec![t]
    }
}

pub fn run(ctx: &mut Ctx, args: ExportArgs) -> Result<Code> {
    let rows = region::export(args.at, args.all);
    // An export is a file: CSV unless a format was asked for or stdout is a terminal.
    let mut out = ctx.out.clone();
    if out.format == Format::Plain {
        out.format = Format::Csv;
    }
    out.emit(&Rows(rows))?;
    Ok(Code::Ok)
}
