//! Charts as inline SVG for a self-contained page: no script, no font file, no image. Series
//! are told apart by fill patterns and dash styles as well as colour, and every mark carries
//! its number, so a page printed in grey still reads. Every mark has a class (`bar`, `cell`,
//! `point`) so tests can count them.
use crate::ops::report::{Chart, Series};
use std::fmt::Write;

const WIDTH: f64 = 960.0;
const FONT: &str =
    "font-family=\"'Microsoft YaHei','PingFang SC','Noto Sans CJK SC','Source Han Sans SC','WenQuanYi Micro Hei',SimHei,sans-serif\"";

/// Text safe inside an element or an attribute.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if (c as u32) < 0x20 && c != '\n' && c != '\t' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// A number as a person reads it on a chart: 12,345; 1.23万; 1.2亿.
pub fn short(v: f64) -> String {
    let a = v.abs();
    if a >= 1e8 {
        format!("{}亿", trim(v / 1e8, 2))
    } else if a >= 1e4 {
        format!("{}万", trim(v / 1e4, 2))
    } else if v.fract() == 0.0 {
        group(v as i64)
    } else {
        trim(v, 2)
    }
}

fn trim(v: f64, places: usize) -> String {
    let s = format!("{v:.places$}");
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

/// Thousands separated: 1,234,567.
pub fn group(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if n < 0 {
        format!("-{out}")
    } else {
        out
    }
}

/// Colours dark enough to print, each with a pattern of its own.
const COLOURS: [&str; 6] = ["#1f4e79", "#c0504d", "#4f7f3a", "#7f6000", "#5b3f86", "#2f6f6f"];

fn defs(id: &str, n: usize) -> String {
    let mut s = String::from("<defs>");
    for i in 0..n {
        let c = COLOURS[i % COLOURS.len()];
        let inner = match i % 6 {
            0 => format!("<rect width=\"8\" height=\"8\" fill=\"{c}\"/>"),
            1 => format!("<rect width=\"8\" height=\"8\" fill=\"#fff\"/><path d=\"M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4\" stroke=\"{c}\" stroke-width=\"2.2\"/>"),
            2 => format!("<rect width=\"8\" height=\"8\" fill=\"#fff\"/><circle cx=\"4\" cy=\"4\" r=\"2.2\" fill=\"{c}\"/>"),
            3 => format!("<rect width=\"8\" height=\"8\" fill=\"#fff\"/><path d=\"M0,4 h8 M4,0 v8\" stroke=\"{c}\" stroke-width=\"1.6\"/>"),
            4 => format!("<rect width=\"8\" height=\"8\" fill=\"#fff\"/><path d=\"M0,2 h8 M0,6 h8\" stroke=\"{c}\" stroke-width=\"1.6\"/>"),
            _ => format!("<rect width=\"8\" height=\"8\" fill=\"#fff\"/><path d=\"M0,0 l8,8 M0,8 l8,-8\" stroke=\"{c}\" stroke-width=\"1.2\"/>"),
        };
        let _ = write!(s, "<pattern id=\"{id}-p{i}\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\">{inner}</pattern>");
    }
    s.push_str("</defs>");
    s
}

fn fill(id: &str, i: usize) -> String {
    format!("url(#{id}-p{i})")
}

fn open(id: &str, kind: &str, height: f64, label: &str) -> String {
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"{}\" data-kind=\"{kind}\" viewBox=\"0 0 {WIDTH} {height:.0}\" \
         width=\"100%\" role=\"img\" aria-label=\"{}\" {FONT} font-size=\"13\">",
        escape(id),
        escape(label)
    )
}

fn legend(id: &str, series: &[&Series], y: f64, lines: bool) -> String {
    let mut s = String::new();
    let mut x = 10.0;
    for (i, se) in series.iter().enumerate() {
        if lines {
            let _ = write!(
                s,
                "<line x1=\"{x}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\" stroke-width=\"2.5\" stroke-dasharray=\"{}\"/>{}",
                y - 4.0,
                x + 28.0,
                y - 4.0,
                COLOURS[i % COLOURS.len()],
                DASHES[i % DASHES.len()],
                marker(x + 14.0, y - 4.0, i, "legend-mark")
            );
            x += 34.0;
        } else {
            let _ = write!(
                s,
                "<rect x=\"{x}\" y=\"{}\" width=\"16\" height=\"12\" fill=\"{}\" stroke=\"#333\" stroke-width=\"0.6\"/>",
                y - 10.0,
                fill(id, i)
            );
            x += 22.0;
        }
        let _ = write!(s, "<text x=\"{x}\" y=\"{y}\">{}</text>", escape(&se.name));
        x += 14.0 * se.name.chars().count() as f64 + 24.0;
    }
    s
}

