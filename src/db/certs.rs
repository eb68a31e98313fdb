//! E-certificates in the database: the [`CertStore`] capability (migration 6).
//!
//! Tables: `cert_issuers`, `cert_keys` (public keys only), `cert_types` (types added beside the
//! built-in ones), `cert_serials`, `certificates`.
use crate::domain::cert::types::Holder;
use anyhow::Result;
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

pub trait CertStore {
    fn cert_issuers(&mut self) -> Result<Vec<Issuer>>;
    fn cert_keys(&mut self) -> Result<Vec<KeyRow>>;
    /// Create an issuer with its first key (one transaction); false if the USCC exists.
    fn insert_cert_issuer(&mut self, issuer: &Issuer, key: &KeyRow) -> Result<bool>;
    /// End the issuer's open keys on `last_day` and add `key` (one transaction).
    fn rotate_cert_key(&mut self, uscc: &str, last_day: Date, key: &KeyRow) -> Result<()>;

    /// Added types as (code, JSON definition).
    fn cert_types(&mut self) -> Result<Vec<(String, String)>>;
    /// Add or replace an added type; true if it replaced one.
    fn put_cert_type(&mut self, code: &str, definition: &str) -> Result<bool>;

    /// Reserve `n` serial numbers for an issuer, type and year; the first one.
    fn reserve_cert_serials(&mut self, issuer: &str, type_code: &str, year: i16, n: u64) -> Result<u64>;
    /// Would-be holders, in ID-number order, one row per person.
    fn cert_holders(&mut self, q: &HolderQuery<'_>) -> Result<Vec<Holder>>;
    /// Store certificates in one transaction; those they replace become status 04 (cancelled).
    fn insert_certs(&mut self, certs: &[CertRow]) -> Result<()>;

    fn certs(&mut self, f: &CertFilter) -> Result<Vec<CertRow>>;
    fn cert(&mut self, identifier: &str) -> Result<Option<CertRow>>;
    /// The identifier of `holder`'s certificate of `type_code` valid on `on`, if any.
    fn valid_cert(&mut self, type_code: &str, holder: &str, on: Date) -> Result<Option<String>>;
    /// Set a certificate's status; false if it does not exist.
    fn set_cert_status(&mut self, identifier: &str, status: &str, reason: &str, at: Timestamp) -> Result<bool>;
    /// Identifiers of an issuer's revoked certificates (status 03).
    fn revoked_certs(&mut self, issuer: &str) -> Result<Vec<String>>;
    /// Number of certificates per (type, status).
    fn cert_counts(&mut self) -> Result<Vec<(String, String, i64)>>;
}
