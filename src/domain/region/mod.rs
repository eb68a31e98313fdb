//! Administrative division codes (行政区划代码, GB/T 2260) through time.
//!
//! A code is never a key on its own: codes are renamed, recoded, merged, split
//! and *reused* (132201 was 邢台市 1981–1983 and 南宫市 1986–1993). The model is
//! therefore a table of [`Version`]s — `(code, name, level, parent, valid_from,
//! valid_to)` — plus a separate table of [`Change`]s between versions.
//! [`RegionDb::builtin`] loads the data embedded from `fixtures/regions/`;
//! [`RegionDb::from_csv`] builds the same from other (e.g. newer) CSV texts.
//!
//! # Data (`fixtures/regions/`, see its `SOURCES.md`)
//!
//! * [`Source::History`] — `mca_code_history.csv`: every county-and-above
//!   (code, name) record 1981–2024 with successor codes. Years are "as at 31
//!   December"; `valid_from` is inclusive, `valid_to` exclusive, `None` = in use
//!   today. Parents come from the yearly MCA lists `mca_2015.csv` …
//!   `mca_2024.csv` where they list the code, else they are derived:
//!   `XXXX00` if a prefecture record with that code is in use that year, else
//!   `XX0000` (this reproduces every yearly list exactly and agrees with the
//!   history's `parent_name`, `直辖` ⇔ province parent; both are tested). The
//!   history starts a new record of an unchanged unit when its prefecture was
//!   renamed or replaced under the same code (130 records, e.g. 452427 钟山县
//!   under 梧州地区, then 贺州地区, 1997): such records are joined into one, so
//!   no change ever keeps both code and name; the change is the parent's, and
//!   is recorded on the parent. A record whose parent code changes is cut into
//!   one version per parent, linked by [`ChangeKind::Reparented`] (no record of
//!   the current data needs it).
//!   Loading fails if a yearly-list row is not a history record of its year.
//! * [`Source::GbtEdition`] — codes found *only* in the GB/T 2260-2002/2007
//!   editions (`XXXX01 市辖区`, `110200 县`, `469000 …`, a few others). They are
//!   valid from their first edition until the next edition that drops them,
//!   or until the end of 2007 (`valid_to = 2008`) when still in the 2007
//!   edition: the yearly lists that followed no longer carry them, so they are
//!   never [`Status::Current`]. Edition rows whose code *is* in the history
//!   but under a variant name (e.g. 2002 `371700 荷泽市`, `469025 定安县`) add no
//!   version; the code still counts for [`RegionDb::ever_valid_for_id`].
//! * [`Source::Nbs`] — statistical codes (统计用区划代码) of the National Bureau of
//!   Statistics lists 2022 and 2023: the 9-digit townships and 12-digit villages
//!   of Guangzhou, Wuhan and Shanghai, and county-level codes the history lacks
//!   (development zones such as 130171; 620201 嘉峪关市, a GB/T `市辖区` code
//!   before). The NBS placeholders `XX01 市辖区` and `XX90 省直辖县级行政区划`
//!   are skipped, so a county hangs directly under the province as in the MCA
//!   lists. A list year counts as that calendar year; rows still in the 2023
//!   list are open-ended (`valid_to = None`): the bureau stopped publishing in
//!   October 2024, so 2023 is the latest word. NBS-only codes are not valid
//!   for ID numbers.
//!
//! # Changes
//!
//! Derived from the history's `successor_codes` (a `[YYYY]` suffix marks a
//! partial transfer of area in that year) and from consecutive lists:
//!
//! * same code, new name → [`Renamed`](ChangeKind::Renamed) (also a `changed`
//!   record without successors that is followed at once by a record of the
//!   same code, e.g. 淮阴市 → 淮安市, 襄樊市 → 襄阳市);
//! * several successors → [`Split`](ChangeKind::Split); several records
//!   going to one successor in the same year → [`Merged`](ChangeKind::Merged);
//! * one to one with a new code → [`Reparented`](ChangeKind::Reparented) when the
//!   parent code differs (莱城区 371202 → 莱芜区 370116, also 地区 → 市 reforms
//!   that recoded every county), else [`Recoded`](ChangeKind::Recoded) (凤翔县
//!   610322 → 凤翔区 610305);
//! * `retired` without successor → [`Abolished`](ChangeKind::Abolished); a record
//!   starting after the history's first year that nothing leads to →
//!   [`Created`](ChangeKind::Created);
//! * partial transfers (`350603[1996]`) → [`Transferred`](ChangeKind::Transferred):
//!   kept as notes, never followed by [`RegionDb::resolve`] (so 350681
//!   resolves to 350604 only).
//!
//! NBS codes that appear or vanish between 2022 and 2023 get no
//! created/abolished change (the lists say nothing about why); NBS renames do.
//! One history record has no way forward: 511400 涪陵市 (1995–1997, `changed`
//! with no successor; the area went to 重庆), so it resolves to nothing.
//!
//! # Diff and search
//!
//! [`RegionDb::diff`] compares the county-and-above lists of two years and
//! reports each unit change once, classified by following the changes in
//! between (a recoding is one `recoded` entry carrying both codes); the
//! entries' `code_added`/`code_retired` flags give the code-set view.
//! [`RegionDb::search`] matches names, short names ([`short_name`]) and pinyin
//! (read by [`crate::domain::pinyin`], with place-name readings), ranked as
//! [`crate::domain::pinyin::search`] ranks.
//!
//! # Performance
//!
//! [`RegionDb::status`] and [`RegionDb::ever_valid_for_id`] parse the code to a
//! `u64` and do one hash probe, without allocating: bulk validation calls them
//! for every row. The built-in database is built once per process, and the
//! search index, larger than the rest, only on the first [`RegionDb::search`]
//! (the figures are in `benches/region_validate.sh`).

