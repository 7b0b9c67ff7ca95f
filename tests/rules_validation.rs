#![cfg(not(target_arch = "wasm32"))]
//! `docs/rules.md`, "Earning": what the certification form accepts (`certifications::validate`,
//! `drafts::add`, `drafts::update`) and how removing and undoing work (`records::remove`,
//! `records::restore`).

mod common;

use cert_planner::domain::records::certifications::{
    dependants, validate, CertificationDraft, Field,
};
use cert_planner::domain::records::drafts::{add, update};
use cert_planner::domain::rules::catalogue::CertificationKind as K;
use cert_planner::domain::rules::renewal::standings;
use cert_planner::model::journey::{HeldCertification, Journey, RecordedRenewal};
use cert_planner::model::records::{remove, restore};
use cert_planner::model::{CertificationId, Money, RenewalId};
use chrono::NaiveDate;
use common::{cert_ids, d, held, journey_with};

const TODAY: (i32, u32, u32) = (2025, 3, 1);

fn today() -> NaiveDate {
    d(TODAY.0, TODAY.1, TODAY.2)
}

fn named(id: u64, kind: K, name: &str, earned: NaiveDate) -> HeldCertification {
    HeldCertification {
        name: name.to_owned(),
        ..held(id, kind, earned)
    }
}

fn journey(certifications: Vec<HeldCertification>) -> Journey {
    journey_with(certifications, vec![])
}

fn draft(kind: K, earned: NaiveDate) -> CertificationDraft {
    CertificationDraft {
        kind,
        name: String::new(),
        earned,
        expires: None,
        license_accepted: true,
        experience_validated: true,
        notes: String::new(),
    }
}

fn named_draft(
    kind: K,
    name: &str,
    earned: NaiveDate,
    expires: Option<NaiveDate>,
) -> CertificationDraft {
    CertificationDraft {
        name: name.to_owned(),
        expires,
        ..draft(kind, earned)
    }
}

struct Row {
    label: &'static str,
    journey: Journey,
    draft: CertificationDraft,
    editing: Option<u64>,
    /// Each expected error: its field and words its message must contain.
    errors: Vec<(Field, &'static [&'static str])>,
}

/// A product owner chain: CSPO 10 Jan 2019, A-CSPO 1 Jun 2019 (aligned, both expire 1 Jun 2021).
fn expired_po_chain() -> Vec<HeldCertification> {
    vec![
        held(1, K::Cspo, d(2019, 1, 10)),
        held(2, K::ACspo, d(2019, 6, 1)),
    ]
}

/// CSPO 10 Jan 2023, A-CSPO 1 Jun 2023 (both expire 1 Jun 2025).
fn active_po_chain() -> Vec<HeldCertification> {
    vec![
        held(1, K::Cspo, d(2023, 1, 10)),
        held(2, K::ACspo, d(2023, 6, 1)),
    ]
}

