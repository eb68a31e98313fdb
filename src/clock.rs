//! The one clock. `MZCTL_NOW` pins it (RFC 3339 timestamp or a plain date) so tests and
//! documentation are reproducible. Civil dates are taken in China Standard Time (UTC+8, no DST).
use anyhow::{Context, Result};
use jiff::{civil::Date, tz::Offset, Timestamp};

/// China Standard Time.
pub const CST: Offset = Offset::constant(8);

/// Now, or the pinned `MZCTL_NOW`.
pub fn now() -> Result<Timestamp> {
    match std::env::var("MZCTL_NOW") {
        Ok(v) if !v.trim().is_empty() => {
            parse_instant(v.trim()).with_context(|| format!("MZCTL_NOW={v:?} is neither an RFC 3339 timestamp nor a date (YYYY-MM-DD)"))
        }
        _ => Ok(Timestamp::now()),
    }
}

/// Today's civil date in China Standard Time.
pub fn today() -> Result<Date> {
    Ok(date_of(now()?))
}

/// The civil date of an instant in China Standard Time.
pub fn date_of(ts: Timestamp) -> Date {
    ts.to_zoned(CST.to_time_zone()).date()
}

/// The first instant of a civil date in China Standard Time (the earliest a thing dated
/// that day can have happened); the earliest representable instant if out of range.
pub fn day_start(d: Date) -> Timestamp {
    d.to_zoned(CST.to_time_zone()).map_or(Timestamp::MIN, |z| z.timestamp())
}

fn parse_instant(v: &str) -> Result<Timestamp> {
    if let Ok(ts) = v.parse::<Timestamp>() {
        return Ok(ts);
    }
    let date: Date = v.parse()?;
    Ok(date.to_zoned(CST.to_time_zone())?.timestamp())
}

/// A timestamp as stored and shown: UTC, second precision, `Z` suffix.
pub fn format_utc(ts: Timestamp) -> String {
    ts.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}
