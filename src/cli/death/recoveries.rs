use crate::cli::Ctx;
use crate::cli::SplitBy;
use crate::domain::normalize::mask_id;
use crate::domain::values::format_fen;
use crate::error::Code;
use crate::ops::death::{self, Recoveries, RecoveryLine};
use crate::ui::{Report, Table};
use anyhow::Result;
use clap::Args;
use serde::Serialize;

#[derive(Debug, Args)]
pub struct RecoveriesArgs {
    /// Only this region code or under it, and the retired codes it took in
    #[arg(long, value_name = "CODE")]
    pub region: Option<String>,
    /// Show ID numbers in full in csv, json and xlsx output and work lists (recorded in the audit log)
    #[arg(long)]
    pub unmask: bool,
    /// Write one Excel workbook per district (区县) into --out DIR: what its finance office recovers
    #[arg(long, value_enum, requires = "out")]
    pub split_by: Option<SplitBy>,
    /// The directory of the workbooks
    #[arg(long, value_name = "DIR", requires = "split_by")]
    pub out: Option<std::path::PathBuf>,
}

#[derive(Serialize)]
#[serde(transparent)]
struct Shown(Recoveries);

fn lines_table(lines: &[RecoveryLine]) -> Table {
    let mut t =
        Table::new(["district", "id_number", "program", "region_code", "start_date", "death_date", "months", "monthly_amount", "amount"])
            .title("recoveries");
    for l in lines {
        let r = &l.recovery;
        t.row([
            l.district.clone(),
            r.id_number.clone(),
            r.program.clone(),
            r.region_code.clone(),
            r.start_date.clone(),
            r.death_date.clone(),
            r.months.to_string(),
            format_fen(r.monthly_amount_fen),
            format_fen(r.amount_fen),
        ]);
    }
    t
}

impl Report for Shown {
    fn tables(&self) -> Vec<Table> {
        let mut d = Table::new(["district", "people", "enrolments", "amount"]).title("by district");
        for x in &self.0.districts {
            d.row([x.district.clone(), x.people.to_string(), x.enrolments.to_string(), format_fen(x.amount_fen)]);
        }
        let people: usize = self.0.districts.iter().map(|x| x.people).sum();
        d.row(["合计".to_string(), people.to_string(), self.0.lines.len().to_string(), format_fen(self.0.total_fen)]);
        vec![lines_table(&self.0.lines), d]
    }
}

#[derive(Serialize)]
struct Written {
    district: String,
    enrolments: usize,
    amount_fen: i64,
    file: String,
}

#[derive(Serialize)]
#[serde(transparent)]
struct Files(Vec<Written>);

impl Report for Files {
    fn tables(&self) -> Vec<Table> {
        let mut t = Table::new(["district", "enrolments", "amount", "file"]);
        for w in &self.0 {
            t.row([w.district.clone(), w.enrolments.to_string(), format_fen(w.amount_fen), w.file.clone()]);
        }
        let n: usize = self.0.iter().map(|w| w.enrolments).sum();
        let total: i64 = self.0.iter().map(|w| w.amount_fen).sum();
        t.row(["合计".to_string(), n.to_string(), format_fen(total), String::new()]);
        vec![t]
    }
}

/// One workbook per district: a summary (people, enrolments, amount) and the list.
fn split(ctx: &mut Ctx, lines: Vec<RecoveryLine>, dir: &std::path::Path) -> Result<Code> {
    crate::files::create_dir(dir)?;
    let mut written = Vec::new();
    for (district, lines) in death::by_district(lines) {
        let path = dir.join(format!("追缴清单_{}.xlsx", district.file_stem()));
        let amount_fen: i64 = lines.iter().map(|l| l.recovery.amount_fen).sum();
        let people: std::collections::BTreeSet<&str> = lines.iter().map(|l| l.recovery.id_number.as_str()).collect();
        let mut summary = Table::new(["所属区县", "人数", "待遇条数", "应追缴金额"]).title("汇总");
        summary.row([district.label(), people.len().to_string(), lines.len().to_string(), format_fen(amount_fen)]);
        let mut list = lines_table(&lines);
        list.title = Some("清单".into());
        let bytes = crate::ui::xlsx::workbook(&[summary, list], "清单")?;
        std::io::Write::write_all(&mut crate::files::create(&path)?, &bytes)?;
        written.push(Written { district: district.label(), enrolments: lines.len(), amount_fen, file: path.display().to_string() });
    }
    ctx.out.emit(&Files(written))?;
    Ok(Code::Ok)
}

pub fn run(ctx: &mut Ctx, args: RecoveriesArgs) -> Result<Code> {
    let mut found = death::recoveries(ctx.store()?, args.region.as_deref())?;
    let files = args.split_by.is_some();
    let machine = matches!(ctx.out.format, crate::ui::Format::Json | crate::ui::Format::Csv | crate::ui::Format::Xlsx);
    let unmask = args.unmask && (files || machine);
    if args.unmask {
        ctx.changed([("recoveries.unmasked".to_string(), if unmask { found.lines.len() as i64 } else { 0 })].into());
    }
    if !unmask {
        for l in &mut found.lines {
            l.recovery.id_number = mask_id(&l.recovery.id_number);
        }
    }
    if let (Some(SplitBy::District), Some(dir)) = (args.split_by, args.out.as_deref()) {
        return split(ctx, found.lines, dir);
    }
    ctx.out.emit(&Shown(found))?;
    Ok(Code::Ok)
}
