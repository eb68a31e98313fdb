use crate::cli::Ctx;
use crate::cli::SplitBy;
use crate::db::records::BatchInfo;
use crate::domain::normalize::{mask_id, mask_phone};
use crate::domain::region::district::District;
use crate::error::Code;
use crate::ops::check::worklist::{mask_name, Locator};
use crate::ops::import;
use crate::ops::import::rejects::Rejected;
use crate::ui::{xlsx, Report, Table};
use anyhow::Result;
use clap::Args;
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// Batch id (see `mzctl import batches`)
    pub batch: i64,
    /// The rows the batch rejected, read back from its rejects file
    #[arg(long)]
    pub rejects: bool,
    /// The rejects file, when the import was given --rejects [default: FILE.rejects.csv]
    #[arg(long, value_name = "FILE", requires = "rejects")]
    pub rejects_file: Option<PathBuf>,
    /// Write one Excel workbook of rejects per district (区县) into --out DIR, to send back
    #[arg(long, value_enum, requires_all = ["rejects", "out"])]
    pub split_by: Option<SplitBy>,
    /// The directory of the workbooks
    #[arg(long, value_name = "DIR", requires = "split_by")]
    pub out: Option<PathBuf>,
    /// Keep ID numbers and phones whole in the workbooks (recorded in the audit log)
    #[arg(long, requires = "rejects")]
    pub unmask: bool,
}

#[derive(Serialize)]
#[serde(transparent)]
struct One(BatchInfo);

impl Report for One {
    fn tables(&self) -> Vec<Table> {
        vec![super::batch_table(&self.0)]
    }
}

/// The workbooks written: a row per district.
#[derive(Serialize)]
struct Written {
    district: String,
    rejects: u64,
    file: String,
}

#[derive(Serialize)]
#[serde(transparent)]
struct Lists(Vec<Written>);

impl Report for Lists {
    fn tables(&self) -> Vec<Table> {
        let mut t = Table::new(["district", "rejects", "file"]);
        for w in &self.0 {
            t.row([w.district.clone(), w.rejects.to_string(), w.file.clone()]);
        }
        t.row(["合计".to_string(), self.0.iter().map(|w| w.rejects).sum::<u64>().to_string(), String::new()]);
        vec![t]
    }
}

/// A rejected row as JSON: the import's verdict, the row's values by header, and where it goes.
#[derive(Serialize)]
struct RejectRow<'a> {
    line: &'a str,
    field: &'a str,
    reason: &'a str,
    values: BTreeMap<&'a str, &'a str>,
    district: &'a str,
    street: &'a str,
    name: &'a str,
}

/// Where a rejected row goes: its district today and the street its address names (from the
/// row's own region code and address, as the import read them), and the person's name.
struct Placed {
    group: District,
    district: String,
    street: String,
    name: String,
}

/// The columns of a rejects file that place a row: region code, address, name.
#[derive(Clone, Copy)]
struct PlaceCols(Option<usize>, Option<usize>, Option<usize>);

impl PlaceCols {
    fn of(file: &import::rejects::Rejects) -> PlaceCols {
        PlaceCols(file.region_col, file.address_col, file.name_col)
    }

    fn place(self, locator: &mut Locator, r: &Rejected) -> Placed {
        let value = |col: Option<usize>| col.and_then(|c| r.values.get(c)).map_or("", |v| v.trim());
        let code = value(self.0);
        let group = locator.district(code);
        let street = locator.street(&group, code, value(self.1));
        Placed { district: group.label(), street, name: value(self.2).to_string(), group }
    }
}

