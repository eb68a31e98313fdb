use crate::cli::Ctx;
use crate::domain::values::format_fen;
use crate::error::Code;
use crate::ops::systems::policy::Policy;
use crate::ops::systems::scan::{self, ScanReport};
use crate::ui::{Report, Table};
use anyhow::Result;
use clap::Args;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct ScanArgs {
    /// Policy file (TOML) over the built-in defaults; see `mzctl systems policy show`
    #[arg(long, value_name = "FILE")]
    pub policy: Option<PathBuf>,
    /// Judge as of this day [default: today]
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<jiff::civil::Date>,
}

pub fn run(ctx: &mut Ctx, args: ScanArgs) -> Result<Code> {
    let policy = Policy::load(args.policy.as_deref())?;
    let as_of = match args.as_of {
        Some(d) => d,
        None => crate::clock::today()?,
    };
    let (report, counts) = scan::scan(ctx.store()?, &policy, as_of)?;
    ctx.changed(counts);
    for id in &report.worsened {
        crate::ui::warn(&format!("{id}: state worsened since the previous scan"));
    }
    ctx.out.emit(&report)?;
    Ok(Code::Ok)
}

impl Report for ScanReport {
    fn tables(&self) -> Vec<Table> {
        let mut t = Table::new(["system", "state", "score", "reasons", "missing signals", "reclaimable"])
            .title(format!("Scan {} as of {}", self.scan, self.as_of));
        for s in &self.systems {
            let state =
                if s.worsened { format!("{} (was {})", s.state, s.previous.as_deref().unwrap_or("-")) } else { s.state.to_string() };
            let reasons: Vec<String> = s.reasons.iter().map(|r| format!("{} +{}: {}", r.criterion, r.weight, r.detail)).collect();
            let missing: Vec<&str> = s.missing.iter().map(|m| m.split(':').next().unwrap_or(m)).collect();
            let r = &s.reclaimable;
            let reclaim = if r.systems == 0 {
                String::new()
            } else {
                format!("{} vCPU, {} GB, {} GB disk, ¥{}/yr", r.vcpu, r.memory_gb, r.storage_gb, format_fen(r.annual_cost))
            };
            t.row([s.system.clone(), state, s.score.to_string(), reasons.join("; "), missing.join(", "), reclaim]);
        }
        let mut sum = Table::fields().title("Summary");
        let r = &self.reclaimable;
        sum.field("active", self.counts.get("active").copied().unwrap_or(0))
            .field("idle", self.counts.get("idle").copied().unwrap_or(0))
            .field("zombie", self.counts.get("zombie").copied().unwrap_or(0))
            .field(
                "reclaimable",
                format!(
                    "{} systems: {} vCPU, {} GB memory, {} GB storage, {} IPs, ¥{} a year",
                    r.systems,
                    r.vcpu,
                    r.memory_gb,
                    r.storage_gb,
                    r.ips,
                    format_fen(r.annual_cost)
                ),
            )
            .field("worsened", if self.worsened.is_empty() { "-".to_string() } else { self.worsened.join(", ") });
        vec![t, sum]
    }
}
