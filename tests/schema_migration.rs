#![cfg(not(target_arch = "wasm32"))]
//! The stored document: reading, migrating version 1 to the current version, refusing what
//! cannot be read or was written by a newer version, and a lossless round trip.

mod common;

use cert_planner::domain::edge::example::example_journey;
use cert_planner::domain::rules::catalogue::CertificationKind as K;
use cert_planner::model::journey::{HeldCertification, Journey, RecordedRenewal, SCHEMA_VERSION};
use cert_planner::model::plan::{Recurrence, Schedule};
use cert_planner::model::settings::Settings;
use cert_planner::model::{CertificationId, Money, OfferId, RenewalId};
use cert_planner::store::schema::{read_document, write_document, ReadDocument, ReadProblem};
use chrono::{Datelike, NaiveDate};
use common::{cert_ids, d};
use proptest::prelude::*;
use serde_json::json;

// Version 2 introduced the SEU window in months; the tests below migrate version 1 to it.
const _: () = assert!(SCHEMA_VERSION >= 2);

#[test]
fn a_new_journey_is_written_at_the_current_version() {
    assert_eq!(Journey::default().version, SCHEMA_VERSION);
}

fn sample_journey() -> Journey {
    Journey {
        version: SCHEMA_VERSION,
        revision: 17,
        next_id: 6,
        settings: Settings {
            alignment_on_new_certification: false,
            grace_period_days: 90,
            seu_window_months: 24,
            advanced_experience_months: 12,
            professional_experience_months: 18,
            backup_reminder_days: 14,
        },
        certifications: vec![
            HeldCertification {
                id: CertificationId(1),
                kind: K::Cspo,
                name: String::new(),
                earned: d(2024, 2, 29),
                expires: None,
                license_accepted: true,
                experience_validated: false,
                notes: "Two-day course, \"great\" trainer — ünïcode".into(),
            },
            HeldCertification {
                id: CertificationId(2),
                kind: K::ACspo,
                name: String::new(),
                earned: d(2025, 1, 10),
                expires: None,
                license_accepted: false,
                experience_validated: true,
                notes: String::new(),
            },
            HeldCertification {
                id: CertificationId(3),
                kind: K::OtherBody,
                name: "PSPO I".into(),
                earned: d(2023, 5, 1),
                expires: Some(d(2026, 5, 1)),
                license_accepted: true,
                experience_validated: false,
                notes: String::new(),
            },
            HeldCertification {
                id: CertificationId(4),
                kind: K::Microcredential,
                name: "Facilitation".into(),
                earned: d(2022, 7, 7),
                expires: None,
                license_accepted: true,
                experience_validated: false,
                notes: String::new(),
            },
        ],
        renewals: vec![RecordedRenewal {
            id: RenewalId(5),
            date: d(2026, 1, 20),
            renewed: cert_ids(&[1, 2]),
            fee_paid: Money(17_500),
        }],
        ..Journey::default()
    }
}

#[test]
fn current_documents_round_trip() {
    let rows = [
        ("an empty journey", Journey::default()),
        ("a journey with every field set", sample_journey()),
        ("the example journey", example_journey(d(2025, 3, 1))),
    ];
    for (label, journey) in rows {
        let text = write_document(&journey);
        assert_eq!(
            read_document(&text),
            Ok(ReadDocument {
                journey,
                migrated_from: None,
            }),
            "{label}"
        );
    }
}

#[test]
fn the_stored_text_uses_the_stable_ids_and_iso_dates() {
    let text = write_document(&sample_journey());
    let value: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    assert_eq!(value["version"], json!(SCHEMA_VERSION));
    assert_eq!(value["certifications"][0]["kind"], json!("CSPO"));
    assert_eq!(value["certifications"][1]["kind"], json!("A-CSPO"));
    assert_eq!(value["certifications"][2]["kind"], json!("other"));
    assert_eq!(value["certifications"][3]["kind"], json!("microcredential"));
    assert_eq!(value["certifications"][0]["earned"], json!("2024-02-29"));
    assert_eq!(value["settings"]["seu_window_months"], json!(24));
}

