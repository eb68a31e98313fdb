//! `mzctl systems policy show`.
use crate::cli::Ctx;
use crate::error::Code;
use crate::ops::systems::policy::Policy;
use anyhow::Result;
use clap::{Args, Subcommand};
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, Subcommand)]
pub enum PolicyCommand {
    /// Print the policy in effect as TOML (the built-in defaults, or FILE over them)
    Show(ShowArgs),
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// A policy file to check and print with the defaults filled in
    #[arg(long, value_name = "FILE")]
    pub policy: Option<PathBuf>,
}

pub fn run(ctx: &mut Ctx, cmd: PolicyCommand) -> Result<Code> {
    let PolicyCommand::Show(args) = cmd;
    let policy = Policy::load(args.policy.as_deref())?;
    if ctx.out.is_json() {
        let mut out = std::io::stdout().lock();
        serde_json::to_writer_pretty(&mut out, &policy)?;
        writeln!(out)?;
    } else {
        std::io::stdout().lock().write_all(policy.to_toml()?.as_bytes())?;
    }
    Ok(Code::Ok)
}
