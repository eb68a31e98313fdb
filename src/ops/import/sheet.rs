//! Spreadsheet input (.xlsx, .xlsm, .ods, .xls), read within limits and streamed as CSV
//! through a pipe so the CSV pipeline reads it like any file.
//!
//! A zip-based workbook is unpacked once, counting, before it is read: the sizes a zip
//! declares are the sender's word, so only the bytes actually inflated count. An `.xlsx`
//! sheet is then read a cell at a time (the shared strings, bounded by the same limit, stay
//! in memory); the older formats are read whole, as calamine offers nothing else.
use super::source::Limits;
use crate::error::Fail;
use anyhow::{Context, Result};
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;

/// Spreadsheet files: the first sheet unless one is named.
pub fn is_spreadsheet(path: &Path) -> bool {
    extension(path).is_some_and(|e| matches!(e.as_str(), "xlsx" | "xlsm" | "xls" | "ods"))
}

fn extension(path: &Path) -> Option<String> {
    path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase)
}

/// Below this many inflated bytes a part's ratio is not judged (tiny parts compress well).
const RATIO_FLOOR: u64 = 1 << 20;

/// Inflate every part of a zip-based workbook, counting: refuse the file when a part inflates
/// beyond `limits.ratio` times its compressed size or all of them beyond `limits.unpacked`.
pub fn check_zip(path: &Path, limits: &Limits) -> Result<()> {
    let file = std::fs::File::open(path).with_context(|| format!("cannot open {}", path.display()))?;
    let mut zip = zip::ZipArchive::new(BufReader::new(file))
        .map_err(|e| Fail::error(format!("{}: not a readable spreadsheet (zip): {e}", path.display())))?;
    let mut total = 0u64;
    let mut buf = vec![0u8; 64 * 1024];
    for i in 0..zip.len() {
        let mut part = zip.by_index(i).map_err(|e| Fail::error(format!("{}: part {i}: {e}", path.display())))?;
        let name = part.name().map_or_else(|_| format!("#{i}"), |n| n.into_owned());
        let packed = part.compressed_size().max(1);
        let mut inflated = 0u64;
        loop {
            let n = part.read(&mut buf).map_err(|e| Fail::error(format!("{}: part {name}: {e}", path.display())))?;
            if n == 0 {
                break;
            }
            inflated += n as u64;
            total += n as u64;
            if total > limits.unpacked {
                return Err(bomb(path, &format!("its parts unpack to more than {} (--max-unpacked)", human_bytes(limits.unpacked))));
            }
            if inflated > RATIO_FLOOR && inflated > packed.saturating_mul(limits.ratio) {
                let what = format!(
                    "part {name} unpacks to more than {} times its packed {} (--max-ratio {})",
                    limits.ratio,
                    human_bytes(packed),
                    limits.ratio
                );
                return Err(bomb(path, &what));
            }
        }
    }
    Ok(())
}

fn bomb(path: &Path, what: &str) -> anyhow::Error {
    Fail::error(format!("{}: refused: {what}", path.display()))
        .hint("a decompression bomb, or a workbook larger than allowed: raise the limit if the file is trusted, or export the sheet as CSV")
        .into()
}

