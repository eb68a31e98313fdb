//! `mzctl report`
use crate::cli::Ctx;
use crate::error::{Code, Fail};
use crate::ops::report::{self, Options, Report};
use crate::ui::{Format, Table};
use anyhow::{Context, Result};
use clap::Args;
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, Args)]
#[command(after_long_help = "Writes one self-contained HTML file (charts as inline SVG, a table of the numbers \
under each chart, nothing fetched from a network), or with --format xlsx (or an --out ending in .xlsx) a \
workbook of the same tables with native Excel charts. Sections: population, benefits, data quality, \
systems, certificates; each names its source and date, and says so when it has no data. Prints the \
sections and the figures written.")]
pub struct ReportArgs {
    /// The file to write (.html; .xlsx with --format xlsx)
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
    /// Only this region (province, prefecture or county code), with the retired codes it took in
    #[arg(long, value_name = "CODE")]
    pub region: Option<String>,
    /// The date the report describes [default: today]
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<jiff::civil::Date>,
    /// First month of the monthly series [default: the 24 months up to --as-of]
    #[arg(long, value_name = "DATE")]
    pub from: Option<jiff::civil::Date>,
}

pub fn run(ctx: &mut Ctx, args: ReportArgs) -> Result<Code> {
    let xlsx = ctx.out.format == Format::Xlsx || args.out.extension().is_some_and(|e| e.eq_ignore_ascii_case("xlsx"));
    if !xlsx && ctx.out.format == Format::Csv {
        return Err(Fail::usage("report writes HTML or xlsx, not CSV").hint("--format xlsx, or an --out ending in .html").into());
    }
    let as_of = match args.as_of {
        Some(d) => d,
        None => crate::clock::today()?,
    };
    let opts = Options { region: args.region, as_of, from: args.from };
    let r = report::build(ctx.store()?, &opts)?;
    let bytes = if xlsx { crate::ui::report::xlsx(&r)? } else { crate::ui::report::html(&r).into_bytes() };
    let mut f = crate::files::create(&args.out)?;
    f.write_all(&bytes).with_context(|| format!("cannot write {}", args.out.display()))?;
    ctx.out.status(&format!("wrote {} ({} bytes)", args.out.display(), bytes.len()));
    let mut out = ctx.out.clone();
    if out.format == Format::Xlsx {
        out.format = Format::Plain;
    }
    out.emit(&Written { file: args.out.display().to_string(), report: r })?;
    Ok(Code::Ok)
}

#[derive(serde::Serialize)]
struct Written {
    file: String,
    #[serde(flatten)]
    report: Report,
}

impl crate::ui::Report for Written {
    fn tables(&self) -> Vec<Table> {
        let mut t = Table::new(["section", "figures", "marks", "data"]);
        for s in &self.report.sections {
            let figures: Vec<&str> = s.figures.iter().map(|f| f.id.as_str()).collect();
            let marks: Vec<String> = s.figures.iter().map(|f| f.chart.marks().to_string()).collect();
            t.row([
                s.id.to_string(),
                if figures.is_empty() { "-".to_string() } else { figures.join(" ") },
                if marks.is_empty() { "-".to_string() } else { marks.join(" ") },
                s.empty.clone().map_or_else(|| "ok".to_string(), |e| format!("none: {e}")),
            ]);
        }
        vec![t]
    }
}
