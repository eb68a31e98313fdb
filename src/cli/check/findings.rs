use super::{mask_key, unmasked};
use crate::cli::Ctx;
use crate::db::checks::Finding;
use crate::error::Code;
use crate::ops::check;
use crate::ui::{Report, Table};
use anyhow::Result;
use clap::Args;
use serde::Serialize;

#[derive(Debug, Args)]
pub struct FindingsArgs {
    /// Run id [default: the latest run]
    pub run: Option<i64>,
    /// Only findings of rules matching this glob (repeatable)
    #[arg(long, value_name = "GLOB")]
    pub rule: Vec<String>,
    /// Only findings in this region and everything under it
    #[arg(long, value_name = "CODE")]
    pub region: Option<String>,
    /// At most this many findings
    #[arg(long)]
    pub limit: Option<u64>,
    /// Skip this many findings first
    #[arg(long, default_value_t = 0)]
    pub offset: u64,
    /// Show ID numbers in full in csv and json output (recorded in the audit log)
    #[arg(long)]
    pub unmask: bool,
}

#[derive(Serialize)]
#[serde(transparent)]
struct Findings(Vec<Finding>);

impl Report for Findings {
    fn tables(&self) -> Vec<Table> {
        let mut t = Table::new(["rule", "severity", "table", "key", "field", "value", "message"]);
        for f in &self.0 {
            t.row([&f.rule, &f.severity, &f.table, &f.key, &f.field, &f.value, &f.message]);
        }
        vec![t]
    }
}

pub fn run(ctx: &mut Ctx, args: FindingsArgs) -> Result<Code> {
    let (_, mut list) = check::runs::findings(ctx.store()?, args.run, &args.rule, args.region.as_deref(), args.limit, args.offset)?;
    if !unmasked(ctx, args.unmask, "findings", list.len()) {
        for f in &mut list {
            f.key = mask_key(&f.table, &f.key);
            f.value = super::mask_value(&f.field, &f.value);
        }
    }
    ctx.out.emit(&Findings(list))?;
    Ok(Code::Ok)
}
