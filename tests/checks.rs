//! `mzctl check`: every rule finds exactly the defects the seed injected (precision = recall =
//! 100%) on SQLite and PostgreSQL; clean data has no errors; exit codes, output shapes,
//! masking, diffs and fixes.
use crate::support::{self, mzctl};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Findings per rule as a multiset of (table, key), sorted: one defect found in two tables (a
/// blank name in people and in the person's death record) or twice in one table is there as
/// often as the checks report it.
type Keys = BTreeMap<String, Vec<(String, String)>>;

/// Add one finding to `keys`; [`sorted`] puts each rule's list in order afterwards.
fn add(keys: &mut Keys, item: &serde_json::Value) {
    let field = |k: &str| item[k].as_str().unwrap_or_else(|| panic!("{k} in {item}")).to_string();
    keys.entry(field("rule")).or_default().push((field("table"), field("key")));
}

fn sorted(mut keys: Keys) -> Keys {
    keys.values_mut().for_each(|v| v.sort());
    keys
}

/// The entries of sorted `a` not matched one for one in sorted `b`.
fn minus<'a>(a: &'a [(String, String)], b: &[(String, String)]) -> Vec<&'a (String, String)> {
    let (mut out, mut j) = (Vec::new(), 0);
    for x in a {
        while j < b.len() && b[j] < *x {
            j += 1;
        }
        if j < b.len() && b[j] == *x {
            j += 1;
        } else {
            out.push(x);
        }
    }
    out
}

/// Seed a city into `db` (kept files in `home/NAME`) and return the directory.
fn seed(home: &Path, db: &str, name: &str, seed: u32, people: u32, defects: &str) -> PathBuf {
    seed_with(home, db, name, seed, people, defects, &[])
}

/// [`seed`] with more `mzctl seed` arguments.
fn seed_with(home: &Path, db: &str, name: &str, seed: u32, people: u32, defects: &str, more: &[&str]) -> PathBuf {
    let out = home.join(name);
    mzctl(home)
        .args(["--db", db, "seed", "-q", "--yes", "--into-db", "--as-of", "2026-06-30", "--systems", "0", "--defects", defects])
        .args(["--seed", &seed.to_string(), "--people", &people.to_string()])
        .args(more)
        .arg("--out")
        .arg(&out)
        .assert()
        .success();
    out
}

/// The manifest's defects per rule. The lenient import stores every seeded row (no rejects file).
fn expected(out: &Path) -> Keys {
    let manifest: serde_json::Value = serde_json::from_slice(&std::fs::read(out.join("manifest.json")).unwrap()).unwrap();
    for table in ["people", "enrolments", "deaths", "organizations"] {
        assert!(!out.join(format!("{table}.rejects.csv")).exists(), "the import rejected seeded {table}");
    }
    let mut keys = Keys::new();
    for d in manifest["defects"].as_array().unwrap() {
        add(&mut keys, d);
    }
    sorted(keys)
}