#[test]
fn typed_ids_and_money_are_stored_as_the_plain_numbers_under_their_old_names() {
    let document = json!({
        "version": SCHEMA_VERSION,
        "next_id": 5,
        "certifications": [{"id": 1, "kind": "CSPO", "earned": "2024-01-10"}],
        "renewals": [{"id": 2, "date": "2025-12-01", "renewed": [1], "fee_paid_cents": 10050}],
        "seu_log": [{"id": 3, "date": "2025-06-01", "minutes": 60, "category": "Learning",
                     "source": "Reading", "title": "A book", "used_by_renewal": 2}],
        "training": {
            "offers": [{"id": 4, "certification": "A-CSPO", "provider": "Agile School",
                        "trainer": "T. Rainer", "trainer_credential": "Cst",
                        "listed_by_scrum_alliance": "Listed", "format": "LiveOnline",
                        "start": null, "end": null, "minutes_per_day": 480,
                        "price_cents": 85000, "currency": "USD"}],
            "chosen": 4
        }
    });
    let read = read_document(&document.to_string()).expect("readable");
    assert_eq!(read.migrated_from, None);
    let j = read.journey;
    assert_eq!(j.certifications[0].id, CertificationId(1));
    assert_eq!(j.renewals[0].id, RenewalId(2));
    assert_eq!(j.renewals[0].renewed, cert_ids(&[1]));
    assert_eq!(j.renewals[0].fee_paid, Money(10_050));
    assert_eq!(j.seu_log[0].used_by_renewal, Some(RenewalId(2)));
    assert_eq!(j.training.offers[0].price, Money(85_000));
    assert_eq!(j.training.chosen, Some(OfferId(4)));

    let written: serde_json::Value = serde_json::from_str(&write_document(&j)).expect("JSON");
    assert_eq!(written["renewals"][0]["renewed"], json!([1]));
    assert_eq!(written["renewals"][0]["fee_paid_cents"], json!(10_050));
    assert_eq!(written["seu_log"][0]["id"], json!(3));
    assert_eq!(written["seu_log"][0]["used_by_renewal"], json!(2));
    assert_eq!(
        written["training"]["offers"][0]["price_cents"],
        json!(85_000)
    );
    assert_eq!(written["training"]["chosen"], json!(4));
}

#[test]
fn planned_schedules_are_stored_flat_under_their_kind() {
    let document = json!({
        "version": SCHEMA_VERSION,
        "next_id": 4,
        "planned_activities": [
            {"id": 1, "title": "Talk", "source": "Conference", "category": "Events",
             "minutes_each": 60, "schedule": {"kind": "once", "date": "2027-03-01"}},
            {"id": 2, "title": "Webinar", "source": "Webinar", "category": "Learning",
             "minutes_each": 120,
             "schedule": {"kind": "monthly", "every": 1, "from": "2027-01-31", "until": null}},
            {"id": 3, "title": "Meetup", "source": "UserGroup", "category": "Events",
             "minutes_each": 90,
             "schedule": {"kind": "weekly", "every": 2, "from": "2027-01-04", "until": "2027-06-28"}}
        ]
    });
    let journey = read_document(&document.to_string())
        .expect("readable")
        .journey;
    let schedules: Vec<_> = journey
        .planned_activities
        .iter()
        .map(|a| a.schedule.clone())
        .collect();
    assert_eq!(
        schedules,
        [
            Schedule::Once {
                date: d(2027, 3, 1)
            },
            Schedule::Monthly(Recurrence {
                every: 1,
                from: d(2027, 1, 31),
                until: None
            }),
            Schedule::Weekly(Recurrence {
                every: 2,
                from: d(2027, 1, 4),
                until: Some(d(2027, 6, 28))
            }),
        ]
    );
    let written: serde_json::Value = serde_json::from_str(&write_document(&journey)).expect("JSON");
    for (i, activity) in document["planned_activities"]
        .as_array()
        .expect("list")
        .iter()
        .enumerate()
    {
        assert_eq!(
            written["planned_activities"][i]["schedule"], activity["schedule"],
            "{i}"
        );
    }
}

