//! The report's five sections, each from its own set-based queries.
use super::{month_key, Chart, Counts, Figure, Grid, Highlight, Scope, Section, Series, Value};
use crate::db::report::Tally;
use crate::db::Store;
use crate::domain::records::PROGRAMS;
use crate::domain::region::district::District;
use crate::ops::check::runs::{self, By, Coverage, Selection};
use anyhow::Result;
use std::collections::{BTreeMap, BTreeSet};

fn text(s: impl Into<String>) -> Value {
    Value::Text(s.into())
}

fn program_name(code: &str) -> String {
    PROGRAMS.iter().find(|(c, _)| *c == code).map_or_else(|| code.to_string(), |(_, n)| n.to_string())
}

fn district_parts(d: &District) -> (String, String) {
    match d {
        District::County { code, name } => (code.clone(), name.clone()),
        District::Split { code, successors } => (code.clone(), format!("已拆分（{successors} 个继任区县）")),
        District::Unassigned => (String::new(), "未分配".into()),
    }
}

fn district_label(d: &District) -> String {
    match d {
        District::County { name, .. } => name.clone(),
        other => other.label(),
    }
}

fn section(id: &'static str, title: &str, source: String, scope: &Scope) -> Section {
    Section { id, title: title.into(), source, as_of: scope.as_of, empty: None, notes: Vec::new(), figures: Vec::new() }
}

fn highlight(out: &mut Vec<Highlight>, label: &str, value: Value, unit: &str) {
    out.push(Highlight { label: label.into(), value, unit: unit.into() });
}

/// Tallies keyed by region code (at `at`) summed per district.
fn by_district(scope: &mut Scope, tallies: &[Tally], at: usize) -> BTreeMap<District, (i64, i64)> {
    let mut out: BTreeMap<District, (i64, i64)> = BTreeMap::new();
    for t in tallies {
        let e = out.entry(scope.district(&t.keys[at])).or_default();
        e.0 += t.n;
        e.1 += t.fen;
    }
    out
}

const BAND: i64 = 5;
const TOP: i64 = 100;

fn band_label(band: i64) -> String {
    if band * BAND >= TOP {
        format!("{TOP}岁及以上")
    } else {
        format!("{}–{}岁", band * BAND, band * BAND + BAND - 1)
    }
}

pub fn population(counts: &Counts, scope: &mut Scope, hl: &mut Vec<Highlight>) -> Result<Section> {
    let mut s = section("population", "人口", "people 表（人口登记）；年龄按截至日计算，退役区划代码归入今日继任区县".into(), scope);
    let per = by_district(scope, &counts.people, 0);
    let total: i64 = per.values().map(|v| v.0).sum();
    highlight(hl, "登记人口", Value::Int(total), "人");
    if total == 0 {
        s.empty = Some("没有人口记录".into());
        return Ok(s);
    }
    let mut table = Grid { headers: vec!["区县代码".into(), "区县".into(), "人口".into()], rows: Vec::new() };
    for (d, (n, _)) in &per {
        let (code, name) = district_parts(d);
        table.rows.push(vec![text(code), text(name), Value::Int(*n)]);
    }
    table.rows.push(vec![text(""), text("合计"), Value::Int(total)]);
    s.figures.push(Figure {
        id: "population.districts".into(),
        title: "各区县登记人口".into(),
        unit: "人".into(),
        chart: Chart::Bars {
            categories: per.keys().map(district_label).collect(),
            series: vec![Series { name: "人口".into(), values: per.values().map(|v| v.0 as f64).collect() }],
        },
        table,
    });

    let ages = &counts.ages;
    let top = TOP / BAND;
    let mut men = vec![0i64; top as usize + 1];
    let mut women = men.clone();
    let (mut unknown, mut other_gender) = (0i64, 0i64);
    for t in ages {
        let Ok(age) = t.keys[1].parse::<i64>() else {
            unknown += t.n;
            continue;
        };
        if age < 0 {
            unknown += t.n;
            continue;
        }
        let band = (age / BAND).min(top) as usize;
        match t.keys[0].as_str() {
            "1" => men[band] += t.n,
            "2" => women[band] += t.n,
            _ => other_gender += t.n,
        }
    }
    let mut table = Grid { headers: vec!["年龄组".into(), "男".into(), "女".into(), "合计".into()], rows: Vec::new() };
    for b in 0..=top as usize {
        table.rows.push(vec![text(band_label(b as i64)), Value::Int(men[b]), Value::Int(women[b]), Value::Int(men[b] + women[b])]);
    }
    if other_gender > 0 {
        table.rows.push(vec![text("性别未登记"), text(""), text(""), Value::Int(other_gender)]);
    }
    if unknown > 0 {
        table.rows.push(vec![text("出生日期缺失或有误"), text(""), text(""), Value::Int(unknown)]);
    }
    table.rows.push(vec![
        text("合计"),
        Value::Int(men.iter().sum()),
        Value::Int(women.iter().sum()),
        Value::Int(men.iter().sum::<i64>() + women.iter().sum::<i64>() + other_gender + unknown),
    ]);
    s.figures.push(Figure {
        id: "population.pyramid".into(),
        title: "年龄性别金字塔".into(),
        unit: "人".into(),
        chart: Chart::Pyramid {
            bands: (0..=top).map(band_label).collect(),
            left: Series { name: "男".into(), values: men.iter().map(|v| *v as f64).collect() },
            right: Series { name: "女".into(), values: women.iter().map(|v| *v as f64).collect() },
        },
        table,
    });
    Ok(s)
}

