//! `systems scan`: classify every registered system as active, idle or zombie by the policy,
//! with every reason that applied and every signal that is missing; store the scan and flag
//! the systems whose state worsened since the previous one.
use super::policy::Policy;
use crate::db::systems::{DayActivity, NewScan, ScanRow, System, SystemFilter};
use crate::db::{Counts, Store};
use crate::domain::systems::{resources_released, split_list};
use crate::domain::values::serialize_yuan;
use anyhow::Result;
use jiff::civil::Date;
use jiff::ToSpan;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// Resources a system holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Resources {
    pub systems: i64,
    pub vcpu: i64,
    pub memory_gb: i64,
    pub storage_gb: i64,
    pub ips: i64,
    #[serde(serialize_with = "serialize_yuan")]
    pub annual_cost: i64,
}

impl Resources {
    pub fn of(s: &System) -> Resources {
        Resources { systems: 1, vcpu: s.vcpu, memory_gb: s.memory_gb, storage_gb: s.storage_gb, ips: s.ips, annual_cost: s.annual_cost_fen }
    }
    pub fn add(&mut self, o: Resources) {
        self.systems += o.systems;
        self.vcpu += o.vcpu;
        self.memory_gb += o.memory_gb;
        self.storage_gb += o.storage_gb;
        self.ips += o.ips;
        self.annual_cost += o.annual_cost;
    }
}

