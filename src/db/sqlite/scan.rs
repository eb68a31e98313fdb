//! Check runs on SQLite, the hot paths: record tables read through SQLite's C interface
//! ([`super::raw`]), one statement each, and findings inserted with their text bound in place.
use crate::db::checks::{scan_columns, scope_sql, Finding, ScanPart, Scope, FINDING_COLS, MAX_SCAN_COLUMNS};
use crate::db::records::TableSpec;
use anyhow::Result;

pub(super) fn scan_records(
    conn: &rusqlite::Connection,
    spec: &TableSpec,
    columns: usize,
    scope: &Scope,
    part: ScanPart,
    f: &mut dyn FnMut(&[&str]) -> Result<()>,
) -> Result<()> {
    let cols = scan_columns(spec, columns);
    let n = cols.len();
    let mut sql = format!("SELECT {} FROM {} t WHERE 1 = 1{}", cols.join(", "), spec.name, scope_sql(scope, spec.name, "t"));
    if let Some(from) = part.from {
        sql += &format!(" AND t.rowid >= {from}");
    }
    if let Some(to) = part.to {
        sql += &format!(" AND t.rowid < {to}");
    }
    stream(conn, &sql, n, f)
}

/// Call `f` with every row of a query of `n` columns (at most [`MAX_SCAN_COLUMNS`]), every
/// value as text (NULL → `""`), borrowed from SQLite's own buffers where it can.
pub(super) fn stream(conn: &rusqlite::Connection, sql: &str, n: usize, f: &mut dyn FnMut(&[&str]) -> Result<()>) -> Result<()> {
    anyhow::ensure!(n <= MAX_SCAN_COLUMNS, "a stream of {n} columns: at most {MAX_SCAN_COLUMNS}");
    let mut scan = super::raw::Stmt::prepare(conn, &crate::db::sql::sqlite(sql))?;
    anyhow::ensure!(scan.columns() == n, "a query of {} columns read as {n}", scan.columns());
    let mut owned = vec![String::new(); n];
    while scan.step()? {
        f(&texts(&scan, n, &mut owned)?[..n])?;
    }
    Ok(())
}

/// The first `n` columns of `scan`'s current row, as SQLite holds their text; text that is not
/// UTF-8 (written by other systems) is converted into `owned`, refilled in place.
fn texts<'r>(scan: &'r super::raw::Stmt<'_>, n: usize, owned: &'r mut [String]) -> Result<[&'r str; MAX_SCAN_COLUMNS]> {
    let mut values: [&str; MAX_SCAN_COLUMNS] = [""; MAX_SCAN_COLUMNS];
    // The columns converted into `owned` (a bit each).
    let mut converted = 0u32;
    for (i, value) in values[..n].iter_mut().enumerate() {
        match scan.text(i)? {
            super::raw::Text::Utf8(t) => *value = t,
            super::raw::Text::Invalid(t) => {
                owned[i] = String::from_utf8_lossy(t).into_owned();
                converted |= 1 << i;
            }
        }
    }
    while converted != 0 {
        let i = converted.trailing_zeros() as usize;
        values[i] = owned[i].as_str();
        converted &= converted - 1;
    }
    Ok(values)
}

/// Call `f` with every row of several queries of `n` columns, each query's rows in the order of
/// its first column, merged into one order of that column (compared as bytes: SQLite's BINARY
/// collation, which the queries' ORDER BY uses). The statements step side by side on one
/// connection, so SQLite never merges them itself: its compound merge, a comparison and copy
/// per row in the VDBE, cost as much as reading the rows.
pub(super) fn stream_merged(
    conn: &rusqlite::Connection,
    queries: &[String],
    n: usize,
    f: &mut dyn FnMut(&[&str]) -> Result<()>,
) -> Result<()> {
    anyhow::ensure!(n <= MAX_SCAN_COLUMNS, "a stream of {n} columns: at most {MAX_SCAN_COLUMNS}");
    let mut scans = Vec::with_capacity(queries.len());
    for q in queries {
        let scan = super::raw::Stmt::prepare(conn, &crate::db::sql::sqlite(&format!("{q} ORDER BY 1")))?;
        anyhow::ensure!(scan.columns() == n, "a query of {} columns read as {n}", scan.columns());
        scans.push(scan);
    }
    let mut live = Vec::with_capacity(scans.len());
    for scan in &mut scans {
        live.push(scan.step()?);
    }
    let mut owned = vec![String::new(); n];
    loop {
        // The query whose row comes first; on a tie the earlier query.
        let mut next: Option<(usize, &[u8])> = None;
        for (i, scan) in scans.iter().enumerate() {
            if live[i] {
                let key = scan.text(0)?.bytes();
                if next.is_none_or(|(_, first)| key < first) {
                    next = Some((i, key));
                }
            }
        }
        let Some((i, _)) = next else {
            return Ok(());
        };
        f(&texts(&scans[i], n, &mut owned)?[..n])?;
        live[i] = scans[i].step()?;
    }
}

pub(super) fn append_findings(conn: &rusqlite::Connection, run: i64, mut seq: i64, findings: &[Finding]) -> Result<()> {
    use super::raw::Param;
    let mut stmt = super::raw::Stmt::prepare(
        conn,
        &format!("INSERT INTO check_findings (run_id, seq, {FINDING_COLS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"),
    )?;
    for f in findings {
        stmt.execute(&[
            Param::Integer(run),
            Param::Integer(seq),
            Param::Text(&f.rule),
            Param::Text(&f.severity),
            Param::Text(&f.table),
            Param::Text(&f.key),
            Param::Text(&f.field),
            Param::Text(&f.value),
            Param::Text(&f.message),
            Param::Text(&f.region_code),
            f.amount_fen.map_or(Param::Null, Param::Integer),
        ])?;
        seq += 1;
    }
    Ok(())
}