pub fn benefits(counts: &Counts, scope: &mut Scope, hl: &mut Vec<Highlight>) -> Result<Section> {
    // The register says what is due each month; a payments ledger, where one is loaded, says
    // what was paid: both lines are drawn, so a gap between them is the picture.
    let keys = scope.month_keys();
    let paid = &counts.paid;
    let source = if paid.is_empty() {
        "enrolments 表（保障登记册）：截至日在保的记录；月度应发金额为当月在保记录的月标准之和"
    } else {
        "enrolments 表（保障登记册）：截至日在保的记录，月度应发金额为当月在保记录的月标准之和；payments 表（发放台账）：月度实发金额与笔数（按发放所属月份）"
    };
    let mut s = section("benefits", "救助保障", source.into(), scope);
    if paid.is_empty() {
        s.notes.push("窗口内没有发放台账记录：月度金额只有登记册的应发数。".into());
    } else if let (Some(latest), Some(last)) = (paid.iter().map(|t| t.keys[0].as_str()).max(), keys.last()) {
        // A month after the ledger's latest is one not yet loaded, not one nobody was paid for.
        if latest < last.as_str() {
            s.notes.push(format!("发放台账最新到 {latest}：之后月份的实发为 0，表示尚未导入，不是未发放。"));
        }
    }
    let enrolled = &counts.enrolled;
    let programs: BTreeSet<String> = enrolled.iter().map(|t| t.keys[0].clone()).collect();
    let programs: Vec<String> = order_programs(programs);
    let mut per: BTreeMap<District, BTreeMap<String, (i64, i64)>> = BTreeMap::new();
    for t in enrolled {
        let d = scope.district(&t.keys[1]);
        let e = per.entry(d).or_default().entry(t.keys[0].clone()).or_default();
        e.0 += t.n;
        e.1 += t.fen;
    }
    let total: i64 = enrolled.iter().map(|t| t.n).sum();
    let total_fen: i64 = enrolled.iter().map(|t| t.fen).sum();
    highlight(hl, "在保人次", Value::Int(total), "人次");
    highlight(hl, "月度应发金额", Value::Fen(total_fen), "元");
    let (starts, ends) = (&counts.starts, &counts.ends);
    if total == 0 && starts.is_empty() {
        s.empty = Some("没有保障登记记录".into());
        return Ok(s);
    }
    if total > 0 {
        let mut headers = vec!["区县代码".to_string(), "区县".to_string()];
        headers.extend(programs.iter().map(|p| format!("{}（人次）", program_name(p))));
        headers.extend(["合计（人次）".to_string(), "月度金额（元）".to_string()]);
        let mut table = Grid { headers, rows: Vec::new() };
        for (d, m) in &per {
            let (code, name) = district_parts(d);
            let mut row = vec![text(code), text(name)];
            row.extend(programs.iter().map(|p| Value::Int(m.get(p).map_or(0, |v| v.0))));
            row.push(Value::Int(m.values().map(|v| v.0).sum()));
            row.push(Value::Fen(m.values().map(|v| v.1).sum()));
            table.rows.push(row);
        }
        let mut row = vec![text(""), text("合计")];
        row.extend(programs.iter().map(|p| Value::Int(enrolled.iter().filter(|t| &t.keys[0] == p).map(|t| t.n).sum())));
        row.push(Value::Int(total));
        row.push(Value::Fen(total_fen));
        table.rows.push(row);
        s.figures.push(Figure {
            id: "benefits.enrolled".into(),
            title: "各区县在保人次（按项目）".into(),
            unit: "人次".into(),
            chart: Chart::Bars {
                categories: per.keys().map(district_label).collect(),
                series: programs
                    .iter()
                    .map(|p| Series { name: program_name(p), values: per.values().map(|m| m.get(p).map_or(0.0, |v| v.0 as f64)).collect() })
                    .collect(),
            },
            table,
        });
    }

    monthly(&mut s, &keys, starts, ends, paid);
    Ok(s)
}

