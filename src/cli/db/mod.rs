//! `mzctl db …`
mod distribute;
mod init;
mod migrate;
mod status;

use super::Ctx;
use crate::error::Code;
use anyhow::Result;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum DbCommand {
    /// Create the database (or upgrade it) to the latest schema
    Init(init::InitArgs),
    /// Show the backend, URL, schema version, pending migrations and row counts
    Status(status::StatusArgs),
    /// Apply pending migrations
    Migrate(migrate::MigrateArgs),
    /// Spread an existing database's tables over the Citus cluster it is the coordinator of
    Distribute(distribute::DistributeArgs),
}

impl DbCommand {
    pub fn mutates(&self) -> bool {
        !matches!(self, DbCommand::Status(_))
    }
}

pub fn run(ctx: &mut Ctx, cmd: DbCommand) -> Result<Code> {
    match cmd {
        DbCommand::Init(a) => init::run(ctx, a),
        DbCommand::Status(a) => status::run(ctx, a),
        DbCommand::Migrate(a) => migrate::run(ctx, a),
        DbCommand::Distribute(a) => distribute::run(ctx, a),
    }
}

impl crate::ui::Report for crate::ops::db::Migrated {
    fn tables(&self) -> Vec<crate::ui::Table> {
        let mut t = crate::ui::Table::new(["version", "migration", "state"]);
        let state = if self.dry_run { "pending" } else { "applied" };
        for m in &self.applied {
            t.row([m.version.to_string(), m.name.to_string(), state.to_string()]);
        }
        let mut info = crate::ui::Table::fields();
        info.field("backend", self.backend.as_str()).field("url", &self.url).field("schema version", self.schema_version);
        if self.applied.is_empty() {
            info.field("migrations", "up to date");
        }
        vec![t, info]
    }
}