#[rustfmt::skip]
fn rows() -> Vec<Row> {
    use Field::*;
    vec![
        Row {
            label: "accepted: a CSPO earned today",
            journey: journey(vec![]),
            draft: draft(K::Cspo, today()),
            editing: None,
            errors: vec![],
        },
        Row {
            label: "future earned date: error at Earned",
            journey: journey(vec![]),
            draft: draft(K::Cspo, d(2025, 3, 2)),
            editing: None,
            errors: vec![(Earned, &["2 Mar 2025", "future"])],
        },
        Row {
            label: "duplicate CSPO: error at Kind",
            journey: journey(vec![held(1, K::Cspo, d(2023, 1, 10))]),
            draft: draft(K::Cspo, d(2024, 1, 10)),
            editing: None,
            errors: vec![(Kind, &["already hold CSPO"])],
        },
        Row {
            label: "future date and duplicate: both errors",
            journey: journey(vec![held(1, K::Cspo, d(2023, 1, 10))]),
            draft: draft(K::Cspo, d(2026, 1, 1)),
            editing: None,
            errors: vec![(Earned, &["future"]), (Kind, &["already hold CSPO"])],
        },
        Row {
            label: "duplicate other-body certification of the same name (any case): error at Kind",
            journey: journey(vec![named(1, K::OtherBody, "PSPO I", d(2023, 1, 10))]),
            draft: named_draft(K::OtherBody, " pspo i ", d(2024, 1, 10), None),
            editing: None,
            errors: vec![(Kind, &["already hold pspo i"])],
        },
        Row {
            label: "accepted: another body's certification of a different name",
            journey: journey(vec![named(1, K::OtherBody, "PSPO I", d(2023, 1, 10))]),
            draft: named_draft(K::OtherBody, "PSPO II", d(2024, 1, 10), None),
            editing: None,
            errors: vec![],
        },
        Row {
            label: "accepted: two microcredentials of different names",
            journey: journey(vec![named(1, K::Microcredential, "Facilitation", d(2023, 1, 10))]),
            draft: named_draft(K::Microcredential, "Kanban", d(2024, 1, 10), None),
            editing: None,
            errors: vec![],
        },
        Row {
            label: "A-CSPO without a CSPO: error at Kind naming CSPO",
            journey: journey(vec![]),
            draft: draft(K::ACspo, d(2024, 1, 10)),
            editing: None,
            errors: vec![(Kind, &["A-CSPO needs a CSPO", "active or expired", "Add your CSPO first"])],
        },
        Row {
            label: "A-CSPO with only a CSM: a CSM does not count, error at Kind naming CSPO",
            journey: journey(vec![held(1, K::Csm, d(2023, 1, 10))]),
            draft: draft(K::ACspo, d(2024, 1, 10)),
            editing: None,
            errors: vec![(Kind, &["CSPO"])],
        },
        Row {
            label: "accepted: A-CSPO with an active CSPO",
            journey: journey(vec![held(1, K::Cspo, d(2023, 1, 10))]),
            draft: draft(K::ACspo, d(2024, 1, 10)),
            editing: None,
            errors: vec![],
        },
        Row {
            label: "accepted: A-CSPO with an expired CSPO (active or expired)",
            journey: journey(vec![held(1, K::Cspo, d(2019, 1, 10))]), // expired 10 Jan 2021
            draft: draft(K::ACspo, d(2024, 1, 10)),
            editing: None,
            errors: vec![],
        },
        Row {
            label: "accepted: A-CSPO earned the same day as the CSPO",
            journey: journey(vec![held(1, K::Cspo, d(2024, 1, 10))]),
            draft: draft(K::ACspo, d(2024, 1, 10)),
            editing: None,
            errors: vec![],
        },
        Row {
            label: "A-CSPO earned before its CSPO: error at Earned",
            journey: journey(vec![held(1, K::Cspo, d(2024, 1, 10))]),
            draft: draft(K::ACspo, d(2023, 12, 1)),
            editing: None,
            errors: vec![(Earned, &["CSPO was earned on 10 Jan 2024"])],
        },
        Row {
            label: "A-CSM without a CSM: error at Kind naming CSM",
            journey: journey(vec![held(1, K::Cspo, d(2023, 1, 10))]),
            draft: draft(K::ACsm, d(2024, 1, 10)),
            editing: None,
            errors: vec![(Kind, &["A-CSM needs a CSM"])],
        },
        Row {
            label: "CSP-PO without an A-CSPO: error at Kind naming an active A-CSPO",
            journey: journey(vec![held(1, K::Cspo, d(2023, 1, 10))]),
            draft: draft(K::CspPo, d(2024, 1, 10)),
            editing: None,
            errors: vec![(Kind, &["CSP-PO needs an active A-CSPO", "Add your A-CSPO first"])],
        },
        Row {
            label: "accepted: CSP-PO with an active A-CSPO",
            journey: journey(active_po_chain()),
            draft: draft(K::CspPo, d(2024, 6, 1)),
            editing: None,
            errors: vec![],
        },
        Row {
            label: "accepted: CSP-PO earned on the A-CSPO's expiry day (still active that day)",
            journey: journey(expired_po_chain()),
            draft: draft(K::CspPo, d(2021, 6, 1)),
            editing: None,
            errors: vec![],
        },
        Row {
            label: "CSP-PO with an A-CSPO expired the day before: error at Earned",
            journey: journey(expired_po_chain()),
            draft: draft(K::CspPo, d(2021, 6, 2)),
            editing: None,
            errors: vec![(Earned, &["CSP-PO needs an active A-CSPO", "expired on 1 Jun 2021"])],
        },
        Row {
            label: "CSP-PO with an A-CSPO expired long before: error at Earned",
            journey: journey(expired_po_chain()),
            draft: draft(K::CspPo, d(2024, 6, 1)),
            editing: None,
            errors: vec![(Earned, &["expired on 1 Jun 2021"])],
        },
        Row {
            label: "accepted: CSP-PO with an A-CSPO renewed before it expired",
            journey: Journey {
                renewals: vec![RecordedRenewal { id: RenewalId(3), date: d(2021, 5, 1), renewed: cert_ids(&[2]), fee_paid: Money(17_500) }],
                next_id: 4,
                ..journey(expired_po_chain())
            },
            draft: draft(K::CspPo, d(2022, 6, 1)),
            editing: None,
            errors: vec![],
        },
        Row {
            label: "CSP-SM with an expired A-CSM: error at Earned (same pattern in the SM track)",
            journey: journey(vec![held(1, K::Csm, d(2019, 1, 10)), held(2, K::ACsm, d(2019, 6, 1))]),
            draft: draft(K::CspSm, d(2024, 6, 1)),
            editing: None,
            errors: vec![(Earned, &["CSP-SM needs an active A-CSM", "expired on 1 Jun 2021"])],
        },
        Row {
            label: "another body's certification without a name: error at Name",
            journey: journey(vec![]),
            draft: named_draft(K::OtherBody, "", d(2024, 1, 10), None),
            editing: None,
            errors: vec![(Name, &["name"])],
        },
        Row {
            label: "a microcredential named only with spaces: error at Name",
            journey: journey(vec![]),
            draft: named_draft(K::Microcredential, "   ", d(2024, 1, 10), None),
            editing: None,
            errors: vec![(Name, &["name"])],
        },
        Row {
            label: "other-body expiry before the earned date: error at Expires",
            journey: journey(vec![]),
            draft: named_draft(K::OtherBody, "PMI-ACP", d(2024, 1, 10), Some(d(2023, 1, 10))),
            editing: None,
            errors: vec![(Expires, &["after the earned date"])],
        },
        Row {
            label: "other-body expiry on the earned date: error at Expires",
            journey: journey(vec![]),
            draft: named_draft(K::OtherBody, "PMI-ACP", d(2024, 1, 10), Some(d(2024, 1, 10))),
            editing: None,
            errors: vec![(Expires, &["after the earned date"])],
        },
        Row {
            label: "accepted: other-body expiry after the earned date",
            journey: journey(vec![]),
            draft: named_draft(K::OtherBody, "PMI-ACP", d(2024, 1, 10), Some(d(2024, 1, 11))),
            editing: None,
            errors: vec![],
        },
        Row {
            label: "accepted: editing an entry does not count itself as a duplicate",
            journey: journey(vec![held(1, K::Cspo, d(2023, 1, 10))]),
            draft: draft(K::Cspo, d(2023, 2, 10)),
            editing: Some(1),
            errors: vec![],
        },
        Row {
            label: "accepted: editing a named entry, same name, does not count itself",
            journey: journey(vec![named(1, K::OtherBody, "PSPO I", d(2023, 1, 10))]),
            draft: named_draft(K::OtherBody, "PSPO I", d(2023, 1, 10), None),
            editing: Some(1),
            errors: vec![],
        },
        Row {
            label: "editing one entry into a copy of another: error at Kind",
            journey: journey(vec![held(1, K::Cspo, d(2023, 1, 10)), held(2, K::Csm, d(2023, 2, 10))]),
            draft: draft(K::Cspo, d(2023, 2, 10)),
            editing: Some(2),
            errors: vec![(Kind, &["already hold CSPO"])],
        },
        Row {
            label: "editing the CSP-PO: its own alignment of the A-CSPO does not keep the A-CSPO active",
            journey: journey(vec![
                held(1, K::Cspo, d(2021, 1, 10)),
                held(2, K::ACspo, d(2021, 6, 1)),  // expires 1 Jun 2023 without the CSP-PO
                held(3, K::CspPo, d(2023, 5, 1)),  // which aligns it to 1 May 2025
            ]),
            draft: draft(K::CspPo, d(2024, 1, 1)),
            editing: Some(3),
            errors: vec![(Earned, &["expired on 1 Jun 2023"])],
        },
        Row {
            label: "accepted: editing the CSP-PO itself, its own entry is left out of the A-CSPO check",
            journey: journey(vec![
                held(1, K::Cspo, d(2023, 1, 10)),
                held(2, K::ACspo, d(2023, 6, 1)),
                held(3, K::CspPo, d(2024, 6, 1)),
            ]),
            draft: draft(K::CspPo, d(2024, 7, 1)),
            editing: Some(3),
            errors: vec![],
        },
    ]
}

