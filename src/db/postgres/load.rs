//! An import's rows on PostgreSQL, the hot path: a chunk of new keys is COPYed (binary format)
//! straight into the table; any other chunk is COPYed (text format) into a temporary staging
//! table, classified against the target in a few set-based statements (in-file conflicts, new,
//! changed, unchanged), and written with one `INSERT … ON CONFLICT DO UPDATE`.
use super::PgConn;
use crate::db::records::{ChunkOutcome, Conflict, Mode, Row, TableSpec, META};
use anyhow::{Context, Result};
use std::io::Write;

fn sql_type(spec: &TableSpec, i: usize) -> &'static str {
    if spec.is_date(i) {
        "date"
    } else if spec.is_integer(i) {
        "bigint"
    } else {
        "text"
    }
}

fn stage_name(spec: &TableSpec) -> String {
    format!("mz_stage_{}", spec.name)
}

fn keys_match(spec: &TableSpec, a: &str, b: &str) -> String {
    spec.columns[..spec.key].iter().map(|c| format!("{a}.{c} = {b}.{c}")).collect::<Vec<_>>().join(" AND ")
}

fn tuple(spec: &TableSpec, alias: &str, from: usize) -> String {
    spec.columns[from..].iter().map(|c| format!("{alias}.{c}")).chain([format!("{alias}.flags")]).collect::<Vec<_>>().join(", ")
}

/// Escape a value for COPY text format (runs without special bytes copied at once).
pub(super) fn copy_field(out: &mut Vec<u8>, v: &str) {
    let b = v.as_bytes();
    let mut start = 0;
    for (i, &c) in b.iter().enumerate() {
        let esc: &[u8] = match c {
            b'\\' => b"\\\\",
            b'\t' => b"\\t",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            _ => continue,
        };
        out.extend_from_slice(&b[start..i]);
        out.extend_from_slice(esc);
        start = i + 1;
    }
    out.extend_from_slice(&b[start..]);
}

/// The COPY binary format's signature, flags (none) and header extension length (none).
const BINARY_HEADER: &[u8] = b"PGCOPY\n\xff\r\n\0\0\0\0\0\0\0\0\0";

/// An ISO `YYYY-MM-DD` date as PostgreSQL's binary date: days since 2000-01-01.
fn pg_date(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| b[r].iter().try_fold(0i64, |n, c| c.is_ascii_digit().then(|| n * 10 + i64::from(c - b'0')));
    let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    if y == 0 {
        return None; // no year 0 in PostgreSQL's input
    }
    jiff::civil::Date::new(y as i16, m as i8, d as i8).ok()?;
    // Days from the civil date (proleptic Gregorian), counted from 1970-01-01.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * ((m + 9) % 12) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468 - 10_957)
}

/// The date and integer values of `rows` (in row, then column order) as binary COPY needs
/// them, or None when one is not in the form the validator writes (text COPY then lets the
/// server judge it, as before).
fn binary_numbers(spec: &TableSpec, rows: &[Row]) -> Option<Vec<Option<i64>>> {
    let cols: Vec<usize> = (0..spec.columns.len()).filter(|i| spec.is_date(*i) || spec.is_integer(*i)).collect();
    let mut out = Vec::with_capacity(rows.len() * cols.len());
    for row in rows {
        if row.values.len() != spec.columns.len() {
            return None;
        }
        for &i in &cols {
            let v = &row.values[i];
            out.push(match (spec.is_date(i), v.is_empty()) {
                (true, true) => None,
                (true, false) => Some(pg_date(v)?),
                (false, _) => Some(v.parse::<i64>().ok()?),
            });
        }
    }
    Some(out)
}

/// One row in COPY binary format with the bookkeeping columns; `numbers` yields its date and
/// integer values.
fn binary_row(buf: &mut Vec<u8>, spec: &TableSpec, batch: i64, row: &Row, numbers: &mut impl Iterator<Item = Option<i64>>) {
    let n = spec.columns.len();
    buf.extend_from_slice(&((n + 5) as i16).to_be_bytes());
    for (i, v) in row.values.iter().enumerate().take(n) {
        if spec.is_date(i) {
            match numbers.next().flatten() {
                Some(days) => {
                    buf.extend_from_slice(&4i32.to_be_bytes());
                    buf.extend_from_slice(&(days as i32).to_be_bytes());
                }
                None => buf.extend_from_slice(&(-1i32).to_be_bytes()),
            }
        } else if spec.is_integer(i) {
            buf.extend_from_slice(&8i32.to_be_bytes());
            buf.extend_from_slice(&numbers.next().flatten().unwrap_or(0).to_be_bytes());
        } else {
            buf.extend_from_slice(&(v.len() as i32).to_be_bytes());
            buf.extend_from_slice(v.as_bytes());
        }
    }
    buf.extend_from_slice(&(row.flags.len() as i32).to_be_bytes());
    buf.extend_from_slice(row.flags.as_bytes());
    for v in [batch, row.line as i64, batch, batch] {
        buf.extend_from_slice(&8i32.to_be_bytes());
        buf.extend_from_slice(&v.to_be_bytes());
    }
}

