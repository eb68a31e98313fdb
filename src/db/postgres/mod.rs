//! The remote backend: PostgreSQL 13+ (and compatible servers) over the `postgres` crate.
//! Password from the URL, `PGPASSWORD` or `~/.pgpass`; user from the URL, `PGUSER` or the OS user.
mod regions;

use super::migrations::{Applied, Migration};
use super::{AuditEntry, Backend, NewAudit, Store};
use crate::{clock, error::Fail};
use anyhow::{Context, Result};
use jiff::Timestamp;
use postgres::{Client, NoTls};
use std::collections::BTreeMap;
use std::time::Duration;

const HISTORY_DDL: &str = "CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)";

mod certs;
mod checks;
mod records;
mod systems;

pub struct PgStore {
    pub(crate) client: Client,
    url: String,
    /// How this connection was made (with its password), to make another.
    config: postgres::Config,
    /// Inside a dry run's outer transaction: chunks use savepoints.
    dry_run: bool,
    /// Import: the savepoint of the last COPY of new rows is still open (it is released when
    /// the next one is set, in the same round trip, or with its chunk).
    fast_open: bool,
    /// Import: the last COPY statement, prepared once.
    copy_stmt: Option<(String, postgres::Statement)>,
}

/// Arbitrary, fixed key for the advisory lock that serializes concurrent migrations.
const MIGRATION_LOCK: i64 = 0x6d7a_6374_6c00;

impl PgStore {
    pub fn connect(url: &str) -> Result<PgStore> {
        let redacted = super::url::redact(url);
        let mut config: postgres::Config = url
            .parse()
            .map_err(|e| Fail::usage(format!("invalid PostgreSQL URL {redacted}: {e}")))?;
        if config.get_hosts().is_empty() {
            config.host("localhost");
        }
        if config.get_user().is_none() {
            let user = std::env::var("PGUSER").unwrap_or_else(|_| crate::ops::audit::os_user());
            config.user(&user);
        }
        if config.get_connect_timeout().is_none() {
            config.connect_timeout(Duration::from_secs(10));
        }
        if config.get_password().is_none() {
            if let Ok(pw) = std::env::var("PGPASSWORD") {
                config.password(pw);
            } else {
                let host = match config.get_hosts().first() {
                    Some(postgres::config::Host::Tcp(h)) => h.clone(),
                    _ => "localhost".to_string(),
                };
                let port = config.get_ports().first().copied().unwrap_or(5432);
                let user = config.get_user().unwrap_or_default().to_string();
                let db = config.get_dbname().unwrap_or(&user).to_string();
                if let Some(pw) = super::pgpass::lookup(&host, port, &db, &user) {
                    config.password(pw);
                }
            }
        }
        PgStore::with_config(config, redacted)
    }

    fn with_config(config: postgres::Config, redacted: String) -> Result<PgStore> {
        let mut client = config.connect(NoTls).map_err(|e| {
            Fail::error(format!("cannot connect to {redacted}: {}", super::url::redact(&e.to_string())))
                .hint("is the server running and the URL right? set it with --db or MZCTL_DB")
        })?;
        // Dates cross the wire as text (COPY, `::text`): in ISO form whatever the server's default.
        client.batch_execute("SET DateStyle = 'ISO, YMD'")?;
        Ok(PgStore { client, url: redacted, config, dry_run: false, fast_open: false, copy_stmt: None })
    }

    /// Another connection to the same database, as this one was made.
    pub(crate) fn reconnect(&self) -> Result<PgStore> {
        PgStore::with_config(self.config.clone(), self.url.clone())
    }
}

impl Store for PgStore {
    fn backend(&self) -> Backend {
        Backend::Postgres
    }

    fn url(&self) -> &str {
        &self.url
    }

    fn applied_migrations(&mut self) -> Result<Vec<Applied>> {
        let exists: bool = self.client.query_one("SELECT to_regclass('schema_migrations') IS NOT NULL", &[])?.get(0);
        if !exists {
            return Ok(Vec::new());
        }
        let rows = self.client.query("SELECT version, name, checksum, applied_at FROM schema_migrations ORDER BY version", &[])?;
        Ok(rows
            .iter()
            .map(|r| Applied {
                version: r.get::<_, i32>(0) as u32,
                name: r.get(1),
                checksum: r.get(2),
                applied_at: r.get(3),
            })
            .collect())
    }

    fn apply_migration(&mut self, m: &Migration) -> Result<bool> {
        let mut tx = self.client.transaction()?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])?;
        tx.batch_execute(HISTORY_DDL)?;
        let version = m.version as i32;
        if !tx.query("SELECT 1 FROM schema_migrations WHERE version = $1", &[&version])?.is_empty() {
            return Ok(false);
        }
        tx.batch_execute(m.postgres).with_context(|| format!("migration {} ({}) failed", m.version, m.name))?;
        tx.execute(
            "INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES ($1, $2, $3, $4)",
            &[&version, &m.name, &m.checksum(Backend::Postgres), &clock::format_utc(clock::now()?)],
        )?;
        tx.commit()?;
        Ok(true)
    }

    fn table_counts(&mut self) -> Result<BTreeMap<String, i64>> {
        let names: Vec<String> = self
            .client
            .query(
                "SELECT table_name::text FROM information_schema.tables
                 WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
                   AND table_name <> 'schema_migrations' ORDER BY 1",
                &[],
            )?
            .iter()
            .map(|r| r.get(0))
            .collect();
        let mut counts = BTreeMap::new();
        for name in names {
            let row = self.client.query_one(&format!("SELECT count(*) FROM \"{}\"", name.replace('"', "\"\"")), &[])?;
            counts.insert(name, row.get(0));
        }
        Ok(counts)
    }

    fn insert_audit(&mut self, e: &NewAudit) -> Result<()> {
        let counts = serde_json::to_value(&e.counts)?;
        self.client.execute(
            "INSERT INTO audit_log (at, os_user, command, target, counts, outcome) VALUES ($1, $2, $3, $4, $5, $6)",
            &[&e.at, &e.os_user, &e.command, &e.target, &counts, &e.outcome],
        )?;
        Ok(())
    }

    fn list_audit(&mut self, since: Option<Timestamp>, limit: u32) -> Result<Vec<AuditEntry>> {
        let since = since.unwrap_or(Timestamp::UNIX_EPOCH);
        let rows = self.client.query(
            "SELECT id, at, os_user, command, target, counts, outcome FROM audit_log
             WHERE at >= $1 ORDER BY id DESC LIMIT $2",
            &[&since, &i64::from(limit)],
        )?;
        Ok(rows
            .iter()
            .map(|r| AuditEntry {
                id: r.get(0),
                at: clock::format_utc(r.get(1)),
                os_user: r.get(2),
                command: r.get(3),
                target: r.get(4),
                counts: serde_json::from_value(r.get(5)).unwrap_or_default(),
                outcome: r.get(6),
            })
            .collect())
    }
}
