//! `db init | migrate | status`.
use crate::db::postgres::citus::{Cluster, Distribution};
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
    /// The Citus cluster, when the database is a Citus coordinator.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cluster: Option<Cluster>,
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
        cluster: store.cluster()?,
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

#[derive(Debug, Serialize)]
pub struct Initialised {
    #[serde(flatten)]
    pub migrated: Migrated,
    /// The tables distributed on a Citus coordinator; absent elsewhere.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub distribution: Option<Distribution>,
}

/// `db init`: the migrations, then on a Citus coordinator (or with `distributed`, which
/// requires one) the tables spread over the cluster as citus.sql says.
pub fn init(store: &mut Store, distributed: bool) -> Result<Initialised> {
    let migrated = migrate(store, false)?;
    let distribution = if distributed || store.is_citus()? { Some(store.distribute(true)?) } else { None };
    Ok(Initialised { migrated, distribution })
}

/// `db distribute`: the tables of an existing database spread over the Citus cluster it is
/// the coordinator of (only listed with `dry_run`). Safe to repeat: done steps are skipped.
pub fn distribute(store: &mut Store, dry_run: bool) -> Result<Distribution> {
    let pending = migrations::check(store.backend(), &store.applied_migrations()?)?;
    if let Some(m) = pending.first() {
        return Err(crate::error::Fail::usage(format!("migration {} {} is pending", m.version, m.name))
            .hint("run `mzctl db migrate` first")
            .into());
    }
    store.distribute(!dry_run)
}

/// What to do about a database server's error, when the error says enough to tell.
pub fn hint_for(err: &anyhow::Error) -> Option<String> {
    crate::db::postgres::hint_for(err)
}
