//! The supervisor's report: counts and sums the database makes, each one set-based query over a
//! whole table, grouped by region code (a few hundred codes at most), so the caller rolls codes
//! up to districts without ever holding a row per person.
use super::sql::{Dialect, Sql};
use super::Store;
use anyhow::Result;
use jiff::civil::Date;

/// Rows in these regions: codes starting with one of the prefixes (none: everywhere).
#[derive(Debug, Clone, Default)]
pub struct RegionFilter {
    pub prefixes: Vec<String>,
}

impl RegionFilter {
    fn push<'q>(&'q self, q: &mut Sql<'q>, likes: &'q [String], column: &str, first: bool) {
        for (i, like) in likes.iter().enumerate() {
            let p = q.p(like);
            let glue = match (i, first) {
                (0, true) => " WHERE (",
                (0, false) => " AND (",
                _ => " OR ",
            };
            q.push(glue).push(&format!("{column} LIKE ")).push(&p);
        }
        if !likes.is_empty() {
            q.push(")");
        }
    }

    fn likes(&self) -> Vec<String> {
        self.prefixes.iter().map(|p| format!("{p}%")).collect()
    }
}

/// A count and an amount (fen) under a key of up to three parts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tally {
    pub keys: Vec<String>,
    pub n: i64,
    pub fen: i64,
}

impl Store {
    fn tallies(&mut self, q: &Sql<'_>, keys: usize) -> Result<Vec<Tally>> {
        self.rows(&q.text, &q.params)?
            .iter()
            .map(|r| {
                Ok(Tally {
                    keys: (0..keys).map(|i| r.text_or_empty(i)).collect::<Result<_>>()?,
                    n: r.int(keys)?,
                    fen: r.opt_int(keys + 1)?.unwrap_or(0),
                })
            })
            .collect()
    }

    /// People per region code.
    pub fn report_people(&mut self, f: &RegionFilter) -> Result<Vec<Tally>> {
        let likes = f.likes();
        let mut q = Sql::new("SELECT region_code, COUNT(*), 0 FROM people");
        f.push(&mut q, &likes, "region_code", true);
        q.push(" GROUP BY region_code");
        self.tallies(&q, 1)
    }

    /// People per gender and age in whole years on `as_of` (age empty: no birth date).
    pub fn report_ages(&mut self, f: &RegionFilter, as_of: Date) -> Result<Vec<Tally>> {
        let likes = f.likes();
        let mut q = Sql::new("");
        let at = q.p(as_of);
        let age = self.dialect().years_between("birth_date", &at);
        q.push(&format!("SELECT gender, CAST(age AS TEXT), COUNT(*), 0 FROM (SELECT gender, {age} AS age FROM people"));
        f.push(&mut q, &likes, "region_code", true);
        q.push(") p GROUP BY gender, age");
        self.tallies(&q, 2)
    }

    /// Enrolments in force on `as_of` per program and region code, with their monthly amounts.
    pub fn report_enrolled(&mut self, f: &RegionFilter, as_of: Date) -> Result<Vec<Tally>> {
        let likes = f.likes();
        let mut q = Sql::new("");
        let at = q.p(as_of);
        q.push(&format!(
            "SELECT program, region_code, COUNT(*), CAST(COALESCE(SUM(monthly_amount_fen), 0) AS BIGINT) FROM enrolments \
             WHERE start_date <= {at} AND (end_date IS NULL OR end_date >= {at})"
        ));
        f.push(&mut q, &likes, "region_code", false);
        q.push(" GROUP BY program, region_code");
        self.tallies(&q, 2)
    }

    /// Enrolments per month they started (`ended`: per month they ended) and program, with
    /// their monthly amounts: the steps from which the amount in force each month is summed.
    pub fn report_enrolment_months(&mut self, f: &RegionFilter, ended: bool) -> Result<Vec<Tally>> {
        let likes = f.likes();
        let col = if ended { "end_date" } else { "start_date" };
        let month = self.dialect().month(col);
        let mut q = Sql::new(format!(
            "SELECT {month}, program, COUNT(*), CAST(COALESCE(SUM(monthly_amount_fen), 0) AS BIGINT) FROM enrolments WHERE {col} IS NOT NULL"
        ));
        f.push(&mut q, &likes, "region_code", false);
        q.push(&format!(" GROUP BY {month}, program"));
        self.tallies(&q, 2)
    }

    /// Payments in the ledger per month paid for, from `first` to `last` (YYYY-MM): how many
    /// and how much was actually paid.
    pub fn report_paid_months(&mut self, f: &RegionFilter, first: &str, last: &str) -> Result<Vec<Tally>> {
        let likes = f.likes();
        let mut q = Sql::new("SELECT month, COUNT(*), CAST(COALESCE(SUM(amount_fen), 0) AS BIGINT) FROM payments WHERE month >= ");
        let (a, b) = (q.p(first), q.p(last));
        q.push(&a).push(" AND month <= ").push(&b);
        f.push(&mut q, &likes, "region_code", false);
        q.push(" GROUP BY month");
        self.tallies(&q, 1)
    }

    /// Overpayments recovered after deaths (live applications) per region code.
    pub fn report_recoveries(&mut self, f: &RegionFilter) -> Result<Vec<Tally>> {
        let likes = f.likes();
        let mut q = Sql::new(
            "SELECT r.region_code, COUNT(*), CAST(COALESCE(SUM(r.amount_fen), 0) AS BIGINT) FROM recoveries r \
             JOIN death_applications a ON a.id = r.application_id WHERE a.reversed_at IS NULL",
        );
        f.push(&mut q, &likes, "r.region_code", false);
        q.push(" GROUP BY r.region_code");
        self.tallies(&q, 1)
    }

    /// Certificates per type and month issued, or (`revoked`) per type and month revoked.
    pub fn report_cert_months(&mut self, f: &RegionFilter, revoked: bool) -> Result<Vec<Tally>> {
        let likes = f.likes();
        let d = self.dialect();
        let (month, cond) = if revoked {
            let at = match d {
                Dialect::Sqlite => "status_at".to_string(),
                Dialect::Postgres => "(status_at AT TIME ZONE 'UTC')".to_string(),
            };
            (d.month(&at), "status = '03' AND status_at IS NOT NULL")
        } else {
            (d.month("issued_on"), "1 = 1")
        };
        let mut q = Sql::new(format!("SELECT type_code, {month}, COUNT(*), 0 FROM certificates WHERE {cond}"));
        f.push(&mut q, &likes, "region_code", false);
        q.push(&format!(" GROUP BY type_code, {month}"));
        self.tallies(&q, 2)
    }
}
