//! Every rule runs on every row: each fault of a row is reported by its own rule, whatever the
//! other fields hold; `check file` and the import agree (a strict import rejects exactly the
//! rows with an error-level finding, a lenient one exactly the rows that cannot be stored), and
//! `check run` finds on the stored rows what `check file` found in the file.
use crate::support::{self, mzctl};
use mzctl::domain::idnum;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

const AS_OF: &str = "2026-06-30";

/// (rule, field, severity) of a finding.
type Found = (String, String, String);

fn json(home: &Path, args: &[&str]) -> Value {
    let out = mzctl(home).args(args).output().unwrap();
    assert!(out.status.code().is_some_and(|c| c == 0 || c == 3), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{args:?}: {e}: {}", String::from_utf8_lossy(&out.stdout)))
}

/// `check file --rows` of a file: the findings per line.
fn file_findings(home: &Path, kind: &str, file: &Path) -> BTreeMap<u64, BTreeSet<Found>> {
    let rows = json(home, &["--json", "check", "file", kind, file.to_str().unwrap(), "--as-of", AS_OF, "--rows"]);
    let mut out: BTreeMap<u64, BTreeSet<Found>> = BTreeMap::new();
    for r in rows.as_array().unwrap() {
        let f = (
            r["rule"].as_str().unwrap().to_string(),
            r["field"].as_str().unwrap().to_string(),
            r["severity"].as_str().unwrap().to_string(),
        );
        assert!(out.entry(r["line"].as_u64().unwrap()).or_default().insert(f.clone()), "{f:?} reported twice on line {}", r["line"]);
    }
    out
}

/// The lines an import rejected, from its rejects file.
fn rejected_lines(home: &Path, db: &str, kind: &str, file: &Path, lenient: bool) -> BTreeSet<u64> {
    let rejects = file.with_extension(if lenient { "lenient.rejects.csv" } else { "strict.rejects.csv" });
    let mut cmd = mzctl(home);
    cmd.args(["--db", db, "-q", "--json", "import", kind]).arg(file).args(["--today", AS_OF, "--rejects"]).arg(&rejects);
    if lenient {
        cmd.arg("--lenient");
    }
    let out = cmd.output().unwrap();
    assert!(out.status.code().is_some_and(|c| c == 0 || c == 3), "{}", String::from_utf8_lossy(&out.stderr));
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut lines = BTreeSet::new();
    if let Ok(mut r) = csv::Reader::from_path(&rejects) {
        let at = r.headers().unwrap().iter().position(|h| h == "line").unwrap();
        for rec in r.records() {
            lines.insert(rec.unwrap()[at].parse().unwrap());
        }
    }
    // Counts add up: every row read is stored or rejected.
    assert_eq!(
        report["read"].as_u64(),
        Some(
            report["inserted"].as_u64().unwrap()
                + report["updated"].as_u64().unwrap()
                + report["unchanged"].as_u64().unwrap()
                + report["rejected"].as_u64().unwrap()
        )
    );
    assert_eq!(report["rejected"].as_u64(), Some(lines.len() as u64), "one reject line per rejected row");
    lines
}

/// A small deterministic generator (xorshift).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// One person row with the faults injected, and the findings they must give.
struct Person {
    fields: [String; 7],
    expect: BTreeSet<Found>,
    /// A lenient import cannot store it.
    fatal: bool,
}

fn found(rule: &str, field: &str, severity: &str) -> Found {
    (rule.to_string(), field.to_string(), severity.to_string())
}

/// A person with 0–4 faults in independent fields: the ID number, the name, the phone, the
/// region, the gender and the birth date (the last two only where the ID number is sound, or
/// as values that cannot be read at all, which the ID's own fault does not explain).
fn person(rng: &mut Rng, seq: u16) -> Person {
    let birth = jiff::civil::date(1940 + (seq % 60) as i16, 1 + (seq % 12) as i8, 1 + (seq % 28) as i8);
    let id = idnum::make("440106", birth, seq);
    let male = seq % 2 == 1;
    let mut f: [String; 7] = [
        id.clone(),
        "张三".into(),
        if male { "男" } else { "女" }.into(),
        birth.to_string(),
        "440106".into(),
        "13800138000".into(),
        "广州市天河区".into(),
    ];
    let mut expect = BTreeSet::new();
    let mut fatal = false;
    let faults = rng.below(5);
    let mut kinds: Vec<u64> = Vec::new();
    while kinds.len() < faults as usize {
        let k = rng.below(6);
        if !kinds.contains(&k) {
            kinds.push(k);
        }
    }
    let id_fault = kinds.contains(&0);
    for k in kinds {
        match (k, rng.below(4)) {
            (0, 0) => {
                let mut bad = id[..17].to_string();
                bad.push(if id.ends_with('1') { '2' } else { '1' });
                f[0] = bad;
                expect.insert(found("id.checksum", "id_number", "error"));
            }
            (0, 1) => {
                // Month 13, with a check character that fits: the date alone is wrong. The
                // birth-date column holds the same impossible date (a fault it implies).
                let mut first17 = format!("440106{}13{:02}{:03}", birth.year(), birth.day(), seq % 1000).into_bytes();
                first17.truncate(17);
                let check = idnum::check_char(&first17) as char;
                f[0] = format!("{}{check}", String::from_utf8(first17).unwrap());
                f[3] = format!("{}-13-{:02}", birth.year(), birth.day());
                expect.insert(found("id.date", "id_number", "error"));
                expect.insert(found("record.unparsed", "birth_date", "error"));
                fatal = true;
            }
            (0, 2) => {
                f[0] = id[..17].to_string();
                expect.insert(found("id.format", "id_number", "error"));
            }
            (0, _) => {
                f[0] = idnum::make("990106", birth, seq);
                expect.insert(found("id.region", "id_number", "error"));
            }
            (1, 0 | 1) => {
                f[1] = String::new();
                expect.insert(found("person.name_blank", "name", "error"));
            }
            (1, _) => {
                f[1] = "Zhang San".into();
                expect.insert(found("person.name_chars", "name", "warning"));
            }
            (2, _) => {
                f[5] = "12345".into();
                expect.insert(found("phone.format", "phone", "warning"));
            }
            (3, 0) => {
                f[4] = String::new();
                expect.insert(found("region.unknown", "region_code", "error"));
                fatal = true;
            }
            (3, 1) => {
                f[4] = "449999".into();
                expect.insert(found("region.unknown", "region_code", "error"));
            }
            (3, 2) => {
                f[4] = "440000".into();
                expect.insert(found("region.level", "region_code", "error"));
            }
            (3, _) => {
                f[4] = "440102".into();
                expect.insert(found("region.retired", "region_code", "warning"));
            }
            (4, 0 | 1) => {
                f[2] = "X".into();
                expect.insert(found("record.unparsed", "gender", "error"));
                fatal = true;
            }
            (4, _) if !id_fault => {
                f[2] = if male { "女" } else { "男" }.into();
                expect.insert(found("person.gender_mismatch", "gender", "error"));
            }
            (4, _) => {}
            (_, 0 | 1) if !f[3].contains("-13-") => {
                f[3] = format!("{}-02-30", birth.year());
                expect.insert(found("record.unparsed", "birth_date", "error"));
                fatal = true;
            }
            (_, _) if !id_fault => {
                f[3] = birth.checked_add(jiff::Span::new().days(1)).unwrap().to_string();
                expect.insert(found("person.birth_mismatch", "birth_date", "error"));
            }
            _ => {}
        }
    }
    Person { fields: f, expect, fatal }
}

fn write_csv(path: &Path, header: &[&str], rows: &[Vec<String>]) {
    let mut w = csv::Writer::from_path(path).unwrap();
    w.write_record(header).unwrap();
    for r in rows {
        w.write_record(r).unwrap();
    }
    w.flush().unwrap();
}

#[test]
fn each_fault_is_reported_once_by_its_rule_and_import_agrees() {
    let home = support::tempdir();
    let h = home.path();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let people: Vec<Person> = (1..=600).map(|i| person(&mut rng, i)).collect();
    let file = h.join("people.csv");
    let rows: Vec<Vec<String>> = people.iter().map(|p| p.fields.to_vec()).collect();
    write_csv(&file, &["id_number", "name", "gender", "birth_date", "region_code", "phone", "address"], &rows);
    let got = file_findings(h, "people", &file);
    let mut faults = 0;
    for (i, p) in people.iter().enumerate() {
        let line = i as u64 + 2;
        let have = got.get(&line).cloned().unwrap_or_default();
        assert_eq!(have, p.expect, "line {line}: {:?}", p.fields);
        faults += p.expect.len();
    }
    assert!(faults > 600, "only {faults} faults injected");
    assert!(people.iter().filter(|p| p.expect.len() >= 4).count() > 10, "too few rows with four faults");

    // A strict import rejects exactly the rows with an error-level finding; a lenient one
    // exactly those that cannot be stored.
    let with_errors: BTreeSet<u64> = got.iter().filter(|(_, f)| f.iter().any(|(_, _, s)| s == "error")).map(|(l, _)| *l).collect();
    let unstorable: BTreeSet<u64> = people.iter().enumerate().filter(|(_, p)| p.fatal).map(|(i, _)| i as u64 + 2).collect();
    let strict = rejected_lines(h, &format!("sqlite:{}/strict.db", h.display()), "people", &file, false);
    assert_eq!(strict, with_errors);
    let mut stored_by_backend = vec![format!("sqlite:{}/lenient.db", h.display())];
    let _pg = support::pg();
    if let Some(pg) = &_pg {
        stored_by_backend.push(pg.url.clone());
    }
    for db in &stored_by_backend {
        assert_eq!(rejected_lines(h, db, "people", &file, true), unstorable, "{db}");
        // The stored rows: check run finds what check file found on them.
        json(h, &["--db", db, "-q", "--json", "check", "run", "--as-of", AS_OF]);
        let mut stored: BTreeMap<String, BTreeSet<Found>> = BTreeMap::new();
        for f in json(h, &["--db", db, "--json", "check", "findings", "--unmask"]).as_array().unwrap() {
            // Who the register is missing (the elderly not enrolled) is about no row of the file.
            if f["rule"] == "eligible.not_enrolled" {
                continue;
            }
            let k = f["key"].as_str().unwrap().to_string();
            stored.entry(k).or_default().insert((
                f["rule"].as_str().unwrap().into(),
                f["field"].as_str().unwrap().into(),
                f["severity"].as_str().unwrap().into(),
            ));
        }
        let mut want: BTreeMap<String, BTreeSet<Found>> = BTreeMap::new();
        for (i, p) in people.iter().enumerate().filter(|(_, p)| !p.fatal && !p.expect.is_empty()) {
            want.insert(p.fields[0].clone(), got[&(i as u64 + 2)].clone());
        }
        assert_eq!(stored.len(), want.len(), "{db}");
        assert!(stored == want, "{db}: check run and check file differ");
    }
}

/// The three rows of the report that started this: each got no finding, or one of several.
#[test]
fn rows_that_used_to_slip_through() {
    let home = support::tempdir();
    let h = home.path();
    let people = h.join("p.csv");
    std::fs::write(&people, "id_number,name,gender,birth_date,region_code,phone\n340826197802301196,张三,男,1978-02-30,340826,13800138000\n440106196611112210,王芳,女,1966-11-11,,1\n").unwrap();
    let got = file_findings(h, "people", &people);
    assert_eq!(got[&2], BTreeSet::from([found("id.date", "id_number", "error"), found("record.unparsed", "birth_date", "error")]));
    assert_eq!(
        got[&3],
        BTreeSet::from([
            found("id.checksum", "id_number", "error"),
            found("region.unknown", "region_code", "error"),
            found("phone.format", "phone", "warning")
        ])
    );
    let orgs = h.join("o.csv");
    std::fs::write(&orgs, "uscc,name,type,region_code\n911101005JLR20JR6O,某协会,,440106\n").unwrap();
    let got = file_findings(h, "organizations", &orgs);
    assert_eq!(got[&2], BTreeSet::from([found("org.uscc_format", "uscc", "error"), found("record.unparsed", "type", "error")]));
    // The summary exits 3 on errors by default; --fail-on never does not.
    mzctl(h).args(["check", "file", "people"]).arg(&people).args(["--as-of", AS_OF]).assert().code(3);
    mzctl(h).args(["check", "file", "people"]).arg(&people).args(["--as-of", AS_OF, "--fail-on", "never"]).assert().code(0);
    // The import names every fault of a row in its one reject line.
    let db = format!("sqlite:{}/x.db", h.display());
    mzctl(h).args(["--db", &db, "-q", "import", "people"]).arg(&people).args(["--today", AS_OF]).assert().code(3);
    let rejects = std::fs::read_to_string(h.join("p.csv.rejects.csv")).unwrap();
    let mut r = csv::Reader::from_reader(rejects.as_bytes());
    let lines: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(&lines[0].iter().skip(6).take(2).collect::<Vec<_>>(), &["2", "id_number;birth_date"]);
    assert_eq!(&lines[1].iter().skip(6).take(2).collect::<Vec<_>>(), &["3", "id_number;region_code;phone"]);
    for (rec, rules) in lines.iter().zip([&["id.date", "record.unparsed"][..], &["id.checksum", "region.unknown", "phone.format, warning"]])
    {
        for rule in rules {
            assert!(rec[8].contains(&format!("({rule})")), "{rule} in {:?}", &rec[8]);
        }
    }
}

fn vectors(name: &str) -> Vec<(String, bool)> {
    let mut r = csv::Reader::from_path(support::repo_path(&format!("fixtures/vectors/{name}"))).unwrap();
    r.records().map(|rec| rec.unwrap()).map(|rec| (rec[0].to_string(), &rec[1] == "true")).collect()
}

/// The ID-number and credit-code vectors other projects' test suites use agree with mzctl
/// whatever the row's other columns hold, blank or not.
#[test]
fn held_out_vectors_agree_whatever_the_other_columns_hold() {
    let home = support::tempdir();
    let h = home.path();
    let ids = vectors("id_numbers.csv");
    let mut rows = Vec::new();
    for (id, _) in &ids {
        rows.push(vec![id.clone(), String::new(), String::new(), String::new(), String::new(), String::new()]);
        rows.push(vec![id.clone(), "李四".into(), String::new(), String::new(), "440106".into(), "1".into()]);
    }
    let file = h.join("ids.csv");
    write_csv(&file, &["id_number", "name", "gender", "birth_date", "region_code", "phone"], &rows);
    let got = file_findings(h, "people", &file);
    for (i, (id, valid)) in ids.iter().enumerate() {
        for line in [2 * i as u64 + 2, 2 * i as u64 + 3] {
            let id_error = got.get(&line).is_some_and(|f| f.iter().any(|(rule, _, sev)| rule.starts_with("id.") && sev == "error"));
            assert_eq!(id_error, !valid, "{id} on line {line}: {:?}", got.get(&line));
        }
    }
    let codes = vectors("uscc.csv");
    let mut rows = Vec::new();
    for (code, _) in &codes {
        rows.push(vec![code.clone(), String::new(), String::new(), String::new()]);
        rows.push(vec![code.clone(), "某基金会".into(), "基金会".into(), "440106".into()]);
    }
    let file = h.join("orgs.csv");
    write_csv(&file, &["uscc", "name", "type", "region_code"], &rows);
    let got = file_findings(h, "organizations", &file);
    for (i, (code, valid)) in codes.iter().enumerate() {
        for line in [2 * i as u64 + 2, 2 * i as u64 + 3] {
            let bad = got.get(&line).is_some_and(|f| f.iter().any(|(rule, _, _)| rule == "org.uscc_format" || rule == "org.uscc_checksum"));
            assert_eq!(bad, !valid, "{code} on line {line}: {:?}", got.get(&line));
        }
    }
}

/// Rows written straight into the database by another system, with faults an import would not
/// let through: each is still found, on both backends (the quick path of the stored-row check
/// leaves no field unread).
#[test]
fn stored_rows_with_faults_in_any_field_are_found() {
    let home = support::tempdir();
    let h = home.path();
    let sql = "INSERT INTO people (id_number, region_code, name, gender, birth_date, phone) VALUES
         ('440106198001010019', '440106', '张三', '1', '1980-01-01', '');
         INSERT INTO enrolments (id_number, program, region_code, start_date, end_date, monthly_amount_fen, status) VALUES
         ('440106198001010019', 'dibao', '440106', '2024-05-01', '2024-03-31', 50000, 'ended'),
         ('440106198001010019', 'DiBao!', '440106', '2024-06-01', NULL, 50000, 'active');
         INSERT INTO deaths (id_number, name, death_date) VALUES ('440106198001010035', '李四', '2062-03-01')";
    let want = BTreeSet::from([
        ("enrolment.dates".to_string(), "440106198001010019|dibao".to_string()),
        ("record.unparsed".to_string(), "440106198001010019|DiBao!".to_string()),
        ("death.future".to_string(), "440106198001010035".to_string()),
    ]);
    let run = |db: &str| -> BTreeSet<(String, String)> {
        json(
            h,
            &[
                "--db",
                db,
                "-q",
                "--json",
                "check",
                "run",
                "--as-of",
                AS_OF,
                "--rule",
                "record.*",
                "--rule",
                "enrolment.dates",
                "--rule",
                "death.future",
            ],
        );
        json(h, &["--db", db, "--json", "check", "findings", "--unmask"])
            .as_array()
            .unwrap()
            .iter()
            .map(|f| (f["rule"].as_str().unwrap().into(), f["key"].as_str().unwrap().into()))
            .collect()
    };
    let path = h.join("stored.db");
    let db = format!("sqlite:{}", path.display());
    mzctl(h).args(["--db", &db, "-q", "db", "init"]).assert().success();
    rusqlite::Connection::open(&path).unwrap().execute_batch(sql).unwrap();
    assert_eq!(run(&db), want);
    if let Some(pg) = support::pg() {
        mzctl(h).args(["--db", &pg.url, "-q", "db", "init"]).assert().success();
        postgres::Client::connect(&pg.url, postgres::NoTls).unwrap().batch_execute(sql).unwrap();
        assert_eq!(run(&pg.url), want);
    }
}
