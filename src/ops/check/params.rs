//! Rule parameters (`--rules FILE`) and the rules a run or a file check evaluates.
use super::catalogue::{self, Rule as CheckRule};
use super::input::program_code;
use crate::domain::eligibility::{self, Rule};
use crate::error::Fail;
use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;

/// Rule parameters, from `--rules FILE` (TOML).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Params {
    /// Only these rules (globs); empty = all.
    pub enable: Vec<String>,
    /// Never these rules (globs).
    pub disable: Vec<String>,
    /// Who each program is for (age.eligibility, eligible.not_enrolled, `payments eligible`):
    /// `[programs.elder_allowance]` with min_age, max_age, regions, required, excluded and
    /// tiers = [{ from_age, monthly_fen }].
    pub programs: BTreeMap<String, Rule>,
    /// Minimum age per program: the shorter spelling of a program's `min_age` (it wins over it).
    pub ages: BTreeMap<String, u32>,
    /// Mutually exclusive program pairs (excl.programs).
    pub exclusive: Vec<[String; 2]>,
    /// Months after the death month tolerated before death.still_enrolled reports.
    pub grace_months: u32,
    /// Days two enrolments may overlap before dup.enrolment or excl.programs reports them (a
    /// handover between districts or programs).
    pub overlap_grace_days: u32,
    /// Household programs, filed in the name of the household's head (age.minor_head).
    pub head_programs: Vec<String>,
    /// The minimum age of a household head at the enrolment's start (age.minor_head).
    pub head_min_age: u32,
    /// A payment may differ from the enrolment's monthly amount by this many fen before
    /// pay.amount_mismatch reports it.
    pub amount_tolerance_fen: i64,
}

impl Default for Params {
    fn default() -> Params {
        Params {
            enable: Vec::new(),
            disable: Vec::new(),
            programs: BTreeMap::from([("elder_allowance".to_string(), eligibility::elder_allowance())]),
            ages: BTreeMap::new(),
            exclusive: vec![["dibao".to_string(), "tekun".to_string()]],
            grace_months: 0,
            overlap_grace_days: 0,
            head_programs: vec!["dibao".to_string()],
            head_min_age: 18,
            amount_tolerance_fen: 0,
        }
    }
}

impl Params {
    pub fn load(path: &Path) -> Result<Params> {
        let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
        let p: Params = toml::from_str(&text).map_err(|e| {
            Fail::usage(format!("{}: {}", path.display(), e.message()))
                .hint("keys: enable, disable (rule globs), grace_months, overlap_grace_days, exclusive = [[\"dibao\", \"tekun\"]], head_programs = [\"dibao\"], head_min_age = 18, amount_tolerance_fen = 0, [ages] program = years, [programs.elder_allowance] min_age = 80, max_age, regions, required, excluded, tiers = [{ from_age = 80, monthly_fen = 10000 }]")
        })?;
        for (prog, rule) in &p.programs {
            rule.validate().map_err(|e| Fail::usage(format!("{}: programs.{prog}: {e}", path.display())))?;
        }
        for g in p.enable.iter().chain(&p.disable) {
            catalogue::select(std::slice::from_ref(g))?;
        }
        for prog in p.ages.keys().chain(p.programs.keys()).chain(p.exclusive.iter().flatten()).chain(&p.head_programs) {
            program_code(prog)?;
        }
        Ok(p)
    }
}

impl Params {
    /// Each program's rule, with `ages` applied over the `programs` table.
    pub fn program_rules(&self) -> BTreeMap<String, Rule> {
        let mut out = self.programs.clone();
        for (p, min) in &self.ages {
            out.entry(p.clone()).or_default().min_age = Some(*min);
        }
        out
    }

    /// (program, minimum age) of the programs with one (age.eligibility).
    pub fn min_ages(&self) -> Vec<(String, u32)> {
        self.program_rules().into_iter().filter_map(|(p, r)| r.min_age.map(|a| (p, a))).collect()
    }
}

/// The rules a run evaluates: --rule globs, then enable/disable from the rules file.
pub fn rules_to_run(globs: &[String], params: &Params) -> Result<Vec<&'static CheckRule>> {
    let mut rules = catalogue::select(globs)?;
    if !params.enable.is_empty() {
        rules.retain(|r| params.enable.iter().any(|g| catalogue::glob(g, r.id)));
    }
    rules.retain(|r| !params.disable.iter().any(|g| catalogue::glob(g, r.id)));
    Ok(rules)
}
