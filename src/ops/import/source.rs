//! The input of an import: a file or stdin, hashed as it is read, decoded from UTF-8 (with or
//! without BOM) or GB18030/GBK to UTF-8, with the delimiter sniffed from the first line.
use crate::domain::seal::hex;
use anyhow::{Context, Result};
use encoding_rs::{CoderResult, Decoder, GB18030};
use sha2::{Digest, Sha256};
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EncodingChoice {
    Auto,
    Utf8,
    Gb18030,
}

#[derive(Debug, Clone)]
pub enum Input {
    Stdin,
    File(PathBuf),
}

impl Input {
    pub fn parse(s: &str) -> Input {
        if s == "-" {
            Input::Stdin
        } else {
            Input::File(PathBuf::from(s))
        }
    }

    pub fn name(&self) -> String {
        match self {
            Input::Stdin => "-".to_string(),
            Input::File(p) => p.display().to_string(),
        }
    }

    /// Size in bytes, for the progress bar.
    pub fn size(&self) -> Option<u64> {
        match self {
            Input::Stdin => None,
            Input::File(p) => std::fs::metadata(p).ok().map(|m| m.len()),
        }
    }
}

/// SHA-256 of a whole file, hex.
pub fn sha256_file(path: &Path) -> Result<String> {
    let mut f =
        std::fs::File::open(path).with_context(|| format!("cannot open {}", path.display()))?;
    let mut h = Sha256::new();
    io::copy(&mut f, &mut h).with_context(|| format!("cannot read {}", path.display()))?;
    Ok(hex(&h.finalize()))
}

/// Counts the bytes read through it (for progress) and, when asked, hashes them.
pub struct Tap<R> {
    inner: R,
    pub read: Arc<AtomicU64>,
    hash: Option<Sha256>,
}

impl<R: Read> Tap<R> {
    pub fn new(inner: R, read: Arc<AtomicU64>, hash: bool) -> Tap<R> {
        Tap {
            inner,
            read,
            hash: hash.then(Sha256::new),
        }
    }
}

impl<R: Read> Read for Tap<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        if let Some(h) = self.hash.as_mut() {
            h.update(&buf[..n]);
        }
        self.read.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// Decodes GB18030 to UTF-8 as it is read (malformed bytes become U+FFFD).
pub struct Gb18030Reader<R> {
    inner: R,
    decoder: Decoder,
    out: Vec<u8>,
    pos: usize,
    eof: bool,
}

impl<R: BufRead> Gb18030Reader<R> {
    pub fn new(inner: R) -> Gb18030Reader<R> {
        Gb18030Reader {
            inner,
            decoder: GB18030.new_decoder_without_bom_handling(),
            out: Vec::with_capacity(128 * 1024),
            pos: 0,
            eof: false,
        }
    }

    /// Decode the next piece of input into `out`.
    fn refill(&mut self) -> io::Result<()> {
        self.out.clear();
        self.pos = 0;
        while self.out.is_empty() && !self.eof {
            let raw = self.inner.fill_buf()?;
            let last = raw.is_empty();
            let cap = self
                .decoder
                .max_utf8_buffer_length(raw.len())
                .unwrap_or(raw.len() * 3 + 16);
            self.out.resize(cap, 0);
            let (result, read, written, _) = self.decoder.decode_to_utf8(raw, &mut self.out, last);
            debug_assert_eq!(result, CoderResult::InputEmpty);
            self.out.truncate(written);
            self.inner.consume(read);
            self.eof = last;
        }
        Ok(())
    }
}

impl<R: BufRead> Read for Gb18030Reader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.pos >= self.out.len() {
            self.refill()?;
        }
        let n = buf.len().min(self.out.len() - self.pos);
        buf[..n].copy_from_slice(&self.out[self.pos..self.pos + n]);
        self.pos += n;
        Ok(n)
    }
}

