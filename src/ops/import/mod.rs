//! `mzctl import`: validated, resumable bulk loads of civil-affairs records.
//!
//! One thread reads and validates (streaming, one reused record, columns resolved once) and
//! hands chunks of clean rows to the writer, which commits each chunk with the batch's
//! progress in one transaction. A killed import leaves whole chunks and a batch that
//! `--resume` continues from its last committed line; a failed or aborted one is rolled back
//! (its committed chunks undone), so the database is never left half-written. A dry run
//! writes nothing at all: it compares the file with the stored rows by reading them.
mod in_order;
mod preview;
pub mod rejects;
pub mod sheet;
pub mod source;
pub mod validate;

use crate::db::records::{self, BatchEnd, BatchInfo, Conflict, Counters, Mode, NewBatch, Row, TableSpec, UndoCounts};
use crate::db::Store;
use crate::error::Fail;
use anyhow::{anyhow, Result};
use jiff::civil::Date;
use serde::Serialize;
use source::{EncodingChoice, Input};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, Sender, SyncSender};
use std::time::Instant;
// Re-exported for the `import`, `systems import` and `check file` commands.
use crate::domain::kind::Kind;

impl Kind {
    /// The table the kind is stored in. Defined here rather than with the kind: the domain
    /// depends on nothing else in the crate.
    pub fn spec(self) -> &'static TableSpec {
        match self {
            Kind::People => &records::PEOPLE,
            Kind::Enrolments => &records::ENROLMENTS,
            Kind::Deaths => &records::DEATHS,
            Kind::Organizations => &records::ORGANIZATIONS,
            Kind::Systems => &records::SYSTEMS,
            Kind::Payments => &records::PAYMENTS,
        }
    }
}

#[derive(Debug, Clone)]
pub struct ImportOptions {
    pub kind: Kind,
    pub input: Input,
    pub delimiter: Option<u8>,
    pub encoding: EncodingChoice,
    /// The sheet of a spreadsheet input (default: the first).
    pub sheet: Option<String>,
    /// `(field, HEADER)` overrides of the column mapping.
    pub maps: Vec<(String, String)>,
    pub lenient: bool,
    pub rejects: Option<PathBuf>,
    pub abort_on_error: bool,
    pub max_errors: Option<u64>,
    pub mode: Mode,
    pub dry_run: bool,
    /// Rows per committed chunk; `None`: [`auto_batch_size`] of the input.
    pub batch_size: Option<usize>,
    pub resume: bool,
    pub today: Date,
    /// How large a field, a workbook and its parts may be.
    pub limits: source::Limits,
    /// The rejects file's encoding (default: the input's, UTF-8 with a BOM for a workbook).
    pub rejects_encoding: Option<crate::csvout::Encoding>,
}

impl ImportOptions {
    /// The defaults of `mzctl import KIND FILE`: strict, upsert, encoding and delimiter sniffed,
    /// 50,000-row chunks, rejects next to the file.
    pub fn new(kind: Kind, input: Input, today: Date) -> ImportOptions {
        ImportOptions {
            kind,
            input,
            delimiter: None,
            encoding: EncodingChoice::Auto,
            sheet: None,
            maps: Vec::new(),
            lenient: false,
            rejects: None,
            abort_on_error: false,
            max_errors: None,
            mode: Mode::Upsert,
            dry_run: false,
            batch_size: None,
            resume: false,
            today,
            limits: source::Limits::default(),
            rejects_encoding: None,
        }
    }
}

#[derive(Debug, Serialize)]
pub struct ImportReport {
    /// The batch id (none for a dry run: nothing was kept).
    pub batch: Option<i64>,
    pub kind: &'static str,
    pub file: String,
    pub encoding: &'static str,
    pub mode: Mode,
    pub lenient: bool,
    pub dry_run: bool,
    pub read: u64,
    pub inserted: u64,
    pub updated: u64,
    pub unchanged: u64,
    pub rejected: u64,
    pub conflicts: u64,
    pub deleted: u64,
    pub rejects_file: Option<String>,
    pub seconds: f64,
    /// The line an interrupted batch was resumed after.
    pub resumed_after: Option<u64>,
    /// Rejected rows per fault (`field: reason`); a row with several faults counts under each.
    pub reasons: BTreeMap<String, u64>,
    pub normalized: BTreeMap<String, u64>,
    pub warnings: BTreeMap<String, u64>,
    /// The first conflicts: a later line with the same natural key as an earlier one.
    pub conflict_lines: Vec<Conflict>,
    pub notes: Vec<String>,
}

