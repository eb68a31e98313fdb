//! The interface language: messages live in Fluent catalogues (`locales/<lang>/mzctl.ftl`,
//! embedded), and the language is chosen once at start.
//!
//! Machine output never goes through here: `--json` keys, CSV/TSV column names, rule ids and
//! stored values stay canonical English. What is stored in English (finding messages, reject
//! reasons, audit outcomes) is rendered in the interface language at output time: each `msg-`
//! entry of the English catalogue is the exact shape of a stored message, its placeables the
//! parts that vary, and the same key in the other catalogue says it in that language.
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;

/// The languages mzctl speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    ZhCn,
}

pub const EN_FTL: &str = include_str!("../locales/en/mzctl.ftl");
pub const ZH_CN_FTL: &str = include_str!("../locales/zh-CN/mzctl.ftl");

impl Lang {
    /// `zh-CN`, `zh`, `zh_CN.UTF-8`, `zh-Hans` … are Chinese; `en…`, `C` and `POSIX` English.
    pub fn parse(s: &str) -> Option<Lang> {
        let s = s.trim();
        let base = s.split(['.', '@']).next().unwrap_or("").to_ascii_lowercase();
        if base == "zh" || base.starts_with("zh-") || base.starts_with("zh_") {
            Some(Lang::ZhCn)
        } else if base == "en" || base.starts_with("en-") || base.starts_with("en_") || base == "c" || base == "posix" {
            Some(Lang::En)
        } else {
            None
        }
    }

    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::ZhCn => "zh-CN",
        }
    }

    /// What the locale environment asks for: the first of `LC_ALL`, `LC_MESSAGES`, `LANG`
    /// that is set; Chinese when it names Chinese, else English.
    pub fn from_locale_env() -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"].iter().find_map(|v| std::env::var(v).ok().filter(|s| !s.is_empty())).map_or(Lang::En, |s| {
            if Lang::parse(&s) == Some(Lang::ZhCn) {
                Lang::ZhCn
            } else {
                Lang::En
            }
        })
    }
}

static LANG: OnceLock<Lang> = OnceLock::new();

/// Choose the language for the rest of the process (the first call wins).
pub fn set(lang: Lang) {
    let _ = LANG.set(lang);
}

/// The language in effect: as set, else English (library users and unit tests).
pub fn lang() -> Lang {
    LANG.get().copied().unwrap_or(Lang::En)
}

pub fn is_zh() -> bool {
    lang() == Lang::ZhCn
}

fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static EN: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    static ZH: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    let (cell, tag, text) = match lang {
        Lang::En => (&EN, "en", EN_FTL),
        Lang::ZhCn => (&ZH, "zh-CN", ZH_CN_FTL),
    };
    cell.get_or_init(|| {
        let id: unic_langid::LanguageIdentifier = tag.parse().unwrap_or_default();
        let mut b = FluentBundle::new_concurrent(vec![id]);
        // No Unicode isolation marks around arguments: output goes to terminals and files.
        b.set_use_isolating(false);
        // A catalogue that fails to parse loses only its broken entries; a test keeps both clean.
        let res = FluentResource::try_new(text.to_string()).unwrap_or_else(|(res, _)| res);
        let _ = b.add_resource(res);
        b
    })
}

/// The message `key` in `lang`, else in English, else the key itself.
pub fn tr_in(lang: Lang, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    for l in [lang, Lang::En] {
        let b = bundle(l);
        if let Some(pattern) = b.get_message(key).and_then(|m| m.value()) {
            let mut fa = FluentArgs::new();
            for (k, v) in args {
                fa.set(*k, v.clone());
            }
            let mut errors = Vec::new();
            return b.format_pattern(pattern, Some(&fa), &mut errors).into_owned();
        }
    }
    key.to_string()
}

/// The message `key` in the interface language.
pub fn tr(key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    tr_in(lang(), key, args)
}

/// The message `key` in the interface language, if either catalogue has it.
pub fn lookup(key: &str) -> Option<String> {
    let l = lang();
    [l, Lang::En].into_iter().find(|l| bundle(*l).has_message(key)).map(|_| tr(key, &[]))
}

/// `t!("key")`, `t!("key", name = value, …)`: a message in the interface language.
#[macro_export]
macro_rules! t {
    ($key:literal) => {
        $crate::i18n::tr($key, &[])
    };
    ($key:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::tr($key, &[$((stringify!($name), ::fluent_bundle::FluentValue::from($value))),+])
    };
}

