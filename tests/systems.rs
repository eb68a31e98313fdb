//! `mzctl systems …` through the real binary, the same story on SQLite and PostgreSQL: the
//! seeded inventory imported, its logs ingested, the scan finding the seeded zombies, the
//! retirement workflow in order, the report's numbers; real-format fixture logs counted
//! exactly; the register verbs.
use crate::support::{self, mzctl};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;

const AS_OF: &str = "2026-11-20";

fn json(out: &[u8]) -> Value {
    serde_json::from_slice(out).unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(out)))
}

fn sys(home: &Path, db: &str, args: &[&str]) -> assert_cmd::assert::Assert {
    mzctl(home).args(["--db", db, "-q", "systems"]).args(args).assert()
}

fn ok(home: &Path, db: &str, args: &[&str]) -> Value {
    let mut all = args.to_vec();
    all.push("--json");
    json(&sys(home, db, &all).success().get_output().stdout)
}

fn stderr(a: assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&a.get_output().stderr).into_owned()
}

/// Seed 12 systems with logs; returns the manifest's intended states.
fn seed(home: &Path, out: &Path) -> BTreeMap<String, String> {
    mzctl(home)
        .args(["seed", "-q", "--yes", "--people", "20", "--systems", "12", "--seed", "3", "--as-of", AS_OF, "--out"])
        .arg(out)
        .assert()
        .success();
    let manifest: Value = json(&std::fs::read(out.join("manifest.json")).unwrap());
    manifest["systems"].as_object().unwrap().iter().map(|(k, v)| (k.clone(), v.as_str().unwrap().to_string())).collect()
}