pub fn run(ctx: &mut Ctx, args: ShowArgs) -> Result<Code> {
    let b = import::batch(ctx.store()?, args.batch)?;
    if !args.rejects {
        ctx.out.emit(&One(b))?;
        return Ok(Code::Ok);
    }
    let mut file = import::rejects::open(&b, args.rejects_file.as_deref())?;
    // As with findings: whole numbers only in files, and only when asked.
    let unmask = args.unmask
        && (args.split_by.is_some()
            || matches!(ctx.out.format, crate::ui::Format::Json | crate::ui::Format::Csv | crate::ui::Format::Xlsx));
    let (id_col, phone_col, name_col) = (file.id_col, file.phone_col, file.name_col);
    let masked = move |r: &mut Rejected| {
        if !unmask {
            if let Some(v) = name_col.and_then(|c| r.values.get_mut(c)) {
                *v = mask_name(v);
            }
            if let Some(v) = id_col.and_then(|c| r.values.get_mut(c)) {
                *v = mask_id(v);
            }
            if let Some(v) = phone_col.and_then(|c| r.values.get_mut(c)) {
                *v = mask_phone(v);
            }
        }
    };
    let shown = if let (Some(SplitBy::District), Some(dir)) = (args.split_by, args.out.as_deref()) {
        split(ctx, &mut file, dir, &masked)?
    } else {
        // The row's own columns first, as the import wrote them; where it goes after them.
        let headers: Vec<String> = ["line", "field", "reason"]
            .iter()
            .map(|h| h.to_string())
            .chain(file.headers.iter().cloned())
            .chain(["district", "street"].map(String::from))
            .collect();
        let out = ctx.out.clone();
        let mut stream = out.stream("退回", &headers)?;
        let names = file.headers.clone();
        let mut locator = Locator::new();
        let cols = PlaceCols::of(&file);
        file.each(&mut |mut r| {
            masked(&mut r);
            let p = cols.place(&mut locator, &r);
            let json = RejectRow {
                line: &r.line,
                field: &r.field,
                reason: &r.reason,
                values: names.iter().map(String::as_str).zip(r.values.iter().map(String::as_str)).collect(),
                district: &p.district,
                street: &p.street,
                name: &p.name,
            };
            let cells: Vec<&str> = [r.line.as_str(), &r.field, &r.reason]
                .into_iter()
                .chain(r.values.iter().map(String::as_str))
                .chain([p.district.as_str(), &p.street])
                .collect();
            stream.row(&cells, &json)
        })?;
        stream.finish()?
    };
    if args.unmask {
        ctx.changed([("rejects.unmasked".to_string(), if unmask { shown as i64 } else { 0 })].into());
    }
    Ok(Code::Ok)
}

/// One workbook per district, written as the rows are read: a district's rows, with where
/// they go and whom they are about, then the line, field and reason, in a sheet a district
/// steward corrects and sends back.
fn split(ctx: &mut Ctx, file: &mut import::rejects::Rejects, dir: &std::path::Path, masked: &dyn Fn(&mut Rejected)) -> Result<u64> {
    crate::files::create_dir(dir)?;
    let headers: Vec<String> = ["所属区县", "街道(乡镇)", "姓名", "行号", "字段", "原因"]
        .iter()
        .map(|h| h.to_string())
        .chain(file.headers.iter().cloned())
        .collect();
    let mut books: BTreeMap<District, (xlsx::Book, u64)> = BTreeMap::new();
    let mut locator = Locator::new();
    let cols = PlaceCols::of(file);
    let n = file.each(&mut |mut r| {
        masked(&mut r);
        let p = cols.place(&mut locator, &r);
        let (book, rows) = match books.entry(p.group) {
            std::collections::btree_map::Entry::Occupied(e) => e.into_mut(),
            std::collections::btree_map::Entry::Vacant(e) => {
                let mut book = xlsx::Book::new();
                book.sheet("退回", &headers)?;
                e.insert((book, 0))
            }
        };
        let cells: Vec<&str> = [p.district.as_str(), &p.street, &p.name, &r.line, &r.field, &r.reason]
            .into_iter()
            .chain(r.values.iter().map(String::as_str))
            .collect();
        book.row(&cells)?;
        *rows += 1;
        Ok(())
    })?;
    let mut written = Vec::new();
    for (district, (book, rows)) in books {
        let path = dir.join(format!("退回清单_{}.xlsx", district.file_stem()));
        book.save(crate::files::create(&path)?)?;
        written.push(Written { district: district.label(), rejects: rows, file: path.display().to_string() });
    }
    ctx.out.emit(&Lists(written))?;
    Ok(n)
}
