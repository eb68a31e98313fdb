//! One table type, four renderings: comfy-table on a terminal, tab-separated plain text,
//! CSV with a header row, and (through the report's own serde) JSON.
use anyhow::Result;
use comfy_table::{presets, Attribute, Cell, ContentArrangement, Table as Comfy};
use std::io::Write;

#[derive(Debug, Clone, Default)]
pub struct Table {
    pub title: Option<String>,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// A two-column field/value listing: no header row in table or plain output.
    pub kv: bool,
    /// The rows that total the others: their first cell is mzctl's word (`total`).
    pub totals: Vec<usize>,
}

impl Table {
    pub fn new<I: IntoIterator<Item = S>, S: Into<String>>(headers: I) -> Table {
        Table { headers: headers.into_iter().map(Into::into).collect(), ..Table::default() }
    }

    /// A field/value listing.
    pub fn fields() -> Table {
        Table { headers: vec!["field".into(), "value".into()], kv: true, ..Table::default() }
    }

    pub fn title(mut self, title: impl Into<String>) -> Table {
        self.title = Some(title.into());
        self
    }

    pub fn row<I: IntoIterator<Item = S>, S: Into<String>>(&mut self, cells: I) -> &mut Table {
        self.rows.push(cells.into_iter().map(Into::into).collect());
        self
    }

    /// A row totalling the rows above, labelled by its first cell.
    pub fn total_row<I: IntoIterator<Item = S>, S: Into<String>>(&mut self, cells: I) -> &mut Table {
        self.totals.push(self.rows.len());
        self.row(cells)
    }

    /// Add a field/value pair.
    pub fn field(&mut self, name: &str, value: impl ToString) -> &mut Table {
        self.rows.push(vec![name.to_string(), value.to_string()]);
        self
    }

    /// CSV with every cell a spreadsheet would run as a formula neutralised.
    pub fn write_csv<W: Write>(&self, w: W) -> Result<()> {
        let mut out = crate::csvout::Writer::new(w);
        out.record(&self.headers)?;
        for r in &self.rows {
            out.record(r)?;
        }
        out.flush()?;
        Ok(())
    }

    pub fn write_plain<W: Write>(&self, mut w: W) -> Result<()> {
        if let Some(t) = &self.title {
            writeln!(w, "# {t}")?;
        }
        if !self.kv {
            writeln!(w, "{}", self.headers.join("\t"))?;
        }
        for r in &self.rows {
            let cells: Vec<String> = r.iter().map(|c| c.replace(['\t', '\n'], " ")).collect();
            writeln!(w, "{}", cells.join("\t"))?;
        }
        Ok(())
    }

    pub fn write_table<W: Write>(&self, mut w: W, color: bool) -> Result<()> {
        use crate::i18n;
        if let Some(t) = &self.title {
            let t = i18n::word_or_message(t);
            if color {
                writeln!(w, "\x1b[1m{t}\x1b[0m")?;
            } else {
                writeln!(w, "{t}")?;
            }
        }
        if self.rows.is_empty() && !self.kv {
            writeln!(w, "{}", crate::t!("none-rows"))?;
            return Ok(());
        }
        let mut t = Comfy::new();
        t.load_style(presets::UTF8_FULL_CONDENSED).set_content_arrangement(ContentArrangement::Dynamic);
        if color {
            t.enforce_styling();
        }
        if !self.kv {
            t.set_header(i18n::headers(&self.headers).into_iter().map(|h| {
                let c = Cell::new(h);
                if color {
                    c.add_attribute(Attribute::Bold)
                } else {
                    c
                }
            }));
        }
        // A listing's field names are its headers: named together, as a field's name can
        // depend on the others (a key beside an issuer is a signing key).
        let names = if self.kv && i18n::is_zh() {
            i18n::headers(&self.rows.iter().map(|r| r.first().cloned().unwrap_or_default()).collect::<Vec<_>>())
        } else {
            Vec::new()
        };
        for (i, r) in self.rows.iter().enumerate() {
            if !i18n::is_zh() {
                t.add_row(r);
            } else if self.kv {
                let mut r = r.clone();
                if let [name, value, ..] = r.as_mut_slice() {
                    // The value first: whether it is mzctl's word depends on the English name.
                    *value = i18n::cell(name, value);
                }
                if let (Some(name), Some(shown)) = (r.first_mut(), names.get(i)) {
                    shown.clone_into(name);
                }
                t.add_row(r);
            } else {
                let mut cells: Vec<String> = r
                    .iter()
                    .zip(self.headers.iter().map(String::as_str).chain(std::iter::repeat("")))
                    .map(|(v, h)| i18n::cell(h, v))
                    .collect();
                if self.totals.contains(&i) {
                    if let Some(first) = cells.first_mut() {
                        *first = i18n::word_or_message(first);
                    }
                }
                t.add_row(cells);
            }
        }
        writeln!(w, "{t}")?;
        Ok(())
    }
}
