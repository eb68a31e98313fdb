//! The only place clap lives. Each noun has a folder, each verb a file: flags → options →
//! one call into `ops` → render.
pub mod audit;
pub mod cert;
pub mod check;
pub mod completions;
pub mod db;
pub mod death;
pub mod demo;
pub mod import;
pub mod man;
pub mod payments;
pub mod person;
pub mod place;
pub mod region;
pub mod report;
pub mod seed;
pub mod systems;

use crate::db::{Counts, DbUrl, Store};
use crate::error::{self, Code, Fail};
use crate::ui::{ColorWhen, Format, Output};
use anyhow::Result;
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::process::ExitCode;

/// Shown in `mzctl --help` and as the EXIT STATUS of `mzctl(1)`.
pub const EXIT_STATUS: &str = "\
Exit status:
  0  success
  1  error: the command could not do its job
  2  usage error, or refused (a destructive command off a terminal without --yes)
  3  the command ran but found problems (rejected rows, an invalid certificate; check
     run and check file: a finding of severity error, or as --fail-on says)
  A closed output pipe (mzctl ... | head) exits 0 quietly.";

#[derive(Debug, Parser)]
#[command(
    name = "mzctl",
    version,
    about = "Civil-affairs (民政) data and systems from the command line",
    long_about = "Civil-affairs (民政) data and systems from the command line: region and placename \
codes, validated bulk imports, data-quality checks, the zombie-system inventory, signed \
e-certificates and synthetic test data, on a local SQLite file or a PostgreSQL server.",
    after_long_help = EXIT_STATUS,
    propagate_version = true,
    subcommand_required = true,
    arg_required_else_help = true,
    max_term_width = 100
)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
pub struct Global {
    /// Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db
    /// [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]
    #[arg(long, global = true, env = "MZCTL_DB", hide_env_values = true, value_name = "URL")]
    pub db: Option<String>,

    /// Output format [default: table on a terminal, tab-separated text otherwise]
    #[arg(long, global = true, value_enum, value_name = "FORMAT")]
    pub format: Option<FormatArg>,

    /// Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or
    /// gb18030 (GBK) [default: utf-8; an import's rejects file follows its input]
    #[arg(long, global = true, value_enum, env = "MZCTL_CSV_ENCODING", value_name = "ENCODING")]
    pub csv_encoding: Option<CsvEncodingArg>,

    /// Shorthand for --format json
    #[arg(long, global = true, conflicts_with = "format")]
    pub json: bool,

    /// No progress bars or status messages on stderr
    #[arg(short, long, global = true)]
    pub quiet: bool,

    /// When to use colour (NO_COLOR is honoured under auto)
    #[arg(long, global = true, value_enum, default_value_t = ColorArg::Auto, value_name = "WHEN")]
    pub color: ColorArg,

    /// Interface language: zh-CN or en [default: lang in config.toml, else the locale
    /// (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English
    #[arg(long, global = true, env = "MZCTL_LANG", value_parser = parse_lang, value_name = "LANG")]
    pub lang: Option<crate::i18n::Lang>,

    /// Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh
    #[arg(long, global = true, value_enum, default_value_t = HeadersArg::En, value_name = "LANG")]
    pub csv_headers: HeadersArg,

