//! `mzctl report`: the supervisor's picture of the data — population, benefits, data quality,
//! systems and certificates — as figures (a chart and the table of its numbers) in sections
//! that each name their source and date. The database counts and sums (see `db::report`); here
//! region codes are rolled up to today's districts and months laid out over the window. How
//! the figures are drawn (HTML with SVG, or a workbook) is the caller's business.
mod sections;

use crate::db::report::{RegionFilter, Tally};
use crate::db::{Job, Store};
use crate::domain::region::district::District;
use crate::domain::region::RegionDb;
use anyhow::Result;
use jiff::civil::Date;
use serde::Serialize;
use std::collections::HashMap;

pub struct Options {
    /// A region code: data in it, under it, and on the retired codes it took in.
    pub region: Option<String>,
    pub as_of: Date,
    /// The first month of the monthly series [default: the 24 months up to `as_of`].
    pub from: Option<Date>,
}

/// A value in a table: text, a count, or money in fen.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Value {
    Text(String),
    Int(i64),
    #[serde(serialize_with = "crate::domain::values::serialize_yuan")]
    Fen(i64),
}

/// The numbers of a figure, as a table.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Grid {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<Value>>,
}

/// A named run of numbers, one per category.
#[derive(Debug, Clone, Serialize)]
pub struct Series {
    pub name: String,
    pub values: Vec<f64>,
}

/// What a figure draws.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Chart {
    /// Horizontal bars: a group per category, a bar per series in each.
    Bars { categories: Vec<String>, series: Vec<Series> },
    /// Two series back to back (men left, women right) per band, youngest at the bottom.
    Pyramid { bands: Vec<String>, left: Series, right: Series },
    /// A count per row and column, shaded and labelled.
    Heat { rows: Vec<String>, columns: Vec<String>, values: Vec<Vec<i64>> },
    /// Series over time.
    Lines { x: Vec<String>, series: Vec<Series> },
}

