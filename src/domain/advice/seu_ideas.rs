//! Ideas for earning SEUs, as data beside the catalogue: the CSPO guide's free ways, each a
//! one-tap suggestion that fills the SEU log or plan form; and the category each source falls in
//! by default, which a form follows until the user chooses a category themself
//! (`docs/rules.md`, "SEU categories and sources").

use crate::domain::advice::guide::THE_GUIDE;
use crate::model::seu::{SeuCategory, SeuSource};
use crate::model::Minutes;

/// One way to earn SEUs, as a suggestion for the SEU forms.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SeuIdea {
    pub source: SeuSource,
    /// What the form's title is filled with.
    pub title: &'static str,
    /// How long it usually takes, when the source gives a figure (the guide gives none).
    pub minutes: Option<Minutes>,
    /// Where the idea comes from.
    pub from: &'static str,
}

/// The guide's free ways to earn SEUs ("Certification Renewal Requirements"), in its order.
pub const IDEAS: [SeuIdea; 4] = [
    idea(SeuSource::Reading, "Reading about agile practice"),
    idea(SeuSource::UserGroup, "Local agile or Scrum user group"),
    idea(
        SeuSource::HelpingOthers,
        "Helping a team apply agile approaches",
    ),
    idea(SeuSource::Webinar, "Webinar on agile practice"),
];

const fn idea(source: SeuSource, title: &'static str) -> SeuIdea {
    SeuIdea {
        source,
        title,
        minutes: None,
        from: THE_GUIDE,
    }
}

/// The category a source falls in unless the user says otherwise: the app's own reading of
/// Scrum Alliance's four categories (`docs/rules.md`, "SEU categories and sources").
pub const fn default_category(source: SeuSource) -> SeuCategory {
    match source {
        SeuSource::Reading | SeuSource::Webinar | SeuSource::Course => SeuCategory::Learning,
        SeuSource::UserGroup | SeuSource::Conference => SeuCategory::Events,
        SeuSource::HelpingOthers => SeuCategory::Volunteering,
        SeuSource::Other => SeuCategory::Other,
    }
}

/// An SEU form's source and category: the category follows the source (its
/// `default_category`) until the user chooses a category themself in this form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SourceAndCategory {
    pub source: SeuSource,
    pub category: SeuCategory,
    /// The user chose the category in this form: a new source leaves it as it is.
    pub category_chosen: bool,
}

impl SourceAndCategory {
    /// A new form's: the source with its default category.
    pub const fn new(source: SeuSource) -> Self {
        SourceAndCategory {
            source,
            category: default_category(source),
            category_chosen: false,
        }
    }

    /// A recorded activity's: a category other than its source's default was chosen by the user.
    pub fn of_record(source: SeuSource, category: SeuCategory) -> Self {
        SourceAndCategory {
            source,
            category,
            category_chosen: category != default_category(source),
        }
    }

    /// The user picks a source: the category follows it unless the user chose one.
    pub fn with_source(self, source: SeuSource) -> Self {
        SourceAndCategory {
            source,
            category: if self.category_chosen {
                self.category
            } else {
                default_category(source)
            },
            category_chosen: self.category_chosen,
        }
    }

    /// The user picks a category: it stays whatever source comes next.
    pub fn with_category(self, category: SeuCategory) -> Self {
        SourceAndCategory {
            category,
            category_chosen: true,
            ..self
        }
    }
}
