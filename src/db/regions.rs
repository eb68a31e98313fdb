//! Region reference data and placenames in the database.
//!
//! Tables (migration 2): `region_versions` and `region_changes` (the built-in history, written
//! by `region sync`; imported lists add changes with their `list_version`), `region_lists` and
//! `region_list_rows` (official lists loaded with `region import`), `region_sync`, `places`.
use super::sql::{Param, Row, Sql};
use super::Store;
use crate::domain::placename::PlaceStatus;
use crate::domain::placename::MAX_SEQ;
use crate::domain::region::{Change, Level, Version};
use crate::params;
use anyhow::{Context, Result};
use jiff::Timestamp;
use serde::Serialize;

/// The built-in reference data to write, with a checksum of the sources it was built from.
pub struct RegionData<'a> {
    pub checksum: &'a str,
    pub versions: &'a [Version],
    pub changes: &'a [Change],
}

/// What the last `region sync` wrote.
#[derive(Debug, Clone, Serialize)]
pub struct SyncState {
    pub checksum: String,
    pub versions: i64,
    pub changes: i64,
    pub synced_at: String,
}

/// One row of an official list (`code,name,level,parent_code`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ListRow {
    pub code: String,
    pub name: String,
    pub level: Level,
    pub parent_code: Option<String>,
}

/// An imported list, as recorded.
#[derive(Debug, Clone, Serialize)]
pub struct RegionList {
    pub version: i32,
    pub previous: i32,
    pub file: String,
    pub sha256: String,
    pub row_count: i64,
    pub imported_at: String,
}

/// An imported list to store (replacing any list of the same version), with its changes
/// against `previous`.
pub struct NewRegionList<'a> {
    pub version: i32,
    pub previous: i32,
    pub file: &'a str,
    pub sha256: &'a str,
    pub rows: &'a [ListRow],
    pub changes: &'a [Change],
    pub at: Timestamp,
}

/// A placename record.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Place {
    pub code: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub pinyin: String,
    pub category_code: String,
    pub county_code: String,
    pub township_code: String,
    pub seq: u32,
    pub longitude: Option<f64>,
    pub latitude: Option<f64>,
    pub meaning: String,
    pub history: String,
    pub status: PlaceStatus,
    pub set_up_year: Option<i32>,
    pub abolished_year: Option<i32>,
    pub created_at: String,
    pub updated_at: String,
}

/// A placename to insert: `seq` is taken as given, or the next free one when `None`.
#[derive(Debug, Clone, PartialEq)]
pub struct NewPlace {
    pub county_code: String,
    pub township_code: String,
    pub category_code: String,
    pub seq: Option<u32>,
    pub name: String,
    pub aliases: Vec<String>,
    pub pinyin: String,
    pub longitude: Option<f64>,
    pub latitude: Option<f64>,
    pub meaning: String,
    pub history: String,
    pub status: PlaceStatus,
    pub set_up_year: Option<i32>,
    pub abolished_year: Option<i32>,
}

/// Why a placename was not inserted.
#[derive(Debug, Clone, PartialEq)]
pub enum PlaceConflict {
    /// A current place with the same standard name in the same township and category.
    DuplicateName(Box<Place>),
    /// The given code is taken.
    CodeTaken(Box<Place>),
    /// No sequence left in this county, township and category.
    SequenceExhausted,
}

/// Which places to read. Prefixes are compared with the start of the code (a region code's
/// significant digits: `44` a province, `4401` a prefecture, `440106` a county, `440106001`
/// a township) and of the category code (`22` 居民点, `221` 城镇居民点).
#[derive(Debug, Clone, Default)]
pub struct PlaceFilter {
    pub code_prefix: Option<String>,
    pub category_prefix: Option<String>,
    pub status: Option<PlaceStatus>,
}

const PLACE_COLUMNS: &str = "code, name, aliases, pinyin, category_code, county_code, township_code, seq, \
     longitude, latitude, meaning, history, status, set_up_year, abolished_year, created_at, updated_at";

fn join_aliases(aliases: &[String]) -> String {
    aliases.join(";")
}

