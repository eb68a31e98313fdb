//! Certificate types as data: the built-in ones (`builtin_types.toml`) and those a bureau adds
//! with `cert type add --from FILE` (same TOML shape). A type says what the card shows, how
//! long a certificate is valid, and who is eligible.
use jiff::civil::Date;
use jiff::ToSpan;
use serde::{Deserialize, Serialize};
use std::fmt;

const BUILTIN: &str = include_str!("builtin_types.toml");

/// A certificate type.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CertType {
    /// Short code used on the command line and in the QR claims: `[a-z0-9-]+`.
    pub code: String,
    /// The certificate's name (老年人优待证).
    pub name: String,
    /// The 3-digit type number; with the defining body's 18-character code it makes the
    /// 21-character type code of the identifier.
    pub number: String,
    /// Credit code of the body that defines the type; absent: the issuing authority's own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub defining_body: Option<String>,
    /// Years a certificate stays valid from its issue date; 0 = no expiry.
    #[serde(default)]
    pub validity_years: u32,
    /// Fields printed on the card, in order (see [`FIELDS`]).
    pub fields: Vec<String>,
    #[serde(default)]
    pub eligibility: Eligibility,
}

/// Who may hold a certificate of a type. All conditions given must hold.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Eligibility {
    /// Minimum age in whole years on the issue date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_age: Option<u32>,
    /// The holder must live in the issuing authority's region.
    pub in_issuer_region: bool,
    /// The holder must have an enrolment in this program active on the issue date; the
    /// certificate then expires no later than the enrolment ends.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub program: Option<String>,
    /// The holder must be recorded as dead (certificates about a death); otherwise a holder
    /// with a death record is never eligible.
    pub deceased: bool,
}

/// Fields a card can show, with their printed labels.
pub const FIELDS: &[(&str, &str)] = &[
    ("name", "姓名"),
    ("gender", "性别"),
    ("ethnicity", "民族"),
    ("birth_date", "出生日期"),
    ("age", "年龄"),
    ("id_number", "公民身份号码"),
    ("address", "住址"),
    ("region", "行政区划"),
    ("program", "救助类型"),
    ("start_date", "起始日期"),
    ("monthly_amount", "月保障金"),
    ("death_date", "死亡日期"),
    ("cremation_no", "火化证明编号"),
];

/// The label of a card field.
pub fn field_label(field: &str) -> &'static str {
    FIELDS.iter().find(|(f, _)| *f == field).map_or("", |(_, l)| l)
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TypeFile {
    #[serde(rename = "type")]
    types: Vec<CertType>,
}

/// Why a type definition is not usable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypeError(pub String);

impl fmt::Display for TypeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for TypeError {}

/// Parse a type file (`[[type]]` tables) and check every type in it.
pub fn parse(text: &str) -> Result<Vec<CertType>, TypeError> {
    let file: TypeFile = toml::from_str(text).map_err(|e| TypeError(e.to_string()))?;
    for t in &file.types {
        t.check()?;
    }
    Ok(file.types)
}

/// The built-in types: elder-card, dibao, tekun, cremation.
pub fn builtin() -> Vec<CertType> {
    parse(BUILTIN).expect("the built-in certificate types are valid")
}

impl CertType {
    /// Check the definition: code, number, defining body, fields, program code.
    pub fn check(&self) -> Result<(), TypeError> {
        let e = |m: String| Err(TypeError(format!("type {:?}: {m}", self.code)));
        if self.code.is_empty() || !self.code.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') {
            return e("code must be lowercase letters, digits and '-'".into());
        }
        if self.name.trim().is_empty() {
            return e("name is empty".into());
        }
        if self.number.len() != 3 || !self.number.bytes().all(|b| b.is_ascii_digit()) {
            return e(format!("number {:?} must be 3 digits", self.number));
        }
        if let Some(body) = &self.defining_body {
            if let Err(err) = crate::domain::uscc::parse(body) {
                return e(format!("defining_body {body:?} is not a valid credit code: {err}"));
            }
        }
        for f in &self.fields {
            if field_label(f).is_empty() {
                let known: Vec<&str> = FIELDS.iter().map(|(f, _)| *f).collect();
                return e(format!("unknown field {f:?} (fields: {})", known.join(", ")));
            }
        }
        if let Some(p) = &self.eligibility.program {
            if p.is_empty() || !p.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_') {
                return e(format!("program {p:?} is not a program code"));
            }
        }
        if self.eligibility.deceased && (self.eligibility.min_age.is_some() || self.eligibility.program.is_some()) {
            return e("a type for the deceased cannot also ask for an age or a program".into());
        }
        Ok(())
    }

    /// The 21-character type code for an issuer.
    pub fn type_code(&self, issuer_uscc: &str) -> String {
        format!("{}{}", self.defining_body.as_deref().unwrap_or(issuer_uscc), self.number)
    }

    /// The last day a certificate issued on `issued` is valid, by the type's rule, capped by
    /// `cap` (the end of the enrolment it rests on); `None` = no expiry.
    pub fn valid_until(&self, issued: Date, cap: Option<Date>) -> Option<Date> {
        let by_rule = (self.validity_years > 0)
            .then(|| issued.checked_add((self.validity_years as i64).years()).ok().and_then(|d| d.yesterday().ok()))
            .flatten();
        match (by_rule, cap) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }
}

