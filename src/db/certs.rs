//! E-certificates in the database (migration 6).
//!
//! Tables: `cert_issuers`, `cert_keys` (public keys only), `cert_types` (types added beside the
//! built-in ones), `cert_serials`, `certificates`.
use super::sql::{Param, Row, Sql};
use super::Store;
use crate::domain::cert::types::{Death, Enrolment, Holder};
use crate::params;
use anyhow::{bail, Result};
use jiff::civil::Date;
use jiff::Timestamp;
use serde::Serialize;

/// An issuing authority.
#[derive(Debug, Clone, Serialize)]
pub struct Issuer {
    pub uscc: String,
    pub name: String,
    pub region_code: String,
    pub created_at: Timestamp,
}

/// A public key of an issuer.
#[derive(Debug, Clone, Serialize)]
pub struct KeyRow {
    pub kid: String,
    pub issuer_uscc: String,
    pub alg: String,
    /// SubjectPublicKeyInfo DER, base64.
    pub public_key: String,
    pub key_file: String,
    pub valid_from: Date,
    pub valid_until: Option<Date>,
    pub created_at: Timestamp,
}

/// A stored certificate.
#[derive(Debug, Clone, Serialize)]
pub struct CertRow {
    pub identifier: String,
    pub type_code: String,
    pub number: String,
    pub issuer_uscc: String,
    pub kid: String,
    pub holder_id: String,
    pub holder_code_type: String,
    pub holder_name: String,
    pub region_code: String,
    pub issued_on: Date,
    pub valid_from: Date,
    pub valid_until: Option<Date>,
    pub status: String,
    pub status_reason: String,
    pub status_at: Option<Timestamp>,
    pub replaces: Option<String>,
    /// Printed fields, JSON `[[label, value], …]`.
    pub fields: String,
    pub payload: String,
    pub created_at: Timestamp,
}

impl CertRow {
    /// The printed fields as (label, value); a stored value that is not such a list reads as none.
    pub fn printed_fields(&self) -> Vec<(String, String)> {
        serde_json::from_str(&self.fields).unwrap_or_default()
    }
}

/// Which certificates to list.
#[derive(Debug, Clone, Default)]
pub struct CertFilter {
    pub type_code: Option<String>,
    pub status: Option<String>,
    pub holder: Option<String>,
    pub issuer: Option<String>,
    pub limit: Option<u64>,
}

/// Which would-be holders to read, and what to read of them.
#[derive(Debug, Clone)]
pub struct HolderQuery<'a> {
    /// Exactly these ID numbers (no other condition applies then but the program's enrolment
    /// lookup); `None` = the eligible ones by the conditions below.
    pub ids: Option<&'a [String]>,
    /// The day eligibility is judged.
    pub on: Date,
    /// People whose region code starts with this ('' = anywhere).
    pub region_prefix: &'a str,
    /// People born on or before this day.
    pub born_by: Option<Date>,
    /// An enrolment in this program active on `on` (read, and required unless `ids`).
    pub program: Option<&'a str>,
    /// Dead holders (from `deaths`) instead of living ones.
    pub deceased: bool,
    /// Leave out holders with a certificate of this type valid on `on`, or one revoked or
    /// suspended (re-issuing to them is a deliberate single issue, not policy).
    pub without_valid: &'a str,
    /// Only ID numbers after this one, in ID-number order (paging).
    pub after: &'a str,
    pub limit: usize,
}

/// One holder per person from rows in ID-number order (a person in two regions, or with two
/// active enrolments, comes more than once), at most `limit`.
pub fn first_per_person(rows: impl IntoIterator<Item = Result<Holder>>, limit: usize) -> Result<Vec<Holder>> {
    let mut out: Vec<Holder> = Vec::with_capacity(limit);
    for h in rows {
        let h = h?;
        if out.last().is_some_and(|l| l.id_number == h.id_number) {
            continue;
        }
        if out.len() == limit {
            break;
        }
        out.push(h);
    }
    Ok(out)
}

pub(crate) const CERT_COLUMNS: &str =
    "identifier, type_code, number, issuer_uscc, kid, holder_id, holder_code_type, holder_name, region_code, issued_on, \
valid_from, valid_until, status, status_reason, status_at, replaces, fields, payload, created_at";

