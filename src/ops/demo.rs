//! The demo: build a small synthetic city and run every capability that exists on it, in a
//! database and folder of its own (made afresh on each run) unless the caller chose a database.
//! It grows as capabilities land. Each step's outcome is compared with what the city's
//! manifest says it must be: the seeded defects are expected findings, a difference is not.
use crate::db::{Counts, Store};
use crate::domain::kind::Kind;
use crate::error::Fail;
use anyhow::{Context, Result};
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[derive(Debug, Serialize)]
pub struct DemoStep {
    pub step: String,
    pub result: String,
}

#[derive(Debug, Serialize)]
pub struct DemoReport {
    pub database: String,
    pub dataset: String,
    /// The database is the demo's own, made afresh in the folder.
    pub own_database: bool,
    pub steps: Vec<DemoStep>,
    /// Outcomes that differ from what the seeded city implies; empty when every step ran as
    /// expected.
    pub unexpected: Vec<String>,
    #[serde(skip)]
    pub counts: Counts,
}

pub struct DemoOptions {
    /// The demo's folder: the synthetic city's files, the certificates' files, trust and
    /// revocation lists (and the demo's own database and issuer key, see `own_database`).
    pub dir: PathBuf,
    pub people: u64,
    pub as_of: jiff::civil::Date,
    /// The database is the demo's own ([`own_database`] in the folder): the issuer's key is
    /// kept in the folder too, beside the database that knows it, not among the user's keys.
    pub own_database: bool,
    /// The report as the page the demo writes (HTML).
    pub render_report: fn(&super::report::Report) -> String,
}

/// The file marking a folder as the demo's, so that a later run may recreate it.
pub const MARKER: &str = ".mzctl-demo";

/// The demo's own SQLite database, in its folder.
pub fn own_database(dir: &Path) -> PathBuf {
    dir.join("demo.db")
}

/// Make `dir` an empty demo folder, marked as such. The demo's default folder, or one an
/// earlier run marked, is the demo's own and removed first (with the demo's database in it);
/// any other existing folder must be empty, so that nobody's files are overwritten.
pub fn fresh_dir(dir: &Path, default: bool) -> Result<()> {
    if dir.exists() {
        if default || dir.join(MARKER).exists() {
            std::fs::remove_dir_all(dir).with_context(|| format!("cannot remove the earlier demo folder {}", dir.display()))?;
        } else if std::fs::read_dir(dir).with_context(|| format!("cannot read {}", dir.display()))?.next().is_some() {
            return Err(Fail::usage(format!("--dir {}: not empty, and not the folder of an earlier demo run", dir.display()))
                .hint("the demo starts afresh in a folder of its own: give --dir a new or empty directory, or leave it out")
                .into());
        }
    }
    crate::files::create_dir(dir)?;
    std::fs::write(dir.join(MARKER), "A folder of `mzctl demo`, which removes and recreates it on each run.\n")
        .with_context(|| format!("cannot write in {}", dir.display()))?;
    Ok(())
}

/// What the seeded city's manifest says the steps must find.
struct Expected {
    /// Findings per rule (`totals`).
    findings: BTreeMap<String, u64>,
    /// The state each system is built to have.
    systems: BTreeMap<String, String>,
}

impl Expected {
    fn read(dir: &Path) -> Result<Expected> {
        let path = dir.join("manifest.json");
        #[derive(serde::Deserialize)]
        struct Manifest {
            totals: BTreeMap<String, u64>,
            systems: BTreeMap<String, String>,
        }
        let m: Manifest = serde_json::from_slice(&std::fs::read(&path).with_context(|| format!("cannot read {}", path.display()))?)
            .with_context(|| format!("{}: not a seed manifest", path.display()))?;
        Ok(Expected { findings: m.totals, systems: m.systems })
    }
}

/// Where two counts per name differ: `name: N expected, M found`, for every name in either.
fn differences(expected: &BTreeMap<String, u64>, found: &BTreeMap<String, u64>) -> Vec<String> {
    let names: std::collections::BTreeSet<&String> = expected.keys().chain(found.keys()).collect();
    names
        .into_iter()
        .filter_map(|n| {
            let (e, f) = (expected.get(n).copied().unwrap_or(0), found.get(n).copied().unwrap_or(0));
            (e != f).then(|| format!("{n}: {e} expected, {f} found"))
        })
        .collect()
}

