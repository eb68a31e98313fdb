//! The order findings are stored in.
use super::catalogue;
use crate::db::checks::Finding;

/// Order findings (catalogue order, then table, key, field, region and severity) so runs store
/// the same sequence on every backend. Stable: equal findings stay in the order they were made.
pub fn sort(findings: &mut Vec<Finding>) {
    // Sorted by a fixed-size prefix of the ordering held inline: comparing through each
    // finding's strings misses the cache at every step. The whole ordering only breaks ties
    // between equal prefixes.
    const TABLE: usize = 12;
    const KEY: usize = 27;
    let mut keys: Vec<([u8; 1 + TABLE + KEY], u32)> = findings
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let mut k = [0u8; 1 + TABLE + KEY];
            k[0] = catalogue::order(&f.rule).min(255) as u8;
            let t = f.table.as_bytes();
            k[1..1 + t.len().min(TABLE)].copy_from_slice(&t[..t.len().min(TABLE)]);
            let key = f.key.as_bytes();
            k[1 + TABLE..1 + TABLE + key.len().min(KEY)].copy_from_slice(&key[..key.len().min(KEY)]);
            (k, i as u32)
        })
        .collect();
    fn full(f: &Finding) -> (usize, &str, &str, &str, &str, &str) {
        (catalogue::order(&f.rule), f.table.as_str(), f.key.as_str(), f.field.as_str(), f.region_code.as_str(), f.severity.as_str())
    }
    keys.sort_by(|(ka, a), (kb, b)| ka.cmp(kb).then_with(|| full(&findings[*a as usize]).cmp(&full(&findings[*b as usize]))));
    let mut slots: Vec<Option<Finding>> = findings.drain(..).map(Some).collect();
    findings.extend(keys.into_iter().filter_map(|(_, i)| slots[i as usize].take()));
}
