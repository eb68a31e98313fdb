//! `person show` and `person search`: one person's whole record (全息查询), and finding a
//! person without the ID number at hand.
use crate::db::certs::CertRow;
use crate::db::checks::Finding;
use crate::db::payments::PaymentRow;
use crate::db::people::{Application, Batches, Change, DeathRow, EnrolmentRow, PersonRow, Recovery};
use crate::db::Store;
use crate::domain::pinyin::search::{Keys, Query};
use crate::domain::region::RegionDb;
use crate::domain::{idnum, normalize, pinyin};
use crate::error::Fail;
use anyhow::Result;
use jiff::civil::Date;
use serde::Serialize;

/// An ID number as asked for: its 18-character form and the spellings it may be stored in.
#[derive(Debug, Clone, Serialize)]
pub struct Wanted {
    pub id_number: String,
    /// What the number as typed needed (a lowercase x, 15 digits, full-width characters).
    pub notes: Vec<String>,
    #[serde(skip)]
    pub spellings: Vec<String>,
}

/// Read an ID number as a caller gives it: 18 or 15 characters, any case of x, full-width
/// digits or spaces. A number that is not valid is a usage error saying why.
pub fn wanted(raw: &str, today: Date) -> Result<Wanted> {
    let n = normalize::normalize_code(raw);
    let mut notes: Vec<String> = n.changes.iter().map(|c| c.describe().to_string()).collect();
    let mut v = n.value.clone();
    let bad = |why: String| {
        Fail::usage(format!("{}: not a valid ID number: {why}", raw.trim())).hint("give the 18-digit number (or the old 15-digit one)")
    };
    if idnum::is_legacy15(&v) {
        v = idnum::upgrade15(&v).map_err(|e| bad(e.to_string()))?;
        notes.push("15-digit number, read as its 18-digit form".into());
    }
    if idnum::looks_excel_damaged(&v) {
        return Err(bad("it looks damaged by a spreadsheet (the last digits were lost); ask for the number again".into()).into());
    }
    let id = idnum::parse(&v, today).map_err(|e| bad(e.to_string()))?;
    let full = id.as_str().to_string();
    let mut spellings = vec![full.clone()];
    if full.ends_with('X') {
        spellings.push(format!("{}x", &full[..17]));
    }
    if &full[6..8] == "19" {
        spellings.push(format!("{}{}", &full[..6], &full[8..17]));
    }
    Ok(Wanted { id_number: full, notes, spellings })
}

/// A person row with its region's name and, for a retired code, the units holding it today.
#[derive(Debug, Clone, Serialize)]
pub struct Identity {
    #[serde(flatten)]
    pub row: PersonRow,
    pub region_name: Option<String>,
    pub region_retired: bool,
    pub region_successors: Vec<String>,
}

/// A certificate, as far as a person's record shows it.
#[derive(Debug, Clone, Serialize)]
pub struct Certificate {
    pub identifier: String,
    pub type_code: String,
    pub number: String,
    pub region_code: String,
    pub issued_on: Date,
    pub valid_until: Option<Date>,
    pub status: String,
    pub status_name: &'static str,
    pub status_reason: String,
}

/// An import batch that wrote the person's rows, and how.
#[derive(Debug, Clone, Serialize)]
pub struct BatchRef {
    pub id: i64,
    pub kind: String,
    pub file: String,
    pub mode: String,
    pub started_at: String,
    pub state: String,
    /// `inserted people`, `last changed enrolments`, `last held deaths` …
    pub roles: Vec<String>,
}

