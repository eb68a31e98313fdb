//! Row validation per record kind, the same for both backends.
//!
//! Strict (default): safe normalizations are applied and reported (full-width → half-width,
//! trimmed spaces, lowercase `x`, 15 → 18-digit IDs); anything that breaks a domain rule is
//! rejected. Lenient: rows that break domain rules are stored exactly as they came, with the
//! rules they break in `flags`, for `mzctl check` to find. In both modes a row that cannot be
//! stored at all (no key, unparsable date or amount, Excel-damaged ID) is rejected.
use crate::db::records::{self, Row, TableSpec};
use crate::domain::{idnum, normalize, phone, records as rec, region, uscc, values};
use crate::error::Fail;
use anyhow::Result;
use jiff::civil::Date;
use std::borrow::Cow;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    People,
    Enrolments,
    Deaths,
    Organizations,
    Systems,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        self.spec().name
    }
    pub fn columns(self) -> &'static [rec::Column] {
        match self {
            Kind::People => rec::PEOPLE,
            Kind::Enrolments => rec::ENROLMENTS,
            Kind::Deaths => rec::DEATHS,
            Kind::Organizations => rec::ORGANIZATIONS,
            Kind::Systems => rec::SYSTEMS,
        }
    }
    pub fn spec(self) -> &'static TableSpec {
        match self {
            Kind::People => &records::PEOPLE,
            Kind::Enrolments => &records::ENROLMENTS,
            Kind::Deaths => &records::DEATHS,
            Kind::Organizations => &records::ORGANIZATIONS,
            Kind::Systems => &records::SYSTEMS,
        }
    }
    pub fn parse(s: &str) -> Option<Kind> {
        [Kind::People, Kind::Enrolments, Kind::Deaths, Kind::Organizations, Kind::Systems].into_iter().find(|k| k.as_str() == s)
    }
}

/// Why a row was rejected: the field, a summary to count rejects by, and the full reason.
#[derive(Debug, Clone)]
pub struct Reject {
    pub field: &'static str,
    pub summary: &'static str,
    pub reason: String,
}

fn reject(field: &'static str, summary: &'static str, reason: impl Into<String>) -> Reject {
    Reject { field, summary, reason: reason.into() }
}

/// A well-formed region code's status in the built-in lists and, for a person's region
/// (`person`), whether it is county level or below (for anything else: true).
pub fn region_status(code: &str, person: bool) -> (region::Status, bool) {
    let db = region::RegionDb::builtin();
    let status = db.status(code);
    if !person {
        return (status, true);
    }
    let level_ok = match db.versions(code).last().map(|ver| ver.level) {
        Some(region::Level::Province) => false,
        Some(region::Level::Prefecture) => !db.children(code, None).iter().any(|c| c.level == region::Level::County),
        _ => true,
    };
    (status, level_ok)
}

/// A record's fields by index: a CSV record, or a stored row's values as a store reads them.
pub trait Fields {
    fn field(&self, i: usize) -> Option<&str>;
}

impl Fields for csv::StringRecord {
    fn field(&self, i: usize) -> Option<&str> {
        self.get(i)
    }
}

impl Fields for [&str] {
    fn field(&self, i: usize) -> Option<&str> {
        self.get(i).copied()
    }
}

/// Validates the rows of one file, with its columns resolved once.
pub struct Validator {
    kind: Kind,
    lenient: bool,
    today: Date,
    /// For each canonical column of the kind, its index in the file.
    idx: Vec<Option<usize>>,
    /// Safe normalizations applied (strict mode), by description.
    pub normalized: BTreeMap<String, u64>,
    /// Rows stored with a warning (strict) or a flag (lenient), by description.
    pub warnings: BTreeMap<String, u64>,
    flags: Vec<&'static str>,
    /// Lenient mode: each rule the last row broke, with its field and detail (first per rule).
    broken: Vec<Broken>,
    /// The last person's ID number, when it parsed (after normalization and upgrade).
    last_id: Option<idnum::IdNumber>,
}

/// A domain rule a row broke (lenient mode).
#[derive(Debug, Clone)]
pub struct Broken {
    pub rule: &'static str,
    pub field: &'static str,
    /// The specific reason, or the rule's summary when there is none.
    pub detail: String,
}

/// Replace a reused string's text.
fn set(dst: &mut String, v: &str) {
    dst.clear();
    dst.push_str(v);
}

