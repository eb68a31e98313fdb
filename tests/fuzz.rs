//! Bounded fuzzing in the test run: mutated CSV and XLSX files through the whole import, mutated
//! certificate payloads through the decoder, random passwords through every redaction. No
//! panics; counts that add up; no password shown. `MZCTL_FUZZ_SECS=600` runs each for longer.
use crate::support;
use mzctl::db::{self, DbUrl};
use mzctl::ops::import::{self, source::Input, ImportOptions};
use std::time::{Duration, Instant};

/// xorshift64*: deterministic per seed, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// The time each fuzz test runs: a second by default, `MZCTL_FUZZ_SECS` to say otherwise.
fn budget() -> Duration {
    Duration::from_secs_f64(std::env::var("MZCTL_FUZZ_SECS").ok().and_then(|s| s.parse().ok()).unwrap_or(1.0))
}

/// Flip, insert, delete, duplicate and truncate bytes, with CSV's and XML's own characters
/// favoured: quotes, line breaks, delimiters, NUL, angle brackets, multi-byte UTF-8.
fn mutate(rng: &mut Rng, base: &[u8]) -> Vec<u8> {
    const SPECIAL: &[&[u8]] = &[b"\"", b"\n", b"\r\n", b",", b"\0", b"<", b">", b"&", "号".as_bytes(), b"\xff", b"\t", b"=", b"X"];
    let mut out = base.to_vec();
    for _ in 0..1 + rng.below(8) {
        let at = rng.below(out.len() + 1);
        match rng.below(6) {
            0 if !out.is_empty() => {
                let i = at.min(out.len() - 1);
                out[i] ^= 1 << rng.below(8);
            }
            1 => {
                let s = SPECIAL[rng.below(SPECIAL.len())];
                out.splice(at..at, s.iter().copied());
            }
            2 if at < out.len() => {
                let end = (at + 1 + rng.below(16)).min(out.len());
                out.drain(at..end);
            }
            3 if at < out.len() => {
                let end = (at + 1 + rng.below(64)).min(out.len());
                let piece = out[at..end].to_vec();
                out.splice(at..at, piece);
            }
            4 => out.truncate(at),
            _ => {}
        }
    }
    out
}

const CSV: &str = "公民身份号码,姓名,性别,出生日期,行政区划代码,联系电话,住址\n\
11010519491231002X,张三,女,1949-12-31,110105,13812345678,\"北京市朝阳区\n某街道1号\"\n\
110105194912310062,李四,女,1949/12/31,110105,010-12345678,\"说 \"\"你好\"\"\"\n\
110105194912310089,王 五,男,,110105,,北京\n";

#[test]
fn mutated_files_never_panic_the_import_and_counts_add_up() {
    let home = support::tempdir();
    let xlsx = std::fs::read(support::repo_path("fixtures/import/people.xlsx")).unwrap();
    let mut rng = Rng(0x5eed_1234_abcd_0001);
    let deadline = Instant::now() + budget();
    let mut runs = 0;
    while Instant::now() < deadline || runs < 40 {
        let spreadsheet = runs % 5 == 4;
        let (bytes, name) = if spreadsheet { (mutate(&mut rng, &xlsx), "m.xlsx") } else { (mutate(&mut rng, CSV.as_bytes()), "m.csv") };
        let path = home.path().join(name);
        std::fs::write(&path, &bytes).unwrap();
        let mut store = db::open_migrated(&DbUrl::SqliteMemory).unwrap();
        let mut opts = ImportOptions::new(mzctl::domain::kind::Kind::People, Input::File(path.clone()), jiff::civil::date(2026, 6, 30));
        opts.lenient = runs % 2 == 0;
        opts.rejects = Some(home.path().join("m.rejects.csv"));
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| import::run(&mut store, &opts, &mut |_, _| {})));
        let saved = home.path().join(format!("crash-{runs}.{}", if spreadsheet { "xlsx" } else { "csv" }));
        match outcome {
            Err(_) => {
                std::fs::write(&saved, &bytes).unwrap();
                panic!("the import panicked on {}", saved.display());
            }
            Ok(Ok(r)) => {
                let stored = r.inserted + r.updated + r.unchanged;
                if stored + r.rejected + r.conflicts != r.read && stored + r.rejected != r.read {
                    std::fs::write(&saved, &bytes).unwrap();
                    panic!("read {} != stored {stored} + rejected {} ({})", r.read, r.rejected, saved.display());
                }
            }
            Ok(Err(_)) => {} // refused with an error: fine, as long as it did not panic
        }
        runs += 1;
    }
    eprintln!("fuzz: {runs} mutated files imported without a panic");
}

#[test]
fn mutated_payloads_never_panic_the_decoder() {
    let base = std::fs::read_to_string(support::repo_path("fixtures/certs/sample.qr.txt")).unwrap();
    let base = base.trim();
    assert!(mzctl::domain::cert::payload::decode(base).is_ok(), "the sample decodes");
    let mut rng = Rng(0x5eed_cafe_0002);
    let deadline = Instant::now() + budget();
    let mut runs = 0u64;
    while Instant::now() < deadline || runs < 1000 {
        let bytes = mutate(&mut rng, base.as_bytes());
        let text = String::from_utf8_lossy(&bytes);
        let r = std::panic::catch_unwind(|| {
            let _ = mzctl::domain::cert::payload::decode(&text);
        });
        assert!(r.is_ok(), "the decoder panicked on {text:?}");
        runs += 1;
    }
    eprintln!("fuzz: {runs} mutated payloads decoded without a panic");
}

/// Every printable ASCII character (and some beyond) in a password: never in the redacted URL,
/// the audited command line or a parse error, in URL or connection-string form.
#[test]
fn random_passwords_never_show() {
    let mut rng = Rng(0x5eed_0003);
    let alphabet: Vec<char> = (0x21u8..0x7f).map(char::from).chain("密码 é".chars()).collect();
    let deadline = Instant::now() + budget();
    let mut runs = 0;
    while Instant::now() < deadline || runs < 2000 {
        let len = 6 + rng.below(14);
        let pw: String = (0..len).map(|_| alphabet[rng.below(alphabet.len())]).collect();
        let url = format!("postgres://mz:{pw}@db.example:5432/civil?sslmode=require");
        let conninfo = format!("host=db.example user=mz password='{}' dbname=civil", pw.replace('\\', "\\\\").replace('\'', "\\'"));
        for given in [&url, &conninfo] {
            let mut shown =
                vec![mzctl::ops::audit::command_line(["mzctl".to_string(), "--db".into(), given.clone(), "db".into(), "init".into()])];
            shown.push(mzctl::ops::audit::command_line(["mzctl".to_string(), format!("--db={given}"), "db".into(), "init".into()]));
            // In free text whitespace ends a URL, so only there a password holding a space
            // (which a valid URL percent-encodes) cannot be told from the words after it.
            if given == &url && !pw.contains(' ') {
                shown.push(mzctl::db::url::redact(&format!("cannot connect to {given}: refused")));
                shown.push(mzctl::db::url::redact(&format!("cannot connect to '{given}'.")));
            }
            match DbUrl::parse(given) {
                Ok(u) => shown.push(u.redacted()),
                Err(e) => shown.push(format!("{e:#}")),
            }
            for text in shown {
                assert!(!text.contains(&pw), "{pw:?} shows in {text:?} (from {given:?})");
            }
        }
        runs += 1;
    }
    eprintln!("fuzz: {runs} random passwords never shown");
}
