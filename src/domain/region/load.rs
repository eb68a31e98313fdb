//! Building a [`RegionDb`] from the CSV sources (see `fixtures/regions/SOURCES.md`).

use std::collections::{BTreeMap, HashMap, HashSet};
use std::ops::Range;
use std::sync::OnceLock;

use super::code::{code_of, key, len_of, round_down, Key, KeyMap};
use super::{Change, ChangeKind, CodeEntry, Level, Link, RegionDb, RegionError, Source, Status, Version};

/// The CSV texts a [`RegionDb`] is built from.
///
/// All lists use the common format `code,name,level,parent_code`; the history
/// uses the columns of `mca_code_history.csv`. Several lists may share a year
/// (`nbs_2023.csv` and `nbs_3cities_2023.csv`); their rows are merged.
#[derive(Debug, Clone)]
pub struct Sources<'a> {
    /// `mca_code_history.csv`: every county-and-above record with successors.
    pub history: &'a str,
    /// MCA yearly lists (`mca_YYYY.csv`), by year: they give the parents and
    /// are checked against the history.
    pub yearly: Vec<(i32, &'a str)>,
    /// GB/T 2260 editions (`gbt2260_YYYY.csv`), by edition year.
    pub gbt: Vec<(i32, &'a str)>,
    /// NBS statistical lists (`nbs_YYYY.csv`, `nbs_3cities_YYYY.csv`), by year.
    pub nbs: Vec<(i32, &'a str)>,
}

/// Embeds `fixtures/regions/<file>` (the same path in the scratch and main crates).
macro_rules! fixture {
    ($file:literal) => {
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/regions/", $file))
    };
}

impl Sources<'static> {
    /// The data embedded in the binary.
    pub fn builtin() -> Self {
        Sources {
            history: fixture!("mca_code_history.csv"),
            yearly: vec![
                (2015, fixture!("mca_2015.csv")),
                (2016, fixture!("mca_2016.csv")),
                (2017, fixture!("mca_2017.csv")),
                (2018, fixture!("mca_2018.csv")),
                (2019, fixture!("mca_2019.csv")),
                (2020, fixture!("mca_2020.csv")),
                (2021, fixture!("mca_2021.csv")),
                (2022, fixture!("mca_2022.csv")),
                (2023, fixture!("mca_2023.csv")),
                (2024, fixture!("mca_2024.csv")),
            ],
            gbt: vec![(2002, fixture!("gbt2260_2002.csv")), (2007, fixture!("gbt2260_2007.csv"))],
            nbs: vec![
                (2022, fixture!("nbs_2022.csv")),
                (2022, fixture!("nbs_3cities_2022.csv")),
                (2023, fixture!("nbs_2023.csv")),
                (2023, fixture!("nbs_3cities_2023.csv")),
            ],
        }
    }
}

fn invalid(file: &str, line: u64, message: impl Into<String>) -> RegionError {
    RegionError::Invalid { file: file.to_owned(), line, message: message.into() }
}

/// Calls `f(line, record)` for every data row after checking the header.
fn read_csv(
    file: &str,
    text: &str,
    header: &[&str],
    mut f: impl FnMut(u64, &csv::StringRecord) -> Result<(), RegionError>,
) -> Result<(), RegionError> {
    let csv_err = |source| RegionError::Csv { file: file.to_owned(), source };
    let mut reader = csv::ReaderBuilder::new().from_reader(text.as_bytes());
    if reader.headers().map_err(csv_err)?.iter().ne(header.iter().copied()) {
        return Err(invalid(file, 1, format!("header must be `{}`", header.join(","))));
    }
    let mut record = csv::StringRecord::new();
    while reader.read_record(&mut record).map_err(csv_err)? {
        f(record.position().map_or(0, csv::Position::line), &record)?;
    }
    Ok(())
}

fn parse_code(file: &str, line: u64, code: &str) -> Result<Key, RegionError> {
    key(code).ok_or_else(|| invalid(file, line, format!("`{code}` is not a 6/9/12-digit code")))
}

fn parse_level(file: &str, line: u64, level: &str) -> Result<Level, RegionError> {
    Level::parse(level).ok_or_else(|| invalid(file, line, format!("unknown level `{level}`")))
}

fn check_name<'r>(file: &str, line: u64, name: &'r str) -> Result<&'r str, RegionError> {
    if name.is_empty() || name.trim() != name {
        return Err(invalid(file, line, format!("bad name `{name}`")));
    }
    Ok(name)
}

