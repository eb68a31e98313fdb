//! [`RegionStore`] on PostgreSQL: bulk writes with `COPY … FROM STDIN`, one transaction each.
use super::PgStore;
use crate::clock;
use crate::db::regions::{
    join_aliases, parse_level, parse_status, place_from_new, split_aliases, ListRow, NewPlace, NewRegionList, Place, PlaceConflict,
    PlaceFilter, PlaceWriter, RegionData, RegionList, RegionStore, SyncState, PLACE_COLUMNS,
};
use crate::domain::placename::{PlaceStatus, MAX_SEQ};
use anyhow::{Context, Result};
use jiff::Timestamp;
use postgres::types::ToSql;
use postgres::{GenericClient, Row, Transaction};
use std::io::Write;

const DATASET: &str = "builtin";

/// Appends one field in COPY text format (`\N` for NULL, backslash escapes).
fn field(buf: &mut Vec<u8>, value: Option<&str>, last: bool) {
    match value {
        None => buf.extend_from_slice(b"\\N"),
        Some(v) => {
            for b in v.bytes() {
                match b {
                    b'\\' => buf.extend_from_slice(b"\\\\"),
                    b'\t' => buf.extend_from_slice(b"\\t"),
                    b'\n' => buf.extend_from_slice(b"\\n"),
                    b'\r' => buf.extend_from_slice(b"\\r"),
                    _ => buf.push(b),
                }
            }
        }
    }
    buf.push(if last { b'\n' } else { b'\t' });
}

fn empty_null(s: &str) -> Option<&str> {
    Some(s).filter(|s| !s.is_empty())
}

/// Runs `COPY <target> FROM STDIN` with the rows already encoded in `buf`.
fn copy(tx: &mut Transaction<'_>, target: &str, buf: &[u8]) -> Result<()> {
    let mut w = tx.copy_in(&format!("COPY {target} FROM STDIN"))?;
    w.write_all(buf)?;
    w.finish().with_context(|| format!("COPY {target} failed"))?;
    Ok(())
}

fn place_row(r: &Row) -> Result<Place> {
    let seq: i32 = r.get(7);
    Ok(Place {
        code: r.get(0),
        name: r.get(1),
        aliases: split_aliases(r.get(2)),
        pinyin: r.get(3),
        category_code: r.get(4),
        county_code: r.get(5),
        township_code: r.get(6),
        seq: u32::try_from(seq).context("negative sequence in the database")?,
        longitude: r.get(8),
        latitude: r.get(9),
        meaning: r.get(10),
        history: r.get(11),
        status: parse_status(r.get(12)),
        set_up_year: r.get(13),
        abolished_year: r.get(14),
        created_at: clock::format_utc(r.get(15)),
        updated_at: clock::format_utc(r.get(16)),
    })
}

fn place_by_code(client: &mut impl GenericClient, code: &str) -> Result<Option<Place>> {
    let rows = client.query(&format!("SELECT {PLACE_COLUMNS} FROM places WHERE code = $1"), &[&code])?;
    rows.first().map(place_row).transpose()
}

impl RegionStore for PgStore {
    fn region_sync_state(&mut self) -> Result<Option<SyncState>> {
        let rows =
            self.client.query("SELECT checksum, versions, changes, synced_at FROM region_sync WHERE dataset = $1", &[&DATASET])?;
        Ok(rows.first().map(|r| SyncState {
            checksum: r.get(0),
            versions: r.get(1),
            changes: r.get(2),
            synced_at: clock::format_utc(r.get(3)),
        }))
    }

