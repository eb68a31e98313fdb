use crate::cli::Ctx;
use crate::db::records::BatchInfo;
use crate::error::Code;
use crate::ops::import;
use crate::ui::{Report, Table};
use anyhow::Result;
use clap::Args;
use serde::Serialize;

#[derive(Debug, Args)]
pub struct BatchesArgs {
    /// At most this many batches
    #[arg(long, default_value_t = 50)]
    pub limit: u32,
}

#[derive(Serialize)]
#[serde(transparent)]
struct Batches(Vec<BatchInfo>);

impl Report for Batches {
    fn tables(&self) -> Vec<Table> {
        let mut t =
            Table::new(["batch", "kind", "file", "mode", "state", "read", "inserted", "updated", "unchanged", "rejected", "started"]);
        for b in &self.0 {
            let c = &b.counters;
            t.row([
                b.id.to_string(),
                b.kind.clone(),
                b.file.clone(),
                format!("{}{}", b.mode, if b.lenient { "+lenient" } else { "" }),
                b.state.clone(),
                c.read.to_string(),
                c.inserted.to_string(),
                c.updated.to_string(),
                c.unchanged.to_string(),
                c.rejected.to_string(),
                b.started_at.clone(),
            ]);
        }
        vec![t]
    }
}

pub fn run(ctx: &mut Ctx, args: BatchesArgs) -> Result<Code> {
    let list = import::batches(ctx.store()?, args.limit)?;
    ctx.out.emit(&Batches(list))?;
    Ok(Code::Ok)
}