/// Spreadsheet files (read with calamine; the first sheet unless one is named).
pub fn is_spreadsheet(input: &Input) -> bool {
    matches!(input, Input::File(p) if p.extension().and_then(|e| e.to_str()).is_some_and(|e| matches!(e.to_ascii_lowercase().as_str(), "xlsx" | "xlsm" | "xls" | "ods")))
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

/// Read one sheet and stream it as CSV through a pipe, so the CSV pipeline reads it like any
/// file. Returns the reader and the sheet's first used row (0-based), which places line numbers.
fn open_spreadsheet(path: &Path, sheet: Option<&str>) -> Result<(Box<dyn BufRead + Send>, u64)> {
    use calamine::Reader;
    let mut book = calamine::open_workbook_auto(path)
        .with_context(|| format!("cannot open {} as a spreadsheet", path.display()))?;
    let names = book.sheet_names();
    let name = match sheet {
        Some(s) if names.iter().any(|n| n == s) => s.to_string(),
        Some(s) => {
            return Err(
                crate::error::Fail::usage(format!("{}: no sheet {s:?}", path.display()))
                    .hint(format!("sheets: {}", names.join(", ")))
                    .into(),
            );
        }
        None => names
            .first()
            .cloned()
            .with_context(|| format!("{}: no sheets", path.display()))?,
    };
    let range = book
        .worksheet_range(&name)
        .with_context(|| format!("{}: cannot read sheet {name:?}", path.display()))?;
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
    Ok((
        Box::new(BufReader::with_capacity(128 * 1024, reader)),
        first_row,
    ))
}

/// An opened input.
pub struct Opened {
    /// UTF-8, without BOM.
    pub reader: Box<dyn BufRead + Send>,
    pub encoding: &'static str,
    /// Bytes read so far (for progress).
    pub bytes_read: Arc<AtomicU64>,
    /// The SHA-256 of stdin, once it has been read to the end.
    pub digest: Arc<std::sync::Mutex<Option<String>>>,
    /// For a spreadsheet, the sheet's first used row (0-based): record `k` (the header is 0)
    /// is on row `first_row + 1 + k`, whatever newlines its cells hold.
    pub sheet_first_row: Option<u64>,
}

/// Open the input and pick the encoding: auto takes a UTF-8 BOM, or valid UTF-8 in the first
/// 64 KiB, for UTF-8, and anything else for GB18030 (the superset of GBK).
pub fn open(input: &Input, choice: EncodingChoice, sheet: Option<&str>) -> Result<Opened> {
    if let (true, Input::File(path)) = (is_spreadsheet(input), input) {
        let (reader, first_row) = open_spreadsheet(path, sheet)?;
        let size = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
        return Ok(Opened {
            reader,
            encoding: "xlsx",
            bytes_read: Arc::new(AtomicU64::new(size)),
            digest: Arc::new(std::sync::Mutex::new(None)),
            sheet_first_row: Some(first_row),
        });
    }
    let raw: Box<dyn Read + Send> = match input {
        Input::Stdin => Box::new(io::stdin()),
        Input::File(p) => Box::new(
            std::fs::File::open(p).with_context(|| format!("cannot open {}", p.display()))?,
        ),
    };
    let counter = Arc::new(AtomicU64::new(0));
    let digest = Arc::new(std::sync::Mutex::new(None));
    // Files are hashed before the import; stdin can only be hashed as it is read.
    let tap = HashOnDrop {
        tap: Tap::new(raw, counter.clone(), matches!(input, Input::Stdin)),
        out: digest.clone(),
    };
    let mut reader = BufReader::with_capacity(128 * 1024, tap);
    let head = reader
        .fill_buf()
        .with_context(|| format!("{}:1: cannot read", input.name()))?;
    let bom = head.starts_with(b"\xEF\xBB\xBF");
    let encoding = match choice {
        EncodingChoice::Utf8 => "utf-8",
        EncodingChoice::Gb18030 => "gb18030",
        EncodingChoice::Auto if bom => "utf-8",
        EncodingChoice::Auto => match std::str::from_utf8(head) {
            Ok(_) => "utf-8",
            Err(e) if e.error_len().is_none() => "utf-8",
            Err(_) => "gb18030",
        },
    };
    if bom {
        reader.consume(3);
    }
    let reader: Box<dyn BufRead + Send> = if encoding == "gb18030" {
        Box::new(BufReader::with_capacity(
            128 * 1024,
            Gb18030Reader::new(reader),
        ))
    } else {
        Box::new(reader)
    };
    Ok(Opened {
        reader,
        encoding,
        bytes_read: counter,
        digest,
        sheet_first_row: None,
    })
}

/// A `Tap` that publishes its SHA-256 when the input is dropped (fully read).
struct HashOnDrop<R: Read> {
    tap: Tap<R>,
    out: Arc<std::sync::Mutex<Option<String>>>,
}

impl<R: Read> Read for HashOnDrop<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.tap.read(buf)
    }
}

