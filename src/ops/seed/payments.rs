//! The payments ledger of the seeded city (实发名单): every enrolment paid for each month of the
//! ledger it covers, as `payments expected` lists them, with the pay.* defects injected into a
//! share of the people whose enrolments are clean, and listed in the manifest with the amount
//! each involves.
use super::rng::Rng;
use super::writer::CsvOut;
use super::{Defect, Defects};
use crate::domain::values::format_fen;
use anyhow::Result;
use jiff::civil::Date;
use std::collections::HashSet;

/// An enrolment as written, for the ledger.
pub struct Written {
    pub id: String,
    pub program: &'static str,
    pub region: String,
    pub start: Date,
    pub end: Option<Date>,
    pub amount: i64,
    pub suspended: bool,
    /// No defect was injected into it.
    pub clean: bool,
}

/// One payment row.
#[derive(Clone)]
struct Pay {
    program: &'static str,
    region: String,
    month: i64,
    amount: i64,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum PayDefect {
    Duplicate,
    AmountMismatch,
    Unpaid,
    AfterDeath,
    NotEnrolled,
    WrongRegion,
}

/// A month as a number: year × 12 + month − 1.
pub fn month_index(d: Date) -> i64 {
    i64::from(d.year()) * 12 + i64::from(d.month()) - 1
}

fn month_text(m: i64) -> String {
    format!("{:04}-{:02}", m.div_euclid(12), m.rem_euclid(12) + 1)
}

fn covers(e: &Written, m: i64) -> bool {
    !e.suspended && month_index(e.start) <= m && e.end.is_none_or(|end| month_index(end) >= m)
}

/// A payment left out: the finding's key, the enrolled district, program, month and amount.
struct Unpaid {
    key: String,
    region: String,
    program: &'static str,
    month: i64,
    amount: i64,
}

pub struct Ledger {
    out: CsvOut,
    /// The months paid, as [`month_index`]es: the `n` months before the as-of date's.
    first: i64,
    last: i64,
    pub lines: u64,
    /// (district, program, month) some payment was made for: where a missed payment is found.
    paid: HashSet<(String, &'static str, i64)>,
    /// Payments left out (pay.unpaid): found only where the district paid someone else.
    unpaid: Vec<Unpaid>,
    zh: bool,
    seed: u64,
}

/// The stream drawing the ledger's defects and accounts, apart from the others so that the
/// people, enrolments and deaths stay as they were.
const PAYMENTS: u64 = 6;

impl Ledger {
    pub fn new(out: CsvOut, as_of: Date, months: u32, zh: bool, seed: u64) -> Ledger {
        let last = month_index(as_of) - 1;
        Ledger { out, first: last - i64::from(months) + 1, last, lines: 0, paid: HashSet::new(), unpaid: Vec::new(), zh, seed }
    }

    /// The payments of one holder (`i`: the person's index), with a defect at `rate` when
    /// every enrolment is clean.
    pub fn holder(
        &mut self,
        i: u64,
        es: &[&Written],
        death: Option<Date>,
        rate: f64,
        counties: &[String],
        defects: &mut Defects,
    ) -> Result<()> {
        let Some(id) = es.first().map(|e| e.id.clone()) else {
            return Ok(());
        };
        let mut rng = Rng::derive(self.seed, PAYMENTS, i);
        let died = death.map(month_index);
        let mut rows: Vec<Pay> = Vec::new();
        for m in self.first..=self.last {
            if died.is_some_and(|d| d < m) {
                break;
            }
            let mut programs: Vec<&str> = Vec::new();
            for e in es.iter().filter(|e| covers(e, m)) {
                if !programs.contains(&e.program) {
                    programs.push(e.program);
                    rows.push(Pay { program: e.program, region: e.region.clone(), month: m, amount: e.amount });
                }
            }
        }
        let account = format!("6222{:012}", rng.below(1_000_000_000_000));
        let channel = if rng.chance(0.8) { "银行代发" } else { "社保卡" };
        // A defect, with the amount it involves, and the row it is in.
        let mut injected: Option<(PayDefect, usize, i64)> = None;
        if rate > 0.0 && es.iter().all(|e| e.clean) && rng.chance(rate) {
            injected = self.inject(&mut rng, es, died, counties, &mut rows);
        }
        for (k, r) in rows.iter().enumerate() {
            if let Some((PayDefect::Unpaid, at, amount)) = injected {
                if at == k {
                    let key = format!("{id}|{}|{}", r.program, month_text(r.month));
                    self.unpaid.push(Unpaid { key, region: r.region.clone(), program: r.program, month: r.month, amount });
                    continue;
                }
            }
            let copies = if matches!(injected, Some((PayDefect::Duplicate, at, _)) if at == k) { 2 } else { 1 };
            for copy in 0..copies {
                let reference = crate::domain::records::payment_finding_key(&id, &self.write(&id, r, channel, &account)?);
                let (rule, field, key, amount) = match injected {
                    Some((kind, at, amount)) if at == k && copy + 1 == copies => match kind {
                        PayDefect::Duplicate => ("pay.duplicate", "month", format!("{id}|{}|{}", r.program, month_text(r.month)), amount),
                        PayDefect::AmountMismatch => ("pay.amount_mismatch", "amount", reference, amount),
                        PayDefect::AfterDeath => ("pay.after_death", "month", reference, amount),
                        PayDefect::NotEnrolled => ("pay.not_enrolled", "month", reference, amount),
                        PayDefect::WrongRegion => ("pay.wrong_region", "region_code", reference, amount),
                        PayDefect::Unpaid => continue,
                    },
                    _ => continue,
                };
                let line = self.lines + 1;
                defects.push(Defect {
                    rule,
                    table: "payments",
                    key,
                    field,
                    line,
                    natural: false,
                    copy: false,
                    amount_fen: Some(amount),
                })?;
            }
        }
        Ok(())
    }

