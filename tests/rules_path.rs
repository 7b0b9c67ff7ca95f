#![cfg(not(target_arch = "wasm32"))]
//! `docs/rules.md`, "Work experience" and "Earning": work experience within the past 5 years
//! (months of each kind, overlaps once, ongoing roles, the window's edge), the earliest eligible
//! date, eligibility for the next certification of a track (prerequisite and experience), role
//! validation and the path's cost. Months are full calendar months of each unbroken stretch, plus
//! the days left over at 365/12 days a month, rounded down (see `path::DAYS_PER_YEAR`).

mod common;

use cert_planner::domain::path::{
    calendar_months, earliest_eligible, eligibility_summary, experience_days, experience_months,
    experience_text, follows, months_in_days, months_in_words, next_step, next_steps, path_cost,
    steps_to, track_picture, tracks_followed, validate_role, EligibleFrom, PrerequisiteCheck,
    RoleDraft, RoleField, StepState, TrainingCost,
};
use cert_planner::domain::records::drafts::{add, update};
use cert_planner::domain::rules::catalogue::{CertificationKind as K, Track};
use cert_planner::domain::rules::renewal::{InactiveReason, Status};
use cert_planner::model::journey::{HeldCertification, Journey};
use cert_planner::model::path::{Role, RoleKind};
use cert_planner::model::records::{remove, restore};
use cert_planner::model::training::{
    ChecklistAnswers, CourseFormat, CourseOffer, Listing, TrainerCredential,
};
use cert_planner::model::{Choice, Minutes, Money, OfferId, RoleId};
use chrono::{Duration, NaiveDate};
use common::{d, with_next_free_id};
use proptest::prelude::*;

use RoleKind::{Developer as DEV, ProductOwner as PO, ScrumMaster as SM};

fn today() -> NaiveDate {
    d(2026, 11, 25)
}

fn role(kind: RoleKind, start: NaiveDate, end: Option<NaiveDate>) -> Role {
    Role {
        id: RoleId(0),
        title: "Role".into(),
        kind,
        start,
        end,
    }
}

fn past(kind: RoleKind, start: NaiveDate, end: NaiveDate) -> Role {
    role(kind, start, Some(end))
}

fn ongoing(kind: RoleKind, start: NaiveDate) -> Role {
    role(kind, start, None)
}

/// One row: the roles, the kind asked about, days and months counted on 25 Nov 2026.
struct Row {
    rule: &'static str,
    roles: Vec<Role>,
    kind: RoleKind,
    days: i64,
    months: u32,
}

