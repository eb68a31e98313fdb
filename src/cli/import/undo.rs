use crate::cli::Ctx;
use crate::db::records::UndoCounts;
use crate::error::Code;
use crate::ops::import;
use crate::ui::{prompt, Report, Table};
use anyhow::Result;
use clap::Args;
use serde::Serialize;

#[derive(Debug, Args)]
pub struct UndoArgs {
    /// Batch id (see `mzctl import batches`)
    pub batch: i64,
    /// Count what would be removed and restored, changing nothing
    #[arg(short = 'n', long)]
    pub dry_run: bool,
}

#[derive(Serialize)]
struct Undone {
    batch: i64,
    kind: String,
    deleted: u64,
    restored: u64,
    /// Death applications reversed (deaths batches).
    #[serde(skip_serializing_if = "is_zero")]
    reversed: u64,
    dry_run: bool,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

impl Report for Undone {
    fn tables(&self) -> Vec<Table> {
        let mut t = Table::fields();
        t.field("batch", self.batch)
            .field("kind", &self.kind)
            .field(if self.dry_run { "would delete" } else { "deleted" }, self.deleted)
            .field(if self.dry_run { "would restore" } else { "restored" }, self.restored);
        if self.reversed > 0 {
            t.field(if self.dry_run { "would reverse death applications" } else { "death applications reversed" }, self.reversed);
        }
        vec![t]
    }
}

pub fn run(ctx: &mut Ctx, args: UndoArgs) -> Result<Code> {
    let yes = ctx.yes;
    let store = ctx.store()?;
    let b = import::batch(store, args.batch)?;
    let counts: UndoCounts = if args.dry_run {
        import::undo_preview(store, args.batch)?
    } else {
        prompt::confirm(
            &format!("undo batch {} ({} {}: {} inserted, {} updated)", b.id, b.kind, b.file, b.counters.inserted, b.counters.updated),
            yes,
            true,
        )?;
        import::undo(store, args.batch)?
    };
    if !args.dry_run {
        ctx.changed(
            [
                (format!("{}.deleted", b.kind), counts.deleted as i64),
                (format!("{}.restored", b.kind), counts.restored as i64),
                ("death_applications.reversed".to_string(), counts.reversed as i64),
            ]
            .into(),
        );
    }
    ctx.out.emit(&Undone {
        batch: b.id,
        kind: b.kind,
        deleted: counts.deleted,
        restored: counts.restored,
        reversed: counts.reversed,
        dry_run: args.dry_run,
    })?;
    Ok(Code::Ok)
}
