//! `mzctl seed`
use crate::cli::Ctx;
use crate::error::Code;
use crate::ops::seed::{self, Encoding, SeedOptions, SeedReport};
use crate::ui::{progress::Progress, prompt, Report, Table};
use anyhow::Result;
use clap::{Args, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct SeedArgs {
    /// Province, prefecture or county code whose county-level units the people live in
    #[arg(long, default_value = "440100", value_name = "CODE")]
    pub region: String,
    /// Number of people
    #[arg(long, default_value_t = 10_000, value_name = "N")]
    pub people: u64,
    /// Random seed: the same arguments give byte-identical files on any machine
    #[arg(long, default_value_t = 1, value_name = "S")]
    pub seed: u64,
    /// Share of records given one known defect (0–1), listed in manifest.json; 0 = clean data
    #[arg(long, default_value_t = 0.0, value_name = "RATE")]
    pub defects: f64,
    /// The date the data describes [default: today]
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<jiff::civil::Date>,
    /// Directory for the CSV files, logs/ and manifest.json [default: mzctl-seed, or a
    /// temporary directory with --into-db]
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Load the records into the database through the import engine (leniently: injected
    /// defects are stored, flagged), one import batch per file
    #[arg(long)]
    pub into_db: bool,
    /// Column headers: canonical English names, or the Chinese ones of real exports
    #[arg(long, value_enum, default_value_t = Headers::En)]
    pub headers: Headers,
    /// File encoding
    #[arg(long, value_enum, default_value_t = EncodingArg::Utf8)]
    pub encoding: EncodingArg,
    /// Number of information systems in the inventory (with access logs)
    #[arg(long, default_value_t = 12, value_name = "N")]
    pub systems: u32,
    /// Years of death records: deaths fall in the last N years before the as-of date
    #[arg(long, default_value_t = 2, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=50))]
    pub death_years: u32,
    /// Past, ended dibao spells per adult, on average (0 = current enrolments only): the case
    /// history a register keeps; 1.7 with --death-years 7 gives about 1.2M enrolments and 50k
    /// deaths per 1M people
    #[arg(long, default_value_t = 0.0, value_name = "RATE")]
    pub spells: f64,
    /// Share of adults with a current dibao (最低生活保障) enrolment, paid in the ledger each
    /// month it covers: 0.012 is a city's usual rate; a payments benchmark raises it to fill a
    /// ledger of hundreds of thousands of recipients a month
    #[arg(long, default_value_t = 0.012, value_name = "RATE")]
    pub dibao_rate: f64,
    /// With --into-db: the share of people 60 or older who hold an elder card issued a year
    /// before the as-of date (by a synthetic issuer of the region, key beside the files), with
    /// some dead holders and some malformed holder numbers, listed in manifest.json
    #[arg(long, default_value_t = 0.0, value_name = "RATE", requires = "into_db")]
    pub cards: f64,
    /// Months of benefit payments in payments.csv: the ledger of the N months before the as-of
    /// date's, every enrolment paid as due, with pay.* defects at the --defects rate (0 = none)
    #[arg(long, default_value_t = 24, value_name = "N", value_parser = clap::value_parser!(u32).range(0..=240))]
    pub payment_months: u32,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Headers {
    En,
    Zh,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum EncodingArg {
    #[value(name = "utf-8")]
    Utf8,
    Gb18030,
}

pub fn run(ctx: &mut Ctx, args: SeedArgs) -> Result<Code> {
    let opts = SeedOptions {
        region: args.region,
        people: args.people,
        seed: args.seed,
        defects: args.defects,
        as_of: match args.as_of {
            Some(d) => d,
            None => crate::clock::today()?,
        },
        out: match &args.out {
            Some(dir) => dir.clone(),
            None if args.into_db => std::env::temp_dir().join(format!("mzctl-seed-{}", std::process::id())),
            None => PathBuf::from("mzctl-seed"),
        },
        zh_headers: matches!(args.headers, Headers::Zh),
        encoding: match args.encoding {
            EncodingArg::Utf8 => Encoding::Utf8,
            EncodingArg::Gb18030 => Encoding::Gb18030,
        },
        systems: args.systems,
        death_years: args.death_years,
        spells: args.spells,
        dibao_rate: args.dibao_rate,
        cards: args.cards,
        payment_months: args.payment_months,
    };
    if opts.out.join("manifest.json").exists() {
        prompt::confirm(&format!("overwrite the dataset in {}", opts.out.display()), ctx.yes, false)?;
    }
    let bar = Progress::items(Some(opts.people), "people", ctx.out.quiet);
    let report = if args.into_db {
        let result = seed::seed_into_db(ctx.store()?, &opts, &mut |n| bar.set(n));
        if args.out.is_none() {
            let _ = std::fs::remove_dir_all(&opts.out);
        }
        let (mut report, loaded) = result?;
        ctx.changed(loaded.iter().map(|l| (format!("{}.inserted", l.kind), l.inserted as i64)).collect());
        report.loaded = loaded;
        report
    } else {
        seed::seed(&opts, &mut |n| bar.set(n))?
    };
    bar.finish();
    ctx.out.emit(&report)?;
    Ok(Code::Ok)
}

impl Report for SeedReport {
    fn tables(&self) -> Vec<Table> {
        let mut files = Table::new(["file", "rows"])
            .title(format!("{} {} ({} county-level units) → {}", self.region, self.region_name, self.counties, self.out));
        for (f, n) in &self.files {
            files.row([f.clone(), n.to_string()]);
        }
        let mut out = vec![files];
        if !self.defects.is_empty() {
            let mut d = Table::new(["rule", "injected"]).title("Injected defects (manifest.json)");
            for (r, n) in &self.defects {
                d.row([r.to_string(), n.to_string()]);
            }
            out.push(d);
        }
        if !self.loaded.is_empty() {
            let mut l = Table::new(["kind", "batch", "inserted", "updated", "unchanged", "rejected"])
                .title("Loaded into the database (lenient import)");
            for x in &self.loaded {
                l.row([
                    x.kind.to_string(),
                    x.batch.map_or("-".into(), |b| b.to_string()),
                    x.inserted.to_string(),
                    x.updated.to_string(),
                    x.unchanged.to_string(),
                    x.rejected.to_string(),
                ]);
            }
            out.push(l);
        }
        if !self.systems.is_empty() {
            let mut s = Table::new(["built as", "systems"]).title("Systems (logs/)");
            for (state, n) in &self.systems {
                s.row([state.to_string(), n.to_string()]);
            }
            out.push(s);
        }
        out
    }
}
