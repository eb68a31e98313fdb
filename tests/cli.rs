//! End-to-end behaviour of the real binary: exit codes, errors, precedence, redaction, pipes.
use crate::support::{self, mzctl};
use predicates::prelude::*;
use std::process::Stdio;

fn json(out: &[u8]) -> serde_json::Value {
    serde_json::from_slice(out).unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(out)))
}

#[test]
fn help_lists_the_nouns() {
    let home = support::tempdir();
    let out = mzctl(home.path()).arg("--help").assert().success().get_output().stdout.clone();
    let text = String::from_utf8(out).unwrap();
    for noun in ["db", "audit", "demo", "completions", "man"] {
        assert!(text.lines().any(|l| l.trim_start().starts_with(noun)), "--help lacks {noun}:\n{text}");
    }
    assert!(text.contains("Exit status"));
}

#[test]
fn unknown_subcommand_is_a_usage_error() {
    let home = support::tempdir();
    mzctl(home.path()).arg("nosuch").assert().code(2).stderr(predicate::str::contains("unrecognized subcommand"));
}

#[test]
fn bad_scheme_errors_once_with_a_hint() {
    let home = support::tempdir();
    let out = mzctl(home.path()).args(["--db", "mysql://u@h/d", "db", "status"]).assert().code(2).get_output().stderr.clone();
    let err = String::from_utf8(out).unwrap();
    assert_eq!(err.matches("error:").count(), 1, "{err}");
    assert!(err.contains("hint:"), "{err}");
}

#[test]
fn postgres_password_never_shown() {
    let home = support::tempdir();
    // Port 1 on loopback: nothing listens, so the connection fails and the error names the URL.
    let out = mzctl(home.path())
        .args(["--db", "postgres://mz:s3cr3t@127.0.0.1:1/mz", "db", "status"])
        .assert()
        .code(1)
        .get_output()
        .stderr
        .clone();
    let err = String::from_utf8(out).unwrap();
    assert!(err.contains("postgres://mz:***@127.0.0.1:1/mz"), "{err}");
    assert!(!err.contains("s3cr3t"), "{err}");
}

#[test]
fn default_database_is_created_in_the_data_dir() {
    let home = support::tempdir();
    let out = mzctl(home.path()).args(["db", "status", "--json"]).assert().success().get_output().stdout.clone();
    let v = json(&out);
    let expected = format!("sqlite:{}", home.path().join("data/mzctl/mzctl.db").display());
    assert_eq!(v["url"], expected.as_str());
}

#[test]
fn url_precedence_flag_env_config_default() {
    let home = support::tempdir();
    let cfg = home.path().join("config/mzctl");
    std::fs::create_dir_all(&cfg).unwrap();
    std::fs::write(cfg.join("config.toml"), format!("db = \"sqlite:{}/from-config.db\"\n", home.path().display())).unwrap();
    let url =
        |cmd: &mut assert_cmd::Command| json(&cmd.args(["db", "status", "--json"]).assert().success().get_output().stdout)["url"].clone();
    let p = home.path().display();
    assert_eq!(url(&mut mzctl(home.path())), format!("sqlite:{p}/from-config.db").as_str());
    assert_eq!(url(mzctl(home.path()).env("MZCTL_DB", format!("{p}/from-env.db"))), format!("sqlite:{p}/from-env.db").as_str());
    assert_eq!(
        url(mzctl(home.path()).env("MZCTL_DB", format!("{p}/from-env.db")).args(["--db", &format!("sqlite:{p}/from-flag.db")])),
        format!("sqlite:{p}/from-flag.db").as_str()
    );
}

#[test]
fn bad_config_names_the_file() {
    let home = support::tempdir();
    let cfg = home.path().join("config/mzctl");
    std::fs::create_dir_all(&cfg).unwrap();
    std::fs::write(cfg.join("config.toml"), "database = 'x'\n").unwrap();
    mzctl(home.path()).args(["db", "status"]).assert().code(1).stderr(predicate::str::contains("config.toml: invalid config"));
}

fn status_shape(url: &str, home: &std::path::Path) -> serde_json::Value {
    mzctl(home).args(["--db", url, "db", "init", "-q"]).assert().success();
    let v = json(&mzctl(home).args(["--db", url, "db", "status", "--json"]).assert().success().get_output().stdout);
    for key in ["backend", "url", "schema_version", "pending", "tables"] {
        assert!(v.get(key).is_some(), "db status --json lacks {key}: {v}");
    }
    v
}

#[test]
fn status_json_has_the_same_shape_on_both_backends() {
    let home = support::tempdir();
    let sqlite = status_shape(&format!("sqlite:{}/x.db", home.path().display()), home.path());
    assert_eq!(sqlite["backend"], "sqlite");
    let Some(pg) = support::pg() else { return };
    let postgres = status_shape(&pg.url, home.path());
    assert_eq!(postgres["backend"], "postgres");
    let keys = |v: &serde_json::Value| v.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
    assert_eq!(keys(&sqlite), keys(&postgres));
    assert_eq!(keys(&sqlite["tables"]), keys(&postgres["tables"]), "same tables on both backends");
    assert_eq!(sqlite["schema_version"], postgres["schema_version"]);
}

#[test]
fn changes_are_audited_with_secrets_redacted() {
    let home = support::tempdir();
    let db = format!("sqlite:{}/a.db", home.path().display());
    mzctl(home.path()).args(["--db", &db, "db", "init"]).assert().success();
    let v = json(&mzctl(home.path()).args(["--db", &db, "audit", "list", "--json"]).assert().success().get_output().stdout);
    let rows = v.as_array().unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["os_user"], "tester");
    assert_eq!(rows[0]["outcome"], "ok");
    assert_eq!(rows[0]["at"], "2026-11-23T02:00:00Z");
    assert!(rows[0]["command"].as_str().unwrap().ends_with("db init"));
    // Reads are not audited.
    let v = json(&mzctl(home.path()).args(["--db", &db, "audit", "list", "--json"]).assert().success().get_output().stdout);
    assert_eq!(v.as_array().unwrap().len(), 1);
}

#[test]
fn broken_pipe_exits_zero_quietly() {
    let home = support::tempdir();
    let bin = assert_cmd::cargo::cargo_bin("mzctl");
    let script = format!("set -o pipefail; '{}' --db sqlite::memory: audit list --json | head -c 10 >/dev/null", bin.display());
    let status = std::process::Command::new("bash").args(["-c", &script]).status().unwrap();
    assert!(status.success());
    // A reader that is gone before mzctl writes anything.
    for args in [&["man"][..], &["completions", "bash"][..]] {
        let mut child = std::process::Command::new(&bin)
            .args(args)
            .env("HOME", home.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{args:?}: {:?}", out.status);
        assert!(out.stderr.is_empty(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    }
}

#[test]
fn formats_csv_and_plain() {
    let home = support::tempdir();
    let db = format!("sqlite:{}/f.db", home.path().display());
    mzctl(home.path()).args(["--db", &db, "db", "init", "-q"]).assert().success();
    let out = mzctl(home.path()).args(["--db", &db, "--format", "csv", "db", "status"]).assert().success().get_output().stdout.clone();
    let text = String::from_utf8(out).unwrap();
    assert!(text.starts_with("table,rows\naudit_log,1\n"), "{text}");
    assert!(text.lines().any(|l| l == "people,0"), "{text}");
    mzctl(home.path()).args(["--db", &db, "--json", "--format", "csv", "db", "status"]).assert().code(2);
}
