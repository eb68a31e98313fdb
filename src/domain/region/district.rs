//! The county-level district (区县) a region code belongs to today: the unit a city steward
//! hands work down to. Retired codes roll up to their successor; every code lands in exactly
//! one group.
use super::{Level, RegionDb};

/// Where a record of region `code` goes.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum District {
    /// A county-level unit in use today (or a prefecture-level city without districts).
    County { code: String, name: String },
    /// A retired code split into several units: which one the record belongs to is not known.
    Split { code: String, successors: usize },
    /// Blank, unknown, or above county level.
    Unassigned,
}

impl District {
    /// How the group is named to a steward.
    pub fn label(&self) -> String {
        match self {
            District::County { code, name } => format!("{code} {name}"),
            District::Split { code, successors } => format!("{code} 已拆分（{successors} 个继任区县）"),
            District::Unassigned => "未分配".to_string(),
        }
    }

    /// The group as part of a file name.
    pub fn file_stem(&self) -> String {
        match self {
            District::County { code, name } => format!("{code}_{name}"),
            District::Split { code, .. } => format!("{code}_已拆分"),
            District::Unassigned => "未分配".to_string(),
        }
    }
}

impl RegionDb {
    /// The district today of the unit `code` (6, 9 or 12 digits) names.
    pub fn district_of(&self, code: &str) -> District {
        let code = code.trim();
        if code.len() < 6 || !code.bytes().take(6).all(|b| b.is_ascii_digit()) {
            return District::Unassigned;
        }
        let today = self.resolve(&code[..6], None).today;
        let counties: Vec<_> = today
            .iter()
            .filter(|v| {
                v.level == Level::County || (v.level == Level::Prefecture && self.list(Some(Level::County), Some(&v.code), None).is_empty())
            })
            .collect();
        match counties.as_slice() {
            [one] if today.len() == 1 => District::County { code: one.code.clone(), name: one.name.clone() },
            [] => District::Unassigned,
            _ => District::Split { code: code[..6].to_string(), successors: today.len() },
        }
    }

    /// The retired six-digit codes outside `prefix` whose records belong to a district under
    /// it today (440107 芳村区 for 440103 荔湾区): what a filter on `prefix` must take in too.
    pub fn absorbed_by(&self, prefix: &str) -> Vec<String> {
        if prefix.len() > 6 {
            return Vec::new();
        }
        let mut codes: Vec<String> = self
            .all_versions()
            .iter()
            .filter(|v| v.code.len() == 6 && !v.code.starts_with(prefix) && self.current(&v.code).is_none())
            .filter(|v| matches!(self.district_of(&v.code), District::County { code, .. } if code.starts_with(prefix)))
            .map(|v| v.code.clone())
            .collect();
        codes.dedup();
        codes
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_roll_up_to_todays_district() {
        let db = RegionDb::builtin();
        // 芳村区 (440107) was merged into 荔湾区 (440103) in 2005.
        assert_eq!(db.district_of("440107"), District::County { code: "440103".into(), name: "荔湾区".into() });
        assert_eq!(db.district_of("440103001"), District::County { code: "440103".into(), name: "荔湾区".into() });
        assert_eq!(db.district_of("440100"), District::Unassigned, "a city is above county level");
        assert_eq!(db.district_of(""), District::Unassigned);
        assert_eq!(db.district_of("999999"), District::Unassigned);
        assert_eq!(db.district_of("441900").label(), "441900 东莞市", "a city without districts is its own");
    }

    #[test]
    fn a_district_takes_in_the_codes_it_absorbed() {
        let db = RegionDb::builtin();
        assert!(db.absorbed_by("440103").contains(&"440107".to_string()), "{:?}", db.absorbed_by("440103"));
        assert!(!db.absorbed_by("4401").iter().any(|c| c.starts_with("4401")), "codes under the prefix match it already");
        assert!(db.absorbed_by("440103001").is_empty());
        for code in db.absorbed_by("4401") {
            assert!(matches!(db.district_of(&code), District::County { code, .. } if code.starts_with("4401")));
        }
    }
}
