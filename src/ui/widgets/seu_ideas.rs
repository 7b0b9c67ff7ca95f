//! The SEU forms' source and category (the category follows the source until the user chooses
//! one: `domain::advice::seu_ideas::SourceAndCategory`) and the guide's ideas, which fill a form in one
//! tap and save nothing.

use leptos::prelude::*;

use crate::domain::advice::seu_ideas::{SeuIdea, SourceAndCategory, IDEAS};
use crate::domain::records::field_error::FormField;
use crate::model::seu::{SeuCategory, SeuSource};
use crate::model::Choice;
use crate::ui::widgets::form::{duration_text, Bind, ChoiceSelect, Control, FormKit};

/// The values of an SEU form an idea fills: its source and category, title, hours and minutes.
pub type IdeaParts<'a> = (
    &'a mut SourceAndCategory,
    &'a mut String,
    (&'a mut String, &'a mut String),
);

/// What tapping an idea does to a form: fills its values (`parts`: the idea's source with the
/// source's category, its title, its duration when it has one) and moves focus to the field
/// `next` names, the first still to fill.
pub fn idea_picker<V, F>(
    form: RwSignal<V>,
    kit: FormKit<F>,
    parts: fn(&mut V) -> IdeaParts<'_>,
    next: fn(&V) -> F,
) -> Callback<SeuIdea>
where
    V: Send + Sync + 'static,
    F: FormField,
{
    Callback::new(move |idea: SeuIdea| {
        form.update(|values| {
            let (kind, title, (hours, minutes)) = parts(values);
            *kind = SourceAndCategory::new(idea.source);
            *title = idea.title.to_owned();
            if let Some(duration) = idea.minutes {
                (*hours, *minutes) = duration_text(duration);
            }
        });
        kit.focus(form.with_untracked(next));
    })
}

/// The first of `fields` still to fill (in the form's order: each with whether it is empty),
/// else `otherwise`.
pub fn first_to_fill<F: Copy>(fields: &[(F, bool)], otherwise: F) -> F {
    fields
        .iter()
        .find(|(_, empty)| *empty)
        .map_or(otherwise, |(field, _)| *field)
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
pub fn SourceAndCategorySelects(
    kind: Bind<SourceAndCategory>,
    source: Control,
    category: Control,
) -> impl IntoView {
    let source_value = Bind::new(
        move || kind.get().source.id().to_owned(),
        move |id: String| {
            if let Some(s) = SeuSource::from_id(&id) {
                kind.set(kind.get().with_source(s));
            }
        },
    );
    let category_value = Bind::new(
        move || kind.get().category.id().to_owned(),
        move |id: String| {
            if let Some(c) = SeuCategory::from_id(&id) {
                kind.set(kind.get().with_category(c));
            }
        },
    );
    let category = category.help("Set from the source; a category you choose stays.");
    view! {
        <ChoiceSelect<SeuSource> control=source label="Source" value=source_value/>
        <ChoiceSelect<SeuCategory> control=category label="Category" value=category_value/>
    }
}

/// The guide's free ways to earn SEUs as buttons: one calls `pick` (an `idea_picker`). Nothing is saved until the form is submitted.
#[component]
pub fn SeuIdeas(pick: Callback<SeuIdea>) -> impl IntoView {
    view! {
        <div class="seu-ideas" role="group" aria-labelledby="seu-ideas-title">
            <p id="seu-ideas-title">{format!(
                "Ideas: free ways to earn SEUs ({}). One fills the form; nothing is saved until you submit it.",
                IDEAS[0].from
            )}</p>
            <div class="actions">
                {IDEAS.into_iter().map(|idea| view! {
                    <button type="button" class="secondary" on:click=move |_| pick.run(idea)>{idea.source.label()}</button>
                }).collect_view()}
            </div>
        </div>
    }
}
