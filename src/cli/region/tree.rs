use super::code_arg;
use crate::cli::Ctx;
use crate::error::Code;
use crate::ops::region::{self, Node};
use crate::ui::{Report, Table};
use anyhow::Result;
use clap::Args;

#[derive(Debug, Args)]
pub struct TreeArgs {
    /// The code at the root
    #[arg(value_parser = code_arg)]
    pub code: String,
    /// Levels below the root to show (0 = the root only)
    #[arg(long, default_value_t = 2, value_name = "N")]
    pub depth: u32,
    /// The tree as it stood in this year (or date) [default: today]
    #[arg(long, value_name = "YEAR", value_parser = super::at_year)]
    pub at: Option<i32>,
}

pub fn run(ctx: &mut Ctx, args: TreeArgs) -> Result<Code> {
    let root = region::tree(&args.code, args.depth, args.at)?;
    ctx.out.emit(&root)?;
    Ok(Code::Ok)
}

fn flatten<'a>(node: &'a Node, depth: usize, out: &mut Vec<(usize, &'a Node)>) {
    out.push((depth, node));
    for c in &node.children {
        flatten(c, depth + 1, out);
    }
}

impl Report for Node {
    fn tables(&self) -> Vec<Table> {
        let mut nodes = Vec::new();
        flatten(self, 0, &mut nodes);
        let mut t = Table::new(["code", "name", "level"]);
        for (depth, n) in nodes {
            t.row([n.code.clone(), format!("{}{}", "  ".repeat(depth), n.name), n.level.to_string()]);
        }
        vec![t]
    }

    fn csv(&self) -> Option<Table> {
        let mut nodes = Vec::new();
        flatten(self, 0, &mut nodes);
        let mut t = Table::new(["depth", "code", "name", "level"]);
        for (depth, n) in nodes {
            t.row([depth.to_string(), n.code.clone(), n.name.clone(), n.level.to_string()]);
        }
        Some(t)
    }
}
