#![cfg(not(target_arch = "wasm32"))]
//! `docs/rules.md`, "Earning" and "SEUs": a course already taken, recorded from the
//! certifications page without an offer: the certification earned on the last course day and
//! its SEUs, one entry a course day (only the days it taught), at most 8 SEUs a day; all or
//! nothing.

mod common;

use cert_planner::domain::rules::catalogue::CertificationKind as K;
use cert_planner::domain::training::{record_taken_course, OfferField, TakenCourse};
use cert_planner::model::journey::Journey;
use cert_planner::model::seu::{SeuCategory, SeuSource};
use cert_planner::model::Minutes;
use chrono::NaiveDate;
use common::{d, held, today};

/// (rule, first day, last day, course days, hours a day, days logged, SEU minutes a day)
type CourseRow = (
    &'static str,
    NaiveDate,
    NaiveDate,
    Option<u32>,
    u32,
    Vec<NaiveDate>,
    u32,
);

fn course(first: NaiveDate, last: NaiveDate, days: Option<u32>, hours: u32) -> TakenCourse {
    TakenCourse {
        certification: K::Cspo,
        first_day: first,
        last_day: last,
        course_days: days,
        minutes_per_day: Minutes::hours(hours),
    }
}

#[test]
fn a_course_taken_records_the_certification_on_its_last_day_and_logs_only_its_course_days() {
    let tuesdays = [
        d(2026, 3, 3),
        d(2026, 3, 10),
        d(2026, 3, 17),
        d(2026, 3, 24),
    ];
    let rows: [CourseRow; 4] = [
        (
            "four Tuesdays count four course days, not the 22 calendar days between them",
            tuesdays[0],
            tuesdays[3],
            Some(4),
            4,
            tuesdays.to_vec(),
            4 * 60,
        ),
        (
            "two consecutive days with no count given teach every day",
            d(2026, 3, 9),
            d(2026, 3, 10),
            None,
            8,
            vec![d(2026, 3, 9), d(2026, 3, 10)],
            8 * 60,
        ),
        (
            "a 10-hour teaching day gives at most 8 SEUs",
            d(2026, 3, 9),
            d(2026, 3, 10),
            Some(2),
            10,
            vec![d(2026, 3, 9), d(2026, 3, 10)],
            8 * 60,
        ),
        (
            "one course day is logged on the last day",
            d(2026, 3, 9),
            d(2026, 3, 12),
            Some(1),
            6,
            vec![d(2026, 3, 12)],
            6 * 60,
        ),
    ];
    for (rule, first, last, days, hours, logged_days, per_day) in rows {
        let mut j = Journey::default();
        let done = record_taken_course(&mut j, course(first, last, days, hours), today())
            .unwrap_or_else(|e| panic!("{rule}: {e:?}"));
        assert_eq!(j.certifications.len(), 1, "{rule}");
        assert_eq!(j.certifications[0].kind, K::Cspo, "{rule}");
        assert_eq!(j.certifications[0].earned, last, "{rule}");
        assert_eq!(done.earned, last, "{rule}");
        let logged: Vec<(NaiveDate, u32, SeuCategory, SeuSource)> = j
            .seu_log
            .iter()
            .map(|e| (e.date, e.minutes.get(), e.category, e.source))
            .collect();
        let expected: Vec<_> = logged_days
            .iter()
            .map(|day| (*day, per_day, SeuCategory::Learning, SeuSource::Course))
            .collect();
        assert_eq!(logged, expected, "{rule}");
        // The SEUs recorded are course days × hours a day, within the daily cap.
        let days_taught = u32::try_from(logged_days.len()).expect("few days");
        assert_eq!(
            done.seu_minutes,
            Minutes(days_taught * hours.min(8) * 60),
            "{rule}"
        );
        assert_eq!(done.seu_entry_ids.len(), logged_days.len(), "{rule}");
    }
}

#[test]
fn a_course_taken_with_bad_input_records_nothing_and_names_the_field() {
    let ok = course(d(2026, 3, 3), d(2026, 3, 24), Some(4), 4);
    let mut holds_cspo = Journey::default();
    holds_cspo
        .certifications
        .push(held(1, K::Cspo, d(2025, 1, 10)));
    // (rule, journey, course, field that says what is wrong)
    let rows: [(&str, Journey, TakenCourse, OfferField); 7] = [
        (
            "more course days than calendar days",
            Journey::default(),
            TakenCourse {
                course_days: Some(23),
                ..ok.clone()
            },
            OfferField::CourseDays,
        ),
        (
            "no course days",
            Journey::default(),
            TakenCourse {
                course_days: Some(0),
                ..ok.clone()
            },
            OfferField::CourseDays,
        ),
        (
            "the last day before the first",
            Journey::default(),
            TakenCourse {
                last_day: d(2026, 3, 2),
                course_days: None,
                ..ok.clone()
            },
            OfferField::End,
        ),
        (
            "the last day in the future",
            Journey::default(),
            TakenCourse {
                last_day: d(2026, 6, 2),
                course_days: None,
                ..ok.clone()
            },
            OfferField::End,
        ),
        (
            "no teaching hours",
            Journey::default(),
            TakenCourse {
                minutes_per_day: Minutes::ZERO,
                ..ok.clone()
            },
            OfferField::MinutesPerDay,
        ),
        (
            "a certification held already",
            holds_cspo,
            ok.clone(),
            OfferField::Certification,
        ),
        (
            "an advanced course without its prerequisite",
            Journey::default(),
            TakenCourse {
                certification: K::ACspo,
                ..ok.clone()
            },
            OfferField::Certification,
        ),
    ];
    for (rule, journey, course, field) in rows {
        let mut j = journey.clone();
        let errors = record_taken_course(&mut j, course, today()).expect_err(rule);
        assert_eq!(j, journey, "{rule}: nothing recorded");
        assert_eq!(
            errors.iter().map(|e| e.field).collect::<Vec<_>>(),
            vec![field],
            "{rule}: {errors:?}"
        );
        assert!(!errors[0].message.is_empty(), "{rule}");
    }
}
