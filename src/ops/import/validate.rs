//! Row validation per record kind, the same for both backends, for imports and checks alike.
//!
//! Every field of a row is checked, whatever the others hold: each fault is a [`Problem`]
//! naming its rule, field and severity. What happens then depends on the caller:
//! - strict import (default): a row with an error-level problem is rejected, with every
//!   problem in its reason; safe normalizations are applied and reported (full-width →
//!   half-width, trimmed spaces, lowercase `x`, 15 → 18-digit IDs); warnings are stored and
//!   flagged;
//! - lenient import: rows are stored exactly as they came, with the rules they break in
//!   `flags`, unless a problem is fatal (the row cannot be stored at all: no key, an
//!   unparsable date or amount, an Excel-damaged ID);
//! - checks (`check file`, `check run`): every problem is a finding.
//!
//! So a row is rejected by a strict import exactly when it has an error-level finding.
use crate::db::records::Row;
use crate::domain::{idnum, normalize, phone, records as rec, region, uscc, values};
use crate::error::Fail;
use crate::ops::check::catalogue::{self, Severity};
use anyhow::Result;
use jiff::civil::Date;
use std::borrow::Cow;
use std::collections::BTreeMap;

// Re-exported for `ops::check::fix`, which names the kind by this path.
use crate::domain::kind::Kind;

/// One fault of a row.
#[derive(Debug, Clone)]
pub struct Problem {
    pub rule: &'static str,
    pub field: &'static str,
    pub severity: Severity,
    /// A short description, to count rejects by.
    pub summary: &'static str,
    /// The specific reason.
    pub detail: String,
    /// The row cannot be stored at all, not even by a lenient import.
    pub fatal: bool,
    /// A strict import stores the value normalized, without the fault.
    pub normalized: bool,
}

/// Why a row was rejected: every problem it has.
#[derive(Debug, Clone)]
pub struct Reject {
    pub problems: Vec<Problem>,
}

impl Reject {
    /// The faulty fields, `;`-separated, in the order found.
    pub fn fields(&self) -> String {
        let mut fields: Vec<&str> = Vec::new();
        for p in &self.problems {
            if !fields.contains(&p.field) {
                fields.push(p.field);
            }
        }
        fields.join(";")
    }

    /// Every problem as `field: detail (rule)`, `; `-separated; warnings marked.
    pub fn reason(&self) -> String {
        let parts: Vec<String> = self
            .problems
            .iter()
            .map(|p| {
                let field = if p.field == "-" { String::new() } else { format!("{}: ", p.field) };
                match (p.rule, p.severity) {
                    ("", _) => format!("{field}{}", p.detail),
                    (rule, Severity::Error) => format!("{field}{} ({rule})", p.detail),
                    (rule, sev) => format!("{field}{} ({rule}, {})", p.detail, sev.as_str()),
                }
            })
            .collect();
        parts.join("; ")
    }
}

/// An enrolment's status, from the closed list: active (paid), suspended (暂停: kept on the
/// register, not paid), ended.
pub fn enrolment_status(s: &str) -> Option<&'static str> {
    match normalize::to_halfwidth(s.trim()).to_ascii_lowercase().as_str() {
        "active" | "正常" | "在保" | "享受中" => Some("active"),
        "suspended" | "暂停" | "停发" | "暂停发放" => Some("suspended"),
        "ended" | "终止" | "结束" | "退出" | "已终止" => Some("ended"),
        _ => None,
    }
}

/// A record with the wrong number of fields: it cannot be read field by field.
pub fn wrong_width(found: usize, width: usize) -> Problem {
    let detail = format!("expected {width} fields, found {found}");
    Problem {
        rule: "record.unparsed",
        field: "-",
        severity: Severity::Error,
        summary: "wrong number of fields",
        detail,
        fatal: true,
        normalized: false,
    }
}

/// Fields whose values are free text: a line break there is the value's own (Excel writes
/// addresses on several lines); anywhere else it is a quote gone wrong.
pub const FREE_TEXT: &[&str] = &["address", "scope", "tags", "department", "owner", "funding_source", "source"];

/// A record that is not one row of the file: a field too long, or lines run together.
pub fn misshapen(field: &'static str, summary: &'static str, detail: String) -> Problem {
    Problem { rule: "record.unparsed", field, severity: Severity::Error, summary, detail, fatal: true, normalized: false }
}

