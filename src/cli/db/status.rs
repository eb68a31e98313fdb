use crate::cli::Ctx;
use crate::error::Code;
use crate::ops;
use anyhow::Result;
use clap::Args;

#[derive(Debug, Args)]
pub struct StatusArgs {}

pub fn run(ctx: &mut Ctx, _args: StatusArgs) -> Result<Code> {
    let report = ops::db::status(ctx.store_as_is()?)?;
    ctx.out.emit(&report)?;
    Ok(Code::Ok)
}

impl crate::ui::Report for ops::db::Status {
    fn tables(&self) -> Vec<crate::ui::Table> {
        let mut info = crate::ui::Table::fields();
        info.field("backend", self.backend.as_str()).field("url", &self.url);
        if let Some(s) = &self.session {
            info.field("user", &s.user)
                .field("schema", s.schema.as_deref().unwrap_or("none (no schema on the search path can be used)"))
                .field("encryption", s.tls.as_deref().unwrap_or("none: the connection is not encrypted"));
        }
        info.field("schema version", format!("{} of {}", self.schema_version, self.latest_version));
        let pending: Vec<String> = self.pending.iter().map(|m| format!("{} {}", m.version, m.name)).collect();
        info.field("pending", if pending.is_empty() { "none".to_string() } else { pending.join(", ") });
        let mut tables = crate::ui::Table::new(["table", "rows"]).title("Tables");
        for (name, rows) in &self.tables {
            tables.row([name.clone(), rows.to_string()]);
        }
        let mut out = vec![info, tables];
        if let Some(c) = &self.cluster {
            let mut nodes = crate::ui::Table::new(["node", "role", "active", "shards"]).title(format!("Citus {}", c.version));
            for n in &c.nodes {
                nodes.row([format!("{}:{}", n.host, n.port), n.role.clone(), n.active.to_string(), n.shards.to_string()]);
            }
            let mut dist = crate::ui::Table::new(["table", "kind", "column", "shards"])
                .title(format!("Distributed tables (citus.shard_count {})", c.shard_count));
            for t in &c.tables {
                dist.row([t.name.clone(), t.kind.clone(), t.column.clone().unwrap_or_default(), t.shards.to_string()]);
            }
            out.push(nodes);
            out.push(dist);
        }
        out
    }

    fn csv(&self) -> Option<crate::ui::Table> {
        self.tables().into_iter().nth(1)
    }
}
