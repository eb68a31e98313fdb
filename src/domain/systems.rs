//! Information systems (issue 7): lifecycle states, retirement steps, and the small value
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
    let Some((host, port)) = s.rsplit_once(':') else { return false };
    !host.is_empty() && !host.contains(char::is_whitespace) && port.parse::<u16>().is_ok_and(|p| p > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values() {
        assert!(is_slug("jiuzhu-dsj") && is_slug("a1") && !is_slug("Dibao") && !is_slug("-x") && !is_slug(""));
        assert_eq!(split_list(" 救助；低保;; 特困 "), ["救助", "低保", "特困"]);
        assert_eq!((mlps_level("第三级"), mlps_level("2"), mlps_level("六")), (Some(3), Some(2), None));
        assert_eq!((lifecycle(""), lifecycle("已下线"), lifecycle("Retired"), lifecycle("gone")), (Some("in_service"), Some("offline"), Some("retired"), None));
        assert!(is_host_port("127.0.0.1:443") && is_host_port("[::1]:80") && !is_host_port("127.0.0.1") && !is_host_port("h:0"));
        assert_eq!(step_index("data"), Some(3));
    }
}
