//! `cert verify`: read a payload (text, a file holding it, stdin, or a PNG of the QR code),
//! then judge it against a trust list and revocation lists — from files (offline) or from
//! the database.
use super::trust_list;
use crate::db::Store;
use crate::domain::cert::render;
use crate::domain::cert::verify::{self as v, open_revocations, revocation_hash, Reason, Revocations, TrustList};
use crate::error::Fail;
use anyhow::{Context, Result};
use jiff::civil::Date;
use serde::Serialize;
use std::io::Read;
use std::path::Path;

/// Where the payload comes from: `MZ1:…` itself, a file (text or PNG), or `-`.
pub fn read_payload(input: &str) -> Result<String> {
    if input.trim_start().starts_with(crate::domain::cert::payload::PREFIX) {
        return Ok(input.trim().to_string());
    }
    let bytes = if input == "-" {
        let mut b = Vec::new();
        std::io::stdin().read_to_end(&mut b).context("cannot read stdin")?;
        b
    } else {
        let p = Path::new(input);
        if !p.exists() {
            return Err(Fail::usage(format!("{input}: neither an MZ1: payload nor a file")).into());
        }
        std::fs::read(p).with_context(|| format!("cannot read {input}"))?
    };
    if render::is_png(&bytes) {
        let found = render::decode_png(&bytes).map_err(|e| Fail::error(format!("{input}: {e}")))?;
        return Ok(found.into_iter().next().unwrap_or_default());
    }
    let text = String::from_utf8_lossy(&bytes);
    Ok(text.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or("").to_string())
}

/// The lists a verification uses.
pub struct Lists {
    pub trust: TrustList,
    pub revocations: Vec<Revocations>,
    /// `database`, or the trust list file.
    pub source: String,
}

/// Lists from files (`--trust`, `--revocations`), or else from the database.
pub fn lists(store: Option<&mut Store>, trust: Option<&Path>, revocations: &[std::path::PathBuf], today: Date) -> Result<Lists> {
    match (trust, store) {
        (Some(path), _) => {
            let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
            let trust = TrustList::parse(&text).map_err(|e| Fail::error(format!("{}: {e}", path.display())))?;
            let mut revs = Vec::new();
            for r in revocations {
                let text = std::fs::read_to_string(r).with_context(|| format!("cannot read {}", r.display()))?;
                revs.push(open_revocations(&text, &trust).map_err(|e| Fail::error(format!("{}: {e}", r.display())))?);
            }
            Ok(Lists { trust, revocations: revs, source: path.display().to_string() })
        }
        (None, Some(store)) => {
            if !revocations.is_empty() {
                return Err(Fail::usage("--revocations needs --trust (the list's signature is checked against it)").into());
            }
            let trust = trust_list(store, today)?;
            let mut revs = Vec::new();
            for i in store.cert_issuers()? {
                let hashes = store.revoked_certs(&i.uscc)?.iter().map(|id| revocation_hash(id)).collect();
                revs.push(Revocations { uscc: i.uscc, generated: today, next_update: today, hashes });
            }
            Ok(Lists { trust, revocations: revs, source: "database".into() })
        }
        (None, None) => Err(Fail::usage("no trust list").hint("pass --trust FILE").into()),
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Verification {
    pub valid: bool,
    pub reason: Option<Reason>,
    pub detail: String,
    /// The date the validity was judged at (say so: a device clock can be wrong).
    pub checked_at: Date,
    pub trust: String,
    pub trust_generated: Date,
    pub trust_stale: bool,
    pub revocation_checked: bool,
    pub identifier: Option<String>,
    #[serde(rename = "type")]
    pub cert_type: Option<String>,
    pub holder_name: Option<String>,
    pub holder_id: Option<String>,
    pub birth_date: Option<Date>,
    pub region_code: Option<String>,
    pub issued_on: Option<Date>,
    pub valid_from: Option<Date>,
    pub valid_until: Option<Date>,
    pub issuer: Option<String>,
    pub issuer_uscc: Option<String>,
    pub kid: Option<String>,
    pub alg: Option<String>,
    pub payload_bytes: usize,
}

pub fn verify(payload: &str, lists: &Lists, at: Date) -> Verification {
    let verdict = v::verify(payload, &lists.trust, &lists.revocations, at);
    let c = verdict.claims.as_ref();
    Verification {
        valid: verdict.reason.is_none(),
        reason: verdict.reason,
        detail: verdict.detail.clone(),
        checked_at: at,
        trust: lists.source.clone(),
        trust_generated: lists.trust.generated,
        trust_stale: at > lists.trust.next_update,
        revocation_checked: verdict.revocation_checked,
        identifier: c.map(|c| c.identifier.clone()),
        cert_type: c.map(|c| c.cert_type.clone()),
        holder_name: c.map(|c| c.holder_name.clone()),
        holder_id: c.map(|c| c.holder_id_masked.clone()),
        birth_date: c.and_then(|c| c.birth_date),
        region_code: c.map(|c| c.region_code.clone()),
        issued_on: c.map(|c| c.issued_on),
        valid_from: c.map(|c| c.valid_from),
        valid_until: c.and_then(|c| c.valid_until),
        issuer: verdict.key.as_ref().map(|k| k.issuer.clone()),
        issuer_uscc: verdict.key.as_ref().map(|k| k.uscc.clone()),
        kid: verdict.kid.clone(),
        alg: verdict.alg.clone(),
        payload_bytes: verdict.cose_len,
    }
}
