//! The rule catalogue, as data: what each rule finds, why it matters, how to fix it.
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Info,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
    pub fn parse(s: &str) -> Option<Severity> {
        [Severity::Error, Severity::Warning, Severity::Info].into_iter().find(|v| v.as_str() == s)
    }
}

/// Where a rule looks: one record at a time, or across records (set-based SQL).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Scope {
    Record,
    Cross,
}

#[derive(Debug, Serialize)]
pub struct Rule {
    pub id: &'static str,
    pub severity: Severity,
    pub scope: Scope,
    /// The record tables the rule reads.
    pub tables: &'static [&'static str],
    pub title: &'static str,
    pub explanation: &'static str,
    pub fix: &'static str,
    pub example: &'static str,
    /// `check fix` can repair it without a human decision.
    pub auto_fix: bool,
}

impl Rule {
    /// The title in the interface language (the catalogue's `rule-<id>-title`).
    pub fn title_text(&self) -> String {
        self.text("title", self.title)
    }
    /// What it finds and why it matters, in the interface language.
    pub fn explanation_text(&self) -> String {
        self.text("why", self.explanation)
    }
    /// How to fix it, in the interface language.
    pub fn fix_text(&self) -> String {
        self.text("fix", self.fix)
    }
    /// An example of what it finds, in the interface language.
    pub fn example_text(&self) -> String {
        self.text("example", self.example)
    }
    /// English is this table (what `--json` carries); other languages are in their catalogues.
    fn text(&self, part: &str, en: &str) -> String {
        if !crate::i18n::is_zh() {
            return en.to_string();
        }
        crate::i18n::lookup(&format!("rule-{}-{part}", crate::i18n::slug(self.id))).unwrap_or_else(|| en.to_string())
    }
}

const ID_TABLES: &[&str] = &["people", "enrolments", "deaths"];
const RECORD_TABLES: &[&str] = &["people", "enrolments", "deaths", "organizations"];

macro_rules! rule {
    ($id:literal, $sev:ident, $scope:ident, $tables:expr, $fix_auto:literal, $title:literal, $explanation:literal, $fix:literal, $example:literal) => {
        Rule {
            id: $id,
            severity: Severity::$sev,
            scope: Scope::$scope,
            tables: $tables,
            title: $title,
            explanation: $explanation,
            fix: $fix,
            example: $example,
            auto_fix: $fix_auto,
        }
    };
}