    fn sync_regions(&mut self, data: &RegionData<'_>, at: Timestamp) -> Result<()> {
        let mut tx = self.client.transaction()?;
        tx.batch_execute("DELETE FROM region_changes WHERE list_version IS NULL; DELETE FROM region_versions;")?;
        let mut buf = Vec::with_capacity(data.versions.len() * 64);
        for v in data.versions {
            let (from, to) = (v.valid_from.to_string(), v.valid_to.map(|t| t.to_string()));
            field(&mut buf, Some(&v.code), false);
            field(&mut buf, Some(&v.name), false);
            field(&mut buf, Some(v.level.as_str()), false);
            field(&mut buf, v.parent_code.as_deref(), false);
            field(&mut buf, Some(&from), false);
            field(&mut buf, to.as_deref(), false);
            field(&mut buf, Some(v.source.as_str()), true);
        }
        copy(&mut tx, "region_versions (code, name, level, parent_code, valid_from, valid_to, source)", &buf)?;
        copy_changes(&mut tx, &mut buf, data.changes, None)?;
        let (versions, changes) = (data.versions.len() as i64, data.changes.len() as i64);
        tx.execute(
            "INSERT INTO region_sync (dataset, checksum, versions, changes, synced_at) VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (dataset) DO UPDATE SET checksum = excluded.checksum, versions = excluded.versions,
                 changes = excluded.changes, synced_at = excluded.synced_at",
            &[&DATASET, &data.checksum, &versions, &changes, &at],
        )?;
        tx.commit().context("cannot commit the region data")?;
        Ok(())
    }

    fn region_lists(&mut self) -> Result<Vec<RegionList>> {
        let rows = self
            .client
            .query("SELECT version, previous, file, sha256, row_count, imported_at FROM region_lists ORDER BY version", &[])?;
        Ok(rows
            .iter()
            .map(|r| RegionList {
                version: r.get(0),
                previous: r.get(1),
                file: r.get(2),
                sha256: r.get(3),
                row_count: r.get(4),
                imported_at: clock::format_utc(r.get(5)),
            })
            .collect())
    }

    fn region_list_rows(&mut self, version: i32) -> Result<Vec<ListRow>> {
        let rows = self.client.query(
            "SELECT code, name, level, parent_code FROM region_list_rows WHERE version = $1 ORDER BY code",
            &[&version],
        )?;
        rows.iter()
            .map(|r| Ok(ListRow { code: r.get(0), name: r.get(1), level: parse_level(r.get(2))?, parent_code: r.get(3) }))
            .collect()
    }

    fn store_region_list(&mut self, list: &NewRegionList<'_>) -> Result<()> {
        let mut tx = self.client.transaction()?;
        tx.execute("DELETE FROM region_lists WHERE version = $1", &[&list.version])?;
        let row_count = list.rows.len() as i64;
        tx.execute(
            "INSERT INTO region_lists (version, previous, file, sha256, row_count, imported_at) VALUES ($1, $2, $3, $4, $5, $6)",
            &[&list.version, &list.previous, &list.file, &list.sha256, &row_count, &list.at],
        )?;
        let version = list.version.to_string();
        let mut buf = Vec::with_capacity(list.rows.len() * 48);
        for r in list.rows {
            field(&mut buf, Some(&version), false);
            field(&mut buf, Some(&r.code), false);
            field(&mut buf, Some(&r.name), false);
            field(&mut buf, Some(r.level.as_str()), false);
            field(&mut buf, r.parent_code.as_deref(), true);
        }
        copy(&mut tx, "region_list_rows (version, code, name, level, parent_code)", &buf)?;
        copy_changes(&mut tx, &mut buf, list.changes, Some(&version))?;
        tx.commit().context("cannot commit the imported list")?;
        Ok(())
    }

    fn place(&mut self, code: &str) -> Result<Option<Place>> {
        place_by_code(&mut self.client, code)
    }

    fn places(&mut self, filter: &PlaceFilter) -> Result<Vec<Place>> {
        let mut sql = format!("SELECT {PLACE_COLUMNS} FROM places WHERE true");
        let status = filter.status.map(|s| s.as_str());
        let mut args: Vec<&(dyn ToSql + Sync)> = Vec::new();
        if let Some(p) = &filter.code_prefix {
            args.push(p);
            sql.push_str(&format!(" AND substr(code, 1, {}) = ${}", p.chars().count(), args.len()));
        }
        if let Some(p) = &filter.category_prefix {
            args.push(p);
            sql.push_str(&format!(" AND substr(category_code, 1, {}) = ${}", p.chars().count(), args.len()));
        }
        if let Some(s) = &status {
            args.push(s);
            sql.push_str(&format!(" AND status = ${}", args.len()));
        }
        sql.push_str(" ORDER BY code");
        self.client.query(&sql, &args)?.iter().map(place_row).collect()
    }

