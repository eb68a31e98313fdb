//! People, their benefit enrolments and death records, and social organizations.
use super::area::{Area, County};
use super::names;
use super::rng::{Rng, Weighted};
use super::writer::{self, CsvOut};
use super::{Defect, Defects, Manifest, SeedOptions};
use crate::domain::eligibility::Facts;
use crate::domain::{idnum, records, uscc, values::format_fen};
use anyhow::Result;
use jiff::{civil::Date, ToSpan};
use std::collections::HashMap;

/// Share of the population per 5-year age band, 0–4 … 100+ (‰·10, shaped on the 2020 census).
const AGE_BANDS: &[u64] = &[55, 64, 63, 53, 53, 64, 88, 70, 66, 82, 87, 72, 51, 53, 36, 23, 16, 8, 3, 1, 1];
const MALE_SHARE: f64 = 0.512;
/// Birth days the sequence table covers, back from the as-of date (the oldest band is 100+).
const SEQ_DAYS: i64 = 112 * 366;
/// Mobile prefixes in use (three digits).
const MOBILE_PREFIXES: &[&str] = &[
    "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151", "152", "153", "155", "156", "157", "158", "159",
    "166", "173", "175", "176", "177", "178", "180", "181", "182", "183", "184", "185", "186", "187", "188", "189", "191", "193", "195",
    "198", "199",
];
const DEATH_SOURCES: &[(&str, u64)] = &[("殡葬管理系统", 70), ("公安户籍注销", 20), ("医院死亡医学证明", 10)];
/// Streams of the generator (the `tag` of `Rng::derive`).
const PERSON: u64 = 1;
const ORG: u64 = 2;
/// The stream deciding household benefits filed in a minor's name (age.minor_head), apart from
/// the person's own stream so that adding this defect left the rest of the city as it was.
const MINOR: u64 = 3;
/// The stream drawing past benefit spells (`--spells`), apart for the same reason.
const SPELLS: u64 = 4;
/// The stream drawing who holds an elder card (`--cards`), apart for the same reason.
const CARDS: u64 = 5;
/// The stream enrolling the elderly the first draw left out, or leaving them out on purpose
/// (eligible.not_enrolled), apart for the same reason. (6 is the payments ledger's.)
const ELIGIBLE: u64 = 7;

#[derive(Clone, Copy, PartialEq, Eq)]
enum PersonDefect {
    IdChecksum,
    IdDate,
    IdRegion,
    IdLowercaseX,
    IdFifteen,
    IdFullWidth,
    GenderMismatch,
    BirthMismatch,
    NameBlank,
    NameChars,
    Phone,
    RegionUnknown,
    RegionLevel,
    RegionRetired,
    DupPerson,
}

