//! mzctl: civil-affairs (民政) data and systems from the command line.
//!
//! Layers: `cli` (clap, flags → options → op → render), `ops` (domain operations, no clap,
//! no printing), `db` (all SQL, one `Store` per backend), `ui` (tables, csv/json, progress,
//! prompts), `domain` (pure code modules: ID numbers, credit codes, region codes, …).
pub mod cli;
pub mod clock;
pub mod config;
pub mod csvout;
pub mod db;
pub mod domain;
pub mod error;
pub mod files;
pub mod i18n;
pub mod ops;
pub mod ui;
