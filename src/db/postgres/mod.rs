//! The remote backend: PostgreSQL 13+ (and compatible servers) over the `postgres` crate.
//! Password from the URL, `PGPASSWORD` or `~/.pgpass`; user from the URL, `PGUSER` or the OS
//! user. A statement is prepared once per connection; a value is bound as the column it meets
//! asks (text into a date column is parsed as a date), so the shared queries need no casts.
//!
//! Behind a transaction-pooling PgBouncer (`pooler=transaction`) a session is nothing to rely
//! on: consecutive transactions may run on different server connections, shared with other
//! clients. Every statement then runs inside an explicit transaction that begins with the
//! session's settings (`SET LOCAL`), and a prepared statement lives no longer than the
//! transaction that prepared it. Without the parameter nothing of this costs a round trip.
pub mod citus;
mod load;
mod scan;
mod tls;

use crate::db::sql::{Cell, Dialect, Param, Row};
use crate::db::url::PgUrl;
use crate::db::Conn;
use crate::error::Fail;
use anyhow::Result;
use postgres::types::{private::BytesMut, FromSql, IsNull, ToSql, Type};
use postgres::{Client, Statement};
use std::collections::HashMap;
use std::error::Error;

/// Arbitrary, fixed key for the advisory lock that serializes concurrent migrations.
const MIGRATION_LOCK: i64 = 0x6d7a_6374_6c00;

pub struct PgConn {
    client: Client,
    url: String,
    /// How this connection was made (with its password), to make another.
    config: postgres::Config,
    /// Statements prepared on this connection, by their text.
    prepared: HashMap<String, Statement>,
    /// Import: the savepoint of the last COPY of new rows is still open (it is released when
    /// the next one is set, in the same round trip, or with its chunk).
    fast_open: bool,
    tls: tls::Tls,
    /// The `schema` URL parameter: the search path of every connection.
    schema: Option<String>,
    /// `pooler=transaction`: nothing is kept from one transaction to the next.
    pooled: bool,
    /// Pooled: an explicit transaction is open (its statements share a server connection).
    in_tx: bool,
    notes: Vec<String>,
}

/// What the statements of `sql` (`;`-separated, as mzctl writes them) do to the open
/// transaction: `Some(true)` leave one open, `Some(false)` end it, `None` neither.
fn tx_effect(sql: &str) -> Option<bool> {
    let mut effect = None;
    for stmt in sql.split(';') {
        let mut words = stmt.split_whitespace();
        let first = words.next().map(str::to_ascii_uppercase);
        let second = words.next().map(str::to_ascii_uppercase);
        match (first.as_deref(), second.as_deref()) {
            (Some("BEGIN" | "START"), _) => effect = Some(true),
            (Some("ROLLBACK"), Some("TO")) => {}
            (Some("COMMIT" | "END" | "ROLLBACK" | "ABORT"), _) => effect = Some(false),
            _ => {}
        }
    }
    effect
}