/// Run the demo in `opts.dir` (made ready by [`fresh_dir`]); `announce` is told each step as it
/// starts (for a heading on stderr).
pub fn run(store: &mut Store, opts: &DemoOptions, announce: &mut dyn FnMut(&str)) -> Result<DemoReport> {
    let mut steps = Vec::new();
    let mut step = |name: &str, result: String| steps.push(DemoStep { step: name.to_string(), result });
    let mut unexpected = Vec::new();

    announce("database");
    let status = super::db::status(store)?;
    step("database", format!("{} {} at schema version {}", status.backend.as_str(), status.url, status.schema_version));

    announce("seed: a synthetic 广州市 with 2% known defects");
    let seed_opts = super::seed::SeedOptions {
        region: "440100".into(),
        people: opts.people,
        seed: 2026,
        defects: 0.02,
        as_of: opts.as_of,
        out: opts.dir.clone(),
        zh_headers: false,
        encoding: super::seed::Encoding::Utf8,
        systems: 12,
        death_years: 2,
        spells: 0.0,
        dibao_rate: 0.012,
        cards: 0.0,
        payment_months: 24,
    };
    let seeded = super::seed::seed(&seed_opts, &mut |_| {})?;
    let expected = Expected::read(&opts.dir)?;
    let files: Vec<String> = seeded.files.iter().map(|(f, n)| format!("{n} {}", f.trim_end_matches(".csv"))).collect();
    let injected: u64 = seeded.defects.values().sum();
    step("seed", format!("{} in {} county-level units; {injected} defects injected (manifest.json)", files.join(", "), seeded.counties));

    announce("import: the people file, strictly (bad rows go to a rejects file)");
    let mut counts = Counts::new();
    let import_opts = |kind: Kind, lenient: bool| super::import::ImportOptions {
        lenient,
        ..super::import::ImportOptions::new(
            kind,
            super::import::source::Input::File(opts.dir.join(format!("{}.csv", kind.as_str()))),
            opts.as_of,
        )
    };
    let strict = super::import::run(store, &import_opts(Kind::People, false), &mut |_, _| {})?;
    let mut reasons: Vec<(&String, &u64)> = strict.reasons.iter().collect();
    reasons.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    let top: Vec<String> = reasons.iter().take(3).map(|(r, n)| format!("{n}× {r}")).collect();
    step(
        "import people (strict)",
        format!(
            "batch {}: {} read, {} inserted, {} unchanged, {} rejected ({}); rejects in {}",
            strict.batch.unwrap_or_default(),
            strict.read,
            strict.inserted,
            strict.unchanged,
            strict.rejected,
            top.join("; "),
            strict.rejects_file.as_deref().unwrap_or("-")
        ),
    );
    counts.insert("people.inserted".into(), strict.inserted as i64);

    announce("import: every file, leniently (defects stored, flagged, for the checks)");
    let mut loaded = Vec::new();
    for kind in [Kind::People, Kind::Enrolments, Kind::Deaths, Kind::Organizations, Kind::Payments] {
        let r = super::import::run(store, &import_opts(kind, true), &mut |_, _| {})?;
        if r.rejected > 0 {
            unexpected.push(format!(
                "import {}: {} rows rejected by the lenient import, which stores every seeded row",
                kind.as_str(),
                r.rejected
            ));
        }
        loaded.push(format!("{} {} (+{} new, {} flagged)", r.read, kind.as_str(), r.inserted, r.warnings.values().sum::<u64>()));
        *counts.entry(format!("{}.inserted", kind.as_str())).or_default() += r.inserted as i64;
    }
    step("import all (lenient)", loaded.join(", "));

    announce("region: a lookup, a resolve across years, a diff");
    step("region", super::region::demo_line()?);

    announce("check: every rule on the stored city, against its manifest; a benefit paid after death");
    let (line, found) = check_line(store, opts.as_of, &expected, &mut counts, &mut unexpected)?;
    step("check", line);

    announce("payments: one month against the register: what is due, one 错发 and one 漏发, the people the policy finder found");
    step("payments", payments_line(store, opts.as_of, &found, &mut counts)?);

    announce("death: apply the recorded deaths: end the benefits paid after them, record what to recover");
    step("death", death_line(store, opts.as_of, &mut counts)?);

    announce("systems: register the inventory, ingest its logs, find the zombies");
    step(
        "systems",
        systems_line(store, &opts.dir, &import_opts(Kind::Systems, false), opts.as_of, &expected, &mut counts, &mut unexpected)?,
    );

    announce("cert: elder cards for everyone eligible; verify one offline from its QR image; revoke one");
    step("certificates", certificates_line(store, opts, &mut counts, &mut unexpected)?);

    announce("report: the supervisor's picture of the city, one self-contained HTML page");
    step("report", report_line(store, opts)?);

    Ok(DemoReport {
        database: status.url,
        dataset: opts.dir.display().to_string(),
        own_database: opts.own_database,
        steps,
        unexpected,
        counts,
    })
}

