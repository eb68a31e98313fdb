//! Issuing certificates: to one holder, to a list of ID numbers, or to everyone eligible
//! ("policy finds people"). Work goes in chunks: reserve serial numbers, sign on all cores,
//! store the chunk in one transaction, write its files. A re-run issues only to those still
//! without a valid certificate of the type, so an interrupted run is resumed by running it
//! again.
use super::{active_key, find_type, pick_issuer, write_files};
use crate::db::certs::{CertRow, HolderQuery, Issuer};
use crate::db::Store;
use crate::domain::cert::payload::{self, Claims};
use crate::domain::cert::types::{age_on, field_label, holder_id_refusal, region_prefix, CertType, Holder};
use crate::domain::certid::{self, CertId};
use crate::domain::normalize::{mask_id, normalize_code};
use crate::domain::seal::SigningKey;
use crate::domain::{idnum, values};
use crate::error::Fail;
use anyhow::{Context, Result};
use jiff::civil::Date;
use jiff::ToSpan;
use rayon::prelude::*;
use serde::Serialize;
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Whom to issue to.
#[derive(Debug, Clone)]
pub enum Who {
    Holder(String),
    /// A file (or `-`) of ID numbers: one per line, or a CSV with an `id_number`/`身份证号` column.
    File(PathBuf),
    /// ID numbers, each with its line in the list it came from.
    Listed(Vec<(Option<u64>, String)>),
    Eligible,
    /// Stored ID numbers, issued to as they are, without the holder's checks: what a system
    /// without them did. For synthetic data only (`seed --cards` gives some malformed numbers
    /// such a certificate, for `cert.holder_invalid` to find).
    Unchecked(Vec<String>),
}

#[derive(Debug, Clone)]
pub struct IssueOptions {
    pub type_code: String,
    pub issuer: Option<String>,
    pub who: Who,
    pub region: Option<String>,
    pub limit: Option<u64>,
    pub valid_until: Option<Date>,
    pub on: Date,
    pub out: Option<PathBuf>,
    pub render: bool,
    pub dry_run: bool,
    pub replace: bool,
    /// Certificates per transaction.
    pub chunk: usize,
}

/// A holder not issued to, and why.
#[derive(Debug, Clone, Serialize)]
pub struct Refused {
    pub line: Option<u64>,
    /// Masked unless the caller unmasks.
    pub holder: String,
    pub reason: String,
}

/// One issued certificate, as reported.
#[derive(Debug, Clone, Serialize)]
pub struct Issued {
    pub identifier: String,
    pub number: String,
    pub holder: String,
    pub holder_name: String,
    pub valid_until: Option<Date>,
    pub replaces: Option<String>,
    pub files: Vec<PathBuf>,
}

#[derive(Debug, Clone, Serialize)]
pub struct IssueReport {
    #[serde(rename = "type")]
    pub type_code: String,
    pub type_name: String,
    pub issuer: String,
    pub issuer_uscc: String,
    pub kid: String,
    pub alg: String,
    pub on: Date,
    pub dry_run: bool,
    /// Certificates issued (dry run: that would be issued).
    pub issued: u64,
    pub refused: Vec<Refused>,
    /// The first certificates issued (all of them for single and list runs).
    pub certificates: Vec<Issued>,
    pub out: Option<PathBuf>,
    pub manifest: Option<PathBuf>,
    pub seconds: f64,
    /// Largest payload: COSE bytes and Base45 characters, and its QR version.
    pub max_cose_bytes: usize,
    pub max_payload_chars: usize,
    /// QR version of the largest payload (ECC level Q).
    pub qr_version: Option<i16>,
    #[serde(skip)]
    longest: String,
}

/// What the caller supplies once the plan is known: the signing key (asked for only when
/// something is to be signed).
pub trait KeySource {
    fn key(&mut self) -> Result<SigningKey>;
}

/// How many certificates to report one by one in bulk runs.
const LISTED: usize = 20;

