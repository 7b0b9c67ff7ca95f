#![cfg(not(target_arch = "wasm32"))]
//! `docs/rules.md`, "Renewal": terms of 2 years from the day a certification was earned, with the
//! calendar arithmetic the rules share (dates.rs: a day that does not exist in the target month
//! falls back to that month's last day).

mod common;

use cert_planner::basics::dates::{add_months, days_between, human, parse_iso, sub_months};
use cert_planner::domain::rules::renewal::term_end;
use chrono::{Datelike, Duration, NaiveDate};
use common::d;
use proptest::prelude::*;

fn days_in_month(year: i32, month: u32) -> u32 {
    let (ny, nm) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    d(ny, nm, 1).pred_opt().unwrap().day()
}

#[test]
fn term_end_is_earned_plus_two_years() {
    // (label, earned, expected expiry)
    let rows = [
        ("ordinary day", d(2024, 11, 25), d(2026, 11, 25)),
        ("1 January", d(2025, 1, 1), d(2027, 1, 1)),
        ("31 December", d(2024, 12, 31), d(2026, 12, 31)),
        (
            "29 Feb 2024 falls back to 28 Feb 2026",
            d(2024, 2, 29),
            d(2026, 2, 28),
        ),
        (
            "29 Feb 2028 falls back to 28 Feb 2030",
            d(2028, 2, 29),
            d(2030, 2, 28),
        ),
        (
            "28 Feb 2022 stays 28 Feb 2024 (not 29)",
            d(2022, 2, 28),
            d(2024, 2, 28),
        ),
        ("1 Mar 2022 stays 1 Mar 2024", d(2022, 3, 1), d(2024, 3, 1)),
        ("31 Jan stays 31 Jan", d(2023, 1, 31), d(2025, 1, 31)),
        ("30 Apr stays 30 Apr", d(2023, 4, 30), d(2025, 4, 30)),
        ("31 Aug stays 31 Aug", d(2023, 8, 31), d(2025, 8, 31)),
        ("29 Feb 2096 to 28 Feb 2098", d(2096, 2, 29), d(2098, 2, 28)),
        ("29 Feb 2000 to 28 Feb 2002", d(2000, 2, 29), d(2002, 2, 28)),
    ];
    for (label, earned, expected) in rows {
        assert_eq!(term_end(earned), expected, "{label}");
    }
}

#[test]
fn month_end_cases_of_add_and_sub_months() {
    // (label, date, months, add_months result, sub_months result)
    let rows = [
        (
            "31 Jan + 1 = 29 Feb in a leap year",
            d(2024, 1, 31),
            1,
            d(2024, 2, 29),
            d(2023, 12, 31),
        ),
        (
            "31 Jan + 1 = 28 Feb in a common year",
            d(2023, 1, 31),
            1,
            d(2023, 2, 28),
            d(2022, 12, 31),
        ),
        (
            "31 Mar + 1 = 30 Apr; - 1 = 29 Feb",
            d(2024, 3, 31),
            1,
            d(2024, 4, 30),
            d(2024, 2, 29),
        ),
        (
            "31 May - 3 = 28 Feb (common year)",
            d(2023, 5, 31),
            3,
            d(2023, 8, 31),
            d(2023, 2, 28),
        ),
        (
            "31 Aug + 1 = 30 Sep",
            d(2023, 8, 31),
            1,
            d(2023, 9, 30),
            d(2023, 7, 31),
        ),
        (
            "31 Oct + 1 = 30 Nov",
            d(2023, 10, 31),
            1,
            d(2023, 11, 30),
            d(2023, 9, 30),
        ),
        (
            "31 Dec + 2 = 29 Feb next year",
            d(2023, 12, 31),
            2,
            d(2024, 2, 29),
            d(2023, 10, 31),
        ),
        (
            "30 Jan + 1 = 29 Feb (leap)",
            d(2024, 1, 30),
            1,
            d(2024, 2, 29),
            d(2023, 12, 30),
        ),
        (
            "29 Feb + 12 = 28 Feb",
            d(2024, 2, 29),
            12,
            d(2025, 2, 28),
            d(2023, 2, 28),
        ),
        (
            "29 Feb + 48 = 29 Feb",
            d(2024, 2, 29),
            48,
            d(2028, 2, 29),
            d(2020, 2, 29),
        ),
        (
            "zero months is the same day",
            d(2024, 2, 29),
            0,
            d(2024, 2, 29),
            d(2024, 2, 29),
        ),
        (
            "30 months (SEU window)",
            d(2026, 8, 31),
            30,
            d(2029, 2, 28),
            d(2024, 2, 29),
        ),
    ];
    for (label, date, months, added, subtracted) in rows {
        assert_eq!(add_months(date, months), added, "{label}: add_months");
        assert_eq!(sub_months(date, months), subtracted, "{label}: sub_months");
    }
}

