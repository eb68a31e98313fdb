use super::{fields, parse_set};
use crate::cli::Ctx;
use crate::error::Code;
use crate::ops::systems::{self, Saved};
use crate::ui::{prompt, Report, Table};
use anyhow::Result;
use clap::Args;

#[derive(Debug, Args)]
pub struct AddArgs {
    /// Short id (slug): a-z, 0-9, - and _
    pub id: Option<String>,
    /// System name (系统名称)
    #[arg(long)]
    pub name: Option<String>,
    /// Department in charge (主管部门)
    #[arg(long)]
    pub department: Option<String>,
    /// Owner (负责人)
    #[arg(long)]
    pub owner: Option<String>,
    /// Owner's contact
    #[arg(long)]
    pub contact: Option<String>,
    /// Function tags, ;-separated (a tag shared with an active system marks a duplicate)
    #[arg(long)]
    pub tags: Option<String>,
    /// What the system does (功能), as the clean-up register states it
    #[arg(long)]
    pub purpose: Option<String>,
    /// The body that approved the system (审批部门)
    #[arg(long)]
    pub approved_by: Option<String>,
    /// When it was approved (审批时间)
    #[arg(long, value_name = "DATE")]
    pub approved_on: Option<String>,
    /// Vendor (承建单位)
    #[arg(long)]
    pub vendor: Option<String>,
    /// End of the maintenance contract (运维合同到期)
    #[arg(long, value_name = "DATE")]
    pub contract_end: Option<String>,
    /// URLs, ;-separated
    #[arg(long)]
    pub urls: Option<String>,
    /// Hosts as host:port, ;-separated
    #[arg(long)]
    pub hosts: Option<String>,
    /// Any other field (repeatable); see `systems edit --help` for the names
    #[arg(long = "set", value_name = "FIELD=VALUE", value_parser = parse_set)]
    pub sets: Vec<(String, String)>,
    /// Check and show the record; store nothing
    #[arg(short = 'n', long)]
    pub dry_run: bool,
}

pub fn run(ctx: &mut Ctx, args: AddArgs) -> Result<Code> {
    let id = match args.id {
        Some(v) => v,
        None => prompt::input("Id (a short slug, e.g. dibao)", "ID")?,
    };
    let name = match args.name {
        Some(v) => v,
        None => prompt::input("System name (系统名称)", "--name")?,
    };
    let department = match args.department {
        Some(v) => v,
        None => prompt::input("Department in charge (主管部门)", "--department")?,
    };
    let mut given = vec![("id".to_string(), id), ("name".to_string(), name), ("department".to_string(), department)];
    let optional = [
        ("owner", args.owner),
        ("contact", args.contact),
        ("tags", args.tags),
        ("purpose", args.purpose),
        ("approved_by", args.approved_by),
        ("approved_on", args.approved_on),
        ("vendor", args.vendor),
        ("contract_end", args.contract_end),
        ("urls", args.urls),
        ("hosts", args.hosts),
    ];
    given.extend(optional.into_iter().filter_map(|(f, v)| v.map(|v| (f.to_string(), v))));
    given.extend(args.sets);
    let (saved, counts) = systems::add(ctx.store()?, &given, args.dry_run)?;
    if !args.dry_run {
        ctx.changed(counts);
    }
    ctx.out.emit(&saved)?;
    Ok(Code::Ok)
}

impl Report for Saved {
    fn tables(&self) -> Vec<Table> {
        vec![fields(&self.system)]
    }
}
