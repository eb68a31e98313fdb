//! Offline verification with stale lists, end to end through the binary: a certificate revoked
//! after the revocation list was exported must not verify as valid when the list is past its
//! next update or older than `--max-age`; the verdict is UNKNOWN (exit 3), VALID only with
//! `--allow-stale` and saying so, and a revocation the list does carry is never hidden.
use crate::support::{self, mzctl};
use serde_json::Value;

/// The lists are exported on this day (10:00 China Standard Time, as `support::NOW`).
const EXPORTED: &str = "2026-11-23T10:00:00+08:00";
/// Two days later: within the revocation list's next update (2026-11-30) and 30 days.
const TWO_DAYS_LATER: &str = "2026-11-25T10:00:00+08:00";
/// Twelve weeks later: past both lists' next updates and 30 days.
const MONTHS_LATER: &str = "2027-02-15T10:00:00+08:00";

/// A home with a database, one issuer, two elder cards (payloads `a` and `b`), and the trust
/// and revocation lists exported on `EXPORTED` before anything was revoked. Then `a` is
/// revoked: `old.json` does not name it.
struct Setup {
    home: tempfile::TempDir,
    db: String,
    a: String,
    b: String,
    a_id: String,
}

fn mz(s: &Setup, now: &str, args: &[&str]) -> std::process::Output {
    mzctl(s.home.path()).current_dir(s.home.path()).env("MZCTL_NOW", now).arg("--db").arg(&s.db).args(args).output().unwrap()
}

fn ok(s: &Setup, now: &str, args: &[&str]) -> String {
    let out = mz(s, now, args);
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

fn setup() -> Setup {
    let home = support::tempdir();
    let db = format!("sqlite:{}/m.db", home.path().display());
    let mut s = Setup { home, db, a: String::new(), b: String::new(), a_id: String::new() };
    #[rustfmt::skip]
    ok(&s, EXPORTED, &["seed", "-q", "--into-db", "--people", "1500", "--seed", "8", "--defects", "0", "--as-of", "2026-06-30", "--systems", "0"]);
    #[rustfmt::skip]
    ok(&s, EXPORTED, &["cert", "issuer", "init", "-q", "--name", "广州市民政局", "--uscc", "11440100MB2C92151Y", "--region", "440100"]);
    #[rustfmt::skip]
    ok(&s, EXPORTED, &["cert", "issue", "-q", "--type", "elder-card", "--eligible", "--limit", "2"]);
    let listed: Value = serde_json::from_str(&ok(&s, EXPORTED, &["--json", "cert", "list"])).unwrap();
    let payload = |id: &str| {
        let shown: Value = serde_json::from_str(&ok(&s, EXPORTED, &["--json", "cert", "show", id])).unwrap();
        shown["payload"].as_str().unwrap().to_string()
    };
    let ids: Vec<String> = listed.as_array().unwrap().iter().map(|c| c["identifier"].as_str().unwrap().to_string()).collect();
    assert_eq!(ids.len(), 2);
    (s.a, s.b) = (payload(&ids[0]), payload(&ids[1]));
    s.a_id = ids[0].clone();
    #[rustfmt::skip]
    ok(&s, EXPORTED, &["cert", "trust", "export", "-q", "--out", "trust.json"]);
    #[rustfmt::skip]
    ok(&s, EXPORTED, &["cert", "revocations", "export", "-q", "--out", "old.json"]);
    #[rustfmt::skip]
    ok(&s, EXPORTED, &["cert", "revoke", "-q", "--yes", &s.a_id, "--reason", "持证人申请注销"]);
    s
}

/// `cert verify --json` at `now`: exit code, verdict, stderr.
fn verify(s: &Setup, now: &str, args: &[&str]) -> (i32, Value, String) {
    let out = mz(s, now, &[&["--json", "cert", "verify"], args].concat());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!("{args:?}: not JSON ({e}): {}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr))
    });
    (out.status.code().unwrap(), v, String::from_utf8(out.stderr).unwrap())
}

/// `cert verify` as a person reads it: exit code and stdout.
fn verify_text(s: &Setup, now: &str, args: &[&str]) -> (i32, String) {
    let out = mz(s, now, &[&["cert", "verify"], args].concat());
    (out.status.code().unwrap(), String::from_utf8(out.stdout).unwrap())
}

