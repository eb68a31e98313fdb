//! A table written as its rows arrive, for lists that may run to millions of rows (a run's
//! findings): CSV, tab-separated text, JSON and xlsx go out row by row in flat memory; only a
//! terminal table, which nobody reads a million rows of, is collected first.
use super::{xlsx, Format, Output, Table};
use anyhow::Result;
use serde::Serialize;
use std::io::{BufWriter, Stdout, Write};

enum Sink {
    Plain(BufWriter<Stdout>),
    Csv(crate::csvout::Writer<crate::csvout::Encoded<BufWriter<Stdout>>>),
    Json { w: BufWriter<Stdout>, first: bool },
    Xlsx(Box<xlsx::Book>),
    Table(Table, bool),
}

/// Rows on their way to stdout; [`TableStream::finish`] ends the document.
pub struct TableStream {
    sink: Sink,
    rows: u64,
}

fn stdout() -> BufWriter<Stdout> {
    BufWriter::with_capacity(512 * 1024, std::io::stdout())
}

impl Output {
    /// Start streaming a table titled `title` (the sheet's name in a workbook).
    pub fn stream<S: AsRef<str>>(&self, title: &str, headers: &[S]) -> Result<TableStream> {
        let headers: Vec<String> = headers.iter().map(|h| h.as_ref().to_string()).collect();
        let mut named = headers.clone();
        self.csv_headers(&mut named);
        let sink = match self.format {
            Format::Plain => {
                let mut w = stdout();
                writeln!(w, "{}", named.join("\t"))?;
                Sink::Plain(w)
            }
            Format::Csv => {
                let enc = self.csv_encoding.unwrap_or(crate::csvout::Encoding::Utf8);
                let mut w = crate::csvout::Writer::new(crate::csvout::Encoded::new(stdout(), enc));
                w.record(&named)?;
                Sink::Csv(w)
            }
            Format::Json => Sink::Json { w: stdout(), first: true },
            Format::Xlsx => {
                self.check_xlsx_target()?;
                let mut book = xlsx::Book::new();
                book.sheet(title, &headers)?;
                Sink::Xlsx(Box::new(book))
            }
            Format::Table => Sink::Table(Table::new(headers), self.color),
        };
        Ok(TableStream { sink, rows: 0 })
    }
}

impl TableStream {
    /// One row: `cells` for the tabular formats, `item` for JSON.
    pub fn row<S: AsRef<str>, T: Serialize>(&mut self, cells: &[S], item: &T) -> Result<()> {
        self.rows += 1;
        match &mut self.sink {
            Sink::Plain(w) => {
                for (i, c) in cells.iter().enumerate() {
                    if i > 0 {
                        w.write_all(b"\t")?;
                    }
                    w.write_all(c.as_ref().replace(['\t', '\n'], " ").as_bytes())?;
                }
                w.write_all(b"\n")?;
            }
            Sink::Csv(w) => w.record(cells.iter().map(AsRef::as_ref))?,
            Sink::Json { w, first } => {
                // As serde_json pretty-prints a whole array: each element indented two spaces.
                w.write_all(if *first { b"[\n" } else { b",\n" })?;
                *first = false;
                let text = serde_json::to_string_pretty(item)?;
                for (i, line) in text.lines().enumerate() {
                    if i > 0 {
                        w.write_all(b"\n")?;
                    }
                    w.write_all(b"  ")?;
                    w.write_all(line.as_bytes())?;
                }
            }
            Sink::Xlsx(book) => book.row(cells)?,
            Sink::Table(t, _) => {
                t.row(cells.iter().map(|c| c.as_ref().to_string()));
            }
        }
        Ok(())
    }

    /// End the document; the number of rows written.
    pub fn finish(self) -> Result<u64> {
        match self.sink {
            Sink::Plain(mut w) => w.flush()?,
            Sink::Csv(mut w) => w.flush()?,
            Sink::Json { mut w, first } => {
                w.write_all(if first { b"[]\n" } else { b"\n]\n" })?;
                w.flush()?;
            }
            Sink::Xlsx(book) => {
                let mut w = stdout();
                w.write_all(&book.finish()?)?;
                w.flush()?;
            }
            Sink::Table(t, color) => {
                let mut w = stdout();
                t.write_table(&mut w, color)?;
                w.flush()?;
            }
        }
        Ok(self.rows)
    }
}
