#![cfg(not(target_arch = "wasm32"))]
//! The SEU sources planner: schedules, expected SEUs, and the plan paced toward the next
//! renewal (`docs/rules.md`, "SEUs": the 8-SEU daily cap applies to planned days too).

mod common;

use cert_planner::domain::records::drafts::{add, update};
use cert_planner::domain::rules::catalogue::CertificationKind;
use cert_planner::domain::seus::plan::*;
use cert_planner::model::journey::{HeldCertification, Journey};
use cert_planner::model::plan::{PlannedActivity, Recurrence, Schedule};
use cert_planner::model::records::{remove, restore};
use cert_planner::model::seu::{SeuCategory, SeuEntry, SeuSource};
use cert_planner::model::{ActivityId, Minutes};
use chrono::NaiveDate;
use common::{entry, held, iso, with_next_free_id};
use proptest::prelude::*;

fn dates(list: &[&str]) -> Vec<NaiveDate> {
    list.iter().map(|t| iso(t)).collect()
}

const TODAY: &str = "2026-11-25";

fn monthly(every: u32, from: &str, until: Option<&str>) -> Schedule {
    Schedule::Monthly(Recurrence {
        every,
        from: iso(from),
        until: until.map(iso),
    })
}

fn weekly(every: u32, from: &str, until: Option<&str>) -> Schedule {
    Schedule::Weekly(Recurrence {
        every,
        from: iso(from),
        until: until.map(iso),
    })
}

fn once(date: &str) -> Schedule {
    Schedule::Once { date: iso(date) }
}

fn activity(id: u64, minutes_each: u32, schedule: Schedule) -> PlannedActivity {
    PlannedActivity {
        id: ActivityId(id),
        title: format!("Activity {id}"),
        source: SeuSource::Webinar,
        category: SeuCategory::Learning,
        minutes_each: Minutes(minutes_each),
        schedule,
        notes: String::new(),
    }
}

/// An Events entry from a conference, titled "Logged {id}".
fn logged(id: u64, date: &str, minutes: u32) -> SeuEntry {
    SeuEntry {
        category: SeuCategory::Events,
        source: SeuSource::Conference,
        title: format!("Logged {id}"),
        ..entry(id, date, minutes)
    }
}

/// A certification held since `earned`, its work experience not validated.
fn held_unvalidated(id: u64, kind: CertificationKind, earned: &str) -> HeldCertification {
    HeldCertification {
        experience_validated: false,
        ..held(id, kind, earned)
    }
}

/// A CSPO earned 25 Nov 2025: due 25 Nov 2027, 20 SEUs, exactly 12 months from today.
fn cspo_journey(log: Vec<SeuEntry>, plan: Vec<PlannedActivity>) -> Journey {
    with_next_free_id(Journey {
        certifications: vec![held_unvalidated(1, CertificationKind::Cspo, "2025-11-25")],
        seu_log: log,
        planned_activities: plan,
        ..Journey::default()
    })
}

// -- Schedules -------------------------------------------------------------------------------

#[test]
fn schedules_fall_on_these_dates() {
    for (schedule, up_to, expected) in [
        (once("2027-03-01"), "2027-12-31", vec!["2027-03-01"]),
        (once("2027-03-01"), "2027-02-28", vec![]),
        // Monthly from 31 Jan: the end of shorter months, then back to the 31st.
        (
            monthly(1, "2027-01-31", None),
            "2027-04-30",
            vec!["2027-01-31", "2027-02-28", "2027-03-31", "2027-04-30"],
        ),
        (
            monthly(1, "2028-01-31", None),
            "2028-03-31",
            vec!["2028-01-31", "2028-02-29", "2028-03-31"],
        ),
        (
            monthly(3, "2026-12-15", None),
            "2027-12-31",
            vec![
                "2026-12-15",
                "2027-03-15",
                "2027-06-15",
                "2027-09-15",
                "2027-12-15",
            ],
        ),
        (
            monthly(1, "2026-12-15", Some("2027-02-14")),
            "2027-12-31",
            vec!["2026-12-15", "2027-01-15"],
        ),
        // Weekly until a date (the end date included when it falls on it).
        (
            weekly(2, "2026-12-01", Some("2026-12-29")),
            "2027-12-31",
            vec!["2026-12-01", "2026-12-15", "2026-12-29"],
        ),
        (
            weekly(1, "2026-12-01", Some("2026-12-21")),
            "2027-12-31",
            vec!["2026-12-01", "2026-12-08", "2026-12-15"],
        ),
        (
            weekly(1, "2026-12-01", None),
            "2026-12-10",
            vec!["2026-12-01", "2026-12-08"],
        ),
        (weekly(1, "2026-12-01", None), "2026-11-30", vec![]),
    ] {
        assert_eq!(
            occurrences(&schedule, iso(up_to)),
            dates(&expected),
            "{}",
            schedule.describe()
        );
    }
}

