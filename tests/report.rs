//! `mzctl report`: on a seeded city its numbers equal what `check`, `systems`, `cert` and SQL
//! count, on every backend (on Citus, the same report as plain PostgreSQL's); the page loads
//! in a real browser with nothing fetched; the workbook opens in openpyxl with its charts.
use crate::support::{self, mzctl};
use serde_json::Value;
use std::path::Path;
use std::process::Command;

const AS_OF: &str = "2026-06-30";

fn json(home: &Path, db: &str, args: &[&str]) -> Value {
    let out = mzctl(home).args(["--db", db, "-q", "--json"]).args(args).output().unwrap();
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{args:?}: {e}: {}", String::from_utf8_lossy(&out.stdout)))
}

/// A city of 3,000 with past spells, deaths, elder cards, systems and a scan, two check runs and
/// one applied death batch.
fn city(home: &Path, db: &str) {
    let city = home.join("city");
    let seed = [
        "seed",
        "--into-db",
        "--yes",
        "--people",
        "3000",
        "--seed",
        "5",
        "--as-of",
        AS_OF,
        "--defects",
        "0.02",
        "--spells",
        "1",
        "--death-years",
        "3",
        "--cards",
        "0.3",
        "--systems",
        "8",
        "--out",
    ];
    mzctl(home).args(["--db", db, "-q"]).args(seed).arg(&city).assert().success();
    for log in std::fs::read_dir(city.join("logs")).unwrap() {
        let log = log.unwrap().path();
        let id = log.file_stem().unwrap().to_str().unwrap().to_string();
        mzctl(home).args(["--db", db, "-q", "systems", "activity", "ingest", &id]).arg(&log).assert().success();
    }
    for args in [
        &["systems", "scan", "--as-of", AS_OF][..],
        &["check", "run", "--as-of", "2026-05-31", "--fail-on", "never"],
        &["death", "apply", "--as-of", "2026-05-31"],
        &["check", "run", "--as-of", AS_OF, "--fail-on", "never"],
    ] {
        mzctl(home).args(["--db", db, "-q", "--yes"]).args(args).assert().success();
    }
}

fn report(home: &Path, db: &str, out: &Path, extra: &[&str]) -> Value {
    let mut args = vec!["report", "--out", out.to_str().unwrap()];
    if !extra.contains(&"--as-of") {
        args.extend(["--as-of", AS_OF]);
    }
    args.extend_from_slice(extra);
    json(home, db, &args)
}

fn figure<'a>(r: &'a Value, id: &str) -> &'a Value {
    r["sections"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["figures"].as_array().unwrap())
        .find(|f| f["id"] == id)
        .unwrap_or_else(|| panic!("no figure {id}"))
}

/// The table's row whose first text cell is `合计` (or whose second is).
fn total_row(f: &Value) -> Vec<Value> {
    f["table"]["rows"].as_array().unwrap().iter().find(|r| r[0] == "合计" || r[1] == "合计").unwrap().as_array().unwrap().clone()
}

fn column(f: &Value, header: &str) -> usize {
    f["table"]["headers"].as_array().unwrap().iter().position(|h| h == header).unwrap_or_else(|| panic!("no column {header}"))
}

fn highlight(r: &Value, label: &str) -> Value {
    r["highlights"].as_array().unwrap().iter().find(|h| h["label"] == label).unwrap()["value"].clone()
}