/// A catalogue key's tail made of a label: lowercase ASCII words joined by `-`.
pub fn slug(label: &str) -> String {
    let mut s = String::with_capacity(label.len());
    for c in label.chars() {
        if c.is_ascii_alphanumeric() {
            s.push(c.to_ascii_lowercase());
        } else if !s.ends_with('-') {
            s.push('-');
        }
    }
    s.trim_matches('-').to_string()
}

/// A table's column header (or a field name) in the interface language: `col-<slug>`.
pub fn header(h: &str) -> String {
    if !is_zh() {
        return h.to_string();
    }
    header_zh(h)
}

/// A table's headers in the interface language; `name` is a person's (姓名) in a table of people.
pub fn headers(hs: &[String]) -> Vec<String> {
    if !is_zh() {
        return hs.to_vec();
    }
    headers_zh(hs)
}

/// A table's headers in Chinese whatever the interface language.
pub fn headers_zh(hs: &[String]) -> Vec<String> {
    // A table about people (a finding or a reject names the person and their street) calls
    // the name 姓名; any other table's name is 名称.
    let people = hs.iter().any(|h| matches!(h.as_str(), "id_number" | "holder_id" | "person" | "street" | "death_date"));
    // Beside an issuer, a key is the one it signs with (密钥), not a record's key.
    let signing = hs.iter().any(|h| h == "issuer");
    // Beside resolved and persisting findings, `new` counts findings (新增), not a new value.
    let findings = hs.iter().any(|h| h == "resolved");
    // Beside the issue date, `issued` counts the certificates issued, not a date.
    let issuing = hs.iter().any(|h| h == "issue date");
    hs.iter()
        .map(|h| match h.as_str() {
            "name" if people => tr_in(Lang::ZhCn, "col-name-person", &[]),
            "key" if signing => tr_in(Lang::ZhCn, "col-key-signing", &[]),
            "new" if findings => tr_in(Lang::ZhCn, "col-new-findings", &[]),
            "issued" if issuing => tr_in(Lang::ZhCn, "col-issued-count", &[]),
            _ => header_zh(h),
        })
        .collect()
}

/// A column header in Chinese whatever the interface language (`--csv-headers zh`).
pub fn header_zh(h: &str) -> String {
    let s = slug(h);
    if s.is_empty() || !bundle(Lang::ZhCn).has_message(&format!("col-{s}")) {
        return h.to_string();
    }
    tr_in(Lang::ZhCn, &format!("col-{s}"), &[])
}

/// Columns whose cells are mzctl's own words (states, verdicts, messages), not data: their
/// cells are rendered in the interface language; every other cell is shown as stored.
const WORD_COLUMNS: &[&str] = &[
    "severity",
    "state",
    "status",
    "message",
    "reason",
    "reasons",
    "verdict",
    "result",
    "outcome",
    "note",
    "detail",
    "action",
    "why",
    "up",
    "check",
    "applied",
    "missing signals",
    "scope",
    "mode",
    "kind",
    "error",
    "sample",
    "field: reason",
    "level",
    "class",
    "type",
    "source",
    "what",
    "migrations",
    "pending",
    "schema version",
    "resources",
    "reclaimable",
    "encrypted",
    "revocation",
    "trust list",
    "valid",
    "validity",
    "eligible",
    "data",
    "built as",
    "说明",
    "级别",
    "rules",
    "predecessors",
    "successors",
    "wrote",
    "not compared",
    "largest payload",
    "was",
    "now",
    "record",
    "freshness",
];

/// A cell of column `header` in the interface language.
pub fn cell(header: &str, value: &str) -> String {
    if !is_zh() || value.is_empty() || !WORD_COLUMNS.contains(&header) {
        return value.to_string();
    }
    // `field: reason` and `key: message` cells: the field or key is data.
    if header == "field: reason" || header == "sample" {
        if let Some((head, rest)) = value.split_once(": ") {
            return format!("{head}：{}", word_or_message(rest));
        }
    }
    // A certificate type's eligibility, or what a batch wrote: listed.
    if header == "missing signals" || header == "eligible" || header == "wrote" {
        return value.split(", ").map(word_or_message).collect::<Vec<_>>().join("、");
    }
    // A cell may list several reasons or problems, but a message may hold `; ` itself
    // (`… cannot be recovered; re-export the column as text`): parts that say nothing alone
    // are taken together while that makes one known word or message.
    let parts: Vec<&str> = value.split("; ").collect();
    if parts.len() == 1 {
        return word_or_message(value);
    }
    let mut out = Vec::with_capacity(parts.len());
    let mut i = 0;
    while i < parts.len() {
        let mut end = i;
        let mut shown = known(parts[i]);
        while shown.is_none() && end + 1 < parts.len() && known(parts[end + 1]).is_none() {
            end += 1;
            shown = known(&parts[i..=end].join("; "));
        }
        match shown {
            Some(s) => {
                out.push(s);
                i = end + 1;
            }
            None => {
                out.push(parts[i].to_string());
                i += 1;
            }
        }
    }
    out.join("；")
}

