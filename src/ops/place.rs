//! `mzctl place …`: placename records (地名) with their 20-digit codes.
//!
//! A record is checked against the region data (its county must exist; where the built-in data
//! has townships, so must its township) and the GB/T 18521 category table, gets its pinyin
//! (generated unless given), and is stored with a code that is validated when given and
//! generated otherwise (the next free sequence in its county, township and category). A second
//! current record with the same standard name in one township and category is refused, naming
//! the first. `place import` loads a CSV file the same way, all rows or none, in one
//! transaction.
use crate::db::regions::{NewPlace, Place, PlaceConflict, PlaceFilter};
use crate::db::{Counts, Store};
use crate::domain::normalize::to_halfwidth;
use crate::domain::pinyin::search::{Keys, Query};
use crate::domain::placename::{self, find_category, romanize, split_region, Category, PlaceCode, PlaceStatus, COLUMNS};
use crate::domain::records::Column;
use crate::domain::region::{Level, RegionDb, Source, Status};
use crate::error::{Code, Fail};
use crate::ops::import::source::{self, EncodingChoice, Input, Opened};
use anyhow::Result;
use serde::Serialize;
use std::path::Path;

/// The fields of a record as given (flags or a CSV row); all text, checked by [`prepare`].
#[derive(Debug, Clone, Default)]
pub struct Fields {
    pub code: Option<String>,
    pub name: String,
    pub aliases: Vec<String>,
    pub pinyin: Option<String>,
    pub category: Option<String>,
    pub region: Option<String>,
    pub longitude: Option<String>,
    pub latitude: Option<String>,
    pub meaning: String,
    pub history: String,
    pub status: Option<String>,
    pub set_up_year: Option<String>,
    pub abolished_year: Option<String>,
}

/// A field that is wrong, and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FieldError {
    pub field: &'static str,
    pub message: String,
}

fn err<T>(field: &'static str, message: impl Into<String>) -> Result<T, FieldError> {
    Err(FieldError { field, message: message.into() })
}

/// A record ready to insert, and remarks about it (e.g. a retired county code).
#[derive(Debug, Clone)]
pub struct Prepared {
    pub place: NewPlace,
    pub warnings: Vec<String>,
}

fn year(field: &'static str, text: Option<&str>) -> Result<Option<i32>, FieldError> {
    let Some(t) = text.map(str::trim).filter(|t| !t.is_empty()) else {
        return Ok(None);
    };
    match t.parse::<i32>() {
        Ok(y) if (1000..=9999).contains(&y) => Ok(Some(y)),
        _ => err(field, format!("{t:?} is not a year")),
    }
}

fn coordinate(field: &'static str, text: Option<&str>, range: (f64, f64)) -> Result<Option<f64>, FieldError> {
    let Some(t) = text.map(str::trim).filter(|t| !t.is_empty()) else {
        return Ok(None);
    };
    let Ok(v) = t.parse::<f64>() else {
        return err(field, format!("{t:?} is not a number of degrees"));
    };
    if !(range.0..=range.1).contains(&v) {
        let hint = if field == "longitude" { "73–136 °E" } else { "3–54 °N" };
        return err(field, format!("{v} is outside China ({hint}): are longitude and latitude swapped?"));
    }
    Ok(Some(v))
}

/// Check a county code: it exists in the region data, at county level (or is a
/// prefecture-level city without districts, whose townships sit directly under it).
fn check_county(db: &RegionDb, county: &str, warnings: &mut Vec<String>) -> Result<(), FieldError> {
    let Some(v) = db.current(county).or_else(|| db.versions(county).last()) else {
        return err("region", format!("{county} is in no region list"));
    };
    // A prefecture-level city without districts (东莞 441900): no county-level unit under it
    // in its last year in use.
    let without_districts = || {
        let year = v.valid_to.map(|t| t - 1);
        v.source == Source::History && db.list(Some(Level::County), Some(county), year).is_empty()
    };
    let county_like = v.level == Level::County || (v.level == Level::Prefecture && without_districts());
    if !county_like {
        return err("region", format!("{county} {} is a {}, not a county-level unit", v.name, v.level));
    }
    if db.status(county) == Status::Retired {
        let today: Vec<String> = db.resolve(county, None).today.iter().map(|t| format!("{} {}", t.code, t.name)).collect();
        let now = if today.is_empty() { "abolished".to_string() } else { format!("now {}", today.join(", ")) };
        warnings.push(format!("{county} {} is a retired code ({now})", v.name));
    }
    Ok(())
}

