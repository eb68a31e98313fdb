use super::Systems;
use crate::cli::Ctx;
use crate::db::systems::SystemFilter;
use crate::error::Code;
use crate::ops::systems;
use anyhow::Result;
use clap::Args;

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only systems in this lifecycle state (in_service, suspected, confirmed, offline, data,
    /// released, retired)
    #[arg(long)]
    pub state: Option<String>,
    /// Only systems of this department
    #[arg(long)]
    pub department: Option<String>,
}

pub fn run(ctx: &mut Ctx, args: ListArgs) -> Result<Code> {
    let list = systems::list(ctx.store()?, &SystemFilter { state: args.state, department: args.department })?;
    ctx.out.emit(&Systems(list))?;
    Ok(Code::Ok)
}
