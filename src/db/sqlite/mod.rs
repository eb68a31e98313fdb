//! The embedded default backend: one SQLite file (WAL, busy timeout, foreign keys on).
mod regions;

use super::migrations::{Applied, Migration};
use super::{AuditEntry, Backend, NewAudit, Store};
use crate::clock;
use anyhow::{Context, Result};
use jiff::Timestamp;
use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};
use std::collections::BTreeMap;
use std::path::Path;

const HISTORY_DDL: &str = "CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)";

mod certs;
mod checks;
mod records;
mod raw;
mod systems;

pub struct SqliteStore {
    pub(crate) conn: Connection,
    url: String,
    /// The file (none in memory).
    path: Option<std::path::PathBuf>,
    /// Inside a dry run's outer transaction: chunks use savepoints.
    dry_run: bool,
}

impl SqliteStore {
    pub fn open(path: &Path) -> Result<SqliteStore> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
        }
        let conn = Connection::open(path).with_context(|| format!("cannot open SQLite database {}", path.display()))?;
        let store = SqliteStore { conn, url: format!("sqlite:{}", path.display()), path: Some(path.to_path_buf()), dry_run: false };
        store.configure(true)?;
        Ok(store)
    }

    pub fn memory() -> Result<SqliteStore> {
        let store = SqliteStore { conn: Connection::open_in_memory()?, url: "sqlite::memory:".into(), path: None, dry_run: false };
        store.configure(false)?;
        Ok(store)
    }

    /// A read-only connection to the same file (which WAL lets read beside this one).
    pub(crate) fn reader(&self) -> Result<Option<SqliteStore>> {
        let Some(path) = &self.path else { return Ok(None) };
        use rusqlite::OpenFlags;
        let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)
            .with_context(|| format!("cannot open SQLite database {} again", path.display()))?;
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        // A reader scans: pages are read once, and a large cache only holds copies of them
        // (three connections of 32 MiB each filled on a 1M-person check run: 223 → 157 MiB peak).
        conn.execute_batch("PRAGMA cache_size = -1024;")?;
        Ok(Some(SqliteStore { conn, url: self.url.clone(), path: self.path.clone(), dry_run: false }))
    }

    fn configure(&self, wal: bool) -> Result<()> {
        self.conn.busy_timeout(std::time::Duration::from_secs(10))?;
        // A database made anew gets 16 KiB pages (SQLite's default is 4 KiB): a fourth of the
        // page reads and writes for a scan or a bulk load (1M people: `check run` 0.82 → 0.80 s,
        // best of 6; `import people` 3.94 → 3.26 s). Without effect on an existing database,
        // whose page size is fixed.
        self.conn.execute_batch("PRAGMA page_size = 16384;")?;
        if wal {
            // journal_mode answers with a row; a read-only or network file system may refuse WAL.
            let mode: String = self.conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
            if !mode.eq_ignore_ascii_case("wal") {
                crate::ui::warn(&format!("{}: journal mode is {mode}, not WAL", self.url));
            }
        }
        self.conn
            .execute_batch("PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -32768;")
            .with_context(|| format!("cannot configure {}", self.url))?;
        Ok(())
    }
}

impl Store for SqliteStore {
    fn backend(&self) -> Backend {
        Backend::Sqlite
    }

    fn url(&self) -> &str {
        &self.url
    }

    fn applied_migrations(&mut self) -> Result<Vec<Applied>> {
        let exists: bool = self.conn.query_row(
            "SELECT count(*) > 0 FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'",
            [],
            |r| r.get(0),
        )?;
        if !exists {
            return Ok(Vec::new());
        }
        let mut stmt = self.conn.prepare("SELECT version, name, checksum, applied_at FROM schema_migrations ORDER BY version")?;
        let rows = stmt.query_map([], |r| {
            Ok(Applied { version: r.get(0)?, name: r.get(1)?, checksum: r.get(2)?, applied_at: r.get(3)? })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn apply_migration(&mut self, m: &Migration) -> Result<bool> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute_batch(HISTORY_DDL)?;
        let done: Option<u32> = tx
            .query_row("SELECT version FROM schema_migrations WHERE version = ?1", [m.version], |r| r.get(0))
            .optional()?;
        if done.is_some() {
            return Ok(false);
        }
        tx.execute_batch(m.sqlite).with_context(|| format!("migration {} ({}) failed", m.version, m.name))?;
        tx.execute(
            "INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?1, ?2, ?3, ?4)",
            params![m.version, m.name, m.checksum(Backend::Sqlite), clock::format_utc(clock::now()?)],
        )?;
        tx.commit()?;
        Ok(true)
    }

    fn table_counts(&mut self) -> Result<BTreeMap<String, i64>> {
        let names: Vec<String> = self
            .conn
            .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations' ORDER BY name")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let mut counts = BTreeMap::new();
        for name in names {
            let n: i64 = self.conn.query_row(&format!("SELECT count(*) FROM \"{}\"", name.replace('"', "\"\"")), [], |r| r.get(0))?;
            counts.insert(name, n);
        }
        Ok(counts)
    }

    fn insert_audit(&mut self, e: &NewAudit) -> Result<()> {
        self.conn.execute(
            "INSERT INTO audit_log (at, os_user, command, target, counts, outcome) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![clock::format_utc(e.at), e.os_user, e.command, e.target, super::counts_json(&e.counts), e.outcome],
        )?;
        Ok(())
    }

    fn list_audit(&mut self, since: Option<Timestamp>, limit: u32) -> Result<Vec<AuditEntry>> {
        let since = since.map(clock::format_utc).unwrap_or_default();
        let mut stmt = self.conn.prepare(
            "SELECT id, at, os_user, command, target, counts, outcome FROM audit_log
             WHERE at >= ?1 ORDER BY id DESC LIMIT ?2",
        )?;
        let rows = stmt.query_map(params![since, limit], |r| {
            let counts: String = r.get(5)?;
            Ok(AuditEntry {
                id: r.get(0)?,
                at: r.get(1)?,
                os_user: r.get(2)?,
                command: r.get(3)?,
                target: r.get(4)?,
                counts: serde_json::from_str(&counts).unwrap_or_default(),
                outcome: r.get(6)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
