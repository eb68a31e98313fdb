//! SQLite's C interface for the two hot paths of a check run: scanning the largest tables,
//! and inserting the findings.
//!
//! Scanning, each value is read as text where SQLite holds it: the column's value taken once,
//! then its text and its length, as SQLite documents, with no wrapper in between. rusqlite's
//! `Row::get_ref` asks for the type first, then the value, behind a function that returns it
//! through memory, which the loop then reads back; numbers were then formatted again in Rust.
//! `check run` on 1M people and 1.2M enrolments, 2 cores (best of 6, interleaved): 1.69 →
//! 1.57 s of CPU and 1.04 → 0.98 s through this interface with the type asked for, then 1.55
//! → 1.40 s and 0.96 → 0.90 s asking for text only (with the ASCII check below), then 1.38 →
//! 1.26 s and 0.80 → 0.75 s taking each column's value once instead of twice.
//!
//! Inserting, text is bound without a copy (`SQLITE_STATIC`), where rusqlite has SQLite copy
//! every value into a buffer of its own (87,803 findings: storing 0.18 → 0.16 s, the run 0.89 →
//! 0.87 s).
//!
//! The unsafe code is confined here and rests on SQLite's documented guarantees: a statement
//! handle lives from `sqlite3_prepare_v2` to `sqlite3_finalize` (in `Drop`); the text of a
//! column stays valid until the next step of its statement, and [`Stmt::text`] lends it for
//! no longer (the next step needs `&mut self`, which the borrow forbids while it is held);
//! text bound without a copy must stay valid until the bindings are cleared, which
//! [`Stmt::execute`] does before it returns, while it still borrows the values.
use anyhow::{anyhow, Result};
use rusqlite::ffi;
use rusqlite::Connection;
use std::ffi::{c_int, CStr};
use std::marker::PhantomData;

/// A prepared statement stepped row by row.
pub(super) struct Stmt<'c> {
    db: *mut ffi::sqlite3,
    stmt: *mut ffi::sqlite3_stmt,
    columns: usize,
    /// The statement lives no longer than its connection.
    _conn: PhantomData<&'c Connection>,
}

/// A column's value in the current row, as text.
pub(super) enum Text<'r> {
    /// UTF-8 (NULL is empty).
    Utf8(&'r str),
    /// Not UTF-8 (written by another system), as stored.
    Invalid(&'r [u8]),
}

impl<'r> Text<'r> {
    /// The bytes as stored (UTF-8 or not).
    pub(super) fn bytes(&self) -> &'r [u8] {
        match self {
            Text::Utf8(t) => t.as_bytes(),
            Text::Invalid(b) => b,
        }
    }
}

/// A value bound to a parameter of [`Stmt::execute`].
pub(super) enum Param<'v> {
    Text(&'v str),
    Integer(i64),
    Null,
}

