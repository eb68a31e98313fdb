//! Candidates for the cross-record rules, noted while the per-record passes read every person
//! and every enrolment anyway: for each rule, ID numbers among which every finding of its
//! set-based query is (a superset). The backend then runs the same query on those ID numbers
//! only, through the primary keys, instead of joining whole tables again: the findings are the
//! same, found in a fraction of the time and memory (the figures are in `benches/checks.sh`).
//!
//! death.still_enrolled's candidates are the dead whose enrolment may end after the death,
//! read off the enrolments' keys and the deaths pass, rather than every death joined into the
//! enrolments.
//!
//! Each worker of a pass notes into its own part, without a lock: packed ID numbers pushed
//! onto vectors and sorted in the worker. Merging the parts is then a merge of sorted runs,
//! and the rules' candidates are read off neighbouring entries (the same person and program
//! in two regions, both programs of a pair) instead of probing hash tables at every row.
//!
//! Only a run over every record may use them: a scoped run (region, program) reads a part of
//! the tables, and its queries look beyond it.

use crate::ops::spill::{self, Budget, Sorted, Spill};
use std::io;

/// A standard ID number (17 ASCII digits and a check digit or `X`) as one number: the 17
/// digits × 11 + the check value, below 2⁶⁰. Any other text is `None`: it never equals a
/// packed one, so it is always a candidate.
pub fn pack(id: &str) -> Option<u64> {
    let b = id.as_bytes();
    if b.len() != 18 {
        return None;
    }
    let mut v = 0u64;
    for &c in &b[..17] {
        if !c.is_ascii_digit() {
            return None;
        }
        v = v * 10 + u64::from(c - b'0');
    }
    let check = match b[17] {
        c @ b'0'..=b'9' => u64::from(c - b'0'),
        b'X' => 10,
        _ => return None,
    };
    Some(v * 11 + check)
}

/// Whether an enrolment starting on `start` may be under `min_age` for the person whose ID
/// number is `id`: the day of the start against the birth day read from the number, for a
/// standard number and an ISO date (age.minor_head counts whole years by day, age.eligibility
/// by month: both fire only when this does); any other form is a candidate.
pub fn maybe_under_age(id: &str, start: &str, min_age: u32) -> bool {
    under_age(id, pack(id).is_some(), start, min_age)
}

/// [`maybe_under_age`] for an ID number already known to be standard or not.
fn under_age(id: &str, standard: bool, start: &str, min_age: u32) -> bool {
    let (true, Some(day)) = (standard, iso_day(start)) else {
        return true;
    };
    // A standard number's birth date is digits: YYYY at 6..10, MMDD at 10..14.
    let number = |b: &[u8]| b.iter().fold(0u32, |n, c| n * 10 + u32::from(c - b'0'));
    let i = id.as_bytes();
    let years = i64::from(day / 10000) - i64::from(number(&i[6..10]));
    let min = i64::from(min_age);
    years < min || (years == min && day % 10000 < number(&i[10..14]))
}

/// An ISO date (`YYYY-MM-DD`, ASCII digits) as the number YYYYMMDD, which orders as the text
/// does (the order the backends compare stored dates in); any other text is `None`.
pub fn iso_day(d: &str) -> Option<u32> {
    let b = d.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let mut v = 0u32;
    for &c in b[..4].iter().chain(&b[5..7]).chain(&b[8..]) {
        if !c.is_ascii_digit() {
            return None;
        }
        v = v * 10 + u32::from(c - b'0');
    }
    Some(v)
}

/// A packed ID number as its text.
pub fn unpack(p: u64) -> String {
    let check = match p % 11 {
        10 => 'X',
        c => char::from(b'0' + c as u8),
    };
    format!("{:017}{check}", p / 11)
}

/// What one worker of the people pass notes: the ID numbers it read.
pub struct PeoplePart<'b> {
    packed: Spill<'b, u64>,
    other: Vec<String>,
}

impl<'b> PeoplePart<'b> {
    pub fn new(budget: &'b Budget) -> PeoplePart<'b> {
        PeoplePart { packed: Spill::new(budget), other: Vec::new() }
    }

    pub fn see(&mut self, id: &str) -> io::Result<()> {
        match pack(id) {
            Some(p) => self.packed.push(p)?,
            None => self.other.push(id.to_string()),
        }
        Ok(())
    }

    /// Sort, in the worker, so that merging the parts is a merge of sorted runs.
    pub fn done(&mut self) -> io::Result<()> {
        self.packed.done()
    }
}

/// Everyone's ID numbers, exactly, sorted, once each (1M people: 8 MiB, held within the
/// run's memory budget), and those recorded twice.
pub struct People<'b> {
    packed: Sorted<'b, u64>,
    other: Vec<String>,
    /// ID numbers seen more than once (dup.person), sorted, once each.
    pub repeated: Vec<String>,
}