pub fn human_bytes(n: u64) -> String {
    const UNITS: [(&str, u64); 3] = [("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)];
    for (unit, size) in UNITS {
        if n >= size && n % size == 0 {
            return format!("{} {unit}", n / size);
        }
    }
    match n {
        n if n >= 1 << 20 => format!("{:.1} MiB", n as f64 / (1u64 << 20) as f64),
        n => format!("{n} bytes"),
    }
}

/// A cell as text: codes stay text, whole numbers print without `.0` (so an ID number typed
/// into a numeric cell shows its lost digits as the zeros Excel left), date cells become
/// `YYYY-MM-DD` (Excel stores days since 1899-12-30), errors as `#ERROR`.
fn cell_text(cell: &calamine::Data) -> String {
    use calamine::Data;
    match cell {
        Data::Empty => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e21 => format!("{f:.0}"),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(d) => {
            let days = d.as_f64().floor() as i64;
            jiff::civil::Date::constant(1899, 12, 30)
                .checked_add(jiff::Span::new().days(days))
                .map_or_else(|_| d.as_f64().to_string(), |d| d.to_string())
        }
        Data::Error(e) => format!("#{e}"),
    }
}

fn cell_ref_text(cell: &calamine::DataRef<'_>) -> String {
    use calamine::{Data, DataRef};
    match cell {
        DataRef::SharedString(s) => (*s).to_string(),
        DataRef::Empty => String::new(),
        DataRef::Int(i) => cell_text(&Data::Int(*i)),
        DataRef::Float(f) => cell_text(&Data::Float(*f)),
        DataRef::String(s) => s.clone(),
        DataRef::Bool(b) => b.to_string(),
        DataRef::DateTime(d) => cell_text(&Data::DateTime(*d)),
        DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => s.clone(),
        DataRef::Error(e) => format!("#{e}"),
    }
}

/// The sheet to read: the one named, or the first.
fn pick_sheet(path: &Path, names: &[String], sheet: Option<&str>) -> Result<String> {
    match sheet {
        Some(s) if names.iter().any(|n| n == s) => Ok(s.to_string()),
        Some(s) => Err(Fail::usage(format!("{}: no sheet {s:?}", path.display())).hint(format!("sheets: {}", names.join(", "))).into()),
        None => names.first().cloned().with_context(|| format!("{}: no sheets", path.display())),
    }
}

/// Open one sheet as a stream of CSV records. Returns the reader and the sheet's first used
/// row (0-based), which places line numbers.
pub fn open(path: &Path, sheet: Option<&str>, limits: &Limits) -> Result<(Box<dyn BufRead + Send>, u64)> {
    let ext = extension(path).unwrap_or_default();
    if ext != "xls" {
        check_zip(path, limits)?;
    }
    if ext == "xlsx" || ext == "xlsm" {
        return open_xlsx(path, sheet);
    }
    use calamine::Reader;
    let mut book = calamine::open_workbook_auto(path).with_context(|| format!("cannot open {} as a spreadsheet", path.display()))?;
    let name = pick_sheet(path, &book.sheet_names(), sheet)?;
    let range = book.worksheet_range(&name).with_context(|| format!("{}: cannot read sheet {name:?}", path.display()))?;
    let first_row = range.start().map_or(0, |(r, _)| u64::from(r));
    let (reader, writer) = io::pipe()?;
    std::thread::spawn(move || {
        let mut out = csv::Writer::from_writer(io::BufWriter::with_capacity(128 * 1024, writer));
        let mut record = Vec::new();
        for row in range.rows() {
            record.clear();
            record.extend(row.iter().map(cell_text));
            if out.write_record(&record).is_err() {
                return; // the reader stopped (an error there is reported there)
            }
        }
        let _ = out.flush();
    });
    Ok((Box::new(BufReader::with_capacity(128 * 1024, reader)), first_row))
}

/// An `.xlsx` sheet, a cell at a time. The table starts at the first used row (the header) and
/// the first column of the sheet's declared dimensions (else the first with a value); every
/// record is as wide as the header at least, and rows left empty between used ones are empty
/// records, so line numbers stay the sheet's rows.
fn open_xlsx(path: &Path, sheet: Option<&str>) -> Result<(Box<dyn BufRead + Send>, u64)> {
    use calamine::Reader;
    let mut book: calamine::Xlsx<_> =
        calamine::open_workbook(path).with_context(|| format!("cannot open {} as a spreadsheet", path.display()))?;
    let name = pick_sheet(path, &book.sheet_names(), sheet)?;
    let (tx, rx) = std::sync::mpsc::sync_channel::<Result<Vec<u8>, String>>(4);
    let (first_tx, first_rx) = std::sync::mpsc::sync_channel::<u64>(1);
    std::thread::spawn(move || {
        let mut sink = Chunks { out: csv::Writer::from_writer(ChunkWriter { tx, buf: Vec::with_capacity(CHUNK) }), first: Some(first_tx) };
        let result = stream_cells(&mut book, &name, &mut sink).and_then(|()| sink.out.flush().map_err(|e| e.to_string()));
        let Ok(mut rest) = sink.out.into_inner() else { return };
        let last = match result {
            Ok(()) => Ok(std::mem::take(&mut rest.buf)),
            Err(e) => Err(format!("sheet {name:?}: {e}")),
        };
        let _ = rest.tx.send(last);
    });
    let first_row = first_rx.recv().unwrap_or(0);
    Ok((Box::new(BufReader::with_capacity(128 * 1024, ChannelReader { rx, chunk: Vec::new(), at: 0 })), first_row))
}

const CHUNK: usize = 128 * 1024;

/// The sheet thread's side: the CSV text handed over a chunk at a time.
struct ChunkWriter {
    tx: std::sync::mpsc::SyncSender<Result<Vec<u8>, String>>,
    buf: Vec<u8>,
}

impl io::Write for ChunkWriter {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        self.buf.extend_from_slice(data);
        if self.buf.len() >= CHUNK {
            let full = std::mem::replace(&mut self.buf, Vec::with_capacity(CHUNK));
            self.tx.send(Ok(full)).map_err(|_| io::Error::new(io::ErrorKind::BrokenPipe, "the reader stopped"))?;
        }
        Ok(data.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

struct Chunks {
    out: csv::Writer<ChunkWriter>,
    /// Where the first used row goes, once known (dropped unsent for an empty sheet).
    first: Option<std::sync::mpsc::SyncSender<u64>>,
}

impl Chunks {
    fn write(&mut self, record: &[String]) -> Result<(), String> {
        self.out.write_record(record).map_err(|e| e.to_string())
    }
}

/// The import's side: the chunks as a byte stream; a failure in the sheet is a read error.
struct ChannelReader {
    rx: std::sync::mpsc::Receiver<Result<Vec<u8>, String>>,
    chunk: Vec<u8>,
    at: usize,
}

impl Read for ChannelReader {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        while self.at == self.chunk.len() {
            match self.rx.recv() {
                Ok(Ok(next)) => {
                    self.chunk = next;
                    self.at = 0;
                }
                Ok(Err(e)) => return Err(io::Error::new(io::ErrorKind::InvalidData, e)),
                Err(_) => return Ok(0),
            }
        }
        let n = buf.len().min(self.chunk.len() - self.at);
        buf[..n].copy_from_slice(&self.chunk[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}

/// One row of the sheet being put together.
#[derive(Default)]
struct RowBuf {
    fields: Vec<String>,
    /// A value left of the table: the record gets a field more, and is rejected for its width.
    outside: bool,
}

fn stream_cells<RS: Read + io::Seek>(book: &mut calamine::Xlsx<RS>, name: &str, sink: &mut Chunks) -> Result<(), String> {
    let mut cells = book.worksheet_cells_reader(name).map_err(|e| e.to_string())?;
    let declared = cells.dimensions();
    let mut start_col = (declared.start != (0, 0) || declared.end != (0, 0)).then_some(declared.start.1);
    let mut row_at: Option<u32> = None;
    let mut width = 0usize;
    let mut row = RowBuf::default();
    let mut flush = |row: &mut RowBuf, sink: &mut Chunks| -> Result<(), String> {
        if width == 0 {
            width = row.fields.len(); // the header row sets the width
        }
        if row.fields.len() < width {
            row.fields.resize(width, String::new());
        }
        if std::mem::take(&mut row.outside) {
            row.fields.push(String::new());
        }
        sink.write(&row.fields)?;
        row.fields.clear();
        Ok(())
    };
    while let Some(cell) = cells.next_cell().map_err(|e| e.to_string())? {
        let (r, col) = cell.get_position();
        match row_at {
            None => {
                if let Some(tx) = sink.first.take() {
                    let _ = tx.send(u64::from(r));
                }
            }
            Some(at) if r > at => {
                for _ in at..r {
                    flush(&mut row, sink)?; // the row done, then any left empty
                }
            }
            Some(_) => {}
        }
        row_at = Some(r);
        let text = cell_ref_text(cell.get_value());
        let Some(start) = start_col.or_else(|| (!text.is_empty()).then_some(col)) else { continue };
        start_col = Some(start);
        if col < start {
            row.outside |= !text.is_empty();
            continue;
        }
        let at = (col - start) as usize;
        if at >= row.fields.len() {
            row.fields.resize(at + 1, String::new());
        }
        row.fields[at] = text;
    }
    if row_at.is_some() {
        flush(&mut row, sink)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn sizes_read_as_people_write_them() {
        assert_eq!(super::human_bytes(1 << 30), "1 GiB");
        assert_eq!(super::human_bytes(3 << 20), "3 MiB");
        assert_eq!(super::human_bytes(1_500_000), "1.4 MiB");
        assert_eq!(super::human_bytes(100), "100 bytes");
    }
}
