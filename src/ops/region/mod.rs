//! `mzctl region …`: lookups over the built-in region history (no database), plus `import`
//! and `sync`, which write to it.
pub mod import;
pub mod sync;
pub mod validate;

use crate::domain::normalize::to_halfwidth;
use crate::domain::region::{Change, ChangeKind, DiffKind, Level, RegionDb, Source, Status, Version};
use crate::error::Fail;
use anyhow::Result;
use serde::Serialize;

/// The built-in region data.
pub fn db() -> &'static RegionDb {
    RegionDb::builtin()
}

/// A code as typed (full-width digits and spaces tolerated), checked to be 6, 9 or 12 digits.
pub fn parse_code(text: &str) -> Result<String, Fail> {
    let code: String = to_halfwidth(text).chars().filter(|c| !c.is_whitespace()).collect();
    if matches!(code.len(), 6 | 9 | 12) && code.bytes().all(|b| b.is_ascii_digit()) {
        Ok(code)
    } else {
        Err(Fail::usage(format!("{text:?} is not a region code"))
            .hint("region codes are 6 digits (county and above), 9 (township) or 12 (village)"))
    }
}

/// Names from the top down: `广东省 广州市 天河区`.
pub fn path_text(db: &RegionDb, code: &str, year: Option<i32>) -> String {
    db.path(code, year).iter().map(|v| v.name.as_str()).collect::<Vec<_>>().join(" ")
}

/// The first and last year the built-in history has a list for.
pub fn year_range(db: &RegionDb) -> (i32, i32) {
    let history = db.all_versions().iter().filter(|v| v.source == Source::History);
    let first = history.map(|v| v.valid_from).min().unwrap_or_default();
    let last = db.years().last().copied().unwrap_or(first);
    (first, last)
}

/// Refuse a year before the built-in history or in the future. Years after the latest list
/// get the latest list (what is in use then is what is in use now, as far as mzctl knows).
pub fn check_year(db: &RegionDb, year: i32) -> Result<i32, Fail> {
    let (first, last) = year_range(db);
    let this_year = crate::clock::today().map_or(last, |d| i32::from(d.year()));
    if (first..=last.max(this_year)).contains(&year) {
        Ok(year)
    } else {
        Err(Fail::usage(format!("no region list for {year}"))
            .hint(format!("the built-in history covers {first}–{last} (later years up to this one use the {last} list)")))
    }
}

/// A change seen from one unit: the unit at the other end.
#[derive(Debug, Clone, Serialize)]
pub struct Link {
    /// The other unit's code (`None` for a creation or an abolition).
    pub code: Option<String>,
    pub name: Option<String>,
    pub kind: ChangeKind,
    /// First year of the new state.
    pub effective: i32,
}

fn some(s: &str) -> Option<String> {
    Some(s.to_string()).filter(|s| !s.is_empty())
}

/// `region show`.
#[derive(Debug, Serialize)]
pub struct Shown {
    pub code: String,
    pub name: Option<String>,
    pub level: Option<Level>,
    pub parent_code: Option<String>,
    /// Names from the top down, as in `广东省 广州市 天河区`.
    pub path: Option<String>,
    pub status: Status,
    pub valid_from: Option<i32>,
    pub valid_to: Option<i32>,
    pub predecessors: Vec<Link>,
    pub successors: Vec<Link>,
    /// Other units that held the code at other times.
    pub other_holders: Vec<Version>,
}

/// The years of the unit `v` belongs to: consecutive versions of its code under the same name
/// (a unit that only changed parent is one unit).
fn unit_span(versions: &[Version], v: &Version) -> (i32, Option<i32>) {
    let Some(i) = versions.iter().position(|x| x == v) else {
        return (v.valid_from, v.valid_to);
    };
    let (mut from, mut to) = (v.valid_from, v.valid_to);
    for x in versions[..i].iter().rev() {
        if x.name != v.name || x.valid_to != Some(from) {
            break;
        }
        from = x.valid_from;
    }
    for x in &versions[i + 1..] {
        if x.name != v.name || Some(x.valid_from) != to {
            break;
        }
        to = x.valid_to;
    }
    (from, to)
}