fn field<'a>(text: &'a str, name: &str) -> &'a str {
    text.lines().find_map(|l| l.strip_prefix(&format!("{name}\t"))).unwrap_or_else(|| panic!("no {name} in:\n{text}"))
}

#[test]
fn a_revocation_list_past_its_next_update_gives_unknown_not_valid() {
    let s = setup();
    // A trust list exported on the day of verification: only the revocation list is old.
    ok(&s, MONTHS_LATER, &["cert", "trust", "export", "-q", "--out", "trust-new.json"]);
    let args = [s.a.as_str(), "--trust", "trust-new.json", "--revocations", "old.json"];
    let (code, v, _) = verify(&s, MONTHS_LATER, &args);
    assert_eq!(code, 3, "{v:#}");
    assert_eq!(v["result"], "unknown");
    assert_eq!(v["valid"], false);
    assert_eq!(v["reason"], "revocation-list-stale");
    let detail = v["detail"].as_str().unwrap();
    for part in ["广州市民政局 11440100MB2C92151Y", "dated 2026-11-23", "next update 2026-11-30", "84d old"] {
        assert!(detail.contains(part), "{part:?} not in {detail:?}");
    }
    assert_eq!(v["stale"].as_array().unwrap().len(), 1, "{v:#}");
    assert_eq!(v["stale"][0]["list"], "revocations");
    assert_eq!(v["stale"][0]["past_next_update"], true);
    assert_eq!(v["stale_accepted"], false);
    let (code, text) = verify_text(&s, MONTHS_LATER, &args);
    assert_eq!(code, 3);
    assert_eq!(field(&text, "result"), "UNKNOWN: revocation list stale");
    assert!(field(&text, "detail").contains("past its next update 2026-11-30"));
    // The same for a certificate nobody revoked: the list cannot vouch for it either.
    let args = [s.b.as_str(), "--trust", "trust-new.json", "--revocations", "old.json"];
    let (code, v, _) = verify(&s, MONTHS_LATER, &args);
    assert_eq!((code, v["reason"].as_str()), (3, Some("revocation-list-stale")));
}

#[test]
fn allow_stale_gives_valid_and_says_the_list_was_stale() {
    let s = setup();
    let args = [s.a.as_str(), "--trust", "trust.json", "--revocations", "old.json", "--allow-stale"];
    let (code, v, stderr) = verify(&s, MONTHS_LATER, &args);
    assert_eq!(code, 0, "{v:#}");
    assert_eq!(v["result"], "valid");
    assert_eq!(v["valid"], true);
    assert_eq!(v["stale_accepted"], true);
    let lists: Vec<&str> = v["stale"].as_array().unwrap().iter().map(|s| s["list"].as_str().unwrap()).collect();
    assert_eq!(lists, ["revocations", "trust"]);
    let detail = v["detail"].as_str().unwrap();
    assert!(detail.starts_with("accepted because of --allow-stale: the revocation list of 广州市民政局"), "{detail}");
    assert!(stderr.contains("accepted because of --allow-stale"), "{stderr}");
    let (code, text) = verify_text(&s, MONTHS_LATER, &args);
    assert_eq!(code, 0);
    assert_eq!(field(&text, "result"), "VALID");
    assert!(field(&text, "detail").starts_with("accepted because of --allow-stale"));
    assert_eq!(field(&text, "revocation"), "checked against a STALE list, accepted because of --allow-stale");
    assert!(field(&text, "freshness").starts_with("STALE on 2027-02-15T02:00:00Z"));
}

#[test]
fn a_fresh_list_gives_valid_and_says_it_was_fresh() {
    let s = setup();
    let args = [s.b.as_str(), "--trust", "trust.json", "--revocations", "old.json"];
    let (code, v, stderr) = verify(&s, TWO_DAYS_LATER, &args);
    assert_eq!(code, 0, "{v:#} {stderr}");
    assert_eq!(v["result"], "valid");
    assert_eq!(v["stale"], Value::Array(vec![]));
    assert_eq!(v["stale_accepted"], false);
    assert_eq!(v["revocation_checked"], true);
    assert_eq!(v["lists_judged_at"], "2026-11-25T02:00:00Z");
    assert!(!stderr.contains("warning"), "{stderr}");
    let (code, text) = verify_text(&s, TWO_DAYS_LATER, &args);
    assert_eq!(code, 0);
    assert_eq!(field(&text, "result"), "VALID");
    assert_eq!(field(&text, "revocation"), "checked");
    assert_eq!(field(&text, "freshness"), "fresh on 2026-11-25T02:00:00Z");
}

