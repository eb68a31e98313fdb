use crate::cli::Ctx;
use crate::error::Code;
use crate::ops::systems::probe::{self, ProbeOptions, ProbeReport};
use crate::ui::{Report, Table};
use anyhow::Result;
use clap::Args;

#[derive(Debug, Args)]
pub struct ProbeArgs {
    /// Systems to probe
    #[arg(value_name = "ID", required_unless_present = "all", conflicts_with = "all")]
    pub ids: Vec<String>,
    /// Probe every system not yet taken offline
    #[arg(long)]
    pub all: bool,
    /// Seconds to wait for each connection and answer
    #[arg(long, default_value_t = 5.0, value_name = "SECONDS")]
    pub timeout: f64,
    /// Systems probed at once
    #[arg(long, default_value_t = 8, value_name = "N")]
    pub concurrency: usize,
    /// Probe and show; store nothing
    #[arg(short = 'n', long)]
    pub dry_run: bool,
}

pub fn run(ctx: &mut Ctx, args: ProbeArgs) -> Result<Code> {
    if !(args.timeout > 0.0 && args.timeout <= 600.0) {
        return Err(crate::error::Fail::usage("--timeout is between 0 and 600 seconds").into());
    }
    let opts = ProbeOptions {
        ids: args.ids,
        all: args.all,
        timeout: std::time::Duration::from_secs_f64(args.timeout),
        concurrency: args.concurrency,
        dry_run: args.dry_run,
    };
    let (report, counts) = probe::probe(ctx.store()?, &opts)?;
    if !opts.dry_run {
        ctx.changed(counts);
    }
    for id in &report.unprobed {
        crate::ui::warn(&format!("{id}: no URL or host to probe"));
    }
    ctx.out.emit(&report)?;
    Ok(if report.down > 0 { Code::Problems } else { Code::Ok })
}

impl Report for ProbeReport {
    fn tables(&self) -> Vec<Table> {
        let mut t = Table::new(["system", "up", "target", "check", "status", "latency_ms", "cert_expires", "error"]);
        for s in &self.systems {
            for x in &s.targets {
                t.row([
                    s.system.clone(),
                    if s.ok { "yes" } else { "no" }.to_string(),
                    x.target.clone(),
                    x.check.to_string(),
                    x.status.map(|c| c.to_string()).unwrap_or_default(),
                    x.latency_ms.map(|c| c.to_string()).unwrap_or_default(),
                    x.cert_expires.map(crate::clock::format_utc).unwrap_or_default(),
                    x.error.clone().unwrap_or_default(),
                ]);
            }
        }
        vec![t]
    }
}
