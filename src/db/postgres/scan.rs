//! Check runs on PostgreSQL, the hot paths: record tables streamed with `COPY … TO STDOUT`, split
//! by TID ranges for readers side by side, and findings stored with `COPY … FROM STDIN`.
use super::load::copy_field;
use crate::db::checks::{scan_columns, scope_sql, Finding, ScanPart, Scope, FINDING_COLS, MAX_SCAN_COLUMNS};
use crate::db::records::TableSpec;
use anyhow::Result;
use postgres::Client;
use std::io::Write;

/// A value of COPY's text format with its backslash escapes decoded (COPY TO writes `\\b`,
/// `\\f`, `\\n`, `\\r`, `\\t`, `\\v` and `\\\\`; any other escaped character stands for itself).
fn copy_unescape(field: &str, out: &mut String) {
    out.clear();
    let mut chars = field.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('b') => out.push('\u{8}'),
            Some('f') => out.push('\u{c}'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('t') => out.push('\t'),
            Some('v') => out.push('\u{b}'),
            Some(other) => out.push(other),
            None => {}
        }
    }
}

/// Block ranges, scanned by TID range (PostgreSQL 14 and later); in block order they are
/// a sequential scan's order.
pub(super) fn scan_parts(client: &mut Client, table: &str, n: usize) -> Result<Vec<ScanPart>> {
    let row = client.query_one(
        "SELECT current_setting('server_version_num')::int, pg_relation_size($1::text::regclass) / current_setting('block_size')::int,
                EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'citus')",
        &[&table],
    )?;
    let (version, blocks, citus): (i32, i64, bool) = (row.get(0), row.get(1), row.get(2));
    // On a Citus coordinator the table is an empty shell whose rows are in shards on the
    // workers: one COPY, which Citus' executor answers by reading every shard at once (a
    // connection per shard), is the per-shard scan. TID ranges would make each reader visit
    // every shard.
    if version < 140000 || (citus && is_citus_table(client, table)?) {
        return Ok(vec![ScanPart::default()]);
    }
    // Parts of 8 blocks or more (some hundreds of rows).
    Ok(ScanPart::split(0, blocks - 1, n, 8))
}

fn is_citus_table(client: &mut Client, table: &str) -> Result<bool> {
    Ok(client.query_one("SELECT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = $1::text::regclass)", &[&table])?.get(0))
}

/// Streamed with `COPY (SELECT …) TO STDOUT` in text format: the server sends each row as
/// one line, which is split in place; cheaper on both sides than a portal of `::text` columns
/// (measured in `benches/checks.sh`).
pub(super) fn scan_records(
    client: &mut Client,
    spec: &TableSpec,
    columns: usize,
    scope: &Scope,
    part: ScanPart,
    f: &mut dyn FnMut(&[&str]) -> Result<()>,
) -> Result<()> {
    let cols = scan_columns(spec, columns);
    let n = cols.len();
    let mut range = String::new();
    if let Some(from) = part.from {
        range += &format!(" AND t.ctid >= '({from},0)'::tid");
    }
    if let Some(to) = part.to {
        range += &format!(" AND t.ctid < '({to},0)'::tid");
    }
    let select = format!("SELECT {} FROM {} t WHERE TRUE{}{range}", cols.join(", "), spec.name, scope_sql(scope, spec.name, "t"));
    stream(client, spec.name, &select, n, f)
}

