//! README.md's examples run as written: every command of its ```sh blocks, in order, against
//! the real binary in one scratch home and working directory (pinned clock), each exiting 0.
//! `cargo run [--release] -- ARGS` is `mzctl ARGS`; the other cargo lines (test, install) are
//! not mzctl and are skipped. A line the test cannot run as written (shell syntax, another
//! program) fails it: the README is to be made plain, not the test taught exceptions.
use crate::support::{self, mzctl};

/// The commands of the README's ```sh blocks, as words, with the line each came from.
fn commands(readme: &str) -> Vec<(String, Vec<String>)> {
    let mut out = Vec::new();
    let mut in_sh = false;
    for line in readme.lines() {
        let trimmed = line.trim();
        if trimmed.starts_with("```") {
            in_sh = !in_sh && trimmed == "```sh";
            continue;
        }
        if !in_sh {
            continue;
        }
        // A comment starts at a `#` at the start or after a space.
        let code = match trimmed.find(" #") {
            Some(i) => &trimmed[..i],
            None if trimmed.starts_with('#') => "",
            None => trimmed,
        };
        for command in code.split(';').map(str::trim).filter(|c| !c.is_empty()) {
            out.push((line.to_string(), command.split_whitespace().map(String::from).collect()));
        }
    }
    out
}

/// The mzctl arguments of a README command; None for the cargo lines that are not mzctl.
fn mzctl_args(line: &str, words: &[String]) -> Option<Vec<String>> {
    for w in words {
        assert!(!w.contains(['"', '\'', '$', '`', '|', '>', '<', '&', '*']), "README line with shell syntax the test does not run: {line}");
    }
    match words.first().map(String::as_str) {
        Some("mzctl") => Some(words[1..].to_vec()),
        Some("cargo") if words.get(1).is_some_and(|w| w == "run") => {
            let dashes = words.iter().position(|w| w == "--").unwrap_or(words.len());
            Some(words.get(dashes + 1..).unwrap_or_default().to_vec())
        }
        Some("cargo") => None,
        _ => panic!("README line that is neither mzctl nor cargo: {line}"),
    }
}

#[test]
fn readme_examples_run_as_written() {
    let readme = std::fs::read_to_string(support::repo_path("README.md")).unwrap();
    let home = support::tempdir();
    let mut ran = Vec::new();
    for (line, words) in commands(&readme) {
        let Some(args) = mzctl_args(&line, &words) else {
            continue;
        };
        let out = mzctl(home.path()).current_dir(home.path()).args(&args).output().unwrap();
        assert!(
            out.status.success(),
            "README: {line}\nexit {:?}\nstdout:\n{}\nstderr:\n{}",
            out.status.code(),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        ran.push(args.join(" "));
    }
    // The demo (first line, and again after install), the certificates' walk-through.
    assert_eq!(ran.iter().filter(|a| *a == "demo").count(), 2, "{ran:#?}");
    assert!(ran.iter().any(|a| a.starts_with("cert verify ")) && ran.iter().any(|a| a.starts_with("cert revoke ")), "{ran:#?}");
}

#[test]
fn readme_commands_are_read_as_a_shell_would() {
    let text = "x\n```sh\ncargo run --release -- demo   # build\n# a comment\nmzctl a --b c; mzctl d\n```\n```console\nmzctl not-sh\n```\n";
    let got = commands(text);
    let words: Vec<Vec<String>> = got.iter().map(|(_, w)| w.clone()).collect();
    assert_eq!(words, [vec!["cargo", "run", "--release", "--", "demo"], vec!["mzctl", "a", "--b", "c"], vec!["mzctl", "d"]]);
    assert_eq!(mzctl_args(&got[0].0, &got[0].1), Some(vec!["demo".to_string()]));
    assert_eq!(mzctl_args("", &["cargo".into(), "test".into()]), None);
}