#[test]
fn schedules_read_as_words() {
    assert_eq!(once("2027-03-01").describe(), "once on 1 Mar 2027");
    assert_eq!(
        monthly(1, "2027-01-31", None).describe(),
        "every month from 31 Jan 2027"
    );
    assert_eq!(
        weekly(2, "2026-12-01", Some("2027-06-30")).describe(),
        "every 2 weeks from 1 Dec 2026 until 30 Jun 2027"
    );
}

#[test]
fn expected_seus_per_activity_count_the_occurrences_in_the_period() {
    let webinar = activity(1, 90, monthly(1, "2026-10-05", None));
    // From today to 25 Nov 2027: 5 Dec 2026 ... 5 Nov 2027 = 12 occurrences of 1.5 h.
    assert_eq!(
        expected_minutes(&webinar, iso(TODAY), iso("2027-11-25")),
        12 * 90
    );
    assert_eq!(expected_minutes(&webinar, iso(TODAY), iso("2026-12-04")), 0);
}

// -- Pace arithmetic -------------------------------------------------------------------------

#[test]
fn months_between_counts_calendar_months_and_the_share_of_the_next() {
    for (from, to, months) in [
        ("2026-11-25", "2027-11-25", 12.0),
        ("2026-11-25", "2027-05-25", 6.0),
        ("2026-11-25", "2027-12-10", 12.5), // 25 Nov to 25 Dec 2027 is 30 days
        ("2026-11-25", "2026-12-10", 15.0 / 30.0),
        ("2027-01-31", "2027-02-28", 1.0),
        ("2026-11-25", "2026-11-25", 0.0),
        ("2026-11-25", "2026-10-01", 0.0),
    ] {
        let got = months_between(iso(from), iso(to));
        assert!((got - months).abs() < 1e-9, "{from} → {to}: {got}");
    }
}

#[test]
fn pace_is_the_missing_seus_spread_over_the_months_left() {
    for (missing_minutes, months, pace_seus, shown) in [
        (20 * 60, 10.0, 2.0, "2"),
        (16 * 60, 12.0, 16.0 / 12.0, "1.4"),
        (15 * 60, 6.0, 2.5, "2.5"),
        (0, 12.0, 0.0, "0"),
        // No time left: everything missing, now.
        (7 * 60, 0.0, 7.0, "7"),
    ] {
        let got = pace(Minutes(missing_minutes), months);
        assert!((got - pace_seus).abs() < 1e-9, "{missing_minutes} {months}");
        assert_eq!(format_pace(got), shown);
    }
    assert_eq!(
        format_pace(1.01),
        "1.1",
        "rounded up, so keeping it is enough"
    );
}

// -- The plan against the next renewal -------------------------------------------------------