mod code;
pub mod district;
mod load;
mod search;
#[cfg(test)]
mod tests;

use std::collections::{HashMap, HashSet, VecDeque};
use std::fmt;
use std::ops::Range;
use std::sync::OnceLock;

use serde::Serialize;

use code::{key, KeyMap};
pub use load::Sources;
pub use search::short_name;

/// A region code as the prefix of every code within it: a 6-digit code without its trailing
/// zero pairs (`440100` → `4401`, `440000` → `44`, `440106` whole); 9- and 12-digit codes are
/// whole.
pub fn prefix(code: &str) -> &str {
    let mut p = code;
    if p.len() == 6 {
        while p.len() > 2 && p.ends_with("00") {
            p = &p[..p.len() - 2];
        }
    }
    p
}

/// Administrative level of a unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// 省级 (`XX0000`).
    Province,
    /// 地级 (`XXXX00`).
    Prefecture,
    /// 县级 (other 6-digit codes).
    County,
    /// 乡级 (9 digits).
    Township,
    /// 村级 (12 digits).
    Village,
}

impl Level {
    /// All levels, top down.
    pub const ALL: [Level; 5] = [Level::Province, Level::Prefecture, Level::County, Level::Township, Level::Village];

    /// The English name used in the CSV files (`province`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Province => "province",
            Level::Prefecture => "prefecture",
            Level::County => "county",
            Level::Township => "township",
            Level::Village => "village",
        }
    }

    /// Parses the English name used in the CSV files.
    pub fn parse(s: &str) -> Option<Level> {
        Level::ALL.into_iter().find(|l| l.as_str() == s)
    }

    /// Chinese name (省级, 地级, 县级, 乡级, 村级).
    pub fn zh(self) -> &'static str {
        match self {
            Level::Province => "省级",
            Level::Prefecture => "地级",
            Level::County => "县级",
            Level::Township => "乡级",
            Level::Village => "村级",
        }
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where a version comes from (see the module docs).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// MCA code history (county level and above, 1981–).
    History,
    /// Only in a published GB/T 2260 edition (2002, 2007).
    GbtEdition,
    /// NBS statistical division codes (2022, 2023).
    Nbs,
}

