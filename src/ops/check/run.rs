//! `check run`: evaluate the rules on stored records and store the run.
use super::catalogue::{Rule, Scope as RuleScope};
use super::{candidates, cross, ledger, program_code, record, region_prefix, rules_to_run, sort, Params, RunReport, Tally};
use crate::db::checks::{Finding, NewRun, ScanPart, Scope};
use crate::db::Store;
use crate::domain::kind::Kind;
use crate::ops::spill::{self, Budget, Ranked, Spill};
use anyhow::Result;
use jiff::civil::Date;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Instant;

/// `--memory-limit` when not given.
pub const DEFAULT_MEMORY_LIMIT: usize = 256 << 20;

#[derive(Debug, Clone)]
pub struct RunOptions {
    /// Rule globs given with --rule (empty = all).
    pub rules: Vec<String>,
    pub region: Option<String>,
    pub program: Option<String>,
    pub as_of: Date,
    pub params: Params,
    /// Readers that read and check the record tables side by side (None: one per core; 1:
    /// this connection alone).
    pub jobs: Option<usize>,
    /// Bytes the run may use (`--memory-limit`): a quarter for what its passes gather,
    /// beyond which it goes to temporary files; the rest for the database's caches, the
    /// cross-record rules' results, the merge and what the allocator keeps between them.
    pub memory_limit: usize,
}

/// Evaluate the rules on stored records and store the run.
pub fn run(store: &mut Store, opts: &RunOptions) -> Result<RunReport> {
    let started = crate::clock::now()?;
    let rules = rules_to_run(&opts.rules, &opts.params)?;
    let scope = Scope {
        region: opts.region.as_deref().map(region_prefix).transpose()?,
        program: opts.program.as_deref().map(program_code).transpose()?,
        as_of: opts.as_of,
    };
    let mut analyzed = None;
    if rules.iter().any(|r| r.scope == RuleScope::Cross) {
        let t = Instant::now();
        if !store.refresh_statistics(&["people", "enrolments", "deaths"])?.is_empty() {
            analyzed = Some(t.elapsed().as_secs_f64());
        }
    }
    let passes = Passes::new(&rules, scope, &opts.params, Budget::new(opts.memory_limit / 4));
    let mut g = Gathered::default();
    if let Some(seconds) = analyzed {
        g.timings.insert("analyze".to_string(), seconds);
    }
    // Readers, one per core, read and check the parts of the tables side by side (a part is
    // read and checked on one thread: nothing is copied between threads). Without them (an
    // in-memory database, a server at its connection limit) this connection reads the tables
    // one after the other: only a matter of speed.
    let workers = opts.jobs.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()).min(8));
    let mut readers = if passes.kinds.is_empty() || workers <= 1 { Vec::new() } else { store.readers(workers).unwrap_or_default() };
    let jobs = passes.jobs(store, readers.len())?;
    let mut done = read(store, &mut readers, &jobs, &passes, &mut g)?;
    // Storing the per-record findings takes longer than merging the enrolments' candidates
    // and running the cross-record rules that wait for them: those run on a reader meanwhile.
    // They come after the per-record rules in the catalogue, so their findings are stored
    // after them.
    let mut beside = if readers.is_empty() || !store.reads_while_writing()? { None } else { readers.pop() };
    drop(readers);
    for kind in [Kind::People, Kind::Deaths, Kind::Organizations] {
        g.absorb(kind, &jobs, &mut done, &passes)?;
    }
    let enrolment_notes = g.absorb(Kind::Enrolments, &jobs, &mut done, &passes)?;
    let Gathered { findings, crossed, timings, among, people, deaths } = g;
    let late = Late { among, crossed, enrolment_notes, people, deaths };
    let run = new_run(opts, &rules, started)?;
    store_run(store, beside.as_mut(), &passes, late, findings, timings, run)
}

/// What a run reads: the record tables its per-record rules need, and what the passes over
/// them note for the cross-record rules.
struct Passes<'r> {
    rules: &'r [&'static Rule],
    wanted: BTreeSet<&'static str>,
    scope: Scope,
    params: &'r Params,
    kinds: Vec<Kind>,
    /// death.still_enrolled has candidates: the enrolments and the deaths are both read, by a
    /// run over everything.
    dead_noted: bool,
    plan: candidates::Plan,
    budget: Budget,
}

/// The order the parts' findings are gathered in (`Gathered::absorb`), for equal findings: by
/// table in this order, then by part.
const GATHERED: [Kind; 4] = [Kind::People, Kind::Deaths, Kind::Organizations, Kind::Enrolments];

