//! The shape of the source (ARCHITECTURE.md): `src/cli` calls operations, never the store;
//! `src/db` depends on nothing above it; SQL lives under `src/db`; no function runs past
//! [`MAX_FN_LINES`] lines. Textual checks, deliberately simple: a finding names file and line.
use std::path::{Path, PathBuf};

/// The longest a function may be, signature to closing brace.
const MAX_FN_LINES: usize = 120;

fn rust_files(dir: &str) -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let mut entries: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
        entries.sort();
        for p in entries {
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|e| e == "rs") {
                out.push(p);
            }
        }
    }
    let mut out = Vec::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join(dir), &mut out);
    assert!(!out.is_empty(), "no Rust files under {dir}");
    out
}

fn relative(p: &Path) -> String {
    p.strip_prefix(env!("CARGO_MANIFEST_DIR")).unwrap().display().to_string()
}

/// The file's lines with `//` comments and the contents of string literals blanked, so that
/// a word in a comment or a message does not count as code. Raw strings `r"…"`/`r#"…"#` are
/// blanked too; a `'"'` char literal is not a string.
fn code_lines(path: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(path).unwrap();
    let mut out = Vec::new();
    let mut in_str: Option<usize> = None; // Some(hashes) inside a string; usize::MAX: plain "…"
    for line in text.lines() {
        let mut code = String::new();
        let chars: Vec<char> = line.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            match in_str {
                Some(h) => {
                    if h == usize::MAX && c == '\\' {
                        i += 2;
                        continue;
                    }
                    let closes = c == '"' && (h == usize::MAX || (0..h).all(|k| chars.get(i + 1 + k) == Some(&'#')));
                    if closes {
                        in_str = None;
                        code.push('"');
                        i += 1 + if h == usize::MAX { 0 } else { h };
                        continue;
                    }
                }
                None => {
                    if c == '/' && chars.get(i + 1) == Some(&'/') {
                        break;
                    }
                    if c == '\'' && chars.get(i + 1) == Some(&'"') && chars.get(i + 2) == Some(&'\'') {
                        code.push_str("' '");
                        i += 3;
                        continue;
                    }
                    if c == 'r'
                        && matches!(chars.get(i + 1), Some('"') | Some('#'))
                        && (i == 0 || !chars[i - 1].is_alphanumeric() && chars[i - 1] != '_')
                    {
                        let hashes = chars[i + 1..].iter().take_while(|&&c| c == '#').count();
                        if chars.get(i + 1 + hashes) == Some(&'"') {
                            in_str = Some(hashes);
                            code.push('"');
                            i += 2 + hashes;
                            continue;
                        }
                    }
                    if c == '"' {
                        in_str = Some(usize::MAX);
                    }
                    code.push(c);
                }
            }
            i += 1;
        }
        out.push(code);
    }
    out
}

#[test]
fn cli_calls_operations_not_the_store() {
    let store_call = |line: &str| -> Option<String> {
        for pat in [".store()?.", ".store_as_is()?."] {
            if let Some(at) = line.find(pat) {
                return Some(line[at..].chars().take(40).collect());
            }
        }
        // A store held in a variable: `store.method(`, not the context's own `self.store`.
        let mut from = 0;
        while let Some(at) = line[from..].find("store.") {
            let at = from + at;
            let before = &line[..at];
            let word_start = before.chars().last().is_none_or(|c| !c.is_alphanumeric() && c != '_' && c != '.');
            let rest = &line[at + "store.".len()..];
            let method: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            if word_start && !method.is_empty() && rest[method.len()..].starts_with('(') {
                return Some(format!("store.{method}("));
            }
            from = at + 1;
        }
        None
    };
    let mut found = Vec::new();
    for path in rust_files("src/cli") {
        for (n, line) in code_lines(&path).iter().enumerate() {
            if let Some(call) = store_call(line) {
                found.push(format!("{}:{}: {call}", relative(&path), n + 1));
            }
        }
    }
    assert!(found.is_empty(), "src/cli reaches past the operations into the store; add an operation in src/ops:\n{}", found.join("\n"));
}

