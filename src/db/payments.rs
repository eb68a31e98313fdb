//! The payments ledger's reads: the should-pay list of a month (应发名单) from the register.
use super::checks::{covers, dead_before};
use super::sql::Sql;
use super::Store;
use crate::params;
use anyhow::Result;
use serde::Serialize;

/// One line of the should-pay list: an enrolment due for the month, at its monthly amount.
#[derive(Debug, Clone, Serialize)]
pub struct Due {
    pub id_number: String,
    pub name: String,
    pub program: String,
    pub region_code: String,
    pub start_date: String,
    pub end_date: String,
    pub monthly_amount_fen: i64,
}

/// A row of `payments`: one transfer of the 实发名单.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PaymentRow {
    pub id_number: String,
    pub pay_key: String,
    pub program: String,
    pub region_code: String,
    pub month: String,
    pub amount_fen: i64,
    pub paid_on: Option<String>,
    pub channel: String,
    pub account: String,
    pub reference: String,
    pub flags: String,
    #[serde(skip)]
    pub batches: super::people::Batches,
}

impl Store {
    /// Rows of `payments` with any of these ID numbers, newest month first.
    pub fn payments_by_ids(&mut self, ids: &[String]) -> Result<Vec<PaymentRow>> {
        let cond = self.dialect().in_texts("id_number", "$1");
        self.rows(
            &format!(
                "SELECT id_number, pay_key, program, region_code, month, amount_fen, paid_on, channel, account, reference, flags, {}
                 FROM payments WHERE {cond} ORDER BY month COLLATE \"C\" DESC, program COLLATE \"C\", pay_key COLLATE \"C\"",
                super::people::BATCH_COLS
            ),
            &[super::sql::Param::Texts(ids)],
        )?
        .iter()
        .map(|r| {
            Ok(PaymentRow {
                id_number: r.text(0)?,
                pay_key: r.text(1)?,
                program: r.text(2)?,
                region_code: r.text(3)?,
                month: r.text(4)?,
                amount_fen: r.int(5)?,
                paid_on: r.opt_text(6)?,
                channel: r.text_or_empty(7)?,
                account: r.text_or_empty(8)?,
                reference: r.text_or_empty(9)?,
                flags: r.text_or_empty(10)?,
                batches: super::people::batches_at(r, 11)?,
            })
        })
        .collect()
    }

    /// The enrolments due for `month` (`YYYY-MM`): covering the month (not suspended, started by
    /// it, not ended before it), their holder alive at its start; by region, program, ID number.
    /// `region`: a validated code prefix; `program`: a validated code.
    pub fn due(&mut self, month: &str, region: Option<&str>, program: Option<&str>) -> Result<Vec<Due>> {
        let mut scope = String::new();
        if let Some(r) = region {
            scope.push_str(&format!(" AND e.region_code LIKE '{r}%'"));
        }
        if let Some(p) = program {
            scope.push_str(&format!(" AND e.program = '{p}'"));
        }
        let sql = format!(
            "SELECT e.id_number, coalesce((SELECT min(p.name) FROM people p WHERE p.id_number = e.id_number), ''), e.program, e.region_code,
                    CAST(e.start_date AS TEXT), coalesce(CAST(e.end_date AS TEXT), ''), e.monthly_amount_fen
             FROM enrolments e
             WHERE {} AND NOT {}{scope}
             ORDER BY e.region_code COLLATE \"C\", e.program COLLATE \"C\", e.id_number COLLATE \"C\", e.start_date",
            covers("e", "$1"),
            dead_before("e.id_number", "$1"),
        );
        self.rows(&sql, params![month])?
            .iter()
            .map(|r| {
                Ok(Due {
                    id_number: r.text(0)?,
                    name: r.text(1)?,
                    program: r.text(2)?,
                    region_code: r.text(3)?,
                    start_date: r.text(4)?,
                    end_date: r.text(5)?,
                    monthly_amount_fen: r.int(6)?,
                })
            })
            .collect()
    }
}

