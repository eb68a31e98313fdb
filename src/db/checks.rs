//! Stored check runs and their findings, and the reads the checks need: record tables
//! streamed row by row (per-record rules, evaluated in Rust) and set-based queries for the
//! cross-record rules.
use super::records::{key_where, TableSpec};
use super::sql::{Dialect, Param, Row, Sql};
use super::Store;
use crate::params;
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

/// The people whose ledger a reader reads: ID numbers from `from` (inclusive) to `to`
/// (exclusive), in the database's order; `None`: from the first, to the last.
#[derive(Debug, Clone, Default)]
pub struct LedgerPart {
    pub from: Option<String>,
    pub to: Option<String>,
}

/// One row of the ledger read person by person (see [`Store::each_ledger_row`]). Months are
/// `YYYY-MM` (an enrolment's as the first seven characters of its dates, as stored).
#[derive(Debug, Clone, Copy)]
pub enum LedgerRow<'a> {
    Death {
        date: &'a str,
    },
    /// `to` is `None` while the enrolment is open.
    Enrolment {
        program: &'a str,
        region: &'a str,
        from: &'a str,
        to: Option<&'a str>,
        due_fen: i64,
        suspended: bool,
    },
    Payment {
        key: &'a str,
        program: &'a str,
        region: &'a str,
        month: &'a str,
        fen: i64,
    },
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

/// Findings of one region code, rule and severity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FindingCount {
    pub region_code: String,
    pub rule: String,
    pub severity: String,
    pub findings: u64,
    /// Overpaid: the findings' positive amounts.
    pub amount_fen: i64,
    /// Underpaid: the findings' negative amounts, as a positive sum.
    pub underpaid_fen: i64,
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
    /// Region code prefixes, any of which matches; empty = all.
    pub regions: Vec<String>,
    /// Exact severities; empty = all.
    pub severities: Vec<String>,
    pub limit: Option<u64>,
    pub offset: u64,
}

/// A run's findings read a page at a time, following the primary key (run_id, seq): a caller
/// can look up what a page needs (the people it is about) between pages, in flat memory.
pub struct FindingPages<'f> {
    run: i64,
    filter: &'f FindingFilter,
    after: Option<i64>,
    left: u64,
    done: bool,
    page: u64,
    /// Findings handed out so far.
    pub seen: u64,
}

impl<'f> FindingPages<'f> {
    pub fn new(run: i64, filter: &'f FindingFilter) -> FindingPages<'f> {
        FindingPages { run, filter, after: None, left: filter.limit.unwrap_or(u64::MAX), done: false, page: 20_000, seen: 0 }
    }

    /// Pages of `n` findings (20,000 unless set): smaller where each page takes lookups.
    pub fn with_page(mut self, n: u64) -> FindingPages<'f> {
        self.page = n.max(1);
        self
    }

    /// The next page; empty when there are no more.
    pub fn next(&mut self, store: &mut Store) -> Result<Vec<Finding>> {
        if self.done || self.left == 0 {
            return Ok(Vec::new());
        }
        let n = self.left.min(self.page);
        let offset = if self.after.is_none() { self.filter.offset } else { 0 };
        let rows = store.finding_page(self.run, self.filter, self.after, offset, n)?;
        let got = rows.len() as u64;
        self.done = got < n;
        self.left -= got;
        self.seen += got;
        if let Some((seq, _)) = rows.last() {
            self.after = Some(*seq);
        }
        Ok(rows.into_iter().map(|(_, f)| f).collect())
    }
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

/// A stretch of a record table (see [`Store::scan_parts`]): rows from `from` up to, not
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
            .map(|i| ScanPart { from: (i > 0).then(|| lo + i * step), to: (i + 1 < n as i64).then(|| lo + (i + 1) * step) })
            .collect()
    }
}

/// The most columns [`Store::scan_records`] hands over per row (every record table has fewer).
pub const MAX_SCAN_COLUMNS: usize = 24;

/// The leading `columns` data columns of `spec` a scan reads, at most [`MAX_SCAN_COLUMNS`].
pub fn scan_columns(spec: &crate::db::records::TableSpec, columns: usize) -> &[&'static str] {
    &spec.columns[..columns.min(spec.columns.len()).min(MAX_SCAN_COLUMNS)]
}

