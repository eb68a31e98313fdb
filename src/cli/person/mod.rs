//! `mzctl person show|search`: one person's whole record (全息查询), and finding a person by name.
mod search;
mod show;

use super::Ctx;
use crate::error::Code;
use anyhow::Result;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum PersonCommand {
    /// Everything recorded about one ID number: identity, enrolments, death, certificates,
    /// open findings, death applications, recoveries, changes and import batches
    Show(show::ShowArgs),
    /// Find people by name (or its pinyin initials), region and birth year
    Search(search::SearchArgs),
}

impl PersonCommand {
    /// Only an unmasked listing is audited: it shows personal data in full.
    pub fn mutates(&self) -> bool {
        match self {
            PersonCommand::Show(a) => a.unmask,
            PersonCommand::Search(a) => a.unmask,
        }
    }
}

pub fn run(ctx: &mut Ctx, cmd: PersonCommand) -> Result<Code> {
    match cmd {
        PersonCommand::Show(a) => show::run(ctx, a),
        PersonCommand::Search(a) => search::run(ctx, a),
    }
}

/// Record in the audit log that `rows` of `what` went out unmasked.
fn audit_unmasked(ctx: &mut Ctx, what: &str, rows: usize) {
    ctx.changed([(format!("{what}.unmasked"), rows as i64)].into());
}

/// Region code and name, as shown.
fn region(code: &str, name: Option<&str>) -> String {
    match name {
        Some(n) => format!("{code} {n}"),
        None => code.to_string(),
    }
}
