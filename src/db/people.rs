//! One person across the tables (`person show`, `person search`), and deaths applied to the
//! records (`death apply`, `death recoveries`, the reversal an import undo makes): migration 10.
//!
//! Everything about a person is read by ID number, through the primary keys of people,
//! enrolments and deaths, the certificates' holder index and the change trail's index; the
//! findings of a run are read through the run's part of their primary key.
use super::certs::{cert_row, CertRow, CERT_COLUMNS};
use super::checks::{finding_from_row, Finding, Fix, FINDING_COLS};
use super::records::{BatchInfo, ENROLMENTS, PEOPLE};
use super::sql::{Param, Row, Sql};
use super::Store;
use crate::error::Fail;
use crate::params;
use anyhow::{Context, Result};
use jiff::civil::Date;
use jiff::Timestamp;
use serde::Serialize;

/// A row of `people`, with the batches that wrote it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PersonRow {
    pub id_number: String,
    pub region_code: String,
    pub name: String,
    pub gender: String,
    pub birth_date: Option<String>,
    pub phone: String,
    pub address: String,
    pub ethnicity: String,
    pub flags: String,
    #[serde(skip)]
    pub batches: Batches,
}

/// A row of `enrolments`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EnrolmentRow {
    pub id_number: String,
    pub program: String,
    pub region_code: String,
    pub start_date: String,
    pub end_date: Option<String>,
    pub monthly_amount_fen: i64,
    pub status: String,
    pub flags: String,
    #[serde(skip)]
    pub batches: Batches,
}

/// A row of `deaths`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DeathRow {
    pub id_number: String,
    pub name: String,
    pub death_date: String,
    pub cremation_no: String,
    pub source: String,
    pub flags: String,
    #[serde(skip)]
    pub batches: Batches,
}

/// The import batches a row names: the one that inserted it, the last that changed it, the
/// last whose file held it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Batches {
    pub created: Option<i64>,
    pub changed: Option<i64>,
    pub seen: Option<i64>,
}

/// One value changed outside an import (a fix, a death application or its reversal).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    pub id: i64,
    pub id_number: String,
    pub at: String,
    pub os_user: String,
    pub source: String,
    pub ref_id: Option<i64>,
    pub table: String,
    pub key: String,
    pub column: String,
    pub old: Option<String>,
    pub new: Option<String>,
}

/// A death applied to the records.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Application {
    pub id: i64,
    pub id_number: String,
    pub death_date: String,
    pub end_at: String,
    pub as_of: String,
    pub applied_at: String,
    pub os_user: String,
    pub reversed_at: Option<String>,
}

/// An overpayment to recover.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Recovery {
    pub application_id: i64,
    pub id_number: String,
    pub program: String,
    pub region_code: String,
    pub start_date: String,
    pub death_date: String,
    pub months: i64,
    pub monthly_amount_fen: i64,
    pub amount_fen: i64,
}

/// A recorded death not applied yet (no live application), with what it leads to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PendingDeath {
    pub id_number: String,
    pub name: String,
    pub death_date: Date,
}

/// An enrolment of a dead person that may run past the death (its end date after the death
/// date, or none).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LateEnrolment {
    pub id_number: String,
    pub program: String,
    pub region_code: String,
    pub start_date: Date,
    pub end_date: Option<Date>,
    pub monthly_amount_fen: i64,
}

/// A certificate valid on the day, whose holder's death is pending.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DeadHolderCert {
    pub identifier: String,
    pub type_code: String,
    pub holder_id: String,
}

/// An enrolment to end, and what was paid after the death.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EndEnrolment {
    pub enrolment: LateEnrolment,
    pub new_end: Date,
    pub months: i64,
    pub amount_fen: i64,
}

/// One death to apply.
#[derive(Debug, Clone, Serialize)]
pub struct DeathToApply {
    pub id_number: String,
    pub death_date: Date,
    pub enrolments: Vec<EndEnrolment>,
    /// Revocations, as the `cert.holder_dead` fix makes them (shown as the identifiers).
    #[serde(serialize_with = "identifiers")]
    pub revocations: Vec<Fix>,
}

fn identifiers<S: serde::Serializer>(fixes: &[Fix], s: S) -> std::result::Result<S::Ok, S::Error> {
    s.collect_seq(fixes.iter().map(|f| f.key.join("|")))
}

