use super::StatusArg;
use crate::cli::Ctx;
use crate::db::regions::Place;
use crate::error::Code;
use crate::ops::place;
use crate::ui::{Format, Report, Table};
use anyhow::Result;
use clap::Args;
use serde::Serialize;

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Only places in this region (province, prefecture, county or township code)
    #[arg(long, value_name = "CODE")]
    pub region: Option<String>,
    /// Only this category and those under it (code or name)
    #[arg(long)]
    pub category: Option<String>,
    /// Which records
    #[arg(long, value_enum, default_value_t = StatusArg::All)]
    pub status: StatusArg,
}

#[derive(Serialize)]
#[serde(transparent)]
struct Records(Vec<Place>);

impl Report for Records {
    fn tables(&self) -> Vec<Table> {
        let mut t = Table::new(place::export_headers());
        for p in &self.0 {
            t.row(place::export_row(p));
        }
        vec![t]
    }
}

pub fn run(ctx: &mut Ctx, args: ExportArgs) -> Result<Code> {
    let filter = place::filter(args.region.as_deref(), args.category.as_deref(), args.status.filter())?;
    let places = place::records(ctx.store()?, &filter)?;
    // An export is a file: CSV unless a format was asked for or stdout is a terminal.
    let mut out = ctx.out.clone();
    if out.format == Format::Plain {
        out.format = Format::Csv;
    }
    out.emit(&Records(places))?;
    Ok(Code::Ok)
}