pub(crate) fn cert_row(r: &Row) -> Result<CertRow> {
    Ok(CertRow {
        identifier: r.text(0)?,
        type_code: r.text(1)?,
        number: r.text(2)?,
        issuer_uscc: r.text(3)?,
        kid: r.text(4)?,
        holder_id: r.text(5)?,
        holder_code_type: r.text(6)?,
        holder_name: r.text(7)?,
        region_code: r.text(8)?,
        issued_on: r.date(9)?,
        valid_from: r.date(10)?,
        valid_until: r.opt_date(11)?,
        status: r.text(12)?,
        status_reason: r.text(13)?,
        status_at: r.opt_ts(14)?,
        replaces: r.opt_text(15)?,
        fields: r.text(16)?,
        payload: r.text(17)?,
        created_at: r.opt_ts(18)?.unwrap_or(Timestamp::UNIX_EPOCH),
    })
}

const KEY_COLUMNS: &str = "kid, issuer_uscc, alg, public_key, key_file, valid_from, valid_until, created_at";

fn key_row(r: &Row) -> Result<KeyRow> {
    Ok(KeyRow {
        kid: r.text(0)?,
        issuer_uscc: r.text(1)?,
        alg: r.text(2)?,
        public_key: r.text(3)?,
        key_file: r.text(4)?,
        valid_from: r.date(5)?,
        valid_until: r.opt_date(6)?,
        created_at: r.opt_ts(7)?.unwrap_or(Timestamp::UNIX_EPOCH),
    })
}

fn insert_key(s: &mut Store, k: &KeyRow) -> Result<u64> {
    s.exec(
        &format!("INSERT INTO cert_keys ({KEY_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)"),
        params![&k.kid, &k.issuer_uscc, &k.alg, &k.public_key, &k.key_file, k.valid_from, k.valid_until, k.created_at],
    )
}

fn holder_row(r: &Row) -> Result<Holder> {
    let enrolment = match (r.opt_text(7)?, r.opt_date(9)?) {
        (Some(program), Some(start_date)) => Some(Enrolment {
            program,
            region_code: r.text_or_empty(8)?,
            start_date,
            end_date: r.opt_date(10)?,
            monthly_amount_fen: r.opt_int(11)?.unwrap_or(0),
        }),
        _ => None,
    };
    let death =
        r.opt_date(12)?.map(|death_date| -> Result<Death> { Ok(Death { death_date, cremation_no: r.text_or_empty(13)? }) }).transpose()?;
    Ok(Holder {
        id_number: r.text(0)?,
        name: r.text_or_empty(1)?,
        gender: r.text_or_empty(2)?,
        birth_date: r.opt_date(3)?,
        region_code: r.text_or_empty(4)?,
        address: r.text_or_empty(5)?,
        ethnicity: r.text_or_empty(6)?,
        enrolment,
        death,
    })
}

impl Store {
    pub fn cert_issuers(&mut self) -> Result<Vec<Issuer>> {
        self.rows("SELECT uscc, name, region_code, created_at FROM cert_issuers ORDER BY created_at, uscc COLLATE \"C\"", &[])?
            .iter()
            .map(|r| {
                Ok(Issuer {
                    uscc: r.text(0)?,
                    name: r.text(1)?,
                    region_code: r.text(2)?,
                    created_at: r.opt_ts(3)?.unwrap_or(Timestamp::UNIX_EPOCH),
                })
            })
            .collect()
    }

    pub fn cert_keys(&mut self) -> Result<Vec<KeyRow>> {
        self.rows(&format!("SELECT {KEY_COLUMNS} FROM cert_keys ORDER BY issuer_uscc COLLATE \"C\", valid_until IS NULL, valid_from, created_at, kid COLLATE \"C\""), &[])?.iter().map(key_row).collect()
    }

    /// Create an issuer with its first key (one transaction); false if the USCC exists.
    pub fn insert_cert_issuer(&mut self, issuer: &Issuer, key: &KeyRow) -> Result<bool> {
        self.in_tx(|s| {
            let n = s.exec(
                "INSERT INTO cert_issuers (uscc, name, region_code, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
                params![&issuer.uscc, &issuer.name, &issuer.region_code, issuer.created_at],
            )?;
            if n == 1 {
                insert_key(s, key)?;
            }
            Ok(n == 1)
        })
    }

    /// End the issuer's open keys on `last_day` and add `key` (one transaction).
    pub fn rotate_cert_key(&mut self, uscc: &str, last_day: Date, key: &KeyRow) -> Result<()> {
        self.in_tx(|s| {
            s.exec("UPDATE cert_keys SET valid_until = $2 WHERE issuer_uscc = $1 AND valid_until IS NULL", params![uscc, last_day])?;
            insert_key(s, key)?;
            Ok(())
        })
    }

    /// Added types as (code, JSON definition).
    pub fn cert_types(&mut self) -> Result<Vec<(String, String)>> {
        self.rows("SELECT code, definition FROM cert_types ORDER BY added_at, code COLLATE \"C\"", &[])?
            .iter()
            .map(|r| Ok((r.text(0)?, r.text(1)?)))
            .collect()
    }

