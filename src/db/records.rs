//! Civil-affairs record tables and the import batches that write them.
//!
//! The import engine validates rows in Rust (the same code for both backends) and hands the
//! store chunks of clean rows; each chunk is written, with the batch's progress, in one
//! transaction, so a killed import leaves whole chunks and a resumable batch. Writing the rows
//! is each backend's own hot path ([`super::Conn::write_rows`]); the rest is here.
use super::sql::{Param, Row as SqlRow};
use super::Store;
use crate::error::Fail;
use crate::params;
use anyhow::Result;
use serde::Serialize;

/// A record table: its columns in order, the first `key` of which form the natural key.
#[derive(Debug)]
pub struct TableSpec {
    pub name: &'static str,
    pub columns: &'static [&'static str],
    pub key: usize,
    /// Columns holding dates (NULL when empty).
    pub dates: &'static [usize],
    /// Columns holding integers.
    pub integers: &'static [usize],
}

pub static PEOPLE: TableSpec = TableSpec {
    name: "people",
    columns: &["id_number", "region_code", "name", "gender", "birth_date", "phone", "address", "ethnicity"],
    key: 2,
    dates: &[4],
    integers: &[],
};

pub static ENROLMENTS: TableSpec = TableSpec {
    name: "enrolments",
    columns: &["id_number", "program", "region_code", "start_date", "end_date", "monthly_amount_fen", "status"],
    key: 4,
    dates: &[3, 4],
    integers: &[5],
};

pub static DEATHS: TableSpec = TableSpec {
    name: "deaths",
    columns: &["id_number", "name", "death_date", "cremation_no", "source"],
    key: 1,
    dates: &[2],
    integers: &[],
};

pub static ORGANIZATIONS: TableSpec = TableSpec {
    name: "organizations",
    columns: &["uscc", "name", "type", "region_code", "registered_on", "legal_rep", "status"],
    key: 1,
    dates: &[4],
    integers: &[],
};

pub static SYSTEMS: TableSpec = TableSpec {
    name: "systems",
    columns: &[
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
    ],
    key: 1,
    dates: &[7, 12, 29],
    integers: &[10, 19, 20, 21, 22, 23],
};

/// Payments are keyed by `pay_key`, made by the validator: the payment reference when the file
/// has one, else the payment's fields and its occurrence among identical rows of its file, so
/// that a batch paid twice stays two rows and importing the file again changes nothing.
pub static PAYMENTS: TableSpec = TableSpec {
    name: "payments",
    columns: &["id_number", "pay_key", "program", "region_code", "month", "amount_fen", "paid_on", "channel", "account", "reference"],
    // The person first, as every record table's key: on a distributed server (Citus) the
    // ledger is then co-located with people, enrolments and deaths by ID number.
    key: 2,
    dates: &[6],
    integers: &[5],
};

/// Bookkeeping columns after the data columns, in this order, in every record table.
pub const META: &[&str] = &["flags", "batch_id", "src_line", "created_batch", "seen_batch"];

impl TableSpec {
    pub fn is_date(&self, i: usize) -> bool {
        self.dates.contains(&i)
    }
    pub fn is_integer(&self, i: usize) -> bool {
        self.integers.contains(&i)
    }
}

/// One validated row: values in table column order (`""` = NULL for dates), the rules it broke
/// (lenient mode), and its line in the input.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Row {
    pub line: u64,
    pub values: Vec<String>,
    pub flags: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// New keys only; a key that exists is rejected.
    Insert,
    /// Insert new keys, update changed rows, leave equal rows alone.
    Upsert,
    /// As upsert, then delete the rows the file does not hold.
    Replace,
}

impl Mode {
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Insert => "insert",
            Mode::Upsert => "upsert",
            Mode::Replace => "replace",
        }
    }
}

#[derive(Debug, Clone)]
pub struct NewBatch {
    pub kind: String,
    pub file: String,
    pub sha256: String,
    pub mode: Mode,
    pub lenient: bool,
    pub os_user: String,
    pub owner: String,
    pub started_at: jiff::Timestamp,
}

