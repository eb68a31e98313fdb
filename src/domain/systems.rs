//! Information systems: lifecycle states, retirement steps, and the small value
//! formats of the inventory (slugs, `;`-lists, 等保 levels).

/// Lifecycle states a system can be recorded in: in service, then each retirement step done.
pub const LIFECYCLE: &[&str] = &["in_service", "suspected", "confirmed", "offline", "data", "released", "retired"];

/// The retirement workflow (摸底 → 认定 → 下线 → 数据处置 → 资源回收 → 退役), in order.
pub const STEPS: &[(&str, &str)] = &[
    ("suspected", "suspected a zombie (摸底)"),
    ("confirmed", "confirmed, with who approved (认定)"),
    ("offline", "taken offline (下线)"),
    ("data", "data archived, migrated or destroyed, and where (数据处置)"),
    ("released", "resources released (资源回收)"),
    ("retired", "retired (退役)"),
];

/// How a retired system's data was handled.
pub const DATA_DISPOSITIONS: &[&str] = &["archived", "migrated", "destroyed"];

/// The position of a step in [`STEPS`].
pub fn step_index(step: &str) -> Option<usize> {
    STEPS.iter().position(|(s, _)| *s == step)
}

/// Whether a lifecycle state means the system's resources are released.
pub fn resources_released(state: &str) -> bool {
    matches!(state, "released" | "retired")
}

/// A lifecycle state as the clean-up register writes it.
pub fn lifecycle_zh(state: &str) -> &'static str {
    match state {
        "in_service" => "在用",
        "suspected" => "摸底（疑似）",
        "confirmed" => "已认定",
        "offline" => "已下线",
        "data" => "数据已处置",
        "released" => "已回收",
        "retired" => "已退役",
        _ => "",
    }
}

/// A lifecycle state from its name or a common Chinese word for it.
pub fn lifecycle(s: &str) -> Option<&'static str> {
    let s = s.trim();
    let zh = match s {
        "" | "在用" | "运行" | "运行中" | "在线" => Some("in_service"),
        "疑似僵尸" | "疑似" => Some("suspected"),
        "已认定" => Some("confirmed"),
        "已下线" | "下线" => Some("offline"),
        "已回收" => Some("released"),
        "已退役" | "已停用" | "退役" => Some("retired"),
        _ => None,
    };
    zh.or_else(|| LIFECYCLE.iter().find(|l| l.eq_ignore_ascii_case(s)).copied())
}

/// A system id: 1–40 lowercase ASCII letters, digits, `-` or `_`, starting with a letter or digit.
pub fn is_slug(s: &str) -> bool {
    (1..=40).contains(&s.len())
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
        && s.as_bytes()[0].is_ascii_alphanumeric()
}

/// Items of a `;`-list (also `；`, `,`, `、` and newlines), trimmed, empties dropped.
pub fn split_list(s: &str) -> Vec<&str> {
    s.split([';', '；', ',', '，', '、', '\n']).map(str::trim).filter(|x| !x.is_empty()).collect()
}

/// An 等保 level 1–5 from `3`, `三级`, `第三级` or `三`.
pub fn mlps_level(s: &str) -> Option<u8> {
    let t = s.trim().trim_start_matches('第').trim_end_matches('级');
    match t {
        "1" | "一" => Some(1),
        "2" | "二" => Some(2),
        "3" | "三" => Some(3),
        "4" | "四" => Some(4),
        "5" | "五" => Some(5),
        _ => None,
    }
}

/// A `host:port` (a name or IPv4 address, or `[v6]:port`) check.
pub fn is_host_port(s: &str) -> bool {
    let Some((host, port)) = s.rsplit_once(':') else {
        return false;
    };
    !host.is_empty() && !host.contains(char::is_whitespace) && port.parse::<u16>().is_ok_and(|p| p > 0)
}

/// One DER item: its tag, its content and what follows it.
fn der_item(b: &[u8]) -> Option<(u8, &[u8], &[u8])> {
    let (&tag, rest) = b.split_first()?;
    let (&first, rest) = rest.split_first()?;
    let (len, rest) = if first < 0x80 {
        (usize::from(first), rest)
    } else {
        let n = usize::from(first & 0x7f);
        if n == 0 || n > 4 || rest.len() < n {
            return None;
        }
        (rest[..n].iter().fold(0usize, |l, b| (l << 8) | usize::from(*b)), &rest[n..])
    };
    (rest.len() >= len).then(|| (tag, &rest[..len], &rest[len..]))
}

