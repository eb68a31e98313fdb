use super::parse_date;
use super::run::Summary;
use crate::cli::Ctx;
use crate::error::{Code, Fail};
use crate::ops::check::{self, FailOn, Params};
use crate::ops::import::{source::Input, Kind};
use anyhow::Result;
use clap::Args;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct FileArgs {
    /// people, enrolments, deaths or organizations
    pub kind: String,
    /// CSV file, or - for stdin
    pub file: String,
    /// Only rules matching this glob (repeatable)
    #[arg(long, value_name = "GLOB")]
    pub rule: Vec<String>,
    /// The date birth dates are checked against [default: today]
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<jiff::civil::Date>,
    /// Rule settings (TOML): enable, disable
    #[arg(long, value_name = "FILE")]
    pub rules: Option<PathBuf>,
    /// Exit 3 when there is a finding of severity error, of warning or worse, or more than N findings
    #[arg(long, value_name = "error|warning|N", value_parser = FailOn::parse)]
    pub fail_on: Option<FailOn>,
}

pub fn run(ctx: &mut Ctx, args: FileArgs) -> Result<Code> {
    let kind = Kind::parse(&args.kind).ok_or_else(|| Fail::usage(format!("unknown kind {:?}", args.kind)).hint("kinds: people, enrolments, deaths, organizations"))?;
    let params = match &args.rules {
        Some(p) => Params::load(p)?,
        None => Params::default(),
    };
    let as_of = match args.as_of {
        Some(d) => d,
        None => crate::clock::today()?,
    };
    let report = check::file(kind, &Input::parse(&args.file), &args.rule, &params, as_of)?;
    let crossed = args.fail_on.is_some_and(|f| f.crossed(&report));
    ctx.out.emit(&Summary::new(report))?;
    Ok(if crossed { Code::Problems } else { Code::Ok })
}
