//! Stored check runs and their findings, and the reads the checks need: record tables
//! streamed row by row (per-record rules, evaluated in Rust) and set-based queries for the
//! cross-record rules.
use crate::db::records::TableSpec;
use anyhow::Result;
use jiff::civil::Date;
use serde::Serialize;

/// Which records a run looks at. Values are validated before they reach SQL (digits only,
/// program codes `[a-z0-9_]`), so backends may inline them.
#[derive(Debug, Clone)]
pub struct Scope {
    /// Region code prefix (`4401` for 440100 and everything under it).
    pub region: Option<String>,
    /// Enrolments of this program only.
    pub program: Option<String>,
    pub as_of: Date,
}

/// A cross-record query. Every backend returns the same columns, as text (NULL → `""`).
#[derive(Debug, Clone)]
pub enum Cross {
    /// `id_number, min(name), max(name), min(birth_date), max(birth_date), min(region), max(region)`.
    DupPerson,
    /// `id_number, program, region a, region b`: same program, two regions, periods overlapping
    /// by more than this many days.
    DupEnrolment(u32),
    /// `id_number, region, start of a, start of b`: both programs active at once (started by
    /// as-of), overlapping by more than this many days.
    Exclusive(String, String, u32),
    /// `id_number, program, region, death_date, end_date, monthly_amount_fen`: active after death.
    StillEnrolled,
    /// `id_number, program, region, start_date`: enrolments of a program started by as-of.
    Program(String),
    /// `id_number, program, region`: enrolments whose ID number is not in people.
    PersonMissing,
    /// `identifier, type_code, holder_id, region_code, death_date`: certificates valid on as-of
    /// (status 01, not expired) whose holder died by then.
    CertHolderDead,
    /// `identifier, type_code, holder_id, region_code`: certificates valid on as-of.
    ValidCerts,
}

/// One finding of a run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub rule: String,
    pub severity: String,
    pub table: String,
    pub key: String,
    pub field: String,
    pub value: String,
    pub message: String,
    pub region_code: String,
    /// Money the finding is about (overpaid benefits), in fen.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount_fen: Option<i64>,
    /// The line of the file the record came from, where known (`check file`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u64>,
}

#[derive(Debug, Clone)]
pub struct NewRun {
    pub started_at: jiff::Timestamp,
    pub finished_at: jiff::Timestamp,
    pub as_of: Date,
    /// JSON array of the rules run.
    pub rules: String,
    /// JSON object of the parameters (scope, ages, pairs, grace).
    pub params: String,
    /// JSON object: findings per rule.
    pub counts: String,
    pub total: i64,
    /// Findings of severity error and warning.
    pub errors: i64,
    pub warnings: i64,
    pub os_user: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct RunInfo {
    pub id: i64,
    pub started_at: String,
    pub finished_at: String,
    pub as_of: String,
    pub rules: serde_json::Value,
    pub params: serde_json::Value,
    pub counts: serde_json::Value,
    pub total: i64,
    /// Findings of severity error and warning (unknown for runs stored before they were counted).
    pub errors: Option<i64>,
    pub warnings: Option<i64>,
    pub os_user: String,
}

/// Which findings of a run to read.
#[derive(Debug, Clone, Default)]
pub struct FindingFilter {
    /// Exact rule ids (already expanded from globs); empty = all.
    pub rules: Vec<String>,
    /// Region code prefix.
    pub region: Option<String>,
    pub limit: Option<u64>,
    pub offset: u64,
}

/// One safe repair: set `column` of the row with this natural key to `new`. A certificate's
/// repair is its revocation: status `01` → `03`, with `note` as the reason.
#[derive(Debug, Clone, Serialize)]
pub struct Fix {
    pub rule: String,
    pub table: &'static str,
    /// Why, kept with the change where the table has a place for it (a certificate's status reason).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// The row's natural-key values, in table key order.
    #[serde(skip)]
    pub key: Vec<String>,
    pub column: &'static str,
    pub old: String,
    pub new: String,
}

/// A value `check fix` changed, from the log written with the change.
#[derive(Debug, Clone, Serialize)]
pub struct AppliedFix {
    pub id: i64,
    pub applied_at: String,
    pub os_user: String,
    pub rule: String,
    pub table: String,
    /// The row's natural key before the change, its values joined with `|`.
    pub key: String,
    pub column: String,
    pub old: String,
    pub new: String,
}

/// A stretch of a record table (see [`CheckStore::scan_parts`]): rows from `from` up to, not
/// including, `to`, in the backend's own terms (SQLite rowids, PostgreSQL block numbers); no
/// bound on a side that is `None`. The default is the whole table.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ScanPart {
    pub from: Option<i64>,
    pub to: Option<i64>,
}

