use super::{code_arg, unit, years};
use crate::cli::Ctx;
use crate::error::Code;
use crate::ops::region::{self, Resolved};
use crate::ui::{Report, Table};
use anyhow::Result;
use clap::Args;

#[derive(Debug, Args)]
pub struct ResolveArgs {
    /// A 6-, 9- or 12-digit code
    #[arg(value_parser = code_arg)]
    pub code: String,
    /// The year (or date) the code is from [default: its latest holder]
    #[arg(long, value_name = "DATE|YEAR", value_parser = super::at_year)]
    pub at: Option<i32>,
}

pub fn run(ctx: &mut Ctx, args: ResolveArgs) -> Result<Code> {
    let resolved = region::resolve(&args.code, args.at)?;
    ctx.out.emit(&resolved)?;
    Ok(Code::Ok)
}

impl Report for Resolved {
    fn tables(&self) -> Vec<Table> {
        let db = region::db();
        let mut t = Table::fields();
        t.field("code", &self.code);
        if let Some(at) = self.at {
            t.field("at", at);
        }
        let then_year = self.at.or(self.then.valid_to.map(|y| y - 1));
        t.field(
            "then",
            format!(
                "{} ({}), {}",
                unit(&self.then),
                region::path_text(db, &self.then.code, then_year),
                years(self.then.valid_from, self.then.valid_to)
            ),
        );
        let today: Vec<String> = self.today.iter().map(|v| format!("{} ({})", unit(v), region::path_text(db, &v.code, None))).collect();
        t.field("today", if today.is_empty() { "(abolished, no successor)".to_string() } else { today.join("; ") });
        let mut path = Table::new(["effective", "kind", "old_code", "old_name", "new_code", "new_name"]).title("Changes followed");
        for c in &self.path {
            path.row([
                c.effective.to_string(),
                c.kind.as_str().to_string(),
                c.old_code.clone(),
                c.old_name.clone(),
                c.new_code.clone(),
                c.new_name.clone(),
            ]);
        }
        vec![t, path]
    }

    fn csv(&self) -> Option<Table> {
        let mut t = Table::new(["code", "at", "then_code", "then_name", "today_code", "today_name"]);
        let at = self.at.map(|y| y.to_string()).unwrap_or_default();
        for v in &self.today {
            t.row([self.code.clone(), at.clone(), self.then.code.clone(), self.then.name.clone(), v.code.clone(), v.name.clone()]);
        }
        if self.today.is_empty() {
            t.row([self.code.clone(), at, self.then.code.clone(), self.then.name.clone(), String::new(), String::new()]);
        }
        Some(t)
    }
}