/// A record holding bytes that are not UTF-8 (after decoding): it cannot be read as text.
pub fn not_utf8(rec: &csv::ByteRecord) -> Problem {
    let column = rec.iter().position(|f| std::str::from_utf8(f).is_err()).unwrap_or(0) + 1;
    let detail = format!("invalid UTF-8 bytes in column {column} (try --encoding gb18030)");
    Problem {
        rule: "record.unparsed",
        field: "-",
        severity: Severity::Error,
        summary: "invalid UTF-8 bytes",
        detail,
        fatal: true,
        normalized: false,
    }
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
    /// All the fields' text end to end, where the record holds it so (one scan for what no
    /// field should hold).
    fn joined(&self) -> Option<&str> {
        None
    }
}

impl Fields for csv::StringRecord {
    fn field(&self, i: usize) -> Option<&str> {
        self.get(i)
    }

    fn joined(&self) -> Option<&str> {
        Some(self.as_slice())
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
    /// Safe normalizations applied (strict mode) to stored rows, by description.
    pub normalized: BTreeMap<String, u64>,
    /// Stored rows with a warning (strict) or a flag (lenient), by rule.
    pub warnings: BTreeMap<String, u64>,
    /// The last row's problems, in the order found.
    problems: Vec<Problem>,
    /// The last row's normalizations (strict mode), noted once the row is stored.
    changes: Vec<&'static str>,
    /// The last person's ID number, when it parsed (after normalization and upgrade).
    last_id: Option<idnum::IdNumber>,
    /// Payments without a reference: the hashes of the rows seen so far, and how often those
    /// seen more than once were (a collision only numbers a row higher: its key stays its own).
    seen: std::collections::HashSet<u64>,
    repeats: std::collections::HashMap<u64, u32>,
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

/// Which of `headers` holds `field` of `kind`, by its name or a Chinese header for it.
pub fn column_of(kind: Kind, headers: &[String], field: &str) -> Option<usize> {
    let col = kind.columns().iter().find(|c| c.name == field)?;
    headers.iter().position(|h| {
        let key = header_key(h);
        col.name == key || col.zh.iter().any(|z| *z == key)
    })
}

impl Validator {
    /// Resolve the file's headers to the kind's columns (`maps`: `HEADER=field` overrides).
    /// Returns the validator and notes about ignored columns. A missing required column is an
    /// error before any row is read.
    pub fn new(
        kind: Kind,
        headers: &[String],
        maps: &[(String, String)],
        lenient: bool,
        today: Date,
        file: &str,
    ) -> Result<(Validator, Vec<String>)> {
        let cols = kind.columns();
        let mut idx = vec![None; cols.len()];
        let mut notes = Vec::new();
        for (field, _) in maps {
            if !cols.iter().any(|c| c.name == field) {
                let known: Vec<&str> = cols.iter().map(|c| c.name).collect();
                return Err(Fail::usage(format!("--map: {} has no field {field:?}", kind.as_str()))
                    .hint(format!("fields: {}", known.join(", ")))
                    .into());
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
        let v = Validator {
            kind,
            lenient,
            today,
            idx,
            normalized: BTreeMap::new(),
            warnings: BTreeMap::new(),
            problems: Vec::new(),
            changes: Vec::new(),
            last_id: None,
            seen: Default::default(),
            repeats: Default::default(),
        };
        Ok((v, notes))
    }

    /// Every row of the file must pass through [`Validator::row`], those a resumed import
    /// already stored too: a payment's key counts the identical rows before it.
    pub fn counts_rows(&self) -> bool {
        self.kind == Kind::Payments
    }

    /// The last row's problems (every one, whether the row was stored or rejected).
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }

    /// The last person row's ID number as parsed (normalized, 15 digits upgraded), if valid.
    pub fn last_id(&self) -> Option<idnum::IdNumber> {
        self.last_id
    }

    /// The file's column index of a field, if the file has it.
    pub fn column(&self, field: &str) -> Option<usize> {
        self.kind.columns().iter().position(|c| c.name == field).and_then(|c| self.idx[c])
    }

    /// The field the file's column `col` is read as, if any.
    pub fn field_at(&self, col: usize) -> Option<&'static str> {
        self.idx.iter().position(|i| *i == Some(col)).map(|c| self.kind.columns()[c].name)
    }

    fn get<'r, R: Fields + ?Sized>(&self, rec: &'r R, col: usize) -> &'r str {
        // A rejects file or an export mzctl wrote comes back with its formula guards: take them off.
        crate::csvout::restore(self.idx[col].and_then(|i| rec.field(i)).unwrap_or(""))
    }

