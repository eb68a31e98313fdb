//! All SQL lives here. [`Store`] is the database in domain terms; each capability's queries are
//! written once, for both backends, in its own file (`records.rs`, `checks.rs`, `certs.rs`,
//! `regions.rs`, `systems.rs`), in the spelling [`sql`] describes. A backend ([`Conn`],
//! `sqlite/` and `postgres/`) holds only what truly differs: the connection, reading rows back,
//! and the hot paths written for each on purpose (SQLite's C interface for scans, PostgreSQL's
//! COPY for loads).
pub mod certs;
pub mod checks;
pub mod migrations;
pub mod payments;
pub mod people;
mod pgpass;
pub mod postgres;
pub mod records;
pub mod regions;
pub mod report;
pub mod sql;
pub mod sqlite;
pub mod systems;
pub mod url;
pub mod worklist;

use crate::params;
use anyhow::{Context, Result};
use jiff::Timestamp;
use serde::Serialize;
use sql::{Dialect, Param, Row};
use std::collections::BTreeMap;

pub use url::DbUrl;

/// A server connection as the server sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Session {
    pub user: String,
    /// Where new tables go (`None`: no schema on the search path exists or may be used).
    pub schema: Option<String>,
    /// The TLS protocol and cipher, or `None` when the connection is not encrypted.
    pub tls: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn as_str(self) -> &'static str {
        match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        }
    }
}

/// Affected rows per table or kind, as recorded in the audit log.
pub type Counts = BTreeMap<String, i64>;

/// An audit-log entry to write.
#[derive(Debug, Clone)]
pub struct NewAudit {
    pub at: Timestamp,
    pub os_user: String,
    pub command: String,
    pub target: String,
    pub counts: Counts,
    pub outcome: String,
}

/// An audit-log entry as read back.
#[derive(Debug, Clone, Serialize)]
pub struct AuditEntry {
    pub id: i64,
    pub at: String,
    pub os_user: String,
    pub command: String,
    pub target: String,
    pub counts: Counts,
    pub outcome: String,
}

