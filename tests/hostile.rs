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
        let out = mzctl(h)
            .args(["--db", &db, "--json", "import", "people"])
            .arg(&file)
            .args(["--lenient", "--today", "2026-06-30"])
            .output()
            .unwrap();
        let v: serde_json::Value =
            serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{db}: {e}: {}", String::from_utf8_lossy(&out.stderr)));
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
    // libpq's key=value form: PostgreSQL, never a file name holding the password.
    let (hostname, port) = host.rsplit_once(':').unwrap();
    for pw in ["Tr1/cky#pw?x", "a@b:c/d?e#f", "with space&amp=1"] {
        let conninfo = format!("host={hostname} port={port} user={user} dbname={db} password='{}'", pw.replace('\'', "\\'"));
        let out = mzctl(h).args(["--db", &conninfo, "db", "init"]).output().unwrap();
        let (stdout, stderr) = (String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
        assert!(out.status.success(), "{pw}: {stderr}");
        assert!(stdout.contains("postgres") && !stdout.contains(pw) && !stderr.contains(pw), "{pw}: {stdout}{stderr}");
    }
    assert!(
        std::fs::read_dir(h).unwrap().all(|e| !e.unwrap().file_name().to_string_lossy().contains("host=")),
        "no file named after a connection string"
    );
    let out = mzctl(h).args(["--db", &pg.url, "--json", "audit", "list"]).output().unwrap();
    let audit = String::from_utf8_lossy(&out.stdout);
    assert!(audit.contains(":***@"), "{audit}");
    for pw in ["Tr1/cky#pw?x", "a@b:c/d?e#f", "with space&amp=1", "100%25%zz"] {
        assert!(!audit.contains(pw), "{pw} in the audit log: {audit}");
    }
}

