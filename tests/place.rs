//! `mzctl place …` through the real binary, the same story on SQLite and PostgreSQL: code
//! generation, duplicate refusal, given codes, retirement, import all-or-nothing, export round
//! trip.
use crate::support::{self, mzctl};
use serde_json::Value;
use std::path::Path;

fn json(out: &[u8]) -> Value {
    serde_json::from_slice(out).unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(out)))
}

fn place(home: &Path, db: &str, args: &[&str]) -> assert_cmd::assert::Assert {
    mzctl(home).args(["--db", db, "place"]).args(args).assert()
}

fn add(home: &Path, db: &str, name: &str, extra: &[&str]) -> Value {
    let mut args = vec!["add", "--name", name, "--json"];
    args.extend_from_slice(extra);
    json(&place(home, db, &args).success().get_output().stdout)
}

fn stderr(a: assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&a.get_output().stderr).into_owned()
}

fn codes(v: &Value) -> Vec<String> {
    v.as_array().unwrap().iter().map(|p| p["code"].as_str().unwrap().to_string()).collect()
}

fn story(home: &Path, db: &str, other_db: &str) {
    let town = ["--category", "城镇居民点", "--region", "330381003"];
    // Codes: county + township + category + the next free sequence.
    let first = add(home, db, "北二巷", &town);
    assert_eq!(first["code"], "33038100322100000001");
    assert_eq!(first["pinyin"], "Bei'er Xiang");
    assert_eq!(first["top_category"], "居民点");
    assert_eq!(add(home, db, "北三巷", &["--category", "221", "--region", "330381003"])["code"], "33038100322100000002");
    // Another category or township starts its own sequence.
    assert_eq!(add(home, db, "北二巷", &["--category", "22200", "--region", "330381003"])["code"], "33038100322200000001");
    assert_eq!(add(home, db, "北二巷", &["--category", "22100", "--region", "330381004"])["code"], "33038100422100000001");
    // A duplicate standard name in one township and category is refused, naming the first.
    let err = stderr(place(home, db, &["add", "--name", "北二巷", "--category", "22100", "--region", "330381003"]).code(1));
    assert!(err.contains("33038100322100000001 北二巷"), "{err}");
    // Given codes are validated.
    let err = stderr(place(home, db, &["add", "--name", "北四巷", "--code", "33038100322100000002"]).code(1));
    assert!(err.contains("taken by 北三巷"), "{err}");
    place(home, db, &["add", "--name", "北四巷", "--code", "3303810032210000000"]).code(2);
    place(home, db, &["add", "--name", "北四巷", "--code", "33038100399999000001"]).code(2);
    place(home, db, &["add", "--name", "北四巷", "--code", "99999900122100000001"]).code(2);
    let given = add(home, db, "北九巷", &["--code", "33038100322100000009"]);
    assert_eq!((given["seq"].as_i64(), given["region_code"].as_str()), (Some(9), Some("330381003")));
    assert_eq!(add(home, db, "北十巷", &town)["code"], "33038100322100000010", "next after the highest");
    // A dry run stores nothing.
    assert_eq!(add(home, db, "北五巷", &["--category", "221", "--region", "330381003", "--dry-run"])["dry_run"], true);
    assert!(json(&place(home, db, &["search", "北五巷", "--json"]).success().get_output().stdout).as_array().unwrap().is_empty());
    // Off a terminal, missing fields are named, not prompted for.
    let err = stderr(place(home, db, &["add", "--category", "221", "--region", "330381003"]).code(2));
    assert!(err.contains("missing --name"), "{err}");
    let err = stderr(place(home, db, &["add", "--name", "x"]).code(2));
    assert!(err.contains("missing --category"), "{err}");

    // Retire: asks, or --yes; the code stays taken, the name becomes free.
    place(home, db, &["retire", "33038100322100000001"]).code(2);
    let retired =
        json(&place(home, db, &["retire", "33038100322100000001", "--yes", "--year", "2025", "--json"]).success().get_output().stdout);
    assert_eq!((retired["status"].as_str(), retired["abolished_year"].as_i64()), (Some("historical"), Some(2025)));
    place(home, db, &["retire", "33038100322100000001", "--yes"]).code(1);
    assert_eq!(add(home, db, "北二巷", &town)["code"], "33038100322100000011");
    let current = json(&place(home, db, &["list", "--region", "330381003", "--category", "221", "--json"]).success().get_output().stdout);
    assert_eq!(codes(&current), ["33038100322100000002", "33038100322100000009", "33038100322100000010", "33038100322100000011"]);
    let hits = json(&place(home, db, &["search", "bex", "--json"]).success().get_output().stdout);
    assert!(codes(&hits).contains(&"33038100322100000001".to_string()), "historical records are searched too");

    // Import: all rows or none, errors as file:line.
    let good = support::repo_path("fixtures/examples/places.csv").display().to_string();
    let bad = support::repo_path("fixtures/examples/places_bad.csv").display().to_string();
    let v = json(&place(home, db, &["import", &bad, "--json"]).code(3).get_output().stdout);
    assert_eq!((v["rows"].as_i64(), v["imported"].as_i64(), v["rejected"].as_array().map(Vec::len)), (Some(6), Some(0), Some(5)));
    assert_eq!(v["rejected"][0]["line"], 3);
    assert!(json(&place(home, db, &["search", "南一巷", "--json"]).success().get_output().stdout).as_array().unwrap().is_empty());
    let v = json(&place(home, db, &["import", &good, "--json"]).success().get_output().stdout);
    assert_eq!(v["imported"], 6);
    place(home, db, &["import", &good]).code(3);

    // Export round trip into another database.
    let exported = place(home, db, &["export"]).success().get_output().stdout.clone();
    let file = home.join("export.csv");
    std::fs::write(&file, &exported).unwrap();
    place(home, other_db, &["import", &file.display().to_string(), "-q"]).success();
    assert_eq!(place(home, other_db, &["export"]).success().get_output().stdout, exported);
}

