//! PostgreSQL as a data centre runs it (`tools/pg_tls_cluster.sh`): hostssl only, SCRAM
//! passwords, a CA of its own, a role per application in a schema of its own. The story runs
//! over verify-full, and each way of getting it wrong says what is wrong.
use crate::support::{self, mzctl};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

struct TlsServer {
    dir: PathBuf,
    port: u16,
    password: String,
}

/// `MZCTL_TEST_PG_TLS` names the directory of a running TLS cluster; with `CI=true` it must.
fn server() -> Option<TlsServer> {
    let Ok(dir) = std::env::var("MZCTL_TEST_PG_TLS") else {
        if std::env::var("CI").is_ok_and(|v| v == "true") {
            panic!("MZCTL_TEST_PG_TLS is not set, and CI=true requires the TLS tests to run (tools/pg_tls_cluster.sh)");
        }
        eprintln!("SKIPPED: TLS test (start tools/pg_tls_cluster.sh DIR PORT and set MZCTL_TEST_PG_TLS=DIR)");
        return None;
    };
    let dir = PathBuf::from(dir);
    let port = std::fs::read_to_string(dir.join("port")).unwrap().trim().parse().unwrap();
    let password = std::fs::read_to_string(dir.join("password")).unwrap();
    Some(TlsServer { dir, port, password })
}

static COUNTER: AtomicUsize = AtomicUsize::new(0);

impl TlsServer {
    /// Administration over the Unix socket (trusted there, as a DBA's shell would be).
    fn admin(&self, sql: &str) {
        let mut c = postgres::Config::new()
            .host_path(&self.dir)
            .port(self.port)
            .user("postgres")
            .dbname("postgres")
            .connect(postgres::NoTls)
            .expect("admin connection over the socket");
        c.batch_execute(sql).unwrap_or_else(|e| panic!("{sql}: {e:?}"));
    }

    /// A fresh database for one test.
    fn database(&self) -> String {
        let name = format!("mz_tls{}_{}", std::process::id(), COUNTER.fetch_add(1, Ordering::SeqCst));
        self.admin(&format!("CREATE DATABASE {name}"));
        name
    }

    fn ca(&self) -> String {
        self.dir.join("ca.crt").display().to_string()
    }

    /// The superuser's URL with the password written as is (it holds `/`, `#`, `?` and `@`).
    fn url(&self, host: &str, db: &str, params: &str) -> String {
        format!("postgres://postgres:{}@{host}:{}/{db}?{params}", self.password, self.port)
    }
}

