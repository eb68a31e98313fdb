//! Civil-affairs record tables and the import batches that write them.
//!
//! The import engine validates rows in Rust (the same code for both backends) and hands the
//! store chunks of clean rows; each chunk is written, with the batch's progress, in one
//! transaction, so a killed import leaves whole chunks and a resumable batch.
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
        "id", "name", "department", "owner", "contact", "tags", "scope", "go_live", "approval_doc", "funding_source", "funding_amount_fen", "vendor",
        "contract_end", "mlps_level", "mlps_filing", "crypto_assessment", "urls", "hosts", "environment", "vcpu", "memory_gb", "storage_gb", "ips",
        "annual_cost_fen", "sharing", "state", "notes",
    ],
    key: 1,
    dates: &[7, 12],
    integers: &[10, 19, 20, 21, 22, 23],
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

#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct UndoCounts {
    pub deleted: u64,
    pub restored: u64,
}

pub trait RecordStore {
    /// Rows per piece handed from the validator to the writer: small enough to keep memory
    /// flat, large enough that per-statement overhead does not show.
    fn piece_rows(&self) -> usize {
        5_000
    }
    /// Start a batch (state `running`); returns its id.
    fn create_batch(&mut self, batch: &NewBatch) -> Result<i64>;
    /// Open a chunk: one transaction (a savepoint in a dry run) for the rows written until
    /// [`RecordStore::commit_chunk`].
    fn begin_chunk(&mut self) -> Result<()>;
    /// Write rows inside the open chunk.
    fn write_rows(&mut self, batch: i64, spec: &TableSpec, mode: Mode, rows: &[Row]) -> Result<ChunkOutcome>;
    /// Record the batch's counters and commit the chunk: a crash leaves whole chunks.
    fn commit_chunk(&mut self, batch: i64, counters: &Counters) -> Result<()>;
    /// Roll the open chunk back.
    fn abort_chunk(&mut self) -> Result<()>;
    /// Close a batch: for `Replace`, delete (and keep for undo) the rows its file did not hold;
    /// record the final counters, state and time. Returns the rows deleted.
    fn finish_batch(&mut self, batch: i64, spec: &TableSpec, mode: Mode, end: &BatchEnd<'_>) -> Result<u64>;
    /// Set a batch's state (e.g. `interrupted`, `failed`).
    fn set_batch_state(&mut self, batch: i64, state: &str) -> Result<()>;
    fn batches(&mut self, limit: u32) -> Result<Vec<BatchInfo>>;
    fn batch(&mut self, id: i64) -> Result<Option<BatchInfo>>;
    /// Remove what a batch inserted and restore what it updated or deleted, in one transaction.
    fn undo_batch(&mut self, id: i64, spec: &TableSpec) -> Result<UndoCounts>;
    /// Hold everything written from now on in one transaction that [`RecordStore::rollback_all`] discards (dry runs).
    fn begin_dry_run(&mut self) -> Result<()>;
    fn rollback_all(&mut self) -> Result<()>;
}
