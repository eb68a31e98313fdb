use super::parse_date;
use crate::cli::Ctx;
use crate::db::checks::Fix;
use crate::domain::normalize::mask_id;
use crate::error::Code;
use crate::ops::check::fix;
use crate::ui::{prompt, Report, Table};
use anyhow::Result;
use clap::Args;
use serde::Serialize;

#[derive(Debug, Args)]
pub struct FixArgs {
    /// Only fixes for rules matching this glob (repeatable) [default: every rule with an auto fix]
    #[arg(long, value_name = "GLOB")]
    pub rule: Vec<String>,
    /// List what would change, changing nothing
    #[arg(short = 'n', long)]
    pub dry_run: bool,
    /// The date ID birth dates are checked against [default: today]
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<jiff::civil::Date>,
}

#[derive(Serialize)]
struct Fixed {
    dry_run: bool,
    planned: usize,
    applied: u64,
    fixes: Vec<Fix>,
}

impl Report for Fixed {
    fn tables(&self) -> Vec<Table> {
        let verb = if self.dry_run { "would fix" } else { "fixed" };
        let n = if self.dry_run { self.planned as u64 } else { self.applied };
        let mut t = Table::new(["rule", "table", "column", "old", "new"]).title(format!("{verb} {n} value(s)"));
        for f in &self.fixes {
            t.row([f.rule.as_str(), f.table, f.column, &f.old, &f.new]);
        }
        vec![t]
    }
}

pub fn run(ctx: &mut Ctx, args: FixArgs) -> Result<Code> {
    let as_of = match args.as_of {
        Some(d) => d,
        None => crate::clock::today()?,
    };
    let fixes = fix::plan(ctx.store()?, &args.rule, as_of)?;
    let mut applied = 0;
    if !args.dry_run && !fixes.is_empty() {
        prompt::confirm(&format!("apply {} fix(es)", fixes.len()), ctx.yes, true)?;
        applied = fix::apply(ctx.store()?, &fixes)?;
        let mut counts = crate::db::Counts::new();
        for f in &fixes {
            *counts.entry(format!("{}.{}", f.table, f.rule)).or_default() += 1;
        }
        counts.insert("applied".into(), applied as i64);
        ctx.changed(counts);
    }
    let mut shown = fixes.clone();
    if !ctx.out.is_json() {
        for f in &mut shown {
            if f.column == "id_number" {
                f.old = mask_id(&f.old);
                f.new = mask_id(&f.new);
            }
        }
    }
    let planned = fixes.len();
    ctx.out.emit(&Fixed { dry_run: args.dry_run, planned, applied, fixes: shown })?;
    Ok(Code::Ok)
}