/// The connection settings from the URL and libpq's environment variables.
fn config_from(url: &PgUrl, pooled: bool, notes: &mut Vec<String>) -> Result<postgres::Config> {
    let mut config = postgres::Config::new();
    let env = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
    let mut hosts = url.hosts.clone();
    if let Some(h) = url.param("host").map(str::to_string).or_else(|| env("PGHOST")) {
        hosts = h.split(',').map(|h| (h.to_string(), None)).collect();
    }
    if hosts.is_empty() {
        hosts.push(("localhost".into(), None));
    }
    let default_port = match url.param("port").map(str::to_string).or_else(|| env("PGPORT")) {
        Some(p) => p.parse::<u16>().map_err(|_| Fail::usage(format!("invalid port {p:?}")))?,
        None => 5432,
    };
    for (h, p) in &hosts {
        config.host(if h.is_empty() { "localhost" } else { h });
        config.port(p.unwrap_or(default_port));
    }
    let user =
        url.param("user").map(str::to_string).or_else(|| url.user.clone()).or_else(|| env("PGUSER")).unwrap_or_else(crate::config::os_user);
    config.user(&user);
    let db = url
        .param("dbname")
        .map(str::to_string)
        .or_else(|| url.dbname.clone())
        .or_else(|| env("PGDATABASE"))
        .unwrap_or_else(|| user.clone());
    config.dbname(&db);
    let secs = match url.param("connect_timeout") {
        Some(t) => t.parse::<u64>().map_err(|_| Fail::usage(format!("invalid connect_timeout {t:?}")))?,
        None => 10,
    };
    config.connect_timeout(std::time::Duration::from_secs(secs.max(2)));
    config.application_name(
        &url.param("application_name").map(str::to_string).or_else(|| env("PGAPPNAME")).unwrap_or_else(|| "mzctl".into()),
    );
    if let Some(o) = url.param("options").map(str::to_string).or_else(|| env("PGOPTIONS")) {
        if pooled {
            let from = if url.param("options").is_some() { "options=" } else { "PGOPTIONS" };
            return Err(Fail::usage(format!("{from} cannot be used with pooler=transaction"))
                .hint("a transaction-mode pooler refuses the options startup parameter, and a session setting would reach other clients: set it for the role instead (ALTER ROLE … SET statement_timeout = …), or connect to the server directly without pooler=transaction")
                .into());
        }
        config.options(&o);
    }
    if let Some(t) = url.param("target_session_attrs") {
        config.target_session_attrs(match t {
            "any" => postgres::config::TargetSessionAttrs::Any,
            "read-write" => postgres::config::TargetSessionAttrs::ReadWrite,
            "read-only" => postgres::config::TargetSessionAttrs::ReadOnly,
            _ => return Err(Fail::usage(format!("invalid target_session_attrs {t:?}")).hint("use any, read-write or read-only").into()),
        });
    }
    if let Some(k) = url.param("keepalives") {
        config.keepalives(k != "0");
    }
    if let Some(k) = url.param("keepalives_idle") {
        let secs = k.parse::<u64>().map_err(|_| Fail::usage(format!("invalid keepalives_idle {k:?}")))?;
        config.keepalives_idle(std::time::Duration::from_secs(secs));
    }
    if let Some(c) = url.param("channel_binding") {
        config.channel_binding(match c {
            "disable" => postgres::config::ChannelBinding::Disable,
            "prefer" => postgres::config::ChannelBinding::Prefer,
            "require" => postgres::config::ChannelBinding::Require,
            _ => return Err(Fail::usage(format!("invalid channel_binding {c:?}")).hint("use disable, prefer or require").into()),
        });
    }
    if let Some(pw) = url.param("password").map(str::to_string).or_else(|| url.password.clone()).or_else(|| env("PGPASSWORD")) {
        config.password(pw);
    } else {
        let (host, port) = (&hosts[0].0, hosts[0].1.unwrap_or(default_port));
        let passfile = url.param("passfile").map(std::path::PathBuf::from);
        match super::pgpass::lookup(passfile, host, port, &db, &user) {
            super::pgpass::Found::Password(pw) => {
                config.password(pw);
            }
            super::pgpass::Found::Ignored(why) => notes.push(why),
            super::pgpass::Found::Nothing => {}
        }
    }
    Ok(config)
}

/// An identifier quoted for SQL.
fn quote_ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// Why a connection failed, in the server's words when it gave any, the password never shown.
fn connect_error(e: &postgres::Error, redacted: &str, tls: &tls::Tls) -> anyhow::Error {
    let said = describe(e);
    let mut fail = Fail::error(format!("cannot connect to {redacted}: {said}"));
    let lower = said.to_lowercase();
    fail = if lower.contains("unsupported startup parameter") {
        fail.hint("a connection pooler (PgBouncer) refuses this startup parameter: drop options= (and PGOPTIONS) and set the setting for the role (ALTER ROLE … SET …); through a transaction-mode pooler add pooler=transaction")
    } else if lower.contains("does not support tls") || lower.contains("does not support ssl") {
        fail.hint(format!("the server offers no TLS but sslmode={} requires it", tls.mode.as_str()))
    } else if lower.contains("no encryption") {
        fail.hint("the server accepts only encrypted connections: use sslmode=require, verify-ca or verify-full")
    } else if lower.contains("certificate") || lower.contains("tls") || lower.contains("handshake") {
        let checks = if tls.checks == tls.mode.as_str() { String::new() } else { format!(" ({})", tls.checks) };
        fail.hint(format!(
            "sslmode={}{checks}: check sslrootcert, the server's certificate and the host name in the URL",
            tls.mode.as_str()
        ))
    } else if lower.contains("authentication") || lower.contains("password") {
        fail.hint("check the user and password (URL, PGPASSWORD or ~/.pgpass)")
    } else {
        fail.hint("is the server running and the URL right? set it with --db or MZCTL_DB")
    };
    fail.into()
}

