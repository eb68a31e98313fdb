//! Who qualifies: one rule type for certificate types (the elder card from 60) and benefit
//! programs (the elder allowance from 80, in tiers), and one evaluator of it. `cert issue
//! --eligible`, the rules `age.eligibility` and `eligible.not_enrolled` and `payments eligible`
//! all ask it, so a rule stated once means the same everywhere.
use jiff::civil::Date;
use jiff::ToSpan;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The conditions a person must meet on a day. All conditions given must hold.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Rule {
    /// Minimum age in whole years on the day.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_age: Option<u32>,
    /// Maximum age in whole years on the day.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_age: Option<u32>,
    /// Region codes (or prefixes) the person must live in, any of them; empty = anywhere.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub regions: Vec<String>,
    /// Programs of which the person must hold an enrolment covering the day, any of them
    /// (a heating subsidy for those on dibao or tekun).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub required: Vec<String>,
    /// Programs whose enrolment, covering the day, excludes the person.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub excluded: Vec<String>,
    /// The person must be recorded as dead (certificates about a death); otherwise a death on
    /// or before the day excludes.
    #[serde(skip)]
    pub deceased: bool,
    /// Monthly amounts by age (a benefit's), each from its age on; the highest reached applies.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tiers: Vec<Tier>,
}

/// A monthly amount paid from an age on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tier {
    pub from_age: u32,
    pub monthly_fen: i64,
}

/// What is known of a person on the day: the record as stored.
#[derive(Debug, Clone, Default)]
pub struct Facts<'a> {
    pub id_number: &'a str,
    /// The recorded birth date, if any.
    pub birth_date: Option<Date>,
    pub region_code: &'a str,
    pub death_date: Option<Date>,
    /// Programs in which the person holds an enrolment covering the day.
    pub programs: &'a [String],
}

/// A person who meets a rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Eligible {
    pub birth: Option<Date>,
    /// The day the age condition was first met (the minimum age's birthday), if there is one.
    pub since: Option<Date>,
    /// The tier's monthly amount on the day, if the rule has tiers.
    pub monthly_fen: Option<i64>,
}

/// Why a person does not meet a rule, in the order the conditions are tried.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Why {
    Died(Date),
    NoDeathRecord,
    Outside(String),
    NoBirthDate,
    Young { age: i32, min: u32 },
    Old { age: i32, max: u32 },
    Requires(Vec<String>),
    Excluded(String),
}

impl fmt::Display for Why {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Why::Died(d) => write!(f, "died on {d}"),
            Why::NoDeathRecord => f.write_str("no death record"),
            Why::Outside(r) => write!(f, "lives in {r}, outside the rule's regions"),
            Why::NoBirthDate => f.write_str("no birth date"),
            Why::Young { age, min } => write!(f, "aged {age}, under {min}"),
            Why::Old { age, max } => write!(f, "aged {age}, over {max}"),
            Why::Requires(p) => write!(f, "no {} enrolment", p.join(" or ")),
            Why::Excluded(p) => write!(f, "enrolled in {p}"),
        }
    }
}

/// Whole years between `birth` and `on` (one year older on each birthday; 29 February
/// birthdays count from 1 March in other years).
pub fn age_on(birth: Date, on: Date) -> i32 {
    let mut age = i32::from(on.year()) - i32::from(birth.year());
    if (on.month(), on.day()) < (birth.month(), birth.day()) {
        age -= 1;
    }
    age
}

/// The `years`-th birthday, as [`age_on`] counts it (29 February: 1 March in other years).
pub fn birthday(birth: Date, years: u32) -> Option<Date> {
    let day = birth.checked_add(i64::from(years).years()).ok()?;
    if day.day() != birth.day() {
        day.checked_add(1.day()).ok()
    } else {
        Some(day)
    }
}

/// The birth date a rule goes by: the recorded one, else the one in the ID number (when it
/// parses). A database narrows its candidates by the recorded date and takes those without one.
pub fn birth_of(id_number: &str, recorded: Option<Date>, on: Date) -> Option<Date> {
    recorded.or_else(|| crate::domain::idnum::parse(id_number, on).ok().map(|id| id.birth_date()))
}

/// Whether `code` lies within `region` (a code whose trailing zero pairs are dropped:
/// `440100` covers `440106`).
pub fn within(code: &str, region: &str) -> bool {
    code.starts_with(crate::domain::region::prefix(region))
}

impl Rule {
    /// Whether `f` meets the rule on `on`: what it brings (the day the age was reached, the
    /// tier), or the first condition it fails.
    pub fn check(&self, f: &Facts<'_>, on: Date) -> Result<Eligible, Why> {
        let dead = f.death_date.filter(|d| *d <= on);
        match (self.deceased, dead) {
            (true, None) => return Err(Why::NoDeathRecord),
            (false, Some(d)) => return Err(Why::Died(d)),
            _ => {}
        }
        if !self.regions.is_empty() && !self.regions.iter().any(|r| within(f.region_code, r)) {
            return Err(Why::Outside(f.region_code.to_string()));
        }
        let birth = birth_of(f.id_number, f.birth_date, on);
        let age = match (birth, self.min_age.or(self.max_age).is_some() || !self.tiers.is_empty()) {
            (None, true) => return Err(Why::NoBirthDate),
            (Some(b), _) => Some(age_on(b, on)),
            (None, false) => None,
        };
        if let (Some(min), Some(age)) = (self.min_age, age) {
            if age < min as i32 {
                return Err(Why::Young { age, min });
            }
        }
        if let (Some(max), Some(age)) = (self.max_age, age) {
            if age > max as i32 {
                return Err(Why::Old { age, max });
            }
        }
        if !self.required.is_empty() && !self.required.iter().any(|p| f.programs.contains(p)) {
            return Err(Why::Requires(self.required.clone()));
        }
        if let Some(p) = self.excluded.iter().find(|p| f.programs.contains(p)) {
            return Err(Why::Excluded(p.clone()));
        }
        let since = birth.zip(self.min_age).and_then(|(b, min)| birthday(b, min));
        Ok(Eligible { birth, since, monthly_fen: age.and_then(|a| self.tier(a)) })
    }

