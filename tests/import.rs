//! `mzctl import`: the same behaviour and counts on SQLite, PostgreSQL and Citus.
use crate::support::{self, backends, mzctl};
use serde_json::Value;
use std::path::{Path, PathBuf};

fn seed(home: &Path, out: &Path, people: u64, defects: &str) {
    mzctl(home)
        .args([
            "seed",
            "-q",
            "--yes",
            "--as-of",
            "2026-06-30",
            "--systems",
            "0",
            "--seed",
            "11",
            "--people",
            &people.to_string(),
            "--defects",
            defects,
            "--out",
        ])
        .arg(out)
        .assert()
        .success();
}

fn import(home: &Path, db: &str, args: &[&str], code: i32) -> Value {
    let out = mzctl(home)
        .args(["--db", db, "--json", "-q", "import"])
        .args(args)
        .args(["--today", "2026-06-30"])
        .assert()
        .code(code)
        .get_output()
        .stdout
        .clone();
    serde_json::from_slice(&out).unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out)))
}

fn counts(v: &Value) -> [u64; 6] {
    ["read", "inserted", "updated", "unchanged", "rejected", "conflicts"].map(|k| v[k].as_u64().unwrap())
}

/// Every row of a table, sorted, as text (what "the exact previous state" means).
fn snapshot(db: &str, table: &str) -> Vec<Vec<String>> {
    let cols = "id_number, region_code, name, gender, coalesce(cast(birth_date as text), ''), phone, address, ethnicity, flags";
    let sql = format!("SELECT {cols} FROM {table} ORDER BY id_number, region_code");
    let mut rows: Vec<Vec<String>> = if let Some(path) = db.strip_prefix("sqlite:") {
        let c = rusqlite::Connection::open(path).unwrap();
        let mut stmt = c.prepare(&sql).unwrap();
        stmt.query_map([], |r| (0..9).map(|i| r.get::<_, String>(i)).collect()).unwrap().map(Result::unwrap).collect()
    } else {
        let mut c = support::connect(db);
        c.query(&sql, &[]).unwrap().iter().map(|r| (0..9).map(|i| r.get::<_, String>(i)).collect()).collect()
    };
    rows.sort();
    rows
}

#[test]
fn strict_rerun_lenient_dry_run_and_undo() {
    let home = support::tempdir();
    let data = home.path().join("city");
    seed(home.path(), &data, 2500, "0.05");
    let people = data.join("people.csv");
    let p = people.to_str().unwrap();
    let mut per_backend = Vec::new();
    for (db, _pg) in backends(home.path(), "import.db") {
        // Dry run: exact counts, nothing written.
        let dry = import(home.path(), &db, &["people", p, "-n"], 3);
        assert_eq!(dry["batch"], Value::Null);
        assert!(snapshot(&db, "people").is_empty(), "dry run wrote rows");
        let first = import(home.path(), &db, &["people", p], 3);
        assert_eq!(counts(&dry), counts(&first), "dry run counts equal the real run");
        let [read, inserted, updated, unchanged, rejected, _] = counts(&first);
        assert_eq!(read, inserted + rejected);
        assert!(rejected > 50 && updated == 0 && unchanged == 0, "{first}");
        let rejects = std::fs::read_to_string(first["rejects_file"].as_str().unwrap()).unwrap();
        assert!(rejects.lines().next().unwrap().ends_with(",line,field,reason"));
        assert_eq!(rejects.lines().count() as u64, rejected + 1);
        // Re-running changes nothing and says so.
        let again = import(home.path(), &db, &["people", p], 3);
        assert_eq!(counts(&again), [read, 0, 0, inserted, rejected, 0]);
        let before = snapshot(&db, "people");
        // Lenient stores what strict rejected, flagged; undo restores the exact previous state.
        let lenient = import(home.path(), &db, &["people", p, "--lenient"], 0);
        assert_eq!(lenient["rejected"], 0);
        let after = snapshot(&db, "people");
        assert!(after.len() > before.len());
        assert!(after.iter().any(|r| r[8].contains("id.checksum")), "flags stored");
        let batch = lenient["batch"].as_i64().unwrap().to_string();
        mzctl(home.path()).args(["--db", &db, "import", "undo", &batch]).assert().code(2).stderr(predicates::str::contains("--yes"));
        mzctl(home.path()).args(["--db", &db, "-q", "import", "undo", &batch, "--yes"]).assert().success();
        assert_eq!(snapshot(&db, "people"), before, "undo restores the exact previous state");
        // Undoing an older batch while a later one is live is refused.
        let older = first["batch"].as_i64().unwrap().to_string();
        mzctl(home.path())
            .args(["--db", &db, "import", "undo", &older, "--yes"])
            .assert()
            .code(2)
            .stderr(predicates::str::contains("later"));
        per_backend.push((counts(&first), counts(&lenient), before));
    }
    if per_backend.len() == 2 {
        assert_eq!(per_backend[0], per_backend[1], "SQLite and PostgreSQL agree");
    }
}