/// The fast path: COPY the chunk straight into the table. It succeeds exactly when no key of
/// the chunk is stored yet or repeated within it (anything else violates the primary key), so
/// every row is an insert; otherwise the savepoint undoes it and the staging path runs.
///
/// Binary format when every value is in the validator's form (the server then parses no
/// dates or numbers and unescapes nothing: about a tenth less server time than text).
fn copy_new_rows(store: &mut PgConn, batch: i64, spec: &TableSpec, rows: &[Row]) -> Result<bool> {
    // Each round trip is a wait for the server: the previous piece's savepoint is released as
    // this one is set, and the COPY statement is prepared once.
    store.client.batch_execute(if store.fast_open { "RELEASE SAVEPOINT fast; SAVEPOINT fast" } else { "SAVEPOINT fast" })?;
    store.fast_open = true;
    let cols = spec.columns.join(", ");
    let copy_sql = format!("COPY {} ({cols}, flags, batch_id, src_line, created_batch, seen_batch) FROM STDIN", spec.name);
    let numbers = binary_numbers(spec, rows);
    let sql = if numbers.is_some() { format!("{copy_sql} (FORMAT binary)") } else { copy_sql };
    if !store.prepared.contains_key(&sql) {
        // The postgres crate loses the server's error when a COPY is refused before it starts
        // (rust-postgres PR #1337: "unexpected message from server", connection gone). Ask
        // for the same rights with a statement that writes nothing, so a missing right
        // comes back as the server's own message.
        store.client.batch_execute(&format!("INSERT INTO {t} ({cols}) SELECT {cols} FROM {t} WHERE false", t = spec.name))?;
    }
    let stmt = store.statement(&sql)?;
    let client = &mut store.client;
    let attempt = (|| -> Result<(), postgres::Error> {
        let mut buf = Vec::with_capacity(256 * 1024);
        // A write fails only when the server has given up on the COPY; `finish` then
        // returns the server's error (e.g. the unique violation), which decides.
        let mut copy = match &numbers {
            Some(numbers) => {
                let mut copy = client.copy_in(&stmt)?;
                buf.extend_from_slice(BINARY_HEADER);
                let mut numbers = numbers.iter().copied();
                for row in rows {
                    binary_row(&mut buf, spec, batch, row, &mut numbers);
                    if buf.len() >= 192 * 1024 {
                        let _ = copy.write_all(&buf);
                        buf.clear();
                    }
                }
                buf.extend_from_slice(&(-1i16).to_be_bytes());
                copy
            }
            None => {
                let mut copy = client.copy_in(&stmt)?;
                let batch = batch.to_string();
                for row in rows {
                    copy_row(&mut buf, spec, row, false);
                    for v in [batch.as_str(), &row.line.to_string(), batch.as_str(), batch.as_str()] {
                        buf.push(b'\t');
                        buf.extend_from_slice(v.as_bytes());
                    }
                    buf.push(b'\n');
                    if buf.len() >= 192 * 1024 {
                        let _ = copy.write_all(&buf);
                        buf.clear();
                    }
                }
                copy
            }
        };
        let _ = copy.write_all(&buf);
        copy.finish()?;
        Ok(())
    })();
    match attempt {
        Ok(()) => Ok(true),
        Err(e) if is_unique_violation(&e) => {
            client.batch_execute("ROLLBACK TO SAVEPOINT fast; RELEASE SAVEPOINT fast")?;
            store.fast_open = false;
            Ok(false)
        }
        Err(e) => Err(e.into()),
    }
}

/// A key already stored. Citus reports a worker's refusal of a COPY as an internal error
/// (XX000) with the worker's message, so the message decides there.
fn is_unique_violation(e: &postgres::Error) -> bool {
    match e.as_db_error() {
        Some(db) if db.code() == &postgres::error::SqlState::INTERNAL_ERROR => {
            db.message().starts_with("duplicate key value violates unique constraint")
        }
        _ => e.code() == Some(&postgres::error::SqlState::UNIQUE_VIOLATION),
    }
}

