use crate::cli::Ctx;
use crate::error::Code;
use crate::ops;
use anyhow::Result;
use clap::Args;

#[derive(Debug, Args)]
pub struct DistributeArgs {
    /// List what would be distributed without changing anything
    #[arg(short = 'n', long)]
    pub dry_run: bool,
}

pub fn run(ctx: &mut Ctx, args: DistributeArgs) -> Result<Code> {
    let report = ops::db::distribute(ctx.store_as_is()?, args.dry_run)?;
    if !args.dry_run {
        ctx.changed([("distributed".to_string(), report.applied as i64)].into());
    }
    ctx.out.emit(&report)?;
    Ok(Code::Ok)
}

/// Each table's place: what the layout says, and whether it is done or still to do.
pub(super) fn steps_table(d: &crate::db::postgres::citus::Distribution) -> crate::ui::Table {
    let mut t = crate::ui::Table::new(["table", "kind", "column", "state"]).title("Citus");
    for s in &d.steps {
        let state = match (s.pending, d.dry_run) {
            (false, _) if s.kind == "local" => "kept on the coordinator",
            (false, _) if s.kind == "alter" => "not needed",
            (false, _) => "done",
            (true, true) => "pending",
            (true, false) => "applied",
        };
        let what = if matches!(s.kind, "alter" | "index") { s.sql.clone() } else { s.column.clone().unwrap_or_default() };
        t.row([s.table.clone(), s.kind.to_string(), what, state.to_string()]);
    }
    t
}

impl crate::ui::Report for crate::db::postgres::citus::Distribution {
    fn tables(&self) -> Vec<crate::ui::Table> {
        vec![steps_table(self)]
    }
}
