//! `payments expected`: the should-pay list (应发名单) of a month, from the register.
use crate::db::payments::Due;
use crate::db::Store;
use crate::domain::region::district::District;
use crate::domain::region::RegionDb;
use crate::domain::values::{format_month, parse_month};
use crate::error::Fail;
use crate::ops::check::{program_code, region_prefix};
use anyhow::Result;
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone)]
pub struct ExpectedOptions {
    /// `YYYY-MM` or another spelling [`parse_month`] reads.
    pub month: String,
    pub region: Option<String>,
    pub program: Option<String>,
}

/// One line of the list, with the district (区县) whose finance office pays it.
#[derive(Debug, Clone, Serialize)]
pub struct DueLine {
    #[serde(flatten)]
    pub due: Due,
    pub district: String,
    #[serde(skip)]
    pub group: District,
}

/// The should-pay list of a month.
#[derive(Debug, Clone, Serialize)]
pub struct Expected {
    pub month: String,
    pub lines: Vec<DueLine>,
    pub total_fen: i64,
}

/// The month as stored (`YYYY-MM`), or a usage error naming the value.
pub fn month(s: &str) -> Result<String, Fail> {
    parse_month(s).map(format_month).ok_or_else(|| Fail::usage(format!("invalid month {s:?}")).hint("a month as YYYY-MM, e.g. 2026-05"))
}

pub fn expected(store: &mut Store, opts: &ExpectedOptions) -> Result<Expected> {
    let month = month(&opts.month)?;
    let region = opts.region.as_deref().map(region_prefix).transpose()?;
    let program = opts
        .program
        .as_deref()
        .map(|p| crate::domain::records::program_code(p).map_or_else(|| program_code(p), |c| Ok(c.to_string())))
        .transpose()?;
    let due = store.due(&month, region.as_deref(), program.as_deref())?;
    let db = RegionDb::builtin();
    let mut memo: std::collections::HashMap<String, District> = Default::default();
    let mut total_fen = 0;
    let lines = due
        .into_iter()
        .map(|due| {
            total_fen += due.monthly_amount_fen;
            let group = memo.entry(due.region_code.clone()).or_insert_with(|| db.district_of(&due.region_code)).clone();
            DueLine { district: group.label(), group, due }
        })
        .collect();
    Ok(Expected { month, lines, total_fen })
}

/// The lines by district, in district order.
pub fn by_district(lines: Vec<DueLine>) -> BTreeMap<District, Vec<DueLine>> {
    let mut out: BTreeMap<District, Vec<DueLine>> = BTreeMap::new();
    for l in lines {
        out.entry(l.group.clone()).or_default().push(l);
    }
    out
}
