//! `mzctl systems …`: the information-system inventory. The register (add, edit,
//! list, show; import goes through the import engine), activity from logs, records and probes,
//! the scan that classifies systems by an explicit policy, the retirement workflow, and the
//! report of what zombies and idle systems hold.
pub mod activity;
pub mod logs;
pub mod policy;
pub mod probe;
pub mod report;
pub mod retire;
pub mod scan;

use crate::db::systems::{ScanRow, Step, System, SystemFilter};
use crate::db::{Counts, Store};
use crate::domain::kind::Kind;
use crate::domain::records as rec;
use crate::error::Fail;
use crate::ops::import::validate::Validator;
use anyhow::Result;
use serde::Serialize;

/// The canonical field names, as `--set` and `add` take them.
pub fn field_names() -> Vec<&'static str> {
    rec::SYSTEMS.iter().map(|c| c.name).collect()
}

/// Check canonical values (in [`rec::SYSTEMS`] order) with the import engine's validator;
/// returns the values to store, in table column order.
fn validate(values: &[String]) -> Result<Vec<String>> {
    let headers: Vec<String> = field_names().into_iter().map(String::from).collect();
    let (mut v, _) = Validator::new(Kind::Systems, &headers, &[], false, crate::clock::today()?, "-")?;
    let mut row = crate::db::records::Row::default();
    let record = csv::StringRecord::from(values.to_vec());
    match v.row(&record, 0, &mut row) {
        Ok(()) => Ok(row.values),
        Err(r) => Err(Fail::usage(r.reason()).into()),
    }
}

/// Set `field=value` pairs on canonical values.
fn apply(values: &mut [String], sets: &[(String, String)]) -> Result<()> {
    let names = field_names();
    for (field, value) in sets {
        let Some(i) = names.iter().position(|n| n == field) else {
            return Err(Fail::usage(format!("systems have no field {field:?}")).hint(format!("fields: {}", names.join(", "))).into());
        };
        values[i] = value.clone();
    }
    Ok(())
}

/// A system as added or edited.
#[derive(Debug, Serialize)]
pub struct Saved {
    pub dry_run: bool,
    /// The fields that changed (edit).
    pub changed: Vec<String>,
    pub system: System,
}

/// Register a system from `field=value` pairs (id and name required).
pub fn add(store: &mut Store, fields: &[(String, String)], dry_run: bool) -> Result<(Saved, Counts)> {
    let mut values = vec![String::new(); rec::SYSTEMS.len()];
    apply(&mut values, fields)?;
    let stored = validate(&values)?;
    if let Some(existing) = store.system(&stored[0])? {
        return Err(Fail::error(format!("system {} is registered already ({})", existing.id, existing.name))
            .hint(format!("change it with mzctl systems edit {} --set FIELD=VALUE", existing.id))
            .into());
    }
    if !dry_run && !store.insert_system(&stored)? {
        return Err(Fail::error(format!("system {} is registered already", stored[0])).into());
    }
    let system = System::from_values(&stored.iter().map(|v| Some(v.clone())).collect::<Vec<_>>());
    Ok((
        Saved { dry_run, changed: field_names().into_iter().map(String::from).collect(), system },
        Counts::from([("systems.inserted".to_string(), 1)]),
    ))
}

/// Change fields of a registered system (`id` cannot change).
pub fn edit(store: &mut Store, id: &str, sets: &[(String, String)], dry_run: bool) -> Result<(Saved, Counts)> {
    if sets.is_empty() {
        return Err(Fail::usage("nothing to change").hint("pass --set FIELD=VALUE (repeatable)").into());
    }
    if sets.iter().any(|(f, _)| f == "id") {
        return Err(Fail::usage("the id of a system cannot change").into());
    }
    let old = get(store, id)?;
    let before = old.canonical();
    let mut values = before.clone();
    apply(&mut values, sets)?;
    let stored = validate(&values)?;
    let system = System::from_values(&stored.iter().map(|v| Some(v.clone())).collect::<Vec<_>>());
    let changed: Vec<String> = field_names()
        .iter()
        .zip(before.iter().zip(system.canonical()))
        .filter(|(_, (a, b))| **a != *b)
        .map(|(n, _)| n.to_string())
        .collect();
    if !dry_run && !changed.is_empty() {
        store.update_system(&stored)?;
    }
    let n = i64::from(!changed.is_empty());
    Ok((Saved { dry_run, changed, system }, Counts::from([("systems.updated".to_string(), n)])))
}

/// A registered system, or a usage error naming the id.
pub fn get(store: &mut Store, id: &str) -> Result<System> {
    store.system(id)?.ok_or_else(|| Fail::usage(format!("no system {id:?}")).hint("see mzctl systems list").into())
}

pub fn list(store: &mut Store, filter: &SystemFilter) -> Result<Vec<System>> {
    if let Some(s) = &filter.state {
        if !crate::domain::systems::LIFECYCLE.contains(&s.as_str()) {
            return Err(Fail::usage(format!("unknown state {s:?}"))
                .hint(format!("states: {}", crate::domain::systems::LIFECYCLE.join(", ")))
                .into());
        }
    }
    store.systems(filter)
}

/// One system with what is known about its use: activity totals, the latest scan, and its
/// retirement steps.
#[derive(Debug, Serialize)]
pub struct SystemView {
    pub system: System,
    pub activity: activity::Summary,
    pub scan: Option<ScanRow>,
    pub retirement: Vec<Step>,
}

pub fn show(store: &mut Store, id: &str) -> Result<SystemView> {
    let system = get(store, id)?;
    let rows = store.activity(Some(id), None)?;
    let activity = activity::Summary::of(&rows);
    let scan = store.last_scan()?.and_then(|(_, _, rows)| rows.into_iter().find(|r| r.system == id));
    let retirement = store.retirement_steps(id)?;
    Ok(SystemView { system, activity, scan, retirement })
}