fn numbers_agree(home: &Path, db: &str, sql: &mut dyn FnMut(&str) -> i64) {
    city(home, db);
    let out = home.join("report.html");
    let r = report(home, db, &out, &[]);
    assert!(out.exists());

    // Population: every person in one district, as SQL counts them.
    let people = sql("SELECT COUNT(*) FROM people");
    let districts = figure(&r, "population.districts");
    assert_eq!(total_row(districts)[2], people);
    let pyramid = total_row(figure(&r, "population.pyramid"));
    assert_eq!(pyramid[3], people);
    assert_eq!(highlight(&r, "登记人口"), people);
    let n_districts = sql("SELECT COUNT(DISTINCT region_code) FROM people") as usize;
    let bars = districts["chart"]["categories"].as_array().unwrap().len();
    assert!(bars >= 2 && bars <= n_districts, "{bars} districts from {n_districts} codes");

    // Benefits: enrolments in force on the date.
    let inforce = "FROM enrolments WHERE start_date <= '2026-06-30' AND (end_date IS NULL OR end_date >= '2026-06-30')";
    let enrolled = figure(&r, "benefits.enrolled");
    let total = total_row(enrolled);
    assert_eq!(total[column(enrolled, "合计（人次）")], sql(&format!("SELECT COUNT(*) {inforce}")));
    let fen = sql(&format!("SELECT SUM(monthly_amount_fen) {inforce}"));
    assert_eq!(total[column(enrolled, "月度金额（元）")], format!("{}.{:02}", fen / 100, fen % 100));
    let monthly = figure(&r, "benefits.monthly");
    let rows = monthly["table"]["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 24, "24 months up to the as-of date");
    let june = "FROM enrolments WHERE start_date <= '2026-06-30' AND (end_date IS NULL OR end_date >= '2026-06-01')";
    assert_eq!(rows[23][0], "2026-06");
    assert_eq!(rows[23][1], sql(&format!("SELECT COUNT(*) {june}")));
    // Paid, from the seeded ledger (the 24 months before the as-of date's).
    let paid = sql("SELECT SUM(amount_fen) FROM payments WHERE month = '2026-05'");
    assert!(paid > 0, "the seed wrote a ledger");
    assert_eq!(rows[22][column(monthly, "实发金额（元）")], format!("{}.{:02}", paid / 100, paid % 100));
    assert_eq!(rows[22][column(monthly, "实发笔数")], sql("SELECT COUNT(*) FROM payments WHERE month = '2026-05'"));
    assert_eq!(monthly["chart"]["series"].as_array().unwrap().len(), 2, "due and paid");
    let flow = figure(&r, "benefits.flow");
    let started = sql("SELECT COUNT(*) FROM enrolments WHERE start_date >= '2026-03-01' AND start_date <= '2026-03-31'");
    assert_eq!(flow["table"]["rows"][20][1], started, "enrolments started in 2026-03");

    // Data quality: the latest run, as `check findings --summary` counts it.
    let summary = json(home, db, &["check", "findings", "--summary", "--by", "district"]);
    let heat = figure(&r, "quality.heatmap");
    assert_eq!(*total_row(heat).last().unwrap(), summary["total"]["findings"]);
    assert_eq!(heat["chart"]["rows"].as_array().unwrap().len(), summary["cells"].as_array().unwrap().len());
    let trend = figure(&r, "quality.trend");
    let runs = json(home, db, &["check", "runs"]);
    let runs = runs.as_array().unwrap();
    assert_eq!(trend["table"]["rows"].as_array().unwrap().len(), 2, "both runs cover the same rules and scope");
    assert_eq!(trend["table"]["rows"][1][2], runs[0]["errors"]);
    let by_rule = json(home, db, &["check", "findings", "--summary", "--by", "rule"]);
    let still: i64 = by_rule["cells"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["rule"] == "death.still_enrolled")
        .map(|c| c["overpaid_yuan"].as_str().unwrap().replace('.', "").parse::<i64>().unwrap())
        .sum();
    let overpaid = total_row(figure(&r, "quality.overpaid"));
    let recovered = sql("SELECT SUM(amount_fen) FROM recoveries");
    assert!(recovered > 0, "the applied deaths recovered something");
    assert_eq!(overpaid[1], sql("SELECT COUNT(*) FROM recoveries"));
    assert_eq!(overpaid[2], format!("{}.{:02}", recovered / 100, recovered % 100));
    assert_eq!(overpaid[3].as_str().unwrap().replace('.', "").parse::<i64>().unwrap(), still, "overpaid per the findings");

    // Systems: as `systems report` has them.
    let sys = json(home, db, &["systems", "report"]);
    let states = total_row(figure(&r, "systems.states"));
    for (i, k) in ["systems", "active", "idle", "zombie", "unscanned"].iter().enumerate() {
        assert_eq!(states[i + 1], sys["total"][k], "{k}");
    }
    assert_eq!(states[6], sys["total"]["reclaimable"]["vcpu"]);
    assert_eq!(states[9], sys["total"]["reclaimable"]["annual_cost"]);

    // Certificates: all issued a year before the date, inside the window.
    let listed = json(home, db, &["cert", "list", "--limit", "1000000"]).as_array().unwrap().len() as i64;
    assert!(listed > 0);
    assert_eq!(highlight(&r, "窗口内签发证照"), listed);
    assert_eq!(highlight(&r, "窗口内签发证照"), sql("SELECT COUNT(*) FROM certificates"));
    // Revoked at the clock's date (2026-11), inside a window that reaches it.
    let later = report(home, db, &home.join("later.html"), &["--as-of", "2026-11-30"]);
    let certs = total_row(figure(&later, "certificates.monthly"));
    let revoked: i64 = certs.iter().enumerate().filter(|(i, _)| *i > 0 && i % 2 == 0).map(|(_, v)| v.as_i64().unwrap()).sum();
    assert!(revoked > 0);
    assert_eq!(revoked, sql("SELECT COUNT(*) FROM certificates WHERE status = '03'"));

    // A region: only its districts; a section without data says so.
    let r = report(home, db, &home.join("one.html"), &["--region", "440103", "--from", "2026-01-01"]);
    assert_eq!(figure(&r, "population.districts")["chart"]["categories"].as_array().unwrap().len(), 1);
    assert_eq!(figure(&r, "benefits.monthly")["table"]["rows"].as_array().unwrap().len(), 6);
    let r = report(home, db, &home.join("old.html"), &["--region", "110101"]);
    let pop = r["sections"].as_array().unwrap().iter().find(|s| s["id"] == "population").unwrap();
    assert_eq!(pop["empty"], "没有人口记录");
    let html = std::fs::read_to_string(home.join("old.html")).unwrap();
    assert!(html.contains("无数据：没有人口记录"));
}

#[test]
fn numbers_agree_on_sqlite() {
    let home = support::tempdir();
    let path = home.path().join("m.db");
    let db = path.to_str().unwrap().to_string();
    let mut sql = |q: &str| -> i64 {
        let c = rusqlite::Connection::open(&path).unwrap();
        c.query_row(q, [], |r| r.get(0)).unwrap()
    };
    numbers_agree(home.path(), &db, &mut sql);
}

#[test]
fn numbers_agree_on_postgres() {
    let Some(pg) = support::pg() else { return };
    let home = support::tempdir();
    let url = pg.url.clone();
    let mut client = postgres::Client::connect(&url, postgres::NoTls).unwrap();
    let mut sql = |q: &str| -> i64 {
        let row = client.query_one(&format!("SELECT CAST(({q}) AS BIGINT)"), &[]).unwrap();
        row.get(0)
    };
    numbers_agree(home.path(), &pg.url, &mut sql);
}

#[test]
fn numbers_agree_on_citus() {
    let home = support::tempdir();
    let Some(c) = support::citus_init(home.path()) else { return };
    let mut client = support::connect(&c.url);
    let mut sql = |q: &str| -> i64 {
        let row = client.query_one(&format!("SELECT CAST(({q}) AS BIGINT)"), &[]).unwrap();
        row.get(0)
    };
    numbers_agree(home.path(), &c.url, &mut sql);
}

/// The same city on plain PostgreSQL and on Citus: the same report, figure for figure, as the
/// page and as the workbook.
#[test]
fn citus_reports_what_postgres_reports() {
    let (Some(pg), home) = (support::pg(), support::tempdir()) else { return };
    let Some(c) = support::citus_init(home.path()) else { return };
    let mut seen = Vec::new();
    for (name, db) in [("pg", &pg.url), ("citus", &c.url)] {
        let h = home.path().join(name);
        std::fs::create_dir_all(&h).unwrap();
        city(&h, db);
        let page = report(&h, db, &h.join("r.html"), &[]);
        let later = report(&h, db, &h.join("later.html"), &["--as-of", "2026-11-30"]);
        let xlsx = h.join("r.xlsx");
        mzctl(&h).args(["--db", db, "-q", "--format", "xlsx", "report", "--as-of", AS_OF, "--out"]).arg(&xlsx).assert().success();
        // Every cell of every sheet, as openpyxl reads them.
        let cells = Command::new("python3")
            .args(["-c", "import json, sys, openpyxl\nwb = openpyxl.load_workbook(sys.argv[1])\nprint(json.dumps({ws.title: [[str(c) for c in r] for r in ws.iter_rows(values_only=True)] for ws in wb}, ensure_ascii=False))"])
            .arg(&xlsx)
            .output()
            .unwrap();
        assert!(cells.status.success(), "openpyxl: {}", String::from_utf8_lossy(&cells.stderr));
        let book: Value = serde_json::from_slice(&cells.stdout).unwrap();
        seen.push((page, later, book, std::fs::read_to_string(h.join("r.html")).unwrap()));
    }
    let (citus, pg) = (seen.pop().unwrap(), seen.pop().unwrap());
    let figures = |r: &Value| r["sections"].clone();
    assert_eq!(figures(&citus.0), figures(&pg.0), "the report's figures");
    assert_eq!(figures(&citus.1), figures(&pg.1), "the figures at a later date");
    assert_eq!(citus.0["highlights"], pg.0["highlights"]);
    assert!(pg.2.as_object().unwrap().len() > 5, "{}", pg.2);
    assert_eq!(citus.2, pg.2, "the workbook, cell by cell");
    // The page itself: the same numbers drawn the same way.
    assert_eq!(citus.3, pg.3, "the HTML page");
}

#[test]
fn an_empty_database_says_so_in_every_section() {
    let home = support::tempdir();
    let db = home.path().join("e.db");
    let db = db.to_str().unwrap();
    let r = report(home.path(), db, &home.path().join("e.html"), &[]);
    for s in r["sections"].as_array().unwrap() {
        assert!(s["empty"].is_string(), "{}: {}", s["id"], s["empty"]);
    }
    mzctl(home.path()).args(["--db", db, "report", "--as-of", AS_OF, "--from", "2026-07-01", "--out", "x.html"]).assert().code(2);
}

/// Python with Playwright and Debian's chromium; under CI=true their absence fails the test.
fn browser_available() -> bool {
    let ok = Path::new("/usr/bin/chromium").exists()
        && Command::new("python3").args(["-c", "import playwright.sync_api"]).output().is_ok_and(|o| o.status.success());
    if !ok {
        assert!(
            std::env::var("CI").map_or(true, |v| v != "true"),
            "CI=true: the browser test needs /usr/bin/chromium and python3 playwright"
        );
        eprintln!("SKIPPED: browser test (apt-get install chromium; pip install playwright)");
    }
    ok
}

#[test]
fn the_page_renders_in_a_real_browser_and_the_workbook_opens() {
    let home = support::tempdir();
    let h = home.path();
    let db = h.join("b.db");
    let db = db.to_str().unwrap();
    city(h, db);
    let html = h.join("report.html");
    let r = report(h, db, &html, &["--region", "440100"]);
    let page = std::fs::read_to_string(&html).unwrap();
    // The only URL is the SVG namespace, which is a name, never fetched.
    for banned in ["<script", "https://", "src=", "@import", "url(http", "<link", "<img"] {
        assert!(!page.contains(banned), "the page holds {banned}");
    }
    assert_eq!(page.matches("http://").count(), page.matches("xmlns=\"http://www.w3.org/2000/svg\"").count());
    for banned in ["<iframe"] {
        assert!(!page.contains(banned), "the page holds {banned}");
    }

    let xlsx = h.join("report.xlsx");
    let out = mzctl(h).args(["--db", db, "-q", "--format", "xlsx", "report", "--as-of", AS_OF, "--out"]).arg(&xlsx).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let figures: Vec<&Value> = r["sections"].as_array().unwrap().iter().flat_map(|s| s["figures"].as_array().unwrap()).collect();
    let py = Command::new("python3").arg(support::repo_path("tests/browser/report_xlsx.py")).arg(&xlsx).output().unwrap();
    if py.status.success() {
        let sheets: Value = serde_json::from_slice(&py.stdout).unwrap();
        let sheets = sheets.as_object().unwrap();
        assert_eq!(sheets.len(), figures.len() + 1, "a sheet per figure and the cover: {sheets:?}");
        let charts: i64 = sheets.values().map(|v| v[1].as_i64().unwrap()).sum();
        let heat = figures.iter().filter(|f| f["chart"]["kind"] == "heat").count() as i64;
        assert_eq!(charts, figures.len() as i64 - heat, "a native chart per figure but the heat map");
    } else {
        assert!(std::env::var("CI").map_or(true, |v| v != "true"), "openpyxl: {}", String::from_utf8_lossy(&py.stderr));
    }

    if !browser_available() {
        return;
    }
    let shot = support::repo_path("target/report-screenshot.png");
    let out = Command::new("python3").arg(support::repo_path("tests/browser/report_page.py")).arg(&html).arg(&shot).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let seen: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(seen["errors"], serde_json::json!([]), "console errors");
    assert_eq!(seen["requests"], serde_json::json!([]), "network requests");
    assert_eq!(seen["sections"], serde_json::json!(["population", "benefits", "quality", "systems", "certificates"]));
    assert!(seen["title"].as_str().unwrap().contains("广州市"));
    let drawn = seen["figures"].as_array().unwrap();
    assert_eq!(drawn.len(), figures.len());
    for (d, f) in drawn.iter().zip(&figures) {
        let marks = d["bars"].as_i64().unwrap() + d["cells"].as_i64().unwrap() + d["points"].as_i64().unwrap();
        assert_eq!(marks, d["declared"].as_i64().unwrap(), "{}", d["id"]);
        assert!(d["width"].as_f64().unwrap() > 500.0, "{} drawn too narrow", d["id"]);
        assert_eq!(d["rows"].as_u64().unwrap() as usize, f["table"]["rows"].as_array().unwrap().len());
    }
    // One bar per district of the seeded prefecture.
    let districts = figure(&r, "population.districts");
    let n = districts["chart"]["categories"].as_array().unwrap().len() as i64;
    let d = drawn.iter().find(|d| d["id"] == "population.districts").unwrap();
    assert_eq!(d["bars"].as_i64().unwrap(), n);
    assert_eq!(n, districts["table"]["rows"].as_array().unwrap().len() as i64 - 1);
    let heat = drawn.iter().find(|d| d["id"] == "quality.heatmap").unwrap();
    let hf = figure(&r, "quality.heatmap");
    assert_eq!(
        heat["cells"].as_i64().unwrap() as usize,
        hf["chart"]["rows"].as_array().unwrap().len() * hf["chart"]["columns"].as_array().unwrap().len()
    );
    assert!(shot.exists());
}
