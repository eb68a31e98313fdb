//! Comparing two stored runs over what both covered (the rules both ran, the region and
//! program both included), so a run limited to a district or to a few rules never reports the
//! rest as resolved.
use super::catalogue;
use super::runs::{pick_run, Coverage};
use crate::db::checks::{Finding, FindingFilter, RunInfo};
use crate::db::Store;
use crate::error::Fail;
use anyhow::Result;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

#[derive(Debug, Clone, Default, Serialize)]
pub struct DiffCount {
    pub rule: String,
    pub new: u64,
    pub resolved: u64,
    pub persisting: u64,
}

#[derive(Debug, Clone, Serialize)]
pub struct DiffReport {
    pub from: i64,
    pub to: i64,
    /// What was compared: the rules both runs ran, in the region and program both included.
    pub compared: Coverage,
    /// What one run covered and the other did not: left out of the comparison.
    pub not_compared: Vec<String>,
    pub rules: Vec<DiffCount>,
    pub new: u64,
    pub resolved: u64,
    pub persisting: u64,
}

/// The two runs to compare: both given; one given, against the latest; or none: the latest and
/// the last run before it with the same rules and scope.
pub fn pick_pair(store: &mut Store, a: Option<i64>, b: Option<i64>) -> Result<(RunInfo, RunInfo)> {
    match (a, b) {
        (Some(a), Some(b)) => Ok((pick_run(store, Some(a))?, pick_run(store, Some(b))?)),
        (Some(a), None) => Ok((pick_run(store, Some(a))?, pick_run(store, None)?)),
        (None, _) => {
            let latest = pick_run(store, None)?;
            let cov = Coverage::of(&latest);
            let earlier = store.runs(u64::MAX)?.into_iter().find(|r| r.id < latest.id && Coverage::of(r) == cov);
            match earlier {
                Some(e) => Ok((e, latest)),
                None => Err(Fail::usage(format!("no run before run {} with the same rules and scope ({})", latest.id, cov.scope()))
                    .hint("`mzctl check runs` lists the runs; name two to compare what both covered")
                    .into()),
            }
        }
    }
}

/// What both runs covered, and what is left out (in words).
fn common(a: &Coverage, b: &Coverage, ids: (i64, i64)) -> Result<(Coverage, Vec<String>)> {
    let mut notes = Vec::new();
    let rules: BTreeSet<String> = a.rules.intersection(&b.rules).cloned().collect();
    for (cov, other, id) in [(a, b, ids.0), (b, a, ids.1)] {
        let mut only: Vec<&str> = cov.rules.difference(&other.rules).map(String::as_str).collect();
        only.sort_by_key(|r| catalogue::order(r));
        if !only.is_empty() {
            notes.push(format!("rules only run {id} ran: {}", only.join(", ")));
        }
    }
    let region = match (&a.region, &b.region) {
        (None, None) => None,
        (x, y) if x == y => x.clone(),
        (None, Some(r)) | (Some(r), None) => Some(r.clone()),
        (Some(x), Some(y)) if y.starts_with(x.as_str()) => Some(y.clone()),
        (Some(x), Some(y)) if x.starts_with(y.as_str()) => Some(x.clone()),
        (Some(x), Some(y)) => {
            return Err(
                Fail::usage(format!("run {} covers region {x} and run {} region {y}: nothing in common to compare", ids.0, ids.1)).into()
            )
        }
    };
    if region != a.region || region != b.region {
        notes.push(format!(
            "only region {}: findings elsewhere, and those with no region (deaths), are not compared",
            region.as_deref().unwrap_or("")
        ));
    }
    let program = match (&a.program, &b.program) {
        (None, None) => None,
        (x, y) if x == y => x.clone(),
        (None, Some(p)) | (Some(p), None) => Some(p.clone()),
        (Some(x), Some(y)) => {
            notes.push(format!("run {} covers program {x} and run {} program {y}: no enrolment finding is compared", ids.0, ids.1));
            Some(String::new())
        }
    };
    if program != a.program || program != b.program {
        if let Some(p) = program.as_deref().filter(|p| !p.is_empty()) {
            notes.push(format!("only program {p} of the enrolment findings"));
        }
    }
    Ok((Coverage { rules, region, program }, notes))
}

/// Whether a finding lies in the compared coverage `c`. Where the runs' regions (or programs)
/// differ, both runs' findings are held to the common one alike: a finding the narrower run
/// made about a record outside it (a person recorded in two districts) is left out of both.
fn within(f: &Finding, c: &Coverage, region_differs: bool, program_differs: bool) -> bool {
    if !c.rules.contains(&f.rule) {
        return false;
    }
    if let Some(r) = c.region.as_deref().filter(|_| region_differs) {
        if !f.region_code.starts_with(r) || f.region_code.is_empty() {
            return false;
        }
    }
    if program_differs && f.table == "enrolments" {
        let Some(p) = c.program.as_deref() else {
            return true;
        };
        // Enrolment keys are `id|program` (or `id|a+b` for a pair of programs).
        let programs = f.key.split_once('|').map_or("", |(_, p)| p);
        return !p.is_empty() && programs.split('+').any(|x| x == p);
    }
    true
}

