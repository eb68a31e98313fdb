//! `mzctl region …`: region codes and their history. The lookups read the data built into
//! the binary and need no database; `import` and `sync` write to it.
mod diff;
mod export;
mod history;
mod import;
mod list;
mod resolve;
mod search;
mod show;
mod sync;
mod tree;
mod validate;

use super::Ctx;
use crate::domain::region::{Level, Version};
use crate::error::Code;
use anyhow::Result;
use clap::{Subcommand, ValueEnum};

#[derive(Debug, Subcommand)]
pub enum RegionCommand {
    /// What a code is: name, level, path, status, years, predecessors and successors
    Show(show::ShowArgs),
    /// Units in a year, by level and/or parent
    List(list::ListArgs),
    /// The units under a code, as a tree
    Tree(tree::TreeArgs),
    /// Find units by name, short name, or pinyin (full or initials)
    Search(search::SearchArgs),
    /// What a code meant in a year, and what it is today
    Resolve(resolve::ResolveArgs),
    /// Every unit that ever held a code, and the changes to and from it
    History(history::HistoryArgs),
    /// What changed between the lists of two years
    Diff(diff::DiffArgs),
    /// Check a CSV column of region codes: current, retired, unknown or malformed
    Validate(validate::ValidateArgs),
    /// Load a newer official list into the database and record its changes
    #[command(disable_version_flag = true)]
    Import(import::ImportArgs),
    /// Print the list of a year (CSV by default off a terminal)
    Export(export::ExportArgs),
    /// Write the built-in versions and changes into the database, for SQL joins
    Sync(sync::SyncArgs),
}

impl RegionCommand {
    pub fn mutates(&self) -> bool {
        matches!(self, RegionCommand::Import(_) | RegionCommand::Sync(_))
    }
}

pub fn run(ctx: &mut Ctx, cmd: RegionCommand) -> Result<Code> {
    match cmd {
        RegionCommand::Show(a) => show::run(ctx, a),
        RegionCommand::List(a) => list::run(ctx, a),
        RegionCommand::Tree(a) => tree::run(ctx, a),
        RegionCommand::Search(a) => search::run(ctx, a),
        RegionCommand::Resolve(a) => resolve::run(ctx, a),
        RegionCommand::History(a) => history::run(ctx, a),
        RegionCommand::Diff(a) => diff::run(ctx, a),
        RegionCommand::Validate(a) => validate::run(ctx, a),
        RegionCommand::Import(a) => import::run(ctx, a),
        RegionCommand::Export(a) => export::run(ctx, a),
        RegionCommand::Sync(a) => sync::run(ctx, a),
    }
}

/// `--at`: a year, or a date whose year is used (lists are as at 31 December).
pub fn at_year(v: &str) -> Result<i32, String> {
    let year = match v.parse::<i32>() {
        Ok(y) => y,
        Err(_) => v
            .parse::<jiff::civil::Date>()
            .map(|d| i32::from(d.year()))
            .map_err(|_| format!("{v:?} is neither a year nor a date (YYYY-MM-DD)"))?,
    };
    let db = crate::ops::region::db();
    crate::ops::region::check_year(db, year).map_err(|e| format!("{e}; {}", e.hint.as_deref().unwrap_or_default()))
}

/// A region code argument.
pub fn code_arg(v: &str) -> Result<String, String> {
    crate::ops::region::parse_code(v).map_err(|e| format!("{e}; {}", e.hint.as_deref().unwrap_or_default()))
}

/// `--level` values.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum LevelArg {
    Province,
    Prefecture,
    County,
    Township,
    Village,
}

impl From<LevelArg> for Level {
    fn from(l: LevelArg) -> Level {
        match l {
            LevelArg::Province => Level::Province,
            LevelArg::Prefecture => Level::Prefecture,
            LevelArg::County => Level::County,
            LevelArg::Township => Level::Township,
            LevelArg::Village => Level::Village,
        }
    }
}

/// `1983–2021`, `2021–` (years as at 31 December; the second is the first year no longer in use).
pub fn years(from: i32, to: Option<i32>) -> String {
    match to {
        Some(t) => format!("{from}–{t}"),
        None => format!("{from}–"),
    }
}

/// `610305 凤翔区`.
pub fn unit(v: &Version) -> String {
    format!("{} {}", v.code, v.name)
}