/// The monthly series of the window: due (register) and, with a ledger, paid; new and ended.
fn monthly(s: &mut Section, keys: &[String], starts: &[Tally], ends: &[Tally], paid: &[Tally]) {
    // In force in month M: started in or before M and not ended before M.
    let first = keys.first().cloned().unwrap_or_default();
    let ledger = !paid.is_empty();
    let mut amounts = Vec::new();
    let mut paid_amounts = Vec::new();
    let mut money = Grid { headers: vec!["月份".into(), "在保人次".into(), "应发金额（元）".into()], rows: Vec::new() };
    if ledger {
        money.headers.extend(["实发笔数".into(), "实发金额（元）".into()]);
    }
    let mut flow = Grid { headers: vec!["月份".into(), "新增".into(), "终止".into()], rows: Vec::new() };
    let mut new_series = Vec::new();
    let mut ended_series = Vec::new();
    for k in keys {
        let started: (i64, i64) = sum_where(&starts, |m| m <= k.as_str());
        let gone: (i64, i64) = sum_where(&ends, |m| m < k.as_str());
        let (n, fen) = (started.0 - gone.0, started.1 - gone.1);
        let new = sum_where(&starts, |m| m == k.as_str()).0;
        let ended = sum_where(&ends, |m| m == k.as_str()).0;
        amounts.push(fen as f64 / 100.0);
        new_series.push(new as f64);
        ended_series.push(ended as f64);
        let mut row = vec![text(k.clone()), Value::Int(n), Value::Fen(fen)];
        if ledger {
            let (count, fen) = sum_where(&paid, |m| m == k.as_str());
            paid_amounts.push(fen as f64 / 100.0);
            row.extend([Value::Int(count), Value::Fen(fen)]);
        }
        money.rows.push(row);
        flow.rows.push(vec![text(k.clone()), Value::Int(new), Value::Int(ended)]);
    }
    if !keys.is_empty() {
        let mut series = vec![Series { name: "应发（登记册）".into(), values: amounts }];
        if ledger {
            series.push(Series { name: "实发（发放台账）".into(), values: paid_amounts });
        }
        let title = if ledger { "月度应发与实发金额" } else { "月度应发金额" };
        s.figures.push(Figure {
            id: "benefits.monthly".into(),
            title: format!("{title}（{first} 起）"),
            unit: "元".into(),
            chart: Chart::Lines { x: keys.to_vec(), series },
            table: money,
        });
        s.figures.push(Figure {
            id: "benefits.flow".into(),
            title: "每月新增与终止".into(),
            unit: "人次".into(),
            chart: Chart::Lines {
                x: keys.to_vec(),
                series: vec![Series { name: "新增".into(), values: new_series }, Series { name: "终止".into(), values: ended_series }],
            },
            table: flow,
        });
    }
}

fn sum_where(tallies: &[Tally], keep: impl Fn(&str) -> bool) -> (i64, i64) {
    tallies.iter().filter(|t| !t.keys[0].is_empty() && keep(&t.keys[0])).fold((0, 0), |a, t| (a.0 + t.n, a.1 + t.fen))
}

/// Programs in the register's order, unknown ones after.
fn order_programs(found: BTreeSet<String>) -> Vec<String> {
    let mut out: Vec<String> = PROGRAMS.iter().map(|(c, _)| c.to_string()).filter(|c| found.contains(c)).collect();
    out.extend(found.into_iter().filter(|c| !PROGRAMS.iter().any(|(p, _)| p == c)));
    out
}

