#![cfg(not(target_arch = "wasm32"))]
//! `docs/rules.md`, "Alignment": earning a new Scrum Alliance certification renews all current
//! ones, which then take the new certification's expiry date (a setting, default on); and
//! "Renewal": recorded renewals move the expiry by one term, and renewing the top certification
//! of a track renews the lower ones of that track.

mod common;

use cert_planner::domain::rules::catalogue::CertificationKind as K;
use cert_planner::domain::rules::renewal::{
    renewed_with_lower_levels, standings, terms, Status, Term, TermCause,
};
use cert_planner::model::journey::{HeldCertification, Journey, RecordedRenewal};
use cert_planner::model::settings::Settings;
use cert_planner::model::{CertificationId, Money, RenewalId};
use chrono::NaiveDate;
use common::{cert_ids, d, with_next_free_id};

/// A certification held since `earned`, with the expiry the user gave (other bodies only).
fn held(id: u64, kind: K, earned: NaiveDate, expires: Option<NaiveDate>) -> HeldCertification {
    HeldCertification {
        expires,
        ..common::held(id, kind, earned)
    }
}

fn renewal(id: u64, date: NaiveDate, renewed: &[u64]) -> RecordedRenewal {
    RecordedRenewal {
        id: RenewalId(id),
        date,
        renewed: cert_ids(renewed),
        fee_paid: Money::ZERO,
    }
}

fn journey(
    alignment: bool,
    certifications: Vec<HeldCertification>,
    renewals: Vec<RecordedRenewal>,
) -> Journey {
    with_next_free_id(Journey {
        settings: Settings {
            alignment_on_new_certification: alignment,
            ..Settings::default()
        },
        certifications,
        renewals,
        ..Journey::default()
    })
}

/// The expiry of each held certification (by its id's number), in journey order.
fn expiries(journey: &Journey, today: NaiveDate) -> Vec<(u64, Option<NaiveDate>)> {
    standings(journey, today)
        .into_iter()
        .map(|s| (s.id.0, s.expiry))
        .collect()
}

const ON: bool = true;
const OFF: bool = false;

struct Case {
    label: &'static str,
    journey: Journey,
    /// (id, expiry) in journey order.
    expected: Vec<(u64, Option<NaiveDate>)>,
}

#[test]
fn the_default_setting_aligns() {
    assert!(Settings::default().alignment_on_new_certification);
}

