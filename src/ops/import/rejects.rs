//! A batch's rejects file read back: the rows a district has to correct, with the line, field
//! and reason the import gave, and the region they belong to.
use super::source::{self, EncodingChoice, Input};
use crate::db::records::BatchInfo;
use crate::domain::kind::Kind;
use crate::error::Fail;
use anyhow::{Context, Result};
use std::path::{Path, PathBuf};

/// An open rejects file.
pub struct Rejects {
    pub path: PathBuf,
    /// The input's own headers (the rejects file repeats them, then `line`, `field`, `reason`).
    pub headers: Vec<String>,
    /// Where the region code, ID number, phone, name and address are among `headers`, where
    /// the file has them.
    pub region_col: Option<usize>,
    pub id_col: Option<usize>,
    pub phone_col: Option<usize>,
    pub name_col: Option<usize>,
    pub address_col: Option<usize>,
    reader: source::CsvReader,
    name: String,
}

/// One rejected row: its line in the input, the fields at fault, the reason and its values.
pub struct Rejected {
    pub line: String,
    pub field: String,
    pub reason: String,
    pub values: Vec<String>,
}

/// The rejects file of `batch`: `path`, or where the import put it by default (beside the file).
pub fn open(batch: &BatchInfo, path: Option<&Path>) -> Result<Rejects> {
    let kind = Kind::parse(&batch.kind)
        .ok_or_else(|| Fail::usage(format!("batch {} is a {} batch, which has no rejects file", batch.id, batch.kind)))?;
    let path = path.map(Path::to_path_buf).unwrap_or_else(|| PathBuf::from(format!("{}.rejects.csv", batch.file)));
    if batch.counters.rejected == 0 {
        return Err(Fail::usage(format!("batch {} rejected no rows", batch.id)).into());
    }
    if !path.exists() {
        return Err(Fail::usage(format!("{}: no such rejects file", path.display()))
            .hint("the import wrote it where --rejects said: pass that path with --rejects-file")
            .into());
    }
    let name = path.display().to_string();
    let opened = source::open(&Input::File(path.clone()), EncodingChoice::Auto, None)?;
    let (reader, mut headers, _) = source::csv_reader(opened.reader, opened.sheet_first_row, &name, None)?;
    let tail: Vec<&str> = headers.iter().rev().take(3).map(String::as_str).collect();
    if tail != ["reason", "field", "line"] {
        return Err(Fail::usage(format!("{name}: not a rejects file (its last columns are not line, field, reason)")).into());
    }
    headers.truncate(headers.len() - 3);
    let col = |field: &str| super::validate::column_of(kind, &headers, field);
    Ok(Rejects {
        region_col: col("region_code"),
        id_col: col("id_number"),
        phone_col: col("phone"),
        name_col: col("name"),
        address_col: col("address"),
        path,
        headers,
        reader,
        name,
    })
}

impl Rejects {
    /// Every rejected row, in the file's order; values as the input held them.
    pub fn each(&mut self, f: &mut dyn FnMut(Rejected) -> Result<()>) -> Result<u64> {
        let n = self.headers.len();
        let mut record = csv::StringRecord::new();
        let mut rows = 0;
        while self.reader.read_record(&mut record).with_context(|| format!("{}: cannot read", self.name))? {
            let mut values: Vec<String> = record.iter().map(|v| crate::csvout::restore(v).to_string()).collect();
            // A rejected row may have had more or fewer fields than the header: the last three
            // are always the import's.
            let tail = values.split_off(values.len().saturating_sub(3));
            let [line, field, reason]: [String; 3] =
                tail.try_into().map_err(|_| anyhow::anyhow!("{}: a row without line, field, reason", self.name))?;
            values.resize(n.max(values.len()), String::new());
            rows += 1;
            f(Rejected { line, field, reason, values })?;
        }
        Ok(rows)
    }
}