/// What to do about a server error somewhere in `err`'s chain, by its SQLSTATE.
pub fn hint_for(err: &anyhow::Error) -> Option<String> {
    let pg = err.chain().find_map(|e| e.downcast_ref::<postgres::Error>())?;
    if pg.is_closed() || pg.as_db_error().is_some_and(|d| d.code().code().starts_with("57P")) {
        return Some("the server closed the connection (restart, failover or pg_terminate_backend); the open transaction was rolled back: run the command again (an import with --resume)".into());
    }
    let code = pg.code()?.code();
    Some(match code {
        "42501" => "this role lacks a right the command needs (the server names the object); docs/postgres.md lists what the owner, working and read-only roles need".into(),
        "57014" => "the server's statement_timeout cancelled the statement: raise it for this role (ALTER ROLE … SET statement_timeout = '30min') or in the URL: options=-c%20statement_timeout%3D0".into(),
        "55P03" => "the server's lock_timeout expired waiting for another session's lock: try again when it has finished, or raise lock_timeout".into(),
        "3F000" => "the schema does not exist: add ?schema=NAME and run mzctl db init as the schema's owner".into(),
        "53300" => "the server has no free connection slots (max_connections): close idle sessions or go through a pooler".into(),
        "26000" | "42P05" => "a prepared statement went missing or was there already: is this a transaction-mode pooler (PgBouncer)? add pooler=transaction to the URL".into(),
        _ => return None,
    })
}

/// A PostgreSQL error as the server gave it (severity, SQLSTATE, message, detail, hint), or the
/// chain of causes of a client-side failure.
pub fn describe(e: &postgres::Error) -> String {
    if let Some(db) = e.as_db_error() {
        let mut s = format!("{} {}: {}", db.severity(), db.code().code(), db.message());
        if let Some(d) = db.detail() {
            s.push_str(&format!(" ({d})"));
        }
        if let Some(h) = db.hint() {
            s.push_str(&format!("; server hint: {h}"));
        }
        return s;
    }
    let mut s = e.to_string();
    let mut source = e.source();
    while let Some(c) = source {
        s.push_str(&format!(": {c}"));
        source = c.source();
    }
    s
}

/// The settings of an mzctl session: `SET` on a connection of its own, `SET LOCAL` (`scope`)
/// at the start of each transaction through a pooler.
fn session_sql(schema: Option<&str>, scope: &str) -> String {
    // Dates cross the wire as text (COPY): in ISO form whatever the server's default.
    let mut sql = format!("SET {scope}DateStyle = 'ISO, YMD'");
    if let Some(schema) = schema {
        sql.push_str(&format!("; SET {scope}search_path = {}", quote_ident(schema)));
    }
    sql
}

impl PgConn {
    pub fn connect(url: &str) -> Result<PgConn> {
        let parsed = PgUrl::parse(url)?;
        let redacted = super::url::redact_url(url);
        let pooled = match parsed.param("pooler") {
            None => false,
            Some("transaction") => true,
            Some(other) => {
                return Err(Fail::usage(format!("invalid pooler {other:?}"))
                    .hint("pooler=transaction for a transaction-mode pooler such as PgBouncer; a session-mode pooler needs nothing")
                    .into())
            }
        };
        let mut notes = Vec::new();
        let mut config = config_from(&parsed, pooled, &mut notes)?;
        let tls = tls::configure(&parsed)?;
        config.ssl_mode(tls.mode.first_attempt());
        let schema = parsed.param("schema").map(str::to_string);
        let mut conn = PgConn::with_config(config, tls, schema, pooled, redacted)?;
        conn.notes = notes;
        Ok(conn)
    }