#[test]
fn add_and_sub_months_saturate_at_the_ends_of_the_calendar() {
    assert_eq!(
        add_months(NaiveDate::MAX, 1),
        NaiveDate::MAX,
        "past MAX stays MAX"
    );
    assert_eq!(
        sub_months(NaiveDate::MIN, 1),
        NaiveDate::MIN,
        "before MIN stays MIN"
    );
}

#[test]
fn days_between_rows() {
    // (label, from, to, days)
    let rows = [
        ("same day", d(2025, 6, 1), d(2025, 6, 1), 0),
        ("next day", d(2025, 6, 1), d(2025, 6, 2), 1),
        ("previous day is negative", d(2025, 6, 2), d(2025, 6, 1), -1),
        ("a leap year", d(2024, 1, 1), d(2025, 1, 1), 366),
        ("a common year", d(2025, 1, 1), d(2026, 1, 1), 365),
        (
            "one term from 29 Feb 2024",
            d(2024, 2, 29),
            d(2026, 2, 28),
            730,
        ),
        ("one term over a 29 Feb", d(2023, 3, 1), d(2025, 3, 1), 731),
        (
            "90 days before an expiry",
            d(2026, 8, 27),
            d(2026, 11, 25),
            90,
        ),
    ];
    for (label, from, to, days) in rows {
        assert_eq!(days_between(from, to), days, "{label}");
    }
}

#[test]
fn parse_iso_and_human() {
    let parsed = [
        ("date input value", "2026-11-25", Some(d(2026, 11, 25))),
        (
            "surrounding spaces are trimmed",
            " 2024-02-29 ",
            Some(d(2024, 2, 29)),
        ),
        ("29 Feb of a common year is no date", "2023-02-29", None),
        ("day-first text is not ISO", "25-11-2026", None),
        ("empty", "", None),
        ("a signed year", "+2026-11-25", Some(d(2026, 11, 25))),
        ("a blank after the sign", "+ 2026-11-25", None),
        ("a tab after a minus", "-\t0-1-1", None),
        ("no padding", "2026-1-5", Some(d(2026, 1, 5))),
        (
            "blank space between the parts",
            "2026 - 11 - 25",
            Some(d(2026, 11, 25)),
        ),
        ("a five-digit year needs a sign", "20260-11-25", None),
        ("month 13", "2026-13-01", None),
        ("a time after the date", "2026-11-25T10:00", None),
    ];
    for (label, text, expected) in parsed {
        assert_eq!(parse_iso(text), expected, "{label}");
    }
    let shown = [
        ("day without padding", d(2026, 11, 5), "5 Nov 2026"),
        ("two-digit day", d(2026, 11, 25), "25 Nov 2026"),
        ("leap day", d(2024, 2, 29), "29 Feb 2024"),
    ];
    for (label, date, expected) in shown {
        assert_eq!(human(date), expected, "{label}");
    }
}

/// Dates from 1 Jan 0001 to 31 Dec 9997: wide, but far enough from chrono's limits that two
/// years can always be added.
fn any_date() -> impl Strategy<Value = NaiveDate> {
    let first = d(1, 1, 1).num_days_from_ce();
    let last = d(9997, 12, 31).num_days_from_ce();
    (first..=last).prop_map(|n| NaiveDate::from_num_days_from_ce_opt(n).unwrap())
}

