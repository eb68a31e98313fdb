//! `mzctl check list|explain|run|runs|findings|diff|file|fix|fixes`: the data-quality rule catalogue.
mod diff;
mod explain;
mod file;
mod findings;
mod fix;
mod fixes;
mod list;
mod run;
mod runs;

use super::Ctx;
use crate::error::Code;
use anyhow::Result;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum CheckCommand {
    /// The rule catalogue: id, severity, scope and title of every rule
    List(list::ListArgs),
    /// What a rule finds, why it matters, how to fix it, an example
    Explain(explain::ExplainArgs),
    /// Run the rules on the stored records; store the run and its findings
    Run(run::RunArgs),
    /// The stored runs, newest first: when, as of, scope, rules, counts
    Runs(runs::RunsArgs),
    /// The findings of a run (the latest by default), filtered and paged
    Findings(findings::FindingsArgs),
    /// New, resolved and persisting findings per rule between two runs, over what both covered
    Diff(diff::DiffArgs),
    /// Run the per-record rules on a CSV file before importing it; nothing is written
    File(file::FileArgs),
    /// Apply the safe automatic fixes (normalizations, retired codes with one successor)
    Fix(fix::FixArgs),
    /// The values `check fix` changed, newest first: when, by whom, before and after
    Fixes(fixes::FixesArgs),
}

impl CheckCommand {
    pub fn mutates(&self) -> bool {
        match self {
            CheckCommand::Run(_) => true,
            CheckCommand::Findings(a) => a.unmask,
            CheckCommand::Fixes(a) => a.unmask,
            CheckCommand::Fix(a) => !a.dry_run,
            CheckCommand::List(_) | CheckCommand::Explain(_) | CheckCommand::Runs(_) | CheckCommand::Diff(_) | CheckCommand::File(_) => {
                false
            }
        }
    }
}

pub fn run(ctx: &mut Ctx, cmd: CheckCommand) -> Result<Code> {
    match cmd {
        CheckCommand::List(a) => list::run(ctx, a),
        CheckCommand::Explain(a) => explain::run(ctx, a),
        CheckCommand::Run(a) => run::run(ctx, a),
        CheckCommand::Runs(a) => runs::run(ctx, a),
        CheckCommand::Findings(a) => findings::run(ctx, a),
        CheckCommand::Diff(a) => diff::run(ctx, a),
        CheckCommand::File(a) => file::run(ctx, a),
        CheckCommand::Fix(a) => fix::run(ctx, a),
        CheckCommand::Fixes(a) => fixes::run(ctx, a),
    }
}

/// Whether `rows` of `what` go out with ID numbers in full: tables are always masked; csv and
/// json only when `--unmask` was `asked`, which is recorded in the audit log
/// (`<what>.unmasked`: the rows shown unmasked).
fn unmasked(ctx: &mut Ctx, asked: bool, what: &str, rows: usize) -> bool {
    let unmask = asked && ctx.out.is_file();
    if asked {
        ctx.changed([(format!("{what}.unmasked"), if unmask { rows as i64 } else { 0 })].into());
    }
    unmask
}

/// A record key with its ID number masked (people, enrolments, deaths; not credit codes).
fn mask_key(table: &str, key: &str) -> String {
    if matches!(table, "organizations" | "certificates") {
        return key.to_string();
    }
    match key.split_once('|') {
        Some((id, rest)) => format!("{}|{rest}", crate::domain::normalize::mask_id(id)),
        None => crate::domain::normalize::mask_id(key),
    }
}

/// Whether work-list files show ID numbers in full: only with `--unmask`, recorded in the
/// audit log as `findings.unmasked`.
fn unmasked_files(ctx: &mut Ctx, asked: bool, rows: usize) -> bool {
    if asked {
        ctx.changed([("findings.unmasked".to_string(), rows as i64)].into());
    }
    asked
}

/// A finding's value as shown without `--unmask`: ID numbers and phones masked.
fn mask_value(field: &str, value: &str) -> String {
    match field {
        "id_number" | "holder_id" => crate::domain::normalize::mask_id(value),
        "phone" => crate::domain::normalize::mask_phone(value),
        "account" => crate::domain::normalize::mask_account(value),
        _ => value.to_string(),
    }
}

fn parse_date(v: &str) -> Result<jiff::civil::Date, String> {
    v.parse().map_err(|_| format!("{v:?} is not a date (YYYY-MM-DD)"))
}