impl PersonDefect {
    /// A defect of the ID number.
    fn is_id(self) -> bool {
        use PersonDefect::*;
        matches!(self, IdChecksum | IdDate | IdRegion | IdLowercaseX | IdFifteen | IdFullWidth)
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum EnrolmentDefect {
    StillEnrolled,
    DupEnrolment,
    Exclusive,
    AgeEligibility,
    PersonMissing,
}

struct Enrolment {
    program: &'static str,
    region: String,
    start: Date,
    end: Option<Date>,
    amount_cents: i64,
    /// The defect injected into this row, if any: (rule, manifest key).
    defect: Option<(&'static str, String)>,
}

/// A person's row as drawn, defects and all, with what the later steps need to know of them.
struct Person<'a> {
    county_idx: usize,
    county: &'a County,
    male: bool,
    birth: Date,
    /// Age in whole years of 365 days.
    age: i64,
    /// The ID number holds a code the county has since retired.
    natural_retired: bool,
    id: String,
    name: String,
    gender: String,
    birth_field: String,
    region: String,
    phone: String,
    address: String,
    ethnicity: &'static str,
    /// A second row under the same ID number (dup.person): its name and region.
    dup: Option<(String, String)>,
}

struct Gen<'a> {
    opts: &'a SeedOptions,
    area: &'a Area,
    ages: Weighted,
    surnames: Weighted,
    ethnicities: Weighted,
    death_sources: Weighted,
    county_weights: Weighted,
    /// Next ID sequence (+1; 0 = none issued yet) per address code, birth day and gender: a
    /// dense table sized by the area, so memory does not grow with the number of people.
    seqs: Vec<u16>,
    /// Index of each address code (current and retired) in `seqs`.
    codes: HashMap<String, usize>,
    /// The first birth day the table covers.
    first_day: Date,
    /// Cremation certificate sequence per (county, year).
    cremations: HashMap<(usize, i16), u32>,
    /// The ID numbers made by the id.date and id.region defects, which two people can come to
    /// share (same county, sequence and injected date; same birth and sequence in two
    /// counties): a second one gets a bad check character instead, so that each broken number
    /// is one person's, as the manifest lists it. As many as those defects, a small share of
    /// the people.
    broken_ids: std::collections::HashSet<String>,
    people: CsvOut,
    enrolments: CsvOut,
    deaths: CsvOut,
    /// `cards.csv` (`--cards`): who holds an elder card, in serial-number order.
    cards: Option<CsvOut>,
    /// Lines written to people, enrolments, deaths and cards (headers not counted).
    lines: [u64; 4],
    defects: &'a mut Defects,
    /// The payments ledger (`--payment-months`), and the enrolments of the person being
    /// generated, as written, for it.
    ledger: Option<super::payments::Ledger>,
    written: Vec<super::payments::Written>,
}

/// A start `days` after `e`'s, for a second enrolment overlapping it: before its end and
/// before the as-of date, or the same start when there is no room.
fn later_start(e: &Enrolment, days: i64, as_of: Date) -> Date {
    let latest = e.end.unwrap_or(as_of).min(as_of);
    let start = add_days(e.start, days);
    if start < latest {
        start
    } else {
        e.start
    }
}

/// `e` covers the day `on`: started by it, not ended before it.
fn covers(e: &Enrolment, on: Date) -> bool {
    e.start <= on && e.end.is_none_or(|end| end >= on)
}

fn days_between(a: Date, b: Date) -> i64 {
    (b - a).get_days() as i64 + (b - a).get_weeks() as i64 * 7
}

fn add_days(d: Date, n: i64) -> Date {
    d.checked_add(n.days()).unwrap_or(d)
}

/// The `years`-th birthday as the checks count it (age.minor_head, age.eligibility): a
/// 29 February birthday falls on 1 March in other years.
fn birthday(birth: Date, years: i16) -> Date {
    let day = birth.checked_add(years.years()).unwrap_or(birth);
    if day.day() != birth.day() {
        add_days(day, 1)
    } else {
        day
    }
}

/// `id` with a wrong check character. Not a 0 after a sequence ending in 00: a number ending
/// in 000 whose check fails is what Excel leaves of one (id.format, rejected), not a typo.
fn bad_check_char(rng: &mut Rng, id: &str) -> String {
    let good = id.as_bytes()[17];
    let after_00 = &id[15..17] == "00";
    let bad = loop {
        let c = b"0123456789X"[rng.below(11) as usize];
        if c != good && !(after_00 && c == b'0') {
            break c;
        }
    };
    format!("{}{}", &id[..17], bad as char)
}

fn to_fullwidth(s: &str) -> String {
    s.chars().map(|c| if c.is_ascii_alphanumeric() { char::from_u32(c as u32 - 0x20 + 0xFF00).unwrap_or(c) } else { c }).collect()
}

impl<'a> Gen<'a> {
    /// A unique, valid ID number for this address code, birth date and gender; moves the birth
    /// date on by a day in the (practically impossible) case that all 500 sequences are taken.
    fn new_id(&mut self, rng: &mut Rng, addr: &str, mut birth: Date, male: bool) -> (String, Date) {
        let code = self.codes.get(addr).copied().unwrap_or(0);
        loop {
            let day = days_between(self.first_day, birth).clamp(0, SEQ_DAYS - 1) as usize;
            let slot = &mut self.seqs[(code * SEQ_DAYS as usize + day) * 2 + usize::from(male)];
            if *slot == 0 {
                *slot = rng.below(60) as u16 + 1;
            }
            if *slot <= 500 {
                let seq = (*slot - 1) * 2 + u16::from(male);
                *slot += 1;
                return (idnum::make(addr, birth, seq), birth);
            }
            birth = add_days(birth, 1);
        }
    }

    fn name(&self, rng: &mut Rng, male: bool) -> String {
        let mut name = names::SURNAMES[self.surnames.sample(rng)].0.to_string();
        let chars = if male { names::MALE_CHARS } else { names::FEMALE_CHARS };
        for _ in 0..if rng.chance(0.72) { 2 } else { 1 } {
            let c: &&str = rng.pick(chars);
            name.push_str(c);
        }
        name
    }

    fn address(&self, rng: &mut Rng, county: &County) -> String {
        let number = rng.range(1, 320);
        if county.townships.is_empty() {
            return format!("{}{}{}号", county.prefix, rng.pick(names::ROADS), number);
        }
        let t = rng.pick(&county.townships);
        match t.villages.is_empty() {
            true => format!("{}{}{}{}号", county.prefix, t.name, rng.pick(names::ROADS), number),
            false => format!("{}{}{}{}号", county.prefix, t.name, rng.pick(&t.villages), number),
        }
    }

    fn gender_field(&self, male: bool) -> &'static str {
        match (self.opts.zh_headers, male) {
            (true, true) => "男",
            (true, false) => "女",
            (false, true) => "M",
            (false, false) => "F",
        }
    }

