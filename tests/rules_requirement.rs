#![cfg(not(target_arch = "wasm32"))]
//! `docs/rules.md`, "Renewal figures": one combined requirement for everything held: the SEUs of
//! the highest certification, plus the add-on SEUs of the highest certification of each other
//! track, and one fee set by the highest level.

mod common;

use cert_planner::domain::rules::catalogue::{CertificationKind as K, Level};
use cert_planner::domain::rules::renewal::{combined_requirement, CountedAs};
use cert_planner::model::journey::Journey;
use cert_planner::model::{CertificationId, Money};
use chrono::Duration;
use common::{cert_ids, d, held};

/// A journey holding `kinds` in this order (ids 1, 2, ...), earned a month apart from 2020 on,
/// so a prerequisite chain written lowest first is earned in a realistic order.
fn holding(kinds: &[K]) -> Journey {
    let mut journey = Journey::default();
    for (n, kind) in kinds.iter().enumerate() {
        let id: CertificationId = journey.take_id();
        let earned = d(2020, 1, 15) + Duration::days(30 * n as i64);
        journey.certifications.push(held(id.0, *kind, earned));
    }
    journey
}

struct Row {
    label: &'static str,
    held: &'static [K],
    seus: u32,
    fee: Money,
    fee_level: Level,
    /// (kind, SEUs) counted as the highest of another track, in any order.
    add_ons: &'static [(K, u32)],
    /// The kind counted as the highest certification, with its SEUs; `None` when two of the
    /// same level could both be it (then only its SEU figure is checked).
    highest: Option<K>,
    highest_seus: u32,
}

use Level::{Advanced as Adv, Foundational as Found, Professional as Prof};

#[rustfmt::skip]
const ROWS: &[Row] = &[
    Row {
        label: "the \"Renewal figures\" example, with the prerequisite chains held: CSP-SM + CSP-PO + CSD = 40 + 20 + 10 = 70 SEUs, $250",
        held: &[K::Csm, K::ACsm, K::CspSm, K::Cspo, K::ACspo, K::CspPo, K::Csd],
        seus: 70, fee: Money::dollars(250), fee_level: Prof,
        add_ons: &[(K::Csd, 10), (K::CspSm, 20)], highest: Some(K::CspPo), highest_seus: 40,
    },
    Row {
        label: "the \"Renewal figures\" example, the three alone: CSP-SM + CSP-PO + CSD = 70 SEUs, $250",
        held: &[K::CspSm, K::CspPo, K::Csd],
        seus: 70, fee: Money::dollars(250), fee_level: Prof,
        add_ons: &[(K::Csd, 10), (K::CspSm, 20)], highest: Some(K::CspPo), highest_seus: 40,
    },
    Row {
        label: "CSPO alone: 20 SEUs, $100",
        held: &[K::Cspo],
        seus: 20, fee: Money::dollars(100), fee_level: Found,
        add_ons: &[], highest: Some(K::Cspo), highest_seus: 20,
    },
    Row {
        label: "CSM alone: 20 SEUs, $100",
        held: &[K::Csm],
        seus: 20, fee: Money::dollars(100), fee_level: Found,
        add_ons: &[], highest: Some(K::Csm), highest_seus: 20,
    },
    Row {
        label: "CSPO + CSM: 20 + 10 = 30 SEUs, one fee of $100",
        held: &[K::Cspo, K::Csm],
        seus: 30, fee: Money::dollars(100), fee_level: Found,
        add_ons: &[(K::Csm, 10)], highest: Some(K::Cspo), highest_seus: 20,
    },
    Row {
        label: "A-CSPO + CSM (with its CSPO): 30 + 10 = 40 SEUs, $175",
        held: &[K::Csm, K::Cspo, K::ACspo],
        seus: 40, fee: Money::dollars(175), fee_level: Adv,
        add_ons: &[(K::Csm, 10)], highest: Some(K::ACspo), highest_seus: 30,
    },
    Row {
        label: "A-CSPO + CSM: 30 + 10 = 40 SEUs, $175",
        held: &[K::ACspo, K::Csm],
        seus: 40, fee: Money::dollars(175), fee_level: Adv,
        add_ons: &[(K::Csm, 10)], highest: Some(K::ACspo), highest_seus: 30,
    },
    Row {
        label: "the highest is chosen by level, not catalogue order: A-CSM + CSPO = 30 + 10",
        held: &[K::Cspo, K::Csm, K::ACsm],
        seus: 40, fee: Money::dollars(175), fee_level: Adv,
        add_ons: &[(K::Cspo, 10)], highest: Some(K::ACsm), highest_seus: 30,
    },
    Row {
        label: "lower levels of a track add no SEUs: CSPO + A-CSPO + CSP-PO = 40, $250",
        held: &[K::Cspo, K::ACspo, K::CspPo],
        seus: 40, fee: Money::dollars(250), fee_level: Prof,
        add_ons: &[], highest: Some(K::CspPo), highest_seus: 40,
    },
    Row {
        label: "lower levels of a track add no SEUs: CSM + A-CSM = 30, $175",
        held: &[K::Csm, K::ACsm],
        seus: 30, fee: Money::dollars(175), fee_level: Adv,
        add_ons: &[], highest: Some(K::ACsm), highest_seus: 30,
    },
    Row {
        label: "CSP-PO chain + CSM + A-CSM: 40 + 15 = 55, $250",
        held: &[K::Cspo, K::ACspo, K::CspPo, K::Csm, K::ACsm],
        seus: 55, fee: Money::dollars(250), fee_level: Prof,
        add_ons: &[(K::ACsm, 15)], highest: Some(K::CspPo), highest_seus: 40,
    },
    Row {
        label: "CSP-PO + A-CSM + CSD: 40 + 15 + 10 = 65, $250",
        held: &[K::CspPo, K::ACsm, K::Csd],
        seus: 65, fee: Money::dollars(250), fee_level: Prof,
        add_ons: &[(K::ACsm, 15), (K::Csd, 10)], highest: Some(K::CspPo), highest_seus: 40,
    },
    Row {
        label: "A-CSPO + A-CSM: 30 + 15 = 45, $175",
        held: &[K::ACspo, K::ACsm],
        seus: 45, fee: Money::dollars(175), fee_level: Adv,
        add_ons: &[(K::ACsm, 15)], highest: Some(K::ACspo), highest_seus: 30,
    },
    Row {
        label: "all three professional: 40 + 20 + 20 = 80, $250",
        held: &[K::CspPo, K::CspSm, K::CspD],
        seus: 80, fee: Money::dollars(250), fee_level: Prof,
        add_ons: &[(K::CspSm, 20), (K::CspD, 20)], highest: Some(K::CspPo), highest_seus: 40,
    },
    Row {
        label: "the three foundational: 20 + 10 + 10 = 40, one fee of $100",
        held: &[K::Cspo, K::Csm, K::Csd],
        seus: 40, fee: Money::dollars(100), fee_level: Found,
        add_ons: &[(K::Csm, 10), (K::Csd, 10)], highest: Some(K::Cspo), highest_seus: 20,
    },
    Row {
        label: "other bodies and microcredentials add nothing: CSPO + other + microcredential = 20",
        held: &[K::OtherBody, K::Cspo, K::Microcredential],
        seus: 20, fee: Money::dollars(100), fee_level: Found,
        add_ons: &[], highest: Some(K::Cspo), highest_seus: 20,
    },
];

