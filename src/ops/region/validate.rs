//! `region validate`: classify every value of one CSV column as a region code.
//!
//! The input is read as `import` reads it (UTF-8 with or without BOM or GB18030, the delimiter
//! sniffed, the first sheet of a spreadsheet, the same line numbers, CRLF files included).
//! One pass, one reused `ByteRecord`, the column index resolved once; each value is classified
//! with one hash probe and no allocation (successors of retired codes are resolved once per
//! code and cached), so memory stays flat whatever the file size.
use super::db;
use crate::domain::region::{RegionDb, Status};
use crate::error::Fail;
use crate::ops::import::source::{self, EncodingChoice, Input, Opened};
use anyhow::Result;
use serde::Serialize;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::Ordering;

/// What a value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Class {
    /// In use (today, or in the year asked).
    Current,
    /// Was in use, is not any more (successors given when there are any).
    Retired,
    /// Well-formed but in no list (with `--at`: not yet in use then; with `--for-id`: in no
    /// MCA list or GB/T edition).
    Unknown,
    /// Not 6, 9 or 12 ASCII digits.
    Malformed,
}

impl Class {
    pub const ALL: [Class; 4] = [Class::Current, Class::Retired, Class::Unknown, Class::Malformed];

    pub fn as_str(self) -> &'static str {
        match self {
            Class::Current => "current",
            Class::Retired => "retired",
            Class::Unknown => "unknown",
            Class::Malformed => "malformed",
        }
    }
}

#[derive(Debug, Clone)]
pub struct ValidateOptions {
    /// The CSV file; `None` reads stdin.
    pub file: Option<PathBuf>,
    /// Header name of the column (or its 1-based number when no header has that name).
    pub column: String,
    /// Judge against the lists of this year instead of today's.
    pub at: Option<i32>,
    /// The ID-number rule: a code ever valid (MCA lists, GB/T editions) is fine.
    pub for_id: bool,
}

/// One classified value, borrowed for the per-row callback.
#[derive(Debug)]
pub struct Row<'a> {
    /// 1-based line in the file (the header is line 1), or row of a spreadsheet.
    pub line: u64,
    pub value: &'a [u8],
    pub class: Class,
    /// Whether the value passes (current, or with `--for-id` ever valid).
    pub ok: bool,
    /// Today's codes for a retired one, `;`-separated (empty when abolished or not retired).
    pub successors: &'a str,
}

/// A row that did not pass, kept for the summary.
#[derive(Debug, Clone, Serialize)]
pub struct Problem {
    pub line: u64,
    pub value: String,
    pub class: Class,
    pub successors: String,
}

/// How many problem rows the summary keeps.
pub const SAMPLE: usize = 10;

#[derive(Debug, Serialize)]
pub struct Summary {
    pub file: String,
    pub column: String,
    pub at: Option<i32>,
    pub for_id: bool,
    pub rows: u64,
    pub current: u64,
    pub retired: u64,
    pub unknown: u64,
    pub malformed: u64,
    /// Rows that do not pass.
    pub problems: u64,
    /// The first few of them.
    pub first_problems: Vec<Problem>,
}

impl Summary {
    pub fn count(&self, class: Class) -> u64 {
        match class {
            Class::Current => self.current,
            Class::Retired => self.retired,
            Class::Unknown => self.unknown,
            Class::Malformed => self.malformed,
        }
    }
}

/// Classifies codes; caches successor lists of retired codes.
struct Classifier<'d> {
    db: &'d RegionDb,
    at: Option<i32>,
    for_id: bool,
    successors: HashMap<String, String>,
}

