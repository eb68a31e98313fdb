//! The remote backend: PostgreSQL 13+ (and compatible servers) over the `postgres` crate.
//! Password from the URL, `PGPASSWORD` or `~/.pgpass`; user from the URL, `PGUSER` or the OS
//! user. A statement is prepared once per connection; a value is bound as the column it meets
//! asks (text into a date column is parsed as a date), so the shared queries need no casts.
mod load;
mod scan;

use crate::db::sql::{Cell, Dialect, Param, Row};
use crate::db::Conn;
use crate::error::Fail;
use anyhow::Result;
use postgres::types::{private::BytesMut, FromSql, IsNull, ToSql, Type};
use postgres::{Client, NoTls, Statement};
use std::collections::HashMap;
use std::error::Error;
use std::time::Duration;

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
}

impl PgConn {
    pub fn connect(url: &str) -> Result<PgConn> {
        let redacted = super::url::redact(url);
        let mut config: postgres::Config = url.parse().map_err(|e| Fail::usage(format!("invalid PostgreSQL URL {redacted}: {e}")))?;
        if config.get_hosts().is_empty() {
            config.host("localhost");
        }
        if config.get_user().is_none() {
            let user = std::env::var("PGUSER").unwrap_or_else(|_| crate::config::os_user());
            config.user(&user);
        }
        if config.get_connect_timeout().is_none() {
            config.connect_timeout(Duration::from_secs(10));
        }
        if config.get_password().is_none() {
            if let Ok(pw) = std::env::var("PGPASSWORD") {
                config.password(pw);
            } else {
                let host = match config.get_hosts().first() {
                    Some(postgres::config::Host::Tcp(h)) => h.clone(),
                    _ => "localhost".to_string(),
                };
                let port = config.get_ports().first().copied().unwrap_or(5432);
                let user = config.get_user().unwrap_or_default().to_string();
                let db = config.get_dbname().unwrap_or(&user).to_string();
                if let Some(pw) = super::pgpass::lookup(&host, port, &db, &user) {
                    config.password(pw);
                }
            }
        }
        PgConn::with_config(config, redacted)
    }

    fn with_config(config: postgres::Config, redacted: String) -> Result<PgConn> {
        let mut client = config.connect(NoTls).map_err(|e| {
            Fail::error(format!("cannot connect to {redacted}: {}", super::url::redact(&e.to_string()))).hint("is the server running and the URL right? set it with --db or MZCTL_DB")
        })?;
        // Dates cross the wire as text (COPY): in ISO form whatever the server's default.
        client.batch_execute("SET DateStyle = 'ISO, YMD'")?;
        Ok(PgConn { client, url: redacted, config, prepared: HashMap::new(), fast_open: false })
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
            Param::Ts(t) => match *ty {
                Type::TIMESTAMPTZ => t.to_sql(ty, out),
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
        let stmt = self.statement(sql)?;
        Ok(self.client.execute(&stmt, &refs(params))?)
    }

    fn query(&mut self, sql: &str, params: &[Param<'_>]) -> Result<Vec<Row>> {
        let stmt = self.statement(sql)?;
        self.client
            .query(&stmt, &refs(params))?
            .iter()
            .map(|r| Ok(Row((0..r.len()).map(|i| r.try_get::<_, Cell>(i)).collect::<Result<_, _>>()?)))
            .collect()
    }

    fn batch(&mut self, sql: &str) -> Result<()> {
        // A statement prepared before a change of the schema may no longer describe it.
        if !matches!(sql.split_whitespace().next(), Some("BEGIN" | "COMMIT" | "ROLLBACK" | "SAVEPOINT" | "RELEASE" | "UPDATE")) {
            self.prepared.clear();
        }
        Ok(self.client.batch_execute(sql)?)
    }

    fn has_table(&mut self, name: &str) -> Result<bool> {
        let row = self.client.query_one("SELECT count(*) > 0 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = $1", &[&name])?;
        Ok(row.get(0))
    }

    fn table_names(&mut self) -> Result<Vec<String>> {
        let rows = self.client.query("SELECT table_name::text FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1", &[])?;
        Ok(rows.iter().map(|r| r.get(0)).collect())
    }

    fn lock_migrations(&mut self) -> Result<()> {
        self.client.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])?;
        Ok(())
    }

    /// A new connection made as this one was.
    fn reader(&self) -> Result<Option<Box<dyn Conn>>> {
        Ok(Some(Box::new(PgConn::with_config(self.config.clone(), self.url.clone())?)))
    }

    /// Each piece is one COPY, during whose round trip the server waits: fewer, larger pieces.
    fn piece_rows(&self) -> usize {
        20_000
    }

    fn write_rows(&mut self, batch: i64, spec: &crate::db::records::TableSpec, mode: crate::db::records::Mode, rows: &[crate::db::records::Row]) -> Result<crate::db::records::ChunkOutcome> {
        load::write_rows(self, batch, spec, mode, rows)
    }

    fn chunk_ended(&mut self) {
        self.fast_open = false;
    }

    fn scan_records(&mut self, spec: &crate::db::records::TableSpec, columns: usize, scope: &crate::db::checks::Scope, part: crate::db::checks::ScanPart, f: &mut dyn FnMut(&[&str]) -> Result<()>) -> Result<()> {
        scan::scan_records(&mut self.client, spec, columns, scope, part, f)
    }

    fn scan_parts(&mut self, table: &str, n: usize) -> Result<Vec<crate::db::checks::ScanPart>> {
        scan::scan_parts(&mut self.client, table, n)
    }

    fn refresh_statistics(&mut self, tables: &[&str]) -> Result<Vec<String>> {
        scan::refresh_statistics(&mut self.client, tables)
    }

    fn reads_while_writing(&mut self) -> Result<bool> {
        Ok(true)
    }

    fn append_findings(&mut self, run: i64, seq: i64, findings: &[crate::db::checks::Finding]) -> Result<()> {
        scan::append_findings(&mut self.client, run, seq, findings)
    }
}
