//! Cross-record rules: the backend runs the set-based query, this turns rows into findings
//! (months and money after a death, ages from the ID number).
use super::candidates;
use super::catalogue::{self, Severity};
use super::record::finding;
use super::Params;
use crate::db::checks::{Cross, Finding, Scope};
use crate::db::Store;
use crate::domain::{benefits, eligibility, idnum, normalize, values::format_fen};
use anyhow::Result;
use jiff::civil::Date;

fn col(row: &[String], i: usize) -> &str {
    row.get(i).map_or("", String::as_str)
}

fn month_index(d: Date) -> i64 {
    i64::from(d.year()) * 12 + i64::from(d.month()) - 1
}

/// The rules whose candidates the enrolments pass notes.
pub const ENROLMENT_RULES: &[&str] = &["dup.enrolment", "excl.programs", "age.eligibility", "age.minor_head", "enrolment.person_missing"];

/// Candidates of the cross-record rules noted by the record passes (see [`super::candidates`]).
#[derive(Default)]
pub struct Among {
    /// ID numbers recorded more than once in people.
    pub dup_person: Option<Vec<String>>,
    pub enrolments: Option<candidates::Enrolments>,
}

impl Among {
    /// The ID numbers among which every finding of `rule` is, if the passes noted them.
    fn ids(&self, rule: &str) -> Option<&[String]> {
        let e = self.enrolments.as_ref();
        match rule {
            "dup.person" => self.dup_person.as_deref(),
            "dup.enrolment" => e.map(|e| e.dup_enrolment.as_slice()),
            "excl.programs" => e.map(|e| e.exclusive_ids.as_slice()),
            "age.eligibility" => e.map(|e| e.age_eligibility.as_slice()),
            "age.minor_head" => e.map(|e| e.minor_head.as_slice()),
            "enrolment.person_missing" => e.and_then(|e| e.person_missing.as_deref()),
            "death.still_enrolled" => e.and_then(|e| e.still_enrolled.as_deref()),
            _ => None,
        }
    }
}

