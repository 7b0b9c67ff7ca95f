//! Calendar arithmetic the rules share. Months are added by the calendar: a date that does not
//! exist in the target month falls back to that month's last day (29 Feb + 2 years = 28 Feb).

use chrono::{Datelike, Months, NaiveDate};
use serde::{Deserialize, Deserializer};

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

/// What a date that cannot be read is told with, in stored data (the gate turns it into "the
/// earned date \"2026-13-01\" is not a date written as YYYY-MM-DD").
pub const NOT_A_DATE: &str = "not a date written as YYYY-MM-DD";

/// The digits at the start of a signed year: no blank space between the sign and them.
fn signed(rest: &str) -> Option<(i64, &str)> {
    if rest.starts_with(char::is_whitespace) {
        None
    } else {
        leading_number(rest, usize::MAX)
    }
}

/// Up to `max` ASCII digits at the start of `text` (at least one), as a number, and the rest.
fn leading_number(text: &str, max: usize) -> Option<(i64, &str)> {
    let text = text.trim_start();
    let digits = text
        .bytes()
        .take(max)
        .take_while(u8::is_ascii_digit)
        .count();
    if digits == 0 {
        return None;
    }
    let mut number: i64 = 0;
    for digit in text[..digits].bytes() {
        number = number
            .checked_mul(10)?
            .checked_add(i64::from(digit - b'0'))?;
    }
    Some((number, &text[digits..]))
}

/// Parses a date as an HTML date input gives it and as stored data holds it (`YYYY-MM-DD`).
/// Reads what `NaiveDate`'s `FromStr` reads (blank space around the parts, a signed year of
/// any length; `parse_iso_reads_what_chrono_reads`), without chrono's format machinery, which
/// is large in the wasm.
pub fn parse_iso(text: &str) -> Option<NaiveDate> {
    let text = text.trim_start();
    // A sign is followed by the year's digits at once ("+ 2026-01-01" is not a date to chrono).
    let (year, rest) = if let Some(rest) = text.strip_prefix('-') {
        let (year, rest) = signed(rest)?;
        (-year, rest)
    } else if let Some(rest) = text.strip_prefix('+') {
        signed(rest)?
    } else {
        leading_number(text, 4)?
    };
    let rest = rest.trim_start().strip_prefix('-')?;
    let (month, rest) = leading_number(rest, 2)?;
    let rest = rest.trim_start().strip_prefix('-')?;
    let (day, rest) = leading_number(rest, 2)?;
    if !rest.trim_start().is_empty() {
        return None;
    }
    NaiveDate::from_ymd_opt(
        i32::try_from(year).ok()?,
        u32::try_from(month).ok()?,
        u32::try_from(day).ok()?,
    )
}

/// Reads a stored date with `parse_iso` (`#[serde(deserialize_with = "...")]`); written as
/// chrono writes it ("2026-11-25").
pub fn deserialize_iso<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
    IsoDate::deserialize(deserializer).map(|date| date.0)
}

/// `deserialize_iso` for a date that may be absent (`null`); the field also needs
/// `#[serde(default)]`, as a missing `Option` field is `None` only without `deserialize_with`.
pub fn deserialize_iso_opt<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<NaiveDate>, D::Error> {
    Option::<IsoDate>::deserialize(deserializer).map(|date| date.map(|d| d.0))
}

struct IsoDate(NaiveDate);

impl<'de> Deserialize<'de> for IsoDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = IsoDate;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a date written as YYYY-MM-DD")
            }
            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<IsoDate, E> {
                parse_iso(text)
                    .map(IsoDate)
                    .ok_or_else(|| E::custom(NOT_A_DATE))
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}
