use crate::cli::Ctx;
use crate::error::Code;
use crate::ops;
use anyhow::Result;
use clap::Args;

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Spread the tables over the Citus cluster (done anyway when the database has the citus
    /// extension; with this flag a database without it is an error)
    #[arg(long)]
    pub distributed: bool,
}

pub fn run(ctx: &mut Ctx, args: InitArgs) -> Result<Code> {
    let report = ops::db::init(ctx.store_as_is()?, args.distributed)?;
    let mut counts: crate::db::Counts = [("migrations".to_string(), report.migrated.applied.len() as i64)].into();
    if let Some(d) = &report.distribution {
        counts.insert("distributed".to_string(), d.applied as i64);
    }
    ctx.changed(counts);
    ctx.out.emit(&report)?;
    Ok(Code::Ok)
}

impl crate::ui::Report for ops::db::Initialised {
    fn tables(&self) -> Vec<crate::ui::Table> {
        let mut t = self.migrated.tables();
        if let Some(d) = &self.distribution {
            t.push(super::distribute::steps_table(d));
        }
        t
    }
}
