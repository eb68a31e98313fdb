//! Stored runs: listing them, reading a run's findings, and what each run covered.
use super::catalogue::Severity;
use super::{catalogue, region_prefix};
use crate::db::checks::{Finding, FindingFilter, RunInfo};
use crate::db::Store;
use crate::domain::region::district::District;
use crate::domain::region::RegionDb;
use crate::error::Fail;
use anyhow::Result;
use serde::Serialize;
use std::collections::BTreeSet;
use std::collections::{BTreeMap, HashMap};
// Re-exported for `check diff`, which reaches the comparison through this module.
pub use super::diff::{diff, DiffReport};

/// The run to read: the one given, or the latest.
pub fn pick_run(store: &mut Store, run: Option<i64>) -> Result<RunInfo> {
    let id = match run {
        Some(id) => id,
        None => store.latest_run()?.ok_or_else(|| Fail::usage("no check runs yet").hint("run `mzctl check run` first"))?,
    };
    store.run_info(id)?.ok_or_else(|| Fail::usage(format!("no check run {id}")).hint("`mzctl check runs` lists them").into())
}

/// Which findings of which run.
#[derive(Debug, Clone, Default)]
pub struct Selection {
    /// The run [default: the latest].
    pub run: Option<i64>,
    /// Rule globs; empty = all.
    pub rules: Vec<String>,
    /// A region code: the findings in it, under it, and on the retired codes it took in.
    pub region: Option<String>,
    /// The least severity shown: `warning` leaves out the info-level notes.
    pub severity: Option<Severity>,
    pub limit: Option<u64>,
    pub offset: u64,
}

impl Selection {
    pub(super) fn filter(&self) -> Result<FindingFilter> {
        let mut regions = Vec::new();
        if let Some(code) = &self.region {
            let prefix = region_prefix(code)?;
            regions.extend(RegionDb::builtin().absorbed_by(&prefix));
            regions.insert(0, prefix);
        }
        let severities = match self.severity {
            None => Vec::new(),
            Some(least) => [Severity::Error, Severity::Warning, Severity::Info]
                .into_iter()
                .take_while(|s| *s != least)
                .chain([least])
                .map(|s| s.as_str().to_string())
                .collect(),
        };
        Ok(FindingFilter {
            rules: catalogue::select(&self.rules)?.into_iter().filter(|_| !self.rules.is_empty()).map(|r| r.id.to_string()).collect(),
            regions,
            severities,
            limit: self.limit,
            offset: self.offset,
        })
    }
}

/// The findings of a run, filtered and paged.
pub fn findings(store: &mut Store, sel: &Selection) -> Result<(RunInfo, Vec<Finding>)> {
    let info = pick_run(store, sel.run)?;
    let list = store.findings(info.id, &sel.filter()?)?;
    Ok((info, list))
}

/// The findings of a run, filtered and paged, one at a time in stored order (flat memory);
/// how many there were.
pub fn each_finding(store: &mut Store, sel: &Selection, each: &mut dyn FnMut(Finding) -> Result<()>) -> Result<u64> {
    let info = pick_run(store, sel.run)?;
    store.each_finding(info.id, &sel.filter()?, each)
}

/// What a summary is broken down by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum By {
    District,
    Rule,
}

/// One cell of a summary: a district (or all), a rule (or all).
#[derive(Debug, Clone, Serialize)]
pub struct SummaryCell {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub district: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
    pub findings: u64,
    /// Money the findings are about (benefits paid after death), in yuan.
    pub overpaid_yuan: String,
    #[serde(skip)]
    pub overpaid_fen: i64,
    /// Money due that the findings say was not paid (pay.unpaid, pay.amount_mismatch), in yuan.
    #[serde(skip_serializing_if = "crate::ops::check::report::is_zero_yuan")]
    pub underpaid_yuan: String,
    #[serde(skip)]
    pub underpaid_fen: i64,
}

/// Findings counted by district and/or rule, counted by the database; every finding in exactly
/// one district (retired codes rolled up, as the work lists are), totals included.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    pub run: i64,
    pub by: Vec<&'static str>,
    /// The rules in catalogue order, for the columns of a matrix.
    pub rules: Vec<String>,
    pub cells: Vec<SummaryCell>,
    pub total: SummaryCell,
}