    /// Add or replace an added type; true if it replaced one.
    pub fn put_cert_type(&mut self, code: &str, definition: &str) -> Result<bool> {
        let now = crate::clock::now()?;
        self.in_tx(|s| {
            let existed = s.row("SELECT 1 FROM cert_types WHERE code = $1", params![code])?.is_some();
            s.exec(
                "INSERT INTO cert_types (code, definition, added_at) VALUES ($1, $2, $3)
                 ON CONFLICT (code) DO UPDATE SET definition = excluded.definition, added_at = excluded.added_at",
                params![code, definition, now],
            )?;
            Ok(existed)
        })
    }

    /// Reserve `n` serial numbers for an issuer, type and year; the first one.
    pub fn reserve_cert_serials(&mut self, issuer: &str, type_code: &str, year: i16, n: u64) -> Result<u64> {
        let row = self.row(
            "INSERT INTO cert_serials (issuer_uscc, type_code, year, next) VALUES ($1, $2, $3, 1 + $4)
             ON CONFLICT (issuer_uscc, type_code, year) DO UPDATE SET next = cert_serials.next + $4 RETURNING next",
            params![issuer, type_code, year, n],
        )?;
        Ok((row.ok_or_else(|| anyhow::anyhow!("no serial returned"))?.int(0)? as u64).saturating_sub(n))
    }

    /// Would-be holders, in ID-number order, one row per person.
    pub fn cert_holders(&mut self, q: &HolderQuery<'_>) -> Result<Vec<Holder>> {
        let like = format!("{}%", q.region_prefix);
        let mut sql = Sql::default();
        let on = sql.p(q.on);
        let program = sql.p(q.program.unwrap_or(""));
        let (base, key) = if q.deceased {
            ("FROM deaths d LEFT JOIN people p ON p.id_number = d.id_number", "d.id_number")
        } else {
            ("FROM people p LEFT JOIN deaths d ON d.id_number = p.id_number", "p.id_number")
        };
        let enrol = format!("LEFT JOIN enrolments e ON e.id_number = {key} AND e.program = {program} AND e.start_date <= {on} AND (e.end_date IS NULL OR e.end_date >= {on})");
        let mut conds: Vec<String> = Vec::new();
        if let Some(ids) = q.ids {
            let p = sql.p(Param::Texts(ids));
            conds.push(self.dialect().in_texts(key, &p));
        } else {
            if !q.deceased {
                conds.push("d.id_number IS NULL".into());
            }
            if !q.region_prefix.is_empty() {
                conds.push(format!("p.region_code LIKE {}", sql.p(&like)));
            }
            if let Some(b) = q.born_by {
                conds.push(format!("p.birth_date <= {}", sql.p(b)));
            }
            if q.program.is_some() {
                conds.push("e.id_number IS NOT NULL".into());
            }
            if !q.without_valid.is_empty() {
                let t = sql.p(q.without_valid);
                conds.push(format!(
                    "NOT EXISTS (SELECT 1 FROM certificates c WHERE c.holder_id = {key} AND c.type_code = {t} AND (c.status IN ('02', '03') OR (c.status = '01' AND (c.valid_until IS NULL OR c.valid_until >= {on}))))"
                ));
            }
            conds.push(format!("{key} > {}", sql.p(q.after)));
        }
        let name = if q.deceased { "coalesce(p.name, d.name)" } else { "p.name" };
        // Duplicates (a person in two regions, two active enrolments) come in order and are
        // dropped by first_per_person; the margin keeps a page from ending inside one.
        sql.text = format!(
            "SELECT {key}, {name}, p.gender, p.birth_date, p.region_code, p.address, p.ethnicity,
                    e.program, e.region_code, e.start_date, e.end_date, e.monthly_amount_fen, d.death_date, d.cremation_no
             {base} {enrol} WHERE {} ORDER BY {key}, p.region_code, e.start_date DESC LIMIT {}",
            conds.join(" AND "),
            q.limit * 2 + 16
        );
        let rows = self.rows(&sql.text, &sql.params)?;
        first_per_person(rows.iter().map(holder_row), q.limit)
    }

