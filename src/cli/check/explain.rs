use crate::cli::Ctx;
use crate::error::Code;
use crate::ops::check::catalogue::{self, Rule};
use crate::ui::{Report, Table};
use anyhow::Result;
use clap::Args;
use serde::Serialize;

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// Rule id (see `mzctl check list`)
    pub rule: String,
}

#[derive(Serialize)]
#[serde(transparent)]
struct Explained(&'static Rule);

impl Report for Explained {
    fn tables(&self) -> Vec<Table> {
        let r = self.0;
        let mut t = Table::fields();
        let scope = if r.scope == catalogue::Scope::Record { crate::t!("scope-per-record") } else { crate::t!("scope-across-records") };
        t.field("rule", r.id)
            .field("severity", crate::i18n::word_or_message(r.severity.as_str()))
            .field("scope", format!("{scope} ({})", r.tables.join(", ")))
            .field("title", r.title_text())
            .field("why", r.explanation_text())
            .field("fix", r.fix_text())
            .field("auto fix", if r.auto_fix { crate::t!("auto-fix-yes") } else { crate::t!("auto-fix-no") })
            .field("example", r.example_text());
        vec![t]
    }
}

pub fn run(ctx: &mut Ctx, args: ExplainArgs) -> Result<Code> {
    let rule = catalogue::get(&args.rule).ok_or_else(|| catalogue::unknown(&args.rule))?;
    ctx.out.emit(&Explained(rule))?;
    Ok(Code::Ok)
}