    fn program_field(&self, code: &'static str) -> &'static str {
        if self.opts.zh_headers {
            records::program_zh(code).unwrap_or(code)
        } else {
            code
        }
    }

    fn defect(&mut self, rule: &'static str, table: &'static str, key: String, field: &'static str, line: u64) -> Result<()> {
        self.defects.push(Defect { rule, table, key, field, line, natural: false, copy: false, amount_fen: None })
    }

    fn write_enrolment(&mut self, id: &str, e: &Enrolment) -> Result<()> {
        let as_of = self.opts.as_of;
        let mut status = match e.end {
            Some(end) if end <= as_of => "ended",
            _ => "active",
        };
        if self.ledger.is_some() {
            // A few running dibao enrolments suspended (暂停) pending a review: not paid.
            if status == "active" && e.program == "dibao" && e.defect.is_none() && id.bytes().map(u64::from).sum::<u64>() % 40 == 7 {
                status = "suspended";
            }
            self.written.push(super::payments::Written {
                id: id.to_string(),
                program: e.program,
                region: e.region.clone(),
                start: e.start,
                end: e.end,
                amount: e.amount_cents,
                suspended: status == "suspended",
                clean: e.defect.is_none(),
            });
        }
        let end = e.end.map(|d| d.to_string()).unwrap_or_default();
        self.enrolments.write_record([
            id,
            self.program_field(e.program),
            &e.region,
            &e.start.to_string(),
            &end,
            &format_fen(e.amount_cents),
            status,
        ])?;
        self.lines[1] += 1;
        if let Some((rule, key)) = &e.defect {
            let field = match *rule {
                "death.still_enrolled" => "end_date",
                "age.minor_head" => "start_date",
                _ => "id_number",
            };
            self.defects.push(Defect {
                rule,
                table: "enrolments",
                key: key.clone(),
                field,
                line: self.lines[1] + 1,
                natural: false,
                copy: false,
                amount_fen: None,
            })?;
        }
        Ok(())
    }

    /// Enrolments a person of this age would have, as of the as-of date.
    fn enrolments(&self, rng: &mut Rng, birth: Date, county: &County, death: Option<Date>) -> Vec<Enrolment> {
        let as_of = self.opts.as_of;
        let age = birth.until(as_of).ok().and_then(|s| s.total((jiff::Unit::Year, as_of)).ok()).unwrap_or(0.0) as i32;
        let mut out = Vec::new();
        let start_after = |rng: &mut Rng, earliest: Date| -> Option<Date> {
            let earliest = earliest.max(add_days(as_of, -365 * 8));
            let latest = add_days(as_of, -30);
            (earliest < latest).then(|| add_days(earliest, rng.range(0, days_between(earliest, latest))))
        };
        let adult = birthday(birth, 18);
        if age >= 80 && rng.chance(0.85) {
            if let Some(start) = start_after(rng, birthday(birth, 80)) {
                let cents = match age {
                    100.. => 50_000,
                    90..=99 => 30_000,
                    _ => 10_000,
                };
                out.push(Enrolment {
                    program: "elder_allowance",
                    region: county.code.clone(),
                    start,
                    end: None,
                    amount_cents: cents,
                    defect: None,
                });
            }
        }
        let tekun = age >= 18 && rng.chance(if age >= 60 { 0.004 } else { 0.0006 });
        if tekun {
            if let Some(start) = start_after(rng, adult) {
                out.push(Enrolment {
                    program: "tekun",
                    region: county.code.clone(),
                    start,
                    end: None,
                    amount_cents: rng.range(1800, 2600) * 100,
                    defect: None,
                });
            }
        } else if age >= 18 && rng.chance(self.opts.dibao_rate) {
            if let Some(start) = start_after(rng, adult) {
                let end = rng.chance(0.12).then(|| add_days(start, rng.range(90, 900))).filter(|e| *e < as_of);
                let cents = rng.range(300, 1368) * 100 + if rng.chance(0.3) { 50 } else { 0 };
                out.push(Enrolment { program: "dibao", region: county.code.clone(), start, end, amount_cents: cents, defect: None });
            }
        }
        if age >= 40 && rng.chance(0.003) {
            if let Some(start) = start_after(rng, adult) {
                out.push(Enrolment {
                    program: "youfu",
                    region: county.code.clone(),
                    start,
                    end: None,
                    amount_cents: rng.range(1500, 4500) * 100,
                    defect: None,
                });
            }
        }
        // Nobody is enrolled from after their death; enrolments end on the death date.
        if let Some(d) = death {
            out.retain(|e| e.start < d);
            for e in &mut out {
                e.end = Some(e.end.map_or(d, |end| end.min(d)));
            }
        }
        out
    }

    /// Past dibao spells (`--spells` per adult on average), each ended, all before the eight
    /// years the current enrolments start in, from the 18th birthday on and before a death: a
    /// clean history that no rule flags (one region, no overlap with current enrolments).
    fn past_spells(&self, i: u64, birth: Date, county: &County, death: Option<Date>) -> Vec<Enrolment> {
        let as_of = self.opts.as_of;
        let mut rng = Rng::derive(self.opts.seed, SPELLS, i);
        let rate = self.opts.spells;
        let n = rate.floor() as i64 + i64::from(rng.chance(rate.fract()));
        let adult = birthday(birth, 18);
        let first = adult.max(add_days(as_of, -365 * 20));
        let last = add_days(as_of, -365 * 8 - 1).min(death.map_or(as_of, |d| add_days(d, -1)));
        let days = days_between(first, last);
        // One spell per equal slot of the window; slots shorter than four months hold none.
        let n = n.min(days / 120);
        let mut out = Vec::new();
        for k in 0..n {
            let slot_start = add_days(first, days * k / n);
            let slot = days / n;
            let length = rng.range(90, (slot - 1).min(900));
            let start = add_days(slot_start, rng.range(0, slot - 1 - length));
            let cents = rng.range(300, 1368) * 100;
            out.push(Enrolment {
                program: "dibao",
                region: county.code.clone(),
                start,
                end: Some(add_days(start, length)),
                amount_cents: cents,
                defect: None,
            });
        }
        out
    }

    fn person(&mut self, i: u64) -> Result<()> {
        let opts = self.opts;
        let mut rng = Rng::derive(opts.seed, PERSON, i);
        let mut p = self.draw(&mut rng);
        let death = self.death(&mut rng, &p);
        let mut enrolments = self.enrolments(&mut rng, p.birth, p.county, death);
        let left_out = self.elder_allowance(i, &p, death, &mut enrolments);
        let minor_head = self.minor_head(i, &p, death);
        // Person-level defect: ID defects only on people with no other records, so the ID's
        // owner is found by exactly one rule.
        let lone = enrolments.is_empty() && death.is_none() && minor_head.is_none() && !left_out;
        let mut injected = None;
        if opts.defects > 0.0 && rng.chance(opts.defects) {
            injected = Some(self.person_defect(&mut rng, &mut p, lone)?);
        }
        let line = self.lines[0] + 2;
        self.write_person(&p)?;
        if opts.defects > 0.0 {
            self.enrolment_defects(&mut rng, &p, death, &mut enrolments)?;
        }
        // Past spells go to people whose ID number is sound: an ID defect stays the only
        // record of its owner (see `lone`).
        if opts.spells > 0.0 && !injected.is_some_and(PersonDefect::is_id) {
            for e in self.past_spells(i, p.birth, p.county, death) {
                self.write_enrolment(&p.id, &e)?;
            }
        }
        for e in &enrolments {
            self.write_enrolment(&p.id, e)?;
        }
        if let Some(mut e) = minor_head {
            e.defect = Some(("age.minor_head", format!("{}|dibao", p.id)));
            self.write_enrolment(&p.id, &e)?;
            enrolments.push(e);
        }
        self.not_enrolled(&p, death, &enrolments, line, left_out)?;
        if let Some(d) = death {
            // The death record copies the name: a blank one is found there too.
            self.write_death(&mut rng, &p, d, injected == Some(PersonDefect::NameBlank))?;
        }
        self.pay(i, &p.id, death)?;
        self.card(i, &p.id, p.birth, death, injected)
    }

    /// The elder allowance of a living person who has reached its age but was not drawn an
    /// enrolment in it: enrolled from a day after the birthday, as the bureau finds them, or
    /// (at six times the defect rate: a share of the elderly never apply) left out for
    /// eligible.not_enrolled to find, when it returns true.
    fn elder_allowance(&self, i: u64, p: &Person, death: Option<Date>, enrolments: &mut Vec<Enrolment>) -> bool {
        let (opts, as_of) = (self.opts, self.opts.as_of);
        if death.is_some() || enrolments.iter().any(|e| e.program == "elder_allowance" && covers(e, as_of)) {
            return false;
        }
        let rules = crate::ops::check::Params::default().program_rules();
        let Some(rule) = rules.get("elder_allowance") else {
            return false;
        };
        let facts = Facts { id_number: &p.id, birth_date: Some(p.birth), region_code: &p.region, ..Facts::default() };
        let Ok(e) = rule.check(&facts, as_of) else {
            return false;
        };
        let mut rng = Rng::derive(opts.seed, ELIGIBLE, i);
        if opts.defects > 0.0 && rng.chance((opts.defects * 6.0).min(0.5)) {
            return true;
        }
        let earliest = e.since.unwrap_or(as_of).max(add_days(as_of, -365 * 8)).min(as_of);
        let start = add_days(earliest, rng.range(0, days_between(earliest, as_of)));
        enrolments.insert(
            0,
            Enrolment {
                program: "elder_allowance",
                region: p.county.code.clone(),
                start,
                end: None,
                amount_cents: e.monthly_fen.unwrap_or(10_000),
                defect: None,
            },
        );
        false
    }

    /// The person as written, judged by each program's default rule on the as-of date: one
    /// eligible.not_enrolled finding per program they meet without an enrolment covering the
    /// day (the people left out on purpose, and any a defect in their row makes look eligible).
    fn not_enrolled(&mut self, p: &Person, death: Option<Date>, enrolments: &[Enrolment], line: u64, left_out: bool) -> Result<()> {
        let as_of = self.opts.as_of;
        if death.is_some_and(|d| d <= as_of) {
            return Ok(());
        }
        let held: Vec<String> = enrolments.iter().filter(|e| covers(e, as_of)).map(|e| e.program.to_string()).collect();
        let region = match &p.dup {
            Some((_, other)) => other.clone().min(p.region.clone()),
            None => p.region.clone(),
        };
        let facts =
            Facts { id_number: &p.id, birth_date: p.birth_field.parse().ok(), region_code: &region, death_date: None, programs: &held };
        for (program, rule) in crate::ops::check::Params::default().program_rules() {
            if held.contains(&program) {
                continue;
            }
            let Ok(e) = rule.check(&facts, as_of) else {
                continue;
            };
            self.defects.push(Defect {
                rule: "eligible.not_enrolled",
                table: "people",
                key: format!("{}|{program}", p.id),
                field: "birth_date",
                line,
                natural: !left_out,
                copy: false,
                amount_fen: e.monthly_fen.map(|fen| -fen),
            })?;
        }
        Ok(())
    }

    /// The payments for the enrolments just written: the person's, and an enrolment of someone
    /// missing from the register (enrolment.person_missing), paid as any other.
    fn pay(&mut self, i: u64, id: &str, death: Option<Date>) -> Result<()> {
        let Some(ledger) = self.ledger.as_mut() else {
            return Ok(());
        };
        let written = std::mem::take(&mut self.written);
        let counties: Vec<String> = self.area.counties.iter().map(|c| c.code.clone()).collect();
        let mut holders: Vec<&str> = Vec::new();
        for w in &written {
            if !holders.contains(&w.id.as_str()) {
                holders.push(&w.id);
            }
        }
        for holder in holders {
            let es: Vec<&super::payments::Written> = written.iter().filter(|w| w.id == holder).collect();
            let death = if holder == id { death } else { None };
            ledger.holder(i, &es, death, self.opts.defects, &counties, self.defects)?;
        }
        // The vector again for the next person's (no allocation per person).
        self.written = written;
        self.written.clear();
        Ok(())
    }

    /// A person as the register would hold them: county, gender, birth date, ID number, name,
    /// phone, address and ethnicity.
    fn draw(&mut self, rng: &mut Rng) -> Person<'a> {
        let as_of = self.opts.as_of;
        let area = self.area;
        let county_idx = self.county_weights.sample(rng);
        let county = &area.counties[county_idx];
        let male = rng.chance(MALE_SHARE);
        let band = self.ages.sample(rng) as i64;
        let age_days = band * 5 * 365 + rng.range(0, 5 * 365 - 1);
        let birth = add_days(as_of, -age_days - 1);
        // Address code: where the number was first issued. Some people born before their
        // county was recoded still carry the retired code, as real populations do.
        let mut addr = county.id_code.as_str();
        let mut natural_retired = false;
        if let Some((old, _)) = county.retired.iter().find(|(_, last)| i32::from(birth.year()) <= *last) {
            if rng.chance(0.12) {
                addr = old;
                natural_retired = true;
            }
        }
        let addr = addr.to_string();
        let (id, birth) = self.new_id(rng, &addr, birth, male);
        let name = self.name(rng, male);
        let gender = self.gender_field(male).to_string();
        let phone = if rng.chance(0.95) { format!("{}{:08}", rng.pick(MOBILE_PREFIXES), rng.below(100_000_000)) } else { String::new() };
        let address = self.address(rng, county);
        let ethnicity = names::ETHNICITIES[self.ethnicities.sample(rng)].0;
        Person {
            county_idx,
            county,
            male,
            birth,
            age: age_days / 365,
            natural_retired,
            birth_field: birth.to_string(),
            region: county.code.clone(),
            id,
            name,
            gender,
            phone,
            address,
            ethnicity,
            dup: None,
        }
    }