/// A date as `YYYY-MM-DD` (as its `Display` writes it), without the formatting machinery for
/// the years of four digits.
fn push_date(out: &mut String, d: Date) {
    let y = d.year();
    if !(0..=9999).contains(&y) {
        out.push_str(&d.to_string());
        return;
    }
    let (y, m, dd) = (y as u32, d.month() as u32, d.day() as u32);
    for n in [y / 1000, y / 100 % 10, y / 10 % 10, y % 10] {
        out.push(char::from(b'0' + n as u8));
    }
    for (sep, n) in [('-', m), ('-', dd)] {
        out.push(sep);
        out.push(char::from(b'0' + (n / 10) as u8));
        out.push(char::from(b'0' + (n % 10) as u8));
    }
}

/// Normalize a header for matching: trimmed, BOM and full-width removed, ASCII lowercase.
fn header_key(h: &str) -> String {
    normalize::to_halfwidth(h.trim().trim_start_matches('\u{feff}')).trim().to_ascii_lowercase()
}

impl Validator {
    /// Resolve the file's headers to the kind's columns (`maps`: `HEADER=field` overrides).
    /// Returns the validator and notes about ignored columns. A missing required column is an
    /// error before any row is read.
    pub fn new(kind: Kind, headers: &[String], maps: &[(String, String)], lenient: bool, today: Date, file: &str) -> Result<(Validator, Vec<String>)> {
        let cols = kind.columns();
        let mut idx = vec![None; cols.len()];
        let mut notes = Vec::new();
        for (field, _) in maps {
            if !cols.iter().any(|c| c.name == field) {
                let known: Vec<&str> = cols.iter().map(|c| c.name).collect();
                return Err(Fail::usage(format!("--map: {} has no field {field:?}", kind.as_str())).hint(format!("fields: {}", known.join(", "))).into());
            }
        }
        for (i, h) in headers.iter().enumerate() {
            let key = header_key(h);
            let mapped = maps.iter().find(|(_, header)| header_key(header) == key).map(|(f, _)| f.as_str());
            let col = match mapped {
                Some(field) => cols.iter().position(|c| c.name == field),
                None => cols.iter().position(|c| c.name == key || c.zh.iter().any(|z| *z == key)),
            };
            match col {
                Some(c) if idx[c].is_none() => idx[c] = Some(i),
                Some(c) => notes.push(format!("column {} ({h}) repeats {}: ignored", i + 1, cols[c].name)),
                None => notes.push(format!("column {} ({h}) is not a {} field: ignored", i + 1, kind.as_str())),
            }
        }
        let missing: Vec<&str> = cols.iter().zip(&idx).filter(|(c, i)| c.required && i.is_none()).map(|(c, _)| c.name).collect();
        if !missing.is_empty() {
            return Err(Fail::error(format!("{file}:1: missing required column(s) {} for {}", missing.join(", "), kind.as_str()))
                .hint("name the columns as in the docs (canonical or Chinese headers), or map them with --map HEADER=field")
                .into());
        }
        Ok((Validator { kind, lenient, today, idx, normalized: BTreeMap::new(), warnings: BTreeMap::new(), flags: Vec::new(), broken: Vec::new(), last_id: None }, notes))
    }

    /// The rules the last row broke (lenient mode).
    pub fn broken_rules(&self) -> &[Broken] {
        &self.broken
    }

    /// The last person row's ID number as parsed (normalized, 15 digits upgraded), if valid.
    pub fn last_id(&self) -> Option<idnum::IdNumber> {
        self.last_id
    }

    /// The file's column index of a field, if the file has it.
    pub fn column(&self, field: &str) -> Option<usize> {
        self.kind.columns().iter().position(|c| c.name == field).and_then(|c| self.idx[c])
    }

