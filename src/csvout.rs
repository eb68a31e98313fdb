//! CSV as the people who open it need it: in the encoding their Excel or WPS reads (UTF-8 with a
//! BOM, or GB18030 on a Chinese Windows), and with values that a spreadsheet would run as a
//! formula neutralised, OWASP's way: a leading apostrophe, which Excel shows nowhere and which
//! an import into mzctl takes off again, so the database keeps the value as it came.
use encoding_rs::GB18030;
use std::borrow::Cow;
use std::io::{self, Write};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    /// UTF-8 behind a byte-order mark: Excel on Windows then reads UTF-8 instead of the ANSI
    /// code page.
    Utf8Bom,
    Gb18030,
}

impl Encoding {
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Utf8Bom => "utf-8-bom",
            Encoding::Gb18030 => "gb18030",
        }
    }
}

/// A `Write` that takes UTF-8 and writes it in `encoding`, re-encoded in chunks that end on a
/// character boundary; the BOM, when there is one, goes first.
pub struct Encoded<W: Write> {
    inner: W,
    encoding: Encoding,
    pending: Vec<u8>,
    bom_due: bool,
}

impl<W: Write> Encoded<W> {
    pub fn new(inner: W, encoding: Encoding) -> Encoded<W> {
        Encoded { inner, encoding, pending: Vec::new(), bom_due: encoding == Encoding::Utf8Bom }
    }

    /// Appending to a file that already has its BOM.
    pub fn continuing(inner: W, encoding: Encoding) -> Encoded<W> {
        Encoded { bom_due: false, ..Encoded::new(inner, encoding) }
    }

    fn drain(&mut self, all: bool) -> io::Result<()> {
        let valid = match std::str::from_utf8(&self.pending) {
            Ok(_) => self.pending.len(),
            Err(e) if e.error_len().is_none() && !all => e.valid_up_to(),
            Err(_) => return Err(io::Error::new(io::ErrorKind::InvalidData, "invalid UTF-8 in CSV output")),
        };
        let text = std::str::from_utf8(&self.pending[..valid]).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?;
        let (bytes, _, _) = GB18030.encode(text);
        self.inner.write_all(&bytes)?;
        self.pending.drain(..valid);
        Ok(())
    }

    #[cfg(test)]
    fn into_inner(self) -> W {
        self.inner
    }
}

impl<W: Write> Write for Encoded<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.bom_due {
            self.inner.write_all(b"\xEF\xBB\xBF")?;
            self.bom_due = false;
        }
        if self.encoding != Encoding::Gb18030 {
            return self.inner.write(buf);
        }
        self.pending.extend_from_slice(buf);
        if self.pending.len() >= 64 * 1024 {
            self.drain(false)?;
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if self.bom_due {
            self.inner.write_all(b"\xEF\xBB\xBF")?;
            self.bom_due = false;
        }
        if self.encoding == Encoding::Gb18030 {
            self.drain(true)?;
        }
        self.inner.flush()
    }
}

/// What starts a formula in Excel, WPS or LibreOffice.
fn formula_lead(b: u8) -> bool {
    matches!(b, b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r')
}

/// A signed number (`-12.50`, `+8613800138000`) is data, not a formula.
fn is_number(v: &[u8]) -> bool {
    let digits = v.strip_prefix(b"+").or_else(|| v.strip_prefix(b"-")).unwrap_or(v);
    let (int, frac) = match digits.iter().position(|&c| c == b'.') {
        Some(i) => (&digits[..i], &digits[i + 1..]),
        None => (digits, &[][..]),
    };
    !int.is_empty() && int.iter().all(u8::is_ascii_digit) && frac.iter().all(u8::is_ascii_digit)
}

/// [`neutralise`] for a value still in bytes.
pub fn neutralise_bytes(v: &[u8]) -> Cow<'_, [u8]> {
    if guarded(v) {
        Cow::Owned([b"'", v].concat())
    } else {
        Cow::Borrowed(v)
    }
}

