#![cfg(not(target_arch = "wasm32"))]
//! Numbers as text (`basics::decimal`): the app prints SEUs, hours, sizes and paces by integer
//! arithmetic, and they read exactly as Rust's float formatting would print them.

use cert_planner::basics::decimal::{fixed_text, ratio_text, short_ratio_text};
use proptest::prelude::*;

#[test]
fn short_fractions_drop_trailing_zeros_and_a_bare_point() {
    for (n, d, decimals, text) in [
        (90, 60, 2, "1.5"),
        (120, 60, 2, "2"),
        (600, 60, 2, "10"),
        (20, 60, 2, "0.33"),
        (0, 60, 2, "0"),
        (100, 1, 0, "100"),
        (10_485_760, 1_048_576, 1, "10"),
    ] {
        assert_eq!(short_ratio_text(n, d, decimals), text, "{n}/{d}");
    }
}

#[test]
fn fractions_read_with_their_decimals() {
    for (n, d, decimals, text) in [
        (90, 60, 2, "1.50"),
        (1, 60, 2, "0.02"),
        (6_500_000, 1_048_576, 1, "6.2"),
        (1_310_720, 1_048_576, 1, "1.2"),
        (5, 1, 0, "5"),
        (3, 0, 1, "0.0"),
    ] {
        assert_eq!(ratio_text(n, d, decimals), text, "{n}/{d}");
    }
    for (value, decimals, text) in [
        (720.0, 0, "720"),
        (118.04, 1, "118.0"),
        (3.25, 1, "3.2"),
        // Stored a little under 0.15 and a little over 2.675: no tie, whatever the text says.
        (0.15, 1, "0.1"),
        (2.675, 2, "2.67"),
        (0.125, 2, "0.12"),
        // Rust prints "-0.0"; a chart or a figure never needs the sign of zero.
        (-0.04, 1, "0.0"),
        (-1.26, 1, "-1.3"),
        (f64::NAN, 1, "0.0"),
    ] {
        assert_eq!(fixed_text(value, decimals), text, "{value}");
    }
}

/// `format!("{:.N}")`, without the sign of a value that rounds to zero ("-0.0" reads "0.0").
fn float_formatting(value: f64, decimals: u32) -> String {
    let text = format!("{value:.prec$}", prec = decimals as usize);
    match text.strip_prefix('-') {
        Some(digits) if digits.bytes().all(|b| b == b'0' || b == b'.') => digits.to_owned(),
        _ => text,
    }
}

proptest! {
    #[test]
    fn minutes_over_sixty_print_as_float_formatting_does(m in 0u64..100_000_000) {
        prop_assert_eq!(ratio_text(m, 60, 2), format!("{:.2}", m as f64 / 60.0));
    }

    #[test]
    fn bytes_over_powers_of_1024_print_as_float_formatting_does(
        bytes in 0u64..(1 << 50),
        power in 1u32..4,
    ) {
        let unit = 1u64 << (10 * power);
        prop_assert_eq!(ratio_text(bytes, unit, 1), format!("{:.1}", bytes as f64 / unit as f64));
    }

    #[test]
    fn tenths_print_as_float_formatting_does(tenths in -10_000_000i64..10_000_000) {
        let value = tenths as f64 / 10.0;
        prop_assert_eq!(fixed_text(value, 1), format!("{value:.1}"));
    }

    /// Halfway cases are where rounding can go wrong: 0.15 is stored a little under 0.15 and
    /// 0.25 exactly (a tie, to even), so they print "0.1" and "0.2" with one decimal.
    #[test]
    fn values_halfway_between_two_texts_print_as_float_formatting_does(
        halves in -20_000_000i64..20_000_000,
        decimals in 0u32..4,
    ) {
        let value = (halves as f64 + 0.5) / 10f64.powi(decimals as i32);
        prop_assert_eq!(fixed_text(value, decimals), float_formatting(value, decimals));
    }

    #[test]
    fn any_float_prints_as_float_formatting_does(
        value in prop_oneof![
            -1e6f64..1e6,
            -1.0f64..1.0,
            any::<f64>().prop_filter("a magnitude under 2^63 / 10^9", |v| v.abs() < 9.2e9),
        ],
        decimals in 0u32..10,
    ) {
        prop_assert_eq!(fixed_text(value, decimals), float_formatting(value, decimals));
    }

    #[test]
    fn chart_coordinates_are_within_a_twentieth(value in 0.0f64..10_000.0) {
        let read: f64 = fixed_text(value, 1).parse().expect("a number");
        prop_assert!((read - value).abs() <= 0.05 + 1e-9);
    }
}