    fn note(map: &mut BTreeMap<String, u64>, what: &str) {
        match map.get_mut(what) {
            Some(n) => *n += 1,
            None => {
                map.insert(what.to_string(), 1);
            }
        }
    }

    /// Record a problem of `rule` at its catalogue severity (once per rule and field).
    fn problem(&mut self, rule: &'static str, field: &'static str, summary: &'static str, detail: String) {
        let severity = catalogue::get(rule).map_or(Severity::Error, |r| r.severity);
        self.push(Problem { rule, field, severity, summary, detail, fatal: false, normalized: false });
    }

    /// A value the row cannot be stored without: `record.unparsed` unless another rule is
    /// given (none for the systems register, which no check reads).
    fn fatal(&mut self, rule: &'static str, field: &'static str, summary: &'static str, detail: String) {
        self.push(Problem { rule, field, severity: Severity::Error, summary, detail, fatal: true, normalized: false });
    }

    fn push(&mut self, mut p: Problem) {
        if self.problems.iter().any(|q| q.rule == p.rule && q.field == p.field) {
            return;
        }
        if p.detail.is_empty() {
            p.detail = p.summary.to_string();
        }
        self.problems.push(p);
    }

    /// Validate one record into `out` (values in table column order, always filled, as a
    /// lenient import stores them or normalized for a strict one). Every field is checked;
    /// [`Validator::problems`] then holds what was found. The row is rejected, with all of
    /// them, when a problem is fatal, or (strict) of severity error.
    pub fn row<R: Fields + ?Sized>(&mut self, r: &R, line: u64, out: &mut Row) -> Result<(), Reject> {
        self.problems.clear();
        self.changes.clear();
        out.line = line;
        if !matches!(self.kind, Kind::People | Kind::Enrolments | Kind::Deaths) {
            out.values.clear();
        }
        match self.kind {
            // Refills the row's values in place (no allocation for most of them).
            Kind::People => self.people(r, out),
            Kind::Enrolments => self.enrolment(r, out),
            Kind::Deaths => self.death(r, out),
            Kind::Organizations => self.organization(r, out),
            Kind::Systems => self.system(r, out),
            Kind::Payments => self.payment(r, out),
        }
        self.control_characters(r);
        out.flags.clear();
        if self.problems.is_empty() {
            return Ok(());
        }
        let rejected = self.problems.iter().any(|p| p.fatal || (!self.lenient && p.severity == Severity::Error));
        if rejected {
            return Err(Reject { problems: self.problems.clone() });
        }
        for c in &self.changes {
            Self::note(&mut self.normalized, c);
        }
        // The rules the stored row still breaks (a strict import's normalizations are gone).
        for p in &self.problems {
            if self.lenient || !p.normalized {
                if !out.flags.split(';').any(|f| f == p.rule) {
                    if !out.flags.is_empty() {
                        out.flags.push(';');
                    }
                    out.flags.push_str(p.rule);
                    Self::note(&mut self.warnings, p.rule);
                }
            }
        }
        Ok(())
    }

    /// NUL and the other C0 control characters (line breaks and tabs aside, which a free-text
    /// field may hold) are no text: SQLite would store them and PostgreSQL refuse them, so the
    /// row is rejected on both, naming the field.
    fn control_characters<R: Fields + ?Sized>(&mut self, r: &R) {
        // Bytewise (no byte of a multi-byte UTF-8 character is below 0x80), without branching
        // per byte so that it vectorizes; field by field only when the record has one.
        let suspect = |v: &str| v.as_bytes().iter().fold(false, |hit, &b| hit | (b < b' ') | (b == 0x7f));
        if r.joined().is_some_and(|all| !suspect(all)) {
            return;
        }
        let cols = self.kind.columns();
        for k in 0..cols.len() {
            let Some(v) = self.idx[k].and_then(|i| r.field(i)) else {
                continue;
            };
            if !suspect(v) {
                continue;
            }
            if let Some(&bad) = v.as_bytes().iter().find(|&&b| (b < b' ' && !matches!(b, b'\t' | b'\n' | b'\r')) || b == 0x7f) {
                let name = if bad == 0 { "NUL".to_string() } else { format!("U+{bad:04X}") };
                self.fatal("record.unparsed", cols[k].name, "holds a control character", format!("{name} in {}", v.escape_debug()));
            }
        }
    }