    fn with_config(mut config: postgres::Config, tls: tls::Tls, schema: Option<String>, pooled: bool, redacted: String) -> Result<PgConn> {
        let mut client = match config.connect(tls.connector.clone()) {
            // `allow`: plain first, TLS when the server turns a plain connection away.
            Err(e)
                if tls.mode == tls::SslMode::Allow && e.code() == Some(&postgres::error::SqlState::INVALID_AUTHORIZATION_SPECIFICATION) =>
            {
                config.ssl_mode(postgres::config::SslMode::Require);
                config.connect(tls.connector.clone())
            }
            other => other,
        }
        .map_err(|e| connect_error(&e, &redacted, &tls))?;
        // Pooled, these are set in each transaction instead.
        if !pooled {
            client.batch_execute(&session_sql(schema.as_deref(), ""))?;
        }
        Ok(PgConn {
            client,
            url: redacted,
            config,
            tls,
            schema,
            prepared: HashMap::new(),
            fast_open: false,
            pooled,
            in_tx: false,
            notes: Vec::new(),
        })
    }

    /// Run `f` in a transaction of its own when pooled and none is open (a statement outside
    /// one may run on any server connection, and a statement prepared in one round trip and
    /// executed in the next may be gone); as it is otherwise.
    fn guarded<T>(&mut self, f: impl FnOnce(&mut PgConn) -> Result<T>) -> Result<T> {
        if !self.pooled || self.in_tx {
            return f(self);
        }
        self.client.batch_execute(&format!("BEGIN; {}", session_sql(self.schema.as_deref(), "LOCAL ")))?;
        self.in_tx = true;
        let out = f(self);
        // Statements are closed (their drop queues the Close) before the transaction ends.
        self.prepared.clear();
        let ended = self.client.batch_execute(if out.is_ok() { "COMMIT" } else { "ROLLBACK" });
        self.in_tx = false;
        let v = out?;
        ended?;
        Ok(v)
    }

    /// `batch` through a pooler: a transaction begins with the session's settings, statements
    /// outside one get one of their own, and prepared statements are closed before it ends.
    fn pooled_batch(&mut self, sql: &str) -> Result<()> {
        let effect = tx_effect(sql);
        let text = match (self.in_tx, effect) {
            (false, Some(true)) => {
                let (first, rest) = sql.split_once(';').unwrap_or((sql, ""));
                let rest = if rest.trim().is_empty() { String::new() } else { format!(";{rest}") };
                format!("{first}; {}{rest}", session_sql(self.schema.as_deref(), "LOCAL "))
            }
            // A ROLLBACK with nothing open (after a failure) changes nothing: as it is.
            (false, Some(false)) => sql.to_string(),
            (false, None) => format!("BEGIN; {}; {sql}; COMMIT", session_sql(self.schema.as_deref(), "LOCAL ")),
            (true, _) => {
                if effect == Some(false) || !matches!(sql.split_whitespace().next(), Some("SAVEPOINT" | "RELEASE" | "ROLLBACK" | "UPDATE"))
                {
                    self.prepared.clear();
                }
                sql.to_string()
            }
        };
        let done = self.client.batch_execute(&text);
        match (&done, effect) {
            (Ok(()), Some(open)) => self.in_tx = open,
            // A transaction opened by a statement that then failed is left aborted: end it.
            (Err(_), Some(true)) if !self.in_tx => {
                let _ = self.client.batch_execute("ROLLBACK");
            }
            // A failed COMMIT or ROLLBACK ends the transaction all the same (or the
            // connection is gone).
            (Err(_), Some(false)) => self.in_tx = false,
            _ => {}
        }
        Ok(done?)
    }

