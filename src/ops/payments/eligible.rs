//! `payments eligible` and the rule `eligible.not_enrolled`: the people a program's rule finds
//! who are not enrolled in it (政策找人, 免申即享). One search serves both, so the list a
//! district receives is exactly what the check reports.
use crate::db::payments::CandidateQuery;
use crate::db::Store;
use crate::domain::eligibility::{self, Facts, Rule};
use crate::domain::region::district::District;
use crate::domain::region::RegionDb;
use crate::error::Fail;
use crate::ops::check::{program_code, region_prefix, Params};
use anyhow::Result;
use jiff::civil::Date;
use serde::Serialize;
use std::collections::BTreeMap;

/// A person the rule finds, not enrolled in the program on the day.
#[derive(Debug, Clone, Serialize)]
pub struct Found {
    pub id_number: String,
    pub name: String,
    pub program: String,
    pub region_code: String,
    /// The district (区县) whose bureau enrols and pays them.
    pub district: String,
    pub birth_date: Option<Date>,
    /// The day they met the rule's age (the 80th birthday), when it has one.
    pub eligible_since: Option<Date>,
    /// The monthly amount due by the rule's tiers, if it has any.
    pub monthly_amount_fen: Option<i64>,
    #[serde(skip)]
    pub group: District,
}

/// Everyone `rule` finds for `program` on `on` who is not enrolled in it, within `scope` (a
/// validated region prefix), by region code then ID number.
pub fn find(store: &mut Store, program: &str, rule: &Rule, on: Date, scope: Option<&str>) -> Result<Vec<Found>> {
    let q = CandidateQuery {
        program,
        on,
        born_by: rule.born_by(on),
        regions: rule.regions.iter().map(|r| crate::domain::region::prefix(r).to_string()).collect(),
        scope,
        programs: rule.programs().cloned().collect(),
    };
    let db = RegionDb::builtin();
    let mut districts: std::collections::HashMap<String, District> = Default::default();
    let mut out = Vec::new();
    for c in store.eligible_candidates(&q)? {
        let facts = Facts {
            id_number: &c.id_number,
            birth_date: c.birth_date,
            region_code: &c.region_code,
            death_date: None,
            programs: &c.programs,
        };
        let Ok(e) = rule.check(&facts, on) else {
            continue;
        };
        let group = districts.entry(c.region_code.clone()).or_insert_with(|| db.district_of(&c.region_code)).clone();
        out.push(Found {
            program: program.to_string(),
            district: group.label(),
            birth_date: e.birth,
            eligible_since: e.since,
            monthly_amount_fen: e.monthly_fen,
            group,
            id_number: c.id_number,
            name: c.name,
            region_code: c.region_code,
        });
    }
    Ok(out)
}

#[derive(Debug, Clone)]
pub struct EligibleOptions {
    pub program: String,
    /// `YYYY-MM`: judged on the month's last day (a benefit is due from the month the rule is met).
    pub month: String,
    pub region: Option<String>,
    pub params: Params,
}

/// The 政策找人 list of a month.
#[derive(Debug, Clone, Serialize)]
pub struct EligibleList {
    pub program: String,
    pub month: String,
    pub as_of: Date,
    pub people: Vec<Found>,
    pub total_fen: i64,
}

/// The day a month's list is judged on: its last.
pub fn month_end(month: &str) -> Result<Date> {
    let first: Date = format!("{month}-01").parse().map_err(|_| Fail::usage(format!("invalid month {month:?}")))?;
    Ok(first.last_of_month())
}

pub fn eligible(store: &mut Store, opts: &EligibleOptions) -> Result<EligibleList> {
    let month = super::expected::month(&opts.month)?;
    let program = crate::domain::records::program_code(&opts.program).map_or_else(|| program_code(&opts.program), |c| Ok(c.to_string()))?;
    let rules = opts.params.program_rules();
    let Some(rule) = rules.get(&program) else {
        let known: Vec<&str> = rules.keys().map(String::as_str).collect();
        return Err(Fail::usage(format!("no rule for program {program}"))
            .hint(format!("programs with a rule: {} (add one under [programs.{program}] in --rules FILE)", known.join(", ")))
            .into());
    };
    let region = opts.region.as_deref().map(region_prefix).transpose()?;
    let as_of = month_end(&month)?;
    let people = find(store, &program, rule, as_of, region.as_deref())?;
    let total_fen = people.iter().filter_map(|f| f.monthly_amount_fen).sum();
    Ok(EligibleList { program, month, as_of, people, total_fen })
}

/// The people by district, in district order.
pub fn by_district(people: Vec<Found>) -> BTreeMap<District, Vec<Found>> {
    let mut out: BTreeMap<District, Vec<Found>> = BTreeMap::new();
    for f in people {
        out.entry(f.group.clone()).or_default().push(f);
    }
    out
}

/// The age on `on` of someone found (for messages).
pub fn age(f: &Found, on: Date) -> Option<i32> {
    f.birth_date.map(|b| eligibility::age_on(b, on))
}
