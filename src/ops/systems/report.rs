//! `systems report`: systems per group (department, vendor or state) with their latest scan
//! state, and the resources held by zombie and idle systems: reclaimable (not yet released)
//! against reclaimed (released or retired).
use super::scan::Resources;
use crate::db::systems::SystemFilter;
use crate::db::Store;
use crate::domain::systems::resources_released;
use anyhow::Result;
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum By {
    Department,
    Vendor,
    State,
}

#[derive(Debug, Default, Serialize)]
pub struct Group {
    pub group: String,
    pub systems: i64,
    pub active: i64,
    pub idle: i64,
    pub zombie: i64,
    pub unscanned: i64,
    pub reclaimable: Resources,
    pub reclaimed: Resources,
}

#[derive(Debug, Serialize)]
pub struct SystemsReport {
    pub by: &'static str,
    /// The scan the states come from.
    pub scan: Option<i64>,
    pub groups: Vec<Group>,
    pub total: Group,
}

pub fn report(store: &mut Store, by: By) -> Result<SystemsReport> {
    let systems = store.systems(&SystemFilter::default())?;
    let last = store.last_scan()?;
    let states: BTreeMap<String, String> =
        last.as_ref().map(|(_, _, rows)| rows.iter().map(|r| (r.system.clone(), r.state.clone())).collect()).unwrap_or_default();
    let mut groups: BTreeMap<String, Group> = BTreeMap::new();
    let mut total = Group { group: "total".into(), ..Group::default() };
    for s in &systems {
        let state = states.get(&s.id).map_or("unscanned", String::as_str);
        let key = match by {
            By::Department => s.department.clone(),
            By::Vendor => s.vendor.clone(),
            By::State => state.to_string(),
        };
        let g = groups.entry(key.clone()).or_insert_with(|| Group { group: key, ..Group::default() });
        for g in [g, &mut total] {
            g.systems += 1;
            match state {
                "active" => g.active += 1,
                "idle" => g.idle += 1,
                "zombie" => g.zombie += 1,
                _ => g.unscanned += 1,
            }
            if resources_released(&s.state) {
                g.reclaimed.add(Resources::of(s));
            } else if matches!(state, "idle" | "zombie") {
                g.reclaimable.add(Resources::of(s));
            }
        }
    }
    let by = match by {
        By::Department => "department",
        By::Vendor => "vendor",
        By::State => "state",
    };
    Ok(SystemsReport { by, scan: last.map(|(id, _, _)| id), groups: groups.into_values().collect(), total })
}
