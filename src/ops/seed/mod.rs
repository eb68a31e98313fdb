//! `mzctl seed`: a realistic synthetic city, deterministic, with known defects on request.
//!
//! People are generated one at a time and streamed to CSV with their enrolments and death
//! record; the manifest's defect list is streamed too. Memory is fixed by the area (the
//! ID-sequence table: address codes × birth days), not by the number of people (but for the
//! numbers of two ID defects, a small share of them: see `broken_ids`). Every random choice comes
//! from a stream derived from `(seed, kind, index)`, so the same arguments give byte-identical
//! files on any machine.
mod area;
pub mod cards;
mod names;
mod payments;
mod people;
mod places;
pub mod rng;
mod systems;
pub mod writer;

use anyhow::Result;
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
    /// Years of death records: deaths fall in the last `death_years` years before the as-of date.
    pub death_years: u32,
    /// Past, ended dibao spells per adult, on average: the case history a register keeps of
    /// people leaving and re-entering assistance (0 = current enrolments only).
    pub spells: f64,
    /// Share of adults with a current dibao enrolment (a city's usual rate is about 1.2%).
    pub dibao_rate: f64,
    /// Share of the people 60 or older given an elder card a year before the as-of date
    /// (`--into-db` only; 0 = none). See [`cards`].
    pub cards: f64,
    /// Months of payments (the ledger of the months before the as-of date's; 0 = none).
    pub payment_months: u32,
}

/// One finding the checks must report for an injected (or naturally occurring) defect: the rule
/// that must find it, and where. A defect that a second record repeats (a blank name copied into
/// the person's death record) is found there too, and so has one entry per record, as the checks
/// count it: (rule, table, key) identifies a finding.
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
    /// True for the same defect again in a record that copies the field (a death record repeats
    /// the person's name; a duplicated ID's second row repeats the number): not injected again.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub copy: bool,
    /// The money the finding is about (pay.*): positive overpaid, negative underpaid.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount_fen: Option<i64>,
}

/// The defects found so far, written to a side file as they come (memory stays flat) and
/// counted per rule.
pub struct Defects {
    out: std::io::BufWriter<std::fs::File>,
    path: PathBuf,
    count: u64,
    /// Expected findings per rule (injected, natural and copies).
    pub totals: BTreeMap<&'static str, u64>,
    /// Injected defects per rule (copies not counted again).
    pub injected: BTreeMap<&'static str, u64>,
}

impl Defects {
    fn create(path: PathBuf) -> Result<Defects> {
        let file = crate::files::create(&path)?;
        Ok(Defects { out: std::io::BufWriter::new(file), path, count: 0, totals: BTreeMap::new(), injected: BTreeMap::new() })
    }

    pub fn push(&mut self, d: Defect) -> Result<()> {
        use std::io::Write;
        *self.totals.entry(d.rule).or_default() += 1;
        if !d.natural && !d.copy {
            *self.injected.entry(d.rule).or_default() += 1;
        }
        // Pretty-printed and indented as an element of the manifest's `defects` array.
        let text = serde_json::to_string_pretty(&d)?;
        self.out.write_all(if self.count == 0 { b"\n" } else { b",\n" })?;
        for (i, line) in text.lines().enumerate() {
            if i > 0 {
                self.out.write_all(b"\n")?;
            }
            write!(self.out, "    {line}")?;
        }
        self.count += 1;
        Ok(())
    }
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
    /// Left out at their defaults (2 years of deaths, no past spells), as manifests were before.
    #[serde(skip_serializing_if = "is_two")]
    pub death_years: u32,
    #[serde(skip_serializing_if = "is_zero")]
    pub spells: f64,
    pub headers: &'static str,
    pub encoding: &'static str,
    pub files: BTreeMap<String, u64>,
    /// Expected findings per rule (injected, natural and copies): what `check run` counts.
    pub totals: BTreeMap<&'static str, u64>,
    /// The state each generated system is built to have (active, idle, zombie).
    pub systems: BTreeMap<String, &'static str>,
    // `defects` follows, streamed from the side file (see `write_manifest`).
}

fn is_two(n: &u32) -> bool {
    *n == 2
}