/// The audit log fails closed: a role that may change the register but not write the audit log
/// changes nothing (nor unmasks anything) and is told why; a failed run leaves its entry.
#[test]
fn the_audit_log_fails_closed() {
    let Some(pg) = support::pg() else { return };
    let home = support::tempdir();
    let h = home.path();
    let role = format!("mz_noaudit_{}", std::process::id());
    let mut admin = postgres::Client::connect(&pg.url, postgres::NoTls).unwrap();
    mzctl(h).args(["--db", &pg.url, "-q", "db", "init"]).assert().success();
    admin
        .batch_execute(&format!(
            "DROP ROLE IF EXISTS {role}; CREATE ROLE {role} LOGIN;
             GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role};
             GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role};
             REVOKE INSERT, UPDATE, DELETE ON audit_log FROM {role};"
        ))
        .unwrap();
    let (user_host, db) = pg.url.strip_prefix("postgres://").unwrap().split_once('/').unwrap();
    let url = format!("postgres://{role}@{}/{db}", user_host.split_once('@').unwrap().1);
    let file = h.join("p.csv");
    std::fs::write(&file, "id_number,region_code,name,gender,birth_date\n11010519491231002X,110105,张三,女,1949-12-31\n").unwrap();
    let people = |c: &mut postgres::Client| c.query_one("SELECT count(*) FROM people", &[]).unwrap().get::<_, i64>(0);
    let refused = |args: &[&str]| {
        let out = mzctl(h).args(["--db", &url]).args(args).output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr).into_owned();
        assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
        assert!(err.contains("cannot write the audit log, so nothing was changed") && err.contains("audit_log"), "{err}");
    };
    refused(&["-q", "import", "people", file.to_str().unwrap(), "--today", "2026-06-30"]);
    assert_eq!(people(&mut admin), 0, "nothing imported without its audit entry");
    refused(&["--json", "check", "findings", "--unmask"]);
    // Reads need no audit entry.
    mzctl(h).args(["--db", &url, "--json", "import", "batches"]).assert().success();

    // With the right to write it, a failed run leaves an entry saying how it failed.
    admin.batch_execute(&format!("GRANT INSERT, UPDATE ON audit_log TO {role}")).unwrap();
    mzctl(h).args(["--db", &url, "-q", "import", "people", file.to_str().unwrap(), "--today", "2026-06-30"]).assert().success();
    assert_eq!(people(&mut admin), 1);
    admin.batch_execute(&format!("REVOKE INSERT, UPDATE ON people FROM {role}")).unwrap();
    let out = mzctl(h)
        .args(["--db", &url, "-q", "import", "people", file.to_str().unwrap(), "--mode", "replace", "--today", "2026-06-30"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
    let rows = admin.query("SELECT outcome FROM audit_log ORDER BY id", &[]).unwrap();
    let outcomes: Vec<String> = rows.iter().map(|r| r.get(0)).collect();
    assert_eq!(outcomes.len(), 3, "{outcomes:?}");
    assert_eq!(outcomes[1], "ok");
    assert!(outcomes[2].starts_with("error: ") && outcomes[2].contains("permission denied"), "{outcomes:?}");
    drop(admin);
    drop(pg);
    if let Ok(mut c) = postgres::Client::connect(&std::env::var("MZCTL_TEST_PG").unwrap(), postgres::NoTls) {
        let _ = c.batch_execute(&format!("DROP ROLE IF EXISTS {role}"));
    }
}

/// ID numbers and phones in a command line are masked before the audit log keeps them.
#[test]
fn the_audit_log_keeps_no_id_numbers() {
    let home = support::tempdir();
    let h = home.path();
    let db = format!("sqlite:{}/a.db", h.display());
    // No issuer exists, so the command is refused; its audit entry is what matters here.
    let out = mzctl(h)
        .args(["--db", &db, "-q", "cert", "issue", "--type", "elder-card", "--holder", "11010519491231002X", "--issuer", "13812345678"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", String::from_utf8_lossy(&out.stderr));
    let list = mzctl(h).args(["--db", &db, "--json", "audit", "list"]).output().unwrap();
    let text = String::from_utf8_lossy(&list.stdout);
    assert!(text.contains("110105********002X") && text.contains("138****5678"), "{text}");
    assert!(!text.contains("11010519491231002X") && !text.contains("13812345678"), "{text}");
}

/// A stray quote swallows the rows after it into one field: the record is rejected naming the
/// lines it ran over, while a line break inside a free-text field stays the value's own.
#[test]
fn rows_a_stray_quote_swallowed_are_rejected() {
    let home = support::tempdir();
    let h = home.path();
    let file = h.join("sq.csv");
    std::fs::write(
        &file,
        "id_number,region_code,name,gender,birth_date,address\n\
         11010519491231002X,110105,张三,女,1949-12-31,\"北京路1号\n\
         110105194912310062,110105,李四,女,1949-12-31,北京路2号\n\
         110105194912310089,110105,王五,男,1949-12-31,北京路3号\"\n\
         110105194912310097,110105,赵六,男,1949-12-31,\"北京\n朝阳\"\n\
         \"1101051949123101\n18\",110105,钱七,男,1949-12-31,北京\n",
    )
    .unwrap();
    for (db, _pg) in backends(h) {
        let out = mzctl(h).args(["--db", &db, "--json", "import", "people"]).arg(&file).args(["--today", "2026-06-30"]).output().unwrap();
        let v: serde_json::Value =
            serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{db}: {e}: {}", String::from_utf8_lossy(&out.stderr)));
        assert_eq!(out.status.code(), Some(3), "{v}");
        assert_eq!((v["read"].as_u64(), v["inserted"].as_u64(), v["rejected"].as_u64()), (Some(3), Some(1), Some(2)), "{db}: {v}");
        let rejects = std::fs::read_to_string(h.join("sq.csv.rejects.csv")).unwrap();
        assert!(rejects.contains("lines 2–4 are one record: address holds what reads as a whole record (a stray quote?)"), "{rejects}");
        assert!(rejects.contains("lines 7–8 are one record: id_number holds a line break"), "{rejects}");
    }
}

/// A field over --max-field rejects its row; a quote left open stops the import at a bounded
/// size instead of reading the rest of the file into one field.
#[test]
fn long_fields_and_open_quotes_are_bounded() {
    let home = support::tempdir();
    let h = home.path();
    let db = format!("sqlite:{}/l.db", h.display());
    let file = h.join("long.csv");
    let long = "路".repeat(400); // 1,200 bytes
    std::fs::write(
        &file,
        format!("id_number,region_code,name,gender,birth_date,address\n11010519491231002X,110105,张三,女,1949-12-31,{long}\n110105194912310062,110105,李四,女,1949-12-31,北京\n"),
    )
    .unwrap();
    let out = mzctl(h)
        .args(["--db", &db, "--json", "import", "people"])
        .arg(&file)
        .args(["--today", "2026-06-30", "--max-field", "1K"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!((v["read"].as_u64(), v["inserted"].as_u64(), v["rejected"].as_u64()), (Some(2), Some(1), Some(1)), "{v}");
    let rejects = std::fs::read_to_string(h.join("long.csv.rejects.csv")).unwrap();
    assert!(rejects.contains("address holds 1200 bytes, over the 1 KiB a field may hold (--max-field)"), "{rejects}");

    let open = h.join("open.csv");
    let mut text =
        String::from("id_number,region_code,name,gender,birth_date,address\n11010519491231002X,110105,张三,女,1949-12-31,\"北京\n");
    for i in 0..30_000 {
        text.push_str(&format!("1101051949123{i:05},110105,某,女,1949-12-31,北京\n"));
    }
    std::fs::write(&open, text).unwrap();
    let out = mzctl(h)
        .args(["--db", &db, "-q", "import", "people"])
        .arg(&open)
        .args(["--today", "2026-06-30", "--max-field", "1K"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("the record that begins on line 2 runs on past line") && err.contains("a quote left open?"), "{err}");
}

/// Write an .xlsx of one sheet whose XML is `rows` followed by `padding` bytes of spaces,
/// with Python's zipfile (an independent writer).
fn xlsx(path: &std::path::Path, rows: &[&[&str]], padding: usize) {
    let script = r#"
import json, sys, zipfile
from xml.sax.saxutils import escape
path, rows, padding = sys.argv[1], json.loads(sys.argv[2]), int(sys.argv[3])
h = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
pkg = 'http://schemas.openxmlformats.org/package/2006/relationships'
with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    z.writestr('[Content_Types].xml', h + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
    z.writestr('_rels/.rels', h + f'<Relationships xmlns="{pkg}"><Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    z.writestr('xl/workbook.xml', h + f'<workbook xmlns="{main}" xmlns:r="{rel}"><sheets><sheet name="名单" sheetId="1" r:id="rId1"/></sheets></workbook>')
    z.writestr('xl/_rels/workbook.xml.rels', h + f'<Relationships xmlns="{pkg}"><Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
    with z.open('xl/worksheets/sheet1.xml', 'w') as f:
        f.write((h + f'<worksheet xmlns="{main}"><sheetData>').encode())
        for r, row in enumerate(rows, start=1):
            cells = ''.join(f'<c r="{chr(66 + c)}{r}" t="inlineStr"><is><t>{escape(v)}</t></is></c>' for c, v in enumerate(row) if v != '')
            f.write(f'<row r="{r}">{cells}</row>'.encode())
        chunk = b' ' * (1 << 20)
        while padding > 0:
            f.write(chunk[:padding])
            padding -= len(chunk)
        f.write(b'</sheetData></worksheet>')
"#;
    let rows = serde_json::to_string(rows).unwrap();
    let st =
        std::process::Command::new("python3").args(["-c", script, path.to_str().unwrap(), &rows, &padding.to_string()]).status().unwrap();
    assert!(st.success());
}

/// A workbook that unpacks far beyond its size is refused before it is read; within the
/// limits a sheet is read a cell at a time, its row numbers kept.
#[test]
fn spreadsheet_bombs_are_refused_and_sheets_streamed() {
    let home = support::tempdir();
    let h = home.path();
    let db = format!("sqlite:{}/x.db", h.display());
    let header: &[&str] = &["id_number", "region_code", "name", "gender", "birth_date"];
    let bomb = h.join("bomb.xlsx");
    xlsx(&bomb, &[header], 48 << 20);
    assert!(std::fs::metadata(&bomb).unwrap().len() < 200_000);
    let out = mzctl(h).args(["--db", &db, "import", "people"]).arg(&bomb).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("refused: part xl/worksheets/sheet1.xml unpacks to more than 100 times its packed") && err.contains("--max-ratio"),
        "{err}"
    );
    let out = mzctl(h)
        .args(["--db", &db, "import", "people"])
        .arg(&bomb)
        .args(["--max-ratio", "100000", "--max-unpacked", "16M"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("refused: its parts unpack to more than 16 MiB (--max-unpacked)"), "{err}");

    // Rows 1 (header) to 5, row 3 left empty, the table starting in column B.
    let sheet = h.join("people.xlsx");
    xlsx(
        &sheet,
        &[
            header,
            &["11010519491231002X", "110105", "张三", "女", "1949-12-31"],
            &[],
            &["110105194912310062", "110105", "李四", "", ""],
            &["bad", "110105", "王五", "男", ""],
        ],
        0,
    );
    let out = mzctl(h).args(["--db", &db, "--json", "import", "people"]).arg(&sheet).args(["--today", "2026-06-30"]).output().unwrap();
    let v: serde_json::Value =
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)));
    assert_eq!((v["read"].as_u64(), v["inserted"].as_u64(), v["rejected"].as_u64()), (Some(4), Some(2), Some(2)), "{v}");
    let rejects = std::fs::read_to_string(h.join("people.xlsx.rejects.csv")).unwrap();
    let lines: Vec<&str> = rejects.lines().skip(1).map(|l| l.split(',').nth(5).unwrap_or("")).collect();
    assert_eq!(lines, ["3", "5"], "the sheet's own row numbers: {rejects}");
}

/// Concurrent imports into one SQLite file wait their turn: every one finishes, with counts that
/// add up to the file once.
#[test]
fn concurrent_sqlite_imports_all_finish() {
    let home = support::tempdir();
    let h = home.path();
    let city = h.join("city");
    mzctl(h)
        .args([
            "seed",
            "-q",
            "--yes",
            "--people",
            "30000",
            "--systems",
            "0",
            "--defects",
            "0",
            "--seed",
            "3",
            "--out",
            city.to_str().unwrap(),
        ])
        .assert()
        .success();
    let file = city.join("people.csv");
    let db = format!("sqlite:{}/c.db", h.display());
    let bin = assert_cmd::cargo::cargo_bin("mzctl");
    let children: Vec<_> = (0..3)
        .map(|_| {
            let mut cmd = std::process::Command::new(&bin);
            cmd.args(["--db", &db, "--json", "-q", "import", "people"]).arg(&file).args(["--batch-size", "2000", "--today", "2026-06-30"]);
            cmd.env("HOME", h).env("MZCTL_NOW", support::NOW).stdout(std::process::Stdio::piped()).stderr(std::process::Stdio::piped());
            cmd.spawn().unwrap()
        })
        .collect();
    let (mut inserted, mut rejected) = (0, Vec::new());
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(matches!(out.status.code(), Some(0 | 3)), "{}", String::from_utf8_lossy(&out.stderr));
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let n = |k: &str| v[k].as_u64().unwrap();
        assert_eq!(n("read"), 30000, "{v}");
        assert_eq!(n("inserted") + n("updated") + n("unchanged") + n("rejected"), n("read"), "{v}");
        inserted += n("inserted");
        rejected.push(n("rejected"));
    }
    rejected.dedup();
    assert_eq!(rejected.len(), 1, "the same file rejects the same rows: {rejected:?}");
    assert_eq!(inserted, 30000 - rejected[0], "each row inserted by exactly one of the imports");
    let batches = mzctl(h).args(["--db", &db, "--json", "import", "batches"]).output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&batches.stdout).unwrap();
    assert!(v.as_array().unwrap().iter().all(|b| b["state"] == "done"), "{v}");
}