#[test]
fn earned_planned_missing_and_pace_against_the_next_renewal() {
    let log = vec![logged(10, "2026-06-01", 4 * 60)];
    let plan = vec![activity(20, 60, monthly(1, "2026-12-01", None))];
    let j = cspo_journey(log, plan);
    let p = plan_progress(&j, iso(TODAY)).unwrap();
    assert_eq!(p.renewal.deadline, iso("2027-11-25"));
    assert_eq!(p.renewal.required_minutes, 20 * 60);
    assert_eq!(p.renewal.earned_minutes, 4 * 60);
    // 1 Dec 2026 ... 1 Nov 2027: 12 webinars of 1 h.
    assert_eq!(p.activities[0].occurrences, 12);
    assert_eq!(p.activities[0].next, Some(iso("2026-12-01")));
    assert_eq!(p.planned_minutes, 12 * 60);
    assert_eq!(p.still_missing_minutes, 4 * 60);
    assert!((p.months_left - 12.0).abs() < 1e-9);
    assert_eq!(format_pace(p.pace_needed), "1.4"); // 16 SEUs over 12 months
    assert_eq!(format_pace(p.pace_beyond_plan), "0.4"); // 4 SEUs over 12 months
    assert_eq!(
        p.warnings,
        vec![PlanWarning::ShortOfRequirement {
            short_minutes: Minutes(4 * 60)
        }]
    );
    assert_eq!(
        p.warnings[0].text(p.renewal.deadline),
        "Your plan does not reach the requirement by 25 Nov 2027: 4 SEUs are still missing. Plan more activities."
    );

    // A book, 6 h, by March closes the gap: no warning, nothing missing.
    let mut j = j;
    j.planned_activities
        .push(activity(21, 6 * 60, once("2027-03-01")));
    let p = plan_progress(&j, iso(TODAY)).unwrap();
    assert_eq!(p.planned_minutes, 18 * 60);
    assert_eq!(p.still_missing_minutes, 0);
    assert_eq!(p.pace_beyond_plan, 0.0);
    assert!(p.warnings.is_empty());
}

#[test]
fn a_planned_day_over_the_cap_warns_and_only_eight_seus_of_that_day_count() {
    let log = vec![logged(10, TODAY, 5 * 60)];
    let plan = vec![
        activity(20, 4 * 60, once(TODAY)),
        activity(21, 2 * 60, once("2027-01-10")),
    ];
    let j = cspo_journey(log, plan);
    let p = plan_progress(&j, iso(TODAY)).unwrap();
    assert_eq!(p.renewal.earned_minutes, 5 * 60);
    assert_eq!(p.activities[0].planned_minutes, 4 * 60);
    assert_eq!(p.activities[0].counted_minutes, 3 * 60);
    assert_eq!(p.planned_minutes, 5 * 60);
    assert!(p.warnings.contains(&PlanWarning::DayOverCap {
        date: iso(TODAY),
        logged_minutes: Minutes(5 * 60),
        planned_minutes: Minutes(4 * 60),
    }));
    let text = p
        .warnings
        .iter()
        .find(|w| matches!(w, PlanWarning::DayOverCap { .. }))
        .unwrap()
        .text(p.renewal.deadline);
    assert_eq!(
        text,
        "25 Nov 2026: 9 SEUs logged and planned, over the 8-SEU daily cap; only 8 count."
    );
}

#[test]
fn two_planned_activities_on_one_day_share_the_cap() {
    let plan = vec![
        activity(20, 6 * 60, once("2027-02-02")),
        activity(21, 6 * 60, once("2027-02-02")),
    ];
    let p = plan_progress(&cspo_journey(vec![], plan), iso(TODAY)).unwrap();
    assert_eq!(p.planned_minutes, 8 * 60);
    assert_eq!(
        (
            p.activities[0].counted_minutes,
            p.activities[1].counted_minutes
        ),
        (Minutes(6 * 60), Minutes(2 * 60))
    );
}

#[test]
fn occurrences_after_the_deadline_or_before_today_do_not_count() {
    let plan = vec![
        activity(20, 60, weekly(1, "2027-11-18", Some("2027-12-09"))), // 18 Nov counts; 25 Nov counts; 2, 9 Dec do not
        activity(21, 60, monthly(1, "2026-09-25", None)), // Sep, Oct past; 25 Nov (today) on
    ];
    let p = plan_progress(&cspo_journey(vec![], plan), iso(TODAY)).unwrap();
    assert_eq!(p.activities[0].occurrences, 2);
    // 25 Nov 2026 ... 25 Nov 2027: 13 occurrences.
    assert_eq!(p.activities[1].occurrences, 13);
    assert!(p.warnings.contains(&PlanWarning::AfterDeadline {
        minutes: Minutes(2 * 60)
    }));
}