pub fn quality(store: &mut Store, counts: &Counts, scope: &mut Scope, region: Option<&str>, hl: &mut Vec<Highlight>) -> Result<Section> {
    let recoveries = &counts.recoveries;
    let Some(latest) = store.latest_run()? else {
        let mut s = section("quality", "数据质量", "check_runs、check_findings 表；recoveries 表".into(), scope);
        s.empty = Some("还没有核查批次（先运行 mzctl check run）".into());
        recovery_figure(&mut s, scope, &recoveries, None);
        return Ok(s);
    };
    let sel = Selection { run: Some(latest), region: region.map(String::from), ..Selection::default() };
    let summary = runs::summary(store, &sel, &[By::District, By::Rule])?;
    let info = runs::pick_run(store, Some(latest))?;
    let coverage = Coverage::of(&info);
    let comparable: Vec<_> = store.runs(1000)?.into_iter().rev().filter(|r| Coverage::of(r) == coverage).collect();
    let ids: Vec<String> = comparable.iter().map(|r| r.id.to_string()).collect();
    let mut s = section(
        "quality",
        "数据质量",
        format!(
            "check_findings 表：最近一次核查 #{latest}（截至 {}，范围 {}）；同规则同范围的核查批次 {}；recoveries 表（死亡后追缴）",
            info.as_of,
            coverage.scope(),
            ids.iter().map(|i| format!("#{i}")).collect::<Vec<_>>().join("、")
        ),
        scope,
    );
    highlight(hl, "核查发现问题", Value::Int(summary.total.findings as i64), "条");

    let mut cells: BTreeMap<String, BTreeMap<String, u64>> = BTreeMap::new();
    for c in &summary.cells {
        let d = c.district.clone().unwrap_or_default();
        let r = c.rule.clone().unwrap_or_default();
        *cells.entry(d).or_default().entry(r).or_default() += c.findings;
    }
    let rules = summary.rules.clone();
    if !cells.is_empty() {
        let mut headers = vec!["区县".to_string()];
        headers.extend(rules.iter().cloned());
        headers.push("合计".into());
        let mut table = Grid { headers, rows: Vec::new() };
        for (d, m) in &cells {
            let mut row = vec![text(d.clone())];
            row.extend(rules.iter().map(|r| Value::Int(m.get(r).copied().unwrap_or(0) as i64)));
            row.push(Value::Int(m.values().sum::<u64>() as i64));
            table.rows.push(row);
        }
        let mut row = vec![text("合计")];
        row.extend(rules.iter().map(|r| Value::Int(cells.values().map(|m| m.get(r).copied().unwrap_or(0)).sum::<u64>() as i64)));
        row.push(Value::Int(summary.total.findings as i64));
        table.rows.push(row);
        s.figures.push(Figure {
            id: "quality.heatmap".into(),
            title: format!("问题分布：区县 × 规则（核查 #{latest}）"),
            unit: "条".into(),
            chart: Chart::Heat {
                rows: cells.keys().cloned().collect(),
                columns: rules.clone(),
                values: cells.values().map(|m| rules.iter().map(|r| m.get(r).copied().unwrap_or(0) as i64).collect()).collect(),
            },
            table,
        });
    } else {
        s.notes.push(format!("核查 #{latest} 在本地区没有发现问题。"));
    }

    let mut table = Grid {
        headers: vec!["核查批次".into(), "截至日".into(), "错误".into(), "警告".into(), "问题合计".into()],
        rows: Vec::new(),
    };
    for r in &comparable {
        table.rows.push(vec![
            text(format!("#{}", r.id)),
            text(r.as_of.clone()),
            r.errors.map_or_else(|| text("未统计"), Value::Int),
            r.warnings.map_or_else(|| text("未统计"), Value::Int),
            Value::Int(r.total),
        ]);
    }
    s.figures.push(Figure {
        id: "quality.trend".into(),
        title: "历次核查的错误与警告（同规则、同范围）".into(),
        unit: "条".into(),
        chart: Chart::Lines {
            x: comparable.iter().map(|r| format!("#{} {}", r.id, r.as_of)).collect(),
            series: vec![
                Series { name: "错误".into(), values: comparable.iter().map(|r| r.errors.unwrap_or(0) as f64).collect() },
                Series { name: "警告".into(), values: comparable.iter().map(|r| r.warnings.unwrap_or(0) as f64).collect() },
            ],
        },
        table,
    });
    if region.is_some() {
        s.notes.push("历次核查的趋势为每次核查的全部结果，不限于所选地区。".into());
    }
    let found: BTreeMap<String, i64> = summary.cells.iter().fold(BTreeMap::new(), |mut m, c| {
        *m.entry(c.district.clone().unwrap_or_default()).or_default() += c.overpaid_fen;
        m
    });
    recovery_figure(&mut s, scope, &recoveries, Some((latest, &found)));
    let overpaid = recoveries.iter().map(|t| t.fen).sum::<i64>().max(summary.total.overpaid_fen);
    highlight(hl, "死亡后多发金额", Value::Fen(overpaid), "元");
    Ok(s)
}

