use crate::cli::Ctx;
use crate::domain::values::format_fen;
use crate::error::Code;
use crate::ops::systems::report::{self, By, Group, SystemsReport};
use crate::ui::{Report, Table};
use anyhow::Result;
use clap::{Args, ValueEnum};

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Group by
    #[arg(long, value_enum, default_value_t = ByArg::State)]
    pub by: ByArg,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ByArg {
    Department,
    Vendor,
    State,
}

pub fn run(ctx: &mut Ctx, args: ReportArgs) -> Result<Code> {
    let by = match args.by {
        ByArg::Department => By::Department,
        ByArg::Vendor => By::Vendor,
        ByArg::State => By::State,
    };
    let report = report::report(ctx.store()?, by)?;
    if report.scan.is_none() {
        ctx.out.status("note: no scan yet: states are unscanned (run mzctl systems scan)");
    }
    ctx.out.emit(&report)?;
    Ok(Code::Ok)
}

fn row(g: &Group) -> Vec<String> {
    let (a, b) = (&g.reclaimable, &g.reclaimed);
    [g.group.clone()]
        .into_iter()
        .chain([g.systems, g.active, g.idle, g.zombie, g.unscanned, a.vcpu, a.memory_gb, a.storage_gb].map(|n| n.to_string()))
        .chain([format_fen(a.annual_cost)])
        .chain([b.vcpu, b.memory_gb, b.storage_gb].map(|n| n.to_string()))
        .chain([format_fen(b.annual_cost)])
        .collect()
}

impl Report for SystemsReport {
    fn tables(&self) -> Vec<Table> {
        let mut t = Table::new([
            self.by,
            "systems",
            "active",
            "idle",
            "zombie",
            "unscanned",
            "reclaimable_vcpu",
            "reclaimable_memory_gb",
            "reclaimable_storage_gb",
            "reclaimable_annual_cost",
            "reclaimed_vcpu",
            "reclaimed_memory_gb",
            "reclaimed_storage_gb",
            "reclaimed_annual_cost",
        ]);
        for g in &self.groups {
            t.row(row(g));
        }
        t.total_row(row(&self.total));
        vec![t]
    }
}