/// The city's report, written beside its files; where it is and what it holds.
fn report_line(store: &mut Store, opts: &DemoOptions) -> Result<String> {
    let report = super::report::build(store, &super::report::Options { region: Some("440100".into()), as_of: opts.as_of, from: None })?;
    let path = opts.dir.join("report.html");
    std::io::Write::write_all(&mut crate::files::create(&path)?, (opts.render_report)(&report).as_bytes())
        .with_context(|| format!("cannot write {}", path.display()))?;
    let figures: usize = report.sections.iter().map(|s| s.figures.len()).sum();
    Ok(format!("{} sections, {figures} figures: {}", report.sections.len(), path.display()))
}

/// The last month of the ledger reconciled: the should-pay list (应发名单) of the month, one
/// payment with no enrolment (错发) and one enrolment left unpaid (漏发) from the check's
/// findings (ID numbers masked), and how many the elder allowance's rule finds not enrolled.
fn payments_line(store: &mut Store, as_of: jiff::civil::Date, found: &[super::check::RuleCount], counts: &mut Counts) -> Result<String> {
    use crate::domain::normalize::mask_id;
    use crate::domain::values::format_fen;
    let month = as_of.first_of_month().yesterday().map(|d| format!("{:04}-{:02}", d.year(), d.month())).unwrap_or_default();
    let due = super::payments::expected::expected(
        store,
        &super::payments::expected::ExpectedOptions { month: month.clone(), region: None, program: None },
    )?;
    let people: std::collections::BTreeSet<&str> = due.lines.iter().map(|l| l.due.id_number.as_str()).collect();
    let sample = |rule: &str| found.iter().find(|r| r.rule == rule).and_then(|r| r.sample.clone());
    let wrong = sample("pay.not_enrolled").map_or("错发: none".to_string(), |f| format!("错发 {}: {}", f.key, f.message));
    let missed = sample("pay.unpaid").map_or("漏发: none".to_string(), |f| {
        let id = f.key.split('|').next().unwrap_or_default();
        format!("漏发 {}: {}", mask_id(id), f.message)
    });
    let opts = super::payments::eligible::EligibleOptions {
        program: "elder_allowance".into(),
        month: month.clone(),
        region: None,
        params: super::check::Params::default(),
    };
    let finder = super::payments::eligible::eligible(store, &opts)?;
    counts.insert("payments.due".into(), due.lines.len() as i64);
    counts.insert("eligible.found".into(), finder.people.len() as i64);
    Ok(format!(
        "{month}: {} due to {} people, {} yuan (应发名单); {wrong}; {missed}; 政策找人: {} people meet the elder allowance's rule, not enrolled ({} yuan a month)",
        due.lines.len(),
        people.len(),
        format_fen(due.total_fen),
        finder.people.len(),
        format_fen(finder.total_fen)
    ))
}