    /// The death date, if the person died within the last `death_years` years (likelier with
    /// age; two years draw as they always did).
    fn death(&self, rng: &mut Rng, p: &Person) -> Option<Date> {
        let (as_of, years) = (self.opts.as_of, self.opts.death_years);
        let annual = match p.age {
            0..=39 => 0.0008,
            40..=59 => 0.004,
            60..=69 => 0.011,
            70..=79 => 0.03,
            80..=89 => 0.08,
            _ => 0.2,
        };
        rng.chance(annual * f64::from(years)).then(|| add_days(as_of, -rng.range(1, 365 * i64::from(years)))).filter(|d| *d > p.birth)
    }

    /// A dibao enrolment in the name of a living minor (age.minor_head), at a quarter of the
    /// defect rate (rarer than the other defects), started after the birth and a month
    /// before the as-of date, so before the 18th birthday.
    fn minor_head(&self, i: u64, p: &Person, death: Option<Date>) -> Option<Enrolment> {
        let opts = self.opts;
        if !(opts.defects > 0.0 && p.age < 18 && death.is_none()) {
            return None;
        }
        let mut mrng = Rng::derive(opts.seed, MINOR, i);
        let earliest = add_days(p.birth, 1).max(add_days(opts.as_of, -365 * 8));
        let latest = add_days(opts.as_of, -30);
        if !(mrng.chance(opts.defects / 4.0) && earliest < latest) {
            return None;
        }
        let start = add_days(earliest, mrng.range(0, days_between(earliest, latest)));
        let cents = mrng.range(300, 1368) * 100;
        Some(Enrolment { program: "dibao", region: p.county.code.clone(), start, end: None, amount_cents: cents, defect: None })
    }

