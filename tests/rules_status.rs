#![cfg(not(target_arch = "wasm32"))]
//! `docs/rules.md`, "Status" and "Renewal": where a certification stands on a day (active, due
//! soon, expired, in grace, inactive), read through `renewal::standings`.

mod common;

use cert_planner::domain::rules::catalogue::CertificationKind as K;
use cert_planner::domain::rules::renewal::{next_deadline, standings, InactiveReason, Status};
use cert_planner::model::journey::{HeldCertification, Journey};
use cert_planner::model::settings::Settings;
use cert_planner::model::CertificationId;
use chrono::NaiveDate;
use common::d;

/// One row of the status table.
struct Row {
    label: &'static str,
    kind: K,
    earned: NaiveDate,
    /// The user-given expiry (other bodies only).
    expires: Option<NaiveDate>,
    license: bool,
    experience: bool,
    grace_days: u32,
    today: NaiveDate,
    status: Status,
    expiry: Option<NaiveDate>,
    days_left: Option<i64>,
}

const LICENSE: bool = true;
const NO_LICENSE: bool = false;
const EXPERIENCE: bool = true;
const NO_EXPERIENCE: bool = false;

/// Earned 25 Nov 2024: the term ends 25 Nov 2026.
fn earned() -> NaiveDate {
    d(2024, 11, 25)
}
fn expiry() -> NaiveDate {
    d(2026, 11, 25)
}