/// The stored columns of a finding after `run_id, seq`, in the order both backends write them.
pub const FINDING_COLS: &str = "rule, severity, tbl, key, field, value, message, region_code, amount_fen";

/// A finding read back as [`FINDING_COLS`] selects it.
pub(crate) fn finding_from_row(r: &super::sql::Row) -> Result<Finding> {
    Ok(Finding {
        rule: r.text(0)?,
        severity: r.text(1)?,
        table: r.text(2)?,
        key: r.text(3)?,
        field: r.text(4)?,
        value: r.text(5)?,
        message: r.text(6)?,
        region_code: r.text(7)?,
        amount_fen: r.opt_int(8)?,
        line: None,
    })
}

const RUN_COLS: &str = "id, started_at, finished_at, as_of, rules, params, counts, total, errors, warnings, os_user";

fn run_row(r: &Row) -> Result<RunInfo> {
    Ok(RunInfo {
        id: r.int(0)?,
        started_at: r.text(1)?,
        finished_at: r.text(2)?,
        as_of: r.text(3)?,
        rules: r.json(4)?,
        params: r.json(5)?,
        counts: r.json(6)?,
        total: r.int(7)?,
        errors: r.opt_int(8)?,
        warnings: r.opt_int(9)?,
        os_user: r.text(10)?,
    })
}

/// Periods of rows `a` and `b` (an end before the start taken as the other way round; no end:
/// open) that overlap by more than `grace` days. With no grace: any day in common.
fn overlap(d: Dialect, a: &str, b: &str, grace: u32) -> String {
    let lo = |x: &str| format!("CASE WHEN {x}.end_date < {x}.start_date THEN {x}.end_date ELSE {x}.start_date END");
    let open = d.date("9999-12-31");
    let hi = |x: &str| {
        format!("CASE WHEN {x}.end_date IS NULL THEN {open} WHEN {x}.end_date < {x}.start_date THEN {x}.start_date ELSE {x}.end_date END")
    };
    if grace == 0 {
        return format!("{} <= {} AND {} <= {}", lo(a), hi(b), lo(b), hi(a));
    }
    format!("{} >= {grace}", d.days_between(&d.least(&hi(a), &hi(b)), &d.greatest(&lo(a), &lo(b))))
}