fn width_of(s: &str) -> f64 {
    s.chars().map(|c| if (c as u32) >= 0x1100 { 13.0 } else { 7.2 }).sum()
}

fn clip(s: &str, max: f64) -> String {
    if width_of(s) <= max {
        return s.to_string();
    }
    let mut out = String::new();
    for c in s.chars() {
        if width_of(&out) + 26.0 > max {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}

/// Horizontal bars: a group per category.
fn bars(id: &str, categories: &[String], series: &[Series], label: &str) -> String {
    let n = series.len().max(1);
    let bar_h = if n == 1 { 18.0 } else { 12.0 };
    let group_h = bar_h * n as f64 + 10.0;
    let label_w = categories.iter().map(|c| width_of(c)).fold(60.0, f64::max).min(220.0) + 12.0;
    let top = 34.0;
    let height = top + group_h * categories.len() as f64 + 16.0;
    let max = series.iter().flat_map(|s| s.values.iter().copied()).fold(0.0, f64::max);
    let area = WIDTH - label_w - 90.0;
    let mut s = open(id, "bars", height, label);
    s.push_str(&defs(id, n));
    s.push_str(&legend(id, &series.iter().collect::<Vec<_>>(), 18.0, false));
    for (ci, cat) in categories.iter().enumerate() {
        let y0 = top + group_h * ci as f64;
        let _ = write!(
            s,
            "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\">{}</text>",
            label_w - 8.0,
            y0 + group_h / 2.0,
            escape(&clip(cat, label_w - 12.0))
        );
        for (si, se) in series.iter().enumerate() {
            let v = se.values.get(ci).copied().unwrap_or(0.0);
            let w = if max > 0.0 { (v / max * area).max(if v > 0.0 { 1.0 } else { 0.0 }) } else { 0.0 };
            let y = y0 + 4.0 + bar_h * si as f64;
            let _ = write!(
                s,
                "<rect class=\"bar\" x=\"{label_w:.1}\" y=\"{y:.1}\" width=\"{w:.1}\" height=\"{:.1}\" fill=\"{}\" stroke=\"#333\" stroke-width=\"0.5\"><title>{}：{}</title></rect>\
                 <text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\">{}</text>",
                bar_h - 2.0,
                fill(id, si),
                escape(&format!("{cat} {}", se.name)),
                short(v),
                label_w + w + 4.0,
                y + bar_h - 5.0,
                if v == 0.0 { String::new() } else { short(v) }
            );
        }
    }
    let _ = write!(s, "<line x1=\"{label_w:.1}\" y1=\"{top}\" x2=\"{label_w:.1}\" y2=\"{:.1}\" stroke=\"#333\"/>", height - 12.0);
    s.push_str("</svg>");
    s
}

fn pyramid(id: &str, bands: &[String], left: &Series, right: &Series, label: &str) -> String {
    let row = 16.0;
    let top = 34.0;
    let height = top + row * bands.len() as f64 + 20.0;
    let mid = WIDTH / 2.0;
    let gap = 46.0;
    let area = mid - gap - 70.0;
    let max = left.values.iter().chain(&right.values).copied().fold(0.0, f64::max);
    let mut s = open(id, "pyramid", height, label);
    s.push_str(&defs(id, 2));
    s.push_str(&legend(id, &[left, right], 18.0, false));
    for (i, band) in bands.iter().enumerate() {
        // The oldest band on top.
        let y = top + row * (bands.len() - 1 - i) as f64;
        let _ = write!(s, "<text x=\"{mid}\" y=\"{:.1}\" text-anchor=\"middle\" font-size=\"11\">{}</text>", y + row - 4.0, escape(band));
        for (side, se) in [(-1.0, left), (1.0, right)] {
            let v = se.values.get(i).copied().unwrap_or(0.0);
            let w = if max > 0.0 { v / max * area } else { 0.0 };
            let x = if side < 0.0 { mid - gap - w } else { mid + gap };
            let pi = if side < 0.0 { 0 } else { 1 };
            let tx = if side < 0.0 { x - 4.0 } else { x + w + 4.0 };
            let anchor = if side < 0.0 { "end" } else { "start" };
            let _ = write!(
                s,
                "<rect class=\"bar\" x=\"{x:.1}\" y=\"{:.1}\" width=\"{w:.1}\" height=\"{:.1}\" fill=\"{}\" stroke=\"#333\" stroke-width=\"0.5\"><title>{} {}：{}</title></rect>\
                 <text x=\"{tx:.1}\" y=\"{:.1}\" text-anchor=\"{anchor}\" font-size=\"10\">{}</text>",
                y + 1.0,
                row - 2.0,
                fill(id, pi),
                escape(band),
                escape(&se.name),
                short(v),
                y + row - 4.0,
                short(v)
            );
        }
    }
    s.push_str("</svg>");
    s
}

fn heat(id: &str, rows: &[String], columns: &[String], values: &[Vec<i64>], label: &str) -> String {
    let label_w = rows.iter().map(|c| width_of(c)).fold(60.0, f64::max).min(240.0) + 12.0;
    let head = columns.iter().map(|c| width_of(c)).fold(40.0, f64::max).min(180.0) * 0.72 + 24.0;
    // Room on the right for the last column's slanted label.
    let cell_w = ((WIDTH - label_w - 90.0) / columns.len().max(1) as f64).min(90.0);
    let cell_h = 24.0;
    let height = head + cell_h * rows.len() as f64 + 10.0;
    let max = values.iter().flatten().copied().max().unwrap_or(0).max(1) as f64;
    let mut s = open(id, "heat", height, label);
    for (ci, c) in columns.iter().enumerate() {
        let x = label_w + cell_w * ci as f64 + cell_w / 2.0;
        let _ = write!(
            s,
            "<text x=\"{x:.1}\" y=\"{:.1}\" transform=\"rotate(-40 {x:.1} {:.1})\" font-size=\"11\">{}</text>",
            head - 6.0,
            head - 6.0,
            escape(&clip(c, 150.0))
        );
    }
    for (ri, r) in rows.iter().enumerate() {
        let y = head + cell_h * ri as f64;
        let _ = write!(
            s,
            "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\">{}</text>",
            label_w - 8.0,
            y + 16.0,
            escape(&clip(r, label_w - 12.0))
        );
        for (ci, c) in columns.iter().enumerate() {
            let v = values.get(ri).and_then(|r| r.get(ci)).copied().unwrap_or(0);
            // Grey from white to near black: the shade alone reads in print, the number too.
            let t = if v == 0 { 0.0 } else { 0.15 + 0.85 * (v as f64 / max).sqrt() };
            let g = (255.0 - t * 200.0).round() as u8;
            let ink = if g < 140 { "#fff" } else { "#111" };
            let x = label_w + cell_w * ci as f64;
            let _ = write!(
                s,
                "<rect class=\"cell\" x=\"{x:.1}\" y=\"{y:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"rgb({g},{g},{g})\" stroke=\"#999\" stroke-width=\"0.5\"><title>{}：{}</title></rect>\
                 <text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" font-size=\"11\" fill=\"{ink}\">{}</text>",
                cell_w,
                cell_h,
                escape(&format!("{r} × {c}")),
                group(v),
                x + cell_w / 2.0,
                y + 16.0,
                if v == 0 { String::new() } else { short(v as f64) }
            );
        }
    }
    s.push_str("</svg>");
    s
}

const DASHES: [&str; 4] = ["none", "7 4", "2 3", "10 3 2 3"];

fn marker(x: f64, y: f64, i: usize, class: &str) -> String {
    let c = COLOURS[i % COLOURS.len()];
    match i % 3 {
        0 => format!("<circle class=\"{class}\" cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"3.2\" fill=\"{c}\"/>"),
        1 => format!(
            "<rect class=\"{class}\" x=\"{:.1}\" y=\"{:.1}\" width=\"6\" height=\"6\" fill=\"#fff\" stroke=\"{c}\" stroke-width=\"1.5\"/>",
            x - 3.0,
            y - 3.0
        ),
        _ => format!("<path class=\"{class}\" d=\"M{x:.1},{:.1} l3.6,6.4 h-7.2 z\" fill=\"{c}\"/>", y - 4.0),
    }
}

/// A round step for an axis holding up to `max`.
fn step(max: f64) -> f64 {
    if max <= 0.0 {
        return 1.0;
    }
    let raw = max / 5.0;
    let mag = 10f64.powf(raw.log10().floor());
    let n = raw / mag;
    let m = if n <= 1.0 {
        1.0
    } else if n <= 2.0 {
        2.0
    } else if n <= 5.0 {
        5.0
    } else {
        10.0
    };
    m * mag
}

fn lines(id: &str, x: &[String], series: &[Series], label: &str) -> String {
    let height = 300.0;
    let (left, top, bottom, right) = (70.0, 34.0, 56.0, 20.0);
    let plot_h = height - top - bottom;
    let plot_w = WIDTH - left - right;
    let max = series.iter().flat_map(|s| s.values.iter().copied()).fold(0.0, f64::max);
    let st = step(max);
    let ceil = (max / st).ceil().max(1.0) * st;
    let mut s = open(id, "lines", height, label);
    s.push_str(&legend(id, &series.iter().collect::<Vec<_>>(), 18.0, true));
    let mut tick = 0.0;
    while tick <= ceil + st / 2.0 {
        let y = top + plot_h - tick / ceil * plot_h;
        let _ = write!(
            s,
            "<line x1=\"{left}\" y1=\"{y:.1}\" x2=\"{:.1}\" y2=\"{y:.1}\" stroke=\"#ddd\"/><text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\" font-size=\"11\">{}</text>",
            WIDTH - right,
            left - 6.0,
            y + 4.0,
            short(tick)
        );
        tick += st;
    }
    let n = x.len();
    let xs = |i: usize| if n <= 1 { left + plot_w / 2.0 } else { left + plot_w * i as f64 / (n - 1) as f64 };
    let every = n.div_ceil(12).max(1);
    for (i, l) in x.iter().enumerate() {
        if i % every == 0 || i + 1 == n {
            let xx = xs(i);
            let _ = write!(
                s,
                "<text x=\"{xx:.1}\" y=\"{:.1}\" text-anchor=\"end\" transform=\"rotate(-30 {xx:.1} {:.1})\" font-size=\"11\">{}</text>",
                top + plot_h + 16.0,
                top + plot_h + 16.0,
                escape(&clip(l, 120.0))
            );
        }
    }
    for (si, se) in series.iter().enumerate() {
        let pts: Vec<String> =
            se.values.iter().enumerate().map(|(i, v)| format!("{:.1},{:.1}", xs(i), top + plot_h - v / ceil * plot_h)).collect();
        let _ = write!(
            s,
            "<polyline fill=\"none\" stroke=\"{}\" stroke-width=\"2.2\" stroke-dasharray=\"{}\" points=\"{}\"/>",
            COLOURS[si % COLOURS.len()],
            DASHES[si % DASHES.len()],
            pts.join(" ")
        );
        for (i, v) in se.values.iter().enumerate() {
            let y = top + plot_h - v / ceil * plot_h;
            let m = marker(xs(i), y, si, "point");
            // The point's number as a tooltip; labels on every point would crowd a 24-month line.
            let _ = write!(s, "<g>{m}<title>{} {}：{}</title></g>", escape(&x[i]), escape(&se.name), short(*v));
        }
    }
    let _ = write!(
        s,
        "<line x1=\"{left}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"#333\"/><line x1=\"{left}\" y1=\"{top}\" x2=\"{left}\" y2=\"{:.1}\" stroke=\"#333\"/>",
        top + plot_h,
        WIDTH - right,
        top + plot_h,
        top + plot_h
    );
    s.push_str("</svg>");
    s
}

/// The chart as one `<svg>` element with the id given.
pub fn render(id: &str, chart: &Chart, label: &str) -> String {
    match chart {
        Chart::Bars { categories, series } => bars(id, categories, series, label),
        Chart::Pyramid { bands, left, right } => pyramid(id, bands, left, right, label),
        Chart::Heat { rows, columns, values } => heat(id, rows, columns, values, label),
        Chart::Lines { x, series } => lines(id, x, series, label),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count(s: &str, class: &str) -> usize {
        s.matches(&format!("class=\"{class}\"")).count()
    }

    #[test]
    fn one_mark_per_value_and_text_escaped() {
        let chart = Chart::Bars {
            categories: vec!["<荔湾区>".into(), "越秀区".into(), "海珠区".into()],
            series: vec![Series { name: "人口 & 户".into(), values: vec![1.0, 2.0, 30_000.0] }],
        };
        let s = render("f1", &chart, "各区县");
        assert_eq!(count(&s, "bar"), chart.marks());
        assert!(s.contains("&lt;荔湾区&gt;") && !s.contains("<荔湾区>"));
        assert!(s.contains("人口 &amp; 户"));
        assert!(s.contains("3万"));
        let heat = Chart::Heat {
            rows: vec!["a".into(), "b".into()],
            columns: vec!["x".into(), "y".into(), "z".into()],
            values: vec![vec![1, 0, 3], vec![0, 0, 9]],
        };
        assert_eq!(count(&render("h", &heat, ""), "cell"), 6);
        let lines = Chart::Lines {
            x: vec!["2026-01".into(), "2026-02".into()],
            series: vec![Series { name: "a".into(), values: vec![1.0, 2.0] }, Series { name: "b".into(), values: vec![0.0, 5.0] }],
        };
        assert_eq!(count(&render("l", &lines, ""), "point"), 4);
        let empty = Chart::Lines { x: vec![], series: vec![] };
        assert_eq!(count(&render("e", &empty, ""), "point"), 0);
    }

    #[test]
    fn numbers_read_as_a_person_says_them() {
        assert_eq!(group(1234567), "1,234,567");
        assert_eq!(group(-1000), "-1,000");
        assert_eq!(short(12_345.0), "1.23万");
        assert_eq!(short(250_000_000.0), "2.5亿");
        assert_eq!(short(999.0), "999");
        assert_eq!(step(0.0), 1.0);
        assert_eq!(step(87.0), 20.0);
    }
}
