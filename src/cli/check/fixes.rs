use super::{mask_key, unmasked};
use crate::cli::Ctx;
use crate::db::checks::AppliedFix;
use crate::domain::normalize::mask_id;
use crate::error::Code;
use crate::ui::{Report, Table};
use anyhow::Result;
use clap::Args;
use serde::Serialize;

#[derive(Debug, Args)]
pub struct FixesArgs {
    /// At most this many changes
    #[arg(long, default_value_t = 100)]
    pub limit: u64,
    /// Skip this many changes first
    #[arg(long, default_value_t = 0)]
    pub offset: u64,
    /// Show ID numbers in full in csv and json output (recorded in the audit log)
    #[arg(long)]
    pub unmask: bool,
}

#[derive(Serialize)]
#[serde(transparent)]
struct Fixes(Vec<AppliedFix>);

impl Report for Fixes {
    fn tables(&self) -> Vec<Table> {
        let mut t = Table::new(["id", "applied_at", "os_user", "rule", "table", "key", "column", "old", "new"]);
        for f in &self.0 {
            t.row([&f.id.to_string(), &f.applied_at, &f.os_user, &f.rule, &f.table, &f.key, &f.column, &f.old, &f.new]);
        }
        vec![t]
    }
}

pub fn run(ctx: &mut Ctx, args: FixesArgs) -> Result<Code> {
    let mut list = crate::ops::check::fix::log(ctx.store()?, args.limit, args.offset)?;
    if !unmasked(ctx, args.unmask, "fixes", list.len()) {
        for f in &mut list {
            f.key = mask_key(&f.table, &f.key);
            if f.column == "id_number" {
                f.old = mask_id(&f.old);
                f.new = mask_id(&f.new);
            }
        }
    }
    ctx.out.emit(&Fixes(list))?;
    Ok(Code::Ok)
}
