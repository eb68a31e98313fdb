use crate::cli::Ctx;
use crate::domain::systems::lifecycle_zh;
use crate::domain::values::format_fen;
use crate::error::Code;
use crate::ops::systems::policy::Policy;
use crate::ops::systems::scan::{self, ScanReport};
use crate::ui::{Report, Table};
use anyhow::Result;
use clap::Args;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct ScanArgs {
    /// Policy file (TOML) over the built-in defaults; see `mzctl systems policy show`
    #[arg(long, value_name = "FILE")]
    pub policy: Option<PathBuf>,
    /// Judge as of this day [default: today]
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<jiff::civil::Date>,
}

pub fn run(ctx: &mut Ctx, args: ScanArgs) -> Result<Code> {
    let policy = Policy::load(args.policy.as_deref())?;
    let as_of = match args.as_of {
        Some(d) => d,
        None => crate::clock::today()?,
    };
    let (report, counts) = scan::scan(ctx.store()?, &policy, as_of)?;
    ctx.changed(counts);
    for id in &report.worsened {
        crate::ui::warn(&format!("{id}: state worsened since the previous scan"));
    }
    ctx.out.emit(&report)?;
    Ok(Code::Ok)
}

/// The clean-up register (僵尸系统清理台账): one row per system, first the columns the
/// clean-up notices (国办发〔2017〕39号) ask a department to fill in, then the scan's verdict and
/// what the system holds. Chinese headers for the workbook an official submits, canonical
/// names for CSV (scripts read it).
fn register(scan: &ScanReport, zh: bool) -> Table {
    const COLUMNS: &[(&str, &str)] = &[
        ("name", "名称"),
        ("purpose", "功能"),
        ("scope", "使用范围"),
        ("visits_per_month", "使用频度（月均访问次数）"),
        ("approved_by", "审批部门"),
        ("approved_on", "审批时间"),
        ("funding_source", "经费来源"),
        ("system", "系统编号"),
        ("department", "主管部门"),
        ("owner", "负责人"),
        ("state", "判定"),
        ("score", "评分"),
        ("reasons", "判定理由"),
        ("missing_signals", "缺少的信号"),
        ("last_visit", "最近真实访问"),
        ("vcpu", "vCPU"),
        ("memory_gb", "内存(GB)"),
        ("storage_gb", "存储(GB)"),
        ("ips", "IP数"),
        ("annual_cost", "年运维费用(元)"),
        ("retirement", "清理进度"),
    ];
    let mut t = Table::new(COLUMNS.iter().map(|(en, cn)| if zh { *cn } else { *en })).title(if zh {
        format!("清理台账（扫描 {}，截至 {}）", scan.scan, scan.as_of)
    } else {
        format!("register {}", scan.scan)
    });
    let d = |d: Option<jiff::civil::Date>| d.map(|d| d.to_string()).unwrap_or_default();
    for s in &scan.systems {
        let r = &s.registered;
        let verdict = if zh {
            match s.state {
                "zombie" => "僵尸",
                "idle" => "闲置",
                _ => "在用",
            }
        } else {
            s.state
        };
        let reasons: Vec<String> = s.reasons.iter().map(|r| format!("{} +{}: {}", r.criterion, r.weight, r.detail)).collect();
        let step = if zh { lifecycle_zh(&r.state).to_string() } else { r.state.clone() };
        t.row([
            r.name.clone(),
            r.purpose.clone(),
            r.scope.clone(),
            s.visits_per_month.map(|n| n.to_string()).unwrap_or_default(),
            r.approved_by.clone(),
            d(r.approved_on),
            r.funding_source.clone(),
            s.system.clone(),
            r.department.clone(),
            r.owner.clone(),
            verdict.to_string(),
            s.score.to_string(),
            reasons.join("; "),
            s.missing.join("; "),
            d(s.last_visit),
            r.vcpu.to_string(),
            r.memory_gb.to_string(),
            r.storage_gb.to_string(),
            r.ips.to_string(),
            format_fen(r.annual_cost_fen),
            step,
        ]);
    }
    t
}

impl Report for ScanReport {
    fn csv(&self) -> Option<Table> {
        Some(register(self, false))
    }

    fn sheets(&self) -> Vec<Table> {
        let mut sum = Table::new(["项目", "数量"]).title("汇总");
        let n = |state: &str| self.counts.get(state).copied().unwrap_or(0).to_string();
        let r = &self.reclaimable;
        sum.row(["在用系统", &n("active")])
            .row(["闲置系统", &n("idle")])
            .row(["僵尸系统", &n("zombie")])
            .row(["可回收 vCPU", &r.vcpu.to_string()])
            .row(["可回收内存(GB)", &r.memory_gb.to_string()])
            .row(["可回收存储(GB)", &r.storage_gb.to_string()])
            .row(["可回收 IP 数", &r.ips.to_string()])
            .row(["可节省年运维费用(元)", &format_fen(r.annual_cost)]);
        vec![register(self, true), sum]
    }

    fn tables(&self) -> Vec<Table> {
        let mut t = Table::new(["system", "state", "score", "reasons", "missing signals", "reclaimable"])
            .title(format!("Scan {} as of {}", self.scan, self.as_of));
        for s in &self.systems {
            let state =
                if s.worsened { format!("{} (was {})", s.state, s.previous.as_deref().unwrap_or("-")) } else { s.state.to_string() };
            let reasons: Vec<String> = s.reasons.iter().map(|r| format!("{} +{}: {}", r.criterion, r.weight, r.detail)).collect();
            let missing: Vec<&str> = s.missing.iter().map(|m| m.split(':').next().unwrap_or(m)).collect();
            let r = &s.reclaimable;
            let reclaim = if r.systems == 0 {
                String::new()
            } else {
                format!("{} vCPU, {} GB, {} GB disk, ¥{}/yr", r.vcpu, r.memory_gb, r.storage_gb, format_fen(r.annual_cost))
            };
            t.row([s.system.clone(), state, s.score.to_string(), reasons.join("; "), missing.join(", "), reclaim]);
        }
        let mut sum = Table::fields().title("Summary");
        let r = &self.reclaimable;
        sum.field("active", self.counts.get("active").copied().unwrap_or(0))
            .field("idle", self.counts.get("idle").copied().unwrap_or(0))
            .field("zombie", self.counts.get("zombie").copied().unwrap_or(0))
            .field(
                "reclaimable",
                format!(
                    "{} systems: {} vCPU, {} GB memory, {} GB storage, {} IPs, ¥{} a year",
                    r.systems,
                    r.vcpu,
                    r.memory_gb,
                    r.storage_gb,
                    r.ips,
                    format_fen(r.annual_cost)
                ),
            )
            .field("worsened", if self.worsened.is_empty() { "-".to_string() } else { self.worsened.join(", ") });
        vec![t, sum]
    }
}