/// What applying deaths changed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Applied {
    pub deaths: u64,
    pub enrolments_ended: u64,
    pub certificates_revoked: u64,
    pub recovered_fen: i64,
}

impl Applied {
    /// The counts the audit log keeps for an application.
    pub fn counts(&self) -> super::Counts {
        [
            ("deaths.applied".to_string(), self.deaths as i64),
            ("enrolments.ended".to_string(), self.enrolments_ended as i64),
            ("certificates.revoked".to_string(), self.certificates_revoked as i64),
            ("recoveries.fen".to_string(), self.recovered_fen),
        ]
        .into()
    }
}

/// The rows' columns after the data columns, as `person_*` read them.
pub(crate) const BATCH_COLS: &str = "created_batch, batch_id, seen_batch";

pub(crate) fn batches_at(r: &Row, i: usize) -> Result<Batches> {
    Ok(Batches { created: r.opt_int(i)?, changed: r.opt_int(i + 1)?, seen: r.opt_int(i + 2)? })
}

const APPLICATION_COLS: &str = "id, id_number, CAST(death_date AS TEXT), end_at, CAST(as_of AS TEXT), applied_at, os_user, reversed_at";

fn application_row(r: &Row) -> Result<Application> {
    Ok(Application {
        id: r.int(0)?,
        id_number: r.text(1)?,
        death_date: r.text(2)?,
        end_at: r.text(3)?,
        as_of: r.text(4)?,
        applied_at: r.text(5)?,
        os_user: r.text(6)?,
        reversed_at: r.opt_text(7)?,
    })
}

const RECOVERY_COLS: &str = "r.application_id, r.id_number, r.program, r.region_code, CAST(r.start_date AS TEXT), \
    CAST(r.death_date AS TEXT), r.months, r.monthly_amount_fen, r.amount_fen";

fn recovery_row(r: &Row) -> Result<Recovery> {
    Ok(Recovery {
        application_id: r.int(0)?,
        id_number: r.text(1)?,
        program: r.text(2)?,
        region_code: r.text(3)?,
        start_date: r.text(4)?,
        death_date: r.text(5)?,
        months: r.int(6)?,
        monthly_amount_fen: r.int(7)?,
        amount_fen: r.int(8)?,
    })
}

/// The live application of a person (not reversed).
const LIVE: &str = "NOT EXISTS (SELECT 1 FROM death_applications a WHERE a.id_number = d.id_number AND a.reversed_at IS NULL)";

impl Store {
    /// Rows of `people` with any of these ID numbers (the spellings one number may be stored in).
    pub fn people_by_ids(&mut self, ids: &[String]) -> Result<Vec<PersonRow>> {
        let cond = self.dialect().in_texts("id_number", "$1");
        let cols = PEOPLE.columns.iter().map(|c| format!("CAST({c} AS TEXT)")).collect::<Vec<_>>().join(", ");
        self.rows(
            &format!("SELECT {cols}, flags, {BATCH_COLS} FROM people WHERE {cond} ORDER BY region_code COLLATE \"C\""),
            &[Param::Texts(ids)],
        )?
        .iter()
        .map(|r| {
            Ok(PersonRow {
                id_number: r.text(0)?,
                region_code: r.text(1)?,
                name: r.text(2)?,
                gender: r.text_or_empty(3)?,
                birth_date: r.opt_text(4)?,
                phone: r.text_or_empty(5)?,
                address: r.text_or_empty(6)?,
                ethnicity: r.text_or_empty(7)?,
                flags: r.text_or_empty(8)?,
                batches: batches_at(r, 9)?,
            })
        })
        .collect()
    }

    /// Rows of `enrolments` with any of these ID numbers, by start date.
    pub fn enrolments_by_ids(&mut self, ids: &[String]) -> Result<Vec<EnrolmentRow>> {
        let cond = self.dialect().in_texts("id_number", "$1");
        let cols = ENROLMENTS.columns.iter().map(|c| format!("CAST({c} AS TEXT)")).collect::<Vec<_>>().join(", ");
        self.rows(
            &format!("SELECT {cols}, flags, {BATCH_COLS} FROM enrolments WHERE {cond} ORDER BY start_date, program COLLATE \"C\", region_code COLLATE \"C\""),
            &[Param::Texts(ids)],
        )?
        .iter()
        .map(|r| {
            Ok(EnrolmentRow {
                id_number: r.text(0)?,
                program: r.text(1)?,
                region_code: r.text(2)?,
                start_date: r.text(3)?,
                end_date: r.opt_text(4)?,
                monthly_amount_fen: r.int(5)?,
                status: r.text_or_empty(6)?,
                flags: r.text_or_empty(7)?,
                batches: batches_at(r, 8)?,
            })
        })
        .collect()
    }

