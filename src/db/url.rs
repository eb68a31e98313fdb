//! Database URLs: `sqlite:PATH`, a bare path, `sqlite::memory:`, `postgres://…`/`postgresql://…`.
//! Every message that shows a URL shows [`redact`]ed form.
use crate::error::Fail;
use std::path::PathBuf;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DbUrl {
    Sqlite(PathBuf),
    SqliteMemory,
    Postgres(String),
}

impl DbUrl {
    pub fn parse(url: &str) -> Result<DbUrl, Fail> {
        let url = url.trim();
        if url.is_empty() {
            return Err(Fail::usage("empty database URL"));
        }
        if url == "sqlite::memory:" || url == ":memory:" {
            return Ok(DbUrl::SqliteMemory);
        }
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            return Ok(DbUrl::Postgres(url.to_string()));
        }
        if let Some(rest) = url.strip_prefix("sqlite:") {
            let path = rest.strip_prefix("//").unwrap_or(rest);
            if path.is_empty() {
                return Err(Fail::usage("sqlite: URL without a path").hint("use sqlite:PATH or sqlite::memory:"));
            }
            return Ok(DbUrl::Sqlite(PathBuf::from(path)));
        }
        if let Some((scheme, _)) = url.split_once("://") {
            return Err(Fail::usage(format!("unsupported database scheme {scheme:?}"))
                .hint("use sqlite:PATH, sqlite::memory: or postgres://user@host:port/dbname"));
        }
        Ok(DbUrl::Sqlite(PathBuf::from(url)))
    }

    /// The URL with any password replaced by `***`.
    pub fn redacted(&self) -> String {
        match self {
            DbUrl::Sqlite(p) => format!("sqlite:{}", p.display()),
            DbUrl::SqliteMemory => "sqlite::memory:".to_string(),
            DbUrl::Postgres(u) => redact(u),
        }
    }
}

/// Replace the password in `scheme://user:password@host/…` and any `password=` query
/// parameter with `***`. Text that is not a URL comes back unchanged.
pub fn redact(text: &str) -> String {
    let Some(scheme_end) = text.find("://") else { return text.to_string() };
    let auth_start = scheme_end + 3;
    let rest = &text[auth_start..];
    let auth_len = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = &rest[..auth_len];
    let mut out = String::with_capacity(text.len());
    out.push_str(&text[..auth_start]);
    match authority.rfind('@') {
        Some(at) => {
            let userinfo = &authority[..at];
            match userinfo.find(':') {
                Some(colon) => {
                    out.push_str(&userinfo[..colon]);
                    out.push_str(":***");
                }
                None => out.push_str(userinfo),
            }
            out.push_str(&authority[at..]);
        }
        None => out.push_str(authority),
    }
    let tail = &rest[auth_len..];
    match tail.find('?') {
        Some(q) => {
            out.push_str(&tail[..=q]);
            let params: Vec<String> = tail[q + 1..]
                .split('&')
                .map(|kv| match kv.split_once('=') {
                    Some((k, _)) if k.eq_ignore_ascii_case("password") => format!("{k}=***"),
                    _ => kv.to_string(),
                })
                .collect();
            out.push_str(&params.join("&"));
        }
        None => out.push_str(tail),
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_schemes() {
        assert_eq!(DbUrl::parse("sqlite::memory:").unwrap(), DbUrl::SqliteMemory);
        assert_eq!(DbUrl::parse("sqlite:x.db").unwrap(), DbUrl::Sqlite("x.db".into()));
        assert_eq!(DbUrl::parse("sqlite:///tmp/x.db").unwrap(), DbUrl::Sqlite("/tmp/x.db".into()));
        assert_eq!(DbUrl::parse("data/x.db").unwrap(), DbUrl::Sqlite("data/x.db".into()));
        assert!(matches!(DbUrl::parse("postgresql://u@h/d").unwrap(), DbUrl::Postgres(_)));
        assert!(DbUrl::parse("mysql://u@h/d").is_err());
        assert!(DbUrl::parse("sqlite:").is_err());
    }

    #[test]
    fn redacts_passwords() {
        assert_eq!(redact("postgres://mz:s3cret@db.local:5432/mz"), "postgres://mz:***@db.local:5432/mz");
        assert_eq!(redact("postgres://mz@db/mz"), "postgres://mz@db/mz");
        assert_eq!(redact("postgres://a:b:c@h/d?sslmode=disable&password=x"), "postgres://a:***@h/d?sslmode=disable&password=***");
        assert_eq!(redact("postgres://a:p@ss@h/d"), "postgres://a:***@h/d");
        assert_eq!(redact("plain text"), "plain text");
    }
}