/// Everything the database holds about one ID number.
#[derive(Debug, Clone, Serialize)]
pub struct PersonRecord {
    #[serde(flatten)]
    pub wanted: Wanted,
    pub people: Vec<Identity>,
    pub enrolments: Vec<EnrolmentRow>,
    pub deaths: Vec<DeathRow>,
    pub certificates: Vec<Certificate>,
    /// Benefits paid (the ledger), newest month first.
    pub payments: Vec<PaymentRow>,
    /// The latest check run, whose open findings are shown.
    pub run: Option<i64>,
    pub findings: Vec<Finding>,
    pub death_applications: Vec<Application>,
    pub recoveries: Vec<Recovery>,
    /// Values changed by fixes and death applications, newest first.
    pub changes: Vec<Change>,
    /// Import batches named by the rows, newest first.
    pub batches: Vec<BatchRef>,
    /// Time spent in the database's queries, in seconds (process start-up and the built-in
    /// region table excluded): what an index or a plan change moves.
    pub seconds: f64,
}

fn identity(row: PersonRow) -> Identity {
    let db = RegionDb::builtin();
    let code = row.region_code.as_str();
    let retired = db.status(code) == crate::domain::region::Status::Retired;
    let name = db.current(code).or_else(|| db.versions(code).last()).map(|v| v.name.clone());
    let successors =
        if retired { db.resolve(code, None).today.iter().map(|v| format!("{} {}", v.code, v.name)).collect() } else { Vec::new() };
    Identity { row, region_name: name, region_retired: retired, region_successors: successors }
}

/// The whole record of the person with ID number `raw`; not found is an error (exit 1).
pub fn show(store: &mut Store, raw: &str, today: Date) -> Result<PersonRecord> {
    let wanted = wanted(raw, today)?;
    let started = std::time::Instant::now();
    let ids = &wanted.spellings;
    let people = store.people_by_ids(ids)?;
    let enrolments = store.enrolments_by_ids(ids)?;
    let deaths = store.deaths_by_ids(ids)?;
    let certs = store.certs_by_holders(ids)?;
    let payments = store.payments_by_ids(ids)?;
    if people.is_empty() && enrolments.is_empty() && deaths.is_empty() && certs.is_empty() && payments.is_empty() {
        return Err(Fail::error(format!("no person with ID number {} in the database", normalize::mask_id(&wanted.id_number)))
            .hint("try mzctl person search NAME")
            .into());
    }
    let run = store.latest_run()?;
    let cert_ids: Vec<String> = certs.iter().map(|c| c.identifier.clone()).collect();
    let findings = match run {
        Some(run) => store.findings_about(run, ids, &cert_ids)?,
        None => Vec::new(),
    };
    let mut roles: std::collections::BTreeMap<i64, Vec<String>> = std::collections::BTreeMap::new();
    let mut note = |b: Batches, table: &str| {
        // The batch that inserted a row usually also last changed it and last held it: said once.
        let changed = b.changed.filter(|c| Some(*c) != b.created);
        let seen = b.seen.filter(|s| Some(*s) != b.created && Some(*s) != b.changed);
        for (id, role) in [(b.created, "inserted"), (changed, "last changed"), (seen, "last held")] {
            if let Some(id) = id {
                let r = format!("{role} {table}");
                let list = roles.entry(id).or_default();
                if !list.contains(&r) {
                    list.push(r);
                }
            }
        }
    };
    people.iter().for_each(|p| note(p.batches, "people"));
    enrolments.iter().for_each(|e| note(e.batches, "enrolments"));
    deaths.iter().for_each(|d| note(d.batches, "deaths"));
    payments.iter().for_each(|p| note(p.batches, "payments"));
    let batch_ids: Vec<i64> = roles.keys().copied().collect();
    let batches = store
        .batches_by_ids(&batch_ids)?
        .into_iter()
        .map(|b| BatchRef {
            roles: roles.remove(&b.id).unwrap_or_default(),
            id: b.id,
            kind: b.kind,
            file: b.file,
            mode: b.mode,
            started_at: b.started_at,
            state: b.state,
        })
        .collect();
    let death_applications = store.applications_by_ids(ids)?;
    let recoveries = store.recoveries(Some(ids))?;
    let changes = store.changes_by_ids(ids)?;
    let seconds = started.elapsed().as_secs_f64();
    Ok(PersonRecord {
        people: people.into_iter().map(identity).collect(),
        enrolments,
        deaths,
        certificates: certs.into_iter().map(certificate).collect(),
        payments,
        run,
        findings,
        death_applications,
        recoveries,
        changes,
        batches,
        wanted,
        seconds,
    })
}

