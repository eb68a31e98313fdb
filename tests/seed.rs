//! `mzctl seed`: deterministic, valid in clean mode, manifest totals that recount.
use crate::support::{self, mzctl};
use mzctl::domain::{idnum, uscc};
use std::collections::{BTreeMap, HashSet};
use std::path::Path;

/// Seed 3,000 people into `out`; `extra` flags override the defaults of the same name.
fn seed(home: &Path, out: &Path, extra: &[&str]) {
    let mut cmd = mzctl(home);
    cmd.args(["seed", "-q", "--yes", "--as-of", "2026-06-30", "--out"]).arg(out).args(extra);
    for (flag, value) in [("--people", "3000"), ("--seed", "7"), ("--systems", "6")] {
        if !extra.contains(&flag) {
            cmd.args([flag, value]);
        }
    }
    cmd.assert().success();
}

fn read_csv(path: &Path) -> (Vec<String>, Vec<Vec<String>>) {
    let mut r = csv::Reader::from_path(path).unwrap();
    let headers = r.headers().unwrap().iter().map(String::from).collect();
    let rows = r.records().map(|rec| rec.unwrap().iter().map(String::from).collect()).collect();
    (headers, rows)
}

fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    for entry in walk(dir) {
        files.insert(entry.strip_prefix(dir).unwrap().display().to_string(), std::fs::read(&entry).unwrap());
    }
    files
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p))
        } else {
            out.push(p)
        }
    }
    out
}

#[test]
fn same_arguments_same_bytes() {
    let home = support::tempdir();
    let (a, b) = (home.path().join("a"), home.path().join("b"));
    seed(home.path(), &a, &["--defects", "0.05"]);
    seed(home.path(), &b, &["--defects", "0.05"]);
    let (ta, tb) = (tree(&a), tree(&b));
    assert!(ta.len() >= 6 + 6, "files: {:?}", ta.keys());
    assert_eq!(ta, tb, "two runs with the same arguments differ");
    let c = home.path().join("c");
    seed(home.path(), &c, &["--defects", "0.05", "--seed", "8"]);
    assert_ne!(ta["people.csv"], tree(&c)["people.csv"], "another seed, other people");
}

#[test]
fn clean_data_is_valid() {
    let home = support::tempdir();
    let out = home.path().join("clean");
    seed(home.path(), &out, &[]);
    let today = jiff::civil::date(2026, 6, 30);
    let (headers, people) = read_csv(&out.join("people.csv"));
    assert_eq!(headers, ["id_number", "name", "gender", "birth_date", "region_code", "phone", "address", "ethnicity"]);
    assert_eq!(people.len(), 3000);
    let mut ids = HashSet::new();
    let db = mzctl::domain::region::RegionDb::builtin();
    for p in &people {
        let id = idnum::parse(&p[0], today).unwrap_or_else(|e| panic!("{}: {e}", p[0]));
        assert!(ids.insert(p[0].clone()), "duplicate ID {}", p[0]);
        assert_eq!(id.birth_date().to_string(), p[3]);
        assert_eq!(if id.gender() == idnum::Gender::Male { "M" } else { "F" }, p[2]);
        assert!(db.ever_valid_for_id(id.region_code()), "address code {}", id.region_code());
        assert!(db.current(&p[4]).is_some() && p[4].starts_with("4401"), "region {}", p[4]);
        assert!(!p[1].is_empty() && !p[1].contains(' '));
        assert!(p[5].is_empty() || mzctl::domain::phone::classify(&p[5]).is_some(), "phone {}", p[5]);
    }
    let (_, orgs) = read_csv(&out.join("organizations.csv"));
    for o in &orgs {
        let code = uscc::parse(&o[0]).unwrap_or_else(|e| panic!("{}: {e}", o[0]));
        assert_eq!(code.authority(), '5');
        assert_eq!(uscc::CivilOrgType::from_uscc(&code), uscc::CivilOrgType::parse_zh(&o[2]));
    }
    let (_, enrolments) = read_csv(&out.join("enrolments.csv"));
    assert!(enrolments.iter().all(|e| ids.contains(&e[0])), "every enrolment has its person");
    let (_, deaths) = read_csv(&out.join("deaths.csv"));
    assert!(!deaths.is_empty() && deaths.iter().all(|d| ids.contains(&d[0])));
    let manifest: serde_json::Value = serde_json::from_slice(&std::fs::read(out.join("manifest.json")).unwrap()).unwrap();
    let defects = manifest["defects"].as_array().unwrap();
    assert!(defects.iter().all(|d| d["natural"] == true && d["rule"] == "id.region"), "clean data has only natural (info) findings");
}

