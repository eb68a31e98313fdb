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