#[test]
fn validation_table() {
    for row in rows() {
        let label = row.label;
        let editing = row.editing.map(CertificationId);
        let errors = validate(&row.journey, &row.draft, editing, today());
        let fields: Vec<Field> = errors.iter().map(|e| e.field).collect();
        let expected: Vec<Field> = row.errors.iter().map(|(f, _)| *f).collect();
        assert_eq!(fields, expected, "{label}: fields ({errors:?})");
        for (error, (_, words)) in errors.iter().zip(&row.errors) {
            for word in *words {
                assert!(
                    error.message.contains(word),
                    "{label}: message {:?} should mention {word:?}",
                    error.message
                );
            }
        }
    }
}

#[test]
fn add_stores_the_draft_with_a_fresh_id() {
    let mut j = journey(vec![held(1, K::Cspo, d(2023, 1, 10))]);
    let id = add(
        &mut j,
        CertificationDraft {
            name: "ignored for catalogue kinds".into(),
            expires: Some(d(2030, 1, 1)),
            license_accepted: false,
            experience_validated: false,
            notes: "  two-day course  ".into(),
            ..draft(K::ACspo, d(2024, 1, 10))
        },
        today(),
    )
    .expect("A-CSPO with a CSPO is accepted");
    assert_eq!(id, CertificationId(2), "the next free id");
    assert_eq!(j.next_id, 3, "the id is taken");
    assert_eq!(
        j.certifications.last(),
        Some(&HeldCertification {
            id: CertificationId(2),
            kind: K::ACspo,
            name: String::new(),
            earned: d(2024, 1, 10),
            expires: None,
            license_accepted: false,
            experience_validated: false,
            notes: "two-day course".into(),
        }),
        "name and expiry dropped for a catalogue kind, notes trimmed"
    );
    let standing = &standings(&j, today())[1];
    assert_eq!(
        standing.expiry,
        Some(d(2026, 1, 10)),
        "expiry is earned + 2y, not the draft's"
    );
}

