//! What a run or a file check found: counts per rule and severity, with totals.
use super::catalogue::{self, Severity};
use crate::db::checks::Finding;
use crate::domain::values::format_fen;
use jiff::civil::Date;
use serde::Serialize;
use std::collections::BTreeMap;

/// Findings per rule and severity, with one sample.
#[derive(Debug, Clone, Serialize)]
pub struct RuleCount {
    pub rule: String,
    pub severity: String,
    pub count: u64,
    /// One finding to show what the rule found.
    pub sample: Option<Finding>,
}

#[derive(Debug, Clone, Serialize)]
pub struct RunReport {
    pub run: Option<i64>,
    pub as_of: String,
    pub rules: Vec<RuleCount>,
    pub total: u64,
    pub errors: u64,
    pub warnings: u64,
    /// Benefits paid after death, in yuan (death.still_enrolled).
    pub overpaid_yuan: String,
    /// Seconds per rule (group of rules evaluated together for per-record rules).
    #[serde(skip)]
    pub timings: BTreeMap<String, f64>,
    #[serde(skip)]
    pub file: Option<String>,
}

/// Counts per rule and severity (catalogue order), totals and the overpaid sum.
pub fn summarize<'f>(findings: impl IntoIterator<Item = &'f Finding>, as_of: Date, timings: BTreeMap<String, f64>) -> RunReport {
    let mut groups: BTreeMap<(usize, Severity, String), RuleCount> = BTreeMap::new();
    let mut overpaid = 0i64;
    let (mut errors, mut warnings, mut total) = (0, 0, 0);
    for f in findings {
        total += 1;
        let sev = Severity::parse(&f.severity).unwrap_or(Severity::Error);
        match sev {
            Severity::Error => errors += 1,
            Severity::Warning => warnings += 1,
            Severity::Info => {}
        }
        overpaid += f.amount_fen.unwrap_or(0);
        let g = groups.entry((catalogue::order(&f.rule), sev, f.rule.clone())).or_insert_with(|| RuleCount {
            rule: f.rule.clone(),
            severity: f.severity.clone(),
            count: 0,
            sample: Some(f.clone()),
        });
        g.count += 1;
    }
    RunReport {
        run: None,
        as_of: as_of.to_string(),
        rules: groups.into_values().collect(),
        total,
        errors,
        warnings,
        overpaid_yuan: format_fen(overpaid),
        timings,
        file: None,
    }
}