/// One row in COPY text format (without the line terminator): `line` first when staging.
fn copy_row(buf: &mut Vec<u8>, spec: &TableSpec, row: &Row, with_line: bool) {
    if with_line {
        buf.extend_from_slice(row.line.to_string().as_bytes());
    }
    for (i, v) in row.values.iter().enumerate() {
        if with_line || i > 0 {
            buf.push(b'\t');
        }
        if v.is_empty() && spec.is_date(i) {
            buf.extend_from_slice(b"\\N");
        } else {
            copy_field(buf, v);
        }
    }
    buf.push(b'\t');
    copy_field(buf, &row.flags);
}

/// Copy a chunk's rows into the session's staging table (made on first use, emptied each
/// time) and give the planner its statistics. Through a pooler the table is the
/// transaction's (`ON COMMIT DROP`): the next transaction may be on another server connection.
fn stage_rows(client: &mut postgres::Client, spec: &TableSpec, stage: &str, rows: &[Row], pooled: bool) -> Result<()> {
    let cols = spec.columns.join(", ");
    let defs: Vec<String> = spec.columns.iter().enumerate().map(|(i, c)| format!("{c} {}", sql_type(spec, i))).collect();
    client.batch_execute(&format!(
        "CREATE TEMP TABLE IF NOT EXISTS {stage} (line bigint NOT NULL, {}, flags text NOT NULL, cls char(1)){}; TRUNCATE {stage}",
        defs.join(", "),
        if pooled { " ON COMMIT DROP" } else { "" }
    ))?;
    let mut copy = client.copy_in(&format!("COPY {stage} (line, {cols}, flags) FROM STDIN"))?;
    let mut buf = Vec::with_capacity(256 * 1024);
    for row in rows {
        copy_row(&mut buf, spec, row, true);
        buf.push(b'\n');
        if buf.len() >= 192 * 1024 {
            copy.write_all(&buf)?;
            buf.clear();
        }
    }
    copy.write_all(&buf)?;
    copy.finish()?;
    client.batch_execute(&format!("ANALYZE {stage}"))?;
    Ok(())
}

/// `--mode insert`: the chunk's new keys only; a key stored already, or repeated later in the
/// chunk, is reported as existing.
fn insert_only(client: &mut postgres::Client, batch: i64, spec: &TableSpec, stage: &str, dups: &[postgres::Row]) -> Result<ChunkOutcome> {
    let t = spec.name;
    let cols = spec.columns.join(", ");
    let mut out = ChunkOutcome::default();
    let lines: Vec<i64> = dups.iter().map(|r| r.get(0)).collect();
    client.execute(&format!("DELETE FROM {stage} WHERE line = ANY($1)"), &[&lines])?;
    out.existing.extend(lines.iter().map(|l| *l as u64));
    let existing =
        client.query(&format!("DELETE FROM {stage} s USING {t} x WHERE {} RETURNING s.line", keys_match(spec, "s", "x")), &[])?;
    out.existing.extend(existing.iter().map(|r| r.get::<_, i64>(0) as u64));
    out.existing.sort_unstable();
    out.inserted = client.execute(
        &format!("INSERT INTO {t} ({cols}, flags, batch_id, src_line, created_batch, seen_batch) SELECT {cols}, flags, $1, line, $1, $1 FROM {stage}"),
        &[&batch],
    )?;
    Ok(out)
}

