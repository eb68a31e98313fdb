//! `mzctl region …` through the real binary: the facts about the real lists, the JSON
//! shapes, validate's classes and exit codes, import's confirmation, sync on both backends.
use crate::support::{self, mzctl};
use serde_json::Value;
use std::path::Path;

fn json(out: &[u8]) -> Value {
    serde_json::from_slice(out).unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(out)))
}

/// Run a read-only region command (no database is given: none may be needed) and parse its JSON.
fn region_json(args: &[&str]) -> Value {
    let home = support::tempdir();
    let out = mzctl(home.path()).arg("region").args(args).arg("--json").assert().success().get_output().stdout.clone();
    assert!(!home.path().join("data/mzctl/mzctl.db").exists(), "region {args:?} opened a database");
    json(&out)
}

fn today_codes(v: &Value) -> Vec<String> {
    v["today"].as_array().unwrap().iter().map(|t| format!("{} {}", t["code"].as_str().unwrap(), t["name"].as_str().unwrap())).collect()
}

#[test]
fn diff_2022_2023_is_exactly_the_two_recodings_and_one_new_city() {
    let v = region_json(&["diff", "--from", "2022", "--to", "2023"]);
    let expected = serde_json::json!([
        {"kind": "added", "old_code": null, "old_name": null, "new_code": "659012", "new_name": "白杨市"},
        {"kind": "recoded", "old_code": "540422", "old_name": "米林县", "new_code": "540481", "new_name": "米林市"},
        {"kind": "recoded", "old_code": "540530", "old_name": "错那县", "new_code": "540581", "new_name": "错那市"},
    ]);
    assert_eq!(v, expected);
}

#[test]
fn diff_backwards_lists_what_the_later_list_has_as_retired_in_every_format() {
    let v = region_json(&["diff", "--from", "2024", "--to", "2023"]);
    let expected = serde_json::json!([
        {"kind": "retired", "old_code": "653228", "old_name": "和康县", "new_code": null, "new_name": null},
        {"kind": "retired", "old_code": "653229", "old_name": "和安县", "new_code": null, "new_name": null},
    ]);
    assert_eq!(v, expected);
    let home = support::tempdir();
    let run = |format: &str| {
        let out = mzctl(home.path()).args(["region", "diff", "--from", "2024", "--to", "2023", "--format", format]).assert().success();
        let out = out.get_output();
        (String::from_utf8(out.stdout.clone()).unwrap(), String::from_utf8(out.stderr.clone()).unwrap())
    };
    let (csv, status) = run("csv");
    assert_eq!(csv, "kind,old_code,old_name,new_code,new_name\nretired,653228,和康县,,\nretired,653229,和安县,,\n");
    assert_eq!(status.trim(), "2 changes from 2024 to 2023");
    let (table, _) = run("table");
    let row = table.lines().find(|l| l.contains("653228")).unwrap_or_else(|| panic!("{table}"));
    assert!(row.contains("retired") && row.contains("和康县"), "{table}");
    // Backwards, the 2022→2023 recodings run from the new code to the old one.
    let v = region_json(&["diff", "--from", "2023", "--to", "2022"]);
    assert_eq!(
        v[1],
        serde_json::json!({"kind": "recoded", "old_code": "540481", "old_name": "米林市", "new_code": "540422", "new_name": "米林县"})
    );
}

#[test]
fn resolves_across_years() {
    assert_eq!(today_codes(&region_json(&["resolve", "610322"])), ["610305 凤翔区"]);
    assert_eq!(today_codes(&region_json(&["resolve", "350681"])), ["350604 龙海区"]);
    assert_eq!(today_codes(&region_json(&["resolve", "320602"])), ["320613 崇川区"]);
    let v = region_json(&["resolve", "320611", "--at", "2019-12-31"]);
    assert_eq!(today_codes(&v), ["320613 崇川区"]);
    assert_eq!(v["then"]["name"], "港闸区");
    assert_eq!(v["path"][0]["kind"], "merged");
    // A split gives every successor.
    assert_eq!(today_codes(&region_json(&["resolve", "342401"])), ["341502 金安区", "341503 裕安区"]);
    let home = support::tempdir();
    mzctl(home.path()).args(["region", "resolve", "132201", "--at", "1985"]).assert().code(1);
}

