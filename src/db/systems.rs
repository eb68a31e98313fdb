//! The information-system inventory in the database.
//!
//! Tables (migration 4): `systems` (a record table of the import engine, see
//! [`super::records::SYSTEMS`]), `system_activity` (per system, day and kind),
//! `system_scans` and `system_scan_results`, `system_retirement_steps`.
use super::records::SYSTEMS;
use super::sql::{Param, Row, Sql};
use super::Store;
use crate::params;
use anyhow::Result;
use jiff::civil::Date;
use jiff::Timestamp;
use serde::Serialize;

use crate::domain::values::serialize_yuan as yuan;

/// A registered system, with the canonical field names (money in yuan in JSON).
#[derive(Debug, Clone, Default, Serialize)]
pub struct System {
    pub id: String,
    pub name: String,
    pub department: String,
    pub owner: String,
    pub contact: String,
    pub tags: String,
    pub scope: String,
    pub go_live: Option<Date>,
    pub approval_doc: String,
    pub funding_source: String,
    #[serde(rename = "funding_amount", serialize_with = "yuan")]
    pub funding_fen: i64,
    pub vendor: String,
    pub contract_end: Option<Date>,
    pub mlps_level: String,
    pub mlps_filing: String,
    pub crypto_assessment: String,
    pub urls: String,
    pub hosts: String,
    pub environment: String,
    pub vcpu: i64,
    pub memory_gb: i64,
    pub storage_gb: i64,
    pub ips: i64,
    #[serde(rename = "annual_cost", serialize_with = "yuan")]
    pub annual_cost_fen: i64,
    pub sharing: String,
    pub state: String,
    pub notes: String,
    /// What the system does (功能), as the clean-up register states it.
    pub purpose: String,
    /// The body that approved the system (审批部门) and when.
    pub approved_by: String,
    pub approved_on: Option<Date>,
}

/// The columns a [`System`] is read from, in [`System::from_values`] order.
pub const SYSTEM_COLUMNS: &[&str] = &[
    "id",
    "name",
    "department",
    "owner",
    "contact",
    "tags",
    "scope",
    "go_live",
    "approval_doc",
    "funding_source",
    "funding_amount_fen",
    "vendor",
    "contract_end",
    "mlps_level",
    "mlps_filing",
    "crypto_assessment",
    "urls",
    "hosts",
    "environment",
    "vcpu",
    "memory_gb",
    "storage_gb",
    "ips",
    "annual_cost_fen",
    "sharing",
    "state",
    "notes",
    "purpose",
    "approved_by",
    "approved_on",
];

impl System {
    /// The canonical values, as the import engine's validator takes them (money in yuan).
    pub fn canonical(&self) -> Vec<String> {
        let d = |d: Option<Date>| d.map(|d| d.to_string()).unwrap_or_default();
        let fen = crate::domain::values::format_fen;
        vec![
            self.id.clone(),
            self.name.clone(),
            self.department.clone(),
            self.owner.clone(),
            self.contact.clone(),
            self.tags.clone(),
            self.scope.clone(),
            d(self.go_live),
            self.approval_doc.clone(),
            self.funding_source.clone(),
            fen(self.funding_fen),
            self.vendor.clone(),
            d(self.contract_end),
            self.mlps_level.clone(),
            self.mlps_filing.clone(),
            self.crypto_assessment.clone(),
            self.urls.clone(),
            self.hosts.clone(),
            self.environment.clone(),
            self.vcpu.to_string(),
            self.memory_gb.to_string(),
            self.storage_gb.to_string(),
            self.ips.to_string(),
            fen(self.annual_cost_fen),
            self.sharing.clone(),
            self.state.clone(),
            self.notes.clone(),
            self.purpose.clone(),
            self.approved_by.clone(),
            d(self.approved_on),
        ]
    }

    /// From stored values in [`SYSTEM_COLUMNS`] order (text; `None` for NULL).
    pub fn from_values(v: &[Option<String>]) -> System {
        let s = |i: usize| v.get(i).cloned().flatten().unwrap_or_default();
        let n = |i: usize| s(i).parse::<i64>().unwrap_or(0);
        let d = |i: usize| s(i).get(..10).and_then(|t| t.parse::<Date>().ok());
        System {
            id: s(0),
            name: s(1),
            department: s(2),
            owner: s(3),
            contact: s(4),
            tags: s(5),
            scope: s(6),
            go_live: d(7),
            approval_doc: s(8),
            funding_source: s(9),
            funding_fen: n(10),
            vendor: s(11),
            contract_end: d(12),
            mlps_level: s(13),
            mlps_filing: s(14),
            crypto_assessment: s(15),
            urls: s(16),
            hosts: s(17),
            environment: s(18),
            vcpu: n(19),
            memory_gb: n(20),
            storage_gb: n(21),
            ips: n(22),
            annual_cost_fen: n(23),
            sharing: s(24),
            state: s(25),
            notes: s(26),
            purpose: s(27),
            approved_by: s(28),
            approved_on: d(29),
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct SystemFilter {
    pub state: Option<String>,
    pub department: Option<String>,
}

/// One day of one kind of activity of a system.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DayActivity {
    pub system: String,
    pub day: Date,
    pub kind: String,
    pub requests: i64,
    pub clients: i64,
    pub users: i64,
    pub last_at: Option<Timestamp>,
    /// JSON: the day's users (access), the last result (probe).
    pub details: String,
}

/// How activity rows meet the rows stored for the same system, day and kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Merge {
    /// Replace them (ingesting a log again gives the same numbers).
    Replace,
    /// Add the counts, keep the later `last_at`, take the new details.
    Add,
}

/// A scan to store: when, as of which day, the policy applied, and one result per system.
#[derive(Debug, Clone)]
pub struct NewScan<'a> {
    pub at: Timestamp,
    pub as_of: Date,
    pub policy: &'a str,
    pub os_user: &'a str,
    pub results: &'a [ScanRow],
}