#[rustfmt::skip]
fn rows() -> Vec<Row> {
    vec![
        Row { rule: "one year of work (365 days) is 12 months",
              roles: vec![past(PO, d(2025, 1, 1), d(2025, 12, 31))], kind: PO, days: 365, months: 12 },
        Row { rule: "a leap year (366 days) is 12 months",
              roles: vec![past(PO, d(2024, 1, 1), d(2024, 12, 31))], kind: PO, days: 366, months: 12 },
        Row { rule: "1 Jan to 31 Mar is 3 calendar months",
              roles: vec![past(PO, d(2025, 1, 1), d(2025, 3, 31))], kind: PO, days: 90, months: 3 },
        Row { rule: "part of a month does not count as a month: 1 Jan to 30 Mar is 2 months",
              roles: vec![past(PO, d(2025, 1, 1), d(2025, 3, 30))], kind: PO, days: 89, months: 2 },
        Row { rule: "February counts as a month",
              roles: vec![past(PO, d(2025, 2, 1), d(2025, 2, 28))], kind: PO, days: 28, months: 1 },
        Row { rule: "days left over from separate roles add up: 16 + 16 days is a month",
              roles: vec![past(PO, d(2025, 1, 1), d(2025, 1, 16)), past(PO, d(2025, 6, 1), d(2025, 6, 16))],
              kind: PO, days: 32, months: 1 },
        Row { rule: "two PO roles overlapping 6 months count the overlap once",
              roles: vec![past(PO, d(2023, 7, 1), d(2024, 6, 30)), past(PO, d(2024, 1, 1), d(2024, 12, 31))],
              kind: PO, days: 550, months: 18 },
        Row { rule: "a role inside another counts nothing more",
              roles: vec![past(PO, d(2024, 1, 1), d(2024, 12, 31)), past(PO, d(2024, 3, 1), d(2024, 4, 30))],
              kind: PO, days: 366, months: 12 },
        Row { rule: "roles back to back join up",
              roles: vec![past(PO, d(2025, 1, 1), d(2025, 6, 30)), past(PO, d(2025, 7, 1), d(2025, 12, 31))],
              kind: PO, days: 365, months: 12 },
        Row { rule: "an ongoing role runs to the date asked about (exactly a year)",
              roles: vec![ongoing(PO, d(2025, 11, 26))], kind: PO, days: 365, months: 12 },
        Row { rule: "an ongoing role one day short of a year is 11 months",
              roles: vec![ongoing(PO, d(2025, 11, 27))], kind: PO, days: 364, months: 11 },
        Row { rule: "an ongoing role started today counts one day",
              roles: vec![ongoing(PO, today())], kind: PO, days: 1, months: 0 },
        Row { rule: "a role that ended exactly 5 years ago no longer counts",
              roles: vec![past(PO, d(2019, 1, 1), d(2021, 11, 25))], kind: PO, days: 0, months: 0 },
        Row { rule: "a role that ended 5 years ago less a day counts its last day",
              roles: vec![past(PO, d(2019, 1, 1), d(2021, 11, 26))], kind: PO, days: 1, months: 0 },
        Row { rule: "a role from 6 years ago to 4 years ago counts only its part in the window",
              roles: vec![past(PO, d(2020, 11, 25), d(2022, 11, 25))], kind: PO, days: 365, months: 12 },
        Row { rule: "a role running through the whole window counts 60 months, no more",
              roles: vec![ongoing(PO, d(2015, 1, 1))], kind: PO, days: 1826, months: 60 },
        Row { rule: "months partly in the window: 3 months of which 1 is inside",
              roles: vec![past(PO, d(2021, 9, 26), d(2021, 12, 25))], kind: PO, days: 30, months: 1 },
        Row { rule: "months partly in the window: a month of which 10 days are inside",
              roles: vec![past(PO, d(2021, 11, 5), d(2021, 12, 5))], kind: PO, days: 10, months: 0 },
        Row { rule: "kinds are kept apart: Scrum Master work is not Product Owner work",
              roles: vec![past(SM, d(2024, 1, 1), d(2025, 12, 31)), past(PO, d(2025, 1, 1), d(2025, 12, 31))],
              kind: PO, days: 365, months: 12 },
        Row { rule: "kinds are kept apart: the Scrum Master months",
              roles: vec![past(SM, d(2024, 1, 1), d(2025, 12, 31)), past(PO, d(2025, 1, 1), d(2025, 12, 31))],
              kind: SM, days: 731, months: 24 },
        Row { rule: "no developer role, no developer months",
              roles: vec![past(SM, d(2024, 1, 1), d(2025, 12, 31))], kind: DEV, days: 0, months: 0 },
        Row { rule: "a role recorded for after the date asked about counts nothing",
              roles: vec![past(PO, d(2027, 1, 1), d(2027, 12, 31))], kind: PO, days: 0, months: 0 },
    ]
}

#[test]
fn months_of_experience_in_the_past_5_years() {
    for row in rows() {
        assert_eq!(
            experience_days(&row.roles, row.kind, today()),
            row.days,
            "days: {}",
            row.rule
        );
        assert_eq!(
            experience_months(&row.roles, row.kind, today()),
            row.months,
            "months: {}",
            row.rule
        );
    }
}

#[test]
fn full_calendar_months_of_a_stretch() {
    for (start, end, months, days) in [
        (d(2025, 1, 1), d(2025, 3, 31), 3, 0),
        (d(2025, 1, 15), d(2025, 3, 20), 2, 6),
        (d(2025, 1, 31), d(2025, 2, 27), 1, 0),
        (d(2024, 2, 29), d(2025, 2, 27), 12, 0),
        (d(2025, 3, 1), d(2025, 3, 1), 0, 1),
    ] {
        assert_eq!(
            calendar_months(start, end),
            (months, days),
            "{start} to {end}"
        );
    }
}

