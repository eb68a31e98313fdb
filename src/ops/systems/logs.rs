//! Web access logs (nginx/Apache combined and common formats) counted per day: real requests,
//! distinct clients, distinct authenticated users and the last access, with health checks,
//! static assets and crawlers/monitoring agents excluded by configurable patterns.
//!
//! Streaming: one reused line buffer, the agent decision cached per distinct agent, clients
//! kept as 64-bit hashes, the day looked up again only when the date text changes.
use jiff::civil::{Date, DateTime};
use jiff::tz::Offset;
use jiff::Timestamp;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::io::BufRead;

/// Path prefixes of health checks and monitoring endpoints (a prefix matches the whole path or
/// a path continuing with `/`, `?` or `.`).
pub const DEFAULT_PROBE_PATHS: &[&str] =
    &["/health", "/healthz", "/actuator/health", "/ping", "/status", "/metrics", "/readyz", "/livez", "/server-status", "/nginx_status"];
/// Extensions of static assets (matched at the end of the path, before any query).
pub const DEFAULT_STATIC: &[&str] =
    &[".js", ".css", ".png", ".jpg", ".jpeg", ".gif", ".ico", ".svg", ".woff", ".woff2", ".ttf", ".map", ".webp", ".bmp"];
/// Case-insensitive substrings of crawler and monitoring user agents.
pub const DEFAULT_AGENTS: &[&str] = &[
    "bot",
    "spider",
    "crawl",
    "slurp",
    "kube-probe",
    "zabbix",
    "prometheus",
    "blackbox",
    "nagios",
    "pingdom",
    "uptime",
    "elb-healthchecker",
    "consul",
    "go-http-client",
    "curl/",
    "wget/",
    "python-requests",
    "apache-httpclient",
    "monitor",
];

/// What is not use.
#[derive(Debug, Clone, Serialize)]
pub struct Patterns {
    pub probe_paths: Vec<String>,
    pub static_suffixes: Vec<String>,
    pub agents: Vec<String>,
}

impl Default for Patterns {
    fn default() -> Patterns {
        let own = |v: &[&str]| v.iter().map(|s| s.to_string()).collect();
        Patterns { probe_paths: own(DEFAULT_PROBE_PATHS), static_suffixes: own(DEFAULT_STATIC), agents: own(DEFAULT_AGENTS) }
    }
}

/// FNV-1a over the bytes; a `HashSet<u64>` of these needs no second hash.
fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3))
}

#[derive(Default)]
struct Identity(u64);
impl Hasher for Identity {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, _: &[u8]) {}
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}
type U64Set = HashSet<u64, BuildHasherDefault<Identity>>;

#[derive(Default)]
struct DayTally {
    requests: u64,
    clients: U64Set,
    users: BTreeSet<String>,
    /// The latest access: local date-time and its offset.
    last: Option<(DateTime, i32)>,
}

/// Counts of one ingestion.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct LineCounts {
    pub lines: u64,
    pub counted: u64,
    pub probes: u64,
    pub static_assets: u64,
    pub agents: u64,
    pub malformed: u64,
}

/// One day's numbers.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Day {
    pub day: Date,
    pub requests: u64,
    pub clients: u64,
    pub users: Vec<String>,
    pub last_at: Option<Timestamp>,
}

/// Per-day numbers from any number of log streams.
pub struct Tally {
    patterns: Patterns,
    agents_lower: Vec<Vec<u8>>,
    agent_cache: HashMap<Box<[u8]>, bool>,
    days: BTreeMap<Date, DayTally>,
    last_date_text: Vec<u8>,
    last_day: Option<Date>,
    pub counts: LineCounts,
    lower: Vec<u8>,
}

/// The parts of a log line that matter.
#[derive(Debug, PartialEq, Eq)]
pub struct Parsed<'a> {
    pub client: &'a [u8],
    pub user: &'a [u8],
    /// `10/Oct/2000:13:55:36 -0700`
    pub time: &'a [u8],
    pub path: &'a [u8],
    pub agent: &'a [u8],
}

fn token(line: &[u8], from: usize) -> Option<(&[u8], usize)> {
    let rest = line.get(from..)?;
    let end = memchr::memchr(b' ', rest)?;
    Some((&rest[..end], from + end + 1))
}