impl ScanPart {
    /// Up to `n` parts of about equal length, and no shorter than `least`, over `lo..=hi`; the
    /// first and last open-ended, so rows added since the bounds were read are in the last one.
    pub fn split(lo: i64, hi: i64, n: usize, least: i64) -> Vec<ScanPart> {
        let len = hi.saturating_sub(lo).saturating_add(1);
        let n = n.min(usize::try_from(len / least.max(1)).unwrap_or(usize::MAX));
        if n <= 1 {
            return vec![ScanPart::default()];
        }
        let step = len / n as i64 + 1;
        (0..n as i64)
            .map(|i| ScanPart {
                from: (i > 0).then(|| lo + i * step),
                to: (i + 1 < n as i64).then(|| lo + (i + 1) * step),
            })
            .collect()
    }
}

/// The most columns [`CheckStore::scan_records`] hands over per row (every record table has fewer).
pub const MAX_SCAN_COLUMNS: usize = 24;

pub trait CheckStore {
    /// Call `f` with every row of a record table in scope and in `part`: its first `columns`
    /// data columns in table order, as text (NULL → `""`; at most [`MAX_SCAN_COLUMNS`]),
    /// borrowed from the backend's own buffers where it can.
    fn scan_records(&mut self, spec: &TableSpec, columns: usize, scope: &Scope, part: ScanPart, f: &mut dyn FnMut(&[&str]) -> Result<()>) -> Result<()>;
    /// Up to `n` parts of a table that readers can scan side by side: scanned one after the
    /// other they are the whole table, in its scan order. One whole part where the backend
    /// cannot split the table (or it is small).
    fn scan_parts(&mut self, table: &str, n: usize) -> Result<Vec<ScanPart>>;
    /// Up to `n` other connections to the same database, to scan while this one does other
    /// work; fewer or none where there are not that many (an in-memory SQLite database has
    /// none, a server at its connection limit has fewer to give).
    fn readers(&self, n: usize) -> Result<Vec<Box<dyn super::Store + Send>>>;
    /// Bring the query planner's statistics of these tables up to date where a bulk load
    /// has left them missing or stale; returns the tables refreshed. (PostgreSQL plans the
    /// cross-record joins from them; right after a seed or a large import, before autovacuum
    /// has come round, it chose hash joins over whole tables.)
    fn refresh_statistics(&mut self, tables: &[&str]) -> Result<Vec<String>>;
    /// Run a cross-record query (see [`Cross`] for the columns). With `among`, only rows
    /// whose ID number is in it: the caller knows every row of the result is (candidates
    /// noted while reading the records), so the result is the same.
    fn cross(&mut self, q: &Cross, scope: &Scope, among: Option<&[String]>) -> Result<Vec<Vec<String>>>;
    /// Start storing a run: its record is written with `run` (completed by
    /// [`RunWriter::commit`]), its findings appended in batches, all in one transaction that
    /// is rolled back if the writer is dropped uncommitted.
    fn begin_run(&mut self, run: &NewRun) -> Result<Box<dyn RunWriter + '_>>;
    /// Whether a reader's queries go on while this connection writes a run (PostgreSQL;
    /// SQLite in WAL mode). Otherwise a writer may lock readers out until it commits.
    fn reads_while_writing(&mut self) -> Result<bool>;
    fn run_info(&mut self, id: i64) -> Result<Option<RunInfo>>;
    /// The stored runs, newest first.
    fn runs(&mut self, limit: u64) -> Result<Vec<RunInfo>>;
    fn latest_run(&mut self) -> Result<Option<i64>>;
    /// Findings of a run in stored order.
    fn findings(&mut self, run: i64, filter: &FindingFilter) -> Result<Vec<Finding>>;
    /// Apply repairs in one transaction, logging each change made (at `at`, by `os_user`) in
    /// the same transaction; returns the rows changed. A repair whose row no longer holds
    /// `old`, or whose new key already exists, is skipped and not logged.
    fn apply_fixes(&mut self, fixes: &[Fix], at: jiff::Timestamp, os_user: &str) -> Result<u64>;
    /// Logged changes, newest first.
    fn fix_log(&mut self, limit: u64, offset: u64) -> Result<Vec<AppliedFix>>;
}