/// One rejected row on its way to the rejects file.
struct Rejected {
    line: u64,
    raw: Vec<String>,
    /// The faulty fields, `;`-separated.
    fields: String,
    /// Every fault, `; `-separated.
    reason: String,
    /// Each fault's field and summary, to count rejects by.
    faults: Vec<(&'static str, &'static str)>,
}

impl Rejected {
    fn new(line: u64, raw: Vec<String>, r: &validate::Reject) -> Rejected {
        Rejected { line, raw, fields: r.fields(), reason: r.reason(), faults: r.problems.iter().map(|p| (p.field, p.summary)).collect() }
    }

    fn one(line: u64, raw: Vec<String>, p: validate::Problem) -> Rejected {
        Rejected::new(line, raw, &validate::Reject { problems: vec![p] })
    }
}

/// What the validator thread hands the writer.
enum Msg {
    Chunk { rows: Vec<Row>, raws: Vec<csv::StringRecord>, rejects: Vec<Rejected>, last_line: u64 },
    Done { normalized: BTreeMap<String, u64>, warnings: BTreeMap<String, u64> },
}

fn lossy(rec: &csv::ByteRecord) -> Vec<String> {
    rec.iter().map(|f| String::from_utf8_lossy(f).into_owned()).collect()
}

/// `host:pid` of this process, recorded on the batch it runs.
pub fn owner() -> String {
    format!("{}:{}", hostname(), std::process::id())
}

fn hostname() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .or_else(|_| std::fs::read_to_string("/etc/hostname"))
        .map(|h| h.trim().to_string())
        .unwrap_or_default()
}

/// A batch's state as users should see it: `running` whose process is gone is `interrupted`.
pub fn effective_state(b: &BatchInfo) -> String {
    if b.state != "running" {
        return b.state.clone();
    }
    let alive = match b.owner.rsplit_once(':') {
        Some((host, pid)) if host == hostname() => std::path::Path::new(&format!("/proc/{pid}")).exists(),
        _ => true, // another machine: cannot tell
    };
    if alive {
        "running".into()
    } else {
        "interrupted".into()
    }
}

/// After a failed import: roll back the chunks it committed and mark the batch `failed`; where
/// that cannot be done (another import has written since, the connection is gone) the batch
/// stays `interrupted`, resumable, and the error says so after the failure itself.
fn give_up(store: &mut Store, opts: &ImportOptions, batch: i64, e: anyhow::Error) -> anyhow::Error {
    if opts.dry_run {
        return e;
    }
    let undone: Result<UndoCounts> = store.undo_batch(batch, opts.kind.spec());
    let Err(why) = undone else {
        let _ = store.set_batch_state(batch, "failed");
        return e;
    };
    let kept = store.set_batch_state(batch, "interrupted").is_ok();
    let state = if kept { "stays interrupted" } else { "is left as it was" };
    let ours = format!(
        "its committed chunks could not be rolled back ({why:#}): batch {batch} {state}; `--resume` finishes it, `mzctl import undo {batch}` removes it"
    );
    // What to do about the failure itself (a server limit, a missing right) comes first.
    let first = match e.downcast_ref::<crate::error::Fail>() {
        Some(f) => f.hint.clone(),
        None => crate::ops::db::hint_for(&e),
    };
    let hint = match first {
        Some(h) => format!("{h}; {ours}"),
        None => ours,
    };
    match e.downcast::<crate::error::Fail>() {
        Ok(f) => f.hint(hint).into(),
        Err(e) => crate::error::Fail::error(format!("{e:#}")).hint(hint).into(),
    }
}

fn rejects_path(opts: &ImportOptions) -> PathBuf {
    opts.rejects.clone().unwrap_or_else(|| match &opts.input {
        Input::Stdin => PathBuf::from("stdin.rejects.csv"),
        Input::File(p) => {
            let mut s = p.clone().into_os_string();
            s.push(".rejects.csv");
            PathBuf::from(s)
        }
    })
}

