//! Tables as Excel workbooks: one sheet per table, the header row frozen and filtered, columns
//! sized to what they hold, and cells typed the way a steward needs them — codes, ID numbers
//! and phones as text (Excel would turn `440102194901010011` into `4.40102E+17`), amounts as
//! numbers with two decimals, dates as dates. Rows are written in order in constant-memory mode.
use super::table::Table;
use anyhow::Result;
use rust_xlsxwriter::{ExcelDateTime, Format, FormatAlign, Workbook};

/// Excel's last row (1,048,576): a longer table goes on in a second sheet.
const MAX_ROWS: usize = 1_048_575;

/// A cell as it goes into the sheet.
#[derive(Debug, Clone, PartialEq)]
enum Cell<'a> {
    Text(&'a str),
    Integer(f64),
    Amount(f64),
    Date(u16, u8, u8),
}

/// Columns whose values are identifiers, whatever digits they hold.
fn is_code_column(header: &str) -> bool {
    let h = header.to_ascii_lowercase();
    ["id", "key", "code", "phone", "uscc", "number", "holder", "identifier", "serial", "ip", "value"]
        .iter()
        .any(|k| h == *k || h.ends_with(&format!("_{k}")) || h.starts_with(&format!("{k}_")))
        || ["号码", "代码", "编号", "电话", "身份证", "证件"].iter().any(|k| header.contains(k))
        // A work list's Chinese headers for `key` and `value`: record data, kept as written.
        || matches!(header, "键" | "值")
}

/// What a value reads as, in a column that is not a code column: an integer small enough to be
/// a count, a decimal amount, an ISO date, or text.
fn typed<'a>(header: &str, v: &'a str) -> Cell<'a> {
    if v.is_empty() || is_code_column(header) {
        return Cell::Text(v);
    }
    let b = v.as_bytes();
    if b.len() == 10 && b[4] == b'-' && b[7] == b'-' {
        if let Ok(d) = v.parse::<jiff::civil::Date>() {
            return Cell::Date(d.year() as u16, d.month() as u8, d.day() as u8);
        }
    }
    let digits = v.strip_prefix('-').unwrap_or(v);
    let plain = !digits.is_empty() && digits.len() <= 15 && !(digits.len() > 1 && digits.starts_with('0'));
    if plain && digits.bytes().all(|c| c.is_ascii_digit()) {
        return v.parse().map_or(Cell::Text(v), Cell::Integer);
    }
    if let Some((int, frac)) = digits.split_once('.') {
        let ok = !int.is_empty() && int.len() <= 13 && !(int.len() > 1 && int.starts_with('0')) && frac.len() <= 2 && !frac.is_empty();
        if ok && int.bytes().chain(frac.bytes()).all(|c| c.is_ascii_digit()) {
            return v.parse().map_or(Cell::Text(v), Cell::Amount);
        }
    }
    Cell::Text(v)
}

/// Display width of a value: CJK characters take two columns.
fn width(v: &str) -> usize {
    v.chars().map(|c| if (c as u32) >= 0x1100 { 2 } else { 1 }).sum()
}

/// A value that a spreadsheet would run as a formula is kept as text: Excel and WPS take a
/// text cell as it is, so nothing needs prefixing here (CSV is another matter).
struct Formats {
    header: Format,
    amount: Format,
    date: Format,
    text: Format,
}

impl Formats {
    fn new() -> Formats {
        Formats {
            header: Format::new().set_bold().set_background_color("#DDEBF7").set_align(FormatAlign::Center),
            amount: Format::new().set_num_format("#,##0.00"),
            date: Format::new().set_num_format("yyyy-mm-dd"),
            text: Format::new().set_num_format("@"),
        }
    }
}

/// Sheet names: at most 31 characters, none of `[]:*?/\`, unique in the workbook.
fn sheet_name(title: &str, taken: &[String]) -> String {
    let clean: String = title.chars().map(|c| if "[]:*?/\\".contains(c) { '_' } else { c }).take(28).collect();
    let clean = if clean.trim().is_empty() { "Sheet".to_string() } else { clean };
    let mut name = clean.clone();
    let mut n = 2;
    while taken.iter().any(|t| t.eq_ignore_ascii_case(&name)) {
        name = format!("{clean}_{n}");
        n += 1;
    }
    name
}

