//! `mzctl import KIND FILE|-` and `mzctl import batches|show|undo`.
mod batches;
pub(crate) mod load;
mod show;
mod undo;

use super::Ctx;
use crate::error::Code;
use anyhow::Result;
use clap::{Args, Subcommand};

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct ImportCommand {
    #[command(subcommand)]
    pub verb: Option<ImportVerb>,
    #[command(flatten)]
    pub load: load::LoadArgs,
}

#[derive(Debug, Subcommand)]
pub enum ImportVerb {
    /// List import batches, newest first
    Batches(batches::BatchesArgs),
    /// Show one batch, or the rows it rejected (--rejects), split by district if asked
    Show(show::ShowArgs),
    /// Remove what a batch inserted and restore what it updated or deleted
    Undo(undo::UndoArgs),
}

impl ImportCommand {
    pub fn mutates(&self) -> bool {
        match &self.verb {
            None => !self.load.dry_run,
            Some(ImportVerb::Undo(a)) => !a.dry_run,
            Some(ImportVerb::Show(a)) => a.unmask,
            Some(_) => false,
        }
    }
}

pub fn run(ctx: &mut Ctx, cmd: ImportCommand) -> Result<Code> {
    match cmd.verb {
        None => load::run(ctx, cmd.load),
        Some(ImportVerb::Batches(a)) => batches::run(ctx, a),
        Some(ImportVerb::Show(a)) => show::run(ctx, a),
        Some(ImportVerb::Undo(a)) => undo::run(ctx, a),
    }
}

/// A batch as a field/value table.
fn batch_table(b: &crate::db::records::BatchInfo) -> crate::ui::Table {
    let mut t = crate::ui::Table::fields();
    let c = &b.counters;
    t.field("batch", b.id)
        .field("kind", &b.kind)
        .field("file", &b.file)
        .field("sha256", &b.sha256)
        .field("mode", format!("{}{}", b.mode, if b.lenient { " (lenient)" } else { "" }))
        .field("state", &b.state)
        .field("user", &b.os_user)
        .field("started", &b.started_at)
        .field("finished", b.finished_at.as_deref().unwrap_or("-"))
        .field("last line", c.last_line)
        .field("read", c.read)
        .field("inserted", c.inserted)
        .field("updated", c.updated)
        .field("unchanged", c.unchanged)
        .field("rejected", c.rejected)
        .field("conflicts", c.conflicts)
        .field("deleted", c.deleted)
        .field("seconds", format!("{:.2}", b.seconds));
    t
}
