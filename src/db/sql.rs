//! Queries written once for both backends: the values bound ([`Param`]) and read back
//! ([`Cell`], [`Row`]), the few spellings that differ ([`Dialect`]), and [`Sql`], a query being
//! built with its parameters.
//!
//! Queries are written in PostgreSQL's spelling with `$N` placeholders; for SQLite, [`sqlite`]
//! turns them into `?N` and drops `COLLATE "C"` (SQLite compares text bytewise, as PostgreSQL's
//! C collation does). A value is bound as what it is (text, a number, a date, a timestamp, JSON)
//! and each backend stores it in its own column types: SQLite keeps dates and timestamps as ISO
//! text, PostgreSQL as DATE and TIMESTAMPTZ. Reading converts back whatever the backend holds.
use anyhow::{anyhow, Result};
use jiff::civil::Date;
use jiff::Timestamp;
use std::borrow::Cow;

/// A value bound to a statement.
#[derive(Debug, Clone, Copy)]
pub enum Param<'a> {
    Null,
    Int(i64),
    Real(f64),
    Text(&'a str),
    Bool(bool),
    Date(Date),
    Ts(Timestamp),
    /// JSON text (a JSONB column on PostgreSQL, text on SQLite).
    Json(&'a str),
    /// A list of texts, for [`Dialect::in_texts`] (an array on PostgreSQL, JSON on SQLite).
    Texts(&'a [String]),
}

impl<'a> From<&'a str> for Param<'a> {
    fn from(v: &'a str) -> Self {
        Param::Text(v)
    }
}
impl<'a> From<&'a String> for Param<'a> {
    fn from(v: &'a String) -> Self {
        Param::Text(v)
    }
}
impl From<i64> for Param<'_> {
    fn from(v: i64) -> Self {
        Param::Int(v)
    }
}
impl From<i32> for Param<'_> {
    fn from(v: i32) -> Self {
        Param::Int(v.into())
    }
}
impl From<i16> for Param<'_> {
    fn from(v: i16) -> Self {
        Param::Int(v.into())
    }
}
impl From<u32> for Param<'_> {
    fn from(v: u32) -> Self {
        Param::Int(v.into())
    }
}
impl From<u64> for Param<'_> {
    fn from(v: u64) -> Self {
        Param::Int(i64::try_from(v).unwrap_or(i64::MAX))
    }
}
impl From<usize> for Param<'_> {
    fn from(v: usize) -> Self {
        Param::Int(i64::try_from(v).unwrap_or(i64::MAX))
    }
}
impl From<f64> for Param<'_> {
    fn from(v: f64) -> Self {
        Param::Real(v)
    }
}
impl From<bool> for Param<'_> {
    fn from(v: bool) -> Self {
        Param::Bool(v)
    }
}
impl From<Date> for Param<'_> {
    fn from(v: Date) -> Self {
        Param::Date(v)
    }
}
impl From<Timestamp> for Param<'_> {
    fn from(v: Timestamp) -> Self {
        Param::Ts(v)
    }
}
impl<'a> From<&'a [String]> for Param<'a> {
    fn from(v: &'a [String]) -> Self {
        Param::Texts(v)
    }
}
impl<'a, T: Into<Param<'a>>> From<Option<T>> for Param<'a> {
    fn from(v: Option<T>) -> Self {
        v.map_or(Param::Null, Into::into)
    }
}
impl<'a> From<&'a Option<String>> for Param<'a> {
    fn from(v: &'a Option<String>) -> Self {
        v.as_deref().map_or(Param::Null, Param::Text)
    }
}

/// `params![a, b, …]`: the values as [`Param`]s.
#[macro_export]
macro_rules! params {
    ($($v:expr),* $(,)?) => { &[$($crate::db::sql::Param::from($v)),*][..] };
}
pub use crate::params;

/// A value read back, as the backend holds it.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Null,
    Int(i64),
    Real(f64),
    Text(String),
    Bool(bool),
    Date(Date),
    Ts(Timestamp),
}

/// A row read back. The getters convert what the backend holds to what is asked for (a date
/// from SQLite's text, text from PostgreSQL's date) and name the column in their errors.
#[derive(Debug, Clone, PartialEq)]
pub struct Row(pub Vec<Cell>);

impl Row {
    fn cell(&self, i: usize) -> Result<&Cell> {
        self.0.get(i).ok_or_else(|| anyhow!("no column {i} in a row of {}", self.0.len()))
    }

