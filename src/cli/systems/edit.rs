use super::parse_set;
use crate::cli::Ctx;
use crate::error::Code;
use crate::ops::systems;
use anyhow::Result;
use clap::Args;

#[derive(Debug, Args)]
#[command(after_long_help = "Fields: id, name, department, owner, contact, tags, scope, go_live, approval_doc, funding_source, \
funding_amount, vendor, contract_end, mlps_level, mlps_filing, crypto_assessment, urls, hosts, environment, vcpu, memory_gb, \
storage_gb, ips, annual_cost, sharing, state, notes, purpose, approved_by, approved_on (tags, urls, hosts: ;-separated; money in yuan).")]
pub struct EditArgs {
    /// The system id
    pub id: String,
    /// Set a field (repeatable), e.g. --set owner=王科长
    #[arg(long = "set", value_name = "FIELD=VALUE", value_parser = parse_set, required = true)]
    pub sets: Vec<(String, String)>,
    /// Check and show the result; change nothing
    #[arg(short = 'n', long)]
    pub dry_run: bool,
}

pub fn run(ctx: &mut Ctx, args: EditArgs) -> Result<Code> {
    let (saved, counts) = systems::edit(ctx.store()?, &args.id, &args.sets, args.dry_run)?;
    if !args.dry_run {
        ctx.changed(counts);
    }
    if saved.changed.is_empty() {
        ctx.out.status("nothing changed");
    } else {
        ctx.out.status(&format!("{}: {}", if saved.dry_run { "would change" } else { "changed" }, saved.changed.join(", ")));
    }
    ctx.out.emit(&saved)?;
    Ok(Code::Ok)
}