/// Evaluate one cross-record rule; the backend's query looks only at the candidates in
/// `among` when the record passes noted them.
pub fn evaluate(store: &mut Store, rule: &str, scope: &Scope, params: &Params, among: &Among) -> Result<Vec<Finding>> {
    let sev = catalogue::get(rule).map_or(Severity::Error, |r| r.severity);
    let ids = among.ids(rule);
    if ids.is_some_and(<[String]>::is_empty) {
        return Ok(Vec::new());
    }
    let mut out = Vec::new();
    match rule {
        "dup.person" => {
            for r in store.cross(&Cross::DupPerson, scope, ids)? {
                let names = if col(&r, 1) == col(&r, 2) { col(&r, 1).to_string() } else { format!("{} / {}", col(&r, 1), col(&r, 2)) };
                let mut msg = format!("the same ID number is recorded as {names}");
                if col(&r, 3) != col(&r, 4) {
                    msg.push_str(&format!(", born {} / {}", col(&r, 3), col(&r, 4)));
                }
                msg.push_str(&format!(" (regions {} and {})", col(&r, 5), col(&r, 6)));
                out.push(finding(rule, sev, "people", col(&r, 0), "name", names, msg, col(&r, 5)));
            }
        }
        "dup.enrolment" => {
            for r in store.cross(&Cross::DupEnrolment(params.overlap_grace_days), scope, ids)? {
                let msg = format!("{} in {} and {} over overlapping periods", col(&r, 1), col(&r, 2), col(&r, 3));
                let key = format!("{}|{}", col(&r, 0), col(&r, 1));
                out.push(finding(rule, sev, "enrolments", &key, "region_code", format!("{}/{}", col(&r, 2), col(&r, 3)), msg, col(&r, 2)));
            }
        }
        "excl.programs" => {
            for [a, b] in &params.exclusive {
                for r in store.cross(&Cross::Exclusive(a.clone(), b.clone(), params.overlap_grace_days), scope, ids)? {
                    let msg = format!("{a} (from {}) and {b} (from {}) are mutually exclusive but overlap", col(&r, 2), col(&r, 3));
                    let key = format!("{}|{a}+{b}", col(&r, 0));
                    out.push(finding(rule, sev, "enrolments", &key, "program", format!("{a}+{b}"), msg, col(&r, 1)));
                }
            }
        }
        "death.still_enrolled" => {
            for r in store.cross(&Cross::StillEnrolled, scope, ids)? {
                let Ok(death) = col(&r, 3).parse::<Date>() else {
                    continue;
                };
                let end = col(&r, 4).parse::<Date>().ok();
                // Ended by the end of the month of death (as `death apply` ends it): nothing more is due.
                if !benefits::runs_past_death(death, end) {
                    continue;
                }
                let months = benefits::months_paid_after(death, end, scope.as_of);
                if months < i64::from(params.grace_months) {
                    continue;
                }
                let monthly: i64 = col(&r, 5).parse().unwrap_or(0);
                let overpaid = monthly * months;
                let msg = format!(
                    "{} still active after the month of the death on {death}: {months} month(s) paid since, {} yuan overpaid",
                    col(&r, 1),
                    format_fen(overpaid)
                );
                let key = format!("{}|{}", col(&r, 0), col(&r, 1));
                let mut f = finding(rule, sev, "enrolments", &key, "end_date", col(&r, 4).to_string(), msg, col(&r, 2));
                f.amount_fen = Some(overpaid);
                out.push(f);
            }
        }
        "age.eligibility" => age_eligibility(store, sev, scope, params, ids, &mut out)?,
        "age.minor_head" => minor_heads(store, sev, scope, params, ids, &mut out)?,
        "enrolment.person_missing" => {
            for r in store.cross(&Cross::PersonMissing, scope, ids)? {
                let key = format!("{}|{}", col(&r, 0), col(&r, 1));
                let msg = format!("{} enrolment for an ID number that is not in people", col(&r, 1));
                out.push(finding(rule, sev, "enrolments", &key, "id_number", col(&r, 0).to_string(), msg, col(&r, 2)));
            }
        }
        _ if super::ledger::RULES.contains(&rule) => out = super::ledger::reconcile(store, &[rule], scope, params)?,
        "eligible.not_enrolled" => eligible_not_enrolled(store, sev, scope, params, &mut out)?,
        "cert.holder_dead" => {
            // Certificates about a death (the cremation certificate) are held by the dead.
            let for_the_dead: Vec<String> =
                crate::ops::cert::all_types(store)?.into_iter().filter(|(t, _)| t.eligibility.deceased).map(|(t, _)| t.code).collect();
            for r in store.cross(&Cross::CertHolderDead, scope, None)? {
                if for_the_dead.iter().any(|t| t == col(&r, 1)) {
                    continue;
                }
                let msg = format!("{} still valid: its holder died on {}", col(&r, 1), col(&r, 4));
                out.push(finding(rule, sev, "certificates", col(&r, 0), "status", "01".into(), msg, col(&r, 3)));
            }
        }
        "cert.holder_invalid" => {
            for r in store.cross(&Cross::ValidCerts, scope, None)? {
                if let Some(reason) = crate::domain::cert::types::holder_id_refusal(col(&r, 2), scope.as_of) {
                    let msg = format!("{} issued to an ID number that is {reason}", col(&r, 1))
                        .replace("is not a valid ID number: ", "is not valid: ");
                    out.push(finding(rule, sev, "certificates", col(&r, 0), "holder_id", col(&r, 2).to_string(), msg, col(&r, 3)));
                }
            }
        }
        _ => {}
    }
    Ok(out)
}

