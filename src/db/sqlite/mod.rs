//! The embedded default backend: one SQLite file (WAL, busy timeout, foreign keys on). Queries
//! are translated from the shared spelling ([`crate::db::sql::sqlite`]) and prepared once per
//! connection; values go in and come back as SQLite holds them.
mod load;
mod raw;
mod scan;

use crate::db::sql::{self, Cell, Dialect, Param, Row};
use crate::db::Conn;
use anyhow::{Context, Result};
use rusqlite::types::{ToSqlOutput, Value, ValueRef};
use rusqlite::{Connection, OpenFlags};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// How long a writer waits for another to finish before giving up: longer than a chunk takes.
const BUSY: Duration = Duration::from_secs(60);

pub struct SqliteConn {
    pub(crate) conn: Connection,
    url: String,
    /// The file (none in memory).
    path: Option<PathBuf>,
    notes: Vec<String>,
}

impl SqliteConn {
    pub fn open(path: &Path) -> Result<SqliteConn> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            crate::files::create_dir(dir)?;
        }
        crate::files::touch(path)?;
        let conn = Connection::open(path).with_context(|| format!("cannot open SQLite database {}", path.display()))?;
        let mut c = SqliteConn { conn, url: format!("sqlite:{}", path.display()), path: Some(path.to_path_buf()), notes: Vec::new() };
        c.configure(true)?;
        Ok(c)
    }

    pub fn memory() -> Result<SqliteConn> {
        let mut c = SqliteConn { conn: Connection::open_in_memory()?, url: "sqlite::memory:".into(), path: None, notes: Vec::new() };
        c.configure(false)?;
        Ok(c)
    }

    fn configure(&mut self, wal: bool) -> Result<()> {
        self.conn.busy_timeout(BUSY)?;
        // A database made anew gets 16 KiB pages (SQLite's default is 4 KiB): a fourth of the
        // page reads and writes for a scan or a bulk load. Without effect on an existing
        // database, whose page size is fixed.
        self.conn.execute_batch("PRAGMA page_size = 16384;")?;
        if wal {
            // journal_mode answers with a row; a read-only or network file system may refuse WAL.
            let mode: String = self.conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
            if !mode.eq_ignore_ascii_case("wal") {
                self.notes.push(format!("{}: journal mode is {mode}, not WAL", self.url));
            }
        }
        self.conn
            .execute_batch("PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -32768;")
            .with_context(|| format!("cannot configure {}", self.url))
    }

    fn prepare(&self, sql: &str, params: &[Param<'_>]) -> Result<rusqlite::CachedStatement<'_>> {
        let mut stmt = self.conn.prepare_cached(&sql::sqlite(sql))?;
        for (i, p) in params.iter().enumerate() {
            stmt.raw_bind_parameter(i + 1, bound(p)?)?;
        }
        Ok(stmt)
    }
}

/// A value as SQLite stores it: dates and timestamps as ISO text, booleans as 0/1, a list of
/// texts as a JSON array (for `json_each`).
fn bound<'a>(p: &Param<'a>) -> Result<ToSqlOutput<'a>> {
    Ok(match *p {
        Param::Null => ToSqlOutput::Borrowed(ValueRef::Null),
        Param::Int(n) => ToSqlOutput::Borrowed(ValueRef::Integer(n)),
        Param::Real(f) => ToSqlOutput::Borrowed(ValueRef::Real(f)),
        Param::Text(s) | Param::Json(s) => ToSqlOutput::Borrowed(ValueRef::Text(s.as_bytes())),
        Param::Bool(b) => ToSqlOutput::Borrowed(ValueRef::Integer(i64::from(b))),
        Param::Date(d) => ToSqlOutput::Owned(Value::Text(d.to_string())),
        Param::Ts(t) => ToSqlOutput::Owned(Value::Text(crate::clock::format_utc(t))),
        Param::Texts(list) => ToSqlOutput::Owned(Value::Text(serde_json::to_string(list)?)),
    })
}

fn cell(v: ValueRef<'_>) -> Cell {
    match v {
        ValueRef::Null => Cell::Null,
        ValueRef::Integer(n) => Cell::Int(n),
        ValueRef::Real(f) => Cell::Real(f),
        ValueRef::Text(t) | ValueRef::Blob(t) => Cell::Text(String::from_utf8_lossy(t).into_owned()),
    }
}

impl Conn for SqliteConn {
    fn dialect(&self) -> Dialect {
        Dialect::Sqlite
    }

    fn bulk_load_started(&mut self, input_bytes: u64) -> Result<()> {
        // A bulk load commits a chunk at a time: let the WAL grow to 64 MiB between
        // checkpoints (each one syncs the database file) instead of the default 4 MiB.
        self.conn.execute_batch("PRAGMA wal_autocheckpoint = 16384")?;
        // Keys arrive in no order, so each chunk touches nearly every leaf of the key index:
        // once the index outgrows the page cache, every insert reads a page back from the file
        // and spills another. A cache of half what the table will hold (what is stored, its
        // WAL and the input) keeps the index in memory, within 32 MiB to 1 GiB.
        let stored: i64 =
            self.conn.query_row("SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()", [], |r| r.get(0))?;
        let wal = self.path.as_ref().and_then(|p| std::fs::metadata(format!("{}-wal", p.display())).ok()).map_or(0, |m| m.len());
        let kib = ((stored.max(0) as u64 + wal + input_bytes) / 2 / 1024).clamp(32 * 1024, 1024 * 1024);
        self.conn.execute_batch(&format!("PRAGMA cache_size = -{kib}"))?;
        Ok(())
    }

