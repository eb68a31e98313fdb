//! The zombie-system policy: the criteria, each with its threshold and weight, and the scores
//! at which a system counts as idle or a zombie. Built-in defaults; a TOML file
//! overrides any part of them (`mzctl systems policy show` prints the defaults as a start).
use crate::error::Fail;
use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use std::path::Path;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Policy {
    /// A system scoring at least this much is idle.
    pub idle_score: i64,
    /// A system scoring at least this much is a zombie.
    pub zombie_score: i64,
    pub no_visits: Days,
    pub never_visited: Weight,
    pub no_data_update: Days,
    pub contract_expired: Weight,
    pub no_owner: Weight,
    pub probe_failing: Days,
    pub few_users: FewUsers,
    pub duplicated: Weight,
}

/// A criterion with a number of days.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Days {
    pub days: i64,
    pub weight: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Weight {
    pub weight: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FewUsers {
    /// Fewer distinct users than this…
    pub min: i64,
    /// …in this many days.
    pub days: i64,
    pub weight: i64,
}

impl Default for Policy {
    fn default() -> Policy {
        Policy {
            idle_score: 3,
            zombie_score: 8,
            no_visits: Days { days: 90, weight: 3 },
            never_visited: Weight { weight: 2 },
            no_data_update: Days { days: 180, weight: 2 },
            contract_expired: Weight { weight: 1 },
            no_owner: Weight { weight: 1 },
            probe_failing: Days { days: 7, weight: 2 },
            few_users: FewUsers { min: 5, days: 90, weight: 2 },
            duplicated: Weight { weight: 1 },
        }
    }
}

/// What each criterion means, for `policy show` and the pages.
pub const CRITERIA: &[(&str, &str)] = &[
    ("no_visits", "no real visit (health checks, static assets, crawlers and monitoring excluded) for `days` days"),
    ("never_visited", "no real visit in any log ingested, the logs covering at least no_visits.days days"),
    ("no_data_update", "no data update recorded for `days` days"),
    ("contract_expired", "the maintenance contract has ended"),
    ("no_owner", "no owner or no contact recorded"),
    ("probe_failing", "every probe has failed for `days` days"),
    ("few_users", "fewer than `min` distinct authenticated users in the last `days` days"),
    ("duplicated", "shares a function tag with a system the scan finds active"),
];

impl Policy {
    /// The defaults, or a TOML file over them.
    pub fn load(path: Option<&Path>) -> Result<Policy> {
        let Some(path) = path else {
            return Ok(Policy::default());
        };
        let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
        let policy: Policy = toml::from_str(&text)
            .map_err(|e| Fail::usage(format!("{}: {e}", path.display())).hint("start from mzctl systems policy show"))?;
        if policy.idle_score < 1 || policy.zombie_score < policy.idle_score {
            return Err(Fail::usage(format!("{}: need 1 <= idle_score <= zombie_score", path.display())).into());
        }
        Ok(policy)
    }

    pub fn to_toml(&self) -> Result<String> {
        let body = toml::to_string_pretty(self)?;
        let mut out = String::from("# mzctl systems policy: a system scoring idle_score or more is idle, zombie_score or more a zombie.\n");
        out.push_str("# A criterion without data (no log ingested, no data update recorded, never probed) is unknown and counts 0.\n");
        for (name, what) in CRITERIA {
            out.push_str(&format!("# {name}: {what}\n"));
        }
        out.push('\n');
        out.push_str(&body);
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_round_trip_and_partial_files_fill_in() {
        let p = Policy::default();
        assert_eq!(toml::from_str::<Policy>(&p.to_toml().unwrap()).unwrap(), p);
        let partial: Policy = toml::from_str("zombie_score = 6\n[no_visits]\ndays = 30\nweight = 4\n").unwrap();
        assert_eq!((partial.zombie_score, partial.no_visits.days, partial.few_users.min), (6, 30, 5));
        assert!(toml::from_str::<Policy>("bogus = 1").is_err());
    }
}