#[test]
fn import_numbers_the_lines_of_a_crlf_file_as_its_lines() {
    let home = support::tempdir();
    let db = format!("sqlite:{}/p.db", home.path().display());
    let file = home.path().join("crlf.csv");
    let text =
        "name,category,region,meaning\r\n北二巷,221,330381003,\r\n北二巷,221,330381003,\"two\r\nlines\"\r\n北三巷,999,330381003,\r\n";
    std::fs::write(&file, text).unwrap();
    let v = json(&place(home.path(), &db, &["import", &file.display().to_string(), "--json"]).code(3).get_output().stdout);
    let lines: Vec<(i64, &str)> =
        v["rejected"].as_array().unwrap().iter().map(|r| (r["line"].as_i64().unwrap(), r["field"].as_str().unwrap())).collect();
    assert_eq!(lines, [(3, "name"), (5, "category")]);
}

#[test]
fn search_takes_initials_per_syllable_or_per_word() {
    let home = support::tempdir();
    let db = format!("sqlite:{}/p.db", home.path().display());
    let town = ["--category", "城镇居民点", "--region", "440106001"];
    for name in ["广州大道", "石牌东路"] {
        add(home.path(), &db, name, &town);
    }
    let found = |q: &str| -> Vec<String> {
        json(&place(home.path(), &db, &["search", q, "--json"]).success().get_output().stdout)
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["name"].as_str().unwrap().to_string())
            .collect()
    };
    for q in ["gzdd", "gd", "guangzhoudadao", "Guangzhou Dadao", "gzd"] {
        assert_eq!(found(q), ["广州大道"], "{q}");
    }
    assert_eq!(found("spdl"), ["石牌东路"]);
    assert_eq!(found("sl"), ["石牌东路"]);
    place(home.path(), &db, &["search", " ' "]).code(2);
}

#[test]
fn generated_pinyin_reads_words_not_characters() {
    let home = support::tempdir();
    let db = format!("sqlite:{}/p.db", home.path().display());
    let town = ["--category", "城镇居民点", "--region", "440106001"];
    // Each was misread character by character: Zhongyang, Yinxing, Daxia, Danjia, Cengjiayan.
    for (name, pinyin) in
        [("重阳桥", "Chongyang Qiao"), ("银行街", "Yinhang Jie"), ("大厦", "Dasha"), ("单家村", "Shanjia Cun"), ("曾家岩", "Zengjiayan")]
    {
        assert_eq!(add(home.path(), &db, name, &town)["pinyin"], pinyin, "{name}");
    }
    let hits = json(&place(home.path(), &db, &["search", "cyq", "--json"]).success().get_output().stdout);
    assert_eq!(hits[0]["name"], "重阳桥");
    let hits = json(&place(home.path(), &db, &["search", "yinhang", "--json"]).success().get_output().stdout);
    assert_eq!(hits[0]["name"], "银行街");
}

#[test]
fn place_story_sqlite() {
    let home = support::tempdir();
    let p = home.path().display();
    story(home.path(), &format!("sqlite:{p}/a.db"), &format!("sqlite:{p}/b.db"));
}

#[test]
fn place_story_postgres() {
    let Some(a) = support::pg() else { return };
    let Some(b) = support::pg() else { return };
    let home = support::tempdir();
    story(home.path(), &a.url, &b.url);
}

#[test]
fn place_export_is_identical_across_backends() {
    let Some(pg) = support::pg() else { return };
    let home = support::tempdir();
    let sqlite = format!("sqlite:{}/x.db", home.path().display());
    let good = support::repo_path("fixtures/examples/places.csv").display().to_string();
    for db in [&sqlite, &pg.url] {
        place(home.path(), db, &["import", &good, "-q"]).success();
    }
    let a = place(home.path(), &sqlite, &["export", "--json"]).success().get_output().stdout.clone();
    let b = place(home.path(), &pg.url, &["export", "--json"]).success().get_output().stdout.clone();
    assert_eq!(json(&a), json(&b));
}
