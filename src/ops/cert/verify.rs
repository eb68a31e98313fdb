//! `cert verify`: read a payload (text, a file holding it, stdin, or a PNG of the QR code),
//! then judge it against a trust list and revocation lists — from files (offline) or from
//! the database. Lists from files must be fresh: a verdict resting on a stale one is unknown
//! (exit 3), unless stale lists are accepted, and the verdict says so.
use super::trust_list;
use crate::db::Store;
use crate::domain::cert::fresh::{self, ListDates, ListKind, Stale};
use crate::domain::cert::render;
use crate::domain::cert::verify::{self as v, open_revocations, revocation_hash, Reason, Revocations, TrustList, TrustedKey};
use crate::error::Fail;
use anyhow::{Context, Result};
use jiff::civil::Date;
use jiff::{SignedDuration, Timestamp};
use serde::Serialize;
use std::io::Read;
use std::path::Path;

/// Where the payload comes from: `MZ1:…` itself, a file (text or PNG), or `-`.
pub fn read_payload(input: &str) -> Result<String> {
    if input.trim_start().starts_with(crate::domain::cert::payload::PREFIX) {
        return Ok(input.trim().to_string());
    }
    let bytes = if input == "-" {
        let mut b = Vec::new();
        std::io::stdin().read_to_end(&mut b).context("cannot read stdin")?;
        b
    } else {
        let p = Path::new(input);
        if !p.exists() {
            return Err(Fail::usage(format!("{input}: neither an MZ1: payload nor a file")).into());
        }
        std::fs::read(p).with_context(|| format!("cannot read {input}"))?
    };
    if render::is_png(&bytes) {
        let found = render::decode_png(&bytes).map_err(|e| Fail::error(format!("{input}: {e}")))?;
        return Ok(found.into_iter().next().unwrap_or_default());
    }
    let text = String::from_utf8_lossy(&bytes);
    Ok(text.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or("").to_string())
}

/// The lists a verification uses.
pub struct Lists {
    pub trust: TrustList,
    pub revocations: Vec<Revocations>,
    /// `database`, or the trust list file.
    pub source: String,
    /// Built from the database at the time of verification: current by construction, never
    /// stale.
    pub current: bool,
}

/// Lists from files (`--trust`, `--revocations`), or else from the database as of `now`.
pub fn lists(store: Option<&mut Store>, trust: Option<&Path>, revocations: &[std::path::PathBuf], now: Timestamp) -> Result<Lists> {
    match (trust, store) {
        (Some(path), _) => {
            let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
            let trust = TrustList::parse(&text).map_err(|e| Fail::error(format!("{}: {e}", path.display())))?;
            let mut revs = Vec::new();
            for r in revocations {
                let text = std::fs::read_to_string(r).with_context(|| format!("cannot read {}", r.display()))?;
                revs.push(open_revocations(&text, &trust).map_err(|e| Fail::error(format!("{}: {e}", r.display())))?);
            }
            Ok(Lists { trust, revocations: revs, source: path.display().to_string(), current: false })
        }
        (None, Some(store)) => {
            if !revocations.is_empty() {
                return Err(Fail::usage("--revocations needs --trust (the list's signature is checked against it)").into());
            }
            let trust = trust_list(store, now)?;
            let today = crate::clock::date_of(now);
            let mut revs = Vec::new();
            for i in store.cert_issuers()? {
                let hashes = store.revoked_certs(&i.uscc)?.iter().map(|id| revocation_hash(id)).collect();
                revs.push(Revocations { uscc: i.uscc, generated: today, issued_at: Some(now), next_update: today, hashes });
            }
            Ok(Lists { trust, revocations: revs, source: "database".into(), current: true })
        }
        (None, None) => Err(Fail::usage("no trust list").hint("pass --trust FILE").into()),
    }
}

/// How old a list from a file may be, and what becomes of a verdict resting on an older one.
#[derive(Debug, Clone, Copy)]
pub struct Freshness {
    /// Now, from the clock.
    pub now: Timestamp,
    /// The oldest a list may be, from its time of issue (`--max-age`).
    pub max_age: SignedDuration,
    /// Accept stale lists (`--allow-stale`): the verdict may then be valid, and says so.
    pub allow_stale: bool,
}

impl Freshness {
    /// The time lists are judged at: now, or the start of the day judged at when that is
    /// later (a list that will be stale on that day cannot vouch for it).
    pub fn judged_at(&self, at: Date) -> Timestamp {
        self.now.max(crate::clock::day_start(at))
    }
}

/// The verdict: valid, invalid (with the reason), or unknown (stale lists cannot tell).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    Valid,
    Invalid,
    Unknown,
}

