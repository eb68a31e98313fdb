//! Forward-only migrations, numbered the same on both backends and checksummed.
//!
//! Each migration is one SQL file per backend under `src/db/migrations/{sqlite,postgres}/`.
//! Once a migration has been applied anywhere it is never edited: [`check`] refuses a database
//! whose recorded checksum differs from the file's.
use super::Backend;
use anyhow::{bail, Result};
use sha2::{Digest, Sha256};

#[derive(Debug)]
pub struct Migration {
    pub version: u32,
    pub name: &'static str,
    pub sqlite: &'static str,
    pub postgres: &'static str,
}

macro_rules! migration {
    ($version:literal, $name:literal) => {
        Migration {
            version: $version,
            name: $name,
            sqlite: include_str!(concat!("migrations/sqlite/", stringify!($version), "_", $name, ".sql")),
            postgres: include_str!(concat!("migrations/postgres/", stringify!($version), "_", $name, ".sql")),
        }
    };
}

/// Every migration, in order.
pub static MIGRATIONS: &[Migration] = &[
    migration!(1, "core"),
    migration!(2, "records"),
    migration!(3, "regions"),
    migration!(4, "systems"),
    migration!(5, "checks"),
    migration!(6, "certs"),
    migration!(7, "findings_lean"),
    migration!(8, "fix_log"),
    migration!(9, "run_severity"),
    migration!(10, "person_trail"),
    migration!(11, "systems_register"),
    migration!(12, "payments"),
    migration!(13, "findings_by_key"),
    migration!(14, "payments_ledger"),
    migration!(15, "payments_by_month"),
];

impl Migration {
    pub fn sql(&self, backend: Backend) -> &'static str {
        match backend {
            Backend::Sqlite => self.sqlite,
            Backend::Postgres => self.postgres,
        }
    }

    /// Hex SHA-256 of this backend's SQL.
    pub fn checksum(&self, backend: Backend) -> String {
        let digest = Sha256::digest(self.sql(backend).as_bytes());
        digest.iter().map(|b| format!("{b:02x}")).collect()
    }
}

/// The latest schema version this binary knows.
pub fn latest() -> u32 {
    MIGRATIONS.last().map_or(0, |m| m.version)
}

/// One row of the migration history table.
#[derive(Debug, Clone)]
pub struct Applied {
    pub version: u32,
    pub name: String,
    pub checksum: String,
    pub applied_at: String,
}

/// Verify the applied history against the known migrations; return the pending ones.
pub fn check(backend: Backend, applied: &[Applied]) -> Result<Vec<&'static Migration>> {
    for a in applied {
        let Some(m) = MIGRATIONS.iter().find(|m| m.version == a.version) else {
            bail!("the database has schema version {} but this mzctl knows only up to {}: upgrade mzctl", a.version, latest());
        };
        let expected = m.checksum(backend);
        if a.checksum != expected {
            bail!(
                "migration {} ({}) was edited after it was applied: checksum {} in the database, {} in this mzctl; refusing to run",
                a.version,
                m.name,
                &a.checksum[..a.checksum.len().min(12)],
                &expected[..12]
            );
        }
    }
    Ok(MIGRATIONS.iter().filter(|m| !applied.iter().any(|a| a.version == m.version)).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_are_dense_and_ordered() {
        for (i, m) in MIGRATIONS.iter().enumerate() {
            assert_eq!(m.version as usize, i + 1, "migration {} out of order", m.name);
            assert!(!m.sqlite.trim().is_empty() && !m.postgres.trim().is_empty());
        }
    }

    #[test]
    fn edited_migration_is_refused() {
        let applied = vec![Applied { version: 1, name: "core".into(), checksum: "deadbeef".repeat(8), applied_at: String::new() }];
        let err = check(Backend::Sqlite, &applied).unwrap_err().to_string();
        assert!(err.contains("was edited"), "{err}");
    }

    #[test]
    fn newer_database_is_refused() {
        let applied = vec![Applied { version: 999, name: "future".into(), checksum: String::new(), applied_at: String::new() }];
        assert!(check(Backend::Postgres, &applied).unwrap_err().to_string().contains("upgrade mzctl"));
    }
}