/// Split a combined or common format line; `None` when it is neither.
pub fn parse(line: &[u8]) -> Option<Parsed<'_>> {
    let (client, i) = token(line, 0)?;
    let (_ident, i) = token(line, i)?;
    let (user, i) = token(line, i)?;
    let rest = line.get(i..)?;
    if rest.first() != Some(&b'[') {
        return None;
    }
    let close = memchr::memchr(b']', rest)?;
    let time = &rest[1..close];
    let rest = rest.get(close + 1..)?.strip_prefix(b" \"")?;
    // The request ends at the first quote not escaped by a backslash.
    let mut end = 0;
    loop {
        let q = memchr::memchr(b'"', &rest[end..])? + end;
        if q == 0 || rest[q - 1] != b'\\' {
            end = q;
            break;
        }
        end = q + 1;
    }
    let request = &rest[..end];
    let mut parts = request.split(|b| *b == b' ');
    let _method = parts.next()?;
    let path = parts.next().unwrap_or(b"");
    // After the request: status, size, and (combined) "referer" "agent".
    let after = &rest[end + 1..];
    let agent = match memchr::memrchr(b'"', after) {
        Some(last) if last > 0 => {
            let open = memchr::memrchr(b'"', &after[..last])?;
            &after[open + 1..last]
        }
        _ => b"",
    };
    Some(Parsed { client, user, time, path, agent })
}

const MONTHS: [&[u8]; 12] = [b"Jan", b"Feb", b"Mar", b"Apr", b"May", b"Jun", b"Jul", b"Aug", b"Sep", b"Oct", b"Nov", b"Dec"];

fn num(b: &[u8]) -> Option<i32> {
    if b.is_empty() || !b.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(b.iter().fold(0i32, |n, d| n * 10 + i32::from(d - b'0')))
}

/// `10/Oct/2000:13:55:36 -0700` → the local date-time and the offset in seconds.
pub fn parse_time(t: &[u8]) -> Option<(DateTime, i32)> {
    if t.len() < 20 || t[2] != b'/' || t[6] != b'/' || t[11] != b':' {
        return None;
    }
    let day = num(&t[..2])?;
    let month = MONTHS.iter().position(|m| *m == &t[3..6])? as i32 + 1;
    let year = num(&t[7..11])?;
    let (h, m, s) = (num(&t[12..14])?, num(&t[15..17])?, num(&t[18..20])?);
    let offset = match t.get(21..26) {
        Some(z) if z[0] == b'+' || z[0] == b'-' => {
            let secs = num(&z[1..3])? * 3600 + num(&z[3..5])? * 60;
            if z[0] == b'-' {
                -secs
            } else {
                secs
            }
        }
        _ => 0,
    };
    let dt = DateTime::new(year as i16, month as i8, day as i8, h as i8, m as i8, s as i8, 0).ok()?;
    Some((dt, offset))
}

fn path_is(path: &[u8], prefix: &[u8]) -> bool {
    path.starts_with(prefix) && matches!(path.get(prefix.len()), None | Some(b'/' | b'?' | b'.'))
}

impl Tally {
    pub fn new(patterns: Patterns) -> Tally {
        let agents_lower = patterns.agents.iter().map(|a| a.to_ascii_lowercase().into_bytes()).collect();
        Tally {
            patterns,
            agents_lower,
            agent_cache: HashMap::new(),
            days: BTreeMap::new(),
            last_date_text: Vec::new(),
            last_day: None,
            counts: LineCounts::default(),
            lower: Vec::new(),
        }
    }

    fn agent_excluded(&mut self, agent: &[u8]) -> bool {
        if let Some(v) = self.agent_cache.get(agent) {
            return *v;
        }
        self.lower.clear();
        self.lower.extend(agent.iter().map(u8::to_ascii_lowercase));
        let hit = self.agents_lower.iter().any(|p| memchr::memmem::find(&self.lower, p).is_some());
        if self.agent_cache.len() < 100_000 {
            self.agent_cache.insert(agent.into(), hit);
        }
        hit
    }

    /// Count one line (without its line ending).
    pub fn line(&mut self, line: &[u8]) {
        self.counts.lines += 1;
        let Some(p) = parse(line) else {
            if !line.iter().all(u8::is_ascii_whitespace) {
                self.counts.malformed += 1;
            }
            return;
        };
        // Every day a log covers is kept, with or without real use: a day of nothing but
        // probes is evidence of no use, not a gap in the evidence.
        let date_text = &p.time[..p.time.len().min(11)];
        let day = match self.last_day {
            Some(d) if self.last_date_text == date_text => d,
            _ => {
                let Some((dt, _)) = parse_time(p.time) else {
                    self.counts.malformed += 1;
                    return;
                };
                self.last_date_text.clear();
                self.last_date_text.extend_from_slice(date_text);
                self.last_day = Some(dt.date());
                self.days.entry(dt.date()).or_default();
                dt.date()
            }
        };
        let bare = &p.path[..memchr::memchr(b'?', p.path).unwrap_or(p.path.len())];
        if self.patterns.probe_paths.iter().any(|x| path_is(bare, x.as_bytes())) {
            self.counts.probes += 1;
            return;
        }
        if self.agent_excluded(p.agent) {
            self.counts.agents += 1;
            return;
        }
        if self.patterns.static_suffixes.iter().any(|x| bare.ends_with(x.as_bytes())) {
            self.counts.static_assets += 1;
            return;
        }
        self.counts.counted += 1;
        let tally = self.days.entry(day).or_default();
        tally.requests += 1;
        tally.clients.insert(fnv(p.client));
        if p.user != b"-" && !p.user.is_empty() && tally.users.len() < 1000 {
            let user = String::from_utf8_lossy(p.user);
            if !tally.users.contains(user.as_ref()) {
                tally.users.insert(user.into_owned());
            }
        }
        if let Some(t) = parse_time(p.time) {
            if tally.last.is_none_or(|(l, _)| t.0 > l) {
                tally.last = Some(t);
            }
        }
    }