    /// Make sure there is a schema to create mzctl's tables in (see [`Conn::prepare_schema`]).
    fn prepare_schema_now(&mut self) -> Result<()> {
        if let Some(schema) = self.schema.clone() {
            let exists = self.client.query_one("SELECT count(*) > 0 FROM pg_namespace WHERE nspname = $1", &[&schema])?.get::<_, bool>(0);
            if !exists {
                self.client.batch_execute(&format!("CREATE SCHEMA {}", quote_ident(&schema))).map_err(|e| {
                    Fail::error(format!("cannot create the schema {schema:?}: {}", describe(&e))).hint(format!(
                        "ask the DBA: CREATE SCHEMA {} AUTHORIZATION {}",
                        quote_ident(&schema),
                        self.config.get_user().unwrap_or("<role>")
                    ))
                })?;
            }
        }
        let row = self.client.query_one(
            "SELECT current_schema()::text, current_user::text, COALESCE(has_schema_privilege(current_schema(), 'CREATE'), false)",
            &[],
        )?;
        let (schema, user, can_create): (Option<String>, String, bool) = (row.get(0), row.get(1), row.get(2));
        let Some(schema) = schema else {
            return Err(Fail::error("no schema on the search path exists to create mzctl's tables in")
                .hint(format!(
                    "add ?schema=NAME to the URL (mzctl creates it when {user} may), or ask the DBA: CREATE SCHEMA mz AUTHORIZATION {user}"
                ))
                .into());
        };
        if !can_create {
            return Err(Fail::error(format!("role {user} may not create tables in schema {schema:?} (PostgreSQL 15 revoked CREATE on public from ordinary roles)"))
                .hint(format!("use a schema of the application's own: ?schema=mz in the URL (the DBA runs CREATE SCHEMA mz AUTHORIZATION {user}), or GRANT CREATE ON SCHEMA {schema} TO {user}; db init must run as the schema's owner"))
                .into());
        }
        Ok(())
    }

    /// A statement prepared once per connection.
    fn statement(&mut self, sql: &str) -> Result<Statement> {
        if let Some(s) = self.prepared.get(sql) {
            return Ok(s.clone());
        }
        let stmt = self.client.prepare(sql)?;
        if self.prepared.len() >= 256 {
            self.prepared.clear();
        }
        self.prepared.insert(sql.to_string(), stmt.clone());
        Ok(stmt)
    }
}

fn refs<'a>(params: &'a [Param<'a>]) -> Vec<&'a (dyn ToSql + Sync)> {
    params.iter().map(|p| p as &(dyn ToSql + Sync)).collect()
}

type BoxError = Box<dyn Error + Sync + Send>;

/// Text bound into a column of type `ty`: parsed as what the column holds.
fn text_as(s: &str, ty: &Type, out: &mut BytesMut) -> Result<IsNull, BoxError> {
    match *ty {
        Type::DATE => s.parse::<jiff::civil::Date>()?.to_sql(ty, out),
        Type::TIMESTAMPTZ => s.parse::<jiff::Timestamp>()?.to_sql(ty, out),
        Type::INT8 => s.trim().parse::<i64>()?.to_sql(ty, out),
        Type::INT4 => s.trim().parse::<i32>()?.to_sql(ty, out),
        Type::INT2 => s.trim().parse::<i16>()?.to_sql(ty, out),
        Type::FLOAT8 => s.trim().parse::<f64>()?.to_sql(ty, out),
        Type::BOOL => matches!(s, "t" | "true" | "1").to_sql(ty, out),
        Type::JSON | Type::JSONB => serde_json::from_str::<serde_json::Value>(s)?.to_sql(ty, out),
        _ => s.to_sql(ty, out),
    }
}

impl ToSql for Param<'_> {
    fn to_sql(&self, ty: &Type, out: &mut BytesMut) -> Result<IsNull, BoxError> {
        match *self {
            Param::Null => Ok(IsNull::Yes),
            Param::Text(s) | Param::Json(s) => text_as(s, ty, out),
            Param::Int(n) => match *ty {
                Type::INT8 => n.to_sql(ty, out),
                Type::INT4 => i32::try_from(n)?.to_sql(ty, out),
                Type::INT2 => i16::try_from(n)?.to_sql(ty, out),
                Type::FLOAT8 => (n as f64).to_sql(ty, out),
                Type::BOOL => (n != 0).to_sql(ty, out),
                _ => n.to_string().to_sql(ty, out),
            },
            Param::Real(f) => match *ty {
                Type::FLOAT4 => (f as f32).to_sql(ty, out),
                Type::FLOAT8 => f.to_sql(ty, out),
                _ => f.to_string().to_sql(ty, out),
            },
            Param::Bool(b) => match *ty {
                Type::BOOL => b.to_sql(ty, out),
                Type::INT8 | Type::INT4 | Type::INT2 => Param::Int(i64::from(b)).to_sql(ty, out),
                _ => b.to_string().to_sql(ty, out),
            },
            Param::Date(d) => match *ty {
                Type::DATE => d.to_sql(ty, out),
                _ => d.to_string().to_sql(ty, out),
            },
            // Whole seconds, as SQLite stores them (ISO text without fractions).
            Param::Ts(t) => match *ty {
                Type::TIMESTAMPTZ => jiff::Timestamp::from_second(t.as_second()).map_err(|e| Box::new(e) as BoxError)?.to_sql(ty, out),
                _ => crate::clock::format_utc(t).to_sql(ty, out),
            },
            Param::Texts(list) => list.to_sql(ty, out),
        }
    }

    fn accepts(_: &Type) -> bool {
        true
    }

    postgres::types::to_sql_checked!();
}

