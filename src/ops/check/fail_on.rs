//! `--fail-on`: when the findings of a run or a file check fail a script.
use super::RunReport;

/// When a run fails a script (exit 3): `--fail-on never|error|warning|N`; `error` by default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FailOn {
    /// Never: the exit status says only whether the checks ran.
    Never,
    /// Any finding of severity error.
    #[default]
    Error,
    /// Any finding of severity warning or error.
    Warning,
    /// More than N findings.
    More(u64),
}

impl FailOn {
    pub fn parse(s: &str) -> Result<FailOn, String> {
        match s {
            "never" => Ok(FailOn::Never),
            "error" => Ok(FailOn::Error),
            "warning" => Ok(FailOn::Warning),
            n => n.parse().map(FailOn::More).map_err(|_| "never, error, warning, or a number of findings".to_string()),
        }
    }

    pub fn crossed(self, r: &RunReport) -> bool {
        match self {
            FailOn::Never => false,
            FailOn::Error => r.errors > 0,
            FailOn::Warning => r.errors + r.warnings > 0,
            FailOn::More(n) => r.total > n,
        }
    }
}
