//! One seeded city on SQLite and on a Citus cluster (`db init` there): what a user reads back is
//! the same on both, command for command: the checks' findings and their per-district work
//! lists, a person's whole record, the should-pay list, and what `death apply` does. (Imports,
//! resume and undo: tests/import.rs and tests/payments.rs run on every backend; certificates,
//! `person show`, `death apply` and the report against SQL: their own files' `_citus` tests.)
use crate::support::{self, mzctl};
use serde_json::Value;
use std::path::Path;

const AS_OF: &str = "2026-06-30";

fn json(home: &Path, db: &str, args: &[&str]) -> Value {
    let out = mzctl(home).current_dir(home).args(["--db", db, "--json", "-q"]).args(args).output().unwrap();
    assert!(out.status.code().is_some_and(|c| c == 0 || c == 3), "{args:?} on {db}: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{args:?}: {e}: {}", String::from_utf8_lossy(&out.stdout)))
}

/// Every cell of every sheet of each workbook under `dir`, by file name, as openpyxl reads
/// them (the files' bytes carry a creation time).
fn workbooks(dir: &Path) -> Value {
    let script = r#"
import glob, json, os, sys, openpyxl
out = {}
for p in sorted(glob.glob(os.path.join(sys.argv[1], '*.xlsx'))):
    wb = openpyxl.load_workbook(p)
    out[os.path.basename(p)] = {ws.title: [[str(c) for c in r] for r in ws.iter_rows(values_only=True)] for ws in wb}
print(json.dumps(out, ensure_ascii=False))
"#;
    let out = std::process::Command::new("python3").args(["-c", script]).arg(dir).output().expect("python3");
    assert!(out.status.success(), "openpyxl: {}", String::from_utf8_lossy(&out.stderr));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(!v.as_object().unwrap().is_empty(), "no workbooks in {}", dir.display());
    v
}

/// The ID numbers worth looking at in the seeded city: the first people, and one of each case
/// `person show` gathers from several tables (a dead person still enrolled, a dead card holder,
/// a number recorded twice, a 15-digit number).
fn people_to_show(sqlite: &Path) -> Vec<String> {
    let c = rusqlite::Connection::open(sqlite).unwrap();
    let mut ids = Vec::new();
    for q in [
        "SELECT id_number FROM people ORDER BY id_number LIMIT 5",
        "SELECT d.id_number FROM deaths d JOIN enrolments e ON e.id_number = d.id_number WHERE e.end_date IS NULL ORDER BY 1 LIMIT 2",
        "SELECT d.id_number FROM deaths d JOIN certificates c ON c.holder_id = d.id_number ORDER BY 1 LIMIT 2",
        "SELECT id_number FROM people GROUP BY id_number HAVING count(*) > 1 ORDER BY 1 LIMIT 2",
        "SELECT id_number FROM people WHERE length(id_number) = 15 ORDER BY 1 LIMIT 1",
        "SELECT id_number FROM payments ORDER BY 1 LIMIT 2",
    ] {
        let mut stmt = c.prepare(q).unwrap();
        ids.extend(stmt.query_map([], |r| r.get::<_, String>(0)).unwrap().map(Result::unwrap));
    }
    assert!(ids.len() >= 10, "{ids:?}");
    ids
}

/// What one database answers, in the order asked: (what, answer). Files are written under
/// `h`, by relative paths, so that the answers naming them are the same.
fn answers(h: &Path, db: &str, ids: &[String]) -> Vec<(String, Value)> {
    std::fs::create_dir_all(h).unwrap();
    let mut out = Vec::new();
    let mut put = |what: &str, v: Value| out.push((what.to_string(), v));
    put("check run", json(h, db, &["check", "run", "--as-of", AS_OF, "--fail-on", "never"]));
    put("findings", json(h, db, &["check", "findings", "--unmask"]));
    put("summary", json(h, db, &["check", "findings", "--summary", "--by", "district,rule"]));
    let written = json(h, db, &["check", "findings", "--split-by", "district", "--unmask", "--out", "lists"]);
    put("work lists", written);
    for (name, book) in workbooks(&h.join("lists")).as_object().unwrap() {
        put(&format!("work list {name}"), book.clone());
    }
    for id in ids {
        put(&format!("person show {id}"), timeless(json(h, db, &["person", "show", id, "--unmask"])));
    }
    put("payments expected", json(h, db, &["payments", "expected", "--month", "2026-05", "--unmask"]));
    put("payments expected split", json(h, db, &["payments", "expected", "--month", "2026-05", "--split-by", "district", "--out", "pay"]));
    for (name, book) in workbooks(&h.join("pay")).as_object().unwrap() {
        put(&format!("payment list {name}"), book.clone());
    }
    put("death apply -n", json(h, db, &["death", "apply", "-n", "--as-of", AS_OF]));
    put("death apply", json(h, db, &["--yes", "death", "apply", "--as-of", AS_OF]));
    put("recoveries", json(h, db, &["death", "recoveries"]));
    put("check run after", json(h, db, &["check", "run", "--as-of", AS_OF, "--fail-on", "never"]));
    for id in ids.iter().take(8) {
        put(&format!("person show {id} after"), timeless(json(h, db, &["person", "show", id, "--unmask"])));
    }
    out
}

#[test]
fn a_seeded_city_reads_the_same_on_citus_as_on_sqlite() {
    let home = support::tempdir();
    let h = home.path();
    let Some(c) = support::citus_init(h) else { return };
    let sqlite = h.join("city.db");
    let sqlite_url = format!("sqlite:{}", sqlite.display());
    // The same files for both (the batches record the path they came from).
    for db in [&sqlite_url, &c.url] {
        // Seeded afresh (the issuer's key file is not overwritten), byte for byte the same.
        let _ = std::fs::remove_dir_all(h.join("city"));
        mzctl(h)
            .args(["--db", db, "seed", "-q", "--yes", "--into-db", "--as-of", AS_OF, "--systems", "0", "--defects", "0.05"])
            .args(["--seed", "7", "--people", "3000", "--cards", "0.5", "--out"])
            .arg(h.join("city"))
            .assert()
            .success();
    }
    let ids = people_to_show(&sqlite);
    let want = answers(&h.join("sqlite"), &sqlite_url, &ids);
    let got = answers(&h.join("citus"), &c.url, &ids);
    assert_eq!(want.len(), got.len(), "{:?}", got.iter().map(|x| &x.0).collect::<Vec<_>>());
    let differ: Vec<String> = want
        .iter()
        .zip(&got)
        .filter(|(a, b)| a != b)
        .map(|(a, b)| format!("{}:\n  sqlite: {:.600}\n  citus:  {:.600}", a.0, a.1.to_string(), b.1.to_string()))
        .collect();
    assert!(differ.is_empty(), "{} of {} answers differ on Citus:\n{}", differ.len(), want.len(), differ.join("\n"));
}

/// A `person show` document without the time its queries took.
fn timeless(mut v: Value) -> Value {
    v.as_object_mut().expect("a person record").remove("seconds");
    v
}