    /// One person-level defect in `p`'s row, recorded in the manifest.
    fn person_defect(&mut self, rng: &mut Rng, p: &mut Person, lone: bool) -> Result<PersonDefect> {
        use PersonDefect::*;
        let kinds = self.person_defects_possible(p, lone);
        let kind = *rng.pick(&kinds);
        let line = self.lines[0] + 2;
        let valid_id = p.id.clone();
        let mut rule = self.inject(rng, p, kind);
        if matches!(kind, IdDate | IdRegion) && !self.broken_ids.insert(p.id.clone()) {
            p.id = bad_check_char(rng, &valid_id);
            rule = ("id.checksum", "id_number");
        }
        self.defect(rule.0, "people", p.id.clone(), rule.1, line)?;
        Ok(kind)
    }

    /// The person-level defects `p` can carry; ID defects only when the person is `lone` (has
    /// no other records) and their number holds no retired address code.
    fn person_defects_possible(&self, p: &Person, lone: bool) -> Vec<PersonDefect> {
        use PersonDefect::*;
        let mut kinds = vec![GenderMismatch, BirthMismatch, NameBlank, NameChars, RegionUnknown, RegionLevel];
        if self.area.counties.len() > 1 {
            kinds.push(DupPerson);
        }
        if !p.phone.is_empty() {
            kinds.push(Phone);
        }
        if !p.county.retired.is_empty() {
            kinds.push(RegionRetired);
        }
        if lone && !p.natural_retired {
            kinds.extend([IdChecksum, IdDate, IdRegion, IdFullWidth]);
            if p.id.ends_with('X') {
                kinds.push(IdLowercaseX);
            }
            if (1900..2000).contains(&p.birth.year()) {
                kinds.push(IdFifteen);
            }
        }
        kinds
    }

