//! Record tables on SQLite: prepared statements in chunk transactions, one row at a time (the
//! common case, a new key, is a single INSERT).
use super::SqliteStore;
use crate::clock;
use crate::db::records::{BatchEnd, BatchInfo, ChunkOutcome, Conflict, Counters, Mode, NewBatch, RecordStore, Row, TableSpec, UndoCounts, META};
use crate::error::Fail;
use anyhow::{Context, Result};
use rusqlite::types::{ToSqlOutput, Value, ValueRef};
use rusqlite::{params, Connection, OptionalExtension};

fn cols(spec: &TableSpec) -> String {
    spec.columns.join(", ")
}

fn key_where(spec: &TableSpec, first: usize) -> String {
    spec.columns[..spec.key].iter().enumerate().map(|(i, c)| format!("{c} = ?{}", first + i)).collect::<Vec<_>>().join(" AND ")
}

/// A row value as bound: dates `""` → NULL, integers as integers.
fn bind_value<'a>(spec: &TableSpec, i: usize, v: &'a str) -> ToSqlOutput<'a> {
    ToSqlOutput::Borrowed(if v.is_empty() && spec.is_date(i) {
        ValueRef::Null
    } else if spec.is_integer(i) {
        v.parse::<i64>().map_or(ValueRef::Text(v.as_bytes()), ValueRef::Integer)
    } else {
        ValueRef::Text(v.as_bytes())
    })
}

fn text_of(v: ValueRef<'_>) -> Option<String> {
    match v {
        ValueRef::Null => None,
        ValueRef::Integer(i) => Some(i.to_string()),
        ValueRef::Real(f) => Some(f.to_string()),
        ValueRef::Text(t) | ValueRef::Blob(t) => Some(String::from_utf8_lossy(t).into_owned()),
    }
}

const BATCH_COLS: &str = "id, kind, file, sha256, mode, lenient, os_user, owner, started_at, finished_at, state, \
    last_line, read, inserted, updated, unchanged, rejected, conflicts, deleted, seconds";

fn batch_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<BatchInfo> {
    let n = |i: usize| -> rusqlite::Result<u64> { Ok(r.get::<_, i64>(i)?.max(0) as u64) };
    Ok(BatchInfo {
        id: r.get(0)?,
        kind: r.get(1)?,
        file: r.get(2)?,
        sha256: r.get(3)?,
        mode: r.get(4)?,
        lenient: r.get::<_, i64>(5)? != 0,
        os_user: r.get(6)?,
        owner: r.get(7)?,
        started_at: r.get(8)?,
        finished_at: r.get(9)?,
        state: r.get(10)?,
        counters: Counters {
            last_line: n(11)?,
            read: n(12)?,
            inserted: n(13)?,
            updated: n(14)?,
            unchanged: n(15)?,
            rejected: n(16)?,
            conflicts: n(17)?,
            deleted: n(18)?,
        },
        seconds: r.get(19)?,
    })
}

fn save_counters(conn: &Connection, batch: i64, c: &Counters) -> Result<()> {
    conn.prepare_cached(
        "UPDATE import_batches SET last_line = ?2, read = ?3, inserted = ?4, updated = ?5, unchanged = ?6,
         rejected = ?7, conflicts = ?8, deleted = ?9 WHERE id = ?1",
    )?
    .execute(params![batch, c.last_line as i64, c.read as i64, c.inserted as i64, c.updated as i64, c.unchanged as i64, c.rejected as i64, c.conflicts as i64, c.deleted as i64])?;
    Ok(())
}

impl SqliteStore {
    /// Statements that open, commit and roll back a transaction (savepoints inside a dry
    /// run's outer transaction).
    fn tx_sql(&self) -> [&'static str; 3] {
        if self.dry_run {
            ["SAVEPOINT chunk", "RELEASE chunk", "ROLLBACK TO chunk; RELEASE chunk"]
        } else {
            ["BEGIN IMMEDIATE", "COMMIT", "ROLLBACK"]
        }
    }

    /// Run `f` in a transaction.
    fn in_tx<T>(&mut self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        let [begin, commit, abort] = self.tx_sql();
        self.conn.execute_batch(begin)?;
        match f(&self.conn) {
            Ok(v) => {
                self.conn.execute_batch(commit)?;
                Ok(v)
            }
            Err(e) => {
                let _ = self.conn.execute_batch(abort);
                Err(e)
            }
        }
    }
}

/// Rows of `table` restored from their saved JSON (`META` columns after the data columns).
fn restore(conn: &Connection, spec: &TableSpec, previous: &[Option<String>]) -> Result<()> {
    let all: Vec<&str> = spec.columns.iter().chain(META).copied().collect();
    let keys = key_where(spec, 1);
    conn.prepare_cached(&format!("DELETE FROM {} WHERE {keys}", spec.name))?
        .execute(rusqlite::params_from_iter(previous[..spec.key].iter()))?;
    let placeholders: Vec<String> = (1..=all.len()).map(|i| format!("?{i}")).collect();
    let mut stmt = conn.prepare_cached(&format!("INSERT INTO {} ({}) VALUES ({})", spec.name, all.join(", "), placeholders.join(", ")))?;
    for (i, v) in previous.iter().enumerate() {
        let value = match v {
            None => Value::Null,
            Some(s) if i > spec.columns.len() || spec.is_integer(i) => s.parse::<i64>().map_or(Value::Text(s.clone()), Value::Integer),
            Some(s) => Value::Text(s.clone()),
        };
        stmt.raw_bind_parameter(i + 1, value)?;
    }
    stmt.raw_execute()?;
    Ok(())
}