#[rustfmt::skip]
fn alignment_cases() -> Vec<Case> {
    vec![
        Case {
            label: "on: a new CSPO renews the current CSM to the CSPO's expiry (earned + 2y)",
            journey: journey(ON, vec![held(1, K::Csm, d(2023, 1, 10), None), held(2, K::Cspo, d(2024, 6, 1), None)], vec![]),
            expected: vec![(1, Some(d(2026, 6, 1))), (2, Some(d(2026, 6, 1)))],
        },
        Case {
            label: "on: the journey order does not matter, the earned dates do",
            journey: journey(ON, vec![held(2, K::Cspo, d(2024, 6, 1), None), held(1, K::Csm, d(2023, 1, 10), None)], vec![]),
            expected: vec![(2, Some(d(2026, 6, 1))), (1, Some(d(2026, 6, 1)))],
        },
        Case {
            label: "off: the CSM keeps its own expiry",
            journey: journey(OFF, vec![held(1, K::Csm, d(2023, 1, 10), None), held(2, K::Cspo, d(2024, 6, 1), None)], vec![]),
            expected: vec![(1, Some(d(2025, 1, 10))), (2, Some(d(2026, 6, 1)))],
        },
        Case {
            label: "on: an already-expired CSM is not renewed by a new CSPO",
            journey: journey(ON, vec![held(1, K::Csm, d(2020, 1, 10), None), held(2, K::Cspo, d(2024, 6, 1), None)], vec![]),
            expected: vec![(1, Some(d(2022, 1, 10))), (2, Some(d(2026, 6, 1)))],
        },
        Case {
            label: "on: a CSM that expired the day before the new CSPO is not renewed",
            journey: journey(ON, vec![held(1, K::Csm, d(2022, 5, 31), None), held(2, K::Cspo, d(2024, 6, 1), None)], vec![]),
            expected: vec![(1, Some(d(2024, 5, 31))), (2, Some(d(2026, 6, 1)))],
        },
        Case {
            label: "on: a CSM whose expiry day is the CSPO's earned day is still current and renewed",
            journey: journey(ON, vec![held(1, K::Csm, d(2022, 6, 1), None), held(2, K::Cspo, d(2024, 6, 1), None)], vec![]),
            expected: vec![(1, Some(d(2026, 6, 1))), (2, Some(d(2026, 6, 1)))],
        },
        Case {
            label: "on: two earned on the same day share the expiry",
            journey: journey(ON, vec![held(1, K::Csm, d(2024, 6, 1), None), held(2, K::Cspo, d(2024, 6, 1), None)], vec![]),
            expected: vec![(1, Some(d(2026, 6, 1))), (2, Some(d(2026, 6, 1)))],
        },
        Case {
            label: "on: each new certification aligns all current ones (CSM, CSPO, then CSD)",
            journey: journey(ON, vec![
                held(1, K::Csm, d(2021, 3, 1), None),
                held(2, K::Cspo, d(2022, 2, 1), None),
                held(3, K::Csd, d(2023, 7, 1), None),
            ], vec![]),
            expected: vec![(1, Some(d(2025, 7, 1))), (2, Some(d(2025, 7, 1))), (3, Some(d(2025, 7, 1)))],
        },
        Case {
            label: "on: a 29 Feb CSPO aligns the CSM to 28 Feb two years later",
            journey: journey(ON, vec![held(1, K::Csm, d(2023, 5, 5), None), held(2, K::Cspo, d(2024, 2, 29), None)], vec![]),
            expected: vec![(1, Some(d(2026, 2, 28))), (2, Some(d(2026, 2, 28)))],
        },
        Case {
            label: "on: a renewal after the alignment moves the aligned expiry by one term",
            journey: journey(ON, vec![held(1, K::Csm, d(2023, 1, 10), None), held(2, K::Cspo, d(2024, 6, 1), None)],
                vec![renewal(10, d(2024, 12, 1), &[1])]),
            // the CSM: 2023-01-10 + 2y = 2025-01-10, aligned to 2026-06-01 on 2024-06-01, then
            // renewed by one term on 2024-12-01: 2028-06-01.
            expected: vec![(1, Some(d(2028, 6, 1))), (2, Some(d(2026, 6, 1)))],
        },
        Case {
            label: "on: alignment never shortens: a CSM renewed to 2027 keeps its own expiry",
            journey: journey(ON, vec![held(1, K::Csm, d(2023, 1, 10), None), held(2, K::Cspo, d(2024, 6, 1), None)],
                vec![renewal(10, d(2024, 1, 1), &[1])]),
            expected: vec![(1, Some(d(2027, 1, 10))), (2, Some(d(2026, 6, 1)))],
        },
        Case {
            label: "on: another body's certification earned later does not cause alignment",
            journey: journey(ON, vec![held(1, K::Csm, d(2023, 1, 10), None), held(2, K::OtherBody, d(2024, 6, 1), Some(d(2027, 6, 1)))], vec![]),
            expected: vec![(1, Some(d(2025, 1, 10))), (2, Some(d(2027, 6, 1)))],
        },
        Case {
            label: "on: another body's certification is never aligned by a new CSPO",
            journey: journey(ON, vec![held(1, K::OtherBody, d(2023, 1, 10), Some(d(2025, 1, 10))), held(2, K::Cspo, d(2024, 6, 1), None)], vec![]),
            expected: vec![(1, Some(d(2025, 1, 10))), (2, Some(d(2026, 6, 1)))],
        },
        Case {
            label: "on: another body's certification without expiry stays without one",
            journey: journey(ON, vec![held(1, K::OtherBody, d(2023, 1, 10), None), held(2, K::Cspo, d(2024, 6, 1), None)], vec![]),
            expected: vec![(1, None), (2, Some(d(2026, 6, 1)))],
        },
        Case {
            label: "on: a microcredential is never given an expiry by alignment",
            journey: journey(ON, vec![held(1, K::Microcredential, d(2023, 1, 10), None), held(2, K::Cspo, d(2024, 6, 1), None)], vec![]),
            expected: vec![(1, None), (2, Some(d(2026, 6, 1)))],
        },
        Case {
            label: "on: a new CAL 1 (Scrum Alliance) aligns the CSPO",
            journey: journey(ON, vec![held(1, K::Cspo, d(2023, 1, 10), None), held(2, K::Cal1, d(2024, 6, 1), None)], vec![]),
            expected: vec![(1, Some(d(2026, 6, 1))), (2, Some(d(2026, 6, 1)))],
        },
    ]
}