    /// Puts the defect `kind` into `p`'s row; the rule that finds it and the field.
    fn inject(&self, rng: &mut Rng, p: &mut Person, kind: PersonDefect) -> (&'static str, &'static str) {
        use PersonDefect::*;
        let area = self.area;
        let id = &mut p.id;
        match kind {
            IdChecksum => {
                *id = bad_check_char(rng, id);
                ("id.checksum", "id_number")
            }
            IdDate => {
                let body = if rng.chance(0.5) {
                    // Impossible: month 13, day 32, or 30 February.
                    let date = *rng.pick(&["13", "02", "00"]);
                    let day = if date == "02" { "30" } else { "15" };
                    format!("{}{}{}{}{}", &id[..6], &id[6..10], date, day, &id[14..17])
                } else {
                    let future = self.opts.as_of.year() as i64 + rng.range(1, 5);
                    format!("{}{future}{}", &id[..6], &id[10..17])
                };
                *id = format!("{body}{}", idnum::check_char(body.as_bytes()) as char);
                ("id.date", "id_number")
            }
            IdRegion => {
                let body = format!("{}{}", area.unknown_code, &id[6..17]);
                *id = format!("{body}{}", idnum::check_char(body.as_bytes()) as char);
                ("id.region", "id_number")
            }
            IdLowercaseX => {
                id.replace_range(17.., "x");
                ("id.lowercase_x", "id_number")
            }
            IdFifteen => {
                *id = format!("{}{}", &id[..6], &id[8..17]);
                ("id.fifteen_digit", "id_number")
            }
            IdFullWidth => {
                *id = to_fullwidth(id);
                ("id.format", "id_number")
            }
            GenderMismatch => {
                p.gender = self.gender_field(!p.male).to_string();
                ("person.gender_mismatch", "gender")
            }
            BirthMismatch => {
                let shift = rng.range(1, 400) * if rng.chance(0.5) { 1 } else { -1 };
                p.birth_field = add_days(p.birth, shift).to_string();
                ("person.birth_mismatch", "birth_date")
            }
            NameBlank => {
                p.name.clear();
                ("person.name_blank", "name")
            }
            NameChars => {
                let mut chars: Vec<char> = p.name.chars().collect();
                match rng.below(3) {
                    0 => chars.insert(1, ' '),
                    1 => chars.push(char::from(b'0' + rng.below(10) as u8)),
                    _ => chars.push('A'),
                }
                p.name = chars.into_iter().collect();
                ("person.name_chars", "name")
            }
            Phone => {
                p.phone = if rng.chance(0.5) { p.phone[..10].to_string() } else { format!("12{}", &p.phone[2..]) };
                ("phone.format", "phone")
            }
            RegionUnknown => {
                p.region = area.unknown_code.clone();
                ("region.unknown", "region_code")
            }
            RegionLevel => {
                p.region = format!("{}0000", &p.county.code[..2]);
                ("region.level", "region_code")
            }
            RegionRetired => {
                p.region = rng.pick(&p.county.retired).0.clone();
                ("region.retired", "region_code")
            }
            DupPerson => {
                // The same ID registered again in another district, under another name.
                let others: Vec<&County> = area.counties.iter().filter(|c| c.code != p.county.code).collect();
                p.dup = Some((self.name(rng, p.male), rng.pick(&others).code.clone()));
                ("dup.person", "name")
            }
        }
    }

    /// The person's row, and the second row of a duplicated ID. A retired address code is
    /// information on every row that holds the number.
    fn write_person(&mut self, p: &Person) -> Result<()> {
        let rows = if p.dup.is_some() { 2 } else { 1 };
        if p.natural_retired {
            for n in 0..rows {
                let line = self.lines[0] + 2 + n;
                self.defects.push(Defect {
                    rule: "id.region",
                    table: "people",
                    key: p.id.clone(),
                    field: "id_number",
                    line,
                    natural: true,
                    copy: n > 0,
                    amount_fen: None,
                })?;
            }
        }
        let mut row = [p.id.as_str(), &p.name, &p.gender, &p.birth_field, &p.region, &p.phone, &p.address, p.ethnicity];
        self.people.write_record(row)?;
        self.lines[0] += 1;
        if let Some((other_name, other_region)) = &p.dup {
            row[1] = other_name;
            row[4] = other_region;
            self.people.write_record(row)?;
            self.lines[0] += 1;
        }
        Ok(())
    }

    /// Enrolment-level defects in `enrolments`: some changed, some added; an enrolment of a
    /// person missing from the register is written at once.
    fn enrolment_defects(&mut self, rng: &mut Rng, p: &Person, death: Option<Date>, enrolments: &mut Vec<Enrolment>) -> Result<()> {
        use EnrolmentDefect::*;
        let opts = self.opts;
        let mut extra: Vec<Enrolment> = Vec::new();
        for e in enrolments.iter_mut() {
            // Audits find benefits still paid after death far more often than other
            // defects: a dead enrollee is still paid at five times the defect rate.
            if death.is_some() && rng.chance((opts.defects * 5.0).min(0.5)) {
                e.end = None;
                e.defect = Some(("death.still_enrolled", format!("{}|{}", p.id, e.program)));
                continue;
            }
            if !rng.chance(opts.defects) {
                continue;
            }
            let mut kinds = vec![DupEnrolment, PersonMissing];
            if death.is_some() {
                kinds.push(StillEnrolled);
            }
            if e.program == "dibao" && e.end.is_none_or(|end| end > opts.as_of) {
                kinds.push(Exclusive);
            }
            if (18..80).contains(&p.age) {
                kinds.push(AgeEligibility);
            }
            let kind = *rng.pick(&kinds);
            extra.extend(self.enrolment_defect(rng, p, e, kind)?);
        }
        enrolments.extend(extra);
        Ok(())
    }