/// Counters of a batch, as committed with its last chunk.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counters {
    pub last_line: u64,
    pub read: u64,
    pub inserted: u64,
    pub updated: u64,
    pub unchanged: u64,
    pub rejected: u64,
    /// Rows superseded by a later row of the same file with the same natural key.
    pub conflicts: u64,
    pub deleted: u64,
}

impl Counters {
    /// Add what the database step of a chunk did.
    pub fn add(&mut self, out: &ChunkOutcome) {
        self.inserted += out.inserted;
        self.updated += out.updated;
        self.unchanged += out.unchanged;
        self.conflicts += out.conflicts.len() as u64;
        self.rejected += out.existing.len() as u64;
    }
}

/// How a batch ended.
#[derive(Debug, Clone, Copy)]
pub struct BatchEnd<'a> {
    pub counters: Counters,
    pub state: &'a str,
    pub seconds: f64,
    /// Replaces the recorded hash when given (stdin is hashed as it is read).
    pub sha256: Option<&'a str>,
}

#[derive(Debug, Clone, Serialize)]
pub struct BatchInfo {
    pub id: i64,
    pub kind: String,
    pub file: String,
    pub sha256: String,
    pub mode: String,
    pub lenient: bool,
    pub os_user: String,
    pub owner: String,
    pub started_at: String,
    pub finished_at: Option<String>,
    pub state: String,
    #[serde(flatten)]
    pub counters: Counters,
    pub seconds: f64,
}

/// Two rows of one file with the same natural key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Conflict {
    pub line: u64,
    pub earlier_line: u64,
}

#[derive(Debug, Clone, Default)]
pub struct ChunkOutcome {
    pub inserted: u64,
    pub updated: u64,
    pub unchanged: u64,
    /// Rows superseded by a later row with the same key (counted once per superseded row).
    pub conflicts: Vec<Conflict>,
    /// Lines rejected by the database step: in insert mode, keys that already exist (or recur in the file).
    pub existing: Vec<u64>,
}

/// A stored row as a dry run compares it with a row of the file (see [`Store::stored_rows`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredRow {
    /// Its data columns and flags, as text (NULL as `""`, as the validator writes an empty
    /// date).
    pub values: Vec<String>,
    /// The batch a resumed dry run continues has already written or seen it, at this line.
    pub seen_at: Option<u64>,
}

impl StoredRow {
    /// Whether importing `row` would leave it as it is.
    pub fn same_as(&self, row: &Row) -> bool {
        let n = row.values.len();
        self.values.len() == n + 1 && self.values[..n] == row.values[..] && self.values[n] == row.flags
    }
}

#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct UndoCounts {
    pub deleted: u64,
    pub restored: u64,
    /// Death applications reversed because their death record went or changed.
    #[serde(skip_serializing_if = "is_zero")]
    pub reversed: u64,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

const BATCH_COLS: &str = "id, kind, file, sha256, mode, lenient, os_user, owner, started_at, finished_at, state, \
    last_line, read, inserted, updated, unchanged, rejected, conflicts, deleted, seconds";

fn batch_from_row(r: &SqlRow) -> Result<BatchInfo> {
    let n = |i: usize| -> Result<u64> { Ok(r.int(i)?.max(0) as u64) };
    Ok(BatchInfo {
        id: r.int(0)?,
        kind: r.text(1)?,
        file: r.text(2)?,
        sha256: r.text(3)?,
        mode: r.text(4)?,
        lenient: r.bool(5)?,
        os_user: r.text(6)?,
        owner: r.text(7)?,
        started_at: crate::clock::format_utc(r.ts(8)?),
        finished_at: r.opt_ts(9)?.map(crate::clock::format_utc),
        state: r.text(10)?,
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
        seconds: r.real(19)?,
    })
}