    fn bad<T>(&self, i: usize, what: &str) -> Result<T> {
        Err(anyhow!("column {i}: {:?} is not {what}", self.0.get(i)))
    }

    pub fn opt_text(&self, i: usize) -> Result<Option<String>> {
        Ok(match self.cell(i)? {
            Cell::Null => None,
            Cell::Text(s) => Some(s.clone()),
            Cell::Int(n) => Some(n.to_string()),
            Cell::Real(f) => Some(f.to_string()),
            Cell::Bool(b) => Some(b.to_string()),
            Cell::Date(d) => Some(d.to_string()),
            Cell::Ts(t) => Some(crate::clock::format_utc(*t)),
        })
    }

    /// Text; NULL is an error.
    pub fn text(&self, i: usize) -> Result<String> {
        self.opt_text(i)?.map_or_else(|| self.bad(i, "text"), Ok)
    }

    /// Text, NULL as empty.
    pub fn text_or_empty(&self, i: usize) -> Result<String> {
        Ok(self.opt_text(i)?.unwrap_or_default())
    }

    pub fn opt_int(&self, i: usize) -> Result<Option<i64>> {
        match self.cell(i)? {
            Cell::Null => Ok(None),
            Cell::Int(n) => Ok(Some(*n)),
            Cell::Bool(b) => Ok(Some(i64::from(*b))),
            Cell::Text(s) => s.trim().parse().map(Some).or_else(|_| self.bad(i, "an integer")),
            _ => self.bad(i, "an integer"),
        }
    }

    pub fn int(&self, i: usize) -> Result<i64> {
        self.opt_int(i)?.map_or_else(|| self.bad(i, "an integer"), Ok)
    }

    pub fn opt_real(&self, i: usize) -> Result<Option<f64>> {
        match self.cell(i)? {
            Cell::Null => Ok(None),
            Cell::Real(f) => Ok(Some(*f)),
            Cell::Int(n) => Ok(Some(*n as f64)),
            Cell::Text(s) => s.trim().parse().map(Some).or_else(|_| self.bad(i, "a number")),
            _ => self.bad(i, "a number"),
        }
    }

    pub fn real(&self, i: usize) -> Result<f64> {
        self.opt_real(i)?.map_or_else(|| self.bad(i, "a number"), Ok)
    }

    pub fn bool(&self, i: usize) -> Result<bool> {
        match self.cell(i)? {
            Cell::Bool(b) => Ok(*b),
            Cell::Int(n) => Ok(*n != 0),
            Cell::Text(s) if matches!(s.as_str(), "t" | "true" | "1") => Ok(true),
            Cell::Text(s) if matches!(s.as_str(), "f" | "false" | "0") => Ok(false),
            _ => self.bad(i, "a boolean"),
        }
    }

    /// A date; text that is not one (written by another system) reads as none.
    pub fn opt_date(&self, i: usize) -> Result<Option<Date>> {
        Ok(match self.cell(i)? {
            Cell::Date(d) => Some(*d),
            Cell::Text(s) => s.get(..10).and_then(|t| t.parse().ok()),
            Cell::Ts(t) => Some(t.to_zoned(jiff::tz::TimeZone::UTC).date()),
            _ => None,
        })
    }

    pub fn date(&self, i: usize) -> Result<Date> {
        self.opt_date(i)?.map_or_else(|| self.bad(i, "a date"), Ok)
    }

    /// A timestamp; empty text (or text that is not one) reads as none.
    pub fn opt_ts(&self, i: usize) -> Result<Option<Timestamp>> {
        Ok(match self.cell(i)? {
            Cell::Ts(t) => Some(*t),
            Cell::Text(s) => s.parse().ok(),
            _ => None,
        })
    }

    pub fn ts(&self, i: usize) -> Result<Timestamp> {
        self.opt_ts(i)?.map_or_else(|| self.bad(i, "a timestamp"), Ok)
    }

    /// JSON text parsed (a JSONB column, or text); NULL or bad JSON as `Value::Null`.
    pub fn json(&self, i: usize) -> Result<serde_json::Value> {
        Ok(self.opt_text(i)?.and_then(|s| serde_json::from_str(&s).ok()).unwrap_or_default())
    }
}

/// The spellings that differ between the backends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    Sqlite,
    Postgres,
}