/// A version-1 document: the SEU window in fractional years, everything else as today.
fn v1_document(settings: serde_json::Value) -> String {
    json!({
        "version": 1,
        "revision": 4,
        "next_id": 4,
        "settings": settings,
        "certifications": [
            {"id": 1, "kind": "CSM", "earned": "2022-01-10", "license_accepted": true,
             "experience_validated": false, "notes": "first"},
            {"id": 2, "kind": "CSPO", "earned": "2024-02-29"},
            {"id": 3, "kind": "other", "name": "PMI-ACP", "earned": "2023-05-01",
             "expires": "2026-05-01"}
        ],
        "renewals": [
            {"id": 4, "date": "2023-12-01", "renewed": [1], "fee_paid_cents": 10000}
        ]
    })
    .to_string()
}

fn v1_certifications() -> Vec<HeldCertification> {
    vec![
        HeldCertification {
            id: CertificationId(1),
            kind: K::Csm,
            name: String::new(),
            earned: d(2022, 1, 10),
            expires: None,
            license_accepted: true,
            experience_validated: false,
            notes: "first".into(),
        },
        HeldCertification {
            id: CertificationId(2),
            kind: K::Cspo,
            name: String::new(),
            earned: d(2024, 2, 29),
            expires: None,
            license_accepted: true,
            experience_validated: false,
            notes: String::new(),
        },
        HeldCertification {
            id: CertificationId(3),
            kind: K::OtherBody,
            name: "PMI-ACP".into(),
            earned: d(2023, 5, 1),
            expires: Some(d(2026, 5, 1)),
            license_accepted: true,
            experience_validated: false,
            notes: String::new(),
        },
    ]
}

#[test]
fn version_1_migrates_the_seu_window_from_years_to_months() {
    // (label, version-1 settings, SEU window in months after migration)
    let rows = [
        (
            "2.5 years (newer text) becomes 30 months",
            json!({"seu_window_years": 2.5, "grace_period_days": 90}),
            30,
        ),
        (
            "2.0 years (older text) becomes 24 months",
            json!({"seu_window_years": 2.0, "grace_period_days": 90}),
            24,
        ),
        (
            "a whole number 2 becomes 24 months",
            json!({"seu_window_years": 2, "grace_period_days": 90}),
            24,
        ),
        (
            "3 years become 36 months",
            json!({"seu_window_years": 3, "grace_period_days": 90}),
            36,
        ),
        (
            "1.75 years become 21 months",
            json!({"seu_window_years": 1.75, "grace_period_days": 90}),
            21,
        ),
        (
            "no window stored: the default 30 months",
            json!({"grace_period_days": 90}),
            30,
        ),
    ];
    for (label, settings, months) in rows {
        let read = read_document(&v1_document(settings))
            .unwrap_or_else(|e| panic!("{label}: readable, got {e:?}"));
        assert_eq!(read.migrated_from, Some(1), "{label}: migrated from 1");
        let j = read.journey;
        assert_eq!(
            j.version, SCHEMA_VERSION,
            "{label}: now the current version"
        );
        assert_eq!(j.settings.seu_window_months, months, "{label}: window");
        assert_eq!(
            j.settings.grace_period_days, 90,
            "{label}: other settings kept"
        );
        assert!(
            j.settings.alignment_on_new_certification,
            "{label}: missing settings take their defaults"
        );
        assert_eq!(
            j.certifications,
            v1_certifications(),
            "{label}: certifications kept"
        );
        assert_eq!(
            j.renewals,
            vec![RecordedRenewal {
                id: RenewalId(4),
                date: d(2023, 12, 1),
                renewed: cert_ids(&[1]),
                fee_paid: Money(10_000),
            }],
            "{label}: renewals kept"
        );
        assert_eq!(
            (j.revision, j.next_id),
            (4, 4),
            "{label}: revision and next id kept"
        );

        let again = read_document(&write_document(&j)).expect("the migrated journey reads back");
        assert_eq!(
            again.migrated_from, None,
            "{label}: written back as current"
        );
        assert_eq!(again.journey, j, "{label}: and unchanged");
    }
}

