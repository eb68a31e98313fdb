//! Everything the user sees: data on stdout (table, plain, csv, json), messages, progress
//! bars and prompts on stderr.
pub mod progress;
pub mod prompt;
pub mod report;
pub mod stream;
pub mod svg;
pub mod table;
pub mod xlsx;

use anyhow::Result;
use serde::Serialize;
use std::io::{IsTerminal, Write};

pub use table::Table;

/// Output format of data on stdout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Bordered tables (comfy-table): the default on a terminal.
    Table,
    /// Tab-separated, header row, no decoration: the default off a terminal.
    Plain,
    Json,
    Csv,
    /// An Excel workbook, a sheet per table (to a file, never a terminal).
    Xlsx,
}

/// How to print: chosen once from the global flags and the terminal.
#[derive(Debug, Clone)]
pub struct Output {
    pub format: Format,
    pub color: bool,
    pub quiet: bool,
    /// Show ID numbers and phones unmasked in human output.
    pub unmask: bool,
    /// The encoding of CSV output, when one was asked for (else UTF-8; an import's rejects
    /// file follows its input).
    pub csv_encoding: Option<crate::csvout::Encoding>,
    /// `--csv-headers zh`: Chinese column names in CSV and tab-separated output too.
    pub headers_zh: bool,
}

/// A command's result: serializable for `--format json`, viewable as tables for the rest.
pub trait Report: Serialize {
    /// The tables shown for table/plain output.
    fn tables(&self) -> Vec<Table>;
    /// The table `--format csv` prints: by default the first.
    fn csv(&self) -> Option<Table> {
        self.tables().into_iter().next()
    }
    /// The sheets `--format xlsx` writes: by default the tables.
    fn sheets(&self) -> Vec<Table> {
        self.tables()
    }
}

impl Output {
    pub fn new(format: Option<Format>, color: ColorWhen, quiet: bool) -> Output {
        let stdout_tty = std::io::stdout().is_terminal();
        let format = format.unwrap_or(if stdout_tty { Format::Table } else { Format::Plain });
        let color = match color {
            ColorWhen::Always => true,
            ColorWhen::Never => false,
            ColorWhen::Auto => std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stderr().is_terminal(),
        };
        Output { format, color, quiet, unmask: false, csv_encoding: None, headers_zh: false }
    }

    pub fn is_json(&self) -> bool {
        self.format == Format::Json
    }

    /// Print a report on stdout in the chosen format.
    pub fn emit<R: Report + ?Sized>(&self, report: &R) -> Result<()> {
        let stdout = std::io::stdout();
        let mut w = std::io::BufWriter::with_capacity(512 * 1024, stdout.lock());
        match self.format {
            Format::Json => {
                serde_json::to_writer_pretty(&mut w, report)?;
                writeln!(w)?;
            }
            Format::Csv => {
                if let Some(mut t) = report.csv() {
                    self.csv_headers(&mut t.headers);
                    let mut enc = crate::csvout::Encoded::new(&mut w, self.csv_encoding.unwrap_or(crate::csvout::Encoding::Utf8));
                    t.write_csv(&mut enc)?;
                    enc.flush()?;
                }
            }
            Format::Xlsx => {
                self.check_xlsx_target()?;
                w.write_all(&xlsx::workbook(&report.sheets(), "mzctl")?)?;
            }
            Format::Plain => {
                for (i, mut t) in report.tables().into_iter().enumerate() {
                    if i > 0 {
                        writeln!(w)?;
                    }
                    self.csv_headers(&mut t.headers);
                    t.write_plain(&mut w)?;
                }
            }
            Format::Table => {
                for (i, t) in report.tables().iter().enumerate() {
                    if i > 0 {
                        writeln!(w)?;
                    }
                    t.write_table(&mut w, self.color)?;
                }
            }
        }
        w.flush()?;
        Ok(())
    }

    /// Column names of CSV and tab-separated text: canonical English unless `--csv-headers zh`.
    pub fn csv_headers(&self, headers: &mut [String]) {
        if self.headers_zh {
            let zh = crate::i18n::headers_zh(headers);
            headers.clone_from_slice(&zh);
        }
    }

    /// A workbook goes to a file, never a terminal.
    fn check_xlsx_target(&self) -> Result<()> {
        if std::io::stdout().is_terminal() {
            return Err(crate::error::Fail::usage("--format xlsx writes a workbook, not text for a terminal")
                .hint("redirect it to a file: … --format xlsx > 清单.xlsx")
                .into());
        }
        Ok(())
    }

    /// A status line on stderr (suppressed by `-q`).
    pub fn status(&self, msg: &str) {
        if !self.quiet {
            eprintln!("{}", crate::i18n::localize(msg));
        }
    }

    /// A section heading on stderr, bold when colour is on (suppressed by `-q`).
    pub fn heading(&self, msg: &str) {
        if !self.quiet {
            let msg = crate::i18n::localize(msg);
            if self.color {
                eprintln!("\x1b[1m{msg}\x1b[0m");
            } else {
                eprintln!("{msg}");
            }
        }
    }

    /// Mask an ID number for human output unless `--unmask`.
    pub fn id(&self, id: &str) -> String {
        if self.unmask || self.is_machine() {
            id.to_string()
        } else {
            crate::domain::normalize::mask_id(id)
        }
    }

    /// Mask a phone number for human output unless `--unmask`.
    pub fn phone(&self, phone: &str) -> String {
        if self.unmask || self.is_machine() {
            phone.to_string()
        } else {
            crate::domain::normalize::mask_phone(phone)
        }
    }

    /// Output meant for a file (json, csv, a workbook), which `--unmask` may carry whole.
    pub fn is_file(&self) -> bool {
        matches!(self.format, Format::Json | Format::Csv | Format::Xlsx)
    }

    fn is_machine(&self) -> bool {
        matches!(self.format, Format::Json | Format::Csv)
    }
}

/// `--color` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColorWhen {
    Auto,
    Always,
    Never,
}

/// A warning on stderr (always shown: warnings are not chatter).
pub fn warn(msg: &str) {
    eprintln!("{}: {}", crate::t!("warning"), crate::i18n::localize(msg));
}
