//! The SEU forms' source and category (the category follows the source until the user chooses
//! one: `domain::seu_ideas::SourceAndCategory`) and the guide's ideas, which fill a form in one
//! tap and save nothing.

use leptos::prelude::*;

use crate::domain::seu_ideas::{SeuIdea, SourceAndCategory, IDEAS};
use crate::model::seu::{SeuCategory, SeuSource};
use crate::model::Choice;
use crate::ui::widgets::form::{duration_text, Bind, ChoiceSelect, Control};

/// An SEU form's values that an idea can fill.
pub trait IdeaForm: Send + Sync + 'static {
    fn kind(&self) -> SourceAndCategory;
    fn kind_mut(&mut self) -> &mut SourceAndCategory;
    /// The title, hours and minutes as typed.
    fn activity_mut(&mut self) -> (&mut String, &mut String, &mut String);

    /// Fills the form from `idea`: its source with the source's category, its title, and its
    /// duration when it has one.
    fn take(&mut self, idea: &SeuIdea) {
        *self.kind_mut() = SourceAndCategory::new(idea.source);
        let (title, hours, minutes) = self.activity_mut();
        *title = idea.title.to_owned();
        if let Some(duration) = idea.minutes {
            (*hours, *minutes) = duration_text(duration);
        }
    }
}

/// Implements `IdeaForm` for a form's values with the fields `kind`, `title`, `hours` and
/// `minutes`: `idea_form!(FormValues);`.
#[macro_export]
macro_rules! idea_form {
    ($values:ty) => {
        impl $crate::ui::widgets::seu_ideas::IdeaForm for $values {
            fn kind(&self) -> $crate::domain::seu_ideas::SourceAndCategory {
                self.kind
            }

            fn kind_mut(&mut self) -> &mut $crate::domain::seu_ideas::SourceAndCategory {
                &mut self.kind
            }

            fn activity_mut(&mut self) -> (&mut String, &mut String, &mut String) {
                (&mut self.title, &mut self.hours, &mut self.minutes)
            }
        }
    };
}

/// Whether a duration typed as hours and minutes is still to fill (empty or nothing).
pub fn no_duration(hours: &str, minutes: &str) -> bool {
    [hours, minutes]
        .iter()
        .all(|t| matches!(t.trim(), "" | "0" | "00"))
}

/// The source and category selects of an SEU form: picking a source sets its category unless
/// the user chose a category in this form.
#[component]
pub fn SourceAndCategorySelects<V: IdeaForm>(
    form: RwSignal<V>,
    source: Control,
    category: Control,
) -> impl IntoView {
    let source_value = Bind::new(
        move || form.with(|f| f.kind().source.id().to_owned()),
        move |id: String| {
            if let Some(s) = SeuSource::from_id(&id) {
                form.update(|f| *f.kind_mut() = f.kind().with_source(s));
            }
        },
    );
    let category_value = Bind::new(
        move || form.with(|f| f.kind().category.id().to_owned()),
        move |id: String| {
            if let Some(c) = SeuCategory::from_id(&id) {
                form.update(|f| *f.kind_mut() = f.kind().with_category(c));
            }
        },
    );
    let category = category.help("Set from the source; a category you choose stays.");
    view! {
        <ChoiceSelect<SeuSource> control=source label="Source" value=source_value/>
        <ChoiceSelect<SeuCategory> control=category label="Category" value=category_value/>
    }
}

/// The guide's free ways to earn SEUs as buttons: one fills the form (`IdeaForm::take`), then
/// `filled` moves focus on. Nothing is saved until the form is submitted.
#[component]
pub fn SeuIdeas<V: IdeaForm>(form: RwSignal<V>, filled: Callback<()>) -> impl IntoView {
    view! {
        <div class="seu-ideas" role="group" aria-labelledby="seu-ideas-title">
            <p id="seu-ideas-title">{format!(
                "Ideas: free ways to earn SEUs ({}). One fills the form; nothing is saved until you submit it.",
                IDEAS[0].from
            )}</p>
            <div class="actions">
                {IDEAS.iter().map(|idea| view! {
                    <button type="button" class="secondary" on:click=move |_| {
                        form.update(|f| f.take(idea));
                        filled.run(());
                    }>{idea.source.label()}</button>
                }).collect_view()}
            </div>
        </div>
    }
}