#[test]
fn alignment_table() {
    let today = d(2025, 3, 1);
    for case in alignment_cases() {
        assert_eq!(
            expiries(&case.journey, today),
            case.expected,
            "{}",
            case.label
        );
    }
}

#[test]
fn alignment_records_the_cause_of_the_new_term() {
    let j = journey(
        ON,
        vec![
            held(1, K::Csm, d(2023, 1, 10), None),
            held(2, K::Cspo, d(2024, 6, 1), None),
        ],
        vec![],
    );
    let all = terms(&j);
    assert_eq!(
        all[&CertificationId(1)],
        vec![
            Term {
                start: d(2023, 1, 10),
                end: d(2025, 1, 10),
                cause: TermCause::Earned,
            },
            Term {
                start: d(2024, 6, 1),
                end: d(2026, 6, 1),
                cause: TermCause::Aligned {
                    by: CertificationId(2)
                },
            },
        ],
        "CSM: earned term, then the aligned term from the CSPO's earned date"
    );
    assert_eq!(
        all[&CertificationId(2)],
        vec![Term {
            start: d(2024, 6, 1),
            end: d(2026, 6, 1),
            cause: TermCause::Earned,
        }],
        "CSPO: one earned term"
    );
}

#[test]
fn an_expired_certification_stays_expired_after_a_new_one_is_earned() {
    let j = journey(
        ON,
        vec![
            held(1, K::Csm, d(2020, 1, 10), None),
            held(2, K::Cspo, d(2024, 6, 1), None),
        ],
        vec![],
    );
    let all = standings(&j, d(2024, 6, 2));
    assert_eq!(all[0].status, Status::Expired, "CSM expired 2022-01-10");
    assert_eq!(all[0].terms.len(), 1, "CSM: no aligned term");
    assert_eq!(all[1].status, Status::Active, "CSPO active");
}

