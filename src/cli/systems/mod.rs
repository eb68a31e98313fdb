//! `mzctl systems …`: the information-system inventory and zombie-system cleanup.
mod activity;
mod add;
mod edit;
mod import;
mod list;
mod policy;
mod probe;
mod report;
mod retire;
mod scan;
mod show;

use super::Ctx;
use crate::db::systems::System;
use crate::domain::values::format_fen;
use crate::error::Code;
use crate::ui::{Report, Table};
use anyhow::Result;
use clap::Subcommand;
use serde::Serialize;

#[derive(Debug, Subcommand)]
pub enum SystemsCommand {
    /// Register a system (prompts on a terminal for what is missing)
    Add(Box<add::AddArgs>),
    /// Load the inventory from CSV through the import engine (canonical or Chinese headers)
    Import(import::ImportArgs),
    /// List registered systems
    List(list::ListArgs),
    /// One system: its fields, activity, latest scan and retirement steps
    Show(show::ShowArgs),
    /// Change fields of a system
    Edit(edit::EditArgs),
    /// Record use: ingest access logs, record other activity
    #[command(subcommand)]
    Activity(activity::ActivityCommand),
    /// Check that systems answer: HTTP(S) status, latency and certificate expiry, TCP connects
    Probe(probe::ProbeArgs),
    /// Classify every system as active, idle or zombie by the policy, and store the scan
    Scan(scan::ScanArgs),
    /// The scan policy
    #[command(subcommand)]
    Policy(policy::PolicyCommand),
    /// Record the next retirement step of a system (suspected → … → retired)
    Retire(retire::RetireArgs),
    /// Systems and resources per department, vendor or state: reclaimable and reclaimed
    Report(report::ReportArgs),
}

impl SystemsCommand {
    pub fn mutates(&self) -> bool {
        match self {
            SystemsCommand::Add(a) => !a.dry_run,
            SystemsCommand::Import(a) => !a.dry_run,
            SystemsCommand::Edit(a) => !a.dry_run,
            SystemsCommand::Activity(c) => c.mutates(),
            SystemsCommand::Scan(_) => true,
            SystemsCommand::Probe(a) => !a.dry_run,
            SystemsCommand::Retire(a) => !a.dry_run,
            SystemsCommand::List(_) | SystemsCommand::Show(_) | SystemsCommand::Policy(_) | SystemsCommand::Report(_) => false,
        }
    }
}

pub fn run(ctx: &mut Ctx, cmd: SystemsCommand) -> Result<Code> {
    match cmd {
        SystemsCommand::Add(a) => add::run(ctx, *a),
        SystemsCommand::Import(a) => import::run(ctx, a),
        SystemsCommand::List(a) => list::run(ctx, a),
        SystemsCommand::Show(a) => show::run(ctx, a),
        SystemsCommand::Edit(a) => edit::run(ctx, a),
        SystemsCommand::Activity(c) => activity::run(ctx, c),
        SystemsCommand::Probe(a) => probe::run(ctx, a),
        SystemsCommand::Scan(a) => scan::run(ctx, a),
        SystemsCommand::Policy(c) => policy::run(ctx, c),
        SystemsCommand::Retire(a) => retire::run(ctx, a),
        SystemsCommand::Report(a) => report::run(ctx, a),
    }
}

/// `FIELD=VALUE` of `--set`.
pub fn parse_set(s: &str) -> Result<(String, String), String> {
    let (field, value) = s.split_once('=').ok_or_else(|| format!("expected FIELD=VALUE, not {s:?}"))?;
    Ok((field.trim().to_string(), value.to_string()))
}

/// The fields of one system.
pub fn fields(s: &System) -> Table {
    let mut t = Table::fields();
    let d = |d: Option<jiff::civil::Date>| d.map(|d| d.to_string()).unwrap_or_default();
    t.field("id", &s.id)
        .field("name", &s.name)
        .field("department", &s.department)
        .field("owner", &s.owner)
        .field("contact", &s.contact)
        .field("purpose", &s.purpose)
        .field("tags", &s.tags)
        .field("scope", &s.scope)
        .field("go live", d(s.go_live))
        .field("approval", &s.approval_doc)
        .field("approved by", format!("{} {}", s.approved_by, d(s.approved_on)).trim())
        .field("funding", format!("{} {}", format_fen(s.funding_fen), s.funding_source).trim())
        .field("vendor", &s.vendor)
        .field("contract end", d(s.contract_end))
        .field("等保", format!("{} {}", s.mlps_level, s.mlps_filing).trim())
        .field("密评", &s.crypto_assessment)
        .field("urls", &s.urls)
        .field("hosts", &s.hosts)
        .field("environment", &s.environment)
        .field("resources", format!("{} vCPU, {} GB memory, {} GB storage, {} IPs", s.vcpu, s.memory_gb, s.storage_gb, s.ips))
        .field("annual cost", format_fen(s.annual_cost_fen))
        .field("sharing", &s.sharing)
        .field("state", &s.state)
        .field("notes", &s.notes);
    t
}

/// A list of systems.
#[derive(Serialize)]
#[serde(transparent)]
pub struct Systems(pub Vec<System>);

impl Report for Systems {
    fn tables(&self) -> Vec<Table> {
        let mut t = Table::new([
            "id",
            "name",
            "department",
            "owner",
            "vendor",
            "contract_end",
            "vcpu",
            "memory_gb",
            "storage_gb",
            "annual_cost",
            "state",
        ]);
        for s in &self.0 {
            t.row([
                s.id.clone(),
                s.name.clone(),
                s.department.clone(),
                s.owner.clone(),
                s.vendor.clone(),
                s.contract_end.map(|d| d.to_string()).unwrap_or_default(),
                s.vcpu.to_string(),
                s.memory_gb.to_string(),
                s.storage_gb.to_string(),
                format_fen(s.annual_cost_fen),
                s.state.clone(),
            ]);
        }
        vec![t]
    }
}
