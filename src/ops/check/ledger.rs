//! The reconciliation of the payments ledger with the register (the pay.* rules) in one pass:
//! the deaths, enrolments and payments are read together in one query ordered by person, and
//! each person's payments are judged against that person's own enrolments and death, so the
//! cost is one read of the three tables whatever the number of rules (a query per rule looked
//! up the enrolments of every payment six times over). Months compare as numbers, in the
//! order of the text (`YYYY-MM`) the register stores.
use super::catalogue::{self, Severity};
use super::record::finding;
use super::Params;
use crate::db::checks::{Finding, LedgerPart, LedgerRow, Scope};
use crate::db::{Job, Store};
use crate::domain::values::format_fen;
use anyhow::Result;
use std::collections::BTreeMap;

/// The rules of the pass, in the catalogue's order.
pub const RULES: [&str; 6] =
    ["pay.not_enrolled", "pay.unpaid", "pay.amount_mismatch", "pay.duplicate", "pay.after_death", "pay.wrong_region"];

/// The findings of the wanted pay.* rules (the others of `rules` are ignored), each with the
/// amount involved (negative: underpaid).
pub fn reconcile(store: &mut Store, rules: &[&str], scope: &Scope, params: &Params) -> Result<Vec<Finding>> {
    let wanted = |r: &str| rules.contains(&r);
    if !RULES.iter().any(|r| wanted(r)) {
        return Ok(Vec::new());
    }
    let mut runs = Vec::new();
    if wanted("pay.unpaid") {
        let mut by_run: BTreeMap<(String, String), Vec<Month>> = BTreeMap::new();
        for (region, program, month) in store.payment_runs()? {
            let month = month_of(&month, &format!("{region}'s {program} run"), "payments")?;
            by_run.entry((region, program)).or_default().push(month);
        }
        runs = by_run.into_iter().collect();
        for (_, months) in &mut runs {
            months.sort_unstable();
        }
    }
    let pass = || Pass {
        wanted: RULES.map(wanted),
        severity: RULES.map(|r| catalogue::get(r).map_or(Severity::Error, |r| r.severity)),
        region: scope.region.as_deref(),
        tolerance: params.amount_tolerance_fen.max(0),
        runs: &runs,
        person: Person::default(),
        out: Vec::new(),
    };
    let program = scope.program.as_deref();
    // A part of the people per core, each read on its own connection (one after the other
    // where there are none): the pass is bound by reading and decoding rows, which the cores
    // share out.
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get()).min(8);
    let parts = store.ledger_parts(cores)?;
    let pass = &pass;
    let jobs: Vec<Job<Vec<Finding>>> =
        parts.iter().map(|part| Box::new(move |r: &mut Store| pass().read(r, program, part)) as Job<_>).collect();
    Ok(store.side_by_side(&jobs)?.into_iter().flatten().collect())
}

const NOT_ENROLLED: usize = 0;
const UNPAID: usize = 1;
const AMOUNT_MISMATCH: usize = 2;
const DUPLICATE: usize = 3;
const AFTER_DEATH: usize = 4;
const WRONG_REGION: usize = 5;

struct Pass<'s> {
    wanted: [bool; 6],
    severity: [Severity; 6],
    /// The run's region (a code prefix): the payments and enrolments judged. The others are
    /// still read: a payment in the region may be covered by an enrolment elsewhere.
    region: Option<&'s str>,
    tolerance: i64,
    /// Months each district paid each program for, by (region code, program), sorted
    /// (pay.unpaid only).
    runs: &'s [((String, String), Vec<Month>)],
    person: Person,
    out: Vec<Finding>,
}

/// A month as a number (`YYYY-MM` is year × 12 + month − 1), so that the pass compares
/// integers, not text: in the order of the text, for the months the register stores.
type Month = u32;

/// The month of a date or month as stored (`YYYY-MM…`); `None` if it does not start so.
fn month_no(s: &str) -> Option<Month> {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        b.get(r)?.iter().try_fold(0u32, |n, &c| c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0')))
    };
    let (year, month) = (digits(0..4)?, digits(5..7)?);
    (b[4] == b'-' && (1..=12).contains(&month)).then(|| year * 12 + month - 1)
}