/// A row of a list in the common format, borrowed from the CSV record.
struct ListRow<'r> {
    key: Key,
    code: &'r str,
    name: &'r str,
    level: Level,
    parent: Option<Key>,
    parent_code: &'r str,
}

/// Calls `f(line, row)` for every row of a list in the common format.
fn read_list(file: &str, text: &str, mut f: impl FnMut(u64, &ListRow<'_>) -> Result<(), RegionError>) -> Result<(), RegionError> {
    read_csv(file, text, &["code", "name", "level", "parent_code"], |line, rec| {
        let row = ListRow {
            key: parse_code(file, line, &rec[0])?,
            code: &rec[0],
            name: check_name(file, line, &rec[1])?,
            level: parse_level(file, line, &rec[2])?,
            parent: match &rec[3] {
                "" => None,
                p => Some(parse_code(file, line, p)?),
            },
            parent_code: &rec[3],
        };
        f(line, &row)
    })
}

/// Lists of one kind by year, oldest first (several texts may share a year).
fn by_year<'a>(lists: &[(i32, &'a str)]) -> BTreeMap<i32, Vec<&'a str>> {
    let mut years: BTreeMap<i32, Vec<&str>> = BTreeMap::new();
    for &(year, text) in lists {
        years.entry(year).or_default().push(text);
    }
    years
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum HistStatus {
    Active,
    Retired,
    Changed,
}

/// A row of `mca_code_history.csv`.
struct HistRow {
    key: Key,
    code: String,
    name: String,
    level: Level,
    status: HistStatus,
    start: i32,
    end: Option<i32>,
    /// (code, year of a partial transfer).
    successors: Vec<(Key, Option<i32>)>,
    line: u64,
}

impl HistRow {
    fn valid_in(&self, year: i32) -> bool {
        self.start <= year && self.end.is_none_or(|end| year < end)
    }
}

const HISTORY: &str = "mca_code_history";

/// The history records, indexed by code.
struct History {
    rows: Vec<HistRow>,
    by_code: KeyMap<Vec<usize>>,
}

impl History {
    fn parse(text: &str) -> Result<History, RegionError> {
        let rows = join_continued(parse_history(text)?);
        let mut by_code: KeyMap<Vec<usize>> = KeyMap::default();
        for (i, r) in rows.iter().enumerate() {
            by_code.entry(r.key).or_default().push(i);
        }
        Ok(History { rows, by_code })
    }

    /// The record holding code `k` in `year`.
    fn holder(&self, k: Key, year: i32) -> Option<usize> {
        let records = self.by_code.get(&k)?;
        records.iter().copied().find(|&i| self.rows[i].valid_in(year))
    }

    fn contains(&self, k: Key) -> bool {
        self.by_code.contains_key(&k)
    }
}

/// Joins a record to the next record of its code when that one goes on under the
/// same name and level from the year it ends, and the record leads nowhere else
/// (no successor, or only its own code). The history starts such a record when
/// the unit's parent changed (its prefecture renamed or replaced: 142222 定襄县
/// under 忻县地区, then 忻州地区, 1983; 452427 钟山县 under 梧州地区, then
/// 贺州地区, 1997), so the unit itself did not change: the parent's change is
/// recorded on the parent, and the unit's parent code comes from the year.
/// Partial transfers of the first record are kept.
fn join_continued(rows: Vec<HistRow>) -> Vec<HistRow> {
    let mut index: HashMap<(Key, i32), usize> = HashMap::new();
    for (i, r) in rows.iter().enumerate() {
        index.insert((r.key, r.start), i);
    }
    let continues = |r: &HistRow| -> Option<usize> {
        let next = *index.get(&(r.key, r.end?))?;
        let n = &rows[next];
        let leads_on = r.successors.iter().any(|&(k, partial)| partial.is_none() && k != r.key);
        (n.name == r.name && n.level == r.level && !leads_on).then_some(next)
    };
    let next: Vec<Option<usize>> = rows.iter().map(continues).collect();
    let mut joined_into = vec![false; rows.len()];
    for n in next.iter().flatten() {
        joined_into[*n] = true;
    }
    let mut slots: Vec<Option<HistRow>> = rows.into_iter().map(Some).collect();
    let mut out = Vec::with_capacity(slots.len());
    for i in 0..slots.len() {
        if joined_into[i] {
            continue;
        }
        let Some(mut r) = slots[i].take() else {
            continue;
        };
        // Chains run forward in time (a record ends after it starts): no cycles.
        let mut at = next[i];
        while let Some(j) = at {
            let Some(n) = slots[j].take() else {
                break;
            };
            r.successors.retain(|&(_, partial)| partial.is_some());
            r.status = n.status;
            r.end = n.end;
            r.successors.extend(n.successors);
            at = next[j];
        }
        out.push(r);
    }
    out
}