/// `value` in Chinese when it is one of mzctl's words or has the shape of one of its messages.
fn known(value: &str) -> Option<String> {
    let s = slug(value);
    if !s.is_empty() && s.len() <= 40 {
        let key = format!("val-{s}");
        if bundle(Lang::ZhCn).has_message(&key) && en_raw(&key).is_some_and(|en| en.eq_ignore_ascii_case(value.trim())) {
            return Some(tr_in(Lang::ZhCn, &key, &[]));
        }
    }
    template_of(value, 0)
}

/// One of mzctl's words (`val-<slug>`) or messages (see [`localize`]) in the interface language.
pub fn word_or_message(value: &str) -> String {
    if !is_zh() {
        return value.to_string();
    }
    known(value).unwrap_or_else(|| value.to_string())
}

/// One segment of an English message template.
#[derive(Debug)]
enum Seg {
    Lit(String),
    Var(String),
}

struct Template {
    key: String,
    segs: Vec<Seg>,
}

/// The English catalogue's raw single-line values by key.
fn en_entries() -> &'static Vec<(String, String)> {
    static E: OnceLock<Vec<(String, String)>> = OnceLock::new();
    E.get_or_init(|| entries(EN_FTL).into_iter().map(|(k, v)| (k.to_string(), v.to_string())).collect())
}

fn en_raw(key: &str) -> Option<&'static str> {
    en_entries().iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
}

/// `key = value` entries of a catalogue (single-line values; continuation lines are appended).
pub fn entries(ftl: &str) -> Vec<(&str, String)> {
    let mut out: Vec<(&str, String)> = Vec::new();
    for line in ftl.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if line.starts_with(' ') {
            if let Some((_, v)) = out.last_mut() {
                if !v.is_empty() {
                    v.push(' ');
                }
                v.push_str(line.trim());
            }
            continue;
        }
        if let Some((k, v)) = line.split_once(" = ").or_else(|| line.strip_suffix(" =").map(|k| (k, ""))) {
            out.push((k.trim(), v.trim().to_string()));
        }
    }
    out
}

fn templates() -> &'static Vec<Template> {
    static T: OnceLock<Vec<Template>> = OnceLock::new();
    T.get_or_init(|| {
        let mut all: Vec<Template> = en_entries()
            .iter()
            .filter(|(k, _)| k.starts_with("msg-"))
            .map(|(k, v)| Template { key: k.clone(), segs: parse_template(v) })
            .collect();
        // The most specific shape first: more literal text wins.
        all.sort_by_key(|t| std::cmp::Reverse(t.segs.iter().map(|s| if let Seg::Lit(l) = s { l.len() } else { 0 }).sum::<usize>()));
        all
    })
}

fn parse_template(v: &str) -> Vec<Seg> {
    let mut segs = Vec::new();
    let mut rest = v;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else { break };
        if open > 0 {
            segs.push(Seg::Lit(rest[..open].to_string()));
        }
        let inner = rest[open + 1..open + close].trim();
        match inner.strip_prefix('$') {
            Some(name) => segs.push(Seg::Var(name.trim().to_string())),
            None => segs.push(Seg::Lit(inner.trim_matches('"').to_string())),
        }
        rest = &rest[open + close + 1..];
    }
    if !rest.is_empty() {
        segs.push(Seg::Lit(rest.to_string()));
    }
    segs
}

