//! The payments ledger's reads: the should-pay list of a month (应发名单) from the register.
use super::checks::{covers, dead_before};
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
