//! All SQL lives here: a [`Store`] of domain-level methods, one implementation per backend
//! (`sqlite.rs`, `postgres.rs`), chosen by the URL scheme, and the shared migration list.
pub mod certs;
pub mod checks;
pub mod migrations;
mod pgpass;
pub mod postgres;
pub mod records;
pub mod regions;
pub mod sqlite;
pub mod systems;
pub mod url;

use anyhow::Result;
use jiff::Timestamp;
use serde::Serialize;
use std::collections::BTreeMap;

pub use url::DbUrl;

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

/// The database, in domain terms. Every method that writes runs in one transaction.
///
/// Each capability adds its methods as a sub-trait in its own file (`db/<capability>.rs`),
/// implemented in `db/sqlite/<capability>.rs` and `db/postgres/<capability>.rs`, and listed
/// here as a supertrait, so `dyn Store` offers them all.
pub trait Store: records::RecordStore + regions::RegionStore + systems::SystemStore + checks::CheckStore + certs::CertStore {
    fn backend(&self) -> Backend;
    /// The URL, password redacted.
    fn url(&self) -> &str;

    /// The migration history (creating the history table if needed).
    fn applied_migrations(&mut self) -> Result<Vec<migrations::Applied>>;
    /// Apply one migration and record it, atomically; a no-op if another process applied it first.
    fn apply_migration(&mut self, m: &migrations::Migration) -> Result<bool>;
    /// Row counts of every mzctl table (not the migration history), by name.
    fn table_counts(&mut self) -> Result<BTreeMap<String, i64>>;

    fn insert_audit(&mut self, entry: &NewAudit) -> Result<()>;
    /// Newest first.
    fn list_audit(&mut self, since: Option<Timestamp>, limit: u32) -> Result<Vec<AuditEntry>>;
}

/// Open a database without touching its schema.
pub fn open(url: &DbUrl) -> Result<Box<dyn Store>> {
    Ok(match url {
        DbUrl::Sqlite(path) => Box::new(sqlite::SqliteStore::open(path)?),
        DbUrl::SqliteMemory => Box::new(sqlite::SqliteStore::memory()?),
        DbUrl::Postgres(u) => Box::new(postgres::PgStore::connect(u)?),
    })
}

/// Bring the schema up to date; returns the versions applied.
pub fn migrate(store: &mut dyn Store) -> Result<Vec<u32>> {
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
pub fn open_migrated(url: &DbUrl) -> Result<Box<dyn Store>> {
    let mut store = open(url)?;
    migrate(store.as_mut())?;
    Ok(store)
}

pub(crate) fn counts_json(counts: &Counts) -> String {
    serde_json::to_string(counts).unwrap_or_else(|_| "{}".to_string())
}
