//! Per-record rules: the import engine's lenient validation (the same domain code) run over
//! stored rows or file records, turned into findings.
use super::catalogue::Severity;
use crate::db::checks::Finding;
use crate::db::records::Row;
use crate::domain::kind::Kind;
use crate::domain::{idnum, phone, region, values};
use crate::ops::import::validate::{Fields, Validator};
use anyhow::Result;
use jiff::civil::Date;

/// Evaluates the per-record rules of one kind.
pub struct RecordChecker {
    kind: Kind,
    validator: Validator,
    row: Row,
    /// The message for each retired ID address code met so far.
    retired: std::collections::HashMap<String, String>,
    /// Stored rows only: the common case decided without the validator.
    quick: Option<Quick>,
}

impl RecordChecker {
    /// For stored rows: values of the first [`stored_columns`] columns in table column order.
    pub fn stored(kind: Kind, as_of: Date) -> Result<RecordChecker> {
        let headers: Vec<String> = kind.spec().columns[..stored_columns(kind)].iter().map(|c| c.to_string()).collect();
        let maps =
            if kind == Kind::Enrolments { vec![("monthly_amount".to_string(), "monthly_amount_fen".to_string())] } else { Vec::new() };
        let mut checker = RecordChecker::for_file(kind, &headers, &maps, as_of, kind.as_str())?;
        checker.quick = Quick::new(kind, as_of);
        Ok(checker)
    }

    /// For a file with these headers.
    pub fn for_file(kind: Kind, headers: &[String], maps: &[(String, String)], as_of: Date, file: &str) -> Result<RecordChecker> {
        let (validator, _) = Validator::new(kind, headers, maps, true, as_of, file)?;
        Ok(RecordChecker { kind, validator, row: Row::default(), retired: std::collections::HashMap::new(), quick: None })
    }

    /// Check one record: a finding for every problem the validator finds in it (its values as
    /// a lenient import stores them), and the information that a valid ID's address code is
    /// retired.
    pub fn check<R: Fields + ?Sized>(&mut self, rec: &R, line: u64, out: &mut Vec<Finding>) {
        if self.quick.as_mut().is_some_and(|q| q.clean(rec)) {
            return;
        }
        let spec = self.kind.spec();
        let mut row = std::mem::take(&mut self.row);
        let _ = self.validator.row(rec, line, &mut row);
        let problems = self.validator.problems();
        let retired = if self.kind == Kind::People && !problems.iter().any(|p| p.rule.starts_with("id.")) {
            self.validator.last_id().and_then(|id| retired_address(&mut self.retired, &id))
        } else {
            None
        };
        if problems.is_empty() && retired.is_none() {
            self.row = row;
            return;
        }
        let (key, region) = self.key_region(&row.values);
        let line = (line > 0).then_some(line);
        for p in problems {
            // The value as the record holds it (the file's, or the stored row's).
            let value = match self.validator.column(p.field) {
                Some(i) => rec.field(i).unwrap_or("").trim().to_string(),
                None => spec.columns.iter().position(|c| *c == p.field).and_then(|i| row.values.get(i)).cloned().unwrap_or_default(),
            };
            let mut f = finding(p.rule, p.severity, spec.name, &key, p.field, value, p.detail.clone(), &region);
            f.line = line;
            out.push(f);
        }
        if let Some(msg) = retired {
            let mut f = finding("id.region", Severity::Info, spec.name, &key, "id_number", row.values[0].clone(), msg, &region);
            f.line = line;
            out.push(f);
        }
        self.row = row;
    }

    /// The file's column index of a field.
    pub fn column(&self, field: &str) -> Option<usize> {
        self.validator.column(field)
    }

    fn key_region(&self, v: &[String]) -> (String, String) {
        let get = |i: usize| v.get(i).cloned().unwrap_or_default();
        match self.kind {
            Kind::People => (get(0), get(1)),
            Kind::Enrolments => (format!("{}|{}", get(0), get(1)), get(2)),
            Kind::Deaths | Kind::Systems => (get(0), String::new()),
            Kind::Organizations => (get(0), get(3)),
            Kind::Payments => (get(1), get(3)),
        }
    }
}

