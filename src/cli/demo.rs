//! `mzctl demo`: the end-to-end first run.
use crate::cli::Ctx;
use crate::db::DbUrl;
use crate::error::{Code, Fail};
use crate::ops;
use anyhow::Result;
use clap::Args;

#[derive(Debug, Args)]
#[command(after_long_help = "Without --db (or MZCTL_DB, or db in config.toml) the demo uses a database of \
its own in its folder, never the default database; the folder is removed and made afresh on each run. \
Exit status: 0 when every step ran as expected (the seeded defects are expected findings); 3 when an \
outcome differs from what the city's manifest says; 1 when a step failed.")]
pub struct DemoArgs {
    /// The demo's folder, made afresh on each run (new, empty, or an earlier demo's)
    /// [default: $XDG_DATA_HOME/mzctl/demo]
    #[arg(long, value_name = "DIR")]
    pub dir: Option<std::path::PathBuf>,
    /// Number of people in the city
    #[arg(long, default_value_t = 5_000, value_name = "N")]
    pub people: u64,
}

pub fn run(ctx: &mut Ctx, args: DemoArgs) -> Result<Code> {
    let dir = match &args.dir {
        Some(d) => d.clone(),
        None => crate::config::data_dir()?.join("demo"),
    };
    let own_database = ctx.db_unless_chosen(DbUrl::Sqlite(ops::demo::own_database(&dir)))?;
    if let (false, DbUrl::Sqlite(db)) = (own_database, ctx.url()?) {
        if std::path::absolute(db)?.starts_with(std::path::absolute(&dir)?) {
            return Err(Fail::usage(format!("--db {}: inside the demo folder {}, which each run removes", db.display(), dir.display()))
                .hint("leave --db out to use the demo's own database, or keep yours elsewhere")
                .into());
        }
    }
    ops::demo::fresh_dir(&dir, args.dir.is_none())?;
    if own_database {
        ctx.out.status(&format!(
            "demo: in a database and folder of its own, made afresh on each run: {} (database {}); --db URL runs it on another database",
            dir.display(),
            ops::demo::own_database(&dir).display()
        ));
    } else {
        let url = ctx.url()?.redacted();
        ctx.out.status(&format!("demo: in the database {url}; files in {}, made afresh on each run", dir.display()));
    }
    let opts = ops::demo::DemoOptions {
        dir,
        people: args.people,
        as_of: crate::clock::today()?,
        own_database,
        render_report: crate::ui::report::html,
    };
    let out = ctx.out.clone();
    let report = ops::demo::run(ctx.store()?, &opts, &mut |step| out.heading(&format!("== {step}")))?;
    ctx.changed(report.counts.clone());
    ctx.out.emit(&report)?;
    Ok(if report.unexpected.is_empty() { Code::Ok } else { Code::Problems })
}

impl crate::ui::Report for ops::demo::DemoReport {
    fn tables(&self) -> Vec<crate::ui::Table> {
        let mut t = crate::ui::Table::new(["step", "result"]);
        for s in &self.steps {
            t.row([s.step.clone(), s.result.clone()]);
        }
        let mut tables = vec![t];
        if !self.unexpected.is_empty() {
            let mut u = crate::ui::Table::new(["not as expected"]).title("Not as expected");
            for line in &self.unexpected {
                u.row([line.clone()]);
            }
            tables.push(u);
        }
        tables
    }
}