/// Row `r` of `sheet`, each cell typed by its column; `widths` grow with what they hold.
fn write_row<S: AsRef<str>>(
    sheet: &mut rust_xlsxwriter::Worksheet,
    f: &Formats,
    r: u32,
    headers: &[String],
    widths: &mut [usize],
    cells: &[S],
) -> Result<()> {
    for (c, v) in cells.iter().enumerate() {
        let v = v.as_ref();
        if let Some(w) = widths.get_mut(c) {
            *w = (*w).max(width(v)).min(60);
        }
        let col = c as u16;
        match typed(headers.get(c).map_or("", String::as_str), v) {
            Cell::Text("") => {}
            Cell::Text(s) => {
                let s = crate::i18n::cell(headers.get(c).map_or("", String::as_str), s);
                sheet.write_string_with_format(r, col, s, &f.text)?;
            }
            Cell::Integer(n) => {
                sheet.write_number(r, col, n)?;
            }
            Cell::Amount(n) => {
                sheet.write_number_with_format(r, col, n, &f.amount)?;
            }
            Cell::Date(y, m, d) => {
                sheet.write_datetime_with_format(r, col, ExcelDateTime::from_ymd(y, m, d)?, &f.date)?;
            }
        }
    }
    Ok(())
}

/// A workbook written a row at a time, in constant memory: rows go to the current sheet, which
/// goes on in a new sheet (`title_2`, …) past Excel's row limit; columns are sized by what they
/// held once a sheet is done.
pub struct Book {
    book: Workbook,
    f: Formats,
    taken: Vec<String>,
    max_rows: usize,
    /// The sheet being written: its index, title, headers, column widths and rows so far.
    sheet: Option<(usize, String, Vec<String>, Vec<usize>, usize)>,
}

impl Default for Book {
    fn default() -> Book {
        Book::new()
    }
}

impl Book {
    pub fn new() -> Book {
        Book { book: Workbook::new(), f: Formats::new(), taken: Vec::new(), max_rows: MAX_ROWS, sheet: None }
    }

    /// Start a sheet with a frozen, filtered header row.
    pub fn sheet(&mut self, title: &str, headers: &[String]) -> Result<()> {
        self.end_sheet()?;
        let name = sheet_name(&crate::i18n::word_or_message(title), &self.taken);
        self.taken.push(name.clone());
        let sheet = self.book.add_worksheet_with_constant_memory()?;
        sheet.set_name(&name)?;
        let shown = crate::i18n::headers(headers);
        for (c, h) in shown.iter().enumerate() {
            sheet.write_string_with_format(0, c as u16, h, &self.f.header)?;
        }
        let index = self.book.worksheets_mut().len() - 1;
        self.sheet = Some((index, title.to_string(), headers.to_vec(), shown.iter().map(|h| width(h).max(4)).collect(), 0));
        Ok(())
    }

    /// One row of the current sheet, each cell typed by its column.
    pub fn row<S: AsRef<str>>(&mut self, cells: &[S]) -> Result<()> {
        let Some((_, title, headers, _, rows)) = &self.sheet else {
            anyhow::bail!("a row before any sheet");
        };
        if *rows >= self.max_rows {
            let (title, headers) = (title.clone(), headers.clone());
            self.sheet(&title, &headers)?;
        }
        let (index, _, headers, widths, rows) = self.sheet.as_mut().expect("a sheet");
        let sheet = self.book.worksheet_from_index(*index)?;
        *rows += 1;
        write_row(sheet, &self.f, *rows as u32, headers, widths, cells)
    }

    /// Set a sheet aside here, to be filled once the rest is written ([`Book::fill`]): a
    /// summary counted while the list streams, shown first. Held in memory: keep it short.
    pub fn reserve(&mut self, title: &str) -> Result<usize> {
        self.end_sheet()?;
        let name = sheet_name(&crate::i18n::word_or_message(title), &self.taken);
        self.taken.push(name.clone());
        self.book.add_worksheet().set_name(&name)?;
        Ok(self.book.worksheets_mut().len() - 1)
    }

