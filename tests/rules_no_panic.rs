#![cfg(not(target_arch = "wasm32"))]
//! No input can panic or hang: the domain's rules return for journeys whose dates (and
//! `today`) lie anywhere in chrono's calendar, `NaiveDate::MIN..=NaiveDate::MAX`, with numbers
//! anywhere in their types. Time is bounded by construction: every loop over dates in the
//! domain has a bound (see `dates::whole_months_between`, `path::earliest_eligible`,
//! `planning::occurrences`, `timeline::renewals_until`); nothing here measures time.

mod common;

use cert_planner::basics::dates::{add_days, add_months, sub_days, sub_months};
use cert_planner::domain::edge::example::example_journey;
use cert_planner::domain::path::{
    calendar_months, earliest_eligible, next_steps, path_cost, proposed_target_date,
};
use cert_planner::domain::renewals::calendar::{deadlines, deadlines_ics};
use cert_planner::domain::renewals::timeline::{fee_forecast, renewals_to_come, timeline_rows};
use cert_planner::domain::rules::catalogue::{CertificationKind, CATALOGUE};
use cert_planner::domain::rules::renewal::{combined_requirement, next_deadline, standings};
use cert_planner::domain::seus::log::next_renewal;
use cert_planner::domain::seus::plan::{months_between, occurrences, plan_progress};
use cert_planner::model::journey::{HeldCertification, Journey, RecordedRenewal};
use cert_planner::model::path::{Role, RoleKind};
use cert_planner::model::plan::{PlannedActivity, Recurrence, Schedule};
use cert_planner::model::seu::{SeuCategory, SeuEntry, SeuSource};
use cert_planner::model::training::{
    ChecklistAnswers, CourseFormat, CourseOffer, Listing, TrainerCredential,
};
use cert_planner::model::{CertificationId, Choice, Minutes, Money, OfferId};
use chrono::{DateTime, Datelike, NaiveDate};
use common::d;
use proptest::prelude::*;

/// Every rule the pages call, on one journey and one day. Returns a figure so nothing is
/// optimised away.
fn run_every_rule(journey: &Journey, today: NaiveDate) -> usize {
    let mut seen = 0;
    let all = standings(journey, today);
    seen += all.len();
    seen += usize::from(next_deadline(&all).is_some());
    seen += usize::from(combined_requirement(journey).is_some());
    seen += usize::from(next_renewal(journey, today).is_some());
    seen += timeline_rows(journey, today).len();
    seen += renewals_to_come(journey, today).len();
    seen += fee_forecast(journey, today).years.len();
    if let Some(plan) = plan_progress(journey, today) {
        seen += plan.activities.len();
        seen += usize::from(plan.pace_needed.is_nan());
    }
    for step in next_steps(journey, today) {
        seen += step.missing.len();
    }
    for &kind in RoleKind::ALL {
        let _ = earliest_eligible(&journey.path.roles, kind, 12, today);
    }
    let target = proposed_target_date(journey, CertificationKind::CspPo, today);
    seen += path_cost(journey, CertificationKind::CspPo, target, today)
        .renewals
        .len();
    seen += deadlines(journey, today).len();
    let now = DateTime::from_timestamp(1_750_000_000, 0).expect("a time");
    seen += deadlines_ics(journey, today, now).len();
    seen
}

fn kinds() -> Vec<CertificationKind> {
    CATALOGUE.iter().map(|e| e.kind).collect()
}

/// A journey with every date set to `date`: certifications of every kind, renewals, SEU
/// entries, planned activities of each schedule, a chosen course, roles.
fn everything_on(date: NaiveDate, minutes: u32) -> Journey {
    let mut journey = Journey::default();
    for kind in kinds() {
        let id = journey.take_id();
        journey.certifications.push(HeldCertification {
            id,
            kind,
            name: "Named".into(),
            earned: date,
            expires: Some(date),
            license_accepted: true,
            experience_validated: true,
            notes: String::new(),
        });
    }
    let renewed: Vec<CertificationId> = journey.certifications.iter().map(|c| c.id).collect();
    let renewal = journey.take_id();
    journey.renewals.push(RecordedRenewal {
        id: renewal,
        date,
        renewed,
        fee_paid: Money::ZERO,
    });
    for used in [None, Some(renewal)] {
        let id = journey.take_id();
        journey.seu_log.push(SeuEntry {
            id,
            date,
            minutes: Minutes(minutes),
            category: SeuCategory::Learning,
            source: SeuSource::Reading,
            title: "x".into(),
            notes: String::new(),
            evidence: String::new(),
            used_by_renewal: used,
            proofs: Vec::new(),
        });
    }
    for schedule in [
        Schedule::Once { date },
        Schedule::Monthly(Recurrence {
            every: 1,
            from: date,
            until: None,
        }),
        Schedule::Weekly(Recurrence {
            every: 1,
            from: date,
            until: Some(date),
        }),
    ] {
        let id = journey.take_id();
        journey.planned_activities.push(PlannedActivity {
            id,
            title: "p".into(),
            source: SeuSource::Webinar,
            category: SeuCategory::Learning,
            minutes_each: Minutes(minutes),
            schedule,
            notes: String::new(),
        });
    }
    let offer: OfferId = journey.take_id();
    journey
        .training
        .offers
        .push(offer_on(offer, Some(date), Some(date)));
    journey.training.chosen = Some(offer);
    for (kind, end) in [
        (RoleKind::ProductOwner, None),
        (RoleKind::ScrumMaster, Some(date)),
    ] {
        let id = journey.take_id();
        journey.path.roles.push(Role {
            id,
            title: "r".into(),
            kind,
            start: date,
            end,
        });
    }
    journey.settings.grace_period_days = u32::MAX;
    journey
}