impl<'r> Passes<'r> {
    fn new(rules: &'r [&'static Rule], scope: Scope, params: &'r Params, budget: Budget) -> Passes<'r> {
        let wanted: BTreeSet<&str> = rules.iter().map(|r| r.id).collect();
        // Reading every person and enrolment anyway, the passes note the candidates of the
        // cross-record rules (see `candidates`); a run limited to a region or a program cannot.
        let ages = params.min_ages();
        let heads: Vec<(String, u32)> = params.head_programs.iter().map(|p| (p.clone(), params.head_min_age)).collect();
        let known: Vec<&str> = crate::domain::records::PROGRAMS.iter().map(|(c, _)| *c).collect();
        let plan = candidates::Plan::new(&params.exclusive, &ages, &heads, &known);
        let kinds: Vec<Kind> = [Kind::People, Kind::Enrolments, Kind::Deaths, Kind::Organizations]
            .into_iter()
            .filter(|kind| rules.iter().any(|r| r.scope == RuleScope::Record && r.tables.contains(&kind.as_str())))
            .collect();
        let whole = scope.region.is_none() && scope.program.is_none();
        let dead_noted =
            whole && wanted.contains("death.still_enrolled") && kinds.contains(&Kind::Enrolments) && kinds.contains(&Kind::Deaths);
        Passes { rules, wanted, scope, params, kinds, dead_noted, plan, budget }
    }

    /// What the pass over `kind` notes for the cross-record rules, if anything.
    fn note_for(&self, kind: Kind) -> Option<Note<'_>> {
        let (scope, wanted) = (&self.scope, &self.wanted);
        let whole = scope.region.is_none() && scope.program.is_none();
        match kind {
            Kind::People if scope.region.is_none() && (wanted.contains("dup.person") || wanted.contains("enrolment.person_missing")) => {
                Some(Note::People(candidates::PeoplePart::new(&self.budget)))
            }
            Kind::Enrolments if whole && (self.dead_noted || cross::ENROLMENT_RULES.iter().any(|r| wanted.contains(r))) => {
                Some(Note::Enrolments(&self.plan, candidates::EnrolmentPart::new(&self.budget)))
            }
            Kind::Deaths if self.dead_noted => Some(Note::Deaths(candidates::DeathsPart::new(scope.as_of))),
            _ => None,
        }
    }

    /// The cross rules that wait for the enrolments pass (their candidates); the others run as
    /// soon as every person is read.
    fn late(&self, rule: &str) -> bool {
        cross::ENROLMENT_RULES.contains(&rule) || (self.dead_noted && rule == "death.still_enrolled")
    }

    /// The parts of the tables to read: the people and the enrolments one per reader, the
    /// other tables whole.
    fn jobs(&self, store: &mut Store, readers: usize) -> Result<Vec<(Kind, ScanPart)>> {
        let mut jobs = Vec::new();
        for &kind in &self.kinds {
            let n = if matches!(kind, Kind::People | Kind::Enrolments) { readers } else { 1 };
            jobs.extend(store.scan_parts(kind.as_str(), n)?.into_iter().map(|part| (kind, part)));
        }
        Ok(jobs)
    }

    /// Job `i`'s place in the order its findings are gathered in.
    fn rank(jobs: &[(Kind, ScanPart)], i: usize) -> u32 {
        let at = |j: usize| (GATHERED.iter().position(|k| *k == jobs[j].0), j);
        (0..jobs.len()).filter(|&j| at(j) < at(i)).count() as u32
    }

    /// The cross-record rules that need nothing from the enrolments pass (`early`), or the others.
    fn cross_rules(
        &self,
        store: &mut Store,
        early: bool,
        among: &cross::Among,
        findings: &mut Vec<Finding>,
        timings: &mut BTreeMap<String, f64>,
    ) -> Result<()> {
        let cross = self.rules.iter().filter(|r| r.scope == RuleScope::Cross && self.late(r.id) != early);
        // The pay.* rules share one pass over the ledger.
        let (pay, others): (Vec<&&Rule>, Vec<&&Rule>) = cross.partition(|r| ledger::RULES.contains(&r.id));
        if !pay.is_empty() {
            let t = Instant::now();
            let ids: Vec<&str> = pay.iter().map(|r| r.id).collect();
            findings.extend(ledger::reconcile(store, &ids, &self.scope, self.params)?);
            timings.insert("pay.*".to_string(), t.elapsed().as_secs_f64());
        }
        for rule in others {
            let t = Instant::now();
            findings.extend(cross::evaluate(store, rule.id, &self.scope, self.params, among)?);
            timings.insert(rule.id.to_string(), t.elapsed().as_secs_f64());
        }
        Ok(())
    }

    /// The cross-record rules that wait for the enrolments pass, its candidates merged first:
    /// every cross-record finding, sorted, and the late rules' timings.
    fn late_rules(&self, conn: &mut Store, late: Late<'_>) -> Result<(Vec<Finding>, BTreeMap<String, f64>)> {
        let Late { mut among, mut crossed, enrolment_notes, mut people, deaths } = late;
        let mut timings = BTreeMap::new();
        if !enrolment_notes.is_empty() {
            let seen = people.as_mut().filter(|_| self.wanted.contains("enrolment.person_missing"));
            among.enrolments = Some(self.plan.finish(enrolment_notes, seen, deaths.as_ref())?);
        }
        drop((people, deaths));
        self.cross_rules(conn, false, &among, &mut crossed, &mut timings)?;
        sort(&mut crossed);
        Ok((crossed, timings))
    }
}

