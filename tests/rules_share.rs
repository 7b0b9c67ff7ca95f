#![cfg(not(target_arch = "wasm32"))]
//! A plan shared by link: what it carries, that it comes back whole, and that a damaged link or
//! one from a newer version is named, never guessed at.

mod common;

use cert_planner::domain::edge::example::example_journey;
use cert_planner::domain::edge::share::{
    link_fragment, read_fragment, shared_journey, LinkProblem, ShareParts, ROUTE_PREFIX,
};
use cert_planner::domain::rules::catalogue::CertificationKind as K;
use cert_planner::domain::rules::limits::MAX_SHARE_LINK_CHARS;
use cert_planner::model::path::PathPlan;
use cert_planner::model::training::TrainingPlan;
use common::{d, entry, held, journey_with};
use proptest::prelude::*;

const ALL: ShareParts = ShareParts {
    plan: true,
    log: true,
};

#[test]
fn a_link_carries_the_certifications_and_renewals_and_only_the_parts_picked() {
    let journey = example_journey(d(2026, 11, 25));
    for (parts, log, plan) in [
        (ShareParts::default(), 0, 0),
        (
            ShareParts {
                plan: true,
                log: false,
            },
            0,
            1,
        ),
        (ALL, 3, 1),
    ] {
        let shown = shared_journey(&journey, parts);
        assert_eq!(shown.certifications, journey.certifications);
        assert_eq!(shown.renewals, journey.renewals);
        assert_eq!(shown.settings, journey.settings);
        assert_eq!(shown.seu_log.len(), log, "{parts:?}");
        assert_eq!(shown.planned_activities.len(), plan, "{parts:?}");
        assert_eq!(
            shown.training,
            TrainingPlan::default(),
            "training stays home"
        );
        assert_eq!(shown.path, PathPlan::default(), "the path stays home");
    }
}

#[test]
fn a_link_reads_back_as_the_plan_it_was_made_from() {
    let journey = example_journey(d(2026, 11, 25));
    let fragment = link_fragment(&journey, ALL);
    assert!(fragment.starts_with("/shared/v1."), "{fragment}");
    assert!(fragment.len() < MAX_SHARE_LINK_CHARS);
    let read = read_fragment(&format!("#{fragment}")).expect("the link opens");
    assert_eq!(read.journey, shared_journey(&journey, ALL));
    // Only characters a URL fragment carries as they are.
    assert!(fragment
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b"/-_.".contains(&b)));
}

#[test]
fn a_damaged_link_is_named_damaged() {
    let fragment = link_fragment(&example_journey(d(2026, 11, 25)), ALL);
    let cut = &fragment[..fragment.len() / 2];
    for broken in [
        cut.to_owned(),
        format!("{fragment}!!"),
        fragment.replacen("v1.", "v1", 1),
        fragment.replacen("v1.", "vx.", 1),
        fragment.replacen("v1.", "v0.", 1),
        format!("{ROUTE_PREFIX}v1."),
        format!("{ROUTE_PREFIX}v1.AAAA"),
        "/shared/".to_owned(),
        "/elsewhere".to_owned(),
        format!("{ROUTE_PREFIX}v1.{}", "A".repeat(MAX_SHARE_LINK_CHARS * 5)),
    ] {
        assert_eq!(
            read_fragment(&broken).map(|_| ()),
            Err(LinkProblem::Damaged),
            "{broken:.60}"
        );
    }
    assert!(LinkProblem::Damaged.explain().contains("damaged"));
}

#[test]
fn a_link_from_a_newer_version_says_so() {
    let fragment = link_fragment(&example_journey(d(2026, 11, 25)), ALL);
    let newer = fragment.replacen("v1.", "v2.", 1);
    let problem = read_fragment(&newer).map(|_| ()).unwrap_err();
    assert_eq!(problem, LinkProblem::Newer(2));
    assert!(problem.explain().contains("newer version"));
}

#[test]
fn a_plan_the_gate_refuses_is_refused_with_the_gates_words() {
    // Two entries with one id: the gate names it.
    let journey = journey_with(
        vec![held(1, K::Cspo, "2024-03-01")],
        vec![entry(2, "2025-01-01", 60), entry(2, "2025-01-02", 60)],
    );
    let problem = read_fragment(&link_fragment(&journey, ALL))
        .map(|_| ())
        .unwrap_err();
    let LinkProblem::Refused(rejection) = &problem else {
        panic!("refused by the gate: {problem:?}");
    };
    assert!(!rejection.problems.is_empty());
    assert!(problem
        .explain()
        .starts_with("This link holds a plan this app cannot take"));
}

proptest! {
    #[test]
    fn no_fragment_panics(text in ".{0,300}") {
        let _ = read_fragment(&text);
        let _ = read_fragment(&format!("{ROUTE_PREFIX}v1.{text}"));
    }
}