#[test]
fn left_over_days_are_365_twelfths_of_a_month_rounded_down() {
    for (days, months) in [
        (0, 0),
        (30, 0),
        (31, 1),
        (61, 2),
        (364, 11),
        (365, 12),
        (730, 24),
        (731, 24),
        (1826, 60),
        (1827, 60),
    ] {
        assert_eq!(months_in_days(days), months, "{days} days");
    }
}

#[test]
fn the_earliest_eligible_date() {
    // Ongoing since 25 May 2026: 185 days today (6 months); 365 days on 24 May 2027.
    let roles = vec![ongoing(PO, d(2026, 5, 25))];
    assert_eq!(experience_months(&roles, PO, today()), 6);
    assert_eq!(
        earliest_eligible(&roles, PO, 12, today()),
        EligibleFrom::On(d(2027, 5, 24))
    );
    assert_eq!(experience_months(&roles, PO, d(2027, 5, 23)), 11);
    assert_eq!(experience_months(&roles, PO, d(2027, 5, 24)), 12);
    // Only past roles: 8 months never become 12.
    let short = vec![past(PO, d(2025, 1, 1), d(2025, 8, 31))];
    assert_eq!(
        earliest_eligible(&short, PO, 12, today()),
        EligibleFrom::Never
    );
    // Only past roles, already enough: today.
    let enough = vec![past(PO, d(2024, 6, 1), d(2025, 7, 31))];
    assert_eq!(
        earliest_eligible(&enough, PO, 12, today()),
        EligibleFrom::Now
    );
    // Another kind's ongoing role does not help.
    let other = vec![ongoing(SM, d(2020, 1, 1))];
    assert_eq!(
        earliest_eligible(&other, PO, 12, today()),
        EligibleFrom::Never
    );
    assert_eq!(
        earliest_eligible(&other, SM, 24, today()),
        EligibleFrom::Now
    );
    // Old months fall out while the ongoing role adds new ones: a year of PO work from
    // 1 Dec 2021 leaves the window during 2027, so 24 months come only from the ongoing role
    // (since 1 Sep 2026): 24 months on 31 Aug 2028, not 12 months of it on 31 Aug 2027.
    let falling = vec![
        past(PO, d(2021, 12, 1), d(2022, 11, 30)),
        ongoing(PO, d(2026, 9, 1)),
    ];
    assert_eq!(experience_months(&falling, PO, today()), 14);
    assert_eq!(
        earliest_eligible(&falling, PO, 12, today()),
        EligibleFrom::Now
    );
    assert_eq!(experience_months(&falling, PO, d(2027, 8, 31)), 15);
    assert_eq!(experience_months(&falling, PO, d(2027, 11, 30)), 15);
    assert_eq!(
        earliest_eligible(&falling, PO, 24, today()),
        EligibleFrom::On(d(2028, 8, 31))
    );
}

/// A certification held since `earned`, its work experience validated or not.
#[test]
fn months_read_as_months_in_plain_words_years_first() {
    for (months, words) in [
        (0, "0 months"),
        (1, "1 month"),
        (11, "11 months"),
        (12, "1 year"),
        (13, "1 year 1 month"),
        (17, "1 year 5 months"),
        (24, "2 years"),
        (29, "2 years 5 months"),
        (60, "5 years"),
        (u32::MAX, "357913941 years 3 months"),
    ] {
        assert_eq!(months_in_words(months), words, "{months} months");
    }
}