/// A cross-record query; with `among`, only rows whose ID number is among them.
fn cross_sql<'a>(d: Dialect, q: &Cross, s: &Scope, among: Option<&'a [String]>) -> Sql<'a> {
    let mut sql = Sql::default();
    let among = among.map(|ids| sql.p(Param::Texts(ids)));
    let among_sql =
        |alias: &str| among.as_ref().map(|p| format!(" AND {}", d.in_texts(&format!("{alias}.id_number"), p))).unwrap_or_default();
    let enrolment_scope = |alias: &str| scope_sql(s, "enrolments", alias);
    sql.text = match q {
        // The repeated ID numbers first, then only their rows.
        Cross::DupPerson => {
            let region =
                s.region.as_ref().map(|r| format!(" AND max(CASE WHEN region_code LIKE '{r}%' THEN 1 ELSE 0 END) = 1")).unwrap_or_default();
            let repeated = match &among {
                Some(_) => among_sql("people").trim_start_matches(" AND ").to_string(),
                None => d.in_subquery("id_number", "SELECT id_number FROM people GROUP BY id_number HAVING count(*) > 1"),
            };
            format!(
                "SELECT id_number, min(name COLLATE \"C\"), max(name COLLATE \"C\"), min(coalesce(CAST(birth_date AS TEXT), '')), max(coalesce(CAST(birth_date AS TEXT), '')),
                        min(region_code COLLATE \"C\"), max(region_code COLLATE \"C\")
                 FROM people
                 WHERE {repeated}
                 GROUP BY id_number
                 HAVING count(*) > 1 AND (count(DISTINCT name) > 1 OR count(DISTINCT coalesce(CAST(birth_date AS TEXT), '')) > 1){region}"
            )
        }
        Cross::DupEnrolment(grace) => {
            let as_of = sql.p(s.as_of);
            format!(
                "SELECT a.id_number, a.program, min(a.region_code COLLATE \"C\"), min(b.region_code COLLATE \"C\")
                 FROM enrolments a JOIN enrolments b
                   ON b.id_number = a.id_number AND b.program = a.program AND b.region_code COLLATE \"C\" > a.region_code COLLATE \"C\" AND {}
                 WHERE a.start_date <= {as_of} AND b.start_date <= {as_of}{}{}
                 GROUP BY a.id_number, a.program",
                overlap(d, "a", "b", *grace),
                enrolment_scope("a"),
                among_sql("a")
            )
        }
        Cross::Exclusive(x, y, grace) => {
            let as_of = sql.p(s.as_of);
            format!(
                "SELECT a.id_number, min(a.region_code COLLATE \"C\"), CAST(min(a.start_date) AS TEXT), CAST(min(b.start_date) AS TEXT)
                 FROM enrolments a JOIN enrolments b ON b.id_number = a.id_number AND b.program = '{y}' AND {}
                 WHERE a.program = '{x}' AND a.start_date <= {as_of} AND b.start_date <= {as_of}{}{}
                 GROUP BY a.id_number",
                overlap(d, "a", "b", *grace),
                scope_sql(&Scope { program: None, ..s.clone() }, "enrolments", "a"),
                among_sql("a")
            )
        }
        // From the deaths (tens of thousands) into the enrolments' primary key.
        Cross::StillEnrolled => {
            let as_of = sql.p(s.as_of);
            format!(
                "SELECT e.id_number, e.program, e.region_code, CAST(d.death_date AS TEXT), coalesce(CAST(e.end_date AS TEXT), ''), e.monthly_amount_fen
                 FROM deaths d {} enrolments e ON e.id_number = d.id_number
                 WHERE d.death_date <= {as_of} AND (e.end_date IS NULL OR e.end_date > d.death_date){}{}
                 ORDER BY e.id_number COLLATE \"C\", e.program COLLATE \"C\", e.region_code COLLATE \"C\", e.start_date",
                d.join_in_order(),
                enrolment_scope("e"),
                among_sql("d")
            )
        }
        Cross::Program(p) => {
            let as_of = sql.p(s.as_of);
            format!(
                "SELECT e.id_number, e.program, e.region_code, CAST(e.start_date AS TEXT) FROM enrolments e
                 WHERE e.program = '{p}' AND e.start_date <= {as_of}
                   AND EXISTS (SELECT 1 FROM people p WHERE p.id_number = e.id_number){}{}",
                enrolment_scope("e"),
                among_sql("e")
            )
        }
        Cross::PersonMissing => format!(
            "SELECT e.id_number, e.program, e.region_code FROM enrolments e
             WHERE NOT EXISTS (SELECT 1 FROM people p WHERE p.id_number = e.id_number){}{}",
            enrolment_scope("e"),
            among_sql("e")
        ),
        Cross::CertHolderDead => {
            let as_of = sql.p(s.as_of);
            format!(
                "SELECT c.identifier, c.type_code, c.holder_id, c.region_code, CAST(d.death_date AS TEXT)
                 FROM certificates c JOIN deaths d ON d.id_number = c.holder_id
                 WHERE c.status = '01' AND (c.valid_until IS NULL OR c.valid_until >= {as_of}) AND d.death_date <= {as_of}{}
                 ORDER BY c.identifier COLLATE \"C\"",
                cert_scope_sql(s, "c")
            )
        }
        Cross::ValidCerts => {
            let as_of = sql.p(s.as_of);
            format!(
                "SELECT c.identifier, c.type_code, c.holder_id, c.region_code FROM certificates c
                 WHERE c.status = '01' AND (c.valid_until IS NULL OR c.valid_until >= {as_of}){}
                 ORDER BY c.identifier COLLATE \"C\"",
                cert_scope_sql(s, "c")
            )
        }
    };
    sql
}

