//! Fixtures the rule tests share: dates, held certifications, SEU entries and journeys, built the
//! same way in every file. A test file takes them with `mod common;` and imports what it uses;
//! a test that needs something special starts from these and changes that one field
//! (`HeldCertification { expires, ..held(1, K::OtherBody, d(2024, 1, 1)) }`).
#![allow(dead_code)] // each test file uses only some of them

use cert_planner::domain::rules::catalogue::CertificationKind;
use cert_planner::model::journey::{HeldCertification, Journey, RecordedRenewal};
use cert_planner::model::seu::{SeuCategory, SeuEntry, SeuSource};
use cert_planner::model::{CertificationId, Minutes, Money, RenewalId, SeuEntryId};
use chrono::NaiveDate;

/// A date from its year, month and day.
pub fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
}

/// A date written the ISO way, "2026-11-25".
pub fn iso(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("valid ISO test date")
}

/// How a test writes a date: a `NaiveDate`, or its ISO text.
pub trait IntoDate {
    fn into_date(self) -> NaiveDate;
}

impl IntoDate for NaiveDate {
    fn into_date(self) -> NaiveDate {
        self
    }
}

impl IntoDate for &str {
    fn into_date(self) -> NaiveDate {
        iso(self)
    }
}

/// A certification held since `earned`: license accepted, experience validated, no user-given
/// expiry, no notes. One named by the user (another body's, a microcredential) is "named {id}".
pub fn held(id: u64, kind: CertificationKind, earned: impl IntoDate) -> HeldCertification {
    HeldCertification {
        id: CertificationId(id),
        kind,
        name: if kind.user_named() {
            format!("named {id}")
        } else {
            String::new()
        },
        earned: earned.into_date(),
        expires: None,
        license_accepted: true,
        experience_validated: true,
        notes: String::new(),
    }
}

/// A logged SEU activity: `minutes` of Learning from Reading, titled "Entry {id}", not used by
/// any renewal.
pub fn entry(id: u64, date: impl IntoDate, minutes: u32) -> SeuEntry {
    SeuEntry {
        id: SeuEntryId(id),
        date: date.into_date(),
        minutes: Minutes(minutes),
        category: SeuCategory::Learning,
        source: SeuSource::Reading,
        title: format!("Entry {id}"),
        notes: String::new(),
        evidence: String::new(),
        used_by_renewal: None,
        proofs: Vec::new(),
    }
}

/// A journey with the default settings holding `certifications` and `seu_log`, its id counter
/// past every id in use (as the app keeps it).
pub fn journey_with(certifications: Vec<HeldCertification>, seu_log: Vec<SeuEntry>) -> Journey {
    with_next_free_id(Journey {
        certifications,
        seu_log,
        ..Journey::default()
    })
}

/// `journey` with its id counter moved past every id it uses.
pub fn with_next_free_id(mut journey: Journey) -> Journey {
    let j = &journey;
    let used = j
        .certifications
        .iter()
        .map(|c| c.id.0)
        .chain(j.renewals.iter().map(|r| r.id.0))
        .chain(j.seu_log.iter().map(|e| e.id.0))
        .chain(j.planned_activities.iter().map(|a| a.id.0))
        .chain(j.training.offers.iter().map(|o| o.id.0))
        .chain(j.path.roles.iter().map(|r| r.id.0))
        .max();
    journey.next_id = used.map_or(1, |id| id + 1);
    journey
}

/// Certification ids from their numbers.
pub fn cert_ids(ids: &[u64]) -> Vec<CertificationId> {
    ids.iter().copied().map(CertificationId).collect()
}

/// A recorded renewal of `renewed`, with a $100 fee.
pub fn renewal(id: u64, date: NaiveDate, renewed: &[u64]) -> RecordedRenewal {
    RecordedRenewal {
        id: RenewalId(id),
        date,
        renewed: cert_ids(renewed),
        fee_paid: Money::dollars(100),
    }
}

/// A journey with a CSPO (id 1, earned 1 Mar 2024) and `n` SEU entries (ids 2..), one a day
/// from 1 Jan 2025, each 90 minutes, titled "Entry 1", "Entry 2", ...
pub fn journey_with_entries(n: usize) -> Journey {
    let mut journey = Journey::default();
    let id = journey.take_id::<CertificationId>();
    journey
        .certifications
        .push(held(id.0, CertificationKind::Cspo, d(2024, 3, 1)));
    for k in 0..n {
        let id = journey.take_id::<SeuEntryId>();
        let date = d(2025, 1, 1) + chrono::Duration::days(k as i64);
        let mut logged = entry(id.0, date, 90);
        logged.title = format!("Entry {}", k + 1);
        journey.seu_log.push(logged);
    }
    journey
}

/// A day well after every fixture date.
pub fn today() -> NaiveDate {
    d(2026, 6, 1)
}
