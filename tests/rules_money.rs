#![cfg(not(target_arch = "wasm32"))]
//! Money as people type it and as the app writes it (`model::money`): one parser for every price
//! and fee field ("1000", "1,000", "$1,000.50"), one formatter ("$1,000", "1,000.50 EUR").
//! Amounts are never negative: a negative price or fee is refused here, at the parser, and never
//! reaches the rules.

use cert_planner::model::money::{MoneyError, MAX_MONEY};
use cert_planner::model::Money;
use proptest::prelude::*;

#[test]
fn amounts_read_as_people_type_them() {
    // (typed, cents)
    let rows: &[(&str, u64)] = &[
        ("1000", 100_000),
        ("1,000", 100_000),
        ("$1,000", 100_000),
        ("$1,000.50", 100_050),
        ("995.5", 99_550),
        ("0", 0),
        // The fees as the renewal form reads them (moved from the timeline's fee parser).
        ("175", 17_500),
        ("$175.50", 17_550),
        ("175.5", 17_550),
        (" 1,000 ", 100_000),
        // More thousands groups, and cents alone.
        ("123,456.89", 12_345_689),
        ("$0.05", 5),
    ];
    for (typed, cents) in rows {
        assert_eq!(Money::parse(typed), Ok(Money(*cents)), "{typed:?}");
    }
    assert_eq!(
        Money::parse("995.5").map(|m| m.to_string()).as_deref(),
        Ok("$995.50")
    );
}

#[test]
fn negative_malformed_or_empty_amounts_are_refused_with_a_reason() {
    // (typed, why)
    let rows: &[(&str, MoneyError)] = &[
        // Negative amounts: refused here, so no price or fee field ever holds one.
        ("-3", MoneyError::Negative),
        ("$-3", MoneyError::Negative),
        ("-1,000.50", MoneyError::Negative),
        // Thousands commas must group three digits.
        ("1,00", MoneyError::NotANumber),
        ("1,0000", MoneyError::NotANumber),
        (",100", MoneyError::NotANumber),
        // At most two decimals: "1.234" is not one thousand two hundred thirty-four.
        ("1.234", MoneyError::TooManyDecimals),
        ("abc", MoneyError::NotANumber),
        ("12abc", MoneyError::NotANumber),
        ("$", MoneyError::NotANumber),
        ("", MoneyError::Empty),
        ("   ", MoneyError::Empty),
    ];
    for (typed, why) in rows {
        assert_eq!(Money::parse(typed), Err(why.clone()), "{typed:?}");
    }
    assert_eq!(
        MoneyError::Negative.to_string(),
        "The amount cannot be negative."
    );
}

#[test]
fn amounts_above_a_million_dollars_are_refused() {
    assert_eq!(MAX_MONEY, Money::dollars(1_000_000));
    assert_eq!(Money::parse("1,000,000"), Ok(MAX_MONEY));
    assert_eq!(Money::parse("1,000,000.01"), Err(MoneyError::TooLarge));
    assert_eq!(
        Money::parse("99999999999999999999"),
        Err(MoneyError::TooLarge)
    );
}

#[test]
fn dollars_are_written_with_thousands_commas_and_cents_only_when_there_are_some() {
    assert_eq!(Money::dollars(1000).to_string(), "$1,000");
    assert_eq!(Money(100_001).to_string(), "$1,000.01");
    assert_eq!(Money(69_500).to_string(), "$695");
    assert_eq!(Money(99_550).to_string(), "$995.50");
    assert_eq!(Money::ZERO.to_string(), "$0");
    assert_eq!(Money::from_cents(5).to_string(), "$0.05");
}

#[test]
fn other_currencies_put_their_code_after_the_amount() {
    // Moved from the training page's price formatter.
    assert_eq!(Money(69_500).in_currency("USD"), "$695");
    assert_eq!(Money(100_001).in_currency("usd"), "$1,000.01");
    assert_eq!(Money(123_456_750).in_currency("EUR"), "1,234,567.50 EUR");
    assert_eq!(Money(5).in_currency("GBP"), "0.05 GBP");
    assert_eq!(Money(85_000).in_currency("eur"), "850 EUR");
}

proptest! {
    #[test]
    fn what_the_app_writes_reads_back_as_the_same_amount(cents in 0..=MAX_MONEY.cents()) {
        let money = Money(cents);
        prop_assert_eq!(Money::parse(&money.to_string()), Ok(money));
        prop_assert_eq!(Money::parse(&money.amount_text()), Ok(money));
    }
}
