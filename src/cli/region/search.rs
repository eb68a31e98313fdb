use super::years;
use crate::cli::Ctx;
use crate::error::{Code, Fail};
use crate::ops::region::{self, Hit};
use crate::ui::{Report, Table};
use anyhow::Result;
use clap::Args;
use serde::Serialize;

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// A name (天河区), short name (广州), part of a name, full pinyin (guangzhou) or initials (gz)
    pub text: String,
    /// Units in use in this year (or date) [default: today]
    #[arg(long, value_name = "YEAR", value_parser = super::at_year)]
    pub at: Option<i32>,
    /// At most this many hits, best first (0 = all)
    #[arg(long, default_value_t = 20, value_name = "N")]
    pub limit: usize,
}

#[derive(Serialize)]
#[serde(transparent)]
struct Hits(Vec<Hit>);

impl Report for Hits {
    fn tables(&self) -> Vec<Table> {
        let mut t = Table::new(["code", "name", "level", "path", "years"]);
        for h in &self.0 {
            t.row([h.code.clone(), h.name.clone(), h.level.to_string(), h.path.clone(), years(h.valid_from, h.valid_to)]);
        }
        vec![t]
    }
}

pub fn run(ctx: &mut Ctx, args: SearchArgs) -> Result<Code> {
    if args.text.trim().is_empty() {
        return Err(Fail::usage("the search text is empty").into());
    }
    let hits = region::search(&args.text, args.at, args.limit);
    if hits.is_empty() {
        ctx.out.status(&format!("nothing matches {:?}", args.text));
    }
    ctx.out.emit(&Hits(hits))?;
    Ok(Code::Ok)
}