    /// Puts a defect into `rows`: the kind, the row it is in, and the amount involved.
    fn inject(
        &self,
        rng: &mut Rng,
        es: &[&Written],
        died: Option<i64>,
        counties: &[String],
        rows: &mut Vec<Pay>,
    ) -> Option<(PayDefect, usize, i64)> {
        use PayDefect::*;
        let mut kinds = Vec::new();
        if !rows.is_empty() {
            kinds.extend([Duplicate, AmountMismatch, Unpaid]);
            if counties.len() > 1 {
                kinds.push(WrongRegion);
            }
        }
        // After the death: a month after the death month, in the ledger, under an enrolment
        // that ran to the death.
        let after = died.map(|d| d + 1).filter(|m| (self.first..=self.last).contains(m));
        let dying = after.and_then(|m| es.iter().find(|e| covers(e, m - 1)));
        if dying.is_some() {
            kinds.push(AfterDeath);
        }
        // Before the start: the month before an enrolment's first, in the ledger, that no other
        // enrolment of the program covers.
        let early = es.iter().find(|e| {
            let m = month_index(e.start) - 1;
            !e.suspended && m >= self.first && m <= self.last && !es.iter().any(|o| o.program == e.program && covers(o, m))
        });
        if early.is_some() {
            kinds.push(NotEnrolled);
        }
        if kinds.is_empty() {
            return None;
        }
        let kind = *rng.pick(&kinds);
        let pick = |rng: &mut Rng, rows: &[Pay]| rng.below(rows.len() as u64) as usize;
        Some(match kind {
            Duplicate => {
                let k = pick(rng, rows);
                (kind, k, rows[k].amount)
            }
            AmountMismatch => {
                let k = pick(rng, rows);
                let delta = rng.range(1, 200) * 100 + if rng.chance(0.3) { 50 } else { 0 };
                let paid = if rng.chance(0.5) && rows[k].amount > delta { rows[k].amount - delta } else { rows[k].amount + delta };
                let due = rows[k].amount;
                rows[k].amount = paid;
                (kind, k, paid - due)
            }
            Unpaid => {
                let k = pick(rng, rows);
                (kind, k, -rows[k].amount)
            }
            WrongRegion => {
                let k = pick(rng, rows);
                let enrolled: Vec<&str> = es.iter().filter(|e| e.program == rows[k].program).map(|e| e.region.as_str()).collect();
                let others: Vec<&String> = counties.iter().filter(|c| !enrolled.contains(&c.as_str())).collect();
                if others.is_empty() {
                    return None;
                }
                let other = (*rng.pick(&others)).clone();
                rows[k].region = other;
                (kind, k, rows[k].amount)
            }
            AfterDeath => {
                let (e, m) = (dying?, after?);
                rows.push(Pay { program: e.program, region: e.region.clone(), month: m, amount: e.amount });
                (kind, rows.len() - 1, e.amount)
            }
            NotEnrolled => {
                let e = early?;
                let m = month_index(e.start) - 1;
                let k = rows.iter().position(|r| r.month > m).unwrap_or(rows.len());
                rows.insert(k, Pay { program: e.program, region: e.region.clone(), month: m, amount: e.amount });
                (kind, k, e.amount)
            }
        })
    }

    /// Write one payment; its key (`ref:` and the reference).
    fn write(&mut self, id: &str, r: &Pay, channel: &str, account: &str) -> Result<String> {
        let month = month_text(r.month);
        let reference = format!("FF{}{:09}", month.replace('-', ""), self.lines + 1);
        let program = if self.zh { crate::domain::records::program_zh(r.program).unwrap_or(r.program) } else { r.program };
        let paid_on = format!("{month}-10");
        self.out.write_record([id, program, &r.region, &month, &format_fen(r.amount), &paid_on, channel, account, &reference])?;
        self.lines += 1;
        self.paid.insert((r.region.clone(), r.program, r.month));
        Ok(format!("ref:{reference}"))
    }

    /// Close the file; the missed payments where their district paid anyone that month go to
    /// the manifest (elsewhere the month is not in the ledger, and nothing is missed).
    pub fn finish(mut self, defects: &mut Defects) -> Result<u64> {
        self.out.flush()?;
        for Unpaid { key, region, program, month, amount } in std::mem::take(&mut self.unpaid) {
            if self.paid.contains(&(region, program, month)) {
                defects.push(Defect {
                    rule: "pay.unpaid",
                    table: "enrolments",
                    key,
                    field: "month",
                    line: 0,
                    natural: false,
                    copy: false,
                    amount_fen: Some(amount),
                })?;
            }
        }
        Ok(self.lines)
    }
}
