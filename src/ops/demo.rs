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

    announce("region: a lookup, a resolve across years, a diff");
    step("region", super::region::demo_line()?);

    Ok(DemoReport { database: status.url, dataset: opts.dir.display().to_string(), steps, counts: Counts::new() })
}
