use super::{mask_key, unmasked};
use crate::cli::Ctx;
use crate::db::checks::Finding;
use crate::error::Code;
use crate::ops::check;
use crate::ui::{Report, Table};
use anyhow::Result;
use clap::Args;
use serde::Serialize;

#[derive(Debug, Args)]
pub struct FindingsArgs {
    /// Run id [default: the latest run]
    pub run: Option<i64>,
    /// Only findings of rules matching this glob (repeatable)
    #[arg(long, value_name = "GLOB")]
    pub rule: Vec<String>,
    /// Only findings in this region and everything under it
    #[arg(long, value_name = "CODE")]
    pub region: Option<String>,
    /// At most this many findings
    #[arg(long)]
    pub limit: Option<u64>,
    /// Skip this many findings first
    #[arg(long, default_value_t = 0)]
    pub offset: u64,
    /// Show ID numbers in full in csv and json output (recorded in the audit log)
    #[arg(long)]
    pub unmask: bool,
    /// Write one Excel work list per district (区县) into --out DIR, retired codes rolled up
    #[arg(long, value_enum, requires = "out")]
    pub split_by: Option<SplitBy>,
    /// The directory of the work lists
    #[arg(long, value_name = "DIR", requires = "split_by")]
    pub out: Option<std::path::PathBuf>,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum SplitBy {
    District,
}

/// The work lists written: a row per district.
#[derive(Serialize)]
struct Written {
    district: String,
    findings: usize,
    file: String,
}

#[derive(Serialize)]
#[serde(transparent)]
struct WorkLists(Vec<Written>);

impl Report for WorkLists {
    fn tables(&self) -> Vec<Table> {
        let mut t = Table::new(["district", "findings", "file"]);
        for w in &self.0 {
            t.row([w.district.clone(), w.findings.to_string(), w.file.clone()]);
        }
        let total: usize = self.0.iter().map(|w| w.findings).sum();
        t.row(["合计".to_string(), total.to_string(), String::new()]);
        vec![t]
    }
}

/// A district's findings as a workbook: the list to work through, and a count per rule.
fn work_list(findings: &[Finding], district: &str) -> Result<Vec<u8>> {
    let mut list = Table::new(["所属区县", "规则", "级别", "表", "键", "字段", "值", "说明", "行政区划代码"]);
    list.title = Some("清单".into());
    let mut per_rule: std::collections::BTreeMap<(&str, &str), usize> = std::collections::BTreeMap::new();
    for f in findings {
        list.row([district, &f.rule, &f.severity, &f.table, &f.key, &f.field, &f.value, &f.message, &f.region_code]);
        *per_rule.entry((&f.rule, &f.severity)).or_default() += 1;
    }
    let mut summary = Table::new(["规则", "级别", "条数"]);
    summary.title = Some("汇总".into());
    for ((rule, severity), n) in per_rule {
        summary.row([rule.to_string(), severity.to_string(), n.to_string()]);
    }
    crate::ui::xlsx::workbook(&[summary, list], "清单")
}

fn split(ctx: &mut Ctx, list: Vec<Finding>, dir: &std::path::Path) -> Result<Code> {
    crate::files::create_dir(dir)?;
    let mut written = Vec::new();
    for (district, findings) in check::worklist::by_district(list) {
        let path = dir.join(format!("工作清单_{}.xlsx", district.file_stem()));
        let bytes = work_list(&findings, &district.label())?;
        std::io::Write::write_all(&mut crate::files::create(&path)?, &bytes)?;
        written.push(Written { district: district.label(), findings: findings.len(), file: path.display().to_string() });
    }
    ctx.out.emit(&WorkLists(written))?;
    Ok(Code::Ok)
}

#[derive(Serialize)]
#[serde(transparent)]
struct Findings(Vec<Finding>);

impl Report for Findings {
    fn tables(&self) -> Vec<Table> {
        let mut t = Table::new(["rule", "severity", "table", "key", "field", "value", "message"]);
        for f in &self.0 {
            t.row([&f.rule, &f.severity, &f.table, &f.key, &f.field, &f.value, &f.message]);
        }
        vec![t]
    }
}

pub fn run(ctx: &mut Ctx, args: FindingsArgs) -> Result<Code> {
    let (_, mut list) = check::runs::findings(ctx.store()?, args.run, &args.rule, args.region.as_deref(), args.limit, args.offset)?;
    // Work lists are files: unmasked only when asked, as csv and json are.
    let files = args.split_by.is_some();
    if !(if files { super::unmasked_files(ctx, args.unmask, list.len()) } else { unmasked(ctx, args.unmask, "findings", list.len()) }) {
        for f in &mut list {
            f.key = mask_key(&f.table, &f.key);
            f.value = super::mask_value(&f.field, &f.value);
        }
    }
    if let (Some(SplitBy::District), Some(dir)) = (args.split_by, args.out.as_deref()) {
        return split(ctx, list, dir);
    }
    ctx.out.emit(&Findings(list))?;
    Ok(Code::Ok)
}