/// The statement recording a batch's counters (integers, inlined: one round trip with a commit).
fn counters_sql(batch: i64, c: &Counters) -> String {
    format!(
        "UPDATE import_batches SET last_line = {}, read = {}, inserted = {}, updated = {}, unchanged = {}, rejected = {}, conflicts = {}, deleted = {} WHERE id = {batch}",
        c.last_line, c.read, c.inserted, c.updated, c.unchanged, c.rejected, c.conflicts, c.deleted
    )
}

/// `col = $first AND …` over the natural key of `spec`.
pub(crate) fn key_where(spec: &TableSpec, alias: &str, first: usize) -> String {
    spec.columns[..spec.key].iter().enumerate().map(|(i, c)| format!("{alias}{c} = ${}", first + i)).collect::<Vec<_>>().join(" AND ")
}

impl Store {
    /// Rows per piece handed from the validator to the writer: small enough to keep memory
    /// flat, large enough that per-statement overhead does not show.
    pub fn piece_rows(&self) -> usize {
        self.conn.piece_rows()
    }

    /// A bulk load of about `input_bytes` (0: unknown, as from stdin) is about to write here.
    pub fn bulk_load_started(&mut self, input_bytes: u64) -> Result<()> {
        self.conn().bulk_load_started(input_bytes)
    }

    /// Whether `spec`'s table holds any row (a load into an empty one is stored in key order).
    pub fn has_rows(&mut self, spec: &TableSpec) -> Result<bool> {
        Ok(self.row(&format!("SELECT 1 FROM {} LIMIT 1", spec.name), &[])?.is_some())
    }

    /// Start a batch (state `running`); returns its id.
    pub fn create_batch(&mut self, b: &NewBatch) -> Result<i64> {
        let row = self.row(
            "INSERT INTO import_batches (kind, file, sha256, mode, lenient, os_user, owner, started_at, state)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'running') RETURNING id",
            params![&b.kind, &b.file, &b.sha256, b.mode.as_str(), b.lenient, &b.os_user, &b.owner, b.started_at],
        )?;
        row.ok_or_else(|| anyhow::anyhow!("no batch id returned"))?.int(0)
    }

    /// Open a chunk: one transaction (a savepoint in a dry run) for the rows written until
    /// [`Store::commit_chunk`].
    pub fn begin_chunk(&mut self) -> Result<()> {
        self.begin()
    }

    /// Write rows inside the open chunk.
    pub fn write_rows(&mut self, batch: i64, spec: &TableSpec, mode: Mode, rows: &[Row]) -> Result<ChunkOutcome> {
        self.conn().write_rows(batch, spec, mode, rows)
    }

    /// Record the batch's counters and commit the chunk: a crash leaves whole chunks.
    pub fn commit_chunk(&mut self, batch: i64, counters: &Counters) -> Result<()> {
        let sql = format!("{}; {}", counters_sql(batch, counters), self.tx_sql()[1]);
        let done = self.conn().batch(&sql);
        self.conn().chunk_ended();
        done
    }

    /// Roll the open chunk back.
    pub fn abort_chunk(&mut self) -> Result<()> {
        let done = self.rollback();
        self.conn().chunk_ended();
        done
    }

    /// Close a batch: for `Replace`, delete (and keep for undo) the rows its file did not hold;
    /// record the final counters, state and time. Returns the rows deleted.
    pub fn finish_batch(&mut self, batch: i64, spec: &TableSpec, mode: Mode, end: &BatchEnd<'_>) -> Result<u64> {
        let finished = crate::clock::now()?;
        let previous =
            self.dialect().json_array(&spec.columns.iter().chain(META).map(|c| format!("CAST({c} AS TEXT)")).collect::<Vec<_>>());
        self.in_tx(|s| {
            let mut deleted = 0;
            if mode == Mode::Replace {
                let t = spec.name;
                s.exec(&format!("INSERT INTO import_changes (batch_id, tbl, previous) SELECT $1, $2, {previous} FROM {t} WHERE seen_batch IS DISTINCT FROM $1"), params![batch, t])?;
                deleted = s.exec(&format!("DELETE FROM {t} WHERE seen_batch IS DISTINCT FROM $1"), params![batch])?;
            }
            let mut c = end.counters;
            c.deleted = deleted;
            s.conn().batch(&counters_sql(batch, &c))?;
            s.exec(
                "UPDATE import_batches SET state = $2, finished_at = $3, seconds = $4, sha256 = coalesce($5, sha256) WHERE id = $1",
                params![batch, end.state, finished, end.seconds, end.sha256],
            )?;
            Ok(deleted)
        })
    }