fn certificate(c: CertRow) -> Certificate {
    Certificate {
        status_name: crate::ops::cert::status_name(&c.status),
        identifier: c.identifier,
        type_code: c.type_code,
        number: c.number,
        region_code: c.region_code,
        issued_on: c.issued_on,
        valid_until: c.valid_until,
        status: c.status,
        status_reason: c.status_reason,
    }
}

/// What to search people by.
#[derive(Debug, Clone, Default)]
pub struct SearchOptions {
    /// A name or its beginning (张三, 张), or pinyin: whole (zhangsan) or initials (zs).
    pub name: String,
    /// A region code or its beginning (440106, 4401).
    pub region: Option<String>,
    pub birth_year: Option<i16>,
    /// At most this many hits (0: all).
    pub limit: usize,
}

/// A person found by name.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    pub id_number: String,
    pub name: String,
    pub gender: String,
    pub birth_date: String,
    pub region_code: String,
    pub region_name: Option<String>,
    #[serde(skip)]
    rank: u8,
}

/// The pinyin keys of a personal name: the surname in its surname reading (曾 zeng, 单 shan).
fn name_keys(name: &str) -> Keys {
    let syllables = pinyin::person_name(name);
    Keys::from_syllables(&syllables, &syllables)
}

/// People whose name is the text or starts with it (Chinese), or whose name's pinyin or
/// initials are or start with it (Latin letters), in the region and birth year asked; best
/// match first, then by name and ID number.
pub fn search(store: &mut Store, opts: &SearchOptions) -> Result<Vec<Hit>> {
    let query = Query::new(&opts.name).ok_or_else(|| Fail::usage("the name to search for is empty"))?;
    if let Some(r) = &opts.region {
        if r.is_empty() || r.len() > 12 || !r.bytes().all(|b| b.is_ascii_digit()) {
            return Err(Fail::usage(format!("--region {r:?}: give a region code or its first digits (4401, 440106)")).into());
        }
    }
    let year = opts.birth_year.map(|y| format!("{y:04}-"));
    // Pinyin keys cost a reading per name: only for a query in Latin letters.
    let latin = opts.name.trim().chars().all(|c| c.is_ascii_alphabetic() || matches!(c, 'ü' | 'Ü' | '\'' | '’' | ' ' | '-'));
    let no_keys = Keys::default();
    let mut hits = Vec::new();
    store.scan_people(opts.region.as_deref(), &mut |v| {
        let (name, birth) = (v[2], v[4]);
        if year.as_deref().is_some_and(|y| !birth.starts_with(y)) {
            return Ok(());
        }
        // Exact and prefix only: a part of a name (a given name alone) matches too many people.
        let keys = if latin { name_keys(name) } else { no_keys.clone() };
        let rank = query.rank(name, name, &[], &keys).filter(|r| !matches!(r, 3 | 4));
        if let Some(rank) = rank {
            hits.push(Hit {
                id_number: v[0].to_string(),
                name: name.to_string(),
                gender: v[3].to_string(),
                birth_date: birth.to_string(),
                region_code: v[1].to_string(),
                region_name: None,
                rank,
            });
        }
        Ok(())
    })?;
    hits.sort_by(|a, b| (a.rank, &a.name, &a.id_number, &a.region_code).cmp(&(b.rank, &b.name, &b.id_number, &b.region_code)));
    if opts.limit > 0 {
        hits.truncate(opts.limit);
    }
    let db = RegionDb::builtin();
    for h in &mut hits {
        h.region_name = db.current(&h.region_code).or_else(|| db.versions(&h.region_code).last()).map(|v| v.name.clone());
    }
    Ok(hits)
}
