//! Activity of a system: access logs ingested (kind `access`), events recorded by scripts
//! (`data_update`, `login`, `deploy`, `maintenance`) and probes (`probe`).
use super::logs::{Day, LineCounts, Patterns, Tally};
use crate::db::systems::{DayActivity, Merge};
use crate::db::{Counts, Store};
use crate::error::Fail;
use anyhow::{Context, Result};
use jiff::civil::Date;
use jiff::Timestamp;
use serde::Serialize;
use std::io::{BufRead, BufReader, Read};
use std::path::PathBuf;

/// Kinds `activity record` takes.
pub const RECORD_KINDS: &[&str] = &["data_update", "login", "deploy", "maintenance", "access"];

/// A log to read: a file (`.gz` decompressed) or stdin.
#[derive(Debug, Clone)]
pub enum LogInput {
    Stdin,
    File(PathBuf),
}

impl LogInput {
    pub fn parse(s: &str) -> LogInput {
        if s == "-" {
            LogInput::Stdin
        } else {
            LogInput::File(PathBuf::from(s))
        }
    }
    pub fn name(&self) -> String {
        match self {
            LogInput::Stdin => "-".into(),
            LogInput::File(p) => p.display().to_string(),
        }
    }
    pub fn size(&self) -> Option<u64> {
        match self {
            LogInput::Stdin => None,
            LogInput::File(p) => std::fs::metadata(p).ok().map(|m| m.len()),
        }
    }
    fn open(&self) -> Result<Box<dyn BufRead>> {
        let raw: Box<dyn Read> = match self {
            LogInput::Stdin => Box::new(std::io::stdin()),
            LogInput::File(p) => Box::new(std::fs::File::open(p).with_context(|| format!("cannot open {}", p.display()))?),
        };
        let mut r = BufReader::with_capacity(128 * 1024, raw);
        // gzip by its magic bytes, whatever the name.
        let gz = r.fill_buf()?.starts_with(&[0x1f, 0x8b]);
        Ok(if gz { Box::new(BufReader::with_capacity(128 * 1024, flate2::bufread::MultiGzDecoder::new(r))) } else { Box::new(r) })
    }
}

#[derive(Debug, Serialize)]
pub struct IngestReport {
    pub system: String,
    pub files: Vec<String>,
    pub dry_run: bool,
    #[serde(flatten)]
    pub counts: LineCounts,
    pub days: usize,
    pub first_day: Option<Date>,
    pub last_day: Option<Date>,
    pub last_access: Option<Timestamp>,
    /// Distinct authenticated users over all days (up to 1000 a day are kept).
    pub users: usize,
    pub seconds: f64,
    pub per_day: Vec<Day>,
}

/// Read the logs, count per day, store the days (replacing what was stored for those days).
pub fn ingest(
    store: &mut Store,
    id: &str,
    inputs: &[LogInput],
    patterns: Patterns,
    dry_run: bool,
    progress: &mut dyn FnMut(u64),
) -> Result<(IngestReport, Counts)> {
    let started = std::time::Instant::now();
    super::get(store, id)?;
    if inputs.iter().filter(|i| matches!(i, LogInput::Stdin)).count() > 1 {
        return Err(Fail::usage("stdin (-) can be read once").into());
    }
    let mut tally = Tally::new(patterns);
    let mut done = 0u64;
    for input in inputs {
        let r = input.open()?;
        tally.read(r, &mut |b| progress(done + b)).with_context(|| format!("reading {}", input.name()))?;
        done += input.size().unwrap_or(0);
    }
    let counts = tally.counts;
    let days = tally.days();
    let rows: Vec<DayActivity> = days
        .iter()
        .map(|d| DayActivity {
            system: id.to_string(),
            day: d.day,
            kind: "access".into(),
            requests: d.requests as i64,
            clients: d.clients as i64,
            users: d.users.len() as i64,
            last_at: d.last_at,
            details: serde_json::json!({ "users": d.users }).to_string(),
        })
        .collect();
    if !dry_run {
        store.put_activity(&rows, Merge::Replace)?;
    }
    let users = days.iter().flat_map(|d| &d.users).collect::<std::collections::BTreeSet<_>>().len();
    let report = IngestReport {
        system: id.to_string(),
        files: inputs.iter().map(LogInput::name).collect(),
        dry_run,
        counts,
        days: days.len(),
        first_day: days.first().map(|d| d.day),
        last_day: days.last().map(|d| d.day),
        last_access: days.iter().filter_map(|d| d.last_at).max(),
        users,
        seconds: started.elapsed().as_secs_f64(),
        per_day: days,
    };
    Ok((report, Counts::from([("system_activity.days".to_string(), rows.len() as i64)])))
}

#[derive(Debug, Serialize)]
pub struct Recorded {
    pub dry_run: bool,
    pub system: String,
    pub kind: String,
    pub day: Date,
    pub at: Timestamp,
    pub count: i64,
}

/// Record activity that is not in a log (e.g. the max(updated_at) of a system's database).
pub fn record(store: &mut Store, id: &str, kind: &str, at: Timestamp, count: i64, dry_run: bool) -> Result<(Recorded, Counts)> {
    super::get(store, id)?;
    if !RECORD_KINDS.contains(&kind) {
        return Err(Fail::usage(format!("unknown activity kind {kind:?}")).hint(format!("kinds: {}", RECORD_KINDS.join(", "))).into());
    }
    if count < 1 {
        return Err(Fail::usage("--count must be at least 1").into());
    }
    let day = at.to_zoned(crate::clock::CST.to_time_zone()).date();
    let row = DayActivity {
        system: id.into(),
        day,
        kind: kind.into(),
        requests: count,
        clients: 0,
        users: 0,
        last_at: Some(at),
        details: "{}".into(),
    };
    if !dry_run {
        store.put_activity(&[row], Merge::Add)?;
    }
    Ok((
        Recorded { dry_run, system: id.into(), kind: kind.into(), day, at, count },
        Counts::from([("system_activity.recorded".to_string(), 1)]),
    ))
}

/// The latest of each kind of activity, and the totals.
#[derive(Debug, Default, Serialize)]
pub struct Summary {
    pub last_access: Option<Timestamp>,
    pub last_data_update: Option<Timestamp>,
    pub last_login: Option<Timestamp>,
    pub last_probe: Option<Timestamp>,
    pub access_days: u64,
    pub requests: u64,
}

impl Summary {
    pub fn of(rows: &[DayActivity]) -> Summary {
        let mut s = Summary::default();
        for r in rows {
            let slot = match r.kind.as_str() {
                "access" => {
                    s.access_days += 1;
                    s.requests += r.requests.max(0) as u64;
                    &mut s.last_access
                }
                "data_update" => &mut s.last_data_update,
                "login" => &mut s.last_login,
                "probe" => &mut s.last_probe,
                _ => continue,
            };
            if r.last_at > *slot {
                *slot = r.last_at;
            }
        }
        s
    }
}