/// Match `s` against the segments, binding variables (shortest first, non-empty).
fn matches<'s>(segs: &[Seg], s: &'s str, caps: &mut Vec<(String, &'s str)>) -> bool {
    match segs.split_first() {
        None => s.is_empty(),
        Some((Seg::Lit(l), rest)) => s.strip_prefix(l.as_str()).is_some_and(|tail| matches(rest, tail, caps)),
        Some((Seg::Var(name), rest)) => {
            if rest.is_empty() {
                caps.push((name.clone(), s));
                return !s.is_empty() && fits(name, s);
            }
            let Some(Seg::Lit(next)) = rest.first() else {
                return false;
            };
            // At least one character, whole: a part may begin with a multi-byte one (a name).
            let mut from = s.chars().next().map_or(0, char::len_utf8);
            while let Some(at) = s.get(from..).and_then(|t| t.find(next.as_str())).map(|i| i + from) {
                let n = caps.len();
                caps.push((name.clone(), &s[..at]));
                if fits(name, &s[..at]) && matches(rest, &s[at..], caps) {
                    return true;
                }
                caps.truncate(n);
                from = at + s[at..].chars().next().map_or(1, char::len_utf8);
            }
            false
        }
    }
}

/// Whether `v` can be the part `name`. Most parts are free text, but a template made mostly of
/// parts (`{ $char } in { $value }`) would take any sentence with ` in ` for its own: the parts
/// with a fixed shape are held to it.
fn fits(name: &str, v: &str) -> bool {
    match name {
        // A control character as the import names it: `NUL` or `U+0007`.
        "char" => v == "NUL" || v.strip_prefix("U+").is_some_and(|h| !h.is_empty() && h.chars().all(|c| c.is_ascii_hexdigit())),
        // Counts, line numbers, ages, weights and run ids: a number.
        "line" | "n" | "total" | "age" | "bytes" | "from_run" | "to_run" | "weight" | "users" | "days" | "months" => {
            !v.is_empty() && v.chars().all(|c| c.is_ascii_digit() || c == ',')
        }
        // Names of mzctl's own: a field, a zombie criterion, a rule id (`id.checksum`).
        "field" | "criterion" | "rule" => !v.is_empty() && !v.contains(char::is_whitespace),
        // A certificate status as its code table writes it: `01`.
        "status_code" => v.len() == 2 && v.chars().all(|c| c.is_ascii_digit()),
        // A region code, a year, a change to the code list (`merged 2005 440103 荔湾区`).
        "scope_region" | "link_code" => !v.is_empty() && v.chars().all(|c| c.is_ascii_digit()),
        "link_year" => v.len() == 4 && v.chars().all(|c| c.is_ascii_digit()),
        "link_kind" => {
            matches!(v, "renamed" | "recoded" | "merged" | "split" | "reparented" | "abolished" | "created" | "transferred")
        }
        // A program's code, the rules a run was asked for, the tables a batch writes.
        "scope_program" => !v.is_empty() && !v.contains(char::is_whitespace),
        "rule_globs" => !v.is_empty() && v.chars().all(|c| c.is_ascii_alphanumeric() || "_.*?, ".contains(c)),
        "wrote_table" => matches!(v, "people" | "enrolments" | "deaths" | "payments"),
        "raw_id" => !v.is_empty() && !v.contains(char::is_whitespace),
        "enr_region" | "batch" => !v.is_empty() && v.chars().all(|c| c.is_ascii_digit()),
        "enr_start" => is_date(v),
        "valid_from" => is_date(v),
        "valid_until" => is_date(v) || v == "no expiry",
        _ => true,
    }
}

/// `YYYY-MM-DD`, by its shape.
fn is_date(v: &str) -> bool {
    v.len() == 10 && v.char_indices().all(|(i, c)| if i == 4 || i == 7 { c == '-' } else { c.is_ascii_digit() })
}

/// An English message mzctl wrote (now or when it was stored) in the interface language: the
/// `msg-` template it has the shape of, said in that language, with its parts (themselves
/// rendered when they are messages); the message as it is when no template fits.
pub fn localize(msg: &str) -> String {
    if !is_zh() {
        return msg.to_string();
    }
    localize_depth(msg, 0)
}

fn localize_depth(msg: &str, depth: u8) -> String {
    template_of(msg, depth).unwrap_or_else(|| msg.to_string())
}

