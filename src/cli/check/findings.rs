use super::{mask_key, unmasked};
use crate::cli::Ctx;
use crate::domain::region::district::District;
use crate::error::Code;
use crate::ops::check;
use crate::ops::check::catalogue::Severity;
use crate::ops::check::runs::By;
use crate::ops::check::worklist::WorkRow;
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
    /// Write Excel work lists into --out DIR: one per district (区县, retired codes rolled up),
    /// or one per street (街道/镇) in a folder per district
    #[arg(long, value_enum, requires = "out")]
    pub split_by: Option<SplitArg>,
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

/// The work lists written: a row per district (and street).
#[derive(Serialize)]
struct Written {
    district: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    street: Option<String>,
    findings: u64,
    file: String,
}

#[derive(Serialize)]
#[serde(transparent)]
struct WorkLists(Vec<Written>);

impl Report for WorkLists {
    fn tables(&self) -> Vec<Table> {
        let streets = self.0.iter().any(|w| w.street.is_some());
        let mut t = Table::new(if streets { vec!["district", "street", "findings", "file"] } else { vec!["district", "findings", "file"] });
        for w in &self.0 {
            let mut row = vec![w.district.clone()];
            row.extend(w.street.clone());
            row.extend([w.findings.to_string(), w.file.clone()]);
            t.row(row);
        }
        let total: u64 = self.0.iter().map(|w| w.findings).sum();
        let mut last = vec!["合计".to_string()];
        if streets {
            last.push(String::new());
        }
        last.extend([total.to_string(), String::new()]);
        t.row(last);
        vec![t]
    }
}

/// How `--split-by` divides the work lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SplitArg {
    /// One workbook per district (区县): DIR/工作清单_<district>.xlsx
    District,
    /// One workbook per street (街道/镇) in a folder per district:
    /// DIR/<district>/工作清单_<district>_<street>.xlsx (未识别街道 where the address names none)
    Street,
}

/// The columns of a work list, in the order a steward reads them.
const LIST_HEADERS: [&str; 12] =
    ["所属区县", "街道(乡镇)", "姓名", "规则", "级别", "说明", "表", "键", "字段", "值", "行号", "行政区划代码"];

/// What a street is called in a file name when the address names none.
const NO_STREET: &str = "未识别街道";

/// One work list being written: its workbook (the list streams into a temp file per sheet),
/// the summary sheet set aside before it, and the counts per rule for that summary.
struct Group {
    book: crate::ui::xlsx::Book,
    summary: usize,
    per_rule: std::collections::BTreeMap<(String, String), u64>,
    rows: u64,
    path: std::path::PathBuf,
}

impl Group {
    fn open(path: std::path::PathBuf) -> Result<Group> {
        let mut book = crate::ui::xlsx::Book::new();
        let summary = book.reserve("汇总")?;
        book.sheet("清单", &LIST_HEADERS.map(String::from))?;
        Ok(Group { book, summary, per_rule: Default::default(), rows: 0, path })
    }

    fn row(&mut self, w: &WorkRow) -> Result<()> {
        let f = &w.finding;
        let line = f.line.map(|n| n.to_string()).unwrap_or_default();
        let street = if w.street.is_empty() { "" } else { &w.street };
        self.book.row(&[
            &w.district,
            street,
            &w.name,
            &f.rule,
            &f.severity,
            &f.message,
            &f.table,
            &f.key,
            &f.field,
            &f.value,
            &line,
            &f.region_code,
        ])?;
        *self.per_rule.entry((f.rule.clone(), f.severity.clone())).or_default() += 1;
        self.rows += 1;
        Ok(())
    }

    /// The summary, then the workbook to its file.
    fn finish(mut self) -> Result<(u64, std::path::PathBuf)> {
        let mut rows: Vec<Vec<String>> = self.per_rule.iter().map(|((r, s), n)| vec![r.clone(), s.clone(), n.to_string()]).collect();
        rows.push(vec!["合计".to_string(), String::new(), self.rows.to_string()]);
        self.book.fill(self.summary, &["规则", "级别", "条数"].map(String::from), &rows)?;
        self.book.save(crate::files::create(&self.path)?)?;
        Ok((self.rows, self.path))
    }
}

/// A name that is safe as a file or folder name.
fn file_part(s: &str) -> String {
    s.chars().map(|c| if "/\\:*?\"<>|".contains(c) || c.is_control() { '_' } else { c }).collect()
}

/// Stream the findings into one workbook per district (or street), each open until the end:
/// memory holds a row per open sheet and the counts, not the run.
fn split(ctx: &mut Ctx, sel: &check::runs::Selection, by: SplitArg, unmask: bool, dir: &std::path::Path) -> Result<Code> {
    crate::files::create_dir(dir)?;
    let mut groups: std::collections::BTreeMap<(District, Option<String>), Group> = Default::default();
    let n = check::worklist::each_row(ctx.store()?, sel, &mut |mut w| {
        if !unmask {
            mask(&mut w);
        }
        let street = (by == SplitArg::Street).then(|| if w.street.is_empty() { NO_STREET.to_string() } else { w.street.clone() });
        let key = (w.group.clone(), street);
        if !groups.contains_key(&key) {
            let stem = file_part(&key.0.file_stem());
            let path = match &key.1 {
                None => dir.join(format!("工作清单_{stem}.xlsx")),
                Some(street) => {
                    let sub = dir.join(&stem);
                    crate::files::create_dir(&sub)?;
                    sub.join(format!("工作清单_{stem}_{}.xlsx", file_part(street)))
                }
            };
            groups.insert(key.clone(), Group::open(path)?);
        }
        groups.get_mut(&key).expect("opened").row(&w)
    })?;
    super::unmasked_files(ctx, unmask, n as usize);
    let mut written = Vec::new();
    for ((district, street), group) in groups {
        let (findings, path) = group.finish()?;
        written.push(Written { district: district.label(), street, findings, file: path.display().to_string() });
    }
    ctx.out.emit(&WorkLists(written))?;
    Ok(Code::Ok)
}

/// The columns of `check findings` in csv, json, tables and xlsx: the finding's own first
/// (scripts read them by name), then where it goes and whom it is about.
const COLUMNS: [&str; 12] =
    ["rule", "severity", "table", "key", "field", "value", "message", "region_code", "district", "street", "name", "line"];

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
    if let (Some(by), Some(dir)) = (args.split_by, args.out.as_deref()) {
        // Work lists are files: unmasked only when asked, as csv and json are.
        return split(ctx, &sel, by, args.unmask, dir);
    }
    // A run may hold millions of findings: they go out as they are read.
    let unmask = args.unmask && ctx.out.is_file();
    let out = ctx.out.clone();
    let mut stream = out.stream("findings", &COLUMNS)?;
    check::worklist::each_row(ctx.store()?, &sel, &mut |mut w| {
        if !unmask {
            mask(&mut w);
        }
        let f = &w.finding;
        let line = f.line.map(|n| n.to_string()).unwrap_or_default();
        let cells = [
            &f.rule,
            &f.severity,
            &f.table,
            &f.key,
            &f.field,
            &f.value,
            &f.message,
            &f.region_code,
            &w.district,
            &w.street,
            &w.name,
            &line,
        ];
        stream.row(&cells, &w)
    })?;
    let shown = stream.finish()?;
    unmasked(ctx, args.unmask, "findings", shown as usize);
    Ok(Code::Ok)
}

fn mask(w: &mut WorkRow) {
    let f = &mut w.finding;
    f.key = mask_key(&f.table, &f.key);
    f.value = super::mask_value(&f.field, &f.value);
    w.name = check::worklist::mask_name(&w.name);
}
