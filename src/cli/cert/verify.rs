use crate::cli::{parse_span, Ctx};
use crate::domain::cert::fresh::{ListKind, Stale};
use crate::error::Code;
use crate::ops::cert::verify::{self, Freshness, Outcome, Verification};
use crate::ui::{Report, Table};
use anyhow::Result;
use clap::Args;
use jiff::civil::Date;
use jiff::SignedDuration;
use std::path::PathBuf;

#[derive(Debug, Args)]
#[command(after_long_help = "INPUT is the payload itself (MZ1:…), a file holding it, a PNG of the QR \
code, or - for stdin. With --trust FILE the check is offline: the trust list from `cert trust export` \
and the revocation lists from `cert revocations export` (their signatures are checked against the \
trust list); without it the database's keys and revocations are used.

Checks, in order: malformed, unknown-issuer (key not in the trust list, or not signing on the issue \
date), bad-signature, revoked, not-yet-valid, expired. Exit status 0 valid, 3 invalid (the reason is \
printed) or unknown, 1 when the input or the lists cannot be read. The date judged at is printed: a \
wrong device clock defeats expiry checks.

Lists from files must be fresh: a trust list or revocation list past its next-update date, or issued \
longer than --max-age ago, is stale, and a certificate the lists would find valid is UNKNOWN (trust \
list stale, revocation list stale; exit 3): a certificate revoked after the list was exported is not \
on it. Freshness is judged now, or on the --at date when that is later. --allow-stale accepts stale \
lists: the verdict may then be VALID, and it says which list was stale and that it was accepted. A \
certificate found invalid (revoked included) stays invalid, whatever the lists' age. Lists read from \
the database are current.")]
pub struct VerifyArgs {
    /// MZ1: payload, a file with it, a PNG of the QR code, or - for stdin
    pub input: String,
    /// Trust list file (offline verification)
    #[arg(long, value_name = "FILE")]
    pub trust: Option<PathBuf>,
    /// Revocation list file(s), one per issuer
    #[arg(long, value_name = "FILE", requires = "trust")]
    pub revocations: Vec<PathBuf>,
    /// Judge validity on this date [default: today]
    #[arg(long, value_name = "DATE")]
    pub at: Option<Date>,
    /// The oldest a trust or revocation list may be, from its time of issue (2w, 30d, 12h)
    #[arg(long, value_name = "SPAN", default_value = "30d", value_parser = max_age)]
    pub max_age: SignedDuration,
    /// Accept stale lists: VALID is then possible, and the output says the list was stale
    #[arg(long)]
    pub allow_stale: bool,
}

fn max_age(v: &str) -> Result<SignedDuration, String> {
    match parse_span(v) {
        Ok(d) if d.is_negative() => Err(format!("{v:?} is negative")),
        Ok(d) => Ok(d),
        Err(e) => Err(format!("{e}; use a number and a unit: 2w, 30d, 12h")),
    }
}

pub fn run(ctx: &mut Ctx, a: VerifyArgs) -> Result<Code> {
    let payload = verify::read_payload(&a.input)?;
    let now = crate::clock::now()?;
    let at = a.at.unwrap_or(crate::clock::date_of(now));
    let lists = match &a.trust {
        Some(_) => verify::lists(None, a.trust.as_deref(), &a.revocations, now)?,
        None => verify::lists(Some(ctx.store()?), None, &[], now)?,
    };
    let fresh = Freshness { now, max_age: a.max_age, allow_stale: a.allow_stale };
    let v = verify::verify(&payload, &lists, at, &fresh);
    // An unknown verdict says it in its detail; otherwise a stale list is worth a warning.
    if v.result != Outcome::Unknown {
        for s in &v.stale {
            let accepted = if v.stale_accepted { ": accepted because of --allow-stale" } else { "" };
            crate::ui::warn(&format!("{}{accepted}", s.describe()));
        }
    }
    if a.trust.is_some() && !v.revocation_checked && v.reason.is_none() {
        crate::ui::warn("no revocation list of this issuer was given: revocation not checked");
    }
    ctx.out.emit(&v)?;
    Ok(if v.valid { Code::Ok } else { Code::Problems })
}

impl Report for Verification {
    fn tables(&self) -> Vec<Table> {
        let mut t = Table::fields();
        let reason = self.reason.map_or("", |r| r.as_str());
        t.field(
            "result",
            match self.result {
                Outcome::Valid => "VALID".to_string(),
                Outcome::Invalid => format!("INVALID: {reason}"),
                Outcome::Unknown => {
                    let what: Vec<&str> = self.stale.iter().map(Stale::what).collect();
                    format!("UNKNOWN: {}", what.join(", "))
                }
            },
        );
        if !self.detail.is_empty() {
            t.field("detail", &self.detail);
        }
        let opt = |v: &Option<String>| v.clone().unwrap_or_default();
        let date = |d: &Option<Date>| d.map(|d| d.to_string()).unwrap_or_default();
        if self.identifier.is_some() {
            t.field("identifier", opt(&self.identifier))
                .field("type", opt(&self.cert_type))
                .field("holder", opt(&self.holder_name))
                .field("holder id", opt(&self.holder_id))
                .field("birth date", date(&self.birth_date))
                .field("region", opt(&self.region_code))
                .field("issued", date(&self.issued_on))
                .field(
                    "valid",
                    format!("{} to {}", date(&self.valid_from), self.valid_until.map_or("no expiry".to_string(), |d| d.to_string())),
                );
        }
        if self.issuer.is_some() {
            t.field("issuer", format!("{} {}", opt(&self.issuer), opt(&self.issuer_uscc)));
        }
        if self.kid.is_some() {
            t.field("key", format!("{} {}", opt(&self.kid), opt(&self.alg)));
        }
        t.field("checked on", self.checked_at)
            .field("trust list", format!("{} ({})", self.trust, self.trust_generated))
            .field("revocation", self.revocation_text());
        if let Some(when) = self.lists_judged_at {
            t.field("freshness", freshness(when, &self.stale, self.stale_accepted));
        }
        vec![t]
    }
}

impl Verification {
    /// `checked`, `not checked`, and whether the list checked against was stale.
    fn revocation_text(&self) -> &'static str {
        let stale = self.stale.iter().any(|s| s.list == ListKind::Revocations);
        match (self.revocation_checked, stale, self.stale_accepted) {
            (false, _, _) => "not checked",
            (true, false, _) => "checked",
            (true, true, true) => "checked against a STALE list, accepted because of --allow-stale",
            (true, true, false) => "checked against a STALE list",
        }
    }
}

/// Whether the lists were fresh when judged, and which were stale.
fn freshness(when: jiff::Timestamp, stale: &[Stale], accepted: bool) -> String {
    let when = crate::clock::format_utc(when);
    if stale.is_empty() {
        return format!("fresh on {when}");
    }
    let what: Vec<&str> = stale.iter().map(Stale::what).collect();
    let accepted = if accepted { ", accepted because of --allow-stale" } else { "" };
    format!("STALE on {when}: {}{accepted}", what.join(", "))
}