#[test]
fn work_experience_reads_as_months_never_rounded_up_to_a_year() {
    // (rule, roles, words as of 25 Nov 2026)
    #[rustfmt::skip]
    let rows = [
        ("no role is 0 months", vec![], "0 months"),
        ("a role started today is 0 months", vec![ongoing(PO, today())], "0 months"),
        ("exactly a year of work is 1 year",
         vec![past(PO, d(2025, 1, 1), d(2025, 12, 31))], "1 year"),
        ("11.9 months (a year less 3 days) is 11 months, not about a year",
         vec![past(PO, d(2025, 1, 1), d(2025, 12, 28))], "11 months"),
        ("an ongoing role one day short of a year is 11 months",
         vec![ongoing(PO, d(2025, 11, 27))], "11 months"),
        ("end of month: 31 Jan to 27 Feb is a month (a month after 31 Jan is 28 Feb)",
         vec![past(PO, d(2025, 1, 31), d(2025, 2, 27))], "1 month"),
        ("end of month: 29 Feb 2024 to 27 Feb 2025 is a year",
         vec![past(PO, d(2024, 2, 29), d(2025, 2, 27))], "1 year"),
        ("end of month: 31 Aug 2024 to 30 Jan 2026 is 1 year 5 months",
         vec![past(PO, d(2024, 8, 31), d(2026, 1, 30))], "1 year 5 months"),
        ("543 days of work read as 1 year 5 months, with no count of days beside them",
         vec![past(PO, d(2025, 1, 1), d(2026, 6, 27))], "1 year 5 months"),
    ];
    for (rule, roles, words) in rows {
        assert_eq!(
            months_in_words(experience_months(&roles, PO, today())),
            words,
            "{rule}"
        );
    }
    assert_eq!(
        experience_days(&[past(PO, d(2025, 1, 1), d(2026, 6, 27))], PO, today()),
        543
    );
}

#[test]
fn the_experience_sentence_says_months_in_words_and_the_months_needed() {
    let j = journey(
        vec![held(1, K::Cspo, d(2025, 3, 14), false)],
        vec![past(PO, d(2025, 1, 1), d(2026, 6, 27))],
    );
    let step = next_step(&j, Track::ProductOwner, today());
    assert_eq!(
        step.experience.as_ref().map(experience_text).as_deref(),
        Some("You have 1 year 5 months of Product Owner work in the past 5 years (12 months needed).")
    );
    assert!(!step
        .experience
        .as_ref()
        .map(experience_text)
        .unwrap_or_default()
        .contains("days"));
}

#[test]
fn a_person_follows_the_role_tracks_of_the_certifications_they_hold() {
    use Track::{Developer, ProductOwner, ScrumMaster};
    #[rustfmt::skip]
    let rows: [(&str, Vec<K>, Vec<Track>); 9] = [
        ("someone who holds nothing is on the Product Owner track", vec![], vec![ProductOwner]),
        ("a CSPO holder follows the Product Owner track only", vec![K::Cspo], vec![ProductOwner]),
        ("a CSM holder follows the Scrum Master track only", vec![K::Csm], vec![ScrumMaster]),
        ("a CSPO and a CSM: both tracks", vec![K::Csm, K::Cspo], vec![ProductOwner, ScrumMaster]),
        ("an advanced level alone puts one on its track", vec![K::ACsd], vec![Developer]),
        ("another body's certification puts no one on a role track",
         vec![K::OtherBody], vec![ProductOwner]),
        ("an agile leadership certification is not a role track",
         vec![K::Cal1, K::Microcredential], vec![ProductOwner]),
        ("a trainer with a CSM follows the Scrum Master track", vec![K::Cst, K::Csm], vec![ScrumMaster]),
        ("all three tracks", vec![K::Csd, K::Csm, K::Cspo], vec![ProductOwner, ScrumMaster, Developer]),
    ];
    for (rule, held_kinds, followed) in rows {
        let got: Vec<Track> = [ProductOwner, ScrumMaster, Developer]
            .into_iter()
            .filter(|t| follows(&held_kinds, *t))
            .collect();
        assert_eq!(got, followed, "{rule}");
    }
}

#[test]
fn an_expired_certification_still_puts_one_on_its_track() {
    // CSPO active, CSM earned in 2020 and long expired: both tracks are followed, the
    // Developer track is not.
    let j = journey(
        vec![
            held(1, K::Cspo, d(2025, 3, 14), false),
            held(2, K::Csm, d(2020, 1, 10), false),
        ],
        vec![],
    );
    assert_eq!(
        tracks_followed(&j),
        (
            vec![Track::ProductOwner, Track::ScrumMaster],
            vec![Track::Developer]
        )
    );
}