    /// Rows of `deaths` with any of these ID numbers.
    pub fn deaths_by_ids(&mut self, ids: &[String]) -> Result<Vec<DeathRow>> {
        let cond = self.dialect().in_texts("id_number", "$1");
        self.rows(
            &format!(
                "SELECT id_number, name, CAST(death_date AS TEXT), cremation_no, source, flags, {BATCH_COLS} FROM deaths WHERE {cond} ORDER BY id_number COLLATE \"C\""
            ),
            &[Param::Texts(ids)],
        )?
        .iter()
        .map(|r| {
            Ok(DeathRow {
                id_number: r.text(0)?,
                name: r.text(1)?,
                death_date: r.text(2)?,
                cremation_no: r.text_or_empty(3)?,
                source: r.text_or_empty(4)?,
                flags: r.text_or_empty(5)?,
                batches: batches_at(r, 6)?,
            })
        })
        .collect()
    }

    /// Certificates held under any of these ID numbers, oldest first.
    pub fn certs_by_holders(&mut self, ids: &[String]) -> Result<Vec<CertRow>> {
        let cond = self.dialect().in_texts("holder_id", "$1");
        self.rows(
            &format!("SELECT {CERT_COLUMNS} FROM certificates WHERE {cond} ORDER BY issued_on, identifier COLLATE \"C\""),
            &[Param::Texts(ids)],
        )?
        .iter()
        .map(cert_row)
        .collect()
    }

    /// Findings of run `run` about any of these ID numbers (people, deaths: the key is the
    /// number; enrolments: it starts with the number and `|`) or these certificates.
    pub fn findings_about(&mut self, run: i64, ids: &[String], certs: &[String]) -> Result<Vec<Finding>> {
        // One lookup in check_findings_key (run_id, key) per branch, none reading the run: a key
        // equal to the number; a key starting with `number|` (enrolments and payments; `|` + 1
        // is `}` in byte order); a certificate's identifier. The branches match disjoint keys.
        let d = self.dialect();
        let key = "key COLLATE \"C\"";
        let bounds: Vec<(String, String)> = ids.iter().map(|id| (format!("{id}|"), format!("{id}}}"))).collect();
        let mut q = Sql::new("");
        let run = q.p(run);
        let select = format!("SELECT {FINDING_COLS}, seq FROM check_findings WHERE run_id = {run} AND ");
        let mut any = Vec::new();
        let id_list = q.p(ids);
        any.push(format!("{select}{} AND tbl <> 'certificates'", d.in_texts(key, &id_list)));
        for (from, to) in &bounds {
            let (from, to) = (q.p(from.as_str()), q.p(to.as_str()));
            any.push(format!("{select}{key} >= {from} AND {key} < {to} AND tbl IN ('enrolments', 'payments')"));
        }
        if !certs.is_empty() {
            let c = q.p(certs);
            any.push(format!("{select}{} AND tbl = 'certificates'", d.in_texts(key, &c)));
        }
        // Sorted here, not by the query: asked for seq order, SQLite reads the whole run
        // through the primary key to skip a sort of a handful of rows.
        q.push(&any.join(" UNION ALL "));
        let mut found = self.rows(&q.text, &q.params)?.iter().map(|r| Ok((r.int(9)?, finding_from_row(r)?))).collect::<Result<Vec<_>>>()?;
        found.sort_by_key(|(seq, _)| *seq);
        Ok(found.into_iter().map(|(_, f)| f).collect())
    }

    /// These import batches, newest first.
    pub fn batches_by_ids(&mut self, ids: &[i64]) -> Result<Vec<BatchInfo>> {
        let mut out = Vec::new();
        for id in ids {
            out.extend(self.batch(*id)?);
        }
        out.sort_by_key(|b| std::cmp::Reverse(b.id));
        Ok(out)
    }