#[test]
fn a_revocation_in_a_stale_list_is_still_revoked() {
    let s = setup();
    #[rustfmt::skip]
    ok(&s, EXPORTED, &["cert", "revocations", "export", "-q", "--out", "new.json"]);
    for extra in [&[][..], &["--allow-stale"][..]] {
        let args = [&[s.a.as_str(), "--trust", "trust.json", "--revocations", "new.json"][..], extra].concat();
        let (code, v, stderr) = verify(&s, MONTHS_LATER, &args);
        assert_eq!(code, 3, "{v:#}");
        assert_eq!(v["result"], "invalid");
        assert_eq!(v["reason"], "revoked");
        assert_eq!(v["stale_accepted"], false);
        // Stale, and said so, but the revocation it carries stands.
        assert_eq!(v["stale"][0]["list"], "revocations", "{v:#}");
        assert!(stderr.contains("the revocation list of 广州市民政局"), "{stderr}");
        let (code, text) = verify_text(&s, MONTHS_LATER, &args);
        assert_eq!(code, 3);
        assert_eq!(field(&text, "result"), "INVALID: revoked");
        assert_eq!(field(&text, "revocation"), "checked against a STALE list");
    }
}

#[test]
fn a_list_older_than_max_age_is_stale() {
    let s = setup();
    let base = [s.b.as_str(), "--trust", "trust.json", "--revocations", "old.json"];
    let with = |age: &'static str| [&base[..], &["--max-age", age]].concat();
    // Two days old, well within its next update: stale for a maximum age under two days.
    for (age, shown) in [("1d", "1d"), ("36h", "1d 12h"), ("47h", "1d 23h"), ("1w", "")] {
        let (code, v, _) = verify(&s, TWO_DAYS_LATER, &with(age));
        if !shown.is_empty() {
            assert_eq!(code, 3, "--max-age {age}: {v:#}");
            assert_eq!(v["reason"], "revocation-list-stale");
            assert_eq!(v["stale"][0]["over_max_age"], true);
            assert_eq!(v["stale"][0]["past_next_update"], false);
            assert!(v["detail"].as_str().unwrap().contains(&format!("2d old, over --max-age {shown}")));
        } else {
            assert_eq!(code, 0, "--max-age {age}: {v:#}");
            assert_eq!(v["result"], "valid");
        }
    }
    // Exactly its age is not older than it.
    let (code, _, _) = verify(&s, TWO_DAYS_LATER, &with("48h"));
    assert_eq!(code, 0);
    let (code, v, _) = verify(&s, TWO_DAYS_LATER, &[&with("1d")[..], &["--allow-stale"]].concat());
    assert_eq!((code, &v["stale_accepted"]), (0, &Value::Bool(true)));
    // A span that is not one is a usage error.
    for bad in ["30", "30x", "-1d", "天"] {
        let out = mz(&s, TWO_DAYS_LATER, &[&["cert", "verify"], &with(bad)[..]].concat());
        assert_eq!(out.status.code(), Some(2), "--max-age {bad}");
    }
}

