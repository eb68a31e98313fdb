//! `region sync`: write the built-in reference data (versions and changes) into the database,
//! so SQL in other commands can join on it. Idempotent: the data is replaced in one
//! transaction, and skipped when the database already holds exactly this data.
use super::db;
use crate::db::regions::RegionData;
use crate::db::{Counts, Store};
use crate::domain::region::Sources;
use anyhow::Result;
use serde::Serialize;
use sha2::{Digest, Sha256};

#[derive(Debug, Serialize)]
pub struct Synced {
    pub backend: &'static str,
    pub versions: usize,
    pub changes: usize,
    /// SHA-256 of the built-in sources (first 12 hex digits).
    pub checksum: String,
    /// `written`, or `up to date` when the database already had this data.
    pub state: &'static str,
    pub dry_run: bool,
}

/// SHA-256 over every embedded source file, in a fixed order.
fn checksum() -> String {
    let sources = Sources::builtin();
    let mut h = Sha256::new();
    let texts = std::iter::once(sources.history)
        .chain(sources.yearly.iter().map(|(_, t)| *t))
        .chain(sources.gbt.iter().map(|(_, t)| *t))
        .chain(sources.nbs.iter().map(|(_, t)| *t));
    for text in texts {
        h.update((text.len() as u64).to_le_bytes());
        h.update(text.as_bytes());
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// Write the data unless the database has it already (`force` writes anyway); returns the
/// report and the audit counts (`None` when nothing was written).
pub fn sync(store: &mut dyn Store, force: bool, dry_run: bool) -> Result<(Synced, Option<Counts>)> {
    let db = db();
    let sum = checksum();
    let (versions, changes) = (db.all_versions(), db.changes());
    let current = store.region_sync_state()?.is_some_and(|s| s.checksum == sum);
    let write = force || !current;
    let mut counts = None;
    if write && !dry_run {
        store.sync_regions(&RegionData { checksum: &sum, versions, changes }, crate::clock::now()?)?;
        counts = Some(Counts::from([
            ("region_versions".to_string(), versions.len() as i64),
            ("region_changes".to_string(), changes.len() as i64),
        ]));
    }
    let state = match (write, dry_run) {
        (false, _) => "up to date",
        (true, true) => "would be written",
        (true, false) => "written",
    };
    Ok((
        Synced {
            backend: store.backend().as_str(),
            versions: versions.len(),
            changes: changes.len(),
            checksum: sum[..12].to_string(),
            state,
            dry_run,
        },
        counts,
    ))
}
