//! Check runs on PostgreSQL: record tables streamed through one portal each, cross-record
//! rules as set-based queries (the same results as SQLite), findings COPYed in one transaction.
use super::records::copy_field;
use super::PgStore;
use crate::db::checks::{cert_scope_sql, finding_sql, record_spec, scope_sql, AppliedFix, CheckStore, Cross, Finding, FindingFilter, Fix, NewRun, RunInfo, RunWriter, ScanPart, Scope, MAX_SCAN_COLUMNS};
use crate::db::records::TableSpec;
use anyhow::Result;
use std::io::Write;

/// Periods of rows `a` and `b` (an end before the start taken as the other way round; no end:
/// open) that overlap by more than `grace` days. With no grace: any day in common.
fn overlap(a: &str, b: &str, grace: u32) -> String {
    let lo = |x: &str| format!("CASE WHEN {x}.end_date < {x}.start_date THEN {x}.end_date ELSE {x}.start_date END");
    let hi = |x: &str| format!("CASE WHEN {x}.end_date IS NULL THEN DATE '9999-12-31' WHEN {x}.end_date < {x}.start_date THEN {x}.start_date ELSE {x}.end_date END");
    if grace == 0 {
        return format!("{} <= {} AND {} <= {}", lo(a), hi(b), lo(b), hi(a));
    }
    format!("LEAST({}, {}) - GREATEST({}, {}) >= {grace}", hi(a), hi(b), lo(a), lo(b))
}