#[test]
fn breakdowns_by_category_and_by_month() {
    let log = vec![
        logged(10, "2026-06-01", 3 * 60),
        logged(11, "2026-06-20", 60),
    ];
    let mut book = activity(21, 6 * 60, once("2027-03-01"));
    book.category = SeuCategory::Learning;
    let mut meetup = activity(22, 2 * 60, once("2027-03-15"));
    meetup.category = SeuCategory::Events;
    let p = plan_progress(&cspo_journey(log, vec![book, meetup]), iso(TODAY)).unwrap();
    assert_eq!(
        p.by_category[&SeuCategory::Events],
        Share {
            earned_minutes: Minutes(4 * 60),
            planned_minutes: Minutes(2 * 60)
        }
    );
    assert_eq!(
        p.by_category[&SeuCategory::Learning],
        Share {
            earned_minutes: Minutes(0),
            planned_minutes: Minutes(6 * 60)
        }
    );
    assert!(!p.by_category.contains_key(&SeuCategory::Volunteering));
    assert_eq!(
        p.by_month[&(2026, 6)],
        Share {
            earned_minutes: Minutes(4 * 60),
            planned_minutes: Minutes(0)
        }
    );
    assert_eq!(
        p.by_month[&(2027, 3)],
        Share {
            earned_minutes: Minutes(0),
            planned_minutes: Minutes(8 * 60)
        }
    );
    assert_eq!(p.by_month.len(), 2);
}

#[test]
fn past_the_deadline_the_plan_says_so_and_asks_for_everything_now() {
    let p = plan_progress(&cspo_journey(vec![], vec![]), iso("2027-12-01")).unwrap();
    assert_eq!(p.months_left, 0.0);
    assert_eq!(format_pace(p.pace_needed), "20");
    assert_eq!(p.warnings[0], PlanWarning::DeadlinePassed);
}

#[test]
fn nothing_held_that_needs_seus_means_no_plan_figures() {
    let mut j = Journey::default();
    j.planned_activities
        .push(activity(20, 60, once("2027-01-01")));
    assert!(plan_progress(&j, iso(TODAY)).is_none());
}

// -- Validation and intents --------------------------------------------------------------------

fn draft(minutes_each: u32, schedule: Schedule) -> PlanDraft {
    PlanDraft {
        title: "Webinar".into(),
        source: SeuSource::Webinar,
        category: SeuCategory::Learning,
        minutes_each: Minutes(minutes_each),
        schedule,
        notes: String::new(),
    }
}

#[test]
fn the_plan_form_says_what_is_wrong_at_the_field() {
    let today = iso(TODAY);
    let fields = |draft: PlanDraft| -> Vec<PlanField> {
        validate_plan(&draft, today)
            .into_iter()
            .map(|e| e.field)
            .collect()
    };
    assert_eq!(fields(draft(60, once(TODAY))), vec![]);
    assert_eq!(
        fields(draft(60, monthly(1, "2026-01-01", None))),
        vec![],
        "a recurrence may have started"
    );
    assert_eq!(fields(draft(60, once("2026-11-24"))), vec![PlanField::Date]);
    assert_eq!(fields(draft(0, once(TODAY))), vec![PlanField::Duration]);
    assert_eq!(
        fields(draft(24 * 60 + 1, once(TODAY))),
        vec![PlanField::Duration]
    );
    assert_eq!(
        fields(draft(60, monthly(0, TODAY, None))),
        vec![PlanField::Every]
    );
    assert_eq!(
        fields(draft(60, weekly(105, TODAY, None))),
        vec![PlanField::Every]
    );
    assert_eq!(
        fields(draft(60, weekly(1, "2027-01-10", Some("2027-01-09")))),
        vec![PlanField::Until]
    );
    assert_eq!(
        fields(draft(60, weekly(1, "2026-01-10", Some("2026-11-01")))),
        vec![PlanField::Until]
    );
    let mut blank = draft(60, once(TODAY));
    blank.title = "  ".into();
    assert_eq!(fields(blank), vec![PlanField::Title]);
}

