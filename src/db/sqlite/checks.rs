//! Check runs on SQLite: record tables read with one prepared statement each, cross-record
//! rules as set-based queries, findings written with a prepared INSERT in one transaction.
use super::SqliteStore;
use crate::clock;
use crate::db::checks::{cert_scope_sql, finding_sql, record_spec, scope_sql, AppliedFix, CheckStore, Cross, Finding, FindingFilter, Fix, NewRun, RunInfo, RunWriter, ScanPart, Scope, MAX_SCAN_COLUMNS};
use crate::db::records::TableSpec;
use anyhow::Result;
use rusqlite::types::ValueRef;
use rusqlite::{params, OptionalExtension, TransactionBehavior};

fn text(v: ValueRef<'_>) -> String {
    match v {
        ValueRef::Null => String::new(),
        ValueRef::Integer(i) => i.to_string(),
        ValueRef::Real(f) => f.to_string(),
        ValueRef::Text(t) | ValueRef::Blob(t) => String::from_utf8_lossy(t).into_owned(),
    }
}

/// Periods of rows `a` and `b` (an end before the start taken as the other way round; no end:
/// open) that overlap by more than `grace` days. With no grace: any day in common.
fn overlap(a: &str, b: &str, grace: u32) -> String {
    let lo = |x: &str| format!("CASE WHEN {x}.end_date < {x}.start_date THEN {x}.end_date ELSE {x}.start_date END");
    let hi = |x: &str| format!("CASE WHEN {x}.end_date IS NULL THEN '9999-12-31' WHEN {x}.end_date < {x}.start_date THEN {x}.start_date ELSE {x}.end_date END");
    if grace == 0 {
        return format!("{} <= {} AND {} <= {}", lo(a), hi(b), lo(b), hi(a));
    }
    format!("julianday(min({}, {})) - julianday(max({}, {})) >= {grace}", hi(a), hi(b), lo(a), lo(b))
}

/// `among`: only ID numbers in the JSON array bound as ?1 (a list of index probes instead of
/// a join over the whole table).
fn cross_sql(q: &Cross, s: &Scope, among: bool) -> String {
    let as_of = s.as_of;
    let among_sql = |alias: &str| if among { format!(" AND {alias}.id_number IN (SELECT value FROM json_each(?1))") } else { String::new() };
    match q {
        // The repeated ID numbers through the primary key (a covering index), or only the
        // candidates the people pass noted.
        Cross::DupPerson => {
            let region = s.region.as_ref().map(|r| format!(" AND sum(region_code LIKE '{r}%') > 0")).unwrap_or_default();
            let repeated = if among { "SELECT value FROM json_each(?1)" } else { "SELECT id_number FROM people GROUP BY id_number HAVING count(*) > 1" };
            format!(
                "SELECT id_number, min(name), max(name), min(coalesce(birth_date, '')), max(coalesce(birth_date, '')), min(region_code), max(region_code)
                 FROM people
                 WHERE id_number IN ({repeated})
                 GROUP BY id_number
                 HAVING (count(DISTINCT name) > 1 OR count(DISTINCT coalesce(birth_date, '')) > 1){region}"
            )
        }
        Cross::DupEnrolment(grace) => format!(
            "SELECT a.id_number, a.program, min(a.region_code), min(b.region_code)
             FROM enrolments a JOIN enrolments b
               ON b.id_number = a.id_number AND b.program = a.program AND b.region_code > a.region_code AND {}
             WHERE a.start_date <= '{as_of}' AND b.start_date <= '{as_of}'{}{}
             GROUP BY a.id_number, a.program",
            overlap("a", "b", *grace),
            scope_sql(s, "enrolments", "a"),
            among_sql("a")
        ),
        Cross::Exclusive(x, y, grace) => format!(
            "SELECT a.id_number, min(a.region_code), min(a.start_date), min(b.start_date)
             FROM enrolments a JOIN enrolments b ON b.id_number = a.id_number AND b.program = '{y}' AND {}
             WHERE a.program = '{x}' AND a.start_date <= '{as_of}' AND b.start_date <= '{as_of}'{}{}
             GROUP BY a.id_number",
            overlap("a", "b", *grace),
            scope_sql(&Scope { program: None, ..s.clone() }, "enrolments", "a"),
            among_sql("a")
        ),
        // From the deaths (tens of thousands) into the enrolments' primary key, not the other
        // way round (1.2M enrolments, 50k deaths: 0.45 s → 0.14 s).
        Cross::StillEnrolled => format!(
            "SELECT e.id_number, e.program, e.region_code, d.death_date, coalesce(e.end_date, ''), e.monthly_amount_fen
             FROM deaths d CROSS JOIN enrolments e ON e.id_number = d.id_number
             WHERE d.death_date <= '{as_of}' AND (e.end_date IS NULL OR e.end_date > d.death_date){}{}
             ORDER BY e.id_number, e.program, e.region_code, e.start_date",
            scope_sql(s, "enrolments", "e"),
            among_sql("d")
        ),
        Cross::Program(p) => format!(
            "SELECT e.id_number, e.program, e.region_code, e.start_date FROM enrolments e
             WHERE e.program = '{p}' AND e.start_date <= '{as_of}'
               AND EXISTS (SELECT 1 FROM people p WHERE p.id_number = e.id_number){}{}",
            scope_sql(s, "enrolments", "e"),
            among_sql("e")
        ),
        Cross::CertHolderDead => format!(
            "SELECT c.identifier, c.type_code, c.holder_id, c.region_code, d.death_date
             FROM certificates c JOIN deaths d ON d.id_number = c.holder_id
             WHERE c.status = '01' AND (c.valid_until IS NULL OR c.valid_until >= '{as_of}') AND d.death_date <= '{as_of}'{}
             ORDER BY c.identifier",
            cert_scope_sql(s, "c")
        ),
        Cross::ValidCerts => format!(
            "SELECT c.identifier, c.type_code, c.holder_id, c.region_code FROM certificates c
             WHERE c.status = '01' AND (c.valid_until IS NULL OR c.valid_until >= '{as_of}'){}
             ORDER BY c.identifier",
            cert_scope_sql(s, "c")
        ),
        Cross::PersonMissing => format!(
            "SELECT e.id_number, e.program, e.region_code FROM enrolments e
             WHERE NOT EXISTS (SELECT 1 FROM people p WHERE p.id_number = e.id_number){}{}",
            scope_sql(s, "enrolments", "e"),
            among_sql("e")
        ),
    }
}