fn offer_on(id: OfferId, start: Option<NaiveDate>, end: Option<NaiveDate>) -> CourseOffer {
    CourseOffer {
        id,
        certification: CertificationKind::ACspo,
        provider: "p".into(),
        trainer: String::new(),
        trainer_credential: TrainerCredential::Cst,
        listed_by_scrum_alliance: Listing::Listed,
        format: CourseFormat::LiveOnline,
        start,
        end,
        minutes_per_day: Minutes(480),
        course_days: None,
        place: String::new(),
        language: String::new(),
        price: Money(u64::MAX),
        currency: "USD".into(),
        checklist: ChecklistAnswers::default(),
        notes: String::new(),
        link: String::new(),
    }
}

const ENDS: [NaiveDate; 2] = [NaiveDate::MIN, NaiveDate::MAX];

#[test]
fn every_rule_returns_for_dates_at_the_ends_of_the_calendar() {
    let near_min = add_days(NaiveDate::MIN, 400);
    let near_max = sub_days(NaiveDate::MAX, 400);
    let days = [
        NaiveDate::MIN,
        near_min,
        d(2025, 6, 1),
        near_max,
        NaiveDate::MAX,
    ];
    for data in days {
        for today in days {
            for minutes in [0, 90, u32::MAX] {
                run_every_rule(&everything_on(data, minutes), today);
            }
        }
    }
}

#[test]
fn the_example_journey_can_be_made_on_any_day() {
    for today in ENDS {
        run_every_rule(&example_journey(today), today);
    }
}

#[test]
fn date_helpers_hold_at_the_ends_of_the_calendar() {
    // (label, result, expected)
    let rows = [
        (
            "a day after the last",
            add_days(NaiveDate::MAX, 1),
            NaiveDate::MAX,
        ),
        (
            "a day before the first",
            sub_days(NaiveDate::MIN, 1),
            NaiveDate::MIN,
        ),
        (
            "i64::MAX days on",
            add_days(NaiveDate::MIN, i64::MAX),
            NaiveDate::MAX,
        ),
        (
            "i64::MIN days on",
            add_days(NaiveDate::MAX, i64::MIN),
            NaiveDate::MIN,
        ),
        (
            "i64::MIN days back",
            sub_days(NaiveDate::MIN, i64::MIN),
            NaiveDate::MAX,
        ),
        (
            "months past the last",
            add_months(NaiveDate::MAX, 1),
            NaiveDate::MAX,
        ),
        (
            "months before the first",
            sub_months(NaiveDate::MIN, 1),
            NaiveDate::MIN,
        ),
        (
            "an ordinary day on",
            add_days(d(2024, 2, 28), 2),
            d(2024, 3, 1),
        ),
        (
            "an ordinary day back",
            sub_days(d(2024, 3, 1), 1),
            d(2024, 2, 29),
        ),
    ];
    for (label, got, expected) in rows {
        assert_eq!(got, expected, "{label}");
    }
    assert!(months_between(NaiveDate::MIN, NaiveDate::MAX).is_finite());
    assert!(months_between(sub_days(NaiveDate::MAX, 3), NaiveDate::MAX) <= 1.0);
    let (months, _) = calendar_months(NaiveDate::MIN, NaiveDate::MAX);
    assert!(months > 6_000_000, "{months}");
    assert_eq!(calendar_months(d(2024, 1, 1), d(2024, 3, 31)), (3, 0));
    assert_eq!(calendar_months(d(2024, 1, 15), d(2024, 3, 20)), (2, 6));
}

#[test]
fn a_schedule_has_a_bounded_number_of_occurrences() {
    let schedule = Schedule::Weekly(Recurrence {
        every: 1,
        from: NaiveDate::MIN,
        until: None,
    });
    assert!(occurrences(&schedule, NaiveDate::MAX).len() <= 10_000);
}