/// What the passes gathered: the per-record findings, the cross-record findings and
/// candidates so far, and the timings.
#[derive(Default)]
struct Gathered<'p> {
    /// The parts' findings, each sorted, to be merged.
    findings: Vec<Spill<'p, Ranked>>,
    /// The cross-record rules' findings (after the per-record rules in the catalogue, and so
    /// in the stored order).
    crossed: Vec<Finding>,
    timings: BTreeMap<String, f64>,
    among: cross::Among,
    people: Option<candidates::People<'p>>,
    deaths: Option<candidates::Deaths>,
}

impl<'p> Gathered<'p> {
    /// A table's parts read: their findings gathered, their notes merged into candidates; the
    /// enrolments' notes are returned, merged later (they need the deaths').
    fn absorb(
        &mut self,
        kind: Kind,
        jobs: &[(Kind, ScanPart)],
        done: &mut [Option<Checked<'p>>],
        passes: &'p Passes<'_>,
    ) -> Result<Vec<candidates::EnrolmentPart<'p>>> {
        let wanted = &passes.wanted;
        let parts: Vec<Checked> = jobs.iter().zip(done.iter_mut()).filter(|((k, _), _)| *k == kind).filter_map(|(_, d)| d.take()).collect();
        let (Some(first), Some(last)) = (parts.iter().map(|p| p.started).min(), parts.iter().map(|p| p.ended).max()) else {
            return Ok(Vec::new());
        };
        self.timings.insert(format!("records:{}", kind.as_str()), last.duration_since(first).as_secs_f64());
        let mut notes = Vec::new();
        for part in parts {
            self.findings.push(part.findings);
            notes.extend(part.note);
        }
        match kind {
            Kind::People if !notes.is_empty() => {
                let mut people = candidates::People::merge(notes.into_iter().filter_map(Note::into_people).collect(), &passes.budget)?;
                if wanted.contains("dup.person") {
                    self.among.dup_person = Some(std::mem::take(&mut people.repeated));
                }
                self.people = Some(people);
            }
            Kind::Deaths if !notes.is_empty() => {
                self.deaths = Some(candidates::Deaths::merge(notes.into_iter().filter_map(Note::into_deaths).collect()));
            }
            Kind::Enrolments => return Ok(notes.into_iter().filter_map(Note::into_enrolments).collect()),
            _ => {}
        }
        Ok(Vec::new())
    }
}

/// What the cross-record rules that wait for the enrolments pass take: its notes, and what
/// was gathered before.
struct Late<'p> {
    among: cross::Among,
    crossed: Vec<Finding>,
    enrolment_notes: Vec<candidates::EnrolmentPart<'p>>,
    people: Option<candidates::People<'p>>,
    deaths: Option<candidates::Deaths>,
}