impl<'b> People<'b> {
    pub fn merge(parts: Vec<PeoplePart<'b>>, budget: &'b Budget) -> io::Result<People<'b>> {
        let mut other = Vec::new();
        let mut runs = Vec::with_capacity(parts.len());
        for p in parts {
            runs.push(p.packed);
            other.extend(p.other);
        }
        let mut packed = Sorted::new(budget);
        let mut repeated = Vec::new();
        let mut last = None;
        for p in spill::merge(runs)? {
            let p = p?;
            if last == Some(p) {
                if repeated.last() != Some(&p) {
                    repeated.push(p);
                }
            } else {
                packed.push(p)?;
                last = Some(p);
            }
        }
        packed.done()?;
        other.sort_unstable();
        let mut repeated: Vec<String> = repeated.into_iter().map(unpack).collect();
        repeated.extend(other.windows(2).filter(|w| w[0] == w[1]).map(|w| w[0].clone()));
        repeated.sort_unstable();
        repeated.dedup();
        other.dedup();
        Ok(People { packed, other, repeated })
    }

    /// Which of `ids` (sorted, once each) are nobody's: one walk along everyone.
    fn absent(&mut self, ids: &[String]) -> io::Result<Vec<String>> {
        let mut packed: Vec<(u64, &String)> = Vec::new();
        let mut absent = Vec::new();
        for id in ids {
            match pack(id) {
                Some(p) => packed.push((p, id)),
                None if self.other.binary_search(id).is_err() => absent.push(id.clone()),
                None => {}
            }
        }
        packed.sort_unstable();
        let mut everyone = self.packed.iter()?;
        let mut at = everyone.next()?;
        for (p, id) in packed {
            while at.is_some_and(|q| q < p) {
                at = everyone.next()?;
            }
            if at != Some(p) {
                absent.push(id.clone());
            }
        }
        Ok(absent)
    }
}

/// What one worker of the deaths pass notes: who died on or before the as-of day, and when.
pub struct DeathsPart {
    as_of: u32,
    /// (packed ID number, death day) of every ordinary row.
    packed: Vec<(u64, u32)>,
    /// ID numbers of the rows with an unusual ID number or death date: always candidates.
    odd: Vec<String>,
}

impl DeathsPart {
    pub fn new(as_of: jiff::civil::Date) -> DeathsPart {
        // The same number as the stored dates give; a year jiff writes with a sign (before 0000) is 0.
        let as_of = iso_day(&as_of.to_string()).unwrap_or(0);
        DeathsPart { as_of, packed: Vec::new(), odd: Vec::new() }
    }

    pub fn see(&mut self, id: &str, death: &str) {
        match (pack(id), iso_day(death)) {
            // A death after the as-of day is not one yet.
            (Some(p), Some(day)) => {
                if day <= self.as_of {
                    self.packed.push((p, day));
                }
            }
            _ => self.odd.push(id.to_string()),
        }
    }

    pub fn done(&mut self) {
        self.packed.sort_unstable();
    }
}

/// The deaths noted by every worker, sorted.
pub struct Deaths {
    packed: Vec<(u64, u32)>,
    odd: Vec<String>,
}

impl Deaths {
    pub fn merge(parts: Vec<DeathsPart>) -> Deaths {
        let mut d = Deaths { packed: Vec::new(), odd: Vec::new() };
        for p in parts {
            d.packed.extend(p.packed);
            d.odd.extend(p.odd);
        }
        d.packed.sort();
        d.odd.sort_unstable();
        d
    }

    fn contains(&self, id: &str) -> bool {
        match pack(id) {
            Some(p) => self.packed.binary_search_by(|&(q, _)| q.cmp(&p)).is_ok(),
            None => self.odd.binary_search_by(|o| o.as_str().cmp(id)).is_ok(),
        }
    }
}

/// Programs told apart in an enrolment key (4 bits); rows of further programs are candidates.
const PROGRAMS: usize = 15;

