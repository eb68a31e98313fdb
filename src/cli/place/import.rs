use crate::cli::Ctx;
use crate::error::Code;
use crate::ops::place::{self, Imported};
use crate::ui::{progress::Progress, Report, Table};
use anyhow::Result;
use clap::Args;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// CSV with a header row: code, name, aliases, pinyin, category, region, longitude,
    /// latitude, meaning, history, status, set_up_year, abolished_year (or the Chinese headers
    /// of census registers: 地名代码, 标准名称, 别名, 罗马字母拼写, 类别, 所在行政区, 东经, 北纬,
    /// 含义, 历史沿革, 使用时间, 设立年份, 废止年份); name, category and region are required
    /// (category and region may come from the code)
    pub file: PathBuf,
    /// Check every row and report; store nothing
    #[arg(short = 'n', long)]
    pub dry_run: bool,
}

pub fn run(ctx: &mut Ctx, args: ImportArgs) -> Result<Code> {
    let bar = Progress::items(None, "rows", ctx.out.quiet);
    let (report, counts) = place::import(ctx.store()?, &args.file, args.dry_run, &mut |n| bar.set(n))?;
    bar.finish();
    if !args.dry_run {
        // Audited either way: `ok`, or `ok (problems found)` with places=0 when rows were rejected.
        ctx.changed(counts);
    }
    for w in &report.warnings {
        crate::ui::warn(w);
    }
    ctx.out.emit(&report)?;
    if !report.rejected.is_empty() {
        ctx.out.status(&format!("{}: {} rows rejected; nothing imported", report.file, report.rejected.len()));
    }
    Ok(report.code())
}

impl Report for Imported {
    fn tables(&self) -> Vec<Table> {
        let mut t = Table::fields();
        t.field("file", &self.file).field("rows", self.rows).field("imported", self.imported).field("rejected", self.rejected.len());
        if self.dry_run {
            t.field("dry run", "nothing stored");
        }
        let mut rejected = Table::new(["line", "field", "message"]).title("Rejected rows");
        for r in &self.rejected {
            rejected.row([format!("{}:{}", self.file, r.line), r.field.clone(), r.message.clone()]);
        }
        if self.rejected.is_empty() {
            vec![t]
        } else {
            vec![t, rejected]
        }
    }
}
