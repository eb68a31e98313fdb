//! `mzctl systems activity ingest|record`.
use crate::cli::Ctx;
use crate::error::Code;
use crate::ops::systems::activity::{self, IngestReport, LogInput, Recorded};
use crate::ops::systems::logs::Patterns;
use crate::ui::{progress::Progress, Report, Table};
use anyhow::Result;
use clap::{Args, Subcommand, ValueEnum};

#[derive(Debug, Subcommand)]
pub enum ActivityCommand {
    /// Count real use per day from web access logs (combined or common format, .gz, stdin)
    Ingest(IngestArgs),
    /// Record activity that is not in a log (data updates, logins, deploys, maintenance)
    Record(RecordArgs),
}

impl ActivityCommand {
    pub fn mutates(&self) -> bool {
        match self {
            ActivityCommand::Ingest(a) => !a.dry_run,
            ActivityCommand::Record(a) => !a.dry_run,
        }
    }
}

pub fn run(ctx: &mut Ctx, cmd: ActivityCommand) -> Result<Code> {
    match cmd {
        ActivityCommand::Ingest(a) => ingest(ctx, a),
        ActivityCommand::Record(a) => record(ctx, a),
    }
}

#[derive(Debug, Args)]
#[command(after_long_help = "Not counted as use (built in): health-check paths /health, /healthz, /actuator/health, /ping, \
/status, /metrics, /readyz, /livez, /server-status, /nginx_status; static assets (.js, .css, images, fonts, .map); crawler \
and monitoring agents (bot, spider, crawl, kube-probe, Zabbix, Prometheus, blackbox, Nagios, Pingdom, uptime, curl, wget, \
python-requests, …). Ingesting a day again replaces its numbers.")]
pub struct IngestArgs {
    /// The system id
    pub id: String,
    /// Access logs (.gz decompressed), or - for stdin
    #[arg(value_name = "FILE", required = true)]
    pub files: Vec<String>,
    /// Also exclude requests to this path prefix (repeatable)
    #[arg(long, value_name = "PREFIX")]
    pub exclude_path: Vec<String>,
    /// Also exclude user agents containing this text, case-insensitive (repeatable)
    #[arg(long, value_name = "TEXT")]
    pub exclude_agent: Vec<String>,
    /// Also exclude paths ending with this (repeatable), e.g. .pdf
    #[arg(long, value_name = "SUFFIX")]
    pub exclude_suffix: Vec<String>,
    /// Start from no patterns at all: only the --exclude-* given apply
    #[arg(long)]
    pub no_default_excludes: bool,
    /// Count and report; store nothing
    #[arg(short = 'n', long)]
    pub dry_run: bool,
}

fn ingest(ctx: &mut Ctx, args: IngestArgs) -> Result<Code> {
    let mut patterns = if args.no_default_excludes {
        Patterns { probe_paths: vec![], static_suffixes: vec![], agents: vec![] }
    } else {
        Patterns::default()
    };
    patterns.probe_paths.extend(args.exclude_path);
    patterns.agents.extend(args.exclude_agent);
    patterns.static_suffixes.extend(args.exclude_suffix);
    let inputs: Vec<LogInput> = args.files.iter().map(|f| LogInput::parse(f)).collect();
    let total = inputs.iter().map(LogInput::size).sum::<Option<u64>>();
    let bar = Progress::bytes(total, ctx.out.quiet);
    let (report, counts) = activity::ingest(ctx.store()?, &args.id, &inputs, patterns, args.dry_run, &mut |b| bar.set(b))?;
    bar.finish();
    if !args.dry_run {
        ctx.changed(counts);
    }
    ctx.out.emit(&report)?;
    Ok(Code::Ok)
}

impl Report for IngestReport {
    fn tables(&self) -> Vec<Table> {
        let mut t = Table::fields();
        let c = &self.counts;
        t.field("system", &self.system)
            .field("files", self.files.join(" "))
            .field("lines", c.lines)
            .field("real requests", c.counted)
            .field("health checks", c.probes)
            .field("crawlers, monitoring", c.agents)
            .field("static assets", c.static_assets)
            .field("malformed", c.malformed)
            .field("days", format!("{} ({} … {})", self.days, opt(self.first_day), opt(self.last_day)))
            .field("last access", self.last_access.map_or("-".into(), crate::clock::format_utc))
            .field("distinct users", self.users);
        if self.dry_run {
            t.field("stored", "no (dry run)");
        }
        vec![t]
    }

    fn csv(&self) -> Option<Table> {
        let mut t = Table::new(["day", "requests", "clients", "users", "last_at"]);
        for d in &self.per_day {
            t.row([
                d.day.to_string(),
                d.requests.to_string(),
                d.clients.to_string(),
                d.users.len().to_string(),
                d.last_at.map(crate::clock::format_utc).unwrap_or_default(),
            ]);
        }
        Some(t)
    }
}

fn opt<T: ToString>(v: Option<T>) -> String {
    v.map_or("-".into(), |v| v.to_string())
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum KindArg {
    #[value(name = "data_update")]
    DataUpdate,
    Login,
    Deploy,
    Maintenance,
    Access,
}

#[derive(Debug, Args)]
pub struct RecordArgs {
    /// The system id
    pub id: String,
    /// What happened
    #[arg(long, value_enum)]
    pub kind: KindArg,
    /// When: a date, an RFC 3339 timestamp, or a span back from now (3d)
    #[arg(long, value_name = "WHEN")]
    pub at: String,
    /// How many (events, logins, rows updated)
    #[arg(long, default_value_t = 1, value_name = "N")]
    pub count: i64,
    /// Check and show; store nothing
    #[arg(short = 'n', long)]
    pub dry_run: bool,
}

fn record(ctx: &mut Ctx, args: RecordArgs) -> Result<Code> {
    let at = crate::cli::parse_since(&args.at)?;
    let kind = match args.kind {
        KindArg::DataUpdate => "data_update",
        KindArg::Login => "login",
        KindArg::Deploy => "deploy",
        KindArg::Maintenance => "maintenance",
        KindArg::Access => "access",
    };
    let (rec, counts) = activity::record(ctx.store()?, &args.id, kind, at, args.count, args.dry_run)?;
    if !args.dry_run {
        ctx.changed(counts);
    }
    ctx.out.emit(&rec)?;
    Ok(Code::Ok)
}

impl Report for Recorded {
    fn tables(&self) -> Vec<Table> {
        let mut t = Table::fields();
        t.field("system", &self.system)
            .field("kind", &self.kind)
            .field("day", self.day)
            .field("at", crate::clock::format_utc(self.at))
            .field("count", self.count);
        if self.dry_run {
            t.field("stored", "no (dry run)");
        }
        vec![t]
    }
}
