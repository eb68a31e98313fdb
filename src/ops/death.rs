//! "After a death" in one step (公民身后一件事): `death apply` ends the enrolments that run past
//! a recorded death, records what was paid after it as an overpayment to recover, revokes the
//! holder's valid certificates, and marks the death applied; `death recoveries` lists what is
//! to be recovered, per person and per district.
use crate::db::people::{Applied, DeathToApply, EndEnrolment, Recovery};
use crate::db::Store;
use crate::domain::benefits::{self, EndAt};
use crate::domain::region::district::District;
use crate::domain::region::RegionDb;
use crate::ops::check::fix::{revocation, HOLDER_DECEASED};
use anyhow::Result;
use jiff::civil::Date;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// How to apply.
#[derive(Debug, Clone, Copy)]
pub struct ApplyOptions {
    /// Deaths on or before this day are applied, and payments are counted up to its month.
    pub as_of: Date,
    pub end_at: EndAt,
}

/// What applying the pending deaths would change.
#[derive(Debug, Clone, Serialize)]
pub struct Plan {
    pub as_of: Date,
    pub end_at: EndAt,
    pub deaths: Vec<DeathToApply>,
}

impl Plan {
    pub fn enrolments(&self) -> usize {
        self.deaths.iter().map(|d| d.enrolments.len()).sum()
    }
    pub fn revocations(&self) -> usize {
        self.deaths.iter().map(|d| d.revocations.len()).sum()
    }
    pub fn recovered_fen(&self) -> i64 {
        self.deaths.iter().flat_map(|d| &d.enrolments).map(|e| e.amount_fen).sum()
    }
}

/// The pending deaths (recorded on or before the as-of day, not applied yet) and what each
/// leads to, as the `death.still_enrolled` and `cert.holder_dead` rules would report them.
pub fn plan(store: &mut Store, opts: ApplyOptions) -> Result<Plan> {
    let pending = store.pending_deaths(opts.as_of)?;
    let mut ended: HashMap<String, Vec<EndEnrolment>> = HashMap::new();
    let deaths: HashMap<&str, Date> = pending.iter().map(|d| (d.id_number.as_str(), d.death_date)).collect();
    for e in store.late_enrolments(opts.as_of)? {
        let Some(&death) = deaths.get(e.id_number.as_str()) else { continue };
        if !benefits::runs_past_death(death, e.end_date) {
            continue;
        }
        let months = benefits::months_paid_after(death, e.end_date, opts.as_of);
        // An enrolment started after the death cannot end before its start: it ends on it.
        let new_end = opts.end_at.end(death).max(e.start_date);
        let amount_fen = months * e.monthly_amount_fen;
        ended.entry(e.id_number.clone()).or_default().push(EndEnrolment { enrolment: e, new_end, months, amount_fen });
    }
    // Certificates about a death (the cremation certificate) are held by the dead: kept.
    let for_the_dead: Vec<String> =
        crate::ops::cert::all_types(store)?.into_iter().filter(|(t, _)| t.eligibility.deceased).map(|(t, _)| t.code).collect();
    let mut revoked: HashMap<String, Vec<crate::db::checks::Fix>> = HashMap::new();
    for c in store.dead_holder_certs(opts.as_of)? {
        if !for_the_dead.contains(&c.type_code) {
            revoked.entry(c.holder_id).or_default().push(revocation("cert.holder_dead", &c.identifier, HOLDER_DECEASED));
        }
    }
    let deaths = pending
        .into_iter()
        .map(|d| DeathToApply {
            enrolments: ended.remove(&d.id_number).unwrap_or_default(),
            revocations: revoked.remove(&d.id_number).unwrap_or_default(),
            id_number: d.id_number,
            death_date: d.death_date,
        })
        .collect();
    Ok(Plan { as_of: opts.as_of, end_at: opts.end_at, deaths })
}

/// Apply a plan in one transaction, with the trail of every value changed.
pub fn apply(store: &mut Store, plan: &Plan) -> Result<Applied> {
    if plan.deaths.is_empty() {
        return Ok(Applied::default());
    }
    store.apply_deaths(&plan.deaths, plan.end_at.as_str(), plan.as_of, crate::clock::now()?, &crate::config::os_user())
}

/// An overpayment to recover, with the district (区县) whose finance office recovers it.
#[derive(Debug, Clone, Serialize)]
pub struct RecoveryLine {
    #[serde(flatten)]
    pub recovery: Recovery,
    pub district: String,
    #[serde(skip)]
    pub group: District,
}

/// Totals of one district.
#[derive(Debug, Clone, Serialize)]
pub struct DistrictTotal {
    pub district: String,
    pub people: usize,
    pub enrolments: usize,
    pub amount_fen: i64,
}

/// The overpayments to recover, per person and per district.
#[derive(Debug, Clone, Serialize)]
pub struct Recoveries {
    pub lines: Vec<RecoveryLine>,
    pub districts: Vec<DistrictTotal>,
    pub total_fen: i64,
}

/// The overpayments of the live applications (in the region `region`, a code prefix, with
/// retired codes rolled up to their district today), every line in exactly one district.
pub fn recoveries(store: &mut Store, region: Option<&str>) -> Result<Recoveries> {
    let db = RegionDb::builtin();
    let mut memo: HashMap<String, District> = HashMap::new();
    let mut lines = Vec::new();
    for r in store.recoveries(None)? {
        let group = memo.entry(r.region_code.clone()).or_insert_with(|| db.district_of(&r.region_code)).clone();
        let inside = match (region, &group) {
            (None, _) => true,
            (Some(p), District::County { code, .. }) => code.starts_with(p) || r.region_code.starts_with(p),
            (Some(p), _) => r.region_code.starts_with(p),
        };
        if inside {
            lines.push(RecoveryLine { district: group.label(), group, recovery: r });
        }
    }
    let mut per: BTreeMap<District, (std::collections::BTreeSet<String>, usize, i64)> = BTreeMap::new();
    for l in &lines {
        let e = per.entry(l.group.clone()).or_default();
        e.0.insert(l.recovery.id_number.clone());
        e.1 += 1;
        e.2 += l.recovery.amount_fen;
    }
    let districts: Vec<DistrictTotal> = per
        .into_iter()
        .map(|(d, (people, enrolments, amount_fen))| DistrictTotal { district: d.label(), people: people.len(), enrolments, amount_fen })
        .collect();
    let total_fen = districts.iter().map(|d| d.amount_fen).sum();
    Ok(Recoveries { lines, districts, total_fen })
}

/// The lines grouped by district, for one work list each.
pub fn by_district(lines: Vec<RecoveryLine>) -> BTreeMap<District, Vec<RecoveryLine>> {
    let mut out: BTreeMap<District, Vec<RecoveryLine>> = BTreeMap::new();
    for l in lines {
        out.entry(l.group.clone()).or_default().push(l);
    }
    out
}
