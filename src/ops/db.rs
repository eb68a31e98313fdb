//! `db init | migrate | status`.
use crate::db::{self, migrations, Backend, Store};
use anyhow::Result;
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, Serialize)]
pub struct PendingMigration {
    pub version: u32,
    pub name: &'static str,
}

#[derive(Debug, Serialize)]
pub struct Status {
    pub backend: Backend,
    pub url: String,
    /// The server connection (user, schema, encryption); null for a local file.
    pub session: Option<db::Session>,
    pub schema_version: u32,
    pub latest_version: u32,
    pub pending: Vec<PendingMigration>,
    pub tables: BTreeMap<String, i64>,
}

/// Schema version, pending migrations and row counts; changes nothing.
pub fn status(store: &mut Store) -> Result<Status> {
    let applied = store.applied_migrations()?;
    let pending = migrations::check(store.backend(), &applied)?;
    Ok(Status {
        backend: store.backend(),
        url: store.url().to_string(),
        session: store.session()?,
        schema_version: applied.iter().map(|a| a.version).max().unwrap_or(0),
        latest_version: migrations::latest(),
        pending: pending.iter().map(|m| PendingMigration { version: m.version, name: m.name }).collect(),
        tables: store.table_counts()?,
    })
}

#[derive(Debug, Serialize)]
pub struct Migrated {
    pub backend: Backend,
    pub url: String,
    pub applied: Vec<PendingMigration>,
    pub schema_version: u32,
    pub dry_run: bool,
}

/// Apply the pending migrations (or, with `dry_run`, only list them).
pub fn migrate(store: &mut Store, dry_run: bool) -> Result<Migrated> {
    let applied = if dry_run {
        let history = store.applied_migrations()?;
        migrations::check(store.backend(), &history)?.iter().map(|m| m.version).collect()
    } else {
        db::migrate(store)?
    };
    let name = |v: u32| migrations::MIGRATIONS.iter().find(|m| m.version == v).map_or("", |m| m.name);
    let history = store.applied_migrations()?;
    Ok(Migrated {
        backend: store.backend(),
        url: store.url().to_string(),
        schema_version: history.iter().map(|a| a.version).max().unwrap_or(0),
        applied: applied.into_iter().map(|v| PendingMigration { version: v, name: name(v) }).collect(),
        dry_run,
    })
}

/// What to do about a database server's error, when the error says enough to tell.
pub fn hint_for(err: &anyhow::Error) -> Option<String> {
    crate::db::postgres::hint_for(err)
}