    /// Answer yes to confirmations (needed for destructive steps off a terminal)
    #[arg(short, long, global = true)]
    pub yes: bool,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum FormatArg {
    Table,
    Json,
    Csv,
    /// An Excel workbook on stdout (redirect it to a file)
    Xlsx,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum CsvEncodingArg {
    #[value(name = "utf-8")]
    Utf8,
    #[value(name = "utf-8-bom")]
    Utf8Bom,
    #[value(name = "gb18030", alias = "gbk")]
    Gb18030,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum HeadersArg {
    En,
    Zh,
}

fn parse_lang(v: &str) -> Result<crate::i18n::Lang, String> {
    crate::i18n::Lang::parse(v).ok_or_else(|| format!("unknown language {v:?} (zh-CN or en)"))
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ColorArg {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create, upgrade and inspect the database
    #[command(subcommand)]
    Db(db::DbCommand),
    /// The audit log of every change
    #[command(subcommand)]
    Audit(audit::AuditCommand),
    /// Bulk-load people, enrolments, deaths or organizations from CSV; list and undo batches
    Import(import::ImportCommand),
    /// Region codes (GB/T 2260) and their history: look up, resolve, diff, validate, import
    #[command(subcommand)]
    Region(region::RegionCommand),
    /// Placenames (地名) with their 20-digit codes
    #[command(subcommand)]
    Place(place::PlaceCommand),
    /// Data-quality checks: the rule catalogue, stored runs, findings, diffs and safe fixes
    #[command(subcommand)]
    Check(check::CheckCommand),
    /// The information-system inventory: register, measure use, find zombies, retire them
    #[command(subcommand)]
    Systems(systems::SystemsCommand),
    /// One person's whole record (全息查询), and finding a person by name
    #[command(subcommand)]
    Person(person::PersonCommand),
    /// After a death (身后一件事): end the benefits, recover what was overpaid, revoke certificates
    #[command(subcommand)]
    Death(death::DeathCommand),
    /// Payments against the register (三单合一): the should-pay list of a month
    #[command(subcommand)]
    Payments(payments::PaymentsCommand),
    /// Signed e-certificates (电子证照): issuers and keys, types, issuing, offline verification, revocation
    #[command(subcommand)]
    Cert(cert::CertCommand),
    /// Write the supervisor's report: one self-contained HTML page with charts (or an xlsx)
    Report(report::ReportArgs),
    /// Generate a realistic synthetic city: people, enrolments, deaths, organizations, systems
    Seed(seed::SeedArgs),
    /// Build a small synthetic city and run every capability on it
    Demo(demo::DemoArgs),
    /// Print a shell completion script
    Completions(completions::CompletionsArgs),
    /// Write the man pages
    Man(man::ManArgs),
}

impl Command {
    /// Commands that may change data, and so write an audit row.
    fn mutates(&self) -> bool {
        match self {
            Command::Db(c) => c.mutates(),
            Command::Import(c) => c.mutates(),
            Command::Region(c) => c.mutates(),
            Command::Place(c) => c.mutates(),
            Command::Check(c) => c.mutates(),
            Command::Systems(c) => c.mutates(),
            Command::Cert(c) => c.mutates(),
            Command::Person(c) => c.mutates(),
            Command::Death(c) => c.mutates(),
            Command::Payments(c) => c.mutates(),
            Command::Demo(_) => true,
            Command::Seed(a) => a.into_db,
            Command::Audit(_) | Command::Completions(_) | Command::Man(_) | Command::Report(_) => false,
        }
    }
}

/// What a command runs with: output settings, the database (opened on first use), and what
/// it changed, for the audit log.
pub struct Ctx {
    pub out: Output,
    pub yes: bool,
    url: Option<DbUrl>,
    db_flag: Option<String>,
    store: Option<Store>,
    changed: Option<Counts>,
    /// The command line of a command that may change data, to audit once the database is open.
    audit_line: Option<String>,
    /// Its audit entry, once written.
    audit_id: Option<i64>,
}

impl Ctx {
    pub fn new(global: &Global) -> Ctx {
        let format = if global.json {
            Some(Format::Json)
        } else {
            global.format.map(|f| match f {
                FormatArg::Table => Format::Table,
                FormatArg::Json => Format::Json,
                FormatArg::Csv => Format::Csv,
                FormatArg::Xlsx => Format::Xlsx,
            })
        };
        let color = match global.color {
            ColorArg::Auto => ColorWhen::Auto,
            ColorArg::Always => ColorWhen::Always,
            ColorArg::Never => ColorWhen::Never,
        };
        let mut out = Output::new(format, color, global.quiet);
        out.headers_zh = global.csv_headers == HeadersArg::Zh;
        out.csv_encoding = global.csv_encoding.map(|e| match e {
            CsvEncodingArg::Utf8 => crate::csvout::Encoding::Utf8,
            CsvEncodingArg::Utf8Bom => crate::csvout::Encoding::Utf8Bom,
            CsvEncodingArg::Gb18030 => crate::csvout::Encoding::Gb18030,
        });
        Ctx { out, yes: global.yes, url: None, db_flag: global.db.clone(), store: None, changed: None, audit_line: None, audit_id: None }
    }

    /// The database URL in effect (flag > MZCTL_DB > config > default).
    pub fn url(&mut self) -> Result<&DbUrl> {
        if self.url.is_none() {
            let raw = crate::config::resolve_db_url(self.db_flag.as_deref())?;
            self.url = Some(DbUrl::parse(&raw)?);
        }
        self.url.as_ref().ok_or_else(|| anyhow::anyhow!("no database URL"))
    }

    /// Use `fallback` instead of the default database when the user chose none (no `--db`,
    /// `MZCTL_DB` or `db` in config.toml); true when it did.
    pub fn db_unless_chosen(&mut self, fallback: DbUrl) -> Result<bool> {
        if self.url.is_some() || crate::config::configured_db_url(self.db_flag.as_deref())?.is_some() {
            return Ok(false);
        }
        self.url = Some(fallback);
        Ok(true)
    }

    /// The database, opened and migrated on first use.
    pub fn store(&mut self) -> Result<&mut Store> {
        if self.store.is_none() {
            let url = self.url()?.clone();
            self.store = Some(crate::db::open_migrated(&url)?);
            self.open_audit()?;
        }
        self.opened()
    }

    /// Write the `running` audit entry of a command that may change data before it can: where
    /// the entry cannot be written the command stops here, having changed nothing.
    fn open_audit(&mut self) -> Result<()> {
        let (Some(line), Some(store)) = (self.audit_line.as_deref(), self.store.as_mut()) else {
            return Ok(());
        };
        match crate::ops::audit::begin(store, line) {
            Ok(id) => {
                self.audit_id = Some(id);
                Ok(())
            }
            Err(e) => Err(Fail::error(format!(
                "cannot write the audit log, so nothing was changed: {}",
                crate::db::url::redact(&format!("{e:#}"))
            ))
            .hint("the role must be able to add and update rows of audit_log: see docs/postgres.md")
            .into()),
        }
    }

    /// The database, opened but not migrated (for `db status` and `db migrate -n`).
    pub fn store_as_is(&mut self) -> Result<&mut Store> {
        if self.store.is_none() {
            let url = self.url()?.clone();
            self.store = Some(crate::db::open(&url)?);
        }
        self.opened()
    }

    fn opened(&mut self) -> Result<&mut Store> {
        match self.store.as_mut() {
            Some(s) => {
                for note in s.notes() {
                    crate::ui::warn(&note);
                }
                Ok(s)
            }
            None => Err(anyhow::anyhow!("database not open")),
        }
    }

    /// Mark that the command changed data; the audit row records these counts.
    pub fn changed(&mut self, counts: Counts) {
        self.changed.get_or_insert_with(Counts::new).extend(counts);
    }

    /// Close the audit entry of a command that may change data: how it ended and what it
    /// changed. An entry that cannot be closed is an error even when the command succeeded.
    fn audit(&mut self, result: &Result<Code>) -> Result<()> {
        if self.audit_line.is_none() || self.store.is_none() {
            return Ok(());
        }
        let outcome = match result {
            Ok(_) if self.changed.is_none() => "ok (no change)".to_string(),
            Ok(Code::Problems) => "ok (problems found)".to_string(),
            Ok(_) => "ok".to_string(),
            Err(e) if error::find_fail(e).is_some_and(|f| f.code == Code::Usage) => "refused".to_string(),
            Err(e) => format!("error: {}", crate::db::url::redact(&format!("{e:#}"))),
        };
        let changed_any = self.changed.is_some();
        let counts = self.changed.take().unwrap_or_default();
        let failed = result.is_err();
        let Some(store) = self.store.as_mut() else {
            return Ok(());
        };
        let Some(id) = self.audit_id else {
            // Opened without the audit log in place (`db init`, `db migrate`): one entry now.
            return match self.audit_line.as_deref() {
                Some(line) if changed_any || failed => crate::ops::audit::record(store, line, &counts, &outcome, failed).map_err(|e| {
                    Fail::error(format!("could not write the audit log: {}", crate::db::url::redact(&format!("{e:#}")))).into()
                }),
                _ => Ok(()),
            };
        };
        if crate::ops::audit::finish(store, id, &counts, &outcome, failed).is_ok() {
            return Ok(());
        }
        // The connection itself may be what failed: try once more on a new one.
        let url = self.url()?.clone();
        let retried = crate::db::open(&url).and_then(|mut fresh| crate::ops::audit::finish(&mut fresh, id, &counts, &outcome, false));
        retried.map_err(|e| {
            Fail::error(format!("audit entry {id} could not be closed (it stays `running`): {}", crate::db::url::redact(&format!("{e:#}"))))
                .into()
        })
    }
}

/// Entry point: parse, run, map the outcome to an exit code.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // Help and version go to stdout; a closed pipe there is not an error.
            let _ = e.print();
            return ExitCode::from(e.exit_code().clamp(0, 255) as u8);
        }
    };
    crate::i18n::set(crate::config::resolve_lang(cli.global.lang));
    let mut ctx = Ctx::new(&cli.global);
    let color = ctx.out.color;
    if cli.command.mutates() {
        ctx.audit_line = Some(crate::ops::audit::command_line(std::env::args()));
    }
    let mut result = run(&mut ctx, cli.command);
    if let Err(e) = ctx.audit(&result) {
        // The command's own error comes first; a command that succeeded fails here.
        if result.is_ok() {
            result = Err(e);
        } else {
            crate::ui::warn(&format!("{e:#}"));
        }
    }
    match result {
        Ok(code) => ExitCode::from(code as u8),
        Err(e) if error::is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            let fail = error::find_fail(&e);
            let (prefix, hint_prefix) = if color { ("\x1b[1;31merror:\x1b[0m", "\x1b[1;36mhint:\x1b[0m") } else { ("error:", "hint:") };
            let (prefix, hint_prefix) = (prefix.replace("error", &crate::t!("error")), hint_prefix.replace("hint", &crate::t!("hint")));
            eprintln!("{prefix} {}", crate::i18n::localize(&crate::db::url::redact(&format!("{e:#}"))));
            if let Some(hint) = fail.and_then(|f| f.hint.clone()).or_else(|| crate::ops::db::hint_for(&e)) {
                eprintln!("{hint_prefix} {}", crate::i18n::localize(&hint));
            }
            ExitCode::from(fail.map_or(Code::Error, |f| f.code) as u8)
        }
    }
}

