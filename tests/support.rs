//! Shared test helpers: the binary, scratch directories, and throwaway PostgreSQL databases.
#![allow(dead_code)]
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

pub const NOW: &str = "2026-11-23T10:00:00+08:00";

/// A `Command` for the real binary, isolated from the user's files and environment.
pub fn mzctl(home: &Path) -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::cargo_bin("mzctl").expect("binary built");
    isolate(&mut cmd, home);
    cmd
}

pub fn isolate(cmd: &mut assert_cmd::Command, home: &Path) {
    cmd.env_remove("MZCTL_DB")
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("MZCTL_NOW", NOW)
        .env("NO_COLOR", "1")
        // The same results whatever the developer's locale.
        .env("MZCTL_LANG", "en")
        .env("USER", "tester");
}

pub fn tempdir() -> tempfile::TempDir {
    tempfile::tempdir().expect("temp dir")
}

pub fn repo_path(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

/// A PostgreSQL database of its own for one test, dropped afterwards.
pub struct PgDb {
    admin_url: String,
    pub name: String,
    pub url: String,
}

static PG_COUNTER: AtomicUsize = AtomicUsize::new(0);

/// `MZCTL_TEST_PG` names a server (any database on it); each test gets a fresh database there.
/// With `CI=true` a missing or unreachable server fails the test; locally it skips, loudly.
pub fn pg() -> Option<PgDb> {
    let Ok(admin_url) = std::env::var("MZCTL_TEST_PG") else {
        if std::env::var("CI").is_ok_and(|v| v == "true") {
            panic!("MZCTL_TEST_PG is not set, and CI=true requires the PostgreSQL tests to run");
        }
        eprintln!("SKIPPED: PostgreSQL test (set MZCTL_TEST_PG=postgres://user@host:port/db to run it)");
        return None;
    };
    let name = format!("mzctl_t{}_{}", std::process::id(), PG_COUNTER.fetch_add(1, Ordering::SeqCst));
    let mut client = postgres::Client::connect(&admin_url, postgres::NoTls).unwrap_or_else(|e| panic!("cannot reach MZCTL_TEST_PG: {e}"));
    client.batch_execute(&format!("CREATE DATABASE {name}")).expect("create test database");
    let base = admin_url.rsplit_once('/').map_or(admin_url.as_str(), |(b, _)| b);
    let url = format!("{base}/{name}");
    Some(PgDb { admin_url, name, url })
}

/// A schema of its own on the Citus cluster for one test, dropped (on every node) afterwards.
/// A schema rather than a database: each Citus database holds its own node list, so a fresh
/// database would have no workers.
pub struct CitusDb {
    admin_url: String,
    pub schema: String,
    /// The coordinator's URL with `?schema=` this test's schema.
    pub url: String,
}

/// `MZCTL_TEST_CITUS` names a Citus coordinator (with its workers added, as
/// tools/citus_cluster.sh starts one). Unset: skipped, or a failure under `CI=true` when the
/// machine has Citus installed (CI leaves it unset where Citus cannot be built).
pub fn citus() -> Option<CitusDb> {
    let Ok(admin_url) = std::env::var("MZCTL_TEST_CITUS") else {
        let installed = std::path::Path::new("/usr/lib/postgresql/15/lib/citus.so").exists();
        if installed && std::env::var("CI").is_ok_and(|v| v == "true") {
            panic!("MZCTL_TEST_CITUS is not set, and CI=true requires the Citus tests to run where Citus is installed");
        }
        eprintln!("SKIPPED: Citus test (set MZCTL_TEST_CITUS=postgres://user@host:port/db of a coordinator to run it)");
        return None;
    };
    let schema = format!("mzctl_c{}_{}", std::process::id(), PG_COUNTER.fetch_add(1, Ordering::SeqCst));
    postgres::Client::connect(&admin_url, postgres::NoTls).unwrap_or_else(|e| panic!("cannot reach MZCTL_TEST_CITUS: {e}"));
    let sep = if admin_url.contains('?') { '&' } else { '?' };
    let url = format!("{admin_url}{sep}schema={schema}");
    Some(CitusDb { admin_url, schema, url })
}

/// A Citus schema with mzctl's tables made and distributed (`db init`), as a user would start.
pub fn citus_init(home: &Path) -> Option<CitusDb> {
    let c = citus()?;
    mzctl(home).args(["--db", &c.url, "-q", "db", "init"]).assert().success();
    Some(c)
}

/// A client for direct SQL on a PostgreSQL URL as mzctl takes it: its `schema` parameter
/// (which libpq does not know) becomes the session's search path.
pub fn connect(url: &str) -> postgres::Client {
    let (base, schema) = match url.split_once('?') {
        Some((base, query)) => {
            let mut kept = Vec::new();
            let mut schema = None;
            for kv in query.split('&') {
                match kv.strip_prefix("schema=") {
                    Some(s) => schema = Some(s.to_string()),
                    None => kept.push(kv),
                }
            }
            (if kept.is_empty() { base.to_string() } else { format!("{base}?{}", kept.join("&")) }, schema)
        }
        None => (url.to_string(), None),
    };
    let mut c = postgres::Client::connect(&base, postgres::NoTls).unwrap_or_else(|e| panic!("connect {base}: {e}"));
    if let Some(schema) = schema {
        c.batch_execute(&format!("SET search_path = \"{schema}\"")).unwrap();
    }
    c
}

/// What keeps a test's database alive until the test ends (dropped: the database goes).
pub type Keep = Option<Box<dyn std::any::Any>>;

/// The databases a test of the same behaviour everywhere runs on: a SQLite file, then
/// PostgreSQL and a Citus cluster (`db init` there) when available.
pub fn backends(home: &Path, file: &str) -> Vec<(String, Keep)> {
    let mut out: Vec<(String, Keep)> = vec![(format!("sqlite:{}/{file}", home.display()), None)];
    if let Some(pg) = pg() {
        out.push((pg.url.clone(), Some(Box::new(pg))));
    }
    if let Some(c) = citus_init(home) {
        out.push((c.url.clone(), Some(Box::new(c))));
    }
    out
}

impl Drop for CitusDb {
    fn drop(&mut self) {
        if let Ok(mut c) = postgres::Client::connect(&self.admin_url, postgres::NoTls) {
            let _ = c.batch_execute(&format!("DROP SCHEMA IF EXISTS {} CASCADE", self.schema));
        }
    }
}

impl Drop for PgDb {
    fn drop(&mut self) {
        if let Ok(mut c) = postgres::Client::connect(&self.admin_url, postgres::NoTls) {
            let _ = c.batch_execute(&format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name));
        }
    }
}