/// Every rule, in the order runs report them.
pub static RULES: &[Rule] = &[
    rule!("id.format", Error, Record, ID_TABLES, true,
        "ID number has the wrong length or characters",
        "A resident ID number (GB 11643) is 17 digits and a check character (0-9 or X). Full-width digits or stray spaces mean the number was typed or exported badly; matching against other sources fails on it: a warning, as normalizing repairs them (a strict import stores the repaired number). Other characters, the wrong length, a missing number or one damaged by Excel are errors.",
        "Full-width characters and stray spaces are fixed by `mzctl check fix`; anything else needs the number from the source document.",
        "１１０１０５１９４９１２３１００２Ｘ (full-width) → 11010519491231002X"),
    rule!("id.checksum", Error, Record, ID_TABLES, false,
        "ID number fails its check character",
        "The 18th character is ISO 7064 MOD 11-2 over the first 17 digits. A mismatch means at least one digit is wrong: the number belongs to nobody, or to someone else.",
        "Look the number up on the source document; never recompute the check character to make it pass.",
        "110105194912310021 (check character should be X)"),
    rule!("id.date", Error, Record, ID_TABLES, false,
        "ID number carries an impossible or future birth date",
        "Digits 7-14 are the birth date YYYYMMDD. Month 13, 30 February or a date after the check date cannot be a real person's. It implies a second finding where the record's birth_date holds the same impossible date: record.unparsed (that date cannot be read either). With an invalid number the gender and birth date cannot be compared with it, so no mismatch is reported.",
        "Correct the number from the source document.",
        "110105194913310012 (month 13)"),
    rule!("id.region", Error, Record, ID_TABLES, false,
        "ID address code is in no published list",
        "Digits 1-6 are the address code where the number was first issued; it never changes, so a retired code is still valid (reported as info, for information only). A code absent from every published list is a warning: usually a typing error, but some valid numbers carry such codes. A code under a province that never existed (99, 00) is an error.",
        "Error: check the number against the source document. Info: nothing to do; the person keeps the number for life.",
        "999999199001010011 (no region 999999 ever existed)"),
    rule!("id.lowercase_x", Warning, Record, ID_TABLES, true,
        "ID number ends in a lowercase x",
        "The check character ten is an uppercase X. A lowercase x is a data-entry variant that breaks exact matching between systems.",
        "`mzctl check fix --rule id.lowercase_x` uppercases it.",
        "11010519491231002x → 11010519491231002X"),
    rule!("id.fifteen_digit", Warning, Record, ID_TABLES, true,
        "ID number in the legacy 15-digit form",
        "Numbers issued before 1999 had 15 digits (two-digit year, no check character). Systems match on the 18-digit form.",
        "`mzctl check fix --rule id.fifteen_digit` converts it (adds 19 to the year and the check character).",
        "110105491231002 → 11010519491231002X"),
    rule!("person.gender_mismatch", Error, Record, &["people"], false,
        "Recorded gender contradicts the ID number",
        "The 17th digit of the ID number is odd for men and even for women. A disagreement means either the gender or the ID number was recorded wrongly, or the record belongs to someone else.",
        "Check both against the ID card; correct the wrong one.",
        "ID …0021X with gender 女"),
    rule!("person.birth_mismatch", Error, Record, &["people"], false,
        "Recorded birth date contradicts the ID number",
        "The birth date is part of the ID number. A different recorded date breaks age-based eligibility (senior allowances) and suggests a wrong person.",
        "Take the date from the ID number unless the ID number itself is wrong.",
        "ID 110105194912310021 with birth date 1950-01-31"),
    rule!("person.name_blank", Error, Record, &["people", "deaths"], false,
        "Name is blank",
        "Every person and death record needs the name: audits match names against other sources.",
        "Fill the name in from the source document.",
        "(empty name)"),
    rule!("person.name_chars", Warning, Record, &["people"], false,
        "Name holds digits, Latin letters, stray punctuation, spaces or unreadable characters",
        "A Chinese name is Han characters (with a middle dot · for some ethnic names). Digits, Latin letters, full-width characters or inner spaces come from typing or OCR errors and break matching. A replacement character (\u{FFFD}) or a control character stands for bytes that were not text: the name was written by a system in another encoding and is lost (an error, which a strict import rejects; the other cases are warnings).",
        "Correct the name from the ID card.",
        "张 三, 李四2, 王五A"),
    rule!("phone.format", Warning, Record, &["people"], false,
        "Phone number is neither a mainland mobile nor a landline",
        "A mainland mobile number is 11 digits starting 1[3-9]; a landline has an area code (0 + 2-3 digits) and 7-8 digits. Anything else cannot be called.",
        "Ask the person or the case worker for the current number.",
        "1381234567 (10 digits), 12812345678"),
    rule!("region.unknown", Error, Record, &["people", "enrolments", "organizations"], false,
        "Region code is in no published list",
        "Region codes (GB/T 2260) are 6 digits (or 9/12 for townships and villages). A code in no list of any year cannot be placed on the map or counted in any district's figures.",
        "Find the right code with `mzctl region search NAME`.",
        "449999"),
    rule!("region.retired", Warning, Record, &["people", "enrolments", "organizations"], true,
        "Region code has been retired",
        "Region codes change every year: counties become districts, districts merge. A retired code puts the record in a unit that no longer exists, so it drops out of today's district statistics.",
        "`mzctl check fix --rule region.retired` moves records to the successor when there is exactly one; otherwise choose among the successors (`mzctl region resolve CODE`).",
        "440183 (增城市, now 增城区 440118)"),
    rule!("region.level", Error, Record, &["people"], false,
        "A person's region is above county level",
        "People are registered in a county-level unit or below (township, village). A province or prefecture code (xx0000, xxxx00 with districts) says only roughly where someone lives.",
        "Record the county, township or village code.",
        "440000 (the province)"),
    rule!("record.unparsed", Error, Record, RECORD_TABLES, false,
        "A value cannot be read, or a required one is missing",
        "A date that is no date (2024-02-30), an amount that is no number, a gender, program or organization type outside its list, or a blank required field (start date, death date, organization name or type). The record cannot be stored in a typed column, so an import rejects it even with --lenient; the rest of the row is still checked, and each of its other faults is reported by its own rule. A faulty ID number implies some of these: a birth date column holding the same impossible date as the ID number is reported here too, beside id.date.",
        "Correct the value from the source document (dates as YYYY-MM-DD, amounts in yuan with at most two decimals).",
        "birth date 1978-02-30; monthly amount 八百; gender X"),
    rule!("enrolment.dates", Error, Record, &["enrolments"], false,
        "Enrolment ends before it starts",
        "An enrolment's end date before its start date is a typing error in one of the two: the months paid cannot be counted, and overlap checks take the period the other way round.",
        "Correct the date from the decision document.",
        "start 2024-05-01, end 2024-03-31"),
    rule!("death.future", Error, Record, &["deaths"], false,
        "Death date after the check date",
        "A death cannot be recorded before it happens: a death date after the check date is a typing error (often the year), and it hides the payments made after the real death.",
        "Correct the date from the death or cremation certificate.",
        "death date 2062-03-01 in a 2026 check"),
    rule!("org.uscc_format", Error, Record, &["organizations"], false,
        "Credit code has the wrong length or characters",
        "A unified social credit code (GB 32100) is 18 characters from 0-9 and A-Y without I, O, S, V, Z.",
        "Take the code from the registration certificate.",
        "51440100MJ0000001 (17 characters)"),
    rule!("org.uscc_checksum", Error, Record, &["organizations"], false,
        "Credit code fails its check character",
        "The 18th character is a MOD 31 check over the first 17. A mismatch means a mistyped code that matches no registered organization.",
        "Take the code from the registration certificate.",
        "51440100MJ00000012 (check character should differ)"),
    rule!("org.uscc_authority", Error, Record, &["organizations"], false,
        "Credit code is not a civil-affairs registration of this type",
        "Organizations registered by civil affairs have authority digit 5, and the type digit matches the organization type: 1 social group (社会团体), 2 social service organization (社会服务机构), 3 foundation (基金会).",
        "Check the registration: an authority 9 code is a company registered by market regulation; a wrong type digit means the recorded type or the code is wrong.",
        "91440100… recorded as a 社会团体"),
    rule!("dup.person", Error, Cross, &["people"], false,
        "Same ID number recorded twice with different names or birth dates",
        "One ID number is one person. Two people rows with the same number and a different name or birth date mean a mistyped number or a person registered twice in different districts.",
        "Decide which record is right with the districts involved; remove or correct the other.",
        "440103… as 张三 in 440103 and as 李四 in 440104"),
    rule!("dup.enrolment", Error, Cross, &["enrolments"], false,
        "Same person enrolled in the same program in two regions at once",
        "A person receives a benefit from one district. Overlapping enrolments in the same program in two regions mean a double payment. `overlap_grace_days` in --rules tolerates short overlaps of a move between districts.",
        "Keep the enrolment of the district of residence; end the other and recover what it paid.",
        "dibao in 440103 from 2024-01 and in 440104 from 2024-02"),
    rule!("excl.programs", Error, Cross, &["enrolments"], false,
        "Enrolled in mutually exclusive programs at the same time",
        "Some programs exclude each other: extreme poverty support (特困) already covers what minimum living allowance (低保) pays. Pairs are configurable (`exclusive` in --rules); `overlap_grace_days` tolerates short overlaps of a handover.",
        "End one of the two enrolments and recover the overlap.",
        "dibao and tekun both active since 2025-03"),
    rule!("death.still_enrolled", Error, Cross, &["enrolments", "deaths"], false,
        "Benefit still paid after the holder's death",
        "Benefits are paid by the month: the month of death is due, the months after it are not. An enrolment still running after the end of the month of its holder's death keeps paying. The finding reports the whole months paid after the death month (up to the check date) and the amount overpaid (months × monthly amount); `grace_months` in --rules tolerates late death reports.",
        "`mzctl death apply` ends the enrolment at the end of the month of death (or on the death date) and records the overpaid amount to recover (`mzctl death recoveries`).",
        "dibao 800.00 yuan a month, holder died 2026-02-10: 4 months, 3200.00 yuan overpaid"),
    rule!("age.eligibility", Error, Cross, &["enrolments"], false,
        "Paid before reaching the program's minimum age",
        "Senior allowances have age rules: elder_allowance (高龄津贴) starts at 80. Ages are taken from the ID number, the payment month from the enrolment start. Ages per program are configurable (`ages` in --rules).",
        "End the enrolment (or move its start to the month of the birthday) and recover what was paid early.",
        "elder_allowance from 2024-05 for someone born 1970"),
    rule!("age.minor_head", Warning, Cross, &["enrolments"], false,
        "Household benefit filed in the name of a minor",
        "Household programs such as dibao (低保) are granted to a household and filed in the name of its applicant, the head of the household, who must be an adult. The records hold no households, so the enrolment's holder is taken as the head: a holder under the minimum age (18) at the enrolment's start is a child's ID number typed for a parent's, or an application that needs review. Ages are taken from the ID number. Programs and age are configurable (`head_programs`, `head_min_age` in --rules).",
        "Check the application: file the enrolment under the adult applicant's ID number, or end it if no adult in the household applied.",
        "dibao from 2025-03-01 for someone born 2010-06-15 (age 14)"),
    rule!("enrolment.person_missing", Warning, Cross, &["enrolments", "people"], false,
        "Enrolment for an ID number that is not in people",
        "Every beneficiary should be a registered person. An enrolment without a person cannot be checked for age, death or residence: a mistyped ID or a ghost beneficiary.",
        "Find the person (or correct the ID number on the enrolment); end enrolments that belong to nobody.",
        "tekun for 440103199001010011, no such person"),
    rule!("pay.not_enrolled", Error, Cross, &["payments", "enrolments"], false,
        "Paid with no enrolment covering the month (错发)",
        "A payment is due only under an enrolment of the person in the program that covers the month paid for (started by then, not ended before it, not suspended). A payment with none is money paid out of the register: a person never enrolled, paid before the enrolment started or after it ended, or while it was suspended. Payments for a month after the holder's death are reported by pay.after_death instead. The amount involved is the payment.",
        "Stop the payment at the paying bank, find out who authorised it, and recover it; enrol the person first if they qualify.",
        "dibao 800.00 paid for 2026-03 to someone enrolled from 2026-05"),
    rule!("pay.unpaid", Error, Cross, &["enrolments", "payments"], false,
        "Enrolled and due, but not paid for a month (漏发)",
        "An enrolment that covers a month in which its district paid anyone in the program (so the district's run for that month is in the ledger) is owed that month's amount. Nothing paid to the person in the program for the month, by any district, is a missed payment; months after the holder's death are not owed. The amount involved (negative: underpaid) is the monthly amount.",
        "Check the payment run of that month (a bank account closed or refused?) and pay the arrears.",
        "elder_allowance 100.00 a month, nothing paid for 2026-02"),
    rule!("pay.amount_mismatch", Error, Cross, &["payments", "enrolments"], false,
        "Paid a different amount than the enrolment's monthly amount",
        "A payment by the district that holds the enrolment should be the enrolment's monthly amount. A difference beyond `amount_tolerance_fen` in --rules (default 0) is an amount typed wrong, a change of the monthly amount not recorded in the register, or a partial payment. The amount involved is paid minus due: positive overpaid, negative underpaid.",
        "Correct the register or recover (or pay) the difference.",
        "dibao of 800.00 a month paid 880.00 for 2026-04"),
    rule!("pay.duplicate", Error, Cross, &["payments"], false,
        "Paid more than once for the same person, program and month",
        "A benefit is paid once a month. Two payments for the same person, program and month (a batch sent twice, or two districts paying the same person) pay too much. The amount involved is what was paid beyond the largest single payment.",
        "Recover the extra payment; if two districts pay, end one enrolment (see dup.enrolment).",
        "tekun 2,100.00 paid twice for 2026-05"),
    rule!("pay.after_death", Error, Cross, &["payments", "deaths"], false,
        "Paid for a month after the holder's death",
        "Benefits are paid by the month: the month of death is due, the months after it are not. A payment for a later month was paid to a dead person's account. The amount involved is the payment.",
        "Recover the payment from the account; `mzctl death apply` ends the enrolments.",
        "elder_allowance paid for 2026-05, holder died 2026-03-14"),
    rule!("pay.wrong_region", Error, Cross, &["payments", "enrolments"], false,
        "Paid by a district other than the one the person is enrolled in",
        "The district that holds the enrolment pays it. A payment by another district (the person moved and the old district kept paying, or a district paid someone of its neighbour's) is a payment without an enrolment there, and often a double payment to come. The amount involved is the payment.",
        "Agree between the districts which one pays; recover the payment made without an enrolment.",
        "dibao for 440106… paid by 440111, enrolled in 440106"),
    rule!("eligible.not_enrolled", Warning, Cross, &["people", "enrolments", "deaths"], false,
        "Meets a program's rule but is not enrolled (政策找人)",
        "Some benefits are due to everyone who meets their rule, without an application (免申即享): the elder allowance (高龄津贴) from the 80th birthday. A living person in the program's regions who meets its rule on the check date (ages by the recorded birth date, else the ID number's; required and excluding programs) and holds no enrolment in the program covering that day is owed it and was never found. The finding gives the day the rule was met and, as the amount involved (negative: underpaid), the monthly amount of the person's tier. Rules per program are configurable (`[programs.NAME]` in --rules: min_age, max_age, regions, required, excluded, tiers); `mzctl payments eligible` lists the same people for the districts.",
        "Contact the person (or their family), confirm residence, and enrol them from the month the rule was met; `mzctl payments eligible --program P --month YYYY-MM` gives each district its list.",
        "elder_allowance: born 1946-05-20, 80 since 2026-05-20, not enrolled: 100.00 a month"),
    rule!("cert.holder_dead", Error, Cross, &["certificates", "deaths"], true,
        "A valid certificate whose holder has died",
        "A certificate (an elder card, a dibao card) stays valid after its holder's death unless it is revoked: anyone holding the card, or its QR code, can still use it, and offline verifiers accept it until the revocation list names it. Certificate types about a death (the cremation certificate) are not concerned.",
        "`mzctl check fix --rule cert.holder_dead` revokes it with the reason \"holder deceased\" (logged, and in the next revocation list: `mzctl cert revocations export`).",
        "elder card 1.2.156.3005.2.… of a holder who died on 2026-03-02, status 01"),
    rule!("cert.holder_invalid", Error, Cross, &["certificates"], false,
        "A valid certificate issued to an invalid ID number",
        "A certificate names its holder by a resident ID number. One issued to a number with a wrong check character, an impossible date, or in a form other systems do not match (15 digits, lowercase x) cannot be checked against any register: it was issued before the number was validated, or the number was changed since.",
        "Correct the person's ID number (`mzctl check fix` converts 15-digit and lowercase-x numbers), then revoke the certificate and issue a new one (`mzctl cert revoke`, `mzctl cert issue --holder`).",
        "dibao card for 44010619660630001x (lowercase x)"),
];