/// A chunk that is not all new rows: staged, classified against the stored rows
/// (inserted, updated, unchanged, conflict) and merged in set-based statements.
fn write_chunk(store: &mut PgConn, batch: i64, spec: &TableSpec, mode: Mode, rows: &[Row]) -> Result<ChunkOutcome> {
    if copy_new_rows(store, batch, spec, rows)? {
        return Ok(ChunkOutcome { inserted: rows.len() as u64, ..ChunkOutcome::default() });
    }
    let pooled = store.pooled;
    let client = &mut store.client;
    let t = spec.name;
    let stage = stage_name(spec);
    let cols = spec.columns.join(", ");
    let keys = spec.columns[..spec.key].join(", ");
    stage_rows(client, spec, &stage, rows, pooled)?;

    let mut out = ChunkOutcome::default();
    // Rows of this chunk with the same key as a later row of this chunk.
    let dups = client.query(
        &format!("SELECT line, earlier FROM (SELECT line, lag(line) OVER (PARTITION BY {keys} ORDER BY line) AS earlier FROM {stage}) x WHERE earlier IS NOT NULL ORDER BY line"),
        &[],
    )?;
    if mode == Mode::Insert {
        return insert_only(client, batch, spec, &stage, &dups);
    }
    out.conflicts.extend(dups.iter().map(|r| Conflict { line: r.get::<_, i64>(0) as u64, earlier_line: r.get::<_, i64>(1) as u64 }));
    // Every occurrence against the stored row, as SQLite reads them one after another: the
    // first occurrence of a key in the chunk is counted (inserted, updated, unchanged), a later
    // one is a conflict; the last one's values are stored, and the row counts as changed by
    // this batch when any occurrence differed from what was stored.
    client.execute(
        &format!(
            "UPDATE {stage} s SET cls = CASE WHEN x.seen_batch = $1 THEN 'c' WHEN ({}) IS NOT DISTINCT FROM ({}) THEN 'n' ELSE 'u' END FROM {t} x WHERE {}",
            tuple(spec, "x", spec.key),
            tuple(spec, "s", spec.key),
            keys_match(spec, "s", "x")
        ),
        &[&batch],
    )?;
    let first = if dups.is_empty() {
        String::new()
    } else {
        format!(" WHERE NOT EXISTS (SELECT 1 FROM {stage} s2 WHERE {} AND s2.line < s.line)", keys_match(spec, "s2", "s"))
    };
    for r in client.query(&format!("SELECT cls, count(*) FROM {stage} s{first} GROUP BY cls"), &[])? {
        let n = r.get::<_, i64>(1) as u64;
        match r.get::<_, Option<String>>(0).as_deref() {
            None => out.inserted = n,
            Some("u") => out.updated = n,
            Some("n") => out.unchanged = n,
            _ => {}
        }
    }
    if !dups.is_empty() {
        client.execute(
            &format!(
                "UPDATE {stage} s SET cls = 'u' WHERE cls = 'n' AND EXISTS (SELECT 1 FROM {stage} s2 WHERE {} AND s2.cls = 'u')",
                keys_match(spec, "s2", "s")
            ),
            &[],
        )?;
        client.execute(
            &format!(
                "DELETE FROM {stage} s WHERE EXISTS (SELECT 1 FROM {stage} s2 WHERE {} AND s2.line > s.line)",
                keys_match(spec, "s2", "s")
            ),
            &[],
        )?;
    }
    let cross = client.query(
        &format!("SELECT s.line, x.src_line FROM {stage} s JOIN {t} x ON {} WHERE s.cls = 'c' ORDER BY s.line", keys_match(spec, "s", "x")),
        &[],
    )?;
    out.conflicts.extend(
        cross.iter().map(|r| Conflict { line: r.get::<_, i64>(0) as u64, earlier_line: r.get::<_, Option<i64>>(1).unwrap_or(0) as u64 }),
    );
    out.conflicts.sort_by_key(|c| c.line);
    let previous: Vec<String> = spec.columns.iter().chain(META).map(|c| format!("x.{c}::text")).collect();
    client.execute(
        &format!(
            "INSERT INTO import_changes (batch_id, tbl, previous) SELECT $1, $2, json_build_array({}) FROM {t} x JOIN {stage} s ON {}
             WHERE s.cls = 'u' OR (s.cls = 'c' AND x.batch_id IS DISTINCT FROM $1 AND ({}) IS DISTINCT FROM ({}))",
            previous.join(", "),
            keys_match(spec, "s", "x"),
            tuple(spec, "x", spec.key),
            tuple(spec, "s", spec.key)
        ),
        &[&batch, &t],
    )?;
    let sets: Vec<String> = spec.columns[spec.key..]
        .iter()
        .chain(["flags", "batch_id", "src_line", "seen_batch"].iter())
        .map(|c| format!("{c} = EXCLUDED.{c}"))
        .collect();
    client.execute(
        &format!(
            "INSERT INTO {t} ({cols}, flags, batch_id, src_line, created_batch, seen_batch)
             SELECT {cols}, flags, $1, line, CASE WHEN cls = 'u' THEN -1 ELSE $1::bigint END, $1 FROM {stage} WHERE cls IS NULL OR cls IN ('u', 'c')
             ON CONFLICT ({keys}) DO UPDATE SET {} WHERE ({}) IS DISTINCT FROM ({}) OR EXCLUDED.created_batch = -1",
            sets.join(", "),
            tuple(spec, t, spec.key),
            tuple(spec, "EXCLUDED", spec.key)
        ),
        &[&batch],
    )?;
    // Rows seen but not changed: mark them as seen by this batch, at this line.
    client.execute(
        &format!(
            "UPDATE {t} x SET seen_batch = $1, src_line = s.line FROM {stage} s WHERE {} AND s.cls IN ('n', 'c')",
            keys_match(spec, "s", "x")
        ),
        &[&batch],
    )?;
    Ok(out)
}

pub(super) fn write_rows(store: &mut PgConn, batch: i64, spec: &TableSpec, mode: Mode, rows: &[Row]) -> Result<ChunkOutcome> {
    write_chunk(store, batch, spec, mode, rows)
        .with_context(|| format!("writing lines {}–{}", rows.first().map_or(0, |r| r.line), rows.last().map_or(0, |r| r.line)))
}