impl Source {
    /// Snake-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            Source::History => "history",
            Source::GbtEdition => "gbt_edition",
            Source::Nbs => "nbs",
        }
    }
}

/// One unit holding one code under one name and parent for a span of years.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Version {
    /// 6, 9 or 12 digits.
    pub code: String,
    /// Official name, e.g. `凤翔区`.
    pub name: String,
    /// Administrative level.
    pub level: Level,
    /// Code of the parent unit (`None` for provinces). Resolve it with
    /// [`RegionDb::at`] for the same year: codes are reused.
    pub parent_code: Option<String>,
    /// First year (as at 31 December) in which this version was in use.
    pub valid_from: i32,
    /// First year in which it was no longer in use; `None` = in use today.
    pub valid_to: Option<i32>,
    /// Where the version comes from.
    pub source: Source,
}

impl Version {
    /// In use today (`valid_to` is `None`).
    pub fn is_current(&self) -> bool {
        self.valid_to.is_none()
    }

    /// In use as at 31 December of `year`.
    pub fn valid_in(&self, year: i32) -> bool {
        self.valid_from <= year && self.valid_to.is_none_or(|to| year < to)
    }

    /// [`valid_in`](Self::valid_in) for `Some(year)`, [`is_current`](Self::is_current) for `None`.
    fn valid_at(&self, year: Option<i32>) -> bool {
        year.map_or(self.is_current(), |y| self.valid_in(y))
    }
}

/// Whether a code is in use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Some unit holds the code today.
    Current,
    /// The code was used but is not any more.
    Retired,
    /// The code is in no source (or is not 6/9/12 digits).
    NeverExisted,
}

impl Status {
    /// Snake-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Current => "current",
            Status::Retired => "retired",
            Status::NeverExisted => "never_existed",
        }
    }
}

/// Kind of a [`Change`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    /// Same code, new name.
    Renamed,
    /// Same unit, new code under the same parent: one successor, one predecessor.
    Recoded,
    /// Several old units went into one new unit.
    Merged,
    /// One old unit went into several new units.
    Split,
    /// Moved to another parent: same code with a new parent, or one-to-one
    /// to a new code under another parent code.
    Reparented,
    /// Retired with no successor (`new_code` is empty).
    Abolished,
    /// New unit that no earlier unit leads to (`old_code` is empty).
    Created,
    /// Part of the old unit's area went to the new unit (the history's
    /// `[YYYY]` successors). Not followed by [`RegionDb::resolve`].
    Transferred,
}

impl ChangeKind {
    /// Snake-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            ChangeKind::Renamed => "renamed",
            ChangeKind::Recoded => "recoded",
            ChangeKind::Merged => "merged",
            ChangeKind::Split => "split",
            ChangeKind::Reparented => "reparented",
            ChangeKind::Abolished => "abolished",
            ChangeKind::Created => "created",
            ChangeKind::Transferred => "transferred",
        }
    }

    /// Chinese name.
    pub fn zh(self) -> &'static str {
        match self {
            ChangeKind::Renamed => "更名",
            ChangeKind::Recoded => "改代码",
            ChangeKind::Merged => "合并",
            ChangeKind::Split => "拆分",
            ChangeKind::Reparented => "变更隶属",
            ChangeKind::Abolished => "撤销",
            ChangeKind::Created => "新设",
            ChangeKind::Transferred => "部分划转",
        }
    }

    /// Whether the new unit continues the old one (followed when resolving).
    fn is_succession(self) -> bool {
        !matches!(self, ChangeKind::Transferred | ChangeKind::Created | ChangeKind::Abolished)
    }
}

