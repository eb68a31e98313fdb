//! Through PgBouncer in transaction pooling mode (`tools/pgbouncer.sh`: pools of two server
//! connections, so that a client's transactions move between them and between clients):
//! with `pooler=transaction` the import/check/cert story ends as it does on a direct
//! connection, and what a transaction-mode pooler cannot carry is refused, saying why.
use crate::support::{self, mzctl};
use serde_json::Value;
use std::path::Path;

/// `MZCTL_TEST_PGBOUNCER` names a PgBouncer in front of the `MZCTL_TEST_PG` server; with
/// `CI=true` it must be set.
pub(crate) fn bouncer() -> Option<String> {
    let Ok(url) = std::env::var("MZCTL_TEST_PGBOUNCER") else {
        if std::env::var("CI").is_ok_and(|v| v == "true") {
            panic!("MZCTL_TEST_PGBOUNCER is not set, and CI=true requires the pooler tests to run (tools/pgbouncer.sh)");
        }
        eprintln!("SKIPPED: pooler test (start tools/pgbouncer.sh DIR PORT and set MZCTL_TEST_PGBOUNCER=postgres://postgres@127.0.0.1:PORT/postgres)");
        return None;
    };
    Some(url)
}

/// The test database `db` (made on the server) through the bouncer, with `params`.
pub(crate) fn through(bouncer: &str, db: &support::PgDb, params: &str) -> String {
    let base = bouncer.rsplit_once('/').map_or(bouncer, |(b, _)| b);
    format!("{base}/{}?{params}", db.name)
}

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

