//! Calendar arithmetic the rules share. Months are added by the calendar: a date that does not
//! exist in the target month falls back to that month's last day (29 Feb + 2 years = 28 Feb).

use chrono::{Months, NaiveDate};

/// `date` plus `months` calendar months, clamped to the end of the month.
pub fn add_months(date: NaiveDate, months: u32) -> NaiveDate {
    date.checked_add_months(Months::new(months))
        .unwrap_or(NaiveDate::MAX)
}

/// `date` minus `months` calendar months, clamped to the end of the month.
pub fn sub_months(date: NaiveDate, months: u32) -> NaiveDate {
    date.checked_sub_months(Months::new(months))
        .unwrap_or(NaiveDate::MIN)
}

/// Whole days from `from` to `to` (negative when `to` is earlier).
pub fn days_between(from: NaiveDate, to: NaiveDate) -> i64 {
    (to - from).num_days()
}

/// Parses a date as an HTML date input gives it (`YYYY-MM-DD`).
pub fn parse_iso(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok()
}

/// A date as people read it: "25 Nov 2026".
pub fn human(date: NaiveDate) -> String {
    date.format("%-d %b %Y").to_string()
}
