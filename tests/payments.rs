//! Payments: the ledger's import (idempotent, double payments kept, undo), the should-pay list
//! and the reconciliation rules, on SQLite, PostgreSQL and Citus.
use crate::support::{self, backends, mzctl};
use serde_json::Value;
use std::path::Path;

fn json(home: &Path, db: &str, args: &[&str], code: i32) -> Value {
    let out = mzctl(home).args(["--db", db, "--json", "-q"]).args(args).assert().code(code).get_output().stdout.clone();
    serde_json::from_slice(&out).unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out)))
}

fn import(home: &Path, db: &str, args: &[&str], code: i32) -> Value {
    let mut all = vec!["import"];
    all.extend(args);
    all.extend(["--today", "2026-06-30"]);
    json(home, db, &all, code)
}

fn counts(v: &Value) -> [u64; 6] {
    ["read", "inserted", "updated", "unchanged", "rejected", "conflicts"].map(|k| v[k].as_u64().unwrap())
}

fn payments_count(home: &Path, db: &str) -> u64 {
    let status = json(home, db, &["db", "status"], 0);
    let tables = &status["tables"];
    tables.get("payments").and_then(Value::as_u64).unwrap_or_else(|| panic!("no payments count in {status}"))
}

const LEDGER: &str = "\
身份证号,救助类型,行政区划代码,发放月份,发放金额,发放日期,发放渠道,银行账号,发放流水号
11010519491231002X,低保,110105,2026-05,800.00,2026-05-10,银行代发,6222 0212 3456 7890,
11010519491231002X,低保,110105,2026-05,800.00,2026-05-10,银行代发,6222 0212 3456 7890,
11010519491231002X,低保,110105,2026年6月,800,2026-06-10,银行代发,6222021234567890,
11010519491231002X,tekun,110105,2026-06,800.5,2026-06-10,社保卡,6222021234567891,FL-0001
11010519491231002X,低保,110105,2026-13,800,2026-06-10,银行代发,6222021234567890,
";

#[test]
fn ledger_import_is_idempotent_keeps_double_payments_and_undoes() {
    let home = support::tempdir();
    let dir = home.path();
    let file = dir.join("ledger.csv");
    std::fs::write(&file, LEDGER).unwrap();
    let f = file.to_str().unwrap();
    let gbk = dir.join("ledger-gbk.csv");
    let (bytes, _, _) = encoding_rs::GB18030.encode(LEDGER);
    std::fs::write(&gbk, &bytes).unwrap();
    for (db, _pg) in backends(dir, "pay.db") {
        let dry = import(dir, &db, &["payments", f, "-n"], 3);
        let first = import(dir, &db, &["payments", f], 3);
        assert_eq!(counts(&dry), counts(&first));
        // The same batch paid twice stays two rows; the bad month is rejected, by name.
        assert_eq!(counts(&first), [5, 4, 0, 0, 1, 0], "{first}");
        let rejects = std::fs::read_to_string(first["rejects_file"].as_str().unwrap()).unwrap();
        assert!(rejects.contains("month: unparsable month"), "{rejects}");
        assert_eq!(payments_count(dir, &db), 4);
        // Importing the file again changes nothing, in either encoding.
        let again = import(dir, &db, &["payments", f], 3);
        assert_eq!(counts(&again), [5, 0, 0, 4, 1, 0], "{again}");
        let gbk_again = import(dir, &db, &["payments", gbk.to_str().unwrap()], 3);
        assert_eq!(counts(&gbk_again), [5, 0, 0, 4, 1, 0], "{gbk_again}");
        assert_eq!(payments_count(dir, &db), 4);
        // Undo removes what the batch inserted.
        for b in [&gbk_again, &again, &first] {
            let batch = b["batch"].as_i64().unwrap().to_string();
            mzctl(dir).args(["--db", &db, "-q", "import", "undo", &batch, "--yes"]).assert().success();
        }
        assert_eq!(payments_count(dir, &db), 0);
    }
}

