use super::{code_arg, years};
use crate::cli::Ctx;
use crate::domain::region::Status;
use crate::error::Code;
use crate::ops::region::{self, Link, Shown};
use crate::ui::{Report, Table};
use anyhow::Result;
use clap::Args;

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// A 6-, 9- or 12-digit code
    #[arg(value_parser = code_arg)]
    pub code: String,
    /// The unit that held the code in this year (or date) [default: today's, else the last]
    #[arg(long, value_name = "YEAR", value_parser = super::at_year)]
    pub at: Option<i32>,
}

pub fn run(ctx: &mut Ctx, args: ShowArgs) -> Result<Code> {
    let shown = region::show(&args.code, args.at)?;
    ctx.out.emit(&shown)?;
    Ok(Code::Ok)
}

fn links(links: &[Link]) -> String {
    let text: Vec<String> = links
        .iter()
        .map(|l| {
            let other = match (&l.code, &l.name) {
                (Some(c), Some(n)) => format!(" {c} {n}"),
                _ => String::new(),
            };
            format!("{} {}{other}", l.kind.as_str(), l.effective)
        })
        .collect();
    text.join("; ")
}

impl Report for Shown {
    fn tables(&self) -> Vec<Table> {
        let mut t = Table::fields();
        t.field("code", &self.code);
        let status = match self.status {
            Status::NeverExisted => "never existed",
            s => s.as_str(),
        };
        if let (Some(name), Some(level)) = (&self.name, self.level) {
            t.field("name", name)
                .field("level", format!("{} {}", level.as_str(), level.zh()))
                .field("path", self.path.clone().unwrap_or_default())
                .field("parent", self.parent_code.clone().unwrap_or_default())
                .field("status", status)
                .field("years", self.valid_from.map_or(String::new(), |f| years(f, self.valid_to)))
                .field("predecessors", links(&self.predecessors))
                .field("successors", links(&self.successors));
            if !self.other_holders.is_empty() {
                let others: Vec<String> =
                    self.other_holders.iter().map(|v| format!("{} {}", v.name, years(v.valid_from, v.valid_to))).collect();
                t.field("also held by", others.join("; "));
            }
        } else {
            t.field("status", status);
        }
        vec![t]
    }
}
