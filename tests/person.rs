//! `person show|search` and `death apply|recoveries` on a seeded city, on SQLite, PostgreSQL and Citus:
//! the whole record of a person against direct SQL, and applied deaths against what the
//! `death.still_enrolled` and `cert.holder_dead` rules report.
use crate::support::{self, mzctl};
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;

const AS_OF: &str = "2026-06-30";

/// Rows of a query as text, on the database `db` (a SQLite file or a PostgreSQL URL).
fn sql(db: &str, query: &str) -> Vec<Vec<String>> {
    if db.starts_with("postgres") {
        let mut c = support::connect(db);
        let mut out = Vec::new();
        for m in c.simple_query(query).unwrap_or_else(|e| panic!("{query}: {e}")) {
            if let postgres::SimpleQueryMessage::Row(r) = m {
                out.push((0..r.len()).map(|i| r.get(i).unwrap_or("").to_string()).collect());
            }
        }
        return out;
    }
    let out = std::process::Command::new("sqlite3").args(["-separator", "\t", db, query]).output().expect("sqlite3 runs");
    assert!(out.status.success(), "{query}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap().lines().map(|l| l.split('\t').map(str::to_string).collect()).collect()
}

fn json(home: &Path, args: &[&str]) -> Value {
    let out = mzctl(home).args(args).output().unwrap();
    assert!(out.status.code().is_some_and(|c| c == 0 || c == 3), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{args:?}: {e}: {}", String::from_utf8_lossy(&out.stdout)))
}

fn seed(home: &Path, db: &str) {
    mzctl(home)
        .args(["--db", db, "seed", "-q", "--yes", "--into-db", "--as-of", AS_OF, "--systems", "0", "--defects", "0.05"])
        .args(["--seed", "7", "--people", "3000", "--cards", "0.5", "--out"])
        .arg(home.join("city"))
        .assert()
        .success();
}

fn check_run(home: &Path, db: &str) {
    json(home, &["--db", db, "-q", "--json", "check", "run", "--as-of", AS_OF]);
}

/// The spellings one ID number may be stored in (as `person show` looks them up).
fn spellings(id18: &str) -> Vec<String> {
    let mut out = vec![id18.to_string()];
    if id18.ends_with('X') {
        out.push(format!("{}x", &id18[..17]));
    }
    if &id18[6..8] == "19" {
        out.push(format!("{}{}", &id18[..6], &id18[8..17]));
    }
    out
}

fn in_list(ids: &[String]) -> String {
    ids.iter().map(|i| format!("'{i}'")).collect::<Vec<_>>().join(", ")
}

fn set(rows: Vec<Vec<String>>) -> BTreeSet<Vec<String>> {
    rows.into_iter().collect()
}

fn texts(v: &Value, fields: &[&str]) -> BTreeSet<Vec<String>> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|r| {
            fields
                .iter()
                .map(|f| match &r[f] {
                    Value::Null => String::new(),
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                })
                .collect()
        })
        .collect()
}