fn run(ctx: &mut Ctx, command: Command) -> Result<Code> {
    match command {
        Command::Db(c) => db::run(ctx, c),
        Command::Audit(c) => audit::run(ctx, c),
        Command::Import(c) => import::run(ctx, c),
        Command::Region(c) => region::run(ctx, c),
        Command::Place(c) => place::run(ctx, c),
        Command::Check(c) => check::run(ctx, c),
        Command::Systems(c) => systems::run(ctx, c),
        Command::Cert(c) => cert::run(ctx, c),
        Command::Person(c) => person::run(ctx, c),
        Command::Death(c) => death::run(ctx, c),
        Command::Report(a) => report::run(ctx, a),
        Command::Payments(c) => payments::run(ctx, c),
        Command::Seed(a) => seed::run(ctx, a),
        Command::Demo(a) => demo::run(ctx, a),
        Command::Completions(a) => completions::run(a),
        Command::Man(a) => man::run(a),
    }
}

/// Parse a `--since`-style value: a date, a timestamp, or a span back from now (`7d`, `12h`).
pub fn parse_since(v: &str) -> Result<jiff::Timestamp, Fail> {
    let bad = || Fail::usage(format!("invalid time {v:?}")).hint("use YYYY-MM-DD, an RFC 3339 timestamp, or a span like 7d / 12h");
    if let Ok(ts) = v.parse::<jiff::Timestamp>() {
        return Ok(ts);
    }
    if let Ok(d) = v.parse::<jiff::civil::Date>() {
        return d.to_zoned(crate::clock::CST.to_time_zone()).map(|z| z.timestamp()).map_err(|_| bad());
    }
    let span = parse_span(v).map_err(|_| bad())?;
    let now = crate::clock::now().map_err(|_| bad())?;
    now.checked_sub(span).map_err(|_| bad())
}

/// Parse a span: a whole number of weeks, days or hours (`2w`, `30d`, `12h`).
pub fn parse_span(v: &str) -> Result<jiff::SignedDuration, Fail> {
    let bad = || Fail::usage(format!("invalid span {v:?}")).hint("use a number and a unit: 2w, 30d, 12h");
    let Some((at, unit)) = v.char_indices().next_back() else {
        return Err(bad());
    };
    let n: i64 = v[..at].parse().map_err(|_| bad())?;
    let hours = match unit {
        'w' => n.checked_mul(24 * 7),
        'd' => n.checked_mul(24),
        'h' => Some(n),
        _ => None,
    };
    hours.and_then(|h| h.checked_mul(3600)).map(jiff::SignedDuration::from_secs).ok_or_else(bad)
}

/// How `--split-by` divides a list into one workbook per group (`--out DIR`): per county-level
/// district (区县), retired codes rolled up to their successors.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum SplitBy {
    District,
}