#[test]
fn upsert_replace_insert_and_conflicts() {
    let home = support::tempdir();
    let dir = home.path();
    let header = "id_number,name,gender,birth_date,region_code,phone,address\n";
    let a = "11010519491231002X,张三,女,1949-12-31,110105,13812345678,北京\n";
    let b = "440106199001011235,李四,M,,440106,,广州\n";
    let c = "440106199001011251,王五,1,1990-01-01,440106,020-87654321,\n";
    let write = |name: &str, body: &str| -> PathBuf {
        let p = dir.join(name);
        std::fs::write(&p, format!("{header}{body}")).unwrap();
        p
    };
    let f1 = write("one.csv", &format!("{a}{b}{c}"));
    let b2 = b.replace("李四", "李四光");
    let f2 = write("two.csv", &format!("{a}{b2}"));
    // Same key twice, in different chunks (batch size 1): the later wins, both lines named.
    let dup = write("dup.csv", &format!("{a}{b}{}", a.replace("张三", "张叁")));
    let mut per_backend = Vec::new();
    for (db, _pg) in backends(dir, "import.db") {
        let s = |p: &PathBuf| p.to_str().unwrap().to_string();
        let r1 = import(dir, &db, &["people", &s(&f1)], 0);
        assert_eq!(counts(&r1), [3, 3, 0, 0, 0, 0]);
        let r2 = import(dir, &db, &["people", &s(&f2)], 0);
        assert_eq!(counts(&r2), [2, 0, 1, 1, 0, 0]);
        let ins = import(dir, &db, &["people", &s(&f1), "--mode", "insert"], 3);
        assert_eq!(counts(&ins), [3, 0, 0, 0, 3, 0]);
        let rep = import(dir, &db, &["people", &s(&f2), "--mode", "replace"], 0);
        assert_eq!(rep["deleted"], 1, "王五 is not in the file");
        assert_eq!(snapshot(&db, "people").len(), 2);
        let d = import(dir, &db, &["people", &s(&dup), "--batch-size", "1"], 0);
        assert_eq!(counts(&d), [3, 0, 1, 1, 0, 1], "{d}");
        assert_eq!(d["conflict_lines"][0]["line"], 4);
        assert_eq!(d["conflict_lines"][0]["earlier_line"], 2);
        let names: Vec<String> = snapshot(&db, "people").into_iter().map(|r| r[2].clone()).collect();
        assert!(names.contains(&"张叁".to_string()), "the later line wins: {names:?}");
        // Undo in reverse order gets back to the first file.
        let batches: Value =
            serde_json::from_slice(&mzctl(dir).args(["--db", &db, "--json", "import", "batches"]).assert().success().get_output().stdout)
                .unwrap();
        for b in batches.as_array().unwrap().iter().take(4) {
            mzctl(dir).args(["--db", &db, "-q", "import", "undo", &b["id"].to_string(), "--yes"]).assert().success();
        }
        let names: Vec<String> = snapshot(&db, "people").into_iter().map(|r| r[2].clone()).collect();
        assert_eq!(names, ["张三", "李四", "王五"]);
        per_backend.push((counts(&d), snapshot(&db, "people")));
    }
    if per_backend.len() == 2 {
        assert_eq!(per_backend[0], per_backend[1]);
    }
}

