//! `completions/` and `man/` are generated from the clap definition and committed; they must
//! not go stale. Regenerate with `MZCTL_REGENERATE=1 cargo test generated`.
use crate::support;
use clap_complete::Shell;

fn check(path: std::path::PathBuf, expected: &[u8], stale: &mut Vec<String>) {
    if std::env::var_os("MZCTL_REGENERATE").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, expected).unwrap();
    } else if std::fs::read(&path).ok().as_deref() != Some(expected) {
        stale.push(path.display().to_string());
    }
}

#[test]
fn completions_and_man_pages_are_current() {
    let mut stale = Vec::new();
    for shell in [Shell::Bash, Shell::Zsh, Shell::Fish, Shell::PowerShell, Shell::Elvish] {
        let rel = format!("completions/{}", mzctl::cli::completions::file_name(shell));
        check(support::repo_path(&rel), &mzctl::cli::completions::render(shell), &mut stale);
    }
    let pages = mzctl::cli::man::render_all().unwrap();
    for (name, text) in &pages {
        check(support::repo_path(&format!("man/{name}")), text, &mut stale);
    }
    // No page left behind for a subcommand that is gone.
    for entry in std::fs::read_dir(support::repo_path("man")).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        if !pages.iter().any(|(n, _)| *n == name) {
            stale.push(format!("man/{name} (no such subcommand)"));
        }
    }
    assert!(stale.is_empty(), "stale generated files {stale:?}: run MZCTL_REGENERATE=1 cargo test generated");
}

/// The README's first lines are the two commands a newcomer runs; `.ci/run` runs the second.
#[test]
fn readme_commands_match_ci() {
    let readme = std::fs::read_to_string(support::repo_path("README.md")).unwrap();
    let commands: Vec<&str> = readme
        .lines()
        .skip_while(|l| !l.starts_with("```"))
        .skip(1)
        .take_while(|l| !l.starts_with("```"))
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .collect();
    assert_eq!(commands.len(), 2, "README must open with two commands: {commands:?}");
    assert!(commands[0].ends_with("demo"), "{}", commands[0]);
    let ci = std::fs::read_to_string(support::repo_path(".ci/run")).unwrap();
    assert!(ci.lines().any(|l| l.trim() == commands[1]), ".ci/run does not run the README's test command {:?}", commands[1]);
}