/// A person a program's rule may find (政策找人): alive on the day and not enrolled in the
/// program, narrowed by the rule's minimum age, regions and programs; the rule decides.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub id_number: String,
    pub name: String,
    pub birth_date: Option<jiff::civil::Date>,
    /// The lowest of the person's region codes in the rule's regions and the scope.
    pub region_code: String,
    /// Of the programs the rule names, those the person holds an enrolment in on the day.
    pub programs: Vec<String>,
}

/// Which people [`Store::eligible_candidates`] reads: validated values (a program code,
/// region-code prefixes of digits, program codes), inlined.
#[derive(Debug, Clone)]
pub struct CandidateQuery<'a> {
    pub program: &'a str,
    pub on: jiff::civil::Date,
    /// Born on or before this day, or with no recorded birth date.
    pub born_by: Option<jiff::civil::Date>,
    /// Living in any of these prefixes; empty = anywhere.
    pub regions: Vec<String>,
    /// And within this prefix (the run's scope).
    pub scope: Option<&'a str>,
    /// The programs whose enrolments on the day to report.
    pub programs: Vec<String>,
}

/// `x` (an enrolment) covers the day `on`: started by it, not ended before it.
fn covers_day(x: &str, on: &str) -> String {
    format!("{x}.start_date <= {on} AND ({x}.end_date IS NULL OR {x}.end_date >= {on})")
}

impl Store {
    /// The people a program's rule may find, by region code, then ID number: one row per ID
    /// number, set-based on both backends (joins on the ID number, as a distributed server
    /// co-locates the tables).
    pub fn eligible_candidates(&mut self, q: &CandidateQuery<'_>) -> Result<Vec<Candidate>> {
        let d = self.dialect();
        let mut sql = Sql::default();
        let on = sql.p(q.on);
        let mut conds = vec![
            format!("NOT EXISTS (SELECT 1 FROM deaths d WHERE d.id_number = p.id_number AND d.death_date <= {on})"),
            format!(
                "NOT EXISTS (SELECT 1 FROM enrolments x WHERE x.id_number = p.id_number AND x.program = '{}' AND {})",
                q.program,
                covers_day("x", &on)
            ),
        ];
        if let Some(b) = q.born_by {
            conds.push(format!("(p.birth_date <= {} OR p.birth_date IS NULL)", sql.p(b)));
        }
        if !q.regions.is_empty() {
            let any: Vec<String> = q.regions.iter().map(|r| format!("p.region_code LIKE '{r}%'")).collect();
            conds.push(format!("({})", any.join(" OR ")));
        }
        if let Some(r) = q.scope {
            conds.push(format!("p.region_code LIKE '{r}%'"));
        }
        let (join, held) = if q.programs.is_empty() {
            (String::new(), "''".to_string())
        } else {
            let list: Vec<String> = q.programs.iter().map(|p| format!("'{p}'")).collect();
            (
                format!(
                    "LEFT JOIN enrolments e ON e.id_number = p.id_number AND e.program IN ({}) AND {}",
                    list.join(", "),
                    covers_day("e", &on)
                ),
                d.string_agg("e.program"),
            )
        };
        sql.text = format!(
            "SELECT p.id_number, min(p.name), min(CAST(p.birth_date AS TEXT)), min(p.region_code COLLATE \"C\"), {held}
             FROM people p{} {join}
             WHERE {}
             GROUP BY p.id_number
             ORDER BY 4, p.id_number COLLATE \"C\"",
            d.in_table_order(),
            conds.join(" AND ")
        );
        self.rows(&sql.text, &sql.params)?
            .iter()
            .map(|r| {
                let mut programs: Vec<String> = r.text_or_empty(4)?.split(',').filter(|p| !p.is_empty()).map(str::to_string).collect();
                programs.sort();
                programs.dedup();
                Ok(Candidate {
                    id_number: r.text(0)?,
                    name: r.text_or_empty(1)?,
                    birth_date: r.text_or_empty(2)?.get(..10).and_then(|t| t.parse().ok()),
                    region_code: r.text_or_empty(3)?,
                    programs,
                })
            })
            .collect()
    }
}
