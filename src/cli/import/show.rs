use crate::cli::Ctx;
use crate::cli::SplitBy;
use crate::db::records::BatchInfo;
use crate::domain::normalize::{mask_id, mask_phone};
use crate::domain::region::district::District;
use crate::domain::region::RegionDb;
use crate::error::Code;
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

/// A rejected row as JSON: the import's verdict and the row's values by header.
#[derive(Serialize)]
struct RejectRow<'a> {
    line: &'a str,
    field: &'a str,
    reason: &'a str,
    values: BTreeMap<&'a str, &'a str>,
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
    let (id_col, phone_col) = (file.id_col, file.phone_col);
    let masked = move |r: &mut Rejected| {
        if !unmask {
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
        let headers: Vec<String> = ["line", "field", "reason"].iter().map(|h| h.to_string()).chain(file.headers.iter().cloned()).collect();
        let out = ctx.out.clone();
        let mut stream = out.stream("退回", &headers)?;
        let names = file.headers.clone();
        file.each(&mut |mut r| {
            masked(&mut r);
            let json = RejectRow {
                line: &r.line,
                field: &r.field,
                reason: &r.reason,
                values: names.iter().map(String::as_str).zip(r.values.iter().map(String::as_str)).collect(),
            };
            let cells: Vec<&str> = [r.line.as_str(), &r.field, &r.reason].into_iter().chain(r.values.iter().map(String::as_str)).collect();
            stream.row(&cells, &json)
        })?;
        stream.finish()?
    };
    if args.unmask {
        ctx.changed([("rejects.unmasked".to_string(), if unmask { shown as i64 } else { 0 })].into());
    }
    Ok(Code::Ok)
}

/// One workbook per district, written as the rows are read: a district's rows, with the line,
/// field and reason first, in a sheet a district steward corrects and sends back.
fn split(ctx: &mut Ctx, file: &mut import::rejects::Rejects, dir: &std::path::Path, masked: &dyn Fn(&mut Rejected)) -> Result<u64> {
    crate::files::create_dir(dir)?;
    let db = RegionDb::builtin();
    let headers: Vec<String> =
        ["所属区县", "行号", "字段", "原因"].iter().map(|h| h.to_string()).chain(file.headers.iter().cloned()).collect();
    let mut books: BTreeMap<District, (xlsx::Book, u64)> = BTreeMap::new();
    let mut memo: std::collections::HashMap<String, District> = std::collections::HashMap::new();
    let region_col = file.region_col;
    let n = file.each(&mut |mut r| {
        masked(&mut r);
        let code = region_col.and_then(|c| r.values.get(c)).map_or("", |v| v.trim());
        let district = memo.entry(code.to_string()).or_insert_with(|| db.district_of(code)).clone();
        let label = district.label();
        let (book, rows) = match books.entry(district) {
            std::collections::btree_map::Entry::Occupied(e) => e.into_mut(),
            std::collections::btree_map::Entry::Vacant(e) => {
                let mut book = xlsx::Book::new();
                book.sheet("退回", &headers)?;
                e.insert((book, 0))
            }
        };
        let cells: Vec<&str> =
            [label.as_str(), &r.line, &r.field, &r.reason].into_iter().chain(r.values.iter().map(String::as_str)).collect();
        book.row(&cells)?;
        *rows += 1;
        Ok(())
    })?;
    let mut written = Vec::new();
    for (district, (book, rows)) in books {
        let path = dir.join(format!("退回清单_{}.xlsx", district.file_stem()));
        std::io::Write::write_all(&mut crate::files::create(&path)?, &book.finish()?)?;
        written.push(Written { district: district.label(), rejects: rows, file: path.display().to_string() });
    }
    ctx.out.emit(&Lists(written))?;
    Ok(n)
}