/// Check and complete the fields of one record.
pub fn prepare(f: &Fields) -> Result<Prepared, FieldError> {
    let db = RegionDb::builtin();
    let mut warnings = Vec::new();
    let name = f.name.trim().to_string();
    if name.is_empty() {
        return err("name", "the standard name is empty");
    }
    let code = match f.code.as_deref().map(|c| to_halfwidth(c.trim()).into_owned()).filter(|c| !c.is_empty()) {
        Some(c) => Some(PlaceCode::parse(&c).map_err(|e| FieldError { field: "code", message: format!("{c}: {e}") })?),
        None => None,
    };
    let category: &'static Category = match (f.category.as_deref().map(str::trim).filter(|c| !c.is_empty()), &code) {
        (Some(c), code) => {
            let Some(cat) = find_category(c) else {
                return err("category", format!("{c:?} is not a category of the GB/T 18521 table (`mzctl place add --help` lists them)"));
            };
            if let Some(code) = code.as_ref().filter(|code| code.category != cat) {
                return err("category", format!("{} {} disagrees with the code's category {}", cat.code, cat.name, code.category.code));
            }
            cat
        }
        (None, Some(code)) => code.category,
        (None, None) => return err("category", "missing"),
    };
    if category.parent.is_none() {
        return err("category", format!("{} {} is a whole 门类; give a category under it", category.code, category.name));
    }
    let region = f.region.as_deref().map(|r| to_halfwidth(r.trim()).into_owned()).filter(|r| !r.is_empty());
    let (county, township) = match (&region, &code) {
        (Some(r), code) => {
            let Some((county, township)) = split_region(r) else {
                return err("region", format!("{r:?}: a 6-digit county or 9-digit township code"));
            };
            if let Some(code) = code.as_ref().filter(|c| c.county != county || c.township != township) {
                return err("region", format!("{r} disagrees with the code's region {}", code.region()));
            }
            (county.to_string(), township.to_string())
        }
        (None, Some(code)) => (code.county.clone(), code.township.clone()),
        (None, None) => return err("region", "missing"),
    };
    check_county(db, &county, &mut warnings)?;
    if township != "000" && !db.townships(&county).is_empty() {
        let full = format!("{county}{township}");
        if db.versions(&full).is_empty() {
            return err("region", format!("{full}: {county} has no township {township}"));
        }
    }
    let longitude = coordinate("longitude", f.longitude.as_deref(), (73.0, 136.0))?;
    let latitude = coordinate("latitude", f.latitude.as_deref(), (3.0, 54.0))?;
    if longitude.is_some() != latitude.is_some() {
        return err(if longitude.is_none() { "longitude" } else { "latitude" }, "give both longitude and latitude, or neither");
    }
    let set_up_year = year("set_up_year", f.set_up_year.as_deref())?;
    let abolished_year = year("abolished_year", f.abolished_year.as_deref())?;
    if let (Some(s), Some(a)) = (set_up_year, abolished_year) {
        if a < s {
            return err("abolished_year", format!("{a} is before the set-up year {s}"));
        }
    }
    let status = match f.status.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        Some(s) => PlaceStatus::parse(s)
            .ok_or_else(|| FieldError { field: "status", message: format!("{s:?}: current or historical (现今地名/历史地名)") })?,
        None if abolished_year.is_some() => PlaceStatus::Historical,
        None => PlaceStatus::Current,
    };
    if status == PlaceStatus::Current && abolished_year.is_some() {
        return err("status", "a current place has no abolition year");
    }
    let mut aliases = Vec::new();
    for a in f.aliases.iter().flat_map(|a| a.split([';', '；', '、'])).map(str::trim).filter(|a| !a.is_empty()) {
        if a != name && !aliases.iter().any(|x| x == a) {
            aliases.push(a.to_string());
        }
    }
    let pinyin = match f.pinyin.as_deref().map(str::trim).filter(|p| !p.is_empty()) {
        Some(p) => p.to_string(),
        None => romanize(&name),
    };
    Ok(Prepared {
        place: NewPlace {
            county_code: county,
            township_code: township,
            category_code: category.code.to_string(),
            seq: code.map(|c| c.seq),
            name,
            aliases,
            pinyin,
            longitude,
            latitude,
            meaning: f.meaning.trim().to_string(),
            history: f.history.trim().to_string(),
            status,
            set_up_year,
            abolished_year,
        },
        warnings,
    })
}

