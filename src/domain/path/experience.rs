//! Work experience: the months a person's roles count within the 5-year window, and when the
//! experience an advanced or professional certification asks for is reached.

use crate::model::path::{Role, RoleKind};

use chrono::NaiveDate;

use crate::basics::dates::{add_months, days_between, sub_months};
use crate::domain::rules::catalogue::{CertificationKind, Level};

// Experience arithmetic

/// How far back work experience counts. Source: `docs/rules.md`, "Work experience": within the
/// past 5 years.
pub const EXPERIENCE_WINDOW_MONTHS: u32 = 60;

/// How months of experience are counted. The days worked are merged first (a day in two roles
/// of the same kind is one day) and clipped to the window. Then each unbroken stretch counts its
/// full calendar months from its first day (1 Jan to 31 Mar is 3 months; 26 Nov to 25 Dec is 1;
/// 31 Jan to 27 Feb is 1, since a month after 31 Jan is 28 Feb), and the days left over from all
/// stretches together count at 365/12 days a month, rounded down. A part of a month is never
/// rounded up, and the total is never more than the window's 60 months.
pub const DAYS_PER_YEAR: i64 = 365;
pub const MONTHS_PER_YEAR: i64 = 12;

/// Whole months in `days` days of work: `days × 12 / 365`, rounded down.
pub fn months_in_days(days: i64) -> u32 {
    u32::try_from(days.max(0) * MONTHS_PER_YEAR / DAYS_PER_YEAR).unwrap_or(u32::MAX)
}

/// The first day of the 5-year window that ends on `as_of`: the day after `as_of` minus 60
/// months. A role that ended exactly 5 years before `as_of` no longer counts.
pub fn window_start(as_of: NaiveDate) -> NaiveDate {
    crate::basics::dates::next_day(sub_months(as_of, EXPERIENCE_WINDOW_MONTHS))
}

/// The days a role covers as of a date, both ends included: an ongoing role runs to `as_of`.
/// `None` when it has not started by then (or its dates are the wrong way round).
fn role_days(role: &Role, as_of: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
    let end = role.end.unwrap_or(as_of).min(as_of);
    (role.start <= end).then_some((role.start, end))
}

/// The periods of one kind of work, merged so that a day worked in two roles is one day.
/// Inclusive ranges, sorted, not touching each other.
pub fn merged_periods(
    roles: &[Role],
    kind: RoleKind,
    as_of: NaiveDate,
) -> Vec<(NaiveDate, NaiveDate)> {
    let mut periods: Vec<(NaiveDate, NaiveDate)> = roles
        .iter()
        .filter(|r| r.kind == kind)
        .filter_map(|r| role_days(r, as_of))
        .collect();
    crate::basics::order::sort_by(&mut periods, Ord::cmp);
    let mut merged: Vec<(NaiveDate, NaiveDate)> = Vec::new();
    for (start, end) in periods {
        match merged.last_mut() {
            Some(last) if start <= crate::basics::dates::next_day(last.1) => {
                last.1 = last.1.max(end)
            }
            _ => merged.push((start, end)),
        }
    }
    merged
}

/// Days of one kind of work within the 5 years that end on `as_of` (both ends included),
/// overlapping roles counted once.
pub fn experience_days(roles: &[Role], kind: RoleKind, as_of: NaiveDate) -> i64 {
    stretches_in_window(roles, kind, as_of)
        .map(|(start, end)| days_between(start, end) + 1)
        .sum()
}

/// The stretches of one kind of work inside the 5 years that end on `as_of`, both ends
/// included.
fn stretches_in_window(
    roles: &[Role],
    kind: RoleKind,
    as_of: NaiveDate,
) -> impl Iterator<Item = (NaiveDate, NaiveDate)> {
    let from = window_start(as_of);
    merged_periods(roles, kind, as_of)
        .into_iter()
        .filter_map(move |(start, end)| {
            let start = start.max(from);
            (start <= end).then_some((start, end))
        })
}

/// Full calendar months from `start` within a stretch ending on `end` (included), and the days
/// left over: 1 Jan to 31 Mar is (3, 0); 15 Jan to 20 Mar is (2, 6).
pub fn calendar_months(start: NaiveDate, end: NaiveDate) -> (u32, i64) {
    let after = crate::basics::dates::next_day(end);
    // The largest `months` with `add_months(start, months) <= after`, computed (no loop).
    let months = crate::basics::dates::whole_months_between(start, after);
    (months, days_between(add_months(start, months), after))
}

