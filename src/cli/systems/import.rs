use crate::cli::import::load::{parse_delimiter, parse_map, EncodingArg, ModeArg};
use crate::cli::Ctx;
use crate::db::records::Mode;
use crate::domain::kind::Kind;
use crate::error::Code;
use crate::ops::import::{source, ImportOptions};
use anyhow::Result;
use clap::Args;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// CSV or TSV file (canonical or Chinese headers), or - for stdin
    #[arg(value_name = "FILE")]
    pub file: String,
    /// insert: new ids only; upsert: insert or update by id; replace: upsert, then delete the
    /// systems the file does not hold
    #[arg(long, value_enum, default_value_t = ModeArg::Upsert)]
    pub mode: ModeArg,
    /// Field delimiter [default: sniffed from the header line; tab for .tsv]
    #[arg(long, value_name = "CHAR", value_parser = parse_delimiter)]
    pub delimiter: Option<u8>,
    /// Input encoding; auto recognises UTF-8 (with or without BOM) and GB18030/GBK
    #[arg(long, value_enum, default_value_t = EncodingArg::Auto)]
    pub encoding: EncodingArg,
    /// Read column HEADER as FIELD (repeatable), e.g. --map 系统简称=id
    #[arg(long = "map", value_name = "HEADER=FIELD", value_parser = parse_map)]
    pub maps: Vec<(String, String)>,
    /// Where rejected rows go [default: FILE.rejects.csv, written only when a row is rejected]
    #[arg(long, value_name = "FILE")]
    pub rejects: Option<PathBuf>,
    /// Validate and count exactly what would change, writing nothing
    #[arg(short = 'n', long)]
    pub dry_run: bool,
}

pub fn run(ctx: &mut Ctx, args: ImportArgs) -> Result<Code> {
    let opts = ImportOptions {
        delimiter: args.delimiter,
        encoding: match args.encoding {
            EncodingArg::Auto => source::EncodingChoice::Auto,
            EncodingArg::Utf8 => source::EncodingChoice::Utf8,
            EncodingArg::Gb18030 => source::EncodingChoice::Gb18030,
        },
        maps: args.maps,
        rejects: args.rejects,
        mode: match args.mode {
            ModeArg::Insert => Mode::Insert,
            ModeArg::Upsert => Mode::Upsert,
            ModeArg::Replace => Mode::Replace,
        },
        dry_run: args.dry_run,
        batch_size: Some(5_000),
        ..ImportOptions::new(Kind::Systems, source::Input::parse(&args.file), crate::clock::today()?)
    };
    crate::cli::import::load::execute(ctx, &opts)
}