/// `person show` returns exactly what the tables hold for the number.
fn compare_person(home: &Path, db: &str, asked: &str, all_findings: &Value) {
    let shown = json(home, &["--db", db, "--json", "person", "show", asked, "--unmask"]);
    let id = shown["id_number"].as_str().unwrap().to_string();
    let ids = spellings(&id);
    let list = in_list(&ids);
    let people = sql(
        db,
        &format!("SELECT id_number, region_code, name, coalesce(CAST(birth_date AS TEXT), '') FROM people WHERE id_number IN ({list})"),
    );
    assert!(!people.is_empty() || !sql(db, &format!("SELECT 1 FROM enrolments WHERE id_number IN ({list})")).is_empty());
    assert_eq!(texts(&shown["people"], &["id_number", "region_code", "name", "birth_date"]), set(people), "{asked}: people");
    let enrolments = sql(
        db,
        &format!(
            "SELECT program, region_code, CAST(start_date AS TEXT), coalesce(CAST(end_date AS TEXT), ''), CAST(monthly_amount_fen AS TEXT) FROM enrolments WHERE id_number IN ({list})"
        ),
    );
    assert_eq!(
        texts(&shown["enrolments"], &["program", "region_code", "start_date", "end_date", "monthly_amount_fen"]),
        set(enrolments),
        "{asked}: enrolments"
    );
    let deaths = sql(db, &format!("SELECT id_number, CAST(death_date AS TEXT), cremation_no FROM deaths WHERE id_number IN ({list})"));
    assert_eq!(texts(&shown["deaths"], &["id_number", "death_date", "cremation_no"]), set(deaths), "{asked}: deaths");
    let certs = sql(db, &format!("SELECT identifier, status FROM certificates WHERE holder_id IN ({list})"));
    assert_eq!(texts(&shown["certificates"], &["identifier", "status"]), set(certs.clone()), "{asked}: certificates");
    let payments =
        sql(db, &format!("SELECT pay_key, month, CAST(amount_fen AS TEXT), reference FROM payments WHERE id_number IN ({list})"));
    assert_eq!(texts(&shown["payments"], &["pay_key", "month", "amount_fen", "reference"]), set(payments), "{asked}: payments");
    let cert_ids: BTreeSet<String> = certs.into_iter().map(|r| r[0].clone()).collect();
    let findings: BTreeSet<Vec<String>> = all_findings
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| {
            let key = f["key"].as_str().unwrap();
            if f["table"] == "certificates" {
                cert_ids.contains(key)
            } else {
                ids.iter().any(|i| key.split('|').next() == Some(i.as_str()))
            }
        })
        .map(|f| vec![f["rule"].as_str().unwrap().to_string(), f["key"].as_str().unwrap().to_string()])
        .collect();
    assert_eq!(texts(&shown["findings"], &["rule", "key"]), findings, "{asked}: findings");
    let batches: BTreeSet<i64> = sql(
        db,
        &format!(
            "SELECT created_batch, batch_id, seen_batch FROM people WHERE id_number IN ({list}) UNION ALL SELECT created_batch, batch_id, seen_batch FROM enrolments WHERE id_number IN ({list})
             UNION ALL SELECT created_batch, batch_id, seen_batch FROM deaths WHERE id_number IN ({list})
             UNION ALL SELECT created_batch, batch_id, seen_batch FROM payments WHERE id_number IN ({list})"
        ),
    )
    .into_iter()
    .flatten()
    .filter_map(|b| b.parse().ok())
    .collect();
    let shown_batches: BTreeSet<i64> = shown["batches"].as_array().unwrap().iter().map(|b| b["id"].as_i64().unwrap()).collect();
    assert_eq!(shown_batches, batches, "{asked}: batches");
    let changes = sql(db, &format!("SELECT source, tbl, key, col FROM record_changes WHERE id_number IN ({list})"));
    assert_eq!(texts(&shown["changes"], &["source", "table", "key", "column"]), set(changes), "{asked}: changes");
}

fn first(db: &str, query: &str) -> Option<String> {
    sql(db, query).into_iter().next().map(|r| r[0].clone())
}

