//! `mzctl man`: roff pages generated from the clap definition, one per subcommand.
use crate::error::Code;
use anyhow::{Context, Result};
use clap::{Args, CommandFactory};
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct ManArgs {
    /// Write every page (mzctl.1, mzctl-db.1, mzctl-db-init.1, …) into this directory;
    /// without it, print mzctl(1) on stdout
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
}

const ENVIRONMENT: &[(&str, &str)] = &[
    ("MZCTL_DB", "Default database URL (the --db flag wins over it; it wins over config.toml)."),
    ("MZCTL_NOW", "Pin the clock (RFC 3339 timestamp or YYYY-MM-DD) for reproducible runs."),
    ("NO_COLOR", "Disable colour when --color is auto."),
    ("PGPASSWORD, PGPASSFILE, PGUSER", "PostgreSQL password, password file (default ~/.pgpass) and user, as libpq reads them."),
    ("XDG_DATA_HOME, XDG_CONFIG_HOME", "Where the default database (mzctl/mzctl.db) and config.toml live."),
];

fn roff_escape(s: &str) -> String {
    s.replace('\\', "\\\\").replace('-', "\\-")
}

/// Every page as (file name, roff text), in a stable order.
pub fn render_all() -> Result<Vec<(String, Vec<u8>)>> {
    let mut cmd = super::Cli::command().disable_help_subcommand(true);
    cmd.build();
    let mut pages = Vec::new();
    pages.push(("mzctl.1".to_string(), render_root(&cmd)?));
    fn walk(cmd: &clap::Command, pages: &mut Vec<(String, Vec<u8>)>) -> Result<()> {
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
            let man = clap_mangen::Man::new(sub.clone());
            let mut buf = Vec::new();
            man.render(&mut buf)?;
            pages.push((man.get_filename(), buf));
            walk(sub, pages)?;
        }
        Ok(())
    }
    walk(&cmd, &mut pages)?;
    Ok(pages)
}

fn render_root(cmd: &clap::Command) -> Result<Vec<u8>> {
    let man = clap_mangen::Man::new(cmd.clone());
    let mut buf = Vec::new();
    man.render_title(&mut buf)?;
    man.render_name_section(&mut buf)?;
    man.render_synopsis_section(&mut buf)?;
    man.render_description_section(&mut buf)?;
    man.render_options_section(&mut buf)?;
    man.render_subcommands_section(&mut buf)?;
    writeln!(buf, ".SH \"EXIT STATUS\"")?;
    for line in super::EXIT_STATUS.lines().skip(1) {
        let line = line.trim();
        match line.split_once("  ") {
            Some((code, text)) if code.len() == 1 => writeln!(buf, ".TP\n\\fB{code}\\fR\n{}", roff_escape(text.trim()))?,
            _ => writeln!(buf, "{}", roff_escape(line))?,
        }
    }
    writeln!(buf, ".SH ENVIRONMENT")?;
    for (name, text) in ENVIRONMENT {
        writeln!(buf, ".TP\n\\fB{}\\fR\n{}", roff_escape(name), roff_escape(text))?;
    }
    writeln!(buf, ".SH FILES\n.TP\n\\fB~/.local/share/mzctl/mzctl.db\\fR\nThe default SQLite database.")?;
    writeln!(buf, ".TP\n\\fB~/.config/mzctl/config.toml\\fR\nOptional settings: \\fBdb = \"URL\"\\fR.")?;
    man.render_version_section(&mut buf)?;
    // Each section renderer repeats the roff preamble; keep its first occurrence only.
    let text = String::from_utf8(buf)?;
    let mut seen = std::collections::HashSet::new();
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let preamble = line.starts_with(".ie \\n(.g") || line.starts_with(".el .ds Aq");
        if preamble && !seen.insert(line.to_string()) {
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    Ok(out.into_bytes())
}

pub fn run(args: ManArgs) -> Result<Code> {
    let pages = render_all()?;
    match args.out {
        Some(dir) => {
            std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
            for (name, text) in &pages {
                let path = dir.join(name);
                std::fs::write(&path, text).with_context(|| format!("cannot write {}", path.display()))?;
            }
            eprintln!("{}", crate::i18n::localize(&format!("wrote {} pages to {}", pages.len(), dir.display())));
        }
        None => {
            let mut out = std::io::stdout().lock();
            if let Some((_, root)) = pages.first() {
                out.write_all(root)?;
            }
            out.flush()?;
        }
    }
    Ok(Code::Ok)
}
