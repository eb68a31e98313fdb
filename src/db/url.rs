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
            PgUrl::parse(url)?;
            return Ok(DbUrl::Postgres(url.to_string()));
        }
        if let Some(pairs) = conninfo(url) {
            let pg = conninfo_url(&pairs?);
            PgUrl::parse(&pg)?;
            return Ok(DbUrl::Postgres(pg));
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
            DbUrl::Postgres(u) => redact_url(u),
        }
    }
}

/// libpq's `key=value` connection string (`host=db.example port=5432 dbname=civil user=mz`,
/// a value quoted with `'…'` when it holds spaces, `\'` and `\\` escaped inside): its pairs, or
/// `None` when `s` does not begin like one (a file name, then). Never taken for a file name:
/// a password in it would end up in one.
pub fn conninfo(s: &str) -> Option<Result<Vec<(String, String)>, Fail>> {
    let first = s.trim_start().split(|c: char| c == '=' || c.is_whitespace()).next()?;
    let after = s.trim_start()[first.len()..].trim_start();
    if !after.starts_with('=') || !PG_PARAMS.contains(&first) {
        return None;
    }
    let bad = |why: &str| {
        Fail::usage(format!("invalid connection string: {why}"))
            .hint("write key=value pairs separated by spaces, quoting a value with spaces as key='a value'")
    };
    let mut pairs = Vec::new();
    let mut chars = s.chars().peekable();
    loop {
        while chars.next_if(|c| c.is_whitespace()).is_some() {}
        if chars.peek().is_none() {
            return Some(Ok(pairs));
        }
        let key: String = std::iter::from_fn(|| chars.next_if(|c| *c != '=' && !c.is_whitespace())).collect();
        while chars.next_if(|c| c.is_whitespace()).is_some() {}
        if chars.next() != Some('=') {
            return Some(Err(bad(&format!("{key:?} has no value"))));
        }
        if !PG_PARAMS.contains(&key.as_str()) {
            return Some(Err(bad(&format!("unknown keyword {key:?}")).hint(format!("known: {}", PG_PARAMS.join(", ")))));
        }
        while chars.next_if(|c| c.is_whitespace()).is_some() {}
        let mut value = String::new();
        if chars.next_if_eq(&'\'').is_some() {
            loop {
                match chars.next() {
                    Some('\\') => value.extend(chars.next()),
                    Some('\'') => break,
                    Some(c) => value.push(c),
                    None => return Some(Err(bad(&format!("the quoted value of {key} is not closed")))),
                }
            }
        } else {
            while let Some(c) = chars.next_if(|c| !c.is_whitespace()) {
                if c == '\\' {
                    value.extend(chars.next());
                } else {
                    value.push(c);
                }
            }
        }
        pairs.push((key, value));
    }
}

/// The `postgres://` URL that says what a connection string says: every pair a parameter.
fn conninfo_url(pairs: &[(String, String)]) -> String {
    let enc = |v: &str| -> String {
        v.bytes()
            .map(|b| if b.is_ascii_alphanumeric() || b"-._~".contains(&b) { (b as char).to_string() } else { format!("%{b:02X}") })
            .collect()
    };
    let query: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={}", enc(v))).collect();
    format!("postgres://?{}", query.join("&"))
}

/// A connection string with its password shown as `***`; `None` when `s` is not one.
pub fn redact_conninfo(s: &str) -> Option<String> {
    let pairs = conninfo(s)?.ok()?;
    let shown: Vec<String> = pairs
        .iter()
        .map(|(k, v)| match k.as_str() {
            "password" => format!("{k}=***"),
            _ if v.is_empty() || v.contains([' ', '\'', '\\']) => format!("{k}='{}'", v.replace('\\', "\\\\").replace('\'', "\\'")),
            _ => format!("{k}={v}"),
        })
        .collect();
    Some(shown.join(" "))
}

/// A `postgres://` URL taken apart, libpq's way: `postgres://[user[:password]@][host[:port][,…]][/dbname][?param=value&…]`.
/// Components are percent-decoded. A password may hold `/`, `?`, `#` or `@` unencoded: the
/// user information ends at the `@` that is followed by something shaped like hosts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PgUrl {
    pub user: Option<String>,
    pub password: Option<String>,
    /// `(host, port)` pairs as written; an empty host or port means the default.
    pub hosts: Vec<(String, Option<u16>)>,
    pub dbname: Option<String>,
    /// Query parameters in order, decoded.
    pub params: Vec<(String, String)>,
}

/// The parameters mzctl understands in a `postgres://` URL: libpq's that apply, and its own
/// `schema` and `pooler`. Anything else is refused (libpq refuses unknown ones too).
pub const PG_PARAMS: &[&str] = &[
    "host",
    "port",
    "dbname",
    "user",
    "password",
    "passfile",
    "connect_timeout",
    "application_name",
    "options",
    "sslmode",
    "sslrootcert",
    "sslcert",
    "sslkey",
    "target_session_attrs",
    "keepalives",
    "keepalives_idle",
    "channel_binding",
    "schema",
    "pooler",
];