/// The `notAfter` of an X.509 certificate (DER): Certificate → TBSCertificate → [version],
/// serial, signature, issuer, validity → notAfter (UTCTime or GeneralizedTime).
pub fn cert_not_after(der: &[u8]) -> Option<jiff::Timestamp> {
    let (_, cert, _) = der_item(der)?;
    let (_, tbs, _) = der_item(cert)?;
    let (tag, _, mut rest) = der_item(tbs)?;
    if tag == 0xa0 {
        rest = der_item(rest)?.2; // the serial number after the version
    }
    let rest = der_item(rest)?.2; // signature algorithm
    let rest = der_item(rest)?.2; // issuer
    let (_, validity, _) = der_item(rest)?;
    let (_, _, after) = der_item(validity)?;
    let (tag, time, _) = der_item(after)?;
    let text = std::str::from_utf8(time).ok()?.strip_suffix('Z')?;
    let full = match (tag, text.len()) {
        (0x17, 12) => format!("{}{text}", if text[..2].parse::<u8>().ok()? < 50 { "20" } else { "19" }),
        (0x18, 14) => text.to_string(),
        _ => return None,
    };
    let n = |r: std::ops::Range<usize>| full.get(r).and_then(|x| x.parse::<i16>().ok());
    let dt = jiff::civil::DateTime::new(n(0..4)?, n(4..6)? as i8, n(6..8)? as i8, n(8..10)? as i8, n(10..12)? as i8, n(12..14)? as i8, 0)
        .ok()?;
    dt.to_zoned(jiff::tz::TimeZone::UTC).ok().map(|z| z.timestamp())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tlv(tag: u8, content: &[u8]) -> Vec<u8> {
        let mut out = vec![tag];
        if content.len() < 0x80 {
            out.push(content.len() as u8);
        } else {
            out.extend([0x82, (content.len() >> 8) as u8, content.len() as u8]);
        }
        out.extend_from_slice(content);
        out
    }

    #[test]
    fn certificate_expiry() {
        let validity = [tlv(0x17, b"261123000000Z"), tlv(0x18, b"20361120195655Z")].concat();
        let tbs = [tlv(0xa0, &tlv(0x02, &[2])), tlv(0x02, &[1; 200]), tlv(0x30, &[]), tlv(0x30, &[]), tlv(0x30, &validity)].concat();
        let cert = tlv(0x30, &[tlv(0x30, &tbs), tlv(0x30, &[]), tlv(0x03, &[0])].concat());
        assert_eq!(cert_not_after(&cert).map(|t| t.to_string()), Some("2036-11-20T19:56:55Z".into()));
        let utc = [tlv(0x17, b"261123000000Z"), tlv(0x17, b"491231235959Z")].concat();
        let tbs = [tlv(0x02, &[1]), tlv(0x30, &[]), tlv(0x30, &[]), tlv(0x30, &utc)].concat();
        assert_eq!(cert_not_after(&tlv(0x30, &tlv(0x30, &tbs))).map(|t| t.to_string()), Some("2049-12-31T23:59:59Z".into()));
        assert_eq!(cert_not_after(b"\x30\x05ab"), None);
    }

    #[test]
    fn values() {
        assert!(is_slug("jiuzhu-dsj") && is_slug("a1") && !is_slug("Dibao") && !is_slug("-x") && !is_slug(""));
        assert_eq!(split_list(" 救助；低保;; 特困 "), ["救助", "低保", "特困"]);
        assert_eq!((mlps_level("第三级"), mlps_level("2"), mlps_level("六")), (Some(3), Some(2), None));
        assert_eq!(
            (lifecycle(""), lifecycle("已下线"), lifecycle("Retired"), lifecycle("gone")),
            (Some("in_service"), Some("offline"), Some("retired"), None)
        );
        assert!(is_host_port("127.0.0.1:443") && is_host_port("[::1]:80") && !is_host_port("127.0.0.1") && !is_host_port("h:0"));
        assert_eq!(step_index("data"), Some(3));
    }
}
