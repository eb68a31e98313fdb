//! The report as one self-contained HTML page (styles inline, charts as inline SVG, nothing
//! fetched) and as a workbook of the same tables with native Excel charts.
use super::svg::{escape, group, render};
use crate::ops::report::{Chart, Figure, Grid, Report, Value};
use anyhow::Result;
use rust_xlsxwriter::{Chart as XChart, ChartType, Format, Workbook};
use std::fmt::Write;

/// Money in fen as yuan with two decimals and thousands separators.
fn yuan(fen: i64) -> String {
    let sign = if fen < 0 { "-" } else { "" };
    let a = fen.unsigned_abs();
    format!("{sign}{}.{:02}", group((a / 100) as i64), a % 100)
}

/// A headline number in the unit a supervisor says it in: 万人, 万元.
fn headline(v: &Value, unit: &str) -> (String, String) {
    match v {
        Value::Int(n) if n.abs() >= 100_000 => (format!("{:.2}", *n as f64 / 1e4), format!("万{unit}")),
        Value::Int(n) => (group(*n), unit.to_string()),
        Value::Fen(f) if f.abs() >= 100_000_000 => (format!("{:.2}", *f as f64 / 1e6), format!("万{unit}")),
        Value::Fen(f) => (yuan(*f), unit.to_string()),
        Value::Text(t) => (t.clone(), unit.to_string()),
    }
}

fn cell(v: &Value) -> (String, bool) {
    match v {
        Value::Text(t) => (t.clone(), false),
        Value::Int(n) => (group(*n), true),
        Value::Fen(f) => (yuan(*f), true),
    }
}

const STYLE: &str = r#"
:root { --ink: #1b1b1b; --rule: #c8c8c8; --band: #f3f5f8; --head: #1f4e79; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #eef1f5;
  font-family: 'Microsoft YaHei','PingFang SC','Noto Sans CJK SC','Source Han Sans SC','WenQuanYi Micro Hei',SimHei,sans-serif; font-size: 14px; }
