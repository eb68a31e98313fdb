//! The one integration-test binary: backend story on SQLite and PostgreSQL, end-to-end CLI
//! behaviour, the executable docs in `commands/`, and the committed generated files.
mod support;

mod cert_freshness;
mod certs;
mod checks;
mod citus;
mod cli;
mod csv_out;
mod demo;
mod docs;
mod fuzz;
mod generated;
mod hostile;
mod import;
mod layout;
mod payments;
mod person;
mod place;
mod pooler;
mod readme;
mod region;
mod report;
mod rows;
mod seed;
mod server;
mod story;
mod systems;
mod tls;
mod worklist;
