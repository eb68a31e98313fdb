//! `mzctl payments expected|eligible`: the register against the payments (三单合一).
mod eligible;
mod expected;

use super::Ctx;
use crate::error::Code;
use anyhow::Result;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum PaymentsCommand {
    /// The should-pay list (应发名单) of a month: enrolments due, at their monthly amount
    Expected(expected::ExpectedArgs),
    /// The people a program's rule finds who are not enrolled (政策找人): the list each district contacts
    Eligible(eligible::EligibleArgs),
}

impl PaymentsCommand {
    pub fn mutates(&self) -> bool {
        match self {
            PaymentsCommand::Expected(a) => a.unmask,
            PaymentsCommand::Eligible(a) => a.unmask,
        }
    }
}

pub fn run(ctx: &mut Ctx, cmd: PaymentsCommand) -> Result<Code> {
    match cmd {
        PaymentsCommand::Expected(a) => expected::run(ctx, a),
        PaymentsCommand::Eligible(a) => eligible::run(ctx, a),
    }
}
