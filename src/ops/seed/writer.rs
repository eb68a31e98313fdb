//! CSV output in UTF-8 or GB18030 (GBK-compatible), as government exports come.
use anyhow::Result;
use encoding_rs::GB18030;
use std::io::{self, Write};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Gb18030,
}

/// A `Write` that takes UTF-8 and writes it re-encoded, in chunks that end on a character boundary.
pub struct Encoded<W: Write> {
    inner: W,
    encoding: Encoding,
    pending: Vec<u8>,
}

impl<W: Write> Encoded<W> {
    pub fn new(inner: W, encoding: Encoding) -> Encoded<W> {
        Encoded { inner, encoding, pending: Vec::with_capacity(64 * 1024) }
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
}

impl<W: Write> Write for Encoded<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.encoding == Encoding::Utf8 {
            return self.inner.write(buf);
        }
        self.pending.extend_from_slice(buf);
        if self.pending.len() >= 64 * 1024 {
            self.drain(false)?;
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if self.encoding == Encoding::Gb18030 {
            self.drain(true)?;
        }
        self.inner.flush()
    }
}

pub type CsvOut = csv::Writer<Encoded<io::BufWriter<std::fs::File>>>;

/// Create a CSV file with a header row.
pub fn create(path: &std::path::Path, encoding: Encoding, headers: &[&str]) -> Result<CsvOut> {
    let file = crate::files::create(path)?;
    let mut w = csv::WriterBuilder::new().from_writer(Encoded::new(io::BufWriter::with_capacity(256 * 1024, file), encoding));
    w.write_record(headers)?;
    Ok(w)
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
        let (back, _, bad) = GB18030.decode(&out.inner);
        assert!(!bad);
        assert_eq!(back, text);
        assert!(out.inner.len() < text.len(), "two bytes a character, not three");
    }
}