impl<'a> FromSql<'a> for Cell {
    fn from_sql(ty: &Type, raw: &'a [u8]) -> Result<Cell, BoxError> {
        Ok(match *ty {
            Type::BOOL => Cell::Bool(bool::from_sql(ty, raw)?),
            Type::INT2 => Cell::Int(i16::from_sql(ty, raw)?.into()),
            Type::INT4 => Cell::Int(i32::from_sql(ty, raw)?.into()),
            Type::INT8 => Cell::Int(i64::from_sql(ty, raw)?),
            Type::OID => Cell::Int(u32::from_sql(ty, raw)?.into()),
            Type::FLOAT4 => Cell::Real(f32::from_sql(ty, raw)?.into()),
            Type::FLOAT8 => Cell::Real(f64::from_sql(ty, raw)?),
            Type::DATE => Cell::Date(jiff::civil::Date::from_sql(ty, raw)?),
            Type::TIMESTAMPTZ => Cell::Ts(jiff::Timestamp::from_sql(ty, raw)?),
            Type::JSON | Type::JSONB => Cell::Text(serde_json::Value::from_sql(ty, raw)?.to_string()),
            Type::TEXT | Type::VARCHAR | Type::BPCHAR | Type::NAME | Type::UNKNOWN => Cell::Text(String::from_sql(ty, raw)?),
            _ => return Err(format!("cannot read a column of type {ty} (cast it in the query)").into()),
        })
    }

    fn from_sql_null(_: &Type) -> Result<Cell, BoxError> {
        Ok(Cell::Null)
    }

    fn accepts(_: &Type) -> bool {
        true
    }
}

impl Conn for PgConn {
    fn dialect(&self) -> Dialect {
        Dialect::Postgres
    }

    fn url(&self) -> &str {
        &self.url
    }

    fn execute(&mut self, sql: &str, params: &[Param<'_>]) -> Result<u64> {
        self.guarded(|c| {
            let stmt = c.statement(sql)?;
            Ok(c.client.execute(&stmt, &refs(params))?)
        })
    }

    fn query(&mut self, sql: &str, params: &[Param<'_>]) -> Result<Vec<Row>> {
        self.guarded(|c| {
            let stmt = c.statement(sql)?;
            c.client
                .query(&stmt, &refs(params))?
                .iter()
                .map(|r| Ok(Row((0..r.len()).map(|i| r.try_get::<_, Cell>(i)).collect::<Result<_, _>>()?)))
                .collect()
        })
    }

    fn batch(&mut self, sql: &str) -> Result<()> {
        if self.pooled {
            return self.pooled_batch(sql);
        }
        // A statement prepared before a change of the schema may no longer describe it.
        if !matches!(sql.split_whitespace().next(), Some("BEGIN" | "COMMIT" | "ROLLBACK" | "SAVEPOINT" | "RELEASE" | "UPDATE")) {
            self.prepared.clear();
        }
        Ok(self.client.batch_execute(sql)?)
    }

    fn has_table(&mut self, name: &str) -> Result<bool> {
        self.guarded(|c| {
            let row = c.client.query_one(
                "SELECT count(*) > 0 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = $1",
                &[&name],
            )?;
            Ok(row.get(0))
        })
    }

    fn table_names(&mut self) -> Result<Vec<String>> {
        self.guarded(|c| {
            let rows = c.client.query("SELECT table_name::text FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1", &[])?;
            Ok(rows.iter().map(|r| r.get(0)).collect())
        })
    }

    fn lock_migrations(&mut self) -> Result<()> {
        self.guarded(|c| {
            c.client.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])?;
            Ok(())
        })
    }