/// `among`: only ID numbers in the array bound as $1.
fn cross_sql(q: &Cross, s: &Scope, among: bool) -> String {
    let as_of = format!("DATE '{}'", s.as_of);
    let among_sql = |alias: &str| if among { format!(" AND {alias}.id_number = ANY ($1::text[])") } else { String::new() };
    match q {
        // The repeated ID numbers first, once (an index-only pass over the primary key), then
        // only their rows through the index: as `IN (subquery)`, the planner hashed the whole
        // table and ran the subquery again in every parallel worker (1M people: 1.3 s → 0.5 s).
        Cross::DupPerson => {
            let region = s.region.as_ref().map(|r| format!(" AND bool_or(region_code LIKE '{r}%')")).unwrap_or_default();
            // Candidates come as the parameter $1.
            let repeated = if among { "$1::text[]" } else { "ARRAY(SELECT id_number FROM people GROUP BY id_number HAVING count(*) > 1)" };
            format!(
                "SELECT id_number, min(name COLLATE \"C\"), max(name COLLATE \"C\"), min(coalesce(birth_date::text, '')), max(coalesce(birth_date::text, '')), min(region_code COLLATE \"C\"), max(region_code COLLATE \"C\")
                 FROM people
                 WHERE id_number = ANY ({repeated})
                 GROUP BY id_number
                 HAVING count(*) > 1 AND (count(DISTINCT name) > 1 OR count(DISTINCT coalesce(birth_date::text, '')) > 1){region}"
            )
        }
        Cross::DupEnrolment(grace) => format!(
            "SELECT a.id_number, a.program, min(a.region_code COLLATE \"C\"), min(b.region_code COLLATE \"C\")
             FROM enrolments a JOIN enrolments b
               ON b.id_number = a.id_number AND b.program = a.program AND b.region_code COLLATE \"C\" > a.region_code COLLATE \"C\" AND {}
             WHERE a.start_date <= {as_of} AND b.start_date <= {as_of}{}{}
             GROUP BY a.id_number, a.program",
            overlap("a", "b", *grace),
            scope_sql(s, "enrolments", "a"),
            among_sql("a")
        ),
        Cross::Exclusive(x, y, grace) => format!(
            "SELECT a.id_number, min(a.region_code COLLATE \"C\"), min(a.start_date)::text, min(b.start_date)::text
             FROM enrolments a JOIN enrolments b ON b.id_number = a.id_number AND b.program = '{y}' AND {}
             WHERE a.program = '{x}' AND a.start_date <= {as_of} AND b.start_date <= {as_of}{}{}
             GROUP BY a.id_number",
            overlap("a", "b", *grace),
            scope_sql(&Scope { program: None, ..s.clone() }, "enrolments", "a"),
            among_sql("a")
        ),
        Cross::StillEnrolled => format!(
            "SELECT e.id_number, e.program, e.region_code, d.death_date::text, coalesce(e.end_date::text, ''), e.monthly_amount_fen::text
             FROM enrolments e JOIN deaths d ON d.id_number = e.id_number
             WHERE d.death_date <= {as_of} AND (e.end_date IS NULL OR e.end_date > d.death_date){}{}
             ORDER BY e.id_number COLLATE \"C\", e.program COLLATE \"C\", e.region_code COLLATE \"C\", e.start_date",
            scope_sql(s, "enrolments", "e"),
            among_sql("d")
        ),
        Cross::Program(p) => format!(
            "SELECT e.id_number, e.program, e.region_code, e.start_date::text FROM enrolments e
             WHERE e.program = '{p}' AND e.start_date <= {as_of}
               AND EXISTS (SELECT 1 FROM people p WHERE p.id_number = e.id_number){}{}",
            scope_sql(s, "enrolments", "e"),
            among_sql("e")
        ),
        Cross::CertHolderDead => format!(
            "SELECT c.identifier, c.type_code, c.holder_id, c.region_code, d.death_date::text
             FROM certificates c JOIN deaths d ON d.id_number = c.holder_id
             WHERE c.status = '01' AND (c.valid_until IS NULL OR c.valid_until >= {as_of}) AND d.death_date <= {as_of}{}
             ORDER BY c.identifier",
            cert_scope_sql(s, "c")
        ),
        Cross::ValidCerts => format!(
            "SELECT c.identifier, c.type_code, c.holder_id, c.region_code FROM certificates c
             WHERE c.status = '01' AND (c.valid_until IS NULL OR c.valid_until >= {as_of}){}
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

const RUN_COLS: &str = "id, started_at, finished_at, as_of::text, rules, params, counts, total, errors, warnings, os_user";

fn run_row(r: &postgres::Row) -> RunInfo {
    RunInfo {
        id: r.get(0),
        started_at: r.get(1),
        finished_at: r.get(2),
        as_of: r.get(3),
        rules: r.get(4),
        params: r.get(5),
        counts: r.get(6),
        total: r.get(7),
        errors: r.get(8),
        warnings: r.get(9),
        os_user: r.get(10),
    }
}

/// A value of COPY's text format with its backslash escapes decoded (COPY TO writes `\\b`,
/// `\\f`, `\\n`, `\\r`, `\\t`, `\\v` and `\\\\`; any other escaped character stands for itself).
fn copy_unescape(field: &str, out: &mut String) {
    out.clear();
    let mut chars = field.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('b') => out.push('\u{8}'),
            Some('f') => out.push('\u{c}'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('t') => out.push('\t'),
            Some('v') => out.push('\u{b}'),
            Some(other) => out.push(other),
            None => {}
        }
    }
}

fn texts(row: &postgres::Row) -> Vec<String> {
    (0..row.len()).map(|i| row.get::<_, Option<String>>(i).unwrap_or_default()).collect()
}

impl CheckStore for PgStore {
    /// Block ranges, scanned by TID range (PostgreSQL 14 and later); in block order they are
    /// a sequential scan's order.
    fn scan_parts(&mut self, table: &str, n: usize) -> Result<Vec<ScanPart>> {
        record_spec(table)?;
        let row = self.client.query_one(
            "SELECT current_setting('server_version_num')::int, pg_relation_size($1::text::regclass) / current_setting('block_size')::int",
            &[&table],
        )?;
        let (version, blocks): (i32, i64) = (row.get(0), row.get(1));
        if version < 140000 {
            return Ok(vec![ScanPart::default()]);
        }
        // Parts of 8 blocks or more (some hundreds of rows).
        Ok(ScanPart::split(0, blocks - 1, n, 8))
    }

    /// New connections made as this one was, as many as the server gives (up to `n`).
    fn readers(&self, n: usize) -> Result<Vec<Box<dyn crate::db::Store + Send>>> {
        let mut out: Vec<Box<dyn crate::db::Store + Send>> = Vec::new();
        while out.len() < n {
            match self.reconnect() {
                Ok(r) => out.push(Box::new(r)),
                Err(_) => break,
            }
        }
        Ok(out)
    }

    /// Streamed with `COPY (SELECT …) TO STDOUT` in text format: the server sends each row as
    /// one line, which is split in place (1M people: the server's side 0.71 s → 0.56 s against
    /// a portal of `::text` columns, the client's CPU 1.23 s → 1.07 s).
    fn scan_records(&mut self, spec: &TableSpec, columns: usize, scope: &Scope, part: ScanPart, f: &mut dyn FnMut(&[&str]) -> Result<()>) -> Result<()> {
        use std::io::BufRead;
        let cols = &spec.columns[..columns.min(spec.columns.len()).min(MAX_SCAN_COLUMNS)];
        let n = cols.len();
        let mut range = String::new();
        if let Some(from) = part.from {
            range += &format!(" AND t.ctid >= '({from},0)'::tid");
        }
        if let Some(to) = part.to {
            range += &format!(" AND t.ctid < '({to},0)'::tid");
        }
        // COPY writes dates and numbers as `::text` would (DateStyle is ISO on our sessions).
        let sql = format!("COPY (SELECT {} FROM {} t WHERE TRUE{}{range}) TO STDOUT", cols.join(", "), spec.name, scope_sql(scope, spec.name, "t"));
        let mut reader = std::io::BufReader::with_capacity(256 * 1024, self.client.copy_out(sql.as_str())?);
        let mut line = Vec::with_capacity(1024);
        // Values with escapes (a tab, newline or backslash in the text) are decoded into these.
        let mut unescaped = vec![String::new(); n];
        loop {
            line.clear();
            if reader.read_until(b'\n', &mut line)? == 0 {
                return Ok(());
            }
            if line.last() == Some(&b'\n') {
                line.pop();
            }
            let text = std::str::from_utf8(&line).map_err(|e| anyhow::anyhow!("{}: the server sent invalid UTF-8: {e}", spec.name))?;
            let mut fields: [&str; MAX_SCAN_COLUMNS] = [""; MAX_SCAN_COLUMNS];
            let mut escaped = [false; MAX_SCAN_COLUMNS];
            let mut count = 0;
            for (i, field) in text.split('\t').enumerate() {
                anyhow::ensure!(i < n, "{}: COPY sent more than {n} columns", spec.name);
                count = i + 1;
                if field.contains('\\') {
                    if field != "\\N" {
                        copy_unescape(field, &mut unescaped[i]);
                        escaped[i] = true;
                    }
                } else {
                    fields[i] = field;
                }
            }
            anyhow::ensure!(count == n, "{}: COPY sent {count} columns, not {n}", spec.name);
            for i in 0..n {
                if escaped[i] {
                    fields[i] = unescaped[i].as_str();
                }
            }
            f(&fields[..n])?;
        }
    }

    /// ANALYZE the tables never analyzed, or changed by more than a fifth of their rows since
    /// (1M people and 1.2M enrolments just seeded: ANALYZE takes ~0.3 s, and spares dup.enrolment
    /// a hash join of the whole table, 2.7 s).
    fn refresh_statistics(&mut self, tables: &[&str]) -> Result<Vec<String>> {
        let names: Vec<String> = tables.iter().map(|t| t.to_string()).collect();
        let stale: Vec<String> = self
            .client
            .query(
                "SELECT relname::text FROM pg_stat_user_tables
                 WHERE schemaname = current_schema() AND relname = ANY ($1::text[])
                   AND ((last_analyze IS NULL AND last_autoanalyze IS NULL AND n_live_tup + n_mod_since_analyze > 0)
                        OR n_mod_since_analyze > n_live_tup / 5)
                 ORDER BY relname",
                &[&names],
            )?
            .iter()
            .map(|r| r.get(0))
            .collect();
        for t in &stale {
            self.client.batch_execute(&format!("ANALYZE {t}"))?;
        }
        Ok(stale)
    }

    fn cross(&mut self, q: &Cross, scope: &Scope, among: Option<&[String]>) -> Result<Vec<Vec<String>>> {
        let sql = cross_sql(q, scope, among.is_some());
        let rows = match among {
            Some(ids) => self.client.query(sql.as_str(), &[&ids])?,
            None => self.client.query(sql.as_str(), &[])?,
        };
        Ok(rows.iter().map(texts).collect())
    }

    fn begin_run(&mut self, run: &NewRun) -> Result<Box<dyn RunWriter + '_>> {
        let mut tx = self.client.transaction()?;
        let id: i64 = tx
            .query_one(
                "INSERT INTO check_runs (started_at, finished_at, as_of, rules, params, counts, total, os_user)
                 VALUES ($1, $2, $3::text::date, $4::text::jsonb, $5::text::jsonb, $6::text::jsonb, $7, $8) RETURNING id",
                &[
                    &crate::clock::format_utc(run.started_at),
                    &crate::clock::format_utc(run.finished_at),
                    &run.as_of.to_string(),
                    &run.rules,
                    &run.params,
                    &run.counts,
                    &run.total,
                    &run.os_user,
                ],
            )?
            .get(0);
        Ok(Box::new(PgRun { tx, id, seq: 0 }))
    }

    fn reads_while_writing(&mut self) -> Result<bool> {
        Ok(true)
    }

    fn run_info(&mut self, id: i64) -> Result<Option<RunInfo>> {
        Ok(self.client.query_opt(&format!("SELECT {RUN_COLS} FROM check_runs WHERE id = $1"), &[&id])?.as_ref().map(run_row))
    }

    fn runs(&mut self, limit: u64) -> Result<Vec<RunInfo>> {
        let rows = self.client.query(&format!("SELECT {RUN_COLS} FROM check_runs ORDER BY id DESC LIMIT $1"), &[&(limit.min(i64::MAX as u64) as i64)])?;
        Ok(rows.iter().map(run_row).collect())
    }

    fn latest_run(&mut self) -> Result<Option<i64>> {
        Ok(self.client.query_one("SELECT max(id) FROM check_runs", &[])?.get(0))
    }

    fn findings(&mut self, run: i64, filter: &FindingFilter) -> Result<Vec<Finding>> {
        let limit = filter.limit.map_or("ALL".to_string(), |l| l.to_string());
        let sql = format!("SELECT {FINDING_COLS} FROM check_findings WHERE run_id = $1{} ORDER BY seq LIMIT {limit} OFFSET {}", finding_sql(filter), filter.offset);
        Ok(self
            .client
            .query(sql.as_str(), &[&run])?
            .iter()
            .map(|r| Finding {
                rule: r.get(0),
                severity: r.get(1),
                table: r.get(2),
                key: r.get(3),
                field: r.get(4),
                value: r.get(5),
                message: r.get(6),
                region_code: r.get(7),
                amount_fen: r.get(8),
                line: None,
            })
            .collect())
    }

    fn apply_fixes(&mut self, fixes: &[Fix], at: jiff::Timestamp, os_user: &str) -> Result<u64> {
        let mut tx = self.client.transaction()?;
        let at_ts = at;
        let at = crate::clock::format_utc(at);
        let log = tx.prepare("INSERT INTO check_fixes (applied_at, os_user, rule, tbl, key, col, old, new) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)")?;
        let mut changed = 0;
        for f in fixes {
            if f.table == "certificates" {
                let sql = "UPDATE certificates SET status = $1, status_reason = $2, status_at = $3 WHERE identifier = $4 AND status = $5";
                let n = tx.execute(sql, &[&f.new, &f.note, &at_ts, &f.key.first(), &f.old])?;
                if n > 0 {
                    tx.execute(&log, &[&at, &os_user, &f.rule, &f.table, &f.key.join("|"), &f.column, &f.old, &f.new])?;
                }
                changed += n;
                continue;
            }
            let spec = record_spec(f.table)?;
            let key_cols = &spec.columns[..spec.key];
            let here: Vec<String> = key_cols.iter().enumerate().map(|(i, c)| format!("t.{c}::text = ${}", i + 3)).collect();
            // The row's key after the change must not exist already.
            let after: Vec<String> = key_cols
                .iter()
                .enumerate()
                .map(|(i, c)| if *c == f.column { format!("x.{c}::text = $1") } else { format!("x.{c}::text = ${}", i + 3) })
                .collect();
            let sql = format!(
                "UPDATE {t} t SET {c} = $1 WHERE t.{c}::text = $2 AND {} AND NOT EXISTS (SELECT 1 FROM {t} x WHERE {})",
                here.join(" AND "),
                after.join(" AND "),
                t = spec.name,
                c = f.column
            );
            let mut params: Vec<&(dyn postgres::types::ToSql + Sync)> = vec![&f.new, &f.old];
            params.extend(f.key.iter().map(|k| k as &(dyn postgres::types::ToSql + Sync)));
            let n = tx.execute(sql.as_str(), &params)?;
            if n > 0 {
                tx.execute(&log, &[&at, &os_user, &f.rule, &f.table, &f.key.join("|"), &f.column, &f.old, &f.new])?;
            }
            changed += n;
        }
        tx.commit()?;
        Ok(changed)
    }

    fn fix_log(&mut self, limit: u64, offset: u64) -> Result<Vec<AppliedFix>> {
        let rows = self.client.query(
            "SELECT id, applied_at, os_user, rule, tbl, key, col, old, new FROM check_fixes ORDER BY id DESC LIMIT $1 OFFSET $2",
            &[&(limit.min(i64::MAX as u64) as i64), &(offset.min(i64::MAX as u64) as i64)],
        )?;
        Ok(rows
            .iter()
            .map(|r| AppliedFix {
                id: r.get(0),
                applied_at: r.get(1),
                os_user: r.get(2),
                rule: r.get(3),
                table: r.get(4),
                key: r.get(5),
                column: r.get(6),
                old: r.get(7),
                new: r.get(8),
            })
            .collect())
    }
}

/// A run being stored: one transaction, rolled back if dropped uncommitted.
struct PgRun<'c> {
    tx: postgres::Transaction<'c>,
    id: i64,
    seq: i64,
}