/// What `code` is (the unit holding it in `year`, or today, or its last holder).
pub fn show(code: &str, year: Option<i32>) -> Result<Shown> {
    let db = db();
    let versions = db.versions(code);
    let picked = match year {
        Some(y) => {
            let v = db.at(code, y);
            if v.is_none() && !versions.is_empty() {
                return Err(Fail::error(format!("{code} was not in use in {y}"))
                    .hint(format!("see its holders with `mzctl region history {code}`"))
                    .into());
            }
            v
        }
        None => db.current(code).or(versions.last()),
    };
    let Some(v) = picked else {
        return Ok(Shown {
            code: code.to_string(),
            name: None,
            level: None,
            parent_code: None,
            path: None,
            status: Status::NeverExisted,
            valid_from: None,
            valid_to: None,
            predecessors: Vec::new(),
            successors: Vec::new(),
            other_holders: Vec::new(),
        });
    };
    let (from, to) = unit_span(versions, v);
    let internal = |c: &Change| c.old_code == c.new_code && c.old_name == c.new_name;
    let predecessors = db
        .predecessors(code)
        .into_iter()
        .filter(|c| !internal(c) && c.new_name == v.name && from <= c.effective && to.is_none_or(|t| c.effective < t))
        .map(|c| Link { code: some(&c.old_code), name: some(&c.old_name), kind: c.kind, effective: c.effective })
        .collect();
    let successors = db
        .successors(code)
        .into_iter()
        .filter(|c| !internal(c) && c.old_name == v.name && from < c.effective && to.is_none_or(|t| c.effective <= t))
        .map(|c| Link { code: some(&c.new_code), name: some(&c.new_name), kind: c.kind, effective: c.effective })
        .collect();
    let path_year = year.or(v.valid_to.map(|t| t - 1));
    Ok(Shown {
        code: code.to_string(),
        name: Some(v.name.clone()),
        level: Some(v.level),
        parent_code: v.parent_code.clone(),
        path: Some(path_text(db, code, path_year)),
        status: if v.is_current() { Status::Current } else { Status::Retired },
        valid_from: Some(from),
        valid_to: to,
        predecessors,
        successors,
        other_holders: versions.iter().filter(|x| x.valid_from < from || to.is_some_and(|t| x.valid_from >= t)).cloned().collect(),
    })
}

/// `region list`: units in `year` (today if `None`), by code.
pub fn list(level: Option<Level>, parent: Option<&str>, year: Option<i32>) -> Vec<Version> {
    db().list(level, parent, year).into_iter().cloned().collect()
}

/// One node of `region tree`.
#[derive(Debug, Serialize)]
pub struct Node {
    pub code: String,
    pub name: String,
    pub level: Level,
    pub children: Vec<Node>,
}

/// The units under `code` in `year`, `depth` levels down (levels may be skipped: the townships
/// of 东莞市 sit directly under the prefecture).
pub fn tree(code: &str, depth: u32, year: Option<i32>) -> Result<Node> {
    let db = db();
    let root = match year {
        Some(y) => db.at(code, y),
        None => db.current(code),
    };
    let Some(root) = root else {
        let when = year.map_or("today".to_string(), |y| format!("in {y}"));
        return Err(Fail::error(format!("{code} is not in use {when}")).hint(format!("see `mzctl region show {code}`")).into());
    };
    fn grow(db: &RegionDb, v: &Version, depth: u32, year: Option<i32>) -> Node {
        let children =
            if depth == 0 { Vec::new() } else { db.children(&v.code, year).into_iter().map(|c| grow(db, c, depth - 1, year)).collect() };
        Node { code: v.code.clone(), name: v.name.clone(), level: v.level, children }
    }
    Ok(grow(db, root, depth, year))
}

/// One hit of `region search`.
#[derive(Debug, Serialize)]
pub struct Hit {
    pub code: String,
    pub name: String,
    pub level: Level,
    pub path: String,
    pub valid_from: i32,
    pub valid_to: Option<i32>,
}

/// Units matching `text` in `year` (today if `None`), best first, at most `limit` (0 = all).
pub fn search(text: &str, year: Option<i32>, limit: usize) -> Vec<Hit> {
    let db = db();
    let hits = db.search(text, year);
    let take = if limit == 0 { hits.len() } else { limit };
    hits.into_iter()
        .take(take)
        .map(|v| Hit {
            code: v.code.clone(),
            name: v.name.clone(),
            level: v.level,
            path: path_text(db, &v.code, year.or(v.valid_to.map(|t| t - 1))),
            valid_from: v.valid_from,
            valid_to: v.valid_to,
        })
        .collect()
}

