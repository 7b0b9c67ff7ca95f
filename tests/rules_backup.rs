//! When the app reminds the user to download a copy of their journey.

use cert_planner::domain::edge::backup::{copy_is_due, LastCopy};
use chrono::NaiveDate;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

#[test]
fn a_copy_is_due_only_with_changes_since_a_copy_older_than_the_setting() {
    let today = d(2026, 11, 25);
    let copy = |date, revision| Some(LastCopy { date, revision });
    // (label, last copy, revision now, has records, reminder days, due?)
    let rows = [
        (
            "nothing recorded, never downloaded",
            None,
            0,
            false,
            30,
            false,
        ),
        ("records, never downloaded", None, 3, true, 30, true),
        (
            "copy 30 days old, changed since",
            copy(d(2026, 10, 26), 3),
            4,
            true,
            30,
            true,
        ),
        (
            "copy 29 days old, changed since",
            copy(d(2026, 10, 27), 3),
            4,
            true,
            30,
            false,
        ),
        (
            "copy a year old, nothing changed",
            copy(d(2025, 11, 25), 4),
            4,
            true,
            30,
            false,
        ),
        (
            "copy 2 days old, setting 1 day",
            copy(d(2026, 11, 23), 1),
            2,
            true,
            1,
            true,
        ),
        (
            "everything erased since the copy",
            copy(d(2025, 1, 1), 1),
            9,
            false,
            30,
            false,
        ),
        (
            "a copy dated in the future",
            copy(d(2027, 1, 1), 1),
            2,
            true,
            30,
            false,
        ),
    ];
    for (label, last, revision, has_records, days, due) in rows {
        assert_eq!(
            copy_is_due(last, revision, has_records, days, today),
            due,
            "{label}"
        );
    }
}
