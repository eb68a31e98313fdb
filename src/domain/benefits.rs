//! Benefits after a death. Benefits are paid by the month: the month of death is due in full,
//! the months after it are not. This one convention serves the `death.still_enrolled` rule
//! (what it reports) and `death apply` (what it ends and recovers), so the two agree to the fen.
use jiff::civil::Date;
use jiff::ToSpan;

/// Where `death apply` ends an enrolment that runs past a death.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum EndAt {
    /// The last day of the month of death (the month is paid in full).
    MonthEnd,
    /// The day of death itself.
    DeathDate,
}

impl EndAt {
    pub fn as_str(self) -> &'static str {
        match self {
            EndAt::MonthEnd => "month-end",
            EndAt::DeathDate => "death-date",
        }
    }

    /// The end date for a death on `death`.
    pub fn end(self, death: Date) -> Date {
        match self {
            EndAt::MonthEnd => month_end(death),
            EndAt::DeathDate => death,
        }
    }
}

/// The last day of `d`'s month.
pub fn month_end(d: Date) -> Date {
    d.last_of_month()
}

fn month_index(d: Date) -> i64 {
    i64::from(d.year()) * 12 + i64::from(d.month()) - 1
}

/// Whether an enrolment ending on `end` (`None`: open) still runs after the month of a death
/// on `death`, and so pays for months it should not.
pub fn runs_past_death(death: Date, end: Option<Date>) -> bool {
    end.is_none_or(|e| e > month_end(death))
}

/// Whole months paid after the month of death: from the month after it to the month the
/// enrolment ended or, if later or open, the month of `as_of`. Never negative.
pub fn months_paid_after(death: Date, end: Option<Date>, as_of: Date) -> i64 {
    let last = end.map_or(as_of, |e| e.min(as_of));
    (month_index(last) - month_index(death)).max(0)
}

/// The day after `d` (for "from the day after the death").
pub fn day_after(d: Date) -> Date {
    d.checked_add(1.day()).unwrap_or(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn month_of_death_is_paid_months_after_are_not() {
        let death = d("2026-02-10");
        assert_eq!(months_paid_after(death, None, d("2026-06-30")), 4);
        assert_eq!(months_paid_after(death, Some(d("2026-03-31")), d("2026-06-30")), 1);
        assert_eq!(months_paid_after(death, Some(d("2026-02-28")), d("2026-06-30")), 0);
        assert_eq!(months_paid_after(death, None, d("2026-02-20")), 0);
        assert!(runs_past_death(death, None));
        assert!(runs_past_death(death, Some(d("2026-03-01"))));
        assert!(!runs_past_death(death, Some(d("2026-02-28"))));
        assert!(!runs_past_death(death, Some(EndAt::DeathDate.end(death))));
        assert_eq!(EndAt::MonthEnd.end(d("2024-02-03")), d("2024-02-29"));
    }
}