    /// The ID number into `stored`: as given (lenient) or normalized (strict); parsed when it
    /// can be.
    fn id_number(&mut self, raw: &str, stored: &mut String) -> Option<idnum::IdNumber> {
        // Fast path: already 17 digits and a check character, as almost every row is.
        if idnum::is_normal18(raw) && !(raw.ends_with("000") && idnum::looks_excel_damaged(raw)) {
            return self.parsed_id(Cow::Borrowed(raw), raw, stored);
        }
        set(stored, raw);
        if raw.trim().is_empty() {
            self.fatal("id.format", "id_number", "missing ID number", String::new());
            return None;
        }
        if idnum::looks_excel_damaged(raw.trim()) {
            self.fatal(
                "id.format",
                "id_number",
                "damaged by Excel: digits lost",
                "damaged by Excel (a numeric cell keeps 15 significant digits): the last digits are lost and cannot be recovered; re-export the column as text".into(),
            );
            return None;
        }
        let n = normalize::normalize_code(raw);
        let mut value = n.value.clone();
        for c in &n.changes {
            // Normalizing repairs it: a warning, which a strict import repairs.
            let rule = if matches!(c, normalize::Change::LowercaseX) { "id.lowercase_x" } else { "id.format" };
            self.push(Problem {
                rule,
                field: "id_number",
                severity: Severity::Warning,
                summary: "ID number not in normal form",
                detail: String::new(),
                fatal: false,
                normalized: true,
            });
            self.changes.push(c.describe());
        }
        if idnum::is_legacy15(&value) {
            match idnum::upgrade15(&value) {
                Ok(v) => {
                    self.push(Problem {
                        rule: "id.fifteen_digit",
                        field: "id_number",
                        severity: Severity::Warning,
                        summary: "legacy 15-digit ID number",
                        detail: String::new(),
                        fatal: false,
                        normalized: true,
                    });
                    self.changes.push("15-digit ID numbers upgraded to 18");
                    value = v;
                }
                Err(e) => self.problem(e.rule(), "id_number", "invalid ID number", format!("ID number: {e}")),
            }
        }
        self.parsed_id(Cow::Owned(value), raw, stored)
    }

    /// Parse a (normalized) ID number; `raw` is what a lenient import stores.
    fn parsed_id(&mut self, value: Cow<'_, str>, raw: &str, stored: &mut String) -> Option<idnum::IdNumber> {
        let parsed = match idnum::parse(&value, self.today) {
            Ok(id) => {
                let db = region::RegionDb::builtin();
                let code = id.region_code();
                if !db.ever_valid_for_id(code) {
                    // Valid numbers can carry codes missing from every list (a warning to check
                    // against the source), but not one under a province that never existed.
                    if db.ever_valid_for_id(&format!("{}0000", &code[..2])) {
                        let summary = "ID address code in no published list";
                        self.push(Problem {
                            rule: "id.region",
                            field: "id_number",
                            severity: Severity::Warning,
                            summary,
                            detail: String::new(),
                            fatal: false,
                            normalized: false,
                        });
                    } else {
                        let detail = format!("ID address code {code} is under no province ({}0000 never existed)", &code[..2]);
                        self.problem("id.region", "id_number", "ID address code under no province", detail);
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
                self.problem(e.rule(), "id_number", summary, format!("ID number: {e}"));
                None
            }
        };
        set(stored, if self.lenient { raw } else { &value });
        parsed
    }

    /// A region code into `stored`; `person` requires county level or below.
    fn region_code(&mut self, raw: &str, person: bool, stored: &mut String) {
        let v = normalize::to_halfwidth(raw.trim());
        set(stored, if self.lenient { raw } else { &v });
        if v.is_empty() {
            return self.fatal("region.unknown", "region_code", "missing region code", String::new());
        }
        if !matches!(v.len(), 6 | 9 | 12) || !v.bytes().all(|b| b.is_ascii_digit()) {
            return self.problem("region.unknown", "region_code", "malformed region code (6, 9 or 12 digits)", String::new());
        }
        let db = region::RegionDb::builtin();
        let (status, level_ok) = region_status(&v, person);
        match status {
            region::Status::NeverExisted => {
                self.problem("region.unknown", "region_code", "region code in no published list", String::new())
            }
            region::Status::Retired => {
                let succ: Vec<String> = db.resolve(&v, None).today.iter().map(|s| s.code.clone()).collect();
                let what = format!("retired region code (successor {})", if succ.is_empty() { "none".into() } else { succ.join("/") });
                self.problem("region.retired", "region_code", "retired region code", what);
            }
            region::Status::Current => {}
        }
        if !level_ok {
            self.problem("region.level", "region_code", "a person's region must be county level or below", String::new());
        }
    }

    /// A date field: `None` when blank or unparsable (a problem for a required or unparsable one).
    fn date(&mut self, raw: &str, field: &'static str, required: bool) -> Option<Date> {
        if raw.trim().is_empty() {
            if required {
                self.fatal("record.unparsed", field, "missing value", format!("missing {field}"));
            }
            return None;
        }
        let d = values::parse_date(raw);
        if d.is_none() {
            self.fatal("record.unparsed", field, "unparsable date", format!("unparsable date {:?}", raw.trim()));
        }
        d
    }

    /// A required free-text field: trimmed, a problem when blank.
    fn required_text<'r>(&mut self, raw: &'r str, field: &'static str, what: &'static str) -> &'r str {
        let v = raw.trim();
        if v.is_empty() {
            self.fatal("record.unparsed", field, what, String::new());
        }
        v
    }