/// Every rule on the stored city: its findings per rule are the manifest's totals.
fn check_line(
    store: &mut Store,
    as_of: jiff::civil::Date,
    expected: &Expected,
    counts: &mut Counts,
    unexpected: &mut Vec<String>,
) -> Result<(String, Vec<super::check::RuleCount>)> {
    let check_opts = super::check::RunOptions {
        rules: Vec::new(),
        region: None,
        program: None,
        as_of,
        params: super::check::Params::default(),
        jobs: None,
        memory_limit: super::check::DEFAULT_MEMORY_LIMIT,
    };
    let checked = super::check::run(store, &check_opts)?;
    counts.insert("check_findings".into(), checked.total as i64);
    // A rule may be listed once per severity (id.region: errors, and info for retired codes).
    let mut found: BTreeMap<String, u64> = BTreeMap::new();
    for r in &checked.rules {
        *found.entry(r.rule.clone()).or_default() += r.count;
    }
    let wrong = differences(&expected.findings, &found);
    let against = if wrong.is_empty() {
        "each rule's count as manifest.json lists".to_string()
    } else {
        unexpected.push(format!("check: findings differ from manifest.json: {}", wrong.join("; ")));
        format!("{} rules' counts differ from manifest.json", wrong.len())
    };
    let dead = checked.rules.iter().find(|r| r.rule == "death.still_enrolled").and_then(|r| r.sample.as_ref());
    let dead = dead.map_or("none paid after death".to_string(), |f| {
        let (id, program) = f.key.split_once('|').unwrap_or((&f.key, ""));
        format!("dead but paid: {} {program}: {}", crate::domain::normalize::mask_id(id), f.message)
    });
    let line = format!(
        "run {}: {} findings ({} errors, {} warnings) from {} rules, {against}; {dead}",
        checked.run.unwrap_or_default(),
        checked.total,
        checked.errors,
        checked.warnings,
        checked.rules.len()
    );
    Ok((line, checked.rules))
}

/// `death apply` on the city: what it ended and recovers, with one death as the example. A
/// re-run on the same database applies nothing more.
fn death_line(store: &mut Store, as_of: jiff::civil::Date, counts: &mut Counts) -> Result<String> {
    use crate::domain::values::format_fen;
    let plan = super::death::plan(store, super::death::ApplyOptions { as_of, end_at: crate::domain::benefits::EndAt::MonthEnd })?;
    let applied = super::death::apply(store, &plan)?;
    counts.insert("deaths.applied".into(), applied.deaths as i64);
    counts.insert("enrolments.ended".into(), applied.enrolments_ended as i64);
    let one = plan.deaths.iter().find_map(|d| d.enrolments.first().map(|e| (d, e)));
    let one = one.map_or(String::new(), |(d, e)| {
        format!(
            "; one: {} died {}, {} ended {}, {} month(s) paid after, {} yuan to recover",
            crate::domain::normalize::mask_id(&d.id_number),
            d.death_date,
            e.enrolment.program,
            e.new_end,
            e.months,
            format_fen(e.amount_fen)
        )
    });
    Ok(format!(
        "{} death(s) applied: {} enrolment(s) ended, {} certificate(s) revoked, {} yuan to recover{one}",
        applied.deaths,
        applied.enrolments_ended,
        applied.certificates_revoked,
        format_fen(applied.recovered_fen)
    ))
}