/// New, resolved and persisting findings per rule between two runs (a finding is its rule,
/// table, key and field), over what both covered.
pub fn diff(store: &mut Store, a: Option<i64>, b: Option<i64>) -> Result<DiffReport> {
    let (ra, rb) = pick_pair(store, a, b)?;
    let (ca, cb) = (Coverage::of(&ra), Coverage::of(&rb));
    let (compared, not_compared) = common(&ca, &cb, (ra.id, rb.id))?;
    let (region_differs, program_differs) = (ca.region != cb.region, ca.program != cb.program);
    let mut keys = |run: &RunInfo| -> Result<BTreeSet<(String, String, String, String)>> {
        Ok(store
            .findings(run.id, &FindingFilter::default())?
            .into_iter()
            .filter(|f| within(f, &compared, region_differs, program_differs))
            .map(|f| (f.rule, f.table, f.key, f.field))
            .collect())
    };
    let (ka, kb) = (keys(&ra)?, keys(&rb)?);
    let mut per: BTreeMap<(usize, String), DiffCount> = BTreeMap::new();
    for rule in &compared.rules {
        per.insert((catalogue::order(rule), rule.clone()), DiffCount { rule: rule.clone(), ..DiffCount::default() });
    }
    for k in ka.union(&kb) {
        let rule = &k.0;
        let e =
            per.entry((catalogue::order(rule), rule.clone())).or_insert_with(|| DiffCount { rule: rule.clone(), ..DiffCount::default() });
        match (ka.contains(k), kb.contains(k)) {
            (true, true) => e.persisting += 1,
            (true, false) => e.resolved += 1,
            _ => e.new += 1,
        }
    }
    let rules: Vec<DiffCount> = per.into_values().collect();
    Ok(DiffReport {
        from: ra.id,
        to: rb.id,
        new: rules.iter().map(|r| r.new).sum(),
        resolved: rules.iter().map(|r| r.resolved).sum(),
        persisting: rules.iter().map(|r| r.persisting).sum(),
        compared,
        not_compared,
        rules,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cov(rules: &[&str], region: Option<&str>, program: Option<&str>) -> Coverage {
        Coverage {
            rules: rules.iter().map(|r| r.to_string()).collect(),
            region: region.map(String::from),
            program: program.map(String::from),
        }
    }

    #[test]
    fn common_coverage() {
        let (c, notes) = common(&cov(&["a", "b"], None, None), &cov(&["b", "c"], Some("440103"), None), (1, 2)).unwrap();
        assert_eq!(c, cov(&["b"], Some("440103"), None));
        assert_eq!(notes.len(), 3, "{notes:?}");
        let (c, notes) = common(&cov(&["a"], Some("4401"), Some("dibao")), &cov(&["a"], Some("440103"), None), (1, 2)).unwrap();
        assert_eq!(c, cov(&["a"], Some("440103"), Some("dibao")));
        assert_eq!(notes.len(), 2, "{notes:?}");
        assert!(common(&cov(&["a"], Some("440103"), None), &cov(&["a"], Some("440104"), None), (1, 2)).is_err());
        let (c, notes) = common(&cov(&["a"], None, None), &cov(&["a"], None, None), (1, 2)).unwrap();
        assert_eq!((c, notes.len()), (cov(&["a"], None, None), 0));
    }

    #[test]
    fn findings_within_the_common_coverage() {
        let f = |rule: &str, table: &str, key: &str, region: &str| Finding {
            rule: rule.into(),
            severity: "error".into(),
            table: table.into(),
            key: key.into(),
            field: String::new(),
            value: String::new(),
            message: String::new(),
            region_code: region.into(),
            amount_fen: None,
            line: None,
        };
        let narrow = cov(&["x"], Some("440103"), Some("dibao"));
        // Runs of different scope: only x, in 440103, dibao enrolments, whichever run found it.
        assert!(within(&f("x", "people", "1", "440103"), &narrow, true, true));
        assert!(!within(&f("y", "people", "1", "440103"), &narrow, true, true));
        assert!(!within(&f("x", "people", "1", "440104"), &narrow, true, true));
        assert!(!within(&f("x", "deaths", "1", ""), &narrow, true, true));
        assert!(within(&f("x", "enrolments", "1|dibao", "440103"), &narrow, true, true));
        assert!(within(&f("x", "enrolments", "1|dibao+tekun", "440103"), &narrow, true, true));
        assert!(!within(&f("x", "enrolments", "1|tekun", "440103"), &narrow, true, true));
        // Runs of the same scope: all their findings of the common rules.
        assert!(within(&f("x", "deaths", "1", ""), &narrow, false, false));
        assert!(within(&f("x", "enrolments", "1|tekun", "440104"), &narrow, false, false));
    }
}