impl Classifier<'_> {
    /// (class, ok, successors) of one value.
    fn classify(&mut self, value: &[u8]) -> (Class, bool, &str) {
        let Some(code) = std::str::from_utf8(value).ok().filter(|c| matches!(c.len(), 6 | 9 | 12) && c.bytes().all(|b| b.is_ascii_digit()))
        else {
            return (Class::Malformed, false, "");
        };
        let class = match self.at {
            None => match self.db.status(code) {
                Status::Current => Class::Current,
                Status::Retired => Class::Retired,
                Status::NeverExisted => Class::Unknown,
            },
            Some(y) => {
                let versions = self.db.versions(code);
                if versions.iter().any(|v| v.valid_in(y)) {
                    Class::Current
                } else if versions.iter().any(|v| v.valid_from <= y) {
                    Class::Retired
                } else {
                    Class::Unknown
                }
            }
        };
        let (class, ok) = if self.for_id {
            if self.db.ever_valid_for_id(code) {
                (class, true)
            } else {
                (Class::Unknown, false)
            }
        } else {
            (class, class == Class::Current)
        };
        if class != Class::Retired {
            return (class, ok, "");
        }
        let db = self.db;
        let succ = self
            .successors
            .entry(code.to_string())
            .or_insert_with(|| db.resolve(code, None).today.iter().map(|v| v.code.as_str()).collect::<Vec<_>>().join(";"));
        (class, ok, succ.as_str())
    }
}

/// Stream the file, calling `each` for every row (for per-row output) and `progress` with the
/// bytes read now and then; returns the summary.
pub fn validate(opts: &ValidateOptions, each: &mut dyn FnMut(&Row<'_>) -> Result<()>, progress: &mut dyn FnMut(u64)) -> Result<Summary> {
    let name = opts.file.as_ref().map_or("<stdin>".to_string(), |p| p.display().to_string());
    let input = opts.file.clone().map_or(Input::Stdin, Input::File);
    let Opened { reader, bytes_read, sheet_first_row, .. } = source::open(&input, EncodingChoice::Auto, None)?;
    let (mut reader, headers, lines) = source::csv_reader(reader, sheet_first_row, &name, None)?;
    let wanted = opts.column.trim();
    let index = headers
        .iter()
        .position(|h| h.trim() == wanted)
        .or_else(|| wanted.parse::<usize>().ok().filter(|&n| n >= 1 && n <= headers.len()).map(|n| n - 1))
        .ok_or_else(|| Fail::usage(format!("{name}:1: no column {wanted:?}")).hint(format!("the columns are: {}", headers.join(", "))))?;

    let mut classifier = Classifier { db: db(), at: opts.at, for_id: opts.for_id, successors: HashMap::new() };
    let mut summary = Summary {
        file: name.clone(),
        column: headers[index].trim().to_string(),
        at: opts.at,
        for_id: opts.for_id,
        rows: 0,
        current: 0,
        retired: 0,
        unknown: 0,
        malformed: 0,
        problems: 0,
        first_problems: Vec::new(),
    };
    let mut record = csv::ByteRecord::new();
    loop {
        let more = reader.read_byte_record(&mut record).map_err(|e| {
            let line = lines.line(summary.rows + 1, e.position()).unwrap_or(summary.rows + 2);
            anyhow::Error::new(e).context(format!("{name}:{line}: cannot read the row"))
        })?;
        if !more {
            break;
        }
        let line = lines.line(summary.rows + 1, record.position()).unwrap_or(0);
        let value = record.get(index).unwrap_or_default();
        let (class, ok, successors) = classifier.classify(value);
        summary.rows += 1;
        match class {
            Class::Current => summary.current += 1,
            Class::Retired => summary.retired += 1,
            Class::Unknown => summary.unknown += 1,
            Class::Malformed => summary.malformed += 1,
        }
        if !ok {
            summary.problems += 1;
            if summary.first_problems.len() < SAMPLE {
                summary.first_problems.push(Problem {
                    line,
                    value: String::from_utf8_lossy(value).into_owned(),
                    class,
                    successors: successors.to_string(),
                });
            }
        }
        each(&Row { line, value, class, ok, successors })?;
        if summary.rows.is_multiple_of(65_536) {
            progress(bytes_read.load(Ordering::Relaxed));
        }
    }
    Ok(summary)
}
