//! Prompts over dialoguer, on stderr, and never off a terminal: a destructive step off a
//! terminal needs `--yes`, or it is refused with exit 2 naming the flag.
use crate::error::Fail;
use anyhow::Result;
use std::io::IsTerminal;

fn interactive() -> bool {
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

/// Ask before a destructive step. `yes` (from `-y/--yes`) answers for the user.
/// Declining at the prompt is a refusal (exit 2), as is running off a terminal without `--yes`.
/// `dry_run` says whether the command has `-n/--dry-run` to offer instead.
pub fn confirm(question: &str, yes: bool, dry_run: bool) -> Result<()> {
    if yes {
        return Ok(());
    }
    if !interactive() {
        let hint = if dry_run { "pass -y/--yes to confirm, or -n/--dry-run to see what would change" } else { "pass -y/--yes to confirm" };
        return Err(Fail::usage(format!("{question}: refusing without --yes (not a terminal)")).hint(hint).into());
    }
    let ok = dialoguer::Confirm::new().with_prompt(question).default(false).interact()?;
    if ok {
        Ok(())
    } else {
        Err(Fail::usage("cancelled").into())
    }
}

/// Ask for a missing required value on a terminal; off a terminal, fail naming the flag.
pub fn input(label: &str, flag: &str) -> Result<String> {
    if !interactive() {
        return Err(Fail::usage(format!("missing {flag}")).hint(format!("pass {flag} (no prompts off a terminal)")).into());
    }
    Ok(dialoguer::Input::<String>::new().with_prompt(label).interact_text()?)
}

/// Ask for a passphrase on a terminal (twice when `new`); off a terminal, fail naming
/// `--passphrase-file`. Passphrases are never taken from flags.
pub fn passphrase(label: &str, new: bool) -> Result<String> {
    if !interactive() {
        return Err(Fail::usage(format!("{label}: no terminal to ask for the passphrase"))
            .hint("pass --passphrase-file FILE (its first line is the passphrase)")
            .into());
    }
    let mut p = dialoguer::Password::new().with_prompt(label);
    if new {
        p = p.with_confirmation("repeat the passphrase", "the passphrases differ");
    }
    Ok(p.interact()?)
}
