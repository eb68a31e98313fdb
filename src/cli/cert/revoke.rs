use crate::cli::Ctx;
use crate::error::Code;
use crate::ui::{prompt, Report, Table};
use anyhow::Result;
use clap::Args;
use serde::Serialize;

#[derive(Debug, Args)]
#[command(after_long_help = "Sets status 03 (revoked) with the reason and the time; the change is in \
the audit log. Verifiers with the database see it at once; offline verifiers after the next \
`mzctl cert revocations export`.")]
pub struct RevokeArgs {
    /// The certificate's identifier (1.2.156.3005.2.…)
    pub identifier: String,
    /// Why (kept with the certificate)
    #[arg(long)]
    pub reason: String,
    /// Check and show; change nothing
    #[arg(short = 'n', long)]
    pub dry_run: bool,
}

#[derive(Serialize)]
struct Revoked {
    identifier: String,
    holder_name: String,
    previous_status: String,
    status: String,
    reason: String,
    dry_run: bool,
}

pub fn run(ctx: &mut Ctx, a: RevokeArgs) -> Result<Code> {
    let c = crate::ops::cert::revocable(ctx.store()?, &a.identifier, &a.reason)?;
    let out = Revoked {
        identifier: c.identifier.clone(),
        holder_name: c.holder_name.clone(),
        previous_status: format!("{} {}", c.status, crate::ops::cert::status_name(&c.status)),
        status: "03 revoked".into(),
        reason: a.reason.trim().to_string(),
        dry_run: a.dry_run,
    };
    if !a.dry_run {
        prompt::confirm(&format!("revoke {} of {}", c.identifier, c.holder_name), ctx.yes, true)?;
        crate::ops::cert::revoke(ctx.store()?, &c, &a.reason)?;
        ctx.changed([("revoked".to_string(), 1)].into());
    }
    ctx.out.emit(&out)?;
    Ok(Code::Ok)
}

impl Report for Revoked {
    fn tables(&self) -> Vec<Table> {
        let mut t = if self.dry_run { Table::fields().title("dry run: nothing changed") } else { Table::fields() };
        t.field("identifier", &self.identifier)
            .field("holder", &self.holder_name)
            .field("was", &self.previous_status)
            .field("now", &self.status)
            .field("reason", &self.reason);
        vec![t]
    }
}
