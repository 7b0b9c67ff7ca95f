#![cfg(not(target_arch = "wasm32"))]
//! Every change keeps the journey valid (`domain::records::change`, the reducer `AppState::apply` runs):
//! whatever a person types, imports or restores, every journey a change stores is one the gate
//! opens at the next start. A change that would lock the journey is refused and changes nothing.

mod common;

use cert_planner::domain::edge::example::example_journey;
use cert_planner::domain::edge::gate::{self, ProblemKind};
use cert_planner::domain::path::RoleDraft;
use cert_planner::domain::records::certifications::CertificationDraft;
use cert_planner::domain::records::change::{change, unopenable_text, IntentError, Refused};
use cert_planner::domain::records::drafts::{add, update};
use cert_planner::domain::records::field_error::FieldError;
use cert_planner::domain::renewals::timeline::{record_renewal, remove_renewal, RenewalDraft};
use cert_planner::domain::rules::catalogue::{CertificationKind as K, CATALOGUE};
use cert_planner::domain::rules::limits::FIRST_DATE;
use cert_planner::domain::seus::csv_file::import_csv;
use cert_planner::domain::seus::log::{EntryField, SeuDraft};
use cert_planner::domain::seus::plan::PlanDraft;
use cert_planner::domain::training::{record_taken_course, TakenCourse};
use cert_planner::model::journey::Journey;
use cert_planner::model::path::RoleKind;
use cert_planner::model::plan::Schedule;
use cert_planner::model::records::remove;
use cert_planner::model::seu::{SeuCategory, SeuSource};
use cert_planner::model::{Minutes, Money, SeuEntryId};
use cert_planner::store::schema::write_document;
use chrono::NaiveDate;
use common::{d, journey_with_entries};
use proptest::prelude::*;

fn today() -> NaiveDate {
    d(2026, 12, 3)
}

fn seu_draft(date: NaiveDate, minutes: u32) -> SeuDraft {
    SeuDraft {
        date,
        minutes: Minutes(minutes),
        category: SeuCategory::Learning,
        source: SeuSource::Reading,
        title: "Book".into(),
        notes: String::new(),
        evidence: String::new(),
    }
}

/// What a person can do to a journey, with the values they might type.
#[derive(Clone, Debug)]
enum Intent {
    AddCertification(usize, NaiveDate, Option<NaiveDate>),
    AddEntry(NaiveDate, u32),
    EditEntry(usize, NaiveDate),
    RemoveEntry(usize),
    RecordRenewal(NaiveDate),
    RemoveRenewal(usize),
    CourseTaken(NaiveDate, NaiveDate),
    AddRole(NaiveDate, Option<NaiveDate>),
    AddPlan(NaiveDate),
    GracePeriod(u32),
    ImportCsv(NaiveDate),
    Restore,
}

/// A date as a date field may hold it: mostly ordinary, often a year typed with too few or too
/// many digits.
fn any_date() -> impl Strategy<Value = NaiveDate> {
    let year = prop_oneof![1990i32..2030, 0i32..=9999, 1890i32..1910, 2190i32..2210];
    (year, 1u32..=12, 1u32..=28).prop_map(|(y, m, day)| d(y, m, day))
}

fn any_intent() -> impl Strategy<Value = Intent> {
    prop_oneof![
        (
            0..CATALOGUE.len(),
            any_date(),
            proptest::option::of(any_date())
        )
            .prop_map(|(k, e, x)| Intent::AddCertification(k, e, x)),
        (any_date(), 1u32..=1440).prop_map(|(date, m)| Intent::AddEntry(date, m)),
        (0usize..20, any_date()).prop_map(|(i, date)| Intent::EditEntry(i, date)),
        (0usize..20).prop_map(Intent::RemoveEntry),
        any_date().prop_map(Intent::RecordRenewal),
        (0usize..4).prop_map(Intent::RemoveRenewal),
        (any_date(), any_date()).prop_map(|(a, b)| Intent::CourseTaken(a, b)),
        (any_date(), proptest::option::of(any_date())).prop_map(|(s, e)| Intent::AddRole(s, e)),
        any_date().prop_map(Intent::AddPlan),
        (0u32..1000).prop_map(Intent::GracePeriod),
        any_date().prop_map(Intent::ImportCsv),
        Just(Intent::Restore),
    ]
}