/// The demo's issuer (created on the first run), elder cards for everyone eligible (their
/// records in `cards/`), one card rendered and its QR image verified offline through the
/// exported trust list, one revoked and rejected through the signed revocation list (both lists
/// written to the folder). A re-run on the same database issues nothing new and revokes nothing
/// more.
fn certificates_line(store: &mut Store, opts: &DemoOptions, counts: &mut Counts, unexpected: &mut Vec<String>) -> Result<String> {
    use super::cert::{self, issue, keys};
    use crate::domain::cert::verify as v;
    const USCC: &str = "11440100MB2C92151Y";
    let (today, now) = (opts.as_of, crate::clock::now()?);
    if !store.cert_issuers()?.iter().any(|i| i.uscc == USCC) {
        let key_file = opts.own_database.then(|| opts.dir.join("keys").join(format!("{USCC}.pem")));
        let o = keys::InitOptions {
            name: "广州市民政局",
            uscc: USCC,
            region: "440100",
            alg: crate::domain::seal::Alg::Sm2,
            key_file: key_file.as_deref(),
            passphrase: None,
            today,
            key: None,
        };
        keys::init(store, &o)?;
    }
    let issuer = cert::pick_issuer(store, Some(USCC))?;
    let key_row = cert::active_key(store, USCC)?;
    let key = keys::signing_key(&key_row, &keys::key_path(None, &key_row)?, None)?;
    struct Have(crate::domain::seal::SigningKey);
    impl issue::KeySource for Have {
        fn key(&mut self) -> Result<crate::domain::seal::SigningKey> {
            Ok(self.0.clone())
        }
    }
    let cards = opts.dir.join("cards");
    let issue_opts = issue::IssueOptions {
        type_code: "elder-card".into(),
        issuer: Some(USCC.into()),
        who: issue::Who::Eligible,
        region: None,
        limit: None,
        valid_until: None,
        on: today,
        out: Some(cards.clone()),
        render: false,
        dry_run: false,
        replace: false,
        chunk: 2000,
    };
    let issued = issue::run(store, &issue_opts, &mut Have(key.clone()), &mut |_| {})?;
    counts.insert("certificates.issued".into(), issued.issued as i64);
    let filter = |status: &str| crate::db::certs::CertFilter {
        type_code: Some("elder-card".into()),
        status: Some(status.into()),
        issuer: Some(USCC.into()),
        limit: Some(2),
        ..Default::default()
    };
    let valid = store.certs(&filter("01"))?;
    let Some(good) = valid.first().cloned() else {
        unexpected.push("certificates: nobody eligible for an elder card in the city".into());
        return Ok(format!("{} elder cards issued; nobody eligible to verify", issued.issued));
    };
    let revoked = match store.certs(&filter("03"))?.into_iter().next() {
        Some(r) => r,
        None => {
            let other = valid.get(1).cloned().unwrap_or_else(|| good.clone());
            store.set_cert_status(&other.identifier, "03", "demo: 持证人申请注销", crate::clock::now()?)?;
            counts.insert("certificates.revoked".into(), 1);
            other
        }
    };
    // Offline, as a verifier's phone would: the exported trust list and signed revocation list,
    // and the payload read back from the card's QR image.
    let trust_json = serde_json::to_string_pretty(&cert::trust_list(store, now)?)?;
    let trust = v::TrustList::parse(&trust_json).map_err(anyhow::Error::msg)?;
    let revs_json = serde_json::to_string_pretty(&cert::revocation_list(store, &issuer, &key, now)?)?;
    let revs = vec![v::open_revocations(&revs_json, &trust).map_err(anyhow::Error::msg)?];
    for (name, json) in [("trust.json", &trust_json), ("revoked.json", &revs_json)] {
        let path = opts.dir.join(name);
        std::fs::write(&path, format!("{json}\n")).with_context(|| format!("cannot write {}", path.display()))?;
    }
    let elder_card = cert::find_type(store, "elder-card")?;
    let written = cert::write_files(&cards, &good, &elder_card, &issuer, true)?;
    let png = written.files.iter().find(|f| f.to_string_lossy().ends_with(".qr.png")).context("no QR image written")?;
    let read = std::fs::read(png).with_context(|| format!("cannot read {}", png.display()))?;
    let scanned = crate::domain::cert::render::decode_png(&read)
        .map_err(|e| Fail::error(format!("{}: {e}", png.display())))?
        .into_iter()
        .next()
        .unwrap_or_default();
    let verdict = |payload: &str| v::verify(payload, &trust, &revs, today).reason.map_or("valid", |r| r.as_str());
    let (good_verdict, revoked_verdict) = (verdict(&scanned), verdict(&revoked.payload));
    if good_verdict != "valid" {
        unexpected.push(format!("certificates: {} read from {} verifies: {good_verdict}, not valid", good.number, png.display()));
    }
    if revoked_verdict != "revoked" {
        unexpected.push(format!("certificates: revoked {} verifies: {revoked_verdict}, not revoked", revoked.number));
    }
    let total = store
        .certs(&crate::db::certs::CertFilter { type_code: Some("elder-card".into()), issuer: Some(USCC.into()), ..Default::default() })?
        .len();
    let size = crate::domain::cert::payload::decode(&good.payload).map(|d| d.cose_len).unwrap_or(0);
    let version = crate::domain::cert::render::qr(&good.payload).map(|q| q.version).unwrap_or(0);
    Ok(format!(
        "{} elder cards issued now ({total} in all, records in cards/); {} ({size} bytes signed, QR version {version}) read from its QR image verifies: {good_verdict}; revoked {} verifies: {revoked_verdict} (trust.json, revoked.json)",
        issued.issued, good.number, revoked.number,
    ))
}