#[rustfmt::skip]
fn rows() -> Vec<Row> {
    let row = |label,
               kind,
               license,
               experience,
               grace_days,
               today,
               status,
               days_left: i64| Row {
        label,
        kind,
        earned: earned(),
        expires: None,
        license,
        experience,
        grace_days,
        today,
        status,
        expiry: Some(expiry()),
        days_left: Some(days_left),
    };
    use InactiveReason::*;
    let grace_until = d(2027, 2, 23); // 25 Nov 2026 + 90 days
    vec![
        row("active on the day it is earned", K::Cspo, LICENSE, NO_EXPERIENCE, 0, earned(), Status::Active, 730),
        row("active in the middle of the term", K::Cspo, LICENSE, NO_EXPERIENCE, 0, d(2025, 6, 1), Status::Active, 542),
        row("not yet due soon 91 days before expiry", K::Cspo, LICENSE, NO_EXPERIENCE, 0, d(2026, 8, 26), Status::Active, 91),
        row("due soon exactly 90 days before expiry", K::Cspo, LICENSE, NO_EXPERIENCE, 0, d(2026, 8, 27), Status::DueSoon, 90),
        row("due soon the day before expiry", K::Cspo, LICENSE, NO_EXPERIENCE, 0, d(2026, 11, 24), Status::DueSoon, 1),
        row("the expiry day itself is still due soon", K::Cspo, LICENSE, NO_EXPERIENCE, 0, expiry(), Status::DueSoon, 0),
        row("expired the day after expiry (grace 0)", K::Cspo, LICENSE, NO_EXPERIENCE, 0, d(2026, 11, 26), Status::Expired, -1),
        row("expired 90 days after expiry with grace 0", K::Cspo, LICENSE, NO_EXPERIENCE, 0, grace_until, Status::Expired, -90),
        row("grace 90: in grace the day after expiry", K::Cspo, LICENSE, NO_EXPERIENCE, 90, d(2026, 11, 26), Status::InGrace { until: grace_until }, -1),
        row("grace 90: in grace on day 90 after expiry", K::Cspo, LICENSE, NO_EXPERIENCE, 90, grace_until, Status::InGrace { until: grace_until }, -90),
        row("grace 90: expired on day 91 after expiry", K::Cspo, LICENSE, NO_EXPERIENCE, 90, d(2027, 2, 24), Status::Expired, -91),
        row("grace 90: the expiry day is due soon, not grace", K::Cspo, LICENSE, NO_EXPERIENCE, 90, expiry(), Status::DueSoon, 0),
        row("grace 1: in grace the day after", K::Csm, LICENSE, NO_EXPERIENCE, 1, d(2026, 11, 26), Status::InGrace { until: d(2026, 11, 26) }, -1),
        row("grace 1: expired two days after", K::Csm, LICENSE, NO_EXPERIENCE, 1, d(2026, 11, 27), Status::Expired, -2),
        row("inactive: license agreement not accepted", K::Cspo, NO_LICENSE, NO_EXPERIENCE, 0, d(2025, 6, 1), Status::Inactive(LicenseNotAccepted), 542),
        row("inactive: license not accepted, even when due soon", K::Cspo, NO_LICENSE, NO_EXPERIENCE, 0, d(2026, 9, 1), Status::Inactive(LicenseNotAccepted), 85),
        row("inactive: A-CSPO with experience not validated", K::ACspo, LICENSE, NO_EXPERIENCE, 0, d(2025, 6, 1), Status::Inactive(ExperienceNotValidated), 542),
        row("active: A-CSPO with experience validated", K::ACspo, LICENSE, EXPERIENCE, 0, d(2025, 6, 1), Status::Active, 542),
        row("inactive: CSP-PO with experience not validated", K::CspPo, LICENSE, NO_EXPERIENCE, 0, d(2025, 6, 1), Status::Inactive(ExperienceNotValidated), 542),
        row("inactive: A-CSM with experience not validated", K::ACsm, LICENSE, NO_EXPERIENCE, 0, d(2025, 6, 1), Status::Inactive(ExperienceNotValidated), 542),
        row("inactive: CSP-D with experience not validated", K::CspD, LICENSE, NO_EXPERIENCE, 0, d(2025, 6, 1), Status::Inactive(ExperienceNotValidated), 542),
        row("active: foundational levels need no experience validated", K::Csm, LICENSE, NO_EXPERIENCE, 0, d(2025, 6, 1), Status::Active, 542),
        row("the license is checked before the experience", K::ACspo, NO_LICENSE, NO_EXPERIENCE, 0, d(2025, 6, 1), Status::Inactive(LicenseNotAccepted), 542),
        row("due soon: A-CSPO validated, 30 days left", K::ACspo, LICENSE, EXPERIENCE, 0, d(2026, 10, 26), Status::DueSoon, 30),
        row("expired beats inactive (license)", K::Cspo, NO_LICENSE, NO_EXPERIENCE, 0, d(2026, 11, 26), Status::Expired, -1),
        row("expired beats inactive (experience)", K::ACspo, LICENSE, NO_EXPERIENCE, 0, d(2027, 1, 1), Status::Expired, -37),
        row("in grace beats inactive", K::ACspo, NO_LICENSE, NO_EXPERIENCE, 90, d(2026, 12, 1), Status::InGrace { until: grace_until }, -6),
        row("CAL 1 runs in terms too", K::Cal1, LICENSE, NO_EXPERIENCE, 0, d(2026, 11, 26), Status::Expired, -1),
        Row {
            label: "microcredential never expires (Active, no expiry) even decades later",
            kind: K::Microcredential,
            earned: d(2010, 1, 1),
            expires: None,
            license: LICENSE,
            experience: NO_EXPERIENCE,
            grace_days: 0,
            today: d(2060, 1, 1),
            status: Status::Active,
            expiry: None,
            days_left: None,
        },
        Row {
            label: "other body with a user-given expiry: active",
            kind: K::OtherBody,
            earned: d(2024, 1, 15),
            expires: Some(d(2027, 1, 15)),
            license: LICENSE,
            experience: NO_EXPERIENCE,
            grace_days: 0,
            today: d(2025, 6, 1),
            status: Status::Active,
            expiry: Some(d(2027, 1, 15)),
            days_left: Some(593),
        },
        Row {
            label: "other body with a user-given expiry: due soon 90 days before",
            kind: K::OtherBody,
            earned: d(2024, 1, 15),
            expires: Some(d(2027, 1, 15)),
            license: LICENSE,
            experience: NO_EXPERIENCE,
            grace_days: 0,
            today: d(2026, 10, 17),
            status: Status::DueSoon,
            expiry: Some(d(2027, 1, 15)),
            days_left: Some(90),
        },
        Row {
            label: "other body with a user-given expiry: expired the day after",
            kind: K::OtherBody,
            earned: d(2024, 1, 15),
            expires: Some(d(2027, 1, 15)),
            license: LICENSE,
            experience: NO_EXPERIENCE,
            grace_days: 0,
            today: d(2027, 1, 16),
            status: Status::Expired,
            expiry: Some(d(2027, 1, 15)),
            days_left: Some(-1),
        },
        Row {
            label: "other body: the Scrum Alliance license does not apply",
            kind: K::OtherBody,
            earned: d(2024, 1, 15),
            expires: Some(d(2027, 1, 15)),
            license: NO_LICENSE,
            experience: NO_EXPERIENCE,
            grace_days: 0,
            today: d(2025, 6, 1),
            status: Status::Active,
            expiry: Some(d(2027, 1, 15)),
            days_left: Some(593),
        },
        Row {
            label: "other body without an expiry never expires",
            kind: K::OtherBody,
            earned: d(2015, 3, 1),
            expires: None,
            license: LICENSE,
            experience: NO_EXPERIENCE,
            grace_days: 0,
            today: d(2060, 1, 1),
            status: Status::Active,
            expiry: None,
            days_left: None,
        },
        Row {
            label: "other body: no 2-year term even if the user gave none",
            kind: K::OtherBody,
            earned: d(2015, 3, 1),
            expires: None,
            license: LICENSE,
            experience: NO_EXPERIENCE,
            grace_days: 90,
            today: d(2017, 3, 2),
            status: Status::Active,
            expiry: None,
            days_left: None,
        },
    ]
}