pub fn run(store: &mut Store, opts: &ImportOptions, progress: &mut dyn FnMut(u64, u64)) -> Result<ImportReport> {
    let started = Instant::now();
    let spec = opts.kind.spec();
    let file = opts.input.name();
    let Interrupted { sha, resume_from, mut notes } = interrupted(store, opts, &file)?;

    let source::Opened { reader, encoding, bytes_read, digest, sheet_first_row, reply_encoding } =
        source::open_within(&opts.input, opts.encoding, opts.sheet.as_deref(), &opts.limits)?;
    let (csv, headers, lines) = source::csv_reader_within(reader, sheet_first_row, &file, opts.delimiter, &opts.limits)?;
    let (validator, header_notes) = validate::Validator::new(opts.kind, &headers, &opts.maps, opts.lenient, opts.today, &file)?;
    notes.extend(header_notes);

    // A dry run opens no batch: it continues the interrupted one's counts, or starts at zero.
    let (batch, counters) = match (&resume_from, opts.dry_run) {
        (Some(b), true) => (b.id, b.counters),
        (None, true) => (0, Counters::default()),
        (_, false) => open_batch(store, opts, &file, sha.as_deref(), resume_from.as_ref())?,
    };

    // The validator thread.
    let (tx, rx) = std::sync::mpsc::sync_channel::<Result<Msg>>(1);
    // Written pieces come back to the validator, which reuses their rows: their memory is
    // allocated and freed on one thread (no cross-thread frees), and most of it not at all.
    let (spent_tx, spent_rx) = std::sync::mpsc::channel::<Vec<Row>>();
    // The validator hands over small pieces (memory stays flat); the writer commits every
    // `batch_size` rows (fewer, larger transactions write each hot page fewer times).
    let batch_size = opts.batch_size.unwrap_or_else(|| auto_batch_size(input_bytes(&opts.input))).max(1);
    let piece = batch_size.min(store.piece_rows());
    let shape = Shape::new(&validator, &headers, opts.limits.field, lines.delimiter);
    let reader = Reader::new(csv, lines, validator, file.clone(), shape, counters.last_line, piece, opts.mode == Mode::Insert);
    let handle = std::thread::spawn(move || reader.run(tx, spent_rx));

    // Into an empty table, the rows are stored in key order, all in one transaction at the
    // end (see `in_order`). Not with --batch-size (its chunks are what was asked for), nor in
    // insert mode (a recurring key's later lines are rejects that need the raw rows), nor to
    // continue a batch that committed lines already.
    let budget = crate::ops::spill::Budget::new(in_order::BUDGET);
    let in_order =
        !opts.dry_run && opts.mode != Mode::Insert && opts.batch_size.is_none() && counters.last_line == 0 && !store.has_rows(spec)?;
    let mut w = Writer::new(opts, &headers, &file, batch, batch_size, counters);
    w.rejects_encoding = opts.rejects_encoding.unwrap_or(reply_encoding);
    w.continuing = opts.resume && counters.last_line > 0;
    if in_order {
        w.in_order = Some(in_order::Gathered::new(&budget));
    }
    if opts.dry_run {
        w.preview = Some(preview::Preview::new(resume_from.as_ref().map(|b| b.id)));
    }
    let mut result = w.receive(store, &rx, &spent_tx, &bytes_read, progress);
    if w.chunk_open {
        // A failed chunk's own error comes first; the rollback's only if all else went well.
        let aborted = store.abort_chunk();
        if result.is_ok() {
            result = aborted;
        }
    }
    drop(rx);
    let _ = handle.join();
    if let Some(out) = w.rejects_out.as_mut() {
        out.flush()?;
    }
    let Writer { mut counters, rejects_file, rejects_out, reasons, conflict_lines, normalized, warnings, preview, .. } = w;
    if let Err(e) = result {
        return Err(give_up(store, opts, batch, e));
    }
    let seconds = started.elapsed().as_secs_f64();
    let digest = digest.lock().ok().and_then(|d| d.clone());
    let end = BatchEnd { counters, state: "done", seconds, sha256: digest.as_deref().filter(|_| sha.is_none()) };
    counters.deleted = match preview {
        Some(p) if opts.mode == Mode::Replace => p.deleted(store, spec)?,
        Some(_) => 0,
        None => store.finish_batch(batch, spec, opts.mode, &end)?,
    };
    Ok(ImportReport {
        batch: (!opts.dry_run).then_some(batch),
        kind: spec.name,
        file,
        encoding,
        mode: opts.mode,
        lenient: opts.lenient,
        dry_run: opts.dry_run,
        read: counters.read,
        inserted: counters.inserted,
        updated: counters.updated,
        unchanged: counters.unchanged,
        rejected: counters.rejected,
        conflicts: counters.conflicts,
        deleted: counters.deleted,
        rejects_file: rejects_out.is_some().then(|| rejects_file.display().to_string()),
        seconds,
        resumed_after: resume_from.map(|b| b.counters.last_line),
        reasons,
        normalized,
        warnings,
        conflict_lines,
        notes,
    })
}

