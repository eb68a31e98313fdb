//! Per-record rules: the import engine's lenient validation (the same domain code) run over
//! stored rows or file records, turned into findings.
use super::catalogue::{self, Severity};
use crate::db::checks::Finding;
use crate::db::records::Row;
use crate::domain::{idnum, region};
use crate::ops::import::validate::{Kind, Validator};
use anyhow::Result;
use jiff::civil::Date;

/// Evaluates the per-record rules of one kind.
pub struct RecordChecker {
    kind: Kind,
    validator: Validator,
    row: Row,
    /// The message for each retired ID address code met so far.
    retired: std::collections::HashMap<String, String>,
}

impl RecordChecker {
    /// For stored rows: values of the first [`stored_columns`] columns in table column order.
    pub fn stored(kind: Kind, as_of: Date) -> Result<RecordChecker> {
        let headers: Vec<String> = kind.spec().columns[..stored_columns(kind)].iter().map(|c| c.to_string()).collect();
        let maps = if kind == Kind::Enrolments { vec![("monthly_amount".to_string(), "monthly_amount_fen".to_string())] } else { Vec::new() };
        RecordChecker::for_file(kind, &headers, &maps, as_of, kind.as_str())
    }

    /// For a file with these headers.
    pub fn for_file(kind: Kind, headers: &[String], maps: &[(String, String)], as_of: Date, file: &str) -> Result<RecordChecker> {
        let (validator, _) = Validator::new(kind, headers, maps, true, as_of, file)?;
        Ok(RecordChecker { kind, validator, row: Row::default(), retired: std::collections::HashMap::new() })
    }

    /// Check one record; the findings' values are the record's as stored by a lenient import.
    pub fn check(&mut self, rec: &csv::StringRecord, line: u64, out: &mut Vec<Finding>) {
        let spec = self.kind.spec();
        let mut row = std::mem::take(&mut self.row);
        match self.validator.row(rec, line, &mut row) {
            Ok(()) => {
                let broken = self.validator.broken_rules();
                let retired = if self.kind == Kind::People && !broken.iter().any(|b| b.rule.starts_with("id.")) { self.validator.last_id().and_then(|id| retired_address(&mut self.retired, &id)) } else { None };
                if broken.is_empty() && retired.is_none() {
                    return self.row = row;
                }
                let (key, region) = self.key_region(&row.values);
                for b in broken {
                    let value = spec.columns.iter().position(|c| *c == b.field).and_then(|i| row.values.get(i)).cloned().unwrap_or_default();
                    let severity = catalogue::get(b.rule).map_or(Severity::Error, |r| r.severity);
                    out.push(finding(b.rule, severity, spec.name, &key, b.field, value, b.detail.clone(), &region));
                }
                if let Some(msg) = retired {
                    out.push(finding("id.region", Severity::Info, spec.name, &key, "id_number", row.values[0].clone(), msg, &region));
                }
            }
            Err(reject) => {
                // Rows the engine cannot even store flagged: report them under the rule of the field.
                let rule = match reject.field {
                    "id_number" => "id.format",
                    "name" => "person.name_blank",
                    "region_code" => "region.unknown",
                    "uscc" => "org.uscc_format",
                    _ => return self.row = row,
                };
                let value = self.field_value(rec, reject.field);
                let key = if self.kind == Kind::Organizations { value.clone() } else { self.field_value(rec, "id_number") };
                let severity = catalogue::get(rule).map_or(Severity::Error, |r| r.severity);
                let region = self.field_value(rec, "region_code");
                out.push(finding(rule, severity, spec.name, &key, reject.field, value, reject.reason, &region));
            }
        }
        self.row = row;
    }

    /// The file's column index of a field.
    pub fn column(&self, field: &str) -> Option<usize> {
        self.validator.column(field)
    }

    fn field_value(&self, rec: &csv::StringRecord, field: &str) -> String {
        self.validator.column(field).and_then(|i| rec.get(i)).unwrap_or("").to_string()
    }

    fn key_region(&self, v: &[String]) -> (String, String) {
        let get = |i: usize| v.get(i).cloned().unwrap_or_default();
        match self.kind {
            Kind::People => (get(0), get(1)),
            Kind::Enrolments => (format!("{}|{}", get(0), get(1)), get(2)),
            Kind::Deaths | Kind::Systems => (get(0), String::new()),
            Kind::Organizations => (get(0), get(3)),
        }
    }

}

/// A valid ID number whose address code is retired: information, not a defect (the message).
fn retired_address(cache: &mut std::collections::HashMap<String, String>, id: &idnum::IdNumber) -> Option<String> {
    let code = id.region_code();
    let db = region::RegionDb::builtin();
    if db.status(code) != region::Status::Retired {
        return None;
    }
    if let Some(msg) = cache.get(code) {
        return Some(msg.clone());
    }
    let succ: Vec<String> = db.resolve(code, None).today.iter().map(|s| s.code.clone()).collect();
    let msg = format!("address code {code} is retired (today {}); the number stays valid for life", if succ.is_empty() { "abolished".to_string() } else { succ.join("/") });
    cache.insert(code.to_string(), msg.clone());
    Some(msg)
}

/// How many leading table columns the per-record rules read: the trailing free-text columns
/// (address and ethnicity, cremation number and source, legal representative and status) are
/// in no rule, so they are not fetched.
pub fn stored_columns(kind: Kind) -> usize {
    let spec = kind.spec();
    let skip: &[&str] = match kind {
        Kind::People => &["address", "ethnicity"],
        Kind::Deaths => &["cremation_no", "source"],
        Kind::Organizations => &["legal_rep", "status"],
        Kind::Enrolments | Kind::Systems => &[],
    };
    let n = spec.columns.len() - skip.len();
    debug_assert!(spec.columns[n..].iter().zip(skip).all(|(a, b)| a == b));
    n
}

#[allow(clippy::too_many_arguments)]
pub(super) fn finding(rule: &str, severity: Severity, table: &str, key: &str, field: &str, value: String, message: String, region: &str) -> Finding {
    Finding {
        rule: rule.to_string(),
        severity: severity.as_str().to_string(),
        table: table.to_string(),
        key: key.to_string(),
        field: field.to_string(),
        value,
        message,
        region_code: region.to_string(),
        amount_fen: None,
    }
}
