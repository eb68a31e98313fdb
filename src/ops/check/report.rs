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
    /// Money paid that was not due, in yuan (death.still_enrolled, the pay.* rules).
    pub overpaid_yuan: String,
    /// Money due that was not paid, in yuan (pay.unpaid, pay.amount_mismatch).
    #[serde(skip_serializing_if = "is_zero_yuan")]
    pub underpaid_yuan: String,
    /// Overpaid and underpaid per rule with money involved, in yuan.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub money: BTreeMap<String, Money>,
    /// Seconds per rule (group of rules evaluated together for per-record rules).
    #[serde(skip)]
    pub timings: BTreeMap<String, f64>,
    #[serde(skip)]
    pub file: Option<String>,
}

/// Money a rule's findings are about.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Money {
    pub overpaid_yuan: String,
    pub underpaid_yuan: String,
    #[serde(skip)]
    pub overpaid_fen: i64,
    #[serde(skip)]
    pub underpaid_fen: i64,
}

pub fn is_zero_yuan(s: &str) -> bool {
    s == "0.00"
}

/// Counts per rule and severity (catalogue order), totals and the overpaid sum.
pub fn summarize<'f>(findings: impl IntoIterator<Item = &'f Finding>, as_of: Date, timings: BTreeMap<String, f64>) -> RunReport {
    let mut groups: BTreeMap<(usize, Severity, String), RuleCount> = BTreeMap::new();
    let (mut overpaid, mut underpaid) = (0i64, 0i64);
    let mut money: BTreeMap<String, Money> = BTreeMap::new();
    let (mut errors, mut warnings, mut total) = (0, 0, 0);
    for f in findings {
        total += 1;
        let sev = Severity::parse(&f.severity).unwrap_or(Severity::Error);
        match sev {
            Severity::Error => errors += 1,
            Severity::Warning => warnings += 1,
            Severity::Info => {}
        }
        if let Some(fen) = f.amount_fen.filter(|_| f.rule.starts_with("pay.")) {
            let m = money.entry(f.rule.clone()).or_default();
            if fen >= 0 {
                m.overpaid_fen += fen;
            } else {
                m.underpaid_fen -= fen;
            }
        }
        match f.amount_fen.unwrap_or(0) {
            fen if fen >= 0 => overpaid += fen,
            fen => underpaid -= fen,
        }
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
        underpaid_yuan: format_fen(underpaid),
        money: money
            .into_iter()
            .map(|(r, m)| {
                let m = Money { overpaid_yuan: format_fen(m.overpaid_fen), underpaid_yuan: format_fen(m.underpaid_fen), ..m };
                (r, m)
            })
            .collect(),
        timings,
        file: None,
    }
}