fn story(home: &Path, db: &str) {
    let out = home.join("seed");
    let intended = seed(home, &out);
    let csv = out.join("systems.csv");
    let csv = csv.to_str().unwrap();
    let first = ok(home, db, &["import", csv]);
    assert_eq!((first["inserted"].as_u64(), first["rejected"].as_u64()), (Some(12), Some(0)));
    assert_eq!(ok(home, db, &["import", csv])["unchanged"], 12, "importing again changes nothing");
    assert_eq!(ok(home, db, &["list"]).as_array().unwrap().len(), 12);

    for id in intended.keys() {
        let log = out.join(format!("logs/{id}.log"));
        let r = ok(home, db, &["activity", "ingest", id, log.to_str().unwrap()]);
        assert_eq!(r["days"], 120, "{id}: every day of the log is kept");
        assert_eq!(r["malformed"], 0);
    }
    let scan = ok(home, db, &["scan", "--as-of", AS_OF]);
    let states: BTreeMap<String, String> = scan["systems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["system"].as_str().unwrap().to_string(), s["state"].as_str().unwrap().to_string()))
        .collect();
    assert_eq!(states, intended, "the scan finds the seeded states");
    let zombies: Vec<&Value> = scan["systems"].as_array().unwrap().iter().filter(|s| s["state"] == "zombie").collect();
    assert!(!zombies.is_empty());
    for z in &zombies {
        let reasons: Vec<&str> = z["reasons"].as_array().unwrap().iter().map(|r| r["criterion"].as_str().unwrap()).collect();
        assert!(reasons.contains(&"no_visits") && reasons.contains(&"never_visited"), "{z}");
        let missing = z["missing"].to_string();
        assert!(missing.contains("no_data_update") && missing.contains("probe_failing"), "{missing}");
    }

    // A recorded data update is a signal: an old one counts against the system.
    let active = intended.iter().find(|(_, s)| *s == "active").map(|(id, _)| id.clone()).unwrap();
    ok(home, db, &["activity", "record", &active, "--kind", "data_update", "--at", "2026-01-05"]);
    let scan2 = ok(home, db, &["scan", "--as-of", AS_OF]);
    let a = scan2["systems"].as_array().unwrap().iter().find(|s| s["system"] == active.as_str()).unwrap().clone();
    assert!(a["reasons"].to_string().contains("last data update 2026-01-05"), "{a}");
    assert_eq!(a["previous"], "active");

    // A worse policy makes states worsen, and the scan says so.
    let strict = home.join("strict.toml");
    std::fs::write(&strict, "idle_score = 1\nzombie_score = 2\n").unwrap();
    let scan3 = ok(home, db, &["scan", "--as-of", AS_OF, "--policy", strict.to_str().unwrap()]);
    assert!(scan3["worsened"].as_array().unwrap().iter().any(|w| w == active.as_str()), "{}", scan3["worsened"]);
    ok(home, db, &["scan", "--as-of", AS_OF]);

    // The report: counts per state and what the idle and zombie systems hold.
    let report = ok(home, db, &["report", "--by", "state"]);
    let total = &report["total"];
    let count = |s: &str| intended.values().filter(|v| *v == s).count() as i64;
    assert_eq!(
        (total["systems"].as_i64(), total["zombie"].as_i64(), total["idle"].as_i64(), total["active"].as_i64()),
        (Some(12), Some(count("zombie")), Some(count("idle")), Some(count("active")))
    );
    let list = ok(home, db, &["list"]);
    let held = |ids: &[&str], field: &str| -> i64 {
        list.as_array().unwrap().iter().filter(|s| ids.contains(&s["id"].as_str().unwrap())).map(|s| s[field].as_i64().unwrap()).sum()
    };
    let idle_or_zombie: Vec<&str> = intended.iter().filter(|(_, s)| *s != "active").map(|(id, _)| id.as_str()).collect();
    assert_eq!(total["reclaimable"]["vcpu"].as_i64(), Some(held(&idle_or_zombie, "vcpu")));
    assert_eq!(total["reclaimable"]["storage_gb"].as_i64(), Some(held(&idle_or_zombie, "storage_gb")));
    assert_eq!(total["reclaimed"]["vcpu"], 0);

    // Retirement: in order, dated, with people; no skipping.
    let z = zombies[0]["system"].as_str().unwrap().to_string();
    let err = stderr(sys(home, db, &["retire", &z, "--step", "offline", "--yes"]).code(2));
    assert!(err.contains("the next step is suspected"), "{err}");
    let err = stderr(sys(home, db, &["retire", &z]).code(2));
    assert!(err.contains("--yes"), "off a terminal without --yes: {err}");
    let r = ok(home, db, &["retire", &z, "--yes", "--on", "2026-11-21", "--by", "陈科长", "--note", "scan 1"]);
    assert_eq!((r["recorded"]["step"].as_str(), r["next"].as_str()), (Some("suspected"), Some("confirmed")));
    let err = stderr(sys(home, db, &["retire", &z, "--yes", "--on", "2026-11-20", "--by", "周局长"]).code(2));
    assert!(err.contains("before suspected"), "{err}");
    ok(
        home,
        db,
        &["retire", &z, "--yes", "--step", "confirmed", "--on", "2026-11-22", "--by", "周局长", "--note", "局长办公会纪要〔2026〕12号"],
    );
    ok(home, db, &["retire", &z, "--yes", "--on", "2026-11-22", "--by", "运维组"]);
    assert!(stderr(sys(home, db, &["retire", &z, "--yes", "--by", "运维组"]).code(2)).contains("--data"));
    let r = ok(home, db, &["retire", &z, "--yes", "--by", "档案室", "--data", "archived", "--where", "市档案馆 2026-A-031"]);
    assert_eq!(r["recorded"]["detail"], "archived: 市档案馆 2026-A-031");
    let dry = ok(home, db, &["retire", &z, "--dry-run", "--by", "云平台"]);
    assert_eq!((dry["dry_run"].as_bool(), dry["recorded"]["step"].as_str()), (Some(true), Some("released")));
    ok(home, db, &["retire", &z, "--yes", "--by", "云平台"]);
    let r = ok(home, db, &["retire", &z, "--yes", "--by", "周局长"]);
    let steps: Vec<&str> = r["steps"].as_array().unwrap().iter().map(|s| s["step"].as_str().unwrap()).collect();
    assert_eq!(steps, ["suspected", "confirmed", "offline", "data", "released", "retired"]);
    assert!(r["next"].is_null());
    assert!(stderr(sys(home, db, &["retire", &z, "--yes"]).code(2)).contains("retired already"));
    let shown = ok(home, db, &["show", &z]);
    assert_eq!((shown["system"]["state"].as_str(), shown["retirement"].as_array().map(Vec::len)), (Some("retired"), Some(6)));
    assert_eq!(ok(home, db, &["list", "--state", "retired"]).as_array().unwrap().len(), 1);
    let report = ok(home, db, &["report", "--by", "department"]);
    assert_eq!(report["total"]["reclaimed"]["vcpu"].as_i64(), Some(held(&[z.as_str()], "vcpu")));
    assert_eq!(report["total"]["reclaimable"]["vcpu"].as_i64(), Some(held(&idle_or_zombie, "vcpu") - held(&[z.as_str()], "vcpu")));

    // The fixture logs, exactly; the .gz and stdin read the same.
    let portal = support::repo_path("fixtures/logs/portal-access.log");
    let r = ok(home, db, &["activity", "ingest", &active, portal.to_str().unwrap()]);
    let counts: Vec<i64> = ["lines", "counted", "probes", "agents", "static_assets", "malformed", "days", "users"]
        .iter()
        .map(|k| r[k].as_i64().unwrap())
        .collect();
    assert_eq!(counts, [16, 6, 4, 3, 2, 1, 2, 3]);
    assert_eq!(r["last_access"], "2026-11-03T09:42:10Z");
    let days: Vec<(i64, i64, usize)> = r["per_day"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| (d["requests"].as_i64().unwrap(), d["clients"].as_i64().unwrap(), d["users"].as_array().unwrap().len()))
        .collect();
    assert_eq!(days, [(3, 3, 2), (3, 2, 2)]);
    let gz = ok(
        home,
        db,
        &["activity", "ingest", &active, support::repo_path("fixtures/logs/portal-access.log.gz").to_str().unwrap(), "--dry-run"],
    );
    assert_eq!(gz["per_day"], r["per_day"]);
    let stdin = mzctl(home)
        .args(["--db", db, "-q", "--json", "systems", "activity", "ingest", &active, "-", "-n"])
        .pipe_stdin(&portal)
        .unwrap()
        .assert()
        .success();
    assert_eq!(json(&stdin.get_output().stdout)["per_day"], r["per_day"]);
    let common = ok(
        home,
        db,
        &[
            "activity",
            "ingest",
            &active,
            support::repo_path("fixtures/logs/legacy-common.log").to_str().unwrap(),
            "-n",
            "--exclude-path",
            "/query.do",
        ],
    );
    assert_eq!((common["counted"].as_i64(), common["probes"].as_i64(), common["static_assets"].as_i64()), (Some(1), Some(2), Some(1)));
}

fn register(home: &Path, db: &str) {
    let added = ok(
        home,
        db,
        &[
            "add",
            "mzj-oa",
            "--name",
            "民政局协同办公系统",
            "--department",
            "办公室",
            "--tags",
            "办公；公文",
            "--urls",
            "http://127.0.0.1:8080/",
            "--set",
            "vcpu=4",
            "--set",
            "annual_cost=12,000",
        ],
    );
    assert_eq!(
        (added["system"]["tags"].as_str(), added["system"]["annual_cost"].as_str(), added["system"]["vcpu"].as_i64()),
        (Some("办公;公文"), Some("12000.00"), Some(4))
    );
    assert!(stderr(sys(home, db, &["add", "mzj-oa", "--name", "x", "--department", "y"]).code(1)).contains("registered already"));
    assert!(stderr(sys(home, db, &["add", "other", "--department", "y"]).code(2)).contains("missing --name"));
    assert!(stderr(sys(home, db, &["add", "Bad Id", "--name", "x", "--department", "y"]).code(2)).contains("not a slug"));
    assert!(stderr(sys(home, db, &["add", "x2", "--name", "x", "--department", "y", "--set", "mlps_level=6"]).code(2)).contains("1-5"));
    let edited =
        ok(home, db, &["edit", "mzj-oa", "--set", "owner=王科长", "--set", "contract_end=2025年6月30日", "--set", "mlps_level=第三级"]);
    assert_eq!(edited["changed"], serde_json::json!(["owner", "contract_end", "mlps_level"]));
    assert_eq!((edited["system"]["contract_end"].as_str(), edited["system"]["mlps_level"].as_str()), (Some("2025-06-30"), Some("3")));
    assert!(stderr(sys(home, db, &["edit", "mzj-oa", "--set", "colour=red"]).code(2)).contains("no field"));
    assert!(stderr(sys(home, db, &["edit", "nope", "--set", "owner=x"]).code(2)).contains("no system"));
    let dry = ok(home, db, &["edit", "mzj-oa", "--set", "owner=李科长", "-n"]);
    assert_eq!(dry["dry_run"], true);
    assert_eq!(ok(home, db, &["show", "mzj-oa"])["system"]["owner"], "王科长");
    assert_eq!(ok(home, db, &["list", "--department", "办公室"]).as_array().unwrap().len(), 1);
    assert!(stderr(sys(home, db, &["list", "--state", "gone"]).code(2)).contains("unknown state"));
    // Chinese headers through the import engine.
    let zh = home.join("zh.csv");
    std::fs::write(&zh, "系统编号,系统名称,主管部门,承建单位,等保级别,上线时间,运维合同到期,年运维费用(元)\nlaoling,高龄津贴发放系统,养老服务处,信达系统集成有限公司,二级,2015/3/1,2024-12-31,\"8,400\"\nbad id,x,y,z,,,,\n").unwrap();
    let imported = json(&sys(home, db, &["import", zh.to_str().unwrap(), "--json"]).code(3).get_output().stdout);
    assert_eq!((imported["inserted"].as_i64(), imported["rejected"].as_i64()), (Some(1), Some(1)));
    let laoling = ok(home, db, &["show", "laoling"]);
    assert_eq!(
        (laoling["system"]["go_live"].as_str(), laoling["system"]["mlps_level"].as_str(), laoling["system"]["annual_cost"].as_str()),
        (Some("2015-03-01"), Some("2"), Some("8400.00"))
    );
    assert!(stderr(sys(home, db, &["activity", "record", "laoling", "--kind", "login", "--at", "2026-11-01", "--count", "0"]).code(2))
        .contains("at least 1"));
    let rec = ok(home, db, &["activity", "record", "laoling", "--kind", "login", "--at", "2026-11-01T09:00:00+08:00", "--count", "3"]);
    assert_eq!((rec["day"].as_str(), rec["count"].as_i64()), (Some("2026-11-01"), Some(3)));
    assert_eq!(ok(home, db, &["show", "laoling"])["activity"]["last_login"], "2026-11-01T01:00:00Z");
}

/// A throwaway HTTP server on loopback that answers every request 200, for the life of the test
/// binary; and a loopback port that nothing listens on.
fn http_server() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut s) = stream else { continue };
            let mut buf = [0u8; 1024];
            let _ = std::io::Read::read(&mut s, &mut buf);
            let _ = std::io::Write::write_all(&mut s, b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
        }
    });
    port
}