/// One system's result in a scan.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScanRow {
    pub system: String,
    pub state: String,
    pub score: i64,
    pub reasons: Vec<String>,
    pub missing: Vec<String>,
    pub worsened: bool,
}

/// A retirement step, as recorded.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Step {
    pub system: String,
    pub step: String,
    pub day: Date,
    pub person: String,
    pub note: String,
    pub detail: String,
    #[serde(skip)]
    pub recorded_at: Timestamp,
}

fn activity_row(r: &Row) -> Result<DayActivity> {
    Ok(DayActivity {
        system: r.text(0)?,
        day: r.date(1)?,
        kind: r.text(2)?,
        requests: r.int(3)?,
        clients: r.int(4)?,
        users: r.int(5)?,
        last_at: r.opt_ts(6)?,
        details: r.text(7)?,
    })
}

fn json_list(v: serde_json::Value) -> Vec<String> {
    serde_json::from_value(v).unwrap_or_default()
}

/// A validated value as bound: an empty date is NULL, integers are integers.
fn value(i: usize, v: &str) -> Param<'_> {
    if v.is_empty() && SYSTEMS.is_date(i) {
        Param::Null
    } else if SYSTEMS.is_integer(i) {
        v.parse::<i64>().map_or(Param::Text(v), Param::Int)
    } else {
        Param::Text(v)
    }
}

impl Store {
    /// Systems by id.
    pub fn systems(&mut self, filter: &SystemFilter) -> Result<Vec<System>> {
        let mut sql = Sql::new(format!("SELECT {} FROM systems WHERE TRUE", select_list()));
        for (col, v) in [("state", &filter.state), ("department", &filter.department)] {
            if let Some(v) = v {
                let p = sql.p(v);
                sql.push(&format!(" AND {col} = {p}"));
            }
        }
        sql.push(" ORDER BY id COLLATE \"C\"");
        self.rows(&sql.text, &sql.params)?.iter().map(system_row).collect()
    }

    pub fn system(&mut self, id: &str) -> Result<Option<System>> {
        self.row(&format!("SELECT {} FROM systems WHERE id = $1", select_list()), params![id])?.as_ref().map(system_row).transpose()
    }

    /// Insert a system from validated values in [`SYSTEMS`] column order; false when the id is taken.
    pub fn insert_system(&mut self, values: &[String]) -> Result<bool> {
        let marks: Vec<String> = (1..=values.len()).map(|i| format!("${i}")).collect();
        let params: Vec<Param<'_>> = values.iter().enumerate().map(|(i, v)| value(i, v)).collect();
        let sql = format!("INSERT INTO systems ({}) VALUES ({}) ON CONFLICT DO NOTHING", SYSTEMS.columns.join(", "), marks.join(", "));
        Ok(self.exec(&sql, &params)? == 1)
    }

    /// Overwrite a system's fields from validated values (the id is the first).
    pub fn update_system(&mut self, values: &[String]) -> Result<()> {
        let sets: Vec<String> = SYSTEMS.columns.iter().enumerate().skip(1).map(|(i, c)| format!("{c} = ${}", i + 1)).collect();
        let params: Vec<Param<'_>> = values.iter().enumerate().map(|(i, v)| value(i, v)).collect();
        self.exec(&format!("UPDATE systems SET {} WHERE id = $1", sets.join(", ")), &params)?;
        Ok(())
    }

    /// Write activity rows in one transaction; returns the rows written.
    pub fn put_activity(&mut self, rows: &[DayActivity], merge: Merge) -> Result<u64> {
        let d = self.dialect();
        let on_conflict = match merge {
            Merge::Replace => "requests = excluded.requests, clients = excluded.clients, users = excluded.users, last_at = excluded.last_at, details = excluded.details".to_string(),
            Merge::Add => format!(
                "requests = system_activity.requests + excluded.requests, clients = {}, users = {}, \
                 last_at = CASE WHEN excluded.last_at IS NULL THEN system_activity.last_at WHEN system_activity.last_at IS NULL THEN excluded.last_at ELSE {} END, \
                 details = excluded.details",
                d.greatest("system_activity.clients", "excluded.clients"),
                d.greatest("system_activity.users", "excluded.users"),
                d.greatest("system_activity.last_at", "excluded.last_at"),
            ),
        };
        let sql = format!(
            "INSERT INTO system_activity (system, day, kind, requests, clients, users, last_at, details) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
             ON CONFLICT (system, day, kind) DO UPDATE SET {on_conflict}"
        );
        self.in_tx(|s| {
            for a in rows {
                s.exec(&sql, params![&a.system, a.day, &a.kind, a.requests, a.clients, a.users, a.last_at, &a.details])?;
            }
            Ok(rows.len() as u64)
        })
    }