impl Chart {
    /// Marks drawn: bars, cells, or points.
    pub fn marks(&self) -> usize {
        match self {
            Chart::Bars { categories, series } => categories.len() * series.len(),
            Chart::Pyramid { bands, .. } => bands.len() * 2,
            Chart::Heat { rows, columns, .. } => rows.len() * columns.len(),
            Chart::Lines { x, series } => x.len() * series.len(),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Figure {
    /// Stable, for tests and sheet names: `population.districts`.
    pub id: String,
    pub title: String,
    /// What the numbers count (人, 元 …).
    pub unit: String,
    pub chart: Chart,
    pub table: Grid,
}

#[derive(Debug, Clone, Serialize)]
pub struct Section {
    pub id: &'static str,
    pub title: String,
    /// Tables, run ids, scan id the figures come from.
    pub source: String,
    pub as_of: Date,
    /// Why there is nothing to draw, when there is not.
    pub empty: Option<String>,
    /// Caveats a reader needs (a ledger not loaded, a scope).
    pub notes: Vec<String>,
    pub figures: Vec<Figure>,
}

/// A headline number.
#[derive(Debug, Clone, Serialize)]
pub struct Highlight {
    pub label: String,
    pub value: Value,
    /// `人`, `元`, `件` …: how to say it.
    pub unit: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub title: String,
    /// The region code asked for and its name today (none: all the data).
    pub region: Option<(String, String)>,
    pub as_of: Date,
    pub from: Date,
    pub backend: &'static str,
    pub highlights: Vec<Highlight>,
    pub sections: Vec<Section>,
}

/// Where rows are counted: the region asked for (and the codes it absorbed), districts by code.
pub(crate) struct Scope {
    pub filter: RegionFilter,
    pub as_of: Date,
    /// First days of the window's months, oldest first.
    pub months: Vec<Date>,
    districts: HashMap<String, District>,
}

impl Scope {
    /// The district today of a region code, memoized (a few hundred codes in a city).
    pub fn district(&mut self, code: &str) -> District {
        self.districts.entry(code.to_string()).or_insert_with(|| RegionDb::builtin().district_of(code)).clone()
    }

    pub fn month_keys(&self) -> Vec<String> {
        self.months.iter().map(|d| month_key(*d)).collect()
    }
}

/// The database's counts the sections draw, one set-based query each. Most scan and group a
/// whole table (a million people, their enrolments), so they are read side by side.
pub(crate) struct Counts {
    pub people: Vec<Tally>,
    pub ages: Vec<Tally>,
    pub enrolled: Vec<Tally>,
    pub starts: Vec<Tally>,
    pub ends: Vec<Tally>,
    /// The ledger's months in the window (empty: no ledger loaded for them).
    pub paid: Vec<Tally>,
    pub recoveries: Vec<Tally>,
    pub issued: Vec<Tally>,
    pub revoked: Vec<Tally>,
}

impl Counts {
    fn read(store: &mut Store, scope: &Scope) -> Result<Counts> {
        let (f, as_of, keys) = (&scope.filter, scope.as_of, scope.month_keys());
        // The longest first, so the short ones fill in beside them.
        let jobs: Vec<Job<Vec<Tally>>> = vec![
            Box::new(|s| s.report_ages(f, as_of)),
            Box::new(|s| s.report_enrolment_months(f, false)),
            Box::new(|s| s.report_enrolment_months(f, true)),
            Box::new(|s| s.report_people(f)),
            Box::new(|s| s.report_enrolled(f, as_of)),
            Box::new(|s| match (keys.first(), keys.last()) {
                (Some(first), Some(last)) => s.report_paid_months(f, first, last),
                _ => Ok(Vec::new()),
            }),
            Box::new(|s| s.report_recoveries(f)),
            Box::new(|s| s.report_cert_months(f, false)),
            Box::new(|s| s.report_cert_months(f, true)),
        ];
        let [ages, starts, ends, people, enrolled, paid, recoveries, issued, revoked] =
            <[Vec<Tally>; 9]>::try_from(store.side_by_side(&jobs)?).map_err(|_| anyhow::anyhow!("a count is missing"))?;
        Ok(Counts { people, ages, enrolled, starts, ends, paid, recoveries, issued, revoked })
    }
}

/// A month as a reader says it: 2026年6月.
pub fn month_label(d: Date) -> String {
    format!("{}年{}月", d.year(), d.month())
}

pub(crate) fn month_key(d: Date) -> String {
    format!("{:04}-{:02}", d.year(), d.month())
}

/// The first days of the months from `from` to `to`, both included.
fn months(from: Date, to: Date) -> Vec<Date> {
    let mut out = Vec::new();
    let mut m = from.first_of_month();
    while m <= to && out.len() < 1200 {
        out.push(m);
        m = match m.checked_add(jiff::Span::new().months(1)) {
            Ok(n) => n,
            Err(_) => break,
        };
    }
    out
}

pub fn build(store: &mut Store, opts: &Options) -> Result<Report> {
    let region = match &opts.region {
        Some(code) => {
            let prefix = crate::ops::check::region_prefix(code)?;
            let name = RegionDb::builtin().current(code).map(|v| v.name.clone()).unwrap_or_else(|| "（代码今已不用）".into());
            Some((code.clone(), prefix, name))
        }
        None => None,
    };
    let mut prefixes = Vec::new();
    if let Some((_, prefix, _)) = &region {
        prefixes.push(prefix.clone());
        prefixes.extend(RegionDb::builtin().absorbed_by(prefix));
    }
    let from = match opts.from {
        Some(d) => d,
        None => opts.as_of.checked_sub(jiff::Span::new().months(23))?.first_of_month(),
    };
    if from > opts.as_of {
        return Err(crate::error::Fail::usage(format!("--from {from} is after --as-of {}", opts.as_of)).into());
    }
    let mut scope =
        Scope { filter: RegionFilter { prefixes }, as_of: opts.as_of, months: months(from, opts.as_of), districts: HashMap::new() };
    let counts = Counts::read(store, &scope)?;
    let mut highlights = Vec::new();
    let sections = vec![
        sections::population(&counts, &mut scope, &mut highlights)?,
        sections::benefits(&counts, &mut scope, &mut highlights)?,
        sections::quality(store, &counts, &mut scope, opts.region.as_deref(), &mut highlights)?,
        sections::systems(store, &scope, &mut highlights)?,
        sections::certificates(&counts, &mut scope, &mut highlights)?,
    ];
    Ok(Report {
        title: "民政数据综合报告".into(),
        region: region.map(|(code, _, name)| (code, name)),
        as_of: opts.as_of,
        from,
        backend: store.backend().as_str(),
        highlights,
        sections,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_window_holds_every_month_once() {
        let m = months(Date::constant(2024, 7, 15), Date::constant(2026, 6, 30));
        assert_eq!(m.len(), 24);
        assert_eq!(month_key(m[0]), "2024-07");
        assert_eq!(month_key(m[23]), "2026-06");
        assert!(months(Date::constant(2026, 7, 1), Date::constant(2026, 6, 30)).is_empty());
    }
}