#[rustfmt::skip]
fn renewal_cases() -> Vec<Case> {
    vec![
        Case {
            label: "a renewal recorded before expiry moves the expiry by exactly one term",
            journey: journey(ON, vec![held(1, K::Cspo, d(2022, 3, 15), None)], vec![renewal(10, d(2024, 2, 1), &[1])]),
            expected: vec![(1, Some(d(2026, 3, 15)))],
        },
        Case {
            label: "a renewal recorded after expiry (reinstated) moves it by exactly one term from the old expiry",
            journey: journey(ON, vec![held(1, K::Cspo, d(2022, 3, 15), None)], vec![renewal(10, d(2024, 5, 1), &[1])]),
            expected: vec![(1, Some(d(2026, 3, 15)))],
        },
        Case {
            label: "a renewal recorded several terms after expiry reinstates it to its first term end after the renewal",
            journey: journey(ON, vec![held(1, K::Cspo, d(2018, 3, 15), None)], vec![renewal(10, d(2024, 5, 1), &[1])]),
            // expired 2020-03-15; 2022-03-15 and 2024-03-15 have passed too: 2026-03-15.
            expected: vec![(1, Some(d(2026, 3, 15)))],
        },
        Case {
            label: "a renewal on the day a term would end brings it to the term after",
            journey: journey(ON, vec![held(1, K::Cspo, d(2018, 3, 15), None)], vec![renewal(10, d(2022, 3, 15), &[1])]),
            expected: vec![(1, Some(d(2024, 3, 15)))],
        },
        Case {
            label: "two renewals move it by two terms",
            journey: journey(ON, vec![held(1, K::Cspo, d(2022, 3, 15), None)],
                vec![renewal(10, d(2024, 2, 1), &[1]), renewal(11, d(2026, 1, 20), &[1])]),
            expected: vec![(1, Some(d(2028, 3, 15)))],
        },
        Case {
            label: "renewals count in date order, not in list order",
            journey: journey(ON, vec![held(1, K::Cspo, d(2022, 3, 15), None)],
                vec![renewal(11, d(2026, 1, 20), &[1]), renewal(10, d(2024, 2, 1), &[1])]),
            expected: vec![(1, Some(d(2028, 3, 15)))],
        },
        Case {
            label: "a renewal from 28 Feb (a 29 Feb start) runs to 28 Feb",
            journey: journey(ON, vec![held(1, K::Csm, d(2024, 2, 29), None)], vec![renewal(10, d(2026, 1, 5), &[1])]),
            expected: vec![(1, Some(d(2028, 2, 28)))],
        },
        Case {
            label: "a renewal of one certification leaves another track alone",
            journey: journey(OFF, vec![held(1, K::Cspo, d(2022, 3, 15), None), held(2, K::Csm, d(2022, 4, 1), None)],
                vec![renewal(10, d(2024, 2, 1), &[1])]),
            expected: vec![(1, Some(d(2026, 3, 15))), (2, Some(d(2024, 4, 1)))],
        },
        Case {
            label: "renewing CSP-PO also renews A-CSPO and CSPO (not the expired CSM)",
            journey: journey(ON, vec![
                held(1, K::Csm, d(2018, 1, 1), None),    // expired 2020-01-01
                held(2, K::Cspo, d(2020, 1, 10), None),  // aligned twice, to 2024-09-01
                held(3, K::ACspo, d(2021, 5, 1), None),  // aligned to 2024-09-01
                held(4, K::CspPo, d(2022, 9, 1), None),  // 2024-09-01
            ], vec![renewal(10, d(2024, 8, 1), &[4])]),
            expected: vec![
                (1, Some(d(2020, 1, 1))),
                (2, Some(d(2026, 9, 1))),
                (3, Some(d(2026, 9, 1))),
                (4, Some(d(2026, 9, 1))),
            ],
        },
        Case {
            label: "renewing CSP-PO renews the lower levels, each to its first term end after the renewal, alignment off",
            journey: journey(OFF, vec![
                held(2, K::Cspo, d(2020, 1, 10), None),  // 2022-01-10, lapsed: 2024-01-10 has passed too
                held(3, K::ACspo, d(2021, 5, 1), None),  // 2023-05-01
                held(4, K::CspPo, d(2022, 9, 1), None),  // 2024-09-01
            ], vec![renewal(10, d(2024, 8, 1), &[4])]),
            expected: vec![
                (2, Some(d(2026, 1, 10))),
                (3, Some(d(2025, 5, 1))),
                (4, Some(d(2026, 9, 1))),
            ],
        },
        Case {
            label: "renewing CSPO does not renew the A-CSPO above it",
            journey: journey(OFF, vec![held(2, K::Cspo, d(2022, 1, 10), None), held(3, K::ACspo, d(2022, 5, 1), None)],
                vec![renewal(10, d(2023, 12, 1), &[2])]),
            expected: vec![(2, Some(d(2026, 1, 10))), (3, Some(d(2024, 5, 1)))],
        },
        Case {
            label: "a renewal dated before a certification was earned does not touch it",
            journey: journey(OFF, vec![held(1, K::Cspo, d(2022, 3, 15), None)], vec![renewal(10, d(2021, 1, 1), &[1])]),
            expected: vec![(1, Some(d(2024, 3, 15)))],
        },
        Case {
            label: "a renewal naming another body's certification does not change its user-given expiry",
            journey: journey(ON, vec![held(1, K::OtherBody, d(2022, 3, 15), Some(d(2025, 3, 15)))], vec![renewal(10, d(2024, 2, 1), &[1])]),
            expected: vec![(1, Some(d(2025, 3, 15)))],
        },
    ]
}

#[test]
fn recorded_renewal_table() {
    let today = d(2025, 3, 1);
    for case in renewal_cases() {
        assert_eq!(
            expiries(&case.journey, today),
            case.expected,
            "{}",
            case.label
        );
    }
}

#[test]
fn a_renewal_after_expiry_reinstates_the_certification() {
    let before = journey(ON, vec![held(1, K::Cspo, d(2022, 3, 15), None)], vec![]);
    let after = journey(
        ON,
        vec![held(1, K::Cspo, d(2022, 3, 15), None)],
        vec![renewal(10, d(2024, 5, 1), &[1])],
    );
    let today = d(2024, 5, 1);
    assert_eq!(standings(&before, today)[0].status, Status::Expired);
    assert_eq!(standings(&after, today)[0].status, Status::Active);
    assert_eq!(
        standings(&after, today)[0].terms[1],
        Term {
            start: d(2024, 3, 15),
            end: d(2026, 3, 15),
            cause: TermCause::Renewed {
                renewal: RenewalId(10)
            },
        }
    );
}

