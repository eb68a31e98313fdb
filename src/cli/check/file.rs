use super::parse_date;
use super::run::Summary;
use crate::cli::Ctx;
use crate::db::checks::Finding;
use crate::domain::kind::Kind;
use crate::error::{Code, Fail};
use crate::ops::check::{self, FailOn, Params};
use crate::ops::import::source::Input;
use crate::ui::{Report, Table};
use anyhow::Result;
use clap::Args;
use serde::Serialize;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct FileArgs {
    /// people, enrolments, deaths or organizations
    pub kind: String,
    /// CSV, TSV or XLSX file, or - for stdin
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
    /// Exit 3 on a finding of severity error (the default), of warning or worse, on more than N
    /// findings, or never
    #[arg(long, value_name = "never|error|warning|N", value_parser = FailOn::parse, default_value = "error")]
    pub fail_on: FailOn,
    /// List every finding (line, field, value, rule, message) instead of the summary by rule
    #[arg(long)]
    pub rows: bool,
}

/// Every finding of the file, in its line order, values masked.
#[derive(Serialize)]
#[serde(transparent)]
struct Rows(Vec<Row>);

#[derive(Serialize)]
struct Row {
    line: u64,
    field: String,
    value: String,
    rule: String,
    severity: String,
    message: String,
}

impl Rows {
    fn new(findings: Vec<Finding>) -> Rows {
        Rows(
            findings
                .into_iter()
                .map(|f| Row {
                    line: f.line.unwrap_or(0),
                    value: super::mask_value(&f.field, &f.value),
                    field: f.field,
                    rule: f.rule,
                    severity: f.severity,
                    message: f.message,
                })
                .collect(),
        )
    }
}

impl Report for Rows {
    fn tables(&self) -> Vec<Table> {
        let mut t = Table::new(["line", "field", "value", "rule", "severity", "message"]);
        for r in &self.0 {
            t.row([r.line.to_string(), r.field.clone(), r.value.clone(), r.rule.clone(), r.severity.clone(), r.message.clone()]);
        }
        vec![t]
    }
}

pub fn run(ctx: &mut Ctx, args: FileArgs) -> Result<Code> {
    let kind = Kind::parse(&args.kind)
        .filter(|k| *k != Kind::Systems)
        .ok_or_else(|| Fail::usage(format!("unknown kind {:?}", args.kind)).hint("kinds: people, enrolments, deaths, organizations"))?;
    let params = match &args.rules {
        Some(p) => Params::load(p)?,
        None => Params::default(),
    };
    let as_of = match args.as_of {
        Some(d) => d,
        None => crate::clock::today()?,
    };
    let checked = check::file::check(kind, &Input::parse(&args.file), &args.rule, &params, as_of)?;
    let crossed = args.fail_on.crossed(&checked.report);
    if args.rows {
        ctx.out.emit(&Rows::new(checked.findings))?;
    } else {
        ctx.out.emit(&Summary::new(checked.report))?;
    }
    Ok(if crossed { Code::Problems } else { Code::Ok })
}