    /// Puts the defect `kind` into `e`, or into an enrolment added beside it (returned).
    fn enrolment_defect(&mut self, rng: &mut Rng, p: &Person, e: &mut Enrolment, kind: EnrolmentDefect) -> Result<Option<Enrolment>> {
        use EnrolmentDefect::*;
        let (as_of, area, id) = (self.opts.as_of, self.area, &p.id);
        let added = match kind {
            StillEnrolled => {
                e.end = None;
                e.defect = Some(("death.still_enrolled", format!("{id}|{}", e.program)));
                None
            }
            DupEnrolment => {
                let other =
                    area.counties.iter().filter(|c| c.code != e.region).nth(rng.below(area.counties.len().max(2) as u64 - 1) as usize);
                other.map(|other| Enrolment {
                    program: e.program,
                    region: other.code.clone(),
                    start: later_start(e, rng.range(1, 60), as_of),
                    end: e.end,
                    amount_cents: e.amount_cents,
                    defect: Some(("dup.enrolment", format!("{id}|{}", e.program))),
                })
            }
            Exclusive => Some(Enrolment {
                program: "tekun",
                region: e.region.clone(),
                start: later_start(e, rng.range(1, 90), as_of),
                end: e.end,
                amount_cents: rng.range(1800, 2600) * 100,
                defect: Some(("excl.programs", format!("{id}|dibao+tekun"))),
            }),
            AgeEligibility => Some(Enrolment {
                program: "elder_allowance",
                region: e.region.clone(),
                start: e.start,
                end: e.end,
                amount_cents: 10_000,
                defect: Some(("age.eligibility", format!("{id}|elder_allowance"))),
            }),
            PersonMissing => {
                let b = add_days(as_of, -rng.range(25 * 365, 70 * 365));
                let male = rng.chance(0.5);
                let (orphan, _) = self.new_id(rng, &p.county.id_code, b, male);
                let key = format!("{orphan}|{}", e.program);
                let o = Enrolment {
                    program: e.program,
                    region: e.region.clone(),
                    start: e.start,
                    end: None,
                    amount_cents: e.amount_cents,
                    defect: Some(("enrolment.person_missing", key)),
                };
                self.write_enrolment(&orphan, &o)?;
                None
            }
        };
        Ok(added)
    }

    /// The death record, with a cremation certificate number of the county and year.
    fn write_death(&mut self, rng: &mut Rng, p: &Person, d: Date, name_blank: bool) -> Result<()> {
        let n = self.cremations.entry((p.county_idx, d.year())).or_insert(0);
        *n += 1;
        let cremation_no = format!("{}殡火字{}-{:04}", p.county.short, d.year(), n);
        let source = DEATH_SOURCES[self.death_sources.sample(rng)].0;
        self.deaths.write_record([p.id.as_str(), &p.name, &d.to_string(), &cremation_no, source])?;
        self.lines[2] += 1;
        if name_blank {
            let line = self.lines[2] + 1;
            self.defects.push(Defect {
                rule: "person.name_blank",
                table: "deaths",
                key: p.id.clone(),
                field: "name",
                line,
                natural: false,
                copy: true,
                amount_fen: None,
            })?;
        }
        Ok(())
    }

    /// An elder card (`--cards`, see [`super::cards`]): a share of the people 60 or older on
    /// the card day hold one, numbered in the order generated. People with no defect hold one
    /// as `cert issue` issues it; some whose stored ID number is malformed (but still names
    /// them) hold one from an older system. A holder who has died keeps a valid card.
    fn card(&mut self, i: u64, id: &str, birth: Date, death: Option<Date>, injected: Option<PersonDefect>) -> Result<()> {
        use PersonDefect::*;
        let opts = self.opts;
        let Some(cards) = self.cards.as_mut() else {
            return Ok(());
        };
        let legacy = match injected {
            None => false,
            Some(IdChecksum | IdLowercaseX | IdFifteen) => true,
            Some(_) => return Ok(()),
        };
        if birthday(birth, 60) > super::cards::card_day(opts.as_of) || !Rng::derive(opts.seed, CARDS, i).chance(opts.cards) {
            return Ok(());
        }
        cards.write_record([id, if legacy { "1" } else { "0" }])?;
        self.lines[3] += 1;
        let (n, line) = (self.lines[3], self.lines[3] + 1);
        let key = super::cards::identifier(&opts.region, opts.as_of, n);
        if legacy {
            self.defects.push(Defect {
                rule: "cert.holder_invalid",
                table: "certificates",
                key: key.clone(),
                field: "holder_id",
                line,
                natural: false,
                copy: false,
                amount_fen: None,
            })?;
        }
        if death.is_some() {
            self.defects.push(Defect {
                rule: "cert.holder_dead",
                table: "certificates",
                key,
                field: "status",
                line,
                natural: true,
                copy: false,
                amount_fen: None,
            })?;
        }
        Ok(())
    }
}