/// A file's hash and the interrupted batch `--resume` continues, or notes that one could.
struct Interrupted {
    sha: Option<String>,
    resume_from: Option<BatchInfo>,
    notes: Vec<String>,
}

/// A file is hashed first (its batch records it, so that --resume finds the batch even after
/// a kill); stdin is hashed as it is read.
fn interrupted(store: &mut Store, opts: &ImportOptions, file: &str) -> Result<Interrupted> {
    let spec = opts.kind.spec();
    let sha = match &opts.input {
        Input::File(p) => Some(source::sha256_file(p)?),
        Input::Stdin => None,
    };
    let interrupted: Vec<BatchInfo> = match &sha {
        Some(sha) => store
            .batches(1000)?
            .into_iter()
            .filter(|b| b.kind == spec.name && b.sha256 == *sha && effective_state(b) == "interrupted")
            .collect(),
        None => Vec::new(),
    };
    let mut resume_from: Option<BatchInfo> = None;
    let mut notes = Vec::new();
    if opts.resume {
        if sha.is_none() {
            return Err(Fail::usage("--resume needs a file, not stdin").into());
        }
        resume_from = interrupted.first().cloned();
        if resume_from.is_none() {
            return Err(Fail::usage(format!("no interrupted {} batch for {file} to resume", spec.name))
                .hint("see mzctl import batches")
                .into());
        }
    } else {
        for b in &interrupted {
            notes.push(format!("batch {} of this file was interrupted at line {}: --resume continues it", b.id, b.counters.last_line));
        }
    }
    Ok(Interrupted { sha, resume_from, notes })
}

/// The size of the input file (0 for standard input).
fn input_bytes(input: &source::Input) -> u64 {
    match input {
        source::Input::File(p) => std::fs::metadata(p).map_or(0, |m| m.len()),
        source::Input::Stdin => 0,
    }
}

/// Rows per committed chunk when not given: 50,000, or a sixteenth of the rows the input
/// holds (about 100 bytes a row) when that is more. Keys arrive in no order, so every chunk
/// rewrites nearly every page of the key index it touches: a fixed chunk size makes the
/// writes grow with rows × chunks, a fixed number of chunks keeps them linear in the rows.
pub fn auto_batch_size(input_bytes: u64) -> usize {
    usize::try_from(input_bytes / 100 / 16).unwrap_or(usize::MAX).max(50_000)
}

/// The batch the rows go to: the interrupted one, running again, or a new one.
fn open_batch(
    store: &mut Store,
    opts: &ImportOptions,
    file: &str,
    sha: Option<&str>,
    resume_from: Option<&BatchInfo>,
) -> Result<(i64, Counters)> {
    store.bulk_load_started(input_bytes(&opts.input))?;
    if let Some(b) = resume_from {
        store.set_batch_state(b.id, "running")?;
        return Ok((b.id, b.counters));
    }
    let id = store.create_batch(&NewBatch {
        kind: opts.kind.spec().name.to_string(),
        file: file.to_string(),
        sha256: sha.unwrap_or_default().to_string(),
        mode: opts.mode,
        lenient: opts.lenient,
        os_user: crate::ops::audit::os_user(),
        owner: owner(),
        started_at: crate::clock::now()?,
    })?;
    Ok((id, Counters::default()))
}