#[test]
fn renewed_with_lower_levels_table() {
    let j = journey(
        ON,
        vec![
            held(1, K::Csm, d(2022, 1, 1), None),
            held(2, K::Cspo, d(2022, 1, 1), None),
            held(3, K::ACspo, d(2022, 6, 1), None),
            held(4, K::CspPo, d(2023, 6, 1), None),
            held(5, K::ACsm, d(2023, 1, 1), None),
            held(6, K::Microcredential, d(2023, 1, 1), None),
            held(7, K::Microcredential, d(2023, 2, 1), None),
            held(8, K::OtherBody, d(2023, 1, 1), None),
        ],
        vec![],
    );
    // (label, ids renewed, ids renewed with the lower levels, journey order)
    let rows: [(&str, &[u64], &[u64]); 9] = [
        ("CSP-PO renews A-CSPO and CSPO", &[4], &[2, 3, 4]),
        ("A-CSPO renews CSPO", &[3], &[2, 3]),
        ("CSPO renews itself only", &[2], &[2]),
        ("A-CSM renews CSM", &[5], &[1, 5]),
        (
            "CSP-PO and A-CSM renew both tracks",
            &[5, 4],
            &[1, 2, 3, 4, 5],
        ),
        ("each id once, even named twice", &[4, 2, 4], &[2, 3, 4]),
        (
            "a microcredential renews only itself, not another one",
            &[6],
            &[6],
        ),
        ("another body's certification only itself", &[8], &[8]),
        ("an unknown id renews nothing", &[99], &[]),
    ];
    for (label, ids, expected) in rows {
        assert_eq!(
            renewed_with_lower_levels(&j, &cert_ids(ids)),
            cert_ids(expected),
            "{label}"
        );
    }
}

mod example {
    use super::*;
    use cert_planner::basics::dates::{add_months, sub_months};
    use cert_planner::domain::edge::example::example_journey;
    use cert_planner::domain::records::certifications::{validate, CertificationDraft};
    use proptest::prelude::*;

    fn any_today() -> impl Strategy<Value = NaiveDate> {
        let first = d(2000, 1, 1).num_days_from_ce();
        let last = d(2100, 12, 31).num_days_from_ce();
        (first..=last).prop_map(|n| NaiveDate::from_num_days_from_ce_opt(n).unwrap())
    }

    use chrono::Datelike;

    proptest! {
        #![proptest_config(ProptestConfig {
            failure_persistence: None,
            ..ProptestConfig::with_cases(256)
        })]

        /// example.rs: "A Product Owner who took CSPO about 20 months ago and a CSM some months
        /// before ... renewed my CSM too": the CSPO aligned the CSM, so both share its expiry.
        #[test]
        fn the_example_csm_is_aligned_to_the_cspo(today in any_today()) {
            let j = example_journey(today);
            let all = standings(&j, today);
            let cspo_expiry = add_months(sub_months(today, 21), 24);
            let kinds: Vec<K> = all.iter().map(|s| s.kind).collect();
            prop_assert_eq!(kinds, vec![K::Csm, K::Cspo, K::OtherBody]);
            prop_assert_eq!(all[0].expiry, Some(cspo_expiry), "CSM aligned to the CSPO");
            prop_assert_eq!(all[1].expiry, Some(cspo_expiry), "CSPO earned + 2y");
            prop_assert_eq!(all[2].expiry, None, "the Scrum.org certification does not expire");
            let days_left = all[1].days_left.expect("the CSPO expires");
            prop_assert!((85..=95).contains(&days_left), "a renewal is coming up: {}", days_left);
            prop_assert!(all.iter().all(|s| s.status.is_active()), "{:?}", all);
        }

        #[test]
        fn the_example_passes_its_own_validation(today in any_today()) {
            let j = example_journey(today);
            for held in &j.certifications {
                let draft = CertificationDraft {
                    kind: held.kind,
                    name: held.name.clone(),
                    earned: held.earned,
                    expires: held.expires,
                    license_accepted: held.license_accepted,
                    experience_validated: held.experience_validated,
                    notes: held.notes.clone(),
                };
                let errors = validate(&j, &draft, Some(held.id), today);
                prop_assert!(errors.is_empty(), "{}: {:?}", held.title(), errors);
            }
        }
    }
}