fn run(home: &Path, url: &str, args: &[&str]) -> (i32, String, String) {
    let out = mzctl(home).args(["--db", url]).args(args).output().unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn story_over_verify_full_in_a_schema() {
    let Some(s) = server() else { return };
    let home = support::tempdir();
    let h = home.path();
    let db = s.database();
    let url = s.url("localhost", &db, &format!("sslmode=verify-full&sslrootcert={}&schema=app", s.ca()));
    let (code, _, err) = run(h, &url, &["-q", "db", "init"]);
    assert_eq!(code, 0, "{err}");
    let out = h.join("city");
    let (code, _, err) = run(
        h,
        &url,
        &[
            "seed",
            "-q",
            "--yes",
            "--into-db",
            "--as-of",
            "2026-06-30",
            "--systems",
            "0",
            "--seed",
            "3",
            "--people",
            "2000",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 0, "{err}");
    let (code, stdout, err) = run(h, &url, &["--json", "db", "status"]);
    assert_eq!(code, 0, "{err}");
    let status: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(status["session"]["schema"], "app");
    assert!(status["session"]["tls"].as_str().is_some_and(|t| t.starts_with("TLSv1.")), "{status}");
    assert_eq!(status["tables"]["people"], 2000);
    let (code, stdout, err) = run(h, &url, &["--json", "-q", "check", "run", "--as-of", "2026-06-30", "--fail-on", "never"]);
    assert_eq!(code, 0, "{err}");
    let over_tls: serde_json::Value = serde_json::from_str(&stdout).unwrap();

    // The same city on SQLite finds the same.
    let local = format!("sqlite:{}/same.db", h.display());
    let (code, _, err) = run(
        h,
        &local,
        &[
            "seed",
            "-q",
            "--yes",
            "--into-db",
            "--as-of",
            "2026-06-30",
            "--systems",
            "0",
            "--seed",
            "3",
            "--people",
            "2000",
            "--out",
            h.join("city2").to_str().unwrap(),
        ],
    );
    assert_eq!(code, 0, "{err}");
    let (_, stdout, _) = run(h, &local, &["--json", "-q", "check", "run", "--as-of", "2026-06-30", "--fail-on", "never"]);
    let on_sqlite: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(over_tls["rules"], on_sqlite["rules"]);

    // The password (with / # ? @ in it) appears nowhere: not in output, not in the audit log.
    let (code, stdout, err) = run(h, &url, &["--json", "audit", "list"]);
    assert_eq!(code, 0, "{err}");
    assert!(stdout.contains("postgres:***@localhost"), "{stdout}");
    for text in [&stdout, &err] {
        assert!(!text.contains(&s.password), "password leaked: {text}");
    }

    // Another schema in the same database is another mzctl database.
    let other = s.url("localhost", &db, &format!("sslmode=verify-full&sslrootcert={}&schema=other", s.ca()));
    let (code, stdout, err) = run(h, &other, &["--json", "-q", "db", "init"]);
    assert_eq!(code, 0, "{err}");
    let (_, stdout2, _) = run(h, &other, &["--json", "db", "status"]);
    let status: serde_json::Value = serde_json::from_str(&stdout2).unwrap();
    assert_eq!(status["tables"]["people"], 0, "{stdout}");
    assert_eq!(status["session"]["schema"], "other");
}

#[test]
fn what_goes_wrong_is_named() {
    let Some(s) = server() else { return };
    let home = support::tempdir();
    let h = home.path();
    let db = s.database();
    let ca = s.ca();
    let fails = |url: &str, code: i32, says: &[&str]| {
        let (got, _, err) = run(h, url, &["db", "status"]);
        assert_eq!(got, code, "{url}: {err}");
        for want in says {
            assert!(err.contains(want), "{url}: expected {want:?} in:\n{err}");
        }
        assert!(!err.contains(&s.password), "password leaked: {err}");
    };
    // The certificate names localhost, not 127.0.0.1: verify-full refuses, verify-ca accepts.
    fails(&s.url("127.0.0.1", &db, &format!("sslmode=verify-full&sslrootcert={ca}")), 1, &["not valid for name", "sslmode=verify-full"]);
    let (code, stdout, err) = run(h, &s.url("127.0.0.1", &db, &format!("sslmode=verify-ca&sslrootcert={ca}")), &["db", "status"]);
    assert_eq!(code, 0, "{err}");
    assert!(stdout.contains("encryption\tTLSv1."), "{stdout}");
    // A root certificate makes require verify the CA (libpq's rule).
    let wrong = s.dir.join("wrong-ca.crt").display().to_string();
    fails(&s.url("localhost", &db, &format!("sslmode=require&sslrootcert={wrong}")), 1, &["UnknownIssuer", "sslmode=require (verify-ca)"]);
    fails(&s.url("localhost", &db, &format!("sslmode=verify-full&sslrootcert={wrong}")), 1, &["UnknownIssuer"]);
    // verify-full with no root certificate anywhere is a usage error.
    fails(&s.url("localhost", &db, "sslmode=verify-full"), 2, &["needs a root certificate"]);
    // Plain connections are refused by a hostssl-only server, in its words.
    fails(&s.url("localhost", &db, "sslmode=disable"), 1, &["28000", "no encryption", "sslmode=require"]);
    // A wrong password: the server's message and code.
    fails(
        &format!("postgres://postgres:not-it@localhost:{}/{db}?sslmode=require", s.port),
        1,
        &["28P01", "password authentication failed"],
    );
    // The default (prefer) encrypts when the server offers it.
    let (code, stdout, err) = run(h, &s.url("localhost", &db, "application_name=mzctl"), &["db", "status"]);
    assert_eq!(code, 0, "{err}");
    assert!(stdout.contains("encryption\tTLSv1."), "{stdout}");
    // allow: plain first, and TLS when the server turns plain away.
    let (code, stdout, err) = run(h, &s.url("localhost", &db, "sslmode=allow"), &["db", "status"]);
    assert_eq!(code, 0, "{err}");
    assert!(stdout.contains("encryption\tTLSv1."), "{stdout}");
    // Unknown parameters are refused, as libpq refuses them.
    fails(&s.url("localhost", &db, "sslmod=require"), 2, &["unknown parameter \"sslmod\""]);
}

#[test]
fn client_certificate_login() {
    let Some(s) = server() else { return };
    let home = support::tempdir();
    let h = home.path();
    let db = s.database();
    let (cert, key) = (s.dir.join("client.crt"), s.dir.join("client.key"));
    let url = format!(
        "postgres://mz_cert@localhost:{}/{db}?sslmode=verify-full&sslrootcert={}&sslcert={}&sslkey={}",
        s.port,
        s.ca(),
        cert.display(),
        key.display()
    );
    let (code, stdout, err) = run(h, &url, &["db", "status"]);
    assert_eq!(code, 0, "{err}");
    assert!(stdout.contains("user\tmz_cert"), "{stdout}");
    // The same through the environment variables.
    let out = mzctl(h)
        .args(["--db", &format!("postgres://mz_cert@localhost:{}/{db}", s.port), "db", "status"])
        .env("PGSSLMODE", "verify-full")
        .env("PGSSLROOTCERT", s.ca())
        .env("PGSSLCERT", &cert)
        .env("PGSSLKEY", &key)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    // A key others can read is refused, as libpq refuses it.
    let loose = h.join("loose.key");
    std::fs::copy(&key, &loose).unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&loose, std::fs::Permissions::from_mode(0o644)).unwrap();
    let url = format!(
        "postgres://mz_cert@localhost:{}/{db}?sslmode=verify-full&sslrootcert={}&sslcert={}&sslkey={}",
        s.port,
        s.ca(),
        cert.display(),
        loose.display()
    );
    let (code, _, err) = run(h, &url, &["db", "status"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("readable by others") && err.contains("chmod 600"), "{err}");
}

#[test]
fn a_role_without_create_on_public_is_told_what_to_do() {
    let Some(s) = server() else { return };
    let home = support::tempdir();
    let h = home.path();
    let db = s.database();
    let role = format!("{db}_steward");
    s.admin(&format!("CREATE ROLE {role} LOGIN PASSWORD 'steward-pw'; GRANT CONNECT ON DATABASE {db} TO {role}"));
    let url = format!("postgres://{role}:steward-pw@localhost:{}/{db}?sslmode=verify-full&sslrootcert={}", s.port, s.ca());
    let (code, _, err) = run(h, &url, &["db", "init"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("may not create tables in schema \"public\"") && err.contains("?schema="), "{err}");
    // A schema it may not create either: the server's refusal and the DBA's command.
    let (code, _, err) = run(h, &format!("{url}&schema=mz"), &["db", "init"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("42501") && err.contains("CREATE SCHEMA \"mz\" AUTHORIZATION"), "{err}");
    // Once the DBA gives it the schema, init works.
    let mut c = postgres::Config::new().host_path(&s.dir).port(s.port).user("postgres").dbname(&db).connect(postgres::NoTls).unwrap();
    c.batch_execute(&format!("CREATE SCHEMA mz AUTHORIZATION {role}")).unwrap();
    let (code, _, err) = run(h, &format!("{url}&schema=mz"), &["-q", "db", "init"]);
    assert_eq!(code, 0, "{err}");
}

#[test]
fn least_privilege_roles() {
    let Some(s) = server() else { return };
    let home = support::tempdir();
    let h = home.path();
    let db = s.database();
    let (owner, steward, reader) = (format!("{db}_owner"), format!("{db}_steward"), format!("{db}_reader"));
    s.admin(&format!(
        "CREATE ROLE {owner} LOGIN PASSWORD 'o-pw'; CREATE ROLE {steward} LOGIN PASSWORD 's-pw'; CREATE ROLE {reader} LOGIN PASSWORD 'r-pw';
         GRANT CONNECT ON DATABASE {db} TO {owner}, {steward}, {reader}"
    ));
    let mut c = postgres::Config::new().host_path(&s.dir).port(s.port).user("postgres").dbname(&db).connect(postgres::NoTls).unwrap();
    c.batch_execute(&format!("CREATE SCHEMA mz AUTHORIZATION {owner}")).unwrap();
    let url = |role: &str, pw: &str| {
        format!("postgres://{role}:{pw}@localhost:{}/{db}?sslmode=verify-full&sslrootcert={}&schema=mz", s.port, s.ca())
    };
    let (code, _, err) = run(h, &url(&owner, "o-pw"), &["-q", "db", "init"]);
    assert_eq!(code, 0, "{err}");
    // What the DBA grants the working role (docs/postgres.md): table rights, no DDL.
    c.batch_execute(&format!(
        "GRANT USAGE ON SCHEMA mz TO {steward}, {reader};
         GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA mz TO {steward};
         GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA mz TO {steward};
         GRANT SELECT ON ALL TABLES IN SCHEMA mz TO {reader}"
    ))
    .unwrap();
    let w = url(&steward, "s-pw");
    let out = h.join("city");
    let (code, _, err) = run(
        h,
        &w,
        &[
            "seed",
            "-q",
            "--yes",
            "--into-db",
            "--as-of",
            "2026-06-30",
            "--systems",
            "0",
            "--seed",
            "4",
            "--people",
            "1500",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 0, "{err}");
    let (code, stdout, err) = run(h, &w, &["--json", "-q", "check", "run", "--as-of", "2026-06-30", "--fail-on", "never"]);
    assert_eq!(code, 0, "{err}");
    let run_json: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert!(run_json["run"].as_i64().is_some(), "{stdout}");
    let (code, _, err) = run(h, &w, &["--json", "import", "batches"]);
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = run(h, &w, &["-q", "--yes", "import", "undo", "4"]);
    assert_eq!(code, 0, "undo the last batch as the working role: {err}");

    // The reader reads, and is told what it may not do; nothing is half-written.
    let r = url(&reader, "r-pw");
    for args in [&["db", "status"][..], &["check", "findings", "--limit", "3"], &["import", "batches"]] {
        let (code, _, err) = run(h, &r, args);
        assert_eq!(code, 0, "{args:?}: {err}");
    }
    let before: i64 = c.query_one("SELECT count(*) FROM mz.check_runs", &[]).unwrap().get(0);
    let (code, _, err) = run(h, &r, &["-q", "check", "run", "--as-of", "2026-06-30"]);
    assert_eq!(code, 1, "{err}");
    // Refused before anything is written: the audit entry comes first, and the reader may not write it.
    assert!(
        err.contains("cannot write the audit log, so nothing was changed")
            && err.contains("permission denied")
            && err.contains("audit_log")
            && err.contains("docs/postgres.md"),
        "{err}"
    );
    let after: i64 = c.query_one("SELECT count(*) FROM mz.check_runs", &[]).unwrap().get(0);
    assert_eq!(before, after);
}

/// The held-out story's last act: the server ends the backend mid-import (a failover, a DBA's
/// `pg_terminate_backend`); mzctl exits 1 saying so, and `--resume` ends with the counts of an
/// uninterrupted run.
#[test]
fn backend_killed_mid_import_resumes_exactly() {
    let Some(s) = server() else { return };
    let home = support::tempdir();
    let h = home.path();
    let db = s.database();
    let url = s.url("localhost", &db, &format!("sslmode=verify-full&sslrootcert={}&schema=mz", s.ca()));
    let data = h.join("big");
    let (code, _, err) = run(
        h,
        "sqlite::memory:",
        &[
            "seed",
            "-q",
            "--yes",
            "--as-of",
            "2026-06-30",
            "--systems",
            "0",
            "--defects",
            "0.01",
            "--seed",
            "8",
            "--people",
            "120000",
            "--out",
            data.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 0, "{err}");
    let file = data.join("people.csv");
    let (code, _, err) = run(h, &url, &["-q", "db", "init"]);
    assert_eq!(code, 0, "{err}");
    let bin = assert_cmd::cargo::cargo_bin("mzctl");
    let mut cmd = std::process::Command::new(&bin);
    cmd.args(["--db", &url, "-q", "import", "people"]).arg(&file).args(["--batch-size", "2000", "--today", "2026-06-30"]);
    cmd.env("HOME", h)
        .env("MZCTL_NOW", support::NOW)
        .env("USER", "tester")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped());
    let child = cmd.spawn().unwrap();
    let mut admin = postgres::Config::new().host_path(&s.dir).port(s.port).user("postgres").dbname(&db).connect(postgres::NoTls).unwrap();
    let last_line = |c: &mut postgres::Client| -> i64 {
        c.query_one("SELECT coalesce(max(last_line), 0) FROM mz.import_batches", &[]).map(|r| r.get(0)).unwrap_or(0)
    };
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while last_line(&mut admin) == 0 && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    let killed: i64 = admin
        .query_one("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = $1 AND application_name = 'mzctl' AND pid <> pg_backend_pid()", &[&db])
        .unwrap()
        .get(0);
    assert!(killed >= 1, "no mzctl backend to terminate");
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    let stopped_at = last_line(&mut admin);
    assert!(stopped_at < 120_000, "the import finished before the kill ({stopped_at})");
    assert_eq!(out.status.code(), Some(1), "stopped at line {stopped_at}: {err}");
    assert!(err.contains("--resume"), "{err}");
    let (code, stdout, err) = run(
        h,
        &url,
        &["--json", "-q", "import", "people", file.to_str().unwrap(), "--resume", "--batch-size", "2000", "--today", "2026-06-30"],
    );
    assert!(code == 0 || code == 3, "{err}");
    let resumed: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let fresh = format!("sqlite:{}/fresh.db", h.display());
    let (_, stdout, err) = run(h, &fresh, &["--json", "-q", "import", "people", file.to_str().unwrap(), "--today", "2026-06-30"]);
    let whole: serde_json::Value = serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}: {err}"));
    assert!(whole["read"].as_u64().is_some_and(|n| n >= 120_000), "{whole}");
    assert_eq!(resumed["batch"], 1, "the interrupted batch goes on: {resumed}");
    assert!(resumed["resumed_after"].as_u64().is_some_and(|l| l > 0), "{resumed}");
    for k in ["read", "inserted", "updated", "unchanged", "rejected"] {
        assert_eq!(resumed[k], whole[k], "{k} after resuming from line {stopped_at}: {resumed}");
    }
    let stored: i64 = admin.query_one("SELECT count(*) FROM mz.people", &[]).unwrap().get(0);
    assert_eq!(serde_json::json!(stored), whole["inserted"]);
}
