use super::{code_arg, years, LevelArg};
use crate::cli::Ctx;
use crate::domain::region::Version;
use crate::error::Code;
use crate::ops::region;
use crate::ui::{Report, Table};
use anyhow::Result;
use clap::Args;
use serde::Serialize;

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only units directly under this code
    #[arg(long, value_name = "CODE", value_parser = code_arg)]
    pub parent: Option<String>,
    /// Only units of this level
    #[arg(long, value_enum)]
    pub level: Option<LevelArg>,
    /// Units in use in this year (or date) [default: today]
    #[arg(long, value_name = "YEAR", value_parser = super::at_year)]
    pub at: Option<i32>,
}

#[derive(Serialize)]
#[serde(transparent)]
struct Units(Vec<Version>);

impl Report for Units {
    fn tables(&self) -> Vec<Table> {
        let mut t = Table::new(["code", "name", "level", "parent_code", "years"]);
        for v in &self.0 {
            t.row([
                v.code.clone(),
                v.name.clone(),
                v.level.to_string(),
                v.parent_code.clone().unwrap_or_default(),
                years(v.valid_from, v.valid_to),
            ]);
        }
        vec![t]
    }
}

pub fn run(ctx: &mut Ctx, args: ListArgs) -> Result<Code> {
    let units = region::list(args.level.map(Into::into), args.parent.as_deref(), args.at);
    ctx.out.emit(&Units(units))?;
    Ok(Code::Ok)
}