/// The same over TLS, with the certificate in fixtures/tls (expires 2036-11-20T19:56:55Z).
fn https_server() -> u16 {
    use rustls::pki_types::pem::PemObject;
    use rustls::pki_types::{CertificateDer, PrivateKeyDer};
    let certs: Vec<CertificateDer<'static>> =
        CertificateDer::pem_file_iter(support::repo_path("fixtures/tls/cert.pem")).unwrap().map(Result::unwrap).collect();
    let key = PrivateKeyDer::from_pem_file(support::repo_path("fixtures/tls/key.pem")).unwrap();
    let config = rustls::ServerConfig::builder_with_provider(std::sync::Arc::new(rustls::crypto::ring::default_provider()))
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .unwrap();
    let config = std::sync::Arc::new(config);
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut tcp) = stream else { continue };
            let Ok(mut conn) = rustls::ServerConnection::new(config.clone()) else {
                continue;
            };
            let mut tls = rustls::Stream::new(&mut conn, &mut tcp);
            let mut buf = [0u8; 1024];
            let _ = std::io::Read::read(&mut tls, &mut buf);
            let _ = std::io::Write::write_all(&mut tls, b"HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n");
            conn.send_close_notify();
            let _ = conn.complete_io(&mut tcp);
        }
    });
    port
}