#[test]
fn add_update_remove_and_restore_a_planned_activity() {
    let today = iso(TODAY);
    let mut j = cspo_journey(vec![], vec![]);
    let id = add(&mut j, draft(120, monthly(1, "2026-12-01", None)), today).unwrap();
    assert!(add(&mut j, draft(0, once(TODAY)), today).is_err());
    assert_eq!(j.planned_activities.len(), 1);
    update(&mut j, id, draft(90, weekly(2, "2026-12-01", None)), today).unwrap();
    assert_eq!(j.planned_activities[0].minutes_each, 90);
    assert!(update(&mut j, id, draft(90, once("2020-01-01")), today).is_err());
    assert_eq!(
        j.planned_activities[0].schedule,
        weekly(2, "2026-12-01", None)
    );
    let (index, removed) = remove(&mut j, id).unwrap();
    assert!(j.planned_activities.is_empty());
    restore(&mut j, index, removed.clone());
    restore(&mut j, index, removed);
    assert_eq!(j.planned_activities.len(), 1);
}

proptest! {
    #[test]
    fn occurrences_are_in_order_within_bounds_and_planned_never_exceeds_the_cap(
        every in 1u32..6,
        start in 0i64..400,
        weeks in any::<bool>(),
        minutes in 1u32..=600,
        count in 1usize..4,
    ) {
        let from = iso("2026-06-01") + chrono::Duration::days(start);
        let schedule = if weeks {
            Schedule::Weekly(Recurrence { every, from, until: None })
        } else {
            Schedule::Monthly(Recurrence { every, from, until: None })
        };
        let up_to = iso("2027-11-25");
        let list = occurrences(&schedule, up_to);
        for pair in list.windows(2) {
            prop_assert!(pair[0] < pair[1]);
        }
        prop_assert!(list.iter().all(|x| *x >= from && *x <= up_to));
        let plan = (0..count).map(|i| activity(20 + i as u64, minutes, schedule.clone())).collect();
        let p = plan_progress(&cspo_journey(vec![logged(10, TODAY, 300)], plan), iso(TODAY)).unwrap();
        let days = list.iter().filter(|x| **x >= iso(TODAY)).count() as u32;
        prop_assert!(p.planned_minutes <= days * 480);
        prop_assert!(p.planned_minutes <= days * minutes * count as u32);
    }
}

#[test]
fn earned_then_planned_seus_fill_the_parts_of_the_requirement_in_order() {
    let log = vec![
        logged(10, "2026-06-01", 8 * 60),
        logged(11, "2026-06-02", 8 * 60),
        logged(12, "2026-06-03", 8 * 60),
        logged(13, "2026-06-04", 60),
    ];
    let mut j = cspo_journey(log, vec![activity(20, 8 * 60, once("2027-01-05"))]);
    j.certifications
        .push(held_unvalidated(2, CertificationKind::Csm, "2025-12-01"));
    let p = plan_progress(&j, iso(TODAY)).unwrap();
    assert_eq!(p.renewal.required_minutes, 30 * 60);
    let parts = parts_progress(&p);
    assert_eq!(parts.len(), 2);
    assert_eq!(
        (
            parts[0].code,
            parts[0].required_minutes,
            parts[0].earned_minutes,
            parts[0].planned_minutes
        ),
        ("CSPO", Minutes(1200), Minutes(1200), Minutes(0))
    );
    assert_eq!(
        (
            parts[1].code,
            parts[1].required_minutes,
            parts[1].earned_minutes,
            parts[1].planned_minutes
        ),
        ("CSM", Minutes(600), Minutes(300), Minutes(300))
    );
}

#[test]
fn an_activitys_yield_reads_as_a_sum_with_every_number_and_names_what_the_daily_cap_takes() {
    let forecast = |planned: u32, counted: u32| ActivityForecast {
        id: ActivityId(1),
        occurrences: 3,
        next: None,
        planned_minutes: Minutes(planned),
        counted_minutes: Minutes(counted),
    };
    assert_eq!(
        forecast(360, 360).toward_text(Minutes(120)),
        "3 × 2 SEUs = 6 SEUs"
    );
    assert_eq!(
        forecast(60, 60).toward_text(Minutes(20)),
        "3 × 0.33 SEUs = 1 SEU"
    );
    assert_eq!(
        forecast(1800, 1440).toward_text(Minutes(600)),
        "3 × 10 SEUs = 30 SEUs, 24 count (daily cap)"
    );
}