/// Most stored rows break no rule. For a row whose checked fields are in normal form, this
/// decides that with the same domain functions as the validator, without its work for an
/// import (normalizing every field, filling a row to store, formatting dates and amounts), and
/// remembers the verdict on each region code. It answers `true` only where the validator would
/// find nothing (see the test `quick_agrees_with_the_validator`); for anything else the
/// validator decides. The stored columns' positions: people id_number, region_code, name,
/// gender, birth_date, phone; enrolments id_number, program, region_code, start_date,
/// end_date, monthly_amount_fen; deaths id_number, name, death_date.
struct Quick {
    kind: Kind,
    today: Date,
    /// The as-of date as YYYYMMDD.
    today_day: u32,
    /// Per 6-digit code: 0 not yet seen, 1 clean, 2 not. For ID address codes and for regions.
    id_codes: Vec<u8>,
    regions: Vec<u8>,
}

impl Quick {
    fn new(kind: Kind, today: Date) -> Option<Quick> {
        let cols = kind.spec().columns;
        let expected: &[&str] = match kind {
            Kind::People => &["id_number", "region_code", "name", "gender", "birth_date", "phone"],
            Kind::Enrolments => &["id_number", "program", "region_code", "start_date", "end_date", "monthly_amount_fen"],
            Kind::Deaths => &["id_number", "name", "death_date"],
            Kind::Organizations | Kind::Systems | Kind::Payments => return None,
        };
        debug_assert!(cols.starts_with(expected));
        let today_day = (today.year() as u32) * 10_000 + (today.month() as u32) * 100 + today.day() as u32;
        Some(Quick { kind, today, today_day, id_codes: vec![0; 1_000_000], regions: vec![0; 1_000_000] })
    }

    fn clean<R: Fields + ?Sized>(&mut self, rec: &R) -> bool {
        let get = |i: usize| rec.field(i).unwrap_or("");
        let Some(id) = self.id(get(0)) else {
            return false;
        };
        match self.kind {
            Kind::People => {
                let (gender, birth, phone) = (get(3).trim(), get(4), get(5).trim());
                self.region(get(1), true)
                    && values::name_problem(get(2)).is_none()
                    && (gender.is_empty() || idnum::Gender::parse(gender) == Some(id.gender()))
                    && (birth.trim().is_empty() || values::parse_date(birth) == Some(id.birth_date()))
                    && (phone.is_empty() || (phone.is_ascii() && phone::classify(phone).is_some()))
            }
            Kind::Enrolments => {
                let (program, start, end, amount) = (get(1), iso_date(get(3)), get(4), get(5));
                self.region(get(2), false)
                    && !program.is_empty()
                    && program.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
                    && start.is_some()
                    && (end.is_empty() || iso_date(end).is_some_and(|e| Some(e) >= start))
                    && (1..=12).contains(&amount.len())
                    && amount.bytes().all(|b| b.is_ascii_digit())
            }
            Kind::Deaths => !get(1).trim().is_empty() && iso_date(get(2)).is_some_and(|d| d <= self.today_day),
            Kind::Organizations | Kind::Systems | Kind::Payments => false,
        }
    }

    /// A valid ID number as it is stored normalized, in no list of findings (its address code
    /// in some published list and, for a person, not retired).
    fn id(&mut self, raw: &str) -> Option<idnum::IdNumber> {
        // (Not one Excel damaged either: that needs a wrong check character.)
        if !idnum::is_normal18(raw) {
            return None;
        }
        let id = idnum::parse(raw, self.today).ok()?;
        let person = self.kind == Kind::People;
        let clean = verdict(&mut self.id_codes, id.region_code(), |code| {
            let db = region::RegionDb::builtin();
            db.ever_valid_for_id(code) && !(person && db.status(code) == region::Status::Retired)
        });
        clean.then_some(id)
    }

