use crate::cli::Ctx;
use crate::db::certs::CertRow;
use crate::error::Code;
use crate::ops::cert::{find_type, pick_issuer, status_name, write_files};
use crate::ui::{Output, Report, Table};
use anyhow::Result;
use clap::Args;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The certificate's identifier
    pub identifier: String,
    /// Write its files again into DIR: record, payload, QR (SVG, PNG), card
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Show the full ID number
    #[arg(long)]
    pub unmask: bool,
}

pub fn run(ctx: &mut Ctx, a: ShowArgs) -> Result<Code> {
    let c = crate::ops::cert::find(ctx.store()?, &a.identifier)?;
    if let Some(dir) = &a.out {
        let t = find_type(ctx.store()?, &c.type_code)?;
        let issuer = pick_issuer(ctx.store()?, Some(&c.issuer_uscc))?;
        let w = write_files(dir, &c, &t, &issuer, true)?;
        ctx.out.status(&format!("wrote {} and {} more files", w.record.display(), w.files.len()));
    }
    ctx.out.unmask = a.unmask;
    ctx.out.emit(&Shown { c: &c, out: &ctx.out })?;
    Ok(Code::Ok)
}

struct Shown<'a> {
    c: &'a CertRow,
    out: &'a Output,
}

impl serde::Serialize for Shown<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.c.serialize(s)
    }
}

impl Report for Shown<'_> {
    fn tables(&self) -> Vec<Table> {
        let c = self.c;
        let mut t = Table::fields();
        t.field("identifier", &c.identifier)
            .field("type", &c.type_code)
            .field("number", &c.number)
            .field("holder", &c.holder_name)
            .field("holder id", self.out.id(&c.holder_id))
            .field("holder id type", &c.holder_code_type)
            .field("region", &c.region_code)
            .field("issuer", &c.issuer_uscc)
            .field("key", &c.kid)
            .field("issued", c.issued_on)
            .field("valid", format!("{} to {}", c.valid_from, c.valid_until.map_or("no expiry".to_string(), |d| d.to_string())))
            .field("status", format!("{} {}", c.status, status_name(&c.status)));
        if !c.status_reason.is_empty() {
            t.field("status reason", &c.status_reason);
        }
        if let Some(at) = c.status_at {
            t.field("status changed", crate::clock::format_utc(at));
        }
        if let Some(r) = &c.replaces {
            t.field("replaces", r);
        }
        let fields = c.printed_fields();
        for (label, value) in fields {
            t.field(&label, value);
        }
        t.field("payload", &c.payload);
        vec![t]
    }
}
