//! [`RegionStore`] on SQLite: prepared statements in one transaction per write.
use super::SqliteStore;
use crate::clock;
use crate::db::regions::{
    join_aliases, parse_level, parse_status, place_from_new, split_aliases, ListRow, NewPlace, NewRegionList, Place, PlaceConflict,
    PlaceFilter, PlaceWriter, RegionData, RegionList, RegionStore, SyncState, PLACE_COLUMNS,
};
use crate::domain::placename::{PlaceStatus, MAX_SEQ};
use anyhow::{Context, Result};
use jiff::Timestamp;
use rusqlite::types::Value;
use rusqlite::{params, OptionalExtension, Row, Transaction, TransactionBehavior};

const DATASET: &str = "builtin";

fn empty_null(s: &str) -> Option<&str> {
    Some(s).filter(|s| !s.is_empty())
}

fn place_row(r: &Row<'_>) -> rusqlite::Result<Place> {
    let aliases: String = r.get(2)?;
    let status: String = r.get(12)?;
    Ok(Place {
        code: r.get(0)?,
        name: r.get(1)?,
        aliases: split_aliases(&aliases),
        pinyin: r.get(3)?,
        category_code: r.get(4)?,
        county_code: r.get(5)?,
        township_code: r.get(6)?,
        seq: r.get(7)?,
        longitude: r.get(8)?,
        latitude: r.get(9)?,
        meaning: r.get(10)?,
        history: r.get(11)?,
        status: parse_status(&status),
        set_up_year: r.get(13)?,
        abolished_year: r.get(14)?,
        created_at: r.get(15)?,
        updated_at: r.get(16)?,
    })
}

fn place_by_code(conn: &rusqlite::Connection, code: &str) -> Result<Option<Place>> {
    let sql = format!("SELECT {PLACE_COLUMNS} FROM places WHERE code = ?1");
    Ok(conn.prepare_cached(&sql)?.query_row([code], place_row).optional()?)
}

impl RegionStore for SqliteStore {
    fn region_sync_state(&mut self) -> Result<Option<SyncState>> {
        Ok(self
            .conn
            .query_row("SELECT checksum, versions, changes, synced_at FROM region_sync WHERE dataset = ?1", [DATASET], |r| {
                Ok(SyncState { checksum: r.get(0)?, versions: r.get(1)?, changes: r.get(2)?, synced_at: r.get(3)? })
            })
            .optional()?)
    }

