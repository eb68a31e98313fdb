//! mzctl's tables on a Citus cluster: which are sharded, which are copied to every node, as
//! `citus.sql` lists them; and what the cluster looks like, for `db status`.
use crate::db::sql::quote_literal;
use crate::db::{Backend, Store};
use crate::error::Fail;
use anyhow::{bail, Context, Result};
use serde::Serialize;

const LAYOUT: &str = include_str!("citus.sql");

#[derive(Debug, Clone, PartialEq, Eq)]
enum Kind {
    Keep,
    Reference,
    Distributed {
        column: String,
        colocate_with: String,
    },
    Alter(String),
    /// `index NAME (COLUMNS)`: an index of the table's, made where missing.
    Index {
        name: String,
        columns: String,
    },
}

#[derive(Debug, Clone)]
struct Line {
    table: String,
    kind: Kind,
}

fn layout() -> Vec<Line> {
    let mut out = Vec::new();
    for line in LAYOUT.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with("--")) {
        let mut words = line.splitn(3, ' ');
        let (kind, table, rest) = (words.next().unwrap_or(""), words.next().unwrap_or("").to_string(), words.next().unwrap_or(""));
        let kind = match kind {
            "keep" => Kind::Keep,
            "reference" => Kind::Reference,
            "alter" => Kind::Alter(rest.to_string()),
            "index" => {
                let (name, columns) = rest.split_once(' ').unwrap_or((rest, ""));
                Kind::Index { name: name.to_string(), columns: columns.to_string() }
            }
            "distributed" => {
                let mut r = rest.split(' ');
                let column = r.next().unwrap_or("").to_string();
                let colocate_with = r.next().unwrap_or("default").to_string();
                Kind::Distributed { column, colocate_with }
            }
            other => unreachable!("citus.sql: unknown kind {other:?} in {line:?}"),
        };
        out.push(Line { table, kind });
    }
    out
}

/// One statement of the distribution, with whether it still has to run.
#[derive(Debug, Serialize)]
pub struct DistStep {
    pub table: String,
    /// distributed | reference | local | alter | index
    pub kind: &'static str,
    /// The distribution column, for a distributed table.
    pub column: Option<String>,
    pub sql: String,
    /// false: the table is already as the layout says (or the step is not needed).
    pub pending: bool,
}

/// How each table stands on a Citus coordinator.
#[derive(Debug, Serialize)]
pub struct Distribution {
    pub steps: Vec<DistStep>,
    pub applied: usize,
    pub dry_run: bool,
}

#[derive(Debug, Serialize)]
pub struct Node {
    pub host: String,
    pub port: i64,
    pub role: String,
    pub active: bool,
    pub shards: i64,
}

#[derive(Debug, Serialize)]
pub struct CitusTable {
    pub name: String,
    /// distributed | reference
    pub kind: String,
    pub column: Option<String>,
    pub shards: i64,
}

/// A Citus cluster as its coordinator sees it.
#[derive(Debug, Serialize)]
pub struct Cluster {
    pub version: String,
    pub nodes: Vec<Node>,
    pub shard_count: i64,
    pub tables: Vec<CitusTable>,
}

/// A Citus table's kind from its pg_dist_partition row `p`: hash-distributed, reference (one
/// replicated shard), or a Citus local table.
const KIND: &str = "CASE WHEN p.partmethod = 'h' THEN 'distributed' WHEN p.repmodel = 't' THEN 'reference' ELSE 'local' END";
const COLUMN: &str = "CASE WHEN p.partmethod = 'h' THEN column_to_column_name(p.logicalrelid, p.partkey) END";

/// Citus copies a table's rows to the shards and leaves the originals in the coordinator's
/// shell table, unread; this frees them (a reference table's few are left).
const TRUNCATE_LOCAL: &str = "SELECT truncate_local_data_after_distributing_table";

/// Arbitrary, fixed key of the advisory lock that makes distributions take turns.
const DISTRIBUTE_LOCK: i64 = 0x6d7a_6469_7374;