    fn get<'r, R: Fields + ?Sized>(&self, rec: &'r R, col: usize) -> &'r str {
        self.idx[col].and_then(|i| rec.field(i)).unwrap_or("")
    }

    fn note(map: &mut BTreeMap<String, u64>, what: &str) {
        *map.entry(what.to_string()).or_default() += 1;
    }

    /// A domain rule is broken: flag it (lenient) or reject the row (strict).
    fn broken(&mut self, rule: &'static str, field: &'static str, summary: &'static str, detail: String) -> Result<(), Reject> {
        if self.lenient {
            if !self.flags.contains(&rule) {
                self.flags.push(rule);
                self.broken.push(Broken { rule, field, detail: if detail.is_empty() { summary.to_string() } else { detail } });
            }
            Self::note(&mut self.warnings, rule);
            Ok(())
        } else {
            let reason = if detail.is_empty() { format!("{summary} ({rule})") } else { format!("{detail} ({rule})") };
            Err(Reject { field, summary, reason })
        }
    }

    /// Validate one record into `out` (values in table column order).
    pub fn row<R: Fields + ?Sized>(&mut self, r: &R, line: u64, out: &mut Row) -> Result<(), Reject> {
        self.flags.clear();
        self.broken.clear();
        out.line = line;
        if !matches!(self.kind, Kind::People | Kind::Enrolments | Kind::Deaths) {
            out.values.clear();
        }
        match self.kind {
            // Refills the row's values in place (no allocation for most of them).
            Kind::People => self.people(r, out)?,
            Kind::Enrolments => self.enrolment(r, out)?,
            Kind::Deaths => self.death(r, out)?,
            Kind::Organizations => self.organization(r, out)?,
            Kind::Systems => self.system(r, out)?,
        }
        out.flags.clear();
        out.flags.push_str(&self.flags.join(";"));
        Ok(())
    }

    /// The ID number into `stored`: as given (lenient) or normalized (strict); parsed when it
    /// can be.
    fn id_number(&mut self, raw: &str, stored: &mut String) -> Result<Option<idnum::IdNumber>, Reject> {
        // Fast path: already 17 digits and a check character, as almost every row is.
        if idnum::is_normal18(raw) && !(raw.ends_with("000") && idnum::looks_excel_damaged(raw)) {
            return self.parsed_id(Cow::Borrowed(raw), raw, stored);
        }
        if raw.trim().is_empty() {
            return Err(reject("id_number", "missing ID number", "missing ID number"));
        }
        if idnum::looks_excel_damaged(raw.trim()) {
            return Err(reject(
                "id_number",
                "damaged by Excel: digits lost",
                "damaged by Excel (a numeric cell keeps 15 significant digits): the last digits are lost and cannot be recovered; re-export the column as text",
            ));
        }
        let n = normalize::normalize_code(raw);
        let mut value = n.value.clone();
        if self.lenient {
            for c in &n.changes {
                let rule = if matches!(c, normalize::Change::LowercaseX) { "id.lowercase_x" } else { "id.format" };
                self.broken(rule, "id_number", "ID number not in normal form", String::new())?;
            }
        } else {
            for c in &n.changes {
                Self::note(&mut self.normalized, c.describe());
            }
        }
        if idnum::is_legacy15(&value) {
            match idnum::upgrade15(&value) {
                Ok(v) if !self.lenient => {
                    Self::note(&mut self.normalized, "15-digit ID numbers upgraded to 18");
                    value = v;
                }
                Ok(v) => {
                    self.broken("id.fifteen_digit", "id_number", "legacy 15-digit ID number", String::new())?;
                    value = v;
                }
                Err(e) => self.broken(e.rule(), "id_number", "invalid ID number", format!("ID number: {e}"))?,
            }
        }
        self.parsed_id(Cow::Owned(value), raw, stored)
    }

    /// Parse a (normalized) ID number; `raw` is what a lenient import stores.
    fn parsed_id(&mut self, value: Cow<'_, str>, raw: &str, stored: &mut String) -> Result<Option<idnum::IdNumber>, Reject> {
        let parsed = match idnum::parse(&value, self.today) {
            Ok(id) => {
                if !region::RegionDb::builtin().ever_valid_for_id(id.region_code()) {
                    // Valid IDs can carry codes missing from every list: a warning, not a rejection.
                    if self.lenient {
                        self.broken("id.region", "id_number", "ID address code in no published list", String::new())?;
                    } else {
                        Self::note(&mut self.warnings, "ID address code in no published list (id.region)");
                    }
                }
                Some(id)
            }
            Err(e) => {
                let summary = match e.rule() {
                    "id.checksum" => "ID number: bad check character",
                    "id.date" => "ID number: impossible or future birth date",
                    _ => "ID number: wrong length or characters",
                };
                self.broken(e.rule(), "id_number", summary, format!("ID number: {e}"))?;
                None
            }
        };
        set(stored, if self.lenient { raw } else { &value });
        Ok(parsed)
    }

    /// A region code into `stored`; `person` requires county level or below.
    fn region_code(&mut self, raw: &str, person: bool, stored: &mut String) -> Result<(), Reject> {
        let v = normalize::to_halfwidth(raw.trim());
        if v.is_empty() {
            return Err(reject("region_code", "missing region code", "missing region code"));
        }
        set(stored, if self.lenient { raw } else { &v });
        if !matches!(v.len(), 6 | 9 | 12) || !v.bytes().all(|b| b.is_ascii_digit()) {
            return self.broken("region.unknown", "region_code", "malformed region code (6, 9 or 12 digits)", String::new());
        }
        let db = region::RegionDb::builtin();
        let (status, level_ok) = region_status(&v, person);
        match status {
            region::Status::NeverExisted => self.broken("region.unknown", "region_code", "region code in no published list", String::new())?,
            region::Status::Retired => {
                let succ: Vec<String> = db.resolve(&v, None).today.iter().map(|s| s.code.clone()).collect();
                let what = format!("retired region code (successor {})", if succ.is_empty() { "none".into() } else { succ.join("/") });
                if self.lenient {
                    self.broken("region.retired", "region_code", "retired region code", what)?;
                } else {
                    Self::note(&mut self.warnings, "retired region codes (region.retired)");
                }
            }
            region::Status::Current => {}
        }
        if !level_ok {
            self.broken("region.level", "region_code", "a person's region must be county level or below", String::new())?;
        }
        Ok(())
    }

    fn date(&self, raw: &str, field: &'static str, required: bool) -> Result<Option<Date>, Reject> {
        if raw.trim().is_empty() {
            return if required { Err(reject(field, "missing value", format!("missing {field}"))) } else { Ok(None) };
        }
        values::parse_date(raw).map(Some).ok_or_else(|| reject(field, "unparsable date", format!("unparsable date {:?}", raw.trim())))
    }

    fn people<R: Fields + ?Sized>(&mut self, r: &R, out: &mut Row) -> Result<(), Reject> {
        self.last_id = None;
        // The values are refilled in place (no allocation for a row like the one before).
        let v = &mut out.values;
        v.resize(8, String::new());
        let parsed = self.id_number(self.get(r, 0), &mut v[0])?;
        self.last_id = parsed;
        self.region_code(self.get(r, 4), true, &mut v[1])?;
        let name = self.get(r, 1).trim();
        if let Some(problem) = values::name_problem(name) {
            let rule = if name.is_empty() { "person.name_blank" } else { "person.name_chars" };
            self.broken(rule, "name", problem, String::new())?;
        }
        let gender_raw = self.get(r, 2).trim();
        // A lenient row whose ID is invalid may leave the gender unknown (stored empty).
        let gender = match (gender_raw, parsed) {
            ("", Some(id)) => Some(id.gender()),
            ("", None) if self.lenient => None,
            ("", None) => return Err(reject("gender", "missing, and not derivable from an invalid ID", "missing gender, and the ID number is invalid, so it cannot be derived")),
            (g, _) => Some(idnum::Gender::parse(g).ok_or_else(|| reject("gender", "unknown gender", format!("unknown gender {g:?} (男/女, M/F, 1/2)")))?),
        };
        if let (Some(id), Some(g)) = (parsed, gender) {
            if id.gender() != g {
                self.broken("person.gender_mismatch", "gender", "gender contradicts the ID number", format!("gender {} contradicts the ID number ({})", g.zh(), id.gender().zh()))?;
            }
        }
        let birth = match (self.date(self.get(r, 3), "birth_date", false)?, parsed) {
            (Some(d), Some(id)) if d != id.birth_date() => {
                self.broken("person.birth_mismatch", "birth_date", "birth date contradicts the ID number", format!("birth date {d} contradicts the ID number ({})", id.birth_date()))?;
                Some(d)
            }
            (Some(d), _) => Some(d),
            (None, Some(id)) => Some(id.birth_date()),
            (None, None) => None,
        };
        let phone_raw = self.get(r, 5).trim();
        let half = normalize::to_halfwidth(phone_raw);
        let valid = half.is_empty() || phone::classify(&half).is_some();
        let phone = if self.lenient { phone_raw } else { &half };
        if !valid {
            self.broken("phone.format", "phone", "not a mainland mobile (1[3-9] + 9 digits) or a landline with area code", String::new())?;
        }
        set(&mut v[2], name);
        v[3].clear();
        if let Some(g) = gender {
            v[3].push(g.code());
        }
        v[4].clear();
        if let Some(d) = birth {
            push_date(&mut v[4], d);
        }
        set(&mut v[5], phone);
        set(&mut v[6], self.get(r, 6).trim());
        set(&mut v[7], self.get(r, 7).trim());
        Ok(())
    }

    fn enrolment<R: Fields + ?Sized>(&mut self, r: &R, out: &mut Row) -> Result<(), Reject> {
        let v = &mut out.values;
        v.resize(7, String::new());
        self.id_number(self.get(r, 0), &mut v[0])?;
        let program_raw = normalize::to_halfwidth(self.get(r, 1).trim());
        match rec::program_code(&program_raw) {
            Some(p) => set(&mut v[1], p),
            None if !program_raw.is_empty() && program_raw.bytes().all(|b| b.is_ascii_lowercase() || b == b'_' || b.is_ascii_digit()) => set(&mut v[1], &program_raw),
            None => {
                let known: Vec<String> = rec::PROGRAMS.iter().map(|(c, zh)| format!("{c} ({zh})")).collect();
                return Err(reject("program", "unknown program", format!("unknown program {program_raw:?}; built in: {}", known.join(", "))));
            }
        }
        self.region_code(self.get(r, 2), false, &mut v[2])?;
        let start = self.date(self.get(r, 3), "start_date", true)?.unwrap_or(self.today);
        let end = self.date(self.get(r, 4), "end_date", false)?;
        if end.is_some_and(|e| e < start) {
            return Err(reject("end_date", "end date before start date", format!("end date {} before start date {start}", end.map(|e| e.to_string()).unwrap_or_default())));
        }
        let amount_raw = self.get(r, 5);
        let fen = values::parse_fen(amount_raw).ok_or_else(|| reject("monthly_amount", "unparsable amount", format!("unparsable amount {:?} (yuan, at most 2 decimals)", amount_raw.trim())))?;
        v[3].clear();
        push_date(&mut v[3], start);
        v[4].clear();
        if let Some(e) = end {
            push_date(&mut v[4], e);
        }
        v[5].clear();
        {
            use std::fmt::Write;
            let _ = write!(v[5], "{fen}");
        }
        let status = match self.get(r, 6).trim() {
            "" => if end.is_some_and(|e| e <= self.today) { "ended" } else { "active" },
            s => s,
        };
        set(&mut v[6], status);
        Ok(())
    }

    fn death<R: Fields + ?Sized>(&mut self, r: &R, out: &mut Row) -> Result<(), Reject> {
        let v = &mut out.values;
        v.resize(5, String::new());
        self.id_number(self.get(r, 0), &mut v[0])?;
        let name = self.get(r, 1).trim();
        if name.is_empty() {
            self.broken("person.name_blank", "name", "blank name", String::new())?;
        }
        set(&mut v[1], name);
        let date = self.date(self.get(r, 2), "death_date", true)?.unwrap_or(self.today);
        if date > self.today {
            return Err(reject("death_date", "death date in the future", format!("death date {date} is in the future")));
        }
        v[2].clear();
        push_date(&mut v[2], date);
        set(&mut v[3], self.get(r, 3).trim());
        set(&mut v[4], self.get(r, 4).trim());
        Ok(())
    }

    fn organization<R: Fields + ?Sized>(&mut self, r: &R, out: &mut Row) -> Result<(), Reject> {
        let raw = self.get(r, 0);
        if raw.trim().is_empty() {
            return Err(reject("uscc", "missing credit code", "missing unified social credit code"));
        }
        let n = normalize::normalize_code(raw);
        let code = n.value.to_ascii_uppercase();
        if !self.lenient {
            for c in &n.changes {
                Self::note(&mut self.normalized, c.describe());
            }
        }
        let ty_raw = self.get(r, 2).trim();
        let ty = uscc::CivilOrgType::parse_zh(ty_raw).ok_or_else(|| reject("type", "unknown organization type", format!("unknown organization type {ty_raw:?} (社会团体, 社会服务机构, 基金会)")))?;
        match uscc::parse(&code) {
            Ok(u) if u.authority() != '5' => self.broken("org.uscc_authority", "uscc", "not registered by civil affairs (authority 5)", format!("registration authority {} is not civil affairs (5)", u.authority()))?,
            Ok(u) if uscc::CivilOrgType::from_uscc(&u) != Some(ty) => {
                self.broken("org.uscc_authority", "uscc", "type digit does not match the organization type", format!("type digit {} does not match {}", u.org_type(), ty.zh()))?
            }
            Ok(_) => {}
            Err(e) => {
                let rule = if matches!(e, uscc::UsccError::Checksum { .. }) { "org.uscc_checksum" } else { "org.uscc_format" };
                self.broken(rule, "uscc", "invalid credit code", format!("credit code: {e}"))?
            }
        }
        let name = self.get(r, 1).trim().to_string();
        if name.is_empty() {
            return Err(reject("name", "missing organization name", "missing organization name"));
        }
        let mut region = String::new();
        self.region_code(self.get(r, 3), false, &mut region)?;
        let registered = self.date(self.get(r, 4), "registered_on", false)?;
        out.values.extend([
            if self.lenient { raw.to_string() } else { code },
            name,
            ty.zh().to_string(),
            region,
            registered.map(|d| d.to_string()).unwrap_or_default(),
            self.get(r, 5).trim().to_string(),
            self.get(r, 6).trim().to_string(),
        ]);
        Ok(())
    }

    /// An information system: a slug id and a name; dates, money (yuan → fen), counts,
    /// lists and the lifecycle state checked; free text kept as given.
    fn system<R: Fields + ?Sized>(&mut self, r: &R, out: &mut Row) -> Result<(), Reject> {
        use crate::domain::systems as sys;
        let id = normalize::to_halfwidth(self.get(r, 0).trim()).to_ascii_lowercase();
        if id.is_empty() {
            return Err(reject("id", "missing system id", "missing system id"));
        }
        if !sys::is_slug(&id) {
            return Err(reject("id", "not a slug (a-z, 0-9, - and _)", format!("system id {id:?} is not a slug: 1-40 of a-z, 0-9, - and _")));
        }
        let name = self.get(r, 1).trim().to_string();
        if name.is_empty() {
            return Err(reject("name", "missing system name", "missing system name"));
        }
        let text = |i: usize| self.get(r, i).trim().to_string();
        let list = |i: usize| sys::split_list(self.get(r, i)).join(";");
        let date = |i: usize, field: &'static str| self.date(self.get(r, i), field, false).map(|d| d.map(|d| d.to_string()).unwrap_or_default());
        let fen = |i: usize, field: &'static str| {
            let raw = self.get(r, i).trim();
            if raw.is_empty() {
                return Ok("0".to_string());
            }
            values::parse_fen(raw).map(|f| f.to_string()).ok_or_else(|| reject(field, "unparsable amount", format!("unparsable amount {raw:?} (yuan, at most 2 decimals)")))
        };
        let count = |i: usize, field: &'static str| {
            let raw = normalize::to_halfwidth(self.get(r, i).trim()).into_owned();
            if raw.is_empty() {
                return Ok("0".to_string());
            }
            raw.parse::<u32>().map(|n| n.to_string()).map_err(|_| reject(field, "not a whole number", format!("{field}: {raw:?} is not a whole number")))
        };
        let level_raw = self.get(r, 13).trim();
        let level = match sys::mlps_level(level_raw) {
            Some(l) => l.to_string(),
            None if level_raw.is_empty() => String::new(),
            None => return Err(reject("mlps_level", "等保 level is not 1-5", format!("等保 level {level_raw:?} is not 1-5"))),
        };
        let urls = list(16);
        if let Some(bad) = sys::split_list(&urls).into_iter().find(|u| !(u.starts_with("http://") || u.starts_with("https://"))) {
            return Err(reject("urls", "not an http(s) URL", format!("{bad:?} is not an http:// or https:// URL")));
        }
        let hosts = list(17);
        if let Some(bad) = sys::split_list(&hosts).into_iter().find(|h| !sys::is_host_port(h)) {
            return Err(reject("hosts", "not host:port", format!("{bad:?} is not host:port")));
        }
        let state_raw = self.get(r, 25).trim();
        let state = sys::lifecycle(state_raw).ok_or_else(|| {
            reject("state", "unknown lifecycle state", format!("unknown lifecycle state {state_raw:?} ({})", sys::LIFECYCLE.join(", ")))
        })?;
        out.values.extend([
            id,
            name,
            text(2),
            text(3),
            text(4),
            list(5),
            text(6),
            date(7, "go_live")?,
            text(8),
            text(9),
            fen(10, "funding_amount")?,
            text(11),
            date(12, "contract_end")?,
            level,
            text(14),
            text(15),
            urls,
            hosts,
            text(18),
            count(19, "vcpu")?,
            count(20, "memory_gb")?,
            count(21, "storage_gb")?,
            count(22, "ips")?,
            fen(23, "annual_cost")?,
            text(24),
            state.to_string(),
            text(26),
        ]);
        Ok(())
    }
}