/// `e` (an enrolment) covers month `m` (`YYYY-MM` text): not suspended, started by the month,
/// not ended before it.
pub(crate) fn covers(e: &str, m: &str) -> String {
    format!(
        "{e}.status <> 'suspended' AND substr(CAST({e}.start_date AS TEXT), 1, 7) <= {m} AND ({e}.end_date IS NULL OR substr(CAST({e}.end_date AS TEXT), 1, 7) >= {m})"
    )
}

/// The holder of `id` died before month `m`.
pub(crate) fn dead_before(id: &str, m: &str) -> String {
    format!("EXISTS (SELECT 1 FROM deaths d WHERE d.id_number = {id} AND substr(CAST(d.death_date AS TEXT), 1, 7) < {m})")
}

impl Store {
    /// Call `f` with every row of a record table in scope and in `part`: its first `columns`
    /// data columns in table order, as text (NULL → `""`; at most [`MAX_SCAN_COLUMNS`]),
    /// borrowed from the backend's own buffers where it can.
    pub fn scan_records(
        &mut self,
        spec: &TableSpec,
        columns: usize,
        scope: &Scope,
        part: ScanPart,
        f: &mut dyn FnMut(&[&str]) -> Result<()>,
    ) -> Result<()> {
        self.conn().scan_records(spec, columns, scope, part, f)
    }

    /// Up to `n` parts of a table that readers can scan side by side: scanned one after the
    /// other they are the whole table, in its scan order. One whole part where the backend
    /// cannot split the table (or it is small).
    pub fn scan_parts(&mut self, table: &str, n: usize) -> Result<Vec<ScanPart>> {
        record_spec(table)?;
        self.conn().scan_parts(table, n)
    }

    /// Bring the query planner's statistics of these tables up to date where a bulk load has
    /// left them missing or stale; returns the tables refreshed.
    pub fn refresh_statistics(&mut self, tables: &[&str]) -> Result<Vec<String>> {
        self.conn().refresh_statistics(tables)
    }

    /// Run a cross-record query (see [`Cross`] for the columns), every value as text (NULL →
    /// `""`). With `among`, only rows whose ID number is in it: the caller knows every row of
    /// the result is (candidates noted while reading the records), so the result is the same.
    pub fn cross(&mut self, q: &Cross, scope: &Scope, among: Option<&[String]>) -> Result<Vec<Vec<String>>> {
        let sql = cross_sql(self.dialect(), q, scope, among);
        self.rows(&sql.text, &sql.params)?.iter().map(|r| (0..r.0.len()).map(|i| r.text_or_empty(i)).collect()).collect()
    }