/// What is known of a would-be holder on the issue date.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Holder {
    pub id_number: String,
    pub name: String,
    pub gender: String,
    pub birth_date: Option<Date>,
    pub region_code: String,
    pub address: String,
    pub ethnicity: String,
    /// The enrolment in the type's program active on the issue date, if any.
    pub enrolment: Option<Enrolment>,
    /// The death record, if any.
    pub death: Option<Death>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Enrolment {
    pub program: String,
    pub region_code: String,
    pub start_date: Date,
    pub end_date: Option<Date>,
    pub monthly_amount_fen: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Death {
    pub death_date: Date,
    pub cremation_no: String,
}

pub use crate::domain::eligibility::age_on;

// Re-exported for `ops::cert::issue`, which names it by this path.
pub use crate::domain::region::prefix as region_prefix;

/// Why a holder code cannot be a certificate's: it must be a valid resident ID number in its
/// normal 18-character form (a stored 15-digit or lowercase-x number is converted first, with
/// `mzctl check fix`). `None` when it can.
pub fn holder_id_refusal(id: &str, on: Date) -> Option<String> {
    use crate::domain::idnum;
    if idnum::is_legacy15(id) {
        return Some("not a valid ID number: the legacy 15-digit form (convert it first: mzctl check fix --rule id.fifteen_digit)".into());
    }
    if id.len() == 18 && id.ends_with('x') && idnum::is_normal18(&id.to_ascii_uppercase()) {
        return Some("not a valid ID number: a lowercase x (convert it first: mzctl check fix --rule id.lowercase_x)".into());
    }
    idnum::parse(id, on).err().map(|e| format!("not a valid ID number: {e}"))
}

impl Eligibility {
    /// The type's condition as the shared eligibility rule, for an issuer of `issuer_region`.
    pub fn rule(&self, issuer_region: &str) -> crate::domain::eligibility::Rule {
        crate::domain::eligibility::Rule {
            min_age: self.min_age,
            regions: if self.in_issuer_region { vec![issuer_region.to_string()] } else { Vec::new() },
            required: self.program.iter().cloned().collect(),
            deceased: self.deceased,
            ..Default::default()
        }
    }

    /// Why `h` may not hold the type on `on` for an issuer of region `issuer_region`, or `None`
    /// when eligible: an ID number that is not valid, then the type's rule (see
    /// [`crate::domain::eligibility`]; the backends' eligibility query narrows by the same).
    pub fn refusal(&self, h: &Holder, on: Date, issuer_region: &str) -> Option<String> {
        use crate::domain::eligibility::Why;
        if let Some(reason) = holder_id_refusal(&h.id_number, on) {
            return Some(reason);
        }
        self.why(h, on, issuer_region).map(|why| match why {
            Why::Outside(r) => format!("lives in {r}, outside the issuer's region {issuer_region}"),
            Why::Young { age, min } => format!("aged {age} on {on}, under {min}"),
            Why::Requires(p) => format!("no {} enrolment active on {on}", p.join(" or ")),
            other => other.to_string(),
        })
    }

    /// The condition of the type's rule `h` fails on `on`, if any (the ID number not judged).
    pub fn why(&self, h: &Holder, on: Date, issuer_region: &str) -> Option<crate::domain::eligibility::Why> {
        use crate::domain::eligibility::Facts;
        let programs: Vec<String> = h.enrolment.iter().map(|e| e.program.clone()).collect();
        // A death record dated after the issue day still excludes the living: taken as of it.
        let death_date = h.death.as_ref().map(|d| d.death_date.min(on));
        let facts =
            Facts { id_number: &h.id_number, birth_date: h.birth_date, region_code: &h.region_code, death_date, programs: &programs };
        self.rule(issuer_region).check(&facts, on).err()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_types_parse() {
        let types = builtin();
        let codes: Vec<&str> = types.iter().map(|t| t.code.as_str()).collect();
        assert_eq!(codes, ["elder-card", "dibao", "tekun", "cremation"]);
        assert_eq!(types[0].eligibility.min_age, Some(60));
        assert_eq!(types[1].eligibility.program.as_deref(), Some("dibao"));
        assert!(types[3].eligibility.deceased);
    }

    #[test]
    fn bad_definitions_are_named() {
        let t = |body: &str| parse(&format!("[[type]]\ncode = \"x\"\nname = \"X证\"\nnumber = \"001\"\nfields = [\"name\"]\n{body}"));
        assert!(t("").is_ok());
        assert!(t("defining_body = \"91110000600037341N\"").unwrap_err().0.contains("defining_body"));
        assert!(parse("[[type]]\ncode = \"X\"\nname = \"X\"\nnumber = \"001\"\nfields = []").unwrap_err().0.contains("lowercase"));
        assert!(parse("[[type]]\ncode = \"x\"\nname = \"X\"\nnumber = \"1\"\nfields = []").unwrap_err().0.contains("3 digits"));
        assert!(parse("[[type]]\ncode = \"x\"\nname = \"X\"\nnumber = \"001\"\nfields = [\"photo\"]").unwrap_err().0.contains("photo"));
        assert!(t("colour = 1").is_err());
    }

    #[test]
    fn validity() {
        let t = &builtin()[0];
        let d = Date::constant(2026, 6, 30);
        assert_eq!(t.valid_until(d, None), Some(Date::constant(2031, 6, 29)));
        assert_eq!(t.valid_until(d, Some(Date::constant(2027, 1, 1))), Some(Date::constant(2027, 1, 1)));
        let cremation = &builtin()[3];
        assert_eq!(cremation.valid_until(d, None), None);
    }

    #[test]
    fn eligibility_reasons() {
        let on = Date::constant(2026, 6, 30);
        let elder = builtin()[0].eligibility.clone();
        let mut h = Holder {
            id_number: "44010619660630001X".into(),
            region_code: "440106".into(),
            birth_date: Some(Date::constant(1966, 6, 30)),
            ..Holder::default()
        };
        assert_eq!(elder.refusal(&h, on, "440100"), None);
        // A holder's ID number must be valid and in its 18-character form.
        for (id, why) in [
            ("440106196606300014", "check character"),
            ("440106660630001", "15-digit"),
            ("44010619660630001x", "lowercase x"),
            ("", "length"),
        ] {
            let bad = Holder { id_number: id.into(), ..h.clone() };
            let reason = elder.refusal(&bad, on, "440100").unwrap();
            assert!(reason.starts_with("not a valid ID number") && reason.contains(why), "{id}: {reason}");
        }
        h.birth_date = Some(Date::constant(1966, 7, 1));
        assert!(elder.refusal(&h, on, "440100").unwrap().contains("aged 59"));
        h.birth_date = Some(Date::constant(1950, 1, 1));
        assert!(elder.refusal(&h, on, "420100").unwrap().contains("outside"));
        h.death = Some(Death { death_date: Date::constant(2026, 1, 2), cremation_no: String::new() });
        assert!(elder.refusal(&h, on, "440100").unwrap().contains("died"));
        let cremation = builtin()[3].eligibility.clone();
        assert_eq!(cremation.refusal(&h, on, "440100"), None);
        let dibao = builtin()[1].eligibility.clone();
        h.death = None;
        assert!(dibao.refusal(&h, on, "440100").unwrap().contains("dibao"));
        h.enrolment = Some(Enrolment {
            program: "dibao".into(),
            region_code: "440106".into(),
            start_date: on,
            end_date: None,
            monthly_amount_fen: 100,
        });
        assert_eq!(dibao.refusal(&h, on, "440100"), None);
    }
}
