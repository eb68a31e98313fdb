use crate::cli::Ctx;
use crate::db::people::Applied;
use crate::domain::benefits::EndAt;
use crate::domain::normalize::mask_id;
use crate::domain::values::format_fen;
use crate::error::Code;
use crate::ops::death::{self, ApplyOptions, Plan};
use crate::ui::{prompt, Report, Table};
use anyhow::Result;
use clap::Args;
use serde::Serialize;

#[derive(Debug, Args)]
pub struct ApplyArgs {
    /// Show what would change, changing nothing
    #[arg(short = 'n', long)]
    pub dry_run: bool,
    /// Where an enrolment running past a death ends: the end of the month of death (that month
    /// is paid in full) or the death date
    #[arg(long, value_enum, default_value_t = EndAtArg::MonthEnd, value_name = "WHEN")]
    pub end_at: EndAtArg,
    /// Deaths on or before this date are applied; payments are counted up to its month
    /// [default: today]
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<jiff::civil::Date>,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum EndAtArg {
    MonthEnd,
    DeathDate,
}

fn parse_date(v: &str) -> Result<jiff::civil::Date, String> {
    v.parse().map_err(|_| format!("{v:?} is not a date (YYYY-MM-DD)"))
}

#[derive(Serialize)]
struct Report_ {
    dry_run: bool,
    #[serde(flatten)]
    plan: Plan,
    applied: Applied,
}

impl Report for Report_ {
    fn tables(&self) -> Vec<Table> {
        let p = &self.plan;
        let verb = if self.dry_run { "would apply" } else { "applied" };
        let title = format!(
            "{verb} {} death(s): {} enrolment(s) ended, {} certificate(s) revoked, {} yuan to recover",
            p.deaths.len(),
            p.enrolments(),
            p.revocations(),
            format_fen(p.recovered_fen())
        );
        let mut t = Table::new(["id_number", "death_date", "action", "record", "months", "amount"]).title(title);
        for d in &p.deaths {
            for e in &d.enrolments {
                let l = &e.enrolment;
                let old = l.end_date.map_or("open".to_string(), |d| d.to_string());
                t.row([
                    d.id_number.clone(),
                    d.death_date.to_string(),
                    format!("end {old} → {}", e.new_end),
                    format!("{} {} from {}", l.program, l.region_code, l.start_date),
                    e.months.to_string(),
                    format_fen(e.amount_fen),
                ]);
            }
            for f in &d.revocations {
                t.row([
                    d.id_number.clone(),
                    d.death_date.to_string(),
                    format!("revoke ({})", f.note),
                    f.key.join("|"),
                    String::new(),
                    String::new(),
                ]);
            }
        }
        vec![t]
    }
}

pub fn run(ctx: &mut Ctx, args: ApplyArgs) -> Result<Code> {
    let as_of = match args.as_of {
        Some(d) => d,
        None => crate::clock::today()?,
    };
    let end_at = match args.end_at {
        EndAtArg::MonthEnd => EndAt::MonthEnd,
        EndAtArg::DeathDate => EndAt::DeathDate,
    };
    let mut plan = death::plan(ctx.store()?, ApplyOptions { as_of, end_at })?;
    let mut applied = Applied::default();
    if !args.dry_run && !plan.deaths.is_empty() {
        prompt::confirm(
            &format!(
                "apply {} death(s): end {} enrolment(s), revoke {} certificate(s)",
                plan.deaths.len(),
                plan.enrolments(),
                plan.revocations()
            ),
            ctx.yes,
            true,
        )?;
        applied = death::apply(ctx.store()?, &plan)?;
        ctx.changed(applied.counts());
    }
    if plan.deaths.is_empty() {
        ctx.out.status("no death to apply: every recorded death up to the as-of date is applied");
    }
    if !ctx.out.is_json() {
        for d in &mut plan.deaths {
            d.id_number = mask_id(&d.id_number);
        }
    }
    ctx.out.emit(&Report_ { dry_run: args.dry_run, plan, applied })?;
    Ok(Code::Ok)
}