#[test]
fn status_table() {
    for row in rows() {
        let mut journey = Journey {
            settings: Settings {
                grace_period_days: row.grace_days,
                ..Settings::default()
            },
            ..Journey::default()
        };
        let id = journey.take_id();
        journey.certifications.push(HeldCertification {
            id,
            kind: row.kind,
            name: if row.kind.user_named() {
                "Named by the user".into()
            } else {
                String::new()
            },
            earned: row.earned,
            expires: row.expires,
            license_accepted: row.license,
            experience_validated: row.experience,
            notes: String::new(),
        });
        let all = standings(&journey, row.today);
        assert_eq!(all.len(), 1, "{}: one standing", row.label);
        let standing = &all[0];
        let label = row.label;
        assert_eq!(standing.id, id, "{label}: id");
        assert_eq!(standing.kind, row.kind, "{label}: kind");
        assert_eq!(standing.status, row.status, "{label}: status");
        assert_eq!(standing.expiry, row.expiry, "{label}: expiry");
        assert_eq!(standing.days_left, row.days_left, "{label}: days left");
        assert_eq!(
            standing.status.is_active(),
            matches!(row.status, Status::Active | Status::DueSoon),
            "{label}: is_active"
        );
    }
}

#[test]
fn status_labels() {
    let rows = [
        (Status::Active, "Active"),
        (Status::DueSoon, "Due soon"),
        (
            Status::InGrace {
                until: d(2027, 1, 1),
            },
            "Expired, in grace period",
        ),
        (Status::Expired, "Expired"),
        (
            Status::Inactive(InactiveReason::LicenseNotAccepted),
            "Inactive",
        ),
    ];
    for (status, label) in rows {
        assert_eq!(status.label(), label, "{status:?}");
    }
}

#[test]
fn the_default_grace_period_is_zero_days() {
    // docs/rules.md, "Renewal": an older text gives a 90-day grace period after expiry (unclear:
    // a setting, default 0 days).
    assert_eq!(Settings::default().grace_period_days, 0);
}

/// A certification held since `earned`, with the expiry the user gave (other bodies only).
fn held(id: u64, kind: K, earned: NaiveDate, expires: Option<NaiveDate>) -> HeldCertification {
    HeldCertification {
        expires,
        ..common::held(id, kind, earned)
    }
}

#[test]
fn standings_keep_the_journey_order_and_titles() {
    let journey = Journey {
        certifications: vec![
            held(7, K::OtherBody, d(2024, 1, 1), None),
            held(3, K::Cspo, d(2024, 1, 1), None),
            held(5, K::Microcredential, d(2024, 1, 1), None),
        ],
        next_id: 8,
        ..Journey::default()
    };
    let all = standings(&journey, d(2025, 1, 1));
    let seen: Vec<(u64, String)> = all.iter().map(|s| (s.id.0, s.title.clone())).collect();
    assert_eq!(
        seen,
        vec![
            (7, "named 7".to_string()),
            (3, "CSPO".to_string()),
            (5, "named 5".to_string()),
        ]
    );
}

#[test]
fn next_deadline_is_the_nearest_upcoming_expiry_else_the_latest_past_one() {
    let journey = Journey {
        certifications: vec![
            held(1, K::Csm, d(2020, 1, 10), None), // expired 2022-01-10
            held(2, K::OtherBody, d(2024, 1, 1), Some(d(2030, 1, 1))),
            held(3, K::Microcredential, d(2024, 1, 1), None), // never expires
            held(4, K::OtherBody, d(2021, 1, 1), Some(d(2023, 1, 1))), // expired 2023-01-01
        ],
        next_id: 5,
        ..Journey::default()
    };
    // (label, today, expected id)
    let rows = [
        (
            "upcoming expiry wins over past ones",
            d(2025, 1, 1),
            Some(2),
        ),
        (
            "the expiry day still counts as upcoming",
            d(2030, 1, 1),
            Some(2),
        ),
        (
            "all past: the most recently expired",
            d(2030, 1, 2),
            Some(2),
        ),
    ];
    for (label, today, expected) in rows {
        let all = standings(&journey, today);
        assert_eq!(
            next_deadline(&all).map(|s| s.id),
            expected.map(CertificationId),
            "{label}"
        );
    }
    let past_only = Journey {
        certifications: vec![
            held(1, K::Csm, d(2020, 1, 10), None),
            held(4, K::OtherBody, d(2021, 1, 1), Some(d(2023, 1, 1))),
        ],
        ..Journey::default()
    };
    let all = standings(&past_only, d(2025, 1, 1));
    assert_eq!(
        next_deadline(&all).map(|s| s.id),
        Some(CertificationId(4)),
        "all past: 2023-01-01 is more recent than 2022-01-10"
    );
    let never = Journey {
        certifications: vec![held(3, K::Microcredential, d(2024, 1, 1), None)],
        ..Journey::default()
    };
    assert_eq!(
        next_deadline(&standings(&never, d(2025, 1, 1))).map(|s| s.id),
        None,
        "nothing expires: no deadline"
    );
}