/// Reads and checks every part of the tables: on the readers side by side, or on `store` one
/// after the other. As soon as every person is read, the cross rules that need only people
/// run on `store` while the readers go on with the other tables.
fn read<'p>(
    store: &mut Store,
    readers: &mut [Store],
    jobs: &[(Kind, ScanPart)],
    passes: &'p Passes<'_>,
    g: &mut Gathered<'p>,
) -> Result<Vec<Option<Checked<'p>>>> {
    let mut done: Vec<Option<Checked>> = jobs.iter().map(|_| None).collect();
    let stop = AtomicBool::new(false);
    let next = AtomicUsize::new(0);
    std::thread::scope(|s| -> Result<()> {
        let (tx, rx) = std::sync::mpsc::channel::<(usize, Result<Checked>)>();
        let inline = readers.is_empty();
        for reader in readers.iter_mut() {
            let (tx, next, stop) = (tx.clone(), &next, &stop);
            s.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(&(kind, part)) = jobs.get(i) else {
                    break;
                };
                let checked = check_part(reader, kind, part, passes, Passes::rank(jobs, i), stop);
                if checked.is_err() {
                    stop.store(true, Ordering::Relaxed);
                }
                if tx.send((i, checked)).is_err() {
                    break;
                }
            });
        }
        drop(tx);
        let fail = |e: anyhow::Error| {
            stop.store(true, Ordering::Relaxed);
            e
        };
        let mut early = false;
        for received in 0..=jobs.len() {
            if !early && jobs.iter().zip(&done).all(|((k, _), d)| *k != Kind::People || d.is_some()) {
                early = true;
                g.absorb(Kind::People, jobs, &mut done, passes).map_err(fail)?;
                passes.cross_rules(store, true, &g.among, &mut g.crossed, &mut g.timings).map_err(fail)?;
            }
            if received == jobs.len() {
                break;
            }
            let (i, checked) = if inline {
                let (kind, part) = jobs[received];
                (received, check_part(store, kind, part, passes, Passes::rank(jobs, received), &stop))
            } else {
                // Every job is answered unless a reader panicked (the panic follows at the end of the scope).
                let Ok(answer) = rx.recv() else { break };
                answer
            };
            match checked {
                Ok(part) => done[i] = Some(part),
                // A part that stopped because another failed: that one's error is on its way
                // (every reader answers each job it takes), and it is the one to report.
                Err(e) if e.is::<Stopped>() => {}
                Err(e) => return Err(fail(e)),
            }
        }
        Ok(())
    })?;
    Ok(done)
}

/// The run as stored: its rules and parameters; its counts once they are known.
fn new_run(opts: &RunOptions, rules: &[&Rule], started: jiff::Timestamp) -> Result<NewRun> {
    let params = serde_json::json!({
        "rules": opts.rules,
        "region": opts.region,
        "program": opts.program,
        "ages": opts.params.min_ages().into_iter().collect::<std::collections::BTreeMap<_, _>>(),
        "programs": opts.params.program_rules(),
        "exclusive": opts.params.exclusive,
        "grace_months": opts.params.grace_months,
        "overlap_grace_days": opts.params.overlap_grace_days,
        "head_programs": opts.params.head_programs,
        "head_min_age": opts.params.head_min_age,
    });
    Ok(NewRun {
        started_at: started,
        finished_at: started,
        as_of: opts.as_of,
        rules: serde_json::to_string(&rules.iter().map(|r| r.id).collect::<Vec<_>>())?,
        params: params.to_string(),
        counts: "{}".to_string(),
        total: 0,
        errors: 0,
        warnings: 0,
        os_user: crate::ops::audit::os_user(),
    })
}

/// Stores the run in one transaction: the per-record findings, sorted, while the late
/// cross-record rules run beside them (on `beside`, else on `store` first); then theirs, and
/// the counts (`RunWriter::commit`).
fn store_run(
    store: &mut Store,
    beside: Option<&mut Store>,
    passes: &Passes,
    late: Late<'_>,
    findings: Vec<Spill<'_, Ranked>>,
    mut timings: BTreeMap<String, f64>,
    mut run: NewRun,
) -> Result<RunReport> {
    std::thread::scope(|s| -> Result<RunReport> {
        enum Pending<T, H> {
            Done(T),
            Running(H),
        }
        let pending = match beside {
            Some(conn) => Pending::Running(s.spawn(move || passes.late_rules(conn, late))),
            None => Pending::Done(passes.late_rules(store, late)?),
        };
        let t = Instant::now();
        let mut merged = spill::merge(findings)?;
        timings.insert("sort".to_string(), t.elapsed().as_secs_f64());
        let t = Instant::now();
        let mut writer = store.begin_run(&run)?;
        let mut tally = Tally::default();
        let mut chunk = Vec::with_capacity(STORED_AT_ONCE);
        loop {
            let next = merged.next().transpose()?;
            let end = next.is_none();
            if let Some(r) = next {
                tally.see(&r.finding);
                chunk.push(r.finding);
            }
            if chunk.len() == STORED_AT_ONCE || end {
                writer.append(&chunk)?;
                chunk.clear();
            }
            if end {
                break;
            }
        }
        drop(merged);
        let (crossed, late_timings) = match pending {
            Pending::Done(done) => done,
            Pending::Running(thread) => thread.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))?,
        };
        writer.append(&crossed)?;
        crossed.iter().for_each(|f| tally.see(f));
        timings.extend(late_timings);
        let mut report = tally.report(passes.scope.as_of, timings);
        report.spilled_bytes = passes.budget.spilled();
        let counts: BTreeMap<&str, u64> = report.rules.iter().fold(BTreeMap::new(), |mut m, r| {
            *m.entry(r.rule.as_str()).or_default() += r.count;
            m
        });
        run.finished_at = crate::clock::now()?;
        run.counts = serde_json::to_string(&counts)?;
        run.total = report.total as i64;
        run.errors = report.errors as i64;
        run.warnings = report.warnings as i64;
        // Hundreds of thousands of strings to free: freed on another core while the
        // transaction commits.
        s.spawn(move || drop(crossed));
        report.run = Some(writer.commit(&run)?);
        report.timings.insert("store".to_string(), t.elapsed().as_secs_f64());
        Ok(report)
    })
}