/// The message for a refused insert.
pub fn conflict_message(c: &PlaceConflict, new: &NewPlace) -> String {
    match c {
        PlaceConflict::DuplicateName(p) => {
            let cat = placename::category(&p.category_code).map_or("", |c| c.name);
            format!("{:?} already exists in this township and category ({cat}): {} {}", new.name, p.code, p.name)
        }
        PlaceConflict::CodeTaken(p) => format!("code {} is taken by {}", p.code, p.name),
        PlaceConflict::SequenceExhausted => "no free sequence left in this county, township and category".to_string(),
    }
}

/// A place with what its codes mean.
#[derive(Debug, Clone, Serialize)]
pub struct PlaceView {
    #[serde(flatten)]
    pub place: Place,
    pub category_name: String,
    /// The census top category (居民点, 交通运输设施, …).
    pub top_category: String,
    /// The 6- or 9-digit region code.
    pub region_code: String,
    /// Names from the province down.
    pub region_path: String,
}

impl PlaceView {
    pub fn new(place: Place) -> PlaceView {
        let db = RegionDb::builtin();
        let cat = placename::category(&place.category_code);
        let region_code =
            if place.township_code == "000" { place.county_code.clone() } else { format!("{}{}", place.county_code, place.township_code) };
        let mut region_path = crate::ops::region::path_text(db, &region_code, None);
        if region_path.is_empty() {
            region_path = crate::ops::region::path_text(db, &place.county_code, None);
            if place.township_code != "000" && !region_path.is_empty() {
                region_path.push_str(&format!(" (township {})", place.township_code));
            }
        }
        PlaceView {
            category_name: cat.map_or(String::new(), |c| c.name.to_string()),
            top_category: cat.and_then(Category::top_category).map_or(String::new(), |c| c.name.to_string()),
            region_code,
            region_path,
            place,
        }
    }
}

/// `place add`.
#[derive(Debug, Serialize)]
pub struct Added {
    #[serde(flatten)]
    pub view: PlaceView,
    pub warnings: Vec<String>,
    pub dry_run: bool,
}

/// Add one record (rolled back with `dry_run`).
pub fn add(store: &mut Store, fields: &Fields, dry_run: bool) -> Result<(Added, Counts)> {
    let prepared = prepare(fields).map_err(|e| {
        let flag = match e.field {
            "longitude" => "lon",
            "latitude" => "lat",
            "set_up_year" => "set-up",
            "abolished_year" => "abolished",
            "status" => "abolished",
            other => other,
        };
        Fail::usage(format!("{}: {}", e.field, e.message)).hint(format!("see --{flag} in `mzctl place add --help`"))
    })?;
    let mut writer = store.place_writer(crate::clock::now()?)?;
    let place = match writer.insert(&prepared.place)? {
        Ok(p) => p,
        Err(c) => {
            let hint = match c {
                PlaceConflict::DuplicateName(_) => "use another name, or retire the existing record first (`mzctl place retire CODE`)",
                _ => "leave out --code to get the next free one",
            };
            return Err(Fail::error(conflict_message(&c, &prepared.place)).hint(hint).into());
        }
    };
    if !dry_run {
        writer.commit()?;
    }
    let counts = Counts::from([("places".to_string(), if dry_run { 0 } else { 1 })]);
    Ok((Added { view: PlaceView::new(place), warnings: prepared.warnings, dry_run }, counts))
}

/// A rejected row of `place import`.
#[derive(Debug, Clone, Serialize)]
pub struct Rejected {
    pub line: u64,
    pub field: String,
    pub message: String,
}

/// `place import`.
#[derive(Debug, Serialize)]
pub struct Imported {
    pub file: String,
    pub rows: u64,
    /// Rows stored (0 when any row was rejected, or on a dry run).
    pub imported: u64,
    pub rejected: Vec<Rejected>,
    pub warnings: Vec<String>,
    pub dry_run: bool,
}