#[test]
fn encodings_headers_and_verbatim_values() {
    let home = support::tempdir();
    let dir = home.path();
    let zh = dir.join("zh");
    mzctl(dir)
        .args([
            "seed",
            "-q",
            "--as-of",
            "2026-06-30",
            "--systems",
            "0",
            "--people",
            "800",
            "--headers",
            "zh",
            "--encoding",
            "gb18030",
            "--out",
        ])
        .arg(&zh)
        .assert()
        .success();
    let utf = dir.join("utf");
    seed(dir, &utf, 800, "0");
    let db = format!("sqlite:{}/enc.db", dir.display());
    let gbk = import(dir, &db, &["people", zh.join("people.csv").to_str().unwrap()], 0);
    assert_eq!(gbk["encoding"], "gb18030");
    assert_eq!(gbk["inserted"], 800);
    let db2 = format!("sqlite:{}/enc2.db", dir.display());
    // The same people from the UTF-8 file with a BOM and a renamed column mapped back.
    let text = std::fs::read_to_string(utf.join("people.csv")).unwrap().replacen("id_number", "证件号", 1);
    let bom = dir.join("bom.csv");
    std::fs::write(&bom, format!("\u{feff}{text}")).unwrap();
    let r = import(dir, &db2, &["people", bom.to_str().unwrap(), "--map", "证件号=id_number"], 0);
    assert_eq!(r["encoding"], "utf-8");
    assert_eq!(r["inserted"], 800);
    assert_eq!(snapshot(&db, "people").len(), snapshot(&db2, "people").len());
    // Enrolments in Chinese with program names in Chinese.
    let e = import(dir, &db, &["enrolments", zh.join("enrolments.csv").to_str().unwrap()], 0);
    assert!(e["inserted"].as_u64().unwrap() > 0);
    // Lenient keeps a row whose bad ID leaves the gender unknown; strict rejects it.
    let unknown = dir.join("unknown.csv");
    std::fs::write(&unknown, "id_number,name,region_code\n11010519491231002Y,王明,110105\n").unwrap();
    let db3 = format!("sqlite:{}/enc3.db", dir.display());
    assert_eq!(import(dir, &db3, &["people", unknown.to_str().unwrap()], 3)["rejected"], 1);
    let lenient = import(dir, &db3, &["people", unknown.to_str().unwrap(), "--lenient"], 0);
    assert_eq!(lenient["inserted"], 1);
    assert_eq!(snapshot(&db3, "people")[0][3], "", "gender unknown");
    // A name holding a byte that is no GB18030 character cannot be read back: strict rejects it.
    let unreadable = dir.join("unreadable.csv");
    let mut bytes = b"id_number,name,region_code\n11010519491231002X,".to_vec();
    bytes.extend_from_slice(&[0xCD, 0xF5, 0xFF]); // 王, then a byte GB18030 does not have
    bytes.extend_from_slice(b",110105\n");
    std::fs::write(&unreadable, bytes).unwrap();
    let db4 = format!("sqlite:{}/enc4.db", dir.display());
    let r = import(dir, &db4, &["people", unreadable.to_str().unwrap(), "--encoding", "gb18030"], 3);
    assert_eq!(r["rejected"], 1);
    // The rejects file is in the input's encoding.
    let rejects = std::fs::read(r["rejects_file"].as_str().unwrap()).unwrap();
    let (rejects, _, bad) = encoding_rs::GB18030.decode(&rejects);
    assert!(!bad);
    assert!(rejects.contains(",2,name,name: unreadable characters in a name (person.name_chars)"), "{rejects}");
    // Hostile text is data.
    let evil = dir.join("evil.csv");
    std::fs::write(&evil, "id_number,name,region_code,address\n11010519491231002X,王明,110105,\"'); DROP TABLE people;--\"\n").unwrap();
    for (db, _pg) in backends(dir, "import.db") {
        import(dir, &db, &["people", evil.to_str().unwrap()], 0);
        assert_eq!(snapshot(&db, "people")[0][6], "'); DROP TABLE people;--");
    }
}

