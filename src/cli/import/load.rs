use crate::cli::Ctx;
use crate::db::records::Mode;
use crate::domain::kind::Kind;
use crate::error::{Code, Fail};
use crate::ops::import::{self, source, ImportOptions, ImportReport};
use crate::ui::{progress::Progress, Report, Table};
use anyhow::Result;
use clap::{Args, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct LoadArgs {
    /// Record kind
    #[arg(value_enum, required = true)]
    pub kind: Option<KindArg>,
    /// CSV or TSV file, a spreadsheet (.xlsx, .xls, .ods), or - for stdin
    #[arg(value_name = "FILE", required = true)]
    pub file: Option<String>,
    /// Field delimiter [default: sniffed from the header line; tab for .tsv]
    #[arg(long, value_name = "CHAR", value_parser = parse_delimiter)]
    pub delimiter: Option<u8>,
    /// The sheet of an .xlsx/.xls/.ods file [default: the first]
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
    /// Input encoding; auto recognises UTF-8 (with or without BOM) and GB18030/GBK
    #[arg(long, value_enum, default_value_t = EncodingArg::Auto)]
    pub encoding: EncodingArg,
    /// Read column HEADER as FIELD (repeatable), e.g. --map 证件号=id_number
    #[arg(long = "map", value_name = "HEADER=FIELD", value_parser = parse_map)]
    pub maps: Vec<(String, String)>,
    /// Store rows that break domain rules as they are, flagged, for `mzctl check` to find
    #[arg(long)]
    pub lenient: bool,
    /// Where rejected rows go [default: FILE.rejects.csv, written only when a row is rejected, in
    /// the input's encoding (UTF-8 with a BOM for a workbook) unless --csv-encoding says otherwise]
    #[arg(long, value_name = "FILE")]
    pub rejects: Option<PathBuf>,
    /// On a rejected row: skip it (default) or abort the import, storing nothing
    #[arg(long, value_enum, default_value_t = OnError::Skip)]
    pub on_error: OnError,
    /// Abort, storing nothing, when more than N rows are rejected
    #[arg(long, value_name = "N")]
    pub max_errors: Option<u64>,
    /// insert: new keys only; upsert: insert or update by natural key; replace: upsert, then
    /// delete the rows the file does not hold
    #[arg(long, value_enum, default_value_t = ModeArg::Upsert)]
    pub mode: ModeArg,
    /// Validate and count exactly what would change, writing nothing
    #[arg(short = 'n', long)]
    pub dry_run: bool,
    /// Rows per committed chunk [default: 50,000, or a sixteenth of the file's rows when more;
    /// into an empty table, the whole file, sorted by key, in one transaction]
    #[arg(long, value_name = "N")]
    pub batch_size: Option<usize>,
    /// Continue the interrupted batch of this file from its last committed line
    #[arg(long)]
    pub resume: bool,
    /// A field longer than this rejects its row (K, M, G suffixes; binary units)
    #[arg(long, value_name = "SIZE", default_value = "1M", value_parser = parse_size)]
    pub max_field: u64,
    /// A spreadsheet whose parts unpack to more than this is refused unread
    #[arg(long, value_name = "SIZE", default_value = "1G", value_parser = parse_size)]
    pub max_unpacked: u64,
    /// A spreadsheet part that unpacks to more than N times its packed size is refused
    #[arg(long, value_name = "N", default_value_t = 100)]
    pub max_ratio: u64,
    /// The date validation takes as today (future birth dates are errors) [default: today]
    #[arg(long, value_name = "DATE", hide = true)]
    pub today: Option<jiff::civil::Date>,
    /// deaths: then apply the recorded deaths as `mzctl death apply` does (as of today, ending
    /// enrolments at the end of the month of death); off a terminal it needs --yes
    #[arg(long)]
    pub apply: bool,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum KindArg {
    People,
    Enrolments,
    Deaths,
    Organizations,
    Payments,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum EncodingArg {
    Auto,
    #[value(name = "utf-8")]
    Utf8,
    Gb18030,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum OnError {
    Skip,
    Abort,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ModeArg {
    Insert,
    Upsert,
    Replace,
}

pub fn parse_delimiter(s: &str) -> Result<u8, String> {
    match s {
        "\\t" | "tab" => Ok(b'\t'),
        _ if s.len() == 1 && s.is_ascii() => Ok(s.as_bytes()[0]),
        _ => Err(format!("a delimiter is one ASCII character (or \\t), not {s:?}")),
    }
}

/// A size in bytes: a number, optionally with K, M or G (binary: 1K = 1024), and B or iB.
pub fn parse_size(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let t = t.strip_suffix("iB").or_else(|| t.strip_suffix('B')).unwrap_or(t);
    let (num, shift) = match t.char_indices().last() {
        Some((i, 'K' | 'k')) => (&t[..i], 10),
        Some((i, 'M' | 'm')) => (&t[..i], 20),
        Some((i, 'G' | 'g')) => (&t[..i], 30),
        _ => (t, 0),
    };
    let bad = || format!("a size is a number with K, M or G (1M = 1048576 bytes), not {s:?}");
    let n: u64 = num.trim().parse().map_err(|_| bad())?;
    n.checked_shl(shift).filter(|v| v >> shift == n && *v > 0).ok_or_else(bad)
}

pub fn parse_map(s: &str) -> Result<(String, String), String> {
    let (header, field) = s.split_once('=').ok_or_else(|| format!("expected HEADER=FIELD, not {s:?}"))?;
    Ok((field.trim().to_string(), header.trim().to_string()))
}

pub fn run(ctx: &mut Ctx, args: LoadArgs) -> Result<Code> {
    let (Some(kind), Some(file)) = (args.kind, args.file) else {
        return Err(Fail::usage("mzctl import KIND FILE: both are required").into());
    };
    let opts = ImportOptions {
        kind: match kind {
            KindArg::People => Kind::People,
            KindArg::Enrolments => Kind::Enrolments,
            KindArg::Deaths => Kind::Deaths,
            KindArg::Organizations => Kind::Organizations,
            KindArg::Payments => Kind::Payments,
        },
        input: source::Input::parse(&file),
        delimiter: args.delimiter,
        sheet: args.sheet,
        encoding: match args.encoding {
            EncodingArg::Auto => source::EncodingChoice::Auto,
            EncodingArg::Utf8 => source::EncodingChoice::Utf8,
            EncodingArg::Gb18030 => source::EncodingChoice::Gb18030,
        },
        maps: args.maps,
        lenient: args.lenient,
        rejects: args.rejects,
        abort_on_error: matches!(args.on_error, OnError::Abort),
        max_errors: args.max_errors,
        mode: match args.mode {
            ModeArg::Insert => Mode::Insert,
            ModeArg::Upsert => Mode::Upsert,
            ModeArg::Replace => Mode::Replace,
        },
        dry_run: args.dry_run,
        batch_size: args.batch_size,
        resume: args.resume,
        today: match args.today {
            Some(d) => d,
            None => crate::clock::today()?,
        },
        limits: source::Limits {
            unpacked: args.max_unpacked,
            ratio: args.max_ratio.max(1),
            field: usize::try_from(args.max_field).unwrap_or(usize::MAX),
        },
        rejects_encoding: ctx.out.csv_encoding,
    };
    if args.apply && !matches!(opts.kind, Kind::Deaths) {
        return Err(Fail::usage("--apply is for `mzctl import deaths`").into());
    }
    let code = execute(ctx, &opts)?;
    if args.apply && !opts.dry_run {
        apply_deaths(ctx, opts.today)?;
    }
    Ok(code)
}

/// `import deaths --apply`: the deaths now recorded applied, summed up on stderr (stdout holds
/// the import's report).
fn apply_deaths(ctx: &mut Ctx, today: jiff::civil::Date) -> Result<()> {
    use crate::ops::death;
    let plan = death::plan(ctx.store()?, death::ApplyOptions { as_of: today, end_at: crate::domain::benefits::EndAt::MonthEnd })?;
    if plan.deaths.is_empty() {
        ctx.out.status("no death to apply");
        return Ok(());
    }
    crate::ui::prompt::confirm(
        &format!(
            "apply {} death(s): end {} enrolment(s), revoke {} certificate(s)",
            plan.deaths.len(),
            plan.enrolments(),
            plan.revocations()
        ),
        ctx.yes,
        false,
    )?;
    let applied = death::apply(ctx.store()?, &plan)?;
    ctx.changed(applied.counts());
    ctx.out.status(&format!(
        "applied {} death(s): {} enrolment(s) ended, {} certificate(s) revoked, {} yuan to recover (mzctl death recoveries)",
        applied.deaths,
        applied.enrolments_ended,
        applied.certificates_revoked,
        crate::domain::values::format_fen(applied.recovered_fen)
    ));
    Ok(())
}

/// Run an import with a progress bar, record it for the audit log, print the report; exit 3
/// when rows were rejected. Shared by `mzctl import` and `mzctl systems import`.
pub(crate) fn execute(ctx: &mut Ctx, opts: &ImportOptions) -> Result<Code> {
    let bar = Progress::bytes(opts.input.size(), ctx.out.quiet);
    let report = import::run(ctx.store()?, opts, &mut |bytes, rows| {
        bar.set(bytes);
        bar.message(format!("{rows} rows"));
    })?;
    bar.finish();
    for note in &report.notes {
        ctx.out.status(&format!("note: {note}"));
    }
    if !report.dry_run {
        ctx.changed(
            [("inserted", report.inserted), ("updated", report.updated), ("deleted", report.deleted), ("rejected", report.rejected)]
                .into_iter()
                .map(|(k, v)| (format!("{}.{k}", report.kind), v as i64))
                .collect(),
        );
    }
    ctx.out.emit(&report)?;
    if let Some(f) = &report.rejects_file {
        ctx.out.status(&format!("{} rows rejected: see {f}", report.rejected));
    }
    Ok(if report.rejected > 0 { Code::Problems } else { Code::Ok })
}

impl Report for ImportReport {
    fn tables(&self) -> Vec<Table> {
        let mut t = Table::fields();
        let batch = match self.batch {
            Some(b) => b.to_string(),
            None => "dry run: nothing written".to_string(),
        };
        t.field("batch", batch)
            .field("kind", self.kind)
            .field("file", format!("{} ({})", self.file, self.encoding))
            .field("mode", format!("{}{}", self.mode.as_str(), if self.lenient { " (lenient)" } else { "" }))
            .field("read", self.read)
            .field("inserted", self.inserted)
            .field("updated", self.updated)
            .field("unchanged", self.unchanged)
            .field("rejected", self.rejected)
            .field("conflicts", self.conflicts);
        if self.mode == Mode::Replace {
            t.field("deleted", self.deleted);
        }
        if let Some(line) = self.resumed_after {
            t.field("resumed after line", line);
        }
        t.field("seconds", format!("{:.2}", self.seconds));
        let mut out = vec![t];
        let listing = |title: &str, head: &str, map: &std::collections::BTreeMap<String, u64>| {
            let mut t = Table::new([head, "rows"]).title(title);
            for (k, v) in map {
                t.row([k.clone(), v.to_string()]);
            }
            t
        };
        if !self.reasons.is_empty() {
            out.push(listing("Rejected rows by fault (a row with several faults counts under each)", "field: reason", &self.reasons));
        }
        if !self.normalized.is_empty() {
            out.push(listing("Normalized", "what", &self.normalized));
        }
        if !self.warnings.is_empty() {
            out.push(listing(if self.lenient { "Stored with flags" } else { "Stored with warnings" }, "rule", &self.warnings));
        }
        if !self.conflict_lines.is_empty() {
            let mut c = Table::new(["line", "same key as line"]).title("Conflicts (the later line wins)");
            for x in &self.conflict_lines {
                c.row([x.line.to_string(), x.earlier_line.to_string()]);
            }
            out.push(c);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn sizes_parse() {
        assert_eq!(super::parse_size("1M"), Ok(1 << 20));
        assert_eq!(super::parse_size("512KiB"), Ok(512 << 10));
        assert_eq!(super::parse_size("2G"), Ok(2 << 30));
        assert_eq!(super::parse_size("1000"), Ok(1000));
        assert!(super::parse_size("0").is_err());
        assert!(super::parse_size("1T").is_err());
        assert!(super::parse_size("99999999999G").is_err());
    }
}