    /// Store certificates in one transaction; those they replace become status 04 (cancelled).
    pub fn insert_certs(&mut self, certs: &[CertRow]) -> Result<()> {
        let marks: Vec<String> = (1..=19).map(|i| format!("${i}")).collect();
        let insert = format!("INSERT INTO certificates ({CERT_COLUMNS}) VALUES ({})", marks.join(", "));
        let ids: Vec<String> = certs.iter().map(|c| c.identifier.clone()).collect();
        let taken = format!("SELECT identifier FROM certificates WHERE {} LIMIT 1", self.dialect().in_texts("identifier", "$1"));
        self.in_tx(|s| {
            // An identifier is the certificate's key, but on Citus the primary key is
            // (holder_id, identifier) (citus.sql): nothing there refuses an identifier already
            // issued to another holder. So every backend looks first, and refuses alike.
            let mut seen = std::collections::HashSet::new();
            if let Some(dup) = ids.iter().find(|i| !seen.insert(*i)) {
                bail!("certificate {dup} is twice in one issue");
            }
            if let Some(row) = s.row(&taken, &[Param::Texts(&ids)])? {
                bail!("a certificate with identifier {} exists already", row.text(0)?);
            }
            for c in certs {
                s.exec(
                    &insert,
                    params![
                        &c.identifier,
                        &c.type_code,
                        &c.number,
                        &c.issuer_uscc,
                        &c.kid,
                        &c.holder_id,
                        &c.holder_code_type,
                        &c.holder_name,
                        &c.region_code,
                        c.issued_on,
                        c.valid_from,
                        c.valid_until,
                        &c.status,
                        &c.status_reason,
                        c.status_at,
                        &c.replaces,
                        &c.fields,
                        &c.payload,
                        c.created_at
                    ],
                )?;
                if let Some(old) = &c.replaces {
                    s.exec(
                        "UPDATE certificates SET status = '04', status_reason = $2, status_at = $3 WHERE identifier = $1 AND status = '01'",
                        params![old, &format!("replaced by {}", c.identifier), c.created_at],
                    )?;
                }
            }
            Ok(())
        })
    }

    pub fn certs(&mut self, f: &CertFilter) -> Result<Vec<CertRow>> {
        let mut sql = Sql::new(format!("SELECT {CERT_COLUMNS} FROM certificates WHERE TRUE"));
        for (col, v) in [("type_code", &f.type_code), ("status", &f.status), ("holder_id", &f.holder), ("issuer_uscc", &f.issuer)] {
            if let Some(v) = v {
                let p = sql.p(v);
                sql.push(&format!(" AND {col} = {p}"));
            }
        }
        let limit = self.dialect().limit(f.limit, 0);
        sql.push(" ORDER BY created_at, identifier COLLATE \"C\"").push(&limit);
        self.rows(&sql.text, &sql.params)?.iter().map(cert_row).collect()
    }

    pub fn cert(&mut self, identifier: &str) -> Result<Option<CertRow>> {
        self.row(&format!("SELECT {CERT_COLUMNS} FROM certificates WHERE identifier = $1"), params![identifier])?
            .as_ref()
            .map(cert_row)
            .transpose()
    }

    /// The identifier of `holder`'s certificate of `type_code` valid on `on`, if any.
    pub fn valid_cert(&mut self, type_code: &str, holder: &str, on: Date) -> Result<Option<String>> {
        self.row(
            "SELECT identifier FROM certificates WHERE holder_id = $1 AND type_code = $2 AND status = '01' AND (valid_until IS NULL OR valid_until >= $3)
             ORDER BY issued_on DESC LIMIT 1",
            params![holder, type_code, on],
        )?
        .map(|r| r.text(0))
        .transpose()
    }

    /// Set a certificate's status; false if it does not exist.
    pub fn set_cert_status(&mut self, identifier: &str, status: &str, reason: &str, at: Timestamp) -> Result<bool> {
        Ok(self.exec(
            "UPDATE certificates SET status = $2, status_reason = $3, status_at = $4 WHERE identifier = $1",
            params![identifier, status, reason, at],
        )? == 1)
    }

    /// Identifiers of an issuer's revoked certificates (status 03).
    pub fn revoked_certs(&mut self, issuer: &str) -> Result<Vec<String>> {
        self.rows(
            "SELECT identifier FROM certificates WHERE issuer_uscc = $1 AND status = '03' ORDER BY identifier COLLATE \"C\"",
            params![issuer],
        )?
        .iter()
        .map(|r| r.text(0))
        .collect()
    }

    /// Number of certificates per (type, status).
    pub fn cert_counts(&mut self) -> Result<Vec<(String, String, i64)>> {
        self.rows("SELECT type_code, status, count(*) FROM certificates GROUP BY type_code, status ORDER BY type_code COLLATE \"C\", status COLLATE \"C\"", &[])?
            .iter()
            .map(|r| Ok((r.text(0)?, r.text(1)?, r.int(2)?)))
            .collect()
    }
}