proptest! {
    #![proptest_config(ProptestConfig {
        failure_persistence: None,
        ..ProptestConfig::with_cases(2000)
    })]

    #[test]
    fn term_end_is_after_the_start_by_730_or_731_days(start in any_date()) {
        let end = term_end(start);
        prop_assert!(end > start, "{start} -> {end}");
        let days = days_between(start, end);
        prop_assert!((730..=731).contains(&days), "{start} -> {end}: {days} days");
    }

    #[test]
    fn term_end_keeps_the_day_of_month_or_falls_back_to_the_last_day(start in any_date()) {
        let end = term_end(start);
        prop_assert_eq!(end.year(), start.year() + 2, "two years later");
        prop_assert_eq!(end.month(), start.month(), "same month");
        let last = days_in_month(end.year(), end.month());
        prop_assert_eq!(end.day(), start.day().min(last), "{} -> {}", start, end);
        if start.day() <= last {
            prop_assert_eq!(end.day(), start.day(), "the day exists, so it is kept");
        } else {
            prop_assert_eq!(end.day(), last, "the day does not exist: last day of the month");
        }
    }

    #[test]
    fn term_end_equals_add_months_24(start in any_date()) {
        prop_assert_eq!(term_end(start), add_months(start, 24));
    }

    #[test]
    fn term_end_is_monotonic(a in any_date(), b in any_date()) {
        let (early, late) = if a <= b { (a, b) } else { (b, a) };
        prop_assert!(term_end(early) <= term_end(late));
    }

    #[test]
    fn add_months_lands_in_the_right_month_with_the_clamped_day(
        date in any_date(),
        months in 0u32..=600,
    ) {
        let added = add_months(date, months);
        let index = date.year() * 12 + date.month0() as i32 + months as i32;
        prop_assert_eq!(added.year(), index.div_euclid(12));
        prop_assert_eq!(added.month0() as i32, index.rem_euclid(12));
        prop_assert_eq!(added.day(), date.day().min(days_in_month(added.year(), added.month())));
    }

    #[test]
    fn sub_months_lands_in_the_right_month_with_the_clamped_day(
        date in any_date(),
        months in 0u32..=600,
    ) {
        let subtracted = sub_months(date, months);
        prop_assume!(subtracted > NaiveDate::MIN);
        let index = date.year() * 12 + date.month0() as i32 - months as i32;
        prop_assert_eq!(subtracted.year(), index.div_euclid(12));
        prop_assert_eq!(subtracted.month0() as i32, index.rem_euclid(12));
        prop_assert_eq!(
            subtracted.day(),
            date.day().min(days_in_month(subtracted.year(), subtracted.month()))
        );
    }

    #[test]
    fn sub_months_undoes_add_months_up_to_the_month_end(
        date in any_date(),
        months in 0u32..=600,
    ) {
        let back = sub_months(add_months(date, months), months);
        prop_assert_eq!((back.year(), back.month()), (date.year(), date.month()));
        prop_assert!(back <= date);
        if date.day() <= 28 {
            prop_assert_eq!(back, date, "days that exist in every month come back exactly");
        }
        let forth = add_months(sub_months(date, months), months);
        prop_assert_eq!((forth.year(), forth.month()), (date.year(), date.month()));
        prop_assert!(forth <= date);
        if date.day() <= 28 {
            prop_assert_eq!(forth, date);
        }
    }

    #[test]
    fn adding_months_in_whole_years_keeps_the_day_except_29_february(
        date in any_date(),
        years in 0u32..=50,
    ) {
        let added = add_months(date, years * 12);
        prop_assert_eq!(added.year(), date.year() + years as i32);
        if !(date.month() == 2 && date.day() == 29) {
            prop_assert_eq!((added.month(), added.day()), (date.month(), date.day()));
        }
    }

    #[test]
    fn add_months_is_monotonic_in_the_date_and_in_the_months(
        a in any_date(),
        b in any_date(),
        m in 0u32..=120,
        n in 0u32..=120,
    ) {
        let (early, late) = if a <= b { (a, b) } else { (b, a) };
        prop_assert!(add_months(early, m) <= add_months(late, m));
        prop_assert!(sub_months(early, m) <= sub_months(late, m));
        let (few, many) = if m <= n { (m, n) } else { (n, m) };
        prop_assert!(add_months(a, few) <= add_months(a, many));
        prop_assert!(sub_months(a, few) >= sub_months(a, many));
    }

    #[test]
    fn days_between_is_antisymmetric(a in any_date(), b in any_date()) {
        prop_assert_eq!(days_between(a, b), -days_between(b, a));
        prop_assert_eq!(days_between(a, a), 0);
        prop_assert_eq!(a + Duration::days(days_between(a, b)), b);
        prop_assert_eq!(days_between(a, b) > 0, b > a);
    }

    #[test]
    fn days_between_adds_up(a in any_date(), b in any_date(), c in any_date()) {
        prop_assert_eq!(days_between(a, b) + days_between(b, c), days_between(a, c));
    }

    #[test]
    fn parse_iso_reads_what_the_date_input_gives(date in any_date()) {
        let text = date.format("%Y-%m-%d").to_string();
        prop_assert_eq!(parse_iso(&text), Some(date));
    }

    /// `parse_iso` reads stored dates instead of chrono's `FromStr` (smaller in the wasm): it
    /// must read exactly what chrono reads, odd text included.
    #[test]
    fn parse_iso_reads_what_chrono_reads(text in r"[ \t]?[+-]?[ \t]?[0-9]{0,6}[ -]{0,2}[0-9]{0,3}[ -]{0,2}[0-9]{0,3}[ x\u{a0}]?") {
        prop_assert_eq!(parse_iso(&text), text.parse::<NaiveDate>().ok(), "{:?}", text);
    }

    #[test]
    fn parse_iso_reads_every_date_chrono_writes(date in any_date(), pad in "[ ]{0,2}") {
        let text = format!("{pad}{date}{pad}");
        prop_assert_eq!(parse_iso(&text), Some(date));
    }
}
