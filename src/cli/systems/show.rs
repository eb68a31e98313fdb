use super::fields;
use crate::cli::Ctx;
use crate::error::Code;
use crate::ops::systems::{self, SystemView};
use crate::ui::{Report, Table};
use anyhow::Result;
use clap::Args;

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The system id
    pub id: String,
}

pub fn run(ctx: &mut Ctx, args: ShowArgs) -> Result<Code> {
    let view = systems::show(ctx.store()?, &args.id)?;
    ctx.out.emit(&view)?;
    Ok(Code::Ok)
}

impl Report for SystemView {
    fn tables(&self) -> Vec<Table> {
        let mut out = vec![fields(&self.system)];
        let a = &self.activity;
        let ts = |t: Option<jiff::Timestamp>| t.map_or("-".to_string(), crate::clock::format_utc);
        let mut use_ = Table::fields().title("Activity");
        use_.field("last access", ts(a.last_access))
            .field("last data update", ts(a.last_data_update))
            .field("last login", ts(a.last_login))
            .field("last probe", ts(a.last_probe))
            .field("days with logs", a.access_days)
            .field("real requests", a.requests);
        out.push(use_);
        if let Some(s) = &self.scan {
            let mut t = Table::fields().title("Latest scan");
            t.field("state", &s.state)
                .field("score", s.score)
                .field("reasons", s.reasons.join("; "))
                .field("missing", s.missing.join("; "));
            out.push(t);
        }
        if !self.retirement.is_empty() {
            let mut t = Table::new(["step", "day", "person", "detail", "note"]).title("Retirement");
            for s in &self.retirement {
                t.row([s.step.clone(), s.day.to_string(), s.person.clone(), s.detail.clone(), s.note.clone()]);
            }
            out.push(t);
        }
        out
    }
}