/// The rules' settings for the enrolments pass, shared by its workers. Column order is the
/// enrolments table's: id_number, program, region_code, start_date.
pub struct Plan {
    /// Program codes with an index: those the rules name, then the built-in ones. The same
    /// for every worker, so their keys can be merged.
    programs: Vec<String>,
    /// Program pairs that exclude each other, as program indexes ([`PROGRAMS`]: no index).
    exclusive: Vec<(u64, u64)>,
    /// (program index, minimum age) for age.eligibility and age.minor_head.
    ages: Vec<(u64, u32)>,
    heads: Vec<(u64, u32)>,
}

/// What one worker of the enrolments pass notes.
pub struct EnrolmentPart<'b> {
    /// (packed ID << 4 | program index, region code, end day: [`iso_day`], `u32::MAX` when
    /// open or unusual) of every ordinary row.
    keys: Spill<'b, (u64, u32, u32)>,
    /// ID numbers of the rows with an unusual ID number, program or region code: candidates
    /// for dup.enrolment and excl.programs, checked one by one for person_missing.
    odd: Vec<String>,
    age_eligibility: Vec<String>,
    minor_head: Vec<String>,
}

impl<'b> EnrolmentPart<'b> {
    pub fn new(budget: &'b Budget) -> EnrolmentPart<'b> {
        EnrolmentPart { keys: Spill::new(budget), odd: Vec::new(), age_eligibility: Vec::new(), minor_head: Vec::new() }
    }

    /// Sort, in the worker, so that merging the parts is a merge of sorted runs.
    pub fn done(&mut self) -> io::Result<()> {
        self.keys.done()
    }
}

/// The candidates of the enrolment rules: ID numbers, sorted, once each.
pub struct Enrolments {
    pub dup_enrolment: Vec<String>,
    pub exclusive_ids: Vec<String>,
    pub age_eligibility: Vec<String>,
    pub minor_head: Vec<String>,
    /// `None` when the people pass did not read everyone.
    pub person_missing: Option<Vec<String>>,
    /// `None` when the deaths pass did not read every death.
    pub still_enrolled: Option<Vec<String>>,
}

impl Plan {
    /// `exclusive` pairs, `ages` (program, minimum age) of age.eligibility and `heads` of
    /// age.minor_head; `known` programs get an index after those the rules name.
    pub fn new(exclusive: &[[String; 2]], ages: &[(String, u32)], heads: &[(String, u32)], known: &[&str]) -> Plan {
        let mut programs: Vec<String> = Vec::new();
        let named = exclusive.iter().flatten().chain(ages.iter().chain(heads).map(|(p, _)| p));
        for p in named.map(String::as_str).chain(known.iter().copied()) {
            if programs.len() < PROGRAMS && !programs.iter().any(|q| q == p) {
                programs.push(p.to_string());
            }
        }
        let index = |p: &str| programs.iter().position(|q| q == p).unwrap_or(PROGRAMS) as u64;
        Plan {
            exclusive: exclusive.iter().map(|[a, b]| (index(a), index(b))).collect(),
            ages: ages.iter().map(|(p, min)| (index(p), *min)).collect(),
            heads: heads.iter().map(|(p, min)| (index(p), *min)).collect(),
            programs,
        }
    }

    pub fn see(&self, part: &mut EnrolmentPart, id: &str, program: &str, region: &str, start: &str, end: &str) -> io::Result<()> {
        let packed = pack(id);
        let program = self.programs.iter().position(|q| q == program).map(|i| i as u64);
        for (list, rules) in [(&mut part.age_eligibility, &self.ages), (&mut part.minor_head, &self.heads)] {
            if rules.iter().any(|&(p, min)| (program.is_none() || program == Some(p)) && under_age(id, packed.is_some(), start, min)) {
                list.push(id.to_string());
            }
        }
        let region = (region.len() == 6 && region.bytes().all(|b| b.is_ascii_digit())).then(|| region.parse::<u32>().ok()).flatten();
        match (packed, program, region) {
            (Some(p), Some(g), Some(r)) => part.keys.push((p << 4 | g, r, iso_day(end).unwrap_or(u32::MAX)))?,
            _ => part.odd.push(id.to_string()),
        }
        Ok(())
    }