/// What a record of the file may look like beyond its number of fields: how long a field may
/// be, and where a line break may stand.
struct Shape {
    width: usize,
    max_field: usize,
    delimiter: u8,
    /// Per column: the field it is read as (`-` for an ignored column) and its header.
    fields: Vec<(&'static str, String)>,
    /// Per column: free text, where a line break is the value's own.
    free_text: Vec<bool>,
}

impl Shape {
    fn new(validator: &validate::Validator, headers: &[String], max_field: usize, delimiter: u8) -> Shape {
        let fields: Vec<(&'static str, String)> =
            headers.iter().enumerate().map(|(i, h)| (validator.field_at(i).unwrap_or("-"), h.clone())).collect();
        let free_text = fields.iter().map(|(f, _)| *f == "-" || validate::FREE_TEXT.contains(f)).collect();
        Shape { width: headers.len(), max_field, delimiter, fields, free_text }
    }

    /// A field over the size limit, or a record that runs over lines where it should not (a
    /// stray quote swallows the rows after it into one field). Costs nothing for a record of
    /// one line and ordinary size.
    #[inline]
    fn problem(&self, rec: &csv::ByteRecord, line: u64) -> Option<validate::Problem> {
        let all = rec.as_slice();
        if all.len() > self.max_field {
            if let Some((i, f)) = rec.iter().enumerate().find(|(_, f)| f.len() > self.max_field) {
                let (field, header) = &self.fields[i];
                let limit = sheet::human_bytes(self.max_field as u64);
                let detail =
                    format!("{header} holds {}, over the {limit} a field may hold (--max-field)", sheet::human_bytes(f.len() as u64));
                return Some(validate::misshapen(field, "field too long", detail));
            }
        }
        memchr::memchr(b'\n', all)?;
        let last = line + memchr::memchr_iter(b'\n', all).count() as u64;
        for (i, f) in rec.iter().enumerate() {
            if memchr::memchr(b'\n', f).is_none() {
                continue;
            }
            let (field, header) = &self.fields[i];
            if !self.free_text[i] {
                let detail = format!("lines {line}–{last} are one record: {header} holds a line break (a stray quote?)");
                return Some(validate::misshapen(field, "line break inside a field", detail));
            }
            if f.split(|b| *b == b'\n').skip(1).any(|l| self.reads_as_record(l)) {
                let detail = format!("lines {line}–{last} are one record: {header} holds what reads as a whole record (a stray quote?)");
                return Some(validate::misshapen(field, "rows run together", detail));
            }
        }
        None
    }

    /// A line that would parse as a record of the file: the header's number of fields, and a
    /// first value like an ID number or credit code.
    fn reads_as_record(&self, line: &[u8]) -> bool {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if memchr::memchr_iter(self.delimiter, line).count() + 1 != self.width {
            return false;
        }
        let first = line.split(|b| *b == self.delimiter).next().unwrap_or(&[]);
        let first = first.trim_ascii().strip_prefix(b"\"").unwrap_or(first.trim_ascii());
        let first = first.strip_suffix(b"\"").unwrap_or(first);
        (15..=18).contains(&first.len())
            && first.iter().all(u8::is_ascii_alphanumeric)
            && first.iter().filter(|b| b.is_ascii_digit()).count() >= 10
    }
}

/// The validator thread: reads the records, validates each into a row or a reject, and hands
/// the writer pieces of them.
struct Reader {
    csv: source::CsvReader,
    lines: source::LineNumbers,
    validator: validate::Validator,
    file: String,
    shape: Shape,
    /// The lines a resumed batch already stored.
    skip_until: u64,
    /// Rows and rejects per piece.
    piece: usize,
    /// The raw records are kept beside their rows (`--mode insert` reports the ones whose key
    /// is stored already).
    keep_raw: bool,
    rows: Vec<Row>,
    raws: Vec<csv::StringRecord>,
    rejects: Vec<Rejected>,
    last_line: u64,
    /// The row being filled.
    row: Row,
    /// Spent rows to fill again.
    pool: Vec<Row>,
}

impl Reader {
    #[allow(clippy::too_many_arguments)]
    fn new(
        csv: source::CsvReader,
        lines: source::LineNumbers,
        validator: validate::Validator,
        file: String,
        shape: Shape,
        skip_until: u64,
        piece: usize,
        keep_raw: bool,
    ) -> Reader {
        Reader {
            csv,
            lines,
            validator,
            file,
            shape,
            skip_until,
            piece,
            keep_raw,
            rows: Vec::with_capacity(piece),
            raws: Vec::new(),
            rejects: Vec::new(),
            last_line: skip_until,
            row: Row::default(),
            pool: Vec::new(),
        }
    }

