use super::{audit_unmasked, region};
use crate::cli::Ctx;
use crate::domain::normalize::{mask_account, mask_id, mask_phone};
use crate::domain::values::format_fen;
use crate::error::Code;
use crate::ops::person::{self, PersonRecord};
use crate::ui::{Report, Table};
use anyhow::Result;
use clap::Args;
use serde::Serialize;

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The ID number: 18 characters (x in either case) or the old 15 digits
    pub id: String,
    /// Show ID numbers and phone numbers in full, in every format (recorded in the audit log)
    #[arg(long)]
    pub unmask: bool,
}

#[derive(Serialize)]
#[serde(transparent)]
struct Shown(PersonRecord);

fn opt(v: &Option<String>) -> String {
    v.clone().unwrap_or_default()
}

impl Report for Shown {
    fn tables(&self) -> Vec<Table> {
        let r = &self.0;
        let mut out = Vec::new();
        let mut head = Table::fields().title("person");
        head.field("id_number", &r.wanted.id_number);
        for n in &r.wanted.notes {
            head.field("note", n);
        }
        if r.people.len() > 1 {
            head.field("note", format!("recorded {} times, in different regions (dup.person): each row is shown", r.people.len()));
        }
        if r.people.is_empty() {
            head.field("note", "not in people: only other records name this number");
        }
        out.push(head);
        let mut t =
            Table::new(["id_number", "region", "name", "gender", "birth_date", "phone", "address", "ethnicity", "flags"]).title("identity");
        for p in &r.people {
            let mut place = region(&p.row.region_code, p.region_name.as_deref());
            if p.region_retired {
                place.push_str(&format!(
                    " (retired; today {})",
                    if p.region_successors.is_empty() { "abolished".into() } else { p.region_successors.join(", ") }
                ));
            }
            t.row([
                p.row.id_number.clone(),
                place,
                p.row.name.clone(),
                p.row.gender.clone(),
                opt(&p.row.birth_date),
                p.row.phone.clone(),
                p.row.address.clone(),
                p.row.ethnicity.clone(),
                p.row.flags.clone(),
            ]);
        }
        out.push(t);
        let mut t = Table::new(["program", "region_code", "start_date", "end_date", "monthly_amount", "status"]).title("enrolments");
        for e in &r.enrolments {
            t.row([
                e.program.clone(),
                e.region_code.clone(),
                e.start_date.clone(),
                opt(&e.end_date),
                format_fen(e.monthly_amount_fen),
                e.status.clone(),
            ]);
        }
        out.push(t);
        let mut t = Table::new(["death_date", "name", "cremation_no", "source", "applied"]).title("death");
        for d in &r.deaths {
            let applied = r.death_applications.iter().find(|a| a.reversed_at.is_none() && a.death_date == d.death_date);
            let applied = applied.map_or("no".to_string(), |a| format!("yes ({}, application {})", a.applied_at, a.id));
            t.row([d.death_date.clone(), d.name.clone(), d.cremation_no.clone(), d.source.clone(), applied]);
        }
        out.push(t);
        let mut t = Table::new(["identifier", "type", "number", "status", "reason", "issued_on", "valid_until"]).title("certificates");
        for c in &r.certificates {
            let until = c.valid_until.map(|d| d.to_string()).unwrap_or_default();
            t.row([
                c.identifier.clone(),
                c.type_code.clone(),
                c.number.clone(),
                format!("{} {}", c.status, c.status_name),
                c.status_reason.clone(),
                c.issued_on.to_string(),
                until,
            ]);
        }
        out.push(t);
        out.push(payments(r));
        out.push(findings(r));
        if !r.death_applications.is_empty() || !r.recoveries.is_empty() {
            let mut t =
                Table::new(["application", "program", "region_code", "start_date", "death_date", "months", "monthly_amount", "amount"])
                    .title("overpayments to recover");
            for c in &r.recoveries {
                t.row([
                    c.application_id.to_string(),
                    c.program.clone(),
                    c.region_code.clone(),
                    c.start_date.clone(),
                    c.death_date.clone(),
                    c.months.to_string(),
                    format_fen(c.monthly_amount_fen),
                    format_fen(c.amount_fen),
                ]);
            }
            out.push(t);
        }
        let mut t = Table::new(["at", "by", "source", "table", "key", "column", "old", "new"])
            .title("changes (fixes, death applications), newest first");
        for c in &r.changes {
            t.row([
                c.at.clone(),
                c.os_user.clone(),
                c.source.clone(),
                c.table.clone(),
                c.key.clone(),
                c.column.clone(),
                opt(&c.old),
                opt(&c.new),
            ]);
        }
        out.push(t);
        let mut t = Table::new(["batch", "kind", "file", "started_at", "state", "wrote"]).title("import batches, newest first");
        for b in &r.batches {
            t.row([b.id.to_string(), b.kind.clone(), b.file.clone(), b.started_at.clone(), b.state.clone(), b.roles.join(", ")]);
        }
        out.push(t);
        out
    }
}