    fn sync_regions(&mut self, data: &RegionData<'_>, at: Timestamp) -> Result<()> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute("DELETE FROM region_changes WHERE list_version IS NULL", [])?;
        tx.execute("DELETE FROM region_versions", [])?;
        {
            let mut insert = tx.prepare(
                "INSERT INTO region_versions (code, name, level, parent_code, valid_from, valid_to, source)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?;
            for v in data.versions {
                insert.execute(params![v.code, v.name, v.level.as_str(), v.parent_code, v.valid_from, v.valid_to, v.source.as_str()])?;
            }
            insert_changes(&tx, data.changes, None)?;
        }
        tx.execute(
            "INSERT INTO region_sync (dataset, checksum, versions, changes, synced_at) VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (dataset) DO UPDATE SET checksum = excluded.checksum, versions = excluded.versions,
                 changes = excluded.changes, synced_at = excluded.synced_at",
            params![DATASET, data.checksum, data.versions.len() as i64, data.changes.len() as i64, clock::format_utc(at)],
        )?;
        tx.commit().context("cannot commit the region data")?;
        Ok(())
    }

    fn region_lists(&mut self) -> Result<Vec<RegionList>> {
        let mut stmt =
            self.conn.prepare("SELECT version, previous, file, sha256, row_count, imported_at FROM region_lists ORDER BY version")?;
        let rows = stmt.query_map([], |r| {
            Ok(RegionList {
                version: r.get(0)?,
                previous: r.get(1)?,
                file: r.get(2)?,
                sha256: r.get(3)?,
                row_count: r.get(4)?,
                imported_at: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn region_list_rows(&mut self, version: i32) -> Result<Vec<ListRow>> {
        let mut stmt =
            self.conn.prepare("SELECT code, name, level, parent_code FROM region_list_rows WHERE version = ?1 ORDER BY code")?;
        let rows = stmt.query_map([version], |r| Ok((r.get::<_, String>(0)?, r.get(1)?, r.get::<_, String>(2)?, r.get(3)?)))?;
        rows.map(|row| {
            let (code, name, level, parent_code) = row?;
            Ok(ListRow { code, name, level: parse_level(&level)?, parent_code })
        })
        .collect()
    }

    fn store_region_list(&mut self, list: &NewRegionList<'_>) -> Result<()> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute("DELETE FROM region_lists WHERE version = ?1", [list.version])?;
        tx.execute(
            "INSERT INTO region_lists (version, previous, file, sha256, row_count, imported_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![list.version, list.previous, list.file, list.sha256, list.rows.len() as i64, clock::format_utc(list.at)],
        )?;
        {
            let mut insert =
                tx.prepare("INSERT INTO region_list_rows (version, code, name, level, parent_code) VALUES (?1, ?2, ?3, ?4, ?5)")?;
            for r in list.rows {
                insert.execute(params![list.version, r.code, r.name, r.level.as_str(), r.parent_code])?;
            }
            insert_changes(&tx, list.changes, Some(list.version))?;
        }
        tx.commit().context("cannot commit the imported list")?;
        Ok(())
    }

    fn place(&mut self, code: &str) -> Result<Option<Place>> {
        place_by_code(&self.conn, code)
    }

    fn places(&mut self, filter: &PlaceFilter) -> Result<Vec<Place>> {
        let mut sql = format!("SELECT {PLACE_COLUMNS} FROM places WHERE 1 = 1");
        let mut args: Vec<Value> = Vec::new();
        if let Some(p) = &filter.code_prefix {
            args.push(Value::Text(p.clone()));
            sql.push_str(&format!(" AND substr(code, 1, {}) = ?{}", p.chars().count(), args.len()));
        }
        if let Some(p) = &filter.category_prefix {
            args.push(Value::Text(p.clone()));
            sql.push_str(&format!(" AND substr(category_code, 1, {}) = ?{}", p.chars().count(), args.len()));
        }
        if let Some(s) = filter.status {
            args.push(Value::Text(s.as_str().to_string()));
            sql.push_str(&format!(" AND status = ?{}", args.len()));
        }
        sql.push_str(" ORDER BY code");
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(args), place_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn place_writer(&mut self, at: Timestamp) -> Result<Box<dyn PlaceWriter + '_>> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        Ok(Box::new(SqlitePlaceWriter { tx, at: clock::format_utc(at) }))
    }

    fn retire_place(&mut self, code: &str, year: i32, at: Timestamp) -> Result<Option<Place>> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let n = tx.execute(
            "UPDATE places SET status = 'historical', abolished_year = ?2, updated_at = ?3 WHERE code = ?1 AND status = 'current'",
            params![code, year, clock::format_utc(at)],
        )?;
        let place = if n == 1 { place_by_code(&tx, code)? } else { None };
        tx.commit()?;
        Ok(place)
    }
}

struct SqlitePlaceWriter<'c> {
    tx: Transaction<'c>,
    at: String,
}

impl PlaceWriter for SqlitePlaceWriter<'_> {
    fn insert(&mut self, p: &NewPlace) -> Result<Result<Place, PlaceConflict>> {
        if p.status == PlaceStatus::Current {
            let sql = format!(
                "SELECT {PLACE_COLUMNS} FROM places WHERE county_code = ?1 AND township_code = ?2 AND category_code = ?3
                 AND name = ?4 AND status = 'current'"
            );
            let existing = self
                .tx
                .prepare_cached(&sql)?
                .query_row(params![p.county_code, p.township_code, p.category_code, p.name], place_row)
                .optional()?;
            if let Some(existing) = existing {
                return Ok(Err(PlaceConflict::DuplicateName(Box::new(existing))));
            }
        }
        let seq = match p.seq {
            Some(seq) => seq,
            None => {
                let max: u32 = self
                    .tx
                    .prepare_cached(
                        "SELECT coalesce(max(seq), 0) FROM places WHERE county_code = ?1 AND township_code = ?2 AND category_code = ?3",
                    )?
                    .query_row(params![p.county_code, p.township_code, p.category_code], |r| r.get(0))?;
                if max >= MAX_SEQ {
                    return Ok(Err(PlaceConflict::SequenceExhausted));
                }
                max + 1
            }
        };
        let place = place_from_new(p, seq, &self.at);
        if let Some(existing) = place_by_code(&self.tx, &place.code)? {
            return Ok(Err(PlaceConflict::CodeTaken(Box::new(existing))));
        }
        self.tx
            .prepare_cached(&format!(
                "INSERT INTO places ({PLACE_COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)"
            ))?
            .execute(params![
                place.code,
                place.name,
                join_aliases(&place.aliases),
                place.pinyin,
                place.category_code,
                place.county_code,
                place.township_code,
                place.seq,
                place.longitude,
                place.latitude,
                place.meaning,
                place.history,
                place.status.as_str(),
                place.set_up_year,
                place.abolished_year,
                place.created_at,
                place.updated_at
            ])?;
        Ok(Ok(place))
    }

    fn commit(self: Box<Self>) -> Result<()> {
        self.tx.commit().context("cannot commit the placenames")
    }
}

/// Insert region changes (`list_version` NULL for the built-in data).
fn insert_changes(tx: &rusqlite::Transaction<'_>, changes: &[crate::domain::region::Change], list_version: Option<i32>) -> Result<()> {
    let mut insert = tx.prepare(
        "INSERT INTO region_changes (old_code, old_name, new_code, new_name, kind, effective, list_version)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for c in changes {
        insert.execute(params![
            empty_null(&c.old_code),
            empty_null(&c.old_name),
            empty_null(&c.new_code),
            empty_null(&c.new_name),
            c.kind.as_str(),
            c.effective,
            list_version
        ])?;
    }
    Ok(())
}