/// `YYYY-MM` of a month number.
fn month_text(m: Month) -> String {
    format!("{:04}-{:02}", m / 12, m % 12 + 1)
}

/// The month of `value` (a column of `table` for `id`), or an error naming them.
fn month_of(value: &str, id: &str, table: &str) -> Result<Month> {
    month_no(value).ok_or_else(|| anyhow::anyhow!("{table}: {value:?} of {id} is not a date or a YYYY-MM month"))
}

/// The rows of one person, in buffers kept from person to person (the first `enrolled` and
/// `paid` entries are the person's): a ledger of millions of rows allocates for its longest
/// person, not for every row.
#[derive(Default)]
struct Person {
    id: String,
    /// The death date as stored, and its month.
    death: Option<(String, Month)>,
    enrolments: Vec<Enrolment>,
    enrolled: usize,
    payments: Vec<Payment>,
    paid: usize,
    /// The payments' positions, by program and month.
    by_month: Vec<usize>,
}

#[derive(Default)]
struct Enrolment {
    program: String,
    region: String,
    from: Month,
    to: Option<Month>,
    due_fen: i64,
    suspended: bool,
}

impl Enrolment {
    /// Not suspended, started by the month, not ended before it.
    fn covers(&self, month: Month) -> bool {
        !self.suspended && self.from <= month && self.to.is_none_or(|to| to >= month)
    }
}

#[derive(Default)]
struct Payment {
    key: String,
    program: String,
    region: String,
    /// As stored, and as a number.
    month: String,
    m: Month,
    fen: i64,
}

/// In the run's region (a code prefix), if it has one.
fn in_region(scope: Option<&str>, region: &str) -> bool {
    scope.is_none_or(|r| region.starts_with(r))
}

/// `to` holds `from`.
fn refill(to: &mut String, from: &str) {
    to.clear();
    to.push_str(from);
}

/// The next slot of `v` after the first `n`, made if there is none yet.
fn slot<'v, T: Default>(v: &'v mut Vec<T>, n: &mut usize) -> &'v mut T {
    if *n == v.len() {
        v.push(T::default());
    }
    *n += 1;
    &mut v[*n - 1]
}

impl Person {
    fn clear(&mut self, id: &str) {
        refill(&mut self.id, id);
        self.death = None;
        self.enrolled = 0;
        self.paid = 0;
    }

    fn enrolments(&self) -> &[Enrolment] {
        &self.enrolments[..self.enrolled]
    }

    fn payments(&self) -> &[Payment] {
        &self.payments[..self.paid]
    }

    fn add(&mut self, row: LedgerRow<'_>) -> Result<()> {
        match row {
            LedgerRow::Death { date } => self.death = Some((date.to_string(), month_of(date, &self.id, "deaths")?)),
            LedgerRow::Enrolment { program, region, from, to, due_fen, suspended } => {
                let from = month_of(from, &self.id, "enrolments")?;
                let to = to.map(|to| month_of(to, &self.id, "enrolments")).transpose()?;
                let e = slot(&mut self.enrolments, &mut self.enrolled);
                refill(&mut e.program, program);
                refill(&mut e.region, region);
                (e.from, e.to, e.due_fen, e.suspended) = (from, to, due_fen, suspended);
            }
            LedgerRow::Payment { key, program, region, month, fen } => {
                let m = month_of(month, &self.id, "payments")?;
                let p = slot(&mut self.payments, &mut self.paid);
                refill(&mut p.key, key);
                refill(&mut p.program, program);
                refill(&mut p.region, region);
                refill(&mut p.month, month);
                (p.m, p.fen) = (m, fen);
            }
        }
        Ok(())
    }

    /// Sort `by_month`: the payments by program and month (read in that order from an index,
    /// so mostly sorted already).
    fn index_months(&mut self) {
        let Person { payments, paid, by_month, .. } = self;
        by_month.clear();
        by_month.extend(0..*paid);
        by_month.sort_by(|&a, &b| (&payments[a].program, payments[a].m).cmp(&(&payments[b].program, payments[b].m)));
    }

