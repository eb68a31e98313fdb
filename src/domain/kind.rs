//! The record kinds mzctl imports, checks and seeds: people, enrolments, deaths,
//! organizations, information systems and benefit payments.
use super::records as rec;

/// A kind of civil-affairs record, named as its table is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    People,
    Enrolments,
    Deaths,
    Organizations,
    Systems,
    Payments,
}

impl Kind {
    /// Every kind, in the order the tables are listed.
    pub const ALL: [Kind; 6] = [Kind::People, Kind::Enrolments, Kind::Deaths, Kind::Organizations, Kind::Systems, Kind::Payments];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::People => "people",
            Kind::Enrolments => "enrolments",
            Kind::Deaths => "deaths",
            Kind::Organizations => "organizations",
            Kind::Systems => "systems",
            Kind::Payments => "payments",
        }
    }

    /// The columns of the kind's files, with the Chinese headers exports use for them.
    pub fn columns(self) -> &'static [rec::Column] {
        match self {
            Kind::People => rec::PEOPLE,
            Kind::Enrolments => rec::ENROLMENTS,
            Kind::Deaths => rec::DEATHS,
            Kind::Organizations => rec::ORGANIZATIONS,
            Kind::Systems => rec::SYSTEMS,
            Kind::Payments => rec::PAYMENTS,
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for k in Kind::ALL {
            assert_eq!(Kind::parse(k.as_str()), Some(k));
        }
        assert_eq!(Kind::parse("person"), None);
    }
}