/// A run being stored (see [`CheckStore::begin_run`]).
pub trait RunWriter {
    /// Store these findings after those stored before, numbered on in this order.
    fn append(&mut self, findings: &[Finding]) -> Result<()>;
    /// Complete the run's record (finished_at, counts, totals) and commit; returns the run id.
    fn commit(self: Box<Self>, run: &NewRun) -> Result<i64>;
}

/// SQL conditions (`AND …`, possibly empty) limiting rows of `table` (aliased `alias`) to the
/// scope. Scope values are validated digits and program codes, safe to inline.
pub(crate) fn scope_sql(scope: &Scope, table: &str, alias: &str) -> String {
    let mut out = String::new();
    if let Some(r) = &scope.region {
        if table == "deaths" {
            out.push_str(&format!(" AND {alias}.id_number IN (SELECT id_number FROM people WHERE region_code LIKE '{r}%')"));
        } else {
            out.push_str(&format!(" AND {alias}.region_code LIKE '{r}%'"));
        }
    }
    if let (Some(p), "enrolments") = (&scope.program, table) {
        out.push_str(&format!(" AND {alias}.program = '{p}'"));
    }
    out
}

/// `AND …` conditions limiting certificates (aliased `alias`) to the scope's region.
pub(crate) fn cert_scope_sql(scope: &Scope, alias: &str) -> String {
    scope.region.as_ref().map(|r| format!(" AND {alias}.region_code LIKE '{r}%'")).unwrap_or_default()
}

/// `AND …` conditions on stored findings (rule list and region prefix; values validated).
pub(crate) fn finding_sql(filter: &FindingFilter) -> String {
    let mut out = String::new();
    if !filter.rules.is_empty() {
        let list: Vec<String> = filter.rules.iter().map(|r| format!("'{}'", r.replace('\'', "''"))).collect();
        out.push_str(&format!(" AND rule IN ({})", list.join(", ")));
    }
    if let Some(r) = &filter.region {
        out.push_str(&format!(" AND region_code LIKE '{}%'", r.replace('\'', "''")));
    }
    out
}

/// The record table named `table`.
pub fn record_spec(table: &str) -> Result<&'static TableSpec> {
    use crate::db::records;
    [&records::PEOPLE, &records::ENROLMENTS, &records::DEATHS, &records::ORGANIZATIONS]
        .into_iter()
        .find(|s| s.name == table)
        .ok_or_else(|| anyhow::anyhow!("no record table {table}"))
}

#[cfg(test)]
mod tests {
    use super::ScanPart;

    #[test]
    fn parts_follow_each_other_and_cover_the_range() {
        for (lo, hi, n, least) in [(1, 1_000_000, 2, 1024), (1, 1_000_000, 3, 1024), (0, 99, 4, 8), (5, 5000, 7, 1000), (0, 16, 2, 8)] {
            let parts = ScanPart::split(lo, hi, n, least);
            assert!(parts.len() > 1 && parts.len() <= n, "{lo}..={hi} in {n}: {parts:?}");
            assert_eq!(parts[0].from, None);
            assert_eq!(parts[parts.len() - 1].to, None);
            for w in parts.windows(2) {
                assert_eq!(w[0].to, w[1].from);
                assert!(w[1].from.unwrap() > lo && w[1].from.unwrap() <= hi);
                assert!(w[1].from.unwrap() - w[0].from.unwrap_or(lo) >= least);
            }
        }
        // Too short to split, or one part wanted: the whole table.
        assert_eq!(ScanPart::split(1, 2047, 2, 1024), vec![ScanPart::default()]);
        assert_eq!(ScanPart::split(1, 1_000_000, 1, 1024), vec![ScanPart::default()]);
        assert_eq!(ScanPart::split(0, -1, 2, 8), vec![ScanPart::default()]);
    }
}