    /// The months paid in `program` (by any district), in order, repeated where paid twice.
    fn months_paid<'p>(&'p self, program: &'p str) -> impl Iterator<Item = Month> + 'p {
        let first = self.by_month.partition_point(|&i| self.payments[i].program.as_str() < program);
        self.by_month[first..].iter().map(|&i| &self.payments[i]).take_while(move |pay| pay.program == program).map(|pay| pay.m)
    }

    /// Died in a month before `month`: nothing is due for it.
    fn dead_before(&self, month: Month) -> bool {
        self.death.as_ref().is_some_and(|(_, died)| *died < month)
    }
}

impl Pass<'_> {
    /// Judge the people of `part`: their findings.
    fn read(mut self, store: &mut Store, program: Option<&str>, part: &LedgerPart) -> Result<Vec<Finding>> {
        store.each_ledger_row(program, part, &mut |id, row| {
            if id != self.person.id {
                self.judge();
                self.person.clear(id);
            }
            self.person.add(row)
        })?;
        self.judge();
        Ok(self.out)
    }

    fn push(&mut self, rule: usize, table: &str, key: &str, field: &str, value: String, message: String, region: &str, amount: i64) {
        let mut f = finding(RULES[rule], self.severity[rule], table, key, field, value, message, region);
        f.amount_fen = Some(amount);
        self.out.push(f);
    }

    /// Every wanted rule on the person read last.
    fn judge(&mut self) {
        let mut p = std::mem::take(&mut self.person);
        if p.paid > 0 || p.enrolled > 0 {
            p.index_months();
            self.payments(&p);
            if self.wanted[DUPLICATE] {
                self.duplicates(&p);
            }
            if self.wanted[UNPAID] {
                self.unpaid(&p);
            }
        }
        self.person = p;
    }

    fn payments(&mut self, p: &Person) {
        let scope = self.region;
        let judged = [NOT_ENROLLED, AMOUNT_MISMATCH, AFTER_DEATH, WRONG_REGION];
        if !judged.iter().any(|&r| self.wanted[r]) {
            return;
        }
        for pay in p.payments().iter().filter(|pay| in_region(scope, &pay.region)) {
            // Text only for the findings: most payments have none.
            let what = || format!("{} {} paid for {} by {}", pay.program, format_fen(pay.fen), pay.month, pay.region);
            let key = || crate::domain::records::payment_finding_key(&p.id, &pay.key);
            if p.dead_before(pay.m) {
                if self.wanted[AFTER_DEATH] {
                    let died = p.death.as_ref().map_or("", |(date, _)| date.as_str());
                    let msg = format!("{}: the holder died on {died}", what());
                    self.push(AFTER_DEATH, "payments", &key(), "month", pay.month.clone(), msg, &pay.region, pay.fen);
                }
                continue;
            }
            let covering = || p.enrolments().iter().filter(|e| e.program == pay.program && e.covers(pay.m));
            let here = || covering().filter(|e| e.region == pay.region);
            if covering().next().is_none() {
                if self.wanted[NOT_ENROLLED] {
                    let msg = format!("{}: no enrolment covers the month", what());
                    self.push(NOT_ENROLLED, "payments", &key(), "month", pay.month.clone(), msg, &pay.region, pay.fen);
                }
            } else if here().next().is_none() {
                if self.wanted[WRONG_REGION] {
                    let enrolled = covering().map(|e| e.region.as_str()).min().unwrap_or("");
                    let msg = format!("{}: enrolled in {enrolled}", what());
                    self.push(WRONG_REGION, "payments", &key(), "region_code", pay.region.clone(), msg, &pay.region, pay.fen);
                }
            } else if self.wanted[AMOUNT_MISMATCH] && !here().any(|e| (pay.fen - e.due_fen).abs() <= self.tolerance) {
                let due = here().map(|e| e.due_fen).min().unwrap_or(0);
                let msg = format!("{}: the enrolment pays {} a month", what(), format_fen(due));
                self.push(AMOUNT_MISMATCH, "payments", &key(), "amount", format_fen(pay.fen), msg, &pay.region, pay.fen - due);
            }
        }
    }

    /// Paid more than once for a program and month: what was paid beyond the largest payment.
    fn duplicates(&mut self, p: &Person) {
        let scope = self.region;
        let pays = p.by_month.iter().map(|&i| &p.payments[i]).filter(|pay| in_region(scope, &pay.region));
        let mut pays = pays.peekable();
        while let Some(first) = pays.next() {
            let (mut n, mut sum, mut max, mut region) = (1, first.fen, first.fen, first.region.as_str());
            while let Some(pay) = pays.next_if(|pay| pay.program == first.program && pay.m == first.m) {
                (n, sum, max, region) = (n + 1, sum + pay.fen, max.max(pay.fen), region.min(&pay.region));
            }
            if n > 1 {
                let (program, month) = (&first.program, &first.month);
                let key = format!("{}|{program}|{month}", p.id);
                let msg = format!("{program} paid {n} times for {month}: {} in all, {} too much", format_fen(sum), format_fen(sum - max));
                self.push(DUPLICATE, "payments", &key, "month", month.clone(), msg, region, sum - max);
            }
        }
    }

    /// Each enrolment against the months its district paid anyone in its program: a covered
    /// month with nothing paid to the person in the program, by any district, and the person
    /// alive, is owed (the largest monthly amount where two enrolments there cover it).
    fn unpaid(&mut self, p: &Person) {
        let scope = self.region;
        let mut owed: BTreeMap<(&str, &str, Month), i64> = BTreeMap::new();
        for e in p.enrolments().iter().filter(|e| !e.suspended && in_region(scope, &e.region)) {
            let run = self.runs.binary_search_by(|((r, pr), _)| (r.as_str(), pr.as_str()).cmp(&(e.region.as_str(), e.program.as_str())));
            let Ok(run) = run else {
                continue;
            };
            let months = &self.runs[run].1;
            let first = months.partition_point(|&m| m < e.from);
            // The months paid walked beside the months of the run, both in order.
            let mut paid = p.months_paid(&e.program).peekable();
            for &m in &months[first..] {
                if !e.covers(m) {
                    break;
                }
                while paid.next_if(|&q| q < m).is_some() {}
                if paid.peek() != Some(&m) && !p.dead_before(m) {
                    let due = owed.entry((&e.program, &e.region, m)).or_insert(i64::MIN);
                    *due = (*due).max(e.due_fen);
                }
            }
        }
        for ((program, region, month), due) in owed {
            let month = month_text(month);
            let key = format!("{}|{program}|{month}", p.id);
            let msg = format!("{program} {} due for {month} from {region}: nothing paid", format_fen(due));
            self.push(UNPAID, "enrolments", &key, "month", month, msg, region, -due);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_are_numbers_in_the_order_of_their_text() {
        let texts = ["0999-12", "2023-12", "2024-01", "2024-02", "2024-10", "2024-11", "2025-01", "9999-12"];
        let numbers: Vec<Month> = texts.iter().map(|t| month_no(t).unwrap()).collect();
        assert!(numbers.windows(2).all(|w| w[0] < w[1]), "{numbers:?}");
        for (t, n) in texts.iter().zip(&numbers) {
            assert_eq!(month_text(*n), *t);
        }
        assert_eq!(month_no("2024-10-05"), month_no("2024-10"), "a date is in its month");
        for bad in ["", "2024", "2024-1", "2024-00", "2024-13", "2024/10", "２０２４-10", "20x4-10", "-2024-10"] {
            assert_eq!(month_no(bad), None, "{bad:?}");
        }
        let e = month_of("2024-13", "440103200603110376", "payments").unwrap_err().to_string();
        assert_eq!(e, "payments: \"2024-13\" of 440103200603110376 is not a date or a YYYY-MM month");
    }
}
