#![cfg(not(target_arch = "wasm32"))]
//! What the dashboard says to do next (`domain::advice::next_step`): a renewal is not open until 30
//! days after earning (`docs/rules.md`, "Renewal"), then SEUs are missing until the
//! requirement is met, then it is ready; on the Product Owner track, the A-CSPO's earliest date
//! and the learning objectives ticked.

mod common;

use cert_planner::basics::dates::add_days;
use cert_planner::domain::advice::next_step::{
    product_owner_outlook, readiness_text, renewal_outlook, Readiness,
};
use cert_planner::domain::rules::catalogue::{
    CertificationKind as K, Level, RENEWAL_OPENS_AFTER_DAYS,
};
use cert_planner::domain::rules::objectives::{set_done, OBJECTIVES};
use cert_planner::model::path::{Role, RoleKind};
use cert_planner::model::RoleId;
use common::{d, entry, held, journey_with};

#[test]
fn nothing_held_has_no_renewal_and_no_product_owner_outlook() {
    let journey = journey_with(vec![], vec![]);
    assert_eq!(renewal_outlook(&journey, d(2026, 11, 25)), None);
    assert_eq!(product_owner_outlook(&journey, d(2026, 11, 25)), None);
}

#[test]
fn a_renewal_opens_the_catalogues_days_after_earning() {
    let earned = d(2026, 11, 1);
    let enough = Level::Foundational.renewal().seus_as_highest * 60;
    // Three days, as the daily cap lets no day count more than 8 SEUs.
    let journey = journey_with(
        vec![held(1, K::Cspo, earned)],
        vec![
            entry(1, "2026-11-10", 8 * 60),
            entry(2, "2026-11-11", 8 * 60),
            entry(3, "2026-11-12", enough - 16 * 60),
        ],
    );
    let opens = add_days(earned, RENEWAL_OPENS_AFTER_DAYS);
    for (today, readiness) in [
        (add_days(opens, -1), Readiness::NotOpenYet { opens }),
        (opens, Readiness::Ready),
    ] {
        let outlook = renewal_outlook(&journey, today).expect("a CSPO renews");
        assert_eq!(outlook.opens, opens);
        assert_eq!(outlook.readiness, readiness, "on {today}");
    }
    let says = |today| readiness_text(&renewal_outlook(&journey, today).unwrap());
    assert_eq!(
        says(d(2026, 11, 25)),
        "Renewal opens on 1 Dec 2026, 30 days after earning; until then you collect SEUs."
    );
    assert!(
        says(opens).starts_with(
            "Ready to renew: you have the SEUs and renewal is open. Pay the fee of $100 on"
        ),
        "{}",
        says(opens)
    );
}

#[test]
fn ready_once_the_requirement_is_met_not_before() {
    let journey_logging = |minutes: u32| {
        journey_with(
            vec![held(1, K::Cspo, "2025-03-14")],
            vec![entry(1, "2026-01-10", minutes)],
        )
    };
    let today = d(2026, 11, 25);
    let outlook = renewal_outlook(&journey_logging(8 * 60), today).unwrap();
    assert_eq!(
        outlook.readiness,
        Readiness::SeusMissing {
            minutes: cert_planner::model::Minutes::hours(12)
        }
    );
    assert_eq!(outlook.progress.required_minutes, 20 * 60);
    // The daily cap keeps one day at 8 SEUs: three days of 8 make it.
    let journey = journey_with(
        vec![held(1, K::Cspo, "2025-03-14")],
        vec![
            entry(1, "2026-01-10", 8 * 60),
            entry(2, "2026-01-11", 8 * 60),
            entry(3, "2026-01-12", 4 * 60),
        ],
    );
    let outlook = renewal_outlook(&journey, today).unwrap();
    assert_eq!(outlook.readiness, Readiness::Ready);
    assert_eq!(outlook.progress.deadline, d(2027, 3, 14));
}

#[test]
fn on_the_product_owner_track_the_a_cspo_date_follows_the_ongoing_role() {
    let mut journey = journey_with(vec![held(1, K::Cspo, "2026-06-01")], vec![]);
    journey.path.roles.push(Role {
        id: RoleId(9),
        title: "Product Owner".into(),
        kind: RoleKind::ProductOwner,
        start: d(2026, 5, 1),
        end: None,
    });
    let outlook = product_owner_outlook(&journey, d(2026, 11, 25)).expect("holds a CSPO");
    assert_eq!(outlook.step.next, Some(K::ACspo));
    assert_eq!(
        outlook.step.earliest,
        Some(d(2027, 4, 30)),
        "12 months of work, its first day counted"
    );
    assert_eq!(
        (outlook.objectives_done, outlook.objectives_total),
        (0, OBJECTIVES.len())
    );
    set_done(&mut journey, OBJECTIVES[0].id, true).unwrap();
    let outlook = product_owner_outlook(&journey, d(2026, 11, 25)).unwrap();
    assert_eq!(outlook.objectives_done, 1);
}

#[test]
fn another_track_alone_has_no_product_owner_outlook() {
    let journey = journey_with(vec![held(1, K::Csm, "2026-06-01")], vec![]);
    assert_eq!(product_owner_outlook(&journey, d(2026, 11, 25)), None);
}