fn is_zero(x: &f64) -> bool {
    *x == 0.0
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
    if !(0.0..=1.0).contains(&opts.cards) {
        return Err(crate::error::Fail::usage(format!("--cards {}: a share between 0 and 1 (e.g. 0.5)", opts.cards)).into());
    }
    if !(0.0..=1.0).contains(&opts.dibao_rate) {
        return Err(crate::error::Fail::usage(format!("--dibao-rate {}: a share between 0 and 1 (e.g. 0.012)", opts.dibao_rate)).into());
    }
    if !(0.0..=10.0).contains(&opts.spells) {
        return Err(
            crate::error::Fail::usage(format!("--spells {}: past spells per adult, between 0 and 10 (e.g. 1.7)", opts.spells)).into()
        );
    }
    let area = area::Area::load(&opts.region)?;
    crate::files::create_dir(&opts.out)?;
    let mut manifest = Manifest {
        generator: concat!("mzctl seed ", env!("CARGO_PKG_VERSION")),
        region: area.code.clone(),
        region_name: area.name.clone(),
        people: opts.people,
        seed: opts.seed,
        defect_rate: opts.defects,
        as_of: opts.as_of.to_string(),
        death_years: opts.death_years,
        spells: opts.spells,
        headers: if opts.zh_headers { "zh" } else { "en" },
        encoding: match opts.encoding {
            Encoding::Utf8 => "utf-8",
            Encoding::Gb18030 => "gb18030",
        },
        files: BTreeMap::new(),
        totals: BTreeMap::new(),
        systems: BTreeMap::new(),
    };
    let mut defects = Defects::create(opts.out.join(".manifest-defects.part"))?;
    people::generate(opts, &area, &mut manifest, &mut defects, progress)?;
    places::generate(opts, &area, &mut manifest)?;
    systems::generate(opts, &area, &mut manifest)?;
    manifest.totals = defects.totals.clone();
    let injected = defects.injected.clone();
    write_manifest(&opts.out.join("manifest.json"), &manifest, defects)?;
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
        defects: injected,
        systems: system_states,
    })
}

/// `manifest.json`: the header as one pretty JSON object, with the streamed `defects` array
/// spliced in before its closing brace.
fn write_manifest(path: &std::path::Path, manifest: &Manifest, mut defects: Defects) -> Result<()> {
    use std::io::Write;
    defects.out.flush()?;
    let head = serde_json::to_string_pretty(manifest)?;
    let head = head.strip_suffix("\n}").unwrap_or(&head);
    let file = crate::files::create(path)?;
    let mut w = std::io::BufWriter::new(file);
    write!(w, "{head},\n  \"defects\": [")?;
    std::io::copy(&mut std::fs::File::open(&defects.path)?, &mut w)?;
    w.write_all(if defects.count == 0 { b"]\n}\n" } else { b"\n  ]\n}\n" })?;
    w.flush()?;
    std::fs::remove_file(&defects.path)?;
    Ok(())
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
pub fn seed_into_db(store: &mut crate::db::Store, opts: &SeedOptions, progress: &mut dyn FnMut(u64)) -> Result<(SeedReport, Vec<Loaded>)> {
    use super::import::{self, source, ImportOptions};
    use crate::domain::kind::Kind;
    let report = seed(opts, progress)?;
    let mut loaded = Vec::new();
    let ledger = (opts.payment_months > 0).then_some(Kind::Payments);
    for kind in [Kind::People, Kind::Enrolments, Kind::Deaths, Kind::Organizations, Kind::Systems].into_iter().chain(ledger) {
        // The cards were issued before the deaths were recorded (as the register learnt of them).
        if kind == Kind::Deaths && opts.cards > 0.0 {
            let issued = cards::issue(store, opts)?;
            loaded.push(Loaded { kind: "certificates", batch: None, inserted: issued, updated: 0, unchanged: 0, rejected: 0 });
        }
        let file = opts.out.join(format!("{}.csv", kind.as_str()));
        let r = import::run(
            store,
            &ImportOptions {
                delimiter: Some(b','),
                encoding: match opts.encoding {
                    Encoding::Utf8 => source::EncodingChoice::Utf8,
                    Encoding::Gb18030 => source::EncodingChoice::Gb18030,
                },
                lenient: true,
                rejects: Some(opts.out.join(format!("{}.rejects.csv", kind.as_str()))),
                ..ImportOptions::new(kind, source::Input::File(file), opts.as_of)
            },
            &mut |_, _| {},
        )?;
        loaded.push(Loaded {
            kind: r.kind,
            batch: r.batch,
            inserted: r.inserted,
            updated: r.updated,
            unchanged: r.unchanged,
            rejected: r.rejected,
        });
    }
    let (places, _) = super::place::import(store, &opts.out.join("placenames.csv"), false, &mut |_| {})?;
    loaded.push(Loaded {
        kind: "placenames",
        batch: None,
        inserted: places.imported,
        updated: 0,
        unchanged: 0,
        rejected: places.rejected.len() as u64,
    });
    Ok((report, loaded))
}