fn split_aliases(text: &str) -> Vec<String> {
    text.split(';').filter(|a| !a.is_empty()).map(str::to_string).collect()
}

fn parse_status(s: &str) -> PlaceStatus {
    PlaceStatus::parse(s).unwrap_or(PlaceStatus::Current)
}

fn parse_level(s: &str) -> Result<Level> {
    Level::parse(s).ok_or_else(|| anyhow::anyhow!("unknown level {s:?} in the database"))
}

/// The place as it will be stored.
fn place_from_new(p: &NewPlace, seq: u32, at: &str) -> Place {
    Place {
        code: format!("{}{}{}{:06}", p.county_code, p.township_code, p.category_code, seq),
        name: p.name.clone(),
        aliases: p.aliases.clone(),
        pinyin: p.pinyin.clone(),
        category_code: p.category_code.clone(),
        county_code: p.county_code.clone(),
        township_code: p.township_code.clone(),
        seq,
        longitude: p.longitude,
        latitude: p.latitude,
        meaning: p.meaning.clone(),
        history: p.history.clone(),
        status: p.status,
        set_up_year: p.set_up_year,
        abolished_year: p.abolished_year,
        created_at: at.to_string(),
        updated_at: at.to_string(),
    }
}

const DATASET: &str = "builtin";

fn place_row(r: &Row) -> Result<Place> {
    Ok(Place {
        code: r.text(0)?,
        name: r.text(1)?,
        aliases: split_aliases(&r.text(2)?),
        pinyin: r.text(3)?,
        category_code: r.text(4)?,
        county_code: r.text(5)?,
        township_code: r.text(6)?,
        seq: u32::try_from(r.int(7)?).context("negative sequence in the database")?,
        longitude: r.opt_real(8)?,
        latitude: r.opt_real(9)?,
        meaning: r.text(10)?,
        history: r.text(11)?,
        status: parse_status(&r.text(12)?),
        set_up_year: r.opt_int(13)?.map(|y| y as i32),
        abolished_year: r.opt_int(14)?.map(|y| y as i32),
        created_at: crate::clock::format_utc(r.ts(15)?),
        updated_at: crate::clock::format_utc(r.ts(16)?),
    })
}

fn empty_null(s: &str) -> Option<&str> {
    Some(s).filter(|s| !s.is_empty())
}

/// Insert region changes (`list_version` NULL for the built-in data).
fn insert_changes(s: &mut Store, changes: &[Change], list_version: Option<i32>) -> Result<u64> {
    let rows = changes.iter().map(|c| {
        vec![
            empty_null(&c.old_code).into(),
            empty_null(&c.old_name).into(),
            empty_null(&c.new_code).into(),
            empty_null(&c.new_name).into(),
            c.kind.as_str().into(),
            c.effective.into(),
            list_version.into(),
        ]
    });
    s.insert_many("region_changes", &["old_code", "old_name", "new_code", "new_name", "kind", "effective", "list_version"], rows)
}

impl Store {
    /// What the last `region sync` wrote, if any.
    pub fn region_sync_state(&mut self) -> Result<Option<SyncState>> {
        self.row("SELECT checksum, versions, changes, synced_at FROM region_sync WHERE dataset = $1", params![DATASET])?
            .map(|r| {
                Ok(SyncState {
                    checksum: r.text(0)?,
                    versions: r.int(1)?,
                    changes: r.int(2)?,
                    synced_at: crate::clock::format_utc(r.ts(3)?),
                })
            })
            .transpose()
    }