    fn url(&self) -> &str {
        &self.url
    }

    fn execute(&mut self, sql: &str, params: &[Param<'_>]) -> Result<u64> {
        Ok(self.prepare(sql, params)?.raw_execute()? as u64)
    }

    fn query(&mut self, sql: &str, params: &[Param<'_>]) -> Result<Vec<Row>> {
        let mut stmt = self.prepare(sql, params)?;
        let n = stmt.column_count();
        let mut rows = stmt.raw_query();
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            out.push(Row((0..n).map(|i| r.get_ref(i).map(cell)).collect::<rusqlite::Result<_>>()?));
        }
        Ok(out)
    }

    fn batch(&mut self, sql: &str) -> Result<()> {
        Ok(self.conn.execute_batch(sql)?)
    }

    fn has_table(&mut self, name: &str) -> Result<bool> {
        Ok(self.conn.query_row("SELECT count(*) > 0 FROM sqlite_schema WHERE type = 'table' AND name = ?1", [name], |r| r.get(0))?)
    }

    fn table_names(&mut self) -> Result<Vec<String>> {
        let mut stmt =
            self.conn.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")?;
        let names = stmt.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
        Ok(names)
    }

    /// Nothing to do: the migration's transaction holds SQLite's write lock.
    fn lock_migrations(&mut self) -> Result<()> {
        Ok(())
    }

    /// A read-only connection to the same file (which WAL lets read beside this one).
    fn reader(&self) -> Result<Option<Box<dyn Conn>>> {
        let Some(path) = &self.path else {
            return Ok(None);
        };
        let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)
            .with_context(|| format!("cannot open SQLite database {} again", path.display()))?;
        conn.busy_timeout(BUSY)?;
        // A reader scans: pages are read once, and a large cache would only hold copies of them.
        conn.execute_batch("PRAGMA cache_size = -1024;")?;
        Ok(Some(Box::new(SqliteConn { conn, url: self.url.clone(), path: self.path.clone(), notes: Vec::new() })))
    }

    fn notes(&mut self) -> Vec<String> {
        std::mem::take(&mut self.notes)
    }

    /// Pieces large enough that their rows, sorted by key, share the index pages their inserts
    /// walk (see `load::write_rows`); 5,000 to 300,000 rows measured, 30,000 to 50,000 best.
    fn piece_rows(&self) -> usize {
        30_000
    }

    fn write_rows(
        &mut self,
        batch: i64,
        spec: &crate::db::records::TableSpec,
        mode: crate::db::records::Mode,
        rows: &[crate::db::records::Row],
    ) -> Result<crate::db::records::ChunkOutcome> {
        load::write_rows(&self.conn, batch, spec, mode, rows)
    }

    fn scan_records(
        &mut self,
        spec: &crate::db::records::TableSpec,
        columns: usize,
        scope: &crate::db::checks::Scope,
        part: crate::db::checks::ScanPart,
        f: &mut dyn FnMut(&[&str]) -> Result<()>,
    ) -> Result<()> {
        scan::scan_records(&self.conn, spec, columns, scope, part, f)
    }

    fn stream(&mut self, _what: &str, sql: &str, columns: usize, f: &mut dyn FnMut(&[&str]) -> Result<()>) -> Result<()> {
        scan::stream(&self.conn, sql, columns, f)
    }

    fn stream_merged(&mut self, _what: &str, queries: &[String], columns: usize, f: &mut dyn FnMut(&[&str]) -> Result<()>) -> Result<()> {
        scan::stream_merged(&self.conn, queries, columns, f)
    }

    /// Rowid ranges: a table scan is in rowid order, and a range is a seek and a scan.
    fn scan_parts(&mut self, table: &str, n: usize) -> Result<Vec<crate::db::checks::ScanPart>> {
        let (lo, hi): (Option<i64>, Option<i64>) =
            self.conn.query_row(&format!("SELECT (SELECT min(rowid) FROM {table}), (SELECT max(rowid) FROM {table})"), [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })?;
        Ok(match (lo, hi) {
            (Some(lo), Some(hi)) => crate::db::checks::ScanPart::split(lo, hi, n, 1024),
            _ => vec![crate::db::checks::ScanPart::default()],
        })
    }

    fn reads_while_writing(&mut self) -> Result<bool> {
        let mode: String = self.conn.query_row("PRAGMA journal_mode", [], |r| r.get(0))?;
        Ok(mode.eq_ignore_ascii_case("wal"))
    }

    fn append_findings(&mut self, run: i64, seq: i64, findings: &[crate::db::checks::Finding]) -> Result<()> {
        scan::append_findings(&self.conn, run, seq, findings)
    }
}
