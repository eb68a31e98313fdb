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
    /// Bytes written to temporary files beyond the run's memory budget.
    #[serde(skip)]
    pub spilled_bytes: u64,
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
    let mut tally = Tally::default();
    findings.into_iter().for_each(|f| tally.see(f));
    tally.report(as_of, timings)
}

/// [`summarize`] one finding at a time, for findings that are not all in memory at once.
#[derive(Default)]
pub struct Tally {
    groups: BTreeMap<(usize, Severity, String), RuleCount>,
    overpaid: i64,
    underpaid: i64,
    money: BTreeMap<String, Money>,
    errors: u64,
    warnings: u64,
    total: u64,
}

impl Tally {
    pub fn see(&mut self, f: &Finding) {
        self.total += 1;
        let sev = Severity::parse(&f.severity).unwrap_or(Severity::Error);
        match sev {
            Severity::Error => self.errors += 1,
            Severity::Warning => self.warnings += 1,
            Severity::Info => {}
        }
        if let Some(fen) = f.amount_fen.filter(|_| f.rule.starts_with("pay.")) {
            let m = self.money.entry(f.rule.clone()).or_default();
            if fen >= 0 {
                m.overpaid_fen += fen;
            } else {
                m.underpaid_fen -= fen;
            }
        }
        match f.amount_fen.unwrap_or(0) {
            fen if fen >= 0 => self.overpaid += fen,
            fen => self.underpaid -= fen,
        }
        let g = self.groups.entry((catalogue::order(&f.rule), sev, f.rule.clone())).or_insert_with(|| RuleCount {
            rule: f.rule.clone(),
            severity: f.severity.clone(),
            count: 0,
            sample: Some(f.clone()),
        });
        g.count += 1;
    }

    pub fn report(self, as_of: Date, timings: BTreeMap<String, f64>) -> RunReport {
        RunReport {
            run: None,
            as_of: as_of.to_string(),
            rules: self.groups.into_values().collect(),
            total: self.total,
            errors: self.errors,
            warnings: self.warnings,
            overpaid_yuan: format_fen(self.overpaid),
            underpaid_yuan: format_fen(self.underpaid),
            money: self
                .money
                .into_iter()
                .map(|(r, m)| {
                    let m = Money { overpaid_yuan: format_fen(m.overpaid_fen), underpaid_yuan: format_fen(m.underpaid_fen), ..m };
                    (r, m)
                })
                .collect(),
            timings,
            file: None,
            spilled_bytes: 0,
        }
    }
}