    fn run(mut self, tx: SyncSender<Result<Msg>>, spent_rx: Receiver<Vec<Row>>) {
        let mut rec = csv::ByteRecord::new();
        let mut records = 0u64;
        loop {
            match self.csv.read_byte_record(&mut rec) {
                Ok(true) => {}
                Ok(false) => break,
                Err(e) => {
                    let line = self.lines.line(records + 1, e.position()).unwrap_or(self.last_line + 1);
                    let _ = tx.send(Err(anyhow!("{}:{line}: malformed CSV: {e}", self.file)));
                    return;
                }
            }
            records += 1;
            let line = self.lines.line(records, rec.position()).unwrap_or(self.last_line + 1);
            if line <= self.skip_until {
                if self.validator.counts_rows() {
                    self.count_stored(&mut rec, line);
                }
                continue;
            }
            self.last_line = line;
            self.record(&mut rec, line);
            if self.rows.len() + self.rejects.len() >= self.piece {
                let next = self.next_piece(&spent_rx);
                let chunk = Msg::Chunk {
                    rows: std::mem::replace(&mut self.rows, next),
                    raws: std::mem::take(&mut self.raws),
                    rejects: std::mem::take(&mut self.rejects),
                    last_line: self.last_line,
                };
                if tx.send(Ok(chunk)).is_err() {
                    return;
                }
            }
        }
        let _ = tx.send(Ok(Msg::Chunk { rows: self.rows, raws: self.raws, rejects: self.rejects, last_line: self.last_line }));
        let _ = tx.send(Ok(Msg::Done { normalized: self.validator.normalized, warnings: self.validator.warnings }));
    }

    /// One record: a row, or a reject.
    #[inline]
    fn record(&mut self, rec: &mut csv::ByteRecord, line: u64) {
        if rec.len() != self.shape.width {
            self.rejects.push(Rejected::one(line, lossy(rec), validate::wrong_width(rec.len(), self.shape.width)));
            return;
        }
        if let Some(p) = self.shape.problem(rec, line) {
            self.rejects.push(Rejected::one(line, lossy(rec), p));
            return;
        }
        match csv::StringRecord::from_byte_record(std::mem::take(rec)) {
            Err(e) => {
                *rec = e.into_byte_record();
                self.rejects.push(Rejected::one(line, lossy(rec), validate::not_utf8(rec)));
            }
            Ok(srec) => {
                match self.validator.row(&srec, line, &mut self.row) {
                    Ok(()) => {
                        let next = self.pool.pop().unwrap_or_default();
                        self.rows.push(std::mem::replace(&mut self.row, next));
                        if self.keep_raw {
                            self.raws.push(srec.clone());
                        }
                    }
                    Err(r) => self.rejects.push(Rejected::new(line, srec.iter().map(String::from).collect(), &r)),
                }
                *rec = srec.into_byte_record();
            }
        }
    }

    /// A row a resumed batch already stored, validated again for what the rows after it count.
    fn count_stored(&mut self, rec: &mut csv::ByteRecord, line: u64) {
        if rec.len() != self.shape.width {
            return;
        }
        if let Ok(srec) = csv::StringRecord::from_byte_record(std::mem::take(rec)) {
            let _ = self.validator.row(&srec, line, &mut self.row);
            *rec = srec.into_byte_record();
        }
    }

    /// The next piece's vector and rows: a spent piece when one came back.
    fn next_piece(&mut self, spent_rx: &Receiver<Vec<Row>>) -> Vec<Row> {
        let mut next = match spent_rx.try_recv() {
            Ok(mut spent) if self.pool.is_empty() => {
                std::mem::swap(&mut self.pool, &mut spent);
                spent
            }
            Ok(mut spent) => {
                self.pool.append(&mut spent);
                spent
            }
            Err(_) => Vec::new(),
        };
        next.reserve(self.piece);
        next
    }
}

/// The writer: commits the validator's pieces in chunks of `batch_size` rows with the batch's
/// progress, writes the rejects file and counts the faults.
struct Writer<'o, 'b> {
    opts: &'o ImportOptions,
    headers: &'o [String],
    file: &'o str,
    batch: i64,
    batch_size: usize,
    counters: Counters,
    rejects_file: PathBuf,
    rejects_encoding: crate::csvout::Encoding,
    /// Opened at the first reject.
    rejects_out: Option<crate::csvout::Writer<crate::csvout::Encoded<std::io::BufWriter<std::fs::File>>>>,
    reasons: BTreeMap<String, u64>,
    conflict_lines: Vec<Conflict>,
    normalized: BTreeMap<String, u64>,
    warnings: BTreeMap<String, u64>,
    /// A chunk's transaction is open, holding `in_chunk` rows read.
    chunk_open: bool,
    in_chunk: usize,
    /// A dry run: rows are compared with the stored ones, not written.
    preview: Option<preview::Preview>,
    /// A load into an empty table: its rows gathered here, stored in key order at the end.
    in_order: Option<in_order::Gathered<'b>>,
    /// The rejects file is continued (a resumed batch that had committed lines), not begun.
    continuing: bool,
}

impl<'o, 'b> Writer<'o, 'b> {
    fn new(
        opts: &'o ImportOptions,
        headers: &'o [String],
        file: &'o str,
        batch: i64,
        batch_size: usize,
        counters: Counters,
    ) -> Writer<'o, 'b> {
        Writer {
            opts,
            headers,
            file,
            batch,
            batch_size,
            counters,
            rejects_file: rejects_path(opts),
            rejects_encoding: crate::csvout::Encoding::Utf8,
            rejects_out: None,
            reasons: BTreeMap::new(),
            conflict_lines: Vec::new(),
            normalized: BTreeMap::new(),
            warnings: BTreeMap::new(),
            chunk_open: false,
            in_chunk: 0,
            preview: None,
            in_order: None,
            continuing: false,
        }
    }