    /// A region code stored normalized (6 digits), current, and for a person county level or below.
    fn region(&mut self, raw: &str, person: bool) -> bool {
        verdict(&mut self.regions, raw, |code| {
            let (status, level_ok) = crate::ops::import::validate::region_status(code, person);
            status == region::Status::Current && level_ok
        })
    }
}

/// A real calendar date in ISO form as the number YYYYMMDD (which orders as the text does).
fn iso_date(d: &str) -> Option<u32> {
    let b = d.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let mut v = [0u32; 8];
    for (slot, &c) in v.iter_mut().zip(b[..4].iter().chain(&b[5..7]).chain(&b[8..])) {
        *slot = u32::from(c.wrapping_sub(b'0'));
    }
    if v.iter().any(|&x| x > 9) {
        return None;
    }
    let (y, m, dd) = (v[0] * 1000 + v[1] * 100 + v[2] * 10 + v[3], v[4] * 10 + v[5], v[6] * 10 + v[7]);
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) => 29,
        2 => 28,
        _ => return None,
    };
    (y >= 1 && (1..=days).contains(&dd)).then_some(y * 10_000 + m * 100 + dd)
}

/// The verdict on a 6-digit code, worked out once; false for anything else.
fn verdict(seen: &mut [u8], code: &str, work: impl Fn(&str) -> bool) -> bool {
    let b = code.as_bytes();
    if b.len() != 6 || !b.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let i = b.iter().fold(0usize, |n, d| n * 10 + (d - b'0') as usize);
    if seen[i] == 0 {
        seen[i] = if work(code) { 1 } else { 2 };
    }
    seen[i] == 1
}

/// A valid ID number whose address code is retired: information, not a defect (the message).
fn retired_address(cache: &mut std::collections::HashMap<String, String>, id: &idnum::IdNumber) -> Option<String> {
    let code = id.region_code();
    let db = region::RegionDb::builtin();
    if db.status(code) != region::Status::Retired {
        return None;
    }
    if let Some(msg) = cache.get(code) {
        return Some(msg.clone());
    }
    let succ: Vec<String> = db.resolve(code, None).today.iter().map(|s| s.code.clone()).collect();
    let msg = format!(
        "address code {code} is retired (today {}); the number stays valid for life",
        if succ.is_empty() { "abolished".to_string() } else { succ.join("/") }
    );
    cache.insert(code.to_string(), msg.clone());
    Some(msg)
}

/// How many leading table columns the per-record rules read: the trailing free-text columns
/// (address and ethnicity, cremation number and source, legal representative and status) are
/// in no rule, so they are not fetched.
pub fn stored_columns(kind: Kind) -> usize {
    let spec = kind.spec();
    let skip: &[&str] = match kind {
        Kind::People => &["address", "ethnicity"],
        Kind::Deaths => &["cremation_no", "source"],
        Kind::Organizations => &["legal_rep", "status"],
        Kind::Enrolments | Kind::Systems | Kind::Payments => &[],
    };
    let n = spec.columns.len() - skip.len();
    debug_assert!(spec.columns[n..].iter().zip(skip).all(|(a, b)| a == b));
    n
}

