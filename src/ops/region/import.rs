//! `region import`: load a newer official list, work out what changed since the list before
//! it, and store both.
//!
//! Two lists alone tell renames (same code, new name), reparentings (same code, new parent, or
//! a new code under another parent with the same short name), recodings (a code retired and a
//! code added under the same parent with the same short name, 米林县 540422 → 米林市 540481),
//! additions and retirements. Merges and splits need the official change notices: they show as
//! retirements and additions.
use super::{db, DiffRow};
use crate::db::regions::{ListRow, NewRegionList};
use crate::db::{Counts, Store};
use crate::domain::region::{short_name, Change, ChangeKind, DiffEntry, DiffKind, Level};
use crate::error::{Code, Fail};
use crate::ops::import::source::{self, EncodingChoice, Input, Opened};
use anyhow::Result;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

/// An import worked out but not yet stored.
#[derive(Debug, Serialize)]
pub struct Plan {
    pub version: i32,
    /// The year compared with.
    pub previous: i32,
    /// `built-in` or `imported`.
    pub previous_source: &'static str,
    /// Whether a list of this version was imported before (and is replaced).
    pub replaces: bool,
    pub file: String,
    pub sha256: String,
    pub rows: usize,
    pub changes: Vec<DiffRow>,
    pub dry_run: bool,
    #[serde(skip)]
    list: Vec<ListRow>,
    #[serde(skip)]
    entries: Vec<DiffEntry>,
}

fn bad(file: &str, line: u64, field: &str, msg: impl std::fmt::Display) -> String {
    format!("{file}:{line}: {field}: {msg}")
}

/// The level a code's digits allow (`XX0000` province, `XXXX00` prefecture, other 6-digit
/// codes county, 9 township, 12 village).
fn level_fits(code: &str, level: Level) -> bool {
    match code.len() {
        6 if code.ends_with("0000") => level == Level::Province,
        6 if code.ends_with("00") => level == Level::Prefecture,
        6 => level == Level::County,
        9 => level == Level::Township,
        12 => level == Level::Village,
        _ => false,
    }
}

/// Read and check a list file (`code,name,level,parent_code`, read as `import` reads a file);
/// every problem is reported as `file:line: field: message` (up to 20 of them).
pub fn read_list(path: &Path) -> Result<(Vec<ListRow>, String)> {
    let file = path.display().to_string();
    let sha256 = source::sha256_file(path)?;
    let Opened { reader, sheet_first_row, .. } = source::open(&Input::File(path.to_path_buf()), EncodingChoice::Auto, None)?;
    let (mut reader, got, lines_of) = source::csv_reader(reader, sheet_first_row, &file, None)?;
    let header = ["code", "name", "level", "parent_code"];
    let got: Vec<String> = got.iter().map(|h| h.trim().to_string()).collect();
    if got != header {
        return Err(Fail::usage(format!("{file}:1: the header is {:?}", got.join(",")))
            .hint("a region list has the columns code,name,level,parent_code (the shape of `mzctl region export`)")
            .into());
    }
    let mut rows = Vec::new();
    let mut lines = Vec::new();
    let mut errors = Vec::new();
    let mut seen: HashMap<String, u64> = HashMap::new();
    let mut record = csv::StringRecord::new();
    let mut n = 0;
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => n += 1,
            Err(e) => {
                let line = lines_of.line(n + 1, e.position()).unwrap_or(0);
                errors.push(bad(&file, line, "row", e));
                break;
            }
        }
        let line = lines_of.line(n, record.position()).unwrap_or(0);
        if record.len() != header.len() {
            errors.push(bad(&file, line, "row", format!("{} fields, not {}", record.len(), header.len())));
            continue;
        }
        let (code, name, level, parent) = (&record[0], &record[1], &record[2], &record[3]);
        let mut row_ok = true;
        let mut fail = |field: &str, msg: String| {
            errors.push(bad(&file, line, field, msg));
            row_ok = false;
        };
        if !(matches!(code.len(), 6 | 9 | 12) && code.bytes().all(|b| b.is_ascii_digit())) {
            fail("code", format!("{code:?} is not a 6/9/12-digit code"));
        } else if let Some(first) = seen.insert(code.to_string(), line) {
            fail("code", format!("{code} is also on line {first}"));
        }
        if name.is_empty() || name.trim() != name {
            fail("name", format!("{name:?}: empty or with spaces around it"));
        }
        let parsed = Level::parse(level);
        match parsed {
            None => fail("level", format!("{level:?}: one of province, prefecture, county, township, village")),
            Some(l) if !level_fits(code, l) => fail("level", format!("{level} does not fit code {code}")),
            Some(_) => {}
        }
        if (parsed == Some(Level::Province)) != parent.is_empty() {
            fail("parent_code", "provinces, and only provinces, have no parent".to_string());
        }
        if row_ok {
            if let Some(level) = parsed {
                rows.push(ListRow {
                    code: code.to_string(),
                    name: name.to_string(),
                    level,
                    parent_code: Some(parent.to_string()).filter(|p| !p.is_empty()),
                });
                lines.push(line);
            }
        }
    }
    for (row, line) in rows.iter().zip(&lines) {
        if let Some(p) = &row.parent_code {
            if !seen.contains_key(p) {
                errors.push(bad(&file, *line, "parent_code", format!("{p} is not in the list")));
            }
        }
    }
    if rows.is_empty() && errors.is_empty() {
        errors.push(bad(&file, 2, "row", "the list is empty"));
    }
    if !errors.is_empty() {
        let n = errors.len();
        errors.truncate(20);
        let more = if n > 20 { format!("\n… and {} more", n - 20) } else { String::new() };
        return Err(Fail::new(Code::Problems, format!("{file}: {n} bad rows; nothing imported\n{}{more}", errors.join("\n")))
            .hint("fix the rows and import again")
            .into());
    }
    rows.sort_by(|a, b| a.code.cmp(&b.code));
    Ok((rows, sha256))
}

