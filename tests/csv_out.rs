//! CSV that Excel and WPS open as they should: in the encoding asked for (or, for a rejects file,
//! the input's), with values a spreadsheet would run as formulas neutralised on the way out and
//! taken back as they were on the way in. Read back with Python's csv module and sqlite3.
use crate::support::{self, mzctl};

fn python(script: &str, args: &[&str]) -> serde_json::Value {
    let out = std::process::Command::new("python3").arg("-c").arg(script).args(args).output().expect("python3");
    assert!(out.status.success(), "python3: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

fn sqlite(db: &std::path::Path, sql: &str) -> String {
    let out = std::process::Command::new("sqlite3").arg(db).arg(sql).output().expect("sqlite3");
    assert!(out.status.success(), "sqlite3: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

const READ_CSV: &str = r#"
import csv, json, sys
raw = open(sys.argv[1], 'rb').read()
text = raw.decode(sys.argv[2])
print(json.dumps({'bom': raw.startswith(b'\xef\xbb\xbf'), 'rows': list(csv.reader(text.lstrip('\ufeff').splitlines()))}, ensure_ascii=False))
"#;

#[test]
fn rejects_of_a_gbk_file_are_gbk_with_formulas_neutralised_and_come_back_verbatim() {
    let home = support::tempdir();
    let h = home.path();
    let db = h.join("r.db");
    let url = format!("sqlite:{}", db.display());
    let text = "公民身份号码,姓名,性别,出生日期,行政区划代码,联系电话,住址\r\n\
                440106195203151238,陈建国,男,1952-03-15,440106,13800138000,\"=HYPERLINK(\"\"http://x.invalid\"\",\"\"点我\"\")\"\r\n\
                440106198807022461,林晓燕,女,1988-07-02,440106,,@SUM(1+1)\r\n\
                440111194501011370,黄伟明,男,1945-01-01,440111,-12.50,+广州\r\n";
    let (gbk, _, bad) = encoding_rs::GB18030.encode(text);
    assert!(!bad);
    let file = h.join("花名册.csv");
    std::fs::write(&file, &gbk).unwrap();
    let out = mzctl(h).args(["--db", &url, "--json", "import", "people"]).arg(&file).args(["--today", "2026-06-30"]).output().unwrap();
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        (report["read"].as_u64(), report["inserted"].as_u64(), report["rejected"].as_u64()),
        (Some(3), Some(1), Some(2)),
        "{report}"
    );

    // The stored values are what the file held.
    assert_eq!(
        sqlite(&db, "select address from people where id_number = '440106195203151238'").trim_end(),
        r#"=HYPERLINK("http://x.invalid","点我")"#
    );

    let rejects = h.join("花名册.csv.rejects.csv");
    let read = python(READ_CSV, &[rejects.to_str().unwrap(), "gb18030"]);
    assert_eq!(read["bom"], false);
    let rows = read["rows"].as_array().unwrap();
    assert_eq!(rows[0][1], "姓名", "the header in the input's encoding: {read}");
    assert_eq!(rows[1][1], "林晓燕");
    assert_eq!(rows[1][6], "'@SUM(1+1)", "a formula is neutralised");
    assert_eq!(rows[2][5], "-12.50", "a number is left alone");
    assert_eq!(rows[2][6], "'+广州");
    assert!(std::str::from_utf8(&std::fs::read(&rejects).unwrap()).is_err(), "GB18030, not UTF-8");

    // The steward corrects the ID numbers in the rejects file and imports it again, in WPS's
    // encoding: the guards come off, and the rows are stored as the first file had them.
    let fixed = std::fs::read(&rejects).unwrap();
    let (fixed, _, _) = encoding_rs::GB18030.decode(&fixed);
    let fixed = fixed
        .replace("440106198807022461", "440106198807022465")
        .replace("440111194501011370", "440111194501011379")
        .replace(",-12.50,", ",13800001111,");
    let (fixed_gbk, _, _) = encoding_rs::GB18030.encode(&fixed);
    let again = h.join("改正.csv");
    std::fs::write(&again, &fixed_gbk).unwrap();
    let out = mzctl(h).args(["--db", &url, "--json", "import", "people"]).arg(&again).args(["--today", "2026-06-30"]).output().unwrap();
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!((report["inserted"].as_u64(), report["rejected"].as_u64()), (Some(2), Some(0)), "{report}");
    assert_eq!(
        sqlite(&db, "select address from people where id_number in ('440106198807022465', '440111194501011379') order by 1"),
        "+广州\n@SUM(1+1)\n"
    );

    // --csv-encoding chooses otherwise.
    let out = mzctl(h)
        .args(["--db", &url, "-q", "--csv-encoding", "utf-8-bom", "import", "people"])
        .arg(&file)
        .args(["--today", "2026-06-30", "--rejects"])
        .arg(h.join("bom.csv"))
        .output()
        .unwrap();
    assert!(out.status.code().is_some(), "{out:?}");
    let read = python(READ_CSV, &[h.join("bom.csv").to_str().unwrap(), "utf-8"]);
    assert_eq!(read["bom"], true);
    assert_eq!(read["rows"][1][1], "林晓燕");
}

#[test]
fn rejects_of_a_workbook_carry_a_bom() {
    let home = support::tempdir();
    let h = home.path();
    let xlsx = h.join("people.xlsx");
    std::fs::copy(support::repo_path("fixtures/import/people.xlsx"), &xlsx).unwrap();
    let url = format!("sqlite:{}/x.db", h.display());
    let out = mzctl(h).args(["--db", &url, "--json", "import", "people"]).arg(&xlsx).args(["--today", "2026-06-30"]).output().unwrap();
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(report["rejected"].as_u64().unwrap() > 0, "{report}");
    let read = python(READ_CSV, &[report["rejects_file"].as_str().unwrap(), "utf-8"]);
    assert_eq!(read["bom"], true, "Excel reads a BOM-marked file as UTF-8");
    assert_eq!(read["rows"].as_array().unwrap().len() as u64, report["rejected"].as_u64().unwrap() + 1);
}

#[test]
fn csv_on_stdout_in_the_encoding_asked_for() {
    let home = support::tempdir();
    let h = home.path();
    let url = format!("sqlite:{}/e.db", h.display());
    let run = |enc: Option<&str>, env: Option<&str>| {
        let mut cmd = mzctl(h);
        cmd.args(["--db", &url, "--format", "csv"]);
        if let Some(e) = enc {
            cmd.args(["--csv-encoding", e]);
        }
        if let Some(e) = env {
            cmd.env("MZCTL_CSV_ENCODING", e);
        }
        let out = cmd.args(["region", "list", "--parent", "440100"]).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        out.stdout
    };
    let utf8 = String::from_utf8(run(None, None)).unwrap();
    assert!(utf8.contains("荔湾区"), "{utf8}");
    let bom = run(Some("utf-8-bom"), None);
    assert_eq!(bom, [b"\xEF\xBB\xBF".as_slice(), utf8.as_bytes()].concat());
    let gbk = run(Some("gb18030"), None);
    assert!(std::str::from_utf8(&gbk).is_err());
    let path = h.join("gbk.csv");
    std::fs::write(&path, &gbk).unwrap();
    let read = python(READ_CSV, &[path.to_str().unwrap(), "gb18030"]);
    let expected: Vec<Vec<String>> = utf8.lines().map(|l| l.split(',').map(str::to_string).collect()).collect();
    assert_eq!(read["rows"], serde_json::json!(expected));
    assert_eq!(run(None, Some("gbk")), gbk, "MZCTL_CSV_ENCODING, and gbk for gb18030");
    let bad = mzctl(h).args(["--db", &url, "--format", "csv", "--csv-encoding", "latin1", "region", "list"]).output().unwrap();
    assert_eq!(bad.status.code(), Some(2));
}
