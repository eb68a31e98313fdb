//! `mzctl cert`: issuing authorities and their keys, certificate types, issuing, offline
//! verification, revocation.
pub mod issue;
pub mod keys;
pub mod verify;

use crate::db::certs::{CertFilter, CertRow, Issuer, KeyRow};
use crate::db::Store;
use crate::domain::cert::render::{self, Card, Qr};
use crate::domain::cert::types::{self, CertType};
use crate::domain::cert::verify::{sign_revocations, RevocationFile, TrustList, TrustedKey, TRUST_FORMAT};
use crate::domain::seal::SigningKey;
use crate::error::Fail;
use anyhow::{Context, Result};
use jiff::{Timestamp, ToSpan};
use std::path::{Path, PathBuf};

/// GB/T 36903 status codes and their names.
pub const STATUSES: &[(&str, &str)] = &[
    ("01", "valid"),
    ("02", "suspended"),
    ("03", "revoked"),
    ("04", "cancelled"),
    ("05", "expired"),
    ("06", "transferred"),
    ("07", "withdrawn"),
    ("99", "other"),
];

/// Certificates matching the filter, newest first.
pub fn list(store: &mut Store, filter: &CertFilter) -> Result<Vec<CertRow>> {
    store.certs(filter)
}

/// One certificate by identifier; an unknown identifier is an error naming it.
pub fn find(store: &mut Store, identifier: &str) -> Result<CertRow> {
    crate::domain::certid::parse(identifier).map_err(|e| Fail::usage(format!("{identifier}: not a certificate identifier: {e}")))?;
    store.cert(identifier)?.ok_or_else(|| Fail::error(format!("no certificate {identifier}")).hint("see mzctl cert list").into())
}

/// The certificate `identifier`, checked to be revocable with `reason`.
pub fn revocable(store: &mut Store, identifier: &str, reason: &str) -> Result<CertRow> {
    if reason.trim().is_empty() {
        return Err(Fail::usage("--reason is empty").into());
    }
    let c = find(store, identifier)?;
    if c.status == "03" {
        return Err(Fail::usage(format!("{identifier} is already revoked ({})", c.status_reason)).into());
    }
    Ok(c)
}

/// Revoke (status 03) with the reason and the time; false when it was no longer there.
pub fn revoke(store: &mut Store, c: &CertRow, reason: &str) -> Result<bool> {
    store.set_cert_status(&c.identifier, "03", reason.trim(), crate::clock::now()?)
}

/// Every issuing authority with its keys.
pub fn issuers(store: &mut Store) -> Result<Vec<(Issuer, Vec<KeyRow>)>> {
    let issuers = store.cert_issuers()?;
    let keys = store.cert_keys()?;
    Ok(issuers
        .into_iter()
        .map(|i| {
            let own = keys.iter().filter(|k| k.issuer_uscc == i.uscc).cloned().collect();
            (i, own)
        })
        .collect())
}

/// The name of a status code (`03` → `revoked`).
pub fn status_name(code: &str) -> &'static str {
    STATUSES.iter().find(|(c, _)| *c == code).map_or("unknown", |(_, n)| n)
}

/// A status given as a code or a name.
pub fn status_code(v: &str) -> Result<&'static str, Fail> {
    STATUSES.iter().find(|(c, n)| *c == v || *n == v).map(|(c, _)| *c).ok_or_else(|| {
        Fail::usage(format!("unknown status {v:?}"))
            .hint("statuses: 01 valid, 02 suspended, 03 revoked, 04 cancelled, 05 expired, 06 transferred, 07 withdrawn, 99 other")
    })
}

/// Built-in types then the ones added to this database.
pub fn all_types(store: &mut Store) -> Result<Vec<(CertType, bool)>> {
    let mut out: Vec<(CertType, bool)> = types::builtin().into_iter().map(|t| (t, true)).collect();
    for (code, json) in store.cert_types()? {
        let t: CertType = serde_json::from_str(&json).with_context(|| format!("stored certificate type {code} is unreadable"))?;
        out.push((t, false));
    }
    Ok(out)
}

/// One type by code.
pub fn find_type(store: &mut Store, code: &str) -> Result<CertType> {
    let all = all_types(store)?;
    let codes: Vec<String> = all.iter().map(|(t, _)| t.code.clone()).collect();
    all.into_iter()
        .map(|(t, _)| t)
        .find(|t| t.code == code)
        .ok_or_else(|| Fail::usage(format!("unknown certificate type {code:?}")).hint(format!("types: {}", codes.join(", "))).into())
}

/// Add (or replace) types from a TOML file; built-in codes cannot be replaced.
pub fn add_types(store: &mut Store, path: &Path) -> Result<Vec<(String, bool)>> {
    let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let parsed = types::parse(&text).map_err(|e| Fail::usage(format!("{}: {e}", path.display())))?;
    let builtin: Vec<String> = types::builtin().into_iter().map(|t| t.code).collect();
    if let Some(t) = parsed.iter().find(|t| builtin.contains(&t.code)) {
        return Err(Fail::usage(format!("{}: type {:?} is built in", path.display(), t.code)).hint("give your type its own code").into());
    }
    let mut out = Vec::new();
    for t in &parsed {
        let replaced = store.put_cert_type(&t.code, &serde_json::to_string(t)?)?;
        out.push((t.code.clone(), replaced));
    }
    Ok(out)
}