/// What differs between the backends: the connection, and the hot paths written for each on
/// purpose. Everything else is a query in `db/<capability>.rs`.
pub trait Conn: Send {
    fn dialect(&self) -> Dialect;
    /// The URL, password redacted.
    fn url(&self) -> &str;
    /// Run one statement; the rows it changed.
    fn execute(&mut self, sql: &str, params: &[Param<'_>]) -> Result<u64>;
    /// Run one query; its rows.
    fn query(&mut self, sql: &str, params: &[Param<'_>]) -> Result<Vec<Row>>;
    /// Run statements without parameters (`;`-separated).
    fn batch(&mut self, sql: &str) -> Result<()>;
    /// Whether a table of mzctl's schema exists.
    fn has_table(&mut self, name: &str) -> Result<bool>;
    /// The tables of mzctl's schema, by name.
    fn table_names(&mut self) -> Result<Vec<String>>;
    /// Within a migration's transaction: wait for another process migrating the same database.
    fn lock_migrations(&mut self) -> Result<()>;
    /// Before migrations are applied: make sure there is a schema to create the tables in (and
    /// create the one the URL names if it is missing), or say why not and how to fix it.
    fn prepare_schema(&mut self) -> Result<()> {
        Ok(())
    }
    /// Another connection to the same database, to read beside this one; `None` where there
    /// is none to have (an in-memory database).
    fn reader(&self) -> Result<Option<Box<dyn Conn>>>;
    /// What opening the connection found worth saying (a journal mode not as asked).
    fn notes(&mut self) -> Vec<String> {
        Vec::new()
    }

    /// Rows per piece handed from the import's validator to the writer.
    fn piece_rows(&self) -> usize {
        5_000
    }
    /// A bulk load of about `input_bytes` is about to start on this connection: tune for many
    /// chunk commits.
    fn bulk_load_started(&mut self, _input_bytes: u64) -> Result<()> {
        Ok(())
    }
    /// Write an import's rows inside the open chunk (see [`records`]).
    fn write_rows(
        &mut self,
        batch: i64,
        spec: &records::TableSpec,
        mode: records::Mode,
        rows: &[records::Row],
    ) -> Result<records::ChunkOutcome>;
    /// The chunk's transaction ended (committed or rolled back).
    fn chunk_ended(&mut self) {}

    /// Stream rows of a record table (see [`Store::scan_records`]).
    fn scan_records(
        &mut self,
        spec: &records::TableSpec,
        columns: usize,
        scope: &checks::Scope,
        part: checks::ScanPart,
        f: &mut dyn FnMut(&[&str]) -> Result<()>,
    ) -> Result<()>;
    /// Stream the rows of a query without parameters (see [`Store::stream_merged`]).
    fn stream(&mut self, what: &str, sql: &str, columns: usize, f: &mut dyn FnMut(&[&str]) -> Result<()>) -> Result<()>;
    /// Stream the rows of several queries, merged in the order of their first column (see
    /// [`Store::stream_merged`]); by default one query that unites them and sorts.
    fn stream_merged(&mut self, what: &str, queries: &[String], columns: usize, f: &mut dyn FnMut(&[&str]) -> Result<()>) -> Result<()> {
        self.stream(what, &format!("{} ORDER BY 1", queries.join(" UNION ALL ")), columns, f)
    }
    /// Up to `n` parts of a table (see [`Store::scan_parts`]).
    fn scan_parts(&mut self, table: &str, n: usize) -> Result<Vec<checks::ScanPart>>;
    /// Bring the planner's statistics of these tables up to date where stale; the tables done.
    fn refresh_statistics(&mut self, _tables: &[&str]) -> Result<Vec<String>> {
        Ok(Vec::new())
    }
    /// Whether another connection's queries go on while this one writes.
    fn reads_while_writing(&mut self) -> Result<bool>;
    /// Store findings of run `run`, numbered from `seq`, inside the open transaction.
    fn append_findings(&mut self, run: i64, seq: i64, findings: &[checks::Finding]) -> Result<()>;
}

/// A read for [`Store::side_by_side`].
pub type Job<'a, T> = Box<dyn Fn(&mut Store) -> Result<T> + Sync + 'a>;

/// The database, in domain terms. Every method that writes runs in one transaction.
pub struct Store {
    conn: Box<dyn Conn>,
    /// Inside a dry run's outer transaction: transactions are savepoints.
    dry_run: bool,
}

const HISTORY_DDL: &str = "CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)";

impl Store {
    pub fn new(conn: Box<dyn Conn>) -> Store {
        Store { conn, dry_run: false }
    }

    pub fn backend(&self) -> Backend {
        match self.conn.dialect() {
            Dialect::Sqlite => Backend::Sqlite,
            Dialect::Postgres => Backend::Postgres,
        }
    }

    pub(crate) fn dialect(&self) -> Dialect {
        self.conn.dialect()
    }

    /// The URL, password redacted.
    pub fn url(&self) -> &str {
        self.conn.url()
    }

    /// Who this connection is and how it travels (PostgreSQL; `None` for a local file).
    pub fn session(&mut self) -> Result<Option<Session>> {
        if self.backend() == Backend::Sqlite {
            return Ok(None);
        }
        let rows = self.conn.query(
            "SELECT current_user::text, current_schema()::text, COALESCE(s.ssl, false), s.version::text, s.cipher::text \
             FROM (SELECT 1) one LEFT JOIN pg_stat_ssl s ON s.pid = pg_backend_pid()",
            &[],
        )?;
        let Some(r) = rows.first() else {
            return Ok(None);
        };
        let tls = match (r.bool(2)?, r.opt_text(3)?, r.opt_text(4)?) {
            (true, v, c) => Some(format!("{} {}", v.unwrap_or_default(), c.unwrap_or_default()).trim().to_string()),
            _ => None,
        };
        Ok(Some(Session { user: r.text(0)?, schema: r.opt_text(1)?, tls }))
    }

    /// What opening the database found worth saying, once (for the caller to report).
    pub fn notes(&mut self) -> Vec<String> {
        self.conn.notes()
    }

    pub(crate) fn conn(&mut self) -> &mut dyn Conn {
        self.conn.as_mut()
    }

    pub(crate) fn exec(&mut self, sql: &str, params: &[Param<'_>]) -> Result<u64> {
        self.conn.execute(sql, params)
    }

    pub(crate) fn rows(&mut self, sql: &str, params: &[Param<'_>]) -> Result<Vec<Row>> {
        self.conn.query(sql, params)
    }

    /// Call `f` with every row of several queries without parameters and with the same
    /// `columns` columns of text (NULL → `""`), none with an ORDER BY, merged in the order of
    /// the first column: rows with the same first value come together. Streamed: memory stays
    /// flat however many rows. `what` names it in errors.
    pub(crate) fn stream_merged(
        &mut self,
        what: &str,
        queries: &[String],
        columns: usize,
        f: &mut dyn FnMut(&[&str]) -> Result<()>,
    ) -> Result<()> {
        self.conn.stream_merged(what, queries, columns, f)
    }

    pub(crate) fn row(&mut self, sql: &str, params: &[Param<'_>]) -> Result<Option<Row>> {
        Ok(self.conn.query(sql, params)?.into_iter().next())
    }

    /// The statements that open, commit and roll back a transaction (savepoints inside a dry
    /// run's outer transaction).
    fn tx_sql(&self) -> [&'static str; 3] {
        if self.dry_run {
            ["SAVEPOINT tx", "RELEASE SAVEPOINT tx", "ROLLBACK TO SAVEPOINT tx; RELEASE SAVEPOINT tx"]
        } else {
            [self.dialect().begin_write(), "COMMIT", "ROLLBACK"]
        }
    }

    pub(crate) fn begin(&mut self) -> Result<()> {
        let sql = self.tx_sql()[0];
        self.conn.batch(sql)
    }

    pub(crate) fn commit(&mut self) -> Result<()> {
        let sql = self.tx_sql()[1];
        self.conn.batch(sql)
    }

    pub(crate) fn rollback(&mut self) -> Result<()> {
        let sql = self.tx_sql()[2];
        self.conn.batch(sql)
    }

    /// Run `f` in one transaction: committed if it succeeds, rolled back if not.
    pub(crate) fn in_tx<T>(&mut self, f: impl FnOnce(&mut Store) -> Result<T>) -> Result<T> {
        self.begin()?;
        match f(self) {
            Ok(v) => {
                self.commit()?;
                Ok(v)
            }
            Err(e) => {
                let _ = self.rollback();
                Err(e)
            }
        }
    }

    /// Insert rows (each the values of `columns`) with multi-row `INSERT`s of a few hundred rows:
    /// a round trip per statement, not per row.
    pub(crate) fn insert_many<'a>(&mut self, table: &str, columns: &[&str], rows: impl IntoIterator<Item = Vec<Param<'a>>>) -> Result<u64> {
        const PER_STATEMENT: usize = 500;
        let head = format!("INSERT INTO {table} ({}) VALUES ", columns.join(", "));
        let mut values: Vec<Param<'a>> = Vec::with_capacity(PER_STATEMENT * columns.len());
        let mut done = 0;
        let mut flush = |s: &mut Store, values: &mut Vec<Param<'a>>| -> Result<()> {
            if values.is_empty() {
                return Ok(());
            }
            let n = values.len() / columns.len();
            let tuples: Vec<String> = (0..n)
                .map(|r| format!("({})", (1..=columns.len()).map(|c| format!("${}", r * columns.len() + c)).collect::<Vec<_>>().join(", ")))
                .collect();
            done += s.exec(&format!("{head}{}", tuples.join(", ")), values)?;
            values.clear();
            Ok(())
        };
        for row in rows {
            debug_assert_eq!(row.len(), columns.len());
            values.extend(row);
            if values.len() >= PER_STATEMENT * columns.len() {
                flush(self, &mut values)?;
            }
        }
        flush(self, &mut values)?;
        Ok(done)
    }

    /// Up to `n` other connections to the same database, to read while this one does other
    /// work; fewer or none where there are not that many (an in-memory SQLite database has
    /// none, a server at its connection limit has fewer to give).
    pub fn readers(&self, n: usize) -> Result<Vec<Store>> {
        let mut out = Vec::new();
        while out.len() < n {
            match self.conn.reader() {
                Ok(Some(c)) => out.push(Store::new(c)),
                Ok(None) | Err(_) => break,
            }
        }
        Ok(out)
    }

    /// Runs the jobs side by side, each on a reader connection (one per core at most), and
    /// gives their results in the order of the jobs; one after the other on this connection
    /// where there are no readers. For reads that each scan and group a whole table: SQLite
    /// sorts a query in the thread that runs it, so separate queries share out the cores.
    pub fn side_by_side<T: Send>(&mut self, jobs: &[Job<'_, T>]) -> Result<Vec<T>> {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get()).min(jobs.len());
        let mut readers = if cores > 1 { self.readers(cores)? } else { Vec::new() };
        if readers.is_empty() {
            return jobs.iter().map(|job| job(self)).collect();
        }
        let next = std::sync::atomic::AtomicUsize::new(0);
        let mut done: Vec<(usize, Result<T>)> = std::thread::scope(|s| {
            let threads: Vec<_> = readers
                .iter_mut()
                .map(|reader| {
                    let next = &next;
                    s.spawn(move || {
                        let mut done = Vec::new();
                        loop {
                            let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                            let Some(job) = jobs.get(i) else { break done };
                            done.push((i, job(reader)));
                        }
                    })
                })
                .collect();
            threads.into_iter().flat_map(|t| t.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))).collect()
        });
        done.sort_by_key(|(i, _)| *i);
        done.into_iter().map(|(_, r)| r).collect()
    }

    /// The migration history (empty before the first migration).
    pub fn applied_migrations(&mut self) -> Result<Vec<migrations::Applied>> {
        if !self.conn.has_table("schema_migrations")? {
            return Ok(Vec::new());
        }
        self.rows("SELECT version, name, checksum, applied_at FROM schema_migrations ORDER BY version", &[])?
            .iter()
            .map(|r| Ok(migrations::Applied { version: r.int(0)? as u32, name: r.text(1)?, checksum: r.text(2)?, applied_at: r.text(3)? }))
            .collect()
    }

    /// Apply one migration and record it, atomically; a no-op if another process applied it first.
    pub fn apply_migration(&mut self, m: &migrations::Migration) -> Result<bool> {
        let backend = self.backend();
        // Here rather than only in `migrate`: whoever applies a migration needs the schema the
        // URL names to exist, or the first CREATE TABLE has nowhere to go ("no schema has been
        // selected to create in"). Outside the transaction: CREATE SCHEMA is not rolled back
        // with a failed migration, as an empty schema harms nothing.
        self.conn.prepare_schema()?;
        self.in_tx(|s| {
            s.conn.lock_migrations()?;
            s.conn.batch(HISTORY_DDL)?;
            if s.row("SELECT 1 FROM schema_migrations WHERE version = $1", params![m.version])?.is_some() {
                return Ok(false);
            }
            s.conn.batch(m.sql(backend)).with_context(|| format!("migration {} ({}) failed", m.version, m.name))?;
            let at = crate::clock::format_utc(crate::clock::now()?);
            s.exec(
                "INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES ($1, $2, $3, $4)",
                params![m.version, m.name, &m.checksum(backend), &at],
            )?;
            Ok(true)
        })
    }

    /// Row counts of every mzctl table (not the migration history), by name.
    pub fn table_counts(&mut self) -> Result<BTreeMap<String, i64>> {
        let mut counts = BTreeMap::new();
        for name in self.conn.table_names()?.into_iter().filter(|n| n != "schema_migrations") {
            let n = self.row(&format!("SELECT count(*) FROM \"{}\"", name.replace('"', "\"\"")), &[])?.map_or(Ok(0), |r| r.int(0))?;
            counts.insert(name, n);
        }
        Ok(counts)
    }

    /// Write an audit entry; its id.
    pub fn insert_audit(&mut self, e: &NewAudit) -> Result<i64> {
        let counts = counts_json(&e.counts);
        let row = self.row(
            "INSERT INTO audit_log (at, os_user, command, target, counts, outcome) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
            &[e.at.into(), (&e.os_user).into(), (&e.command).into(), (&e.target).into(), Param::Json(&counts), (&e.outcome).into()],
        )?;
        row.ok_or_else(|| anyhow::anyhow!("no audit id returned"))?.int(0)
    }

    /// Record how the command of audit entry `id` ended and what it changed.
    pub fn finish_audit(&mut self, id: i64, counts: &Counts, outcome: &str) -> Result<()> {
        let counts = counts_json(counts);
        let n =
            self.exec("UPDATE audit_log SET counts = $2, outcome = $3 WHERE id = $1", &[id.into(), Param::Json(&counts), outcome.into()])?;
        anyhow::ensure!(n == 1, "audit entry {id} is gone");
        Ok(())
    }

    /// Newest first.
    pub fn list_audit(&mut self, since: Option<Timestamp>, limit: u32) -> Result<Vec<AuditEntry>> {
        let since = since.unwrap_or(Timestamp::UNIX_EPOCH);
        self.rows(
            "SELECT id, at, os_user, command, target, counts, outcome FROM audit_log WHERE at >= $1 ORDER BY id DESC LIMIT $2",
            params![since, limit],
        )?
        .iter()
        .map(|r| {
            Ok(AuditEntry {
                id: r.int(0)?,
                at: crate::clock::format_utc(r.ts(1)?),
                os_user: r.text(2)?,
                command: r.text(3)?,
                target: r.text(4)?,
                counts: serde_json::from_value(r.json(5)?).unwrap_or_default(),
                outcome: r.text(6)?,
            })
        })
        .collect()
    }
}

/// Open a database without touching its schema.
pub fn open(url: &DbUrl) -> Result<Store> {
    let conn: Box<dyn Conn> = match url {
        DbUrl::Sqlite(path) => Box::new(sqlite::SqliteConn::open(path)?),
        DbUrl::SqliteMemory => Box::new(sqlite::SqliteConn::memory()?),
        DbUrl::Postgres(u) => Box::new(postgres::PgConn::connect(u)?),
    };
    Ok(Store::new(conn))
}

/// Bring the schema up to date; returns the versions applied.
pub fn migrate(store: &mut Store) -> Result<Vec<u32>> {
    let applied = store.applied_migrations()?;
    let pending = migrations::check(store.backend(), &applied)?;
    let mut done = Vec::new();
    for m in pending {
        if store.apply_migration(m)? {
            done.push(m.version);
        }
    }
    Ok(done)
}

/// Open and migrate: what every command but `db status` does.
pub fn open_migrated(url: &DbUrl) -> Result<Store> {
    let mut store = open(url)?;
    migrate(&mut store)?;
    Ok(store)
}

pub(crate) fn counts_json(counts: &Counts) -> String {
    serde_json::to_string(counts).unwrap_or_else(|_| "{}".to_string())
}