#[test]
fn add_keeps_the_name_and_user_given_expiry_of_another_body() {
    let mut j = journey(vec![]);
    let other = add(
        &mut j,
        named_draft(
            K::OtherBody,
            "  PMI-ACP ",
            d(2024, 1, 10),
            Some(d(2027, 1, 10)),
        ),
        today(),
    )
    .expect("accepted");
    let micro = add(
        &mut j,
        named_draft(
            K::Microcredential,
            "Kanban",
            d(2024, 2, 10),
            Some(d(2027, 1, 10)),
        ),
        today(),
    )
    .expect("accepted");
    let other = j.certification(other).expect("stored");
    assert_eq!(other.name, "PMI-ACP", "name trimmed");
    assert_eq!(
        other.expires,
        Some(d(2027, 1, 10)),
        "user-given expiry kept"
    );
    let micro = j.certification(micro).expect("stored");
    assert_eq!(
        micro.expires, None,
        "a microcredential never expires: no expiry kept"
    );
    assert_eq!(micro.name, "Kanban");
}

#[test]
fn add_refuses_and_leaves_the_journey_unchanged() {
    let mut j = journey(vec![held(1, K::Cspo, d(2023, 1, 10))]);
    let before = j.clone();
    let errors = add(&mut j, draft(K::CspPo, d(2024, 1, 10)), today()).expect_err("no A-CSPO");
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].field, Field::Kind);
    assert!(
        errors[0].message.contains("A-CSPO"),
        "{}",
        errors[0].message
    );
    assert_eq!(j, before, "nothing added, no id taken");
}

