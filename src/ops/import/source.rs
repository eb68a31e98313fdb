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
    /// A spreadsheet file (by its extension), or stdin for anything else.
    fn filter_spreadsheet(self) -> Input {
        match self {
            Input::File(p) if super::sheet::is_spreadsheet(&p) => Input::File(p),
            _ => Input::Stdin,
        }
    }

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
    let mut f = std::fs::File::open(path).with_context(|| format!("cannot open {}", path.display()))?;
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
        Tap { inner, read, hash: hash.then(Sha256::new) }
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
            let cap = self.decoder.max_utf8_buffer_length(raw.len()).unwrap_or(raw.len() * 3 + 16);
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
    /// The encoding a file handed back to whoever made this one should have (a rejects file):
    /// theirs, and UTF-8 with a BOM for a spreadsheet, which Excel reads as such.
    pub reply_encoding: crate::csvout::Encoding,
}

/// How much a hostile or broken file may make mzctl read or hold.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Bytes all the parts of a zip-based spreadsheet may unpack to.
    pub unpacked: u64,
    /// How many times its packed size a part may unpack to.
    pub ratio: u64,
    /// Bytes in one field: a longer one rejects its row.
    pub field: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits { unpacked: 1 << 30, ratio: 100, field: 1 << 20 }
    }
}

impl Limits {
    /// Bytes one record may run to before the file is given up on (a quote left open swallows
    /// the rest of the file into one field): the longest fields a wide row may hold.
    pub fn record(&self) -> usize {
        self.field.saturating_mul(16).max(1 << 20)
    }
}

/// Open the input and pick the encoding: auto takes a UTF-8 BOM, or valid UTF-8 in the first
/// 64 KiB, for UTF-8, and anything else for GB18030 (the superset of GBK).
pub fn open(input: &Input, choice: EncodingChoice, sheet: Option<&str>) -> Result<Opened> {
    open_within(input, choice, sheet, &Limits::default())
}