#[test]
fn the_tracks_a_product_owner_does_not_follow_are_the_ones_that_say_go_for_it_now() {
    // The issue's case: a Product Owner with a CSPO is told "go for it now" only by the tracks
    // they are not on (CSM and CSD need nothing), which the page folds away.
    let j = journey(vec![held(1, K::Cspo, d(2025, 3, 14), false)], vec![]);
    let (followed, others) = tracks_followed(&j);
    assert_eq!(followed, vec![Track::ProductOwner]);
    assert_eq!(others, vec![Track::ScrumMaster, Track::Developer]);
    for track in others {
        assert_eq!(
            eligibility_summary(&next_step(&j, track, today())),
            "You can go for it now."
        );
    }
    assert_ne!(
        eligibility_summary(&next_step(&j, Track::ProductOwner, today())),
        "You can go for it now."
    );
}

fn held(id: u64, kind: K, earned: NaiveDate, experience: bool) -> HeldCertification {
    HeldCertification {
        experience_validated: experience,
        ..common::held(id, kind, earned)
    }
}

fn journey(certs: Vec<HeldCertification>, roles: Vec<Role>) -> Journey {
    let mut j = Journey {
        certifications: certs,
        ..Journey::default()
    };
    j.path.roles = roles;
    with_next_free_id(j)
}

#[test]
fn an_expired_cspo_is_enough_for_a_cspo() {
    // CSPO earned 10 Jan 2022, expired 10 Jan 2024; 14 months of PO work.
    let j = journey(
        vec![held(1, K::Cspo, d(2022, 1, 10), false)],
        vec![past(PO, d(2024, 6, 1), d(2025, 7, 31))],
    );
    let step = next_step(&j, Track::ProductOwner, today());
    assert_eq!(step.next, Some(K::ACspo));
    assert_eq!(
        step.prerequisite,
        PrerequisiteCheck::Met {
            kind: K::Cspo,
            status: Status::Expired
        }
    );
    assert!(step.eligible_now(), "{:?}", step.missing);
    assert_eq!(step.earliest, Some(today()));
}

#[test]
fn an_expired_a_cspo_is_not_enough_for_csp_po() {
    // CSPO 10 Jan 2021, A-CSPO 10 Jan 2022 (CSPO aligned): both expired 10 Jan 2024.
    let j = journey(
        vec![
            held(1, K::Cspo, d(2021, 1, 10), false),
            held(2, K::ACspo, d(2022, 1, 10), true),
        ],
        vec![ongoing(PO, d(2022, 1, 1))],
    );
    let step = next_step(&j, Track::ProductOwner, today());
    assert_eq!(step.next, Some(K::CspPo));
    assert!(matches!(
        step.prerequisite,
        PrerequisiteCheck::NotActive {
            kind: K::ACspo,
            status: Status::Expired,
            ..
        }
    ));
    assert_eq!(
        step.missing,
        vec![
            "CSP-PO needs an active A-CSPO: yours expired on 10 Jan 2024. Renew it first."
                .to_owned()
        ]
    );
    assert_eq!(step.earliest, None);
}

#[test]
fn an_a_cspo_without_validated_experience_is_inactive_for_csp_po() {
    let j = journey(
        vec![
            held(1, K::Cspo, d(2025, 1, 10), false),
            held(2, K::ACspo, d(2026, 1, 10), false),
        ],
        vec![ongoing(PO, d(2022, 1, 1))],
    );
    let step = next_step(&j, Track::ProductOwner, today());
    assert_eq!(
        step.prerequisite,
        PrerequisiteCheck::NotActive {
            kind: K::ACspo,
            status: Status::Inactive(InactiveReason::ExperienceNotValidated),
            expiry: Some(d(2028, 1, 10))
        }
    );
    assert_eq!(
        step.missing,
        vec![
            "CSP-PO needs an active A-CSPO: yours is inactive (work experience not validated yet)."
                .to_owned()
        ]
    );
}