/// `msg` said in Chinese by the first `msg-` template it has the shape of, if any.
fn template_of(msg: &str, depth: u8) -> Option<String> {
    if msg.is_empty() || depth > 3 {
        return None;
    }
    for t in templates() {
        let mut caps = Vec::new();
        if matches(&t.segs, msg, &mut caps) {
            let args: Vec<(&str, FluentValue<'_>)> =
                caps.iter().map(|(k, v)| (k.as_str(), FluentValue::from(part(v, depth + 1)))).collect();
            return Some(tr_in(Lang::ZhCn, &t.key, &args));
        }
    }
    None
}

/// A captured part: a word or message of mzctl's rendered, data left as it is.
fn part(v: &str, depth: u8) -> String {
    let s = slug(v);
    let key = format!("val-{s}");
    if !s.is_empty() && en_raw(&key).is_some_and(|en| en == v) {
        return tr_in(Lang::ZhCn, &key, &[]);
    }
    localize_depth(v, depth)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(ftl: &str) -> std::collections::BTreeSet<String> {
        entries(ftl).into_iter().map(|(k, _)| k.to_string()).collect()
    }

    #[test]
    fn both_catalogues_parse_cleanly() {
        for (name, text) in [("en", EN_FTL), ("zh-CN", ZH_CN_FTL)] {
            if let Err((_, errors)) = FluentResource::try_new(text.to_string()) {
                panic!("locales/{name}/mzctl.ftl: {errors:?}");
            }
        }
    }

    /// Rule texts are English in the rule table (what `--json` carries), other languages in
    /// their catalogues: every rule has them, and every `rule-` key belongs to a rule.
    #[test]
    fn every_rule_is_translated() {
        let zh = keys(ZH_CN_FTL);
        let mut expected = std::collections::BTreeSet::new();
        for r in crate::ops::check::catalogue::RULES {
            for part in ["title", "why", "fix", "example"] {
                expected.insert(format!("rule-{}-{part}", slug(r.id)));
            }
        }
        let have: std::collections::BTreeSet<String> = zh.into_iter().filter(|k| k.starts_with("rule-")).collect();
        let missing: Vec<_> = expected.difference(&have).collect();
        let stray: Vec<_> = have.difference(&expected).collect();
        assert!(missing.is_empty() && stray.is_empty(), "missing in zh-CN: {missing:?}\nno such rule: {stray:?}");
    }

    #[test]
    fn every_message_exists_in_both_languages() {
        let en = keys(EN_FTL);
        let zh: std::collections::BTreeSet<String> = keys(ZH_CN_FTL).into_iter().filter(|k| !k.starts_with("rule-")).collect();
        let only_en: Vec<_> = en.difference(&zh).collect();
        let only_zh: Vec<_> = zh.difference(&en).collect();
        assert!(only_en.is_empty() && only_zh.is_empty(), "only in en: {only_en:?}\nonly in zh-CN: {only_zh:?}");
    }

    #[test]
    fn no_message_is_defined_twice() {
        for (name, text) in [("en", EN_FTL), ("zh-CN", ZH_CN_FTL)] {
            let mut seen = std::collections::BTreeSet::new();
            for (k, _) in entries(text) {
                assert!(seen.insert(k), "locales/{name}/mzctl.ftl: {k} defined twice");
            }
        }
    }

    #[test]
    fn templates_use_the_same_arguments_in_both_languages() {
        let zh: std::collections::HashMap<String, String> = entries(ZH_CN_FTL).into_iter().map(|(k, v)| (k.to_string(), v)).collect();
        let vars = |v: &str| -> std::collections::BTreeSet<String> {
            parse_template(v).into_iter().filter_map(|s| if let Seg::Var(n) = s { Some(n) } else { None }).collect()
        };
        for (k, v) in en_entries() {
            let z = zh.get(k).map(String::as_str).unwrap_or_default();
            assert_eq!(vars(v), vars(z), "{k}: arguments differ between en and zh-CN");
        }
    }

    /// Every `t!("key"…)` and `tr("key"…)` in the source names a message of the catalogues.
    #[test]
    fn every_key_used_in_code_exists() {
        let en = keys(EN_FTL);
        let mut missing = Vec::new();
        let mut stack = vec![std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src"))];
        while let Some(p) = stack.pop() {
            if p.is_dir() {
                stack.extend(std::fs::read_dir(&p).unwrap().map(|e| e.unwrap().path()));
                continue;
            }
            if p.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let text = std::fs::read_to_string(&p).unwrap();
            for open in ["t!(\"", "tr(\""] {
                for (i, _) in text.match_indices(open) {
                    // `format!("`, `attr("`: only the macro or the function itself.
                    if text[..i].chars().next_back().is_some_and(|c| c.is_alphanumeric() || c == '_') {
                        continue;
                    }
                    let rest = &text[i + open.len()..];
                    let key = &rest[..rest.find('"').unwrap_or(0)];
                    if !key.is_empty() && key != "key" && !en.contains(key) {
                        missing.push(format!("{}: {key}", p.display()));
                    }
                }
            }
        }
        assert!(missing.is_empty(), "keys used in code but in no catalogue: {missing:?}");
    }

    /// What the tables write in English has its Chinese: a message that holds `; ` itself is
    /// one message, and the shaped parts (a code list change, a run's scope) bind only their shape.
    #[test]
    fn the_last_english_has_its_chinese() {
        let excel = "damaged by Excel (a numeric cell keeps 15 significant digits): the last digits are lost and cannot be recovered; re-export the column as text";
        assert!(known(excel).is_some_and(|s| s.starts_with("被 Excel 损坏")));
        let reason = format!("id_number: {excel} (id.format)");
        assert!(known(&reason).is_some_and(|s| s.contains("被 Excel 损坏") && s.ends_with("（id.format）")));
        // Alone, the first half is no message: the cell takes the two halves together.
        let half = reason.split("; ").next().unwrap_or_default();
        assert_eq!(known(half), None);
        assert_eq!(known("merged 2005 440103 荔湾区").as_deref(), Some("2005 年合并：440103 荔湾区"));
        assert_eq!(known("created 1985").as_deref(), Some("1985 年新设"));
        assert_eq!(known("valid until 2031"), None);
        assert_eq!(known("region 440115, program dibao").as_deref().map(|s| s.starts_with("区划 440115，待遇")), Some(true));
        assert_eq!(known("all (36)").as_deref(), Some("全部（36 条）"));
        assert_eq!(known("2: death.*").as_deref(), Some("2 条：death.*"));
        assert_eq!(known("inserted people").as_deref(), Some("新增人员记录"));
        assert_eq!(known("inserted 3"), None);
        assert_eq!(known("total").as_deref(), Some("合计"));
        // A header named by its neighbours.
        let names = |hs: &[&str]| headers_zh(&hs.iter().map(|h| h.to_string()).collect::<Vec<_>>());
        assert_eq!(names(&["issuer", "key"])[1], "密钥");
        assert_eq!(names(&["rule", "key"])[1], "键");
        assert_eq!(names(&["rule", "new", "resolved"])[1], "新增");
        assert_eq!(names(&["issue date", "issued"])[1], "已签发");
        assert_eq!(names(&["issued"])[0], "签发日期");
    }

    #[test]
    fn languages_parse_from_flags_and_locales() {
        assert_eq!(Lang::parse("zh-CN"), Some(Lang::ZhCn));
        assert_eq!(Lang::parse("zh_CN.UTF-8"), Some(Lang::ZhCn));
        assert_eq!(Lang::parse("zh"), Some(Lang::ZhCn));
        assert_eq!(Lang::parse("en_US.UTF-8"), Some(Lang::En));
        assert_eq!(Lang::parse("C"), Some(Lang::En));
        assert_eq!(Lang::parse("fr_FR"), None);
    }

    #[test]
    fn templates_bind_their_parts() {
        let segs = parse_template("{ $a } in { $b } and { $c } over overlapping periods");
        let mut caps = Vec::new();
        assert!(matches(&segs, "dibao in 440103 and 440104 over overlapping periods", &mut caps));
        assert_eq!(caps.iter().map(|(_, v)| *v).collect::<Vec<_>>(), ["dibao", "440103", "440104"]);
        assert_eq!(slug("same key as line"), "same-key-as-line");
        // A part that begins with a multi-byte character binds too.
        let segs = parse_template("gender { $gender } contradicts the ID number ({ $id_gender })");
        let mut caps = Vec::new();
        assert!(matches(&segs, "gender 女 contradicts the ID number (男)", &mut caps));
        // `{ $char } in { $value }` is a control character's message, not any sentence with ` in `.
        let segs = parse_template("{ $char } in { $value }");
        assert!(matches(&segs, "U+0007 in a\u{7}b", &mut Vec::new()));
        assert!(!matches(&segs, "it is not in the list", &mut Vec::new()));
        assert_eq!(slug("latency_ms"), "latency-ms");
    }
}
