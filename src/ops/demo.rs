//! The demo: build a small synthetic city in the current database and run every capability
//! that exists on it. It grows as capabilities land.
use crate::db::{Counts, Store};
use anyhow::Result;
use serde::Serialize;

#[derive(Debug, Serialize)]
pub struct DemoStep {
    pub step: String,
    pub result: String,
}

#[derive(Debug, Serialize)]
pub struct DemoReport {
    pub database: String,
    pub steps: Vec<DemoStep>,
    #[serde(skip)]
    pub counts: Counts,
}

/// Run the demo; `announce` is told each step as it starts (for a heading on stderr).
pub fn run(store: &mut dyn Store, announce: &mut dyn FnMut(&str)) -> Result<DemoReport> {
    let mut steps = Vec::new();
    announce("database");
    let status = super::db::status(store)?;
    steps.push(DemoStep {
        step: "database".into(),
        result: format!("{} {} at schema version {}", status.backend.as_str(), status.url, status.schema_version),
    });
    Ok(DemoReport { database: status.url, steps, counts: Counts::new() })
}
