use crate::cli::Ctx;
use crate::error::Code;
use crate::ops::check::{self, DiffReport};
use crate::ui::{Report, Table};
use anyhow::Result;
use clap::Args;

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The earlier run
    pub run_a: i64,
    /// The later run
    pub run_b: i64,
}

impl Report for DiffReport {
    fn tables(&self) -> Vec<Table> {
        let mut t = Table::new(["rule", "new", "resolved", "persisting"]).title(format!(
            "Run {} → {}: {} new, {} resolved, {} persisting",
            self.from, self.to, self.new, self.resolved, self.persisting
        ));
        for r in &self.rules {
            t.row([r.rule.clone(), r.new.to_string(), r.resolved.to_string(), r.persisting.to_string()]);
        }
        vec![t]
    }
}

pub fn run(ctx: &mut Ctx, args: DiffArgs) -> Result<Code> {
    let report = check::diff(ctx.store()?, args.run_a, args.run_b)?;
    ctx.out.emit(&report)?;
    Ok(Code::Ok)
}