fn parse_history(text: &str) -> Result<Vec<HistRow>, RegionError> {
    let header = ["code", "name", "level", "status", "start_year", "end_year", "successor_codes", "province_name", "parent_name"];
    let year = |line, s: &str| s.parse::<i32>().map_err(|_| invalid(HISTORY, line, format!("bad year `{s}`")));
    let mut rows = Vec::new();
    read_csv(HISTORY, text, &header, |line, rec| {
        let key = parse_code(HISTORY, line, &rec[0])?;
        let status = match &rec[3] {
            "active" => HistStatus::Active,
            "retired" => HistStatus::Retired,
            "changed" => HistStatus::Changed,
            other => return Err(invalid(HISTORY, line, format!("unknown status `{other}`"))),
        };
        let start = year(line, &rec[4])?;
        let end = match &rec[5] {
            "" => None,
            s => Some(year(line, s)?),
        };
        if (status == HistStatus::Active) != end.is_none() || end.is_some_and(|e| e <= start) {
            return Err(invalid(HISTORY, line, "status and years disagree"));
        }
        let mut successors = Vec::new();
        for item in rec[6].split(';').filter(|s| !s.is_empty()) {
            let (code, partial) = match item.split_once('[') {
                Some((code, rest)) => {
                    let y = rest.strip_suffix(']').ok_or_else(|| invalid(HISTORY, line, format!("bad successor `{item}`")))?;
                    (code, Some(year(line, y)?))
                }
                None => (item, None),
            };
            if partial.is_none() && end.is_none() {
                return Err(invalid(HISTORY, line, "an active record has a full successor"));
            }
            successors.push((parse_code(HISTORY, line, code)?, partial));
        }
        rows.push(HistRow {
            key,
            code: rec[0].to_owned(),
            name: check_name(HISTORY, line, &rec[1])?.to_owned(),
            level: parse_level(HISTORY, line, &rec[2])?,
            status,
            start,
            end,
            successors,
            line,
        });
        Ok(())
    })?;
    Ok(rows)
}

/// Versions and changes under construction (ids are positions in `versions`).
#[derive(Default)]
struct Builder {
    versions: Vec<Version>,
    keys: Vec<Key>,
    changes: Vec<(Change, Link)>,
}

impl Builder {
    fn push(&mut self, key: Key, version: Version) -> u32 {
        self.versions.push(version);
        self.keys.push(key);
        // Ids fit in u32: `finish` rejects more versions than that.
        (self.versions.len() - 1) as u32
    }

    fn link(&mut self, kind: ChangeKind, from: Option<u32>, to: Option<u32>, effective: i32) {
        let code_name = |id: Option<u32>| {
            id.map_or_else(Default::default, |i| {
                let v = &self.versions[i as usize];
                (v.code.clone(), v.name.clone())
            })
        };
        let ((old_code, old_name), (new_code, new_name)) = (code_name(from), code_name(to));
        let change = Change { old_code, old_name, new_code, new_name, kind, effective };
        self.changes.push((change, Link { from, to }));
    }

    fn parent_of(&self, id: u32) -> Option<&str> {
        self.versions[id as usize].parent_code.as_deref()
    }
}

/// Parents given by the MCA yearly lists, by year. Every row must be a
/// history record in use that year.
fn yearly_parents(hist: &History, lists: &[(i32, &str)]) -> Result<BTreeMap<i32, KeyMap<Option<Key>>>, RegionError> {
    let mut years: BTreeMap<i32, KeyMap<Option<Key>>> = BTreeMap::new();
    for (year, texts) in by_year(lists) {
        let file = format!("mca_{year}");
        let parents = years.entry(year).or_default();
        for text in texts {
            read_list(&file, text, |line, row| {
                let record = hist.holder(row.key, year).map(|i| &hist.rows[i]);
                if !record.is_some_and(|r| r.name == row.name && r.level == row.level) {
                    let message = format!("{} {} is not in the history for {year}", row.code, row.name);
                    return Err(invalid(&file, line, message));
                }
                parents.insert(row.key, row.parent);
                Ok(())
            })?;
        }
    }
    Ok(years)
}