impl PgUrl {
    pub fn parse(url: &str) -> Result<PgUrl, Fail> {
        let bad = |why: String| Fail::usage(format!("invalid PostgreSQL URL {}: {why}", redact_url(url)));
        let rest = url
            .strip_prefix("postgres://")
            .or_else(|| url.strip_prefix("postgresql://"))
            .ok_or_else(|| bad("it must start with postgres:// or postgresql://".into()))?;
        let mut out = PgUrl::default();
        let rest = match userinfo_end(rest) {
            Some(at) => {
                let info = &rest[..at];
                let (user, password) = match info.split_once(':') {
                    Some((u, p)) => (u, Some(p)),
                    None => (info, None),
                };
                if !user.is_empty() {
                    out.user = Some(decode(user));
                }
                out.password = password.map(decode);
                &rest[at + 1..]
            }
            None => rest,
        };
        let host_end = rest.find(['/', '?']).unwrap_or(rest.len());
        for spec in rest[..host_end].split(',').filter(|h| !h.is_empty()) {
            out.hosts.push(host_port(spec).map_err(&bad)?);
        }
        let rest = &rest[host_end..];
        let (path, query) = match rest.find('?') {
            Some(q) => (&rest[..q], Some(&rest[q + 1..])),
            None => (rest, None),
        };
        let db = path.strip_prefix('/').unwrap_or(path);
        if !db.is_empty() {
            out.dbname = Some(decode(db));
        }
        for kv in query.unwrap_or("").split('&').filter(|kv| !kv.is_empty()) {
            let (k, v) = kv.split_once('=').ok_or_else(|| bad(format!("parameter {k:?} has no value", k = decode(kv))))?;
            let k = decode(k);
            if !PG_PARAMS.contains(&k.as_str()) {
                return Err(bad(format!("unknown parameter {k:?}")).hint(format!("known: {}", PG_PARAMS.join(", "))));
            }
            out.params.push((k, decode(v)));
        }
        Ok(out)
    }

    /// The last value given for a parameter.
    pub fn param(&self, name: &str) -> Option<&str> {
        self.params.iter().rev().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }
}

/// Where the user information of `rest` (the URL after `://`) ends: the last `@` followed by
/// a host list (letters, digits, `.-_:[]%,`) up to `/`, `?` or the end. The last, so that a
/// password holding `@` followed by host-like text is never taken for part of the host.
fn userinfo_end(rest: &str) -> Option<usize> {
    rest.match_indices('@')
        .map(|(i, _)| i)
        .filter(|&at| {
            let after = &rest[at + 1..];
            let hosts = &after[..after.find(['/', '?']).unwrap_or(after.len())];
            hosts.chars().all(|c| c.is_ascii_alphanumeric() || ".-_:[]%,".contains(c))
        })
        .last()
}

fn host_port(spec: &str) -> Result<(String, Option<u16>), String> {
    let (host, port) = if let Some(v6) = spec.strip_prefix('[') {
        let close = v6.find(']').ok_or_else(|| format!("unclosed [ in host {spec:?}"))?;
        (&v6[..close], v6[close + 1..].strip_prefix(':'))
    } else {
        match spec.rsplit_once(':') {
            Some((h, p)) => (h, Some(p)),
            None => (spec, None),
        }
    };
    let port = match port.filter(|p| !p.is_empty()) {
        Some(p) => Some(p.parse::<u16>().map_err(|_| format!("invalid port {p:?}"))?),
        None => None,
    };
    Ok((decode(host), port))
}