    /// Replace the built-in versions and changes (imported lists' changes stay).
    pub fn sync_regions(&mut self, data: &RegionData<'_>, at: Timestamp) -> Result<()> {
        self.in_tx(|s| {
            s.conn().batch("DELETE FROM region_changes WHERE list_version IS NULL; DELETE FROM region_versions")?;
            let rows = data.versions.iter().map(|v| {
                vec![
                    (&v.code).into(),
                    (&v.name).into(),
                    v.level.as_str().into(),
                    (&v.parent_code).into(),
                    v.valid_from.into(),
                    v.valid_to.into(),
                    v.source.as_str().into(),
                ]
            });
            s.insert_many("region_versions", &["code", "name", "level", "parent_code", "valid_from", "valid_to", "source"], rows)?;
            insert_changes(s, data.changes, None)?;
            s.exec(
                "INSERT INTO region_sync (dataset, checksum, versions, changes, synced_at) VALUES ($1, $2, $3, $4, $5)
                 ON CONFLICT (dataset) DO UPDATE SET checksum = excluded.checksum, versions = excluded.versions,
                     changes = excluded.changes, synced_at = excluded.synced_at",
                params![DATASET, data.checksum, data.versions.len(), data.changes.len(), at],
            )?;
            Ok(())
        })
        .context("cannot store the region data")
    }

    /// Imported lists, oldest first.
    pub fn region_lists(&mut self) -> Result<Vec<RegionList>> {
        self.rows("SELECT version, previous, file, sha256, row_count, imported_at FROM region_lists ORDER BY version", &[])?
            .iter()
            .map(|r| {
                Ok(RegionList {
                    version: r.int(0)? as i32,
                    previous: r.int(1)? as i32,
                    file: r.text(2)?,
                    sha256: r.text(3)?,
                    row_count: r.int(4)?,
                    imported_at: crate::clock::format_utc(r.ts(5)?),
                })
            })
            .collect()
    }

    /// The rows of an imported list, by code.
    pub fn region_list_rows(&mut self, version: i32) -> Result<Vec<ListRow>> {
        self.rows(
            "SELECT code, name, level, parent_code FROM region_list_rows WHERE version = $1 ORDER BY code COLLATE \"C\"",
            params![version],
        )?
        .iter()
        .map(|r| Ok(ListRow { code: r.text(0)?, name: r.text(1)?, level: parse_level(&r.text(2)?)?, parent_code: r.opt_text(3)? }))
        .collect()
    }

    /// Store an imported list and its changes, replacing a list of the same version.
    pub fn store_region_list(&mut self, list: &NewRegionList<'_>) -> Result<()> {
        self.in_tx(|s| {
            s.exec("DELETE FROM region_lists WHERE version = $1", params![list.version])?;
            s.exec(
                "INSERT INTO region_lists (version, previous, file, sha256, row_count, imported_at) VALUES ($1, $2, $3, $4, $5, $6)",
                params![list.version, list.previous, list.file, list.sha256, list.rows.len(), list.at],
            )?;
            let rows = list
                .rows
                .iter()
                .map(|r| vec![list.version.into(), (&r.code).into(), (&r.name).into(), r.level.as_str().into(), (&r.parent_code).into()]);
            s.insert_many("region_list_rows", &["version", "code", "name", "level", "parent_code"], rows)?;
            insert_changes(s, list.changes, Some(list.version))?;
            Ok(())
        })
        .context("cannot store the imported list")
    }

    pub fn place(&mut self, code: &str) -> Result<Option<Place>> {
        self.row(&format!("SELECT {PLACE_COLUMNS} FROM places WHERE code = $1"), params![code])?.as_ref().map(place_row).transpose()
    }

    /// Places matching the filter, by code.
    pub fn places(&mut self, filter: &PlaceFilter) -> Result<Vec<Place>> {
        let mut sql = Sql::new(format!("SELECT {PLACE_COLUMNS} FROM places WHERE TRUE"));
        for (col, prefix) in [("code", &filter.code_prefix), ("category_code", &filter.category_prefix)] {
            if let Some(p) = prefix {
                let n = p.chars().count();
                let m = sql.p(p);
                sql.push(&format!(" AND substr({col}, 1, {n}) = {m}"));
            }
        }
        if let Some(st) = filter.status {
            let m = sql.p(st.as_str());
            sql.push(&format!(" AND status = {m}"));
        }
        sql.push(" ORDER BY code COLLATE \"C\"");
        self.rows(&sql.text, &sql.params)?.iter().map(place_row).collect()
    }

