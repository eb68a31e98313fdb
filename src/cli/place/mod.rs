//! `mzctl place …`: placenames (地名) with their 20-digit codes, in the database.
mod add;
mod export;
mod import;
mod list;
mod retire;
mod search;
mod show;

use super::Ctx;
use crate::domain::placename::{PlaceStatus, CATEGORIES};
use crate::error::Code;
use crate::ops::place::PlaceView;
use crate::ui::{Report, Table};
use anyhow::Result;
use clap::{Subcommand, ValueEnum};
use serde::Serialize;

#[derive(Debug, Subcommand)]
pub enum PlaceCommand {
    /// Add a placename (prompts on a terminal for what is missing)
    Add(Box<add::AddArgs>),
    /// Load placenames from a CSV file (all rows or none)
    Import(import::ImportArgs),
    /// One placename by its 20-digit code
    Show(show::ShowArgs),
    /// Find placenames by name, alias or pinyin
    Search(search::SearchArgs),
    /// List placenames by region, category and status
    List(list::ListArgs),
    /// Write placenames as CSV (the columns `place import` reads) or JSON
    Export(export::ExportArgs),
    /// Mark a placename historical (abolished)
    Retire(retire::RetireArgs),
}

impl PlaceCommand {
    pub fn mutates(&self) -> bool {
        matches!(self, PlaceCommand::Add(_) | PlaceCommand::Import(_) | PlaceCommand::Retire(_))
    }
}

pub fn run(ctx: &mut Ctx, cmd: PlaceCommand) -> Result<Code> {
    match cmd {
        PlaceCommand::Add(a) => add::run(ctx, *a),
        PlaceCommand::Import(a) => import::run(ctx, a),
        PlaceCommand::Show(a) => show::run(ctx, a),
        PlaceCommand::Search(a) => search::run(ctx, a),
        PlaceCommand::List(a) => list::run(ctx, a),
        PlaceCommand::Export(a) => export::run(ctx, a),
        PlaceCommand::Retire(a) => retire::run(ctx, a),
    }
}

/// The category table, for `--help`.
pub fn categories_help() -> String {
    let mut out = String::from("Categories (GB/T 18521; a code, its unpadded form, or the name):\n");
    for c in CATEGORIES.iter().filter(|c| c.parent.is_some()) {
        let indent = if c.top { "  " } else { "      " };
        out.push_str(&format!("{indent}{} {}\n", c.code, c.name));
    }
    out
}

/// `--status` values.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum StatusArg {
    Current,
    Historical,
    All,
}

impl StatusArg {
    pub fn filter(self) -> Option<PlaceStatus> {
        match self {
            StatusArg::Current => Some(PlaceStatus::Current),
            StatusArg::Historical => Some(PlaceStatus::Historical),
            StatusArg::All => None,
        }
    }
}

/// A list of places, as `list` and `search` show them.
#[derive(Serialize)]
#[serde(transparent)]
pub struct Places(pub Vec<PlaceView>);

impl Report for Places {
    fn tables(&self) -> Vec<Table> {
        let mut t = Table::new(["code", "name", "pinyin", "category", "region", "status"]);
        for v in &self.0 {
            t.row([
                v.place.code.clone(),
                v.place.name.clone(),
                v.place.pinyin.clone(),
                v.category_name.clone(),
                v.region_path.clone(),
                v.place.status.to_string(),
            ]);
        }
        vec![t]
    }
}

/// The fields of one place.
pub fn fields(v: &PlaceView) -> Table {
    let p = &v.place;
    let mut t = Table::fields();
    t.field("code", &p.code)
        .field("name", &p.name)
        .field("aliases", p.aliases.join("; "))
        .field("pinyin", &p.pinyin)
        .field("category", format!("{} {} ({})", p.category_code, v.category_name, v.top_category))
        .field("region", format!("{} {}", v.region_code, v.region_path))
        .field("sequence", p.seq)
        .field(
            "coordinates",
            match (p.longitude, p.latitude) {
                (Some(lon), Some(lat)) => format!("{lon}°E {lat}°N (CGCS2000)"),
                _ => String::new(),
            },
        )
        .field("meaning", &p.meaning)
        .field("history", &p.history)
        .field("status", p.status)
        .field("set up", p.set_up_year.map(|y| y.to_string()).unwrap_or_default())
        .field("abolished", p.abolished_year.map(|y| y.to_string()).unwrap_or_default());
    t
}