    /// Everything the validator sends, until it is done; the last chunk committed.
    fn receive(
        &mut self,
        store: &mut Store,
        rx: &Receiver<Result<Msg>>,
        spent_tx: &Sender<Vec<Row>>,
        bytes_read: &AtomicU64,
        progress: &mut dyn FnMut(u64, u64),
    ) -> Result<()> {
        for msg in rx.iter() {
            match msg? {
                Msg::Done { normalized, warnings } => {
                    self.normalized = normalized;
                    self.warnings = warnings;
                }
                Msg::Chunk { rows, raws, rejects, last_line } => {
                    let spent = self.piece(store, rows, &raws, rejects, last_line)?;
                    let _ = spent_tx.send(spent);
                    progress(bytes_read.load(Ordering::Relaxed), self.counters.read);
                }
            }
        }
        if let Some(gathered) = self.in_order.take() {
            self.store_in_order(store, gathered)?;
        }
        if self.chunk_open {
            self.chunk_open = false;
            store.commit_chunk(self.batch, &self.counters)?;
        }
        Ok(())
    }

    /// One piece: its rejects to the file, its rows to the store (committed when the chunk is
    /// full) or gathered to be stored in key order, unless the rejects stop the import.
    /// Returns the rows' vector to be used again.
    fn piece(
        &mut self,
        store: &mut Store,
        rows: Vec<Row>,
        raws: &[csv::StringRecord],
        rejects: Vec<Rejected>,
        last_line: u64,
    ) -> Result<Vec<Row>> {
        let opts = self.opts;
        let n_rejects = rejects.len() as u64;
        let first_reject = rejects.first().map(|r| format!("{}:{}: {}", self.file, r.line, r.reason));
        for r in rejects {
            self.reject(r)?;
        }
        self.counters.read += rows.len() as u64 + n_rejects;
        self.counters.rejected += n_rejects;
        self.counters.last_line = last_line;
        if let Some(first) = first_reject.filter(|_| opts.abort_on_error) {
            return Err(Fail::error(first).hint("--on-error abort: nothing was stored; --on-error skip keeps the good rows").into());
        }
        if let Some(max) = opts.max_errors.filter(|m| self.counters.rejected > *m) {
            return Err(Fail::error(format!("more than {max} rows rejected (--max-errors); nothing was stored"))
                .hint(format!("the reasons are in {}", self.rejects_file.display()))
                .into());
        }
        if let Some(gathered) = &mut self.in_order {
            let key = opts.kind.spec().key;
            for row in &rows {
                gathered.push(in_order::Keyed::new(row, key))?;
            }
            return Ok(rows);
        }
        let out = match &mut self.preview {
            Some(p) => p.rows(store, opts.kind.spec(), opts.mode, &rows)?,
            None => {
                if !self.chunk_open {
                    store.begin_chunk()?;
                    self.chunk_open = true;
                }
                store.write_rows(self.batch, opts.kind.spec(), opts.mode, &rows)?
            }
        };
        self.counters.add(&out);
        self.in_chunk += rows.len() + n_rejects as usize;
        for line in &out.existing {
            // Rows are in line order.
            let raw = rows
                .binary_search_by_key(line, |r| r.line)
                .ok()
                .and_then(|i| raws.get(i))
                .map(|s| s.iter().map(String::from).collect())
                .unwrap_or_default();
            let summary = "natural key already stored (--mode insert)";
            let fault = validate::Problem {
                rule: "",
                field: "-",
                severity: crate::ops::check::catalogue::Severity::Error,
                summary,
                detail: summary.into(),
                fatal: true,
                normalized: false,
            };
            self.reject(Rejected::one(*line, raw, fault))?;
        }
        self.conflict_lines.extend(out.conflicts.iter().take(20usize.saturating_sub(self.conflict_lines.len())));
        if self.in_chunk >= self.batch_size && self.chunk_open {
            self.chunk_open = false;
            self.in_chunk = 0;
            store.commit_chunk(self.batch, &self.counters)?;
        }
        Ok(rows)
    }

