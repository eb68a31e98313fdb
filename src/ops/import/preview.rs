//! A dry run's import, from reads alone: each row of the file classified as the import would
//! (inserted, updated, unchanged, a conflict with an earlier row of the file, or in insert
//! mode an existing key), against the stored rows and the rows of the file before it. Nothing
//! is written, so a role that may only read can run it.
use crate::db::records::{ChunkOutcome, Conflict, Mode, Row, TableSpec};
use crate::db::Store;
use anyhow::Result;
use std::collections::HashMap;

pub(super) struct Preview {
    /// The interrupted batch a dry run of `--resume` continues.
    batch: Option<i64>,
    /// Each key the file has held so far, with the last line that held it: a later row with
    /// the key is a conflict, as the import's writes would make it. (About 70 bytes a row.)
    seen: HashMap<String, u64>,
    /// Stored rows not yet seen by the batch that the file holds (a replace keeps them).
    kept: u64,
}

impl Preview {
    pub(super) fn new(batch: Option<i64>) -> Preview {
        Preview { batch, seen: HashMap::new(), kept: 0 }
    }

    /// What writing `rows` would do.
    pub(super) fn rows(&mut self, store: &mut Store, spec: &TableSpec, mode: Mode, rows: &[Row]) -> Result<ChunkOutcome> {
        let stored = store.stored_rows(spec, rows, self.batch)?;
        let mut out = ChunkOutcome::default();
        for (row, stored) in rows.iter().zip(stored) {
            let earlier = self.seen.insert(row.values[..spec.key].join("\u{1f}"), row.line);
            let earlier = earlier.or_else(|| stored.as_ref().and_then(|s| s.seen_at));
            match (earlier, stored) {
                (Some(_), _) | (None, Some(_)) if mode == Mode::Insert => out.existing.push(row.line),
                (Some(earlier_line), _) => out.conflicts.push(Conflict { line: row.line, earlier_line }),
                (None, Some(s)) => {
                    self.kept += 1;
                    if s.same_as(row) {
                        out.unchanged += 1;
                    } else {
                        out.updated += 1;
                    }
                }
                (None, None) => out.inserted += 1,
            }
        }
        Ok(out)
    }

    /// The rows a replace would delete once the whole file is read: those stored and not
    /// seen by the batch, less those the file holds (nothing is written meanwhile).
    pub(super) fn deleted(&self, store: &mut Store, spec: &TableSpec) -> Result<u64> {
        Ok(store.rows_unseen(spec, self.batch)?.saturating_sub(self.kept))
    }
}
