//! Exit codes and the one typed error that carries them.
//!
//! Any `anyhow::Error` exits 1. A [`Fail`] anywhere in the chain picks the exit code and may
//! carry a `hint:` line. A broken pipe anywhere in the chain exits 0 quietly.
use std::fmt;

/// The documented exit codes of `mzctl` (see `mzctl(1)`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Code {
    /// Success.
    Ok = 0,
    /// Error: the command could not do its job.
    Error = 1,
    /// Usage error, or a refusal (e.g. a destructive command off a terminal without `--yes`).
    Usage = 2,
    /// The command ran but found problems (rejected rows, findings over a threshold, an invalid certificate).
    Problems = 3,
}

/// An error with an exit code and an optional hint.
#[derive(Debug)]
pub struct Fail {
    pub code: Code,
    pub msg: String,
    pub hint: Option<String>,
}

impl Fail {
    pub fn new(code: Code, msg: impl Into<String>) -> Self {
        Fail { code, msg: msg.into(), hint: None }
    }
    /// A usage error (exit 2).
    pub fn usage(msg: impl Into<String>) -> Self {
        Fail::new(Code::Usage, msg)
    }
    /// A plain failure (exit 1).
    pub fn error(msg: impl Into<String>) -> Self {
        Fail::new(Code::Error, msg)
    }
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

impl fmt::Display for Fail {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.msg)
    }
}

impl std::error::Error for Fail {}

/// The `Fail` in an error's chain, if any.
pub fn find_fail(err: &anyhow::Error) -> Option<&Fail> {
    err.chain().find_map(|e| e.downcast_ref::<Fail>())
}

/// True when the error is (caused by) a closed stdout: `mzctl … | head`.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            || e.downcast_ref::<csv::Error>()
                .is_some_and(|c| matches!(c.kind(), csv::ErrorKind::Io(io) if io.kind() == std::io::ErrorKind::BrokenPipe))
    })
}