    fn people<R: Fields + ?Sized>(&mut self, r: &R, out: &mut Row) {
        self.last_id = None;
        // The values are refilled in place (no allocation for a row like the one before).
        let v = &mut out.values;
        v.resize(8, String::new());
        let parsed = self.id_number(self.get(r, 0), &mut v[0]);
        self.last_id = parsed;
        self.region_code(self.get(r, 4), true, &mut v[1]);
        let name = self.get(r, 1).trim();
        if let Some(problem) = values::name_problem(name) {
            let rule = if name.is_empty() { "person.name_blank" } else { "person.name_chars" };
            // Characters that stand for bytes that were not text: the name is lost, not just untidy.
            let lost = name.chars().any(|c| c == '\u{FFFD}' || c.is_control());
            let severity = if lost { Severity::Error } else { catalogue::get(rule).map_or(Severity::Error, |r| r.severity) };
            self.push(Problem { rule, field: "name", severity, summary: problem, detail: String::new(), fatal: false, normalized: false });
        }
        let gender_raw = self.get(r, 2).trim();
        // An invalid ID leaves a blank gender unknown (stored empty): the ID's fault says why.
        let gender = match (gender_raw, parsed) {
            ("", Some(id)) => Some(id.gender()),
            ("", None) => None,
            (g, _) => match idnum::Gender::parse(g) {
                Some(g) => Some(g),
                None => {
                    self.fatal("record.unparsed", "gender", "unknown gender", format!("unknown gender {g:?} (男/女, M/F, 1/2)"));
                    None
                }
            },
        };
        if let (Some(id), Some(g)) = (parsed, gender) {
            if id.gender() != g {
                self.problem(
                    "person.gender_mismatch",
                    "gender",
                    "gender contradicts the ID number",
                    format!("gender {} contradicts the ID number ({})", g.zh(), id.gender().zh()),
                );
            }
        }
        let birth_raw = self.get(r, 3);
        let birth = match (self.date(birth_raw, "birth_date", false), parsed) {
            (Some(d), Some(id)) if d != id.birth_date() => {
                self.problem(
                    "person.birth_mismatch",
                    "birth_date",
                    "birth date contradicts the ID number",
                    format!("birth date {d} contradicts the ID number ({})", id.birth_date()),
                );
                Some(d)
            }
            (Some(d), _) => Some(d),
            (None, Some(id)) if birth_raw.trim().is_empty() => Some(id.birth_date()),
            (None, _) => None,
        };
        let phone_raw = self.get(r, 5).trim();
        let half = normalize::to_halfwidth(phone_raw);
        if !(half.is_empty() || phone::classify(&half).is_some()) {
            self.problem("phone.format", "phone", "not a mainland mobile (1[3-9] + 9 digits) or a landline with area code", String::new());
        }
        let v = &mut out.values;
        set(&mut v[2], name);
        v[3].clear();
        match gender {
            Some(g) => v[3].push(g.code()),
            None if self.lenient => v[3].push_str(gender_raw),
            None => {}
        }
        v[4].clear();
        match birth {
            Some(d) => push_date(&mut v[4], d),
            None if self.lenient => v[4].push_str(birth_raw.trim()),
            None => {}
        }
        set(&mut v[5], if self.lenient { phone_raw } else { &half });
        set(&mut v[6], self.get(r, 6).trim());
        set(&mut v[7], self.get(r, 7).trim());
    }