pub fn summary(store: &mut Store, sel: &Selection, by: &[By]) -> Result<Summary> {
    let info = pick_run(store, sel.run)?;
    let counts = store.finding_counts(info.id, &Selection { limit: None, offset: 0, ..sel.clone() }.filter()?)?;
    let db = RegionDb::builtin();
    let mut districts: HashMap<&str, District> = HashMap::new();
    let mut cells: BTreeMap<(Option<District>, Option<(usize, String)>), (u64, i64, i64)> = BTreeMap::new();
    let mut rules = BTreeSet::new();
    let (mut total, mut total_fen, mut total_under) = (0, 0, 0);
    for c in &counts {
        let district =
            by.contains(&By::District).then(|| districts.entry(&c.region_code).or_insert_with(|| db.district_of(&c.region_code)).clone());
        let rule = by.contains(&By::Rule).then(|| (catalogue::order(&c.rule), c.rule.clone()));
        rules.insert((catalogue::order(&c.rule), c.rule.clone()));
        let cell = cells.entry((district, rule)).or_default();
        cell.0 += c.findings;
        cell.1 += c.amount_fen;
        cell.2 += c.underpaid_fen;
        total += c.findings;
        total_fen += c.amount_fen;
        total_under += c.underpaid_fen;
    }
    let cell = |district: Option<String>, rule: Option<String>, findings: u64, fen: i64, under: i64| SummaryCell {
        district,
        rule,
        findings,
        overpaid_yuan: crate::domain::values::format_fen(fen),
        overpaid_fen: fen,
        underpaid_yuan: crate::domain::values::format_fen(under),
        underpaid_fen: under,
    };
    Ok(Summary {
        run: info.id,
        by: by.iter().map(|b| if *b == By::District { "district" } else { "rule" }).collect(),
        rules: rules.into_iter().map(|(_, r)| r).collect(),
        cells: cells.into_iter().map(|((d, r), (n, fen, under))| cell(d.map(|d| d.label()), r.map(|(_, r)| r), n, fen, under)).collect(),
        total: cell(None, None, total, total_fen, total_under),
    })
}

/// What a run looked at: its rules, and the region (a code prefix) and program it was limited to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Coverage {
    pub rules: BTreeSet<String>,
    pub region: Option<String>,
    pub program: Option<String>,
}

impl Coverage {
    pub fn of(run: &RunInfo) -> Coverage {
        let rules = run.rules.as_array().map(|a| a.iter().filter_map(|r| r.as_str().map(String::from)).collect()).unwrap_or_default();
        let param = |k: &str| run.params.get(k).and_then(|v| v.as_str()).map(String::from);
        Coverage { rules, region: param("region").and_then(|r| region_prefix(&r).ok()), program: param("program") }
    }

    /// The scope in words: `all`, `region 440115`, `program dibao`, or both.
    pub fn scope(&self) -> String {
        match (&self.region, &self.program) {
            (None, None) => "all".into(),
            (Some(r), None) => format!("region {r}"),
            (None, Some(p)) => format!("program {p}"),
            (Some(r), Some(p)) => format!("region {r}, program {p}"),
        }
    }
}

/// A stored run as listed.
#[derive(Debug, Clone, Serialize)]
pub struct RunSummary {
    pub id: i64,
    pub started_at: String,
    pub as_of: String,
    pub scope: String,
    /// `all (N)` for a run of every rule, else the number and the globs asked for.
    pub rules: String,
    pub total: i64,
    pub errors: Option<i64>,
    pub warnings: Option<i64>,
    pub os_user: String,
}

/// The stored runs, newest first.
pub fn list(store: &mut Store, limit: u64) -> Result<Vec<RunSummary>> {
    Ok(store
        .runs(limit)?
        .into_iter()
        .map(|r| {
            let cov = Coverage::of(&r);
            let globs: Vec<String> = r
                .params
                .get("rules")
                .and_then(|v| v.as_array())
                .map(|a| a.iter().filter_map(|g| g.as_str().map(String::from)).collect())
                .unwrap_or_default();
            let rules =
                if globs.is_empty() { format!("all ({})", cov.rules.len()) } else { format!("{}: {}", cov.rules.len(), globs.join(", ")) };
            RunSummary {
                id: r.id,
                started_at: r.started_at,
                as_of: r.as_of,
                scope: cov.scope(),
                rules,
                total: r.total,
                errors: r.errors,
                warnings: r.warnings,
                os_user: r.os_user,
            }
        })
        .collect())
}