/// `region resolve`.
#[derive(Debug, Serialize)]
pub struct Resolved {
    pub code: String,
    /// The year asked (`None`: the code's latest holder).
    pub at: Option<i32>,
    pub then: Version,
    /// The units holding that area today: several after a split, none after an abolition.
    pub today: Vec<Version>,
    /// The changes followed, oldest first.
    pub path: Vec<Change>,
}

/// What `code` meant in `year` and what it is today.
pub fn resolve(code: &str, year: Option<i32>) -> Result<Resolved> {
    let db = db();
    let r = db.resolve(code, year);
    let Some(then) = r.then else {
        let (msg, hint) = match (year, db.status(code)) {
            (Some(y), Status::Current | Status::Retired) => {
                (format!("{code} was not in use in {y}"), format!("see its holders with `mzctl region history {code}`"))
            }
            _ => {
                (format!("{code} is in no list (1981 to today)"), "check the digits; `mzctl region search NAME` finds codes by name".into())
            }
        };
        return Err(Fail::error(msg).hint(hint).into());
    };
    Ok(Resolved { code: code.to_string(), at: year, then, today: r.today, path: r.path })
}

/// `region history`.
#[derive(Debug, Serialize)]
pub struct History {
    pub code: String,
    pub status: Status,
    /// Every unit that held the code, oldest first.
    pub versions: Vec<Version>,
    /// Changes to and from the code, oldest first.
    pub changes: Vec<Change>,
}

pub fn history(code: &str) -> Result<History> {
    let db = db();
    let versions = db.versions(code).to_vec();
    if versions.is_empty() {
        return Err(Fail::error(format!("{code} is in no list (1981 to today)"))
            .hint("check the digits; `mzctl region search NAME` finds codes by name")
            .into());
    }
    let mut changes: Vec<Change> = db.predecessors(code).into_iter().chain(db.successors(code)).cloned().collect();
    changes.sort_by(|a, b| (a.effective, &a.old_code, &a.new_code, a.kind).cmp(&(b.effective, &b.old_code, &b.new_code, b.kind)));
    changes.dedup();
    Ok(History { code: code.to_string(), status: db.status(code), versions, changes })
}

/// One line of `region diff` (and of an import's changes).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DiffRow {
    pub kind: DiffKind,
    pub old_code: Option<String>,
    pub old_name: Option<String>,
    pub new_code: Option<String>,
    pub new_name: Option<String>,
}

impl From<&crate::domain::region::DiffEntry> for DiffRow {
    fn from(e: &crate::domain::region::DiffEntry) -> DiffRow {
        DiffRow {
            kind: e.kind,
            old_code: some(&e.old_code),
            old_name: some(&e.old_name),
            new_code: some(&e.new_code),
            new_name: some(&e.new_name),
        }
    }
}

/// Changes between the lists of two years, each unit change once.
pub fn diff(from: i32, to: i32) -> Vec<DiffRow> {
    db().diff(from, to).iter().map(DiffRow::from).collect()
}

/// One row of `region export`, the shape of the official lists.
#[derive(Debug, Clone, Serialize)]
pub struct ExportRow {
    pub code: String,
    pub name: String,
    pub level: Level,
    pub parent_code: Option<String>,
}

/// The list as at the end of `year` (the latest if `None`): the MCA county-and-above list,
/// or with `all` every source (GB/T-only codes, NBS statistical codes, townships, villages).
pub fn export(year: Option<i32>, all: bool) -> Vec<ExportRow> {
    let db = db();
    let year = year.unwrap_or_else(|| year_range(db).1);
    let versions = if all { db.list(None, None, Some(year)) } else { db.snapshot(year) };
    versions
        .into_iter()
        .map(|v| ExportRow { code: v.code.clone(), name: v.name.clone(), level: v.level, parent_code: v.parent_code.clone() })
        .collect()
}

/// The demo's region step: a lookup, a resolve across years and a diff, in one line.
pub fn demo_line() -> Result<String> {
    let shown = show("440106", None)?;
    let resolved = resolve("610322", Some(2020))?;
    let today: Vec<String> = resolved.today.iter().map(|v| format!("{} {}", v.code, v.name)).collect();
    let diff = diff(2022, 2023);
    let count = |k: DiffKind| diff.iter().filter(|r| r.kind == k).count();
    Ok(format!(
        "440106 is {}; 610322 {} (2020) is now {}; 2022→2023: {} added, {} recoded",
        shown.path.unwrap_or_default(),
        resolved.then.name,
        today.join(", "),
        count(DiffKind::Added),
        count(DiffKind::Recoded)
    ))
}