    fn enrolment<R: Fields + ?Sized>(&mut self, r: &R, out: &mut Row) {
        let v = &mut out.values;
        v.resize(7, String::new());
        self.id_number(self.get(r, 0), &mut v[0]);
        let mut program = std::mem::take(&mut out.values[1]);
        self.program(self.get(r, 1), &mut program);
        out.values[1] = program;
        self.region_code(self.get(r, 2), false, &mut out.values[2]);
        let start = self.date(self.get(r, 3), "start_date", true);
        let end = self.date(self.get(r, 4), "end_date", false);
        if let (Some(s), Some(e)) = (start, end) {
            if e < s {
                self.problem("enrolment.dates", "end_date", "end date before start date", format!("end date {e} before start date {s}"));
            }
        }
        let amount_raw = self.get(r, 5);
        let fen = values::parse_fen(amount_raw);
        if fen.is_none() {
            self.fatal(
                "record.unparsed",
                "monthly_amount",
                "unparsable amount",
                format!("unparsable amount {:?} (yuan, at most 2 decimals)", amount_raw.trim()),
            );
        }
        let status_raw = self.get(r, 6).trim();
        let v = &mut out.values;
        for (i, d, raw) in [(3, start, self.get(r, 3)), (4, end, self.get(r, 4))] {
            v[i].clear();
            match d {
                Some(d) => push_date(&mut v[i], d),
                None => v[i].push_str(raw.trim()),
            }
        }
        v[5].clear();
        match fen {
            Some(fen) => {
                use std::fmt::Write;
                let _ = write!(v[5], "{fen}");
            }
            None => v[5].push_str(amount_raw.trim()),
        }
        let status = match status_raw {
            "" => {
                if end.is_some_and(|e| e <= self.today) {
                    "ended"
                } else {
                    "active"
                }
            }
            s => match enrolment_status(s) {
                Some(s) => s,
                None => {
                    let detail = format!("unknown status {s:?} (active/正常, suspended/暂停, ended/终止)");
                    self.fatal("record.unparsed", "status", "unknown status", detail);
                    s
                }
            },
        };
        let v = &mut out.values;
        set(&mut v[6], status);
    }

    /// A program code into `stored`: a built-in code or Chinese name, or a code of the bureau's own.
    fn program(&mut self, raw: &str, stored: &mut String) {
        let program_raw = normalize::to_halfwidth(raw.trim());
        match rec::program_code(&program_raw) {
            Some(p) => set(stored, p),
            None if !program_raw.is_empty() && program_raw.bytes().all(|b| b.is_ascii_lowercase() || b == b'_' || b.is_ascii_digit()) => {
                set(stored, &program_raw)
            }
            None => {
                set(stored, &program_raw);
                let known: Vec<String> = rec::PROGRAMS.iter().map(|(c, zh)| format!("{c} ({zh})")).collect();
                let (summary, detail) = if program_raw.is_empty() {
                    ("missing value", "missing program".to_string())
                } else {
                    ("unknown program", format!("unknown program {program_raw:?}; built in: {}", known.join(", ")))
                };
                self.fatal("record.unparsed", "program", summary, detail);
            }
        }
    }

    /// A payment: the person, program and paying district as an enrolment's, the month paid
    /// for, the amount (yuan → fen), the day paid; the key made from the reference, or from the
    /// fields and the row's occurrence among identical rows of the file.
    fn payment<R: Fields + ?Sized>(&mut self, r: &R, out: &mut Row) {
        use std::fmt::Write;
        let mut v = vec![String::new(); 10];
        self.id_number(self.get(r, 0), &mut v[0]);
        self.program(self.get(r, 1), &mut v[2]);
        self.region_code(self.get(r, 2), false, &mut v[3]);
        let month_raw = self.get(r, 3).trim();
        match values::parse_month(month_raw) {
            Some(m) => v[4] = values::format_month(m),
            None => {
                let (summary, detail) = if month_raw.is_empty() {
                    ("missing value", "missing month".to_string())
                } else {
                    ("unparsable month", format!("unparsable month {month_raw:?} (YYYY-MM)"))
                };
                self.fatal("record.unparsed", "month", summary, detail);
                v[4] = month_raw.to_string();
            }
        }
        let amount_raw = self.get(r, 4).trim();
        match values::parse_fen(amount_raw) {
            Some(fen) => {
                let _ = write!(v[5], "{fen}");
            }
            None => {
                self.fatal(
                    "record.unparsed",
                    "amount",
                    "unparsable amount",
                    format!("unparsable amount {amount_raw:?} (yuan, at most 2 decimals)"),
                );
                v[5] = amount_raw.to_string();
            }
        }
        let paid_raw = self.get(r, 5);
        match self.date(paid_raw, "paid_on", true) {
            Some(d) => push_date(&mut v[6], d),
            None => v[6].push_str(paid_raw.trim()),
        }
        v[7] = self.get(r, 6).trim().to_string();
        let account = normalize::to_halfwidth(self.get(r, 7).trim()).replace([' ', '-'], "");
        v[8] = account;
        v[9] = normalize::to_halfwidth(self.get(r, 8).trim()).into_owned();
        v[1] = if v[9].is_empty() {
            let fields = format!("{}|{}|{}|{}|{}|{}", v[0], v[2], v[3], v[4], v[6], v[5]);
            let n = self.occurrence(&fields);
            format!("{fields}#{n}")
        } else {
            format!("ref:{}", v[9])
        };
        out.values = v;
    }