fn person_show(h: &Path, db: &str) {
    seed(h, db);
    check_run(h, db);
    let findings = json(h, &["--db", db, "--json", "check", "findings", "--unmask"]);
    let dead = first(db, "SELECT d.id_number FROM deaths d JOIN enrolments e ON e.id_number = d.id_number WHERE e.end_date IS NULL ORDER BY d.id_number LIMIT 1")
        .expect("a dead person still enrolled");
    let holder =
        first(db, "SELECT d.id_number FROM deaths d JOIN certificates c ON c.holder_id = d.id_number ORDER BY d.id_number LIMIT 1")
            .expect("a dead card holder");
    let dup =
        first(db, "SELECT id_number FROM people GROUP BY id_number HAVING count(*) > 1 ORDER BY id_number LIMIT 1").expect("a dup.person");
    let fifteen =
        first(db, "SELECT id_number FROM people WHERE length(id_number) = 15 ORDER BY id_number LIMIT 1").expect("a 15-digit number");
    let lower = first(db, "SELECT id_number FROM people WHERE substr(id_number, 18, 1) = 'x' ORDER BY id_number LIMIT 1");
    // Payment findings name the holder first, so a person's are found with theirs.
    let pay = findings.as_array().unwrap().iter().find(|f| f["table"] == "payments").expect("a finding on a payment").clone();
    let paid_wrong = pay["key"].as_str().unwrap().split('|').next().unwrap().to_string();
    let shown = json(h, &["--db", db, "--json", "person", "show", &paid_wrong, "--unmask"]);
    assert!(
        shown["findings"].as_array().unwrap().iter().any(|f| f["rule"] == pay["rule"] && f["key"] == pay["key"]),
        "{paid_wrong}: its {} finding is in the record",
        pay["rule"]
    );
    for asked in [Some(dead.clone()), Some(holder), Some(dup.clone()), Some(fifteen), lower, Some(paid_wrong)].into_iter().flatten() {
        compare_person(h, db, &asked, &findings);
    }
    let shown = json(h, &["--db", db, "--json", "person", "show", &dup, "--unmask"]);
    assert_eq!(shown["people"].as_array().unwrap().len(), 2, "both rows of a number recorded twice");
    // Masked unless --unmask, in every format; --unmask is audited.
    let out = mzctl(h).args(["--db", db, "person", "show", &dead]).output().unwrap();
    assert!(out.status.success());
    assert!(!String::from_utf8_lossy(&out.stdout).contains(&dead), "masked by default");
    let out = mzctl(h).args(["--db", db, "--json", "person", "show", &dead]).output().unwrap();
    assert!(!String::from_utf8_lossy(&out.stdout).contains(&dead), "json masked by default");
    let audit = json(h, &["--db", db, "--json", "audit", "list"]);
    assert!(audit
        .as_array()
        .unwrap()
        .iter()
        .any(|a| a["command"].as_str().unwrap().contains("person show") && a["counts"]["person.unmasked"].as_i64() == Some(1)));
    // Invalid → 2 saying why; valid but absent → 1.
    mzctl(h)
        .args(["--db", db, "person", "show", "440106199001011234"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("bad check character"));
    mzctl(h).args(["--db", db, "person", "show", "11010519491231002x"]).assert().code(1).stderr(predicates::str::contains("no person"));
    mzctl(h).args(["--db", db, "--format", "xlsx", "person", "show", &dead]).assert().success();
    // Search: the name's first character and the birth year find the person, masked.
    let (name, birth, region) = {
        let r = &sql(db, &format!("SELECT name, CAST(birth_date AS TEXT), region_code FROM people WHERE id_number = '{dead}'"))[0];
        (r[0].clone(), r[1].clone(), r[2].clone())
    };
    let surname: String = name.chars().take(1).collect();
    let hits = json(
        h,
        &["--db", db, "--json", "person", "search", &surname, "--born", &birth[..4], "--region", &region, "--limit", "0", "--unmask"],
    );
    assert!(hits.as_array().unwrap().iter().any(|x| x["id_number"] == dead.as_str()), "{hits}");
    let hits = json(h, &["--db", db, "--json", "person", "search", &name, "--limit", "1"]);
    assert_eq!(hits.as_array().unwrap().len(), 1);
    assert!(hits[0]["id_number"].as_str().unwrap().contains('*'));
}

#[test]
fn person_show_matches_sql_on_sqlite() {
    let home = support::tempdir();
    let db = home.path().join("t.db");
    person_show(home.path(), db.to_str().unwrap());
}

#[test]
fn person_show_matches_sql_on_postgres() {
    let Some(pg) = support::pg() else { return };
    let home = support::tempdir();
    person_show(home.path(), &pg.url);
}

/// Findings of the latest run of `rule`: (key, amount).
fn rule_findings(h: &Path, db: &str, rule: &str) -> Vec<(String, i64)> {
    json(h, &["--db", db, "--json", "check", "findings", "--rule", rule, "--unmask"])
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["key"].as_str().unwrap().to_string(), f["amount_fen"].as_i64().unwrap_or(0)))
        .collect()
}

