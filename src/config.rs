//! Where mzctl keeps its files, and the optional config file.
//!
//! Precedence for the database URL: `--db` flag > `MZCTL_DB` > `config.toml` `db = "…"` >
//! the embedded default, a SQLite file in the user's data directory.
use anyhow::{Context, Result};
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// `$XDG_DATA_HOME/mzctl`, else `~/.local/share/mzctl`.
pub fn data_dir() -> Result<PathBuf> {
    xdg_dir("XDG_DATA_HOME", ".local/share")
}

/// `$XDG_CONFIG_HOME/mzctl`, else `~/.config/mzctl`.
pub fn config_dir() -> Result<PathBuf> {
    xdg_dir("XDG_CONFIG_HOME", ".config")
}

fn xdg_dir(var: &str, fallback: &str) -> Result<PathBuf> {
    if let Some(dir) = std::env::var_os(var).filter(|d| Path::new(d).is_absolute()) {
        return Ok(PathBuf::from(dir).join("mzctl"));
    }
    let home = std::env::var_os("HOME")
        .filter(|h| !h.is_empty())
        .context("neither $HOME nor $XDG_DATA_HOME/$XDG_CONFIG_HOME is set; pass --db")?;
    Ok(PathBuf::from(home).join(fallback).join("mzctl"))
}

/// The contents of `config.toml`. Unknown keys are an error naming the file.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Default database URL.
    pub db: Option<String>,
    /// Interface language (`zh-CN` or `en`).
    pub lang: Option<String>,
}

impl Config {
    /// Read the config file if there is one.
    pub fn load() -> Result<Config> {
        let path = config_dir()?.join("config.toml");
        match std::fs::read_to_string(&path) {
            Ok(text) => toml::from_str(&text).with_context(|| format!("{}: invalid config", path.display())),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Config::default()),
            Err(e) => Err(e).with_context(|| format!("{}: cannot read", path.display())),
        }
    }
}

/// The database URL to use: flag (or `MZCTL_DB`, which clap folds into the flag), then the
/// config file, then the default SQLite file.
pub fn resolve_db_url(flag: Option<&str>) -> Result<String> {
    match configured_db_url(flag)? {
        Some(url) => Ok(url),
        None => Ok(format!("sqlite:{}", data_dir()?.join("mzctl.db").display())),
    }
}

/// The database URL the user chose (flag, `MZCTL_DB` or the config file), if any.
pub fn configured_db_url(flag: Option<&str>) -> Result<Option<String>> {
    if let Some(url) = flag.filter(|u| !u.is_empty()) {
        return Ok(Some(url.to_string()));
    }
    Ok(Config::load()?.db)
}

/// The interface language: `--lang` (or `MZCTL_LANG`, which clap folds into the flag), then
/// `lang` in the config file, then the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`), then English.
/// A config file that cannot be read is reported where the database URL is resolved.
pub fn resolve_lang(flag: Option<crate::i18n::Lang>) -> crate::i18n::Lang {
    if let Some(l) = flag {
        return l;
    }
    if let Some(l) = Config::load().ok().and_then(|c| c.lang).and_then(|l| crate::i18n::Lang::parse(&l)) {
        return l;
    }
    crate::i18n::Lang::from_locale_env()
}

/// The OS user running mzctl: `$USER`/`$LOGNAME`, else the passwd entry of the process's uid.
pub fn os_user() -> String {
    if let Some(u) = ["USER", "LOGNAME", "USERNAME"].iter().find_map(|v| std::env::var(v).ok().filter(|u| !u.is_empty())) {
        return u;
    }
    uid_name().unwrap_or_else(|| "unknown".to_string())
}

#[cfg(unix)]
fn uid_name() -> Option<String> {
    use std::os::unix::fs::MetadataExt;
    let uid = std::fs::metadata("/proc/self").ok()?.uid();
    let passwd = std::fs::read_to_string("/etc/passwd").unwrap_or_default();
    let name = passwd.lines().find_map(|l| {
        let mut f = l.split(':');
        let name = f.next()?;
        (f.nth(1)? == uid.to_string()).then(|| name.to_string())
    });
    Some(name.unwrap_or_else(|| format!("uid {uid}")))
}

#[cfg(not(unix))]
fn uid_name() -> Option<String> {
    None
}