    /// The rows of a load into an empty table, gathered, stored in key order in one
    /// transaction: every insert lands at the right edge of the key index.
    fn store_in_order(&mut self, store: &mut Store, gathered: in_order::Gathered<'_>) -> Result<()> {
        let spec = self.opts.kind.spec();
        store.begin_chunk()?;
        self.chunk_open = true;
        // Met in key order; reported, like the chunks', by line.
        let mut conflicts = Vec::new();
        in_order::each_piece(gathered, store.piece_rows(), |rows| {
            let out = store.write_rows(self.batch, spec, self.opts.mode, rows)?;
            self.counters.add(&out);
            conflicts.extend(out.conflicts);
            Ok(())
        })?;
        conflicts.sort_by_key(|c| c.line);
        self.conflict_lines.extend(conflicts.into_iter().take(20usize.saturating_sub(self.conflict_lines.len())));
        Ok(())
    }

    /// A rejected row to the rejects file (created, or appended to by `--resume`, at the first),
    /// its faults counted.
    fn reject(&mut self, r: Rejected) -> Result<()> {
        for (field, summary) in &r.faults {
            *self.reasons.entry(format!("{field}: {summary}")).or_default() += 1;
        }
        let w = match &mut self.rejects_out {
            Some(w) => w,
            None => {
                let append = self.continuing && self.rejects_file.exists();
                let f = if append { crate::files::append(&self.rejects_file)? } else { crate::files::create(&self.rejects_file)? };
                let f = std::io::BufWriter::new(f);
                let enc = self.rejects_encoding;
                let mut w = crate::csvout::Writer::new(if append {
                    crate::csvout::Encoded::continuing(f, enc)
                } else {
                    crate::csvout::Encoded::new(f, enc)
                });
                if !append {
                    w.record(self.headers.iter().map(String::as_str).chain(["line", "field", "reason"]))?;
                }
                self.rejects_out.insert(w)
            }
        };
        let line = r.line.to_string();
        w.record(r.raw.iter().map(String::as_str).chain([line.as_str(), r.fields.as_str(), r.reason.as_str()]))?;
        Ok(())
    }
}

/// The most recent batches, with their effective state.
pub fn batches(store: &mut Store, limit: u32) -> Result<Vec<BatchInfo>> {
    let mut list = store.batches(limit)?;
    for b in &mut list {
        b.state = effective_state(b);
    }
    Ok(list)
}

pub fn batch(store: &mut Store, id: i64) -> Result<BatchInfo> {
    let mut b = store.batch(id)?.ok_or_else(|| Fail::usage(format!("no import batch {id}")).hint("see mzctl import batches"))?;
    b.state = effective_state(&b);
    Ok(b)
}

/// Undo a batch: remove what it inserted, restore what it updated or deleted.
pub fn undo(store: &mut Store, id: i64) -> Result<UndoCounts> {
    let b = batch(store, id)?;
    if b.state == "undone" {
        return Err(Fail::usage(format!("batch {id} is already undone")).into());
    }
    if b.state == "running" {
        return Err(Fail::usage(format!("batch {id} is still running ({})", b.owner)).into());
    }
    let kind = Kind::parse(&b.kind).ok_or_else(|| anyhow!("batch {id} has an unknown kind {}", b.kind))?;
    store.undo_batch(id, kind.spec())
}

/// What undoing a batch would delete and restore, worked out inside a transaction that is
/// rolled back.
pub fn undo_preview(store: &mut Store, id: i64) -> Result<UndoCounts> {
    store.begin_dry_run()?;
    let counts = undo(store, id);
    store.rollback_all()?;
    counts
}

#[cfg(test)]
mod tests {
    use super::Kind;

    #[test]
    fn kinds_are_named_as_their_tables() {
        for k in Kind::ALL {
            assert_eq!(k.spec().name, k.as_str());
        }
    }
}
