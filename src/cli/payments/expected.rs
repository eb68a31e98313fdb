use crate::cli::Ctx;
use crate::cli::SplitBy;
use crate::domain::normalize::mask_id;
use crate::domain::values::format_fen;
use crate::error::Code;
use crate::ops::payments::expected::{self, DueLine, ExpectedOptions};
use crate::ui::{Report, Table};
use anyhow::Result;
use clap::Args;
use serde::Serialize;

#[derive(Debug, Args)]
pub struct ExpectedArgs {
    /// The month to pay for, YYYY-MM
    #[arg(long, value_name = "YYYY-MM")]
    pub month: String,
    /// Only this region code or under it
    #[arg(long, value_name = "CODE")]
    pub region: Option<String>,
    /// Only this program (dibao, tekun, elder_allowance, youfu, or the bureau's own code)
    #[arg(long, value_name = "PROGRAM")]
    pub program: Option<String>,
    /// Show ID numbers in full in csv, json and xlsx output and in the workbooks (recorded in the audit log)
    #[arg(long)]
    pub unmask: bool,
    /// Write one Excel workbook per district (区县) into --out DIR: the list its finance office pays
    #[arg(long, value_enum, requires = "out")]
    pub split_by: Option<SplitBy>,
    /// The directory of the workbooks
    #[arg(long, value_name = "DIR", requires = "split_by")]
    pub out: Option<std::path::PathBuf>,
}

const HEADERS: [&str; 8] = ["district", "id_number", "name", "program", "region_code", "start_date", "end_date", "amount"];

fn cells(l: &DueLine) -> [String; 8] {
    let d = &l.due;
    [
        l.district.clone(),
        d.id_number.clone(),
        d.name.clone(),
        d.program.clone(),
        d.region_code.clone(),
        d.start_date.clone(),
        d.end_date.clone(),
        format_fen(d.monthly_amount_fen),
    ]
}

#[derive(Serialize)]
struct Written {
    district: String,
    people: usize,
    lines: usize,
    amount_fen: i64,
    file: String,
}

#[derive(Serialize)]
#[serde(transparent)]
struct Files(Vec<Written>);

impl Report for Files {
    fn tables(&self) -> Vec<Table> {
        let mut t = Table::new(["district", "people", "lines", "amount", "file"]);
        for w in &self.0 {
            t.row([w.district.clone(), w.people.to_string(), w.lines.to_string(), format_fen(w.amount_fen), w.file.clone()]);
        }
        let people: usize = self.0.iter().map(|w| w.people).sum();
        let n: usize = self.0.iter().map(|w| w.lines).sum();
        let total: i64 = self.0.iter().map(|w| w.amount_fen).sum();
        t.row(["合计".to_string(), people.to_string(), n.to_string(), format_fen(total), String::new()]);
        vec![t]
    }
}

/// One workbook per district: a summary (people, lines, amount) and the list.
fn split(ctx: &mut Ctx, month: &str, lines: Vec<DueLine>, dir: &std::path::Path) -> Result<Code> {
    crate::files::create_dir(dir)?;
    let mut written = Vec::new();
    for (district, lines) in expected::by_district(lines) {
        let path = dir.join(format!("应发名单_{month}_{}.xlsx", district.file_stem()));
        let amount_fen: i64 = lines.iter().map(|l| l.due.monthly_amount_fen).sum();
        let people: std::collections::BTreeSet<&str> = lines.iter().map(|l| l.due.id_number.as_str()).collect();
        let mut summary = Table::new(["所属区县", "发放月份", "人数", "条数", "应发金额"]).title("汇总");
        summary.row([district.label(), month.to_string(), people.len().to_string(), lines.len().to_string(), format_fen(amount_fen)]);
        let mut list = Table::new(HEADERS).title("应发名单");
        for l in &lines {
            list.row(cells(l));
        }
        let bytes = crate::ui::xlsx::workbook(&[summary, list], "应发名单")?;
        std::io::Write::write_all(&mut crate::files::create(&path)?, &bytes)?;
        written.push(Written {
            district: district.label(),
            people: people.len(),
            lines: lines.len(),
            amount_fen,
            file: path.display().to_string(),
        });
    }
    ctx.out.emit(&Files(written))?;
    Ok(Code::Ok)
}

pub fn run(ctx: &mut Ctx, args: ExpectedArgs) -> Result<Code> {
    let opts = ExpectedOptions { month: args.month, region: args.region, program: args.program };
    let mut found = expected::expected(ctx.store()?, &opts)?;
    let files = args.split_by.is_some();
    let unmask = args.unmask && (files || ctx.out.is_file());
    if args.unmask {
        ctx.changed([("expected.unmasked".to_string(), if unmask { found.lines.len() as i64 } else { 0 })].into());
    }
    if !unmask {
        for l in &mut found.lines {
            l.due.id_number = mask_id(&l.due.id_number);
        }
    }
    if let (Some(SplitBy::District), Some(dir)) = (args.split_by, args.out.as_deref()) {
        return split(ctx, &found.month, found.lines, dir);
    }
    let out = ctx.out.clone();
    let mut stream = out.stream(&format!("应发名单 {}", found.month), &HEADERS)?;
    for l in &found.lines {
        stream.row(&cells(l), l)?;
    }
    stream.finish()?;
    Ok(Code::Ok)
}
