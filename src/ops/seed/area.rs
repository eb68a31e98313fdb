//! The area a synthetic city is drawn from: the real county-level units under a region code,
//! their retired predecessor codes, and (where the built-in data has them) real townships and
//! villages for addresses.
use crate::domain::region::{short_name, Level, RegionDb, Status};
use crate::error::Fail;
use anyhow::Result;

#[derive(Debug, Clone)]
pub struct Township {
    pub name: String,
    pub villages: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct County {
    pub code: String,
    /// Name without its 区/县/市 suffix, for cremation numbers (天河殡火字2026-0088).
    pub short: String,
    /// Province + prefecture + county names, the start of an address.
    pub prefix: String,
    /// The address code its people's ID numbers carry: its own, or for a unit whose code is
    /// statistical only (development zones, 龙感湖管理区 421171: never in GB/T 2260, so no ID
    /// number carries it) the prefecture's.
    pub id_code: String,
    /// The current code of the city-level bureau over it, which registers city-level social
    /// organizations: the prefecture, or the province where the prefecture's code is retired
    /// (北京市市辖区 110100: 北京市民政局 registers under 110000).
    pub city: String,
    /// Retired codes of the same area, with the last year each was in use.
    pub retired: Vec<(String, i32)>,
    pub townships: Vec<Township>,
}

#[derive(Debug)]
pub struct Area {
    pub code: String,
    pub name: String,
    pub counties: Vec<County>,
    /// Address codes that never existed in any list (for injected `id.region` / `region.unknown`).
    pub unknown_code: String,
}

impl Area {
    pub fn load(code: &str) -> Result<Area> {
        let db = RegionDb::builtin();
        let Some(top) = db.current(code) else {
            let why = match db.status(code) {
                Status::Retired => "a retired code",
                _ => "not a region code in the built-in lists",
            };
            return Err(Fail::usage(format!("--region {code}: {why}"))
                .hint("use a current province, prefecture or county code, e.g. 440100")
                .into());
        };
        if !matches!(top.level, Level::Province | Level::Prefecture | Level::County) {
            return Err(Fail::usage(format!(
                "--region {code}: {} is a {}, not a province, prefecture or county",
                top.name,
                top.level.as_str()
            ))
            .into());
        }
        let prefix = match top.level {
            Level::Province => &code[..2],
            Level::Prefecture => &code[..4],
            _ => code,
        };
        let current = db.list(None, None, None);
        let mut units: Vec<&crate::domain::region::Version> =
            current.iter().copied().filter(|v| v.code.len() == 6 && v.code.starts_with(prefix) && v.level == Level::County).collect();
        // Prefecture-level cities without districts (东莞 441900) are their own county-level unit.
        for p in current.iter().filter(|v| v.code.len() == 6 && v.code.starts_with(prefix) && v.level == Level::Prefecture) {
            if !units.iter().any(|c| c.code.starts_with(&p.code[..4])) {
                units.push(p);
            }
        }
        units.sort_by(|a, b| a.code.cmp(&b.code));
        units.dedup_by(|a, b| a.code == b.code);
        if units.is_empty() {
            return Err(Fail::usage(format!("--region {code}: no county-level units under {}", top.name)).into());
        }
        let counties = units
            .into_iter()
            .map(|u| {
                let path = db.path(&u.code, None);
                let prefix: String = path.iter().filter(|v| v.name != "市辖区").map(|v| v.name.as_str()).collect();
                // Retired codes this unit's area went through (predecessors of predecessors…).
                let mut retired = Vec::new();
                let mut seen = std::collections::HashSet::from([u.code.clone()]);
                let mut frontier = vec![u.code.clone()];
                while let Some(c) = frontier.pop() {
                    for ch in db.predecessors(&c) {
                        if ch.old_code.len() == 6 && seen.insert(ch.old_code.clone()) {
                            if db.current(&ch.old_code).is_none() {
                                retired.push((ch.old_code.clone(), ch.effective - 1));
                            }
                            frontier.push(ch.old_code.clone());
                        }
                    }
                }
                retired.sort();
                let townships = db
                    .townships(&u.code)
                    .into_iter()
                    .map(|t| Township {
                        name: t.name.clone(),
                        villages: db.villages(&t.code).into_iter().map(|v| v.name.clone()).collect(),
                    })
                    .collect();
                let id_code = [u.code.clone(), format!("{}00", &u.code[..4]), format!("{}0000", &u.code[..2])]
                    .into_iter()
                    .find(|c| db.ever_valid_for_id(c))
                    .unwrap_or_else(|| u.code.clone());
                let city = [format!("{}00", &u.code[..4]), format!("{}0000", &u.code[..2])]
                    .into_iter()
                    .find(|c| db.current(c).is_some())
                    .unwrap_or_else(|| u.code.clone());
                County { code: u.code.clone(), short: short_name(&u.name).to_string(), prefix, id_code, city, retired, townships }
            })
            .collect();
        let unknown_code = ["9999", "9998", "9997", "9899"]
            .iter()
            .map(|s| format!("{}{s}", &code[..2]))
            .find(|c| db.status(c) == Status::NeverExisted && !db.ever_valid_for_id(c))
            .unwrap_or_else(|| "999999".to_string());
        Ok(Area { code: code.to_string(), name: top.name.clone(), counties, unknown_code })
    }
}
