//! Stored runs: listing them, reading a run's findings, and what each run covered.
use super::{catalogue, region_prefix};
use crate::db::checks::{Finding, FindingFilter, RunInfo};
use crate::db::Store;
use crate::error::Fail;
use anyhow::Result;
use serde::Serialize;
use std::collections::BTreeSet;
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

/// The findings of a run, filtered and paged.
pub fn findings(
    store: &mut Store,
    run: Option<i64>,
    rules: &[String],
    region: Option<&str>,
    limit: Option<u64>,
    offset: u64,
) -> Result<(RunInfo, Vec<Finding>)> {
    let info = pick_run(store, run)?;
    let filter = FindingFilter {
        rules: catalogue::select(rules)?.into_iter().filter(|_| !rules.is_empty()).map(|r| r.id.to_string()).collect(),
        region: region.map(region_prefix).transpose()?,
        limit,
        offset,
    };
    let list = store.findings(info.id, &filter)?;
    Ok((info, list))
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