/// (key, region, amount) of a run's eligible.not_enrolled findings.
fn rule_found(home: &Path, db: &str, as_of: &str, rules: Option<&str>) -> Vec<(String, String, i64)> {
    let mut args = vec!["check", "run", "--as-of", as_of, "--rule", "eligible.not_enrolled", "--program", "elder_allowance"];
    if let Some(r) = rules {
        args.extend(["--rules", r]);
    }
    let code = mzctl(home).args(["--db", db, "-q", "--json"]).args(&args).output().unwrap().status.code();
    assert_eq!(code, Some(0), "warnings only");
    let list = json(home, db, &["check", "findings", "--unmask"], 0);
    let mut out: Vec<_> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (f["key"].as_str().unwrap().to_string(), f["region_code"].as_str().unwrap().to_string(), f["amount_fen"].as_i64().unwrap_or(0))
        })
        .collect();
    out.sort();
    out
}

/// The same as a `payments eligible` list.
fn listed(home: &Path, db: &str, month: &str, rules: Option<&str>) -> Vec<(String, String, i64)> {
    let mut args = vec!["payments", "eligible", "--program", "elder_allowance", "--month", month, "--unmask"];
    if let Some(r) = rules {
        args.extend(["--rules", r]);
    }
    let list = json(home, db, &args, 0);
    let mut out: Vec<_> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            let key = format!("{}|{}", p["id_number"].as_str().unwrap(), p["program"].as_str().unwrap());
            (key, p["region_code"].as_str().unwrap().to_string(), -p["monthly_amount_fen"].as_i64().unwrap_or(0))
        })
        .collect();
    out.sort();
    out
}

/// `payments eligible` lists exactly the people the rule eligible.not_enrolled finds, for the
/// default program rule and for one of a rules file (regions, exclusions, other tiers); masked
/// unless unmasked; one workbook per district.
#[test]
fn eligible_list_is_the_rules_findings() {
    let dir = support::tempdir();
    let h = dir.path();
    for (db, _pg) in backends(h, "elig.db") {
        let out = h.join(format!("city-{}", db.len()));
        mzctl(h)
            .args(["--db", &db, "seed", "-q", "--yes", "--into-db", "--as-of", "2026-06-30", "--systems", "0", "--defects", "0.05"])
            .args(["--seed", "5", "--people", "6000", "--out"])
            .arg(&out)
            .assert()
            .success();
        let manifest: Value = serde_json::from_slice(&std::fs::read(out.join("manifest.json")).unwrap()).unwrap();
        let seeded = manifest["totals"]["eligible.not_enrolled"].as_u64().unwrap();
        assert!(seeded > 0);
        let june = listed(h, &db, "2026-06", None);
        assert_eq!(june.len() as u64, seeded, "{june:?}");
        assert_eq!(june, rule_found(h, &db, "2026-06-30", None));
        assert_eq!(listed(h, &db, "2026-05", None), rule_found(h, &db, "2026-05-31", None));
        // A rule of the bureau's own: from 70 in two districts, not for those on dibao.
        let rules = h.join("rules.toml");
        std::fs::write(
            &rules,
            "[programs.elder_allowance]\nmin_age = 70\nregions = [\"440106\", \"440111\"]\nexcluded = [\"dibao\"]\ntiers = [{ from_age = 70, monthly_fen = 5000 }, { from_age = 80, monthly_fen = 10000 }]\n",
        )
        .unwrap();
        let r = rules.to_str().unwrap();
        let own = listed(h, &db, "2026-06", Some(r));
        assert!(own.len() as u64 > seeded, "{} people from 70", own.len());
        assert!(own
            .iter()
            .all(|(_, region, fen)| (region.starts_with("440106") || region.starts_with("440111")) && (*fen == -5000 || *fen == -10000)));
        assert_eq!(own, rule_found(h, &db, "2026-06-30", Some(r)));
        // Masked by default; a program without a rule is refused.
        let masked = json(h, &db, &["payments", "eligible", "--program", "elder_allowance", "--month", "2026-06"], 0);
        assert!(masked[0]["id_number"].as_str().unwrap().contains("********"));
        mzctl(h).args(["--db", &db, "payments", "eligible", "--program", "dibao", "--month", "2026-06"]).assert().code(2);
        let found = h.join(format!("found-{}", db.len()));
        let found = found.to_str().unwrap();
        let files = json(
            h,
            &db,
            &["payments", "eligible", "--program", "elder_allowance", "--month", "2026-06", "--split-by", "district", "--out", found],
            0,
        );
        let people: u64 = files.as_array().unwrap().iter().map(|w| w["people"].as_u64().unwrap()).sum();
        assert_eq!(people, seeded);
        assert!(files.as_array().unwrap().iter().all(|w| std::path::Path::new(w["file"].as_str().unwrap()).exists()));
    }
}