impl RecordStore for SqliteStore {
    fn create_batch(&mut self, b: &NewBatch) -> Result<i64> {
        // A bulk load commits a chunk at a time: let the WAL grow to 64 MiB between
        // checkpoints (each one syncs the database file) instead of the default 4 MiB.
        self.conn.execute_batch("PRAGMA wal_autocheckpoint = 16384")?;
        let id = self.conn.query_row(
            "INSERT INTO import_batches (kind, file, sha256, mode, lenient, os_user, owner, started_at, state)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'running') RETURNING id",
            params![b.kind, b.file, b.sha256, b.mode.as_str(), b.lenient, b.os_user, b.owner, clock::format_utc(b.started_at)],
            |r| r.get(0),
        )?;
        Ok(id)
    }

    fn begin_chunk(&mut self) -> Result<()> {
        self.conn.execute_batch(self.tx_sql()[0])?;
        Ok(())
    }

    fn commit_chunk(&mut self, batch: i64, counters: &Counters) -> Result<()> {
        save_counters(&self.conn, batch, counters)?;
        self.conn.execute_batch(self.tx_sql()[1])?;
        Ok(())
    }

    fn abort_chunk(&mut self) -> Result<()> {
        self.conn.execute_batch(self.tx_sql()[2])?;
        Ok(())
    }