    /// Call `f` with every death, enrolment and payment (of `program` only, if given), each
    /// person's rows together (in no order among them). One query, read as it streams: memory
    /// stays flat however long the ledger.
    pub fn each_ledger_row(
        &mut self,
        program: Option<&str>,
        part: &LedgerPart,
        f: &mut dyn FnMut(&str, LedgerRow<'_>) -> Result<()>,
    ) -> Result<()> {
        // COPY takes no parameters: the values are quoted here (a program code is checked
        // against the list before a run starts; ID numbers come from the table itself).
        let quote = super::sql::quote_literal;
        let mut ids = String::from(" WHERE TRUE");
        if let Some(from) = &part.from {
            ids += &format!(" AND id_number >= {}", quote(from));
        }
        if let Some(to) = &part.to {
            ids += &format!(" AND id_number < {}", quote(to));
        }
        let only = match program {
            Some(p) => format!("{ids} AND program = {}", quote(p)),
            None => ids.clone(),
        };
        // Deaths and enrolments are read whole and sorted: walked in the order of their key's
        // index, each row is a fetch from a table in the order it was filled (a random page
        // read per row, 3 s of system time at 1.2M enrolments). The payments' person index
        // holds every column read, in order.
        let unindexed = self.dialect().unindexed();
        let queries = [
            format!("SELECT id_number, 'd', '', '', CAST(death_date AS TEXT), '', 0, '', '' FROM deaths{unindexed}{ids}"),
            format!(
                "SELECT id_number, 'e', program, region_code, substr(CAST(start_date AS TEXT), 1, 7), COALESCE(substr(CAST(end_date AS TEXT), 1, 7), ''),
                        monthly_amount_fen, status, CASE WHEN end_date IS NULL THEN 'open' ELSE '' END FROM enrolments{unindexed}{only}"
            ),
            format!("SELECT id_number, 'p', program, region_code, month, pay_key, amount_fen, '', '' FROM payments{only}"),
        ];
        let fen = |v: &str, id: &str, table: &str| -> Result<i64> {
            v.parse().map_err(|_| anyhow::anyhow!("{table}: the amount {v:?} of {id} is not a whole number of fen"))
        };
        self.stream_merged("the ledger", &queries, 9, &mut |r| {
            let row = match r[1] {
                "d" => LedgerRow::Death { date: r[4] },
                "e" => LedgerRow::Enrolment {
                    program: r[2],
                    region: r[3],
                    from: r[4],
                    to: (r[8] != "open").then_some(r[5]),
                    due_fen: fen(r[6], r[0], "enrolments")?,
                    suspended: r[7] == "suspended",
                },
                _ => LedgerRow::Payment { key: r[5], program: r[2], region: r[3], month: r[4], fen: fen(r[6], r[0], "payments")? },
            };
            f(r[0], row)
        })
    }

    /// Up to `n` parts of the ledger of about as many payments each, split between people, for
    /// readers side by side; one whole part for fewer than 100,000 payments.
    pub fn ledger_parts(&mut self, n: usize) -> Result<Vec<LedgerPart>> {
        let total = self.row("SELECT count(*) FROM payments", &[])?.map_or(Ok(0), |r| r.int(0))?;
        let mut bounds: Vec<String> = Vec::new();
        if total >= 100_000 {
            for k in 1..n as i64 {
                let sql = format!(
                    "SELECT id_number FROM payments ORDER BY id_number{}",
                    self.dialect().limit(Some(1), (total * k / n as i64) as u64)
                );
                if let Some(r) = self.row(&sql, &[])? {
                    let id = r.text(0)?;
                    if bounds.last() != Some(&id) {
                        bounds.push(id);
                    }
                }
            }
        }
        let mut parts = Vec::new();
        let mut from = None;
        for b in bounds {
            parts.push(LedgerPart { from: from.take(), to: Some(b.clone()) });
            from = Some(b);
        }
        parts.push(LedgerPart { from, to: None });
        Ok(parts)
    }

    /// The months each district paid each program for (its payment runs): region code,
    /// program, month.
    pub fn payment_runs(&mut self) -> Result<Vec<(String, String, String)>> {
        self.rows("SELECT DISTINCT region_code, program, month FROM payments", &[])?
            .iter()
            .map(|r| Ok((r.text(0)?, r.text(1)?, r.text(2)?)))
            .collect()
    }

    /// The server's plan for a cross-record query, one line per row of `EXPLAIN` (SQLite's
    /// `EXPLAIN QUERY PLAN` details): to see how it runs, e.g. distributed on Citus.
    pub fn explain_cross(&mut self, q: &Cross, scope: &Scope) -> Result<Vec<String>> {
        let sql = cross_sql(self.dialect(), q, scope, None);
        let (prefix, col) = match self.backend() {
            super::Backend::Sqlite => ("EXPLAIN QUERY PLAN ", 3),
            super::Backend::Postgres => ("EXPLAIN ", 0),
        };
        self.rows(&format!("{prefix}{}", sql.text), &sql.params)?.iter().map(|r| r.text_or_empty(col)).collect()
    }

    /// Start storing a run: its record is written with `run` (completed by
    /// [`RunWriter::commit`]), its findings appended in batches, all in one transaction that
    /// is rolled back if the writer is dropped uncommitted.
    pub fn begin_run(&mut self, run: &NewRun) -> Result<RunWriter<'_>> {
        let begin = self.dialect().begin_write();
        self.conn().batch(begin)?;
        let mut writer = RunWriter { store: self, id: 0, seq: 0, done: false };
        let row = writer.store.row(
            "INSERT INTO check_runs (started_at, finished_at, as_of, rules, params, counts, total, os_user) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
            &[
                run.started_at.into(),
                run.finished_at.into(),
                run.as_of.into(),
                Param::Json(&run.rules),
                Param::Json(&run.params),
                Param::Json(&run.counts),
                run.total.into(),
                (&run.os_user).into(),
            ],
        )?;
        writer.id = row.ok_or_else(|| anyhow::anyhow!("no run id returned"))?.int(0)?;
        Ok(writer)
    }