    /// The change trail of any of these ID numbers, newest first.
    pub fn changes_by_ids(&mut self, ids: &[String]) -> Result<Vec<Change>> {
        let cond = self.dialect().in_texts("id_number", "$1");
        self.rows(
            &format!("SELECT id, id_number, at, os_user, source, ref_id, tbl, key, col, old, new FROM record_changes WHERE {cond} ORDER BY id DESC"),
            &[Param::Texts(ids)],
        )?
        .iter()
        .map(|r| {
            Ok(Change {
                id: r.int(0)?,
                id_number: r.text(1)?,
                at: r.text(2)?,
                os_user: r.text(3)?,
                source: r.text(4)?,
                ref_id: r.opt_int(5)?,
                table: r.text(6)?,
                key: r.text(7)?,
                column: r.text(8)?,
                old: r.opt_text(9)?,
                new: r.opt_text(10)?,
            })
        })
        .collect()
    }

    /// Death applications of any of these ID numbers, newest first (reversed ones included).
    pub fn applications_by_ids(&mut self, ids: &[String]) -> Result<Vec<Application>> {
        let cond = self.dialect().in_texts("id_number", "$1");
        self.rows(&format!("SELECT {APPLICATION_COLS} FROM death_applications WHERE {cond} ORDER BY id DESC"), &[Param::Texts(ids)])?
            .iter()
            .map(application_row)
            .collect()
    }

    /// The overpayments to recover of live applications (of these ID numbers, or all), by ID
    /// number and program.
    pub fn recoveries(&mut self, ids: Option<&[String]>) -> Result<Vec<Recovery>> {
        let mut q = Sql::new(format!(
            "SELECT {RECOVERY_COLS} FROM recoveries r JOIN death_applications a ON a.id = r.application_id WHERE a.reversed_at IS NULL"
        ));
        if let Some(ids) = ids {
            let p = q.p(ids);
            q.push(&format!(" AND {}", self.dialect().in_texts("r.id_number", &p)));
        }
        q.push(" ORDER BY r.id_number COLLATE \"C\", r.program COLLATE \"C\", r.region_code COLLATE \"C\", r.start_date");
        self.rows(&q.text, &q.params)?.iter().map(recovery_row).collect()
    }

    /// Every person row in the scope's region (a code prefix), for a name search: ID number,
    /// region, name, gender, birth date.
    pub fn scan_people(&mut self, region: Option<&str>, f: &mut dyn FnMut(&[&str]) -> Result<()>) -> Result<()> {
        let scope = super::checks::Scope { region: region.map(str::to_string), program: None, as_of: Date::constant(9999, 12, 31) };
        self.scan_records(&PEOPLE, 5, &scope, super::checks::ScanPart::default(), f)
    }

    /// Deaths on or before `as_of` not applied yet, by ID number.
    pub fn pending_deaths(&mut self, as_of: Date) -> Result<Vec<PendingDeath>> {
        self.rows(
            &format!("SELECT id_number, name, CAST(death_date AS TEXT) FROM deaths d WHERE death_date <= $1 AND {LIVE} ORDER BY id_number COLLATE \"C\""),
            params![as_of],
        )?
        .iter()
        .map(|r| Ok(PendingDeath { id_number: r.text(0)?, name: r.text(1)?, death_date: r.date(2)? }))
        .collect()
    }

    /// Enrolments of the pending dead (as [`Store::pending_deaths`]) ending after the death
    /// or open: the candidates the convention decides on.
    pub fn late_enrolments(&mut self, as_of: Date) -> Result<Vec<LateEnrolment>> {
        self.rows(
            &format!(
                "SELECT e.id_number, e.program, e.region_code, CAST(e.start_date AS TEXT), CAST(e.end_date AS TEXT), e.monthly_amount_fen
                 FROM deaths d JOIN enrolments e ON e.id_number = d.id_number
                 WHERE d.death_date <= $1 AND (e.end_date IS NULL OR e.end_date > d.death_date) AND {LIVE}
                 ORDER BY e.id_number COLLATE \"C\", e.program COLLATE \"C\", e.region_code COLLATE \"C\", e.start_date"
            ),
            params![as_of],
        )?
        .iter()
        .map(|r| {
            Ok(LateEnrolment {
                id_number: r.text(0)?,
                program: r.text(1)?,
                region_code: r.text(2)?,
                start_date: r.date(3)?,
                end_date: r.opt_date(4)?,
                monthly_amount_fen: r.int(5)?,
            })
        })
        .collect()
    }