/// People who meet a program's rule and are not enrolled in it (the search `payments
/// eligible` lists), each with the monthly amount of their tier as underpaid.
fn eligible_not_enrolled(store: &mut Store, sev: Severity, scope: &Scope, params: &Params, out: &mut Vec<Finding>) -> Result<()> {
    let rule = "eligible.not_enrolled";
    for (program, r) in params.program_rules() {
        if scope.program.as_ref().is_some_and(|p| *p != program) {
            continue;
        }
        for f in crate::ops::payments::eligible::find(store, &program, &r, scope.as_of, scope.region.as_deref())? {
            let since = f.eligible_since.map(|d| d.to_string()).unwrap_or_default();
            let msg = match (crate::ops::payments::eligible::age(&f, scope.as_of), f.monthly_amount_fen) {
                (Some(age), Some(fen)) => {
                    format!("{program}: aged {age}, eligible since {since}, not enrolled: {} yuan a month", format_fen(fen))
                }
                (Some(age), None) => format!("{program}: aged {age}, eligible since {since}, not enrolled"),
                (None, _) => format!("{program}: meets the rule, not enrolled"),
            };
            let key = format!("{}|{program}", f.id_number);
            let mut finding = finding(rule, sev, "people", &key, "birth_date", since, msg, &f.region_code);
            finding.amount_fen = f.monthly_amount_fen.map(|fen| -fen);
            out.push(finding);
        }
    }
    Ok(())
}

/// Enrolments paid before the program's rule admits the person: its minimum age, by the birth
/// date in the ID number (what the eligibility rule goes by when no recorded date is at hand).
fn age_eligibility(
    store: &mut Store,
    sev: Severity,
    scope: &Scope,
    params: &Params,
    ids: Option<&[String]>,
    out: &mut Vec<Finding>,
) -> Result<()> {
    let rule = "age.eligibility";
    for (program, min_age) in params.min_ages() {
        for r in store.cross(&Cross::Program(program.clone()), scope, ids)? {
            let Ok(start) = col(&r, 3).parse::<Date>() else {
                continue;
            };
            let Some(birth) = birth_of(col(&r, 0), scope.as_of) else {
                continue;
            };
            // Benefits are paid by the month: due from the month of the birthday that reaches
            // the minimum age.
            let Some(since) = eligibility::birthday(birth, min_age) else {
                continue;
            };
            if month_index(start) >= month_index(since) {
                continue;
            }
            let age = (month_index(start) - month_index(birth)).div_euclid(12);
            let msg = format!("{program} paid from {start} at age {age}; the program requires {min_age}+");
            let key = format!("{}|{program}", col(&r, 0));
            out.push(finding(rule, sev, "enrolments", &key, "start_date", start.to_string(), msg, col(&r, 2)));
        }
    }
    Ok(())
}

/// Household-head programs filed in the name of a minor.
fn minor_heads(
    store: &mut Store,
    sev: Severity,
    scope: &Scope,
    params: &Params,
    ids: Option<&[String]>,
    out: &mut Vec<Finding>,
) -> Result<()> {
    let rule = "age.minor_head";
    let min_age = i64::from(params.head_min_age);
    for program in &params.head_programs {
        for r in store.cross(&Cross::Program(program.clone()), scope, ids)? {
            let Ok(start) = col(&r, 3).parse::<Date>() else {
                continue;
            };
            let Some(birth) = birth_of(col(&r, 0), scope.as_of) else {
                continue;
            };
            let age = full_years(birth, start);
            if age >= min_age {
                continue;
            }
            let msg =
                format!("{program} filed in the name of a minor: age {age} at the start on {start}; a household head must be {min_age}+");
            let key = format!("{}|{program}", col(&r, 0));
            out.push(finding(rule, sev, "enrolments", &key, "start_date", start.to_string(), msg, col(&r, 2)));
        }
    }
    Ok(())
}

/// Age in whole years on `day` of someone born on `birth` (one year older on each birthday;
/// 29 February birthdays count from 1 March in other years).
fn full_years(birth: Date, day: Date) -> i64 {
    let years = i64::from(day.year()) - i64::from(birth.year());
    if (day.month(), day.day()) < (birth.month(), birth.day()) {
        years - 1
    } else {
        years
    }
}

/// Birth date from an ID number (normalized, 15-digit upgraded), if it is valid.
fn birth_of(raw: &str, as_of: Date) -> Option<Date> {
    let mut v = normalize::normalize_code(raw).value;
    if idnum::is_legacy15(&v) {
        v = idnum::upgrade15(&v).ok()?;
    }
    idnum::parse(&v, as_of).ok().map(|id| id.birth_date())
}