fn json(home: &Path, args: &[&str]) -> serde_json::Value {
    let out = mzctl(home).args(args).output().unwrap();
    assert!(out.status.code().is_some_and(|c| c == 0 || c == 3), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{args:?}: {e}: {}", String::from_utf8_lossy(&out.stdout)))
}

/// Run the checks and read the findings per rule.
fn found(home: &Path, db: &str) -> Keys {
    json(home, &["--db", db, "-q", "--json", "check", "run", "--as-of", "2026-06-30"]);
    let mut keys = Keys::new();
    for f in json(home, &["--db", db, "--json", "check", "findings", "--unmask"]).as_array().unwrap() {
        add(&mut keys, f);
    }
    sorted(keys)
}

/// Per rule, the same findings as often: counted, not just the same keys.
fn assert_exact(expected: &Keys, found: &Keys, what: &str) {
    let mut wrong = Vec::new();
    for (rule, want) in expected {
        let got = found.get(rule).cloned().unwrap_or_default();
        let missed: Vec<_> = minus(want, &got).into_iter().take(5).collect();
        let extra: Vec<_> = minus(&got, want).into_iter().take(5).collect();
        if !missed.is_empty() || !extra.is_empty() {
            wrong.push(format!("{rule}: {} expected, {} found; missed {missed:?}, extra {extra:?}", want.len(), got.len()));
        }
    }
    assert!(wrong.is_empty(), "{what}:\n{}", wrong.join("\n"));
    let unexpected: Vec<_> = found.keys().filter(|r| !expected.contains_key(*r)).collect();
    assert!(unexpected.is_empty(), "{what}: findings for rules with no injected defect: {unexpected:?}");
}

/// The money of the pay.* findings equals the manifest's, per rule and in all, to the fen, and
/// the run's over- and underpaid totals and the per-district summary add up to it.
fn money(out: &Path, home: &Path, db: &str) {
    let manifest: serde_json::Value = serde_json::from_slice(&std::fs::read(out.join("manifest.json")).unwrap()).unwrap();
    let mut want: BTreeMap<String, i64> = BTreeMap::new();
    for d in manifest["defects"].as_array().unwrap() {
        if let Some(fen) = d["amount_fen"].as_i64() {
            *want.entry(d["rule"].as_str().unwrap().to_string()).or_default() += fen;
        }
    }
    let mut got: BTreeMap<String, i64> = BTreeMap::new();
    let (mut over, mut under) = (0, 0);
    for f in json(home, &["--db", db, "--json", "check", "findings", "--unmask"]).as_array().unwrap() {
        let rule = f["rule"].as_str().unwrap();
        if let (true, Some(fen)) = (rule.starts_with("pay.") || rule.starts_with("eligible."), f["amount_fen"].as_i64()) {
            *got.entry(rule.to_string()).or_default() += fen;
        }
        match f["amount_fen"].as_i64().unwrap_or(0) {
            fen if fen >= 0 => over += fen,
            fen => under -= fen,
        }
    }
    assert_eq!(want, got, "pay.* and eligible.* amounts per rule, in fen");
    let yuan = |fen: i64| format!("{}.{:02}", fen / 100, fen % 100);
    let summary = json(home, &["--db", db, "--json", "check", "findings", "--summary", "--by", "district"]);
    assert_eq!(summary["total"]["overpaid_yuan"].as_str().unwrap(), yuan(over));
    assert_eq!(summary["total"]["underpaid_yuan"].as_str().unwrap_or("0.00"), yuan(under));
}

/// A seeded city: seed, people, defect rate, more `mzctl seed` arguments.
type City = (u32, u32, &'static str, &'static [&'static str]);

/// Seeds 5 and 6 at 6,000 people inject every rule the seed knows between them. Seed 6 has
/// the benchmark's shape (past spells, seven years of deaths): the history adds no finding.
/// The others are cities where the manifest once listed other findings than the checks made.
const CITIES: &[City] = &[
    (5, 6000, "0.05", &["--cards", "0.5"]),
    (6, 6000, "0.05", &["--spells", "1.7", "--death-years", "7", "--cards", "0.3"]),
    // A past spell of someone born on 29 February, from 28 February of the 18th year (age.minor_head).
    (32, 6000, "0.3", &["--spells", "2", "--death-years", "10"]),
    // Two people given the same impossible birth date, stored as one (id.date).
    (44, 8000, "0.3", &["--spells", "2", "--death-years", "10"]),
    // A bad check character 0 after a sequence ending in 00: Excel damage to the import (id.checksum).
    (3, 3000, "0.3", &["--spells", "1", "--death-years", "5"]),
    // Development zones, whose statistical codes no ID number carries (id.region).
    (1, 2000, "0.1", &["--region", "420000"]),
    // City-level organizations of a municipality, whose 110100 is retired (region.retired).
    (1, 1000, "0.1", &["--region", "110105"]),
];

fn precision_and_recall(db_for: &mut dyn FnMut() -> Option<String>, cities: &[City]) {
    let home = support::tempdir();
    let mut rules = BTreeSet::new();
    for (i, &(s, people, defects, more)) in cities.iter().enumerate() {
        let Some(db) = db_for() else { return };
        let out = seed_with(home.path(), &db, &format!("city{i}"), s, people, defects, more);
        if s == 6 {
            let manifest: serde_json::Value = serde_json::from_slice(&std::fs::read(out.join("manifest.json")).unwrap()).unwrap();
            let (people, enrolments) =
                (manifest["files"]["people.csv"].as_u64().unwrap(), manifest["files"]["enrolments.csv"].as_u64().unwrap());
            assert!(enrolments > people, "{enrolments} enrolments for {people} people");
        }
        let want = expected(&out);
        let got = found(home.path(), &db);
        assert_exact(&want, &got, &format!("city {:?}", cities[i]));
        money(&out, home.path(), &db);
        rules.extend(want.into_keys());
    }
    for rule in [
        "death.still_enrolled",
        "excl.programs",
        "age.eligibility",
        "age.minor_head",
        "dup.enrolment",
        "dup.person",
        "id.region",
        "org.uscc_checksum",
        "org.uscc_authority",
        "cert.holder_dead",
        "cert.holder_invalid",
        "pay.not_enrolled",
        "pay.unpaid",
        "pay.amount_mismatch",
        "pay.duplicate",
        "pay.after_death",
        "pay.wrong_region",
        "eligible.not_enrolled",
    ] {
        assert!(rules.contains(rule), "no {rule} defect in the test data");
    }
}

#[test]
fn every_rule_exact_on_sqlite() {
    let dir = support::tempdir();
    let mut n = 0;
    precision_and_recall(
        &mut || {
            n += 1;
            Some(format!("sqlite:{}/c{n}.db", dir.path().display()))
        },
        CITIES,
    );
}

#[test]
fn every_rule_exact_on_postgres() {
    let mut dbs = Vec::new();
    precision_and_recall(
        &mut || {
            let pg = support::pg()?;
            let url = pg.url.clone();
            dbs.push(pg);
            Some(url)
        },
        CITIES,
    );
}

/// On a Citus coordinator, the tables distributed by `db init`: the two cities that between
/// them inject every rule (the other cities' edge cases are the same queries).
#[test]
fn every_rule_exact_on_citus() {
    let mut dbs = Vec::new();
    let home = support::tempdir();
    precision_and_recall(
        &mut || {
            let c = support::citus()?;
            let url = c.url.clone();
            mzctl(home.path()).args(["--db", &url, "-q", "db", "init"]).assert().success();
            dbs.push(c);
            Some(url)
        },
        CITIES,
    );
}

#[test]
fn clean_data_has_no_errors_and_runs_are_shaped() {
    let home = support::tempdir();
    let db = format!("sqlite:{}/clean.db", home.path().display());
    seed(home.path(), &db, "clean", 7, 3000, "0");
    let run = json(home.path(), &["--db", &db, "--json", "-q", "check", "run", "--as-of", "2026-06-30", "--fail-on", "error"]);
    assert_eq!(run["run"], 1);
    assert_eq!(run["as_of"], "2026-06-30");
    assert_eq!(run["errors"], 0, "{run:#}");
    for r in run["rules"].as_array().unwrap() {
        assert_eq!(r["severity"], "info", "{r:#}");
        assert!(r["rule"].is_string() && r["count"].as_u64().unwrap() > 0);
    }
    assert!(run["total"].as_u64().unwrap() > 0, "retired address codes are reported as info");
    // --fail-on: errors none (0), any finding (3), a threshold.
    let code = |args: &[&str]| {
        mzctl(home.path()).args(["--db", &db, "-q", "check", "run", "--as-of", "2026-06-30"]).args(args).output().unwrap().status.code()
    };
    assert_eq!(code(&["--fail-on", "error"]), Some(0));
    assert_eq!(code(&["--fail-on", "0"]), Some(3));
    assert_eq!(code(&["--fail-on", "1000000"]), Some(0));
    assert_eq!(code(&["--fail-on", "lots"]), Some(2));
    assert_eq!(code(&["--rule", "nope.*"]), Some(2));
}

#[test]
fn findings_masking_diff_and_fix_on_sqlite() {
    let home = support::tempdir();
    findings_masking_diff_and_fix(home.path(), &format!("sqlite:{}/m.db", home.path().display()));
}

#[test]
fn findings_masking_diff_and_fix_on_postgres() {
    let Some(pg) = support::pg() else { return };
    findings_masking_diff_and_fix(support::tempdir().path(), &pg.url);
}

fn findings_masking_diff_and_fix(h: &Path, db: &str) {
    let db = db.to_string();
    let out = seed(h, &db, "m", 3, 3000, "0.05");
    let run = |args: &[&str]| json(h, &[&["--db", &db, "--json", "-q", "check", "run", "--as-of", "2026-06-30"], args].concat());
    let first = run(&["--fail-on", "error"]);
    assert!(first["errors"].as_u64().unwrap() > 0);
    let assert = mzctl(h).args(["--db", &db, "-q", "check", "run", "--as-of", "2026-06-30", "--fail-on", "error"]).assert();
    assert.code(3);

    // Findings: the documented shape; IDs masked unless --unmask, which is audited.
    let masked = json(h, &["--db", &db, "--json", "check", "findings", "1", "--rule", "id.checksum"]);
    let list = masked.as_array().unwrap();
    assert!(!list.is_empty());
    for f in list {
        for k in ["rule", "severity", "table", "key", "field", "value", "message"] {
            assert!(f[k].is_string(), "{k} in {f:#}");
        }
        assert!(f["key"].as_str().unwrap().contains('*'), "{f:#}");
    }
    let unmasked = json(h, &["--db", &db, "--json", "check", "findings", "1", "--rule", "id.checksum", "--unmask"]);
    assert!(unmasked.as_array().unwrap().iter().all(|f| !f["key"].as_str().unwrap().contains('*')));
    let audit = json(h, &["--db", &db, "--json", "audit", "list"]);
    assert!(
        audit
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["command"].as_str().unwrap().contains("--unmask") && a["counts"]["findings.unmasked"].as_i64() > Some(0)),
        "{audit:#}"
    );
    let page = json(h, &["--db", &db, "--json", "check", "findings", "--limit", "2", "--offset", "1"]);
    let all = json(h, &["--db", &db, "--json", "check", "findings"]);
    assert_eq!(page.as_array().unwrap()[..], all.as_array().unwrap()[1..3]);

    // Fix: -n changes nothing; off a terminal it needs --yes; then the fixed rules resolve.
    let fixable = ["id.format", "id.lowercase_x", "id.fifteen_digit", "region.retired"];
    let plan = json(h, &["--db", &db, "--json", "check", "fix", "-n", "--as-of", "2026-06-30"]);
    let planned = plan["planned"].as_u64().unwrap();
    assert!(planned > 0);
    assert!(plan["fixes"].as_array().unwrap().iter().all(|f| fixable.contains(&f["rule"].as_str().unwrap())));
    mzctl(h).args(["--db", &db, "check", "fix", "--as-of", "2026-06-30"]).assert().code(2);
    let fixed = json(h, &["--db", &db, "--json", "--yes", "check", "fix", "--as-of", "2026-06-30"]);
    assert_eq!(fixed["applied"], planned);
    // Each change was logged with it: the log holds exactly what was applied, newest first.
    let change = |f: &serde_json::Value| ["rule", "table", "column", "old", "new"].map(|k| f[k].as_str().unwrap().to_string());
    let mut applied: Vec<[String; 5]> = fixed["fixes"].as_array().unwrap().iter().map(change).collect();
    let log = json(h, &["--db", &db, "--json", "check", "fixes", "--limit", "100000", "--unmask"]);
    let mut logged: Vec<[String; 5]> = log.as_array().unwrap().iter().map(change).collect();
    assert!(log.as_array().unwrap().windows(2).all(|w| w[0]["id"].as_i64() > w[1]["id"].as_i64()));
    applied.sort();
    logged.sort();
    assert_eq!(applied, logged);
    let masked = json(h, &["--db", &db, "--json", "check", "fixes", "--limit", "100000"]);
    assert!(masked
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["column"] == "id_number")
        .all(|f| f["old"].as_str().unwrap().contains('*') && f["key"].as_str().unwrap().contains('*')));
    // Nothing is left to fix, and nothing more is logged.
    let again = json(h, &["--db", &db, "--json", "--yes", "check", "fix", "--as-of", "2026-06-30"]);
    assert_eq!(again["applied"], 0);
    assert_eq!(json(h, &["--db", &db, "--json", "check", "fixes", "--limit", "100000"]).as_array().unwrap().len(), applied.len());
    let third = run(&[]);
    let diff = json(h, &["--db", &db, "--json", "check", "diff", "1", &third["run"].to_string()]);
    let per: BTreeMap<String, serde_json::Value> =
        diff["rules"].as_array().unwrap().iter().map(|r| (r["rule"].as_str().unwrap().to_string(), r.clone())).collect();
    let want = expected(&out);
    for rule in fixable.iter().filter(|r| want.contains_key(**r)) {
        assert_eq!(per[*rule]["resolved"].as_u64(), Some(want[*rule].len() as u64), "{rule}: {diff:#}");
    }
    assert_eq!(per["id.checksum"]["persisting"].as_u64(), Some(want["id.checksum"].len() as u64));
    assert_eq!(
        diff["new"].as_u64(),
        Some(per.get("id.region").map_or(0, |r| r["new"].as_u64().unwrap())),
        "only fixed IDs reappear (as id.region info): {diff:#}"
    );
    let same = json(h, &["--db", &db, "--json", "check", "diff", "1", "2"]);
    assert_eq!((same["new"].as_u64(), same["resolved"].as_u64()), (Some(0), Some(0)));
}

#[test]
fn file_checks_write_nothing() {
    let home = support::tempdir();
    let h = home.path();
    let out = h.join("f");
    mzctl(h)
        .args([
            "seed",
            "-q",
            "--yes",
            "--as-of",
            "2026-06-30",
            "--systems",
            "0",
            "--defects",
            "0.05",
            "--seed",
            "5",
            "--people",
            "3000",
            "--out",
        ])
        .arg(&out)
        .assert()
        .success();
    let report = json(
        h,
        &["--json", "check", "file", "people", out.join("people.csv").to_str().unwrap(), "--as-of", "2026-06-30", "--fail-on", "error"],
    );
    let want = expected(&out);
    let counts: BTreeMap<String, u64> = report["rules"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["severity"] != "info")
        .map(|r| (r["rule"].as_str().unwrap().to_string(), r["count"].as_u64().unwrap()))
        .collect();
    // The file holds people only: the manifest's findings in the people table.
    let in_people = |rule: &str| want.get(rule).map(|k| k.iter().filter(|(table, _)| table == "people").count() as u64);
    for (rule, n) in counts.iter().filter(|(r, _)| *r != "id.region") {
        assert_eq!(Some(*n), in_people(rule), "{rule}");
    }
    assert!(counts.contains_key("dup.person") && counts.contains_key("id.checksum"), "{counts:?}");
    mzctl(h)
        .args(["check", "file", "people", out.join("people.csv").to_str().unwrap(), "--fail-on", "error", "--as-of", "2026-06-30"])
        .assert()
        .code(3);
    assert!(!h.join("data/mzctl/mzctl.db").exists(), "check file opened the database");
}

#[test]
fn rules_file_and_scope() {
    let home = support::tempdir();
    let h = home.path();
    let db = format!("sqlite:{}/r.db", h.display());
    seed(h, &db, "r", 5, 6000, "0.05");
    let rules = h.join("rules.toml");
    std::fs::write(&rules, "disable = [\"id.*\", \"phone.format\"]\ngrace_months = 1000\n[ages]\nelder_allowance = 80\n").unwrap();
    let run = json(h, &["--db", &db, "--json", "-q", "check", "run", "--as-of", "2026-06-30", "--rules", rules.to_str().unwrap()]);
    let names: BTreeSet<&str> = run["rules"].as_array().unwrap().iter().map(|r| r["rule"].as_str().unwrap()).collect();
    assert!(names.iter().all(|r| !r.starts_with("id.") && *r != "phone.format" && *r != "death.still_enrolled"), "{names:?}");
    assert!(names.contains("dup.person"), "{names:?}");
    let scoped = json(
        h,
        &[
            "--db",
            &db,
            "--json",
            "-q",
            "check",
            "run",
            "--as-of",
            "2026-06-30",
            "--region",
            "440115",
            "--rule",
            "region.*",
            "--rule",
            "person.*",
        ],
    );
    assert!(scoped["total"].as_u64().unwrap() > 0);
    let list = json(h, &["--db", &db, "--json", "check", "findings", "--unmask"]);
    assert!(list.as_array().unwrap().iter().all(|f| f["key"].is_string()));
    let regional = json(h, &["--db", &db, "--json", "check", "findings", "--region", "440115"]);
    assert_eq!(regional.as_array().unwrap().len() as u64, scoped["total"].as_u64().unwrap());
    std::fs::write(&rules, "disable = [\"nope.*\"]\n").unwrap();
    mzctl(h).args(["--db", &db, "check", "run", "--rules", rules.to_str().unwrap()]).assert().code(2);
    mzctl(h).args(["--db", &db, "check", "run", "--region", "44x"]).assert().code(2);
}

/// The cross-record rules find the same whether the record passes noted their candidates (a
/// full run) or the backend joins whole tables (a run of the cross-record rules alone), with
/// more program pairs and ages than the defaults.
/// `sql(db, statement)`: runs it, and gives the first row's first value as text, if any.
fn candidates_change_nothing(db_for: &mut dyn FnMut() -> Option<String>, sql: &dyn Fn(&str, &str) -> Option<String>) {
    let home = support::tempdir();
    let h = home.path();
    let Some(db) = db_for() else { return };
    seed_with(h, &db, "c", 6, 6000, "0.05", &["--spells", "1.7", "--death-years", "7"]);
    // The seed leaves a dead person's enrolment open; as another system may, close some of
    // them after the death (still paid until then), so death.still_enrolled has both kinds.
    sql(
        &db,
        "UPDATE enrolments SET end_date = '2026-05-31' WHERE end_date IS NULL AND substr(id_number, 17, 1) IN ('1', '3', '5')
                AND id_number IN (SELECT id_number FROM deaths WHERE death_date < '2026-01-01')",
    );
    let rules = h.join("rules.toml");
    std::fs::write(&rules, "exclusive = [[\"dibao\", \"tekun\"], [\"youfu\", \"dibao\"]]\nhead_programs = [\"dibao\", \"tekun\"]\nhead_min_age = 30\n[ages]\nelder_allowance = 80\nyoufu = 60\n").unwrap();
    let rules = rules.to_str().unwrap();
    let cross = [
        "dup.person",
        "dup.enrolment",
        "excl.programs",
        "death.still_enrolled",
        "age.eligibility",
        "age.minor_head",
        "enrolment.person_missing",
    ];
    let mut lists = Vec::new();
    for only_cross in [false, true] {
        let mut args = vec!["--db", db.as_str(), "--json", "-q", "check", "run", "--as-of", "2026-06-30", "--rules", rules];
        if only_cross {
            args.extend(cross.iter().flat_map(|r| ["--rule", *r]));
        }
        json(h, &args);
        let all = json(h, &["--db", &db, "--json", "check", "findings", "--unmask"]);
        let list: Vec<serde_json::Value> =
            all.as_array().unwrap().iter().filter(|f| cross.contains(&f["rule"].as_str().unwrap())).cloned().collect();
        lists.push(list);
    }
    for rule in cross {
        let n = lists[0].iter().filter(|f| f["rule"] == rule).count();
        assert!(n > 0, "no {rule} finding to compare");
    }
    let closed = lists[0].iter().filter(|f| f["rule"] == "death.still_enrolled" && f["value"] == "2026-05-31").count();
    assert!(closed > 0, "no death.still_enrolled finding on an enrolment closed after the death");
    assert_eq!(lists[0].len(), lists[1].len());
    assert!(lists[0] == lists[1], "the findings differ");
    // The tables read in parts on several connections, or whole on one: the same findings, in
    // the same order.
    let mut full = Vec::new();
    for jobs in ["2", "1", "3"] {
        json(h, &["--db", &db, "--json", "-q", "check", "run", "--as-of", "2026-06-30", "--rules", rules, "--jobs", jobs]);
        let list = json(h, &["--db", &db, "--json", "check", "findings", "--unmask"]);
        // The run's record is completed when its findings are stored: their total and counts.
        let mut counts = serde_json::Map::new();
        for f in list.as_array().unwrap() {
            let n = counts.entry(f["rule"].as_str().unwrap()).or_insert(serde_json::json!(0));
            *n = serde_json::json!(n.as_u64().unwrap() + 1);
        }
        let stored = |column: &str| sql(&db, &format!("SELECT CAST({column} AS TEXT) FROM check_runs ORDER BY id DESC LIMIT 1")).unwrap();
        assert_eq!(stored("total"), list.as_array().unwrap().len().to_string(), "--jobs {jobs}");
        assert_eq!(
            serde_json::from_str::<serde_json::Value>(&stored("counts")).unwrap(),
            serde_json::Value::Object(counts),
            "--jobs {jobs}"
        );
        full.push(list);
    }
    assert!(full[0].as_array().is_some_and(|f| f.len() > 500), "too few findings to compare");
    assert!(full[0] == full[1] && full[0] == full[2], "the findings differ with --jobs");
}

#[test]
fn candidates_change_nothing_on_sqlite() {
    let dir = support::tempdir();
    candidates_change_nothing(&mut || Some(format!("sqlite:{}/c.db", dir.path().display())), &|db, sql| {
        use rusqlite::OptionalExtension;
        rusqlite::Connection::open(db.trim_start_matches("sqlite:")).unwrap().query_row(sql, [], |r| r.get(0)).optional().unwrap()
    });
}

#[test]
fn candidates_change_nothing_on_postgres() {
    let mut dbs = Vec::new();
    candidates_change_nothing(
        &mut || {
            let pg = support::pg()?;
            let url = pg.url.clone();
            dbs.push(pg);
            Some(url)
        },
        &|db, sql| {
            let messages = postgres::Client::connect(db, postgres::NoTls).unwrap().simple_query(sql).unwrap();
            messages.into_iter().find_map(|m| match m {
                postgres::SimpleQueryMessage::Row(r) => r.get(0).map(str::to_string),
                _ => None,
            })
        },
    );
    // The run brought the planner's statistics of the freshly seeded tables up to date.
    if let Some(pg) = dbs.first() {
        let mut c = postgres::Client::connect(&pg.url, postgres::NoTls).unwrap();
        let stale: i64 = c
            .query_one("SELECT count(*) FROM pg_stat_user_tables WHERE relname IN ('people', 'enrolments', 'deaths') AND last_analyze IS NULL AND last_autoanalyze IS NULL", &[])
            .unwrap()
            .get(0);
        assert_eq!(stale, 0, "tables left without statistics");
    }
}

/// A server that allows mzctl one connection only: the record passes, which otherwise read
/// the tables in parts on a connection per core, run one after the other on it
/// instead of failing, and find the same.
#[test]
fn one_connection_is_enough_on_postgres() {
    let Some(pg) = support::pg() else { return };
    let home = support::tempdir();
    let h = home.path();
    seed_with(h, &pg.url, "one", 7, 2000, "0.05", &["--spells", "1"]);
    json(h, &["--db", &pg.url, "--json", "-q", "check", "run", "--as-of", "2026-06-30"]);
    let two = json(h, &["--db", &pg.url, "--json", "check", "findings", "--unmask"]);
    // A role that is not a superuser (superusers are exempt from connection limits).
    let role = format!("{}_one", pg.name);
    let mut admin = postgres::Client::connect(&pg.url, postgres::NoTls).unwrap();
    admin
        .batch_execute(&format!(
            "CREATE ROLE {role} LOGIN CONNECTION LIMIT 1; GRANT ALL ON SCHEMA public TO {role};
             GRANT ALL ON ALL TABLES IN SCHEMA public TO {role}; GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO {role}"
        ))
        .unwrap();
    let (scheme, rest) = pg.url.split_once("://").unwrap();
    let url = format!("{scheme}://{role}@{}", rest.rsplit_once('@').map_or(rest, |(_, host)| host));
    let run = json(h, &["--db", &url, "--json", "-q", "check", "run", "--as-of", "2026-06-30"]);
    assert_eq!(run["run"], 2);
    let one = json(h, &["--db", &url, "--json", "check", "findings", "--unmask"]);
    assert!(two.as_array().is_some_and(|f| f.len() > 100), "too few findings to compare");
    assert!(one == two, "the findings differ");
    drop(admin);
    let admin_url = std::env::var("MZCTL_TEST_PG").unwrap();
    drop(pg);
    let _ = postgres::Client::connect(&admin_url, postgres::NoTls).map(|mut c| c.batch_execute(&format!("DROP ROLE IF EXISTS {role}")));
}

/// `overlap_grace_days` tolerates overlaps of that many days, and no more, for both rules that
/// compare periods; 0 (the default) reports a single day in common.
fn overlap_grace(db: &str, write: &mut dyn FnMut(&str)) {
    let home = support::tempdir();
    let h = home.path();
    mzctl(h).args(["--db", db, "-q", "db", "init"]).assert().success();
    // Moved from 440103 to 440104, paid by both for 10 days (1-10 March); then 5 days of
    // dibao and tekun at once (10-14 June), and 1 day (an open end meeting a start).
    write(
        "INSERT INTO people (id_number, region_code, name, gender, birth_date, phone) VALUES
         ('440106198001010019', '440104', '张三', '1', '1980-01-01', ''),
         ('440106198001010035', '440104', '李四', '1', '1980-01-01', '');
         INSERT INTO enrolments (id_number, program, region_code, start_date, end_date, monthly_amount_fen, status) VALUES
         ('440106198001010019', 'dibao', '440103', '2020-01-01', '2020-03-10', 50000, 'ended'),
         ('440106198001010019', 'dibao', '440104', '2020-03-01', '2020-06-14', 50000, 'ended'),
         ('440106198001010019', 'tekun', '440104', '2020-06-10', NULL, 80000, 'active'),
         ('440106198001010035', 'dibao', '440104', '2021-01-01', '2021-05-01', 50000, 'ended'),
         ('440106198001010035', 'tekun', '440104', '2021-05-01', NULL, 80000, 'active')",
    );
    let rules = h.join("rules.toml");
    let found = |grace: u32| -> Vec<String> {
        std::fs::write(&rules, format!("overlap_grace_days = {grace}\n")).unwrap();
        let args = [
            "--db",
            db,
            "--json",
            "-q",
            "check",
            "run",
            "--as-of",
            "2026-06-30",
            "--rule",
            "dup.enrolment",
            "--rule",
            "excl.programs",
            "--rules",
            rules.to_str().unwrap(),
        ];
        json(h, &args);
        let list = json(h, &["--db", db, "--json", "check", "findings", "--unmask"]);
        list.as_array().unwrap().iter().map(|f| format!("{} {}", f["rule"].as_str().unwrap(), f["key"].as_str().unwrap())).collect()
    };
    let all = [
        "dup.enrolment 440106198001010019|dibao",
        "excl.programs 440106198001010019|dibao+tekun",
        "excl.programs 440106198001010035|dibao+tekun",
    ];
    assert_eq!(found(0), all);
    assert_eq!(found(1), all[..2]);
    assert_eq!(found(4), all[..2]);
    assert_eq!(found(5), all[..1]);
    assert_eq!(found(9), all[..1]);
    assert!(found(10).is_empty());
}

#[test]
fn overlap_grace_on_sqlite() {
    let home = support::tempdir();
    let path = home.path().join("grace.db");
    overlap_grace(&format!("sqlite:{}", path.display()), &mut |sql| rusqlite::Connection::open(&path).unwrap().execute_batch(sql).unwrap());
}

#[test]
fn overlap_grace_on_postgres() {
    let Some(pg) = support::pg() else { return };
    overlap_grace(&pg.url, &mut |sql| postgres::Client::connect(&pg.url, postgres::NoTls).unwrap().batch_execute(sql).unwrap());
}

/// Rows written straight into the database by another system: text with tabs, newlines and
/// backslashes (escaped on PostgreSQL's COPY), a literal `\N`, a phone number stored as an
/// integer (SQLite keeps the type it is given), and on PostgreSQL a server whose DateStyle is
/// not ISO. The findings hold the values exactly as stored; nothing is misread as a defect.
fn awkward_rows(db: &str, write: &mut dyn FnMut(&str)) {
    let home = support::tempdir();
    mzctl(home.path()).args(["--db", db, "-q", "db", "init"]).assert().success();
    // Valid ID numbers (440106 天河区), names with the characters COPY escapes.
    write(
        "INSERT INTO people (id_number, region_code, name, gender, birth_date, phone) VALUES
         ('440106198001010019', '440106', '张\t三', '1', '1980-01-01', ''),
         ('440106198001010035', '440106', '李\\四', '1', '1980-01-01', ''),
         ('440106198001010051', '440106', '王\n五', '1', '1980-01-01', ''),
         ('440106198001010078', '440106', '\\N', '1', '1980-01-01', ''),
         ('440106198001010094', '440106', '赵六', '1', '1980-01-01', '')",
    );
    write("UPDATE people SET phone = 13800138000 WHERE id_number = '440106198001010094'");
    let run = json(home.path(), &["--db", db, "--json", "-q", "check", "run", "--as-of", "2026-06-30"]);
    let findings = json(home.path(), &["--db", db, "--json", "check", "findings", "--unmask"]);
    let names: BTreeMap<String, String> = findings
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "person.name_chars")
        .map(|f| (f["key"].as_str().unwrap().to_string(), f["value"].as_str().unwrap().to_string()))
        .collect();
    let want: BTreeMap<String, String> = [
        ("440106198001010019", "张\t三"),
        ("440106198001010035", "李\\四"),
        ("440106198001010051", "王\n五"),
        ("440106198001010078", "\\N"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    assert_eq!(names, want, "{findings:#}");
    assert_eq!(run["total"], 4, "only the four names are findings (no birth date or phone misread): {run:#}");
}

#[test]
fn rows_written_by_other_systems_on_sqlite() {
    let home = support::tempdir();
    let path = home.path().join("other.db");
    let db = format!("sqlite:{}", path.display());
    awkward_rows(&db, &mut |sql| {
        rusqlite::Connection::open(&path).unwrap().execute_batch(sql).unwrap();
    });
}

/// SQLite keeps what another system gives it: text that is not UTF-8, a blob or a real number
/// in a text column. The checks read them as text (invalid bytes replaced), never fail on them.
#[test]
fn values_of_any_type_on_sqlite() {
    let home = support::tempdir();
    let path = home.path().join("types.db");
    let db = format!("sqlite:{}", path.display());
    mzctl(home.path()).args(["--db", &db, "-q", "db", "init"]).assert().success();
    rusqlite::Connection::open(&path)
        .unwrap()
        .execute_batch(
            "INSERT INTO people (id_number, region_code, name, gender, birth_date, phone) VALUES
             ('440106198001010019', '440106', '张三', '1', '1980-01-01', CAST(X'3133FF' AS TEXT)),
             ('440106198001010035', '440106', X'E69D8EE59B9B', '1', '1980-01-01', ''),
             ('440106198001010051', '440106', '王五', '1', '1980-01-01', 1.5),
             ('440106198001010078', '440106', X'E78E8BFF', '1', '1980-01-01', '')",
        )
        .unwrap();
    let run = json(home.path(), &["--db", &db, "--json", "-q", "check", "run", "--as-of", "2026-06-30"]);
    let findings = json(home.path(), &["--db", &db, "--json", "check", "findings", "--unmask"]);
    let got: Vec<(String, String, String)> = findings
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (f["rule"].as_str().unwrap().to_string(), f["key"].as_str().unwrap().to_string(), f["value"].as_str().unwrap().to_string())
        })
        .collect();
    // The blob is a good name (李四); the phones are not phone numbers; 王 and a byte that is
    // not UTF-8 is not a name.
    let want = [
        ("person.name_chars", "440106198001010078", "王\u{FFFD}"),
        ("phone.format", "440106198001010019", "13\u{FFFD}"),
        ("phone.format", "440106198001010051", "1.5"),
    ];
    assert_eq!(got, want.map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string())), "{run:#}");
}