/// Overpaid after death per district: recovered (the recoveries of applied deaths) beside the
/// amount the latest run's findings name (dead but still enrolled, where no death is applied).
fn recovery_figure(s: &mut Section, scope: &mut Scope, recoveries: &[Tally], found: Option<(i64, &BTreeMap<String, i64>)>) {
    let per = by_district(scope, recoveries, 0);
    let mut rows: BTreeMap<String, (i64, i64, i64)> = BTreeMap::new();
    for (d, (n, fen)) in &per {
        let e = rows.entry(d.label()).or_default();
        e.0 += n;
        e.1 += fen;
    }
    if let Some((_, found)) = found {
        for (d, fen) in found.iter().filter(|(_, f)| **f != 0) {
            rows.entry(d.clone()).or_default().2 += fen;
        }
    }
    if rows.is_empty() {
        return;
    }
    let run = found.map_or_else(String::new, |(id, _)| format!("（核查 #{id}）"));
    let mut table = Grid {
        headers: vec!["区县".into(), "追缴人次".into(), "追缴金额（元）".into(), format!("核查发现多发金额{run}（元）")],
        rows: Vec::new(),
    };
    for (d, (n, fen, f)) in &rows {
        table.rows.push(vec![text(d.clone()), Value::Int(*n), Value::Fen(*fen), Value::Fen(*f)]);
    }
    let sum = |i: usize| rows.values().map(|v| [v.0, v.1, v.2][i]).sum::<i64>();
    table.rows.push(vec![text("合计"), Value::Int(sum(0)), Value::Fen(sum(1)), Value::Fen(sum(2))]);
    s.figures.push(Figure {
        id: "quality.overpaid".into(),
        title: "死亡后多发金额（按区县）".into(),
        unit: "元".into(),
        chart: Chart::Bars {
            categories: rows.keys().map(|k| k.split_once(' ').map_or(k.as_str(), |(_, n)| n).to_string()).collect(),
            series: vec![
                Series { name: "已登记追缴".into(), values: rows.values().map(|v| v.1 as f64 / 100.0).collect() },
                Series { name: "核查发现".into(), values: rows.values().map(|v| v.2 as f64 / 100.0).collect() },
            ],
        },
        table,
    });
}

pub fn systems(store: &mut Store, scope: &Scope, hl: &mut Vec<Highlight>) -> Result<Section> {
    let r = crate::ops::systems::report::report(store, crate::ops::systems::report::By::Department)?;
    let scan = r.scan.map_or_else(|| "尚未扫描".to_string(), |id| format!("扫描 #{id}"));
    let mut s = section("systems", "信息系统", format!("systems 表（系统台账）；状态来自最近一次{scan}；不分地区"), scope);
    highlight(hl, "僵尸与闲置系统", Value::Int(r.total.zombie + r.total.idle), "个");
    highlight(hl, "可回收年费用", Value::Fen(r.total.reclaimable.annual_cost), "元");
    if r.groups.is_empty() {
        s.empty = Some("系统台账为空".into());
        return Ok(s);
    }
    let headers =
        ["部门", "系统数", "在用", "闲置", "僵尸", "未扫描", "可回收 vCPU", "可回收内存（GB）", "可回收存储（GB）", "可回收年费用（元）"];
    let mut table = Grid { headers: headers.iter().map(|h| h.to_string()).collect(), rows: Vec::new() };
    for g in r.groups.iter().chain([&r.total]) {
        let name = if std::ptr::eq(g, &r.total) { "合计".to_string() } else { g.group.clone() };
        table.rows.push(vec![
            text(name),
            Value::Int(g.systems),
            Value::Int(g.active),
            Value::Int(g.idle),
            Value::Int(g.zombie),
            Value::Int(g.unscanned),
            Value::Int(g.reclaimable.vcpu),
            Value::Int(g.reclaimable.memory_gb),
            Value::Int(g.reclaimable.storage_gb),
            Value::Fen(g.reclaimable.annual_cost),
        ]);
    }
    let cats: Vec<String> = r.groups.iter().map(|g| g.group.clone()).collect();
    let series = |name: &str, f: &dyn Fn(&crate::ops::systems::report::Group) -> f64| Series {
        name: name.into(),
        values: r.groups.iter().map(f).collect(),
    };
    s.figures.push(Figure {
        id: "systems.states".into(),
        title: "各部门系统状态".into(),
        unit: "个".into(),
        chart: Chart::Bars {
            categories: cats.clone(),
            series: vec![
                series("在用", &|g| g.active as f64),
                series("闲置", &|g| g.idle as f64),
                series("僵尸", &|g| g.zombie as f64),
                series("未扫描", &|g| g.unscanned as f64),
            ],
        },
        table,
    });
    let table = Grid {
        headers: vec!["部门".into(), "可回收年费用（元）".into()],
        rows: r.groups.iter().map(|g| vec![text(g.group.clone()), Value::Fen(g.reclaimable.annual_cost)]).collect(),
    };
    s.figures.push(Figure {
        id: "systems.cost".into(),
        title: "闲置与僵尸系统可回收的年费用".into(),
        unit: "元".into(),
        chart: Chart::Bars { categories: cats, series: vec![series("可回收年费用", &|g| g.reclaimable.annual_cost as f64 / 100.0)] },
        table,
    });
    Ok(s)
}