    /// Count every line of a stream, reusing one buffer.
    pub fn read<R: BufRead>(&mut self, mut r: R, progress: &mut dyn FnMut(u64)) -> std::io::Result<()> {
        let mut buf = Vec::with_capacity(4096);
        let mut bytes = 0u64;
        loop {
            buf.clear();
            let n = r.read_until(b'\n', &mut buf)?;
            if n == 0 {
                break;
            }
            bytes += n as u64;
            let line = buf.strip_suffix(b"\n").unwrap_or(&buf);
            let line = line.strip_suffix(b"\r").unwrap_or(line);
            self.line(line);
            if self.counts.lines.is_multiple_of(65_536) {
                progress(bytes);
            }
        }
        progress(bytes);
        Ok(())
    }

    /// The days counted, oldest first.
    pub fn days(self) -> Vec<Day> {
        self.days
            .into_iter()
            .map(|(day, t)| Day {
                day,
                requests: t.requests,
                clients: t.clients.len() as u64,
                users: t.users.into_iter().collect(),
                last_at: t.last.and_then(|(dt, off)| Offset::from_seconds(off).ok().and_then(|o| o.to_timestamp(dt).ok())),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const COMBINED: &[u8] = br#"127.0.0.2 - u0037 [05/Nov/2026:09:15:02 +0800] "GET /api/v1/cases?page=1 HTTP/1.1" 200 5120 "http://127.0.0.1/" "Mozilla/5.0 (Windows NT 10.0)""#;

    #[test]
    fn parses_combined_and_common() {
        let p = parse(COMBINED).unwrap();
        assert_eq!((p.client, p.user, p.path), (&b"127.0.0.2"[..], &b"u0037"[..], &b"/api/v1/cases?page=1"[..]));
        assert_eq!(p.agent, b"Mozilla/5.0 (Windows NT 10.0)");
        let common = br#"127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326"#;
        let p = parse(common).unwrap();
        assert_eq!((p.user, p.agent), (&b"frank"[..], &b""[..]));
        let escaped = br#"127.0.0.1 - - [10/Oct/2000:13:55:36 -0700] "GET /a\"b HTTP/1.0" 200 1 "-" "curl/8.0""#;
        assert_eq!(parse(escaped).unwrap().agent, b"curl/8.0");
        assert!(parse(b"garbage").is_none());
        let (dt, off) = parse_time(b"10/Oct/2000:13:55:36 -0700").unwrap();
        assert_eq!((dt.to_string().as_str(), off), ("2000-10-10T13:55:36", -25200));
    }

    #[test]
    fn excludes_probes_static_and_agents() {
        let mut t = Tally::new(Patterns::default());
        t.line(COMBINED);
        t.line(br#"127.0.0.5 - - [05/Nov/2026:10:00:00 +0800] "GET /health HTTP/1.1" 200 15 "-" "kube-probe/1.27""#);
        t.line(br#"127.0.0.3 - - [05/Nov/2026:10:00:00 +0800] "GET /healthcheck-report HTTP/1.1" 200 15 "-" "Mozilla/5.0""#);
        t.line(br#"127.0.0.8 - - [05/Nov/2026:11:00:00 +0800] "GET / HTTP/1.1" 200 15 "-" "Mozilla/5.0 (compatible; Baiduspider/2.0)""#);
        t.line(br#"127.0.0.2 - u0037 [05/Nov/2026:09:15:03 +0800] "GET /static/js/app.js HTTP/1.1" 304 0 "-" "Mozilla/5.0""#);
        t.line(br#"127.0.0.4 - u0001 [06/Nov/2026:18:00:00 +0800] "POST /login HTTP/1.1" 302 0"#);
        t.line(b"not a log line");
        let c = t.counts;
        assert_eq!((c.lines, c.counted, c.probes, c.agents, c.static_assets, c.malformed), (7, 3, 1, 1, 1, 1));
        let days = t.days();
        assert_eq!(days.len(), 2);
        assert_eq!((days[0].requests, days[0].clients, days[0].users.as_slice()), (2, 2, &["u0037".to_string()][..]));
        assert_eq!(days[1].last_at.unwrap().to_string(), "2026-11-06T10:00:00Z");
    }
}
