//! The demo: build a small synthetic city in the current database and run every capability
//! that exists on it. It grows as capabilities land.
use crate::db::{Counts, Store};
use anyhow::Result;
use serde::Serialize;
use std::path::PathBuf;

#[derive(Debug, Serialize)]
pub struct DemoStep {
    pub step: String,
    pub result: String,
}

#[derive(Debug, Serialize)]
pub struct DemoReport {
    pub database: String,
    pub dataset: String,
    pub steps: Vec<DemoStep>,
    #[serde(skip)]
    pub counts: Counts,
}

pub struct DemoOptions {
    /// Where the synthetic city's files go.
    pub dir: PathBuf,
    pub people: u64,
    pub as_of: jiff::civil::Date,
}

/// Run the demo; `announce` is told each step as it starts (for a heading on stderr).
pub fn run(store: &mut dyn Store, opts: &DemoOptions, announce: &mut dyn FnMut(&str)) -> Result<DemoReport> {
    let mut steps = Vec::new();
    let mut step = |name: &str, result: String| steps.push(DemoStep { step: name.to_string(), result });

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
    };
    let seeded = super::seed::seed(&seed_opts, &mut |_| {})?;
    let files: Vec<String> = seeded.files.iter().map(|(f, n)| format!("{n} {}", f.trim_end_matches(".csv"))).collect();
    let injected: u64 = seeded.defects.values().sum();
    step("seed", format!("{} in {} county-level units; {injected} defects injected (manifest.json)", files.join(", "), seeded.counties));

    announce("import: the people file, strictly (bad rows go to a rejects file)");
    let mut counts = Counts::new();
    let import_opts = |kind: super::import::Kind, lenient: bool| super::import::ImportOptions {
        lenient,
        ..super::import::ImportOptions::new(kind, super::import::source::Input::File(opts.dir.join(format!("{}.csv", kind.as_str()))), opts.as_of)
    };
    let strict = super::import::run(store, &import_opts(super::import::Kind::People, false), &mut |_, _| {})?;
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
    for kind in [super::import::Kind::People, super::import::Kind::Enrolments, super::import::Kind::Deaths, super::import::Kind::Organizations] {
        let r = super::import::run(store, &import_opts(kind, true), &mut |_, _| {})?;
        loaded.push(format!("{} {} (+{} new, {} flagged)", r.read, kind.as_str(), r.inserted, r.warnings.values().sum::<u64>()));
        *counts.entry(format!("{}.inserted", kind.as_str())).or_default() += r.inserted as i64;
    }
    step("import all (lenient)", loaded.join(", "));

    announce("region: a lookup, a resolve across years, a diff");
    step("region", super::region::demo_line()?);

    announce("check: every rule on the stored city; a benefit paid after death");
    let check_opts = super::check::RunOptions { rules: Vec::new(), region: None, program: None, as_of: opts.as_of, params: super::check::Params::default(), jobs: None };
    let checked = super::check::run(store, &check_opts)?;
    let dead = checked.rules.iter().find(|r| r.rule == "death.still_enrolled").and_then(|r| r.sample.as_ref());
    let dead = dead.map_or("none paid after death".to_string(), |f| {
        let (id, program) = f.key.split_once('|').unwrap_or((&f.key, ""));
        format!("dead but paid: {} {program}: {}", crate::domain::normalize::mask_id(id), f.message)
    });
    step(
        "check",
        format!("run {}: {} findings ({} errors, {} warnings) from {} rules; {dead}", checked.run.unwrap_or_default(), checked.total, checked.errors, checked.warnings, checked.rules.len()),
    );
    counts.insert("check_findings".into(), checked.total as i64);

    announce("systems: register the inventory, ingest its logs, find the zombies");
    step("systems", systems_line(store, &opts.dir, &import_opts(super::import::Kind::Systems, false), opts.as_of, &mut counts)?);

    announce("cert: elder cards for everyone eligible; verify one offline; revoke one");
    step("certificates", certificates_line(store, opts.as_of, &mut counts)?);

    Ok(DemoReport { database: status.url, dataset: opts.dir.display().to_string(), steps, counts })
}