    /// The how-manieth time these fields come in the file (1 for the first).
    fn occurrence(&mut self, fields: &str) -> u32 {
        use std::hash::{BuildHasher, BuildHasherDefault};
        let h = BuildHasherDefault::<std::collections::hash_map::DefaultHasher>::default().hash_one(fields);
        if self.seen.insert(h) {
            return 1;
        }
        let n = self.repeats.entry(h).or_insert(1);
        *n += 1;
        *n
    }

    fn death<R: Fields + ?Sized>(&mut self, r: &R, out: &mut Row) {
        let v = &mut out.values;
        v.resize(5, String::new());
        self.id_number(self.get(r, 0), &mut v[0]);
        let name = self.get(r, 1).trim();
        if name.is_empty() {
            self.problem("person.name_blank", "name", "blank name", String::new());
        }
        let raw_date = self.get(r, 2);
        let date = self.date(raw_date, "death_date", true);
        if let Some(d) = date.filter(|d| *d > self.today) {
            self.problem("death.future", "death_date", "death date in the future", format!("death date {d} is after {}", self.today));
        }
        let v = &mut out.values;
        set(&mut v[1], name);
        v[2].clear();
        match date {
            Some(d) => push_date(&mut v[2], d),
            None => v[2].push_str(raw_date.trim()),
        }
        set(&mut v[3], self.get(r, 3).trim());
        set(&mut v[4], self.get(r, 4).trim());
    }

    fn organization<R: Fields + ?Sized>(&mut self, r: &R, out: &mut Row) {
        let raw = self.get(r, 0);
        let n = normalize::normalize_code(raw);
        let code = n.value.to_ascii_uppercase();
        let ty_raw = self.get(r, 2).trim();
        let ty = uscc::CivilOrgType::parse_zh(ty_raw);
        if raw.trim().is_empty() {
            self.fatal("org.uscc_format", "uscc", "missing credit code", "missing unified social credit code".into());
        } else {
            for c in &n.changes {
                self.changes.push(c.describe());
            }
            match uscc::parse(&code) {
                Ok(u) if u.authority() != '5' => self.problem(
                    "org.uscc_authority",
                    "uscc",
                    "not registered by civil affairs (authority 5)",
                    format!("registration authority {} is not civil affairs (5)", u.authority()),
                ),
                Ok(u) => {
                    if let Some(ty) = ty.filter(|t| uscc::CivilOrgType::from_uscc(&u) != Some(*t)) {
                        self.problem(
                            "org.uscc_authority",
                            "uscc",
                            "type digit does not match the organization type",
                            format!("type digit {} does not match {}", u.org_type(), ty.zh()),
                        );
                    }
                }
                Err(e) => {
                    let rule = if matches!(e, uscc::UsccError::Checksum { .. }) { "org.uscc_checksum" } else { "org.uscc_format" };
                    self.problem(rule, "uscc", "invalid credit code", format!("credit code: {e}"));
                }
            }
        }
        let name = self.required_text(self.get(r, 1), "name", "missing organization name").to_string();
        if ty.is_none() {
            let (summary, detail) = if ty_raw.is_empty() {
                ("missing organization type", "missing organization type (社会团体, 社会服务机构, 基金会)".to_string())
            } else {
                ("unknown organization type", format!("unknown organization type {ty_raw:?} (社会团体, 社会服务机构, 基金会)"))
            };
            self.fatal("record.unparsed", "type", summary, detail);
        }
        let mut region = String::new();
        self.region_code(self.get(r, 3), false, &mut region);
        let registered_raw = self.get(r, 4);
        let registered = self.date(registered_raw, "registered_on", false);
        out.values.extend([
            if self.lenient { raw.to_string() } else { code },
            name,
            ty.map_or_else(|| ty_raw.to_string(), |t| t.zh().to_string()),
            region,
            registered.map_or_else(|| registered_raw.trim().to_string(), |d| d.to_string()),
            self.get(r, 5).trim().to_string(),
            self.get(r, 6).trim().to_string(),
        ]);
    }

