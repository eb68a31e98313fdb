use crate::cli::Ctx;
use crate::db::records::BatchInfo;
use crate::error::Code;
use crate::ops::import;
use crate::ui::{Report, Table};
use anyhow::Result;
use clap::Args;
use serde::Serialize;

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// Batch id (see `mzctl import batches`)
    pub batch: i64,
}

#[derive(Serialize)]
#[serde(transparent)]
struct One(BatchInfo);

impl Report for One {
    fn tables(&self) -> Vec<Table> {
        vec![super::batch_table(&self.0)]
    }
}

pub fn run(ctx: &mut Ctx, args: ShowArgs) -> Result<Code> {
    let b = import::batch(ctx.store()?, args.batch)?;
    ctx.out.emit(&One(b))?;
    Ok(Code::Ok)
}
