use crate::cli::Ctx;
use crate::error::Code;
use crate::ops::check::runs::{self, DiffReport};
use crate::ui::{Report, Table};
use anyhow::Result;
use clap::Args;

#[derive(Debug, Args)]
#[command(after_long_help = "Only what both runs covered is compared: the rules both ran, in the region \
and program both included; what one run covered alone is named, never counted as new or resolved. \
Without runs: the latest run and the last one before it with the same rules and scope.")]
pub struct DiffArgs {
    /// The earlier run [default: the last run before RUN_B with the same rules and scope]
    pub run_a: Option<i64>,
    /// The later run [default: the latest]
    pub run_b: Option<i64>,
}

impl Report for DiffReport {
    fn tables(&self) -> Vec<Table> {
        let c = &self.compared;
        let mut title =
            format!("Run {} → {}: {} new, {} resolved, {} persisting", self.from, self.to, self.new, self.resolved, self.persisting);
        if c.region.is_some() || c.program.is_some() {
            title.push_str(&format!(" ({})", crate::ops::check::runs::Coverage::scope(c)));
        }
        let mut t = Table::new(["rule", "new", "resolved", "persisting"]).title(title);
        for r in &self.rules {
            t.row([r.rule.clone(), r.new.to_string(), r.resolved.to_string(), r.persisting.to_string()]);
        }
        let mut out = vec![t];
        if !self.not_compared.is_empty() {
            let mut n = Table::new(["not compared"]);
            for note in &self.not_compared {
                n.row([note.clone()]);
            }
            out.push(n);
        }
        out
    }
}

pub fn run(ctx: &mut Ctx, args: DiffArgs) -> Result<Code> {
    let report = runs::diff(ctx.store()?, args.run_a, args.run_b)?;
    ctx.out.emit(&report)?;
    Ok(Code::Ok)
}
