use super::{audit_unmasked, region};
use crate::cli::Ctx;
use crate::domain::normalize::mask_id;
use crate::error::Code;
use crate::ops::person::{self, Hit, SearchOptions};
use crate::ui::{Report, Table};
use anyhow::Result;
use clap::Args;
use serde::Serialize;

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// A name or its beginning (张三, 张), or its pinyin: whole (zhangsan) or initials (zs)
    pub name: String,
    /// Only people of this region code or under it (4401, 440106)
    #[arg(long, value_name = "CODE")]
    pub region: Option<String>,
    /// Only people born in this year
    #[arg(long, value_name = "YEAR")]
    pub born: Option<i16>,
    /// At most this many people, best match first (0 = all)
    #[arg(long, default_value_t = 20, value_name = "N")]
    pub limit: usize,
    /// Show ID numbers in full, in every format (recorded in the audit log)
    #[arg(long)]
    pub unmask: bool,
}

#[derive(Serialize)]
#[serde(transparent)]
struct Hits(Vec<Hit>);

impl Report for Hits {
    fn tables(&self) -> Vec<Table> {
        let mut t = Table::new(["id_number", "name", "gender", "birth_date", "region"]);
        for h in &self.0 {
            t.row([
                h.id_number.clone(),
                h.name.clone(),
                h.gender.clone(),
                h.birth_date.clone(),
                region(&h.region_code, h.region_name.as_deref()),
            ]);
        }
        vec![t]
    }
}

pub fn run(ctx: &mut Ctx, args: SearchArgs) -> Result<Code> {
    let opts = SearchOptions { name: args.name.clone(), region: args.region, birth_year: args.born, limit: args.limit };
    let mut hits = person::search(ctx.store()?, &opts)?;
    if hits.is_empty() {
        ctx.out.status(&format!("nobody matches {:?}", args.name));
    }
    if args.unmask {
        audit_unmasked(ctx, "person_search", hits.len());
    } else {
        for h in &mut hits {
            h.id_number = mask_id(&h.id_number);
        }
    }
    ctx.out.emit(&Hits(hits))?;
    Ok(Code::Ok)
}
