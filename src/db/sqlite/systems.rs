//! [`SystemStore`] on SQLite.
use super::SqliteStore;
use crate::clock;
use crate::db::records::SYSTEMS;
use crate::db::systems::{DayActivity, Merge, NewScan, ScanRow, Step, System, SystemFilter, SystemStore, SYSTEM_COLUMNS};
use anyhow::Result;
use jiff::civil::Date;
use jiff::Timestamp;
use rusqlite::types::{ToSqlOutput, ValueRef};
use rusqlite::{params, OptionalExtension, TransactionBehavior};

/// A validated value as bound: an empty date is NULL, integers are integers.
fn bind(i: usize, v: &str) -> ToSqlOutput<'_> {
    ToSqlOutput::Borrowed(if v.is_empty() && SYSTEMS.is_date(i) {
        ValueRef::Null
    } else if SYSTEMS.is_integer(i) {
        v.parse::<i64>().map_or(ValueRef::Text(v.as_bytes()), ValueRef::Integer)
    } else {
        ValueRef::Text(v.as_bytes())
    })
}

fn system_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<System> {
    let values = (0..SYSTEM_COLUMNS.len())
        .map(|i| {
            r.get_ref(i).map(|v| match v {
                ValueRef::Null => None,
                ValueRef::Integer(n) => Some(n.to_string()),
                ValueRef::Real(f) => Some(f.to_string()),
                ValueRef::Text(t) | ValueRef::Blob(t) => Some(String::from_utf8_lossy(t).into_owned()),
            })
        })
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(System::from_values(&values))
}

fn ts(s: Option<String>) -> Option<Timestamp> {
    s.and_then(|s| s.parse().ok())
}

fn activity_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<DayActivity> {
    Ok(DayActivity {
        system: r.get(0)?,
        day: r.get(1)?,
        kind: r.get(2)?,
        requests: r.get(3)?,
        clients: r.get(4)?,
        users: r.get(5)?,
        last_at: ts(r.get(6)?),
        details: r.get(7)?,
    })
}

fn json_list(s: &str) -> Vec<String> {
    serde_json::from_str(s).unwrap_or_default()
}

