//! `mzctl audit …`
mod list;

use super::Ctx;
use crate::error::Code;
use anyhow::Result;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// List recent changes, newest first
    List(list::ListArgs),
}

pub fn run(ctx: &mut Ctx, cmd: AuditCommand) -> Result<Code> {
    match cmd {
        AuditCommand::List(a) => list::run(ctx, a),
    }
}
