//! Calendar arithmetic the rules share. Months are added by the calendar: a date that does not
//! exist in the target month falls back to that month's last day (29 Feb + 2 years = 28 Feb).

use chrono::{Datelike, Months, NaiveDate};

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

/// Parses a date as an HTML date input gives it (`YYYY-MM-DD`). Through `NaiveDate`'s `FromStr`
/// (the same code reads stored dates), not a format string: chrono's format machinery is large in
/// the wasm.
pub fn parse_iso(text: &str) -> Option<NaiveDate> {
    text.trim().parse().ok()
}

/// The months as people read them ("Nov").
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// The year as the ISO text writes it ("2026"; a sign outside 0..=9999).
fn year_text(date: NaiveDate) -> String {
    let iso = date.to_string();
    iso[..iso.len() - 6].to_owned()
}

/// A date as people read it: "25 Nov 2026". Built from the date's parts, not a format string.
pub fn human(date: NaiveDate) -> String {
    format!("{} {}", date.day(), month_year(date))
}

/// A month as people read it: "Nov 2026".
pub fn month_year(date: NaiveDate) -> String {
    format!("{} {}", MONTHS[date.month0() as usize], year_text(date))
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
