//! Excel deliverables, read back with an independent reader (Python's openpyxl): work lists per
//! district that add up to the run, and `--format xlsx` with typed cells.
use crate::support::{self, mzctl};

fn openpyxl(script: &str, args: &[&str]) -> serde_json::Value {
    let out = std::process::Command::new("python3").arg("-c").arg(script).args(args).output().expect("python3");
    assert!(out.status.success(), "python3 (openpyxl installed? pip install openpyxl): {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn work_lists_per_district_add_up_to_the_run() {
    let home = support::tempdir();
    let h = home.path();
    let db = format!("sqlite:{}/w.db", h.display());
    let city = h.join("city");
    mzctl(h)
        .args([
            "--db",
            &db,
            "seed",
            "-q",
            "--yes",
            "--into-db",
            "--people",
            "3000",
            "--systems",
            "0",
            "--seed",
            "2",
            "--as-of",
            "2026-06-30",
            "--out",
        ])
        .arg(&city)
        .assert()
        .success();
    // A record still on 芳村区's code (440107, merged into 荔湾区 440103 in 2005).
    let old = h.join("old.csv");
    std::fs::write(&old, "id_number,region_code,name,gender,birth_date\n11010519491231002X,440107,张三,女,1949-12-31\n").unwrap();
    mzctl(h).args(["--db", &db, "-q", "import", "people"]).arg(&old).args(["--lenient", "--today", "2026-06-30"]).assert().code(0);
    mzctl(h).args(["--db", &db, "-q", "check", "run", "--as-of", "2026-06-30", "--fail-on", "never"]).assert().success();
    let all = mzctl(h).args(["--db", &db, "--json", "check", "findings"]).output().unwrap();
    let all: serde_json::Value = serde_json::from_slice(&all.stdout).unwrap();
    let total = all.as_array().unwrap().len();
    assert!(total > 50, "{total}");
    let dir = h.join("lists");
    let out = mzctl(h).args(["--db", &db, "--json", "check", "findings", "--split-by", "district", "--out"]).arg(&dir).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let read = openpyxl(
        r#"
import glob, json, os, sys, openpyxl
out = {}
for path in sorted(glob.glob(os.path.join(sys.argv[1], '*.xlsx'))):
    wb = openpyxl.load_workbook(path)
    ws = wb['清单']
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    out[os.path.basename(path)] = {
        'sheets': wb.sheetnames, 'header': [c.value for c in ws[1]], 'frozen': ws.freeze_panes,
        'rows': len(rows), 'key_types': sorted({c.data_type for c in ws['H'][1:]}),
        'districts': sorted({r[0] for r in rows}), 'codes': sorted({r[11] for r in rows}),
        'summary': sum(r[2] for r in wb['汇总'].iter_rows(min_row=2, values_only=True) if r[0] != '合计'),
        'mode': oct(os.stat(path).st_mode & 0o777),
    }
print(json.dumps(out, ensure_ascii=False))
"#,
        &[dir.to_str().unwrap()],
    );
    let files = read.as_object().unwrap();
    let mut sum = 0;
    for (name, f) in files {
        assert_eq!(f["sheets"], serde_json::json!(["汇总", "清单"]), "{name}");
        assert_eq!(f["header"][0], "所属区县");
        assert_eq!(f["frozen"], "A2");
        assert_eq!(f["key_types"], serde_json::json!(["s"]), "ID numbers are text cells: {name}");
        assert_eq!(f["districts"].as_array().unwrap().len(), 1, "one district per workbook: {name}");
        assert_eq!(f["summary"], f["rows"], "the summary counts the list: {name}");
        assert_eq!(f["mode"], "0o600");
        sum += f["rows"].as_u64().unwrap() as usize;
    }
    assert_eq!(sum, total, "every finding in exactly one work list");
    // 芳村区 (440107) was merged into 荔湾区 in 2005: its records go to 440103's list.
    let liwan = &files["工作清单_440103_荔湾区.xlsx"];
    assert!(liwan["codes"].as_array().unwrap().iter().any(|c| c == "440107"), "{liwan}");

    // The summary is counted by the database and adds up the same way.
    let written: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let json = |args: &[&str]| -> serde_json::Value {
        let out = mzctl(h).args(["--db", &db, "--json", "check", "findings"]).args(args).output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let matrix = json(&["--summary", "--by", "district,rule"]);
    assert_eq!(matrix["total"]["findings"], total);
    let cells = matrix["cells"].as_array().unwrap();
    assert_eq!(cells.iter().map(|c| c["findings"].as_u64().unwrap()).sum::<u64>() as usize, total);
    for w in written.as_array().unwrap() {
        let n: u64 = cells.iter().filter(|c| c["district"] == w["district"]).map(|c| c["findings"].as_u64().unwrap()).sum();
        assert_eq!(Some(n), w["findings"].as_u64(), "{}", w["district"]);
    }
    let fen: i64 = all.as_array().unwrap().iter().filter_map(|f| f["amount_fen"].as_i64()).sum();
    assert_eq!(matrix["total"]["overpaid_yuan"], format!("{}.{:02}", fen / 100, fen % 100));
    let by_rule = json(&["--summary", "--by", "rule"]);
    assert!(by_rule["cells"].as_array().unwrap().iter().all(|c| c.get("district").is_none()));
    assert_eq!(by_rule["total"], matrix["total"]);
    // A district takes in the retired codes it absorbed.
    let liwan = json(&["--region", "440103"]);
    assert!(liwan.as_array().unwrap().iter().any(|f| f["region_code"] == "440107"), "{liwan}");
    let liwan_sum = json(&["--region", "440103", "--summary", "--by", "district"]);
    assert_eq!(liwan_sum["total"]["findings"].as_u64(), Some(liwan.as_array().unwrap().len() as u64));
    assert_eq!(liwan_sum["cells"].as_array().unwrap().len(), 1, "{liwan_sum}");
    // --severity warning leaves out the info-level notes, and only them.
    let severe = json(&["--severity", "warning"]);
    let not_info = all.as_array().unwrap().iter().filter(|f| f["severity"] != "info").count();
    assert!(not_info < total, "the seeded city has info-level notes");
    assert_eq!(severe.as_array().unwrap().len(), not_info);
}

#[test]
fn tables_as_xlsx_keep_codes_as_text_and_numbers_as_numbers() {
    let home = support::tempdir();
    let h = home.path();
    let db = format!("sqlite:{}/x.db", h.display());
    let file = h.join("p.csv");
    std::fs::write(&file, "id_number,region_code,name,gender,birth_date\n11010519491231002X,110105,张三,女,1949-12-31\n110105194912310062,110105,李四,女,1949-12-31\n").unwrap();
    mzctl(h).args(["--db", &db, "-q", "import", "people"]).arg(&file).args(["--today", "2026-06-30"]).assert().success();
    let out = mzctl(h).args(["--db", &db, "--format", "xlsx", "import", "batches"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let path = h.join("batches.xlsx");
    std::fs::write(&path, &out.stdout).unwrap();
    let read = openpyxl(
        r#"
import json, sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1]).active
head = [c.value for c in ws[1]]
row = {h: (c.value if not hasattr(c.value, 'isoformat') else c.value.isoformat(), c.data_type) for h, c in zip(head, ws[2])}
print(json.dumps({'head': head, 'row': row, 'filter': ws.auto_filter.ref, 'frozen': ws.freeze_panes}, ensure_ascii=False))
"#,
        &[path.to_str().unwrap()],
    );
    assert_eq!(read["frozen"], "A2");
    assert!(read["filter"].as_str().is_some_and(|f| f.starts_with("A1:")), "{read}");
    let row = read["row"].as_object().unwrap();
    let inserted = row.iter().find(|(k, _)| k.as_str() == "inserted").map(|(_, v)| v.clone()).unwrap_or_else(|| panic!("{read}"));
    assert_eq!(inserted, serde_json::json!([2, "n"]), "counts are numbers: {read}");
}

/// Findings go out a page at a time: a run longer than a page reads the same as one read whole.
#[test]
fn a_long_run_streams_in_order_in_every_format() {
    let home = support::tempdir();
    let h = home.path();
    let db = format!("sqlite:{}/long.db", h.display());
    mzctl(h)
        .args(["--db", &db, "seed", "-q", "--yes", "--into-db", "--people", "40000", "--defects", "0.5", "--systems", "0", "--seed", "3"])
        .args(["--as-of", "2026-06-30", "--out"])
        .arg(h.join("city"))
        .assert()
        .success();
    mzctl(h).args(["--db", &db, "-q", "check", "run", "--as-of", "2026-06-30", "--fail-on", "never"]).assert().success();
    let run = |args: &[&str]| mzctl(h).args(["--db", &db]).args(args).output().unwrap().stdout;
    let all: serde_json::Value = serde_json::from_slice(&run(&["--json", "check", "findings"])).unwrap();
    let all = all.as_array().unwrap();
    assert!(all.len() > 20_000, "more than a page: {}", all.len());
    let csv = String::from_utf8(run(&["--format", "csv", "check", "findings"])).unwrap();
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let keys: Vec<String> = reader.records().map(|r| r.unwrap()[3].to_string()).collect();
    assert_eq!(keys, all.iter().map(|f| f["key"].as_str().unwrap().to_string()).collect::<Vec<_>>());
    let window: serde_json::Value =
        serde_json::from_slice(&run(&["--json", "check", "findings", "--offset", "19999", "--limit", "3"])).unwrap();
    assert_eq!(window.as_array().unwrap()[..], all[19_999..20_002]);
    let plain = String::from_utf8(run(&["check", "findings", "--severity", "error"])).unwrap();
    assert_eq!(plain.lines().count() - 1, all.iter().filter(|f| f["severity"] == "error").count());
}

/// A batch's rejects go back to the districts that sent them: a workbook each, adding up to the
/// batch's rejected count, masked unless --unmask (audited).
#[test]
fn rejects_go_back_per_district() {
    let home = support::tempdir();
    let h = home.path();
    let db = format!("sqlite:{}/r.db", h.display());
    let city = h.join("city");
    mzctl(h)
        .args(["--db", &db, "seed", "-q", "--yes", "--people", "3000", "--defects", "0.1", "--systems", "0", "--seed", "4"])
        .args(["--as-of", "2026-06-30", "--out"])
        .arg(&city)
        .assert()
        .success();
    let out = mzctl(h)
        .args(["--db", &db, "--json", "import", "people"])
        .arg(city.join("people.csv"))
        .args(["--today", "2026-06-30"])
        .output()
        .unwrap();
    let batch: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let rejected = batch["rejected"].as_u64().unwrap();
    assert!(rejected > 50, "{batch}");
    let csv = mzctl(h).args(["--db", &db, "--format", "csv", "import", "show", "1", "--rejects"]).output().unwrap();
    assert!(csv.status.success(), "{}", String::from_utf8_lossy(&csv.stderr));
    assert_eq!(csv::Reader::from_reader(&csv.stdout[..]).records().count() as u64, rejected);
    for (dir, unmask) in [("masked", false), ("whole", true)] {
        let mut cmd = mzctl(h);
        cmd.args(["--db", &db, "--json", "import", "show", "1", "--rejects", "--split-by", "district", "--out"]).arg(h.join(dir));
        if unmask {
            cmd.arg("--unmask");
        }
        let out = cmd.output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let read = openpyxl(
            r#"
import glob, json, os, sys, openpyxl
out = {}
for path in sorted(glob.glob(os.path.join(sys.argv[1], '*.xlsx'))):
    ws = openpyxl.load_workbook(path)['退回']
    head = [c.value for c in ws[1]]
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    ids = [r[head.index('id_number')] for r in rows]
    whole = sys.argv[2] == 'whole'
    out[os.path.basename(path)] = {'head': head[:4], 'rows': len(rows), 'districts': sorted({r[0] for r in rows}),
        'names': all(n is None or len(n) == 1 or ('*' in n) != whole for n in (r[2] for r in rows)),
        'masked': all('*' in (i or '*') for i in ids), 'whole': all(i is None or len(i) in (15, 18) and '*' not in i for i in ids),
        'mode': oct(os.stat(path).st_mode & 0o777)}
print(json.dumps(out, ensure_ascii=False))
"#,
            &[h.join(dir).to_str().unwrap(), dir],
        );
        let files = read.as_object().unwrap();
        assert!(files.len() > 3, "{read}");
        let mut sum = 0;
        for (name, f) in files {
            assert_eq!(f["head"], serde_json::json!(["所属区县", "街道(乡镇)", "姓名", "行号"]), "{name}");
            assert_eq!(f["districts"].as_array().unwrap().len(), 1, "{name}");
            assert_eq!(f["names"], true, "names masked unless --unmask: {name}");
            assert_eq!(f[if unmask { "whole" } else { "masked" }], true, "{name}: {f}");
            assert_eq!(f["mode"], "0o600");
            sum += f["rows"].as_u64().unwrap();
        }
        assert_eq!(sum, rejected, "every rejected row in exactly one workbook");
    }
    let audit = mzctl(h).args(["--db", &db, "--json", "audit", "list"]).output().unwrap();
    let audit = String::from_utf8_lossy(&audit.stdout);
    assert!(audit.contains(&format!("\"rejects.unmasked\": {rejected}")), "{audit}");
}

/// The clean-up register (清理台账) a scan is handed in as: one row per system with the columns
/// the notices ask for, typed cells, and a summary that matches the scan.
#[test]
fn the_scan_is_handed_in_as_the_clean_up_register() {
    let home = support::tempdir();
    let h = home.path();
    let db = format!("sqlite:{}/r.db", h.display());
    let city = h.join("city");
    let as_of = "2026-11-20";
    mzctl(h)
        .args(["seed", "-q", "--yes", "--people", "20", "--systems", "8", "--seed", "3", "--as-of", as_of, "--out"])
        .arg(&city)
        .assert()
        .success();
    mzctl(h).args(["--db", &db, "-q", "systems", "import"]).arg(city.join("systems.csv")).assert().success();
    let scan = mzctl(h).args(["--db", &db, "--json", "systems", "scan", "--as-of", as_of]).output().unwrap();
    let scan: serde_json::Value = serde_json::from_slice(&scan.stdout).unwrap();
    let book = h.join("台账.xlsx");
    let out = mzctl(h).args(["--db", &db, "-q", "--format", "xlsx", "systems", "scan", "--as-of", as_of]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    std::fs::write(&book, &out.stdout).unwrap();
    let read = openpyxl(
        r#"
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
reg, summary = wb.worksheets
rows = list(reg.iter_rows(values_only=False))
head = [c.value for c in rows[0]]
body = [{h: (c.value if not hasattr(c.value, 'isoformat') else c.value.date().isoformat(), c.data_type, c.number_format) for h, c in zip(head, r)} for r in rows[1:]]
print(json.dumps({"sheets": wb.sheetnames, "head": head, "body": body, "frozen": reg.freeze_panes, "filter": reg.auto_filter.ref,
    "summary": {r[0].value: r[1].value for r in summary.iter_rows(min_row=2)}}, ensure_ascii=False, default=str))
"#,
        &[book.to_str().unwrap()],
    );
    let head: Vec<&str> = read["head"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
    assert_eq!(&head[..7], ["名称", "功能", "使用范围", "使用频度（月均访问次数）", "审批部门", "审批时间", "经费来源"]);
    assert!(head.contains(&"年运维费用(元)") && head.contains(&"判定") && head.contains(&"清理进度"), "{head:?}");
    assert_eq!(read["frozen"], "A2");
    let systems = scan["systems"].as_array().unwrap();
    let body = read["body"].as_array().unwrap();
    assert_eq!(body.len(), systems.len(), "one row per scanned system");
    for (row, s) in body.iter().zip(systems) {
        assert_eq!(row["系统编号"][0], s["system"], "the scan's order");
        assert!(!row["功能"][0].as_str().unwrap_or("").is_empty(), "the seed states each system's function: {row}");
        assert_eq!(row["审批时间"][1], "d", "approval date is a date cell: {row}");
        assert_eq!(row["年运维费用(元)"][1], "n", "cost is a number: {row}");
        assert_eq!(row["年运维费用(元)"][2], "#,##0.00");
        assert_eq!(row["vCPU"][1], "n");
        let verdict = match s["state"].as_str().unwrap() {
            "zombie" => "僵尸",
            "idle" => "闲置",
            _ => "在用",
        };
        assert_eq!(row["判定"][0], verdict);
        assert_eq!(row["评分"][0], s["score"]);
    }
    let summary = &read["summary"];
    for (label, state) in [("在用系统", "active"), ("闲置系统", "idle"), ("僵尸系统", "zombie")] {
        assert_eq!(summary[label], scan["counts"][state], "{label}");
    }
    assert_eq!(
        summary["可节省年运维费用(元)"].as_f64().unwrap(),
        scan["reclaimable"]["annual_cost"].as_str().unwrap().parse::<f64>().unwrap()
    );
    // CSV keeps the canonical column names scripts read.
    let csv = mzctl(h).args(["--db", &db, "-q", "--format", "csv", "systems", "scan", "--as-of", as_of]).output().unwrap();
    let csv = String::from_utf8(csv.stdout).unwrap();
    assert!(csv.starts_with("name,purpose,scope,visits_per_month,approved_by,approved_on,funding_source,system,"), "{csv}");
    assert_eq!(csv.lines().count(), systems.len() + 1);
}

/// Every workbook under a folder (and its subfolders), read back with openpyxl: sheets, the
/// list's headers and rows as text, its summary's total, the types of its key cells.
const READ_LISTS: &str = r#"
import glob, json, os, sys, openpyxl
root = sys.argv[1]
out = {}
for path in sorted(glob.glob(os.path.join(root, '**', '*.xlsx'), recursive=True)):
    wb = openpyxl.load_workbook(path)
    ws = wb['清单']
    rows = list(ws.iter_rows(min_row=2))
    summary = {r[0]: r[2] for r in wb['汇总'].iter_rows(min_row=2, values_only=True)}
    out[os.path.relpath(path, root)] = {
        'sheets': wb.sheetnames, 'head': [c.value for c in ws[1]], 'total': summary.get('合计'),
        'rows': [['' if c.value is None else str(c.value) for c in r] for r in rows],
        'key_types': sorted({r[7].data_type for r in rows if r[7].value is not None}),
        'line_types': sorted({r[10].data_type for r in rows if r[10].value is not None}),
    }
print(json.dumps(out, ensure_ascii=False))
"#;

/// A seeded city's run split by district and by street, on every backend: each finding in
/// exactly one workbook, with its district, street, person and line; names masked unless
/// --unmask, which is audited.
#[test]
fn work_lists_by_district_and_street_name_the_street_and_the_person() {
    let home = support::tempdir();
    let h = home.path();
    for (db, _keep) in support::backends(h, "st.db") {
        let city = h.join(format!("city{}", db.len()));
        mzctl(h)
            .args(["--db", &db, "seed", "-q", "--yes", "--into-db", "--people", "20000", "--defects", "0.05", "--systems", "0"])
            .args(["--seed", "7", "--as-of", "2026-06-30", "--out"])
            .arg(&city)
            .assert()
            .success();
        mzctl(h).args(["--db", &db, "-q", "check", "run", "--as-of", "2026-06-30", "--fail-on", "never"]).assert().success();
        let json = |args: &[&str]| -> Vec<serde_json::Value> {
            let out = mzctl(h).args(["--db", &db, "--json", "check", "findings"]).args(args).output().unwrap();
            assert!(out.status.success(), "{db} {args:?}: {}", String::from_utf8_lossy(&out.stderr));
            serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap().as_array().unwrap().clone()
        };
        let masked = json(&[]);
        let whole = json(&["--unmask"]);
        let total = whole.len();
        assert!(total > 1000, "{db}: {total}");
        // The new columns come after the ones scripts already read.
        let csv = mzctl(h).args(["--db", &db, "--format", "csv", "check", "findings", "--limit", "1"]).output().unwrap();
        let csv = String::from_utf8(csv.stdout).unwrap();
        assert!(csv.starts_with("rule,severity,table,key,field,value,message,region_code,district,street,name,line\n"), "{csv}");
        let named = |list: &[serde_json::Value], masked: bool| {
            list.iter().filter_map(|f| f["name"].as_str()).filter(|n| n.chars().count() > 1).all(|n| n.contains('*') == masked)
        };
        assert!(named(&masked, true) && named(&whole, false), "{db}: names masked unless --unmask");
        // People findings in Guangzhou's districts name their street (the seed's addresses do).
        let gz: Vec<_> = whole.iter().filter(|f| f["table"] == "people" && f["district"].as_str().unwrap().starts_with("4401")).collect();
        let with_street = gz.iter().filter(|f| f["street"] != "").count();
        assert!(with_street * 10 >= gz.len() * 9, "{db}: {with_street} of {} name a street", gz.len());
        assert!(gz.iter().all(|f| f["name"] != "" || f["rule"] == "person.name_missing" || f["line"].is_u64()), "{db}");

        let lists = |by: &str, unmask: bool| -> serde_json::Value {
            let dir = h.join(format!("{by}{unmask}{}", db.len()));
            let mut cmd = mzctl(h);
            cmd.args(["--db", &db, "--json", "check", "findings", "--split-by", by, "--out"]).arg(&dir);
            if unmask {
                cmd.arg("--unmask");
            }
            let out = cmd.output().unwrap();
            assert!(out.status.success(), "{db}: {}", String::from_utf8_lossy(&out.stderr));
            let written: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
            let n: u64 = written.as_array().unwrap().iter().map(|w| w["findings"].as_u64().unwrap()).sum();
            assert_eq!(n as usize, total, "{db}: the counts printed add up to the run");
            openpyxl(READ_LISTS, &[dir.to_str().unwrap()])
        };
        // The rows of all the workbooks, as (rule, table, key, field, value, message), sorted.
        let rows_of = |read: &serde_json::Value| {
            let mut all: Vec<Vec<String>> = Vec::new();
            for (name, f) in read.as_object().unwrap() {
                let rows = f["rows"].as_array().unwrap();
                assert_eq!(f["sheets"], serde_json::json!(["汇总", "清单"]), "{name}");
                assert_eq!(
                    f["head"].as_array().unwrap()[..3],
                    [serde_json::json!("所属区县"), "街道(乡镇)".into(), "姓名".into()],
                    "{name}"
                );
                assert_eq!(f["total"].as_u64(), Some(rows.len() as u64), "{name}: the summary counts the list");
                assert!(f["key_types"] == serde_json::json!(["s"]), "{name}: keys are text cells: {}", f["key_types"]);
                assert!(f["line_types"].as_array().unwrap().iter().all(|t| t == "n"), "{name}: lines are numbers");
                for r in rows {
                    let r: Vec<String> = r.as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_string()).collect();
                    all.push([3, 6, 7, 8, 9, 5].iter().map(|&i| r[i].clone()).collect());
                }
            }
            all.sort();
            all
        };
        let by_district = lists("district", false);
        let files = by_district.as_object().unwrap();
        for (name, f) in files {
            assert!(!name.contains('/') && name.starts_with("工作清单_"), "{name}");
            let rows = f["rows"].as_array().unwrap();
            let districts: std::collections::BTreeSet<_> = rows.iter().map(|r| r[0].as_str().unwrap()).collect();
            assert_eq!(districts.len(), 1, "{name}: one district per workbook");
            assert!(rows.iter().all(|r| r[2].as_str().unwrap().chars().count() < 2 || r[2].as_str().unwrap().contains('*')), "{name}");
        }
        assert_eq!(rows_of(&by_district).len(), total, "{db}");

        let by_street = lists("street", true);
        for (name, f) in by_street.as_object().unwrap() {
            let (folder, file) = name.split_once('/').unwrap_or_else(|| panic!("{name}: a folder per district"));
            assert!(file.starts_with(&format!("工作清单_{folder}_")), "{name}");
            let rows = f["rows"].as_array().unwrap();
            let groups: std::collections::BTreeSet<_> = rows.iter().map(|r| (r[0].as_str().unwrap(), r[1].as_str().unwrap())).collect();
            assert_eq!(groups.len(), 1, "{name}: one street per workbook");
            let (_, street) = groups.into_iter().next().unwrap();
            assert!(file.ends_with(&format!("_{}.xlsx", if street.is_empty() { "未识别街道" } else { street })), "{name}");
        }
        let mut expected: Vec<Vec<String>> = whole
            .iter()
            .map(|f| ["rule", "table", "key", "field", "value", "message"].iter().map(|k| f[*k].as_str().unwrap().to_string()).collect())
            .collect();
        expected.sort();
        assert_eq!(rows_of(&by_street), expected, "{db}: every finding in exactly one street's workbook");
        let audit = mzctl(h).args(["--db", &db, "--json", "audit", "list"]).output().unwrap();
        let audit = String::from_utf8_lossy(&audit.stdout);
        assert!(audit.contains(&format!("\"findings.unmasked\": {total}")), "{db}: {audit}");
    }
}