/// Runs one intent through the reducer; `Ok(None)` for an intent that had nothing to act on.
fn run(journey: &Journey, intent: &Intent) -> Option<Result<Journey, String>> {
    let today = today();
    fn done<R, E: std::fmt::Debug>(
        result: Result<(Journey, R), Refused<E>>,
    ) -> Option<Result<Journey, String>> {
        Some(result.map(|(j, _)| j).map_err(|e| format!("{e:?}")))
    }
    match intent.clone() {
        Intent::AddCertification(kind, earned, expires) => {
            let draft = CertificationDraft {
                kind: CATALOGUE[kind].kind,
                name: if CATALOGUE[kind].kind.user_named() {
                    "Kanban".into()
                } else {
                    String::new()
                },
                earned,
                expires,
                license_accepted: true,
                experience_validated: true,
                notes: String::new(),
            };
            done(change(journey, |j| add(j, draft, today)))
        }
        Intent::AddEntry(date, minutes) => {
            done(change(journey, |j| add(j, seu_draft(date, minutes), today)))
        }
        Intent::EditEntry(index, date) => {
            let id = journey.seu_log.get(index)?.id;
            done(change(journey, |j| {
                update(j, id, seu_draft(date, 60), today)
            }))
        }
        Intent::RemoveEntry(index) => {
            let id: SeuEntryId = journey.seu_log.get(index)?.id;
            done(change(journey, |j| remove(j, id).map(|_| ()).ok_or(())))
        }
        Intent::RecordRenewal(date) => {
            let renewed = journey.certifications.iter().map(|c| c.id).collect();
            let draft = RenewalDraft {
                renewed,
                date,
                fee_paid: Money::dollars(100),
            };
            done(change(journey, |j| record_renewal(j, draft, today)))
        }
        Intent::RemoveRenewal(index) => {
            let id = journey.renewals.get(index)?.id;
            done(change(journey, |j| remove_renewal(j, id).ok_or(())))
        }
        Intent::CourseTaken(first_day, last_day) => {
            let course = TakenCourse {
                certification: K::Cspo,
                first_day,
                last_day,
                course_days: None,
                minutes_per_day: Minutes::hours(8),
            };
            done(change(journey, |j| record_taken_course(j, course, today)))
        }
        Intent::AddRole(start, end) => {
            let draft = RoleDraft {
                title: "Product Owner".into(),
                kind: RoleKind::ProductOwner,
                start,
                end,
            };
            done(change(journey, |j| add(j, draft, today)))
        }
        Intent::AddPlan(date) => {
            let draft = PlanDraft {
                title: "Meetup".into(),
                source: SeuSource::Reading,
                category: SeuCategory::Learning,
                minutes_each: Minutes::hours(1),
                schedule: Schedule::Once { date },
                notes: String::new(),
            };
            done(change(journey, |j| add(j, draft, today)))
        }
        Intent::GracePeriod(days) => done(change(journey, |j| {
            j.settings.grace_period_days = days;
            Ok::<(), ()>(())
        })),
        Intent::ImportCsv(date) => {
            let text = format!("Date,Hours,Category,Title\n{date},2,Learning,Imported\n");
            done(change(journey, |j| import_csv(j, text.as_bytes(), today)))
        }
        Intent::Restore => {
            // A restored file goes through the gate, then replaces the journey.
            let text = write_document(&example_journey(today));
            let admitted = gate::check_file(text.as_bytes()).ok()?;
            Some(Ok(admitted.journey))
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    /// Whatever sequence of intents a person makes, every journey stored is one the gate opens
    /// at the next start; a refused change leaves the journey as it was.
    #[test]
    fn every_journey_a_change_stores_is_opened_by_the_gate(
        intents in proptest::collection::vec(any_intent(), 1..25)
    ) {
        let mut journey = journey_with_entries(3);
        for intent in &intents {
            let before = journey.clone();
            match run(&journey, intent) {
                None => {}
                Some(Ok(next)) => {
                    let stored = write_document(&next);
                    let opened = gate::check_text(&stored);
                    prop_assert!(
                        opened.is_ok(),
                        "after {intent:?} the gate refuses the stored journey: {}",
                        opened.err().map(|r| r.to_string()).unwrap_or_default()
                    );
                    journey = next;
                }
                Some(Err(_)) => prop_assert_eq!(&journey, &before),
            }
        }
    }
}

#[test]
fn a_date_with_a_two_digit_year_is_refused_and_names_the_date() {
    let journey = journey_with_entries(1);
    let refused = change(&journey, |j| add(j, seu_draft(d(25, 3, 1), 60), today()));
    let Err(Refused::Unopenable(rejection)) = refused else {
        panic!("year 25 was kept: {refused:?}");
    };
    assert_eq!(rejection.problems[0].kind, ProblemKind::DateOutOfRange);
    let text = unopenable_text(&rejection);
    assert!(text.starts_with("Nothing was saved: SEU entry 2"), "{text}");
    assert!(
        text.contains("the date 1 Mar 0025 is outside 1 Jan 1900 to 31 Dec 2199"),
        "{text}"
    );
}

#[test]
fn the_first_date_is_kept_and_the_day_before_is_refused() {
    let journey = journey_with_entries(0);
    let before = FIRST_DATE.pred_opt().unwrap();
    let refused = change(&journey, |j| add(j, seu_draft(before, 60), today()));
    assert!(
        matches!(refused, Err(Refused::Unopenable(_))),
        "{refused:?}"
    );
    let kept = change(&journey, |j| add(j, seu_draft(FIRST_DATE, 60), today()));
    assert!(kept.is_ok(), "{kept:?}");
}

#[test]
fn a_setting_out_of_bounds_is_refused() {
    let journey = journey_with_entries(0);
    let refused = change(&journey, |j| {
        j.settings.grace_period_days = 366;
        Ok::<(), ()>(())
    });
    assert!(matches!(refused, Err(Refused::Unopenable(_))));
}

#[test]
fn a_change_that_is_kept_raises_the_revision_by_one() {
    let journey = journey_with_entries(2);
    let (next, _) =
        change(&journey, |j| add(j, seu_draft(d(2026, 1, 5), 60), today())).expect("kept");
    assert_eq!(next.revision, journey.revision + 1);
    assert_eq!(next.seu_log.len(), 3);
}

#[test]
fn a_form_shows_the_refusal_at_its_first_field() {
    let journey = journey_with_entries(0);
    let refused = change(&journey, |j| add(j, seu_draft(d(99, 1, 1), 60), today()));
    let errors: Vec<FieldError<EntryField>> = match refused {
        Err(refused) => refused.into_intent_error(),
        Ok(_) => panic!("kept"),
    };
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].field, EntryField::Date);
    assert!(
        errors[0].message.contains("1 Jan 0099"),
        "{}",
        errors[0].message
    );
    // The status line's words are the same.
    let _: () = <() as IntentError>::unopenable(&gate::Rejection { problems: vec![] });
}