#[test]
fn rows_written_by_other_systems_on_postgres() {
    let Some(pg) = support::pg() else { return };
    let mut c = postgres::Client::connect(&pg.url, postgres::NoTls).unwrap();
    c.batch_execute(&format!("ALTER DATABASE {} SET DateStyle = 'SQL, DMY'", pg.name)).unwrap();
    awkward_rows(&pg.url, &mut |sql| {
        let mut c = postgres::Client::connect(&pg.url, postgres::NoTls).unwrap();
        // PostgreSQL is strictly typed: the phone goes in as text there.
        c.batch_execute(&sql.replace("phone = 13800138000", "phone = '13800138000'")).unwrap();
    });
}

/// A run limited to some rules or to a district is no baseline for the whole: `check diff`
/// compares what both runs covered and names the rest; without runs it picks the last two
/// runs with the same rules and scope. `check runs` lists them.
fn run_history(h: &Path, db: &str) {
    seed(h, db, "h", 5, 2500, "0.05");
    let run = |args: &[&str]| json(h, &[&["--db", db, "--json", "-q", "check", "run", "--as-of", "2026-06-30"], args].concat());
    let full = run(&[]);
    let deaths = run(&["--rule", "death.*"]);
    let district = run(&["--region", "440115"]);
    let diff = |args: &[&str]| json(h, &[&["--db", db, "--json", "check", "diff"], args].concat());
    // The partial run resolves nothing: only death.* is compared.
    let d = diff(&["1", "2"]);
    assert_eq!((d["new"].as_u64(), d["resolved"].as_u64()), (Some(0), Some(0)), "{d:#}");
    assert_eq!(d["persisting"], deaths["total"]);
    assert_eq!(d["compared"]["rules"].as_array().unwrap().len(), 2);
    assert!(d["not_compared"][0].as_str().unwrap().starts_with("rules only run 1 ran: id.format"), "{d:#}");
    // The district run: only its district is compared, the rest of the city is not resolved.
    let d = diff(&["1", "3"]);
    assert_eq!((d["new"].as_u64(), d["resolved"].as_u64()), (Some(0), Some(0)), "{d:#}");
    assert_eq!(d["compared"]["region"], "440115");
    let in_district = json(h, &["--db", db, "--json", "check", "findings", "1", "--region", "440115"]).as_array().unwrap().len() as u64;
    assert!(d["persisting"].as_u64().unwrap() > 0 && d["persisting"].as_u64().unwrap() <= in_district, "{d:#}");
    assert!(district["total"].as_u64().unwrap() >= d["persisting"].as_u64().unwrap());
    // Two districts have nothing in common.
    run(&["--region", "440103"]);
    mzctl(h).args(["--db", db, "check", "diff", "3", "4"]).assert().code(2).stderr(predicates::str::contains("nothing in common"));
    // Without runs: the latest and the last one before it with the same rules and scope.
    mzctl(h)
        .args(["--db", db, "check", "diff"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("no run before run 4 with the same rules and scope (region 440103)"));
    run(&[]);
    let d = diff(&[]);
    assert_eq!((d["from"].as_i64(), d["to"].as_i64()), (Some(1), Some(5)));
    assert_eq!((d["new"].as_u64(), d["resolved"].as_u64()), (Some(0), Some(0)));
    assert!(d["not_compared"].as_array().unwrap().is_empty());
    let runs = json(h, &["--db", db, "--json", "check", "runs"]);
    let scopes: Vec<&str> = runs.as_array().unwrap().iter().map(|r| r["scope"].as_str().unwrap()).collect();
    assert_eq!(scopes, ["all", "region 440103", "region 440115", "all", "all"]);
    assert_eq!(runs[4]["errors"], full["errors"]);
    assert_eq!(runs[3]["rules"], "2: death.*");
}

#[test]
fn run_history_on_sqlite() {
    let home = support::tempdir();
    run_history(home.path(), &format!("sqlite:{}/h.db", home.path().display()));
}

#[test]
fn run_history_on_postgres() {
    let Some(pg) = support::pg() else { return };
    run_history(support::tempdir().path(), &pg.url);
}

/// A run over its `--memory-limit` writes what it gathers to temporary files and stores the
/// same findings in the same order as a run that keeps everything in memory.
#[test]
fn a_run_beyond_its_memory_limit_stores_the_same_findings() {
    let dir = support::tempdir();
    let h = dir.path();
    for (db, _keep) in support::backends(h, "spill.db") {
        seed(h, &db, &format!("city-{}", db.len()), 11, 20_000, "0.05");
        let run = |limit: Option<&str>| -> (i64, String) {
            let mut cmd = mzctl(h);
            cmd.args(["--db", &db, "--json", "check", "run", "--as-of", "2026-06-30", "--timings"]);
            if let Some(l) = limit {
                cmd.args(["--memory-limit", l]);
            }
            let out = cmd.output().unwrap();
            assert_eq!(out.status.code(), Some(3), "{}", String::from_utf8_lossy(&out.stderr));
            let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
            (report["run"].as_i64().unwrap(), String::from_utf8_lossy(&out.stderr).into_owned())
        };
        let (roomy, said) = run(None);
        assert!(!said.contains("temporary files"), "{said}");
        let (tight, said) = run(Some("128K"));
        assert!(said.contains("written to temporary files"), "128K is less than a 20,000-person city gathers: {said}");
        let listed = |run: i64| {
            let out = mzctl(h).args(["--db", &db, "check", "findings", &run.to_string(), "--format", "csv", "--unmask"]).output().unwrap();
            assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
            out.stdout
        };
        let (a, b) = (listed(roomy), listed(tight));
        assert!(a.len() > 100_000, "{} bytes of findings", a.len());
        assert!(a == b, "{db}: the findings differ between run {roomy} and run {tight}");
    }
}
