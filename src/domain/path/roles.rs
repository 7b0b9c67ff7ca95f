//! The roles a person held, as the form makes them.

use crate::domain::records::drafts::Draft;
use crate::domain::records::field_error::{FieldError, Problems};
use crate::model::path::{Role, RoleKind};
use crate::model::RoleId;

use chrono::NaiveDate;

use crate::model::journey::Journey;

// Roles: validation and intents

/// What the role form submits, parsed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoleDraft {
    pub title: String,
    pub kind: RoleKind,
    pub start: NaiveDate,
    /// `None`: ongoing.
    pub end: Option<NaiveDate>,
}

crate::form_fields! {
    /// The role form field a problem belongs to.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum RoleField {
        Title => "title",
        Kind => "kind",
        Start => "start",
        End => "end",
    }
}

/// A problem with one field of the form.
pub type RoleError = FieldError<RoleField>;

/// Checks a role: a title, a start not in the future, an end not before the start (an end in
/// the future is refused too: record the role as ongoing).
pub fn validate_role(draft: &RoleDraft, today: NaiveDate) -> Vec<RoleError> {
    let mut problems = Problems::new();
    problems.name(
        RoleField::Title,
        "title",
        &draft.title,
        "Give the role a title, for example \"Product Owner, payments team\".",
    );
    problems.in_future(
        RoleField::Start,
        "The start date",
        draft.start,
        today,
        "Record a role once it has started.",
    );
    if let Some(end) = draft.end {
        if end < draft.start {
            problems.add(RoleField::End, "The end date is before the start date.");
        } else {
            problems.in_future(
                RoleField::End,
                "The end date",
                end,
                today,
                "Tick \"I still work in this role\" instead.",
            );
        }
    }
    problems.into_vec()
}

impl Draft for RoleDraft {
    type Record = Role;
    type Field = RoleField;
    const GONE: (RoleField, &'static str) = (RoleField::Title, "role");

    fn problems(&self, _: &Journey, _: Option<RoleId>, today: NaiveDate) -> Vec<RoleError> {
        validate_role(self, today)
    }

    fn record(self, id: RoleId, _: Option<&Role>) -> Role {
        Role {
            id,
            title: self.title.trim().to_owned(),
            kind: self.kind,
            start: self.start,
            end: self.end,
        }
    }
}
