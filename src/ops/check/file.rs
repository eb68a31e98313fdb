//! `check file`: the per-record rules on a file before it is imported, with the import's own
//! reading and row evaluation, so a row a strict import rejects is exactly a row with an
//! error-level finding here; plus the same ID number under two names within the file.
use super::catalogue::Severity;
use super::{record, rules_to_run, sort, summarize, Params, RunReport};
use crate::db::checks::Finding;
use crate::domain::kind::Kind;
use crate::error::Fail;
use crate::ops::import::source::{self, Input};
use crate::ops::import::validate;
use anyhow::Result;
use jiff::civil::Date;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// What a file holds: the summary, and every finding with its line (in catalogue order).
#[derive(Debug)]
pub struct FileReport {
    pub report: RunReport,
    pub findings: Vec<Finding>,
}

/// Check a file; nothing is written.
pub fn check(kind: Kind, input: &Input, globs: &[String], params: &Params, as_of: Date) -> Result<FileReport> {
    let rules = rules_to_run(globs, params)?;
    let wanted: BTreeSet<&str> = rules.iter().map(|r| r.id).collect();
    let name = input.name();
    let source::Opened { reader, sheet_first_row, .. } = source::open(input, source::EncodingChoice::Auto, None)?;
    let (mut csv, headers, lines) = source::csv_reader(reader, sheet_first_row, &name, None)?;
    let mut checker = record::RecordChecker::for_file(kind, &headers, &[], as_of, &name)?;
    let id_col = checker.column("id_number");
    let name_col = checker.column("name");
    let mut findings = Vec::new();
    let mut buf = Vec::new();
    // ID number → (first name seen, line), for within-file duplicates.
    let mut seen: HashMap<String, (String, u64)> = HashMap::new();
    let mut rec = csv::ByteRecord::new();
    let mut n = 0;
    let width = headers.len();
    loop {
        match csv.read_byte_record(&mut rec) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                let line = lines.line(n + 1, e.position()).unwrap_or(0);
                return Err(Fail::error(format!("{name}:{line}: malformed CSV: {e}")).into());
            }
        }
        n += 1;
        let line = lines.line(n, rec.position()).unwrap_or(0);
        // What the import rejects before reading fields is a finding of its own here.
        let structural: Option<validate::Problem> = if rec.len() != width {
            Some(validate::wrong_width(rec.len(), width))
        } else {
            std::str::from_utf8(rec.as_slice()).is_err().then(|| validate::not_utf8(&rec))
        };
        if let Some(p) = structural {
            if wanted.contains(p.rule) {
                let key = id_col.and_then(|i| rec.get(i)).map(|v| String::from_utf8_lossy(v).trim().to_string()).unwrap_or_default();
                let mut f = record::finding(p.rule, p.severity, kind.as_str(), &key, p.field, String::new(), p.detail, "");
                f.line = Some(line);
                findings.push(f);
            }
            continue;
        }
        let srec = csv::StringRecord::from_byte_record(std::mem::take(&mut rec)).map_err(|e| Fail::error(format!("{name}:{line}: {e}")))?;
        checker.check(&srec, line, &mut buf);
        findings.extend(buf.drain(..).filter(|f| wanted.contains(f.rule.as_str())));
        if let (Kind::People, Some(i), Some(n), true) = (kind, id_col, name_col, wanted.contains("dup.person")) {
            let id = srec.get(i).unwrap_or("").trim().to_string();
            let nm = srec.get(n).unwrap_or("").trim().to_string();
            match seen.get(&id) {
                Some((first, first_line)) if *first != nm => {
                    let msg = format!("line {line}: the same ID number as line {first_line} under another name ({first} / {nm})");
                    let mut f = record::finding("dup.person", Severity::Error, "people", &id, "name", nm, msg, "");
                    f.line = Some(line);
                    findings.push(f);
                }
                Some(_) => {}
                None => {
                    seen.insert(id, (nm, line));
                }
            }
        }
        rec = srec.into_byte_record();
    }
    sort(&mut findings);
    let mut report = summarize(&findings, as_of, BTreeMap::new());
    report.file = Some(name);
    // Listed in the file's order (stable: a line's findings stay in catalogue order).
    findings.sort_by_key(|f| f.line);
    Ok(FileReport { report, findings })
}