/// [`open`] with limits of one's own.
pub fn open_within(input: &Input, choice: EncodingChoice, sheet: Option<&str>, limits: &Limits) -> Result<Opened> {
    if let Input::File(path) = input.clone().filter_spreadsheet() {
        let (reader, first_row) = super::sheet::open(&path, sheet, limits)?;
        let size = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
        return Ok(Opened {
            reader,
            encoding: "xlsx",
            bytes_read: Arc::new(AtomicU64::new(size)),
            digest: Arc::new(std::sync::Mutex::new(None)),
            sheet_first_row: Some(first_row),
            reply_encoding: crate::csvout::Encoding::Utf8Bom,
        });
    }
    let raw: Box<dyn Read + Send> = match input {
        Input::Stdin => Box::new(io::stdin()),
        Input::File(p) => Box::new(std::fs::File::open(p).with_context(|| format!("cannot open {}", p.display()))?),
    };
    let counter = Arc::new(AtomicU64::new(0));
    let digest = Arc::new(std::sync::Mutex::new(None));
    // Files are hashed before the import; stdin can only be hashed as it is read.
    let tap = HashOnDrop { tap: Tap::new(raw, counter.clone(), matches!(input, Input::Stdin)), out: digest.clone() };
    let mut reader = BufReader::with_capacity(128 * 1024, tap);
    let head = reader.fill_buf().with_context(|| format!("{}:1: cannot read", input.name()))?;
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
    let reader: Box<dyn BufRead + Send> =
        if encoding == "gb18030" { Box::new(BufReader::with_capacity(128 * 1024, Gb18030Reader::new(reader))) } else { Box::new(reader) };
    let reply_encoding = match (encoding, bom) {
        ("gb18030", _) => crate::csvout::Encoding::Gb18030,
        (_, true) => crate::csvout::Encoding::Utf8Bom,
        _ => crate::csvout::Encoding::Utf8,
    };
    Ok(Opened { reader, encoding, bytes_read: counter, digest, sheet_first_row: None, reply_encoding })
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
    Ok(counts.iter().max_by_key(|(_, n)| *n).filter(|(_, n)| *n > 0).map_or(b',', |(d, _)| *d))
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

    fn guarded(text: &str, limit: usize) -> Result<String, String> {
        let mut out = String::new();
        let mut g = RecordGuard::new(text.as_bytes(), limit, b',');
        // Small reads, so state is carried across them.
        let mut buf = [0u8; 3];
        loop {
            match g.read(&mut buf) {
                Ok(0) => return Ok(out),
                Ok(n) => out.push_str(std::str::from_utf8(&buf[..n]).unwrap()),
                Err(e) => return Err(e.to_string()),
            }
        }
    }

    #[test]
    fn the_record_guard_knows_where_records_end() {
        // Quoted line breaks, doubled quotes, and a literal quote inside an unquoted field.
        let fine = "a,b\n\"x\ny\",\"say \"\"hi\"\"\"\n5\" screen,z\nlong,1234567890\n";
        assert_eq!(guarded(fine, 20).as_deref(), Ok(fine));
        // A quote left open on line 2 swallows the rest.
        let open = "a,b\n\"x,1\nb,2\nc,3\nd,4\ne,5\nf,6\ng,7\n";
        let err = guarded(open, 20).unwrap_err();
        assert!(err.contains("begins on line 2") && err.contains("a quote left open"), "{err}");
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
    /// The field delimiter, given or sniffed.
    pub delimiter: u8,
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
pub type CsvReader = csv::Reader<RecordGuard<Box<dyn BufRead + Send>>>;

/// Stops a record that runs on without end: a quote left open makes the rest of the file one
/// field, which the CSV reader would hold in memory whole. Where records end is known without
/// parsing them: a quote opens a quoted field only at the start of a field, a quoted field ends
/// at a quote not doubled, and a line break outside one ends the record.
pub struct RecordGuard<R> {
    inner: R,
    limit: usize,
    delimiter: u8,
    /// Bytes since the last record ended.
    open: usize,
    quoted: bool,
    /// Bytes read before this read, and the last of them.
    offset: u64,
    prev: Option<u8>,
    /// Where the last quoted field closed (a quote right after it is an escaped one).
    closed_at: Option<u64>,
    line: u64,
    /// The line the current record began on.
    began: u64,
}

impl<R: Read> RecordGuard<R> {
    pub fn new(inner: R, limit: usize, delimiter: u8) -> RecordGuard<R> {
        RecordGuard { inner, limit, delimiter, open: 0, quoted: false, offset: 0, prev: None, closed_at: None, line: 1, began: 1 }
    }

    fn quote(&mut self, at: u64, prev: Option<u8>) {
        if self.quoted {
            self.quoted = false;
            self.closed_at = Some(at);
        } else if self.closed_at.is_some_and(|c| c + 1 == at) || prev.is_none_or(|p| p == self.delimiter || p == b'\n' || p == b'\r') {
            self.quoted = true;
        }
    }

    fn too_long(&self) -> io::Error {
        let msg = format!(
            "the record that begins on line {} runs on past line {} for over {} without ending: a quote left open? (fields may hold {} at most, --max-field)",
            self.began,
            self.line,
            super::sheet::human_bytes(self.limit as u64),
            super::sheet::human_bytes((self.limit / 16) as u64)
        );
        io::Error::new(io::ErrorKind::InvalidData, msg)
    }
}

impl<R: Read> Read for RecordGuard<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        let mut last = 0;
        for at in memchr::memchr2_iter(b'"', b'\n', &buf[..n]) {
            if buf[at] == b'"' {
                let prev = if at > 0 { Some(buf[at - 1]) } else { self.prev };
                self.quote(self.offset + at as u64, prev);
                continue;
            }
            self.line += 1;
            if !self.quoted {
                self.open = 0;
                self.began = self.line;
                last = at + 1;
            }
        }
        if n > 0 {
            self.offset += n as u64;
            self.prev = Some(buf[n - 1]);
        }
        self.open += n - last;
        if self.open > self.limit {
            return Err(self.too_long());
        }
        Ok(n)
    }
}

/// A CSV reader over an opened input, with its header row read and its records numbered. The
/// delimiter: given, `,` for a spreadsheet, tab for `.tsv`/`.tab`, else sniffed.
pub fn csv_reader(
    reader: Box<dyn BufRead + Send>,
    sheet_first_row: Option<u64>,
    name: &str,
    delimiter: Option<u8>,
) -> Result<(CsvReader, Vec<String>, LineNumbers)> {
    csv_reader_within(reader, sheet_first_row, name, delimiter, &Limits::default())
}

/// [`csv_reader`] with limits of one's own.
pub fn csv_reader_within(
    mut reader: Box<dyn BufRead + Send>,
    sheet_first_row: Option<u64>,
    name: &str,
    delimiter: Option<u8>,
    limits: &Limits,
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
    let mut csv = csv::ReaderBuilder::new().delimiter(delimiter).flexible(true).buffer_capacity(128 * 1024).from_reader(RecordGuard::new(
        reader,
        limits.record(),
        delimiter,
    ));
    let headers: Vec<String> = match csv.byte_headers() {
        Ok(h) => h.iter().map(|f| String::from_utf8_lossy(f).into_owned()).collect(),
        Err(e) => return Err(crate::error::Fail::error(format!("{name}:1: cannot read the header row: {e}")).into()),
    };
    if headers.iter().all(|h| h.trim().is_empty()) {
        return Err(crate::error::Fail::error(format!("{name}: empty file (no header row)")).into());
    }
    Ok((csv, headers, LineNumbers { crlf, sheet_first_row, delimiter }))
}
