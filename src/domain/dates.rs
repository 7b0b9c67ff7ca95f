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

/// `date` plus `days` days (minus when negative), held at the ends of the calendar
/// (`NaiveDate::MIN`, `NaiveDate::MAX`) instead of overflowing.
pub fn add_days(date: NaiveDate, days: i64) -> NaiveDate {
    let step = chrono::TimeDelta::try_days(days.unsigned_abs().min(i64::MAX as u64) as i64);
    let moved = match step {
        Some(step) if days >= 0 => date.checked_add_signed(step),
        Some(step) => date.checked_sub_signed(step),
        None => None,
    };
    moved.unwrap_or(if days >= 0 {
        NaiveDate::MAX
    } else {
        NaiveDate::MIN
    })
}

/// `date` minus `days` days, held at the ends of the calendar (see `add_days`).
pub fn sub_days(date: NaiveDate, days: i64) -> NaiveDate {
    add_days(date, days.checked_neg().unwrap_or(i64::MAX))
}

/// The day after `date` (`NaiveDate::MAX` stays itself).
pub fn next_day(date: NaiveDate) -> NaiveDate {
    date.succ_opt().unwrap_or(NaiveDate::MAX)
}

/// The largest number of whole calendar months `m` with `add_months(from, m) <= to` (0 when
/// `to` is before `from`). Computed, not counted, so it is quick for any two dates.
pub fn whole_months_between(from: NaiveDate, to: NaiveDate) -> u32 {
    use chrono::Datelike;
    let months = |d: NaiveDate| i64::from(d.year()) * 12 + i64::from(d.month0());
    let guess = months(to) - months(from);
    if guess <= 0 {
        return 0;
    }
    let guess = u32::try_from(guess).unwrap_or(u32::MAX);
    if add_months(from, guess) <= to {
        guess
    } else {
        guess - 1
    }
}