/// Months of one kind of work within the past 5 years as of `as_of`, overlapping roles counted
/// once (see `DAYS_PER_YEAR` for how). Never more than 60.
pub fn experience_months(roles: &[Role], kind: RoleKind, as_of: NaiveDate) -> u32 {
    let mut months = 0;
    let mut left_over = 0;
    for (start, end) in stretches_in_window(roles, kind, as_of) {
        let (whole, days) = calendar_months(start, end);
        months += whole;
        left_over += days;
    }
    (months + months_in_days(left_over)).min(EXPERIENCE_WINDOW_MONTHS)
}

/// When the months needed are reached.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EligibleFrom {
    /// Already on the date asked about.
    Now,
    /// On this later date, if the ongoing roles go on.
    On(NaiveDate),
    /// Not with the roles recorded (no ongoing role of that kind, or too little of it).
    Never,
}

/// The earliest date on or after `today` with at least `needed` months of `kind` work in the 5
/// years before it, given the roles recorded: ongoing roles go on, ended ones stay as they are,
/// and old days fall out of the window as time passes. Searched day by day; after 5 years and a
/// day an ongoing role alone fills the window, so the search stops there.
pub fn earliest_eligible(
    roles: &[Role],
    kind: RoleKind,
    needed: u32,
    today: NaiveDate,
) -> EligibleFrom {
    if experience_months(roles, kind, today) >= needed {
        return EligibleFrom::Now;
    }
    // Only an ongoing role (or one not started yet) adds days later on; without one the count
    // can only fall as old days leave the window.
    let growing = roles
        .iter()
        .filter(|r| r.kind == kind && (r.end.is_none() || r.end.is_some_and(|e| e > today)))
        .map(|r| r.start)
        .max();
    let Some(last_start) = growing else {
        return EligibleFrom::Never;
    };
    let bound = add_months(today.max(last_start), EXPERIENCE_WINDOW_MONTHS + 1);
    // Before the first growing role starts the count can only fall, so the search starts the
    // day before it. It is bounded in days too: when every role started by today (as the role
    // form ensures) the bound above is about 1,860 days away; only a role that starts years
    // ahead (stored data, not the form) could reach the cap, and then the answer is `Never`.
    const MAX_SEARCH_DAYS: u32 = 6 * 366;
    let first_start = roles
        .iter()
        .filter(|r| r.kind == kind && (r.end.is_none() || r.end.is_some_and(|e| e > today)))
        .map(|r| r.start)
        .min()
        .unwrap_or(today);
    let mut day = today.max(crate::basics::dates::sub_days(first_start, 1));
    for _ in 0..MAX_SEARCH_DAYS {
        if day >= bound {
            break;
        }
        let Some(next) = day.succ_opt() else {
            break;
        };
        day = next;
        if experience_months(roles, kind, day) >= needed {
            return EligibleFrom::On(day);
        }
    }
    EligibleFrom::Never
}

/// Months needed for a certification, from the settings (`None`: none needed).
pub fn months_needed(
    kind: CertificationKind,
    settings: &crate::model::settings::Settings,
) -> Option<u32> {
    let entry = kind.entry();
    if !entry.needs_experience {
        return None;
    }
    match entry.level {
        Some(Level::Advanced) => Some(settings.advanced_experience_months),
        Some(Level::Professional) => Some(settings.professional_experience_months),
        _ => None,
    }
}

/// "1 month", "5 months".
pub fn months_text(months: u32) -> String {
    if months == 1 {
        "1 month".into()
    } else {
        format!("{months} months")
    }
}

/// A number of months in plain words, years first once there are 12 or more: "0 months",
/// "11 months", "1 year", "1 year 5 months", "2 years". Never a count of days beside it.
pub fn months_in_words(months: u32) -> String {
    let per_year = MONTHS_PER_YEAR as u32;
    let (years, rest) = (months / per_year, months % per_year);
    let years = match years {
        0 => return months_text(rest),
        1 => "1 year".to_owned(),
        y => format!("{y} years"),
    };
    if rest == 0 {
        years
    } else {
        format!("{years} {}", months_text(rest))
    }
}

/// "1 more month", "5 more months".
pub fn more_months_text(months: u32) -> String {
    if months == 1 {
        "1 more month".into()
    } else {
        format!("{months} more months")
    }
}