/// Whether a spreadsheet could take the value for a formula: it starts like one and is neither
/// a signed number nor the lone `-` that stands for "none" (which Excel keeps as text).
fn guarded(v: &[u8]) -> bool {
    matches!(v.first(), Some(&b) if formula_lead(b)) && v != b"-" && !is_number(v)
}

/// The value as a CSV cell should hold it: with an apostrophe in front when a spreadsheet would
/// take it for a formula.
pub fn neutralise(v: &str) -> Cow<'_, str> {
    if guarded(v.as_bytes()) {
        Cow::Owned(format!("'{v}"))
    } else {
        Cow::Borrowed(v)
    }
}

/// The value a neutralised cell stood for: an import reads back what [`neutralise`] wrote.
pub fn restore(v: &str) -> &str {
    match v.as_bytes() {
        [b'\'', b, ..] if formula_lead(*b) => &v[1..],
        _ => v,
    }
}

/// A CSV writer whose every record is neutralised on the way out.
pub struct Writer<W: Write> {
    out: csv::Writer<W>,
}

impl<W: Write> Writer<W> {
    pub fn new(w: W) -> Writer<W> {
        Writer { out: csv::WriterBuilder::new().flexible(true).from_writer(w) }
    }

    pub fn record<I, S>(&mut self, cells: I) -> csv::Result<()>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        for c in cells {
            self.out.write_field(neutralise(c.as_ref()).as_bytes())?;
        }
        self.out.write_record(None::<&[u8]>)
    }

    pub fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gb18030_round_trips_across_chunk_boundaries() {
        let text = "姓名,住址\n".repeat(20_000) + "广州市天河区";
        let mut out = Encoded::new(Vec::new(), Encoding::Gb18030);
        for chunk in text.as_bytes().chunks(7) {
            out.write_all(chunk).unwrap();
        }
        out.flush().unwrap();
        let bytes = out.into_inner();
        let (back, _, bad) = GB18030.decode(&bytes);
        assert!(!bad);
        assert_eq!(back, text);
        assert!(bytes.len() < text.len(), "two bytes a character, not three");
    }

    #[test]
    fn the_bom_goes_first_and_once() {
        let mut out = Encoded::new(Vec::new(), Encoding::Utf8Bom);
        out.write_all("姓名\n".as_bytes()).unwrap();
        out.write_all("张三\n".as_bytes()).unwrap();
        out.flush().unwrap();
        assert_eq!(out.into_inner(), "\u{feff}姓名\n张三\n".as_bytes());
        let mut empty = Encoded::new(Vec::new(), Encoding::Utf8Bom);
        empty.flush().unwrap();
        assert_eq!(empty.into_inner(), b"\xEF\xBB\xBF", "an empty file is still marked");
        let mut appended = Encoded::continuing(Vec::new(), Encoding::Utf8Bom);
        appended.write_all(b"x").unwrap();
        assert_eq!(appended.into_inner(), b"x");
    }

    #[test]
    fn formulas_are_neutralised_and_numbers_left_alone() {
        for (v, want) in [
            ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
            ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
            ("-2+3", "'-2+3"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            ("--", "'--"),
            ("-", "-"),
            ("-12.50", "-12.50"),
            ("+8613800138000", "+8613800138000"),
            ("12", "12"),
            ("广州=1", "广州=1"),
            ("", ""),
        ] {
            assert_eq!(neutralise(v), want, "{v:?}");
            assert_eq!(restore(&neutralise(v)), v, "{v:?} round trip");
        }
        assert_eq!(restore("'plain"), "'plain", "an apostrophe before anything else is data");
    }

    #[test]
    fn the_writer_neutralises_every_cell() {
        let mut w = Writer::new(Vec::new());
        w.record(["=1+1", "-5", "a,b"]).unwrap();
        w.flush().unwrap();
        let bytes = w.out.into_inner().unwrap();
        assert_eq!(String::from_utf8(bytes).unwrap(), "'=1+1,-5,\"a,b\"\n");
    }
}
