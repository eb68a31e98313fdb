//! The information-system inventory in the database: the [`SystemStore`] capability.
//!
//! Tables (migration 4): `systems` (a record table of the import engine, see
//! [`super::records::SYSTEMS`]), `system_activity` (per system, day and kind),
//! `system_scans` and `system_scan_results`, `system_retirement_steps`.
use anyhow::Result;
use jiff::civil::Date;
use jiff::Timestamp;
use serde::{Serialize, Serializer};

fn yuan<S: Serializer>(fen: &i64, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&crate::domain::values::format_fen(*fen))
}

/// A registered system, with the canonical field names (money in yuan in JSON).
#[derive(Debug, Clone, Default, Serialize)]
pub struct System {
    pub id: String,
    pub name: String,
    pub department: String,
    pub owner: String,
    pub contact: String,
    pub tags: String,
    pub scope: String,
    pub go_live: Option<Date>,
    pub approval_doc: String,
    pub funding_source: String,
    #[serde(rename = "funding_amount", serialize_with = "yuan")]
    pub funding_fen: i64,
    pub vendor: String,
    pub contract_end: Option<Date>,
    pub mlps_level: String,
    pub mlps_filing: String,
    pub crypto_assessment: String,
    pub urls: String,
    pub hosts: String,
    pub environment: String,
    pub vcpu: i64,
    pub memory_gb: i64,
    pub storage_gb: i64,
    pub ips: i64,
    #[serde(rename = "annual_cost", serialize_with = "yuan")]
    pub annual_cost_fen: i64,
    pub sharing: String,
    pub state: String,
    pub notes: String,
}

/// The columns a [`System`] is read from, in [`System::from_values`] order.
pub const SYSTEM_COLUMNS: &[&str] = &[
    "id", "name", "department", "owner", "contact", "tags", "scope", "go_live", "approval_doc", "funding_source", "funding_amount_fen", "vendor", "contract_end",
    "mlps_level", "mlps_filing", "crypto_assessment", "urls", "hosts", "environment", "vcpu", "memory_gb", "storage_gb", "ips", "annual_cost_fen", "sharing",
    "state", "notes",
];

impl System {
    /// The canonical values, as the import engine's validator takes them (money in yuan).
    pub fn canonical(&self) -> Vec<String> {
        let d = |d: Option<Date>| d.map(|d| d.to_string()).unwrap_or_default();
        let fen = crate::domain::values::format_fen;
        vec![
            self.id.clone(),
            self.name.clone(),
            self.department.clone(),
            self.owner.clone(),
            self.contact.clone(),
            self.tags.clone(),
            self.scope.clone(),
            d(self.go_live),
            self.approval_doc.clone(),
            self.funding_source.clone(),
            fen(self.funding_fen),
            self.vendor.clone(),
            d(self.contract_end),
            self.mlps_level.clone(),
            self.mlps_filing.clone(),
            self.crypto_assessment.clone(),
            self.urls.clone(),
            self.hosts.clone(),
            self.environment.clone(),
            self.vcpu.to_string(),
            self.memory_gb.to_string(),
            self.storage_gb.to_string(),
            self.ips.to_string(),
            fen(self.annual_cost_fen),
            self.sharing.clone(),
            self.state.clone(),
            self.notes.clone(),
        ]
    }

    /// From stored values in [`SYSTEM_COLUMNS`] order (text; `None` for NULL).
    pub fn from_values(v: &[Option<String>]) -> System {
        let s = |i: usize| v.get(i).cloned().flatten().unwrap_or_default();
        let n = |i: usize| s(i).parse::<i64>().unwrap_or(0);
        let d = |i: usize| s(i).get(..10).and_then(|t| t.parse::<Date>().ok());
        System {
            id: s(0),
            name: s(1),
            department: s(2),
            owner: s(3),
            contact: s(4),
            tags: s(5),
            scope: s(6),
            go_live: d(7),
            approval_doc: s(8),
            funding_source: s(9),
            funding_fen: n(10),
            vendor: s(11),
            contract_end: d(12),
            mlps_level: s(13),
            mlps_filing: s(14),
            crypto_assessment: s(15),
            urls: s(16),
            hosts: s(17),
            environment: s(18),
            vcpu: n(19),
            memory_gb: n(20),
            storage_gb: n(21),
            ips: n(22),
            annual_cost_fen: n(23),
            sharing: s(24),
            state: s(25),
            notes: s(26),
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct SystemFilter {
    pub state: Option<String>,
    pub department: Option<String>,
}

/// One day of one kind of activity of a system.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DayActivity {
    pub system: String,
    pub day: Date,
    pub kind: String,
    pub requests: i64,
    pub clients: i64,
    pub users: i64,
    pub last_at: Option<Timestamp>,
    /// JSON: the day's users (access), the last result (probe).
    pub details: String,
}

/// How activity rows meet the rows stored for the same system, day and kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Merge {
    /// Replace them (ingesting a log again gives the same numbers).
    Replace,
    /// Add the counts, keep the later `last_at`, take the new details.
    Add,
}

/// A scan to store: when, as of which day, the policy applied, and one result per system.
#[derive(Debug, Clone)]
pub struct NewScan<'a> {
    pub at: Timestamp,
    pub as_of: Date,
    pub policy: &'a str,
    pub os_user: &'a str,
    pub results: &'a [ScanRow],
}

/// One system's result in a scan.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScanRow {
    pub system: String,
    pub state: String,
    pub score: i64,
    pub reasons: Vec<String>,
    pub missing: Vec<String>,
    pub worsened: bool,
}

/// A retirement step, as recorded.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Step {
    pub system: String,
    pub step: String,
    pub day: Date,
    pub person: String,
    pub note: String,
    pub detail: String,
    #[serde(skip)]
    pub recorded_at: Timestamp,
}

pub trait SystemStore {
    /// Systems by id.
    fn systems(&mut self, filter: &SystemFilter) -> Result<Vec<System>>;
    fn system(&mut self, id: &str) -> Result<Option<System>>;
    /// Insert a system from validated values in [`super::records::SYSTEMS`] column order;
    /// false when the id is taken.
    fn insert_system(&mut self, values: &[String]) -> Result<bool>;
    /// Overwrite a system's fields from validated values (the id is the first).
    fn update_system(&mut self, values: &[String]) -> Result<()>;
    /// Write activity rows in one transaction; returns the rows written.
    fn put_activity(&mut self, rows: &[DayActivity], merge: Merge) -> Result<u64>;
    /// Activity of one system (or all), from `since` on, by system, day and kind.
    fn activity(&mut self, system: Option<&str>, since: Option<Date>) -> Result<Vec<DayActivity>>;
    /// Store a scan with its results; returns its id.
    fn save_scan(&mut self, scan: &NewScan<'_>) -> Result<i64>;
    /// The latest scan: its id, as-of day and results.
    fn last_scan(&mut self) -> Result<Option<(i64, Date, Vec<ScanRow>)>>;
    /// A system's retirement steps, in workflow order.
    fn retirement_steps(&mut self, system: &str) -> Result<Vec<Step>>;
    /// Record a step and set the system's lifecycle state to it, in one transaction.
    fn add_retirement_step(&mut self, step: &Step) -> Result<()>;
}
