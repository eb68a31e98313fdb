//! `mzctl death apply|recoveries`: what follows a death (公民身后一件事), in one step.
mod apply;
mod recoveries;

use super::Ctx;
use crate::error::Code;
use anyhow::Result;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum DeathCommand {
    /// Apply the recorded deaths: end the enrolments running past them, record the
    /// overpayments to recover, revoke the holders' certificates
    Apply(apply::ApplyArgs),
    /// The overpayments to recover, per person and per district, with totals
    Recoveries(recoveries::RecoveriesArgs),
}

impl DeathCommand {
    pub fn mutates(&self) -> bool {
        match self {
            DeathCommand::Apply(a) => !a.dry_run,
            DeathCommand::Recoveries(a) => a.unmask,
        }
    }
}

pub fn run(ctx: &mut Ctx, cmd: DeathCommand) -> Result<Code> {
    match cmd {
        DeathCommand::Apply(a) => apply::run(ctx, a),
        DeathCommand::Recoveries(a) => recoveries::run(ctx, a),
    }
}