/// Findings handed to the store at a time.
const STORED_AT_ONCE: usize = 8192;

/// A part of a record table checked: its findings, its note and when it was read.
struct Checked<'p> {
    findings: Spill<'p, Ranked>,
    note: Option<Note<'p>>,
    started: std::time::Instant,
    ended: std::time::Instant,
}

/// What a part of a record pass notes for the cross-record rules, merged when the pass ends.
enum Note<'p> {
    People(candidates::PeoplePart<'p>),
    Enrolments(&'p candidates::Plan, candidates::EnrolmentPart<'p>),
    Deaths(candidates::DeathsPart),
}

impl<'p> Note<'p> {
    fn see(&mut self, row: &[&str]) -> std::io::Result<()> {
        let get = |i: usize| row.get(i).copied().unwrap_or("");
        match self {
            Note::People(part) => part.see(get(0)),
            // Columns in table order: id_number, program, region_code, start_date, end_date.
            Note::Enrolments(plan, part) => plan.see(part, get(0), get(1), get(2), get(3), get(4)),
            // id_number, name, death_date.
            Note::Deaths(part) => {
                part.see(get(0), get(2));
                Ok(())
            }
        }
    }

    fn done(mut self) -> std::io::Result<Self> {
        match &mut self {
            Note::People(part) => part.done()?,
            Note::Enrolments(_, part) => part.done()?,
            Note::Deaths(part) => part.done(),
        }
        Ok(self)
    }

    fn into_people(self) -> Option<candidates::PeoplePart<'p>> {
        if let Note::People(part) = self {
            Some(part)
        } else {
            None
        }
    }

    fn into_enrolments(self) -> Option<candidates::EnrolmentPart<'p>> {
        if let Note::Enrolments(_, part) = self {
            Some(part)
        } else {
            None
        }
    }

    fn into_deaths(self) -> Option<candidates::DeathsPart> {
        if let Note::Deaths(part) = self {
            Some(part)
        } else {
            None
        }
    }
}

/// Another part failed: this one stops reading (the other's error is the one reported).
#[derive(Debug)]
struct Stopped;

impl std::fmt::Display for Stopped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("stopped: another part of the run failed")
    }
}

impl std::error::Error for Stopped {}

/// The per-record rules over one part of a stored table, read on `store` and checked as it is
/// read; findings in reading order.
fn check_part<'p>(
    store: &mut Store,
    kind: Kind,
    part: ScanPart,
    passes: &'p Passes<'_>,
    rank: u32,
    stop: &AtomicBool,
) -> Result<Checked<'p>> {
    let (scope, wanted) = (&passes.scope, &passes.wanted);
    let mut note = passes.note_for(kind);
    debug_assert!(
        kind.spec().columns[..5] == ["id_number", "program", "region_code", "start_date", "end_date"]
            || !matches!(note, Some(Note::Enrolments(..)))
    );
    debug_assert!(kind.spec().columns[..3] == ["id_number", "name", "death_date"] || !matches!(note, Some(Note::Deaths(..))));
    let started = std::time::Instant::now();
    let mut checker = record::RecordChecker::stored(kind, scope.as_of)?;
    let mut findings = Spill::new(&passes.budget);
    let mut found = 0u32;
    let mut out = Vec::new();
    let mut rows = 0u32;
    store.scan_records(kind.spec(), record::stored_columns(kind), scope, part, &mut |row| {
        checker.check(row, 0, &mut out);
        for f in out.drain(..).filter(|f| wanted.contains(f.rule.as_str())) {
            findings.push(Ranked::new(f, rank, found))?;
            found += 1;
        }
        if let Some(n) = &mut note {
            n.see(row)?;
        }
        rows = rows.wrapping_add(1);
        if rows.is_multiple_of(4096) && stop.load(Ordering::Relaxed) {
            return Err(Stopped.into());
        }
        Ok(())
    })?;
    findings.done()?;
    Ok(Checked { findings, note: note.map(Note::done).transpose()?, started, ended: std::time::Instant::now() })
}