#[test]
fn a_version_2_document_keeps_its_months_and_certifications() {
    let mut document: serde_json::Value =
        serde_json::from_str(&v1_document(json!({"seu_window_months": 24}))).expect("JSON");
    document["version"] = json!(2);
    let read = read_document(&document.to_string()).expect("readable");
    assert_eq!(read.migrated_from, (SCHEMA_VERSION > 2).then_some(2));
    assert_eq!(read.journey.version, SCHEMA_VERSION);
    assert_eq!(read.journey.settings.seu_window_months, 24);
    assert_eq!(read.journey.certifications, v1_certifications());
}

#[test]
fn version_1_without_settings_migrates_to_the_defaults() {
    let read = read_document(r#"{"version": 1}"#).expect("readable");
    assert_eq!(
        read,
        ReadDocument {
            journey: Journey::default(),
            migrated_from: Some(1),
        }
    );
}

#[test]
fn an_unusable_version_1_window_is_reported_not_guessed() {
    let rows = [
        ("text", json!("2.5 years")),
        ("zero", json!(0)),
        ("negative", json!(-2.5)),
        ("more than 10 years", json!(10.5)),
        ("null", json!(null)),
    ];
    for (label, years) in rows {
        let text = v1_document(json!({ "seu_window_years": years }));
        match read_document(&text) {
            Err(ReadProblem::Unreadable(reason)) => assert!(
                reason.contains("migrating from version 1"),
                "{label}: {reason}"
            ),
            other => panic!("{label}: expected Unreadable, got {other:?}"),
        }
    }
}

#[test]
fn unreadable_documents() {
    // (label, stored text, words the reason contains)
    let rows = [
        ("not JSON", "this is not json", "not valid JSON"),
        (
            "cut short",
            r#"{"version": 1, "certifications": ["#,
            "not valid JSON",
        ),
        ("empty text", "", "not valid JSON"),
        ("a JSON array", "[]", "not a journey document"),
        ("a JSON string", r#""journey""#, "not a journey document"),
        ("a JSON number", "2", "not a journey document"),
        ("JSON null", "null", "not a journey document"),
        (
            "no version",
            r#"{"certifications": []}"#,
            "no valid version",
        ),
        ("version 0", r#"{"version": 0}"#, "no valid version"),
        ("negative version", r#"{"version": -1}"#, "no valid version"),
        (
            "fractional version",
            r#"{"version": 1.5}"#,
            "no valid version",
        ),
        ("version as text", r#"{"version": "2"}"#, "no valid version"),
        (
            "an unknown certification kind",
            r#"{"version": 1, "certifications": [{"id": 1, "kind": "PSPO", "earned": "2024-01-01"}]}"#,
            "does not match the journey format",
        ),
        (
            "a certification without its earned date",
            r#"{"version": 1, "certifications": [{"id": 1, "kind": "CSPO"}]}"#,
            "does not match the journey format",
        ),
        (
            "a date that does not exist",
            r#"{"version": 1, "certifications": [{"id": 1, "kind": "CSPO", "earned": "2023-02-29"}]}"#,
            "does not match the journey format",
        ),
    ];
    for (label, text, reason_words) in rows {
        match read_document(text) {
            Err(ReadProblem::Unreadable(reason)) => {
                assert!(reason.contains(reason_words), "{label}: {reason}")
            }
            other => panic!("{label}: expected Unreadable, got {other:?}"),
        }
    }
}

#[test]
fn newer_versions_are_refused_with_their_number() {
    let next = SCHEMA_VERSION + 1;
    let rows = [
        ("the next version", json!({ "version": next }), next),
        (
            "a much newer one, whatever it holds",
            json!({"version": 99, "x": [1]}),
            99,
        ),
        (
            "newer, with a body this build cannot read",
            json!({"version": next + 1, "certifications": "elsewhere"}),
            next + 1,
        ),
    ];
    for (label, document, version) in rows {
        assert_eq!(
            read_document(&document.to_string()),
            Err(ReadProblem::NewerVersion(version)),
            "{label}"
        );
    }
    let explained = ReadProblem::NewerVersion(next).explain();
    assert!(
        explained.contains(&format!("data version {next}")),
        "{explained}"
    );
    assert!(
        explained.contains(&format!("reads up to {SCHEMA_VERSION}")),
        "{explained}"
    );
}

#[test]
fn missing_fields_of_a_current_document_take_their_defaults() {
    let document = json!({
        "version": SCHEMA_VERSION,
        "certifications": [{"id": 1, "kind": "CSPO", "earned": "2024-01-10"}]
    });
    let read = read_document(&document.to_string()).expect("readable");
    assert_eq!(read.migrated_from, None);
    let j = read.journey;
    assert_eq!(j.revision, 0);
    assert_eq!(j.next_id, 1);
    assert_eq!(j.settings, Settings::default());
    assert_eq!(j.renewals, vec![]);
    assert_eq!(
        j.certifications,
        vec![HeldCertification {
            id: CertificationId(1),
            kind: K::Cspo,
            name: String::new(),
            earned: d(2024, 1, 10),
            expires: None,
            license_accepted: true,
            experience_validated: false,
            notes: String::new(),
        }],
        "license accepted by default, experience not validated"
    );
}

const ALL_KINDS: [K; 17] = [
    K::Cspo,
    K::ACspo,
    K::CspPo,
    K::Csm,
    K::ACsm,
    K::CspSm,
    K::Csd,
    K::ACsd,
    K::CspD,
    K::Cal1,
    K::Cal2,
    K::Ctc,
    K::Cec,
    K::Cst,
    K::Csat,
    K::Microcredential,
    K::OtherBody,
];

fn any_date() -> impl Strategy<Value = NaiveDate> {
    let first = d(1, 1, 1).num_days_from_ce();
    let last = d(9999, 12, 31).num_days_from_ce();
    (first..=last).prop_map(|n| NaiveDate::from_num_days_from_ce_opt(n).unwrap())
}

fn any_certification() -> impl Strategy<Value = HeldCertification> {
    (
        any::<u64>(),
        proptest::sample::select(ALL_KINDS.to_vec()),
        any::<String>(),
        any_date(),
        proptest::option::of(any_date()),
        any::<bool>(),
        any::<bool>(),
        any::<String>(),
    )
        .prop_map(
            |(id, kind, name, earned, expires, license_accepted, experience_validated, notes)| {
                HeldCertification {
                    id: CertificationId(id),
                    kind,
                    name,
                    earned,
                    expires,
                    license_accepted,
                    experience_validated,
                    notes,
                }
            },
        )
}

fn any_renewal() -> impl Strategy<Value = RecordedRenewal> {
    (
        any::<u64>(),
        any_date(),
        proptest::collection::vec(any::<u64>(), 0..5),
        any::<u64>(),
    )
        .prop_map(|(id, date, renewed, fee_paid_cents)| RecordedRenewal {
            id: RenewalId(id),
            date,
            renewed: cert_ids(&renewed),
            fee_paid: Money(fee_paid_cents),
        })
}

fn any_settings() -> impl Strategy<Value = Settings> {
    (
        any::<bool>(),
        any::<u32>(),
        any::<u32>(),
        any::<u32>(),
        any::<u32>(),
        any::<u32>(),
    )
        .prop_map(
            |(alignment, grace, window, advanced, professional, backup_reminder)| Settings {
                alignment_on_new_certification: alignment,
                grace_period_days: grace,
                seu_window_months: window,
                advanced_experience_months: advanced,
                professional_experience_months: professional,
                backup_reminder_days: backup_reminder,
            },
        )
}

fn any_journey() -> impl Strategy<Value = Journey> {
    (
        any::<u64>(),
        any::<u64>(),
        any_settings(),
        proptest::collection::vec(any_certification(), 0..8),
        proptest::collection::vec(any_renewal(), 0..4),
    )
        .prop_map(
            |(revision, next_id, settings, certifications, renewals)| Journey {
                version: SCHEMA_VERSION,
                revision,
                next_id,
                settings,
                certifications,
                renewals,
                ..Journey::default()
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig {
        failure_persistence: None,
        ..ProptestConfig::with_cases(500)
    })]

    #[test]
    fn any_journey_round_trips_losslessly(journey in any_journey()) {
        let text = write_document(&journey);
        let read = read_document(&text);
        prop_assert_eq!(
            read,
            Ok(ReadDocument { journey: journey.clone(), migrated_from: None })
        );
        // Writing what was read gives the same text.
        prop_assert_eq!(write_document(&journey), text);
    }

    #[test]
    fn any_version_1_window_in_whole_months_migrates_exactly(months in 1u32..=120) {
        let years = f64::from(months) / 12.0;
        let text = v1_document(json!({ "seu_window_years": years }));
        let read = read_document(&text).expect("readable");
        prop_assert_eq!(read.migrated_from, Some(1));
        prop_assert_eq!(read.journey.settings.seu_window_months, months);
        prop_assert_eq!(read.journey.certifications, v1_certifications());
    }

    #[test]
    fn any_version_above_the_current_one_is_refused(version in (SCHEMA_VERSION + 1)..=u32::MAX) {
        let text = format!(r#"{{"version": {version}}}"#);
        prop_assert_eq!(read_document(&text), Err(ReadProblem::NewerVersion(version)));
    }

    #[test]
    fn any_text_is_read_or_reported_never_a_panic(text in any::<String>()) {
        let _ = read_document(&text);
    }
}

#[test]
fn a_version_3_listing_box_loads_as_listed_or_not_checked_yet() {
    use cert_planner::model::training::Listing;
    let offer = |id: u64, listed: Option<bool>| {
        let mut o = json!({"id": id, "certification": "CSPO", "provider": "School",
            "trainer": "T", "trainer_credential": "Cst", "format": "LiveOnline",
            "start": "2026-03-03", "end": "2026-03-24", "minutes_per_day": 240,
            "price_cents": 85000, "currency": "USD"});
        if let Some(listed) = listed {
            o["listed_by_scrum_alliance"] = json!(listed);
        }
        o
    };
    let document = json!({
        "version": 3, "next_id": 4,
        "training": {"offers": [offer(1, Some(true)), offer(2, Some(false)), offer(3, None)]}
    });
    let read = read_document(&document.to_string()).expect("a version-3 document loads");
    assert_eq!(read.migrated_from, Some(3));
    let offers = &read.journey.training.offers;
    assert_eq!(
        offers
            .iter()
            .map(|o| (o.listed_by_scrum_alliance, o.course_days))
            .collect::<Vec<_>>(),
        [
            (Listing::Listed, None),
            (Listing::NotChecked, None),
            (Listing::NotChecked, None)
        ],
        "a ticked box: listed; an unticked one only says it was not checked"
    );
    let mut bad = document.clone();
    bad["training"]["offers"][0]["listed_by_scrum_alliance"] = json!(3);
    assert!(read_document(&bad.to_string()).is_err());
}