/// A change from one version to another. Empty code and name stand for "none"
/// (`old_*` of [`Created`](ChangeKind::Created), `new_*` of [`Abolished`](ChangeKind::Abolished)).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// Code before the change (empty for [`ChangeKind::Created`]).
    pub old_code: String,
    /// Name before the change.
    pub old_name: String,
    /// Code after the change (empty for [`ChangeKind::Abolished`]).
    pub new_code: String,
    /// Name after the change.
    pub new_name: String,
    /// What happened.
    pub kind: ChangeKind,
    /// First year (as at 31 December) of the new state.
    pub effective: i32,
}

/// Answer of [`RegionDb::resolve`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Resolution {
    /// The unit that held the code in the year asked (latest holder if none asked).
    pub then: Option<Version>,
    /// The units holding that area today (several after a split; empty if abolished).
    pub today: Vec<Version>,
    /// The changes followed, oldest first.
    pub path: Vec<Change>,
}

/// Kind of a [`DiffEntry`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DiffKind {
    /// New unit with no predecessor in the from-year list.
    Added,
    /// Unit with no successor in the to-year list.
    Retired,
    /// Same code, new name.
    Renamed,
    /// One to one, new code, same parent.
    Recoded,
    /// New parent (same code, or one to one to a new code under another parent).
    Reparented,
    /// Went into a unit that has other predecessors or already existed.
    Merged,
    /// Went into several units.
    Split,
}

impl DiffKind {
    /// Snake-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            DiffKind::Added => "added",
            DiffKind::Retired => "retired",
            DiffKind::Renamed => "renamed",
            DiffKind::Recoded => "recoded",
            DiffKind::Reparented => "reparented",
            DiffKind::Merged => "merged",
            DiffKind::Split => "split",
        }
    }
}

/// One line of [`RegionDb::diff`]. Each unit change is reported once: a
/// recoding is one `recoded` entry, not also an `added` and a `retired` one.
/// The flags tell which codes enter or leave the list, so "new codes" are the
/// entries with `code_added`, "retired codes" those with `code_retired`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DiffEntry {
    /// What happened.
    pub kind: DiffKind,
    /// Code in the from-year list (empty for [`DiffKind::Added`]).
    pub old_code: String,
    /// Name in the from-year list.
    pub old_name: String,
    /// Code in the to-year list (empty for [`DiffKind::Retired`]).
    pub new_code: String,
    /// Name in the to-year list.
    pub new_name: String,
    /// `new_code` is not in the from-year list.
    pub code_added: bool,
    /// `old_code` is not in the to-year list.
    pub code_retired: bool,
}

impl DiffEntry {
    /// The same unit change seen from the other list: old and new swapped, an
    /// addition a retirement, a merge a split.
    fn reversed(self) -> DiffEntry {
        let kind = match self.kind {
            DiffKind::Added => DiffKind::Retired,
            DiffKind::Retired => DiffKind::Added,
            DiffKind::Merged => DiffKind::Split,
            DiffKind::Split => DiffKind::Merged,
            k @ (DiffKind::Renamed | DiffKind::Recoded | DiffKind::Reparented) => k,
        };
        DiffEntry {
            kind,
            old_code: self.new_code,
            old_name: self.new_name,
            new_code: self.old_code,
            new_name: self.old_name,
            code_added: self.code_retired,
            code_retired: self.code_added,
        }
    }
}

/// By kind, then old code, then new code.
fn sort_diff(entries: &mut [DiffEntry]) {
    entries.sort_by(|x, y| (x.kind, &x.old_code, &x.new_code).cmp(&(y.kind, &y.old_code, &y.new_code)));
}

/// Error while loading region data.
#[derive(Debug)]
pub enum RegionError {
    /// The CSV text could not be read.
    Csv {
        /// Which list (`mca_code_history`, `nbs_2023`, …).
        file: String,
        /// The reader's error.
        source: csv::Error,
    },
    /// A row breaks the format or contradicts another source.
    Invalid {
        /// Which list (`mca_code_history`, `nbs_2023`, …).
        file: String,
        /// 1-based line (the header is line 1).
        line: u64,
        /// What is wrong.
        message: String,
    },
}