#[test]
fn spreadsheets() {
    let home = support::tempdir();
    let dir = home.path();
    let xlsx = support::repo_path("fixtures/import/people.xlsx");
    let rejects = dir.join("x.rejects.csv");
    for (db, _pg) in backends(dir, "import.db") {
        let r = import(dir, &db, &["people", xlsx.to_str().unwrap(), "--rejects", rejects.to_str().unwrap()], 3);
        assert_eq!(r["encoding"], "xlsx");
        assert_eq!(counts(&r), [4, 3, 0, 0, 1, 0]);
        // Row 5 of the sheet: an ID typed into a numeric cell.
        assert!(std::fs::read_to_string(&rejects).unwrap().contains(",5,id_number,id_number: damaged by Excel"));
        let rows = snapshot(&db, "people");
        assert!(rows.iter().any(|p| p[2] == "陈建国" && p[4] == "1952-03-15"), "date cells are dates: {rows:?}");
        assert!(rows.iter().any(|p| p[6] == "广东省广州市白云区\n三元里街道"), "a cell's line break is data");
        let other = import(dir, &db, &["people", xlsx.to_str().unwrap(), "--sheet", "说明"], 0);
        assert_eq!(other["inserted"], 1);
    }
    mzctl(dir)
        .args(["--db", "sqlite::memory:", "import", "people"])
        .arg(&xlsx)
        .args(["--sheet", "nope"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("sheets: 花名册, 说明"));
}

#[test]
fn bad_input_is_named_and_nothing_half_written() {
    let home = support::tempdir();
    let dir = home.path();
    let db = format!("sqlite:{}/bad.db", dir.display());
    // Missing a required column: an error before any row, naming file and line.
    let f = dir.join("nocol.csv");
    std::fs::write(&f, "id_number,name\n11010519491231002X,王明\n").unwrap();
    mzctl(dir)
        .args(["--db", &db, "import", "people"])
        .arg(&f)
        .assert()
        .code(1)
        .stderr(predicates::str::contains("nocol.csv:1: missing required column(s) region_code"));
    // Ragged rows, invalid bytes, an Excel-damaged ID, an unbalanced quote: line-numbered rejects.
    let f = dir.join("ragged.csv");
    let mut bytes = b"id_number,name,region_code\n11010519491231002X,\xff\xfe,110105\n440106199001011239,A,B,C\n1.10105E+17,X,110105\n110105194912310000,Y,110105\n".to_vec();
    bytes.extend_from_slice(b"440106199001011255,\"unterminated,440106\n");
    std::fs::write(&f, &bytes).unwrap();
    let r = import(dir, &db, &["people", f.to_str().unwrap(), "--encoding", "utf-8"], 3);
    assert_eq!(r["inserted"], 0);
    let rejects = std::fs::read_to_string(dir.join("ragged.csv.rejects.csv")).unwrap();
    assert!(rejects.contains(",2,-,invalid UTF-8 bytes in column 2"), "{rejects}");
    assert!(rejects.contains(",3,-,\"expected 3 fields, found 4 (record.unparsed)\""), "{rejects}");
    // Every fault of a row in its one reject line: the damaged ID and the Latin name.
    assert!(rejects.contains(",4,id_number;name,\"id_number: damaged by Excel"), "{rejects}");
    assert!(rejects.contains(",5,id_number;name,\"id_number: damaged by Excel"), "{rejects}");
    assert!(rejects.contains("(id.format); name: Latin letters in a name (person.name_chars, warning)\""), "{rejects}");
    assert!(rejects.contains(",6,-,\"expected 3 fields, found 2 (record.unparsed)\""), "{rejects}");
    // CRLF line ends: the same line numbers.
    let f = dir.join("crlf.csv");
    std::fs::write(&f, "id_number,name,region_code\r\n11010519491231002X,王明,110105\r\n11010519491231002X,王明,999999\r\n").unwrap();
    let r = import(dir, &db, &["people", f.to_str().unwrap()], 3);
    assert_eq!(r["inserted"], 1);
    assert!(std::fs::read_to_string(dir.join("crlf.csv.rejects.csv")).unwrap().contains(",3,region_code,"));
    // --on-error abort stores nothing, even rows before the bad one.
    // The first row is committed in its own chunk before the bad one is read: it is rolled back.
    let f = dir.join("abort.csv");
    std::fs::write(&f, "id_number,name,region_code\n11010519491231002X,王明,110105\n440106199001011235,李四,999999\n").unwrap();
    let abort_dir = dir.join("abort");
    std::fs::create_dir_all(&abort_dir).unwrap();
    for (db, _pg) in backends(&abort_dir, "import.db") {
        mzctl(dir)
            .args(["--db", &db, "import", "people", "--batch-size", "1", "--on-error", "abort"])
            .arg(&f)
            .assert()
            .code(1)
            .stderr(predicates::str::contains("abort.csv:3: region_code"));
        assert!(snapshot(&db, "people").is_empty(), "nothing kept on {db}");
        let batches: Value =
            serde_json::from_slice(&mzctl(dir).args(["--db", &db, "--json", "import", "batches"]).assert().success().get_output().stdout)
                .unwrap();
        assert_eq!(batches[0]["state"], "failed");
        // --max-errors likewise.
        mzctl(dir)
            .args(["--db", &db, "import", "people", "--batch-size", "1", "--max-errors", "0"])
            .arg(&f)
            .assert()
            .code(1)
            .stderr(predicates::str::contains("--max-errors"));
        assert!(snapshot(&db, "people").is_empty());
    }
}

/// A load into an empty table is stored in key order, in one transaction: the same rows,
/// counts, conflicts and rejects as the same file committed in chunks, and undone the same.
#[test]
fn a_load_into_an_empty_table_is_stored_in_key_order() {
    let home = support::tempdir();
    let dir = home.path();
    let data = dir.join("city");
    seed(dir, &data, 3_000, "0.05");
    // Some keys again later in the file: one changed (the later line wins), one the same.
    let text = std::fs::read_to_string(data.join("people.csv")).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let mut body = text.clone();
    for (i, line) in lines.iter().enumerate().skip(1).step_by(97) {
        let mut fields: Vec<String> = line.split(',').map(String::from).collect();
        if i % 2 == 0 && fields.len() > 2 {
            fields[1] = format!("{}甲", fields[1]);
        }
        body.push_str(&fields.join(","));
        body.push('\n');
    }
    let file = dir.join("again.csv");
    std::fs::write(&file, body).unwrap();
    let f = file.to_str().unwrap();
    let (chunked_rejects, sorted_rejects) = (dir.join("chunked.rejects.csv"), dir.join("sorted.rejects.csv"));
    let rejects = |p: &PathBuf| std::fs::read_to_string(p).unwrap();
    for (db, _pg) in backends(dir, "in-order.db") {
        let chunked_db = if db.starts_with("sqlite:") { format!("sqlite:{}/chunked.db", dir.display()) } else { db.clone() };
        let chunked = import(dir, &chunked_db, &["people", f, "--batch-size", "97", "--rejects", chunked_rejects.to_str().unwrap()], 3);
        let chunked_rows = snapshot(&chunked_db, "people");
        if !db.starts_with("sqlite:") {
            let id = chunked["batch"].to_string();
            mzctl(dir).args(["--db", &db, "-q", "import", "undo", &id, "--yes"]).assert().success();
            assert!(snapshot(&db, "people").is_empty());
        }
        let sorted = import(dir, &db, &["people", f, "--rejects", sorted_rejects.to_str().unwrap()], 3);
        assert_eq!(counts(&sorted), counts(&chunked), "{sorted}");
        assert!(counts(&sorted)[5] > 10 && counts(&sorted)[4] > 10, "conflicts and rejects both met: {sorted}");
        assert_eq!(sorted["conflict_lines"], chunked["conflict_lines"]);
        assert_eq!(snapshot(&db, "people"), chunked_rows);
        assert_eq!(rejects(&sorted_rejects), rejects(&chunked_rejects));
        if let Some(path) = db.strip_prefix("sqlite:") {
            let c = rusqlite::Connection::open(path).unwrap();
            let stored: Vec<String> = c
                .prepare("SELECT id_number FROM people ORDER BY rowid")
                .unwrap()
                .query_map([], |r| r.get(0))
                .unwrap()
                .map(Result::unwrap)
                .collect();
            assert!(stored.is_sorted(), "stored in key order");
            let chunked_order: Vec<String> = rusqlite::Connection::open(chunked_db.strip_prefix("sqlite:").unwrap())
                .unwrap()
                .prepare("SELECT id_number FROM people ORDER BY rowid")
                .unwrap()
                .query_map([], |r| r.get(0))
                .unwrap()
                .map(Result::unwrap)
                .collect();
            assert!(!chunked_order.is_sorted(), "with --batch-size, stored chunk by chunk");
        }
        let id = sorted["batch"].to_string();
        mzctl(dir).args(["--db", &db, "-q", "import", "undo", &id, "--yes"]).assert().success();
        assert!(snapshot(&db, "people").is_empty(), "undone, nothing is left");
    }
}

/// Kill the real binary mid-file (SIGKILL), resume, and end with the counts of an
/// uninterrupted run.
#[test]
fn kill_and_resume() {
    let home = support::tempdir();
    let dir = home.path();
    let data = dir.join("big");
    seed(dir, &data, 150_000, "0.01");
    let file = data.join("people.csv");
    for (db, _pg) in backends(dir, "import.db") {
        let bin = assert_cmd::cargo::cargo_bin("mzctl");
        let mut cmd = std::process::Command::new(&bin);
        let mut a = assert_cmd::Command::new(&bin);
        support::isolate(&mut a, dir);
        cmd.args(["--db", &db, "-q", "import", "people"]).arg(&file).args(["--batch-size", "500", "--today", "2026-06-30"]);
        cmd.env("HOME", dir).env("MZCTL_NOW", support::NOW).stdout(std::process::Stdio::null()).stderr(std::process::Stdio::null());
        let mut child = cmd.spawn().unwrap();
        let last_line = || -> i64 {
            if let Some(path) = db.strip_prefix("sqlite:") {
                rusqlite::Connection::open(path)
                    .ok()
                    .and_then(|c| {
                        c.query_row("SELECT max(last_line) FROM import_batches", [], |r| r.get::<_, Option<i64>>(0)).ok().flatten()
                    })
                    .unwrap_or(0)
            } else {
                let mut c = support::connect(&db);
                c.query_one("SELECT max(last_line) FROM import_batches", &[]).ok().and_then(|r| r.get::<_, Option<i64>>(0)).unwrap_or(0)
            }
        };
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
        while last_line() == 0 && std::time::Instant::now() < deadline {
            std::thread::sleep(std::time::Duration::from_millis(2));
        }
        child.kill().unwrap();
        child.wait().unwrap();
        let killed_at = last_line();
        assert!(killed_at > 0 && killed_at < 150_000, "killed at line {killed_at}");
        let batches: Value =
            serde_json::from_slice(&mzctl(dir).args(["--db", &db, "--json", "import", "batches"]).assert().success().get_output().stdout)
                .unwrap();
        assert_eq!(batches[0]["state"], "interrupted", "{}", batches[0]);
        let resumed = import(dir, &db, &["people", file.to_str().unwrap(), "--resume", "--batch-size", "500"], 3);
        assert_eq!(resumed["batch"], batches[0]["id"]);
        let done = snapshot(&db, "people");
        // The uninterrupted run, into a fresh database.
        let fresh = format!("sqlite:{}/fresh.db", dir.display());
        let whole = import(dir, &fresh, &["people", file.to_str().unwrap()], 3);
        assert_eq!(counts(&resumed), counts(&whole), "resumed after line {killed_at}");
        assert_eq!(done, snapshot(&fresh, "people"));
        let _ = std::fs::remove_file(fresh.trim_start_matches("sqlite:"));
    }
}
