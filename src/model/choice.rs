//! The options a form offers as a choice (a category, a source, a format, a sort key): one trait
//! and one macro, so every option enum has its stable form id, its label and its list of values
//! written once, and one select widget serves them all.

/// An enum whose values are offered in a select.
pub trait Choice: Copy + PartialEq + Send + Sync + 'static {
    /// Every value, in the order the select lists them.
    const ALL: &'static [Self];
    /// The stable id used as the form value.
    fn id(self) -> &'static str;
    /// The words the user reads.
    fn label(self) -> &'static str;
    /// The value whose id is `id`.
    fn from_id(id: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|c| c.id() == id)
    }
    /// The value a person typed, by its id or its label, in any case ("learning", "Books,
    /// blogs and articles").
    fn from_typed(text: &str) -> Option<Self> {
        let text = text.trim();
        Self::ALL
            .iter()
            .copied()
            .find(|c| c.id().eq_ignore_ascii_case(text) || c.label().eq_ignore_ascii_case(text))
    }
}

/// Declares an option enum with its ids and labels: `Variant => ("id", "Label")`.
#[macro_export]
macro_rules! choices {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident => ($id:literal, $label:literal) ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        $vis enum $name {
            $( $(#[$vmeta])* $variant ),+
        }

        impl $crate::model::choice::Choice for $name {
            const ALL: &'static [Self] = &[$($name::$variant),+];
            fn id(self) -> &'static str {
                match self { $($name::$variant => $id),+ }
            }
            fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }
        }
    };
}
