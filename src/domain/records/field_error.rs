//! The one shape of a form problem: which field, and what is wrong in plain words. Every rule
//! module that checks a draft returns `Vec<FieldError<F>>` with its own field enum `F`, built
//! with a `Problems` collector, which also holds the checks several drafts share (a text within
//! the gate's length, a required name, a day's duration, a date not in the future); the form
//! kit (`ui::widgets::form`) shows them at their fields.

use std::fmt;

use chrono::NaiveDate;

use crate::basics::dates::human;
use crate::domain::rules::limits::{text_problem, MAX_ACTIVITY_MINUTES, MAX_NAME_CHARS};
use crate::model::minutes::Minutes;

/// A form's fields: each has a stable name the form kit builds its element ids from.
pub trait FormField: Copy + PartialEq + fmt::Debug + Send + Sync + 'static {
    /// The field's stable name, for example "earned" (the input's id ends with it).
    fn name(self) -> &'static str;

    /// The field's place in the form (0: the first), the order its problems are shown in.
    fn order(self) -> usize;

    /// The form's first field: where a problem of the whole form is shown.
    const FIRST: Self;
}

/// A problem with one field of a form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError<F> {
    pub field: F,
    pub message: String,
}

impl<F> FieldError<F> {
    pub fn new(field: F, message: impl Into<String>) -> Self {
        FieldError {
            field,
            message: message.into(),
        }
    }
}

impl<F> fmt::Display for FieldError<F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl<F: fmt::Debug> std::error::Error for FieldError<F> {}

/// The problem of saving a record that is gone: "This role was removed (perhaps in another tab)."
pub fn removed<F>(field: F, what: &str) -> Vec<FieldError<F>> {
    vec![FieldError::new(
        field,
        format!("This {what} was removed (perhaps in another tab)."),
    )]
}

/// Collects the problems of one draft, in the order of the form's fields.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problems<F>(Vec<FieldError<F>>);

impl<F> Default for Problems<F> {
    fn default() -> Self {
        Problems(Vec::new())
    }
}

impl<F> Problems<F> {
    pub fn new() -> Self {
        Self::default()
    }

    /// Notes a problem with `field`.
    pub fn add(&mut self, field: F, message: impl Into<String>) {
        self.0.push(FieldError::new(field, message));
    }

    /// Notes a problem with `field` when `failed` holds.
    pub fn check(&mut self, failed: bool, field: F, message: impl FnOnce() -> String) {
        if failed {
            self.add(field, message());
        }
    }

    /// Notes a problem when a typed text is longer than the gate lets in (`max_chars`), so that
    /// no form can save what the gate would later refuse: "The title is 201 characters long; the
    /// most allowed is 200."
    pub fn too_long(&mut self, field: F, what: &str, text: &str, max_chars: usize) {
        if let Some(problem) = text_problem(what, text.trim(), max_chars) {
            let mut message = problem;
            if let Some(first) = message.get_mut(0..1) {
                first.make_ascii_uppercase();
            }
            self.add(field, message + ".");
        }
    }

    /// Notes a problem when a text a record must have is blank (`blank` asks for it).
    pub fn required(&mut self, field: F, text: &str, blank: &str) {
        self.check(text.trim().is_empty(), field, || blank.to_owned());
    }

    /// A name a record must have: at most `MAX_NAME_CHARS` characters, and not blank (`blank`
    /// asks for it, for example "Give the role a title.").
    pub fn name(&mut self, field: F, what: &str, text: &str, blank: &str)
    where
        F: Copy,
    {
        self.too_long(field, what, text, MAX_NAME_CHARS);
        self.required(field, text, blank);
    }

    /// An activity's duration: more than nothing (`none` says so) and at most a day,
    /// `MAX_ACTIVITY_MINUTES` (`too_long` says so).
    pub fn activity_minutes(&mut self, field: F, minutes: Minutes, none: &str, too_long: &str) {
        if minutes.is_zero() {
            self.add(field, none);
        } else if minutes > Minutes(MAX_ACTIVITY_MINUTES) {
            self.add(field, too_long);
        }
    }

    /// Notes a date after `today` in a record of what has happened: "The start date 3 Mar 2027
    /// is in the future. Record a role once it has started." Returns whether it did.
    pub fn in_future(
        &mut self,
        field: F,
        the_date: &str,
        date: NaiveDate,
        today: NaiveDate,
        advice: &str,
    ) -> bool {
        let future = date > today;
        self.check(future, field, || {
            format!("{the_date} {} is in the future. {advice}", human(date))
        });
        future
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn into_vec(self) -> Vec<FieldError<F>> {
        self.0
    }

    /// Ends the reading of a form's typed values: `draft` is what the rules can check, made of
    /// the values that could be read (none when a value it must have could not be).
    pub fn typed<D>(self, draft: Option<D>) -> Typed<D, F> {
        Typed {
            problems: self,
            draft,
        }
    }
}

/// What a form's typed values read as: the problems found in what was typed, and the draft the
/// rules can still check. A value that could not be read stands in the draft as absent (an
/// optional date), as nothing (a price, a duration), or as a value the rules find nothing to say
/// of at any other field; its own field already shows what is wrong with it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Typed<D, F> {
    problems: Problems<F>,
    draft: Option<D>,
}

impl<D, F: FormField> Typed<D, F> {
    /// The one ending of every form: the draft when nothing typed is wrong (the change that
    /// saves it checks it with the rules); otherwise every problem at once, those of what was
    /// typed and those the rules (`check`) find in the draft that could be made, at most one per
    /// field, in the form's order.
    pub fn finish(
        self,
        check: impl FnOnce(&D) -> Vec<FieldError<F>>,
    ) -> Result<D, Vec<FieldError<F>>> {
        match self.draft {
            Some(draft) if self.problems.is_empty() => Ok(draft),
            draft => {
                let checked = draft.map(|d| check(&d)).unwrap_or_default();
                Err(merge(self.problems.into_vec(), checked))
            }
        }
    }
}

/// The problems a form found while reading what was typed (`typed`), joined with those the
/// rules found in the draft it could still make (`checked`): one list in the form's field order,
/// at most one problem per field from the typed values, so the user sees every problem at once.
pub fn merge<F: FormField>(
    typed: Vec<FieldError<F>>,
    checked: Vec<FieldError<F>>,
) -> Vec<FieldError<F>> {
    let mut all = typed;
    for problem in checked {
        if !all.iter().any(|p| p.field == problem.field) {
            all.push(problem);
        }
    }
    crate::basics::order::sort_by_key(&mut all, |p| p.field.order());
    all
}

/// Declares a form's field enum with the stable name of each field, and implements `FormField`
/// for it:
/// `form_fields! { #[derive(Clone, Copy, Debug, PartialEq, Eq)] pub enum Field { Kind => "kind" } }`.
#[macro_export]
macro_rules! form_fields {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $($(#[$variant_meta:meta])* $variant:ident => $id:literal),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        $vis enum $name {
            $($(#[$variant_meta])* $variant),+
        }

        impl $crate::domain::records::field_error::FormField for $name {
            fn name(self) -> &'static str {
                match self { $($name::$variant => $id),+ }
            }

            fn order(self) -> usize {
                self as usize
            }

            const FIRST: Self = [$($name::$variant),+][0];
        }
    };
}