    /// Fill a sheet set aside with [`Book::reserve`]: a frozen, filtered header row and `rows`.
    pub fn fill<S: AsRef<str>>(&mut self, index: usize, headers: &[String], rows: &[Vec<S>]) -> Result<()> {
        let sheet = self.book.worksheet_from_index(index)?;
        let shown = crate::i18n::headers(headers);
        let mut widths: Vec<usize> = shown.iter().map(|h| width(h).max(4)).collect();
        for (c, h) in shown.iter().enumerate() {
            sheet.write_string_with_format(0, c as u16, h, &self.f.header)?;
        }
        for (r, cells) in rows.iter().enumerate() {
            write_row(sheet, &self.f, r as u32 + 1, headers, &mut widths, cells)?;
        }
        for (c, w) in widths.iter().enumerate() {
            sheet.set_column_width(c as u16, *w as f64 + 2.0)?;
        }
        sheet.set_freeze_panes(1, 0)?;
        sheet.autofilter(0, 0, rows.len() as u32, headers.len().max(1) as u16 - 1)?;
        Ok(())
    }

    /// Write the workbook to `w` (a file: the finished workbook is not held in memory).
    pub fn save<W: std::io::Write + Send>(mut self, w: W) -> Result<()> {
        self.end_sheet()?;
        Ok(self.book.save_to_writer(w)?)
    }

    fn end_sheet(&mut self) -> Result<()> {
        if let Some((index, _, headers, widths, rows)) = self.sheet.take() {
            let sheet = self.book.worksheet_from_index(index)?;
            for (c, w) in widths.iter().enumerate() {
                sheet.set_column_width(c as u16, *w as f64 + 2.0)?;
            }
            sheet.set_freeze_panes(1, 0)?;
            sheet.autofilter(0, 0, rows as u32, headers.len().max(1) as u16 - 1)?;
        }
        Ok(())
    }

    /// The workbook's bytes.
    pub fn finish(mut self) -> Result<Vec<u8>> {
        self.end_sheet()?;
        Ok(self.book.save_to_buffer()?)
    }
}

/// The tables as one workbook, a sheet each (titled by the table, else `name`); a table past
/// Excel's row limit goes on in sheets `name_2`, `name_3` ….
pub fn workbook(tables: &[Table], name: &str) -> Result<Vec<u8>> {
    let mut book = Book::new();
    for (i, t) in tables.iter().enumerate() {
        let title = t.title.clone().unwrap_or_else(|| if i == 0 { name.to_string() } else { format!("{name}{}", i + 1) });
        book.sheet(&title, &t.headers)?;
        for (r, row) in t.rows.iter().enumerate() {
            if t.totals.contains(&r) {
                let mut row = row.clone();
                if let Some(first) = row.first_mut() {
                    *first = crate::i18n::word_or_message(first);
                }
                book.row(&row)?;
            } else {
                book.row(row)?;
            }
        }
    }
    book.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_typed_as_a_steward_needs_them() {
        assert_eq!(typed("id_number", "440102194901010011"), Cell::Text("440102194901010011"));
        assert_eq!(typed("key", "12"), Cell::Text("12"));
        assert_eq!(typed("region_code", "440103"), Cell::Text("440103"));
        assert_eq!(typed("findings", "1234"), Cell::Integer(1234.0));
        assert_eq!(typed("amount", "-12.50"), Cell::Amount(-12.5));
        assert_eq!(typed("started", "2026-06-30"), Cell::Date(2026, 6, 30));
        assert_eq!(typed("count", "007"), Cell::Text("007"), "a leading zero is a code");
        assert_eq!(typed("message", "=cmd|' /C calc'!A0"), Cell::Text("=cmd|' /C calc'!A0"));
        assert_eq!(typed("n", "1234567890123456"), Cell::Text("1234567890123456"), "more digits than Excel keeps");
        assert!(is_code_column("公民身份号码"));
    }

    #[test]
    fn a_table_past_the_row_limit_goes_on_in_the_next_sheet() {
        let mut book = Book { max_rows: 2, ..Book::new() };
        book.sheet("清单", &["id".to_string()]).unwrap();
        for i in 0..5 {
            book.row(&[i.to_string()]).unwrap();
        }
        book.sheet("汇总", &["n".to_string()]).unwrap();
        let names: Vec<_> = book.book.worksheets().iter().map(|w| w.name()).collect();
        assert_eq!(names, ["清单", "清单_2", "清单_3", "汇总"]);
        assert!(!book.finish().unwrap().is_empty());
    }

    #[test]
    fn sheet_names_are_legal_and_unique() {
        assert_eq!(sheet_name("a/b:c", &[]), "a_b_c");
        assert_eq!(sheet_name("rules", &["Rules".into()]), "rules_2");
    }
}
