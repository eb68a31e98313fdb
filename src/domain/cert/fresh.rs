//! Freshness of the lists an offline verifier relies on. A list says what was true when it was
//! written: a certificate revoked after the revocation list was exported is not on it. So a
//! list past its next-update date, or older than the verifier's maximum age, is stale, and a
//! verdict resting on it is unknown rather than valid.
use jiff::civil::Date;
use jiff::{SignedDuration, Timestamp};
use serde::Serialize;

/// Which list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ListKind {
    Trust,
    Revocations,
}

/// The dates of one list, as judged.
#[derive(Debug, Clone)]
pub struct ListDates {
    pub list: ListKind,
    /// The trust list (its file), or the issuer of a revocation list (name and credit code).
    pub name: String,
    pub generated: Date,
    /// When the list was issued (for lists without a time, the start of `generated`).
    pub issued_at: Timestamp,
    pub next_update: Date,
}

/// A stale list: its dates, its age at the time of verification and which limit it passed.
#[derive(Debug, Clone, Serialize)]
pub struct Stale {
    pub list: ListKind,
    pub name: String,
    pub generated: Date,
    pub issued_at: Timestamp,
    pub next_update: Date,
    /// From `issued_at` to the time of verification, as `84d 3h`.
    pub age: String,
    pub age_seconds: i64,
    /// The verifier's maximum age, as `30d`.
    pub max_age: String,
    pub past_next_update: bool,
    pub over_max_age: bool,
}

/// `Some` when the list is stale at `now`: past its next-update date (the date of `now` in
/// China Standard Time is after it), or issued longer than `max_age` before `now`.
pub fn judge(d: ListDates, now: Timestamp, max_age: SignedDuration) -> Option<Stale> {
    let age = now.duration_since(d.issued_at);
    let past_next_update = crate::clock::date_of(now) > d.next_update;
    let over_max_age = age > max_age;
    (past_next_update || over_max_age).then(|| Stale {
        list: d.list,
        name: d.name,
        generated: d.generated,
        issued_at: d.issued_at,
        next_update: d.next_update,
        age: span_text(age),
        age_seconds: age.as_secs(),
        max_age: span_text(max_age),
        past_next_update,
        over_max_age,
    })
}

impl Stale {
    /// What the verdict says: `trust list stale`, `revocation list stale`.
    pub fn what(&self) -> &'static str {
        match self.list {
            ListKind::Trust => "trust list stale",
            ListKind::Revocations => "revocation list stale",
        }
    }

    /// The list, its date, its next update and its age, and the limit it passed.
    pub fn describe(&self) -> String {
        let list = match self.list {
            ListKind::Trust => format!("the trust list {}", self.name),
            ListKind::Revocations => format!("the revocation list of {}", self.name),
        };
        let (date, next, age, max) = (self.generated, self.next_update, &self.age, &self.max_age);
        match (self.past_next_update, self.over_max_age) {
            (true, true) => format!("{list} dated {date} is past its next update {next} and {age} old, over --max-age {max}"),
            (true, false) => {
                format!("{list} dated {date} is past its next update {next} ({age} old)")
            }
            _ => format!("{list} dated {date} is {age} old, over --max-age {max} (next update {next})"),
        }
    }
}

/// A span in days and hours (`84d 3h`, `30d`, `12h`), minutes or seconds when shorter.
pub fn span_text(d: SignedDuration) -> String {
    let s = d.as_secs();
    let sign = if s < 0 { "-" } else { "" };
    let s = s.unsigned_abs();
    let (days, hours, minutes) = (s / 86_400, s % 86_400 / 3600, s % 3600 / 60);
    let text = match (days, hours) {
        (0, 0) if minutes > 0 => format!("{minutes}m"),
        (0, 0) => format!("{s}s"),
        (0, h) => format!("{h}h"),
        (d, 0) => format!("{d}d"),
        (d, h) => format!("{d}d {h}h"),
    };
    format!("{sign}{text}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ts(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    fn dates(issued: &str, next: Date) -> ListDates {
        ListDates {
            list: ListKind::Revocations,
            name: "广州市民政局 11440100MB2C92151Y".into(),
            generated: crate::clock::date_of(ts(issued)),
            issued_at: ts(issued),
            next_update: next,
        }
    }

    #[test]
    fn stale_past_next_update_or_over_max_age() {
        let max = SignedDuration::from_hours(30 * 24);
        let next = Date::constant(2026, 11, 30);
        let d = || dates("2026-11-23T02:00:00Z", next);
        // Fresh through the next-update day (China Standard Time).
        assert!(judge(d(), ts("2026-11-30T15:59:59Z"), max).is_none());
        let s = judge(d(), ts("2026-11-30T16:00:00Z"), max).unwrap();
        assert!(s.past_next_update && !s.over_max_age);
        assert_eq!(s.age, "7d 14h");
        assert_eq!(s.what(), "revocation list stale");
        assert_eq!(
            s.describe(),
            "the revocation list of 广州市民政局 11440100MB2C92151Y dated 2026-11-23 is past \
             its next update 2026-11-30 (7d 14h old)"
        );
        // A shorter maximum age makes it stale sooner, exactly past the limit.
        let twelve = SignedDuration::from_hours(12);
        assert!(judge(d(), ts("2026-11-23T14:00:00Z"), twelve).is_none());
        let s = judge(d(), ts("2026-11-23T14:00:01Z"), twelve).unwrap();
        assert!(!s.past_next_update && s.over_max_age);
        assert!(s.describe().ends_with("12h old, over --max-age 12h (next update 2026-11-30)"));
        // Both.
        let s = judge(d(), ts("2027-02-15T02:00:00Z"), max).unwrap();
        assert!(s.past_next_update && s.over_max_age);
        assert!(s.describe().contains("and 84d old, over --max-age 30d"));
    }

    #[test]
    fn spans() {
        assert_eq!(span_text(SignedDuration::from_hours(14 * 24)), "14d");
        assert_eq!(span_text(SignedDuration::from_hours(12)), "12h");
        assert_eq!(span_text(SignedDuration::from_secs(90)), "1m");
        assert_eq!(span_text(SignedDuration::from_secs(5)), "5s");
        assert_eq!(span_text(SignedDuration::from_secs(-7200)), "-2h");
    }
}