fn closed_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

fn probe(home: &Path, db: &str) {
    let (up, secure, down) = (http_server(), https_server(), closed_port());
    ok(
        home,
        db,
        &[
            "add",
            "web",
            "--name",
            "门户",
            "--department",
            "办公室",
            "--urls",
            &format!("http://127.0.0.1:{up}/health;https://127.0.0.1:{secure}/"),
            "--hosts",
            &format!("127.0.0.1:{up}"),
        ],
    );
    ok(home, db, &["add", "dead", "--name", "旧系统", "--department", "办公室", "--hosts", &format!("127.0.0.1:{down}")]);
    ok(home, db, &["add", "blank", "--name", "无地址", "--department", "办公室"]);
    let out = sys(home, db, &["probe", "web", "dead", "--timeout", "2", "--json"]).code(3);
    let r = json(&out.get_output().stdout);
    assert_eq!((r["up"].as_i64(), r["down"].as_i64()), (Some(1), Some(1)));
    let web = &r["systems"][0];
    assert_eq!((web["system"].as_str(), web["ok"].as_bool()), (Some("web"), Some(true)));
    assert_eq!((web["targets"][0]["check"].as_str(), web["targets"][0]["status"].as_i64()), (Some("http"), Some(200)));
    let tls = &web["targets"][1];
    assert_eq!(
        (tls["check"].as_str(), tls["status"].as_i64(), tls["cert_expires"].as_str()),
        (Some("https"), Some(204), Some("2036-11-20T19:56:55Z")),
        "{tls}"
    );
    assert_eq!((web["targets"][2]["check"].as_str(), web["targets"][2]["ok"].as_bool()), (Some("tcp"), Some(true)));
    let dead = &r["systems"][1];
    assert_eq!((dead["ok"].as_bool(), dead["targets"][0]["ok"].as_bool()), (Some(false), Some(false)));
    assert!(dead["targets"][0]["error"].as_str().unwrap().to_lowercase().contains("refused"), "{dead}");
    assert_eq!(ok(home, db, &["show", "web"])["activity"]["last_probe"], "2026-11-23T02:00:00Z");
    // --all: everything with an address; the rest named.
    let all = sys(home, db, &["probe", "--all", "--timeout", "2", "--json", "-n"]).code(3);
    assert!(String::from_utf8_lossy(&all.get_output().stderr).contains("blank: no URL or host to probe"));
    sys(home, db, &["probe"]).code(2);
    // Probed today: not yet failing for 7 days, and no longer a missing signal.
    let scan = ok(home, db, &["scan"]);
    let dead = scan["systems"].as_array().unwrap().iter().find(|s| s["system"] == "dead").unwrap();
    assert!(!dead["missing"].to_string().contains("probe_failing") && !dead["reasons"].to_string().contains("probe_failing"), "{dead}");
}

#[test]
fn systems_on_sqlite() {
    let dir = support::tempdir();
    let db = format!("sqlite:{}", dir.path().join("m.db").display());
    story(dir.path(), &db);
    register(dir.path(), &db);
    probe(dir.path(), &db);
}

#[test]
fn systems_on_postgres() {
    let Some(pg) = support::pg() else { return };
    let dir = support::tempdir();
    story(dir.path(), &pg.url);
    register(dir.path(), &pg.url);
    probe(dir.path(), &pg.url);
}

#[test]
fn policy_show_prints_the_defaults_and_checks_files() {
    let dir = support::tempdir();
    let out = mzctl(dir.path()).args(["systems", "policy", "show"]).assert().success();
    let text = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(text.contains("zombie_score = 8") && text.contains("[no_visits]\ndays = 90"), "{text}");
    let bad = dir.path().join("bad.toml");
    std::fs::write(&bad, "zombie_score = \"high\"\n").unwrap();
    mzctl(dir.path()).args(["systems", "policy", "show", "--policy"]).arg(&bad).assert().code(2);
}