fn death_apply(h: &Path, db: &str) {
    seed(h, db);
    check_run(h, db);
    let still = rule_findings(h, db, "death.still_enrolled");
    let holder_dead = rule_findings(h, db, "cert.holder_dead");
    assert!(!still.is_empty() && !holder_dead.is_empty(), "the seeded city has both");
    let overpaid: i64 = still.iter().map(|(_, a)| a).sum();
    let dry = json(h, &["--db", db, "--json", "death", "apply", "-n", "--as-of", AS_OF]);
    assert_eq!(dry["applied"]["deaths"], 0, "a dry run applies nothing");
    let applied = json(h, &["--db", db, "--json", "--yes", "death", "apply", "--as-of", AS_OF]);
    // Ended: exactly the enrolments the rule reported; recovered: its overpaid total, to the fen.
    let mut ended: Vec<String> = Vec::new();
    let mut revoked: Vec<String> = Vec::new();
    for d in applied["deaths"].as_array().unwrap() {
        for e in d["enrolments"].as_array().unwrap() {
            ended.push(format!("{}|{}", e["enrolment"]["id_number"].as_str().unwrap(), e["enrolment"]["program"].as_str().unwrap()));
        }
        for f in d["revocations"].as_array().unwrap() {
            revoked.push(f.as_str().unwrap().to_string());
        }
    }
    ended.sort();
    revoked.sort();
    let mut want: Vec<String> = still.iter().map(|(k, _)| k.clone()).collect();
    want.sort();
    assert_eq!(ended, want, "ended = death.still_enrolled");
    assert_eq!(applied["applied"]["recovered_fen"].as_i64().unwrap(), overpaid, "recovered = overpaid");
    let mut want: Vec<String> = holder_dead.iter().map(|(k, _)| k.clone()).collect();
    want.sort();
    assert_eq!(revoked, want, "revoked = cert.holder_dead");
    assert_eq!(applied["applied"]["certificates_revoked"].as_u64().unwrap() as usize, revoked.len());
    let dead_holders = sql(
        db,
        "SELECT c.identifier FROM certificates c WHERE c.status = '03' AND c.status_reason = 'holder deceased' ORDER BY c.identifier",
    );
    assert_eq!(dead_holders.into_iter().map(|r| r[0].clone()).collect::<Vec<_>>(), revoked, "revoked in the database");
    let recoveries = json(h, &["--db", db, "--json", "death", "recoveries"]);
    assert_eq!(recoveries["total_fen"].as_i64().unwrap(), overpaid);
    let per_district: i64 = recoveries["districts"].as_array().unwrap().iter().map(|d| d["amount_fen"].as_i64().unwrap()).sum();
    assert_eq!(per_district, overpaid, "the districts add up");
    // A re-run changes nothing; the checks find nothing for the applied deaths.
    let again = json(h, &["--db", db, "--json", "--yes", "death", "apply", "--as-of", AS_OF]);
    assert_eq!(again["deaths"].as_array().unwrap().len(), 0);
    check_run(h, db);
    assert!(rule_findings(h, db, "death.still_enrolled").is_empty());
    assert!(rule_findings(h, db, "cert.holder_dead").is_empty());
    let dir = h.join("lists");
    mzctl(h).args(["--db", db, "death", "recoveries", "--split-by", "district", "--out"]).arg(&dir).assert().success();
    assert!(std::fs::read_dir(&dir).unwrap().count() > 0);
    // Undoing the deaths batch reverses the applications: the rule finds the same again.
    let batch = first(db, "SELECT id FROM import_batches WHERE kind = 'deaths' ORDER BY id DESC LIMIT 1").unwrap();
    let undone = json(h, &["--db", db, "--json", "--yes", "import", "undo", &batch]);
    assert!(undone["reversed"].as_u64().unwrap() > 0, "{undone}");
    let open = sql(
        db,
        &format!(
            "SELECT count(*) FROM enrolments WHERE end_date IS NULL AND id_number IN ({})",
            in_list(&still.iter().map(|(k, _)| k.split('|').next().unwrap().to_string()).collect::<Vec<_>>())
        ),
    );
    assert!(open[0][0].parse::<usize>().unwrap() > 0, "enrolments reopened");
    let valid = sql(db, "SELECT count(*) FROM certificates WHERE status = '03'");
    assert_eq!(valid[0][0], "0", "revocations reversed");
    assert_eq!(json(h, &["--db", db, "--json", "death", "recoveries"])["total_fen"], 0);
}