    /// Set a batch's state (e.g. `interrupted`, `failed`).
    pub fn set_batch_state(&mut self, batch: i64, state: &str) -> Result<()> {
        self.exec("UPDATE import_batches SET state = $2 WHERE id = $1", params![batch, state])?;
        Ok(())
    }

    /// The latest batches, newest first.
    pub fn batches(&mut self, limit: u32) -> Result<Vec<BatchInfo>> {
        self.rows(&format!("SELECT {BATCH_COLS} FROM import_batches ORDER BY id DESC LIMIT $1"), params![limit])?
            .iter()
            .map(batch_from_row)
            .collect()
    }

    pub fn batch(&mut self, id: i64) -> Result<Option<BatchInfo>> {
        self.row(&format!("SELECT {BATCH_COLS} FROM import_batches WHERE id = $1"), params![id])?.as_ref().map(batch_from_row).transpose()
    }

    /// Remove what a batch inserted and restore what it updated or deleted, in one transaction.
    /// (A batch saves a row's previous state at most once, so the order of restoring is free.)
    pub fn undo_batch(&mut self, id: i64, spec: &TableSpec) -> Result<UndoCounts> {
        self.in_tx(|s| {
            let later: Vec<i64> = s
                .rows(
                    "SELECT id FROM import_batches WHERE kind = $1 AND id > $2 AND state <> 'undone' ORDER BY id",
                    params![spec.name, id],
                )?
                .iter()
                .map(|r| r.int(0))
                .collect::<Result<_>>()?;
            if !later.is_empty() {
                let list: Vec<String> = later.iter().map(i64::to_string).collect();
                return Err(Fail::usage(format!("batch {id} has later {} batches: {}", spec.name, list.join(", ")))
                    .hint("undo the later batches first, newest first")
                    .into());
            }
            if spec.name == "deaths" {
                // The reversal below writes reference tables with foreign keys between them,
                // which Citus refuses after a write to every shard at once in the same
                // transaction; one connection per node then.
                s.sequential_shard_writes()?;
            }
            let deleted = s.exec(&format!("DELETE FROM {} WHERE created_batch = $1", spec.name), params![id])?;
            let saved = s.rows("SELECT previous FROM import_changes WHERE batch_id = $1", params![id])?;
            for r in &saved {
                let previous: Vec<Option<String>> = serde_json::from_value(r.json(0)?)?;
                restore(s, spec, &previous)?;
            }
            // What a death application did stands on its death record: gone or redated, the
            // application is reversed in this transaction, or the undo refused.
            let reversed = if spec.name == "deaths" { s.reverse_outdated_applications()? } else { 0 };
            s.exec("DELETE FROM import_changes WHERE batch_id = $1", params![id])?;
            s.exec("UPDATE import_batches SET state = 'undone' WHERE id = $1", params![id])?;
            Ok(UndoCounts { deleted, restored: saved.len() as u64, reversed })
        })
    }