/// The issuer to act for: the one named, or the only one.
pub fn pick_issuer(store: &mut Store, uscc: Option<&str>) -> Result<Issuer> {
    let all = store.cert_issuers()?;
    match uscc {
        Some(u) => all
            .into_iter()
            .find(|i| i.uscc == u)
            .ok_or_else(|| Fail::usage(format!("no issuer {u}")).hint("see mzctl cert issuer list").into()),
        None => match all.len() {
            0 => Err(Fail::usage("no issuing authority yet")
                .hint("create one: mzctl cert issuer init --name NAME --uscc CODE --region CODE")
                .into()),
            1 => Ok(all.into_iter().next().expect("one issuer")),
            _ => Err(Fail::usage("several issuers: say which")
                .hint(format!("--issuer {}", all.iter().map(|i| i.uscc.as_str()).collect::<Vec<_>>().join(" | ")))
                .into()),
        },
    }
}

/// The issuer's key that signs now (the one without an end date).
pub fn active_key(store: &mut Store, issuer: &str) -> Result<KeyRow> {
    store
        .cert_keys()?
        .into_iter()
        .find(|k| k.issuer_uscc == issuer && k.valid_until.is_none())
        .ok_or_else(|| Fail::error(format!("issuer {issuer} has no active key")).hint("mzctl cert issuer rotate").into())
}

/// The trust list of every key in the database.
pub fn trust_list(store: &mut Store, now: Timestamp) -> Result<TrustList> {
    let today = crate::clock::date_of(now);
    let issuers = store.cert_issuers()?;
    let mut keys = Vec::new();
    for k in store.cert_keys()? {
        let Some(i) = issuers.iter().find(|i| i.uscc == k.issuer_uscc) else {
            continue;
        };
        keys.push(TrustedKey {
            issuer: i.name.clone(),
            uscc: i.uscc.clone(),
            region: i.region_code.clone(),
            kid: k.kid,
            alg: k.alg,
            public_key: k.public_key,
            valid_from: k.valid_from,
            valid_until: k.valid_until,
        });
    }
    Ok(TrustList { format: TRUST_FORMAT.into(), generated: today, issued_at: Some(now), next_update: today.checked_add(30.days())?, keys })
}

/// The signed revocation list of an issuer, signed with its active key.
pub fn revocation_list(store: &mut Store, issuer: &Issuer, key: &SigningKey, now: Timestamp) -> Result<RevocationFile> {
    let revoked = store.revoked_certs(&issuer.uscc)?;
    Ok(sign_revocations(&issuer.name, &issuer.uscc, now, crate::clock::date_of(now).checked_add(7.days())?, &revoked, key))
}

/// The files written for one certificate.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Written {
    pub record: PathBuf,
    pub files: Vec<PathBuf>,
}

/// The record as GB/T 36903 metadata (JSON), what e-license libraries take in.
pub fn record_json(c: &CertRow, t: &CertType, issuer: &Issuer) -> serde_json::Value {
    let fields = c.printed_fields();
    serde_json::json!({
        "identifier": c.identifier,
        "type_code": t.type_code(&issuer.uscc),
        "type_name": t.name,
        "type": c.type_code,
        "number": c.number,
        "version": "001",
        "holder": c.holder_name,
        "holder_code": c.holder_id,
        "holder_code_type": c.holder_code_type,
        "issue_date": c.issued_on,
        "issuer": issuer.name,
        "issuer_code": issuer.uscc,
        "jurisdiction": c.region_code,
        "valid_from": c.valid_from,
        "valid_until": c.valid_until,
        "status": c.status,
        "replaces": c.replaces,
        "kid": c.kid,
        "fields": fields.into_iter().map(|(l, v)| serde_json::json!([l, v])).collect::<Vec<_>>(),
        "qr_payload": c.payload,
    })
}

/// Write a certificate's files into `dir`: `<type>-<number>.json` always; with `render`
/// also `.qr.txt`, `.qr.svg`, `.qr.png` and `.card.svg`.
pub fn write_files(dir: &Path, c: &CertRow, t: &CertType, issuer: &Issuer, render: bool) -> Result<Written> {
    crate::files::create_dir(dir)?;
    let stem = format!("{}-{}", c.type_code, c.number);
    let record = dir.join(format!("{stem}.json"));
    let mut json = serde_json::to_string_pretty(&record_json(c, t, issuer))?;
    json.push('\n');
    write_file(&record, json.as_bytes())?;
    let mut files = Vec::new();
    if render {
        let qr = render::qr(&c.payload).map_err(Fail::error)?;
        let payload = dir.join(format!("{stem}.qr.txt"));
        write_file(&payload, format!("{}\n", c.payload).as_bytes())?;
        let svg = dir.join(format!("{stem}.qr.svg"));
        write_file(&svg, qr.svg().as_bytes())?;
        let png = dir.join(format!("{stem}.qr.png"));
        write_file(&png, &qr.png(8))?;
        let card = dir.join(format!("{stem}.card.svg"));
        write_file(&card, card_svg(c, t, issuer, &qr).as_bytes())?;
        files.extend([payload, svg, png, card]);
    }
    Ok(Written { record, files })
}

fn write_file(path: &Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    crate::files::create(path)?.write_all(bytes).with_context(|| format!("cannot write {}", path.display()))
}

/// The printable card of a certificate.
pub fn card_svg(c: &CertRow, t: &CertType, issuer: &Issuer, qr: &Qr) -> String {
    let fields = c.printed_fields();
    render::card_svg(&Card {
        title: &t.name,
        fields: fields.iter().map(|(l, v)| (l.as_str(), v.clone())).collect(),
        number: &c.number,
        identifier: &c.identifier,
        issued_on: c.issued_on.to_string(),
        valid_until: c.valid_until.map_or("长期".to_string(), |d| d.to_string()),
        issuer_name: &issuer.name,
        status: &c.status,
        qr,
    })
}
