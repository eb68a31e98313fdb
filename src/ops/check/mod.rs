//! `mzctl check`: the data-quality rule catalogue, stored runs and their findings.
//!
//! Per-record rules stream each record table from the store and evaluate rows in Rust with
//! the import engine's validation (the same code for both backends); cross-record rules are
//! set-based queries in each backend, on a full run only over the candidates the record passes
//! noted (see [`candidates`]); the pay.* rules read the ledger once, person by person (see
//! [`ledger`]). A run's findings are stored in one transaction, the per-record
//! rules' while the last cross-record rules run on another connection.
pub mod candidates;
pub mod catalogue;
pub mod cross;
pub mod diff;
mod fail_on;
pub mod file;
pub mod fix;
mod input;
mod ledger;
mod params;
pub mod record;
mod report;
mod run;
pub mod runs;
mod sort;
pub mod worklist;

pub use fail_on::FailOn;
pub use input::{program_code, region_prefix};
pub use params::{rules_to_run, Params};
pub use report::{summarize, RuleCount, RunReport, Tally};
pub use run::{run, RunOptions, DEFAULT_MEMORY_LIMIT};
pub use sort::sort;