/// A criterion that applied.
#[derive(Debug, Clone, Serialize)]
pub struct Reason {
    pub criterion: &'static str,
    pub weight: i64,
    pub detail: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct SystemResult {
    pub system: String,
    pub name: String,
    pub department: String,
    pub state: &'static str,
    pub score: i64,
    pub reasons: Vec<Reason>,
    /// Signals with no data: the criteria that could not be judged.
    pub missing: Vec<String>,
    /// What retiring it would free (none when active or already released).
    pub reclaimable: Resources,
    pub previous: Option<String>,
    pub worsened: bool,
    /// The last real visit (access or login) in the activity data.
    pub last_visit: Option<Date>,
    /// Real visits per 30 days over the scan's user window (or the part of it the logs
    /// cover); `None` without any access log.
    pub visits_per_month: Option<i64>,
    /// The register entry, for the clean-up register (台账) a scan is handed in as.
    #[serde(skip)]
    pub registered: System,
}

#[derive(Debug, Serialize)]
pub struct ScanReport {
    pub scan: i64,
    pub as_of: Date,
    pub counts: BTreeMap<&'static str, i64>,
    pub reclaimable: Resources,
    pub worsened: Vec<String>,
    pub systems: Vec<SystemResult>,
}

fn rank(state: &str) -> u8 {
    match state {
        "zombie" => 2,
        "idle" => 1,
        _ => 0,
    }
}

/// The signals of one system from its activity.
#[derive(Default)]
struct Signals {
    /// Days covered by ingested logs.
    log_first: Option<Date>,
    last_visit: Option<Date>,
    requests_in_window: i64,
    users_in_window: BTreeSet<String>,
    users_ever: bool,
    last_data_update: Option<Date>,
    last_probe_ok: Option<Date>,
    first_probe_fail_after_ok: Option<Date>,
    probed: bool,
}

fn signals(rows: &[&DayActivity], users_since: Date) -> Signals {
    let mut s = Signals::default();
    for r in rows {
        match r.kind.as_str() {
            "access" | "login" => {
                if r.kind == "access" {
                    s.log_first = Some(s.log_first.map_or(r.day, |d| d.min(r.day)));
                }
                if r.requests > 0 {
                    s.last_visit = Some(s.last_visit.map_or(r.day, |d| d.max(r.day)));
                    if r.day >= users_since {
                        s.requests_in_window += r.requests;
                    }
                }
                if r.users > 0 {
                    s.users_ever = true;
                }
                if r.day >= users_since {
                    let users: Vec<String> = serde_json::from_str::<serde_json::Value>(&r.details)
                        .ok()
                        .and_then(|v| v.get("users").and_then(|u| serde_json::from_value(u.clone()).ok()))
                        .unwrap_or_default();
                    s.users_in_window.extend(users);
                }
            }
            "data_update" => s.last_data_update = Some(s.last_data_update.map_or(r.day, |d| d.max(r.day))),
            "probe" => {
                s.probed = true;
                let ok = serde_json::from_str::<serde_json::Value>(&r.details)
                    .ok()
                    .and_then(|v| v.get("ok").and_then(|b| b.as_bool()))
                    .unwrap_or(false);
                if ok {
                    s.last_probe_ok = Some(r.day);
                    s.first_probe_fail_after_ok = None;
                } else if s.first_probe_fail_after_ok.is_none() {
                    s.first_probe_fail_after_ok = Some(r.day);
                }
            }
            _ => {}
        }
    }
    s
}

/// Judge one system on everything but duplication (which needs the others' states).
fn judge(p: &Policy, sys: &System, s: &Signals, as_of: Date) -> Result<(Vec<Reason>, Vec<String>)> {
    let mut reasons = Vec::new();
    let mut missing = Vec::new();
    let ago = |d: Date| -> Result<i64> { Ok((as_of - d).get_days() as i64) };
    let mut hit = |criterion: &'static str, weight: i64, detail: String| reasons.push(Reason { criterion, weight, detail });
    let visits_since = as_of.checked_sub(p.no_visits.days.days())?;
    match (s.log_first, s.last_visit) {
        (None, None) => missing.push("no_visits: no access log ingested".to_string()),
        (_, Some(v)) if v < visits_since => hit("no_visits", p.no_visits.weight, format!("last real visit {v} ({} days ago)", ago(v)?)),
        (_, Some(_)) => {}
        (Some(first), None) if first <= visits_since => {
            hit("no_visits", p.no_visits.weight, format!("no real visit in the logs since {first}"));
            hit("never_visited", p.never_visited.weight, format!("logs since {first} hold only probes, crawlers and static assets"));
        }
        (Some(first), None) => missing.push(format!("no_visits: logs cover only {} days (since {first})", ago(first)?)),
    }
    match s.last_data_update {
        None => missing.push("no_data_update: no data update recorded".into()),
        Some(d) if d < as_of.checked_sub(p.no_data_update.days.days())? => {
            hit("no_data_update", p.no_data_update.weight, format!("last data update {d} ({} days ago)", ago(d)?))
        }
        Some(_) => {}
    }
    match sys.contract_end {
        None => missing.push("contract_expired: no maintenance contract end recorded".into()),
        Some(end) if end < as_of => hit("contract_expired", p.contract_expired.weight, format!("maintenance contract ended {end}")),
        Some(_) => {}
    }
    if sys.owner.trim().is_empty() || sys.contact.trim().is_empty() {
        let what = if sys.owner.trim().is_empty() { "no owner recorded" } else { "no contact recorded" };
        hit("no_owner", p.no_owner.weight, what.into());
    }
    if !s.probed {
        missing.push("probe_failing: never probed".into());
    } else if let Some(since) = s.first_probe_fail_after_ok.filter(|d| *d <= as_of.checked_sub(p.probe_failing.days.days()).unwrap_or(*d)) {
        let last_ok = s.last_probe_ok.map_or("never succeeded".to_string(), |d| format!("last success {d}"));
        hit("probe_failing", p.probe_failing.weight, format!("probes failing since {since} ({last_ok})"));
    }
    let users_since = as_of.checked_sub(p.few_users.days.days())?;
    if s.log_first.is_none() {
        missing.push("few_users: no access log ingested".into());
    } else if s.requests_in_window > 0 && !s.users_ever {
        missing.push("few_users: the logs carry no authenticated users".into());
    } else if (s.users_in_window.len() as i64) < p.few_users.min {
        match s.log_first {
            Some(first) if first <= users_since => {
                hit("few_users", p.few_users.weight, format!("{} distinct users in {} days", s.users_in_window.len(), p.few_users.days))
            }
            Some(first) => missing.push(format!(
                "few_users: {} users, but the logs cover only {} days (since {first})",
                s.users_in_window.len(),
                ago(first)?
            )),
            None => {}
        }
    }
    if split_list(&sys.tags).is_empty() {
        missing.push("duplicated: no function tags".into());
    }
    Ok((reasons, missing))
}

/// How much a system is used (使用频度), for the clean-up register.
struct Usage {
    last_visit: Option<Date>,
    per_month: Option<i64>,
}

/// Real visits per 30 days since `since`, over the days the logs cover (rounded).
fn visits_per_month(s: &Signals, since: Date, as_of: Date) -> Option<i64> {
    let first = s.log_first?;
    let days = (as_of - first.max(since)).get_days().max(1) as i64;
    Some((s.requests_in_window * 30 + days / 2) / days)
}

fn classify(p: &Policy, score: i64) -> &'static str {
    if score >= p.zombie_score {
        "zombie"
    } else if score >= p.idle_score {
        "idle"
    } else {
        "active"
    }
}