#[test]
fn update_replaces_the_details_in_place() {
    let mut j = journey(vec![
        held(1, K::Csm, d(2022, 1, 10)),
        held(2, K::Cspo, d(2023, 1, 10)),
        held(3, K::Csd, d(2023, 5, 10)),
    ]);
    update(
        &mut j,
        CertificationId(2),
        CertificationDraft {
            notes: "moved".into(),
            ..draft(K::Cspo, d(2023, 2, 1))
        },
        today(),
    )
    .expect("editing itself is no duplicate");
    assert_eq!(j.certifications.len(), 3, "nothing added");
    assert_eq!(j.certifications[1].id, CertificationId(2), "same place");
    assert_eq!(j.certifications[1].earned, d(2023, 2, 1));
    assert_eq!(j.certifications[1].notes, "moved");
    assert_eq!(j.next_id, 4, "no id taken");
}

#[test]
fn update_refuses_a_duplicate_and_a_removed_entry() {
    let mut j = journey(vec![
        held(1, K::Csm, d(2022, 1, 10)),
        held(2, K::Cspo, d(2023, 1, 10)),
    ]);
    let before = j.clone();
    let errors = update(
        &mut j,
        CertificationId(2),
        draft(K::Csm, d(2023, 1, 10)),
        today(),
    )
    .expect_err("duplicate");
    assert_eq!(
        errors.iter().map(|e| e.field).collect::<Vec<_>>(),
        vec![Field::Kind]
    );
    assert!(
        errors[0].message.contains("already hold CSM"),
        "{}",
        errors[0].message
    );
    assert_eq!(j, before, "unchanged after a refused edit");

    let errors = update(
        &mut j,
        CertificationId(9),
        draft(K::Csd, d(2023, 1, 10)),
        today(),
    )
    .expect_err("removed");
    assert_eq!(
        errors.iter().map(|e| e.field).collect::<Vec<_>>(),
        vec![Field::Kind]
    );
    assert!(
        errors[0].message.contains("removed"),
        "{}",
        errors[0].message
    );
    assert_eq!(j, before, "unchanged");
}

#[test]
fn remove_then_restore_puts_it_back_at_its_place() {
    let original = journey(vec![
        held(1, K::Csm, d(2022, 1, 10)),
        held(2, K::Cspo, d(2023, 1, 10)),
        held(3, K::Csd, d(2023, 5, 10)),
    ]);
    // (label, id removed, index it had)
    for (label, id, index) in [("first", 1, 0), ("middle", 2, 1), ("last", 3, 2)] {
        let id = CertificationId(id);
        let mut j = original.clone();
        let (at, removed) = remove(&mut j, id).expect("held");
        assert_eq!(at, index, "{label}: index");
        assert_eq!(removed.id, id, "{label}: the removed one");
        assert_eq!(j.certifications.len(), 2, "{label}: removed");
        assert!(j.certification(id).is_none(), "{label}: gone");
        restore(&mut j, at, removed);
        assert_eq!(j, original, "{label}: back at its place");
    }
}

#[test]
fn remove_of_an_unknown_id_changes_nothing() {
    let mut j = journey(vec![held(1, K::Csm, d(2022, 1, 10))]);
    let before = j.clone();
    assert_eq!(remove(&mut j, CertificationId(7)), None);
    assert_eq!(j, before);
}

#[test]
fn restore_does_not_duplicate_and_clamps_the_place() {
    let original = journey(vec![
        held(1, K::Csm, d(2022, 1, 10)),
        held(2, K::Cspo, d(2023, 1, 10)),
    ]);
    let mut j = original.clone();
    let (at, removed) = remove(&mut j, CertificationId(2)).expect("held");
    restore(&mut j, at, removed.clone());
    restore(&mut j, at, removed.clone());
    assert_eq!(j, original, "restoring twice does not add it twice");

    let mut j = original.clone();
    let (_, removed) = remove(&mut j, CertificationId(2)).expect("held");
    let (_, csm) = remove(&mut j, CertificationId(1)).expect("held");
    restore(&mut j, 1, removed);
    assert_eq!(
        j.certifications.iter().map(|c| c.id).collect::<Vec<_>>(),
        cert_ids(&[2]),
        "index clamped to the end"
    );
    restore(&mut j, 0, csm);
    assert_eq!(
        j.certifications.iter().map(|c| c.id).collect::<Vec<_>>(),
        cert_ids(&[1, 2])
    );
}

