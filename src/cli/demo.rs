//! `mzctl demo`: the end-to-end first run.
use crate::cli::Ctx;
use crate::error::Code;
use crate::ops;
use anyhow::Result;
use clap::Args;

#[derive(Debug, Args)]
pub struct DemoArgs {}

pub fn run(ctx: &mut Ctx, _args: DemoArgs) -> Result<Code> {
    let out = ctx.out.clone();
    let report = ops::demo::run(ctx.store()?, &mut |step| out.heading(&format!("== {step}")))?;
    ctx.changed(report.counts.clone());
    ctx.out.emit(&report)?;
    Ok(Code::Ok)
}

impl crate::ui::Report for ops::demo::DemoReport {
    fn tables(&self) -> Vec<crate::ui::Table> {
        let mut t = crate::ui::Table::new(["step", "result"]);
        for s in &self.steps {
            t.row([s.step.clone(), s.result.clone()]);
        }
        vec![t]
    }
}
