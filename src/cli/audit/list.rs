use crate::cli::{parse_since, Ctx};
use crate::db::AuditEntry;
use crate::error::Code;
use crate::ops;
use crate::ui::{Report, Table};
use anyhow::Result;
use clap::Args;
use serde::Serialize;

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only entries at or after this time: YYYY-MM-DD, RFC 3339, or a span back from now (7d, 12h, 2w)
    #[arg(long, value_name = "WHEN", value_parser = |v: &str| parse_since(v).map_err(|e| format!("{e}")))]
    pub since: Option<jiff::Timestamp>,
    /// At most this many entries
    #[arg(long, default_value_t = 50)]
    pub limit: u32,
}

#[derive(Serialize)]
#[serde(transparent)]
struct Entries(Vec<AuditEntry>);

impl Report for Entries {
    fn tables(&self) -> Vec<Table> {
        let mut t = Table::new(["id", "at", "user", "command", "counts", "outcome"]);
        for e in &self.0 {
            let counts: Vec<String> = e.counts.iter().map(|(k, v)| format!("{k}={v}")).collect();
            t.row([e.id.to_string(), e.at.clone(), e.os_user.clone(), e.command.clone(), counts.join(" "), e.outcome.clone()]);
        }
        vec![t]
    }
}

pub fn run(ctx: &mut Ctx, args: ListArgs) -> Result<Code> {
    let entries = ops::audit::list(ctx.store()?, args.since, args.limit)?;
    ctx.out.emit(&Entries(entries))?;
    Ok(Code::Ok)
}
