//! `check fix`: safe automatic repairs only (normalizations, retired region codes with
//! exactly one successor, and the revocation of certificates whose holder has died), planned
//! from the stored records, applied in one transaction.
use super::catalogue;
use crate::db::checks::Fix;
use crate::db::checks::{ScanPart, Scope};
use crate::db::Store;
use crate::domain::kind::Kind;
use crate::domain::{idnum, normalize, region};
use anyhow::Result;
use jiff::civil::Date;

/// Apply planned fixes in one transaction, each logged with the time and the operating-system
/// user; the number of values changed.
pub fn apply(store: &mut Store, fixes: &[Fix]) -> Result<u64> {
    store.apply_fixes(fixes, crate::clock::now()?, &crate::config::os_user())
}

/// The fix log, newest first.
pub fn log(store: &mut Store, limit: u64, offset: u64) -> Result<Vec<crate::db::checks::AppliedFix>> {
    store.fix_log(limit, offset)
}

/// The repairs `rules` allow on the stored records.
pub fn plan(store: &mut Store, globs: &[String], as_of: Date) -> Result<Vec<Fix>> {
    let rules: Vec<&str> = catalogue::select(globs)?.into_iter().filter(|r| r.auto_fix).map(|r| r.id).collect();
    let scope = Scope { region: None, program: None, as_of };
    let mut fixes = Vec::new();
    for kind in [Kind::People, Kind::Enrolments, Kind::Deaths, Kind::Organizations] {
        let spec = kind.spec();
        let region_col = spec.columns.iter().position(|c| *c == "region_code");
        store.scan_records(spec, spec.columns.len(), &scope, ScanPart::default(), &mut |v| {
            let key: Vec<String> = v[..spec.key].iter().map(|k| k.to_string()).collect();
            if kind != Kind::Organizations {
                if let Some((rule, new)) = id_fix(v[0], as_of).filter(|(r, _)| rules.contains(r)) {
                    fixes.push(Fix {
                        rule: rule.to_string(),
                        table: spec.name,
                        note: String::new(),
                        key: key.clone(),
                        column: "id_number",
                        old: v[0].to_string(),
                        new,
                    });
                }
            }
            if let Some(i) = region_col.filter(|_| rules.contains(&"region.retired")) {
                if let Some(new) = successor(v[i]) {
                    fixes.push(Fix {
                        rule: "region.retired".into(),
                        table: spec.name,
                        note: String::new(),
                        key,
                        column: "region_code",
                        old: v[i].to_string(),
                        new,
                    });
                }
            }
            Ok(())
        })?;
    }
    if rules.contains(&"cert.holder_dead") {
        let found = super::cross::evaluate(store, "cert.holder_dead", &scope, &super::Params::default(), &super::cross::Among::default())?;
        fixes.extend(found.into_iter().map(|f| revocation("cert.holder_dead", &f.key, HOLDER_DECEASED)));
    }
    Ok(fixes)
}

/// The reason a certificate is revoked with when its holder has died.
pub const HOLDER_DECEASED: &str = "holder deceased";

/// The revocation of a valid certificate, as a repair.
pub fn revocation(rule: &str, identifier: &str, reason: &str) -> Fix {
    Fix {
        rule: rule.to_string(),
        table: "certificates",
        note: reason.to_string(),
        key: vec![identifier.to_string()],
        column: "status",
        old: "01".into(),
        new: "03".into(),
    }
}

/// The rule and the repaired ID number, when a normalization makes it valid.
fn id_fix(raw: &str, as_of: Date) -> Option<(&'static str, String)> {
    let n = normalize::normalize_code(raw);
    let mut v = n.value.clone();
    let mut rule = if n.changes.iter().all(|c| matches!(c, normalize::Change::LowercaseX)) { "id.lowercase_x" } else { "id.format" };
    if idnum::is_legacy15(&v) {
        v = idnum::upgrade15(&v).ok()?;
        rule = "id.fifteen_digit";
    }
    (v != raw && idnum::parse(&v, as_of).is_ok()).then_some((rule, v))
}

/// The one successor of a retired region code.
fn successor(code: &str) -> Option<String> {
    let db = region::RegionDb::builtin();
    if db.status(code) != region::Status::Retired {
        return None;
    }
    match db.resolve(code, None).today.as_slice() {
        [one] => Some(one.code.clone()),
        _ => None,
    }
}
