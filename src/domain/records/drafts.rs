//! Adding and changing the journey's records from the drafts their forms submit: one way for
//! every list. A draft type says how it is checked and what record it makes (`Draft`); `add`
//! and `update` check it and change the journey only when nothing is wrong.

use chrono::NaiveDate;

use crate::domain::records::field_error::{removed, FieldError};
use crate::model::journey::Journey;
use crate::model::records::{self, HasId, Listed};

/// The id of the record a draft makes.
pub type IdOf<D> = <<D as Draft>::Record as HasId>::Id;

/// What a form submits for one kind of record, parsed into domain values.
pub trait Draft: Sized {
    /// The record a checked draft makes.
    type Record: Listed;
    /// The form's fields, where the problems are shown.
    type Field;
    /// Where the form says that the record being changed is gone, and what it calls it ("This
    /// role was removed (perhaps in another tab).").
    const GONE: (Self::Field, &'static str);

    /// The draft's problems (none: it can be saved); `editing` is the record it changes, if any.
    fn problems(
        &self,
        journey: &Journey,
        editing: Option<IdOf<Self>>,
        today: NaiveDate,
    ) -> Vec<FieldError<Self::Field>>;

    /// The record the draft makes under `id`; `old` is the record it replaces, if any.
    fn record(self, id: IdOf<Self>, old: Option<&Self::Record>) -> Self::Record;
}

/// Adds the record a draft makes after checking it; returns its new id.
pub fn add<D: Draft>(
    journey: &mut Journey,
    draft: D,
    today: NaiveDate,
) -> Result<IdOf<D>, Vec<FieldError<D::Field>>> {
    let problems = draft.problems(journey, None, today);
    records::add_checked(journey, problems, |id| draft.record(id, None))
}

/// Replaces the record `id` by the one a draft makes, after checking it.
pub fn update<D: Draft>(
    journey: &mut Journey,
    id: IdOf<D>,
    draft: D,
    today: NaiveDate,
) -> Result<(), Vec<FieldError<D::Field>>> {
    let problems = draft.problems(journey, Some(id), today);
    let gone = || removed(D::GONE.0, D::GONE.1);
    records::replace_checked(journey, id, gone, problems, |old| {
        draft.record(id, Some(old))
    })
}
