use crate::cli::Ctx;
use crate::domain::cert::types::{field_label, CertType};
use crate::error::{Code, Fail};
use crate::ui::{Report, Table};
use anyhow::Result;
use clap::{Args, Subcommand};
use serde::Serialize;
use std::path::PathBuf;

#[derive(Debug, Subcommand)]
pub enum TypeCommand {
    /// The certificate types: built in and added
    List,
    /// One type: its fields, validity and eligibility rule
    Show(ShowArgs),
    /// Add types (or replace added ones) from a TOML file of [[type]] tables
    Add(AddArgs),
}

impl TypeCommand {
    pub fn mutates(&self) -> bool {
        matches!(self, TypeCommand::Add(_))
    }
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The type's code, e.g. elder-card
    pub code: String,
}

#[derive(Debug, Args)]
#[command(after_long_help = "A type file has the shape of the built-in types (see `mzctl cert type show elder-card --json`):

  [[type]]
  code = \"disability-care\"          # [a-z0-9-]
  name = \"困难残疾人生活补贴证\"
  number = \"011\"                    # 3-digit type number
  validity_years = 1                # 0 = no expiry
  fields = [\"name\", \"gender\", \"id_number\", \"region\", \"monthly_amount\"]
  eligibility = { program = \"disability_care\", in_issuer_region = true }

Fields: name gender ethnicity birth_date age id_number address region program start_date
monthly_amount death_date cremation_no. Eligibility: min_age, in_issuer_region, program,
deceased. defining_body (a credit code) sets the first 18 characters of the type code; by
default the issuer's own code.")]
pub struct AddArgs {
    /// The TOML file
    #[arg(long = "from", value_name = "FILE")]
    pub from: PathBuf,
}

pub fn run(ctx: &mut Ctx, cmd: TypeCommand) -> Result<Code> {
    match cmd {
        TypeCommand::List => {
            let types = crate::ops::cert::all_types(ctx.store()?)?;
            ctx.out.emit(&TypeList(types.into_iter().map(|(t, builtin)| TypeEntry { builtin, t }).collect()))?;
        }
        TypeCommand::Show(a) => {
            let t = crate::ops::cert::find_type(ctx.store()?, &a.code)?;
            ctx.out.emit(&TypeShow(t))?;
        }
        TypeCommand::Add(a) => {
            let added = crate::ops::cert::add_types(ctx.store()?, &a.from)?;
            if added.is_empty() {
                return Err(Fail::usage(format!("{}: no [[type]] tables", a.from.display())).into());
            }
            let replaced = added.iter().filter(|(_, r)| *r).count() as i64;
            ctx.changed([("added".to_string(), added.len() as i64 - replaced), ("replaced".to_string(), replaced)].into());
            let types = crate::ops::cert::all_types(ctx.store()?)?;
            let codes: Vec<&String> = added.iter().map(|(c, _)| c).collect();
            ctx.out.emit(&TypeList(
                types.into_iter().filter(|(t, _)| codes.contains(&&t.code)).map(|(t, builtin)| TypeEntry { builtin, t }).collect(),
            ))?;
        }
    }
    Ok(Code::Ok)
}

fn rule(t: &CertType) -> String {
    let e = &t.eligibility;
    let mut parts = Vec::new();
    if let Some(a) = e.min_age {
        parts.push(format!("{a}+"));
    }
    if let Some(p) = &e.program {
        parts.push(format!("active {p} enrolment"));
    }
    if e.in_issuer_region {
        parts.push("lives in the issuer's region".into());
    }
    if e.deceased {
        parts.push("death record".into());
    } else {
        parts.push("alive".into());
    }
    parts.join(", ")
}

fn validity(t: &CertType) -> String {
    let mut v = if t.validity_years == 0 { "no expiry".to_string() } else { format!("{} years", t.validity_years) };
    if t.eligibility.program.is_some() {
        v.push_str(", at most to the enrolment's end");
    }
    v
}

#[derive(Serialize)]
struct TypeEntry {
    builtin: bool,
    #[serde(flatten)]
    t: CertType,
}

#[derive(Serialize)]
#[serde(transparent)]
struct TypeList(Vec<TypeEntry>);

impl Report for TypeList {
    fn tables(&self) -> Vec<Table> {
        let mut t = Table::new(["code", "name", "number", "validity", "eligible", "source"]);
        for e in &self.0 {
            t.row([
                e.t.code.clone(),
                e.t.name.clone(),
                e.t.number.clone(),
                validity(&e.t),
                rule(&e.t),
                if e.builtin { "built in" } else { "added" }.to_string(),
            ]);
        }
        vec![t]
    }
}

#[derive(Serialize)]
#[serde(transparent)]
struct TypeShow(CertType);

impl Report for TypeShow {
    fn tables(&self) -> Vec<Table> {
        let t = &self.0;
        let mut f = Table::fields();
        f.field("code", &t.code)
            .field("name", &t.name)
            .field("number", &t.number)
            .field(
                "type code",
                t.defining_body.as_ref().map_or(format!("<issuer's credit code>{}", t.number), |b| format!("{b}{}", t.number)),
            )
            .field("validity", validity(t))
            .field("eligible", rule(t))
            .field("card fields", t.fields.iter().map(|f| format!("{f} ({})", field_label(f))).collect::<Vec<_>>().join(", "));
        vec![f]
    }
}