impl Store {
    /// Whether the database has the citus extension (then this is a Citus coordinator).
    pub fn is_citus(&mut self) -> Result<bool> {
        if self.backend() != Backend::Postgres {
            return Ok(false);
        }
        Ok(self.row("SELECT count(*) FROM pg_extension WHERE extname = 'citus'", &[])?.map_or(Ok(0), |r| r.int(0))? > 0)
    }

    /// Compare the tables with citus.sql's layout and, with `apply`, distribute what is not yet
    /// (each statement in order; Citus moves a table's rows to the shards as it distributes it).
    pub fn distribute(&mut self, apply: bool) -> Result<Distribution> {
        if !self.is_citus()? {
            return Err(Fail::usage("this database is not a Citus coordinator: the citus extension is not installed in it")
                .hint("CREATE EXTENSION citus (on a server with shared_preload_libraries = citus), then add the workers; see commands/citus.md")
                .into());
        }
        if !apply {
            return self.distribution_steps(false);
        }
        // Two distributions at once on one cluster (two schemas initialised side by side) can
        // deadlock in Citus's metadata: they take turns, by a lock held for the session's steps
        // (and released with the session, whatever happens).
        self.conn().batch(&format!("SELECT pg_advisory_lock({DISTRIBUTE_LOCK})"))?;
        let done = self.distribution_steps(true);
        let unlocked = self.conn().batch(&format!("SELECT pg_advisory_unlock({DISTRIBUTE_LOCK})"));
        let done = done?;
        unlocked?;
        Ok(done)
    }

    /// The steps of [`Store::distribute`], applied with `apply`.
    fn distribution_steps(&mut self, apply: bool) -> Result<Distribution> {
        let mut steps = Vec::new();
        let mut applied = 0;
        let lines = layout();
        for (i, line) in lines.iter().enumerate() {
            if !self.conn().has_table(&line.table)? {
                continue;
            }
            // A plain table with a foreign key to (or from) a table made a reference table becomes
            // a Citus local table by itself; it is still to be placed.
            let now = self.citus_kind(&line.table)?.filter(|(k, _)| k != "local");
            let (kind, column, sql, pending) = match &line.kind {
                Kind::Keep => ("local", None, String::new(), false),
                Kind::Reference => {
                    let t = quote_literal(&line.table);
                    ("reference", None, format!("SELECT create_reference_table({t})"), now.is_none())
                }
                Kind::Distributed { column, colocate_with } => {
                    if let Some((k, c)) = &now {
                        if k != "distributed" || c.as_deref() != Some(column.as_str()) {
                            bail!("{} is already a {k} table (by {c:?}), not distributed by {column}: undistribute it first (undistribute_table)", line.table);
                        }
                    }
                    let t = quote_literal(&line.table);
                    let sql = format!(
                        "SELECT create_distributed_table({t}, {}, colocate_with => {}); {TRUNCATE_LOCAL}({t})",
                        quote_literal(column),
                        quote_literal(colocate_with)
                    );
                    ("distributed", Some(column.clone()), sql, now.is_none())
                }
                Kind::Alter(stmt) => {
                    // An alteration belongs to the next distribution of the same table and is due
                    // while that is.
                    let target = lines[i + 1..].iter().find(|l| l.table == line.table && matches!(l.kind, Kind::Distributed { .. }));
                    let due = target.is_some() && now.is_none();
                    ("alter", None, format!("ALTER TABLE {} {stmt}", line.table), due)
                }
                Kind::Index { name, columns } => {
                    // Citus makes an index of a distributed table on each shard, so this is due
                    // whenever it is missing, before or after the table is distributed.
                    let missing =
                        self.row("SELECT to_regclass($1) IS NULL", crate::params![name.as_str()])?.map_or(Ok(true), |r| r.bool(0))?;
                    ("index", None, format!("CREATE INDEX IF NOT EXISTS {name} ON {} {columns}", line.table), missing)
                }
            };
            if pending && apply {
                self.conn().batch(&sql).with_context(|| format!("distributing {}: {sql}", line.table))?;
                applied += 1;
            }
            steps.push(DistStep { table: line.table.clone(), kind, column, sql, pending });
        }
        Ok(Distribution { steps, applied, dry_run: !apply })
    }