#[test]
fn show_has_the_documented_json_shape_and_the_rename_under_one_code() {
    let v = region_json(&["show", "130503"]);
    for key in ["code", "name", "level", "parent_code", "path", "status", "valid_from", "valid_to", "predecessors", "successors"] {
        assert!(v.get(key).is_some(), "show --json lacks {key}: {v}");
    }
    assert_eq!((v["name"].as_str(), v["status"].as_str(), v["valid_from"].as_i64()), (Some("信都区"), Some("current"), Some(2020)));
    assert_eq!(v["path"], "河北省 邢台市 信都区");
    assert!(v["valid_to"].is_null());
    let renamed = &v["predecessors"][0];
    assert_eq!(
        (renamed["code"].as_str(), renamed["name"].as_str(), renamed["kind"].as_str()),
        (Some("130503"), Some("桥西区"), Some("renamed"))
    );
    let before = region_json(&["show", "130503", "--at", "2019"]);
    assert_eq!(before["name"], "桥西区");
    assert_eq!(before["successors"][0]["name"], "信都区");
    assert_eq!(before["successors"][0]["kind"], "renamed");
    let recoded = region_json(&["show", "610322"]);
    assert_eq!(recoded["status"], "retired");
    assert_eq!(recoded["successors"], serde_json::json!([{"code": "610305", "name": "凤翔区", "kind": "recoded", "effective": 2021}]));
    assert_eq!(region_json(&["show", "999999"])["status"], "never_existed");
    assert_eq!(region_json(&["show", "440106001"])["path"], "广东省 广州市 天河区 五山街道");
}

