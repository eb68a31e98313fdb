use crate::cli::Ctx;
use crate::error::Code;
use crate::ops::cert::verify::{self, Verification};
use crate::ui::{Report, Table};
use anyhow::Result;
use clap::Args;
use jiff::civil::Date;
use std::path::PathBuf;

#[derive(Debug, Args)]
#[command(after_long_help = "INPUT is the payload itself (MZ1:…), a file holding it, a PNG of the QR \
code, or - for stdin. With --trust FILE the check is offline: the trust list from `cert trust export` \
and the revocation lists from `cert revocations export` (their signatures are checked against the \
trust list); without it the database's keys and revocations are used.

Checks, in order: malformed, unknown-issuer (key not in the trust list, or not signing on the issue \
date), bad-signature, revoked, not-yet-valid, expired. Exit status 0 valid, 3 invalid (the reason is \
printed), 1 when the input or the lists cannot be read. The date judged at is printed: a wrong device \
clock defeats expiry checks.")]
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
}

pub fn run(ctx: &mut Ctx, a: VerifyArgs) -> Result<Code> {
    let payload = verify::read_payload(&a.input)?;
    let today = crate::clock::today()?;
    let at = a.at.unwrap_or(today);
    let lists = match &a.trust {
        Some(_) => verify::lists(None, a.trust.as_deref(), &a.revocations, today)?,
        None => verify::lists(Some(ctx.store()?), None, &[], today)?,
    };
    let v = verify::verify(&payload, &lists, at);
    if v.trust_stale {
        crate::ui::warn(&format!("the trust list {} is past its next-update date (generated {})", v.trust, v.trust_generated));
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
        t.field("result", if self.valid { "VALID".to_string() } else { format!("INVALID: {}", self.reason.map_or("", |r| r.as_str())) });
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
            .field("revocation", if self.revocation_checked { "checked" } else { "not checked" });
        vec![t]
    }
}