    fn write_rows(&mut self, batch: i64, spec: &TableSpec, mode: Mode, rows: &[Row]) -> Result<ChunkOutcome> {
        let n = spec.columns.len();
        let insert = format!(
            "INSERT INTO {t} ({c}, flags, batch_id, src_line, created_batch, seen_batch) VALUES ({p}, ?{f}, ?{b}, ?{l}, ?{b}, ?{b}) ON CONFLICT DO NOTHING",
            t = spec.name,
            c = cols(spec),
            p = (1..=n).map(|i| format!("?{i}")).collect::<Vec<_>>().join(", "),
            f = n + 1,
            b = n + 2,
            l = n + 3,
        );
        let select = format!("SELECT {}, flags, batch_id, src_line, created_batch, seen_batch FROM {} WHERE {}", cols(spec), spec.name, key_where(spec, 1));
        let sets: Vec<String> = spec.columns[spec.key..].iter().enumerate().map(|(i, c)| format!("{c} = ?{}", spec.key + i + 1)).collect();
        let update = format!(
            "UPDATE {} SET {}, flags = ?{f}, batch_id = ?{b}, src_line = ?{l}, seen_batch = ?{b} WHERE {}",
            spec.name,
            sets.join(", "),
            key_where(spec, 1),
            f = n + 1,
            b = n + 2,
            l = n + 3
        );
        let touch = format!("UPDATE {} SET seen_batch = ?{}, src_line = ?{} WHERE {}", spec.name, spec.key + 1, spec.key + 2, key_where(spec, 1));
        {
            let conn = &self.conn;
            let mut out = ChunkOutcome::default();
            let mut ins = conn.prepare_cached(&insert)?;
            let mut sel = conn.prepare_cached(&select)?;
            let mut upd = conn.prepare_cached(&update)?;
            let mut save = conn.prepare_cached("INSERT INTO import_changes (batch_id, tbl, previous) VALUES (?1, ?2, ?3)")?;
            let bind_row = |stmt: &mut rusqlite::CachedStatement<'_>, row: &Row| -> rusqlite::Result<()> {
                for (i, v) in row.values.iter().enumerate() {
                    stmt.raw_bind_parameter(i + 1, bind_value(spec, i, v))?;
                }
                stmt.raw_bind_parameter(n + 1, row.flags.as_str())?;
                stmt.raw_bind_parameter(n + 2, batch)?;
                stmt.raw_bind_parameter(n + 3, row.line as i64)
            };
            for row in rows {
                bind_row(&mut ins, row)?;
                if ins.raw_execute()? == 1 {
                    out.inserted += 1;
                    continue;
                }
                let existing: Vec<Option<String>> = sel
                    .query_row(rusqlite::params_from_iter(row.values[..spec.key].iter().enumerate().map(|(i, v)| bind_value(spec, i, v))), |r| {
                        (0..n + META.len()).map(|i| r.get_ref(i).map(text_of)).collect()
                    })
                    .with_context(|| format!("line {}: reading the existing row", row.line))?;
                let same = existing[..n].iter().zip(&row.values).all(|(a, b)| a.as_deref().unwrap_or("") == b)
                    && existing[n].as_deref().unwrap_or("") == row.flags;
                // seen_batch: this batch already wrote or saw the key, on an earlier line;
                // batch_id: this batch already changed the row (its previous state is saved).
                let ours = existing[n + 4].as_deref() == Some(&batch.to_string());
                let changed_by_us = existing[n + 1].as_deref() == Some(&batch.to_string());
                if mode == Mode::Insert {
                    out.existing.push(row.line);
                    continue;
                }
                if ours {
                    let earlier_line = existing[n + 2].as_deref().and_then(|l| l.parse().ok()).unwrap_or(0);
                    out.conflicts.push(Conflict { line: row.line, earlier_line });
                } else if same {
                    out.unchanged += 1;
                } else {
                    out.updated += 1;
                }
                if same {
                    let mut t = conn.prepare_cached(&touch)?;
                    for (i, v) in row.values[..spec.key].iter().enumerate() {
                        t.raw_bind_parameter(i + 1, bind_value(spec, i, v))?;
                    }
                    t.raw_bind_parameter(spec.key + 1, batch)?;
                    t.raw_bind_parameter(spec.key + 2, row.line as i64)?;
                    t.raw_execute()?;
                } else {
                    if !changed_by_us {
                        save.execute(params![batch, spec.name, serde_json::to_string(&existing)?])?;
                    }
                    bind_row(&mut upd, row)?;
                    upd.raw_execute()?;
                }
            }
            Ok(out)
        }
    }

    fn finish_batch(&mut self, batch: i64, spec: &TableSpec, mode: Mode, end: &BatchEnd<'_>) -> Result<u64> {
        let (state, seconds, sha256) = (end.state, end.seconds, end.sha256);
        let finished = clock::format_utc(clock::now()?);
        self.in_tx(|conn| {
            let mut deleted = 0;
            if mode == Mode::Replace {
                let all: Vec<String> = spec.columns.iter().chain(META).map(|c| format!("CAST({c} AS TEXT)")).collect();
                conn.execute(
                    &format!(
                        "INSERT INTO import_changes (batch_id, tbl, previous) SELECT ?1, ?2, json_array({}) FROM {} WHERE seen_batch IS NOT ?1",
                        all.join(", "),
                        spec.name
                    ),
                    params![batch, spec.name],
                )?;
                deleted = conn.execute(&format!("DELETE FROM {} WHERE seen_batch IS NOT ?1", spec.name), [batch])? as u64;
            }
            let mut c = end.counters;
            c.deleted = deleted;
            save_counters(conn, batch, &c)?;
            conn.execute(
                "UPDATE import_batches SET state = ?2, finished_at = ?3, seconds = ?4, sha256 = coalesce(?5, sha256) WHERE id = ?1",
                params![batch, state, finished, seconds, sha256],
            )?;
            Ok(deleted)
        })
    }

    fn set_batch_state(&mut self, batch: i64, state: &str) -> Result<()> {
        self.conn.execute("UPDATE import_batches SET state = ?2 WHERE id = ?1", params![batch, state])?;
        Ok(())
    }

    fn batches(&mut self, limit: u32) -> Result<Vec<BatchInfo>> {
        let mut stmt = self.conn.prepare(&format!("SELECT {BATCH_COLS} FROM import_batches ORDER BY id DESC LIMIT ?1"))?;
        let rows = stmt.query_map([limit], batch_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn batch(&mut self, id: i64) -> Result<Option<BatchInfo>> {
        Ok(self.conn.query_row(&format!("SELECT {BATCH_COLS} FROM import_batches WHERE id = ?1"), [id], batch_from_row).optional()?)
    }

    fn undo_batch(&mut self, id: i64, spec: &TableSpec) -> Result<UndoCounts> {
        self.in_tx(|conn| {
            let later: Vec<i64> = conn
                .prepare("SELECT id FROM import_batches WHERE kind = ?1 AND id > ?2 AND state <> 'undone' ORDER BY id")?
                .query_map(params![spec.name, id], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            if !later.is_empty() {
                let list: Vec<String> = later.iter().map(i64::to_string).collect();
                return Err(Fail::usage(format!("batch {id} has later {} batches: {}", spec.name, list.join(", ")))
                    .hint("undo the later batches first, newest first")
                    .into());
            }
            let deleted = conn.execute(&format!("DELETE FROM {} WHERE created_batch = ?1", spec.name), [id])? as u64;
            let saved: Vec<String> = conn
                .prepare("SELECT previous FROM import_changes WHERE batch_id = ?1 ORDER BY rowid DESC")?
                .query_map([id], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            for json in &saved {
                let previous: Vec<Option<String>> = serde_json::from_str(json)?;
                restore(conn, spec, &previous)?;
            }
            conn.execute("DELETE FROM import_changes WHERE batch_id = ?1", [id])?;
            conn.execute("UPDATE import_batches SET state = 'undone' WHERE id = ?1", [id])?;
            Ok(UndoCounts { deleted, restored: saved.len() as u64 })
        })
    }

    fn begin_dry_run(&mut self) -> Result<()> {
        self.conn.execute_batch("BEGIN IMMEDIATE")?;
        self.dry_run = true;
        Ok(())
    }

    fn rollback_all(&mut self) -> Result<()> {
        self.dry_run = false;
        self.conn.execute_batch("ROLLBACK")?;
        Ok(())
    }
}
