//! CSV output in UTF-8 or GB18030 (GBK-compatible), as government exports come.
use crate::csvout::Encoded;
use anyhow::Result;
use std::io;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Gb18030,
}

impl From<Encoding> for crate::csvout::Encoding {
    fn from(e: Encoding) -> crate::csvout::Encoding {
        match e {
            Encoding::Utf8 => crate::csvout::Encoding::Utf8,
            Encoding::Gb18030 => crate::csvout::Encoding::Gb18030,
        }
    }
}

pub type CsvOut = csv::Writer<Encoded<io::BufWriter<std::fs::File>>>;

/// Create a CSV file with a header row. Seeded files are inputs to import, defects and all:
/// their values go out verbatim, not neutralised as a steward's exports are.
pub fn create(path: &std::path::Path, encoding: Encoding, headers: &[&str]) -> Result<CsvOut> {
    let file = crate::files::create(path)?;
    let mut w = csv::WriterBuilder::new().from_writer(Encoded::new(io::BufWriter::with_capacity(256 * 1024, file), encoding.into()));
    w.write_record(headers)?;
    Ok(w)
}