impl<R: Read> Drop for HashOnDrop<R> {
    fn drop(&mut self) {
        if let (Some(h), Ok(mut out)) = (self.tap.hash.take(), self.out.lock()) {
            *out = Some(hex(&h.finalize()));
        }
    }
}

/// The delimiter of the header line: the most frequent of `,` `\t` `;` `|` outside quotes.
pub fn sniff_delimiter(reader: &mut dyn BufRead) -> Result<u8> {
    let head = reader.fill_buf()?;
    let line = head.split(|b| *b == b'\n').next().unwrap_or(&[]);
    let mut counts = [(b',', 0usize), (b'\t', 0), (b';', 0), (b'|', 0)];
    let mut quoted = false;
    for b in line {
        if *b == b'"' {
            quoted = !quoted;
        } else if !quoted {
            if let Some(c) = counts.iter_mut().find(|(d, _)| d == b) {
                c.1 += 1;
            }
        }
    }
    Ok(counts
        .iter()
        .max_by_key(|(_, n)| *n)
        .filter(|(_, n)| *n > 0)
        .map_or(b',', |(d, _)| *d))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gb18030_decodes_across_reads() {
        let text = "公民身份号码,姓名\n440106199001011234,王小明\n".repeat(5000);
        let (bytes, _, _) = GB18030.encode(&text);
        let reader = BufReader::with_capacity(7, &bytes[..]);
        let mut gb = Gb18030Reader::new(reader);
        let mut out = String::new();
        gb.read_to_string(&mut out).unwrap();
        assert_eq!(out, text);
    }

    #[test]
    fn sniffs() {
        let mut r: &[u8] = b"a\tb\tc\n1,2\t3";
        assert_eq!(sniff_delimiter(&mut r).unwrap(), b'\t');
        let mut r: &[u8] = b"\"a,b\";c;d\n";
        assert_eq!(sniff_delimiter(&mut r).unwrap(), b';');
        let mut r: &[u8] = b"single\n";
        assert_eq!(sniff_delimiter(&mut r).unwrap(), b',');
    }
}

/// How records are numbered: the file's lines, or the rows of a spreadsheet.
#[derive(Debug, Clone, Copy)]
pub struct LineNumbers {
    /// The csv crate numbers the records of a CRLF file one low: this corrects it.
    crlf: u64,
    sheet_first_row: Option<u64>,
}

impl LineNumbers {
    /// The line (or sheet row) of the `n`-th record after the header (1-based), read at `pos`.
    pub fn line(self, n: u64, pos: Option<&csv::Position>) -> Option<u64> {
        match self.sheet_first_row {
            Some(first) => Some(first + 1 + n),
            None => pos.map(|p| p.line() + self.crlf),
        }
    }
}

/// CSV records over any opened input.
pub type CsvReader = csv::Reader<Box<dyn BufRead + Send>>;

/// A CSV reader over an opened input, with its header row read and its records numbered. The
/// delimiter: given, `,` for a spreadsheet, tab for `.tsv`/`.tab`, else sniffed.
pub fn csv_reader(
    mut reader: Box<dyn BufRead + Send>,
    sheet_first_row: Option<u64>,
    name: &str,
    delimiter: Option<u8>,
) -> Result<(CsvReader, Vec<String>, LineNumbers)> {
    let delimiter = match delimiter {
        _ if sheet_first_row.is_some() => b',',
        Some(d) => d,
        None if name.ends_with(".tsv") || name.ends_with(".tab") => b'\t',
        None => sniff_delimiter(&mut reader)?,
    };
    let crlf = {
        let head = reader.fill_buf()?;
        let first = head.split(|b| *b == b'\n').next().unwrap_or(&[]);
        u64::from(first.ends_with(b"\r") && first.len() < head.len())
    };
    let mut csv = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .buffer_capacity(128 * 1024)
        .from_reader(reader);
    let headers: Vec<String> = match csv.byte_headers() {
        Ok(h) => h
            .iter()
            .map(|f| String::from_utf8_lossy(f).into_owned())
            .collect(),
        Err(e) => {
            return Err(crate::error::Fail::error(format!(
                "{name}:1: cannot read the header row: {e}"
            ))
            .into())
        }
    };
    if headers.iter().all(|h| h.trim().is_empty()) {
        return Err(
            crate::error::Fail::error(format!("{name}: empty file (no header row)")).into(),
        );
    }
    Ok((
        csv,
        headers,
        LineNumbers {
            crlf,
            sheet_first_row,
        },
    ))
}