    /// Merge the workers' parts into the candidate lists; `people` when the people pass read
    /// every person (enrolment.person_missing), `deaths` when the deaths pass read every death
    /// (death.still_enrolled).
    pub fn finish(&self, parts: Vec<EnrolmentPart>, mut people: Option<&mut People>, deaths: Option<&Deaths>) -> io::Result<Enrolments> {
        let mut e = Enrolments {
            dup_enrolment: Vec::new(),
            exclusive_ids: Vec::new(),
            age_eligibility: Vec::new(),
            minor_head: Vec::new(),
            person_missing: people.as_ref().map(|_| Vec::new()),
            still_enrolled: deaths.map(|d| d.odd.clone()),
        };
        let mut odd = Vec::new();
        let mut runs = Vec::with_capacity(parts.len());
        for p in parts {
            runs.push(p.keys);
            odd.extend(p.odd);
            e.age_eligibility.extend(p.age_eligibility);
            e.minor_head.extend(p.minor_head);
        }
        let mut keys = spill::merge(runs)?;
        let has = |mask: u32, p: u64| (p as usize) < PROGRAMS && mask & (1 << p) != 0;
        let mut everyone = match people.as_mut() {
            Some(p) => Some(p.packed.iter()?),
            None => None,
        };
        let mut person = match &mut everyone {
            Some(w) => w.next()?,
            None => None,
        };
        let mut next_death = 0;
        // One person's keys at a time, in order (the merge gives them sorted).
        let mut group: Vec<(u64, u32, u32)> = Vec::new();
        let mut next = keys.next().transpose()?;
        while let Some(first) = next {
            let id = first.0 >> 4;
            group.clear();
            group.push(first);
            loop {
                next = keys.next().transpose()?;
                match next {
                    Some(k) if k.0 >> 4 == id => group.push(k),
                    _ => break,
                }
            }
            // Same person and program, another region.
            let dup = group.windows(2).any(|w| w[1].0 == w[0].0 && w[1].1 != w[0].1);
            let mask = group.iter().fold(0u32, |m, k| m | 1 << (k.0 & 15));
            // Both programs of a pair, or one whose partner has no index.
            let exclusive = self.exclusive.iter().any(|&(a, b)| {
                (has(mask, a) || a as usize >= PROGRAMS) && (has(mask, b) || b as usize >= PROGRAMS) && (has(mask, a) || has(mask, b))
            });
            let missing = match &mut everyone {
                Some(w) => {
                    // Both lists are sorted: walk the people along.
                    while person.is_some_and(|p| p < id) {
                        person = w.next()?;
                    }
                    person != Some(id)
                }
                None => false,
            };
            // Dead on or before the as-of day, with an enrolment that may end after the death.
            let dead = match deaths {
                Some(deaths) => {
                    let d = &deaths.packed;
                    while next_death < d.len() && d[next_death].0 < id {
                        next_death += 1;
                    }
                    next_death < d.len() && d[next_death].0 == id && group.iter().any(|k| k.2 > d[next_death].1)
                }
                None => false,
            };
            if dead {
                if let Some(list) = &mut e.still_enrolled {
                    list.push(unpack(id));
                }
            }
            if dup || exclusive || missing {
                let text = unpack(id);
                for (hit, list) in [(dup, &mut e.dup_enrolment), (exclusive, &mut e.exclusive_ids)] {
                    if hit {
                        list.push(text.clone());
                    }
                }
                if let (true, Some(list)) = (missing, &mut e.person_missing) {
                    list.push(text);
                }
            }
        }
        drop((everyone, keys));
        odd.sort_unstable();
        odd.dedup();
        if let (Some(people), Some(list)) = (people, &mut e.person_missing) {
            list.extend(people.absent(&odd)?);
        }
        for id in odd {
            if let (Some(deaths), Some(list)) = (deaths, &mut e.still_enrolled) {
                if deaths.contains(&id) {
                    list.push(id.clone());
                }
            }
            e.dup_enrolment.push(id.clone());
            e.exclusive_ids.push(id);
        }
        for list in [&mut e.dup_enrolment, &mut e.exclusive_ids, &mut e.age_eligibility, &mut e.minor_head]
            .into_iter()
            .chain(e.person_missing.as_mut())
            .chain(e.still_enrolled.as_mut())
        {
            list.sort_unstable();
            list.dedup();
        }
        Ok(e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packs_only_standard_numbers() {
        assert_eq!(pack("11010519491231002X"), Some(11010519491231002 * 11 + 10));
        assert!(pack("999999999999999999").is_some_and(|p| p < 1 << 60));
        for odd in ["11010519491231002x", "1101051949123100", "110105194912310021 ", "１10105194912310021", ""] {
            assert_eq!(pack(odd), None, "{odd}");
        }
        assert_ne!(pack("110105194912310021"), pack("110105194912310012"));
    }

    #[test]
    fn under_age_by_the_birth_day() {
        let id = "440103200802290016"; // born 2008-02-29
        assert!(maybe_under_age(id, "2026-02-28", 18));
        assert!(!maybe_under_age(id, "2026-03-01", 18));
        assert!(!maybe_under_age(id, "2027-01-01", 18));
        assert!(maybe_under_age(id, "2025-12-31", 18));
        // Forms the fast reading does not know are always candidates.
        assert!(maybe_under_age("44010320080229001x", "2040-01-01", 18));
        assert!(maybe_under_age(id, "2040/01/01", 18));
    }

    #[test]
    fn unpacks_what_it_packs() {
        for id in ["11010519491231002X", "000000000000000000", "999999999999999999", "440103200802290016"] {
            assert_eq!(pack(id).map(unpack).as_deref(), Some(id));
        }
    }

    /// Two workers' parts, each sorted in the worker, as the passes make them.
    fn people<'b>(parts: [&[&str]; 2], budget: &'b Budget) -> People<'b> {
        People::merge(
            parts
                .iter()
                .map(|ids| {
                    let mut part = PeoplePart::new(budget);
                    ids.iter().for_each(|id| part.see(id).unwrap());
                    part.done().unwrap();
                    part
                })
                .collect(),
            budget,
        )
        .unwrap()
    }