    /// Activity of one system (or all), from `since` on, by system, day and kind.
    pub fn activity(&mut self, system: Option<&str>, since: Option<Date>) -> Result<Vec<DayActivity>> {
        let mut sql = Sql::new("SELECT system, day, kind, requests, clients, users, last_at, details FROM system_activity WHERE TRUE");
        if let Some(id) = system {
            let p = sql.p(id);
            sql.push(&format!(" AND system = {p}"));
        }
        if let Some(day) = since {
            let p = sql.p(day);
            sql.push(&format!(" AND day >= {p}"));
        }
        sql.push(" ORDER BY system COLLATE \"C\", day, kind COLLATE \"C\"");
        self.rows(&sql.text, &sql.params)?.iter().map(activity_row).collect()
    }

    /// Store a scan with its results; returns its id.
    pub fn save_scan(&mut self, scan: &NewScan<'_>) -> Result<i64> {
        self.in_tx(|s| {
            let id = s
                .row("INSERT INTO system_scans (at, as_of, policy, os_user) VALUES ($1, $2, $3, $4) RETURNING id", params![scan.at, scan.as_of, scan.policy, scan.os_user])?
                .ok_or_else(|| anyhow::anyhow!("no scan id returned"))?
                .int(0)?;
            for r in scan.results {
                let (reasons, missing) = (serde_json::to_string(&r.reasons)?, serde_json::to_string(&r.missing)?);
                s.exec(
                    "INSERT INTO system_scan_results (scan_id, system, state, score, reasons, missing, worsened) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                    params![id, &r.system, &r.state, r.score, &reasons, &missing, r.worsened],
                )?;
            }
            Ok(id)
        })
    }

    /// The latest scan: its id, as-of day and results.
    pub fn last_scan(&mut self) -> Result<Option<(i64, Date, Vec<ScanRow>)>> {
        let Some(r) = self.row("SELECT id, as_of FROM system_scans ORDER BY id DESC LIMIT 1", &[])? else {
            return Ok(None);
        };
        let (id, as_of) = (r.int(0)?, r.date(1)?);
        let results = self
            .rows("SELECT system, state, score, reasons, missing, worsened FROM system_scan_results WHERE scan_id = $1 ORDER BY system COLLATE \"C\"", params![id])?
            .iter()
            .map(|r| Ok(ScanRow { system: r.text(0)?, state: r.text(1)?, score: r.int(2)?, reasons: json_list(r.json(3)?), missing: json_list(r.json(4)?), worsened: r.bool(5)? }))
            .collect::<Result<_>>()?;
        Ok(Some((id, as_of, results)))
    }

    /// A system's retirement steps, in workflow order.
    pub fn retirement_steps(&mut self, system: &str) -> Result<Vec<Step>> {
        self.rows(
            "SELECT system, step, day, person, note, detail, recorded_at FROM system_retirement_steps WHERE system = $1
             ORDER BY CASE step WHEN 'suspected' THEN 1 WHEN 'confirmed' THEN 2 WHEN 'offline' THEN 3 WHEN 'data' THEN 4 WHEN 'released' THEN 5 ELSE 6 END",
            params![system],
        )?
        .iter()
        .map(|r| Ok(Step { system: r.text(0)?, step: r.text(1)?, day: r.date(2)?, person: r.text(3)?, note: r.text(4)?, detail: r.text(5)?, recorded_at: r.opt_ts(6)?.unwrap_or_default() }))
        .collect()
    }

    /// Record a step and set the system's lifecycle state to it, in one transaction.
    pub fn add_retirement_step(&mut self, s: &Step) -> Result<()> {
        self.in_tx(|st| {
            st.exec(
                "INSERT INTO system_retirement_steps (system, step, day, person, note, detail, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                params![&s.system, &s.step, s.day, &s.person, &s.note, &s.detail, s.recorded_at],
            )?;
            st.exec("UPDATE systems SET state = $2 WHERE id = $1", params![&s.system, &s.step])?;
            Ok(())
        })
    }
}

/// Every system column read as text (dates as ISO dates), in [`SYSTEM_COLUMNS`] order.
fn select_list() -> String {
    SYSTEM_COLUMNS.iter().map(|c| format!("CAST({c} AS TEXT)")).collect::<Vec<_>>().join(", ")
}

fn system_row(r: &Row) -> Result<System> {
    let values: Vec<Option<String>> = (0..SYSTEM_COLUMNS.len()).map(|i| r.opt_text(i)).collect::<Result<_>>()?;
    Ok(System::from_values(&values))
}