    /// Whether a reader's queries go on while this connection writes a run (PostgreSQL;
    /// SQLite in WAL mode). Otherwise a writer may lock readers out until it commits.
    pub fn reads_while_writing(&mut self) -> Result<bool> {
        self.conn().reads_while_writing()
    }

    pub fn run_info(&mut self, id: i64) -> Result<Option<RunInfo>> {
        self.row(&format!("SELECT {RUN_COLS} FROM check_runs WHERE id = $1"), params![id])?.as_ref().map(run_row).transpose()
    }

    /// The stored runs, newest first.
    pub fn runs(&mut self, limit: u64) -> Result<Vec<RunInfo>> {
        self.rows(&format!("SELECT {RUN_COLS} FROM check_runs ORDER BY id DESC LIMIT $1"), params![limit])?.iter().map(run_row).collect()
    }

    pub fn latest_run(&mut self) -> Result<Option<i64>> {
        self.row("SELECT max(id) FROM check_runs", &[])?.map_or(Ok(None), |r| r.opt_int(0))
    }

    /// ` WHERE …` for the findings of `run` that pass `filter`.
    fn finding_filter<'q>(&self, q: &mut Sql<'q>, run: i64, filter: &'q FindingFilter, likes: &'q [String]) {
        let p = q.p(run);
        q.push(" WHERE run_id = ").push(&p);
        if !filter.rules.is_empty() {
            let p = q.p(Param::Texts(&filter.rules));
            let cond = self.dialect().in_texts("rule", &p);
            q.push(" AND ").push(&cond);
        }
        if !filter.severities.is_empty() {
            let p = q.p(Param::Texts(&filter.severities));
            let cond = self.dialect().in_texts("severity", &p);
            q.push(" AND ").push(&cond);
        }
        for (i, like) in likes.iter().enumerate() {
            let p = q.p(like);
            q.push(if i == 0 { " AND (" } else { " OR " }).push("region_code LIKE ").push(&p);
        }
        if !likes.is_empty() {
            q.push(")");
        }
    }

    /// Findings of a run in stored order.
    pub fn findings(&mut self, run: i64, filter: &FindingFilter) -> Result<Vec<Finding>> {
        let mut list = Vec::new();
        self.each_finding(run, filter, &mut |f| {
            list.push(f);
            Ok(())
        })?;
        Ok(list)
    }

    /// Findings of a run in stored order, handed to `each` one at a time: memory stays flat
    /// however many a run holds.
    pub fn each_finding(&mut self, run: i64, filter: &FindingFilter, each: &mut dyn FnMut(Finding) -> Result<()>) -> Result<u64> {
        let mut pages = FindingPages::new(run, filter);
        loop {
            let page = pages.next(self)?;
            if page.is_empty() {
                return Ok(pages.seen);
            }
            for f in page {
                each(f)?;
            }
        }
    }

    /// One page of [`FindingPages`]: up to `n` findings after `after` (seq), skipping `offset`.
    fn finding_page(&mut self, run: i64, filter: &FindingFilter, after: Option<i64>, offset: u64, n: u64) -> Result<Vec<(i64, Finding)>> {
        let likes: Vec<String> = filter.regions.iter().map(|r| format!("{r}%")).collect();
        let mut q = Sql::new(format!("SELECT {FINDING_COLS}, seq FROM check_findings"));
        self.finding_filter(&mut q, run, filter, &likes);
        if let Some(seq) = after {
            let p = q.p(seq);
            q.push(" AND seq > ").push(&p);
        }
        q.push(" ORDER BY seq").push(&self.dialect().limit(Some(n), offset));
        self.rows(&q.text, &q.params)?.iter().map(|r| Ok((r.int(9)?, finding_from_row(r)?))).collect()
    }

    /// How many findings of a run pass `filter`, and the money they are about, per region code,
    /// rule and severity (limit and offset do not apply).
    pub fn finding_counts(&mut self, run: i64, filter: &FindingFilter) -> Result<Vec<FindingCount>> {
        let likes: Vec<String> = filter.regions.iter().map(|r| format!("{r}%")).collect();
        let mut q = Sql::new(
            "SELECT region_code, rule, severity, COUNT(*), CAST(COALESCE(SUM(CASE WHEN amount_fen > 0 THEN amount_fen ELSE 0 END), 0) AS BIGINT),
                    CAST(COALESCE(SUM(CASE WHEN amount_fen < 0 THEN -amount_fen ELSE 0 END), 0) AS BIGINT) FROM check_findings"
                .to_string(),
        );
        self.finding_filter(&mut q, run, filter, &likes);
        q.push(" GROUP BY region_code, rule, severity");
        self.rows(&q.text, &q.params)?
            .iter()
            .map(|r| {
                Ok(FindingCount {
                    region_code: r.text(0)?,
                    rule: r.text(1)?,
                    severity: r.text(2)?,
                    findings: r.int(3)? as u64,
                    amount_fen: r.int(4)?,
                    underpaid_fen: r.int(5)?,
                })
            })
            .collect()
    }

    /// Apply repairs in one transaction, logging each change made (at `at`, by `os_user`) in
    /// the same transaction; returns the rows changed. A repair whose row no longer holds
    /// `old`, or whose new key already exists, is skipped and not logged. A certificate's
    /// repair revokes it, with the fix's note as the reason.
    pub fn apply_fixes(&mut self, fixes: &[Fix], at: jiff::Timestamp, os_user: &str) -> Result<u64> {
        self.in_tx(|s| {
            let mut changed = 0;
            for f in fixes {
                changed += s.apply_fix_row(f, at, os_user, &format!("fix:{}", f.rule), None)?;
            }
            Ok(changed)
        })
    }

    /// Inside an open transaction: make one fix if the value is still the old one, log it in
    /// the fix log and in the person's change trail (`source`, and the death application it
    /// belongs to, if any); the rows changed (0 or 1).
    pub(crate) fn apply_fix_row(&mut self, f: &Fix, at: jiff::Timestamp, os_user: &str, source: &str, ref_id: Option<i64>) -> Result<u64> {
        let n = if f.table == "certificates" {
            let sql = "UPDATE certificates SET status = $1, status_reason = $2, status_at = $3 WHERE identifier = $4 AND status = $5";
            self.exec(sql, params![&f.new, &f.note, at, f.key.first(), &f.old])?
        } else {
            let spec = record_spec(f.table)?;
            let key_cols = &spec.columns[..spec.key];
            // The row's key after the change must not exist already.
            let row = key_where(spec, "", 3);
            let mut p: Vec<Param<'_>> = vec![(&f.new).into(), (&f.old).into()];
            p.extend(f.key.iter().map(Param::from));
            if f.column == "id_number" {
                // The ID number places the row (its shard on Citus, which refuses to change a
                // distribution column in place): the row moves, a copy under the new number,
                // then the old one deleted. The new key is looked up on its own (on Citus it is
                // on another shard).
                let mut q: Vec<Param<'_>> = vec![(&f.new).into()];
                let mut taken = Vec::new();
                for (c, v) in key_cols.iter().zip(&f.key) {
                    if *c == f.column {
                        taken.push(format!("{c} = $1"));
                    } else {
                        q.push(v.into());
                        taken.push(format!("{c} = ${}", q.len()));
                    }
                }
                if self.row(&format!("SELECT 1 FROM {} WHERE {}", spec.name, taken.join(" AND ")), &q)?.is_some() {
                    return Ok(0);
                }
                let cols: Vec<&str> = spec.columns.iter().chain(super::records::META).copied().collect();
                let values: Vec<&str> = cols.iter().map(|c| if *c == f.column { "$1" } else { c }).collect();
                let copy = format!(
                    "INSERT INTO {t} ({}) SELECT {} FROM {t} WHERE {c} = $2 AND {row}",
                    cols.join(", "),
                    values.join(", "),
                    t = spec.name,
                    c = f.column
                );
                let n = self.exec(&copy, &p)?;
                if n > 0 {
                    self.exec(&format!("DELETE FROM {} WHERE {}", spec.name, key_where(spec, "", 1)), &p[2..])?;
                }
                n
            } else {
                let after: Vec<String> =
                    key_cols.iter().enumerate().map(|(i, c)| format!("x.{c} = ${}", if *c == f.column { 1 } else { i + 3 })).collect();
                let sql = format!(
                    "UPDATE {t} SET {c} = $1 WHERE {c} = $2 AND {row} AND NOT EXISTS (SELECT 1 FROM {t} x WHERE {})",
                    after.join(" AND "),
                    t = spec.name,
                    c = f.column
                );
                self.exec(&sql, &p)?
            }
        };
        if n == 0 {
            return Ok(0);
        }
        let key = f.key.join("|");
        self.exec(
            "INSERT INTO check_fixes (applied_at, os_user, rule, tbl, key, col, old, new) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            params![at, os_user, &f.rule, f.table, &key, f.column, &f.old, &f.new],
        )?;
        // The person the record belongs to: the certificate's holder, the record's ID number
        // (as it is after the change); organizations belong to nobody. The holder is read
        // first: Citus takes no subquery in an INSERT's values.
        let person = match f.table {
            "certificates" => {
                let holder = self.row("SELECT holder_id FROM certificates WHERE identifier = $1", params![&key])?;
                holder.map(|r| r.text(0)).transpose()?.unwrap_or_default()
            }
            "organizations" => return Ok(n),
            _ if f.column == "id_number" => f.new.clone(),
            _ => f.key.first().cloned().unwrap_or_default(),
        };
        self.exec(
            "INSERT INTO record_changes (id_number, at, os_user, source, ref_id, tbl, key, col, old, new)
             VALUES ($10, $1, $2, $3, $4, $5, $6, $7, $8, $9)",
            params![at, os_user, source, ref_id, f.table, &key, f.column, &f.old, &f.new, &person],
        )?;
        Ok(n)
    }

    /// Logged changes, newest first.
    pub fn fix_log(&mut self, limit: u64, offset: u64) -> Result<Vec<AppliedFix>> {
        self.rows(
            "SELECT id, applied_at, os_user, rule, tbl, key, col, old, new FROM check_fixes ORDER BY id DESC LIMIT $1 OFFSET $2",
            params![limit, offset],
        )?
        .iter()
        .map(|r| {
            Ok(AppliedFix {
                id: r.int(0)?,
                applied_at: r.text(1)?,
                os_user: r.text(2)?,
                rule: r.text(3)?,
                table: r.text(4)?,
                key: r.text(5)?,
                column: r.text(6)?,
                old: r.text(7)?,
                new: r.text(8)?,
            })
        })
        .collect()
    }
}

