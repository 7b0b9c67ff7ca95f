#![cfg(not(target_arch = "wasm32"))]
//! The one definition of a valid journey (`domain::rules::limits`): the ends are admitted, one step
//! past them is not, and each problem says what and why in plain words.

mod common;

use cert_planner::domain::rules::limits::*;
use common::d;

#[test]
fn the_first_and_last_dates_are_admitted_and_the_days_beyond_are_not() {
    assert!(date_admitted(FIRST_DATE));
    assert!(date_admitted(LAST_DATE));
    assert!(!date_admitted(FIRST_DATE.pred_opt().unwrap()));
    assert!(!date_admitted(LAST_DATE.succ_opt().unwrap()));
    assert_eq!(FIRST_DATE, d(1900, 1, 1));
    assert_eq!(LAST_DATE, d(2199, 12, 31));
    assert_eq!(FIRST_DATE.to_string(), FIRST_DATE_ISO);
    assert_eq!(LAST_DATE.to_string(), LAST_DATE_ISO);
}

#[test]
fn a_year_typed_with_too_few_digits_is_named_with_its_date() {
    assert_eq!(
        date_problem("earned date", d(25, 1, 1)).as_deref(),
        Some("the earned date 1 Jan 0025 is outside 1 Jan 1900 to 31 Dec 2199")
    );
    assert_eq!(date_problem("earned date", d(2026, 1, 1)), None);
}

#[test]
fn text_is_counted_in_characters_not_bytes() {
    let at_most = "é".repeat(MAX_NAME_CHARS);
    assert_eq!(text_problem("title", &at_most, MAX_NAME_CHARS), None);
    let one_more = "é".repeat(MAX_NAME_CHARS + 1);
    assert_eq!(
        text_problem("title", &one_more, MAX_NAME_CHARS).as_deref(),
        Some("the title is 201 characters long; the most allowed is 200")
    );
}

#[test]
fn a_number_is_admitted_from_its_least_to_its_most() {
    assert_eq!(number_problem("weeks", 1, 104, 1), None);
    assert_eq!(number_problem("weeks", 104, 104, 1), None);
    assert_eq!(
        number_problem("weeks", 0, 104, 1).as_deref(),
        Some("the weeks 0 is outside 1 to 104")
    );
    assert_eq!(
        number_problem("fee", 101, 100, 0).as_deref(),
        Some("the fee 101 is more than the most allowed, 100")
    );
}
