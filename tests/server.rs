//! A PostgreSQL server's own rules: a role that may only read runs an import's dry run (which
//! reads and writes nothing), and the server's statement_timeout and lock_timeout stop an
//! import saying which limit it was, with nothing half-written.
use crate::support::{self, mzctl};
use serde_json::Value;
use std::path::{Path, PathBuf};

fn run(home: &Path, url: &str, args: &[&str]) -> (i32, String, String) {
    let out = mzctl(home).args(["--db", url]).args(args).output().unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

/// Run and parse the JSON it prints; exit codes 0 and 3 (rows rejected) are success here.
fn json(home: &Path, url: &str, args: &[&str]) -> Value {
    let (code, stdout, err) = run(home, url, &[&["--json", "-q"], args].concat());
    assert!(code == 0 || code == 3, "{args:?} on {url}: exit {code}: {err}");
    serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{args:?}: {e}: {stdout}"))
}

/// The counts of an import report.
fn counts(r: &Value) -> Vec<(&'static str, Value)> {
    ["read", "inserted", "updated", "unchanged", "rejected", "conflicts", "deleted"].into_iter().map(|k| (k, r[k].clone())).collect()
}

/// A synthetic city's people file (made without a database), and its lines.
fn people(home: &Path, seed: &str, n: &str) -> (PathBuf, Vec<String>) {
    let dir = home.join(format!("city{seed}"));
    let (code, _, err) = run(
        home,
        "sqlite::memory:",
        &["seed", "-q", "--yes", "--as-of", "2026-06-30", "--systems", "0", "--seed", seed, "--people", n, "--out", dir.to_str().unwrap()],
    );
    assert_eq!(code, 0, "{err}");
    let file = dir.join("people.csv");
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(!text.contains('"'), "the edits below split on commas");
    (file, text.lines().map(String::from).collect())
}

/// The URL of the test database as another role (the test servers trust loopback).
fn as_role(pg: &support::PgDb, role: &str, params: &str) -> String {
    format!("{}?{params}", pg.url.replacen("://postgres@", &format!("://{role}@"), 1))
}

/// A file that changes a stored city every way an import can: changed rows (updated), rows
/// left out (a replace deletes them), rows repeated later in the file (conflicts, across
/// chunks), new rows (one of them twice), and rows the validator rejects.
fn changes(home: &Path, stored: &[String], fresh: &[String]) -> PathBuf {
    let mut out = vec![stored[0].clone()];
    for (i, line) in stored[1..].iter().enumerate() {
        match i {
            0..100 => {
                let mut f: Vec<&str> = line.split(',').collect();
                let moved = format!("{}（迁）", f[6]);
                f[6] = &moved;
                out.push(f.join(","));
            }
            100..150 => {}
            _ => out.push(line.clone()),
        }
    }
    out.extend(fresh[1..101].iter().cloned());
    out.extend(stored[201..221].iter().cloned());
    out.push(fresh[7].clone());
    out.push("12345,坏号码,M,1980-01-01,440103,,,汉族".into());
    out.push(stored[300].replace(",440", ",999"));
    let file = home.join("changes.csv");
    std::fs::write(&file, out.join("\n") + "\n").unwrap();
    file
}

/// A read-only role's `import --dry-run` counts exactly what the import then does, in every
/// mode, and changes nothing; the same on SQLite.
#[test]
fn a_read_only_role_dry_runs_an_import_exactly() {
    let Some(pg) = support::pg() else { return };
    let home = support::tempdir();
    let h = home.path();
    let (owner, reader) = (format!("{}_owner", pg.name), format!("{}_reader", pg.name));
    let mut admin = postgres::Client::connect(&pg.url, postgres::NoTls).unwrap();
    admin
        .batch_execute(&format!(
            "CREATE ROLE {owner} LOGIN; CREATE ROLE {reader} LOGIN; GRANT CONNECT ON DATABASE {db} TO {owner}, {reader};
             CREATE SCHEMA mz AUTHORIZATION {owner}",
            db = pg.name
        ))
        .unwrap();
    let (owner_url, reader_url) = (as_role(&pg, &owner, "schema=mz"), as_role(&pg, &reader, "schema=mz"));
    let local = format!("sqlite:{}/local.db", h.display());
    let (file, stored) = people(h, "3", "3000");
    let (_, fresh) = people(h, "4", "200");
    for url in [&owner_url, &local] {
        json(h, url, &["import", "people", file.to_str().unwrap(), "--today", "2026-06-30"]);
    }
    admin.batch_execute(&format!("GRANT USAGE ON SCHEMA mz TO {reader}; GRANT SELECT ON ALL TABLES IN SCHEMA mz TO {reader}")).unwrap();
    let changed = changes(h, &stored, &fresh);
    let changed = changed.to_str().unwrap();
    let batches = |c: &mut postgres::Client| -> i64 { c.query_one("SELECT count(*) FROM mz.import_batches", &[]).unwrap().get(0) };
    for mode in ["insert", "upsert", "replace"] {
        let args = ["import", "people", changed, "--mode", mode, "--batch-size", "500", "--today", "2026-06-30"];
        let before = batches(&mut admin);
        let dry = json(h, &reader_url, &[&args[..], &["--dry-run"]].concat());
        assert_eq!(dry["batch"], Value::Null, "{dry}");
        assert_eq!(batches(&mut admin), before, "a dry run writes no batch");
        let real = json(h, &owner_url, &args);
        assert_eq!(counts(&dry), counts(&real), "--mode {mode}: the dry run counts what the import does");
        assert!(real["rejected"].as_u64().unwrap() >= 2 && real["read"].as_u64().unwrap() > 3000, "{real}");
        // SQLite: the same counts, dry and real.
        let dry_local = json(h, &local, &[&args[..], &["--dry-run"]].concat());
        let real_local = json(h, &local, &args);
        assert_eq!(counts(&dry_local), counts(&real_local), "--mode {mode} on SQLite");
        assert_eq!(counts(&real_local), counts(&real), "--mode {mode}: SQLite and PostgreSQL");
        match mode {
            "insert" => assert_eq!(real["inserted"], 100, "{real}"),
            "upsert" => assert!(real["updated"] == 100 && real["conflicts"] == 21, "{real}"),
            _ => assert_eq!(real["deleted"], 50, "{real}"),
        }
    }
    // The reader's dry runs left no audit entry (it may not write one, and changed nothing).
    let audited: i64 = admin.query_one("SELECT count(*) FROM mz.audit_log WHERE command LIKE '%--dry-run%'", &[]).unwrap().get(0);
    assert_eq!(audited, 0);
}

/// A statement cancelled by the server's statement_timeout: exit 1 naming it, the chunks
/// committed before rolled back (the batch failed, no row kept), and a run without the limit
/// imports everything.
#[test]
fn statement_timeout_stops_an_import_cleanly() {
    let Some(pg) = support::pg() else { return };
    let home = support::tempdir();
    let h = home.path();
    let (file, lines) = people(h, "5", "3000");
    let url = format!("{}?schema=mz&options=-c%20statement_timeout%3D300", pg.url);
    let (code, _, err) = run(h, &url, &["-q", "db", "init"]);
    assert_eq!(code, 0, "{err}");
    // Writes into people turn slow once 1,000 rows are stored: the third chunk's COPY
    // outlasts the timeout.
    let mut admin = postgres::Client::connect(&pg.url, postgres::NoTls).unwrap();
    admin
        .batch_execute(
            "CREATE FUNCTION mz.slow() RETURNS trigger LANGUAGE plpgsql AS $$
             BEGIN IF (SELECT count(*) FROM mz.people) >= 1000 THEN PERFORM pg_sleep(2); END IF; RETURN NULL; END $$;
             CREATE TRIGGER slow BEFORE INSERT ON mz.people FOR EACH STATEMENT EXECUTE FUNCTION mz.slow()",
        )
        .unwrap();
    let (code, _, err) = run(h, &url, &["-q", "import", "people", file.to_str().unwrap(), "--batch-size", "500", "--today", "2026-06-30"]);
    assert_eq!(code, 1, "{err}");
    // The hint mzctl gives for SQLSTATE 57014.
    assert!(err.contains("due to statement timeout") && err.contains("statement_timeout cancelled the statement"), "{err}");
    let batches = json(h, &url, &["import", "batches"]);
    assert_eq!(batches[0]["state"], "failed", "{batches}");
    let kept: i64 = admin.query_one("SELECT count(*) FROM mz.people", &[]).unwrap().get(0);
    assert_eq!(kept, 0, "the committed chunks are rolled back");
    admin.batch_execute("DROP TRIGGER slow ON mz.people").unwrap();
    let r = json(h, &url, &["import", "people", file.to_str().unwrap(), "--batch-size", "500", "--today", "2026-06-30"]);
    assert_eq!((r["read"].as_u64(), r["inserted"].as_u64()), (Some(lines.len() as u64 - 1), Some(lines.len() as u64 - 1)), "{r}");
}

/// Another session holds a lock the import needs: lock_timeout ends the wait, exit 1 naming
/// it; the batch stays interrupted (its rollback needs the lock too) and `--resume` finishes
/// it with exact counts once the lock is gone.
#[test]
fn lock_timeout_stops_an_import_and_resume_finishes_it() {
    let Some(pg) = support::pg() else { return };
    let home = support::tempdir();
    let h = home.path();
    let (file, lines) = people(h, "6", "3000");
    let url = format!("{}?schema=mz&options=-c%20lock_timeout%3D300", pg.url);
    let (code, _, err) = run(h, &url, &["-q", "db", "init"]);
    assert_eq!(code, 0, "{err}");
    let mut holder = postgres::Client::connect(&pg.url, postgres::NoTls).unwrap();
    holder.batch_execute("BEGIN; LOCK TABLE mz.people IN SHARE MODE").unwrap();
    let (code, _, err) = run(h, &url, &["-q", "import", "people", file.to_str().unwrap(), "--batch-size", "500", "--today", "2026-06-30"]);
    assert_eq!(code, 1, "{err}");
    // The hint for SQLSTATE 55P03 first, then what became of the batch.
    assert!(err.contains("due to lock timeout") && err.contains("lock_timeout expired") && err.contains("stays interrupted"), "{err}");
    holder.batch_execute("COMMIT").unwrap();
    let batches = json(h, &url, &["import", "batches"]);
    assert_eq!(batches[0]["state"], "interrupted", "{batches}");
    let r = json(h, &url, &["import", "people", file.to_str().unwrap(), "--resume", "--batch-size", "500", "--today", "2026-06-30"]);
    let n = lines.len() as u64 - 1;
    assert_eq!((r["batch"].as_i64(), r["read"].as_u64(), r["inserted"].as_u64()), (Some(1), Some(n), Some(n)), "{r}");
    let stored: i64 = holder.query_one("SELECT count(*) FROM mz.people", &[]).unwrap().get(0);
    assert_eq!(stored as u64, n);
}
