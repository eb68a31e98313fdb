//! `region sync`: write the built-in reference data (versions and changes) into the database,
//! so SQL in other commands can join on it. Idempotent: the data is replaced in one
//! transaction, and skipped when the database already holds exactly this data.
use super::db;
use crate::db::regions::RegionData;
use crate::db::{Counts, Store};
use crate::domain::region::{Change, Version};
use anyhow::Result;
use serde::Serialize;
use sha2::{Digest, Sha256};

#[derive(Debug, Serialize)]
pub struct Synced {
    pub backend: &'static str,
    pub versions: usize,
    pub changes: usize,
    /// SHA-256 of the rows written (first 12 hex digits).
    pub checksum: String,
    /// `written`, or `up to date` when the database already had this data.
    pub state: &'static str,
    pub dry_run: bool,
}

/// SHA-256 over the rows `region sync` writes (every version, then every change), so that a
/// database synced before a change in how the rows are derived from the sources is rewritten.
fn checksum(versions: &[Version], changes: &[Change]) -> String {
    let mut h = Sha256::new();
    let mut field = |text: &str| {
        h.update((text.len() as u64).to_le_bytes());
        h.update(text.as_bytes());
    };
    for v in versions {
        let (from, to) = (v.valid_from.to_string(), v.valid_to.map_or(String::new(), |t| t.to_string()));
        for f in [&v.code[..], &v.name, v.level.as_str(), v.parent_code.as_deref().unwrap_or(""), &from, &to, v.source.as_str()] {
            field(f);
        }
    }
    for c in changes {
        let effective = c.effective.to_string();
        for f in [&c.old_code[..], &c.old_name, &c.new_code, &c.new_name, c.kind.as_str(), &effective] {
            field(f);
        }
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// Write the data unless the database has it already (`force` writes anyway); returns the
/// report and the audit counts (`None` when nothing was written).
pub fn sync(store: &mut Store, force: bool, dry_run: bool) -> Result<(Synced, Option<Counts>)> {
    let db = db();
    let (versions, changes) = (db.all_versions(), db.changes());
    let sum = checksum(versions, changes);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_checksum_covers_every_row_written() {
        let (versions, changes) = (db().all_versions(), db().changes());
        let all = checksum(versions, changes);
        assert_ne!(all, checksum(versions, &changes[1..]));
        assert_ne!(all, checksum(&versions[1..], changes));
        let mut renamed = changes.to_vec();
        renamed[0].new_name.push('x');
        assert_ne!(all, checksum(versions, &renamed));
    }
}