#[derive(Debug, Clone, Serialize)]
pub struct Verification {
    pub result: Outcome,
    pub valid: bool,
    pub reason: Option<Reason>,
    pub detail: String,
    /// The date the validity was judged at (say so: a device clock can be wrong).
    pub checked_at: Date,
    /// The time the lists' freshness was judged at; none for lists from the database.
    pub lists_judged_at: Option<Timestamp>,
    pub trust: String,
    pub trust_generated: Date,
    pub trust_stale: bool,
    pub revocation_checked: bool,
    /// The stale lists among those the verdict rests on: the newest revocation list of the
    /// certificate's issuer, and the trust list.
    pub stale: Vec<Stale>,
    /// A stale list was accepted because of `--allow-stale`.
    pub stale_accepted: bool,
    pub identifier: Option<String>,
    #[serde(rename = "type")]
    pub cert_type: Option<String>,
    pub holder_name: Option<String>,
    pub holder_id: Option<String>,
    pub birth_date: Option<Date>,
    pub region_code: Option<String>,
    pub issued_on: Option<Date>,
    pub valid_from: Option<Date>,
    pub valid_until: Option<Date>,
    pub issuer: Option<String>,
    pub issuer_uscc: Option<String>,
    pub kid: Option<String>,
    pub alg: Option<String>,
    pub payload_bytes: usize,
}

/// The verdict on a payload at `at`. A certificate the lists find invalid (revoked included)
/// stays invalid whatever their age; one they find valid is unknown when a list it rests on
/// is stale, unless `allow_stale`.
pub fn verify(payload: &str, lists: &Lists, at: Date, fresh: &Freshness) -> Verification {
    let verdict = v::verify(payload, &lists.trust, &lists.revocations, at);
    let judged_at = (!lists.current).then(|| fresh.judged_at(at));
    let stale = judged_at.map_or_else(Vec::new, |when| stale_lists(lists, verdict.key.as_ref(), when, fresh.max_age));
    let (mut reason, mut detail, mut stale_accepted) = (verdict.reason, verdict.detail.clone(), false);
    if reason.is_none() && !stale.is_empty() {
        let told: Vec<String> = stale.iter().map(Stale::describe).collect();
        if fresh.allow_stale {
            stale_accepted = true;
            detail = format!("accepted because of --allow-stale: {}", told.join("; "));
        } else {
            reason = Some(match stale[0].list {
                ListKind::Trust => Reason::TrustListStale,
                ListKind::Revocations => Reason::RevocationListStale,
            });
            detail = told.join("; ");
        }
    }
    let c = verdict.claims.as_ref();
    Verification {
        result: match reason {
            None => Outcome::Valid,
            Some(r) if r.is_unknown() => Outcome::Unknown,
            Some(_) => Outcome::Invalid,
        },
        valid: reason.is_none(),
        reason,
        detail,
        checked_at: at,
        lists_judged_at: judged_at,
        trust: lists.source.clone(),
        trust_generated: lists.trust.generated,
        trust_stale: stale.iter().any(|s| s.list == ListKind::Trust),
        revocation_checked: verdict.revocation_checked,
        stale,
        stale_accepted,
        identifier: c.map(|c| c.identifier.clone()),
        cert_type: c.map(|c| c.cert_type.clone()),
        holder_name: c.map(|c| c.holder_name.clone()),
        holder_id: c.map(|c| c.holder_id_masked.clone()),
        birth_date: c.and_then(|c| c.birth_date),
        region_code: c.map(|c| c.region_code.clone()),
        issued_on: c.map(|c| c.issued_on),
        valid_from: c.map(|c| c.valid_from),
        valid_until: c.and_then(|c| c.valid_until),
        issuer: verdict.key.as_ref().map(|k| k.issuer.clone()),
        issuer_uscc: verdict.key.as_ref().map(|k| k.uscc.clone()),
        kid: verdict.kid.clone(),
        alg: verdict.alg.clone(),
        payload_bytes: verdict.cose_len,
    }
}

/// The stale lists at `when`: the newest revocation list of the key's issuer (a newer list
/// holds every revocation an older one does), then the trust list.
fn stale_lists(lists: &Lists, key: Option<&TrustedKey>, when: Timestamp, max_age: SignedDuration) -> Vec<Stale> {
    let t = &lists.trust;
    let trust = ListDates {
        list: ListKind::Trust,
        name: lists.source.clone(),
        generated: t.generated,
        issued_at: t.issued(),
        next_update: t.next_update,
    };
    let newest = key.and_then(|k| {
        lists.revocations.iter().filter(|r| r.uscc == k.uscc).max_by_key(|r| r.issued()).map(|r| ListDates {
            list: ListKind::Revocations,
            name: format!("{} {}", k.issuer, k.uscc),
            generated: r.generated,
            issued_at: r.issued(),
            next_update: r.next_update,
        })
    });
    newest.into_iter().chain([trust]).filter_map(|d| fresh::judge(d, when, max_age)).collect()
}