/// Percent-decoding; a `%` not followed by two hex digits stays as it is.
fn decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| (c as char).to_digit(16);
        if b[i] == b'%' && i + 2 < b.len() {
            if let (Some(h), Some(l)) = (hex(b[i + 1]), hex(b[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Replace every PostgreSQL URL's password in `text` (in the user information, with any
/// characters, or as a `password=` parameter) with `***`. A URL that does not parse is cut
/// to its scheme and host rather than shown. Other text comes back unchanged.
pub fn redact(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = ["postgres://", "postgresql://"].iter().filter_map(|s| rest.find(s)).min() {
        out.push_str(&rest[..start]);
        let from = &rest[start..];
        // The URL runs to the end of the word (a password may hold quotes, so only
        // whitespace ends it); quotes and punctuation closing the word are not part of it.
        let word = from.find(char::is_whitespace).unwrap_or(from.len());
        let len = from[..word].trim_end_matches(['"', '\'', '.', ',', ';', ':', ')', ']']).len();
        out.push_str(&redact_url(&from[..len]));
        rest = &from[len..];
    }
    out.push_str(rest);
    out
}

/// A whole PostgreSQL URL (which may hold any character in its password) as written, with
/// the password in the user information and any `password=` parameter shown as `***`.
pub fn redact_url(url: &str) -> String {
    let Some(scheme_end) = url.find("://") else {
        return url.to_string();
    };
    let head = scheme_end + 3;
    let rest = &url[head..];
    let mut out = String::with_capacity(url.len());
    out.push_str(&url[..head]);
    let after_info = match userinfo_end(rest) {
        Some(at) => {
            let info = &rest[..at];
            match info.find(':') {
                Some(colon) => {
                    out.push_str(&info[..colon]);
                    out.push_str(":***");
                }
                None => out.push_str(info),
            }
            at
        }
        None => 0,
    };
    let tail = &rest[after_info..];
    match tail.find('?') {
        Some(q) => {
            out.push_str(&tail[..=q]);
            let params: Vec<String> = tail[q + 1..]
                .split('&')
                .map(|kv| match kv.split_once('=') {
                    Some((k, _)) if decode(k).eq_ignore_ascii_case("password") => {
                        format!("{k}=***")
                    }
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
    fn connection_strings_are_postgres_never_file_names() {
        let u = DbUrl::parse("host=127.0.0.1 port=5433 dbname=civil user=mz password='s3 cr/t\\'x' sslmode=require").unwrap();
        let DbUrl::Postgres(url) = &u else { panic!("{u:?}") };
        let pg = PgUrl::parse(url).unwrap();
        assert_eq!(pg.param("host"), Some("127.0.0.1"));
        assert_eq!(pg.param("port"), Some("5433"));
        assert_eq!(pg.param("password"), Some("s3 cr/t'x"));
        assert_eq!(pg.param("sslmode"), Some("require"));
        assert!(!u.redacted().contains("s3"), "{}", u.redacted());
        assert_eq!(
            redact_conninfo("host=h  user = mz password=p@ss dbname='my db'").as_deref(),
            Some("host=h user=mz password=*** dbname='my db'")
        );
        assert!(DbUrl::parse("host=h password='open").is_err());
        assert!(DbUrl::parse("host=h bogus=1").is_err());
        assert_eq!(DbUrl::parse("data=2026.db").unwrap(), DbUrl::Sqlite("data=2026.db".into()), "not a libpq keyword: a file");
        assert_eq!(DbUrl::parse("./host=x").unwrap(), DbUrl::Sqlite("./host=x".into()));
    }

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
        // A password holding the URL's own delimiters, written as is.
        let tricky = "postgres://tricky:Tr1/cky#pw?x@127.0.0.1:5432/db?sslmode=require";
        assert_eq!(redact(tricky), "postgres://tricky:***@127.0.0.1:5432/db?sslmode=require");
        assert_eq!(
            redact(&format!("cannot connect to {tricky}: refused")),
            "cannot connect to postgres://tricky:***@127.0.0.1:5432/db?sslmode=require: refused"
        );
        assert_eq!(redact_url("postgres://u:with space@h/d"), "postgres://u:***@h/d");
        assert_eq!(redact_url("postgres://u:a@b:c/d?e#f@h:5432/d"), "postgres://u:***@h:5432/d");
        assert_eq!(redact_url("postgresql://u:%2F%40@h:1/d?password=a%26b&x=1"), "postgresql://u:***@h:1/d?password=***&x=1");
    }

    #[test]
    fn parses_postgres_urls_as_libpq() {
        let u =
            PgUrl::parse("postgres://tricky:Tr1/cky#pw?x@127.0.0.1:5432/db?sslmode=verify-full&sslrootcert=/etc/ca.crt&schema=mz").unwrap();
        assert_eq!(u.user.as_deref(), Some("tricky"));
        assert_eq!(u.password.as_deref(), Some("Tr1/cky#pw?x"));
        assert_eq!(u.hosts, vec![("127.0.0.1".to_string(), Some(5432))]);
        assert_eq!(u.dbname.as_deref(), Some("db"));
        assert_eq!(u.param("sslrootcert"), Some("/etc/ca.crt"));
        assert_eq!(u.param("schema"), Some("mz"));
        let u = PgUrl::parse("postgres://u:a@b:c/d?e#f@h:5432/d").unwrap();
        assert_eq!((u.password.as_deref(), u.hosts[0].0.as_str()), (Some("a@b:c/d?e#f"), "h"));
        let u = PgUrl::parse("postgresql://a%40b:p%23w@[::1]:6432,db2/x%20y").unwrap();
        assert_eq!((u.user.as_deref(), u.password.as_deref()), (Some("a@b"), Some("p#w")));
        assert_eq!(u.hosts, vec![("::1".to_string(), Some(6432)), ("db2".to_string(), None)]);
        assert_eq!(u.dbname.as_deref(), Some("x y"));
        let u = PgUrl::parse("postgres://h").unwrap();
        assert_eq!((u.user, u.password, u.dbname), (None, None, None));
        let e = PgUrl::parse("postgres://u:secret@h/d?sslmod=require").unwrap_err().to_string();
        assert!(e.contains("unknown parameter \"sslmod\"") && !e.contains("secret"), "{e}");
        assert!(PgUrl::parse("postgres://h:99999/d").is_err());
    }
}
