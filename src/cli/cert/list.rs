use crate::cli::Ctx;
use crate::db::certs::{CertFilter, CertRow};
use crate::error::Code;
use crate::ops::cert::{status_code, status_name};
use crate::ui::{Output, Report, Table};
use anyhow::Result;
use clap::Args;

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this type
    #[arg(long = "type", value_name = "TYPE")]
    pub cert_type: Option<String>,
    /// Only this status: a code (01) or a name (valid, revoked, cancelled, …)
    #[arg(long)]
    pub status: Option<String>,
    /// Only this holder's ID number
    #[arg(long, value_name = "ID_NUMBER")]
    pub holder: Option<String>,
    /// Only this issuer's credit code
    #[arg(long, value_name = "USCC")]
    pub issuer: Option<String>,
    /// At most N certificates
    #[arg(long, value_name = "N", default_value_t = 100)]
    pub limit: u64,
    /// Show full ID numbers in the table
    #[arg(long)]
    pub unmask: bool,
}

pub fn run(ctx: &mut Ctx, a: ListArgs) -> Result<Code> {
    let filter = CertFilter {
        type_code: a.cert_type,
        status: a.status.as_deref().map(status_code).transpose()?.map(str::to_string),
        holder: a.holder.map(|h| crate::domain::normalize::normalize_code(&h).value),
        issuer: a.issuer,
        limit: Some(a.limit),
    };
    let certs = crate::ops::cert::list(ctx.store()?, &filter)?;
    ctx.out.unmask = a.unmask;
    ctx.out.emit(&Listed { certs, out: &ctx.out })?;
    Ok(Code::Ok)
}

struct Listed<'a> {
    certs: Vec<CertRow>,
    out: &'a Output,
}

#[derive(serde::Serialize)]
struct Entry<'a> {
    #[serde(flatten)]
    c: &'a CertRow,
    status_name: &'static str,
}

impl serde::Serialize for Listed<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.certs.iter().map(|c| Entry { c, status_name: status_name(&c.status) }))
    }
}

impl Report for Listed<'_> {
    fn tables(&self) -> Vec<Table> {
        let mut t = Table::new(["identifier", "type", "number", "holder", "name", "issued", "valid until", "status"]);
        for c in &self.certs {
            t.row([
                c.identifier.clone(),
                c.type_code.clone(),
                c.number.clone(),
                self.out.id(&c.holder_id),
                c.holder_name.clone(),
                c.issued_on.to_string(),
                c.valid_until.map_or("-".into(), |d| d.to_string()),
                format!("{} {}", c.status, status_name(&c.status)),
            ]);
        }
        vec![t]
    }
}