#[test]
fn what_is_missing_reads_in_plain_words() {
    // Active CSPO, ongoing PO role since 25 May 2026.
    let j = journey(
        vec![held(1, K::Cspo, d(2025, 3, 14), false)],
        vec![ongoing(PO, d(2026, 5, 25))],
    );
    let step = next_step(&j, Track::ProductOwner, today());
    assert_eq!(step.next, Some(K::ACspo));
    assert_eq!(step.missing, vec!["You need 6 more months of Product Owner work; at your current role you reach 12 months on 24 May 2027.".to_owned()]);
    assert_eq!(step.earliest, Some(d(2027, 5, 24)));

    // No ongoing role: no date.
    let j = journey(
        vec![held(1, K::Cspo, d(2025, 3, 14), false)],
        vec![past(PO, d(2025, 1, 1), d(2025, 8, 31))],
    );
    let step = next_step(&j, Track::ProductOwner, today());
    assert_eq!(step.missing, vec!["You need 4 more months of Product Owner work within the past 5 years. You have no ongoing Product Owner role recorded, so no date can be given: add your current role if you have one.".to_owned()]);
    assert_eq!(step.earliest, None);

    // The settings decide the months: 6 months for advanced levels makes 8 months enough.
    let mut j = j;
    j.settings.advanced_experience_months = 6;
    assert!(next_step(&j, Track::ProductOwner, today()).eligible_now());
}

#[test]
fn next_steps_for_each_track() {
    let j = journey(vec![held(1, K::Csm, d(2025, 3, 14), false)], vec![]);
    let steps = next_steps(&j, today());
    let next: Vec<_> = steps.iter().map(|s| (s.track, s.next)).collect();
    assert_eq!(
        next,
        vec![
            (Track::ProductOwner, Some(K::Cspo)),
            (Track::ScrumMaster, Some(K::ACsm)),
            (Track::Developer, Some(K::Csd))
        ]
    );
    // Foundational levels need nothing: eligible today.
    assert!(steps[0].eligible_now());
    assert_eq!(steps[0].earliest, Some(today()));
    // A-CSM: 12 months of Scrum Master work missing.
    assert_eq!(steps[1].missing.len(), 1);
    assert!(
        steps[1].missing[0].starts_with("You need 12 more months of Scrum Master work"),
        "{}",
        steps[1].missing[0]
    );
    // The top of a track: nothing next.
    let top = journey(
        vec![
            held(1, K::Cspo, d(2025, 1, 1), false),
            held(2, K::ACspo, d(2025, 6, 1), true),
            held(3, K::CspPo, d(2026, 6, 1), true),
        ],
        vec![],
    );
    assert_eq!(next_step(&top, Track::ProductOwner, today()).next, None);
    assert_eq!(
        track_picture(&j, Track::ProductOwner, today()),
        vec![
            (K::Cspo, StepState::Next),
            (K::ACspo, StepState::Later),
            (K::CspPo, StepState::Later)
        ]
    );
    assert_eq!(
        track_picture(&j, Track::ScrumMaster, today()),
        vec![
            (K::Csm, StepState::Held(Status::Active)),
            (K::ACsm, StepState::Next),
            (K::CspSm, StepState::Later)
        ]
    );
}

fn draft(title: &str, start: NaiveDate, end: Option<NaiveDate>) -> RoleDraft {
    RoleDraft {
        title: title.into(),
        kind: PO,
        start,
        end,
    }
}

#[test]
fn role_validation_says_what_is_wrong_at_the_field() {
    let fields = |draft: RoleDraft| {
        validate_role(&draft, today())
            .into_iter()
            .map(|e| e.field)
            .collect::<Vec<_>>()
    };
    assert_eq!(fields(draft("PO", d(2025, 1, 1), None)), vec![]);
    assert_eq!(
        fields(draft("  ", d(2025, 1, 1), None)),
        vec![RoleField::Title]
    );
    assert_eq!(
        fields(draft("PO", d(2026, 11, 26), None)),
        vec![RoleField::Start]
    );
    assert_eq!(fields(draft("PO", today(), Some(today()))), vec![]);
    assert_eq!(
        fields(draft("PO", d(2025, 1, 2), Some(d(2025, 1, 1)))),
        vec![RoleField::End]
    );
    assert_eq!(
        fields(draft("PO", d(2025, 1, 2), Some(d(2027, 1, 1)))),
        vec![RoleField::End]
    );
    let errors = validate_role(&draft("PO", d(2025, 1, 2), Some(d(2025, 1, 1))), today());
    assert_eq!(errors[0].message, "The end date is before the start date.");
}