impl Dialect {
    /// Opens a transaction that writes: SQLite takes the write lock at once (a second writer
    /// waits for it rather than failing later on a lock it cannot upgrade).
    pub fn begin_write(self) -> &'static str {
        match self {
            Dialect::Sqlite => "BEGIN IMMEDIATE",
            Dialect::Postgres => "BEGIN",
        }
    }

    /// `expr` is one of the texts bound as `param` (a [`Param::Texts`]).
    pub fn in_texts(self, expr: &str, param: &str) -> String {
        match self {
            Dialect::Sqlite => format!("{expr} IN (SELECT value FROM json_each({param}))"),
            Dialect::Postgres => format!("{expr} = ANY ({param}::text[])"),
        }
    }

    /// `expr` is among the values `subquery` gives. PostgreSQL gets them as an array, computed
    /// once: as `IN (subquery)` its planner hashed the whole table and ran the subquery again
    /// in every parallel worker.
    pub fn in_subquery(self, expr: &str, subquery: &str) -> String {
        match self {
            Dialect::Sqlite => format!("{expr} IN ({subquery})"),
            Dialect::Postgres => format!("{expr} = ANY (ARRAY({subquery}))"),
        }
    }

    /// `LIMIT … OFFSET …` with no limit when `None`.
    pub fn limit(self, limit: Option<u64>, offset: u64) -> String {
        match (self, limit) {
            // Both backends take a signed 64-bit limit; more rows than that is no limit at all.
            (_, Some(l)) => format!(" LIMIT {} OFFSET {}", l.min(i64::MAX as u64), offset.min(i64::MAX as u64)),
            (Dialect::Sqlite, None) => format!(" LIMIT -1 OFFSET {}", offset.min(i64::MAX as u64)),
            (Dialect::Postgres, None) => {
                format!(" LIMIT ALL OFFSET {}", offset.min(i64::MAX as u64))
            }
        }
    }

    /// Days from date `b` to date `a`.
    pub fn days_between(self, a: &str, b: &str) -> String {
        match self {
            Dialect::Sqlite => format!("(julianday({a}) - julianday({b}))"),
            Dialect::Postgres => format!("({a} - {b})"),
        }
    }

    pub fn least(self, a: &str, b: &str) -> String {
        match self {
            Dialect::Sqlite => format!("min({a}, {b})"),
            Dialect::Postgres => format!("LEAST({a}, {b})"),
        }
    }

    pub fn greatest(self, a: &str, b: &str) -> String {
        match self {
            Dialect::Sqlite => format!("max({a}, {b})"),
            Dialect::Postgres => format!("GREATEST({a}, {b})"),
        }
    }

    /// A date literal.
    pub fn date(self, iso: &str) -> String {
        match self {
            Dialect::Sqlite => format!("'{iso}'"),
            Dialect::Postgres => format!("DATE '{iso}'"),
        }
    }

    /// A JSON array of these expressions.
    pub fn json_array(self, exprs: &[String]) -> String {
        match self {
            Dialect::Sqlite => format!("json_array({})", exprs.join(", ")),
            Dialect::Postgres => format!("json_build_array({})", exprs.join(", ")),
        }
    }

    /// The month (`YYYY-MM`) of a date or timestamp (UTC), as text.
    pub fn month(self, expr: &str) -> String {
        match self {
            Dialect::Sqlite => format!("substr({expr}, 1, 7)"),
            Dialect::Postgres => format!("to_char({expr}, 'YYYY-MM')"),
        }
    }

    /// After a table's name in FROM: read the table itself and sort, rather than walk an index
    /// in its order and fetch each row where it points (SQLite; PostgreSQL's planner chooses).
    pub fn unindexed(self) -> &'static str {
        match self {
            Dialect::Sqlite => " NOT INDEXED",
            Dialect::Postgres => "",
        }
    }

    /// Whole years from date `birth` to date `at` (an age), as an integer.
    pub fn years_between(self, birth: &str, at: &str) -> String {
        match self {
            Dialect::Sqlite => format!(
                "(CAST(substr({at}, 1, 4) AS INTEGER) - CAST(substr({birth}, 1, 4) AS INTEGER) - (substr({birth}, 6, 5) > substr({at}, 6, 5)))"
            ),
            Dialect::Postgres => format!("CAST(EXTRACT(YEAR FROM age(CAST({at} AS DATE), {birth})) AS INTEGER)"),
        }
    }

    /// The values of `expr` in a group joined with commas (NULLs left out; NULL when none).
    pub fn string_agg(self, expr: &str) -> String {
        match self {
            Dialect::Sqlite => format!("group_concat({expr}, ',')"),
            Dialect::Postgres => format!("string_agg({expr}, ',')"),
        }
    }

    /// After a table in FROM: read it whole in its own order. SQLite otherwise walks a
    /// primary-key index to spare a GROUP BY its sort, fetching each row out of order — a
    /// random page read per row once the table outgrows the cache, where the few rows that
    /// pass the filters would have sorted in no time.
    pub fn in_table_order(self) -> &'static str {
        match self {
            Dialect::Sqlite => " NOT INDEXED",
            Dialect::Postgres => "",
        }
    }

    /// A join that SQLite's planner takes in the order written (the left side drives).
    pub fn join_in_order(self) -> &'static str {
        match self {
            Dialect::Sqlite => "CROSS JOIN",
            Dialect::Postgres => "JOIN",
        }
    }
}