/// A run being stored (see [`Store::begin_run`]): rolled back if dropped uncommitted.
pub struct RunWriter<'s> {
    store: &'s mut Store,
    id: i64,
    seq: i64,
    done: bool,
}

impl RunWriter<'_> {
    /// Store these findings after those stored before, numbered on in this order.
    pub fn append(&mut self, findings: &[Finding]) -> Result<()> {
        if findings.is_empty() {
            return Ok(());
        }
        self.store.conn().append_findings(self.id, self.seq, findings)?;
        self.seq += findings.len() as i64;
        Ok(())
    }

    /// Complete the run's record (finished_at, counts, totals) and commit; returns the run id.
    pub fn commit(mut self, run: &NewRun) -> Result<i64> {
        self.store.exec(
            "UPDATE check_runs SET finished_at = $1, counts = $2, total = $3, errors = $4, warnings = $5 WHERE id = $6",
            &[run.finished_at.into(), Param::Json(&run.counts), run.total.into(), run.errors.into(), run.warnings.into(), self.id.into()],
        )?;
        self.store.conn().batch("COMMIT")?;
        self.done = true;
        Ok(self.id)
    }
}

impl Drop for RunWriter<'_> {
    fn drop(&mut self) {
        if !self.done {
            let _ = self.store.conn().batch("ROLLBACK");
        }
    }
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