/// The changes from list `old` to list `new` (see the module docs for what can be told).
pub fn diff_lists(old: &[ListRow], new: &[ListRow]) -> Vec<DiffEntry> {
    let old_by: HashMap<&str, &ListRow> = old.iter().map(|r| (r.code.as_str(), r)).collect();
    let new_by: HashMap<&str, &ListRow> = new.iter().map(|r| (r.code.as_str(), r)).collect();
    let entry = |kind, o: Option<&ListRow>, n: Option<&ListRow>| DiffEntry {
        kind,
        old_code: o.map(|r| r.code.clone()).unwrap_or_default(),
        old_name: o.map(|r| r.name.clone()).unwrap_or_default(),
        new_code: n.map(|r| r.code.clone()).unwrap_or_default(),
        new_name: n.map(|r| r.name.clone()).unwrap_or_default(),
        code_added: n.is_some_and(|n| !old_by.contains_key(n.code.as_str())),
        code_retired: o.is_some_and(|o| !new_by.contains_key(o.code.as_str())),
    };
    let mut out = Vec::new();
    for o in old {
        if let Some(n) = new_by.get(o.code.as_str()) {
            if o.name != n.name {
                out.push(entry(DiffKind::Renamed, Some(o), Some(n)));
            }
            if o.parent_code != n.parent_code {
                out.push(entry(DiffKind::Reparented, Some(o), Some(n)));
            }
        }
    }
    let gone: Vec<&ListRow> = old.iter().filter(|o| !new_by.contains_key(o.code.as_str())).collect();
    let added: Vec<&ListRow> = new.iter().filter(|n| !old_by.contains_key(n.code.as_str())).collect();
    // Match a retired code to an added one of the same level and short name, when exactly one
    // candidate fits each way.
    let key = |r: &ListRow| (r.level, short_name(&r.name).to_string());
    type Candidates<'r> = (Vec<&'r ListRow>, Vec<&'r ListRow>);
    let mut by_key: BTreeMap<(Level, String), Candidates<'_>> = BTreeMap::new();
    for g in &gone {
        by_key.entry(key(g)).or_default().0.push(g);
    }
    for a in &added {
        by_key.entry(key(a)).or_default().1.push(a);
    }
    let mut matched: HashSet<&str> = HashSet::new();
    for (olds, news) in by_key.values() {
        let ([o], [n]) = (&olds[..], &news[..]) else {
            continue;
        };
        let kind = if o.parent_code == n.parent_code { DiffKind::Recoded } else { DiffKind::Reparented };
        out.push(entry(kind, Some(o), Some(n)));
        matched.extend([o.code.as_str(), n.code.as_str()]);
    }
    for g in gone.iter().filter(|g| !matched.contains(g.code.as_str())) {
        out.push(entry(DiffKind::Retired, Some(g), None));
    }
    for a in added.iter().filter(|a| !matched.contains(a.code.as_str())) {
        out.push(entry(DiffKind::Added, None, Some(a)));
    }
    out.sort_by(|x, y| (x.kind, &x.old_code, &x.new_code).cmp(&(y.kind, &y.old_code, &y.new_code)));
    out
}

/// The change table rows for a list's diff, effective in `year`.
fn changes(entries: &[DiffEntry], year: i32) -> Vec<Change> {
    entries
        .iter()
        .map(|e| Change {
            old_code: e.old_code.clone(),
            old_name: e.old_name.clone(),
            new_code: e.new_code.clone(),
            new_name: e.new_name.clone(),
            kind: match e.kind {
                DiffKind::Added => ChangeKind::Created,
                DiffKind::Retired => ChangeKind::Abolished,
                DiffKind::Renamed => ChangeKind::Renamed,
                DiffKind::Recoded => ChangeKind::Recoded,
                DiffKind::Reparented => ChangeKind::Reparented,
                DiffKind::Merged => ChangeKind::Merged,
                DiffKind::Split => ChangeKind::Split,
            },
            effective: year,
        })
        .collect()
}

