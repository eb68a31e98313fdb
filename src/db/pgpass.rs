//! `~/.pgpass` lookup (or `$PGPASSFILE`), as libpq does it: `host:port:db:user:password`,
//! `*` matches anything, `\:` and `\\` are escapes, and the file is ignored unless private.
use std::path::PathBuf;

pub enum Found {
    Password(String),
    /// The file exists but was not read, and why (for a note to the user).
    Ignored(String),
    Nothing,
}

/// The password for this connection from `passfile` (the URL parameter), `$PGPASSFILE` or
/// `~/.pgpass`.
pub fn lookup(passfile: Option<PathBuf>, host: &str, port: u16, db: &str, user: &str) -> Found {
    let Some(path) = passfile
        .or_else(|| std::env::var_os("PGPASSFILE").map(PathBuf::from))
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".pgpass")))
    else {
        return Found::Nothing;
    };
    let Ok(meta) = std::fs::metadata(&path) else {
        return Found::Nothing;
    };
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = meta.permissions().mode();
        if mode & 0o077 != 0 {
            return Found::Ignored(format!(
                "password file {} ignored: it is readable by others (mode {:o}); chmod 600 it",
                path.display(),
                mode & 0o777
            ));
        }
    }
    #[cfg(not(unix))]
    let _ = meta;
    let Ok(text) = std::fs::read_to_string(&path) else {
        return Found::Ignored(format!("password file {} cannot be read", path.display()));
    };
    let port = port.to_string();
    let found = text.lines().filter(|l| !l.trim_start().starts_with('#') && !l.trim().is_empty()).find_map(|line| {
        let fields = split_fields(line);
        let [h, p, d, u, pw] = <[String; 5]>::try_from(fields).ok()?;
        let hit = |pat: &str, v: &str| pat == "*" || pat == v;
        (hit(&h, host) && hit(&p, &port) && hit(&d, db) && hit(&u, user)).then_some(pw)
    });
    found.map_or(Found::Nothing, Found::Password)
}

fn split_fields(line: &str) -> Vec<String> {
    let mut fields = Vec::with_capacity(5);
    let mut cur = String::new();
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => cur.extend(chars.next()),
            ':' if fields.len() < 4 => fields.push(std::mem::take(&mut cur)),
            c => cur.push(c),
        }
    }
    fields.push(cur);
    fields
}

#[cfg(test)]
mod tests {
    #[test]
    fn splits_escaped_fields() {
        assert_eq!(super::split_fields(r"h:5432:*:u:p\:w:d"), ["h", "5432", "*", "u", "p:w:d"]);
    }
}
