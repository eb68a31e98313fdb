//! `mzctl completions SHELL`
use crate::error::Code;
use anyhow::Result;
use clap::{Args, CommandFactory};
use clap_complete::Shell;
use std::io::Write;

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete for
    #[arg(value_enum)]
    pub shell: Shell,
}

/// The completion script for one shell, as committed under `completions/`.
pub fn render(shell: Shell) -> Vec<u8> {
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut super::Cli::command(), "mzctl", &mut buf);
    buf
}

/// File name of each shell's script under `completions/`.
pub fn file_name(shell: Shell) -> &'static str {
    match shell {
        Shell::Bash => "mzctl.bash",
        Shell::Zsh => "_mzctl",
        Shell::Fish => "mzctl.fish",
        Shell::PowerShell => "_mzctl.ps1",
        Shell::Elvish => "mzctl.elv",
        _ => "mzctl.other",
    }
}

pub fn run(args: CompletionsArgs) -> Result<Code> {
    let mut out = std::io::stdout().lock();
    out.write_all(&render(args.shell))?;
    out.flush()?;
    Ok(Code::Ok)
}
