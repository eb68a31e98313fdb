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
    };
    let seeded = super::seed::seed(&seed_opts, &mut |_| {})?;
    let files: Vec<String> = seeded.files.iter().map(|(f, n)| format!("{n} {}", f.trim_end_matches(".csv"))).collect();
    let injected: u64 = seeded.defects.values().sum();
    step("seed", format!("{} in {} county-level units; {injected} defects injected (manifest.json)", files.join(", "), seeded.counties));

    announce("import: the people file, strictly (bad rows go to a rejects file)");
    let mut counts = Counts::new();
    let import_opts = |kind: super::import::Kind, lenient: bool| super::import::ImportOptions {
        kind,
        input: super::import::source::Input::File(opts.dir.join(format!("{}.csv", kind.as_str()))),
        delimiter: None,
        encoding: super::import::source::EncodingChoice::Auto,
        maps: Vec::new(),
        lenient,
        rejects: None,
        abort_on_error: false,
        max_errors: None,
        mode: crate::db::records::Mode::Upsert,
        dry_run: false,
        batch_size: 50_000,
        resume: false,
        today: opts.as_of,
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
    let check_opts = super::check::RunOptions { rules: Vec::new(), region: None, program: None, as_of: opts.as_of, params: super::check::Params::default() };
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

    Ok(DemoReport { database: status.url, dataset: opts.dir.display().to_string(), steps, counts })
}