#[test]
fn person_show_matches_sql_on_citus() {
    let home = support::tempdir();
    let Some(c) = support::citus_init(home.path()) else { return };
    person_show(home.path(), &c.url);
}

#[test]
fn death_apply_agrees_with_the_rules_on_sqlite() {
    let home = support::tempdir();
    let db = home.path().join("t.db");
    death_apply(home.path(), db.to_str().unwrap());
}

#[test]
fn death_apply_agrees_with_the_rules_on_postgres() {
    let Some(pg) = support::pg() else { return };
    let home = support::tempdir();
    death_apply(home.path(), &pg.url);
}

#[test]
fn death_apply_agrees_with_the_rules_on_citus() {
    let home = support::tempdir();
    let Some(c) = support::citus_init(home.path()) else { return };
    death_apply(home.path(), &c.url);
}

/// An undo refuses, changing nothing, when a later change touched what the application did.
#[test]
fn undo_refuses_after_a_later_change() {
    let home = support::tempdir();
    let h = home.path();
    let db = h.join("t.db");
    let db = db.to_str().unwrap();
    seed(h, db);
    json(h, &["--db", db, "--json", "--yes", "death", "apply", "--as-of", AS_OF]);
    let key = sql(db, "SELECT key FROM record_changes WHERE source = 'death-apply' AND tbl = 'enrolments' ORDER BY id LIMIT 1");
    let k: Vec<&str> = key[0][0].split('|').collect();
    sql(db, &format!("UPDATE enrolments SET end_date = '2026-01-31' WHERE id_number = '{}' AND program = '{}'", k[0], k[1]));
    let batch = first(db, "SELECT id FROM import_batches WHERE kind = 'deaths'").unwrap();
    mzctl(h).args(["--db", db, "--yes", "import", "undo", &batch]).assert().code(2).stderr(predicates::str::contains("has changed since"));
    assert_eq!(sql(db, "SELECT state FROM import_batches WHERE kind = 'deaths'")[0][0], "done");
}

/// `import deaths --apply` applies what it recorded: the recoveries are the overpaid total the
/// rule reports on the same records without the application.
#[test]
fn import_deaths_then_apply() {
    let home = support::tempdir();
    let h = home.path();
    let seeded = h.join("seeded.db");
    seed(h, seeded.to_str().unwrap());
    let (a, b) = (h.join("a.db"), h.join("b.db"));
    for db in [&a, &b] {
        for kind in ["people", "enrolments"] {
            let out = mzctl(h)
                .args(["--db", db.to_str().unwrap(), "-q", "import", kind, "--lenient"])
                .arg(h.join(format!("city/{kind}.csv")))
                .output()
                .unwrap();
            assert!(out.status.code().is_some_and(|c| c == 0 || c == 3), "{}", String::from_utf8_lossy(&out.stderr));
        }
    }
    let (a, b) = (a.to_str().unwrap(), b.to_str().unwrap());
    let deaths = h.join("city/deaths.csv");
    mzctl(h)
        .args(["--db", a, "import", "deaths", "--lenient", "--apply"])
        .arg(&deaths)
        .assert()
        .code(2)
        .stderr(predicates::str::contains("--yes"));
    mzctl(h).args(["--db", a, "-q", "--yes", "import", "deaths", "--lenient", "--apply"]).arg(&deaths).assert().success();
    mzctl(h).args(["--db", b, "-q", "import", "deaths", "--lenient"]).arg(&deaths).assert().success();
    json(h, &["--db", b, "-q", "--json", "check", "run", "--rule", "death.*"]);
    let overpaid: i64 = rule_findings(h, b, "death.still_enrolled").iter().map(|(_, a)| a).sum();
    assert!(overpaid > 0);
    assert_eq!(json(h, &["--db", a, "--json", "death", "recoveries"])["total_fen"].as_i64().unwrap(), overpaid);
    mzctl(h).args(["--db", a, "import", "people", "--apply"]).arg(h.join("city/people.csv")).assert().code(2);
}