    /// Within a transaction that writes a distributed table on every shard and then a
    /// reference table with foreign keys: Citus refuses the second after a parallel first
    /// ("cannot modify table … because there was a parallel operation"), and takes both over
    /// one connection per node. Nothing to do off Citus.
    pub(crate) fn sequential_shard_writes(&mut self) -> Result<()> {
        if self.is_citus()? {
            self.conn().batch("SET LOCAL citus.multi_shard_modify_mode TO 'sequential'")?;
        }
        Ok(())
    }

    /// `Some((distributed|reference, column))` when Citus manages the table.
    fn citus_kind(&mut self, table: &str) -> Result<Option<(String, Option<String>)>> {
        let row = self.row(
            &format!("SELECT {KIND}, {COLUMN} FROM pg_dist_partition p WHERE p.logicalrelid = to_regclass($1)"),
            crate::params![table],
        )?;
        row.map(|r| Ok((r.text(0)?, r.opt_text(1)?))).transpose()
    }

    /// The cluster's nodes, shard count and Citus tables; None off Citus.
    pub fn cluster(&mut self) -> Result<Option<Cluster>> {
        if !self.is_citus()? {
            return Ok(None);
        }
        let version =
            self.row("SELECT extversion FROM pg_extension WHERE extname = 'citus'", &[])?.map_or(Ok(String::new()), |r| r.text(0))?;
        let nodes = self
            .rows(
                "SELECT n.nodename, CAST(n.nodeport AS BIGINT), CAST(n.noderole AS TEXT), n.isactive, n.groupid = 0,
                        (SELECT count(*) FROM pg_dist_placement p WHERE p.groupid = n.groupid)
                 FROM pg_dist_node n ORDER BY n.groupid",
                &[],
            )?
            .into_iter()
            .map(|r| {
                let coordinator = r.bool(4)?;
                Ok(Node {
                    host: r.text(0)?,
                    port: r.int(1)?,
                    role: if coordinator { "coordinator".into() } else { "worker".into() },
                    active: r.bool(3)?,
                    shards: r.int(5)?,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        let shard_count = self.row("SELECT CAST(current_setting('citus.shard_count') AS BIGINT)", &[])?.map_or(Ok(0), |r| r.int(0))?;
        // The citus_tables view lives in the public schema, which need not be on the path.
        let tables = self
            .rows(
                &format!(
                    "SELECT c.relname::text, {KIND}, {COLUMN}, (SELECT count(*) FROM pg_dist_shard s WHERE s.logicalrelid = p.logicalrelid)
                     FROM pg_dist_partition p JOIN pg_class c ON c.oid = p.logicalrelid
                     WHERE c.relnamespace = CAST(current_schema() AS regnamespace) ORDER BY 2, 1"
                ),
                &[],
            )?
            .into_iter()
            .map(|r| Ok(CitusTable { name: r.text(0)?, kind: r.text(1)?, column: r.opt_text(2)?, shards: r.int(3)? }))
            .collect::<Result<Vec<_>>>()?;
        Ok(Some(Cluster { version, nodes, shard_count, tables }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout_parses_and_names_each_table_once() {
        let l = layout();
        let mut seen = std::collections::BTreeSet::new();
        for line in l.iter().filter(|l| !matches!(l.kind, Kind::Alter(_) | Kind::Index { .. })) {
            assert!(seen.insert(line.table.clone()), "{} twice", line.table);
        }
        assert!(l.iter().any(|x| x.table == "people" && matches!(&x.kind, Kind::Distributed { column, .. } if column == "id_number")));
    }

    /// A table a migration creates and citus.sql does not place would stay a plain coordinator
    /// table, which a distributed table cannot join in a write.
    #[test]
    fn every_table_has_a_place() {
        let placed: Vec<String> = layout().into_iter().map(|l| l.table).collect();
        for m in crate::db::migrations::MIGRATIONS {
            for stmt in m.postgres.split("CREATE TABLE ").skip(1) {
                let name = stmt.split(|c: char| c.is_whitespace() || c == '(').next().unwrap_or("");
                assert!(placed.iter().any(|p| p == name), "migration {}: table {name} is not in citus.sql", m.version);
            }
        }
    }
}