    /// Certificates valid on `as_of` whose holder's death (on or before it) is pending.
    pub fn dead_holder_certs(&mut self, as_of: Date) -> Result<Vec<DeadHolderCert>> {
        self.rows(
            &format!(
                "SELECT c.identifier, c.type_code, c.holder_id FROM certificates c JOIN deaths d ON d.id_number = c.holder_id
                 WHERE c.status = '01' AND (c.valid_until IS NULL OR c.valid_until >= $1) AND d.death_date <= $1 AND {LIVE}
                 ORDER BY c.identifier COLLATE \"C\""
            ),
            params![as_of],
        )?
        .iter()
        .map(|r| Ok(DeadHolderCert { identifier: r.text(0)?, type_code: r.text(1)?, holder_id: r.text(2)? }))
        .collect()
    }

    /// Apply deaths in one transaction: an application each, the enrolments ended with their
    /// recoveries, the certificates revoked as the `cert.holder_dead` fix revokes them, every
    /// value changed in the trail. Fails, changing nothing, if a record changed meanwhile.
    pub fn apply_deaths(&mut self, deaths: &[DeathToApply], end_at: &str, as_of: Date, at: Timestamp, os_user: &str) -> Result<Applied> {
        let at_text = crate::clock::format_utc(at);
        self.in_tx(|s| {
            let mut done = Applied::default();
            let ids: Vec<String> = deaths.iter().map(|d| d.id_number.clone()).collect();
            s.insert_many(
                "death_applications",
                &["id_number", "death_date", "end_at", "as_of", "applied_at", "os_user"],
                deaths.iter().map(|d| {
                    vec![(&d.id_number).into(), d.death_date.into(), end_at.into(), as_of.into(), (&at_text).into(), os_user.into()]
                }),
            )?;
            let cond = s.dialect().in_texts("id_number", "$1");
            let mut app_of = std::collections::HashMap::new();
            for r in s.rows(
                &format!("SELECT id, id_number FROM death_applications WHERE reversed_at IS NULL AND {cond}"),
                &[Param::Texts(&ids)],
            )? {
                app_of.insert(r.text(1)?, r.int(0)?);
            }
            let mut changes: Vec<(String, i64, String, String, Option<String>, String)> = Vec::new();
            let mut recoveries = Vec::new();
            for d in deaths {
                let app = *app_of.get(&d.id_number).context("application not stored")?;
                done.deaths += 1;
                for e in &d.enrolments {
                    let l = &e.enrolment;
                    let n = s.exec(
                        "UPDATE enrolments SET end_date = $1 WHERE id_number = $2 AND program = $3 AND region_code = $4 AND start_date = $5
                         AND end_date IS NOT DISTINCT FROM $6",
                        params![e.new_end, &l.id_number, &l.program, &l.region_code, l.start_date, l.end_date],
                    )?;
                    anyhow::ensure!(
                        n == 1,
                        "the enrolment {}|{} changed while the deaths were applied: run again",
                        l.program,
                        l.region_code
                    );
                    let key = format!("{}|{}|{}|{}", l.id_number, l.program, l.region_code, l.start_date);
                    changes.push((
                        d.id_number.clone(),
                        app,
                        "enrolments".into(),
                        key,
                        l.end_date.map(|e| e.to_string()),
                        e.new_end.to_string(),
                    ));
                    recoveries.push((app, e, d.death_date));
                    done.enrolments_ended += 1;
                    done.recovered_fen += e.amount_fen;
                }
                for f in &d.revocations {
                    let n = s.apply_fix_row(f, at, os_user, "death-apply", Some(app))?;
                    done.certificates_revoked += n;
                }
            }
            s.insert_many(
                "record_changes",
                &["id_number", "at", "os_user", "source", "ref_id", "tbl", "key", "col", "old", "new"],
                changes.iter().map(|(id, app, tbl, key, old, new)| {
                    vec![
                        id.into(),
                        (&at_text).into(),
                        os_user.into(),
                        "death-apply".into(),
                        (*app).into(),
                        tbl.into(),
                        key.into(),
                        "end_date".into(),
                        old.into(),
                        new.into(),
                    ]
                }),
            )?;
            s.insert_many(
                "recoveries",
                &[
                    "application_id",
                    "id_number",
                    "program",
                    "region_code",
                    "start_date",
                    "death_date",
                    "months",
                    "monthly_amount_fen",
                    "amount_fen",
                ],
                recoveries.iter().map(|(app, e, death)| {
                    let l = &e.enrolment;
                    vec![
                        (*app).into(),
                        (&l.id_number).into(),
                        (&l.program).into(),
                        (&l.region_code).into(),
                        l.start_date.into(),
                        (*death).into(),
                        e.months.into(),
                        l.monthly_amount_fen.into(),
                        e.amount_fen.into(),
                    ]
                }),
            )?;
            Ok(done)
        })
    }

