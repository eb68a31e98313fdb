use super::{categories_help, fields};
use crate::cli::Ctx;
use crate::error::Code;
use crate::ops::place::{self, Added, Fields};
use crate::ui::{prompt, Report, Table};
use anyhow::Result;
use clap::Args;

#[derive(Debug, Args)]
#[command(after_long_help = categories_help())]
pub struct AddArgs {
    /// Standard name (标准名称)
    #[arg(long)]
    pub name: Option<String>,
    /// Category: a GB/T 18521 code (22100 or 221) or name (城镇居民点); see --help
    #[arg(long)]
    pub category: Option<String>,
    /// Where it lies: a 9-digit township code, or a 6-digit county code (township 000)
    #[arg(long, value_name = "CODE")]
    pub region: Option<String>,
    /// The 20-digit code, when it has one already [default: the next free sequence]
    #[arg(long)]
    pub code: Option<String>,
    /// Another name (别名, 简称); repeat for several
    #[arg(long = "alias", value_name = "NAME")]
    pub aliases: Vec<String>,
    /// Romanized spelling [default: generated; give it when a character is read differently]
    #[arg(long)]
    pub pinyin: Option<String>,
    /// Longitude in degrees east (CGCS2000)
    #[arg(long, value_name = "DEG", allow_hyphen_values = true)]
    pub lon: Option<String>,
    /// Latitude in degrees north (CGCS2000)
    #[arg(long, value_name = "DEG", allow_hyphen_values = true)]
    pub lat: Option<String>,
    /// What the name means and where it comes from (含义)
    #[arg(long, default_value = "")]
    pub meaning: String,
    /// History (历史沿革)
    #[arg(long, default_value = "")]
    pub history: String,
    /// Year it was set up or named
    #[arg(long, value_name = "YEAR")]
    pub set_up: Option<String>,
    /// Year it was abolished (records a historical place)
    #[arg(long, value_name = "YEAR")]
    pub abolished: Option<String>,
    /// Check and show the record; store nothing
    #[arg(short = 'n', long)]
    pub dry_run: bool,
}

pub fn run(ctx: &mut Ctx, args: AddArgs) -> Result<Code> {
    let name = match args.name {
        Some(n) => n,
        None => prompt::input("Standard name (标准名称)", "--name")?,
    };
    let category = match args.category {
        Some(c) => Some(c),
        None if args.code.is_some() => None,
        None => Some(prompt::input("Category (code or name, e.g. 22100 城镇居民点)", "--category")?),
    };
    let region = match args.region {
        Some(r) => Some(r),
        None if args.code.is_some() => None,
        None => Some(prompt::input("Region (9-digit township or 6-digit county code)", "--region")?),
    };
    let fields_in = Fields {
        code: args.code,
        name,
        aliases: args.aliases,
        pinyin: args.pinyin,
        category,
        region,
        longitude: args.lon,
        latitude: args.lat,
        meaning: args.meaning,
        history: args.history,
        status: None,
        set_up_year: args.set_up,
        abolished_year: args.abolished,
    };
    let (added, counts) = place::add(ctx.store()?, &fields_in, args.dry_run)?;
    if !args.dry_run {
        ctx.changed(counts);
    }
    for w in &added.warnings {
        crate::ui::warn(w);
    }
    ctx.out.emit(&added)?;
    Ok(Code::Ok)
}

impl Report for Added {
    fn tables(&self) -> Vec<Table> {
        vec![fields(&self.view)]
    }
}
