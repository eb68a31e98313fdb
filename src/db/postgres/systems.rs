//! [`SystemStore`] on PostgreSQL.
use super::PgStore;
use crate::db::records::SYSTEMS;
use crate::db::systems::{DayActivity, Merge, NewScan, ScanRow, Step, System, SystemFilter, SystemStore, SYSTEM_COLUMNS};
use anyhow::Result;
use jiff::civil::Date;
use postgres::types::ToSql;

/// Every system column read as text (dates as ISO dates), in [`SYSTEM_COLUMNS`] order.
fn select_list() -> String {
    SYSTEM_COLUMNS.iter().map(|c| format!("{c}::text")).collect::<Vec<_>>().join(", ")
}

fn system_row(r: &postgres::Row) -> System {
    let values: Vec<Option<String>> = (0..SYSTEM_COLUMNS.len()).map(|i| r.get(i)).collect();
    System::from_values(&values)
}

/// `$n` cast to the column's type (values arrive as text; an empty date is NULL).
fn param(i: usize) -> String {
    if SYSTEMS.is_date(i) {
        format!("nullif(${}::text, '')::date", i + 1)
    } else if SYSTEMS.is_integer(i) {
        format!("${}::text::bigint", i + 1)
    } else {
        format!("${}::text", i + 1)
    }
}

fn json_list(s: &str) -> Vec<String> {
    serde_json::from_str(s).unwrap_or_default()
}

fn activity_row(r: &postgres::Row) -> DayActivity {
    DayActivity {
        system: r.get(0),
        day: r.get(1),
        kind: r.get(2),
        requests: r.get(3),
        clients: r.get(4),
        users: r.get(5),
        last_at: r.get(6),
        details: r.get(7),
    }
}

impl SystemStore for PgStore {
    fn systems(&mut self, filter: &SystemFilter) -> Result<Vec<System>> {
        let rows = self.client.query(
            &format!("SELECT {} FROM systems WHERE ($1::text IS NULL OR state = $1) AND ($2::text IS NULL OR department = $2) ORDER BY id", select_list()),
            &[&filter.state, &filter.department],
        )?;
        Ok(rows.iter().map(system_row).collect())
    }

    fn system(&mut self, id: &str) -> Result<Option<System>> {
        let row = self.client.query_opt(&format!("SELECT {} FROM systems WHERE id = $1", select_list()), &[&id])?;
        Ok(row.as_ref().map(system_row))
    }

    fn insert_system(&mut self, values: &[String]) -> Result<bool> {
        let placeholders: Vec<String> = (0..values.len()).map(param).collect();
        let sql = format!("INSERT INTO systems ({}) VALUES ({}) ON CONFLICT DO NOTHING", SYSTEMS.columns.join(", "), placeholders.join(", "));
        let params: Vec<&(dyn ToSql + Sync)> = values.iter().map(|v| v as &(dyn ToSql + Sync)).collect();
        Ok(self.client.execute(&sql, &params)? == 1)
    }

    fn update_system(&mut self, values: &[String]) -> Result<()> {
        let sets: Vec<String> = SYSTEMS.columns.iter().enumerate().skip(1).map(|(i, c)| format!("{c} = {}", param(i))).collect();
        let params: Vec<&(dyn ToSql + Sync)> = values.iter().map(|v| v as &(dyn ToSql + Sync)).collect();
        self.client.execute(&format!("UPDATE systems SET {} WHERE id = $1", sets.join(", ")), &params)?;
        Ok(())
    }