    /// The stored rows with the natural keys of `rows`, in their order (`None`: no row has
    /// that key): what a dry run compares the file with, reading only, so that a role that
    /// may only read can run it. `batch`: the interrupted batch a dry run of `--resume`
    /// continues.
    pub fn stored_rows(&mut self, spec: &TableSpec, rows: &[Row], batch: Option<i64>) -> Result<Vec<Option<StoredRow>>> {
        // Keys a few hundred at a time: a round trip per group of rows, not per row.
        const PER_QUERY: usize = 250;
        let k = spec.key;
        let mut all: Vec<String> = spec.columns.iter().map(|c| format!("CAST({c} AS TEXT)")).collect();
        all.extend(["flags", "CAST(seen_batch AS TEXT)", "CAST(src_line AS TEXT)"].map(String::from));
        let mut out = Vec::with_capacity(rows.len());
        for group in rows.chunks(PER_QUERY) {
            let any: Vec<String> = (0..group.len()).map(|r| format!("({})", key_where(spec, "", r * k + 1))).collect();
            let sql = format!("SELECT {} FROM {} WHERE {}", all.join(", "), spec.name, any.join(" OR "));
            // An empty date is NULL: it matches no stored key.
            let params: Vec<Param<'_>> = group
                .iter()
                .flat_map(|r| {
                    r.values[..k]
                        .iter()
                        .enumerate()
                        .map(|(i, v)| if v.is_empty() && spec.is_date(i) { Param::Null } else { Param::Text(v) })
                })
                .collect();
            let mut found = std::collections::HashMap::new();
            for r in self.rows(&sql, &params)? {
                let values =
                    (0..spec.columns.len() + 1).map(|i| r.opt_text(i).map(Option::unwrap_or_default)).collect::<Result<Vec<_>>>()?;
                let seen = r.opt_text(spec.columns.len() + 1)?;
                let line = r.opt_text(spec.columns.len() + 2)?.and_then(|l| l.parse::<u64>().ok()).unwrap_or(0);
                let seen_at = batch.filter(|b| seen.as_deref() == Some(b.to_string().as_str())).map(|_| line);
                let key = values[..k].join("\u{1f}");
                found.insert(key, StoredRow { values, seen_at });
            }
            out.extend(group.iter().map(|r| found.get(&r.values[..k].join("\u{1f}")).cloned()));
        }
        Ok(out)
    }

    /// How many stored rows `batch` (the interrupted batch a dry run continues; `None`, a new
    /// one) has not seen yet: those a replace deletes unless the rest of the file holds them.
    pub fn rows_unseen(&mut self, spec: &TableSpec, batch: Option<i64>) -> Result<u64> {
        let row =
            self.row(&format!("SELECT count(*) FROM {} WHERE seen_batch IS DISTINCT FROM $1", spec.name), params![batch.unwrap_or(0)])?;
        Ok(row.map_or(Ok(0), |r| r.int(0))?.max(0) as u64)
    }

    /// Hold everything written from now on in one transaction that [`Store::rollback_all`]
    /// discards (dry runs).
    pub fn begin_dry_run(&mut self) -> Result<()> {
        let begin = self.dialect().begin_write();
        self.conn().batch(begin)?;
        self.dry_run = true;
        Ok(())
    }

    pub fn rollback_all(&mut self) -> Result<()> {
        self.dry_run = false;
        self.conn().batch("ROLLBACK")
    }

    /// Discard whatever transaction a failed command left open (a dry run's included), so
    /// what follows runs on its own.
    pub fn abandon(&mut self) {
        self.dry_run = false;
        let _ = self.conn().batch("ROLLBACK");
    }
}

/// A row restored from its saved values (`META` columns after the data columns).
fn restore(s: &mut Store, spec: &TableSpec, previous: &[Option<String>]) -> Result<()> {
    let keys: Vec<Param<'_>> = previous[..spec.key].iter().map(Param::from).collect();
    s.exec(&format!("DELETE FROM {} WHERE {}", spec.name, key_where(spec, "", 1)), &keys)?;
    let all: Vec<&str> = spec.columns.iter().chain(META).copied().collect();
    let marks: Vec<String> = (1..=all.len()).map(|i| format!("${i}")).collect();
    let n = spec.columns.len();
    // Integers as integers (SQLite keeps the type it is given).
    let values: Vec<Param<'_>> = previous
        .iter()
        .enumerate()
        .map(|(i, v)| match v.as_deref() {
            Some(t) if i > n || spec.is_integer(i) => t.parse::<i64>().map_or(Param::Text(t), Param::Int),
            other => Param::from(other),
        })
        .collect();
    s.exec(&format!("INSERT INTO {} ({}) VALUES ({})", spec.name, all.join(", "), marks.join(", ")), &values)?;
    Ok(())
}