const FINDING_COLS: &str = "rule, severity, tbl, key, field, value, message, region_code, amount_fen";

const RUN_COLS: &str = "id, started_at, finished_at, as_of, rules, params, counts, total, errors, warnings, os_user";

fn run_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<RunInfo> {
    let json = |i: usize| -> rusqlite::Result<serde_json::Value> { Ok(serde_json::from_str(&r.get::<_, String>(i)?).unwrap_or_default()) };
    Ok(RunInfo {
        id: r.get(0)?,
        started_at: r.get(1)?,
        finished_at: r.get(2)?,
        as_of: r.get(3)?,
        rules: json(4)?,
        params: json(5)?,
        counts: json(6)?,
        total: r.get(7)?,
        errors: r.get(8)?,
        warnings: r.get(9)?,
        os_user: r.get(10)?,
    })
}

impl CheckStore for SqliteStore {
    fn scan_records(&mut self, spec: &TableSpec, columns: usize, scope: &Scope, part: ScanPart, f: &mut dyn FnMut(&[&str]) -> Result<()>) -> Result<()> {
        let cols = &spec.columns[..columns.min(spec.columns.len()).min(MAX_SCAN_COLUMNS)];
        let n = cols.len();
        let mut sql = format!("SELECT {} FROM {} t WHERE 1 = 1{}", cols.join(", "), spec.name, scope_sql(scope, spec.name, "t"));
        if let Some(from) = part.from {
            sql += &format!(" AND t.rowid >= {from}");
        }
        if let Some(to) = part.to {
            sql += &format!(" AND t.rowid < {to}");
        }
        let mut scan = super::raw::Stmt::prepare(&self.conn, &sql)?;
        debug_assert_eq!(scan.columns(), n);
        // Text is handed over as SQLite holds it; text that is not UTF-8 (written by other
        // systems) is converted into these, refilled in place.
        let mut owned = vec![String::new(); n];
        while scan.step()? {
            let mut values: [&str; MAX_SCAN_COLUMNS] = [""; MAX_SCAN_COLUMNS];
            // The columns converted into `owned` (a bit each).
            let mut converted = 0u32;
            for (i, value) in values[..n].iter_mut().enumerate() {
                match scan.text(i)? {
                    super::raw::Text::Utf8(t) => *value = t,
                    super::raw::Text::Invalid(t) => {
                        owned[i] = String::from_utf8_lossy(t).into_owned();
                        converted |= 1 << i;
                    }
                }
            }
            while converted != 0 {
                let i = converted.trailing_zeros() as usize;
                values[i] = owned[i].as_str();
                converted &= converted - 1;
            }
            f(&values[..n])?;
        }
        Ok(())
    }