/// Adds the history's versions and changes.
fn add_history(b: &mut Builder, hist: &History, yearly: &BTreeMap<i32, KeyMap<Option<Key>>>) -> Result<(), RegionError> {
    let segs = history_versions(b, hist, yearly);
    history_changes(b, hist, &segs)
}

/// Cuts each history record into versions, one per run of years with the
/// same parent, linked by [`ChangeKind::Reparented`]. Returns each record's
/// version ids.
fn history_versions(b: &mut Builder, hist: &History, yearly: &BTreeMap<i32, KeyMap<Option<Key>>>) -> Vec<Range<u32>> {
    let rows = &hist.rows;
    // Parent in `year`: from the yearly list, else `XXXX00` if that prefecture
    // exists then, else the province.
    let parent_at = |r: &HistRow, year: i32| -> Option<Key> {
        if let Some(&listed) = yearly.get(&year).and_then(|parents| parents.get(&r.key)) {
            return listed;
        }
        let province = round_down(r.key, 10_000);
        match r.level {
            Level::Province => None,
            Level::County => {
                let prefecture = round_down(r.key, 100);
                let exists = hist.holder(prefecture, year).is_some_and(|i| rows[i].level == Level::Prefecture);
                Some(if exists { prefecture } else { province })
            }
            _ => Some(province),
        }
    };
    let last_year = yearly.keys().copied().chain(rows.iter().map(|r| r.end.map_or(r.start, |e| e - 1))).max().unwrap_or_default();

    // Versions: one per (record, run of years with the same parent).
    let mut segs = Vec::with_capacity(rows.len());
    for r in rows {
        let version = |parent: Option<Key>, from, to| Version {
            code: r.code.clone(),
            name: r.name.clone(),
            level: r.level,
            parent_code: parent.map(code_of),
            valid_from: from,
            valid_to: to,
            source: Source::History,
        };
        let first = b.versions.len() as u32;
        let (mut from, mut parent) = (r.start, parent_at(r, r.start));
        for year in r.start + 1..r.end.unwrap_or(last_year + 1) {
            let p = parent_at(r, year);
            if p != parent {
                b.push(r.key, version(parent, from, Some(year)));
                (from, parent) = (year, p);
            }
        }
        b.push(r.key, version(parent, from, r.end));
        let seg = first..b.versions.len() as u32;
        for id in seg.start + 1..seg.end {
            let year = b.versions[id as usize].valid_from;
            b.link(ChangeKind::Reparented, Some(id - 1), Some(id), year);
        }
        segs.push(seg);
    }
    segs
}

/// Links the history's versions: successors, renames without successor,
/// abolitions and creations.
fn history_changes(b: &mut Builder, hist: &History, segs: &[Range<u32>]) -> Result<(), RegionError> {
    let rows = &hist.rows;
    let seg_at = |i: usize, year: i32| {
        let s = segs[i].clone();
        s.clone().find(|&id| b.versions[id as usize].valid_in(year)).unwrap_or(s.end - 1)
    };

    // Successor edges: (from record, to record, year, partial).
    let mut edges = Vec::new();
    for (i, r) in rows.iter().enumerate() {
        for &(k, partial) in &r.successors {
            // A full successor implies an end year (checked when parsing).
            let year = partial.or(r.end).unwrap_or_default();
            let to = hist
                .holder(k, year)
                .ok_or_else(|| invalid(HISTORY, r.line, format!("successor {} is not in use in {year}", code_of(k))))?;
            edges.push((i, to, year, partial.is_some()));
        }
    }
    let mut n_succ = vec![0usize; rows.len()];
    let mut n_pred: HashMap<(usize, i32), usize> = HashMap::new();
    let mut has_pred = vec![false; rows.len()];
    for &(from, to, year, partial) in &edges {
        if !partial {
            n_succ[from] += 1;
            *n_pred.entry((to, year)).or_default() += 1;
            has_pred[to] = true;
        }
    }
    let mut links = Vec::with_capacity(edges.len());
    for &(from, to, year, partial) in &edges {
        let (old, new) = if partial { (seg_at(from, year - 1), seg_at(to, year)) } else { (segs[from].end - 1, seg_at(to, year)) };
        let kind = if partial {
            ChangeKind::Transferred
        } else if rows[from].key == rows[to].key {
            ChangeKind::Renamed
        } else if n_succ[from] > 1 {
            ChangeKind::Split
        } else if n_pred.get(&(to, year)).is_some_and(|&n| n > 1) {
            ChangeKind::Merged
        } else if b.parent_of(old) != b.parent_of(new) {
            ChangeKind::Reparented
        } else {
            ChangeKind::Recoded
        };
        links.push((kind, old, new, year));
    }
    for (kind, old, new, year) in links {
        b.link(kind, Some(old), Some(new), year);
    }

    let first_year = rows.iter().map(|r| r.start).min().unwrap_or_default();
    for (i, r) in rows.iter().enumerate() {
        let Some(end) = r.end.filter(|_| n_succ[i] == 0) else {
            continue;
        };
        let last = segs[i].end - 1;
        match r.status {
            // `changed` without successors: renamed if the code goes on.
            HistStatus::Changed => {
                let same_code = hist.by_code.get(&r.key).map_or(&[][..], Vec::as_slice);
                let next = same_code.iter().copied().find(|&j| rows[j].start == end);
                if let Some(j) = next {
                    has_pred[j] = true;
                    b.link(ChangeKind::Renamed, Some(last), Some(segs[j].start), end);
                }
            }
            HistStatus::Retired => b.link(ChangeKind::Abolished, Some(last), None, end),
            HistStatus::Active => {}
        }
    }
    for (i, r) in rows.iter().enumerate() {
        if !has_pred[i] && r.start > first_year {
            b.link(ChangeKind::Created, None, Some(segs[i].start), r.start);
        }
    }
    Ok(())
}