/// Which column of the file holds each canonical field.
fn map_headers(file: &str, headers: &[String]) -> Result<Vec<Option<usize>>> {
    let find = |c: &Column| {
        headers.iter().position(|h| {
            let h = h.trim().trim_start_matches('\u{feff}').trim_end_matches('*').trim();
            h.eq_ignore_ascii_case(c.name) || c.zh.contains(&h)
        })
    };
    let map: Vec<Option<usize>> = COLUMNS.iter().map(find).collect();
    let missing: Vec<&str> = COLUMNS
        .iter()
        .zip(&map)
        .filter(|(c, i)| c.required && i.is_none() && !(c.name != "name" && map[0].is_some()))
        .map(|(c, _)| c.name)
        .collect();
    if !missing.is_empty() {
        let names: Vec<String> = COLUMNS.iter().map(|c| format!("{} ({})", c.name, c.zh.join("/"))).collect();
        return Err(Fail::usage(format!("{file}:1: missing column(s) {}", missing.join(", ")))
            .hint(format!("the columns are {}; category and region may be left out when code is given", names.join(", ")))
            .into());
    }
    Ok(map)
}

/// Load a CSV file of placenames: every row checked and inserted in one transaction; if any
/// row is rejected nothing is kept (exit 3 lists them as `file:line: field: message`). The file
/// is read as `import` reads it (UTF-8 or GB18030, the delimiter sniffed, a spreadsheet's first
/// sheet, the same line numbers).
pub fn import(store: &mut Store, path: &Path, dry_run: bool, progress: &mut dyn FnMut(u64)) -> Result<(Imported, Counts)> {
    let file = path.display().to_string();
    let input = Input::File(path.to_path_buf());
    let Opened { reader, sheet_first_row, .. } = source::open(&input, EncodingChoice::Auto, None)?;
    let (mut reader, headers, lines) = source::csv_reader(reader, sheet_first_row, &file, None)?;
    let map = map_headers(&file, &headers)?;
    let mut report = Imported { file: file.clone(), rows: 0, imported: 0, rejected: Vec::new(), warnings: Vec::new(), dry_run };
    let mut writer = store.place_writer(crate::clock::now()?)?;
    let mut record = csv::StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                let line = lines.line(report.rows + 1, e.position()).unwrap_or(report.rows + 2);
                report.rejected.push(Rejected { line, field: "row".into(), message: e.to_string() });
                break;
            }
        }
        report.rows += 1;
        let line = lines.line(report.rows, record.position()).unwrap_or(0);
        let get = |i: usize| map[i].and_then(|c| record.get(c)).map(str::to_string).filter(|s| !s.trim().is_empty());
        let fields = Fields {
            code: get(0),
            name: get(1).unwrap_or_default(),
            aliases: get(2).into_iter().collect(),
            pinyin: get(3),
            category: get(4),
            region: get(5),
            longitude: get(6),
            latitude: get(7),
            meaning: get(8).unwrap_or_default(),
            history: get(9).unwrap_or_default(),
            status: get(10),
            set_up_year: get(11),
            abolished_year: get(12),
        };
        match prepare(&fields) {
            Err(e) => report.rejected.push(Rejected { line, field: e.field.to_string(), message: e.message }),
            Ok(p) => {
                report.warnings.extend(p.warnings.iter().map(|w| format!("{file}:{line}: {w}")));
                if let Err(c) = writer.insert(&p.place)? {
                    let field = if matches!(c, PlaceConflict::DuplicateName(_)) { "name" } else { "code" };
                    report.rejected.push(Rejected { line, field: field.into(), message: conflict_message(&c, &p.place) });
                }
            }
        }
        if report.rows.is_multiple_of(1024) {
            progress(report.rows);
        }
    }
    let ok = report.rejected.is_empty();
    if ok && !dry_run {
        writer.commit()?;
        report.imported = report.rows;
    }
    let counts = Counts::from([("places".to_string(), report.imported as i64)]);
    Ok((report, counts))
}

impl Imported {
    /// Exit 3 when rows were rejected.
    pub fn code(&self) -> Code {
        if self.rejected.is_empty() {
            Code::Ok
        } else {
            Code::Problems
        }
    }
}

/// Turn a region or category code into the filter's prefixes.
pub fn filter(region: Option<&str>, category: Option<&str>, status: Option<PlaceStatus>) -> Result<PlaceFilter> {
    let code_prefix = match region.map(|r| to_halfwidth(r.trim()).into_owned()) {
        None => None,
        Some(r) if r.len() == 6 && r.bytes().all(|b| b.is_ascii_digit()) => Some(crate::domain::region::prefix(&r).to_string()),
        Some(r) if r.len() == 9 && r.bytes().all(|b| b.is_ascii_digit()) => Some(r),
        Some(r) => {
            return Err(Fail::usage(format!("--region {r:?}: a 6-digit (province, prefecture, county) or 9-digit (township) code")).into())
        }
    };
    let category_prefix = match category {
        None => None,
        Some(c) => Some(
            find_category(c)
                .ok_or_else(|| {
                    Fail::usage(format!("--category {c:?} is not in the GB/T 18521 table")).hint("`mzctl place add --help` lists them")
                })?
                .prefix()
                .to_string(),
        ),
    };
    Ok(PlaceFilter { code_prefix, category_prefix, status })
}

