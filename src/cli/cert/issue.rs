use super::KeyLoader;
use crate::cli::Ctx;
use crate::error::{Code, Fail};
use crate::ops::cert::issue::{self, IssueOptions, IssueReport, Who};
use crate::ui::progress::Progress;
use crate::ui::{Report, Table};
use anyhow::Result;
use clap::{ArgGroup, Args};
use jiff::civil::Date;
use std::path::PathBuf;

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("who").required(true).args(["holder", "from", "eligible"])))]
#[command(after_long_help = "Eligibility is the type's rule on the issue date (see `mzctl cert type list`): \
elder-card 60+ and living in the issuer's region; dibao/tekun an active enrolment; cremation a death \
record. --eligible issues to everyone eligible without a valid certificate of the type, so running it \
again issues only to those still missing one: an interrupted run is resumed by running it again. \
Holders whose certificate of the type was revoked or suspended are left out: re-issuing to them is \
a deliberate --holder run.

Files in --out DIR: <type>-<number>.json (the GB/T 36903 record) for each certificate, manifest.csv for \
the run; with --render (always for --holder) also .qr.txt (the payload), .qr.svg, .qr.png and .card.svg \
(a printable card). Signing runs on all cores; certificates are stored 2,000 to a transaction.

Exit status 3 when some holders were refused (each is listed with its line and reason).")]
pub struct IssueArgs {
    /// Certificate type (elder-card, dibao, tekun, cremation, or an added one)
    #[arg(long = "type", value_name = "TYPE")]
    pub cert_type: String,
    /// One holder's ID number
    #[arg(long, value_name = "ID_NUMBER")]
    pub holder: Option<String>,
    /// A file (or -) of ID numbers: one per line, or CSV with an id_number/身份证号 column
    #[arg(long = "from", value_name = "FILE")]
    pub from: Option<PathBuf>,
    /// Everyone eligible who has no valid certificate of the type
    #[arg(long)]
    pub eligible: bool,
    /// The issuing authority's credit code [default: the only issuer]
    #[arg(long, value_name = "USCC")]
    pub issuer: Option<String>,
    /// Only people in this region (within the issuer's)
    #[arg(long, value_name = "CODE")]
    pub region: Option<String>,
    /// Issue at most N certificates
    #[arg(long, value_name = "N")]
    pub limit: Option<u64>,
    /// Last valid day [default: by the type's rule]
    #[arg(long, value_name = "DATE")]
    pub valid_until: Option<Date>,
    /// Issue date [default: today]
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<Date>,
    /// Write each certificate's files into DIR
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Also write QR images and printable cards in bulk runs
    #[arg(long, requires = "out")]
    pub render: bool,
    /// A holder with a valid certificate of the type gets a new one; the old one is cancelled (04)
    #[arg(long)]
    pub replace: bool,
    /// Count who would get one; sign and store nothing
    #[arg(short = 'n', long)]
    pub dry_run: bool,
    /// The private key file [default: where `issuer init` wrote it]
    #[arg(long, value_name = "FILE")]
    pub key: Option<PathBuf>,
    /// Read the key's passphrase from the first line of FILE
    #[arg(long, value_name = "FILE")]
    pub passphrase_file: Option<PathBuf>,
    /// Show full ID numbers in the table
    #[arg(long)]
    pub unmask: bool,
}