impl fmt::Display for RegionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RegionError::Csv { file, source } => write!(f, "{file}: {source}"),
            RegionError::Invalid { file, line, message } => write!(f, "{file}:{line}: {message}"),
        }
    }
}

impl std::error::Error for RegionError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            RegionError::Csv { source, .. } => Some(source),
            RegionError::Invalid { .. } => None,
        }
    }
}

/// What is known about one code.
#[derive(Debug)]
struct CodeEntry {
    /// Its versions in [`RegionDb::versions`] (sorted by `valid_from`).
    versions: Range<u32>,
    status: Status,
    /// In the MCA history or a GB/T edition.
    id_valid: bool,
    /// Changes whose old version holds this code.
    succs: Vec<u32>,
    /// Changes whose new version holds this code.
    preds: Vec<u32>,
}

/// Version ids at both ends of a change.
#[derive(Debug, Clone, Copy)]
struct Link {
    from: Option<u32>,
    to: Option<u32>,
}

/// The region database: versions, changes and indexes.
#[derive(Debug)]
pub struct RegionDb {
    /// Sorted by (code, `valid_from`).
    versions: Vec<Version>,
    /// Sorted by (`effective`, `old_code`, `new_code`).
    changes: Vec<Change>,
    /// Parallel to `changes`.
    links: Vec<Link>,
    codes: KeyMap<CodeEntry>,
    /// Parent code → ids of versions with that parent, in code order.
    children: KeyMap<Vec<u32>>,
    /// Years of the MCA yearly lists.
    years: Vec<i32>,
    search: OnceLock<search::Index>,
}