pub fn generate(
    opts: &SeedOptions,
    area: &Area,
    manifest: &mut Manifest,
    defects: &mut Defects,
    progress: &mut dyn FnMut(u64),
) -> Result<()> {
    let zh = opts.zh_headers;
    let file = |name: &str, cols: &[records::Column]| writer::create(&opts.out.join(name), opts.encoding, &records::headers(cols, zh));
    let mut weights_rng = Rng::derive(opts.seed, 0, 0);
    let codes: HashMap<String, usize> = area
        .counties
        .iter()
        .flat_map(|c| [c.code.clone(), c.id_code.clone()].into_iter().chain(c.retired.iter().map(|r| r.0.clone())))
        .fold(HashMap::new(), |mut m, code| {
            let n = m.len();
            m.entry(code).or_insert(n);
            m
        });
    let mut g = Gen {
        opts,
        area,
        ages: Weighted::new(AGE_BANDS.iter().copied()),
        surnames: Weighted::new(names::SURNAMES.iter().map(|s| s.1)),
        ethnicities: Weighted::new(names::ETHNICITIES.iter().map(|s| s.1)),
        death_sources: Weighted::new(DEATH_SOURCES.iter().map(|s| s.1)),
        county_weights: Weighted::new(area.counties.iter().map(|c| c.townships.len().max(8) as u64 * weights_rng.range(6, 14) as u64)),
        seqs: vec![0; codes.len() * SEQ_DAYS as usize * 2],
        codes,
        first_day: add_days(opts.as_of, -(SEQ_DAYS - 1)),
        cremations: HashMap::new(),
        broken_ids: std::collections::HashSet::new(),
        people: file("people.csv", records::PEOPLE)?,
        enrolments: file("enrolments.csv", records::ENROLMENTS)?,
        deaths: file("deaths.csv", records::DEATHS)?,
        cards: (opts.cards > 0.0)
            .then(|| writer::create(&opts.out.join("cards.csv"), writer::Encoding::Utf8, &["id_number", "legacy"]))
            .transpose()?,
        lines: [0; 4],
        defects,
        ledger: (opts.payment_months > 0)
            .then(|| -> Result<_> {
                let out = file("payments.csv", records::PAYMENTS)?;
                Ok(super::payments::Ledger::new(out, opts.as_of, opts.payment_months, zh, opts.seed))
            })
            .transpose()?,
        written: Vec::new(),
    };
    for i in 0..opts.people {
        g.person(i)?;
        if i.is_multiple_of(4096) {
            progress(i);
        }
    }
    progress(opts.people);
    g.people.flush()?;
    g.enrolments.flush()?;
    g.deaths.flush()?;
    manifest.files.insert("people.csv".into(), g.lines[0]);
    manifest.files.insert("enrolments.csv".into(), g.lines[1]);
    manifest.files.insert("deaths.csv".into(), g.lines[2]);
    if let Some(ledger) = g.ledger.take() {
        manifest.files.insert("payments.csv".into(), ledger.finish(g.defects)?);
    }
    if let Some(cards) = g.cards.as_mut() {
        cards.flush()?;
        manifest.files.insert("cards.csv".into(), g.lines[3]);
    }
    let orgs = organizations(opts, area, g.defects)?;
    manifest.files.insert("organizations.csv".into(), orgs);
    Ok(())
}

/// Social organizations registered by the civil-affairs bureaus of the area.
fn organizations(opts: &SeedOptions, area: &Area, defects: &mut Defects) -> Result<u64> {
    let zh = opts.zh_headers;
    let mut w = writer::create(&opts.out.join("organizations.csv"), opts.encoding, &records::headers(records::ORGANIZATIONS, zh))?;
    let n = (opts.people / 500).max(5);
    let city = area.name.trim_end_matches("市").trim_end_matches("省").to_string();
    let mut seq_by_type: HashMap<char, u32> = HashMap::new();
    for i in 0..n {
        let mut rng = Rng::derive(opts.seed, ORG, i);
        let county = rng.pick(&area.counties);
        let (ty, ty_zh, suffixes) = match rng.below(10) {
            0..=4 => ('1', "社会团体", names::ORG_SUFFIX_51),
            5..=8 => ('2', "社会服务机构", names::ORG_SUFFIX_52),
            _ => ('3', "基金会", names::ORG_SUFFIX_53),
        };
        let city_level = ty == '3' || rng.chance(0.3);
        let reg = if city_level { county.city.clone() } else { county.code.clone() };
        let seq = seq_by_type.entry(ty).or_insert(0);
        *seq += 1;
        let mut code = uscc::make('5', ty, &reg, 10_000 * (i as u32 % 9000 + 1) + *seq);
        let place = if city_level { city.clone() } else { county.short.clone() };
        let name = format!("{place}{}{}", rng.pick(names::ORG_TOPICS), rng.pick(suffixes));
        let registered = add_days(opts.as_of, -rng.range(60, 25 * 365));
        let rep = format!("{}{}", rng.pick(&["王", "李", "张", "刘", "陈", "杨", "黄", "吴"]), rng.pick(names::MALE_CHARS));
        let status = if rng.chance(0.93) { "active" } else { "cancelled" };
        let mut ty_field = ty_zh;
        if opts.defects > 0.0 && rng.chance(opts.defects) {
            let rule = if rng.chance(0.5) {
                let good = code.as_bytes()[17];
                let bad = *uscc::ALPHABET.iter().filter(|c| **c != good).nth(rng.below(30) as usize).unwrap_or(&b'0');
                code.replace_range(17.., &(bad as char).to_string());
                "org.uscc_checksum"
            } else if rng.chance(0.5) {
                // Registered by market regulation (authority 9), not civil affairs: valid check char.
                code = uscc::make('9', '1', &reg, 10_000 * (i as u32 % 9000 + 1) + *seq);
                "org.uscc_authority"
            } else {
                // Type digit disagrees with the recorded organization type.
                ty_field = if ty == '1' { "基金会" } else { "社会团体" };
                "org.uscc_authority"
            };
            defects.push(Defect {
                rule,
                table: "organizations",
                key: code.clone(),
                field: "uscc",
                line: i + 2,
                natural: false,
                copy: false,
                amount_fen: None,
            })?;
        }
        w.write_record([code.as_str(), &name, ty_field, &reg, &registered.to_string(), &rep, status])?;
    }
    w.flush()?;
    Ok(n)
}
