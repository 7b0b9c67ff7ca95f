//! The example journey a new user can load to look around, dated relative to today.

use chrono::NaiveDate;

use crate::basics::dates::sub_months;
use crate::domain::rules::catalogue::CertificationKind;
use crate::model::journey::{HeldCertification, Journey};
use crate::model::path::{Role, RoleKind};
use crate::model::plan::{PlannedActivity, Recurrence, Schedule};
use crate::model::seu::{SeuCategory, SeuEntry, SeuSource};
use crate::model::Minutes;

/// A Product Owner who took CSPO about 21 months ago and a CSM some months before, plus a
/// Scrum.org certification: a renewal is coming up, a few SEUs are logged and a monthly webinar
/// planned, and 10 months of Product Owner work lead toward A-CSPO.
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
    let csm = crate::basics::dates::add_days(sub_months(today, 26), 40);
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
    let seu = |journey: &mut Journey, days_ago: i64, minutes, category, source, title: &str| {
        let id = journey.take_id();
        journey.seu_log.push(SeuEntry {
            id,
            date: crate::basics::dates::sub_days(today, days_ago),
            minutes,
            category,
            source,
            title: title.to_owned(),
            notes: String::new(),
            evidence: String::new(),
            used_by_renewal: None,
            proofs: Vec::new(),
        });
    };
    seu(
        &mut journey,
        200,
        Minutes::hours(6),
        SeuCategory::Learning,
        SeuSource::Reading,
        "Read \u{201c}Escaping the Build Trap\u{201d}",
    );
    seu(
        &mut journey,
        95,
        Minutes(90),
        SeuCategory::Events,
        SeuSource::UserGroup,
        "Local Scrum user group meetup",
    );
    seu(
        &mut journey,
        30,
        Minutes::hours(2),
        SeuCategory::Learning,
        SeuSource::Webinar,
        "Webinar: product discovery",
    );
    let id = journey.take_id();
    journey.planned_activities.push(PlannedActivity {
        id,
        title: "Monthly webinar".to_owned(),
        source: SeuSource::Webinar,
        category: SeuCategory::Learning,
        minutes_each: Minutes::hours(2),
        schedule: Schedule::Monthly(Recurrence {
            every: 1,
            from: crate::basics::dates::add_days(today, 7),
            until: None,
        }),
        notes: String::new(),
    });
    let id = journey.take_id();
    journey.path.roles.push(Role {
        id,
        title: "Product Owner, payments team".to_owned(),
        kind: RoleKind::ProductOwner,
        start: sub_months(today, 10),
        end: None,
    });
    journey
}
