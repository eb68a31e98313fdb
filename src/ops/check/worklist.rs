//! Work lists: a run's findings grouped by the district (区县) that has to act on them.
use crate::db::checks::Finding;
use crate::domain::region::district::District;
use crate::domain::region::RegionDb;
use std::collections::BTreeMap;

/// The findings by district today (retired codes rolled up), every finding in exactly one group.
pub fn by_district(list: Vec<Finding>) -> BTreeMap<District, Vec<Finding>> {
    let db = RegionDb::builtin();
    let mut groups: BTreeMap<District, Vec<Finding>> = BTreeMap::new();
    let mut memo: std::collections::HashMap<String, District> = std::collections::HashMap::new();
    for f in list {
        let d = memo.entry(f.region_code.clone()).or_insert_with(|| db.district_of(&f.region_code)).clone();
        groups.entry(d).or_default().push(f);
    }
    groups
}
