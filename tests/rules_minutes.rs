#![cfg(not(target_arch = "wasm32"))]
//! Durations in minutes (`model::minutes`): one type for how long an activity lasts and for every
//! SEU figure (`docs/rules.md`, "SEUs": 1 hour = 1 SEU). Sums saturate instead of overflowing,
//! SEUs and hours read as the app shows them, and the stored number is the plain minutes it
//! always was.

use cert_planner::model::plan::PlannedActivity;
use cert_planner::model::seu::SeuEntry;
use cert_planner::model::training::CourseOffer;
use cert_planner::model::Minutes;
use proptest::prelude::*;
use serde_json::json;

#[test]
fn seus_and_hours_read_as_the_app_shows_them() {
    // (minutes, SEUs, hours)
    let rows: &[(u32, &str, &str)] = &[
        (0, "0", "0 min"),
        (45, "0.75", "45 min"),
        (60, "1", "1 h"),
        (90, "1.5", "1 h 30 min"),
        (100, "1.67", "1 h 40 min"),
        (480, "8", "8 h"),
        (16 * 60, "16", "16 h"),
        (930, "15.5", "15 h 30 min"),
    ];
    for (minutes, seus, hours) in rows {
        let m = Minutes(*minutes);
        assert_eq!(m.seus_text(), *seus, "{minutes}");
        assert_eq!(m.hours_text(), *hours, "{minutes}");
    }
    assert_eq!(Minutes::seus(20), Minutes(1200));
    assert_eq!(Minutes::hours(24), Minutes(1440));
    assert!((Minutes(90).as_seus() - 1.5).abs() < 1e-12);
}

#[test]
fn hours_and_minutes_typed_apart_make_one_duration() {
    assert_eq!(Minutes::from_hours_and_minutes(1, 30), Some(Minutes(90)));
    assert_eq!(Minutes::from_hours_and_minutes(0, 0), Some(Minutes::ZERO));
    assert_eq!(Minutes(90).hours_and_minutes(), (1, 30));
    // 60 minutes or more is not "the minutes left"; a sum past u32 does not fit.
    assert_eq!(Minutes::from_hours_and_minutes(1, 60), None);
    assert_eq!(Minutes::from_hours_and_minutes(u32::MAX, 0), None);
}

#[test]
fn arithmetic_saturates_or_says_it_does_not_fit() {
    let max = Minutes(u32::MAX);
    assert_eq!(max.saturating_add(Minutes(1)), max);
    assert_eq!(Minutes(5).saturating_sub(Minutes(9)), Minutes::ZERO);
    assert_eq!(Minutes(2).saturating_mul(u32::MAX), max);
    assert_eq!(max.checked_add(Minutes(1)), None);
    assert_eq!(Minutes(2).checked_mul(u32::MAX), None);
    assert_eq!(Minutes(30).checked_add(Minutes(60)), Some(Minutes(90)));
    assert_eq!([max, max, Minutes(1)].into_iter().sum::<Minutes>(), max);
    assert_eq!(Minutes::seus(u32::MAX), max);
    assert_eq!(Minutes::hours(u32::MAX), max);
}

#[test]
fn stored_minutes_load_and_save_as_the_plain_numbers_they_were() {
    let entry = json!({
        "id": 3, "date": "2025-06-01", "minutes": 90, "category": "Learning",
        "source": "Reading", "title": "Book", "notes": "", "evidence": "",
        "used_by_renewal": null
    });
    let activity = json!({
        "id": 4, "title": "Webinar", "source": "Webinar", "category": "Learning",
        "minutes_each": 120, "schedule": {"kind": "once", "date": "2026-01-01"}, "notes": ""
    });
    let offer = json!({
        "id": 5, "certification": "CSPO", "provider": "P", "trainer": "T",
        "trainer_credential": "Cst", "listed_by_scrum_alliance": "Listed", "format": "LiveOnline",
        "start": null, "end": null, "minutes_per_day": 480, "course_days": null, "place": "", "language": "",
        "price_cents": 120_000, "currency": "USD",
        "checklist": {"covers_all_objectives": null, "hands_on_practice": null,
                      "interactive_activities": null, "practice_tests": null},
        "notes": "", "link": ""
    });
    let e: SeuEntry = serde_json::from_value(entry.clone()).expect("an SEU entry");
    assert_eq!(e.minutes, Minutes(90));
    assert_eq!(serde_json::to_value(&e).unwrap(), entry);
    let a: PlannedActivity = serde_json::from_value(activity.clone()).expect("an activity");
    assert_eq!(a.minutes_each, Minutes(120));
    assert_eq!(serde_json::to_value(&a).unwrap(), activity);
    let o: CourseOffer = serde_json::from_value(offer.clone()).expect("an offer");
    assert_eq!(o.minutes_per_day, Minutes(480));
    assert_eq!(serde_json::to_value(&o).unwrap(), offer);
    assert_eq!(serde_json::to_string(&Minutes(90)).unwrap(), "90");
    assert!(serde_json::from_str::<Minutes>("-5").is_err());
    assert!(serde_json::from_str::<Minutes>("1.5").is_err());
}

proptest! {
    #[test]
    fn sums_never_wrap_and_never_fall_below_either_part(a: u32, b: u32) {
        let sum = Minutes(a).saturating_add(Minutes(b));
        prop_assert!(sum >= Minutes(a) && sum >= Minutes(b));
        prop_assert_eq!(sum.get(), a.saturating_add(b));
        prop_assert_eq!(Minutes(a).checked_add(Minutes(b)).map(Minutes::get), a.checked_add(b));
        prop_assert!(Minutes(a).saturating_sub(Minutes(b)) <= Minutes(a));
    }

    #[test]
    fn hours_and_minutes_round_trip(m: u32) {
        let (h, rest) = Minutes(m).hours_and_minutes();
        prop_assert!(rest < 60);
        prop_assert_eq!(Minutes::from_hours_and_minutes(h, rest), Some(Minutes(m)));
    }

    #[test]
    fn seus_text_rounds_to_two_decimals_without_trailing_zeros(m in 0u32..10_000_000) {
        let text = Minutes(m).seus_text();
        let read: f64 = text.parse().expect("a number");
        prop_assert!((read - f64::from(m) / 60.0).abs() <= 0.005 + 1e-9, "{} -> {}", m, text);
        prop_assert!(!text.ends_with('.'));
        prop_assert!(!text.contains('.') || !text.ends_with('0'), "{}", text);
    }
}