    fn put_activity(&mut self, rows: &[DayActivity], merge: Merge) -> Result<u64> {
        let on_conflict = match merge {
            Merge::Replace => {
                "requests = excluded.requests, clients = excluded.clients, users = excluded.users, last_at = excluded.last_at, details = excluded.details"
            }
            Merge::Add => {
                "requests = system_activity.requests + excluded.requests, clients = greatest(system_activity.clients, excluded.clients), \
                 users = greatest(system_activity.users, excluded.users), last_at = greatest(system_activity.last_at, excluded.last_at), details = excluded.details"
            }
        };
        let mut tx = self.client.transaction()?;
        let stmt = tx.prepare(&format!(
            "INSERT INTO system_activity (system, day, kind, requests, clients, users, last_at, details) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
             ON CONFLICT (system, day, kind) DO UPDATE SET {on_conflict}"
        ))?;
        for a in rows {
            tx.execute(&stmt, &[&a.system, &a.day, &a.kind, &a.requests, &a.clients, &a.users, &a.last_at, &a.details])?;
        }
        tx.commit()?;
        Ok(rows.len() as u64)
    }

    fn activity(&mut self, system: Option<&str>, since: Option<Date>) -> Result<Vec<DayActivity>> {
        let rows = self.client.query(
            "SELECT system, day, kind, requests, clients, users, last_at, details FROM system_activity
             WHERE ($1::text IS NULL OR system = $1) AND ($2::date IS NULL OR day >= $2) ORDER BY system, day, kind",
            &[&system, &since],
        )?;
        Ok(rows.iter().map(activity_row).collect())
    }

    fn save_scan(&mut self, scan: &NewScan<'_>) -> Result<i64> {
        let mut tx = self.client.transaction()?;
        let id: i64 = tx
            .query_one("INSERT INTO system_scans (at, as_of, policy, os_user) VALUES ($1, $2, $3, $4) RETURNING id", &[&scan.at, &scan.as_of, &scan.policy, &scan.os_user])?
            .get(0);
        let stmt = tx.prepare("INSERT INTO system_scan_results (scan_id, system, state, score, reasons, missing, worsened) VALUES ($1, $2, $3, $4, $5, $6, $7)")?;
        for r in scan.results {
            let (reasons, missing) = (serde_json::to_string(&r.reasons)?, serde_json::to_string(&r.missing)?);
            tx.execute(&stmt, &[&id, &r.system, &r.state, &r.score, &reasons, &missing, &r.worsened])?;
        }
        tx.commit()?;
        Ok(id)
    }

    fn last_scan(&mut self) -> Result<Option<(i64, Date, Vec<ScanRow>)>> {
        let Some(head) = self.client.query_opt("SELECT id, as_of FROM system_scans ORDER BY id DESC LIMIT 1", &[])? else {
            return Ok(None);
        };
        let id: i64 = head.get(0);
        let rows = self.client.query("SELECT system, state, score, reasons, missing, worsened FROM system_scan_results WHERE scan_id = $1 ORDER BY system", &[&id])?;
        let results = rows
            .iter()
            .map(|r| ScanRow {
                system: r.get(0),
                state: r.get(1),
                score: r.get(2),
                reasons: json_list(r.get(3)),
                missing: json_list(r.get(4)),
                worsened: r.get(5),
            })
            .collect();
        Ok(Some((id, head.get(1), results)))
    }

    fn retirement_steps(&mut self, system: &str) -> Result<Vec<Step>> {
        let rows = self.client.query(
            "SELECT system, step, day, person, note, detail, recorded_at FROM system_retirement_steps WHERE system = $1
             ORDER BY array_position(ARRAY['suspected', 'confirmed', 'offline', 'data', 'released', 'retired'], step)",
            &[&system],
        )?;
        Ok(rows
            .iter()
            .map(|r| Step { system: r.get(0), step: r.get(1), day: r.get(2), person: r.get(3), note: r.get(4), detail: r.get(5), recorded_at: r.get(6) })
            .collect())
    }

    fn add_retirement_step(&mut self, s: &Step) -> Result<()> {
        let mut tx = self.client.transaction()?;
        tx.execute(
            "INSERT INTO system_retirement_steps (system, step, day, person, note, detail, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
            &[&s.system, &s.step, &s.day, &s.person, &s.note, &s.detail, &s.recorded_at],
        )?;
        tx.execute("UPDATE systems SET state = $2 WHERE id = $1", &[&s.system, &s.step])?;
        tx.commit()?;
        Ok(())
    }
}
