//! Placenames (`placenames.csv`, the format `mzctl place import` reads): the real townships and
//! villages of the area where the built-in data has them, and synthetic parks, squares,
//! bridges, residential areas and civil-affairs service points named after them. Codes are
//! left to `place import` to allocate; names are unique within a township and category.
use super::area::Area;
use super::rng::Rng;
use super::writer;
use super::{Manifest, SeedOptions};
use crate::domain::{placename, region};
use anyhow::Result;
use std::collections::HashSet;

const PLACES: u64 = 4;

/// (suffix, category code, meaning template) of synthetic places; `{}` is the township's name.
const SYNTHETIC: &[(&str, &str, &str)] = &[
    ("公园", "25200", "以所在{}命名的社区公园。"),
    ("文化广场", "26310", "{}的群众文化活动广场。"),
    ("桥", "23610", "跨越{}内河涌的桥梁。"),
    ("花园", "22100", "位于{}的住宅小区。"),
    ("社会工作服务站", "27600", "{}设立的社会工作服务站点。"),
    ("敬老院", "27600", "{}举办的养老服务机构。"),
];

pub fn generate(opts: &SeedOptions, area: &Area, manifest: &mut Manifest) -> Result<()> {
    let zh = opts.zh_headers;
    let headers: Vec<&str> = placename::COLUMNS.iter().map(|c| if zh { c.zh[0] } else { c.name }).collect();
    let mut w = writer::create(&opts.out.join("placenames.csv"), opts.encoding, &headers)?;
    let db = region::RegionDb::builtin();
    let target = (opts.people / 100).max(20);
    let mut seen: HashSet<(String, &str, String)> = HashSet::new();
    let mut rows = 0u64;
    let mut rng = Rng::derive(opts.seed, PLACES, 0);
    let status = if zh { "现今地名" } else { "current" };
    let mut write = |w: &mut writer::CsvOut,
                     name: String,
                     category: &'static str,
                     region: &str,
                     meaning: String,
                     history: String,
                     year: String|
     -> Result<bool> {
        if !seen.insert((region.to_string(), category, name.clone())) {
            return Ok(false);
        }
        w.write_record([
            String::new(),
            name,
            String::new(),
            String::new(),
            category.to_string(),
            region.to_string(),
            String::new(),
            String::new(),
            meaning,
            history,
            status.to_string(),
            year,
            String::new(),
        ])?;
        Ok(true)
    };
    // Round-robin over the counties so a small target still covers the area.
    let townships: Vec<Vec<(String, String)>> = area
        .counties
        .iter()
        .map(|c| {
            let real: Vec<(String, String)> = db.townships(&c.code).into_iter().map(|t| (t.code.clone(), t.name.clone())).collect();
            if real.is_empty() {
                vec![(c.code.clone(), c.short.clone())]
            } else {
                real
            }
        })
        .collect();
    let mut round = 0;
    while rows < target && round < 64 {
        for (ci, list) in townships.iter().enumerate() {
            if rows >= target {
                break;
            }
            let Some((code, name)) = list.get(round % list.len().max(1)) else {
                continue;
            };
            let short = region::short_name(name).to_string();
            if code.len() == 9 && round < list.len() {
                let year = rng.range(1950, 2015).to_string();
                rows += u64::from(write(&mut w, name.clone(), "21500", code, format!("{name}，乡级行政区。"), String::new(), year)?);
                for v in db.villages(code).into_iter().take(2) {
                    let category = if v.name.contains("村") { "21610" } else { "21600" };
                    rows += u64::from(write(&mut w, v.name.clone(), category, code, String::new(), String::new(), String::new())?);
                }
            }
            let (suffix, category, meaning) = SYNTHETIC[(round + ci) % SYNTHETIC.len()];
            let year = rng.range(1980, 2024);
            rows += u64::from(write(
                &mut w,
                format!("{short}{suffix}"),
                category,
                code,
                meaning.replace("{}", name),
                format!("{year}年建成。"),
                year.to_string(),
            )?);
        }
        round += 1;
    }
    w.flush()?;
    manifest.files.insert("placenames.csv".into(), rows);
    Ok(())
}