pub fn certificates(counts: &Counts, scope: &mut Scope, hl: &mut Vec<Highlight>) -> Result<Section> {
    let (issued, revoked) = (&counts.issued, &counts.revoked);
    let mut s = section("certificates", "电子证照", "certificates 表：按签发日期与撤销时间（状态 03）统计".into(), scope);
    let keys = scope.month_keys();
    let in_window = |t: &&Tally| keys.contains(&t.keys[1]);
    let total_issued: i64 = issued.iter().filter(in_window).map(|t| t.n).sum();
    let total_revoked: i64 = revoked.iter().filter(in_window).map(|t| t.n).sum();
    highlight(hl, "窗口内签发证照", Value::Int(total_issued), "张");
    let all_issued: i64 = issued.iter().map(|t| t.n).sum();
    if total_issued == 0 && total_revoked == 0 {
        s.empty = Some(if all_issued > 0 {
            format!(
                "窗口内（{} 至 {}）没有签发或撤销的证照（全部 {all_issued} 张在窗口外）",
                keys.first().cloned().unwrap_or_default(),
                month_key(scope.as_of)
            )
        } else {
            "没有电子证照".into()
        });
        return Ok(s);
    }
    let types: BTreeSet<String> = issued.iter().chain(revoked).filter(in_window).map(|t| t.keys[0].clone()).collect();
    let names: BTreeMap<String, String> = crate::domain::cert::types::builtin().into_iter().map(|t| (t.code, t.name)).collect();
    let name = |c: &str| names.get(c).cloned().unwrap_or_else(|| c.to_string());
    let get = |list: &[Tally], ty: &str, m: &str| list.iter().filter(|t| t.keys[0] == ty && t.keys[1] == m).map(|t| t.n).sum::<i64>();
    let mut headers = vec!["月份".to_string()];
    for t in &types {
        headers.push(format!("{} 签发", name(t)));
        headers.push(format!("{} 撤销", name(t)));
    }
    let mut table = Grid { headers, rows: Vec::new() };
    let mut series = Vec::new();
    for t in &types {
        series.push(Series { name: format!("{} 签发", name(t)), values: keys.iter().map(|m| get(&issued, t, m) as f64).collect() });
        series.push(Series { name: format!("{} 撤销", name(t)), values: keys.iter().map(|m| get(&revoked, t, m) as f64).collect() });
    }
    for (i, m) in keys.iter().enumerate() {
        let mut row = vec![text(m.clone())];
        row.extend(series.iter().map(|s| Value::Int(s.values[i] as i64)));
        table.rows.push(row);
    }
    let mut row = vec![text("合计")];
    row.extend(series.iter().map(|s| Value::Int(s.values.iter().sum::<f64>() as i64)));
    table.rows.push(row);
    s.figures.push(Figure {
        id: "certificates.monthly".into(),
        title: "每月签发与撤销（按证照类型）".into(),
        unit: "张".into(),
        chart: Chart::Lines { x: keys, series },
        table,
    });
    Ok(s)
}
