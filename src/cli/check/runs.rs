use crate::cli::Ctx;
use crate::error::Code;
use crate::ops::check::runs::{self, RunSummary};
use crate::ui::{Report, Table};
use anyhow::Result;
use clap::Args;
use serde::Serialize;

#[derive(Debug, Args)]
pub struct RunsArgs {
    /// At most this many runs, newest first
    #[arg(long, default_value_t = 20)]
    pub limit: u64,
}

#[derive(Serialize)]
#[serde(transparent)]
struct Runs(Vec<RunSummary>);

impl Report for Runs {
    fn tables(&self) -> Vec<Table> {
        let mut t = Table::new(["run", "started", "as of", "scope", "rules", "findings", "errors", "warnings"]);
        let n = |v: Option<i64>| v.map_or("-".to_string(), |v| v.to_string());
        for r in &self.0 {
            t.row([
                r.id.to_string(),
                r.started_at.clone(),
                r.as_of.clone(),
                r.scope.clone(),
                r.rules.clone(),
                r.total.to_string(),
                n(r.errors),
                n(r.warnings),
            ]);
        }
        vec![t]
    }
}

pub fn run(ctx: &mut Ctx, args: RunsArgs) -> Result<Code> {
    let list = runs::list(ctx.store()?, args.limit)?;
    ctx.out.emit(&Runs(list))?;
    Ok(Code::Ok)
}