pub fn run(store: &mut Store, o: &IssueOptions, keys: &mut dyn KeySource, progress: &mut dyn FnMut(u64)) -> Result<IssueReport> {
    let started = Instant::now();
    let t = find_type(store, &o.type_code)?;
    let issuer = pick_issuer(store, o.issuer.as_deref())?;
    let key_row = active_key(store, &issuer.uscc)?;
    if let Some(u) = o.valid_until {
        if u < o.on {
            return Err(Fail::usage(format!("--valid-until {u} is before the issue date {}", o.on)).into());
        }
    }
    let prefix = scope_prefix(&t, &issuer, o.region.as_deref())?;
    let mut report = IssueReport {
        type_code: t.code.clone(),
        type_name: t.name.clone(),
        issuer: issuer.name.clone(),
        issuer_uscc: issuer.uscc.clone(),
        kid: key_row.kid.clone(),
        alg: key_row.alg.clone(),
        on: o.on,
        dry_run: o.dry_run,
        issued: 0,
        refused: Vec::new(),
        certificates: Vec::new(),
        out: o.out.clone(),
        manifest: None,
        seconds: 0.0,
        max_cose_bytes: 0,
        max_payload_chars: 0,
        qr_version: None,
        longest: String::new(),
    };
    let mut issuing = Issuing { store, t: &t, issuer: &issuer, o, key: None, keys, manifest: None, report: &mut report };
    match &o.who {
        Who::Eligible => issuing.issue_eligible(&prefix, progress)?,
        Who::Holder(id) => {
            let ids = vec![(None, id.clone())];
            issuing.issue_listed(ids, &prefix)?;
            progress(1);
        }
        Who::File(_) | Who::Listed(_) => {
            let ids = match &o.who {
                Who::File(path) => read_ids(path)?,
                Who::Listed(ids) => ids.clone(),
                _ => Vec::new(),
            };
            let total = ids.len() as u64;
            for part in ids.chunks(o.chunk.max(1)) {
                issuing.issue_listed(part.to_vec(), &prefix)?;
            }
            progress(total);
        }
        Who::Unchecked(ids) => {
            let q = HolderQuery {
                ids: Some(ids),
                on: o.on,
                region_prefix: "",
                born_by: None,
                program: None,
                deceased: false,
                without_valid: "",
                after: "",
                limit: ids.len(),
            };
            let found = issuing.store.cert_holders(&q)?;
            // In the order asked (the serial numbers follow it).
            let batch: Vec<(Holder, Option<String>)> =
                ids.iter().filter_map(|id| found.iter().find(|h| &h.id_number == id)).map(|h| (h.clone(), None)).collect();
            issuing.issue(batch)?;
            progress(ids.len() as u64);
        }
    }
    if let Some(mut m) = issuing.manifest.take() {
        m.flush().context("cannot write the manifest")?;
    }
    report.refused.sort_by_key(|r| r.line);
    if !report.longest.is_empty() {
        report.qr_version = crate::domain::cert::render::qr(&report.longest).ok().map(|q| q.version);
    }
    report.seconds = started.elapsed().as_secs_f64();
    Ok(report)
}

/// The region prefix people must live in: the issuer's region, narrowed by `--region`.
fn scope_prefix(t: &CertType, issuer: &Issuer, region: Option<&str>) -> Result<String> {
    let issuer_prefix = if t.eligibility.in_issuer_region { region_prefix(&issuer.region_code).to_string() } else { String::new() };
    let Some(r) = region else {
        return Ok(issuer_prefix);
    };
    let p = crate::ops::check::region_prefix(r)?;
    if !p.starts_with(&issuer_prefix) {
        return Err(Fail::usage(format!("--region {r} is outside the issuer's region {}", issuer.region_code)).into());
    }
    Ok(p)
}

/// ID numbers from a file or stdin, with their line numbers.
fn read_ids(path: &Path) -> Result<Vec<(Option<u64>, String)>> {
    let reader: Box<dyn BufRead> = if path.as_os_str() == "-" {
        Box::new(std::io::BufReader::new(std::io::stdin()))
    } else {
        Box::new(std::io::BufReader::new(std::fs::File::open(path).with_context(|| format!("cannot open {}", path.display()))?))
    };
    let mut out = Vec::new();
    let mut column: Option<usize> = None;
    for (i, line) in reader.lines().enumerate() {
        let line = line.with_context(|| format!("{}:{}: not UTF-8 text", path.display(), i + 1))?;
        let line = line.trim_start_matches('\u{feff}').trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let cells: Vec<&str> = line.split([',', '\t']).map(|c| c.trim().trim_matches('"')).collect();
        if out.is_empty() && column.is_none() {
            if let Some(c) = cells.iter().position(|c| matches!(*c, "id_number" | "身份证号" | "公民身份号码" | "证件号码" | "holder"))
            {
                column = Some(c);
                continue;
            }
        }
        let v = cells.get(column.unwrap_or(0)).copied().unwrap_or("");
        out.push((Some(i as u64 + 1), v.to_string()));
    }
    Ok(out)
}