pub fn run(ctx: &mut Ctx, a: IssueArgs) -> Result<Code> {
    if a.limit == Some(0) {
        return Err(Fail::usage("--limit must be at least 1").into());
    }
    let who = match (a.holder, a.from) {
        (Some(h), _) => Who::Holder(h),
        (None, Some(f)) => Who::File(f),
        (None, None) => Who::Eligible,
    };
    let opts = IssueOptions {
        type_code: a.cert_type,
        issuer: a.issuer,
        who,
        region: a.region,
        limit: a.limit,
        valid_until: a.valid_until,
        on: match a.as_of {
            Some(d) => d,
            None => crate::clock::today()?,
        },
        out: a.out,
        render: a.render,
        dry_run: a.dry_run,
        replace: a.replace,
        chunk: 2000,
    };
    let issuer = crate::ops::cert::pick_issuer(ctx.store()?, opts.issuer.as_deref())?;
    let key = crate::ops::cert::active_key(ctx.store()?, &issuer.uscc)?;
    let mut loader = KeyLoader { key, file: a.key, passphrase_file: a.passphrase_file };
    let bar = Progress::items(opts.limit, "certificates", ctx.out.quiet || !matches!(opts.who, Who::Eligible));
    let report = issue::run(ctx.store()?, &opts, &mut loader, &mut |n| bar.set(n))?;
    bar.finish();
    if !opts.dry_run {
        ctx.changed([("issued".to_string(), report.issued as i64), ("refused".to_string(), report.refused.len() as i64)].into());
    }
    ctx.out.unmask = a.unmask;
    ctx.out.emit(&Shown { report: &report, out: &ctx.out })?;
    if let Some(m) = &report.manifest {
        ctx.out.status(&format!("manifest: {}", m.display()));
    }
    Ok(if report.refused.is_empty() { Code::Ok } else { Code::Problems })
}

struct Shown<'a> {
    report: &'a IssueReport,
    out: &'a crate::ui::Output,
}

impl serde::Serialize for Shown<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.report.serialize(s)
    }
}

impl Report for Shown<'_> {
    fn tables(&self) -> Vec<Table> {
        let r = self.report;
        let mut s = Table::fields();
        let verb = if r.dry_run { "would issue" } else { "issued" };
        s.field("type", format!("{} {}", r.type_code, r.type_name))
            .field("issuer", format!("{} {}", r.issuer, r.issuer_uscc))
            .field("key", format!("{} {}", r.kid, r.alg))
            .field("issue date", r.on)
            .field(verb, r.issued)
            .field("refused", r.refused.len());
        if r.max_cose_bytes > 0 {
            let version = r.qr_version.map_or("?".to_string(), |v| v.to_string());
            s.field(
                "largest payload",
                format!("{} bytes signed, {} characters, QR version {version} at level Q", r.max_cose_bytes, r.max_payload_chars),
            );
        }
        if !r.dry_run {
            s.field("seconds", format!("{:.2}", r.seconds));
        }
        let mut tables = vec![s];
        if !r.certificates.is_empty() {
            let title = if (r.certificates.len() as u64) < r.issued {
                format!("the first {} certificates", r.certificates.len())
            } else {
                "certificates".to_string()
            };
            let mut t = Table::new(["identifier", "number", "holder", "name", "valid until", "replaces"]).title(title);
            for c in &r.certificates {
                t.row([
                    c.identifier.clone(),
                    c.number.clone(),
                    self.out.id(&c.holder),
                    c.holder_name.clone(),
                    c.valid_until.map_or("no expiry".into(), |d| d.to_string()),
                    c.replaces.clone().unwrap_or_default(),
                ]);
            }
            tables.push(t);
        }
        if !r.refused.is_empty() {
            let mut t = Table::new(["line", "holder", "reason"]).title("refused");
            for f in r.refused.iter().take(100) {
                t.row([f.line.map(|l| l.to_string()).unwrap_or_default(), self.out.id(&f.holder), f.reason.clone()]);
            }
            if r.refused.len() > 100 {
                t.row([String::new(), format!("… {} more", r.refused.len() - 100), String::new()]);
            }
            tables.push(t);
        }
        tables
    }

    fn csv(&self) -> Option<Table> {
        let mut t = Table::new(["identifier", "number", "holder_id", "holder_name", "valid_until"]);
        for c in &self.report.certificates {
            t.row([
                c.identifier.clone(),
                c.number.clone(),
                c.holder.clone(),
                c.holder_name.clone(),
                c.valid_until.map(|d| d.to_string()).unwrap_or_default(),
            ]);
        }
        Some(t)
    }
}