#[test]
fn remove_keeps_recorded_renewals_as_history() {
    let mut j = journey(vec![
        held(1, K::Csm, d(2022, 1, 10)),
        held(2, K::Cspo, d(2022, 1, 10)),
    ]);
    j.renewals.push(RecordedRenewal {
        id: RenewalId(3),
        date: d(2023, 12, 1),
        renewed: cert_ids(&[1, 2]),
        fee_paid: Money(10_000),
    });
    j.next_id = 4;
    remove(&mut j, CertificationId(1)).expect("held");
    assert_eq!(
        j.renewals[0].renewed,
        cert_ids(&[1, 2]),
        "the renewal still says what it renewed"
    );
    let expiries: Vec<_> = cert_planner::domain::rules::renewal::standings(&j, d(2024, 1, 1))
        .into_iter()
        .map(|s| (s.id, s.expiry))
        .collect();
    assert_eq!(
        expiries,
        vec![(CertificationId(2), Some(d(2026, 1, 10)))],
        "the CSPO keeps its renewed term"
    );
}

#[test]
fn remove_then_restore_keeps_the_recorded_renewals() {
    let mut original = journey(vec![held(1, K::Cspo, d(2022, 3, 15))]);
    original.renewals.push(RecordedRenewal {
        id: RenewalId(2),
        date: d(2024, 2, 1),
        renewed: cert_ids(&[1]),
        fee_paid: Money(10_000),
    });
    original.next_id = 3;
    assert_eq!(
        standings(&original, today())[0].expiry,
        Some(d(2026, 3, 15))
    );

    let mut j = original.clone();
    let (at, removed) = remove(&mut j, CertificationId(1)).expect("held");
    restore(&mut j, at, removed);
    assert_eq!(
        standings(&j, today())[0].expiry,
        Some(d(2026, 3, 15)),
        "after undo the CSPO is still renewed to 15 Mar 2026"
    );
    assert_eq!(j, original, "undo restores the journey as it was");
}

#[test]
fn dependants_name_what_needs_a_certification() {
    let j = journey(vec![
        held(1, K::Cspo, d(2022, 1, 10)),
        held(2, K::ACspo, d(2022, 6, 10)),
        held(3, K::CspPo, d(2023, 6, 10)),
        held(4, K::Csm, d(2022, 1, 10)),
    ]);
    // (label, id, dependants' ids)
    let rows: [(&str, u64, &[u64]); 5] = [
        ("CSPO is needed by A-CSPO", 1, &[2]),
        ("A-CSPO is needed by CSP-PO", 2, &[3]),
        ("nothing needs CSP-PO", 3, &[]),
        ("nothing held needs the CSM", 4, &[]),
        ("an unknown id has no dependants", 9, &[]),
    ];
    for (label, id, expected) in rows {
        let ids: Vec<CertificationId> = dependants(&j, CertificationId(id))
            .iter()
            .map(|c| c.id)
            .collect();
        assert_eq!(ids, cert_ids(expected), "{label}");
    }
}

/// `docs/rules.md`, "Earning": CSP-PO needs an active A-CSPO; "Status": active means not past
/// expiry, license agreement accepted, and for advanced/professional levels the work experience
/// validated.
/// `validate` only checks the A-CSPO's expiry, so an A-CSPO that shows as Inactive is accepted.
#[test]
fn csp_po_needs_an_a_cspo_that_is_active_in_practice() {
    let rows = [
        (
            "A-CSPO with work experience not validated",
            HeldCertification {
                experience_validated: false,
                ..held(2, K::ACspo, d(2023, 6, 1))
            },
        ),
        (
            "A-CSPO with the license agreement not accepted",
            HeldCertification {
                license_accepted: false,
                ..held(2, K::ACspo, d(2023, 6, 1))
            },
        ),
    ];
    for (label, a_cspo) in rows {
        let j = journey(vec![held(1, K::Cspo, d(2023, 1, 10)), a_cspo]);
        assert!(
            !standings(&j, d(2024, 6, 1))[1].status.is_active(),
            "{label}: the A-CSPO is not active on the CSP-PO's earned date"
        );
        let errors = validate(&j, &draft(K::CspPo, d(2024, 6, 1)), None, today());
        assert_eq!(errors.len(), 1, "{label}: refused, got {errors:?}");
        assert!(
            errors[0].message.contains("active A-CSPO"),
            "{label}: {}",
            errors[0].message
        );
    }
}
