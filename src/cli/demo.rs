//! `mzctl demo`: the end-to-end first run.
use crate::cli::Ctx;
use crate::error::Code;
use crate::ops;
use anyhow::Result;
use clap::Args;

#[derive(Debug, Args)]
pub struct DemoArgs {
    /// Directory for the synthetic city's files [default: $XDG_DATA_HOME/mzctl/demo]
    #[arg(long, value_name = "DIR")]
    pub dir: Option<std::path::PathBuf>,
    /// Number of people in the city
    #[arg(long, default_value_t = 5_000, value_name = "N")]
    pub people: u64,
}

pub fn run(ctx: &mut Ctx, args: DemoArgs) -> Result<Code> {
    let out = ctx.out.clone();
    let opts = ops::demo::DemoOptions {
        dir: match args.dir {
            Some(d) => d,
            None => crate::config::data_dir()?.join("demo"),
        },
        people: args.people,
        as_of: crate::clock::today()?,
    };
    let report = ops::demo::run(ctx.store()?, &opts, &mut |step| out.heading(&format!("== {step}")))?;
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