    #[test]
    fn notes_every_kind_of_candidate() {
        // The same ID number read by both workers is as repeated as one read twice by one.
        let budget = Budget::new(1 << 30);
        let mut people =
            people([&["440103198001010011", "4401038001010", "440103198001010020"], &["440103198001010011", "4401038001010"]], &budget);
        assert_eq!(people.repeated, ["440103198001010011", "4401038001010"]);
        let ids = ["440103198001010011", "440103198001010038", "4401038001010", "4401038001011"].map(String::from);
        assert_eq!(people.absent(&ids).unwrap(), ["4401038001011", "440103198001010038"]);
        let pairs = [["dibao".to_string(), "tekun".to_string()]];
        let plan = Plan::new(&pairs, &[("elder_allowance".into(), 80)], &[("dibao".into(), 18)], &["youfu"]);
        let (mut a, mut b) = (EnrolmentPart::new(&budget), EnrolmentPart::new(&budget));
        plan.see(&mut a, "440103198001010011", "dibao", "440103", "2020-01-01", "").unwrap();
        plan.see(&mut b, "440103198001010011", "dibao", "440103", "2010-01-01", "").unwrap(); // same region: no
        plan.see(&mut b, "440103198001010020", "dibao", "440103", "2020-01-01", "").unwrap();
        plan.see(&mut a, "440103198001010020", "dibao", "440104", "2021-01-01", "").unwrap(); // two regions
        plan.see(&mut a, "440103198001010020", "youfu", "440105", "2021-01-01", "").unwrap(); // another program
        plan.see(&mut b, "440103198001010011", "tekun", "440103", "2021-01-01", "").unwrap(); // after dibao
        plan.see(&mut a, "440103199001010033", "elder_allowance", "440103", "2021-01-01", "").unwrap(); // not in people, age 31
        plan.see(&mut b, "440103200801010044", "dibao", "44010X", "2020-01-01", "").unwrap(); // a minor, odd region
        plan.see(&mut a, "4401038001010", "custom_benefit", "440103", "2020-01-01", "").unwrap(); // odd program, in people
        for part in [&mut a, &mut b] {
            part.done().unwrap();
        }
        let e = plan.finish(vec![a, b], Some(&mut people), None).unwrap();
        assert_eq!(e.dup_enrolment, ["440103198001010020", "440103200801010044", "4401038001010"]);
        assert_eq!(e.exclusive_ids, ["440103198001010011", "440103200801010044", "4401038001010"]);
        assert_eq!(e.age_eligibility, ["440103199001010033", "4401038001010"]);
        assert_eq!(e.minor_head, ["440103200801010044", "4401038001010"]);
        assert_eq!(e.person_missing.as_deref(), Some(&["440103199001010033".to_string(), "440103200801010044".to_string()][..]));
        // Without everyone's ID numbers there is no person_missing list to trust.
        let mut blind = EnrolmentPart::new(&budget);
        plan.see(&mut blind, "440103199001010033", "dibao", "440103", "2021-01-01", "").unwrap();
        assert_eq!(plan.finish(vec![blind], None, None).unwrap().person_missing, None);
    }