    /// Inside an open transaction (an import undo of deaths): reverse every live application
    /// whose death record is gone or now says another date, value by value, provided each
    /// value is still what the application set; otherwise fail saying which changed since.
    /// Returns the applications reversed.
    pub(crate) fn reverse_outdated_applications(&mut self) -> Result<u64> {
        let outdated: Vec<Application> = self
            .rows(
                &format!(
                    // An anti-join rather than NOT EXISTS: Citus cannot run a subquery that
                    // refers to a reference table's row (death_applications) over a
                    // distributed table (deaths), but runs this join shard by shard.
                    "SELECT {APPLICATION_COLS} FROM death_applications WHERE id IN (
                         SELECT a.id FROM death_applications a
                         LEFT JOIN deaths d ON d.id_number = a.id_number AND d.death_date = a.death_date
                         WHERE a.reversed_at IS NULL AND d.id_number IS NULL) ORDER BY id"
                ),
                &[],
            )?
            .iter()
            .map(application_row)
            .collect::<Result<_>>()?;
        let at = crate::clock::now()?;
        let at_text = crate::clock::format_utc(at);
        let os_user = crate::config::os_user();
        for a in &outdated {
            let changes = self.rows(
                "SELECT tbl, key, col, old, new FROM record_changes WHERE ref_id = $1 AND source = 'death-apply' ORDER BY id DESC",
                params![a.id],
            )?;
            for r in &changes {
                let (tbl, key, col, old, new) = (r.text(0)?, r.text(1)?, r.text(2)?, r.opt_text(3)?, r.opt_text(4)?);
                let n = match (tbl.as_str(), col.as_str()) {
                    ("enrolments", "end_date") => {
                        let k: Vec<&str> = key.splitn(4, '|').collect();
                        anyhow::ensure!(k.len() == 4, "bad enrolment key {key:?} in the change trail");
                        let start: Date = k[3].parse().with_context(|| format!("bad start date in {key:?}"))?;
                        let old: Option<Date> = old.as_deref().map(str::parse).transpose()?;
                        let new: Option<Date> = new.as_deref().map(str::parse).transpose()?;
                        self.exec(
                            "UPDATE enrolments SET end_date = $1 WHERE id_number = $2 AND program = $3 AND region_code = $4 AND start_date = $5
                             AND end_date IS NOT DISTINCT FROM $6",
                            params![old, k[0], k[1], k[2], start, new],
                        )?
                    }
                    ("certificates", "status") => self.exec(
                        "UPDATE certificates SET status = $1, status_reason = '', status_at = NULL WHERE identifier = $2 AND status = $3",
                        params![&old, &key, &new],
                    )?,
                    _ => anyhow::bail!("the change trail holds a change of {tbl}.{col} that cannot be reversed"),
                };
                if n != 1 {
                    let what = if tbl == "enrolments" { "enrolment" } else { "certificate" };
                    let shown = match key.split_once('|') {
                        Some((id, rest)) => format!("{}|{rest}", crate::domain::normalize::mask_id(id)),
                        None => key.clone(),
                    };
                    return Err(Fail::usage(format!(
                        "the death of {} (death date {}) was applied (application {}), and the {what} {shown} has changed since: its {col} is no longer {}",
                        crate::domain::normalize::mask_id(&a.id_number),
                        a.death_date,
                        a.id,
                        new.as_deref().unwrap_or("empty")
                    ))
                    .hint("undo or revert that later change first; nothing was changed")
                    .into());
                }
                self.exec(
                    "INSERT INTO record_changes (id_number, at, os_user, source, ref_id, tbl, key, col, old, new)
                     VALUES ($1, $2, $3, 'death-reversal', $4, $5, $6, $7, $8, $9)",
                    params![&a.id_number, &at_text, &os_user, a.id, &tbl, &key, &col, &new, &old],
                )?;
            }
            self.exec("UPDATE death_applications SET reversed_at = $1 WHERE id = $2", params![&at_text, a.id])?;
        }
        Ok(outdated.len() as u64)
    }
}
