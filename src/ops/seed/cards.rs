//! Elder cards for the seeded city (`seed --into-db --cards RATE`): a share of the people 60 or
//! older on the card day (a year before the as-of date) hold a 老年人优待证 from the city's
//! bureau, issued before the deaths were recorded. Cards go in the order the people are
//! generated (`cards.csv`), so their serial numbers, and so their identifiers, are known when
//! the manifest is written:
//! - a clean person's card is issued as `cert issue` issues it; if the person has died since,
//!   the card is still valid (`cert.holder_dead`);
//! - some people whose stored ID number is malformed (bad check character, 15 digits, a
//!   lowercase x) got one from an older system that did not check it (`cert.holder_invalid`).
use super::SeedOptions;
use crate::db::Store;
use crate::domain::cert::types;
use crate::domain::certid::{self, CertId};
use crate::domain::seal::SigningKey;
use crate::domain::uscc;
use crate::ops::cert::{issue, keys};
use anyhow::{Context, Result};
use jiff::civil::Date;
use jiff::ToSpan;

/// The card type.
const TYPE: &str = "elder-card";

/// The day the cards were issued.
pub fn card_day(as_of: Date) -> Date {
    as_of.checked_sub(1.year()).unwrap_or(as_of)
}

/// The synthetic issuer of the seeded area: its bureau, under a credit code of its own.
pub fn issuer_uscc(area_code: &str) -> String {
    uscc::make('1', '1', area_code, 990_001)
}

/// The identifier of the `n`-th card (1-based), as `cert issue` numbers it on a fresh database.
pub fn identifier(area_code: &str, as_of: Date, n: u64) -> String {
    let issuer = issuer_uscc(area_code);
    let t = types::builtin().into_iter().find(|t| t.code == TYPE).expect("the elder card is built in");
    let serial = format!("{:02}{:07}", card_day(as_of).year() % 100, n);
    certid::build(&CertId { type_code: t.type_code(&issuer), issuer, serial, version: 1 })
}

/// The issuer's key: Ed25519 from the seed, so the same arguments sign the same bytes.
fn key(seed: u64) -> SigningKey {
    let mut bytes = [0u8; 32];
    bytes[..8].copy_from_slice(&seed.to_le_bytes());
    bytes[8..16].copy_from_slice(b"mzctl-cd");
    SigningKey::Ed25519(ed25519_dalek::SigningKey::from_bytes(&bytes))
}

struct Key(SigningKey);

impl issue::KeySource for Key {
    fn key(&mut self) -> Result<SigningKey> {
        Ok(self.0.clone())
    }
}

/// Create the issuer (its private key written beside the seeded files, 0600) and issue the
/// cards `cards.csv` lists, in its order; returns the number issued.
pub fn issue(store: &mut Store, opts: &SeedOptions) -> Result<u64> {
    let area = crate::domain::region::RegionDb::builtin();
    let region = opts.region.clone();
    let name = area.current(&region).map(|v| format!("{}民政局（合成数据）", v.name)).unwrap_or_else(|| "民政局（合成数据）".into());
    let uscc = issuer_uscc(&region);
    let day = card_day(opts.as_of);
    let key_file = opts.out.join("seed-issuer.key");
    let o = keys::InitOptions {
        name: &name,
        uscc: &uscc,
        region: &region,
        alg: crate::domain::seal::Alg::Ed25519,
        key_file: Some(&key_file),
        passphrase: None,
        today: day,
        key: Some(key(opts.seed)),
    };
    keys::init(store, &o).context("seed: the cards' issuer")?;
    let mut rows = csv::Reader::from_path(opts.out.join("cards.csv")).context("seed: cards.csv")?;
    let mut listed: Vec<(bool, Vec<(Option<u64>, String)>)> = Vec::new();
    for (i, rec) in rows.records().enumerate() {
        let rec = rec?;
        let legacy = &rec[1] == "1";
        let entry = (Some(i as u64 + 2), rec[0].to_string());
        match listed.last_mut() {
            Some((l, ids)) if *l == legacy => ids.push(entry),
            _ => listed.push((legacy, vec![entry])),
        }
    }
    let mut total = 0;
    for (legacy, ids) in listed {
        let n = ids.len() as u64;
        let who = if legacy { issue::Who::Unchecked(ids.into_iter().map(|(_, id)| id).collect()) } else { issue::Who::Listed(ids) };
        let o = issue::IssueOptions {
            type_code: TYPE.into(),
            issuer: Some(uscc.clone()),
            who,
            region: None,
            limit: None,
            valid_until: None,
            on: day,
            out: None,
            render: false,
            dry_run: false,
            replace: false,
            chunk: 2000,
        };
        let report = issue::run(store, &o, &mut Key(key(opts.seed)), &mut |_| {})?;
        // Every card listed is issued, or the identifiers in the manifest are off.
        if report.issued != n {
            let why: Vec<String> = report.refused.iter().take(3).map(|r| format!("{}: {}", r.holder, r.reason)).collect();
            anyhow::bail!("seed: {} of {n} cards issued ({})", report.issued, why.join("; "));
        }
        total += n;
    }
    Ok(total)
}