#[test]
fn combined_requirement_table() {
    for row in ROWS {
        let label = row.label;
        let journey = holding(row.held);
        let requirement =
            combined_requirement(&journey).unwrap_or_else(|| panic!("{label}: a requirement"));
        assert_eq!(requirement.seus, row.seus, "{label}: SEUs");
        assert_eq!(requirement.fee, row.fee, "{label}: fee");
        assert_eq!(requirement.fee_level, row.fee_level, "{label}: fee level");
        assert_eq!(
            requirement.parts.iter().map(|p| p.seus).sum::<u32>(),
            row.seus,
            "{label}: the parts add up to the SEUs"
        );

        let highest: Vec<_> = requirement
            .parts
            .iter()
            .filter(|p| p.counted_as == CountedAs::Highest)
            .collect();
        assert_eq!(
            highest.len(),
            1,
            "{label}: exactly one highest certification"
        );
        assert_eq!(
            highest[0].seus, row.highest_seus,
            "{label}: SEUs of the highest"
        );
        if let Some(kind) = row.highest {
            assert_eq!(highest[0].kind, kind, "{label}: the highest certification");
        }

        let mut add_ons: Vec<(K, u32)> = requirement
            .parts
            .iter()
            .filter(|p| p.counted_as == CountedAs::HighestOfOtherTrack)
            .map(|p| (p.kind, p.seus))
            .collect();
        add_ons.sort();
        let mut expected_add_ons = row.add_ons.to_vec();
        expected_add_ons.sort();
        assert_eq!(add_ons, expected_add_ons, "{label}: other tracks' add-ons");

        for part in &requirement.parts {
            let held = journey
                .certification(part.id)
                .unwrap_or_else(|| panic!("{label}: part {} is held", part.id));
            assert_eq!(held.kind, part.kind, "{label}: part id and kind agree");
        }

        let expected_renews: Vec<CertificationId> = journey
            .certifications
            .iter()
            .filter(|c| !c.kind.user_named())
            .map(|c| c.id)
            .collect();
        assert_eq!(
            requirement.renews, expected_renews,
            "{label}: renews every Scrum Alliance certification held, in journey order"
        );
    }
}

#[test]
fn the_rules_example_renews_all_seven_certifications_of_the_chains() {
    let journey = holding(&[
        K::Csm,
        K::ACsm,
        K::CspSm,
        K::Cspo,
        K::ACspo,
        K::CspPo,
        K::Csd,
    ]);
    let requirement = combined_requirement(&journey).expect("a requirement");
    assert_eq!(
        (requirement.seus, requirement.fee),
        (70, Money::dollars(250))
    );
    assert_eq!(requirement.renews, cert_ids(&[1, 2, 3, 4, 5, 6, 7]));
    let mut counted: Vec<K> = requirement.parts.iter().map(|p| p.kind).collect();
    counted.sort();
    assert_eq!(
        counted,
        vec![K::CspPo, K::CspSm, K::Csd],
        "only the top of each track is counted"
    );
}

#[test]
fn nothing_renewed_with_seus_gives_no_requirement() {
    let rows: [(&str, &[K]); 5] = [
        ("nothing held", &[]),
        ("only another body's certification", &[K::OtherBody]),
        ("only a microcredential", &[K::Microcredential]),
        (
            "other bodies and microcredentials only",
            &[K::OtherBody, K::Microcredential, K::OtherBody],
        ),
        (
            "two microcredentials",
            &[K::Microcredential, K::Microcredential],
        ),
    ];
    for (label, kinds) in rows {
        assert_eq!(combined_requirement(&holding(kinds)), None, "{label}");
    }
}
