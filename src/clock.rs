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
    Ok(now()?.to_zoned(CST.to_time_zone()).date())
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