    /// Rowid ranges: a table scan is in rowid order, and a range is a seek and a scan.
    fn scan_parts(&mut self, table: &str, n: usize) -> Result<Vec<ScanPart>> {
        record_spec(table)?;
        let (lo, hi): (Option<i64>, Option<i64>) = self.conn.query_row(&format!("SELECT (SELECT min(rowid) FROM {table}), (SELECT max(rowid) FROM {table})"), [], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(match (lo, hi) {
            (Some(lo), Some(hi)) => ScanPart::split(lo, hi, n, 1024),
            _ => vec![ScanPart::default()],
        })
    }

    /// Read-only connections to the same file (WAL: they read while this one writes).
    fn readers(&self, n: usize) -> Result<Vec<Box<dyn crate::db::Store + Send>>> {
        let mut out: Vec<Box<dyn crate::db::Store + Send>> = Vec::new();
        while out.len() < n {
            match self.reader()? {
                Some(r) => out.push(Box::new(r)),
                None => break,
            }
        }
        Ok(out)
    }

    /// Nothing to do: the queries here are written for SQLite's planner without statistics.
    fn refresh_statistics(&mut self, _tables: &[&str]) -> Result<Vec<String>> {
        Ok(Vec::new())
    }

    fn cross(&mut self, q: &Cross, scope: &Scope, among: Option<&[String]>) -> Result<Vec<Vec<String>>> {
        let mut stmt = self.conn.prepare(&cross_sql(q, scope, among.is_some()))?;
        let n = stmt.column_count();
        let ids = among.map(serde_json::to_string).transpose()?;
        let params: &[&dyn rusqlite::ToSql] = match &ids {
            Some(json) => &[json],
            None => &[],
        };
        let rows = stmt.query_map(params, |r| (0..n).map(|i| r.get_ref(i).map(text)).collect::<rusqlite::Result<Vec<String>>>())?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn begin_run(&mut self, run: &NewRun) -> Result<Box<dyn RunWriter + '_>> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute(
            "INSERT INTO check_runs (started_at, finished_at, as_of, rules, params, counts, total, os_user) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![clock::format_utc(run.started_at), clock::format_utc(run.finished_at), run.as_of.to_string(), run.rules, run.params, run.counts, run.total, run.os_user],
        )?;
        let id = tx.last_insert_rowid();
        Ok(Box::new(SqliteRun { tx, id, seq: 0 }))
    }

    fn reads_while_writing(&mut self) -> Result<bool> {
        let mode: String = self.conn.query_row("PRAGMA journal_mode", [], |r| r.get(0))?;
        Ok(mode.eq_ignore_ascii_case("wal"))
    }

    fn run_info(&mut self, id: i64) -> Result<Option<RunInfo>> {
        Ok(self.conn.query_row(&format!("SELECT {RUN_COLS} FROM check_runs WHERE id = ?1"), [id], run_row).optional()?)
    }