#[test]
fn add_update_remove_and_restore_roles() {
    let mut j = journey(vec![], vec![]);
    assert!(add(&mut j, draft("", d(2025, 1, 1), None), today()).is_err());
    assert!(j.path.roles.is_empty());
    let id = add(
        &mut j,
        draft("  Product Owner, payments  ", d(2025, 1, 1), None),
        today(),
    )
    .unwrap();
    assert_eq!(j.path.roles[0].title, "Product Owner, payments");
    let other = add(
        &mut j,
        draft("Second", d(2024, 1, 1), Some(d(2024, 6, 30))),
        today(),
    )
    .unwrap();
    update(
        &mut j,
        id,
        draft("Product Owner", d(2025, 2, 1), Some(d(2025, 12, 31))),
        today(),
    )
    .unwrap();
    assert_eq!(j.path.roles[0].end, Some(d(2025, 12, 31)));
    assert!(update(
        &mut j,
        id,
        draft("Product Owner", d(2025, 2, 1), Some(d(2025, 1, 1))),
        today()
    )
    .is_err());
    assert_eq!(j.path.roles[0].start, d(2025, 2, 1));
    let (index, removed) = remove(&mut j, id).unwrap();
    assert_eq!(j.path.roles.len(), 1);
    assert!(update(&mut j, id, draft("x", d(2025, 1, 1), None), today()).is_err());
    restore(&mut j, index, removed.clone());
    assert_eq!(
        j.path.roles.iter().map(|r| r.id).collect::<Vec<_>>(),
        vec![id, other]
    );
    // Restoring twice does not duplicate it.
    restore(&mut j, index, removed);
    assert_eq!(j.path.roles.len(), 2);
}

fn offer(id: u64, kind: K, cents: u64, currency: &str) -> CourseOffer {
    CourseOffer {
        id: OfferId(id),
        certification: kind,
        provider: "P".into(),
        trainer: "T".into(),
        trainer_credential: TrainerCredential::Cst,
        listed_by_scrum_alliance: Listing::Listed,
        format: CourseFormat::LiveOnline,
        start: Some(d(2027, 2, 1)),
        end: Some(d(2027, 2, 2)),
        minutes_per_day: Minutes(480),
        course_days: None,
        place: String::new(),
        language: String::new(),
        price: Money(cents),
        currency: currency.into(),
        checklist: ChecklistAnswers::default(),
        notes: String::new(),
        link: String::new(),
    }
}

#[test]
fn the_cost_of_the_path() {
    // Nothing held, target CSPO: the guide's typical $695-$1,000, no renewal.
    let empty = journey(vec![], vec![]);
    let cost = path_cost(&empty, K::Cspo, today(), today());
    assert_eq!(cost.steps.len(), 1);
    assert_eq!(
        cost.steps[0].training,
        TrainingCost::Typical {
            from: Money(69_500),
            to: Money(100_000)
        }
    );
    assert_eq!(cost.typical, Some((Money(69_500), Money(100_000))));
    assert_eq!(cost.renewal_fees, Money::ZERO);

    // CSPO held since 14 Mar 2025 (expires 14 Mar 2027); target CSP-PO on 1 Jun 2029:
    // renewals on 14 Mar 2027 and 14 Mar 2029 at $100 each; A-CSPO from its cheapest offer.
    let mut j = journey(vec![held(1, K::Cspo, d(2025, 3, 14), false)], vec![]);
    j.training.offers = vec![
        offer(10, K::ACspo, 150_000, "USD"),
        offer(11, K::ACspo, 120_000, "usd"),
        offer(12, K::Cspo, 90_000, "USD"),
    ];
    assert_eq!(steps_to(&j, K::CspPo, today()), vec![K::ACspo, K::CspPo]);
    let cost = path_cost(&j, K::CspPo, d(2029, 6, 1), today());
    assert_eq!(
        cost.steps[0].training,
        TrainingCost::Cheapest {
            offer: OfferId(11),
            price: Money(120_000),
            currency: "usd".into()
        }
    );
    assert_eq!(cost.steps[1].training, TrainingCost::Unknown);
    assert_eq!(cost.unknown, vec![K::CspPo]);
    assert_eq!(
        cost.training_totals,
        vec![("USD".to_owned(), Money(120_000))]
    );
    assert_eq!(
        cost.renewals
            .iter()
            .map(|r| (r.date, r.fee))
            .collect::<Vec<_>>(),
        vec![
            (d(2027, 3, 14), Money::dollars(100)),
            (d(2029, 3, 14), Money::dollars(100))
        ]
    );
    assert_eq!(cost.renewal_fees, Money::dollars(200));
    // The chosen offer wins over the cheapest.
    j.training.chosen = Some(OfferId(10));
    let cost = path_cost(&j, K::ACspo, d(2027, 2, 2), today());
    assert_eq!(
        cost.steps[0].training,
        TrainingCost::Chosen {
            offer: OfferId(10),
            price: Money(150_000),
            currency: "USD".into()
        }
    );
    assert_eq!(
        cost.renewal_fees,
        Money::ZERO,
        "earned before the CSPO's expiry: no renewal"
    );
    // A target already held costs nothing more.
    assert!(path_cost(&j, K::Cspo, today(), today()).steps.is_empty());
}