#[test]
fn a_reused_code_shows_two_units() {
    let v = region_json(&["history", "132201"]);
    let units: Vec<(String, i64, Option<i64>)> = v["versions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| (u["name"].as_str().unwrap().to_string(), u["valid_from"].as_i64().unwrap(), u["valid_to"].as_i64()))
        .collect();
    assert_eq!(units, [("邢台市".to_string(), 1981, Some(1983)), ("南宫市".to_string(), 1986, Some(1993))]);
}

#[test]
fn every_yearly_list_round_trips() {
    let home = support::tempdir();
    for year in 2015..=2024 {
        let out = mzctl(home.path()).args(["region", "export", "--at", &year.to_string()]).assert().success().get_output().stdout.clone();
        let expected = std::fs::read(support::repo_path(&format!("fixtures/regions/mca_{year}.csv"))).unwrap();
        assert!(out == expected, "region export --at {year} differs from mca_{year}.csv");
    }
}

#[test]
fn lookups_search_and_tree() {
    let hits = region_json(&["search", "广州", "--limit", "1"]);
    assert_eq!(hits[0]["code"], "440100");
    assert_eq!(region_json(&["search", "gz", "--limit", "50"]).as_array().unwrap().iter().filter(|h| h["code"] == "440100").count(), 1);
    // Initials one per syllable, as `place search` takes them.
    assert_eq!(region_json(&["search", "cq", "--limit", "1"])[0]["code"], "500000");
    assert_eq!(region_json(&["search", "mw", "--limit", "1"])[0]["code"], "350105", "马尾区 is Mawei");
    let tree = region_json(&["tree", "440100", "--depth", "2"]);
    let tianhe = tree["children"].as_array().unwrap().iter().find(|c| c["code"] == "440106").unwrap();
    assert!(tianhe["children"].as_array().unwrap().iter().any(|t| t["name"] == "五山街道"));
    let list = region_json(&["list", "--parent", "440000", "--level", "prefecture", "--at", "2020"]);
    assert_eq!(list.as_array().unwrap().len(), 21);
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

#[test]
fn validate_classifies_and_sets_the_exit_code() {
    let home = support::tempdir();
    let good = write(home.path(), "good.csv", "id,code\n1,440106\n2,610305\n");
    mzctl(home.path()).args(["region", "validate", &good, "--column", "code"]).assert().code(0);
    let mixed = write(home.path(), "mixed.csv", "id,code\n1,440106\n2,610322\n3,999999\n4,44 0106\n5,130701\n6,342401\n");
    let out = mzctl(home.path())
        .args(["region", "validate", &mixed, "--column", "code", "--format", "csv", "-q"])
        .assert()
        .code(3)
        .get_output()
        .stdout
        .clone();
    assert_eq!(
        String::from_utf8(out).unwrap(),
        "line,value,class,successors\n2,440106,current,\n3,610322,retired,610305\n4,999999,unknown,\n5,44 0106,malformed,\n6,130701,retired,\n7,342401,retired,341502;341503\n"
    );
    let v =
        json(&mzctl(home.path()).args(["region", "validate", &mixed, "--column", "code", "--json"]).assert().code(3).get_output().stdout);
    assert_eq!(
        (v["rows"].as_i64(), v["current"].as_i64(), v["retired"].as_i64(), v["unknown"].as_i64(), v["malformed"].as_i64()),
        (Some(6), Some(1), Some(3), Some(1), Some(1))
    );
    // The ID-number rule: retired codes (and XXXX01 市辖区) are fine.
    let ids = write(home.path(), "ids.csv", "addr\n440106\n610322\n130701\n132201\n");
    mzctl(home.path()).args(["region", "validate", &ids, "--column", "addr"]).assert().code(3);
    mzctl(home.path()).args(["region", "validate", &ids, "--column", "addr", "--for-id"]).assert().code(0);
    // A statistical-only code is current but not an ID address code.
    let nbs = write(home.path(), "nbs.csv", "addr\n130171\n");
    mzctl(home.path()).args(["region", "validate", &nbs, "--column", "addr"]).assert().code(0);
    mzctl(home.path()).args(["region", "validate", &nbs, "--column", "addr", "--for-id"]).assert().code(3);
    // --at judges by that year's lists.
    let old = write(home.path(), "old.csv", "addr\n610322\n");
    mzctl(home.path()).args(["region", "validate", &old, "--column", "addr", "--at", "2020"]).assert().code(0);
    // stdin, and a column by number.
    mzctl(home.path()).args(["region", "validate", "-", "--column", "1"]).write_stdin("x\n440106\n").assert().code(0);
    // Errors name the file and line.
    let err = mzctl(home.path()).args(["region", "validate", &good, "--column", "nope"]).assert().code(2).get_output().stderr.clone();
    assert!(String::from_utf8_lossy(&err).contains(&format!("{good}:1: no column \"nope\"")));
    let dir = home.path().display().to_string();
    let err = mzctl(home.path()).args(["region", "validate", &dir, "--column", "x"]).assert().code(1).get_output().stderr.clone();
    assert!(String::from_utf8_lossy(&err).contains(&format!("{dir}:1:")), "{}", String::from_utf8_lossy(&err));
}

#[test]
fn validate_numbers_the_lines_of_a_crlf_file_as_its_lines() {
    let home = support::tempdir();
    // A quoted value holding a line break: the record after it starts two lines further on.
    let lf = "id,note,code\n1,,440106\n2,\"two\nlines\",999999\n3,,610322\n";
    let crlf = lf.replace('\n', "\r\n");
    let expected = "line,value,class,successors\n2,440106,current,\n3,999999,unknown,\n5,610322,retired,610305\n";
    for (name, text) in [("lf.csv", lf.to_string()), ("crlf.csv", crlf)] {
        let file = write(home.path(), name, &text);
        let out = mzctl(home.path()).args(["region", "validate", &file, "--column", "code", "--format", "csv", "-q"]).assert().code(3);
        assert_eq!(String::from_utf8_lossy(&out.get_output().stdout), expected, "{name}");
        let v = json(
            &mzctl(home.path()).args(["region", "validate", &file, "--column", "code", "--json"]).assert().code(3).get_output().stdout,
        );
        assert_eq!(v["first_problems"][0]["line"], 3, "{name}");
        assert_eq!(v["first_problems"][1]["line"], 5, "{name}");
    }
}

/// Row counts of every table but the audit log (which grows with every write).
fn table_counts(home: &Path, db: &str) -> Value {
    let mut tables =
        json(&mzctl(home).args(["--db", db, "db", "status", "--json"]).assert().success().get_output().stdout)["tables"].clone();
    tables.as_object_mut().unwrap().remove("audit_log");
    tables
}

#[test]
fn import_shows_the_diff_asks_and_stores() {
    let home = support::tempdir();
    let db = format!("sqlite:{}/r.db", home.path().display());
    let list = support::repo_path("fixtures/regions/mca_2023.csv").display().to_string();
    let import = |extra: &[&str]| {
        let mut cmd = mzctl(home.path());
        cmd.args(["--db", &db, "region", "import", &list, "--version", "2023"]).args(extra);
        cmd
    };
    let v = json(&import(&["--dry-run", "--json"]).assert().success().get_output().stdout);
    assert_eq!((v["previous"].as_i64(), v["previous_source"].as_str(), v["rows"].as_i64()), (Some(2022), Some("built-in"), Some(3211)));
    assert_eq!(v["changes"], region_json(&["diff", "--from", "2022", "--to", "2023"]));
    assert_eq!(table_counts(home.path(), &db)["region_lists"], 0);
    // Off a terminal without --yes: refused, nothing stored.
    import(&[]).assert().code(2).stderr(predicates::str::contains("--yes"));
    assert_eq!(table_counts(home.path(), &db)["region_lists"], 0);
    import(&["--yes", "-q"]).assert().success();
    let counts = table_counts(home.path(), &db);
    assert_eq!(
        (counts["region_lists"].as_i64(), counts["region_list_rows"].as_i64(), counts["region_changes"].as_i64()),
        (Some(1), Some(3211), Some(3))
    );
    // Audited with its counts.
    let audit = json(&mzctl(home.path()).args(["--db", &db, "audit", "list", "--json"]).assert().success().get_output().stdout);
    assert_eq!(audit[0]["counts"]["region_changes"], 3);
    assert_eq!(audit[1]["outcome"], "refused");
    // The next list is compared with the imported one.
    let next = support::repo_path("fixtures/regions/mca_2024.csv").display().to_string();
    let v = json(
        &mzctl(home.path())
            .args(["--db", &db, "region", "import", &next, "--version", "2024", "--yes", "--json", "-q"])
            .assert()
            .success()
            .get_output()
            .stdout,
    );
    assert_eq!(
        (v["previous"].as_i64(), v["previous_source"].as_str(), v["changes"].as_array().map(Vec::len)),
        (Some(2023), Some("imported"), Some(2))
    );
    // Older than what is imported: refused.
    import(&["--yes"]).assert().code(2);
    // A bad list: every bad row named, nothing stored.
    let bad = write(home.path(), "bad.csv", "code,name,level,parent_code\n110000,北京市,province,\n110101,东城区,county,119900\n11010x,西城区,county,110000\n110105, 朝阳区,prefecture,110000\n");
    let err = mzctl(home.path())
        .args(["--db", &db, "region", "import", &bad, "--version", "2025", "--yes"])
        .assert()
        .code(3)
        .get_output()
        .stderr
        .clone();
    let err = String::from_utf8(err).unwrap();
    for needle in [":4: code:", ":5: name:", ":5: level:", ":3: parent_code: 119900 is not in the list"] {
        assert!(err.contains(&format!("{bad}{needle}")), "{needle} not in {err}");
    }
    assert_eq!(table_counts(home.path(), &db)["region_lists"], 2);
    // Lines of a CRLF file are its lines.
    let crlf = bad.replace(".csv", "_crlf.csv");
    std::fs::write(&crlf, std::fs::read_to_string(&bad).unwrap().replace('\n', "\r\n")).unwrap();
    let err = mzctl(home.path())
        .args(["--db", &db, "region", "import", &crlf, "--version", "2025", "--yes"])
        .assert()
        .code(3)
        .get_output()
        .stderr
        .clone();
    let err = String::from_utf8(err).unwrap();
    for needle in [":4: code:", ":5: name:", ":3: parent_code: 119900 is not in the list"] {
        assert!(err.contains(&format!("{crlf}{needle}")), "{needle} not in {err}");
    }
}

fn sync(home: &Path, db: &str) -> Value {
    json(&mzctl(home).args(["--db", db, "region", "sync", "--json"]).assert().success().get_output().stdout)
}

#[test]
fn sync_writes_the_same_rows_on_both_backends_and_is_idempotent() {
    let home = support::tempdir();
    let sqlite = format!("sqlite:{}/s.db", home.path().display());
    let first = sync(home.path(), &sqlite);
    assert_eq!(first["state"], "written");
    let counts = table_counts(home.path(), &sqlite);
    assert_eq!(counts["region_versions"], first["versions"]);
    assert_eq!(counts["region_changes"], first["changes"]);
    assert_eq!(sync(home.path(), &sqlite)["state"], "up to date");
    assert_eq!(table_counts(home.path(), &sqlite), counts);
    let forced =
        json(&mzctl(home.path()).args(["--db", &sqlite, "region", "sync", "--force", "--json"]).assert().success().get_output().stdout);
    assert_eq!(forced["state"], "written");
    assert_eq!(table_counts(home.path(), &sqlite), counts);
    // The rows can be joined on (code, year).
    let conn = rusqlite::Connection::open(home.path().join("s.db")).unwrap();
    let name: String = conn
        .query_row(
            "SELECT name FROM region_versions WHERE code = '132201' AND valid_from <= 1982 AND (valid_to IS NULL OR 1982 < valid_to)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(name, "邢台市");
    // No change keeps both code and name (a unit whose prefecture changed is not renamed).
    let same = "SELECT count(*) FROM region_changes WHERE old_code = new_code AND old_name = new_name";
    assert_eq!(conn.query_row(same, [], |r| r.get::<_, i64>(0)).unwrap(), 0);

    let Some(pg) = support::pg() else { return };
    assert_eq!(sync(home.path(), &pg.url)["state"], "written");
    assert_eq!(table_counts(home.path(), &pg.url), counts, "same rows on PostgreSQL and SQLite");
    assert_eq!(sync(home.path(), &pg.url)["state"], "up to date");
    assert_eq!(table_counts(home.path(), &pg.url), counts);
    let mut c = postgres::Client::connect(&pg.url, postgres::NoTls).unwrap();
    let row = c
        .query_one("SELECT count(*) FROM region_changes WHERE kind = 'recoded' AND old_code = '610322' AND new_code = '610305' AND effective = 2021", &[])
        .unwrap();
    assert_eq!(row.get::<_, i64>(0), 1);
    assert_eq!(c.query_one(same, &[]).unwrap().get::<_, i64>(0), 0);
    // Imports on PostgreSQL too.
    let list = support::repo_path("fixtures/regions/mca_2023.csv").display().to_string();
    mzctl(home.path()).args(["--db", &pg.url, "region", "import", &list, "--version", "2023", "--yes", "-q"]).assert().success();
    assert_eq!(table_counts(home.path(), &pg.url)["region_list_rows"], 3211);
}