/// Read the file and compare it with the list before `version`: the latest imported list
/// before it, else the built-in list of the year before (or the latest built-in year).
pub fn plan(store: &mut Store, path: &Path, version: i32, dry_run: bool) -> Result<Plan> {
    let db = db();
    let (first, last_builtin) = super::year_range(db);
    if version <= first {
        return Err(Fail::usage(format!("--version {version}: the built-in history starts in {first}; a list to import is newer"))
            .hint("give the year the list describes (as at 31 December), e.g. --version 2025")
            .into());
    }
    let imported = store.region_lists()?;
    if let Some(latest) = imported.last().filter(|l| l.version > version) {
        return Err(Fail::usage(format!("the {} list is already imported; lists are imported oldest first", latest.version))
            .hint(format!("import a list for {} or later", latest.version))
            .into());
    }
    let (list, sha256) = read_list(path)?;
    let replaces = imported.iter().any(|l| l.version == version);
    let before = imported.iter().rev().find(|l| l.version < version);
    let (previous, previous_source, old) = match before {
        Some(l) if l.version >= (version - 1).min(last_builtin) => (l.version, "imported", store.region_list_rows(l.version)?),
        _ => {
            let year = (version - 1).min(last_builtin);
            let rows = db
                .snapshot(year)
                .into_iter()
                .map(|v| ListRow { code: v.code.clone(), name: v.name.clone(), level: v.level, parent_code: v.parent_code.clone() })
                .collect();
            (year, "built-in", rows)
        }
    };
    let entries = diff_lists(&old, &list);
    Ok(Plan {
        version,
        previous,
        previous_source,
        replaces,
        file: path.display().to_string(),
        sha256,
        rows: list.len(),
        changes: entries.iter().map(DiffRow::from).collect(),
        dry_run,
        list,
        entries,
    })
}

/// Store the planned list and its changes in one transaction; returns the audit counts.
pub fn apply(store: &mut Store, plan: &Plan) -> Result<Counts> {
    let changes = changes(&plan.entries, plan.version);
    store.store_region_list(&NewRegionList {
        version: plan.version,
        previous: plan.previous,
        file: &plan.file,
        sha256: &plan.sha256,
        rows: &plan.list,
        changes: &changes,
        at: crate::clock::now()?,
    })?;
    Ok([("region_list_rows".to_string(), plan.list.len() as i64), ("region_changes".to_string(), changes.len() as i64)].into())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(year: i32) -> Vec<ListRow> {
        db().snapshot(year)
            .into_iter()
            .map(|v| ListRow { code: v.code.clone(), name: v.name.clone(), level: v.level, parent_code: v.parent_code.clone() })
            .collect()
    }

    #[test]
    fn list_diff_matches_the_history_where_lists_can_tell() {
        for (from, to) in [(2022, 2023), (2023, 2024), (2021, 2022)] {
            let got: Vec<DiffRow> = diff_lists(&rows(from), &rows(to)).iter().map(DiffRow::from).collect();
            assert_eq!(got, super::super::diff(from, to), "{from}→{to}");
        }
    }

    #[test]
    fn renames_and_reparentings() {
        let row = |code: &str, name: &str, level, parent: Option<&str>| ListRow {
            code: code.into(),
            name: name.into(),
            level,
            parent_code: parent.map(Into::into),
        };
        let old = vec![
            row("130000", "河北省", Level::Province, None),
            row("130500", "邢台市", Level::Prefecture, Some("130000")),
            row("130503", "桥西区", Level::County, Some("130500")),
            row("130581", "南宫市", Level::County, Some("130500")),
            row("130600", "保定市", Level::Prefecture, Some("130000")),
        ];
        let mut new = old.clone();
        new[2].name = "信都区".into();
        new[3].parent_code = Some("130600".into());
        new.push(row("130699", "新区", Level::County, Some("130600")));
        new.remove(4);
        let kinds: Vec<(DiffKind, String, String)> = diff_lists(&old, &new).into_iter().map(|e| (e.kind, e.old_code, e.new_code)).collect();
        assert_eq!(
            kinds,
            [
                (DiffKind::Added, String::new(), "130699".into()),
                (DiffKind::Retired, "130600".into(), String::new()),
                (DiffKind::Renamed, "130503".into(), "130503".into()),
                (DiffKind::Reparented, "130581".into(), "130581".into()),
            ]
        );
    }
}
