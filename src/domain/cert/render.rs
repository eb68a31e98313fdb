//! Pictures of a certificate: the QR code (alphanumeric mode, ECC level Q) as SVG and PNG,
//! decoding a QR code back from a PNG, and a printable card (SVG, ID-1 card proportions).
use qrcode::{Color, EcLevel, QrCode, Version};
use std::fmt::Write as _;

/// Modules of quiet zone around a code (ISO/IEC 18004 asks for 4).
const QUIET: usize = 4;

/// A QR code's module matrix.
pub struct Qr {
    pub width: usize,
    pub version: i16,
    dark: Vec<bool>,
}

/// Encode a payload text at ECC level Q (the `MZ1:` + Base45 alphabet is QR alphanumeric).
pub fn qr(text: &str) -> Result<Qr, String> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::Q).map_err(|e| format!("cannot encode a QR code: {e}"))?;
    let version = match code.version() {
        Version::Normal(v) | Version::Micro(v) => v,
    };
    Ok(Qr { width: code.width(), version, dark: code.to_colors().into_iter().map(|c| c == Color::Dark).collect() })
}

impl Qr {
    fn is_dark(&self, x: usize, y: usize) -> bool {
        self.dark[y * self.width + x]
    }

    /// SVG path data of the dark modules, one unit per module, runs merged per row.
    fn path(&self, offset: usize) -> String {
        let mut d = String::new();
        for y in 0..self.width {
            let mut x = 0;
            while x < self.width {
                if self.is_dark(x, y) {
                    let start = x;
                    while x < self.width && self.is_dark(x, y) {
                        x += 1;
                    }
                    let _ = write!(d, "M{} {}h{}v1h-{}z", start + offset, y + offset, x - start, x - start);
                } else {
                    x += 1;
                }
            }
        }
        d
    }

    /// A standalone SVG (with quiet zone); scales to any size.
    pub fn svg(&self) -> String {
        let n = self.width + 2 * QUIET;
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {n} {n}\" width=\"{w}\" height=\"{w}\" shape-rendering=\"crispEdges\">\
<rect width=\"{n}\" height=\"{n}\" fill=\"#fff\"/><path fill=\"#000\" d=\"{d}\"/></svg>\n",
            w = n * 8,
            d = self.path(QUIET)
        )
    }

    /// An 8-bit greyscale PNG, `scale` pixels per module, with quiet zone.
    pub fn png(&self, scale: usize) -> Vec<u8> {
        let n = (self.width + 2 * QUIET) * scale;
        let mut pixels = vec![255u8; n * n];
        for y in 0..self.width {
            for x in 0..self.width {
                if self.is_dark(x, y) {
                    for dy in 0..scale {
                        let row = ((y + QUIET) * scale + dy) * n;
                        let start = row + (x + QUIET) * scale;
                        pixels[start..start + scale].fill(0);
                    }
                }
            }
        }
        let mut out = Vec::new();
        {
            let mut enc = png::Encoder::new(&mut out, n as u32, n as u32);
            enc.set_color(png::ColorType::Grayscale);
            enc.set_depth(png::BitDepth::Eight);
            enc.set_compression(png::Compression::High);
            let mut w = enc.write_header().expect("PNG header into a Vec");
            w.write_image_data(&pixels).expect("PNG data into a Vec");
        }
        out
    }
}

/// Whether bytes are a PNG file.
pub fn is_png(bytes: &[u8]) -> bool {
    bytes.starts_with(b"\x89PNG\r\n\x1a\n")
}

/// Decode the QR code(s) in a PNG image: the text of each one found.
pub fn decode_png(bytes: &[u8]) -> Result<Vec<String>, String> {
    let mut dec = png::Decoder::new(std::io::Cursor::new(bytes));
    dec.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
    let mut reader = dec.read_info().map_err(|e| format!("not a readable PNG: {e}"))?;
    let mut buf = vec![0; reader.output_buffer_size().ok_or("PNG too large")?];
    let info = reader.next_frame(&mut buf).map_err(|e| format!("not a readable PNG: {e}"))?;
    let (w, h) = (info.width as usize, info.height as usize);
    let channels = info.color_type.samples();
    let stride = info.line_size;
    let luma = |x: usize, y: usize| -> u8 {
        let p = &buf[y * stride + x * channels..];
        match channels {
            1 | 2 => p[0],
            _ => ((u32::from(p[0]) * 299 + u32::from(p[1]) * 587 + u32::from(p[2]) * 114) / 1000) as u8,
        }
    };
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(w, h, luma);
    let mut found = Vec::new();
    for grid in img.detect_grids() {
        if let Ok((_, text)) = grid.decode() {
            found.push(text);
        }
    }
    if found.is_empty() {
        return Err("no readable QR code in the image".into());
    }
    Ok(found)
}

