use crate::cli::Ctx;
use crate::error::Code;
use crate::ops::check::catalogue::{self, Rule};
use crate::ui::{Report, Table};
use anyhow::Result;
use clap::Args;
use serde::Serialize;

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only rules matching this glob (e.g. 'id.*')
    #[arg(long, value_name = "GLOB")]
    pub rule: Option<String>,
}

#[derive(Serialize)]
#[serde(transparent)]
struct Rules(Vec<&'static Rule>);

impl Report for Rules {
    fn tables(&self) -> Vec<Table> {
        let mut t = Table::new(["rule", "severity", "scope", "fix", "title"]);
        for r in &self.0 {
            t.row([
                r.id.to_string(),
                r.severity.as_str().to_string(),
                if r.scope == catalogue::Scope::Record { "record" } else { "cross" }.to_string(),
                if r.auto_fix { "auto" } else { "-" }.to_string(),
                r.title_text(),
            ]);
        }
        vec![t]
    }
}

pub fn run(ctx: &mut Ctx, args: ListArgs) -> Result<Code> {
    let rules = catalogue::select(args.rule.as_slice())?;
    ctx.out.emit(&Rules(rules))?;
    Ok(Code::Ok)
}
