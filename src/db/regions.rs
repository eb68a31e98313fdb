//! Region reference data and placenames in the database: the [`RegionStore`] capability.
//!
//! Tables (migration 2): `region_versions` and `region_changes` (the built-in history, written
//! by `region sync`; imported lists add changes with their `list_version`), `region_lists` and
//! `region_list_rows` (official lists loaded with `region import`), `region_sync`, `places`.
use crate::domain::placename::PlaceStatus;
use crate::domain::region::{Change, Level, Version};
use anyhow::Result;
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

/// Inserts placenames in one transaction: nothing is kept unless [`commit`](Self::commit)
/// is called (dropping the writer rolls back, which is how dry runs work).
pub trait PlaceWriter {
    /// Insert one place, or say why not (the transaction stays usable either way).
    fn insert(&mut self, place: &NewPlace) -> Result<Result<Place, PlaceConflict>>;
    fn commit(self: Box<Self>) -> Result<()>;
}

/// Region reference data and placenames. Every write runs in one transaction.
pub trait RegionStore {
    /// What the last `region sync` wrote, if any.
    fn region_sync_state(&mut self) -> Result<Option<SyncState>>;
    /// Replace the built-in versions and changes (imported lists' changes stay).
    fn sync_regions(&mut self, data: &RegionData<'_>, at: Timestamp) -> Result<()>;

    /// Imported lists, oldest first.
    fn region_lists(&mut self) -> Result<Vec<RegionList>>;
    /// The rows of an imported list, by code.
    fn region_list_rows(&mut self, version: i32) -> Result<Vec<ListRow>>;
    /// Store an imported list and its changes, replacing a list of the same version.
    fn store_region_list(&mut self, list: &NewRegionList<'_>) -> Result<()>;

    fn place(&mut self, code: &str) -> Result<Option<Place>>;
    /// Places matching the filter, by code.
    fn places(&mut self, filter: &PlaceFilter) -> Result<Vec<Place>>;
    /// Start inserting placenames; `at` is their creation time.
    fn place_writer(&mut self, at: Timestamp) -> Result<Box<dyn PlaceWriter + '_>>;
    /// Mark a current place historical, abolished in `year`; `None` if there is no such place.
    fn retire_place(&mut self, code: &str, year: i32, at: Timestamp) -> Result<Option<Place>>;
}

/// Column list shared by both backends' place queries.
pub(crate) const PLACE_COLUMNS: &str = "code, name, aliases, pinyin, category_code, county_code, township_code, seq, \
     longitude, latitude, meaning, history, status, set_up_year, abolished_year, created_at, updated_at";

pub(crate) fn join_aliases(aliases: &[String]) -> String {
    aliases.join(";")
}

pub(crate) fn split_aliases(text: &str) -> Vec<String> {
    text.split(';').filter(|a| !a.is_empty()).map(str::to_string).collect()
}

pub(crate) fn parse_status(s: &str) -> PlaceStatus {
    PlaceStatus::parse(s).unwrap_or(PlaceStatus::Current)
}

pub(crate) fn parse_level(s: &str) -> Result<Level> {
    Level::parse(s).ok_or_else(|| anyhow::anyhow!("unknown level {s:?} in the database"))
}

/// The place as it will be stored.
pub(crate) fn place_from_new(p: &NewPlace, seq: u32, at: &str) -> Place {
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