// ---------------------------------------------------------------------------------------------
// Property tests: random journeys over the whole calendar.

fn any_date() -> impl Strategy<Value = NaiveDate> {
    let first = NaiveDate::MIN.num_days_from_ce();
    let last = NaiveDate::MAX.num_days_from_ce();
    let day = |n: i32| NaiveDate::from_num_days_from_ce_opt(n).expect("in range");
    prop_oneof![
        Just(NaiveDate::MIN),
        Just(NaiveDate::MAX),
        (first..first + 2_000).prop_map(day),
        (last - 2_000..=last).prop_map(day),
        (first..=last).prop_map(day),
        (d(2015, 1, 1).num_days_from_ce()..d(2035, 1, 1).num_days_from_ce()).prop_map(day),
    ]
}

fn any_schedule() -> impl Strategy<Value = Schedule> {
    prop_oneof![
        any_date().prop_map(|date| Schedule::Once { date }),
        (0u32..200, any_date(), prop::option::of(any_date()))
            .prop_map(|(every, from, until)| Schedule::Monthly(Recurrence { every, from, until })),
        (0u32..200, any_date(), prop::option::of(any_date()))
            .prop_map(|(every, from, until)| Schedule::Weekly(Recurrence { every, from, until })),
    ]
}

prop_compose! {
    fn any_journey()(
        certs in prop::collection::vec(
            (0..CATALOGUE.len(), any_date(), prop::option::of(any_date()), any::<bool>(), any::<bool>()),
            0..5),
        renewals in prop::collection::vec((any_date(), prop::collection::vec(0u64..12, 0..4)), 0..3),
        entries in prop::collection::vec(
            (any_date(), any::<u32>(), prop::option::of(0usize..3)), 0..6),
        plans in prop::collection::vec((any_schedule(), any::<u32>()), 0..3),
        roles in prop::collection::vec((0usize..3, any_date(), prop::option::of(any_date())), 0..4),
        offer in prop::option::of((prop::option::of(any_date()), prop::option::of(any_date()))),
        grace in any::<u32>(),
        window in any::<u32>(),
        experience in any::<u32>(),
        alignment in any::<bool>(),
    ) -> Journey {
        let mut journey = Journey::default();
        journey.settings.grace_period_days = grace;
        journey.settings.seu_window_months = window;
        journey.settings.advanced_experience_months = experience;
        journey.settings.alignment_on_new_certification = alignment;
        for (kind, earned, expires, license, validated) in certs {
            let id = journey.take_id();
            journey.certifications.push(HeldCertification {
                id,
                kind: CATALOGUE[kind].kind,
                name: "n".into(),
                earned,
                expires,
                license_accepted: license,
                experience_validated: validated,
                notes: String::new(),
            });
        }
        let mut renewal_ids = Vec::new();
        for (date, renewed) in renewals {
            let id = journey.take_id();
            renewal_ids.push(id);
            journey.renewals.push(RecordedRenewal { id, date, renewed: renewed.into_iter().map(CertificationId).collect(), fee_paid: Money::ZERO });
        }
        for (date, minutes, used) in entries {
            let id = journey.take_id();
            journey.seu_log.push(SeuEntry {
                id,
                date,
                minutes: Minutes(minutes),
                category: SeuCategory::Events,
                source: SeuSource::Conference,
                title: "e".into(),
                notes: String::new(),
                evidence: String::new(),
                used_by_renewal: used.and_then(|i| renewal_ids.get(i).copied()),
                proofs: Vec::new(),
            });
        }
        for (schedule, minutes_each) in plans {
            let id = journey.take_id();
            journey.planned_activities.push(PlannedActivity {
                id,
                title: "p".into(),
                source: SeuSource::Webinar,
                category: SeuCategory::Learning,
                minutes_each: Minutes(minutes_each),
                schedule,
                notes: String::new(),
            });
        }
        for (kind, start, end) in roles {
            let id = journey.take_id();
            journey.path.roles.push(Role { id, title: "r".into(), kind: RoleKind::ALL[kind], start, end });
        }
        if let Some((start, end)) = offer {
            let id: OfferId = journey.take_id();
            journey.training.offers.push(offer_on(id, start, end));
            journey.training.chosen = Some(id);
        }
        journey
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn no_journey_and_no_day_makes_a_rule_panic(journey in any_journey(), today in any_date()) {
        run_every_rule(&journey, today);
    }

    #[test]
    fn month_counts_are_finite_for_any_two_days(from in any_date(), to in any_date()) {
        let months = months_between(from, to);
        prop_assert!(months.is_finite() && months >= 0.0);
        let (whole, _) = calendar_months(from.min(to), from.max(to));
        prop_assert!(add_months(from.min(to), whole) <= cert_planner::basics::dates::next_day(from.max(to)));
    }
}
