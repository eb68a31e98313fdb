//! The audit log: who changed what, where, when, and how it ended.
use crate::clock;
use crate::db::{url, AuditEntry, Counts, NewAudit, Store};
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
            mask_personal(&redact_arg(&arg))
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
    } else if let Some(shown) = url::redact_conninfo(value) {
        format!("{flag}{shown}")
    } else if url::conninfo(value).is_some() {
        format!("{flag}<a connection string that does not parse>")
    } else {
        url::redact(arg)
    }
}

fn shell_quote(s: &str) -> String {
    let plain = !s.is_empty()
        && s.chars().all(|c| {
            !c.is_whitespace() && !matches!(c, '\'' | '"' | '\\' | '$' | '`' | ';' | '&' | '|' | '<' | '>' | '(' | ')' | '*' | '?')
        });
    if plain {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', r"'\''"))
    }
}

/// Open the audit entry of a command about to change data: written (as `running`) before
/// anything else is, so a change never goes unrecorded; its id.
pub fn begin(store: &mut Store, command: &str) -> Result<i64> {
    let entry = NewAudit {
        at: clock::now()?,
        os_user: os_user(),
        command: command.to_string(),
        target: store.url().to_string(),
        counts: Counts::new(),
        outcome: "running".to_string(),
    };
    store.insert_audit(&entry)
}

/// Write a command's whole audit entry at once, where none could be opened before it ran
/// (the audit log itself did not exist yet).
pub fn record(store: &mut Store, command: &str, counts: &Counts, outcome: &str, failed: bool) -> Result<()> {
    if failed {
        store.abandon();
    }
    let entry = NewAudit {
        at: clock::now()?,
        os_user: os_user(),
        command: command.to_string(),
        target: store.url().to_string(),
        counts: counts.clone(),
        outcome: outcome.to_string(),
    };
    store.insert_audit(&entry).map(|_| ())
}

/// Close audit entry `id`: how the command ended (`failed`: after discarding what the
/// failure left open) and what it changed.
pub fn finish(store: &mut Store, id: i64, counts: &Counts, outcome: &str, failed: bool) -> Result<()> {
    if failed {
        store.abandon();
    }
    store.finish_audit(id, counts, outcome)
}

/// ID numbers (15 or 18 characters) and mainland mobile numbers inside a command-line
/// argument, masked as human output masks them: the audit log keeps no personal data.
pub fn mask_personal(arg: &str) -> String {
    let b = arg.as_bytes();
    let mut out = String::with_capacity(arg.len());
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() || (i > 0 && b[i - 1].is_ascii_alphanumeric()) {
            let ch = arg[i..].chars().next().map_or(1, char::len_utf8);
            out.push_str(&arg[i..i + ch]);
            i += ch;
            continue;
        }
        let digits = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        let mut end = i + digits;
        if digits == 17 && matches!(b.get(end), Some(b'X' | b'x')) {
            end += 1;
        }
        let run = &arg[i..end];
        let bounded = !b.get(end).is_some_and(|c| c.is_ascii_alphanumeric());
        match end - i {
            15 | 18 if bounded => out.push_str(&crate::domain::normalize::mask_id(run)),
            11 if bounded && b[i] == b'1' => out.push_str(&crate::domain::normalize::mask_phone(run)),
            _ => out.push_str(run),
        }
        i = end;
    }
    out
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

    #[test]
    fn personal_data_in_arguments_is_masked() {
        let m = super::mask_personal;
        assert_eq!(m("--holder=11010519491231002X"), "--holder=110105********002X");
        assert_eq!(m("110105491231002"), "110105*****1002");
        assert_eq!(m("13812345678"), "138****5678");
        assert_eq!(m("a13812345678"), "a13812345678", "not a number of its own");
        assert_eq!(m("110105194912310021"), "110105********0021");
        assert_eq!(m("1101051949123100211"), "1101051949123100211", "19 digits are no ID number");
        assert_eq!(m("2026-06-30 330106 人员.csv"), "2026-06-30 330106 人员.csv");
    }
}
