//! The example journey a new user can load to look around, dated relative to today.

use chrono::{Duration, NaiveDate};

use super::catalogue::CertificationKind;
use super::dates::sub_months;
use super::journey::{HeldCertification, Journey};

/// A Product Owner who took CSPO about 20 months ago and a CSM some months before, plus a
/// Scrum.org certification: a renewal is coming up, and the path to A-CSPO is open.
pub fn example_journey(today: NaiveDate) -> Journey {
    let mut journey = Journey::default();
    let add = |journey: &mut Journey, kind, name: &str, earned, expires, notes: &str| {
        let id = journey.take_id();
        journey.certifications.push(HeldCertification {
            id,
            kind,
            name: name.to_owned(),
            earned,
            expires,
            license_accepted: true,
            experience_validated: false,
            notes: notes.to_owned(),
        });
    };
    let csm = sub_months(today, 26) + Duration::days(40);
    let cspo = sub_months(today, 21);
    add(
        &mut journey,
        CertificationKind::Csm,
        "",
        csm,
        None,
        "Two-day live online course.",
    );
    add(
        &mut journey,
        CertificationKind::Cspo,
        "",
        cspo,
        None,
        "In-person class; renewed my CSM too.",
    );
    add(
        &mut journey,
        CertificationKind::OtherBody,
        "Scrum.org PSPO I",
        sub_months(today, 8),
        None,
        "Does not expire.",
    );
    journey
}
