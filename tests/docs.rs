//! The pages in `commands/` are executed: every console block runs against the real binary
//! with its own fresh database, a pinned clock and no colour. And every subcommand has a page.
use crate::support;
use clap::CommandFactory;

/// `noun-verb` names of every leaf subcommand (and verb-less nouns), from the clap definition.
fn page_names() -> Vec<String> {
    fn walk(cmd: &clap::Command, prefix: &str, out: &mut Vec<String>) {
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set() && s.get_name() != "help") {
            let name = if prefix.is_empty() { sub.get_name().to_string() } else { format!("{prefix}-{}", sub.get_name()) };
            let has_args = sub.get_arguments().any(|a| a.is_positional());
            if sub.has_subcommands() {
                walk(sub, &name, out);
            }
            if !sub.has_subcommands() || has_args {
                out.push(name);
            }
        }
    }
    let mut out = Vec::new();
    walk(&mzctl::cli::Cli::command(), "", &mut out);
    out
}

#[test]
fn every_subcommand_has_a_page() {
    let missing: Vec<String> = page_names().into_iter().filter(|n| !support::repo_path(&format!("commands/{n}.md")).exists()).collect();
    assert!(missing.is_empty(), "subcommands without a page in commands/: {missing:?}");
}

/// Real directories holding links to the files: what a page writes stays in its sandbox.
fn mirror(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let dest = to.join(path.file_name().unwrap());
        if path.is_dir() {
            mirror(&path, &dest);
        } else {
            std::os::unix::fs::symlink(&path, &dest).unwrap();
        }
    }
}

#[test]
fn pages_run() {
    let dir = support::tempdir();
    let mut pages: Vec<_> = std::fs::read_dir(support::repo_path("commands"))
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    pages.sort();
    assert!(!pages.is_empty());
    for page in pages {
        let stem = page.file_stem().unwrap().to_string_lossy().into_owned();
        let home = dir.path().join(&stem);
        std::fs::create_dir_all(&home).unwrap();
        // A page with a `<page>.out/` beside it writes files: it runs in a sandbox whose
        // `fixtures/` is the repository's, so it reads fixtures and writes where it likes.
        let case = if page.with_extension("out").is_dir() {
            let staged = home.join("page");
            std::fs::create_dir_all(staged.join(format!("{stem}.in"))).unwrap();
            std::fs::create_dir_all(staged.join(format!("{stem}.out"))).unwrap();
            std::fs::write(staged.join(format!("{stem}.out/.keep")), "").unwrap();
            mirror(&support::repo_path("fixtures"), &staged.join(format!("{stem}.in/fixtures")));
            let copy = staged.join(format!("{stem}.md"));
            std::fs::copy(&page, &copy).unwrap();
            copy
        } else {
            page.clone()
        };
        trycmd::TestCases::new()
            .case(&case)
            .env("MZCTL_DB", format!("sqlite:{}/mzctl.db", home.display()))
            .env("HOME", home.display().to_string())
            .env("XDG_DATA_HOME", home.join("data").display().to_string())
            .env("XDG_CONFIG_HOME", home.join("config").display().to_string())
            .env("MZCTL_NOW", support::NOW)
            .env("NO_COLOR", "1")
            .env("MZCTL_LANG", "en")
            .env("USER", "steward")
            .env("COLUMNS", "120")
            .run();
        // A sandboxed page was overwritten in its sandbox: bring it home.
        if case != page && std::env::var_os("TRYCMD").is_some_and(|v| v == "overwrite") {
            std::fs::copy(&case, &page).unwrap();
        }
    }
}

/// Every page shows the Chinese interface: a `$ mzctl --lang zh-CN …` example in a console block
/// (so `pages_run` runs it), or, on a page with no console block, at least a `--lang zh-CN` line.
#[test]
fn every_page_has_a_chinese_example() {
    // Pages whose example comes from another branch; a name here is only tolerated, not required.
    let mut missing = Vec::new();
    for entry in std::fs::read_dir(support::repo_path("commands")).unwrap() {
        let page = entry.unwrap().path();
        if page.extension().is_none_or(|e| e != "md") {
            continue;
        }
        let stem = page.file_stem().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&page).unwrap();
        let (mut in_console, mut has_console, mut has_example) = (false, false, false);
        for line in text.lines() {
            if line.starts_with("```") {
                in_console = !in_console && line.starts_with("```console");
                has_console |= in_console;
            } else if in_console && line.starts_with("$ mzctl ") && (line.contains("--lang zh-CN") || line.contains("--lang=zh-CN")) {
                has_example = true;
            }
        }
        let ok = if has_console { has_example } else { text.contains("--lang zh-CN") };
        if !ok {
            missing.push(stem);
        }
    }
    missing.sort();
    assert!(missing.is_empty(), "pages in commands/ without a `$ mzctl --lang zh-CN …` example: {missing:?}");
}
