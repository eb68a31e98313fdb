use super::{mask_key, unmasked};
use crate::cli::Ctx;
use crate::cli::SplitBy;
use crate::db::checks::Finding;
use crate::error::Code;
use crate::ops::check;
use crate::ops::check::catalogue::Severity;
use crate::ops::check::runs::By;
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
    /// Only findings in this region, everything under it and the retired codes it took in
    #[arg(long, value_name = "CODE")]
    pub region: Option<String>,
    /// Only findings of this severity or worse (warning leaves out the info-level notes)
    #[arg(long, value_enum, value_name = "LEVEL")]
    pub severity: Option<SeverityArg>,
    /// Counts (and the overpaid amount) instead of the list, broken down by --by
    #[arg(long, conflicts_with_all = ["limit", "split_by", "unmask"])]
    pub summary: bool,
    /// What --summary breaks the counts down by: district, rule, or both (a matrix)
    #[arg(long, value_enum, value_delimiter = ',', default_value = "district,rule", requires = "summary")]
    pub by: Vec<ByArg>,
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ByArg {
    District,
    Rule,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum SeverityArg {
    Error,
    Warning,
    Info,
}

/// Counts by district and/or rule: a district × rule matrix when by both.
#[derive(Serialize)]
#[serde(transparent)]
pub(super) struct Summary(pub check::runs::Summary);

impl Report for Summary {
    fn tables(&self) -> Vec<Table> {
        let s = &self.0;
        let by_district = s.by.contains(&"district");
        let by_rule = s.by.contains(&"rule");
        // Underpayments (pay.unpaid) get a column where there are any.
        let under = s.total.underpaid_fen != 0;
        if by_district && by_rule {
            let mut headers = vec!["district".to_string()];
            headers.extend(s.rules.iter().cloned());
            headers.extend(["total".to_string(), "overpaid_yuan".to_string()]);
            if under {
                headers.push("underpaid_yuan".to_string());
            }
            let mut t = Table::new(headers);
            let mut rows: Vec<(String, std::collections::HashMap<&str, u64>, u64, i64, i64)> = Vec::new();
            for c in &s.cells {
                let d = c.district.clone().unwrap_or_default();
                if rows.last().is_none_or(|r| r.0 != d) {
                    rows.push((d, Default::default(), 0, 0, 0));
                }
                let r = rows.last_mut().expect("pushed");
                r.1.insert(c.rule.as_deref().unwrap_or(""), c.findings);
                r.2 += c.findings;
                r.3 += c.overpaid_fen;
                r.4 += c.underpaid_fen;
            }
            let mut per_rule: std::collections::HashMap<&str, u64> = Default::default();
            for (d, cells, n, fen, under_fen) in &rows {
                let mut row = vec![d.clone()];
                for rule in &s.rules {
                    let v = cells.get(rule.as_str()).copied().unwrap_or(0);
                    *per_rule.entry(rule).or_default() += v;
                    row.push(v.to_string());
                }
                row.extend([n.to_string(), crate::domain::values::format_fen(*fen)]);
                if under {
                    row.push(crate::domain::values::format_fen(*under_fen));
                }
                t.row(row);
            }
            let mut last = vec!["合计".to_string()];
            last.extend(s.rules.iter().map(|r| per_rule.get(r.as_str()).copied().unwrap_or(0).to_string()));
            last.extend([s.total.findings.to_string(), s.total.overpaid_yuan.clone()]);
            if under {
                last.push(s.total.underpaid_yuan.clone());
            }
            t.row(last);
            return vec![t];
        }
        let mut headers = vec![if by_district { "district" } else { "rule" }, "findings", "overpaid_yuan"];
        if under {
            headers.push("underpaid_yuan");
        }
        let mut t = Table::new(headers);
        let row = |label: String, c: &check::runs::SummaryCell| {
            let mut row = vec![label, c.findings.to_string(), c.overpaid_yuan.clone()];
            if under {
                row.push(c.underpaid_yuan.clone());
            }
            row
        };
        for c in &s.cells {
            let label = if by_district { c.district.clone() } else { c.rule.clone() };
            t.row(row(label.unwrap_or_default(), c));
        }
        t.row(row("合计".to_string(), &s.total));
        vec![t]
    }
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

pub fn run(ctx: &mut Ctx, args: FindingsArgs) -> Result<Code> {
    let sel = check::runs::Selection {
        run: args.run,
        rules: args.rule,
        region: args.region,
        severity: args.severity.map(|s| match s {
            SeverityArg::Error => Severity::Error,
            SeverityArg::Warning => Severity::Warning,
            SeverityArg::Info => Severity::Info,
        }),
        limit: args.limit,
        offset: args.offset,
    };
    if args.summary {
        let by: Vec<By> = args.by.iter().map(|b| if *b == ByArg::District { By::District } else { By::Rule }).collect();
        let summary = check::runs::summary(ctx.store()?, &sel, &by)?;
        ctx.out.emit(&Summary(summary))?;
        return Ok(Code::Ok);
    }
    if let (Some(SplitBy::District), Some(dir)) = (args.split_by, args.out.as_deref()) {
        let (_, mut list) = check::runs::findings(ctx.store()?, &sel)?;
        // Work lists are files: unmasked only when asked, as csv and json are.
        if !super::unmasked_files(ctx, args.unmask, list.len()) {
            for f in &mut list {
                mask(f);
            }
        }
        return split(ctx, list, dir);
    }
    // A run may hold millions of findings: they go out as they are read.
    let unmask = args.unmask && ctx.out.is_file();
    let out = ctx.out.clone();
    let mut stream = out.stream("findings", &["rule", "severity", "table", "key", "field", "value", "message"])?;
    check::runs::each_finding(ctx.store()?, &sel, &mut |mut f| {
        if !unmask {
            mask(&mut f);
        }
        stream.row(&[&f.rule, &f.severity, &f.table, &f.key, &f.field, &f.value, &f.message], &f)
    })?;
    let shown = stream.finish()?;
    unmasked(ctx, args.unmask, "findings", shown as usize);
    Ok(Code::Ok)
}

fn mask(f: &mut Finding) {
    f.key = mask_key(&f.table, &f.key);
    f.value = super::mask_value(&f.field, &f.value);
}
