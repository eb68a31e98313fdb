//! `mzctl seed`: a realistic synthetic city, deterministic, with known defects on request.
//!
//! People are generated one at a time and streamed to CSV with their enrolments and death
//! record, so memory stays flat in the number of people (only the ID-sequence counters, bounded
//! by counties × birth days, and the manifest of injected defects grow). Every random choice comes
//! from a stream derived from `(seed, kind, index)`, so the same arguments give byte-identical
//! files on any machine.
mod area;
mod names;
mod people;
pub mod rng;
mod systems;
pub mod writer;

use anyhow::{Context, Result};
use jiff::civil::Date;
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::PathBuf;

pub use writer::Encoding;

#[derive(Debug, Clone)]
pub struct SeedOptions {
    pub region: String,
    pub people: u64,
    pub seed: u64,
    /// Share of records given one known defect, 0 for clean data.
    pub defects: f64,
    pub as_of: Date,
    pub out: PathBuf,
    pub zh_headers: bool,
    pub encoding: Encoding,
    /// Number of information systems in the inventory.
    pub systems: u32,
}

/// One injected (or naturally occurring) defect: the rule that must find it, and where.
#[derive(Debug, Clone, Serialize)]
pub struct Defect {
    pub rule: &'static str,
    pub table: &'static str,
    pub key: String,
    pub field: &'static str,
    /// 1-based line in the CSV file (header = line 1).
    pub line: u64,
    /// True for what real data has without any defect injected (retired address codes).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub natural: bool,
}

#[derive(Debug, Serialize)]
pub struct Manifest {
    pub generator: &'static str,
    pub region: String,
    pub region_name: String,
    pub people: u64,
    pub seed: u64,
    pub defect_rate: f64,
    pub as_of: String,
    pub headers: &'static str,
    pub encoding: &'static str,
    pub files: BTreeMap<String, u64>,
    /// Expected findings per rule (injected and natural).
    pub totals: BTreeMap<&'static str, u64>,
    pub defects: Vec<Defect>,
    /// The state each generated system is built to have (active, idle, zombie).
    pub systems: BTreeMap<String, &'static str>,
}

#[derive(Debug, Serialize)]
pub struct SeedReport {
    pub out: String,
    /// The import batches that loaded the files (`--into-db`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub loaded: Vec<Loaded>,
    pub region: String,
    pub region_name: String,
    pub counties: usize,
    pub files: BTreeMap<String, u64>,
    pub defects: BTreeMap<&'static str, u64>,
    pub systems: BTreeMap<&'static str, u64>,
}

/// Generate the dataset into `opts.out`; `progress` is told how many people are done.
pub fn seed(opts: &SeedOptions, progress: &mut dyn FnMut(u64)) -> Result<SeedReport> {
    if !(0.0..=1.0).contains(&opts.defects) {
        return Err(crate::error::Fail::usage(format!("--defects {}: a rate between 0 and 1 (e.g. 0.02)", opts.defects)).into());
    }
    let area = area::Area::load(&opts.region)?;
    std::fs::create_dir_all(&opts.out).with_context(|| format!("cannot create {}", opts.out.display()))?;
    let mut manifest = Manifest {
        generator: concat!("mzctl seed ", env!("CARGO_PKG_VERSION")),
        region: area.code.clone(),
        region_name: area.name.clone(),
        people: opts.people,
        seed: opts.seed,
        defect_rate: opts.defects,
        as_of: opts.as_of.to_string(),
        headers: if opts.zh_headers { "zh" } else { "en" },
        encoding: match opts.encoding {
            Encoding::Utf8 => "utf-8",
            Encoding::Gb18030 => "gb18030",
        },
        files: BTreeMap::new(),
        totals: BTreeMap::new(),
        defects: Vec::new(),
        systems: BTreeMap::new(),
    };
    people::generate(opts, &area, &mut manifest, progress)?;
    systems::generate(opts, &area, &mut manifest)?;
    for d in &manifest.defects {
        *manifest.totals.entry(d.rule).or_default() += 1;
    }
    let path = opts.out.join("manifest.json");
    let file = std::fs::File::create(&path).with_context(|| format!("cannot create {}", path.display()))?;
    let mut w = std::io::BufWriter::new(file);
    serde_json::to_writer_pretty(&mut w, &manifest)?;
    std::io::Write::write_all(&mut w, b"\n")?;
    std::io::Write::flush(&mut w)?;
    let mut system_states = BTreeMap::new();
    for state in manifest.systems.values() {
        *system_states.entry(*state).or_default() += 1;
    }
    Ok(SeedReport {
        out: opts.out.display().to_string(),
        loaded: Vec::new(),
        region: area.code,
        region_name: area.name,
        counties: area.counties.len(),
        files: manifest.files,
        defects: manifest.defects.iter().filter(|d| !d.natural).fold(BTreeMap::new(), |mut m, d| {
            *m.entry(d.rule).or_default() += 1;
            m
        }),
        systems: system_states,
    })
}

/// What `--into-db` loaded: one import batch per file.
#[derive(Debug, Serialize)]
pub struct Loaded {
    pub kind: &'static str,
    pub batch: Option<i64>,
    pub inserted: u64,
    pub updated: u64,
    pub unchanged: u64,
    pub rejected: u64,
}

/// Generate the dataset into `opts.out` and load it into the database through the import
/// engine, leniently (injected defects are stored, flagged), one batch per file.
pub fn seed_into_db(store: &mut dyn crate::db::Store, opts: &SeedOptions, progress: &mut dyn FnMut(u64)) -> Result<(SeedReport, Vec<Loaded>)> {
    use super::import::{self, source, ImportOptions, Kind};
    let report = seed(opts, progress)?;
    let mut loaded = Vec::new();
    for kind in [Kind::People, Kind::Enrolments, Kind::Deaths, Kind::Organizations] {
        let file = opts.out.join(format!("{}.csv", kind.as_str()));
        let r = import::run(
            store,
            &ImportOptions {
                kind,
                input: source::Input::File(file),
                delimiter: Some(b','),
                encoding: match opts.encoding {
                    Encoding::Utf8 => source::EncodingChoice::Utf8,
                    Encoding::Gb18030 => source::EncodingChoice::Gb18030,
                },
                maps: Vec::new(),
                lenient: true,
                rejects: Some(opts.out.join(format!("{}.rejects.csv", kind.as_str()))),
                abort_on_error: false,
                max_errors: None,
                mode: crate::db::records::Mode::Upsert,
                dry_run: false,
                batch_size: 50_000,
                resume: false,
                today: opts.as_of,
            },
            &mut |_, _| {},
        )?;
        loaded.push(Loaded { kind: r.kind, batch: r.batch, inserted: r.inserted, updated: r.updated, unchanged: r.unchanged, rejected: r.rejected });
    }
    Ok((report, loaded))
}