#[test]
fn db_depends_on_nothing_above_it() {
    let mut found = Vec::new();
    for path in rust_files("src/db") {
        for (n, line) in code_lines(&path).iter().enumerate() {
            for above in ["crate::ops", "crate::ui", "crate::cli"] {
                if line.contains(above) {
                    found.push(format!("{}:{}: {above}", relative(&path), n + 1));
                }
            }
        }
    }
    assert!(found.is_empty(), "src/db imports from a layer above it (the store returns values; the caller reports):\n{}", found.join("\n"));
}

#[test]
fn sql_only_under_db() {
    let mut found = Vec::new();
    for dir in ["src/cli", "src/ops", "src/domain"] {
        for path in rust_files(dir) {
            let text = std::fs::read_to_string(&path).unwrap();
            for (n, line) in text.lines().enumerate() {
                for kw in ["SELECT ", "INSERT INTO ", "UPDATE ", "DELETE FROM ", "CREATE TABLE "] {
                    if line.contains(kw) && !line.trim_start().starts_with("//") {
                        found.push(format!("{}:{}: {}", relative(&path), n + 1, line.trim()));
                    }
                }
            }
        }
    }
    assert!(found.is_empty(), "SQL outside src/db:\n{}", found.join("\n"));
}

#[test]
fn functions_are_short() {
    let mut long = Vec::new();
    for path in rust_files("src") {
        let lines = code_lines(&path);
        let mut i = 0;
        while i < lines.len() {
            let Some(name) = fn_name(&lines[i]) else {
                i += 1;
                continue;
            };
            let indent = lines[i].len() - lines[i].trim_start().len();
            // A declaration without a body (trait method) ends with `;` before any `{`.
            let Some(open) = (i..lines.len().min(i + 20)).find(|&k| lines[k].contains('{') || lines[k].trim_end().ends_with(';')) else {
                i += 1;
                continue;
            };
            if !lines[open].contains('{') {
                i = open + 1;
                continue;
            }
            let close = (open..lines.len()).find(|&k| {
                let l = &lines[k];
                let ind = l.len() - l.trim_start().len();
                (ind == indent && l.trim_start().starts_with('}')) || (k == i && l.trim_end().ends_with('}'))
            });
            let end = close.unwrap_or(lines.len() - 1);
            let n = end - i + 1;
            if n > MAX_FN_LINES {
                long.push(format!("{}:{} fn {name} ({n} lines)", relative(&path), i + 1));
            }
            i += 1;
        }
    }
    assert!(long.is_empty(), "functions over {MAX_FN_LINES} lines; break them into named steps:\n{}", long.join("\n"));
}

/// The name declared by a `fn` item starting on this line.
fn fn_name(line: &str) -> Option<String> {
    let t = line.trim_start();
    let t = t.strip_prefix("pub(crate) ").or_else(|| t.strip_prefix("pub(super) ")).or_else(|| t.strip_prefix("pub ")).unwrap_or(t);
    let t = t.strip_prefix("const ").unwrap_or(t);
    let t = t.strip_prefix("unsafe ").unwrap_or(t);
    let t = t.strip_prefix("fn ")?;
    let name: String = t.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
    (!name.is_empty()).then_some(name)
}

#[test]
fn the_checker_sees_what_it_checks() {
    // The heuristics above must find what they look for, or the tests pass vacuously.
    assert_eq!(fn_name("    pub fn run(ctx: &mut Ctx) -> Result<()> {").as_deref(), Some("run"));
    assert_eq!(fn_name("let f = fn_name(x);"), None);
    let dir = std::env::temp_dir().join(format!("mzctl-layout-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join("x.rs");
    std::fs::write(&p, "let a = \"store.x( // no\"; // store.y(\nlet b = r#\"a \" b\"#; store.z(1)\n").unwrap();
    let lines = code_lines(&p);
    assert!(!lines[0].contains("store.x") && !lines[0].contains("store.y"), "{lines:?}");
    assert!(lines[1].contains("store.z(1)") && !lines[1].contains("a \" b"), "{lines:?}");
    std::fs::remove_dir_all(&dir).unwrap();
}
