//! Work lists: a run's findings with what a district needs to act on them — the district (区县)
//! and street (街道/镇) they belong to, the person's name and the line their record came from —
//! read a page at a time so that a run of millions of findings goes out in flat memory.
use super::runs::{pick_run, Selection};
use crate::db::checks::{Finding, FindingPages};
use crate::db::Store;
use crate::domain::region::district::District;
use crate::domain::region::RegionDb;
use anyhow::Result;
use serde::Serialize;
use std::collections::{BTreeSet, HashMap};

/// A finding as a work list shows it: the stored finding, then where it goes and whom it is
/// about (after the finding's own fields, which scripts already read).
#[derive(Debug, Clone, Serialize)]
pub struct WorkRow {
    #[serde(flatten)]
    pub finding: Finding,
    /// The district today ([`District::label`]): `440103 荔湾区`, a split code, or unassigned.
    pub district: String,
    /// The township of that district the person's address names; empty when none does.
    pub street: String,
    /// The person's name, empty when the finding is about no one known.
    pub name: String,
    #[serde(skip)]
    pub group: District,
}

/// The ID number a finding is about: people, enrolments, deaths and payments are keyed by it
/// (first, before `|`); a certificate by its identifier, whose holder is looked up.
pub fn person_id<'k>(table: &str, key: &'k str) -> Option<&'k str> {
    match table {
        "people" | "enrolments" | "deaths" | "payments" => Some(key.split('|').next().unwrap_or(key)),
        _ => None,
    }
}

/// A name as shown without `--unmask`: the family name, the rest starred (张三丰 → 张**).
pub fn mask_name(name: &str) -> String {
    let mut chars = name.trim().chars();
    match chars.next() {
        None => String::new(),
        Some(first) => std::iter::once(first).chain(chars.map(|_| '*')).collect(),
    }
}

/// Places region codes and addresses: the district of a code (retired codes rolled up), the
/// street of an address in it, each worked out once per code or district.
pub struct Locator {
    db: &'static RegionDb,
    districts: HashMap<String, District>,
    /// A district's townships, longest name first (so that 新塘镇 is not taken for 新塘).
    streets: HashMap<String, Vec<(String, String)>>,
}

impl Default for Locator {
    fn default() -> Locator {
        Locator::new()
    }
}

impl Locator {
    pub fn new() -> Locator {
        Locator { db: RegionDb::builtin(), districts: HashMap::new(), streets: HashMap::new() }
    }

    pub fn district(&mut self, code: &str) -> District {
        let db = self.db;
        self.districts.entry(code.to_string()).or_insert_with(|| db.district_of(code)).clone()
    }

    /// The township of `district` whose built-in name `address` contains, else the one a
    /// township-level `code` names; empty when neither does.
    pub fn street(&mut self, district: &District, code: &str, address: &str) -> String {
        let District::County { code: county, .. } = district else {
            return String::new();
        };
        let db = self.db;
        let streets = self.streets.entry(county.clone()).or_insert_with(|| {
            let mut t: Vec<(String, String)> = db.townships(county).into_iter().map(|v| (v.name.clone(), v.code.clone())).collect();
            t.sort_by(|a, b| b.0.chars().count().cmp(&a.0.chars().count()).then_with(|| a.1.cmp(&b.1)));
            t
        });
        if !address.is_empty() {
            if let Some((name, _)) = streets.iter().find(|(name, _)| address.contains(name.as_str())) {
                return name.clone();
            }
        }
        let code = code.trim();
        if code.len() >= 9 {
            if let Some((name, _)) = streets.iter().find(|(_, c)| *c == code[..9]) {
                return name.clone();
            }
        }
        String::new()
    }
}

/// The selected findings of a run in stored order as work rows, handed to `each` one at a
/// time; a page of findings at a time, the people it is about are looked up. How many.
pub fn each_row(store: &mut Store, sel: &Selection, each: &mut dyn FnMut(WorkRow) -> Result<()>) -> Result<u64> {
    let info = pick_run(store, sel.run)?;
    let filter = sel.filter()?;
    // Pages small enough that a page's findings and the people they name stay a few MiB.
    let mut pages = FindingPages::new(info.id, &filter).with_page(4_000);
    let mut locator = Locator::new();
    loop {
        let page = pages.next(store)?;
        if page.is_empty() {
            return Ok(pages.seen);
        }
        let certs: BTreeSet<String> = page.iter().filter(|f| f.table == "certificates").map(|f| f.key.clone()).collect();
        let holders = store.holders_of_certs(&certs.into_iter().collect::<Vec<_>>())?;
        let whose = |f: &Finding| -> Option<String> {
            match person_id(&f.table, &f.key) {
                Some(id) => Some(id.to_string()),
                None => holders.get(&f.key).cloned(),
            }
        };
        let ids: BTreeSet<String> = page.iter().filter_map(whose).filter(|id| !id.is_empty()).collect();
        let people = store.people_for_worklist(&ids.into_iter().collect::<Vec<_>>())?;
        for mut f in page {
            // Of an ID number held by several rows, the one in the finding's region.
            let rows = whose(&f).and_then(|id| people.get(&id));
            let person = rows.and_then(|rows| rows.iter().find(|p| p.region_code == f.region_code).or(rows.first()));
            let group = locator.district(&f.region_code);
            let street = locator.street(&group, &f.region_code, person.map_or("", |p| p.address.as_str()));
            // The line is the record's own: only a finding on a person's row has it.
            if f.table == "people" && f.line.is_none() {
                f.line = person.and_then(|p| p.line);
            }
            let name = person.map(|p| p.name.clone()).unwrap_or_default();
            each(WorkRow { district: group.label(), street, name, group, finding: f })?;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_masked_after_the_family_name() {
        assert_eq!(mask_name("张三丰"), "张**");
        assert_eq!(mask_name("李四"), "李*");
        assert_eq!(mask_name(""), "");
    }

    #[test]
    fn an_address_names_its_street() {
        let mut l = Locator::new();
        let baiyun = l.district("440111");
        assert_eq!(l.street(&baiyun, "440111", "广东省广州市白云区黄石街道马务社区居委会40号"), "黄石街道");
        assert_eq!(l.street(&baiyun, "440111", "广东省广州市白云区某路1号"), "");
        // A retired code's records are placed in the district that took it in.
        let liwan = l.district("440107");
        assert_eq!(liwan.label(), "440103 荔湾区");
        assert_eq!(l.street(&District::Unassigned, "", "黄石街道"), "");
    }

    #[test]
    fn a_finding_names_its_person() {
        assert_eq!(person_id("enrolments", "11010519491231002X|dibao|440103"), Some("11010519491231002X"));
        assert_eq!(person_id("people", "11010519491231002X"), Some("11010519491231002X"));
        assert_eq!(person_id("organizations", "91440101MA5CXXXX0X"), None);
    }
}