impl RunWriter for PgRun<'_> {
    fn append(&mut self, findings: &[Finding]) -> Result<()> {
        if findings.is_empty() {
            return Ok(());
        }
        let mut buf = Vec::with_capacity(256 * 1024);
        let mut copy = self.tx.copy_in(&format!("COPY check_findings (run_id, seq, {FINDING_COLS}) FROM STDIN"))?;
        for f in findings {
            write!(buf, "{}\t{}", self.id, self.seq)?;
            self.seq += 1;
            for v in [&f.rule, &f.severity, &f.table, &f.key, &f.field, &f.value, &f.message, &f.region_code] {
                buf.push(b'\t');
                copy_field(&mut buf, v);
            }
            match f.amount_fen {
                Some(a) => writeln!(buf, "\t{a}")?,
                None => buf.extend_from_slice(b"\t\\N\n"),
            }
            if buf.len() > 192 * 1024 {
                copy.write_all(&buf)?;
                buf.clear();
            }
        }
        copy.write_all(&buf)?;
        copy.finish()?;
        Ok(())
    }

    fn commit(self: Box<Self>, run: &NewRun) -> Result<i64> {
        let PgRun { mut tx, id, .. } = *self;
        tx.execute(
            "UPDATE check_runs SET finished_at = $1, counts = $2::text::jsonb, total = $3, errors = $4, warnings = $5 WHERE id = $6",
            &[&crate::clock::format_utc(run.finished_at), &run.counts, &run.total, &run.errors, &run.warnings, &id],
        )?;
        tx.commit()?;
        Ok(id)
    }
}