fn arb_role() -> impl Strategy<Value = Role> {
    (0usize..3, 0i64..5000, 0i64..3000, any::<bool>()).prop_map(|(k, start, len, is_ongoing)| {
        let start = d(2013, 1, 1) + Duration::days(start);
        Role {
            id: RoleId(0),
            title: "r".into(),
            kind: RoleKind::ALL[k],
            start,
            end: (!is_ongoing).then(|| start + Duration::days(len)),
        }
    })
}

/// A role's length in days as of a date (ongoing roles run to it).
fn length(role: &Role, as_of: NaiveDate) -> i64 {
    let end = role.end.unwrap_or(as_of).min(as_of);
    if end < role.start {
        0
    } else {
        (end - role.start).num_days() + 1
    }
}

proptest! {
    #[test]
    fn months_never_exceed_60_nor_the_roles_lengths(
        roles in proptest::collection::vec(arb_role(), 0..8),
        as_of in 0i64..6000,
    ) {
        let as_of = d(2013, 1, 1) + Duration::days(as_of);
        for &kind in RoleKind::ALL {
            let months = experience_months(&roles, kind, as_of);
            let days = experience_days(&roles, kind, as_of);
            let total: i64 = roles.iter().filter(|r| r.kind == kind).map(|r| length(r, as_of)).sum();
            prop_assert!(months <= 60);
            prop_assert!(days <= total);
            // Every month counted is backed by at least 28 days of the roles.
            prop_assert!(i64::from(months) * 28 <= total);
            prop_assert!(i64::from(months) * 28 <= days);
        }
    }

    #[test]
    fn adding_a_role_never_decreases_the_count(
        roles in proptest::collection::vec(arb_role(), 0..6),
        extra in arb_role(),
        as_of in 0i64..6000,
    ) {
        let as_of = d(2013, 1, 1) + Duration::days(as_of);
        let mut more = roles.clone();
        more.push(extra);
        for &kind in RoleKind::ALL {
            prop_assert!(experience_months(&more, kind, as_of) >= experience_months(&roles, kind, as_of));
            prop_assert!(experience_days(&more, kind, as_of) >= experience_days(&roles, kind, as_of));
        }
    }

    #[test]
    fn the_earliest_date_is_the_first_day_with_enough_months(
        roles in proptest::collection::vec(arb_role(), 0..4),
        needed in 1u32..30,
    ) {
        let today = d(2026, 11, 25);
        let roles: Vec<Role> = roles.into_iter().filter(|r| r.start <= today).collect();
        match earliest_eligible(&roles, PO, needed, today) {
            EligibleFrom::Now => prop_assert!(experience_months(&roles, PO, today) >= needed),
            EligibleFrom::On(date) => {
                prop_assert!(date > today);
                prop_assert!(experience_months(&roles, PO, date) >= needed);
                prop_assert!(experience_months(&roles, PO, date - Duration::days(1)) < needed);
            }
            EligibleFrom::Never => {
                prop_assert!(experience_months(&roles, PO, today) < needed);
                prop_assert!(experience_months(&roles, PO, today + Duration::days(2000)) < needed);
            }
        }
    }
}