/// "Renewal": a renewal brings the certification to the first term end after the day it is
/// made, however long it lapsed. `renewed_term` computes that in closed form; here it is checked
/// against stepping term by term, over lapses of any length and at the ends of the calendar.
mod renewed_term_in_closed_form {
    use super::*;
    use cert_planner::domain::rules::renewal::{renewed_term, term_end};
    use chrono::Datelike;
    use proptest::prelude::*;

    /// Term by term, as the rule reads: from the expiry, one term at a time, until a term ends
    /// after `date` (or the dates stop moving at the end of the calendar).
    fn stepped(expiry: NaiveDate, date: NaiveDate) -> (NaiveDate, NaiveDate) {
        let (mut start, mut end) = (expiry, term_end(expiry));
        while end <= date && end > start {
            (start, end) = (end, term_end(end));
        }
        (start, end)
    }

    fn day(n: i32) -> NaiveDate {
        NaiveDate::from_num_days_from_ce_opt(n).expect("in range")
    }

    fn any_day() -> impl Strategy<Value = NaiveDate> {
        let first = NaiveDate::MIN.num_days_from_ce();
        let last = NaiveDate::MAX.num_days_from_ce();
        prop_oneof![
            Just(NaiveDate::MIN),
            Just(NaiveDate::MAX),
            (first..first + 3_000).prop_map(day),
            (last - 3_000..=last).prop_map(day),
            (d(1890, 1, 1).num_days_from_ce()..d(2210, 1, 1).num_days_from_ce()).prop_map(day),
        ]
    }

    #[test]
    fn a_lapse_of_three_terms_is_caught_up_in_one_renewal() {
        // (label, expiry, renewed on, the term it gives: start, end)
        let rows = [
            (
                "on time",
                "2026-03-01",
                "2026-02-01",
                "2026-03-01",
                "2028-03-01",
            ),
            (
                "on the expiry day",
                "2026-03-01",
                "2026-03-01",
                "2026-03-01",
                "2028-03-01",
            ),
            (
                "a day before the next",
                "2026-03-01",
                "2028-02-29",
                "2026-03-01",
                "2028-03-01",
            ),
            (
                "on the next term end",
                "2026-03-01",
                "2028-03-01",
                "2028-03-01",
                "2030-03-01",
            ),
            (
                "three terms late",
                "2020-06-30",
                "2026-07-01",
                "2026-06-30",
                "2028-06-30",
            ),
            (
                "29 Feb keeps 28 Feb after",
                "2024-02-29",
                "2031-01-01",
                "2030-02-28",
                "2032-02-28",
            ),
            (
                "300 years",
                "1900-01-31",
                "2199-12-31",
                "2198-01-31",
                "2200-01-31",
            ),
        ];
        let iso = |text: &str| text.parse::<NaiveDate>().expect("an ISO date");
        for (label, expiry, date, start, end) in rows {
            let (expiry, date, expected) = (iso(expiry), iso(date), (iso(start), iso(end)));
            assert_eq!(renewed_term(expiry, date), expected, "{label}");
            assert_eq!(stepped(expiry, date), expected, "{label} (stepped)");
        }
        assert_eq!(
            renewed_term(NaiveDate::MIN, NaiveDate::MAX).1,
            NaiveDate::MAX
        );
    }

    proptest! {
        #![proptest_config(ProptestConfig {
            failure_persistence: None,
            ..ProptestConfig::with_cases(512)
        })]

        #[test]
        fn the_closed_form_is_the_term_by_term_rule(
            expiry in any_day(),
            date in any_day(),
        ) {
            // Stepping across the whole calendar is 131,000 terms: only spans up to 400 years
            // are stepped; longer ones check what the first term end after `date` must be.
            let got = renewed_term(expiry, date);
            if (date.year() - expiry.year()).abs() <= 400 {
                prop_assert_eq!(got, stepped(expiry, date), "{} renewed on {}", expiry, date);
            } else {
                let (start, end) = got;
                prop_assert!(start <= end);
                prop_assert!(end > date || end == NaiveDate::MAX, "{:?}", got);
                prop_assert!(start <= date.max(expiry), "{:?}", got);
                prop_assert!(start == expiry || term_end(start) == end, "{:?}", got);
            }
        }
    }
}
