//! Hostile and careless inputs: a NUL in a field, a password full of URL delimiters, files
//! with personal data on a shared machine.
use crate::support::{self, mzctl};
use std::os::unix::fs::PermissionsExt;

fn backends(dir: &std::path::Path) -> Vec<(String, Option<support::PgDb>)> {
    let mut out = vec![(format!("sqlite:{}/h.db", dir.display()), None)];
    if let Some(pg) = support::pg() {
        out.push((pg.url.clone(), Some(pg)));
    }
    out
}

#[test]
fn control_characters_are_rejected_alike_on_both_backends() {
    let home = support::tempdir();
    let h = home.path();
    let file = h.join("nul.csv");
    std::fs::write(
        &file,
        "id_number,region_code,name,gender,birth_date,address\n11010519491231002X,110105,张三,女,1949-12-31,北京\0路1号\n110105194912310029,110105,李四,女,1949-12-31,\"北京\n朝阳\"\n110105194912310037,110105,王\u{1b}五,男,1949-12-31,北京\n",
    )
    .unwrap();
    let mut reports = Vec::new();
    for (db, _pg) in backends(h) {
        let out = mzctl(h).args(["--db", &db, "--json", "import", "people"]).arg(&file).args(["--lenient", "--today", "2026-06-30"]).output().unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{db}: {e}: {}", String::from_utf8_lossy(&out.stderr)));
        assert_eq!((v["read"].as_u64(), v["inserted"].as_u64(), v["rejected"].as_u64()), (Some(3), Some(1), Some(2)), "{db}: {v}");
        let rejects = std::fs::read_to_string(h.join("nul.csv.rejects.csv")).unwrap();
        assert!(rejects.contains("address: NUL in") && rejects.contains("name: U+001B in"), "{rejects}");
        reports.push((v["read"].clone(), v["inserted"].clone(), v["rejected"].clone(), v["reasons"].clone()));
    }
    reports.dedup();
    assert_eq!(reports.len(), 1, "the backends differ: {reports:?}");
}

#[test]
fn personal_data_files_are_private() {
    let home = support::tempdir();
    let h = home.path();
    // A permissive umask must not matter.
    let file = h.join("p.csv");
    std::fs::write(&file, "id_number,region_code,name,gender,birth_date\n11010519491231002X,110105,张三,女,1949-12-31\n110105194912310028,110105,李四,X,1949-12-31\n").unwrap();
    let db = h.join("new/dir/p.db");
    let out = mzctl(h).args(["--db", db.to_str().unwrap(), "-q", "import", "people"]).arg(&file).args(["--lenient"]).output().unwrap();
    assert!(h.join("p.csv.rejects.csv").exists(), "{}", String::from_utf8_lossy(&out.stderr));
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&db), 0o600, "database");
    assert_eq!(mode(&h.join("new/dir")), 0o700, "directory made for the database");
    assert_eq!(mode(&h.join("p.csv.rejects.csv")), 0o600, "rejects file");
    let out = h.join("city");
    mzctl(h).args(["seed", "-q", "--yes", "--people", "50", "--systems", "0", "--out", out.to_str().unwrap()]).assert().success();
    assert_eq!(mode(&out), 0o700);
    assert_eq!(mode(&out.join("people.csv")), 0o600);
}

#[test]
fn passwords_never_leak_whatever_they_hold() {
    let Some(pg) = support::pg() else { return };
    let home = support::tempdir();
    let h = home.path();
    // The test server trusts loopback, so any password gets in; what matters is where it shows.
    let base = pg.url.strip_prefix("postgres://").unwrap();
    let (user_host, db) = base.split_once('/').unwrap();
    let (user, host) = user_host.split_once('@').unwrap();
    for pw in ["Tr1/cky#pw?x", "a@b:c/d?e#f", "with space&amp=1", "100%25%zz"] {
        let url = format!("postgres://{user}:{pw}@{host}/{db}");
        for args in [&["db", "init"][..], &["--json", "audit", "list"], &["db", "status"]] {
            let out = mzctl(h).args(["--db", &url]).args(args).output().unwrap();
            assert!(out.status.success(), "{pw}: {args:?}: {}", String::from_utf8_lossy(&out.stderr));
            for text in [&out.stdout, &out.stderr] {
                let text = String::from_utf8_lossy(text);
                assert!(!text.contains(pw), "{pw} leaked by {args:?}: {text}");
            }
        }
        let out = mzctl(h).args([&format!("--db={url}"), "--json", "import", "people", "/nonexistent.csv"]).output().unwrap();
        assert_eq!(out.status.code(), Some(1));
        assert!(!String::from_utf8_lossy(&out.stderr).contains(pw));
    }
    let out = mzctl(h).args(["--db", &pg.url, "--json", "audit", "list"]).output().unwrap();
    let audit = String::from_utf8_lossy(&out.stdout);
    assert!(audit.contains(":***@"), "{audit}");
    for pw in ["Tr1/cky#pw?x", "a@b:c/d?e#f", "with space&amp=1", "100%25%zz"] {
        assert!(!audit.contains(pw), "{pw} in the audit log: {audit}");
    }
}