#[allow(clippy::too_many_arguments)]
pub(super) fn finding(
    rule: &str,
    severity: Severity,
    table: &str,
    key: &str,
    field: &str,
    value: String,
    message: String,
    region: &str,
) -> Finding {
    Finding {
        rule: rule.to_string(),
        severity: severity.as_str().to_string(),
        table: table.to_string(),
        key: key.to_string(),
        field: field.to_string(),
        value,
        message,
        region_code: region.to_string(),
        amount_fen: None,
        line: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Rows built from every combination of typical and defective values: the quick path may
    /// leave any row to the validator, but a row it calls clean must give no finding there.
    fn agree(kind: Kind, columns: &[&[&str]]) -> (usize, usize) {
        let as_of = Date::constant(2026, 6, 30);
        let mut quick = Quick::new(kind, as_of).expect("a quick path");
        let mut full = RecordChecker::stored(kind, as_of).unwrap();
        full.quick = None;
        let (mut rows, mut clean) = (0, 0);
        let mut row: Vec<&str> = vec![""; columns.len()];
        let mut at = vec![0usize; columns.len()];
        loop {
            for (i, c) in columns.iter().enumerate() {
                row[i] = c[at[i]];
            }
            let mut out = Vec::new();
            full.check(&row[..], 0, &mut out);
            if quick.clean(&row[..]) {
                assert!(
                    out.is_empty(),
                    "quick path calls {row:?} clean, the validator finds {:?}",
                    out.iter().map(|f| &f.rule).collect::<Vec<_>>()
                );
                clean += 1;
            }
            rows += 1;
            // The next combination.
            let mut i = 0;
            while i < at.len() {
                at[i] += 1;
                if at[i] < columns[i].len() {
                    break;
                }
                at[i] = 0;
                i += 1;
            }
            if i == at.len() {
                return (rows, clean);
            }
        }
    }

    fn ids() -> Vec<String> {
        let born = Date::constant(1950, 3, 1);
        let good = idnum::make("440103", born, 123); // a man
        let mut bad_check = good.clone();
        bad_check.replace_range(17.., if good.ends_with('1') { "2" } else { "1" });
        let x = (0..1000).map(|s| idnum::make("440103", born, s)).find(|id| id.ends_with('X')).unwrap();
        vec![
            good.clone(),
            x.to_lowercase(),
            x,
            bad_check,
            idnum::make("440103", Date::constant(2027, 1, 1), 123), // born after the as-of date
            idnum::make("110103", born, 123),                       // retired address code
            idnum::make("999999", born, 123),                       // in no list
            format!("{}000", &good[..15]),                          // as Excel leaves it
            format!("{}{}", &good[..6], &good[8..17]),              // 15 digits
            good.replacen('4', "４", 1),                            // full-width
            format!(" {good}"),
            "4401031950030".to_string(),
            String::new(),
        ]
    }

    const REGIONS: &[&str] =
        &["440103", "440100", "440000", "110103", "999999", "44010", " 440103", "４40103", "440103001", "440103001001", ""];

    #[test]
    fn quick_agrees_with_the_validator_on_people() {
        let ids = ids();
        let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
        let names: &[&str] = &["张三", "", "张 三", "Zhang", "张三1", "欧阳·娜娜", " 张三 ", "张三，"];
        let genders: &[&str] = &["", "1", "2", "男", "女", "x", " 1"];
        let births: &[&str] = &["", "1950-03-01", "1950-3-1", "1950-03-02", "19500301", "bad"];
        let phones: &[&str] = &["", "13800138000", "020-12345678", "12345", "１3800138000", " 13800138000 ", "12800138000"];
        let (rows, clean) = agree(Kind::People, &[&ids, REGIONS, names, genders, births, phones]);
        // The typical row (valid ID, county, plain name, matching gender and birth date, mobile) is quick.
        assert!(clean > 0 && clean < rows / 10, "{clean} of {rows}");
        let mut q = Quick::new(Kind::People, Date::constant(2026, 6, 30)).unwrap();
        assert!(q.clean(&[ids[0], "440103", "张三", "1", "1950-03-01", "13800138000"][..]));
        assert!(!q.clean(&[ids[0], "440103", "张三", "2", "1950-03-01", "13800138000"][..]));
    }

    #[test]
    fn quick_agrees_with_the_validator_on_enrolments_and_deaths() {
        let ids = ids();
        let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
        let (rows, clean) = agree(
            Kind::Enrolments,
            &[&ids, &["dibao", "bogus", ""], REGIONS, &["2020-01-01", "bad", ""], &["", "2019-01-01"], &["50000", "x"]],
        );
        assert!(clean > 0 && clean < rows, "{clean} of {rows}");
        let (rows, clean) = agree(Kind::Deaths, &[&ids, &["张三", "", " "], &["2020-01-01", "2030-01-01", "bad"]]);
        assert!(clean > 0 && clean < rows, "{clean} of {rows}");
    }
}