    /// An information system: a slug id and a name; dates, money (yuan → fen), counts,
    /// lists and the lifecycle state checked; free text kept as given.
    fn system<R: Fields + ?Sized>(&mut self, r: &R, out: &mut Row) {
        use crate::domain::systems as sys;
        let id = normalize::to_halfwidth(self.get(r, 0).trim()).to_ascii_lowercase();
        if id.is_empty() {
            self.fatal("", "id", "missing system id", String::new());
        } else if !sys::is_slug(&id) {
            self.fatal("", "id", "not a slug (a-z, 0-9, - and _)", format!("system id {id:?} is not a slug: 1-40 of a-z, 0-9, - and _"));
        }
        let name = self.get(r, 1).trim().to_string();
        if name.is_empty() {
            self.fatal("", "name", "missing system name", String::new());
        }
        let text = |v: &Self, i: usize| v.get(r, i).trim().to_string();
        let list = |v: &Self, i: usize| sys::split_list(v.get(r, i)).join(";");
        let date = |v: &mut Self, i: usize, field: &'static str| {
            let raw = v.get(r, i);
            v.date(raw, field, false).map_or_else(|| raw.trim().to_string(), |d| d.to_string())
        };
        let fen = |v: &mut Self, i: usize, field: &'static str| {
            let raw = v.get(r, i).trim();
            if raw.is_empty() {
                return "0".to_string();
            }
            values::parse_fen(raw).map(|f| f.to_string()).unwrap_or_else(|| {
                v.fatal("", field, "unparsable amount", format!("unparsable amount {raw:?} (yuan, at most 2 decimals)"));
                raw.to_string()
            })
        };
        let count = |v: &mut Self, i: usize, field: &'static str| {
            let raw = normalize::to_halfwidth(v.get(r, i).trim()).into_owned();
            if raw.is_empty() {
                return "0".to_string();
            }
            raw.parse::<u32>().map(|n| n.to_string()).unwrap_or_else(|_| {
                v.fatal("", field, "not a whole number", format!("{field}: {raw:?} is not a whole number"));
                raw
            })
        };
        let level_raw = self.get(r, 13).trim();
        let level = match sys::mlps_level(level_raw) {
            Some(l) => l.to_string(),
            None if level_raw.is_empty() => String::new(),
            None => {
                self.fatal("", "mlps_level", "等保 level is not 1-5", format!("等保 level {level_raw:?} is not 1-5"));
                level_raw.to_string()
            }
        };
        let urls = list(self, 16);
        if let Some(bad) = sys::split_list(&urls).into_iter().find(|u| !(u.starts_with("http://") || u.starts_with("https://"))) {
            self.fatal("", "urls", "not an http(s) URL", format!("{bad:?} is not an http:// or https:// URL"));
        }
        let hosts = list(self, 17);
        if let Some(bad) = sys::split_list(&hosts).into_iter().find(|h| !sys::is_host_port(h)) {
            self.fatal("", "hosts", "not host:port", format!("{bad:?} is not host:port"));
        }
        let state_raw = self.get(r, 25).trim();
        let state = match sys::lifecycle(state_raw) {
            Some(s) => s.to_string(),
            None => {
                self.fatal(
                    "",
                    "state",
                    "unknown lifecycle state",
                    format!("unknown lifecycle state {state_raw:?} ({})", sys::LIFECYCLE.join(", ")),
                );
                state_raw.to_string()
            }
        };
        let values = [
            id,
            name,
            text(self, 2),
            text(self, 3),
            text(self, 4),
            list(self, 5),
            text(self, 6),
            date(self, 7, "go_live"),
            text(self, 8),
            text(self, 9),
            fen(self, 10, "funding_amount"),
            text(self, 11),
            date(self, 12, "contract_end"),
            level,
            text(self, 14),
            text(self, 15),
            urls,
            hosts,
            text(self, 18),
            count(self, 19, "vcpu"),
            count(self, 20, "memory_gb"),
            count(self, 21, "storage_gb"),
            count(self, 22, "ips"),
            fen(self, 23, "annual_cost"),
            text(self, 24),
            state,
            text(self, 26),
            text(self, 27),
            text(self, 28),
            date(self, 29, "approved_on"),
        ];
        out.values.extend(values);
    }
}