/// The zombie-system inventory of the seeded city: import, ingest every log, scan (each
/// system in the state the manifest says it was built to have), and what the idle and zombie
/// systems hold.
fn systems_line(
    store: &mut Store,
    dir: &Path,
    import: &super::import::ImportOptions,
    as_of: jiff::civil::Date,
    expected: &Expected,
    counts: &mut Counts,
    unexpected: &mut Vec<String>,
) -> Result<String> {
    use super::systems::{activity, logs::Patterns, policy::Policy, scan};
    let loaded = super::import::run(store, import, &mut |_, _| {})?;
    counts.insert("systems.inserted".into(), loaded.inserted as i64);
    let mut lines = 0;
    for s in store.systems(&Default::default())? {
        let log = dir.join(format!("logs/{}.log", s.id));
        if log.exists() {
            lines +=
                activity::ingest(store, &s.id, &[activity::LogInput::File(log)], Patterns::default(), false, &mut |_| {})?.0.counts.lines;
        }
    }
    let (report, _) = scan::scan(store, &Policy::default(), as_of)?;
    let wrong: Vec<String> = report
        .systems
        .iter()
        .filter_map(|s| {
            let built = expected.systems.get(&s.system).map_or("not in the manifest", String::as_str);
            (built != s.state).then(|| format!("{} {} (built {built})", s.system, s.state))
        })
        .collect();
    if !wrong.is_empty() {
        unexpected.push(format!("systems: scanned otherwise than built: {}", wrong.join(", ")));
    }
    let zombies: Vec<&str> = report.systems.iter().filter(|s| s.state == "zombie").map(|s| s.system.as_str()).collect();
    let r = &report.reclaimable;
    Ok(format!(
        "{} systems, {lines} log lines; {} active, {} idle, {} zombie ({}), each as built; reclaimable: {} vCPU, {} GB memory, {} GB storage, ¥{} a year",
        loaded.read,
        report.counts.get("active").copied().unwrap_or(0),
        report.counts.get("idle").copied().unwrap_or(0),
        zombies.len(),
        zombies.join(", "),
        r.vcpu,
        r.memory_gb,
        r.storage_gb,
        crate::domain::values::format_fen(r.annual_cost)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn differences_name_every_count_that_differs() {
        let map = |v: &[(&str, u64)]| v.iter().map(|(k, n)| (k.to_string(), *n)).collect::<BTreeMap<_, _>>();
        assert!(differences(&map(&[("a", 1), ("b", 2)]), &map(&[("a", 1), ("b", 2)])).is_empty());
        assert_eq!(
            differences(&map(&[("a", 1), ("b", 2)]), &map(&[("b", 3), ("c", 1)])),
            ["a: 1 expected, 0 found", "b: 2 expected, 3 found", "c: 0 expected, 1 found"]
        );
    }

    #[test]
    fn only_the_demos_own_folders_are_recreated() {
        let tmp = std::env::temp_dir().join(format!("mzctl-demo-dir-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&tmp);
        // A folder of someone else's files is refused, untouched.
        std::fs::create_dir_all(&tmp).unwrap();
        std::fs::write(tmp.join("notes.txt"), "mine").unwrap();
        let err = fresh_dir(&tmp, false).unwrap_err();
        assert!(err.to_string().contains("not empty"), "{err:#}");
        assert!(tmp.join("notes.txt").exists());
        // The default folder is the demo's own: recreated, even without the mark.
        fresh_dir(&tmp, true).unwrap();
        assert!(!tmp.join("notes.txt").exists() && tmp.join(MARKER).exists());
        // A marked folder is recreated on the next run.
        std::fs::write(tmp.join("people.csv"), "old").unwrap();
        fresh_dir(&tmp, false).unwrap();
        assert!(!tmp.join("people.csv").exists() && tmp.join(MARKER).exists());
        std::fs::remove_dir_all(&tmp).unwrap();
    }
}