/// Places matching the filter, with what their codes mean.
pub fn list(store: &mut Store, filter: &PlaceFilter) -> Result<Vec<PlaceView>> {
    Ok(store.places(filter)?.into_iter().map(PlaceView::new).collect())
}

/// The stored records matching the filter, as they are (for export).
pub fn records(store: &mut Store, filter: &PlaceFilter) -> Result<Vec<Place>> {
    store.places(filter)
}

/// Places matching `text` (name, alias, pinyin, or initials per syllable or per word), best
/// first, ranked as `region search` ranks ([`Query::rank`]); ties by code.
pub fn search(store: &mut Store, text: &str, filter: &PlaceFilter) -> Result<Vec<PlaceView>> {
    let query = Query::new(text).ok_or_else(|| Fail::usage("the search text is empty"))?;
    let mut hits: Vec<(u8, Place)> = store
        .places(filter)?
        .into_iter()
        .filter_map(|p| {
            let rank = query.rank(&p.name, &p.name, &p.aliases, &Keys::from_pinyin(&p.pinyin))?;
            Some((rank, p))
        })
        .collect();
    hits.sort_by(|a, b| (a.0, &a.1.code).cmp(&(b.0, &b.1.code)));
    Ok(hits.into_iter().map(|(_, p)| PlaceView::new(p)).collect())
}

/// One record by code.
pub fn show(store: &mut Store, code: &str) -> Result<PlaceView> {
    let code = to_halfwidth(code.trim()).into_owned();
    PlaceCode::parse(&code).map_err(|e| Fail::usage(format!("{code}: {e}")))?;
    let place = store
        .place(&code)?
        .ok_or_else(|| Fail::error(format!("no placename with code {code}")).hint("`mzctl place search NAME` finds records by name"))?;
    Ok(PlaceView::new(place))
}

/// `place retire`: what changed.
#[derive(Debug, Serialize)]
pub struct Retired {
    #[serde(flatten)]
    pub view: PlaceView,
    pub dry_run: bool,
}

/// The current record `code`, checked to be retirable.
pub fn retirable(store: &mut Store, code: &str) -> Result<Place> {
    let view = show(store, code)?;
    if view.place.status == PlaceStatus::Historical {
        let when = view.place.abolished_year.map_or(String::new(), |y| format!(" (abolished {y})"));
        return Err(Fail::error(format!("{} {} is already historical{when}", view.place.code, view.place.name)).into());
    }
    Ok(view.place)
}

/// Mark a record historical, abolished in `year`.
pub fn retire(store: &mut Store, place: Place, year: i32, dry_run: bool) -> Result<(Retired, Counts)> {
    let at = crate::clock::now()?;
    let place = if dry_run {
        Place { status: PlaceStatus::Historical, abolished_year: Some(year), ..place }
    } else {
        store
            .retire_place(&place.code, year, at)?
            .ok_or_else(|| Fail::error(format!("{} changed meanwhile; nothing retired", place.code)))?
    };
    let counts = Counts::from([("places".to_string(), if dry_run { 0 } else { 1 })]);
    Ok((Retired { view: PlaceView::new(place), dry_run }, counts))
}

/// The columns `place export` writes (the canonical ones `place import` reads).
pub fn export_headers() -> Vec<&'static str> {
    COLUMNS.iter().map(|c| c.name).collect()
}

/// One record as an export row, in [`export_headers`] order.
pub fn export_row(p: &Place) -> Vec<String> {
    let opt = |v: Option<String>| v.unwrap_or_default();
    let region = if p.township_code == "000" { p.county_code.clone() } else { format!("{}{}", p.county_code, p.township_code) };
    vec![
        p.code.clone(),
        p.name.clone(),
        p.aliases.join(";"),
        p.pinyin.clone(),
        p.category_code.clone(),
        region,
        opt(p.longitude.map(|v| v.to_string())),
        opt(p.latitude.map(|v| v.to_string())),
        p.meaning.clone(),
        p.history.clone(),
        p.status.as_str().to_string(),
        opt(p.set_up_year.map(|v| v.to_string())),
        opt(p.abolished_year.map(|v| v.to_string())),
    ]
}