impl<'c> Stmt<'c> {
    pub(super) fn prepare(conn: &'c Connection, sql: &str) -> Result<Stmt<'c>> {
        let len = c_int::try_from(sql.len()).map_err(|_| anyhow!("statement too long"))?;
        let mut stmt = std::ptr::null_mut();
        // SAFETY: the connection handle is valid while `conn` is borrowed (for 'c), and SQLite
        // reads `len` bytes of `sql` without needing a terminating NUL.
        let rc = unsafe {
            let db = conn.handle();
            ffi::sqlite3_prepare_v2(db, sql.as_ptr().cast(), len, &mut stmt, std::ptr::null_mut())
        };
        // SAFETY: as above.
        let db = unsafe { conn.handle() };
        if rc != ffi::SQLITE_OK {
            return Err(error(db, rc));
        }
        if stmt.is_null() {
            return Err(anyhow!("empty statement"));
        }
        // SAFETY: `stmt` is a statement just prepared.
        let columns = unsafe { ffi::sqlite3_column_count(stmt) }.max(0) as usize;
        Ok(Stmt { db, stmt, columns, _conn: PhantomData })
    }

    /// Step to the next row: false when there is none.
    pub(super) fn step(&mut self) -> Result<bool> {
        // SAFETY: `self.stmt` is a live statement (finalized only in Drop).
        match unsafe { ffi::sqlite3_step(self.stmt) } {
            ffi::SQLITE_ROW => Ok(true),
            ffi::SQLITE_DONE => Ok(false),
            rc => Err(error(self.db, rc)),
        }
    }

    /// Bind `params` to the statement's parameters 1, 2, … and run it to completion.
    pub(super) fn execute(&mut self, params: &[Param<'_>]) -> Result<()> {
        let mut rc = ffi::SQLITE_OK;
        for (i, p) in params.iter().enumerate() {
            let at = c_int::try_from(i + 1).map_err(|_| anyhow!("too many parameters"))?;
            // SAFETY: a live statement; text is bound as SQLITE_STATIC (not copied): it is
            // borrowed for this whole call, and the bindings are cleared before it returns.
            rc = unsafe {
                match p {
                    Param::Text(t) => ffi::sqlite3_bind_text64(
                        self.stmt,
                        at,
                        t.as_ptr().cast(),
                        t.len() as u64,
                        ffi::SQLITE_STATIC(),
                        ffi::SQLITE_UTF8 as u8,
                    ),
                    Param::Integer(v) => ffi::sqlite3_bind_int64(self.stmt, at, *v),
                    Param::Null => ffi::sqlite3_bind_null(self.stmt, at),
                }
            };
            if rc != ffi::SQLITE_OK {
                break;
            }
        }
        if rc == ffi::SQLITE_OK {
            // SAFETY: a live statement with its parameters bound.
            rc = match unsafe { ffi::sqlite3_step(self.stmt) } {
                ffi::SQLITE_DONE | ffi::SQLITE_ROW => ffi::SQLITE_OK,
                rc => rc,
            };
        }
        let result = if rc == ffi::SQLITE_OK { Ok(()) } else { Err(error(self.db, rc)) };
        // SAFETY: a live statement; after this, it holds no pointer to `params`.
        unsafe {
            ffi::sqlite3_reset(self.stmt);
            ffi::sqlite3_clear_bindings(self.stmt);
        }
        result
    }

    pub(super) fn columns(&self) -> usize {
        self.columns
    }

    /// Column `i` of the row the last [`Stmt::step`] reached (which returned true), as
    /// SQLite renders it as text: a number as SQLite writes it (`1.5`, `100`), a blob's bytes.
    pub(super) fn text(&self, i: usize) -> Result<Text<'_>> {
        assert!(i < self.columns, "column {i} of {}", self.columns);
        let col = i as c_int;
        // SAFETY: a live statement and a column within its count. The column's value is
        // taken once (`sqlite3_column_text` and `_bytes` each look it up again and enter and
        // leave the connection's mutex, a call even where there is none: 1M people and 1.2M
        // enrolments, ~8% of the run's CPU in them).
        // It is what SQLite calls an unprotected value; those are the same as protected ones
        // on a connection without a mutex (opened with SQLITE_OPEN_NOMUTEX, as the readers
        // are; on any other connection the statement, which is neither Send nor Sync, is used
        // by one thread only). As SQLite documents, the text is asked for first (converting
        // the value in place), then its length; the text stays valid until the statement
        // steps again, which needs `&mut self` while the returned value borrows `&self`.
        unsafe {
            let value = ffi::sqlite3_column_value(self.stmt, col);
            let text = ffi::sqlite3_value_text(value);
            if text.is_null() {
                // NULL, or no memory to convert the value.
                if ffi::sqlite3_value_type(value) != ffi::SQLITE_NULL {
                    return Err(rusqlite::Error::SqliteFailure(ffi::Error::new(ffi::SQLITE_NOMEM), None).into());
                }
                return Ok(Text::Utf8(""));
            }
            let len = ffi::sqlite3_value_bytes(value).max(0) as usize;
            let bytes = std::slice::from_raw_parts(text, len);
            // Most values are ASCII (codes, dates, numbers): checked inline, without the call
            // through which `from_utf8` returns (1M people, 1.2M enrolments: 1.59 → 1.51 s of
            // CPU, 1.00 → 0.95 s).
            if bytes.is_ascii() {
                // ASCII is UTF-8.
                Ok(Text::Utf8(std::str::from_utf8_unchecked(bytes)))
            } else {
                Ok(std::str::from_utf8(bytes).map_or(Text::Invalid(bytes), Text::Utf8))
            }
        }
    }
}

impl Drop for Stmt<'_> {
    fn drop(&mut self) {
        // SAFETY: the statement was prepared and is finalized once, here.
        unsafe {
            ffi::sqlite3_finalize(self.stmt);
        }
    }
}

/// SQLite's message for a failed call, as rusqlite words it.
fn error(db: *mut ffi::sqlite3, rc: c_int) -> anyhow::Error {
    // SAFETY: a valid connection handle; SQLite returns a NUL-terminated message it owns,
    // copied here before any other call on the connection.
    let msg = unsafe {
        let p = ffi::sqlite3_errmsg(db);
        (!p.is_null()).then(|| CStr::from_ptr(p).to_string_lossy().into_owned())
    };
    rusqlite::Error::SqliteFailure(ffi::Error::new(rc), msg).into()
}