/// A family of lists published year after year.
struct ListKind {
    /// File name stem for errors (`nbs` → `nbs_2023`).
    name: &'static str,
    source: Source,
    /// `valid_to` of the rows still in the last list.
    open_end: Option<i32>,
}

/// Adds versions for the rows `keep` accepts from lists of consecutive years:
/// one per run of years with the same name, level and parent (`parent` may
/// remap the row's parent); renames and reparentings between consecutive lists
/// become changes. `seen` is called with every row's code.
fn add_lists(
    b: &mut Builder,
    kind: &ListKind,
    lists: &[(i32, &str)],
    keep: impl Fn(&ListRow<'_>) -> bool,
    parent: impl Fn(&ListRow<'_>) -> Option<Key>,
    mut seen: impl FnMut(Key),
) -> Result<(), RegionError> {
    // Code → (open version, last year listed).
    let mut open: KeyMap<(u32, i32)> = KeyMap::default();
    for (year, texts) in by_year(lists) {
        let file = format!("{}_{year}", kind.name);
        for text in texts {
            read_list(&file, text, |line, row| {
                seen(row.key);
                if !keep(row) {
                    return Ok(());
                }
                let parent_key = parent(row);
                let prev = open.get(&row.key).copied();
                if let Some((id, listed)) = prev {
                    let v = &b.versions[id as usize];
                    let same = v.name == row.name && v.level == row.level && v.parent_code.as_deref().and_then(key) == parent_key;
                    if same {
                        open.insert(row.key, (id, year));
                        return Ok(());
                    }
                    if listed == year {
                        return Err(invalid(&file, line, format!("conflicting rows for {}", row.code)));
                    }
                }
                let parent_code = match parent_key {
                    Some(p) if Some(p) == row.parent => Some(row.parent_code.to_owned()),
                    p => p.map(code_of),
                };
                let version = Version {
                    code: row.code.to_owned(),
                    name: row.name.to_owned(),
                    level: row.level,
                    parent_code,
                    valid_from: year,
                    valid_to: None,
                    source: kind.source,
                };
                let new = b.push(row.key, version);
                if let Some((id, _)) = prev {
                    b.versions[id as usize].valid_to = Some(year);
                    let renamed = b.versions[id as usize].name != row.name;
                    let kind = if renamed { ChangeKind::Renamed } else { ChangeKind::Reparented };
                    b.link(kind, Some(id), Some(new), year);
                }
                open.insert(row.key, (new, year));
                Ok(())
            })?;
        }
        // Not in this year's list: ended.
        open.retain(|_, &mut (id, listed)| {
            if listed != year {
                b.versions[id as usize].valid_to = Some(year);
            }
            listed == year
        });
    }
    for &(id, _) in open.values() {
        b.versions[id as usize].valid_to = kind.open_end;
    }
    Ok(())
}

/// Builds the database (see the module docs for the rules).
pub(super) fn build(src: &Sources<'_>) -> Result<RegionDb, RegionError> {
    let hist = History::parse(src.history)?;
    let yearly = yearly_parents(&hist, &src.yearly)?;
    let mut b = Builder::default();
    add_history(&mut b, &hist, &yearly)?;

    // Codes valid for ID numbers: the history plus every GB/T edition row.
    let mut id_codes: HashSet<Key> = hist.by_code.keys().copied().collect();
    let gbt = ListKind { name: "gbt2260", source: Source::GbtEdition, open_end: src.gbt.iter().map(|(year, _)| year + 1).max() };
    add_lists(
        &mut b,
        &gbt,
        &src.gbt,
        |r| !hist.contains(r.key),
        |r| r.parent,
        |k| {
            id_codes.insert(k);
        },
    )?;

    // NBS: 9/12-digit rows, and county-level codes the history lacks (620201
    // 嘉峪关市 was `市辖区` in the GB/T editions: two versions, years apart). Those
    // hang under their NBS parent if it is an MCA code, else (placeholder
    // `XX01`/`XX90`) under the province.
    let six = |r: &ListRow<'_>| len_of(r.key) == 6;
    let nbs = ListKind { name: "nbs", source: Source::Nbs, open_end: None };
    add_lists(
        &mut b,
        &nbs,
        &src.nbs,
        |r| !six(r) || (r.level == Level::County && !hist.contains(r.key)),
        |r| match r.parent {
            Some(p) if six(r) && !hist.contains(p) => Some(round_down(r.key, 10_000)),
            p => p,
        },
        |_| {},
    )?;

    finish(b, yearly.keys().copied().collect(), &id_codes)
}

/// Sorts versions by code, indexes codes, changes and children.
fn finish(b: Builder, years: Vec<i32>, id_codes: &HashSet<Key>) -> Result<RegionDb, RegionError> {
    let Builder { versions, keys, changes } = b;
    if versions.len() >= u32::MAX as usize || changes.len() >= u32::MAX as usize {
        return Err(invalid("sources", 0, "too many rows"));
    }
    let mut order: Vec<usize> = (0..versions.len()).collect();
    order.sort_by_key(|&i| (keys[i], versions[i].valid_from));
    let mut new_id = vec![0u32; versions.len()];
    for (new, &old) in order.iter().enumerate() {
        new_id[old] = new as u32;
    }
    let keys: Vec<Key> = order.iter().map(|&i| keys[i]).collect();
    let mut slots: Vec<Option<Version>> = versions.into_iter().map(Some).collect();
    let versions: Vec<Version> = order.iter().filter_map(|&i| slots[i].take()).collect();

    let mut changes: Vec<(Change, Link)> = changes
        .into_iter()
        .map(|(c, l)| {
            let remap = |id: Option<u32>| id.map(|i| new_id[i as usize]);
            (c, Link { from: remap(l.from), to: remap(l.to) })
        })
        .collect();
    changes.sort_by(|(x, _), (y, _)| (x.effective, &x.old_code, &x.new_code, x.kind).cmp(&(y.effective, &y.old_code, &y.new_code, y.kind)));

    let mut codes: KeyMap<CodeEntry> = KeyMap::default();
    codes.reserve(keys.len());
    let mut start = 0;
    while start < keys.len() {
        let k = keys[start];
        let end = start + keys[start..].iter().take_while(|&&x| x == k).count();
        let current = versions[start..end].iter().any(Version::is_current);
        codes.insert(
            k,
            CodeEntry {
                versions: start as u32..end as u32,
                status: if current { Status::Current } else { Status::Retired },
                id_valid: id_codes.contains(&k),
                succs: Vec::new(),
                preds: Vec::new(),
            },
        );
        start = end;
    }
    let (changes, links): (Vec<Change>, Vec<Link>) = changes.into_iter().unzip();
    for (c, link) in links.iter().enumerate() {
        if let Some(e) = link.from.and_then(|f| codes.get_mut(&keys[f as usize])) {
            e.succs.push(c as u32);
        }
        if let Some(e) = link.to.and_then(|t| codes.get_mut(&keys[t as usize])) {
            e.preds.push(c as u32);
        }
    }
    let mut children: KeyMap<Vec<u32>> = KeyMap::default();
    for (i, v) in versions.iter().enumerate() {
        if let Some(p) = v.parent_code.as_deref().and_then(key) {
            children.entry(p).or_default().push(i as u32);
        }
    }
    Ok(RegionDb { versions, changes, links, codes, children, years, search: OnceLock::new() })
}