/// A synthetic city's files (people, enrolments, deaths), made without a database.
fn city(home: &Path, people: &str) -> std::path::PathBuf {
    let dir = home.join("city");
    let (code, _, err) = run(
        home,
        "sqlite::memory:",
        &[
            "seed",
            "-q",
            "--yes",
            "--as-of",
            "2026-06-30",
            "--systems",
            "0",
            "--seed",
            "3",
            "--people",
            people,
            "--out",
            dir.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 0, "{err}");
    dir
}

/// The story on one URL: init, imports in small chunks, a check run and its findings,
/// certificates issued and one verified, the last import undone; what each step reported.
fn story(home: &Path, url: &str, city: &Path, tag: &str) -> Vec<(String, Value)> {
    let mut seen = Vec::new();
    let (code, _, err) = run(home, url, &["-q", "db", "init"]);
    assert_eq!(code, 0, "{url}: {err}");
    for kind in ["people", "enrolments", "deaths"] {
        let file = city.join(format!("{kind}.csv"));
        let mut r = json(home, url, &["import", kind, file.to_str().unwrap(), "--batch-size", "300", "--today", "2026-06-30"]);
        for k in ["seconds", "rejects_file", "file"] {
            r.as_object_mut().unwrap().remove(k);
        }
        seen.push((format!("import {kind}"), r));
    }
    // Again: every row now unchanged (the staging path, not the fast one).
    let mut again = json(home, url, &["import", "people", city.join("people.csv").to_str().unwrap(), "--today", "2026-06-30"]);
    for k in ["seconds", "rejects_file", "file"] {
        again.as_object_mut().unwrap().remove(k);
    }
    seen.push(("import people again".into(), again));
    let mut run_json = json(home, url, &["check", "run", "--as-of", "2026-06-30", "--fail-on", "never"]);
    seen.push(("check run rules".into(), run_json["rules"].take()));
    seen.push(("check findings".into(), json(home, url, &["check", "findings", "--limit", "100000"])));
    // Certificates: the issuer's key goes into a home of the run's own.
    let certs = home.join(tag);
    std::fs::create_dir_all(&certs).unwrap();
    let (code, _, err) = mzctl_in(
        &certs,
        url,
        &["-q", "cert", "issuer", "init", "--name", "广州市民政局", "--uscc", "11440100MB2C92151Y", "--region", "440100"],
    );
    assert_eq!(code, 0, "{err}");
    let cards = certs.join("cards");
    let (code, _, err) =
        mzctl_in(&certs, url, &["-q", "cert", "issue", "--type", "elder-card", "--eligible", "--out", cards.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let trust = certs.join("trust.json");
    let (code, _, err) = mzctl_in(&certs, url, &["-q", "cert", "trust", "export", "--out", trust.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let card: Value = serde_json::from_str(&std::fs::read_to_string(cards.join("elder-card-260000001.json")).unwrap()).unwrap();
    let payload = card["qr_payload"].as_str().unwrap();
    let (code, stdout, err) = mzctl_in(&certs, url, &["cert", "verify", payload, "--trust", trust.to_str().unwrap()]);
    assert_eq!(code, 0, "{stdout}{err}");
    let batches = json(home, url, &["import", "batches"]);
    let deaths = batches.as_array().unwrap().iter().find(|b| b["kind"] == "deaths").unwrap()["id"].as_i64().unwrap().to_string();
    seen.push(("import undo".into(), json(home, url, &["--yes", "import", "undo", &deaths])));
    let mut status = json(home, url, &["db", "status"]);
    seen.push(("db status tables".into(), status["tables"].take()));
    assert_eq!(status["session"]["schema"], tag, "{status}");
    seen
}

fn mzctl_in(home: &Path, url: &str, args: &[&str]) -> (i32, String, String) {
    run(home, url, args)
}

#[test]
fn story_through_pgbouncer_equals_a_direct_connection() {
    let Some(bouncer) = bouncer() else { return };
    let Some(pg) = support::pg() else { return };
    let home = support::tempdir();
    let h = home.path();
    let city = city(h, "3000");
    // Two schemas of one database: the same story through the bouncer and directly.
    let pooled = story(h, &through(&bouncer, &pg, "pooler=transaction&schema=pooled"), &city, "pooled");
    let direct = story(h, &format!("{}?schema=direct", pg.url), &city, "direct");
    assert_eq!(pooled.len(), direct.len());
    for ((step, a), (_, b)) in pooled.iter().zip(&direct) {
        assert_eq!(a, b, "{step}: through PgBouncer vs direct");
    }
    let people = &pooled[0].1;
    assert_eq!(people["inserted"], 3000, "{people}");
    assert!(pooled.iter().any(|(s, v)| s == "check findings" && v.as_array().is_some_and(|f| !f.is_empty())), "no findings to compare");
}

#[test]
fn options_are_refused_in_pooler_mode_and_named_by_the_pooler_otherwise() {
    let Some(bouncer) = bouncer() else { return };
    let Some(pg) = support::pg() else { return };
    let home = support::tempdir();
    let h = home.path();
    // Without pooler=transaction the bouncer itself refuses the startup parameter.
    let (code, _, err) = run(h, &through(&bouncer, &pg, "options=-c%20statement_timeout%3D0"), &["db", "status"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("unsupported startup parameter: options") && err.contains("pooler=transaction"), "{err}");
    // With it, mzctl refuses before connecting (port 1: nothing listens there).
    for url in [
        through(&bouncer, &pg, "pooler=transaction&options=-c%20statement_timeout%3D0"),
        "postgres://u@127.0.0.1:1/x?pooler=transaction&options=-c%20x%3D1".into(),
    ] {
        let (code, _, err) = run(h, &url, &["db", "status"]);
        assert_eq!(code, 2, "{err}");
        assert!(err.contains("options= cannot be used with pooler=transaction") && err.contains("ALTER ROLE"), "{err}");
    }
    let out = mzctl(h)
        .args(["--db", "host=127.0.0.1 port=1 dbname=x pooler=transaction", "db", "status"])
        .env("PGOPTIONS", "-c x=1")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("PGOPTIONS cannot be used with pooler=transaction"));
    let (code, _, err) = run(h, &through(&bouncer, &pg, "pooler=statement"), &["db", "status"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("invalid pooler \"statement\""), "{err}");
}

/// Imports side by side through a pool of two server connections: each client's chunks run
/// on whichever server connection is free, and every count adds up.
#[test]
fn concurrent_imports_through_pgbouncer() {
    let Some(bouncer) = bouncer() else { return };
    let Some(pg) = support::pg() else { return };
    let home = support::tempdir();
    let h = home.path();
    let city = city(h, "4000");
    let url = through(&bouncer, &pg, "pooler=transaction&schema=side");
    let (code, _, err) = run(h, &url, &["-q", "db", "init"]);
    assert_eq!(code, 0, "{err}");
    // The people in four files of their own, header repeated.
    let text = std::fs::read_to_string(city.join("people.csv")).unwrap();
    let mut lines = text.lines();
    let header = lines.next().unwrap();
    let rows: Vec<&str> = lines.collect();
    let files: Vec<_> = rows
        .chunks(rows.len().div_ceil(4))
        .enumerate()
        .map(|(i, part)| {
            let f = h.join(format!("part{i}.csv"));
            std::fs::write(&f, format!("{header}\n{}\n", part.join("\n"))).unwrap();
            f
        })
        .collect();
    let bin = assert_cmd::cargo::cargo_bin("mzctl");
    let children: Vec<_> = files
        .iter()
        .map(|f| {
            let mut cmd = std::process::Command::new(&bin);
            cmd.args(["--db", &url, "--json", "-q", "import", "people"]).arg(f).args(["--batch-size", "100", "--today", "2026-06-30"]);
            cmd.env("HOME", h).env("MZCTL_NOW", support::NOW).env("USER", "tester").env_remove("MZCTL_DB");
            cmd.stdout(std::process::Stdio::piped()).stderr(std::process::Stdio::piped()).spawn().unwrap()
        })
        .collect();
    let mut inserted = 0;
    for child in children {
        let out = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(matches!(out.status.code(), Some(0 | 3)), "{err}");
        let r: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(r["read"], r["inserted"].as_u64().unwrap() + r["rejected"].as_u64().unwrap(), "{r}");
        inserted += r["inserted"].as_u64().unwrap();
    }
    let status = json(h, &url, &["db", "status"]);
    assert_eq!(status["tables"]["people"], inserted, "{status}");
    let batches = json(h, &url, &["import", "batches"]);
    assert_eq!(batches.as_array().unwrap().len(), 4);
    assert!(batches.as_array().unwrap().iter().all(|b| b["state"] == "done"), "{batches}");
    // The pool really was shared: the server saw no more than the pool's two connections
    // from the bouncer for this database at a time, and the imports all ran.
    let mut admin = postgres::Client::connect(&std::env::var("MZCTL_TEST_PG").unwrap(), postgres::NoTls).unwrap();
    let n: i64 = admin.query_one("SELECT count(*) FROM pg_stat_activity WHERE datname = $1", &[&pg.name]).unwrap().get(0);
    assert!(n <= 2, "{n} server connections: not pooled");
}
