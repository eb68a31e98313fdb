use crate::cli::Ctx;
use crate::error::Code;
use crate::ops::region::validate::{self, Class, Row, Summary, ValidateOptions};
use crate::ui::{progress::Progress, Format, Report, Table};
use anyhow::Result;
use clap::Args;
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// The CSV file (with a header row), or - for stdin
    pub file: PathBuf,
    /// The column holding the codes: its header, or its number counting from 1
    #[arg(long, value_name = "NAME")]
    pub column: String,
    /// Judge against the lists of this year (or date) instead of today's
    #[arg(long, value_name = "DATE|YEAR", value_parser = super::at_year)]
    pub at: Option<i32>,
    /// The ID-number rule: any code ever valid in an MCA list or a GB/T 2260 edition (retired
    /// codes and XXXX01 市辖区 included) passes, as an ID number's address code never changes
    #[arg(long)]
    pub for_id: bool,
}

pub fn run(ctx: &mut Ctx, args: ValidateArgs) -> Result<Code> {
    let stdin = args.file.as_os_str() == "-";
    let opts = ValidateOptions { file: (!stdin).then(|| args.file.clone()), column: args.column, at: args.at, for_id: args.for_id };
    let size = opts.file.as_ref().and_then(|p| std::fs::metadata(p).ok()).map(|m| m.len());
    let bar = Progress::bytes(size, ctx.out.quiet);
    let summary = if ctx.out.format == Format::Csv {
        // Per-row output, streamed: memory stays flat whatever the file size.
        let stdout = std::io::stdout();
        let encoding = ctx.out.csv_encoding.unwrap_or(crate::csvout::Encoding::Utf8);
        let mut w =
            csv::Writer::from_writer(crate::csvout::Encoded::new(std::io::BufWriter::with_capacity(512 * 1024, stdout.lock()), encoding));
        w.write_record(["line", "value", "class", "successors"])?;
        let mut line: Vec<u8> = Vec::with_capacity(20);
        let summary = validate::validate(
            &opts,
            &mut |r: &Row<'_>| {
                line.clear();
                write!(line, "{}", r.line)?;
                w.write_record([
                    &line[..],
                    &*crate::csvout::neutralise_bytes(r.value),
                    r.class.as_str().as_bytes(),
                    r.successors.as_bytes(),
                ])?;
                Ok(())
            },
            &mut |b| bar.set(b),
        )?;
        w.flush()?;
        ctx.out.status(&counts(&summary));
        summary
    } else {
        let summary = validate::validate(&opts, &mut |_| Ok(()), &mut |b| bar.set(b))?;
        ctx.out.emit(&summary)?;
        summary
    };
    bar.finish();
    Ok(if summary.problems > 0 { Code::Problems } else { Code::Ok })
}

fn counts(s: &Summary) -> String {
    let parts: Vec<String> = Class::ALL.iter().map(|&c| format!("{} {}", s.count(c), c.as_str())).collect();
    format!("{}: {} rows: {}; {} not passing", s.file, s.rows, parts.join(", "), s.problems)
}

impl Report for Summary {
    fn tables(&self) -> Vec<Table> {
        let mut t = Table::fields();
        t.field("file", &self.file).field("column", &self.column);
        if let Some(at) = self.at {
            t.field("at", at);
        }
        if self.for_id {
            t.field("rule", "ID-number address codes (ever valid)");
        }
        t.field("rows", self.rows);
        for c in Class::ALL {
            t.field(c.as_str(), self.count(c));
        }
        t.field("not passing", self.problems);
        let mut first = Table::new(["line", "value", "class", "successors"]).title("First rows not passing");
        for p in &self.first_problems {
            first.row([p.line.to_string(), p.value.clone(), p.class.as_str().to_string(), p.successors.clone()]);
        }
        if self.first_problems.is_empty() {
            vec![t]
        } else {
            vec![t, first]
        }
    }
}