    /// The monthly amount at `age`: the highest tier reached.
    pub fn tier(&self, age: i32) -> Option<i64> {
        self.tiers.iter().filter(|t| age >= t.from_age as i32).max_by_key(|t| t.from_age).map(|t| t.monthly_fen)
    }

    /// The latest birth date the minimum age allows on `on` (a bound for a database to narrow
    /// the people it reads; the rule itself decides).
    pub fn born_by(&self, on: Date) -> Option<Date> {
        self.min_age.and_then(|a| on.checked_sub(i64::from(a).years()).ok())
    }

    /// The programs whose enrolments the rule looks at.
    pub fn programs(&self) -> impl Iterator<Item = &String> {
        self.required.iter().chain(&self.excluded)
    }

    /// Check the definition: ages in order, region codes digits, program codes, tiers.
    pub fn validate(&self) -> Result<(), String> {
        if let (Some(a), Some(b)) = (self.min_age, self.max_age) {
            if a > b {
                return Err(format!("min_age {a} is above max_age {b}"));
            }
        }
        for r in &self.regions {
            if r.is_empty() || r.len() > 6 || !r.bytes().all(|b| b.is_ascii_digit()) {
                return Err(format!("region {r:?} is not a region code"));
            }
        }
        for p in self.programs() {
            if p.is_empty() || !p.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_') {
                return Err(format!("program {p:?} is not a program code"));
            }
        }
        if self.tiers.iter().any(|t| t.monthly_fen < 0) {
            return Err("a tier's monthly_fen is negative".into());
        }
        Ok(())
    }
}

/// The elder allowance (高龄津贴) as the bureau pays it: from 80, 100 yuan a month, 300 from 90,
/// 500 from 100.
pub fn elder_allowance() -> Rule {
    Rule {
        min_age: Some(80),
        tiers: vec![
            Tier { from_age: 80, monthly_fen: 10_000 },
            Tier { from_age: 90, monthly_fen: 30_000 },
            Tier { from_age: 100, monthly_fen: 50_000 },
        ],
        ..Rule::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn ages_tiers_and_the_day_reached() {
        let rule = elder_allowance();
        let on = d("2026-06-30");
        let f = |birth: &str| Facts { birth_date: Some(d(birth)), region_code: "440106", ..Facts::default() };
        assert_eq!(rule.check(&f("1946-06-30"), on).unwrap().since, Some(d("2026-06-30")));
        assert_eq!(rule.check(&f("1946-06-30"), on).unwrap().monthly_fen, Some(10_000));
        assert_eq!(rule.check(&f("1946-07-01"), on), Err(Why::Young { age: 79, min: 80 }));
        assert_eq!(rule.check(&f("1936-06-30"), on).unwrap().monthly_fen, Some(30_000));
        assert_eq!(rule.check(&f("1920-01-01"), on).unwrap().monthly_fen, Some(50_000));
        // 29 February: the birthday is 1 March in other years.
        assert_eq!(birthday(d("1944-02-29"), 80), Some(d("2024-02-29")));
        assert_eq!(birthday(d("1944-02-29"), 81), Some(d("2025-03-01")));
        let dead = Facts { death_date: Some(d("2026-01-02")), ..f("1930-01-01") };
        assert_eq!(rule.check(&dead, on), Err(Why::Died(d("2026-01-02"))));
        assert!(rule.check(&dead, d("2026-01-01")).is_ok(), "alive the day before");
        // No recorded birth date: the ID number's.
        let id = Facts { id_number: "44010619660630001X", birth_date: None, ..f("1930-01-01") };
        assert_eq!(rule.check(&id, on), Err(Why::Young { age: 60, min: 80 }));
    }

    #[test]
    fn regions_required_and_excluded_programs() {
        let on = d("2026-06-30");
        let rule = Rule {
            regions: vec!["440100".into()],
            required: vec!["dibao".into(), "tekun".into()],
            excluded: vec!["youfu".into()],
            ..Rule::default()
        };
        let programs = vec!["dibao".to_string()];
        let mut f = Facts { region_code: "440106", programs: &programs, ..Facts::default() };
        assert!(rule.check(&f, on).is_ok());
        f.region_code = "420100";
        assert_eq!(rule.check(&f, on), Err(Why::Outside("420100".into())));
        f.region_code = "440106";
        f.programs = &[];
        assert!(matches!(rule.check(&f, on), Err(Why::Requires(_))));
        let both = vec!["tekun".to_string(), "youfu".to_string()];
        f.programs = &both;
        assert_eq!(rule.check(&f, on), Err(Why::Excluded("youfu".into())));
        assert!(Rule { min_age: Some(9), max_age: Some(8), ..Rule::default() }.validate().is_err());
    }
}