    fn prepare_schema(&mut self) -> Result<()> {
        self.guarded(PgConn::prepare_schema_now)
    }

    /// A new connection made as this one was.
    fn reader(&self) -> Result<Option<Box<dyn Conn>>> {
        Ok(Some(Box::new(PgConn::with_config(self.config.clone(), self.tls.clone(), self.schema.clone(), self.pooled, self.url.clone())?)))
    }

    /// Each piece is one COPY, during whose round trip the server waits: fewer, larger pieces.
    fn piece_rows(&self) -> usize {
        20_000
    }

    fn write_rows(
        &mut self,
        batch: i64,
        spec: &crate::db::records::TableSpec,
        mode: crate::db::records::Mode,
        rows: &[crate::db::records::Row],
    ) -> Result<crate::db::records::ChunkOutcome> {
        load::write_rows(self, batch, spec, mode, rows)
    }

    fn notes(&mut self) -> Vec<String> {
        std::mem::take(&mut self.notes)
    }

    fn chunk_ended(&mut self) {
        self.fast_open = false;
    }

    fn scan_records(
        &mut self,
        spec: &crate::db::records::TableSpec,
        columns: usize,
        scope: &crate::db::checks::Scope,
        part: crate::db::checks::ScanPart,
        f: &mut dyn FnMut(&[&str]) -> Result<()>,
    ) -> Result<()> {
        self.guarded(|c| scan::scan_records(&mut c.client, spec, columns, scope, part, f))
    }

    fn stream(&mut self, what: &str, sql: &str, columns: usize, f: &mut dyn FnMut(&[&str]) -> Result<()>) -> Result<()> {
        self.guarded(|c| scan::stream(&mut c.client, what, sql, columns, f))
    }

    fn scan_parts(&mut self, table: &str, n: usize) -> Result<Vec<crate::db::checks::ScanPart>> {
        self.guarded(|c| scan::scan_parts(&mut c.client, table, n))
    }

    fn refresh_statistics(&mut self, tables: &[&str]) -> Result<Vec<String>> {
        self.guarded(|c| scan::refresh_statistics(&mut c.client, tables))
    }

    /// Through a pooler, a connection that holds a transaction open while it waits for a
    /// reader could wait for a server connection the pool no longer has.
    fn reads_while_writing(&mut self) -> Result<bool> {
        Ok(!self.pooled)
    }

    fn append_findings(&mut self, run: i64, seq: i64, findings: &[crate::db::checks::Finding]) -> Result<()> {
        self.guarded(|c| scan::append_findings(&mut c.client, run, seq, findings))
    }
}

#[cfg(test)]
mod tests {
    use super::tx_effect;

    #[test]
    fn transaction_boundaries_as_mzctl_writes_them() {
        assert_eq!(tx_effect("BEGIN"), Some(true));
        assert_eq!(tx_effect("UPDATE import_batches SET read = 1 WHERE id = 2; COMMIT"), Some(false));
        assert_eq!(tx_effect("ROLLBACK TO SAVEPOINT tx; RELEASE SAVEPOINT tx"), None);
        assert_eq!(tx_effect("rollback"), Some(false));
        assert_eq!(tx_effect("SAVEPOINT fast"), None);
        assert_eq!(tx_effect("DELETE FROM region_changes WHERE list_version IS NULL; DELETE FROM region_versions"), None);
    }
}
