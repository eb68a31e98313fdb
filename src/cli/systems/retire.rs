use crate::cli::Ctx;
use crate::error::Code;
use crate::ops::systems::retire::{self, RetireOptions, Retired};
use crate::ui::{prompt, Report, Table};
use anyhow::Result;
use clap::{Args, ValueEnum};

#[derive(Debug, Args)]
#[command(after_long_help = "Steps, in order (none can be skipped):
  suspected   suspected a zombie (摸底)
  confirmed   confirmed; --by names who approved (认定)
  offline     taken offline (下线)
  data        data handled: --data archived|migrated|destroyed --where WHERE (数据处置)
  released    resources released (资源回收)
  retired     retired (退役)")]
pub struct RetireArgs {
    /// The system id
    pub id: String,
    /// The step to record; it must be the next one [default: the next one]
    #[arg(long, value_enum)]
    pub step: Option<StepArg>,
    /// Who did it (for confirmed: who approved) [default: the OS user]
    #[arg(long, value_name = "PERSON")]
    pub by: Option<String>,
    /// The day it was done [default: today]
    #[arg(long, value_name = "DATE")]
    pub on: Option<jiff::civil::Date>,
    /// A note (decision document, ticket, …)
    #[arg(long, default_value = "")]
    pub note: String,
    /// For the data step: how the data was handled
    #[arg(long, value_enum)]
    pub data: Option<DataArg>,
    /// For the data step: where (the archive, the system it moved to, the destruction record)
    #[arg(long = "where", value_name = "WHERE")]
    pub location: Option<String>,
    /// Check the step and show it; record nothing
    #[arg(short = 'n', long)]
    pub dry_run: bool,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum StepArg {
    Suspected,
    Confirmed,
    Offline,
    Data,
    Released,
    Retired,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum DataArg {
    Archived,
    Migrated,
    Destroyed,
}

pub fn run(ctx: &mut Ctx, args: RetireArgs) -> Result<Code> {
    let opts = RetireOptions {
        id: args.id,
        step: args.step.and_then(|s| s.to_possible_value()).map(|v| v.get_name().to_string()),
        day: match args.on {
            Some(d) => d,
            None => crate::clock::today()?,
        },
        person: args.by.unwrap_or_else(crate::ops::audit::os_user),
        note: args.note,
        data: args.data.and_then(|d| d.to_possible_value()).map(|v| v.get_name().to_string()),
        location: args.location,
        dry_run: args.dry_run,
    };
    let (step, done) = retire::plan(ctx.store()?, &opts)?;
    if !opts.dry_run {
        prompt::confirm(&format!("record {}: {step} on {} by {}", opts.id, opts.day, opts.person), ctx.yes, true)?;
    }
    let (retired, counts) = retire::record(ctx.store()?, &opts, step, done)?;
    if !opts.dry_run {
        ctx.changed(counts);
    }
    ctx.out.emit(&retired)?;
    Ok(Code::Ok)
}

impl Report for Retired {
    fn tables(&self) -> Vec<Table> {
        let title = format!("{}: {}{}", self.system, self.recorded.step, if self.dry_run { " (dry run: not recorded)" } else { "" });
        let mut t = Table::new(["step", "day", "person", "detail", "note"]).title(title);
        for s in &self.steps {
            t.row([s.step.clone(), s.day.to_string(), s.person.clone(), s.detail.clone(), s.note.clone()]);
        }
        let mut n = Table::fields();
        n.field("next step", self.next.unwrap_or("none: retired"));
        vec![t, n]
    }
}