#[test]
fn a_trust_list_older_than_max_age_is_stale() {
    let s = setup();
    // Revocation lists exported on the day of verification: only the trust list is old.
    for (now, file) in [("2026-12-20T10:00:00+08:00", "dec.json"), ("2027-01-10T10:00:00+08:00", "jan.json")] {
        #[rustfmt::skip]
        ok(&s, now, &["cert", "revocations", "export", "-q", "--out", file]);
    }
    let args = |file| [s.b.as_str(), "--trust", "trust.json", "--revocations", file];
    // 27 days old: fresh for the default 30 days, stale for two weeks.
    let dec = args("dec.json");
    let (code, v, _) = verify(&s, "2026-12-20T10:00:00+08:00", &dec);
    assert_eq!((code, &v["result"]), (0, &Value::from("valid")), "{v:#}");
    let (code, v, _) = verify(&s, "2026-12-20T10:00:00+08:00", &[&dec[..], &["--max-age", "2w"]].concat());
    assert_eq!(code, 3, "{v:#}");
    assert_eq!(v["reason"], "trust-list-stale");
    assert_eq!(v["trust_stale"], true);
    assert!(v["detail"].as_str().unwrap().starts_with("the trust list trust.json dated 2026-11-23 is 27d old, over --max-age 14d"));
    // 48 days old, past its next update (2026-12-23): stale by default.
    let jan = args("jan.json");
    let (code, v, _) = verify(&s, "2027-01-10T10:00:00+08:00", &jan);
    assert_eq!(code, 3, "{v:#}");
    assert_eq!(v["result"], "unknown");
    assert_eq!(v["reason"], "trust-list-stale");
    let (code, text) = verify_text(&s, "2027-01-10T10:00:00+08:00", &jan);
    assert_eq!(code, 3);
    assert_eq!(field(&text, "result"), "UNKNOWN: trust list stale");
    assert!(field(&text, "detail").contains("past its next update 2026-12-23"));
    let (code, v, _) = verify(&s, "2027-01-10T10:00:00+08:00", &[&jan[..], &["--allow-stale"]].concat());
    assert_eq!(code, 0, "{v:#}");
    assert_eq!(v["stale_accepted"], true);
    assert_eq!(v["stale"][0]["list"], "trust");
}

#[test]
fn lists_without_a_time_of_issue_count_from_the_start_of_their_day() {
    let s = setup();
    let dir = s.home.path();
    let mut trust: Value = serde_json::from_str(&std::fs::read_to_string(dir.join("trust.json")).unwrap()).unwrap();
    assert_eq!(trust["issued_at"], "2026-11-23T02:00:00Z");
    trust.as_object_mut().unwrap().remove("issued_at");
    std::fs::write(dir.join("trust-old.json"), trust.to_string()).unwrap();
    // At 13:00 the list written at 10:00 is 3 hours old; one without its time, 13 hours.
    let now = "2026-11-23T13:00:00+08:00";
    let (code, v, _) = verify(&s, now, &[s.b.as_str(), "--trust", "trust.json", "--max-age", "12h"]);
    assert_eq!(code, 0, "{v:#}");
    let (code, v, _) = verify(&s, now, &[s.b.as_str(), "--trust", "trust-old.json", "--max-age", "12h"]);
    assert_eq!(code, 3, "{v:#}");
    assert_eq!(v["stale"][0]["age"], "13h");
    assert_eq!(v["stale"][0]["issued_at"], "2026-11-22T16:00:00Z");
}

#[test]
fn the_day_judged_at_counts_when_it_is_later() {
    let s = setup();
    let args = [s.b.as_str(), "--trust", "trust.json", "--revocations", "old.json"];
    // Today the lists are fresh; on 2027-03-01 they will not be.
    let (code, v, _) = verify(&s, EXPORTED, &[&args[..], &["--at", "2027-03-01"]].concat());
    assert_eq!(code, 3, "{v:#}");
    assert_eq!(v["result"], "unknown");
    assert_eq!(v["lists_judged_at"], "2027-02-28T16:00:00Z");
    // An earlier day does not make stale lists fresh.
    let (code, v, _) = verify(&s, MONTHS_LATER, &[&args[..], &["--at", "2026-11-24"]].concat());
    assert_eq!(code, 3, "{v:#}");
    assert_eq!(v["lists_judged_at"], "2027-02-15T02:00:00Z");
}

#[test]
fn lists_from_the_database_are_never_stale() {
    let s = setup();
    for max_age in ["0h", "30d"] {
        let (code, v, _) = verify(&s, MONTHS_LATER, &[s.b.as_str(), "--max-age", max_age]);
        assert_eq!(code, 0, "{v:#}");
        assert_eq!(v["result"], "valid");
        assert_eq!(v["stale"], Value::Array(vec![]));
        assert_eq!(v["lists_judged_at"], Value::Null);
        let (code, v, _) = verify(&s, MONTHS_LATER, &[s.a.as_str(), "--max-age", max_age]);
        assert_eq!((code, &v["reason"]), (3, &Value::from("revoked")));
    }
}
