use super::{mask_key, parse_date};
use crate::cli::Ctx;
use crate::error::Code;
use crate::ops::check::{self, FailOn, Params, RunOptions, RunReport};
use crate::ui::{Report, Table};
use anyhow::Result;
use clap::Args;
use serde::Serialize;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct RunArgs {
    /// Only rules matching this glob (repeatable), e.g. --rule 'id.*' --rule death.still_enrolled
    #[arg(long, value_name = "GLOB")]
    pub rule: Vec<String>,
    /// Only records of this region and everything under it (e.g. 440103, or 440100 for the city)
    #[arg(long, value_name = "CODE")]
    pub region: Option<String>,
    /// Only enrolments of this program (dibao, tekun, elder_allowance, youfu)
    #[arg(long, value_name = "PROGRAM")]
    pub program: Option<String>,
    /// The date payments and ages are checked at [default: today]
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<jiff::civil::Date>,
    /// Rule settings (TOML): enable, disable, grace_months, exclusive pairs, head_programs, head_min_age, [ages], [programs.NAME]
    #[arg(long, value_name = "FILE")]
    pub rules: Option<PathBuf>,
    /// Exit 3 on a finding of severity error (the default), of warning or worse, on more than N
    /// findings, or never
    #[arg(long, value_name = "never|error|warning|N", value_parser = FailOn::parse, default_value = "error")]
    pub fail_on: FailOn,
    /// Print the time each rule took on stderr
    #[arg(long)]
    pub timings: bool,
    /// Also print the findings as a district × rule matrix with totals and the overpaid amount
    /// (as `check findings --summary --by district,rule`)
    #[arg(long, value_enum, value_name = "district")]
    pub by: Option<ByArg>,
    /// Connections that read and check the record tables side by side [default: one per core]
    #[arg(long, short = 'j', value_name = "N", value_parser = clap::value_parser!(u16).range(1..=64))]
    pub jobs: Option<u16>,
    /// Memory the run may use: beyond a quarter of it, what it gathers goes to temporary files
    /// (K, M or G) [default: 256M]
    #[arg(long, value_name = "SIZE", value_parser = crate::cli::import::load::parse_size)]
    pub memory_limit: Option<u64>,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum ByArg {
    District,
}

/// A run summary with its district × rule matrix.
#[derive(Serialize)]
struct WithMatrix {
    #[serde(flatten)]
    summary: Summary,
    by_district: super::findings::Summary,
}

impl Report for WithMatrix {
    fn tables(&self) -> Vec<Table> {
        let mut t = self.summary.tables();
        t.extend(self.by_district.tables().into_iter().map(|m| m.title("By district")));
        t
    }
}

/// A run summary as shown: the report, with the samples' ID numbers masked (every format).
#[derive(Serialize)]
#[serde(transparent)]
pub(super) struct Summary {
    pub report: RunReport,
}

impl Summary {
    pub fn new(mut report: RunReport) -> Summary {
        for r in &mut report.rules {
            if let Some(s) = r.sample.as_mut() {
                s.key = mask_key(&s.table, &s.key);
                s.value = super::mask_value(&s.field, &s.value);
            }
        }
        Summary { report }
    }
}

impl Report for Summary {
    fn tables(&self) -> Vec<Table> {
        let r = &self.report;
        let title = match (&r.file, r.run) {
            (Some(f), _) => format!("{f}: {} finding(s)", r.total),
            (None, Some(run)) => {
                format!("Check run {run} as of {}: {} finding(s), {} error(s), {} warning(s)", r.as_of, r.total, r.errors, r.warnings)
            }
            (None, None) => format!("{} finding(s)", r.total),
        };
        let mut t = Table::new(["rule", "severity", "count", "sample"]).title(title);
        for c in &r.rules {
            let sample = c.sample.as_ref().map(|s| format!("{}: {}", s.key, s.message)).unwrap_or_default();
            t.row([c.rule.clone(), c.severity.clone(), c.count.to_string(), sample]);
        }
        if r.money.is_empty() {
            return vec![t];
        }
        // The reconciliation's money: over- and underpaid per rule (per district: `check
        // findings --summary --by district,rule`).
        let mut m = Table::new(["rule", "overpaid_yuan", "underpaid_yuan"]).title("Payments against the register");
        for (rule, money) in &r.money {
            m.row([rule.clone(), money.overpaid_yuan.clone(), money.underpaid_yuan.clone()]);
        }
        vec![t, m]
    }
}

pub fn run(ctx: &mut Ctx, args: RunArgs) -> Result<Code> {
    let params = match &args.rules {
        Some(p) => Params::load(p)?,
        None => Params::default(),
    };
    let opts = RunOptions {
        rules: args.rule,
        region: args.region,
        program: args.program,
        as_of: match args.as_of {
            Some(d) => d,
            None => crate::clock::today()?,
        },
        params,
        jobs: args.jobs.map(usize::from),
        memory_limit: args.memory_limit.map_or(check::DEFAULT_MEMORY_LIMIT, |n| usize::try_from(n).unwrap_or(usize::MAX)),
    };
    let report = check::run(ctx.store()?, &opts)?;
    ctx.changed([("check_runs".to_string(), 1), ("check_findings".to_string(), report.total as i64)].into());
    if args.timings {
        let slow: Vec<String> =
            report.timings.iter().map(|(k, v)| crate::t!("timings-item", label = timing_label(k), seconds = format!("{v:.2}"))).collect();
        eprintln!("{}", crate::t!("timings", list = slow.join(&crate::t!("timings-sep"))));
        if report.spilled_bytes > 0 {
            eprintln!(
                "{}",
                crate::t!(
                    "timings-spilled",
                    size = crate::i18n::word_or_message(&crate::ops::import::sheet::human_bytes(report.spilled_bytes))
                )
            );
        }
    }
    let crossed = args.fail_on.crossed(&report);
    match (args.by, report.run) {
        (Some(ByArg::District), Some(run)) => {
            let sel = check::runs::Selection { run: Some(run), ..Default::default() };
            let matrix = check::runs::summary(ctx.store()?, &sel, &[check::runs::By::District, check::runs::By::Rule])?;
            ctx.out.emit(&WithMatrix { summary: Summary::new(report), by_district: super::findings::Summary(matrix) })?;
        }
        _ => ctx.out.emit(&Summary::new(report))?,
    }
    Ok(if crossed { Code::Problems } else { Code::Ok })
}

/// A step of a run as `--timings` names it: a rule by its id, the others in words.
fn timing_label(step: &str) -> String {
    match step {
        "sort" => crate::t!("timings-sort"),
        "store" => crate::t!("timings-store"),
        "analyze" => crate::t!("timings-analyze"),
        _ => match step.strip_prefix("records:") {
            Some(table) => crate::t!("timings-records", table = crate::i18n::word_or_message(table)),
            None => step.to_string(),
        },
    }
}