/// Scan every registered system in service or on its way out (retired ones are left out).
pub fn scan(store: &mut Store, policy: &Policy, as_of: Date) -> Result<(ScanReport, Counts)> {
    let systems: Vec<System> = store.systems(&SystemFilter::default())?.into_iter().filter(|s| s.state != "retired").collect();
    // All of it: the last data update or visit may be years back (a row per system and day).
    let activity = store.activity(None, None)?;
    let previous: BTreeMap<String, String> =
        store.last_scan()?.map(|(_, _, rows)| rows.into_iter().map(|r| (r.system, r.state)).collect()).unwrap_or_default();
    let users_since = as_of.checked_sub(policy.few_users.days.days())?;
    let mut judged = Vec::new();
    for sys in &systems {
        let rows: Vec<&DayActivity> = activity.iter().filter(|a| a.system == sys.id && a.day <= as_of).collect();
        let sig = signals(&rows, users_since);
        let (reasons, missing) = judge(policy, sys, &sig, as_of)?;
        let score: i64 = reasons.iter().map(|r| r.weight).sum();
        let usage = Usage { last_visit: sig.last_visit, per_month: visits_per_month(&sig, users_since, as_of) };
        judged.push((sys, reasons, missing, score, usage));
    }
    // Duplication: a function tag shared with a system that is active on the other criteria.
    let active_tags: Vec<(&str, BTreeSet<&str>)> = judged
        .iter()
        .filter(|(_, _, _, score, _)| classify(policy, *score) == "active")
        .map(|(s, ..)| (s.id.as_str(), split_list(&s.tags).into_iter().collect()))
        .collect();
    let mut results = Vec::new();
    for (sys, mut reasons, missing, mut score, usage) in judged {
        if classify(policy, score) != "active" {
            let tags: BTreeSet<&str> = split_list(&sys.tags).into_iter().collect();
            let dup: Vec<String> =
                active_tags.iter().filter(|(id, t)| *id != sys.id && !t.is_disjoint(&tags)).map(|(id, _)| id.to_string()).collect();
            if !dup.is_empty() {
                reasons.push(Reason {
                    criterion: "duplicated",
                    weight: policy.duplicated.weight,
                    detail: format!("function also served by active {}", dup.join(", ")),
                });
                score += policy.duplicated.weight;
            }
        }
        let state = classify(policy, score);
        let prev = previous.get(&sys.id).cloned();
        let worsened = prev.as_deref().is_some_and(|p| rank(state) > rank(p));
        let reclaimable = if state != "active" && !resources_released(&sys.state) { Resources::of(sys) } else { Resources::default() };
        results.push(SystemResult {
            system: sys.id.clone(),
            name: sys.name.clone(),
            department: sys.department.clone(),
            state,
            score,
            reasons,
            missing,
            reclaimable,
            previous: prev,
            worsened,
            last_visit: usage.last_visit,
            visits_per_month: usage.per_month,
            registered: sys.clone(),
        });
    }
    let rows: Vec<ScanRow> = results
        .iter()
        .map(|r| ScanRow {
            system: r.system.clone(),
            state: r.state.to_string(),
            score: r.score,
            reasons: r.reasons.iter().map(|x| format!("{}: {}", x.criterion, x.detail)).collect(),
            missing: r.missing.clone(),
            worsened: r.worsened,
        })
        .collect();
    let policy_text = policy.to_toml()?;
    let user = crate::ops::audit::os_user();
    let id = store.save_scan(&NewScan { at: crate::clock::now()?, as_of, policy: &policy_text, os_user: &user, results: &rows })?;
    let mut counts: BTreeMap<&'static str, i64> = [("active", 0), ("idle", 0), ("zombie", 0)].into_iter().collect();
    let mut reclaimable = Resources::default();
    for r in &results {
        *counts.entry(r.state).or_default() += 1;
        reclaimable.add(r.reclaimable);
    }
    let worsened = results.iter().filter(|r| r.worsened).map(|r| r.system.clone()).collect();
    let audit =
        Counts::from([("system_scans.inserted".to_string(), 1), ("system_scan_results.inserted".to_string(), results.len() as i64)]);
    Ok((ScanReport { scan: id, as_of, counts, reclaimable, worsened, systems: results }, audit))
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn row(day: Date, kind: &str, requests: i64, details: &str) -> DayActivity {
        let users = serde_json::from_str::<serde_json::Value>(details)
            .ok()
            .and_then(|v| v["users"].as_array().map(|a| a.len() as i64))
            .unwrap_or(0);
        DayActivity { system: "s".into(), day, kind: kind.into(), requests, clients: 0, users, last_at: None, details: details.into() }
    }

    fn criteria(rows: &[DayActivity], sys: &System, as_of: Date) -> (Vec<&'static str>, Vec<String>) {
        let p = Policy::default();
        let refs: Vec<&DayActivity> = rows.iter().collect();
        let (reasons, missing) = judge(&p, sys, &signals(&refs, as_of.checked_sub(p.few_users.days.days()).unwrap()), as_of).unwrap();
        (reasons.iter().map(|r| r.criterion).collect(), missing.iter().map(|m| m.split(':').next().unwrap().to_string()).collect())
    }

    #[test]
    fn probes_failing_for_k_days_count_and_a_success_resets_them() {
        let as_of = date(2026, 11, 20);
        let sys =
            System {
                owner: "王".into(), contact: "1".into(), contract_end: Some(date(2027, 1, 1)), tags: "a".into(), ..System::default()
            };
        let ok = r#"{"ok":true}"#;
        let bad = r#"{"ok":false}"#;
        let failing: Vec<DayActivity> = (0..10).map(|i| row(date(2026, 11, 10 + i), "probe", 1, if i == 0 { ok } else { bad })).collect();
        assert_eq!(criteria(&failing, &sys, as_of).0, ["probe_failing"]);
        let recent: Vec<DayActivity> = (0..10).map(|i| row(date(2026, 11, 10 + i), "probe", 1, if i == 8 { ok } else { bad })).collect();
        assert!(criteria(&recent, &sys, as_of).0.is_empty());
        let (reasons, missing) = criteria(&[], &sys, as_of);
        assert!(reasons.is_empty());
        assert_eq!(missing, ["no_visits", "no_data_update", "probe_failing", "few_users"]);
    }

    #[test]
    fn data_updates_users_and_short_logs() {
        let as_of = date(2026, 11, 20);
        let sys = System { owner: "王".into(), contract_end: Some(date(2026, 1, 1)), ..System::default() };
        let users = r#"{"users":["a","b","c"]}"#;
        let rows = vec![
            row(date(2026, 4, 1), "data_update", 1, "{}"),
            row(date(2026, 11, 1), "access", 9, users),
            row(date(2026, 11, 2), "access", 0, "{}"),
        ];
        let (reasons, missing) = criteria(&rows, &sys, as_of);
        // Logs of three weeks prove neither 90 days without visits nor few users in 90 days.
        assert_eq!(reasons, ["no_data_update", "contract_expired", "no_owner"]);
        assert_eq!(missing, ["probe_failing", "few_users", "duplicated"]);
        let long: Vec<DayActivity> = (0..100)
            .map(|i| row(date(2026, 8, 1).checked_add(i.days()).unwrap(), "access", i64::from(i == 99), if i == 99 { users } else { "{}" }))
            .collect();
        let (reasons, _) = criteria(&long, &sys, as_of);
        assert!(reasons.contains(&"few_users") && !reasons.contains(&"no_visits"), "{reasons:?}");
    }
}