    fn runs(&mut self, limit: u64) -> Result<Vec<RunInfo>> {
        let mut stmt = self.conn.prepare(&format!("SELECT {RUN_COLS} FROM check_runs ORDER BY id DESC LIMIT ?1"))?;
        let rows = stmt.query_map([limit.min(i64::MAX as u64) as i64], run_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn latest_run(&mut self) -> Result<Option<i64>> {
        Ok(self.conn.query_row("SELECT max(id) FROM check_runs", [], |r| r.get(0))?)
    }

    fn findings(&mut self, run: i64, filter: &FindingFilter) -> Result<Vec<Finding>> {
        let limit = filter.limit.map_or(-1, |l| l as i64);
        let sql = format!("SELECT {FINDING_COLS} FROM check_findings WHERE run_id = ?1{} ORDER BY seq LIMIT ?2 OFFSET ?3", finding_sql(filter));
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(params![run, limit, filter.offset as i64], |r| {
            Ok(Finding {
                rule: r.get(0)?,
                severity: r.get(1)?,
                table: r.get(2)?,
                key: r.get(3)?,
                field: r.get(4)?,
                value: r.get(5)?,
                message: r.get(6)?,
                region_code: r.get(7)?,
                amount_fen: r.get(8)?,
                line: None,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn apply_fixes(&mut self, fixes: &[Fix], at: jiff::Timestamp, os_user: &str) -> Result<u64> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let at = clock::format_utc(at);
        let mut changed = 0;
        {
            let mut log = tx.prepare("INSERT INTO check_fixes (applied_at, os_user, rule, tbl, key, col, old, new) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")?;
            for f in fixes {
                if f.table == "certificates" {
                    let sql = "UPDATE certificates SET status = ?1, status_reason = ?2, status_at = ?3 WHERE identifier = ?4 AND status = ?5";
                    let n = tx.execute(sql, params![f.new, f.note, at, f.key.first(), f.old])?;
                    if n > 0 {
                        log.execute(params![at, os_user, f.rule, f.table, f.key.join("|"), f.column, f.old, f.new])?;
                    }
                    changed += n as u64;
                    continue;
                }
                let spec = record_spec(f.table)?;
                let key: Vec<String> = spec.columns[..spec.key].iter().enumerate().map(|(i, c)| format!("{c} = ?{}", i + 3)).collect();
                let sql = format!("UPDATE OR IGNORE {} SET {} = ?1 WHERE {} = ?2 AND {}", spec.name, f.column, f.column, key.join(" AND "));
                let mut values: Vec<&str> = vec![&f.new, &f.old];
                values.extend(f.key.iter().map(String::as_str));
                let n = tx.execute(&sql, rusqlite::params_from_iter(values))?;
                if n > 0 {
                    log.execute(params![at, os_user, f.rule, f.table, f.key.join("|"), f.column, f.old, f.new])?;
                }
                changed += n as u64;
            }
        }
        tx.commit()?;
        Ok(changed)
    }

    fn fix_log(&mut self, limit: u64, offset: u64) -> Result<Vec<AppliedFix>> {
        let mut stmt = self.conn.prepare("SELECT id, applied_at, os_user, rule, tbl, key, col, old, new FROM check_fixes ORDER BY id DESC LIMIT ?1 OFFSET ?2")?;
        let rows = stmt.query_map(params![limit.min(i64::MAX as u64) as i64, offset.min(i64::MAX as u64) as i64], |r| {
            Ok(AppliedFix {
                id: r.get(0)?,
                applied_at: r.get(1)?,
                os_user: r.get(2)?,
                rule: r.get(3)?,
                table: r.get(4)?,
                key: r.get(5)?,
                column: r.get(6)?,
                old: r.get(7)?,
                new: r.get(8)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

/// A run being stored: one IMMEDIATE transaction, rolled back if dropped uncommitted.
struct SqliteRun<'c> {
    tx: rusqlite::Transaction<'c>,
    id: i64,
    seq: i64,
}

impl RunWriter for SqliteRun<'_> {
    fn append(&mut self, findings: &[Finding]) -> Result<()> {
        use super::raw::Param;
        let mut stmt = super::raw::Stmt::prepare(&self.tx, &format!("INSERT INTO check_findings (run_id, seq, {FINDING_COLS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"))?;
        for f in findings {
            stmt.execute(&[
                Param::Integer(self.id),
                Param::Integer(self.seq),
                Param::Text(&f.rule),
                Param::Text(&f.severity),
                Param::Text(&f.table),
                Param::Text(&f.key),
                Param::Text(&f.field),
                Param::Text(&f.value),
                Param::Text(&f.message),
                Param::Text(&f.region_code),
                f.amount_fen.map_or(Param::Null, Param::Integer),
            ])?;
            self.seq += 1;
        }
        Ok(())
    }

    fn commit(self: Box<Self>, run: &NewRun) -> Result<i64> {
        let SqliteRun { tx, id, .. } = *self;
        tx.execute(
            "UPDATE check_runs SET finished_at = ?1, counts = ?2, total = ?3, errors = ?4, warnings = ?5 WHERE id = ?6",
            params![clock::format_utc(run.finished_at), run.counts, run.total, run.errors, run.warnings, id],
        )?;
        tx.commit()?;
        Ok(id)
    }
}