struct Issuing<'a> {
    store: &'a mut Store,
    t: &'a CertType,
    issuer: &'a Issuer,
    o: &'a IssueOptions,
    key: Option<SigningKey>,
    keys: &'a mut dyn KeySource,
    manifest: Option<std::io::BufWriter<std::fs::File>>,
    report: &'a mut IssueReport,
}

impl Issuing<'_> {
    /// Everyone the type's eligibility rule finds, in ID-number order, page by page; while
    /// one page is signed on the pool the previous one is stored and the next one read (the
    /// database stays on this thread).
    fn issue_eligible(&mut self, prefix: &str, progress: &mut dyn FnMut(u64)) -> Result<()> {
        let (t, issuer, o) = (self.t, self.issuer, self.o);
        let born_by = t.eligibility.min_age.map(|a| o.on.checked_sub((a as i64).years())).transpose()?;
        let limit = o.limit.unwrap_or(u64::MAX);
        let mut after = String::new();
        let mut done = 0u64;
        std::thread::scope(|scope| -> Result<()> {
            let mut in_flight: Option<std::thread::ScopedJoinHandle<'_, Vec<(CertRow, usize)>>> = None;
            let mut key: Option<SigningKey> = None;
            while done < limit {
                let page = (o.chunk as u64).min(limit - done) as usize;
                let q = HolderQuery {
                    ids: None,
                    on: o.on,
                    region_prefix: prefix,
                    born_by,
                    program: t.eligibility.program.as_deref(),
                    deceased: t.eligibility.deceased,
                    without_valid: &t.code,
                    after: &after,
                    limit: page,
                };
                let holders = self.store.cert_holders(&q)?;
                let Some(last) = holders.last() else { break };
                after = last.id_number.clone();
                let n = holders.len();
                let mut batch = Vec::with_capacity(n);
                for h in holders {
                    match t.eligibility.refusal(&h, o.on, &issuer.region_code) {
                        None => batch.push((h, None)),
                        Some(reason) => self.report.refused.push(Refused { line: None, holder: h.id_number.clone(), reason }),
                    }
                }
                done += batch.len() as u64;
                if let Some(chunk) = self.prepare(batch)? {
                    if key.is_none() {
                        key = self.key.clone();
                    }
                    let k = key.clone().ok_or_else(|| anyhow::anyhow!("no signing key"))?;
                    let signing = scope.spawn(move || sign_chunk(chunk, t, issuer, o, &k));
                    if let Some(previous) = in_flight.replace(signing) {
                        self.store_chunk(previous.join().map_err(|_| anyhow::anyhow!("a signing thread panicked"))?)?;
                    }
                }
                progress(done);
                if n < page {
                    break;
                }
            }
            if let Some(last) = in_flight.take() {
                self.store_chunk(last.join().map_err(|_| anyhow::anyhow!("a signing thread panicked"))?)?;
            }
            Ok(())
        })
    }

    /// Check listed ID numbers one by one (refusals name the line), then issue.
    fn issue_listed(&mut self, ids: Vec<(Option<u64>, String)>, prefix: &str) -> Result<()> {
        let mut wanted: Vec<(Option<u64>, String)> = Vec::new();
        for (line, raw) in ids {
            let id = normalize_code(&raw).value;
            match holder_id_refusal(&id, self.o.on) {
                None => wanted.push((line, id)),
                Some(reason) => self.report.refused.push(Refused { line, holder: id, reason }),
            }
        }
        let just_ids: Vec<String> = wanted.iter().map(|(_, id)| id.clone()).collect();
        let q = HolderQuery {
            ids: Some(&just_ids),
            on: self.o.on,
            region_prefix: "",
            born_by: None,
            program: self.t.eligibility.program.as_deref(),
            deceased: self.t.eligibility.deceased,
            without_valid: "",
            after: "",
            limit: just_ids.len(),
        };
        let found = self.store.cert_holders(&q)?;
        let mut batch: Vec<(Holder, Option<String>)> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for (line, id) in wanted {
            let refuse = |reason: String| Refused { line, holder: id.clone(), reason };
            if !seen.insert(id.clone()) {
                self.report.refused.push(refuse("listed twice".into()));
                continue;
            }
            let Some(h) = found.iter().find(|h| h.id_number == id) else {
                let reason = if self.t.eligibility.deceased { "no death record" } else { "not in people" };
                self.report.refused.push(refuse(reason.into()));
                continue;
            };
            if let Some(reason) = self.t.eligibility.refusal(h, self.o.on, &self.issuer.region_code) {
                self.report.refused.push(refuse(reason));
                continue;
            }
            if !h.region_code.is_empty() && !h.region_code.starts_with(prefix) {
                self.report.refused.push(refuse(format!("lives in {}, outside --region", h.region_code)));
                continue;
            }
            let replaces = match self.store.valid_cert(&self.t.code, &id, self.o.on)? {
                Some(old) if !self.o.replace => {
                    self.report.refused.push(refuse(format!("already holds {old}; --replace issues a new one and cancels it")));
                    continue;
                }
                other => other,
            };
            batch.push((h.clone(), replaces));
        }
        self.issue(batch)
    }

    /// Sign and store one chunk.
    fn issue(&mut self, batch: Vec<(Holder, Option<String>)>) -> Result<()> {
        match self.prepare(batch)? {
            Some(p) => {
                let key = self.key.as_ref().expect("prepare loads the key");
                let signed = sign_chunk(p, self.t, self.issuer, self.o, key);
                self.store_chunk(signed)
            }
            None => Ok(()),
        }
    }

    /// Reserve serial numbers for a chunk (loading the key first); `None` when there is
    /// nothing to sign (empty, or a dry run: then only counted).
    fn prepare(&mut self, batch: Vec<(Holder, Option<String>)>) -> Result<Option<Chunk>> {
        if batch.is_empty() {
            return Ok(None);
        }
        if self.o.dry_run {
            self.report.issued += batch.len() as u64;
            return Ok(None);
        }
        if self.key.is_none() {
            self.key = Some(self.keys.key()?);
        }
        let first = self.store.reserve_cert_serials(&self.issuer.uscc, &self.t.code, self.o.on.year(), batch.len() as u64)?;
        Ok(Some(Chunk { batch, first, now: crate::clock::now()? }))
    }

    /// Store a signed chunk in one transaction, then write its files.
    fn store_chunk(&mut self, certs: Vec<(CertRow, usize)>) -> Result<()> {
        let (rows, cose_lens): (Vec<CertRow>, Vec<usize>) = certs.into_iter().unzip();
        self.store.insert_certs(&rows)?;
        self.report.max_cose_bytes = cose_lens.into_iter().fold(self.report.max_cose_bytes, usize::max);
        for c in &rows {
            if c.payload.len() > self.report.longest.len() {
                self.report.max_payload_chars = c.payload.len();
                self.report.longest = c.payload.clone();
            }
        }
        self.report.issued += rows.len() as u64;
        let single = matches!(self.o.who, Who::Holder(_) | Who::File(_));
        for c in &rows {
            let files = match &self.o.out {
                Some(dir) => {
                    let w = write_files(dir, c, self.t, self.issuer, self.o.render || matches!(self.o.who, Who::Holder(_)))?;
                    self.manifest_line(dir, c, &w.record)?;
                    let mut f = vec![w.record];
                    f.extend(w.files);
                    f
                }
                None => Vec::new(),
            };
            if single || self.report.certificates.len() < LISTED {
                self.report.certificates.push(Issued {
                    identifier: c.identifier.clone(),
                    number: c.number.clone(),
                    holder: c.holder_id.clone(),
                    holder_name: c.holder_name.clone(),
                    valid_until: c.valid_until,
                    replaces: c.replaces.clone(),
                    files,
                });
            }
        }
        Ok(())
    }

    fn manifest_line(&mut self, dir: &Path, c: &CertRow, record: &Path) -> Result<()> {
        if self.manifest.is_none() {
            let path = dir.join("manifest.csv");
            let existed = path.exists();
            let f = crate::files::append(&path)?;
            let mut w = std::io::BufWriter::new(f);
            if !existed {
                writeln!(w, "identifier,number,type,holder_id,holder_name,issued_on,valid_until,record")?;
            }
            self.manifest = Some(w);
            self.report.manifest = Some(path);
        }
        let w = self.manifest.as_mut().expect("manifest opened above");
        let name = record.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        writeln!(
            w,
            "{},{},{},{},{},{},{},{}",
            c.identifier,
            c.number,
            c.type_code,
            c.holder_id,
            csv_field(&c.holder_name),
            c.issued_on,
            c.valid_until.map(|d| d.to_string()).unwrap_or_default(),
            csv_field(&name)
        )?;
        Ok(())
    }
}

