use super::fields;
use crate::cli::Ctx;
use crate::error::Code;
use crate::ops::place::{self, PlaceView};
use crate::ui::{Report, Table};
use anyhow::Result;
use clap::Args;

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The 20-digit placename code
    pub code: String,
}

pub fn run(ctx: &mut Ctx, args: ShowArgs) -> Result<Code> {
    let view = place::show(ctx.store()?, &args.code)?;
    ctx.out.emit(&view)?;
    Ok(Code::Ok)
}

impl Report for PlaceView {
    fn tables(&self) -> Vec<Table> {
        vec![fields(self)]
    }
}