impl RegionDb {
    /// The database built from the data embedded in the binary, built once.
    ///
    /// # Panics
    ///
    /// If the embedded data does not load, which the test suite rules out.
    #[allow(clippy::expect_used)]
    pub fn builtin() -> &'static RegionDb {
        // The embedded CSVs are fixed at compile time and loaded by every test
        // run (`tests::builtin_loads`), so this cannot fail in a tested build.
        Self::try_builtin().expect("embedded region data is valid (checked by the test suite)")
    }

    /// Like [`builtin`](Self::builtin), reporting a load error instead of panicking.
    ///
    /// # Errors
    ///
    /// The error of [`from_csv`](Self::from_csv) on the embedded data.
    pub fn try_builtin() -> Result<&'static RegionDb, &'static RegionError> {
        static DB: OnceLock<Result<RegionDb, RegionError>> = OnceLock::new();
        DB.get_or_init(|| RegionDb::from_csv(&Sources::builtin())).as_ref()
    }

    /// Builds a database from CSV texts (e.g. a newer history and yearly list).
    ///
    /// # Errors
    ///
    /// [`RegionError::Csv`] for unreadable CSV, [`RegionError::Invalid`] for a
    /// wrong header, a malformed code, level, name or year, a successor code
    /// not in use in its year, a yearly-list row that is not a history record
    /// in use that year, or two rows for one code that disagree.
    pub fn from_csv(sources: &Sources<'_>) -> Result<RegionDb, RegionError> {
        load::build(sources)
    }

    fn entry(&self, code: &str) -> Option<&CodeEntry> {
        self.codes.get(&key(code)?)
    }

    fn ids(&self, code: &str) -> Range<usize> {
        self.entry(code).map_or(0..0, |e| e.versions.start as usize..e.versions.end as usize)
    }

    fn version(&self, id: u32) -> &Version {
        &self.versions[id as usize]
    }

    /// Every version of every code, by code (6, then 9, then 12 digits) and `valid_from`.
    pub fn all_versions(&self) -> &[Version] {
        &self.versions
    }

    /// All units that ever held `code`, oldest first.
    pub fn versions(&self, code: &str) -> &[Version] {
        &self.versions[self.ids(code)]
    }

    /// The unit holding `code` as at 31 December of `year`.
    pub fn at(&self, code: &str, year: i32) -> Option<&Version> {
        self.versions(code).iter().find(|v| v.valid_in(year))
    }

    /// The unit holding `code` today.
    pub fn current(&self, code: &str) -> Option<&Version> {
        self.versions(code).iter().find(|v| v.is_current())
    }

    /// Id of the version in use in `year`, or for `None` the current one,
    /// failing that the latest.
    fn pick(&self, code: &str, year: Option<i32>) -> Option<u32> {
        let ids = self.ids(code);
        let found = match year {
            Some(y) => ids.clone().find(|&i| self.versions[i].valid_in(y)),
            None => ids.clone().find(|&i| self.versions[i].is_current()).or(ids.last()),
        };
        found.map(|i| i as u32) // ids fit in u32 (checked when loading)
    }

    /// Current, retired or never existed. One hash lookup, no allocation.
    #[inline]
    pub fn status(&self, code: &str) -> Status {
        self.entry(code).map_or(Status::NeverExisted, |e| e.status)
    }

    /// Whether `code` may be the address code of a resident ID number: it is in
    /// the MCA history or a GB/T 2260 edition (any level, any year, retired
    /// included; `XXXX01 市辖区` too). One hash lookup, no allocation.
    #[inline]
    pub fn ever_valid_for_id(&self, code: &str) -> bool {
        self.entry(code).is_some_and(|e| e.id_valid)
    }

    /// All changes, by effective year.
    pub fn changes(&self) -> &[Change] {
        &self.changes
    }

    /// Changes that lead to `code` (renames under the code included).
    pub fn predecessors(&self, code: &str) -> Vec<&Change> {
        self.entry(code).map(|e| e.preds.iter().map(|&c| &self.changes[c as usize]).collect()).unwrap_or_default()
    }

    /// Changes that lead away from `code` (renames under the code included).
    pub fn successors(&self, code: &str) -> Vec<&Change> {
        self.entry(code).map(|e| e.succs.iter().map(|&c| &self.changes[c as usize]).collect()).unwrap_or_default()
    }

    /// Changes leaving version `id`.
    fn out_changes(&self, id: u32) -> impl Iterator<Item = u32> + '_ {
        let succs = self.entry(&self.version(id).code).map_or(&[][..], |e| &e.succs[..]);
        succs.iter().copied().filter(move |&c| self.links[c as usize].from == Some(id))
    }

    /// Follows successions from version `start` until versions in use in
    /// `until` (`None`: today). Returns those end versions (sorted) and the
    /// changes taken, oldest first.
    fn follow(&self, start: u32, until: Option<i32>) -> (Vec<u32>, Vec<u32>) {
        let (mut ends, mut path) = (Vec::new(), Vec::new());
        let mut seen = vec![start];
        let mut queue = VecDeque::from([start]);
        while let Some(id) = queue.pop_front() {
            if self.version(id).valid_at(until) {
                ends.push(id);
                continue;
            }
            for c in self.out_changes(id) {
                let change = &self.changes[c as usize];
                if until.is_some_and(|y| change.effective > y) {
                    continue;
                }
                if change.kind == ChangeKind::Abolished {
                    path.push(c);
                }
                let Some(to) = self.links[c as usize].to.filter(|_| change.kind.is_succession()) else {
                    continue;
                };
                path.push(c);
                if !seen.contains(&to) {
                    seen.push(to);
                    queue.push_back(to);
                }
            }
        }
        ends.sort_unstable();
        path.sort_unstable(); // change ids are in effective-year order
        path.dedup();
        (ends, path)
    }

    /// What `code` (as held in `year`, or its latest holder) is today: follows
    /// renames, recodings, merges and splits through any number of steps.
    pub fn resolve(&self, code: &str, year: Option<i32>) -> Resolution {
        let Some(start) = self.pick(code, year) else {
            return Resolution::default();
        };
        let (ends, path) = self.follow(start, None);
        Resolution {
            then: Some(self.version(start).clone()),
            today: ends.into_iter().map(|i| self.version(i).clone()).collect(),
            path: path.into_iter().map(|c| self.changes[c as usize].clone()).collect(),
        }
    }

    /// The chain province → … → unit for `code` in `year` (`None`: today, or
    /// for a retired code its last year in use). Levels may be skipped (a
    /// township directly under 东莞市). Empty if the code is unknown then.
    pub fn path(&self, code: &str, year: Option<i32>) -> Vec<&Version> {
        let Some(id) = self.pick(code, year) else {
            return Vec::new();
        };
        let unit = self.version(id);
        let year = year.or(unit.valid_to.map(|to| to - 1));
        let mut chain = vec![unit];
        let mut next = unit.parent_code.as_deref();
        // Depth is at most five; the bound guards against a cyclic input file.
        while let Some(parent) = next.filter(|_| chain.len() < Level::ALL.len()) {
            let Some(p) = self.pick(parent, year) else {
                break;
            };
            let p = self.version(p);
            chain.push(p);
            next = p.parent_code.as_deref();
        }
        chain.reverse();
        chain
    }

    /// Units directly under `parent` in `year` (`None`: today), by code.
    pub fn children(&self, parent: &str, year: Option<i32>) -> Vec<&Version> {
        let ids = key(parent).and_then(|k| self.children.get(&k));
        ids.map_or(&[][..], |v| &v[..]).iter().map(|&i| self.version(i)).filter(|v| v.valid_at(year)).collect()
    }

    /// Units in `year` (`None`: today), optionally only of one level and/or
    /// directly under one parent, by code. All sources are included.
    pub fn list(&self, level: Option<Level>, parent: Option<&str>, year: Option<i32>) -> Vec<&Version> {
        let level_ok = |v: &&Version| level.is_none_or(|l| v.level == l);
        match parent {
            Some(p) => self.children(p, year).into_iter().filter(level_ok).collect(),
            None => self.versions.iter().filter(|v| v.valid_at(year)).filter(level_ok).collect(),
        }
    }

    /// Townships (9-digit codes) under a county — or under a prefecture-level
    /// city without districts — today. Only Guangzhou, Wuhan and Shanghai have
    /// them in the built-in data.
    pub fn townships(&self, county_code: &str) -> Vec<&Version> {
        self.list(Some(Level::Township), Some(county_code), None)
    }

    /// Villages (12-digit codes) under a township today.
    pub fn villages(&self, township_code: &str) -> Vec<&Version> {
        self.list(Some(Level::Village), Some(township_code), None)
    }

    /// Years of the MCA yearly lists the database was built with.
    pub fn years(&self) -> Vec<i32> {
        self.years.clone()
    }

    /// The MCA county-and-above list as at 31 December of `year` (history
    /// versions only), by code. For the yearly-list years this is exactly
    /// the published list.
    pub fn snapshot(&self, year: i32) -> Vec<&Version> {
        self.versions.iter().filter(|v| v.source == Source::History && v.valid_in(year)).collect()
    }

    /// [`snapshot`](Self::snapshot) as CSV `code,name,level,parent_code` (the
    /// format of `mca_YYYY.csv`, byte for byte).
    pub fn export(&self, year: i32) -> String {
        let mut out = String::from("code,name,level,parent_code\n");
        for v in self.snapshot(year) {
            let fields = [&v.code[..], &v.name, v.level.as_str(), v.parent_code.as_deref().unwrap_or("")];
            for (i, field) in fields.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                if field.contains([',', '"', '\n', '\r']) {
                    out.push('"');
                    out.push_str(&field.replace('"', "\"\""));
                    out.push('"');
                } else {
                    out.push_str(field);
                }
            }
            out.push('\n');
        }
        out
    }

    /// Differences from the county-and-above list of `from_year` to that of
    /// `to_year`, in the direction asked: backwards in time, what only the
    /// later list has is [`Retired`](DiffKind::Retired), a merge is a split.
    /// Each unit change is one entry, classified by following the changes
    /// between the two years; see [`DiffEntry`].
    pub fn diff(&self, from_year: i32, to_year: i32) -> Vec<DiffEntry> {
        if from_year <= to_year {
            return self.forward_diff(from_year, to_year);
        }
        let mut out: Vec<DiffEntry> = self.forward_diff(to_year, from_year).into_iter().map(DiffEntry::reversed).collect();
        sort_diff(&mut out);
        out
    }

    /// [`diff`](Self::diff) for `from <= to`.
    fn forward_diff(&self, from: i32, to: i32) -> Vec<DiffEntry> {
        let in_list = |y: i32| -> Vec<bool> { self.versions.iter().map(|v| v.source == Source::History && v.valid_in(y)).collect() };
        let (in_a, in_b) = (in_list(from), in_list(to));
        let codes_in = |mask: &[bool]| -> HashSet<&str> {
            mask.iter().zip(&self.versions).filter(|(&m, _)| m).map(|(_, v)| v.code.as_str()).collect()
        };
        let (codes_a, codes_b) = (codes_in(&in_a), codes_in(&in_b));

        // Where each unit of the from-list that is gone by `to` went.
        let gone: Vec<(u32, Vec<u32>)> =
            (0..self.versions.len()).filter(|&i| in_a[i] && !in_b[i]).map(|a| (a as u32, self.follow(a as u32, Some(to)).0)).collect();
        let mut preds: HashMap<u32, usize> = HashMap::new();
        for b in gone.iter().flat_map(|(_, ends)| ends) {
            *preds.entry(*b).or_default() += 1;
        }

        let mut out = Vec::new();
        let mut push = |kind, old: Option<&Version>, new: Option<&Version>| {
            let (old_code, old_name) = old.map_or_else(Default::default, |v| (v.code.clone(), v.name.clone()));
            let (new_code, new_name) = new.map_or_else(Default::default, |v| (v.code.clone(), v.name.clone()));
            out.push(DiffEntry {
                kind,
                code_added: !new_code.is_empty() && !codes_a.contains(new_code.as_str()),
                code_retired: !old_code.is_empty() && !codes_b.contains(old_code.as_str()),
                old_code,
                old_name,
                new_code,
                new_name,
            });
        };
        for (a, ends) in &gone {
            let old = self.version(*a);
            if ends.is_empty() {
                push(DiffKind::Retired, Some(old), None);
            }
            for &b in ends {
                let new = self.version(b);
                let reparented = old.parent_code != new.parent_code;
                let kind = if new.code == old.code {
                    if old.name != new.name {
                        push(DiffKind::Renamed, Some(old), Some(new));
                    }
                    if !reparented {
                        continue;
                    }
                    DiffKind::Reparented
                } else if ends.len() > 1 {
                    DiffKind::Split
                } else if in_a[b as usize] || preds.get(&b).is_some_and(|&n| n > 1) {
                    DiffKind::Merged
                } else if reparented {
                    DiffKind::Reparented
                } else {
                    DiffKind::Recoded
                };
                push(kind, Some(old), Some(new));
            }
        }
        for (b, v) in self.versions.iter().enumerate() {
            if in_b[b] && !in_a[b] && !preds.contains_key(&(b as u32)) {
                push(DiffKind::Added, None, Some(v));
            }
        }
        sort_diff(&mut out);
        out
    }

    /// Units in `year` (`None`: today) matching `text`: exact name, short name
    /// (`广州` → 广州市), name prefix or substring, full pinyin (`guangzhou`) or
    /// initials, one per syllable (`gz`). Best first: exact name, short name,
    /// prefix, substring, then pinyin (whole short name before initials before
    /// prefixes), ranked as [`crate::domain::pinyin::search`] ranks; ties by
    /// level, then code.
    pub fn search(&self, text: &str, year: Option<i32>) -> Vec<&Version> {
        let index = self.search.get_or_init(|| search::Index::new(&self.versions));
        index.find(text, &self.versions, |v| v.valid_at(year)).into_iter().map(|i| self.version(i)).collect()
    }
}