pub fn get(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.id == id)
}

/// Position of a rule in the catalogue (for ordering findings).
pub fn order(id: &str) -> usize {
    RULES.iter().position(|r| r.id == id).unwrap_or(RULES.len())
}

/// `*` matches any run of characters; everything else literally.
pub fn glob(pattern: &str, text: &str) -> bool {
    match pattern.split_once('*') {
        None => pattern == text,
        Some((head, rest)) => {
            let Some(mut tail) = text.strip_prefix(head) else {
                return false;
            };
            loop {
                if glob(rest, tail) {
                    return true;
                }
                let mut chars = tail.chars();
                if chars.next().is_none() {
                    return false;
                }
                tail = chars.as_str();
            }
        }
    }
}

/// The rules matching any of the globs (all rules when none are given).
pub fn select(globs: &[String]) -> Result<Vec<&'static Rule>, crate::error::Fail> {
    if globs.is_empty() {
        return Ok(RULES.iter().collect());
    }
    for g in globs {
        if !RULES.iter().any(|r| glob(g, r.id)) {
            return Err(unknown(g));
        }
    }
    Ok(RULES.iter().filter(|r| globs.iter().any(|g| glob(g, r.id))).collect())
}

pub fn unknown(rule: &str) -> crate::error::Fail {
    crate::error::Fail::usage(format!("no rule matches {rule:?}"))
        .hint("`mzctl check list` shows the rules; a glob like 'id.*' selects several")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs() {
        assert!(glob("id.*", "id.format"));
        assert!(glob("*", "dup.person"));
        assert!(glob("*.person", "dup.person"));
        assert!(!glob("id.*", "dup.person"));
        assert!(glob("dup.person", "dup.person"));
        assert_eq!(select(&["dup.*".into()]).map(|v| v.len()).ok(), Some(2));
        assert!(select(&["nope.*".into()]).is_err());
    }

    /// `check run` stores the per-record rules' findings before the cross-record rules have
    /// run: the stored order (the catalogue's) needs them first.
    #[test]
    fn record_rules_come_before_cross_record_rules() {
        let first_cross = RULES.iter().position(|r| r.scope == Scope::Cross).unwrap();
        assert!(RULES[first_cross..].iter().all(|r| r.scope == Scope::Cross), "a per-record rule after {}", RULES[first_cross].id);
    }

    #[test]
    fn ids_are_unique() {
        for (i, r) in RULES.iter().enumerate() {
            assert!(RULES[i + 1..].iter().all(|o| o.id != r.id), "{}", r.id);
        }
    }
}