/// Call `f` with every row of a query of `n` columns (at most [`MAX_SCAN_COLUMNS`]), every
/// value as text (NULL → `""`), streamed with `COPY (SELECT …) TO STDOUT` as above; `what`
/// names the query in errors.
pub(super) fn stream(client: &mut Client, what: &str, select: &str, n: usize, f: &mut dyn FnMut(&[&str]) -> Result<()>) -> Result<()> {
    use std::io::BufRead;
    anyhow::ensure!(n <= MAX_SCAN_COLUMNS, "a stream of {n} columns: at most {MAX_SCAN_COLUMNS}");
    // COPY writes dates and numbers as `::text` would (DateStyle is ISO on our sessions).
    let sql = format!("COPY ({select}) TO STDOUT");
    let mut reader = std::io::BufReader::with_capacity(256 * 1024, client.copy_out(sql.as_str())?);
    let mut line = Vec::with_capacity(1024);
    // Values with escapes (a tab, newline or backslash in the text) are decoded into these.
    let mut unescaped = vec![String::new(); n];
    loop {
        line.clear();
        if reader.read_until(b'\n', &mut line)? == 0 {
            return Ok(());
        }
        if line.last() == Some(&b'\n') {
            line.pop();
        }
        let text = std::str::from_utf8(&line).map_err(|e| anyhow::anyhow!("{}: the server sent invalid UTF-8: {e}", what))?;
        let mut fields: [&str; MAX_SCAN_COLUMNS] = [""; MAX_SCAN_COLUMNS];
        let mut escaped = [false; MAX_SCAN_COLUMNS];
        let mut count = 0;
        for (i, field) in text.split('\t').enumerate() {
            anyhow::ensure!(i < n, "{}: COPY sent more than {n} columns", what);
            count = i + 1;
            if field.contains('\\') {
                if field != "\\N" {
                    copy_unescape(field, &mut unescaped[i]);
                    escaped[i] = true;
                }
            } else {
                fields[i] = field;
            }
        }
        anyhow::ensure!(count == n, "{}: COPY sent {count} columns, not {n}", what);
        for i in 0..n {
            if escaped[i] {
                fields[i] = unescaped[i].as_str();
            }
        }
        f(&fields[..n])?;
    }
}

/// ANALYZE the tables never analyzed, or changed by more than a fifth of their rows since
/// (1M people and 1.2M enrolments just seeded: ANALYZE takes ~0.3 s, and spares dup.enrolment
/// a hash join of the whole table, 2.7 s).
pub(super) fn refresh_statistics(client: &mut Client, tables: &[&str]) -> Result<Vec<String>> {
    let names: Vec<String> = tables.iter().map(|t| t.to_string()).collect();
    let stale: Vec<String> = client
        .query(
            // Only tables this role owns: ANALYZE by anyone else is skipped with a warning.
            "SELECT s.relname::text FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid
             WHERE s.schemaname = current_schema() AND s.relname = ANY ($1::text[]) AND pg_has_role(c.relowner, 'USAGE')
               AND ((last_analyze IS NULL AND last_autoanalyze IS NULL AND n_live_tup + n_mod_since_analyze > 0)
                    OR n_mod_since_analyze > n_live_tup / 5)
             ORDER BY s.relname",
            &[&names],
        )?
        .iter()
        .map(|r| r.get(0))
        .collect();
    for t in &stale {
        client.batch_execute(&format!("ANALYZE {t}"))?;
    }
    Ok(stale)
}

pub(super) fn append_findings(client: &mut Client, run: i64, mut seq: i64, findings: &[Finding]) -> Result<()> {
    if findings.is_empty() {
        return Ok(());
    }
    let mut buf = Vec::with_capacity(256 * 1024);
    let mut copy = client.copy_in(&format!("COPY check_findings (run_id, seq, {FINDING_COLS}) FROM STDIN"))?;
    for f in findings {
        write!(buf, "{}\t{}", run, seq)?;
        seq += 1;
        for v in [&f.rule, &f.severity, &f.table, &f.key, &f.field, &f.value, &f.message, &f.region_code] {
            buf.push(b'\t');
            copy_field(&mut buf, v);
        }
        match f.amount_fen {
            Some(a) => writeln!(buf, "\t{a}")?,
            None => buf.extend_from_slice(b"\t\\N\n"),
        }
        if buf.len() > 192 * 1024 {
            copy.write_all(&buf)?;
            buf.clear();
        }
    }
    copy.write_all(&buf)?;
    copy.finish()?;
    Ok(())
}