    fn place_writer(&mut self, at: Timestamp) -> Result<Box<dyn PlaceWriter + '_>> {
        let mut tx = self.client.transaction()?;
        // One writer at a time (sequences are max + 1); readers are not blocked.
        tx.batch_execute("LOCK TABLE places IN SHARE ROW EXCLUSIVE MODE")?;
        Ok(Box::new(PgPlaceWriter { tx, at }))
    }

    fn retire_place(&mut self, code: &str, year: i32, at: Timestamp) -> Result<Option<Place>> {
        let mut tx = self.client.transaction()?;
        let n = tx.execute(
            "UPDATE places SET status = 'historical', abolished_year = $2, updated_at = $3 WHERE code = $1 AND status = 'current'",
            &[&code, &year, &at],
        )?;
        let place = if n == 1 { place_by_code(&mut tx, code)? } else { None };
        tx.commit()?;
        Ok(place)
    }
}

struct PgPlaceWriter<'c> {
    tx: Transaction<'c>,
    at: Timestamp,
}

impl PlaceWriter for PgPlaceWriter<'_> {
    fn insert(&mut self, p: &NewPlace) -> Result<Result<Place, PlaceConflict>> {
        if p.status == PlaceStatus::Current {
            let rows = self.tx.query(
                &format!(
                    "SELECT {PLACE_COLUMNS} FROM places WHERE county_code = $1 AND township_code = $2 AND category_code = $3
                     AND name = $4 AND status = 'current'"
                ),
                &[&p.county_code, &p.township_code, &p.category_code, &p.name],
            )?;
            if let Some(row) = rows.first() {
                return Ok(Err(PlaceConflict::DuplicateName(Box::new(place_row(row)?))));
            }
        }
        let seq = match p.seq {
            Some(seq) => seq,
            None => {
                let max: i32 = self
                    .tx
                    .query_one(
                        "SELECT coalesce(max(seq), 0) FROM places WHERE county_code = $1 AND township_code = $2 AND category_code = $3",
                        &[&p.county_code, &p.township_code, &p.category_code],
                    )?
                    .get(0);
                let max = u32::try_from(max).context("negative sequence in the database")?;
                if max >= MAX_SEQ {
                    return Ok(Err(PlaceConflict::SequenceExhausted));
                }
                max + 1
            }
        };
        let place = place_from_new(p, seq, &clock::format_utc(self.at));
        if let Some(existing) = place_by_code(&mut self.tx, &place.code)? {
            return Ok(Err(PlaceConflict::CodeTaken(Box::new(existing))));
        }
        let seq = i32::try_from(place.seq).context("sequence out of range")?;
        self.tx.execute(
            &format!(
                "INSERT INTO places ({PLACE_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)"
            ),
            &[
                &place.code,
                &place.name,
                &join_aliases(&place.aliases),
                &place.pinyin,
                &place.category_code,
                &place.county_code,
                &place.township_code,
                &seq,
                &place.longitude,
                &place.latitude,
                &place.meaning,
                &place.history,
                &place.status.as_str(),
                &place.set_up_year,
                &place.abolished_year,
                &self.at,
                &self.at,
            ],
        )?;
        Ok(Ok(place))
    }

    fn commit(self: Box<Self>) -> Result<()> {
        self.tx.commit().context("cannot commit the placenames")
    }
}

/// COPY region changes (`list_version` NULL for the built-in data), reusing `buf`.
fn copy_changes(tx: &mut postgres::Transaction<'_>, buf: &mut Vec<u8>, changes: &[crate::domain::region::Change], list_version: Option<&str>) -> Result<()> {
    buf.clear();
    for c in changes {
        field(buf, empty_null(&c.old_code), false);
        field(buf, empty_null(&c.old_name), false);
        field(buf, empty_null(&c.new_code), false);
        field(buf, empty_null(&c.new_name), false);
        field(buf, Some(c.kind.as_str()), false);
        field(buf, Some(&c.effective.to_string()), false);
        field(buf, list_version, true);
    }
    copy(tx, "region_changes (old_code, old_name, new_code, new_name, kind, effective, list_version)", buf)
}