/// The ledger's rows of the person, newest month first.
fn payments(r: &PersonRecord) -> Table {
    let mut t = Table::new(["month", "program", "region_code", "amount", "paid_on", "channel", "account", "reference"])
        .title("payments, newest month first");
    for p in &r.payments {
        t.row([
            p.month.clone(),
            p.program.clone(),
            p.region_code.clone(),
            format_fen(p.amount_fen),
            opt(&p.paid_on),
            p.channel.clone(),
            p.account.clone(),
            p.reference.clone(),
        ]);
    }
    t
}

/// The latest run's open findings about the person.
fn findings(r: &PersonRecord) -> Table {
    let title = match r.run {
        Some(run) => format!("open findings (run {run})"),
        None => "open findings (no check run yet)".to_string(),
    };
    let mut t = Table::new(["rule", "severity", "table", "key", "field", "value", "message"]).title(title);
    for f in &r.findings {
        t.row([&f.rule, &f.severity, &f.table, &f.key, &f.field, &f.value, &f.message]);
    }
    t
}

/// ID numbers and phones masked, wherever the record holds them.
fn mask(r: &mut PersonRecord) {
    let key = |table: &str, key: &str| -> String {
        if matches!(table, "certificates" | "organizations") {
            return key.to_string();
        }
        match key.split_once('|') {
            Some((id, rest)) => format!("{}|{rest}", mask_id(id)),
            None => mask_id(key),
        }
    };
    r.wanted.id_number = mask_id(&r.wanted.id_number);
    for p in &mut r.people {
        p.row.id_number = mask_id(&p.row.id_number);
        p.row.phone = mask_phone(&p.row.phone);
    }
    for e in &mut r.enrolments {
        e.id_number = mask_id(&e.id_number);
    }
    for d in &mut r.deaths {
        d.id_number = mask_id(&d.id_number);
    }
    for p in &mut r.payments {
        p.id_number = mask_id(&p.id_number);
        // A reference names a transfer; a key made of the fields begins with the number.
        if !p.pay_key.starts_with("ref:") {
            p.pay_key = key("payments", &p.pay_key);
        }
        p.account = mask_account(&p.account);
    }
    for f in &mut r.findings {
        f.key = key(&f.table, &f.key);
        f.value = match f.field.as_str() {
            "id_number" | "holder_id" => mask_id(&f.value),
            "phone" => mask_phone(&f.value),
            _ => f.value.clone(),
        };
    }
    for a in &mut r.death_applications {
        a.id_number = mask_id(&a.id_number);
    }
    for c in &mut r.recoveries {
        c.id_number = mask_id(&c.id_number);
    }
    for c in &mut r.changes {
        c.id_number = mask_id(&c.id_number);
        c.key = key(&c.table, &c.key);
        if c.column == "id_number" {
            c.old = c.old.as_deref().map(mask_id);
            c.new = c.new.as_deref().map(mask_id);
        }
    }
}

pub fn run(ctx: &mut Ctx, args: ShowArgs) -> Result<Code> {
    let today = crate::clock::today()?;
    let mut record = person::show(ctx.store()?, &args.id, today)?;
    if args.unmask {
        audit_unmasked(ctx, "person", record.people.len().max(1));
    } else {
        mask(&mut record);
    }
    ctx.out.emit(&Shown(record))?;
    Ok(Code::Ok)
}