impl SystemStore for SqliteStore {
    fn systems(&mut self, filter: &SystemFilter) -> Result<Vec<System>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {} FROM systems WHERE (?1 IS NULL OR state = ?1) AND (?2 IS NULL OR department = ?2) ORDER BY id",
            SYSTEM_COLUMNS.join(", ")
        ))?;
        let rows = stmt.query_map(params![filter.state, filter.department], system_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn system(&mut self, id: &str) -> Result<Option<System>> {
        let sql = format!("SELECT {} FROM systems WHERE id = ?1", SYSTEM_COLUMNS.join(", "));
        Ok(self.conn.query_row(&sql, [id], system_row).optional()?)
    }

    fn insert_system(&mut self, values: &[String]) -> Result<bool> {
        let placeholders: Vec<String> = (1..=values.len()).map(|i| format!("?{i}")).collect();
        let sql = format!("INSERT INTO systems ({}) VALUES ({}) ON CONFLICT DO NOTHING", SYSTEMS.columns.join(", "), placeholders.join(", "));
        let mut stmt = self.conn.prepare(&sql)?;
        for (i, v) in values.iter().enumerate() {
            stmt.raw_bind_parameter(i + 1, bind(i, v))?;
        }
        Ok(stmt.raw_execute()? == 1)
    }

    fn update_system(&mut self, values: &[String]) -> Result<()> {
        let sets: Vec<String> = SYSTEMS.columns.iter().enumerate().skip(1).map(|(i, c)| format!("{c} = ?{}", i + 1)).collect();
        let mut stmt = self.conn.prepare(&format!("UPDATE systems SET {} WHERE id = ?1", sets.join(", ")))?;
        for (i, v) in values.iter().enumerate() {
            stmt.raw_bind_parameter(i + 1, bind(i, v))?;
        }
        stmt.raw_execute()?;
        Ok(())
    }

    fn put_activity(&mut self, rows: &[DayActivity], merge: Merge) -> Result<u64> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        {
            let on_conflict = match merge {
                Merge::Replace => {
                    "requests = excluded.requests, clients = excluded.clients, users = excluded.users, last_at = excluded.last_at, details = excluded.details"
                }
                Merge::Add => {
                    "requests = requests + excluded.requests, clients = max(clients, excluded.clients), users = max(users, excluded.users), \
                     last_at = max(coalesce(last_at, ''), coalesce(excluded.last_at, '')), details = excluded.details"
                }
            };
            let mut stmt = tx.prepare(&format!(
                "INSERT INTO system_activity (system, day, kind, requests, clients, users, last_at, details) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                 ON CONFLICT (system, day, kind) DO UPDATE SET {on_conflict}"
            ))?;
            for a in rows {
                stmt.execute(params![a.system, a.day, a.kind, a.requests, a.clients, a.users, a.last_at.map(clock::format_utc), a.details])?;
            }
        }
        tx.commit()?;
        Ok(rows.len() as u64)
    }

    fn activity(&mut self, system: Option<&str>, since: Option<Date>) -> Result<Vec<DayActivity>> {
        let mut stmt = self.conn.prepare(
            "SELECT system, day, kind, requests, clients, users, nullif(last_at, ''), details FROM system_activity
             WHERE (?1 IS NULL OR system = ?1) AND (?2 IS NULL OR day >= ?2) ORDER BY system, day, kind",
        )?;
        let rows = stmt.query_map(params![system, since], activity_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn save_scan(&mut self, scan: &NewScan<'_>) -> Result<i64> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let id: i64 = tx.query_row(
            "INSERT INTO system_scans (at, as_of, policy, os_user) VALUES (?1, ?2, ?3, ?4) RETURNING id",
            params![clock::format_utc(scan.at), scan.as_of, scan.policy, scan.os_user],
            |r| r.get(0),
        )?;
        {
            let mut stmt = tx.prepare("INSERT INTO system_scan_results (scan_id, system, state, score, reasons, missing, worsened) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")?;
            for r in scan.results {
                stmt.execute(params![id, r.system, r.state, r.score, serde_json::to_string(&r.reasons)?, serde_json::to_string(&r.missing)?, r.worsened])?;
            }
        }
        tx.commit()?;
        Ok(id)
    }

    fn last_scan(&mut self) -> Result<Option<(i64, Date, Vec<ScanRow>)>> {
        let Some((id, as_of)) = self.conn.query_row("SELECT id, as_of FROM system_scans ORDER BY id DESC LIMIT 1", [], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, Date>(1)?))).optional()? else {
            return Ok(None);
        };
        let mut stmt = self.conn.prepare("SELECT system, state, score, reasons, missing, worsened FROM system_scan_results WHERE scan_id = ?1 ORDER BY system")?;
        let rows = stmt.query_map([id], |r| {
            Ok(ScanRow {
                system: r.get(0)?,
                state: r.get(1)?,
                score: r.get(2)?,
                reasons: json_list(&r.get::<_, String>(3)?),
                missing: json_list(&r.get::<_, String>(4)?),
                worsened: r.get(5)?,
            })
        })?;
        Ok(Some((id, as_of, rows.collect::<rusqlite::Result<_>>()?)))
    }

    fn retirement_steps(&mut self, system: &str) -> Result<Vec<Step>> {
        let mut stmt = self.conn.prepare(
            "SELECT system, step, day, person, note, detail, recorded_at FROM system_retirement_steps WHERE system = ?1
             ORDER BY CASE step WHEN 'suspected' THEN 1 WHEN 'confirmed' THEN 2 WHEN 'offline' THEN 3 WHEN 'data' THEN 4 WHEN 'released' THEN 5 ELSE 6 END",
        )?;
        let rows = stmt.query_map([system], |r| {
            Ok(Step { system: r.get(0)?, step: r.get(1)?, day: r.get(2)?, person: r.get(3)?, note: r.get(4)?, detail: r.get(5)?, recorded_at: ts(r.get(6)?).unwrap_or_default() })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn add_retirement_step(&mut self, s: &Step) -> Result<()> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute(
            "INSERT INTO system_retirement_steps (system, step, day, person, note, detail, recorded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![s.system, s.step, s.day, s.person, s.note, s.detail, clock::format_utc(s.recorded_at)],
        )?;
        tx.execute("UPDATE systems SET state = ?2 WHERE id = ?1", params![s.system, s.step])?;
        tx.commit()?;
        Ok(())
    }
}