    #[test]
    fn a_pair_program_without_an_index_makes_its_partner_a_candidate() {
        // Eight pairs name sixteen programs: the last has no index.
        let pairs: Vec<[String; 2]> = (0..8).map(|i| [format!("p{:02}", 2 * i), format!("p{:02}", 2 * i + 1)]).collect();
        let plan = Plan::new(&pairs, &[], &[], &[]);
        let budget = Budget::new(1 << 30);
        let mut part = EnrolmentPart::new(&budget);
        plan.see(&mut part, "440103198001010011", "p14", "440103", "2020-01-01", "").unwrap();
        plan.see(&mut part, "440103198001010020", "p00", "440103", "2020-01-01", "").unwrap();
        part.done().unwrap();
        assert_eq!(plan.finish(vec![part], None, None).unwrap().exclusive_ids, ["440103198001010011"]);
    }

    #[test]
    fn iso_days_order_as_the_text() {
        assert_eq!(iso_day("2024-02-29"), Some(20240229));
        assert!(iso_day("2024-01-31") < iso_day("2024-02-01"));
        for odd in ["2024-2-29", "2024/02/29", "20240229", "２024-02-29", "2024-02-29 ", ""] {
            assert_eq!(iso_day(odd), None, "{odd}");
        }
    }

    #[test]
    fn the_dead_whose_enrolment_may_end_after_the_death_are_candidates() {
        let as_of = jiff::civil::date(2026, 6, 30);
        let mut d = DeathsPart::new(as_of);
        d.see("440103195001010011", "2024-03-15");
        d.see("440103195001010020", "2024-03-15");
        d.see("440103195001010038", "2024-03-15");
        d.see("440103195001010046", "2026-07-01"); // after the as-of day: not dead yet
        d.see("440103195001010054", "15/03/2024"); // an unusual date: always a candidate
        d.see("44010350010100x", "2024-03-15"); // an unusual ID number: always a candidate
        d.see("440103195001010062", "2024-03-15");
        d.done();
        let deaths = Deaths::merge(vec![d]);
        let plan = Plan::new(&[], &[], &[], &["dibao", "tekun"]);
        let budget = Budget::new(1 << 30);
        let (mut a, mut b) = (EnrolmentPart::new(&budget), EnrolmentPart::new(&budget));
        plan.see(&mut a, "440103195001010011", "dibao", "440103", "2020-01-01", "2024-03-14").unwrap(); // ended before: no
        plan.see(&mut b, "440103195001010011", "tekun", "440103", "2020-01-01", "2024-03-15").unwrap(); // on the day: no
        plan.see(&mut a, "440103195001010020", "dibao", "440103", "2020-01-01", "2024-03-16").unwrap(); // after: yes
        plan.see(&mut b, "440103195001010038", "dibao", "440103", "2020-01-01", "").unwrap(); // open: yes
        plan.see(&mut a, "440103195001010046", "dibao", "440103", "2020-01-01", "").unwrap();
        plan.see(&mut b, "440103195001010062", "dibao", "44010X", "2020-01-01", "2020-12-31").unwrap(); // odd region, dead
        plan.see(&mut a, "440103195001010070", "dibao", "44010X", "2020-01-01", "").unwrap(); // odd region, alive
        plan.see(&mut b, "440103196001010011", "dibao", "440103", "2020-01-01", "2024/03/16").unwrap(); // alive
        for part in [&mut a, &mut b] {
            part.done().unwrap();
        }
        let e = plan.finish(vec![a, b], None, Some(&deaths)).unwrap();
        assert_eq!(
            e.still_enrolled.unwrap(),
            ["440103195001010020", "440103195001010038", "440103195001010054", "440103195001010062", "44010350010100x"]
        );
        let mut blind = EnrolmentPart::new(&budget);
        plan.see(&mut blind, "440103195001010020", "dibao", "440103", "2020-01-01", "").unwrap();
        assert_eq!(plan.finish(vec![blind], None, None).unwrap().still_enrolled, None);
    }
}
