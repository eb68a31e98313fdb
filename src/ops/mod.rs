//! Domain operations: options in, a serializable report out. No clap, no printing, no prompts.
pub mod audit;
pub mod cert;
pub mod check;
pub mod db;
pub mod death;
pub mod demo;
pub mod import;
pub mod payments;
pub mod person;
pub mod place;
pub mod region;
pub mod report;
pub mod seed;
pub mod spill;
pub mod systems;
