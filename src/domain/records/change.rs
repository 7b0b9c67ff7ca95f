//! One change to the journey, kept valid by construction: the intent runs on a copy, and the
//! copy is taken only when the gate would open it at the next start (`gate::journey_problems`).
//! `AppState::apply` makes every change through `change`, so no form, import or undo can store
//! a journey that locks its owner out later.

use crate::domain::edge::gate::{journey_problems, Rejection};
use crate::domain::records::field_error::{FieldError, FormField};
use crate::model::journey::Journey;

/// Why a change was not made.
#[derive(Clone, Debug, PartialEq)]
pub enum Refused<E> {
    /// The intent itself refused (a form's problems, a record gone, ...).
    Intent(E),
    /// The journey the change would make could not be opened again: what the gate says of it.
    Unopenable(Rejection),
}

/// The journey that `intent` makes of `journey`, with its revision one higher, and what the
/// intent answered; or why the change was refused. `journey` itself is never changed.
pub fn change<R, E>(
    journey: &Journey,
    intent: impl FnOnce(&mut Journey) -> Result<R, E>,
) -> Result<(Journey, R), Refused<E>> {
    let mut next = journey.clone();
    let answer = intent(&mut next).map_err(Refused::Intent)?;
    settle(&mut next).map_err(Refused::Unopenable)?;
    Ok((next, answer))
}

/// The end of every change, once the intent has made it: the revision one higher, then the
/// gate's checks; `Err` when the journey could not be opened again (then it must not be kept).
/// Not generic, so that each kind of change adds no copy of it to the wasm.
#[inline(never)]
pub fn settle(next: &mut Journey) -> Result<(), Rejection> {
    next.revision = next.revision.saturating_add(1);
    let problems = journey_problems(next);
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Rejection { problems })
    }
}

/// What a change refused because the journey could not be opened again says, in plain words:
/// "Nothing was saved: SEU entry 3 (id 12, "Book"): the date 1 Jan 0025 is outside 1 Jan 1900 to
/// 31 Dec 2199. Check what you entered."
pub fn unopenable_text(rejection: &Rejection) -> String {
    match rejection.problems.first() {
        Some(problem) => format!("Nothing was saved: {problem}. Check what you entered."),
        None => "Nothing was saved.".to_owned(),
    }
}

/// An intent's error type that can also say "the journey would not open again": the form shows
/// it like any of its problems.
pub trait IntentError {
    fn unopenable(rejection: &Rejection) -> Self;
}

impl IntentError for () {
    fn unopenable(_: &Rejection) -> Self {}
}

impl IntentError for String {
    fn unopenable(rejection: &Rejection) -> Self {
        unopenable_text(rejection)
    }
}

/// A form's problems: shown at the form's first field (the message names the field in words).
impl<F: FormField> IntentError for Vec<FieldError<F>> {
    fn unopenable(rejection: &Rejection) -> Self {
        vec![FieldError::new(F::FIRST, unopenable_text(rejection))]
    }
}

impl<E: IntentError> Refused<E> {
    /// The intent's own error, or the intent's way of saying that the journey would not open.
    pub fn into_intent_error(self) -> E {
        match self {
            Refused::Intent(error) => error,
            Refused::Unopenable(rejection) => E::unopenable(&rejection),
        }
    }
}