/// A query being built, with its parameters numbered as they are added.
#[derive(Debug, Default)]
pub struct Sql<'a> {
    pub text: String,
    pub params: Vec<Param<'a>>,
}

impl<'a> Sql<'a> {
    pub fn new(text: impl Into<String>) -> Sql<'a> {
        Sql { text: text.into(), params: Vec::new() }
    }

    /// Add a parameter; its placeholder.
    pub fn p(&mut self, v: impl Into<Param<'a>>) -> String {
        self.params.push(v.into());
        format!("${}", self.params.len())
    }

    pub fn push(&mut self, text: &str) -> &mut Self {
        self.text.push_str(text);
        self
    }
}

/// `s` as an SQL string literal, for the statements that take no parameters (COPY, Citus's
/// functions called in a batch): quotes doubled, as both backends read them.
pub fn quote_literal(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

/// A query in SQLite's spelling: `$N` → `?N`, `COLLATE "C"` dropped (outside string literals).
pub fn sqlite(sql: &str) -> Cow<'_, str> {
    if !sql.contains('$') && !sql.contains("COLLATE") {
        return Cow::Borrowed(sql);
    }
    let mut out = String::with_capacity(sql.len());
    let b = sql.as_bytes();
    let mut i = 0;
    let mut quoted = false;
    while i < b.len() {
        let c = b[i];
        if c == b'\'' {
            quoted = !quoted;
        } else if !quoted && c == b'$' && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
            out.push('?');
            i += 1;
            continue;
        } else if !quoted && sql[i..].starts_with(" COLLATE \"C\"") {
            i += " COLLATE \"C\"".len();
            continue;
        }
        let ch = sql[i..].chars().next().unwrap_or(' ');
        out.push(ch);
        i += ch.len_utf8();
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqlite_spelling() {
        assert_eq!(sqlite("SELECT a FROM t WHERE b = $1 AND c = $12"), "SELECT a FROM t WHERE b = ?1 AND c = ?12");
        assert_eq!(
            sqlite("SELECT min(name COLLATE \"C\") FROM t WHERE x = '$1 COLLATE \"C\"'"),
            "SELECT min(name) FROM t WHERE x = '$1 COLLATE \"C\"'"
        );
        assert_eq!(sqlite("SELECT '张三', $2"), "SELECT '张三', ?2");
        assert!(matches!(sqlite("SELECT 1"), Cow::Borrowed(_)));
    }

    #[test]
    fn builder_numbers_parameters() {
        let mut q = Sql::new("SELECT 1 WHERE a = ");
        let a = q.p("x");
        q.push(&a).push(" AND b = ");
        let b = q.p(5i64);
        q.push(&b);
        assert_eq!(q.text, "SELECT 1 WHERE a = $1 AND b = $2");
        assert_eq!(q.params.len(), 2);
    }

    #[test]
    fn cells_convert() {
        let r = Row(vec![
            Cell::Text("2026-01-02".into()),
            Cell::Int(1),
            Cell::Null,
            Cell::Text("".into()),
            Cell::Date(Date::constant(2026, 1, 2)),
        ]);
        assert_eq!(r.date(0).unwrap(), Date::constant(2026, 1, 2));
        assert!(r.bool(1).unwrap());
        assert_eq!(r.opt_text(2).unwrap(), None);
        assert_eq!(r.opt_ts(3).unwrap(), None);
        assert_eq!(r.text(4).unwrap(), "2026-01-02");
        assert!(r.text(2).is_err());
    }
}
