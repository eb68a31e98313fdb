//! The audit log: who changed what, where, when, and how it ended.
use crate::db::{url, AuditEntry, Counts, NewAudit, Store};
use crate::clock;
use anyhow::Result;
use jiff::Timestamp;

pub use crate::config::os_user;

/// The command line as typed, shell-quoted, with passwords in URLs redacted.
pub fn command_line<I: IntoIterator<Item = String>>(args: I) -> String {
    let mut out = Vec::new();
    for (i, arg) in args.into_iter().enumerate() {
        let arg = if i == 0 {
            std::path::Path::new(&arg).file_name().map_or(arg.clone(), |n| n.to_string_lossy().into_owned())
        } else {
            redact_arg(&arg)
        };
        out.push(shell_quote(&arg));
    }
    out.join(" ")
}

/// An argument that is a PostgreSQL URL (or `--db=URL`) is redacted whole, whatever its
/// password holds; any other argument has the URLs inside it redacted.
fn redact_arg(arg: &str) -> String {
    let (flag, value) = match arg.split_once('=') {
        Some((f, v)) if f.starts_with("--") => (&arg[..f.len() + 1], v),
        _ => ("", arg),
    };
    if value.starts_with("postgres://") || value.starts_with("postgresql://") {
        format!("{flag}{}", url::redact_url(value))
    } else {
        url::redact(arg)
    }
}

fn shell_quote(s: &str) -> String {
    let plain = !s.is_empty()
        && s.chars().all(|c| !c.is_whitespace() && !matches!(c, '\'' | '"' | '\\' | '$' | '`' | ';' | '&' | '|' | '<' | '>' | '(' | ')' | '*' | '?'));
    if plain {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', r"'\''"))
    }
}

/// Record one audit row.
pub fn record(store: &mut Store, command: &str, counts: Counts, outcome: &str) -> Result<()> {
    let entry = NewAudit {
        at: clock::now()?,
        os_user: os_user(),
        command: command.to_string(),
        target: store.url().to_string(),
        counts,
        outcome: outcome.to_string(),
    };
    store.insert_audit(&entry)
}

/// Recent audit rows, newest first.
pub fn list(store: &mut Store, since: Option<Timestamp>, limit: u32) -> Result<Vec<AuditEntry>> {
    store.list_audit(since, limit)
}

#[cfg(test)]
mod tests {
    #[test]
    fn command_line_is_quoted_and_redacted() {
        let args = ["/usr/bin/mzctl", "--db", "postgres://u:pw@h/d", "import", "people", "my file.csv"].map(String::from);
        assert_eq!(super::command_line(args), "mzctl --db 'postgres://u:***@h/d' import people 'my file.csv'");
        let args = ["mzctl", "--db=postgres://tricky:Tr1/cky#pw?x y@127.0.0.1:5432/db", "db", "init"].map(String::from);
        assert_eq!(super::command_line(args), "mzctl '--db=postgres://tricky:***@127.0.0.1:5432/db' db init");
    }
}
