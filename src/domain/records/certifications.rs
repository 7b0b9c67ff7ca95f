//! Held certifications as the form makes them: the checks the form shows at its fields and the
//! record a checked draft makes (`drafts::add`, `drafts::update`). A certification removed with
//! `records::remove` stays named by the recorded renewals (they are history, and an undo brings
//! its terms back); renewals of certifications no longer held are skipped by `renewal::terms`.

use crate::domain::records::drafts::Draft;
pub use crate::domain::records::field_error::FieldError;
use crate::domain::records::field_error::Problems;
use crate::domain::rules::limits::MAX_NAME_CHARS;
use chrono::NaiveDate;

use crate::basics::dates::human;
use crate::domain::rules::catalogue::{CertificationKind, Expiry, Prerequisite};
use crate::domain::rules::renewal::{standings, Status};
use crate::model::journey::{HeldCertification, Journey};
use crate::model::CertificationId;

/// What the certification form submits, already parsed into domain values.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CertificationDraft {
    pub kind: CertificationKind,
    pub name: String,
    pub earned: NaiveDate,
    pub expires: Option<NaiveDate>,
    pub license_accepted: bool,
    pub experience_validated: bool,
    pub notes: String,
}

crate::form_fields! {
    /// The form field a problem belongs to.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Field {
        Kind => "kind",
        Name => "name",
        Earned => "earned",
        Expires => "expires",
    }
}

/// A problem with one field of the certification form.
pub type CertificationError = FieldError<Field>;

/// Checks a draft against the journey: the earned date is not in the future, the certification
/// is not held twice, and its prerequisite is held (and active where the rule says so) on the
/// day it was earned. `editing` is the id of the certification being edited, if any.
pub fn validate(
    journey: &Journey,
    draft: &CertificationDraft,
    editing: Option<CertificationId>,
    today: NaiveDate,
) -> Vec<CertificationError> {
    let mut problems = Problems::new();
    let entry = draft.kind.entry();
    problems.too_long(Field::Name, "name", &draft.name, MAX_NAME_CHARS);
    let name = draft.name.trim();
    if draft.kind.user_named() && name.is_empty() {
        problems.add(
            Field::Name,
            "Give the certification's name, for example \"PSPO I\".",
        );
    }
    problems.in_future(
        Field::Earned,
        "The earned date",
        draft.earned,
        today,
        "Record a certification once you have earned it.",
    );
    if let (Expiry::UserGiven, Some(expires)) = (entry.expiry, draft.expires) {
        if expires <= draft.earned {
            problems.add(
                Field::Expires,
                "The expiry date must come after the earned date.",
            );
        }
    }
    let others = || {
        journey
            .certifications
            .iter()
            .filter(|c| Some(c.id) != editing)
    };
    let duplicate = others().any(|c| {
        c.kind == draft.kind
            && (!draft.kind.user_named() || c.name.trim().eq_ignore_ascii_case(name))
    });
    if duplicate {
        problems.add(
            Field::Kind,
            format!(
                "You already hold {}. Edit that entry instead of adding it twice.",
                if draft.kind.user_named() {
                    name
                } else {
                    entry.code
                }
            ),
        );
    }
    let needed = match entry.prerequisite {
        Prerequisite::None => None,
        Prerequisite::Held(kind) => Some((kind, false)),
        Prerequisite::HeldActive(kind) => Some((kind, true)),
    };
    if let Some((needed, must_be_active)) = needed {
        let code = needed.code();
        match others().find(|c| c.kind == needed) {
            None => problems.add(
                Field::Kind,
                format!(
                    "{} needs {} {}{}. Add your {} first.",
                    entry.code,
                    if must_be_active { "an active" } else { "a" },
                    code,
                    if must_be_active {
                        ""
                    } else {
                        " (active or expired)"
                    },
                    code
                ),
            ),
            Some(prerequisite) if prerequisite.earned > draft.earned => problems.add(
                Field::Earned,
                format!(
                    "{} was earned on {}, after this date; {} comes first.",
                    code,
                    human(prerequisite.earned),
                    code
                ),
            ),
            Some(prerequisite) if must_be_active => {
                let mut without = journey.clone();
                without.certifications.retain(|c| Some(c.id) != editing);
                let standing = standings(&without, draft.earned)
                    .into_iter()
                    .find(|s| s.id == prerequisite.id);
                match standing.map(|s| (s.expiry, s.status)) {
                    Some((Some(expiry), _)) if expiry < draft.earned => problems.add(
                        Field::Earned,
                        format!(
                            "{} needs an active {}, but yours expired on {}, before this date.",
                            entry.code,
                            code,
                            human(expiry)
                        ),
                    ),
                    Some((_, Status::Inactive(reason))) => problems.add(
                        Field::Kind,
                        format!(
                            "{} needs an active {}, but yours is inactive: {}.",
                            entry.code,
                            code,
                            reason.explain()
                        ),
                    ),
                    _ => {}
                }
            }
            Some(_) => {}
        }
    }
    problems.into_vec()
}

/// The record a checked draft makes (the name only for user-named kinds, the expiry only where
/// the user gives it).
fn held_of(id: CertificationId, draft: CertificationDraft) -> HeldCertification {
    let user_given_expiry = draft.kind.entry().expiry == Expiry::UserGiven;
    HeldCertification {
        id,
        kind: draft.kind,
        name: if draft.kind.user_named() {
            draft.name.trim().to_owned()
        } else {
            String::new()
        },
        earned: draft.earned,
        expires: draft.expires.filter(|_| user_given_expiry),
        license_accepted: draft.license_accepted,
        experience_validated: draft.experience_validated,
        notes: draft.notes.trim().to_owned(),
    }
}

impl Draft for CertificationDraft {
    type Record = HeldCertification;
    type Field = Field;
    const GONE: (Field, &'static str) = (Field::Kind, "certification");

    fn problems(
        &self,
        journey: &Journey,
        editing: Option<CertificationId>,
        today: NaiveDate,
    ) -> Vec<CertificationError> {
        validate(journey, self, editing, today)
    }

    fn record(self, id: CertificationId, _: Option<&HeldCertification>) -> HeldCertification {
        held_of(id, self)
    }
}

/// Held certifications whose prerequisite is `id` (shown as a warning before removing it).
pub fn dependants(journey: &Journey, id: CertificationId) -> Vec<&HeldCertification> {
    let Some(held) = journey.certification(id) else {
        return Vec::new();
    };
    journey
        .certifications
        .iter()
        .filter(|c| match c.kind.entry().prerequisite {
            Prerequisite::Held(k) | Prerequisite::HeldActive(k) => k == held.kind,
            Prerequisite::None => false,
        })
        .collect()
}