#[test]
fn manifest_totals_recount() {
    let home = support::tempdir();
    let out = home.path().join("dirty");
    seed(home.path(), &out, &["--defects", "0.1"]);
    let manifest: serde_json::Value = serde_json::from_slice(&std::fs::read(out.join("manifest.json")).unwrap()).unwrap();
    let mut recount: BTreeMap<String, u64> = BTreeMap::new();
    for d in manifest["defects"].as_array().unwrap() {
        *recount.entry(d["rule"].as_str().unwrap().to_string()).or_default() += 1;
    }
    let totals: BTreeMap<String, u64> = serde_json::from_value(manifest["totals"].clone()).unwrap();
    assert_eq!(recount, totals);
    for rule in
        ["id.checksum", "id.date", "person.gender_mismatch", "dup.person", "org.uscc_checksum", "death.still_enrolled", "dup.enrolment"]
    {
        assert!(totals.get(rule).copied().unwrap_or(0) > 0, "no {rule} injected at 10%: {totals:?}");
    }
    // Each people or deaths defect points at a line holding its key; a blank name copied into
    // a death record is listed there too (one defect, two findings; checks.rs meets one in
    // seed 6).
    for table in ["people", "deaths"] {
        let text = std::fs::read_to_string(out.join(format!("{table}.csv"))).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        for d in manifest["defects"].as_array().unwrap().iter().filter(|d| d["table"] == table) {
            let line = lines[d["line"].as_u64().unwrap() as usize - 1];
            // A person found for a program (eligible.not_enrolled) is keyed `id|program`.
            let id = d["key"].as_str().unwrap().split('|').next().unwrap();
            assert!(line.starts_with(id), "{d} vs {line}");
        }
    }
    let blank_deaths: HashSet<&str> =
        manifest["defects"].as_array().unwrap().iter().filter(|d| d["table"] == "deaths").map(|d| d["key"].as_str().unwrap()).collect();
    let (_, deaths) = read_csv(&out.join("deaths.csv"));
    let blank: HashSet<&str> = deaths.iter().filter(|d| d[1].is_empty()).map(|d| d[0].as_str()).collect();
    assert_eq!(blank, blank_deaths, "every blank name in deaths.csv is listed, with table deaths");
    let text = std::fs::read_to_string(out.join("people.csv")).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let files: BTreeMap<String, u64> = serde_json::from_value(manifest["files"].clone()).unwrap();
    assert_eq!(files["people.csv"] as usize, lines.len() - 1);
}

#[test]
fn chinese_headers_in_gb18030() {
    let home = support::tempdir();
    let out = home.path().join("gbk");
    seed(home.path(), &out, &["--headers", "zh", "--encoding", "gb18030", "--systems", "0"]);
    let bytes = std::fs::read(out.join("people.csv")).unwrap();
    assert!(std::str::from_utf8(&bytes).is_err(), "GB18030, not UTF-8");
    let (text, _, bad) = encoding_rs::GB18030.decode(&bytes);
    assert!(!bad);
    assert!(text.starts_with("公民身份号码,姓名,性别,出生日期,行政区划代码"), "{}", &text[..60]);
    assert!(text.contains(",男,") && text.contains("广东省广州市"));
}

#[test]
fn province_and_county_regions() {
    let home = support::tempdir();
    for region in ["440000", "441900", "110105"] {
        let out = home.path().join(region);
        seed(home.path(), &out, &["--region", region, "--people", "300", "--systems", "0"]);
        let (_, people) = read_csv(&out.join("people.csv"));
        assert!(
            people.iter().all(|p| p[4].starts_with(
                &region[..if region.ends_with("0000") {
                    2
                } else if region.ends_with("00") {
                    4
                } else {
                    6
                }]
            )),
            "{region}"
        );
    }
}

#[test]
fn bad_region_is_a_usage_error() {
    let home = support::tempdir();
    mzctl(home.path()).args(["seed", "--region", "999999", "--out"]).arg(home.path().join("x")).assert().code(2);
    mzctl(home.path()).args(["seed", "--defects", "2", "--out"]).arg(home.path().join("x")).assert().code(2);
}

#[test]
fn existing_dataset_needs_yes_off_a_terminal() {
    let home = support::tempdir();
    let out = home.path().join("twice");
    seed(home.path(), &out, &["--systems", "0"]);
    mzctl(home.path()).args(["seed", "--people", "10", "--out"]).arg(&out).assert().code(2).stderr(predicates::str::contains("--yes"));
}

#[test]
fn into_db_stores_every_record_and_defect() {
    let home = support::tempdir();
    let mut tables = Vec::new();
    let pg = support::pg();
    let urls: Vec<String> =
        std::iter::once(format!("sqlite:{}/seed.db", home.path().display())).chain(pg.as_ref().map(|p| p.url.clone())).collect();
    for (i, db) in urls.iter().enumerate() {
        let out = home.path().join(format!("into{i}"));
        let v: serde_json::Value = serde_json::from_slice(
            &mzctl(home.path())
                .args([
                    "--db",
                    db,
                    "--json",
                    "seed",
                    "-q",
                    "--into-db",
                    "--people",
                    "1500",
                    "--defects",
                    "0.05",
                    "--as-of",
                    "2026-06-30",
                    "--systems",
                    "0",
                    "--out",
                ])
                .arg(&out)
                .assert()
                .success()
                .get_output()
                .stdout,
        )
        .unwrap();
        let loaded = v["loaded"].as_array().unwrap();
        assert_eq!(loaded.len(), 7);
        assert!(loaded.iter().all(|l| l["rejected"] == 0), "lenient loading stores every defect: {loaded:?}");
        let status: serde_json::Value =
            serde_json::from_slice(&mzctl(home.path()).args(["--db", db, "--json", "db", "status"]).assert().success().get_output().stdout)
                .unwrap();
        for (table, file) in [
            ("people", "people.csv"),
            ("enrolments", "enrolments.csv"),
            ("deaths", "deaths.csv"),
            ("organizations", "organizations.csv"),
            ("places", "placenames.csv"),
            ("systems", "systems.csv"),
        ] {
            assert_eq!(status["tables"][table], v["files"][file], "{table} on {db}");
        }
        tables.push(status["tables"].clone());
    }
    if tables.len() == 2 {
        assert_eq!(tables[0]["people"], tables[1]["people"]);
    }
}
