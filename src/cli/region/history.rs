use super::{code_arg, years};
use crate::cli::Ctx;
use crate::error::Code;
use crate::ops::region::{self, History};
use crate::ui::{Report, Table};
use anyhow::Result;
use clap::Args;

#[derive(Debug, Args)]
pub struct HistoryArgs {
    /// A 6-, 9- or 12-digit code
    #[arg(value_parser = code_arg)]
    pub code: String,
}

pub fn run(ctx: &mut Ctx, args: HistoryArgs) -> Result<Code> {
    let history = region::history(&args.code)?;
    ctx.out.emit(&history)?;
    Ok(Code::Ok)
}

impl Report for History {
    fn tables(&self) -> Vec<Table> {
        let mut units = Table::new(["code", "name", "level", "parent_code", "years", "source"]);
        for v in &self.versions {
            units.row([
                v.code.clone(),
                v.name.clone(),
                v.level.to_string(),
                v.parent_code.clone().unwrap_or_default(),
                years(v.valid_from, v.valid_to),
                v.source.as_str().to_string(),
            ]);
        }
        let mut changes = Table::new(["effective", "kind", "old_code", "old_name", "new_code", "new_name"]).title("Changes");
        for c in &self.changes {
            changes.row([
                c.effective.to_string(),
                c.kind.as_str().to_string(),
                c.old_code.clone(),
                c.old_name.clone(),
                c.new_code.clone(),
                c.new_name.clone(),
            ]);
        }
        vec![units, changes]
    }
}