/// A chunk with its serial numbers reserved, ready to sign.
struct Chunk {
    batch: Vec<(Holder, Option<String>)>,
    first: u64,
    now: jiff::Timestamp,
}

/// Build and sign a chunk's certificates on all cores (no database): rows and COSE sizes.
fn sign_chunk(chunk: Chunk, t: &CertType, issuer: &Issuer, o: &IssueOptions, key: &SigningKey) -> Vec<(CertRow, usize)> {
    let Chunk { batch, first, now } = chunk;
    let year = o.on.year();
    let type_code = t.type_code(&issuer.uscc);
    let kid = key.public().kid_hex();
    batch
        .into_par_iter()
        .enumerate()
        .map(|(i, (h, replaces))| {
            let serial = format!("{:02}{:07}", year % 100, first + i as u64);
            let identifier =
                certid::build(&CertId { type_code: type_code.clone(), issuer: issuer.uscc.clone(), serial: serial.clone(), version: 1 });
            let cap = h.enrolment.as_ref().and_then(|e| e.end_date);
            let valid_until = o.valid_until.or_else(|| t.valid_until(o.on, cap));
            let birth = h.birth_date.or_else(|| idnum::parse(&h.id_number, o.on).ok().map(|id| id.birth_date()));
            let claims = Claims {
                identifier: identifier.clone(),
                cert_type: t.code.clone(),
                holder_name: h.name.clone(),
                holder_id_masked: mask_id(&h.id_number),
                birth_date: birth,
                region_code: if h.region_code.is_empty() { issuer.region_code.clone() } else { h.region_code.clone() },
                issued_on: o.on,
                valid_from: o.on,
                valid_until,
            };
            let signed = payload::sign(&claims, key);
            let row = CertRow {
                identifier,
                type_code: t.code.clone(),
                number: serial,
                issuer_uscc: issuer.uscc.clone(),
                kid: kid.clone(),
                holder_id: h.id_number.clone(),
                holder_code_type: "111".into(),
                holder_name: h.name.clone(),
                region_code: claims.region_code.clone(),
                issued_on: o.on,
                valid_from: o.on,
                valid_until,
                status: "01".into(),
                status_reason: String::new(),
                status_at: None,
                replaces,
                fields: serde_json::to_string(&card_fields(t, &h, o.on)).unwrap_or_else(|_| "[]".into()),
                payload: signed.text,
                created_at: now,
            };
            (row, signed.cose_len)
        })
        .collect()
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// The fields a card prints, as (label, value).
pub fn card_fields(t: &CertType, h: &Holder, on: Date) -> Vec<(String, String)> {
    let id = idnum::parse(&h.id_number, on).ok();
    let birth = h.birth_date.or_else(|| id.as_ref().map(|i| i.birth_date()));
    let gender = match h.gender.as_str() {
        "1" => "男".to_string(),
        "2" => "女".to_string(),
        "" => id.as_ref().map(|i| if i.gender().code() == '1' { "男" } else { "女" }).unwrap_or("").to_string(),
        other => other.to_string(),
    };
    t.fields
        .iter()
        .map(|f| {
            let value = match f.as_str() {
                "name" => h.name.clone(),
                "gender" => gender.clone(),
                "ethnicity" => h.ethnicity.clone(),
                "birth_date" => birth.map(|b| b.to_string()).unwrap_or_default(),
                "age" => {
                    let at = h.death.as_ref().map_or(on, |d| d.death_date);
                    birth.map(|b| format!("{} 岁", age_on(b, at))).unwrap_or_default()
                }
                "id_number" => mask_id(&h.id_number),
                "address" => h.address.clone(),
                "region" => {
                    let name =
                        crate::domain::region::RegionDb::builtin().current(&h.region_code).map(|v| v.name.clone()).unwrap_or_default();
                    format!("{} {name}", h.region_code).trim().to_string()
                }
                "program" => h
                    .enrolment
                    .as_ref()
                    .map(|e| crate::domain::records::program_zh(&e.program).unwrap_or(&e.program).to_string())
                    .unwrap_or_default(),
                "start_date" => h.enrolment.as_ref().map(|e| e.start_date.to_string()).unwrap_or_default(),
                "monthly_amount" => {
                    h.enrolment.as_ref().map(|e| format!("{} 元", values::format_fen(e.monthly_amount_fen))).unwrap_or_default()
                }
                "death_date" => h.death.as_ref().map(|d| d.death_date.to_string()).unwrap_or_default(),
                "cremation_no" => h.death.as_ref().map(|d| d.cremation_no.clone()).unwrap_or_default(),
                _ => String::new(),
            };
            (field_label(f).to_string(), value)
        })
        .collect()
}
