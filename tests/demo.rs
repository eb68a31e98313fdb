//! `mzctl demo`: a database and folder of its own unless `--db` says otherwise, made afresh on
//! each run; exit 0 when every step came out as the seeded city implies.
use crate::support::{self, mzctl};
use std::path::Path;

fn demo(home: &Path, args: &[&str]) -> (i32, serde_json::Value, String) {
    let out = mzctl(home).current_dir(home).args(["--json", "demo", "--people", "1500"]).args(args).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let report = serde_json::from_slice(&out.stdout).unwrap_or(serde_json::Value::Null);
    (out.status.code().unwrap_or(-1), report, stderr)
}

#[test]
fn demo_keeps_to_a_database_and_folder_of_its_own() {
    let home = support::tempdir();
    let h = home.path();
    let folder = h.join("data/mzctl/demo");
    let (code, report, stderr) = demo(h, &[]);
    assert_eq!(code, 0, "{report:#}\n{stderr}");
    assert_eq!(report["unexpected"], serde_json::json!([]), "{report:#}");
    assert_eq!(report["own_database"], true);
    assert!(report["database"].as_str().unwrap().ends_with("data/mzctl/demo/demo.db"), "{report:#}");
    assert!(stderr.contains(&folder.display().to_string()) && stderr.contains("afresh"), "says where, and that it starts afresh: {stderr}");
    assert!(!h.join("data/mzctl/mzctl.db").exists(), "the demo wrote into the default database");
    assert!(!h.join("data/mzctl/keys").exists(), "the demo's issuer key went among the user's keys");
    for file in [
        "manifest.json",
        "people.csv",
        "trust.json",
        "revoked.json",
        "cards/elder-card-260000001.qr.png",
        "keys/11440100MB2C92151Y.pem",
        "report.html",
    ] {
        assert!(folder.join(file).exists(), "{file} not in the demo folder");
    }
    // The README's own issuer, on the default database, is not blocked by the demo's.
    mzctl(h)
        .args(["cert", "issuer", "init", "-q", "--name", "广州市民政局", "--uscc", "11440100MB2C92151Y", "--region", "440100"])
        .assert()
        .success();

    // Again: a fresh folder and database, not an error on what the first run left.
    std::fs::write(folder.join("stray.txt"), "left over").unwrap();
    let (code, again, stderr) = demo(h, &[]);
    assert_eq!(code, 0, "{again:#}\n{stderr}");
    assert!(!folder.join("stray.txt").exists(), "the demo folder was not made afresh");
    let certs = |r: &serde_json::Value| {
        r["steps"].as_array().unwrap().iter().find(|s| s["step"] == "certificates").unwrap()["result"].as_str().unwrap().to_string()
    };
    assert_eq!(certs(&again), certs(&report), "a fresh database issues the same cards again");
    assert!(certs(&again).contains("issued now ("), "{again:#}");
}

#[test]
fn demo_uses_the_database_it_is_given() {
    let home = support::tempdir();
    let h = home.path();
    let db = h.join("mine.db");
    let url = format!("sqlite:{}", db.display());
    for run in 0..2 {
        let (code, report, stderr) = demo(h, &["--db", &url]);
        assert_eq!(code, 0, "run {run}: {report:#}\n{stderr}");
        assert_eq!(report["own_database"], false);
        assert!(stderr.contains(&url), "{stderr}");
    }
    assert!(db.exists() && !h.join("data/mzctl/demo/demo.db").exists() && !h.join("data/mzctl/mzctl.db").exists());
    // Not a database inside the folder each run removes.
    let inside = format!("sqlite:{}", h.join("data/mzctl/demo/mine.db").display());
    mzctl(h)
        .args(["demo", "--people", "300", "--db", &inside])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("which each run removes"));
    assert!(h.join("data/mzctl/demo/people.csv").exists(), "the refused run removed the folder");
    // MZCTL_DB chooses a database as --db does.
    let out = mzctl(h).env("MZCTL_DB", &url).args(["-q", "--json", "demo", "--people", "1500"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(!h.join("data/mzctl/demo/demo.db").exists());
}

#[test]
fn demo_leaves_a_folder_of_other_files_alone() {
    let home = support::tempdir();
    let h = home.path();
    let mine = h.join("mine");
    std::fs::create_dir_all(&mine).unwrap();
    std::fs::write(mine.join("notes.txt"), "mine").unwrap();
    mzctl(h).args(["demo", "--people", "300", "--dir"]).arg(&mine).assert().code(2).stderr(predicates::str::contains("not empty"));
    assert_eq!(std::fs::read_dir(&mine).unwrap().count(), 1);
    // A new directory is fine, and is the demo's from then on: a re-run recreates it.
    let new = h.join("new");
    for _ in 0..2 {
        mzctl(h).args(["-q", "demo", "--people", "300", "--dir"]).arg(&new).assert().success();
    }
    assert!(new.join("demo.db").exists() && new.join(".mzctl-demo").exists());
}