/// What a printed card shows.
pub struct Card<'a> {
    pub title: &'a str,
    /// Label and value, in print order.
    pub fields: Vec<(&'a str, String)>,
    pub number: &'a str,
    pub identifier: &'a str,
    pub issued_on: String,
    pub valid_until: String,
    pub issuer_name: &'a str,
    pub status: &'a str,
    pub qr: &'a Qr,
}

/// Split text into at most `max_lines` lines of at most `width` em (CJK characters one em,
/// others about half); the last line ends in `…` when the text is cut.
fn wrap(text: &str, width: f32, max_lines: usize) -> Vec<String> {
    let em = |c: char| if c.is_ascii() { 0.55 } else { 1.0 };
    let mut lines = vec![String::new()];
    let mut used = 0.0;
    for c in text.chars() {
        if used + em(c) > width {
            if lines.len() == max_lines {
                let last = lines.last_mut().expect("one line");
                last.pop();
                last.push('…');
                return lines;
            }
            lines.push(String::new());
            used = 0.0;
        }
        used += em(c);
        lines.last_mut().expect("one line").push(c);
    }
    lines
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

const FONT: &str = "'Noto Sans CJK SC','Source Han Sans SC','WenQuanYi Micro Hei','Microsoft YaHei','PingFang SC',sans-serif";

/// A printable card, 85.6 × 54 mm (ID-1) at 10 px/mm, as SVG.
pub fn card_svg(c: &Card<'_>) -> String {
    let mut s = String::with_capacity(16 * 1024);
    let _ = write!(
        s,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 856 540\" width=\"85.6mm\" height=\"54mm\" font-family=\"{FONT}\">\n\
<rect x=\"2\" y=\"2\" width=\"852\" height=\"536\" rx=\"30\" fill=\"#fffaf0\" stroke=\"#b22222\" stroke-width=\"4\"/>\n\
<path d=\"M2 32a30 30 0 0 1 30-30h792a30 30 0 0 1 30 30v58H2z\" fill=\"#b22222\"/>\n\
<text x=\"428\" y=\"62\" font-size=\"38\" font-weight=\"bold\" fill=\"#fff\" text-anchor=\"middle\" letter-spacing=\"6\">{}</text>\n",
        esc(c.title)
    );
    let mut y = 132;
    for (label, value) in &c.fields {
        let lines = wrap(value, 19.0, 2);
        let size = if lines.len() > 1 { 20 } else { 24 };
        let _ = write!(s, "<text x=\"40\" y=\"{y}\" font-size=\"20\" fill=\"#666\">{}</text>", esc(label));
        for (i, line) in lines.iter().enumerate() {
            let _ = write!(s, "<text x=\"170\" y=\"{}\" font-size=\"{size}\" fill=\"#111\">{}</text>", y + i * 26, esc(line));
        }
        s.push('\n');
        y += 42 + (lines.len() - 1) * 26;
    }
    // The QR code, 250 px square with its quiet zone, on the right.
    let n = c.qr.width + 2 * QUIET;
    let _ = writeln!(
        s,
        "<svg x=\"576\" y=\"106\" width=\"250\" height=\"250\" viewBox=\"0 0 {n} {n}\" shape-rendering=\"crispEdges\"><rect width=\"{n}\" height=\"{n}\" fill=\"#fff\"/><path fill=\"#000\" d=\"{}\"/></svg>",
        c.qr.path(QUIET)
    );
    let _ = writeln!(s, "<text x=\"701\" y=\"378\" font-size=\"16\" fill=\"#666\" text-anchor=\"middle\">扫码离线核验</text>");
    // Footer: number, dates, identifier.
    let _ = writeln!(
        s,
        "<text x=\"40\" y=\"438\" font-size=\"18\" fill=\"#333\">证照编号 {}　　发证日期 {}　　有效期至 {}</text>",
        esc(c.number),
        esc(&c.issued_on),
        esc(&c.valid_until)
    );
    let _ = writeln!(s, "<text x=\"40\" y=\"470\" font-size=\"18\" fill=\"#333\">发证机关 {}</text>", esc(c.issuer_name));
    let _ = writeln!(s, "<text x=\"40\" y=\"506\" font-size=\"13\" fill=\"#888\" font-family=\"monospace\">{}</text>", esc(c.identifier));
    // The issuer's seal: a red ring, the issuer's name along the upper arc (one rotated glyph
    // per character: renderers without textPath show it too), a star, the seal's purpose.
    let _ = write!(
        s,
        "<g transform=\"translate(744 458)\" fill=\"#d40000\" opacity=\"0.85\">\
<circle r=\"66\" fill=\"none\" stroke=\"#d40000\" stroke-width=\"4.5\"/><circle r=\"59\" fill=\"none\" stroke=\"#d40000\" stroke-width=\"1.2\"/>"
    );
    let name: Vec<char> = c.issuer_name.chars().take(16).collect();
    let n = name.len().max(1) as f64;
    let span = (n * 22.0).min(230.0);
    for (i, ch) in name.iter().enumerate() {
        let deg = -90.0 - span / 2.0 + span * (i as f64 + 0.5) / n;
        let (x, y) = (46.0 * deg.to_radians().cos(), 46.0 * deg.to_radians().sin());
        let _ = write!(
            s,
            "<text x=\"{x:.1}\" y=\"{y:.1}\" font-size=\"16\" text-anchor=\"middle\" dominant-baseline=\"central\" transform=\"rotate({:.1} {x:.1} {y:.1})\">{}</text>",
            deg + 90.0,
            esc(&ch.to_string())
        );
    }
    let _ = writeln!(
        s,
        "<text y=\"14\" font-size=\"36\" text-anchor=\"middle\">★</text><text y=\"42\" font-size=\"11\" text-anchor=\"middle\">电子证照专用章</text></g>"
    );
    if c.status != "01" {
        let label = match c.status {
            "02" => "已暂停",
            "03" => "已撤销",
            "04" => "已注销",
            "05" => "已过期",
            _ => "已失效",
        };
        let _ = writeln!(
            s,
            "<text x=\"428\" y=\"300\" font-size=\"96\" fill=\"#d40000\" opacity=\"0.35\" text-anchor=\"middle\" transform=\"rotate(-20 428 300)\">{label}</text>"
        );
    }
    s.push_str("</svg>\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn png_round_trip() {
        let text = "MZ1:6BFOXN*TS0BI$ZD4N9:9S6RCVN5+O30K3/XIV0W23NTDEXWK G2EP4J0BGJLFX3R3VHXK.PJ:2DPF6R:5SVBHABVCNN95SWMPHQUHQN%A0SOE+QQAB-HQ/HQ7IR.SQEEOK9SAI4- 7Y15KBPD34  QWSP0WRGTQFNPLIR.KQNA7N95U/3FJCTG90OARH9P1J4HGZJKBEG%123ZC$0BCI757TLXKIBTV5TN%2LXK-$CH4TSXKZ4S/$K%0KPQ1HEP9.PZE9Q$95:UENEUW6646936HRTO$9KZ56DE/.QC$Q3J62:6LZ6O59++9-G9+E93ZM$96TV6NRNJZ0*$5M9I-F0X$ABQ24R0 /JVZ";
        let q = qr(text).unwrap();
        assert!(q.version >= 10, "version {}", q.version);
        let png = q.png(4);
        assert!(is_png(&png));
        assert_eq!(decode_png(&png).unwrap(), vec![text.to_string()]);
        assert!(q.svg().starts_with("<svg"));
        assert!(decode_png(b"\x89PNG\r\n\x1a\nrubbish").is_err());
    }

    #[test]
    fn card_escapes_text() {
        let q = qr("MZ1:ABC").unwrap();
        let svg = card_svg(&Card {
            title: "老年人优待证",
            fields: vec![("姓名", "<script>".into())],
            number: "1",
            identifier: "x",
            issued_on: "2026-06-30".into(),
            valid_until: "长期".into(),
            issuer_name: "A&B",
            status: "03",
            qr: &q,
        });
        assert!(svg.contains("&lt;script&gt;") && svg.contains("A&amp;B") && svg.contains("已撤销"));
    }
}
