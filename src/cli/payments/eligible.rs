use crate::cli::Ctx;
use crate::cli::SplitBy;
use crate::domain::normalize::mask_id;
use crate::domain::values::format_fen;
use crate::error::Code;
use crate::ops::check::Params;
use crate::ops::payments::eligible::{self, EligibleOptions, Found};
use crate::ui::{Report, Table};
use anyhow::Result;
use clap::Args;
use serde::Serialize;
use std::path::PathBuf;

#[derive(Debug, Args)]
#[command(after_long_help = "The program's rule comes from --rules FILE ([programs.NAME]: min_age, max_age, regions, \
required, excluded, tiers), by default elder_allowance from 80 at 100.00 yuan a month, 300.00 from 90 and 500.00 from 100. \
People are judged on the month's last day: alive, meeting the rule, without an enrolment in the program covering it. \
The same people as the rule eligible.not_enrolled finds with `check run --as-of` that day.")]
pub struct EligibleArgs {
    /// The program (elder_allowance, or another with a rule in --rules)
    #[arg(long, value_name = "PROGRAM")]
    pub program: String,
    /// The month, YYYY-MM
    #[arg(long, value_name = "YYYY-MM")]
    pub month: String,
    /// Only this region code or under it
    #[arg(long, value_name = "CODE")]
    pub region: Option<String>,
    /// Program rules (TOML, as for check run): [programs.NAME] min_age, max_age, regions, required, excluded, tiers
    #[arg(long, value_name = "FILE")]
    pub rules: Option<PathBuf>,
    /// Show ID numbers in full in csv, json and xlsx output and in the workbooks (recorded in the audit log)
    #[arg(long)]
    pub unmask: bool,
    /// Write one Excel workbook per district (区县) into --out DIR: the people its bureau should contact
    #[arg(long, value_enum, requires = "out")]
    pub split_by: Option<SplitBy>,
    /// The directory of the workbooks
    #[arg(long, value_name = "DIR", requires = "split_by")]
    pub out: Option<PathBuf>,
}

const HEADERS: [&str; 9] = ["district", "id_number", "name", "program", "region_code", "birth_date", "eligible_since", "age", "amount"];

fn cells(f: &Found, on: jiff::civil::Date) -> [String; 9] {
    let date = |d: Option<jiff::civil::Date>| d.map(|d| d.to_string()).unwrap_or_default();
    [
        f.district.clone(),
        f.id_number.clone(),
        f.name.clone(),
        f.program.clone(),
        f.region_code.clone(),
        date(f.birth_date),
        date(f.eligible_since),
        eligible::age(f, on).map(|a| a.to_string()).unwrap_or_default(),
        f.monthly_amount_fen.map(format_fen).unwrap_or_default(),
    ]
}

#[derive(Serialize)]
struct Written {
    district: String,
    people: usize,
    amount_fen: i64,
    file: String,
}

#[derive(Serialize)]
#[serde(transparent)]
struct Files(Vec<Written>);

impl Report for Files {
    fn tables(&self) -> Vec<Table> {
        let mut t = Table::new(["district", "people", "amount", "file"]);
        for w in &self.0 {
            t.row([w.district.clone(), w.people.to_string(), format_fen(w.amount_fen), w.file.clone()]);
        }
        let people: usize = self.0.iter().map(|w| w.people).sum();
        let total: i64 = self.0.iter().map(|w| w.amount_fen).sum();
        t.row(["合计".to_string(), people.to_string(), format_fen(total), String::new()]);
        vec![t]
    }
}

/// One workbook per district: a summary (people, monthly amount) and the list.
fn split(ctx: &mut Ctx, list: eligible::EligibleList, dir: &std::path::Path) -> Result<Code> {
    crate::files::create_dir(dir)?;
    let mut written = Vec::new();
    for (district, people) in eligible::by_district(list.people) {
        let path = dir.join(format!("政策找人_{}_{}_{}.xlsx", list.program, list.month, district.file_stem()));
        let amount_fen: i64 = people.iter().filter_map(|f| f.monthly_amount_fen).sum();
        let mut summary = Table::new(["所属区县", "救助类型", "月份", "人数", "月发放金额"]).title("汇总");
        summary.row([district.label(), list.program.clone(), list.month.clone(), people.len().to_string(), format_fen(amount_fen)]);
        let mut table = Table::new(HEADERS).title("政策找人");
        for f in &people {
            table.row(cells(f, list.as_of));
        }
        let bytes = crate::ui::xlsx::workbook(&[summary, table], "政策找人")?;
        std::io::Write::write_all(&mut crate::files::create(&path)?, &bytes)?;
        written.push(Written { district: district.label(), people: people.len(), amount_fen, file: path.display().to_string() });
    }
    ctx.out.emit(&Files(written))?;
    Ok(Code::Ok)
}

pub fn run(ctx: &mut Ctx, args: EligibleArgs) -> Result<Code> {
    let params = match &args.rules {
        Some(p) => Params::load(p)?,
        None => Params::default(),
    };
    let opts = EligibleOptions { program: args.program, month: args.month, region: args.region, params };
    let mut list = eligible::eligible(ctx.store()?, &opts)?;
    let files = args.split_by.is_some();
    let unmask = args.unmask && (files || ctx.out.is_file());
    if args.unmask {
        ctx.changed([("eligible.unmasked".to_string(), if unmask { list.people.len() as i64 } else { 0 })].into());
    }
    if !unmask {
        for f in &mut list.people {
            f.id_number = mask_id(&f.id_number);
        }
    }
    if let (Some(SplitBy::District), Some(dir)) = (args.split_by, args.out.as_deref()) {
        return split(ctx, list, dir);
    }
    let out = ctx.out.clone();
    let mut stream = out.stream(&format!("政策找人 {} {}", list.program, list.month), &HEADERS)?;
    for f in &list.people {
        stream.row(&cells(f, list.as_of), f)?;
    }
    stream.finish()?;
    Ok(Code::Ok)
}