main { max-width: 1040px; margin: 0 auto; background: #fff; padding: 28px 40px 40px; }
header.top { border-bottom: 3px solid var(--head); padding-bottom: 12px; margin-bottom: 18px; }
header.top h1 { margin: 0 0 6px; font-size: 26px; letter-spacing: 2px; color: var(--head); }
header.top .meta { color: #444; }
header.top .meta span { margin-right: 22px; }
.highlights { display: grid; grid-template-columns: repeat(4, 1fr); gap: 10px; margin: 16px 0 8px; }
.highlights div { border: 1px solid var(--rule); border-left: 4px solid var(--head); padding: 8px 12px; }
.highlights b { display: block; font-size: 22px; }
.highlights small { color: #555; }
nav { margin: 8px 0 18px; color: #444; }
nav a { color: var(--head); margin-right: 14px; text-decoration: none; }
section { margin-top: 28px; page-break-inside: avoid; }
section > h2 { font-size: 20px; border-left: 6px solid var(--head); padding-left: 10px; margin: 0 0 6px; }
.source { color: #555; font-size: 12.5px; margin: 0 0 10px; }
.note { font-size: 12.5px; color: #333; background: var(--band); padding: 6px 10px; margin: 6px 0; }
.empty { border: 1px dashed #999; padding: 18px; text-align: center; color: #444; }
figure { margin: 14px 0 22px; }
figcaption { font-weight: bold; margin-bottom: 4px; }
figcaption small { font-weight: normal; color: #555; }
table { border-collapse: collapse; width: 100%; font-size: 12.5px; margin-top: 6px; }
th, td { border: 1px solid var(--rule); padding: 3px 7px; }
th { background: var(--band); font-weight: bold; }
.wide { overflow-x: auto; }
td:first-child { white-space: nowrap; }
td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.total td { font-weight: bold; border-top: 2px solid #777; }
details > summary { cursor: pointer; color: var(--head); font-size: 12.5px; }
footer { margin-top: 30px; color: #666; font-size: 12px; border-top: 1px solid var(--rule); padding-top: 8px; }
@media print {
  body { background: #fff; } main { padding: 0; max-width: none; }
  details { display: block; } details > summary { display: none; }
  nav { display: none; } figure { page-break-inside: avoid; }
}
"#;

fn table(g: &Grid) -> String {
    let mut s = String::from("<div class=\"wide\"><table><thead><tr>");
    for h in &g.headers {
        let _ = write!(s, "<th>{}</th>", escape(h));
    }
    s.push_str("</tr></thead><tbody>");
    for row in &g.rows {
        let total = row.iter().any(|v| matches!(v, Value::Text(t) if t == "合计"));
        s.push_str(if total { "<tr class=\"total\">" } else { "<tr>" });
        for v in row {
            let (t, num) = cell(v);
            let _ = write!(s, "<td{}>{}</td>", if num { " class=\"n\"" } else { "" }, escape(&t));
        }
        s.push_str("</tr>");
    }
    s.push_str("</tbody></table></div>");
    s
}

fn figure(f: &Figure) -> String {
    let mut s = String::new();
    let id = format!("fig-{}", f.id.replace('.', "-"));
    let _ = write!(
        s,
        "<figure data-figure=\"{}\" data-marks=\"{}\"><figcaption>{} <small>（单位：{}）</small></figcaption>",
        escape(&f.id),
        f.chart.marks(),
        escape(&f.title),
        escape(&f.unit)
    );
    s.push_str(&render(&id, &f.chart, &f.title));
    // Long monthly tables fold away on screen; printed, they are shown.
    if f.table.rows.len() > 14 {
        let _ = write!(s, "<details><summary>数据表（{} 行）</summary>{}</details>", f.table.rows.len(), table(&f.table));
    } else {
        s.push_str(&table(&f.table));
    }
    s.push_str("</figure>");
    s
}

/// The report as one HTML page.
pub fn html(r: &Report) -> String {
    let region = r.region.as_ref().map_or_else(|| "全部地区".to_string(), |(code, name)| format!("{name}（{code}）"));
    let mut s = String::new();
    let _ = write!(
        s,
        "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{} · {}</title><style>{STYLE}</style></head><body><main>",
        escape(&r.title),
        escape(&region)
    );
    let _ = write!(
        s,
        "<header class=\"top\"><h1>{}</h1><div class=\"meta\"><span>地区：<b>{}</b></span><span>数据截至：<b>{}</b></span>\
         <span>月度统计：{} 至 {}</span><span>数据库：{}</span></div></header>",
        escape(&r.title),
        escape(&region),
        r.as_of,
        crate::ops::report::month_label(r.from),
        crate::ops::report::month_label(r.as_of),
        r.backend
    );
    s.push_str("<div class=\"highlights\">");
    for h in &r.highlights {
        let (v, unit) = headline(&h.value, &h.unit);
        let _ = write!(s, "<div><small>{}</small><b>{} <small>{}</small></b></div>", escape(&h.label), escape(&v), escape(&unit));
    }
    s.push_str("</div><nav>");
    for (i, sec) in r.sections.iter().enumerate() {
        let _ = write!(s, "<a href=\"#{}\">{}、{}</a>", sec.id, CHINESE_NUMBERS[i % CHINESE_NUMBERS.len()], escape(&sec.title));
    }
    s.push_str("</nav>");
    for (i, sec) in r.sections.iter().enumerate() {
        let _ = write!(
            s,
            "<section id=\"{}\" data-section=\"{}\"><h2>{}、{}</h2><p class=\"source\">数据来源：{}；截至 {}</p>",
            sec.id,
            sec.id,
            CHINESE_NUMBERS[i % CHINESE_NUMBERS.len()],
            escape(&sec.title),
            escape(&sec.source),
            sec.as_of
        );
        for n in &sec.notes {
            let _ = write!(s, "<p class=\"note\">{}</p>", escape(n));
        }
        if let Some(why) = &sec.empty {
            let _ = write!(s, "<p class=\"empty\">无数据：{}</p>", escape(why));
        }
        for f in &sec.figures {
            s.push_str(&figure(f));
        }
        s.push_str("</section>");
    }
    let _ = write!(
        s,
        "<footer>由 mzctl {} 生成。本页为独立文件，不联网、不含脚本；图中每个数值均列于图下表格。</footer></main></body></html>\n",
        env!("CARGO_PKG_VERSION")
    );
    s
}

const CHINESE_NUMBERS: [&str; 10] = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/// The report's tables as a workbook, a sheet per figure, each with its chart beside it.
pub fn xlsx(r: &Report) -> Result<Vec<u8>> {
    let mut book = Workbook::new();
    let head = Format::new().set_bold().set_background_color("#DDEBF7");
    let money = Format::new().set_num_format("#,##0.00");
    let text = Format::new().set_num_format("@");
    {
        let sheet = book.add_worksheet();
        sheet.set_name("说明")?;
        let region = r.region.as_ref().map_or_else(|| "全部地区".to_string(), |(code, name)| format!("{name}（{code}）"));
        sheet.write_string_with_format(0, 0, &r.title, &head)?;
        let meta =
            [("地区", region), ("数据截至", r.as_of.to_string()), ("月度统计起", r.from.to_string()), ("数据库", r.backend.to_string())];
        let mut row = 1;
        for (k, v) in meta {
            sheet.write_string(row, 0, k)?;
            sheet.write_string(row, 1, v)?;
            row += 1;
        }
        row += 1;
        for h in &r.highlights {
            sheet.write_string(row, 0, &h.label)?;
            match &h.value {
                Value::Int(n) => sheet.write_number(row, 1, *n as f64)?,
                Value::Fen(f) => sheet.write_number_with_format(row, 1, *f as f64 / 100.0, &money)?,
                Value::Text(t) => sheet.write_string(row, 1, t)?,
            };
            sheet.write_string(row, 2, &h.unit)?;
            row += 1;
        }
        row += 1;
        for sec in &r.sections {
            sheet.write_string_with_format(row, 0, &sec.title, &head)?;
            sheet.write_string(row, 1, format!("数据来源：{}；截至 {}", sec.source, sec.as_of))?;
            if let Some(why) = &sec.empty {
                sheet.write_string(row + 1, 1, format!("无数据：{why}"))?;
                row += 1;
            }
            row += 1;
        }
        sheet.set_column_width(0, 18)?;
        sheet.set_column_width(1, 60)?;
    }
    for sec in &r.sections {
        for f in &sec.figures {
            let name = sheet_name(&f.title);
            let sheet = book.add_worksheet();
            sheet.set_name(&name)?;
            for (c, h) in f.table.headers.iter().enumerate() {
                sheet.write_string_with_format(0, c as u16, h, &head)?;
                sheet.set_column_width(c as u16, (h.chars().count() as f64 * 2.0).clamp(10.0, 40.0))?;
            }
            for (ri, row) in f.table.rows.iter().enumerate() {
                let rr = ri as u32 + 1;
                for (c, v) in row.iter().enumerate() {
                    match v {
                        Value::Text(t) => sheet.write_string_with_format(rr, c as u16, t, &text)?,
                        Value::Int(n) => sheet.write_number(rr, c as u16, *n as f64)?,
                        Value::Fen(x) => sheet.write_number_with_format(rr, c as u16, *x as f64 / 100.0, &money)?,
                    };
                }
            }
            sheet.set_freeze_panes(1, 0)?;
            if let Some(chart) = excel_chart(&name, f) {
                sheet.insert_chart(1, f.table.headers.len() as u16 + 1, &chart)?;
            }
        }
    }
    Ok(book.save_to_buffer()?)
}

/// Excel sheet names: 31 characters at most, none of `[]:*?/\`.
fn sheet_name(title: &str) -> String {
    title.chars().map(|c| if "[]:*?/\\".contains(c) { '_' } else { c }).take(31).collect()
}

/// A native chart over the figure's table: the category column and the series columns that
/// the SVG draws (a heat map has no native form: its table is the figure).
fn excel_chart(sheet: &str, f: &Figure) -> Option<XChart> {
    let rows = f.table.rows.iter().filter(|r| !r.iter().any(|v| matches!(v, Value::Text(t) if t == "合计"))).count() as u32;
    if rows == 0 {
        return None;
    }
    let headers = &f.table.headers;
    let (kind, cat_col, value_cols): (ChartType, u16, Vec<u16>) = match &f.chart {
        Chart::Heat { .. } => return None,
        Chart::Pyramid { .. } => (ChartType::Bar, 0, vec![1, 2]),
        Chart::Lines { series, .. } => (ChartType::Line, 0, (1..=series.len() as u16).filter(|c| (*c as usize) < headers.len()).collect()),
        Chart::Bars { series, .. } => {
            // The category is the last text column before the numbers (区县 after 区县代码).
            let first_num = f.table.rows.first().and_then(|r| r.iter().position(|v| !matches!(v, Value::Text(_)))).unwrap_or(1) as u16;
            (ChartType::Bar, first_num.saturating_sub(1), (first_num..first_num + series.len() as u16).collect())
        }
    };
    let mut chart = XChart::new(kind);
    chart.title().set_name(&f.title);
    for c in value_cols {
        chart.add_series().set_name((sheet, 0, c)).set_categories((sheet, 1, cat_col, rows, cat_col)).set_values((sheet, 1, c, rows, c));
    }
    chart.set_width(720).set_height(((rows as f64) * 22.0 + 120.0).clamp(320.0, 1400.0) as u32);
    Some(chart)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_and_headlines() {
        assert_eq!(yuan(123_456_789), "1,234,567.89");
        assert_eq!(yuan(-5), "-0.05");
        assert_eq!(headline(&Value::Int(1_234_567), "人"), ("123.46".into(), "万人".into()));
        assert_eq!(headline(&Value::Int(9_999), "人"), ("9,999".into(), "人".into()));
    }
}