    /// Start inserting placenames; `at` is their creation time. One writer at a time (a
    /// sequence is the county's last + 1); readers go on.
    pub fn place_writer(&mut self, at: Timestamp) -> Result<PlaceWriter<'_>> {
        self.begin()?;
        if self.backend() == super::Backend::Postgres {
            if let Err(e) = self.conn().batch("LOCK TABLE places IN SHARE ROW EXCLUSIVE MODE") {
                let _ = self.rollback();
                return Err(e);
            }
        }
        Ok(PlaceWriter { store: self, at, done: false })
    }

    /// Mark a current place historical, abolished in `year`; `None` if there is no such place.
    pub fn retire_place(&mut self, code: &str, year: i32, at: Timestamp) -> Result<Option<Place>> {
        self.in_tx(|s| {
            let n = s.exec(
                "UPDATE places SET status = 'historical', abolished_year = $2, updated_at = $3 WHERE code = $1 AND status = 'current'",
                params![code, year, at],
            )?;
            if n == 1 {
                s.place(code)
            } else {
                Ok(None)
            }
        })
    }
}

/// Inserts placenames in one transaction: nothing is kept unless [`PlaceWriter::commit`] is
/// called (dropping the writer rolls back, which is how dry runs work).
pub struct PlaceWriter<'s> {
    store: &'s mut Store,
    at: Timestamp,
    done: bool,
}

impl PlaceWriter<'_> {
    /// Insert one place, or say why not (the transaction stays usable either way).
    pub fn insert(&mut self, p: &NewPlace) -> Result<Result<Place, PlaceConflict>> {
        let s = &mut *self.store;
        if p.status == PlaceStatus::Current {
            let existing = s.row(
                &format!("SELECT {PLACE_COLUMNS} FROM places WHERE county_code = $1 AND township_code = $2 AND category_code = $3 AND name = $4 AND status = 'current'"),
                params![&p.county_code, &p.township_code, &p.category_code, &p.name],
            )?;
            if let Some(row) = existing {
                return Ok(Err(PlaceConflict::DuplicateName(Box::new(place_row(&row)?))));
            }
        }
        let seq = match p.seq {
            Some(seq) => seq,
            None => {
                let max = s
                    .row(
                        "SELECT coalesce(max(seq), 0) FROM places WHERE county_code = $1 AND township_code = $2 AND category_code = $3",
                        params![&p.county_code, &p.township_code, &p.category_code],
                    )?
                    .map_or(Ok(0), |r| r.int(0))?;
                let max = u32::try_from(max).context("negative sequence in the database")?;
                if max >= MAX_SEQ {
                    return Ok(Err(PlaceConflict::SequenceExhausted));
                }
                max + 1
            }
        };
        let place = place_from_new(p, seq, &crate::clock::format_utc(self.at));
        if let Some(existing) = s.place(&place.code)? {
            return Ok(Err(PlaceConflict::CodeTaken(Box::new(existing))));
        }
        let aliases = join_aliases(&place.aliases);
        let row: Vec<Param<'_>> = vec![
            (&place.code).into(),
            (&place.name).into(),
            (&aliases).into(),
            (&place.pinyin).into(),
            (&place.category_code).into(),
            (&place.county_code).into(),
            (&place.township_code).into(),
            place.seq.into(),
            place.longitude.into(),
            place.latitude.into(),
            (&place.meaning).into(),
            (&place.history).into(),
            place.status.as_str().into(),
            place.set_up_year.into(),
            place.abolished_year.into(),
            self.at.into(),
            self.at.into(),
        ];
        let columns: Vec<&str> = PLACE_COLUMNS.split(", ").map(str::trim).collect();
        s.insert_many("places", &columns, [row])?;
        Ok(Ok(place))
    }

    pub fn commit(mut self) -> Result<()> {
        self.done = true;
        self.store.commit().context("cannot commit the placenames")
    }
}

impl Drop for PlaceWriter<'_> {
    fn drop(&mut self) {
        if !self.done {
            let _ = self.store.rollback();
        }
    }
}