/// The demo's issuer (created on the first run), elder cards for everyone eligible, one
/// verified offline through an exported trust list, one revoked and rejected through the signed
/// revocation list. A re-run issues nothing new and revokes nothing more.
fn certificates_line(store: &mut dyn Store, today: jiff::civil::Date, counts: &mut Counts) -> Result<String> {
    use super::cert::{self, issue, keys};
    use crate::domain::cert::verify as v;
    const USCC: &str = "11440100MB2C92151Y";
    if !store.cert_issuers()?.iter().any(|i| i.uscc == USCC) {
        let o = keys::InitOptions { name: "广州市民政局", uscc: USCC, region: "440100", alg: crate::domain::seal::Alg::Sm2, key_file: None, passphrase: None, today };
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
    let opts = issue::IssueOptions {
        type_code: "elder-card".into(),
        issuer: Some(USCC.into()),
        who: issue::Who::Eligible,
        region: None,
        limit: None,
        valid_until: None,
        on: today,
        out: None,
        render: false,
        dry_run: false,
        replace: false,
        chunk: 2000,
    };
    let issued = issue::run(store, &opts, &mut Have(key.clone()), &mut |_| {})?;
    counts.insert("certificates.issued".into(), issued.issued as i64);
    let filter = |status: &str| crate::db::certs::CertFilter { type_code: Some("elder-card".into()), status: Some(status.into()), issuer: Some(USCC.into()), limit: Some(2), ..Default::default() };
    let valid = store.certs(&filter("01"))?;
    let Some(good) = valid.first().cloned() else {
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
    // Offline, as a verifier's phone would: the exported trust list and signed revocation list.
    let trust_json = serde_json::to_string(&cert::trust_list(store, today)?)?;
    let trust = v::TrustList::parse(&trust_json).map_err(anyhow::Error::msg)?;
    let revs_json = serde_json::to_string(&cert::revocation_list(store, &issuer, &key, today)?)?;
    let revs = vec![v::open_revocations(&revs_json, &trust).map_err(anyhow::Error::msg)?];
    let verdict = |payload: &str| v::verify(payload, &trust, &revs, today).reason.map_or("valid".to_string(), |r| r.to_string());
    let total = store.certs(&crate::db::certs::CertFilter { type_code: Some("elder-card".into()), issuer: Some(USCC.into()), ..Default::default() })?.len();
    let size = crate::domain::cert::payload::decode(&good.payload).map(|d| d.cose_len).unwrap_or(0);
    let version = crate::domain::cert::render::qr(&good.payload).map(|q| q.version).unwrap_or(0);
    Ok(format!(
        "{} elder cards issued now ({total} in all); {} ({size} bytes signed, QR version {version}) verifies: {}; revoked {} verifies: {}",
        issued.issued,
        good.number,
        verdict(&good.payload),
        revoked.number,
        verdict(&revoked.payload)
    ))
}

/// The zombie-system inventory of the seeded city: import, ingest every log, scan, and what
/// the idle and zombie systems hold.
fn systems_line(store: &mut dyn Store, dir: &std::path::Path, import: &super::import::ImportOptions, as_of: jiff::civil::Date, counts: &mut Counts) -> Result<String> {
    use super::systems::{activity, logs::Patterns, policy::Policy, scan};
    let loaded = super::import::run(store, import, &mut |_, _| {})?;
    counts.insert("systems.inserted".into(), loaded.inserted as i64);
    let mut lines = 0;
    for s in store.systems(&Default::default())? {
        let log = dir.join(format!("logs/{}.log", s.id));
        if log.exists() {
            lines += activity::ingest(store, &s.id, &[activity::LogInput::File(log)], Patterns::default(), false, &mut |_| {})?.0.counts.lines;
        }
    }
    let (report, _) = scan::scan(store, &Policy::default(), as_of)?;
    let zombies: Vec<&str> = report.systems.iter().filter(|s| s.state == "zombie").map(|s| s.system.as_str()).collect();
    let r = &report.reclaimable;
    Ok(format!(
        "{} systems, {lines} log lines; {} active, {} idle, {} zombie ({}); reclaimable: {} vCPU, {} GB memory, {} GB storage, ¥{} a year",
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
