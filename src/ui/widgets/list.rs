//! The editable-list kit: one way to edit a list's items in a form (`Editor`: start editing
//! fills the form from the item and focuses its first field; submit adds or saves; cancel),
//! one way to remove an item with undo (`Removal`), and one way to render a list keyed by the
//! items' ids (`keyed_list`).

use std::hash::Hash;

use chrono::NaiveDate;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::domain::records::drafts::{self, Draft};
use crate::domain::records::field_error::{FormField, Typed};
use crate::model::journey::Journey;
use crate::model::records::{self, HasId, Listed, RecordId};
use crate::ui::state::AppState;
use crate::ui::widgets::form::FormKit;

/// The form of an editable list: the item being edited (none: a new one), the form's values
/// and its problems.
pub struct Editor<Id: 'static, V: 'static, F: 'static> {
    pub editing: RwSignal<Option<Id>>,
    pub form: RwSignal<V>,
    pub kit: FormKit<F>,
    blank: Callback<(), V>,
    first: F,
    app: AppState,
}

impl<Id, V, F: Copy> Clone for Editor<Id, V, F> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<Id, V, F: Copy> Copy for Editor<Id, V, F> {}

impl<Id, V, F> Editor<Id, V, F>
where
    Id: Copy + PartialEq + Send + Sync + 'static,
    V: Clone + Send + Sync + 'static,
    F: FormField,
{
    /// A form whose controls' ids start with `prefix`, `first` its first field, `blank` its
    /// values for a new item.
    pub fn new(
        prefix: &'static str,
        first: F,
        blank: impl Fn() -> V + Send + Sync + 'static,
    ) -> Self {
        Editor {
            editing: RwSignal::new(None),
            form: RwSignal::new(blank()),
            kit: FormKit::new(prefix),
            blank: Callback::new(move |()| blank()),
            first,
            app: AppState::get(),
        }
    }

    /// A form like `new`'s whose values for a new item are `blank(today)`, today as it is then.
    pub fn dated(prefix: &'static str, first: F, blank: fn(NaiveDate) -> V) -> Self {
        let today = AppState::get().today;
        Self::new(prefix, first, move || blank(today.get_untracked()))
    }

    /// Starts editing the item `id` with its `values` (none: it is gone): fills the form and
    /// moves focus to its first field.
    pub fn start(self, id: Id, values: Option<V>) {
        if let Some(values) = values {
            self.form.set(values);
            self.editing.set(Some(id));
            self.kit.clear();
            self.kit.focus(self.first);
        }
    }

    /// Starts editing the item `id`, its form values read from the journey with `values`.
    pub fn edit(self, id: Id, values: fn(&Journey, Id) -> Option<V>) {
        let values = self.app.journey.with_untracked(|j| values(j, id));
        self.start(id, values);
    }

    /// Starts editing the journey's record `id`, its form values made from it with `values`.
    pub fn edit_record(self, id: Id, values: fn(&Id::Record) -> V)
    where
        Id: RecordId,
    {
        let values = self
            .app
            .journey
            .with_untracked(|j| records::find_in(j, id).map(values));
        self.start(id, values);
    }

    /// Back to an empty form for a new item.
    pub fn reset(self) {
        self.form.set(self.blank.run(()));
        self.editing.set(None);
        self.kit.clear();
    }

    /// The item `id` went away: stop editing it.
    pub fn forget(self, id: Id) {
        if self.editing.get_untracked() == Some(id) {
            self.reset();
        }
    }

    /// Removes the item `id` with `take` (the domain's `remove_*`), keeping it in `removal` for
    /// undo, and stops editing it.
    pub fn remove<R: Clone + Send + Sync + 'static>(
        self,
        removal: Removal<R>,
        id: Id,
        take: impl FnOnce(&mut Journey) -> Option<R>,
    ) {
        removal.take(take);
        self.forget(id);
    }

    /// Removes the record `id` from its list, keeping it with its place in `removal` for undo,
    /// and stops editing it.
    pub fn remove_record(self, removal: Removal<(usize, Id::Record)>, id: Id)
    where
        Id: RecordId,
        Id::Record: Clone + Send + Sync,
    {
        self.remove(removal, id, |j| records::remove(j, id));
    }

    pub fn is_editing(self) -> bool {
        self.editing.with(Option::is_some)
    }

    /// The form's heading: `edit(title)` while editing an item `title_of` names, else `add`.
    pub fn heading(
        self,
        title_of: impl Fn(&Journey, Id) -> Option<String> + Send + Sync + 'static,
        edit: impl Fn(String) -> String + Send + Sync + 'static,
        add: &'static str,
    ) -> impl Fn() -> String + Send + Sync + 'static {
        move || {
            self.editing
                .get()
                .and_then(|id| self.app.journey.with(|j| title_of(j, id)))
                .map(&edit)
                .unwrap_or_else(|| add.to_owned())
        }
    }

    /// What submitting the form does: `parse` reads the values into a draft, which is added or
    /// saved (`drafts::add`, `drafts::update`), and the status line says what `said` says; the
    /// form kit ends it (`FormKit::submit`).
    pub fn on_submit<D: Draft<Field = F> + 'static>(
        self,
        parse: fn(&V) -> Typed<D, F>,
        said: fn(&D) -> Said,
    ) -> impl Fn(SubmitEvent) + Copy + Send + Sync + 'static
    where
        D::Record: HasId<Id = Id>,
    {
        move |ev: SubmitEvent| {
            ev.prevent_default();
            let editing = self.editing.get_untracked();
            let app = self.app;
            self.kit.submit(
                app,
                self.form.with_untracked(parse),
                |j, draft, today| draft.problems(j, editing, today),
                |j, draft, today| {
                    let Said { added, saved } = said(&draft);
                    match editing {
                        Some(id) => drafts::update(j, id, draft, today).map(|_| saved),
                        None => drafts::add(j, draft, today).map(|_| added),
                    }
                },
                move || self.reset(),
            );
        }
    }

    /// The form's buttons: submit (`save` while editing, else `add`) and cancel editing.
    pub fn actions(self, save: &'static str, add: &'static str) -> impl IntoView {
        let editing = self.editing;
        form_buttons(
            Signal::derive(move || editing.with(Option::is_some)),
            Callback::new(move |()| self.reset()),
            save,
            add,
        )
    }
}

/// `Editor::actions` once its types are erased: one copy of the markup for every form.
fn form_buttons(
    editing: Signal<bool>,
    reset: Callback<()>,
    save: &'static str,
    add: &'static str,
) -> AnyView {
    view! {
        <div class="actions">
            <button type="submit">{move || if editing.get() { save } else { add }}</button>
            <Show when=move || editing.get()>
                <button type="button" class="secondary" on:click=move |_| reset.run(())>"Cancel editing"</button>
            </Show>
        </div>
    }
    .into_any()
}

/// What the status line says once a form is submitted.
pub struct Said {
    /// A new item was added: "Added CSM."
    pub added: String,
    /// Changes to an item were saved: "Saved your changes to CSM."
    pub saved: String,
}

impl Said {
    /// `added`, or once an item is changed "Saved your changes to {what}."
    pub fn changes_to(added: String, what: &str) -> Self {
        Said {
            added,
            saved: format!("Saved your changes to {what}."),
        }
    }

    /// `added`, or once an item is changed "Saved your changes to \"{title}\"."
    pub fn quoted(added: String, title: &str) -> Self {
        Self::changes_to(added, &format!("\"{title}\""))
    }
}

/// What the undo notice of a removal says.
pub struct UndoWords {
    /// What the status line says once it is removed: "Removed CSM."
    pub gone: String,
    /// "CSM was removed. "
    pub notice: String,
    /// "Undo removing CSM"
    pub button: String,
    /// "CSM is back."
    pub back: String,
}

impl UndoWords {
    /// The words for an item called `title` deleted from `place` ("the log"): "Deleted
    /// \"{title}\"{from}.", "\"{title}\" was deleted. ", "Undo deleting {title}" and
    /// "\"{title}\" is back in {place}."
    pub fn deleted(title: &str, from: &str, place: &str) -> Self {
        UndoWords {
            gone: format!("Deleted \"{title}\"{from}."),
            notice: format!("\"{title}\" was deleted. "),
            button: format!("Undo deleting {title}"),
            back: format!("\"{title}\" is back in {place}."),
        }
    }

    /// The words for an item of the `kind` ("role"; empty: none said) called `title` removed:
    /// "Removed the role {title}.", "The role {title} was removed. ", "Undo removing {title}"
    /// and "The role {title} is back."
    pub fn removed(kind: &str, title: &str) -> Self {
        let (named, sentence) = match kind {
            "" => (title.to_owned(), title.to_owned()),
            kind => (format!("the {kind} {title}"), format!("The {kind} {title}")),
        };
        UndoWords {
            gone: format!("Removed {named}."),
            notice: format!("{sentence} was removed. "),
            button: format!("Undo removing {title}"),
            back: format!("{sentence} is back."),
        }
    }
}

/// The last item removed from a list (`R`: what the domain's `remove_*` returns), to undo.
pub struct Removal<R: 'static> {
    last: RwSignal<Option<R>>,
    restore: StoredValue<Restore<R>>,
    words: StoredValue<Words<R>>,
    app: AppState,
}

/// Puts a removed item back (the domain's `restore_*`).
type Restore<R> = Box<dyn Fn(&mut Journey, R) + Send + Sync>;

/// What the notice says of a removed item.
type Words<R> = Box<dyn Fn(&R) -> UndoWords + Send + Sync>;

impl<R> Clone for Removal<R> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<R> Copy for Removal<R> {}

impl<R: Clone + Send + Sync + 'static> Removal<R> {
    /// `restore` is the domain's `restore_*`; `words` what the notice says.
    pub fn new(restore: fn(&mut Journey, R), words: fn(&R) -> UndoWords) -> Self {
        Removal {
            last: RwSignal::new(None),
            restore: StoredValue::new(Box::new(restore)),
            words: StoredValue::new(Box::new(words)),
            app: AppState::get(),
        }
    }

    fn words(self, removed: &R) -> UndoWords {
        self.words.with_value(|words| words(removed))
    }

    /// Removes an item with `take` (the domain's `remove_*`), says `said` in the status line
    /// and keeps the item for undo.
    pub fn remove(
        self,
        take: impl FnOnce(&mut Journey) -> Option<R>,
        said: impl FnOnce(&R) -> String,
    ) {
        if let Ok(removed) = self.app.apply(|j| take(j).ok_or(())) {
            self.app.notice.set(Some(said(&removed)));
            self.last.set(Some(removed));
        }
    }

    /// Removes an item with `take` (the domain's `remove_*`) and keeps it for undo.
    pub fn take(self, take: impl FnOnce(&mut Journey) -> Option<R>) {
        self.remove(take, |removed| self.words(removed).gone);
    }

    /// Puts the last removed item back.
    pub fn undo(self) {
        if let Some(removed) = self.last.get_untracked() {
            let back = self.words(&removed).back;
            let _ = self.app.apply(|j| {
                self.restore.with_value(|restore| restore(j, removed));
                Ok::<(), ()>(())
            });
            self.last.set(None);
            self.app.notice.set(Some(back));
        }
    }

    /// The undo notice, while there is something to undo.
    pub fn notice(self) -> impl IntoView {
        let undo = Callback::new(move |()| self.undo());
        move || {
            self.last
                .with(|last| last.as_ref().map(|removed| self.words(removed)))
                .map(|words| undo_notice(words, undo))
        }
    }
}

/// The notice of a removal with its undo button (one copy for every kind of item).
fn undo_notice(words: UndoWords, undo: Callback<()>) -> AnyView {
    let UndoWords { notice, button, .. } = words;
    view! {
        <p class="undo">
            {notice}
            <button type="button" on:click=move |_| undo.run(())>{button}</button>
        </p>
    }
    .into_any()
}

impl<T: Listed + Clone + Send + Sync + 'static> Removal<(usize, T)> {
    /// For a list of records removed with their place (`records::remove`): an undo puts the
    /// record back at that place (`records::restore`); `words` is what the notice says of it.
    pub fn at_place(words: fn(&T) -> UndoWords) -> Self {
        Removal {
            last: RwSignal::new(None),
            restore: StoredValue::new(Box::new(move |j, (index, item)| {
                records::restore(j, index, item);
            })),
            words: StoredValue::new(Box::new(move |(_, item)| words(item))),
            app: AppState::get(),
        }
    }
}

/// The buttons of an item in a list: "Edit" and `remove` ("Delete", "Remove"), each named with
/// the item's `title` for screen readers, then any `more`.
pub fn item_actions(
    title: &str,
    remove: &'static str,
    on_edit: impl Fn() + Send + Sync + 'static,
    on_remove: impl Fn() + Send + Sync + 'static,
    more: impl IntoView + 'static,
) -> AnyView {
    item_buttons(
        title,
        remove,
        Callback::new(move |()| on_edit()),
        Callback::new(move |()| on_remove()),
        more.into_any(),
    )
}

/// `item_actions` once its handlers are erased: one copy of the markup for every list.
fn item_buttons(
    title: &str,
    remove: &'static str,
    on_edit: Callback<()>,
    on_remove: Callback<()>,
    more: AnyView,
) -> AnyView {
    view! {
        <div class="actions">
            <button type="button" class="secondary" aria-label=edit_name(title) on:click=move |_| on_edit.run(())>"Edit"</button>
            <button type="button" class="secondary" aria-label=remove_name(remove, title) on:click=move |_| on_remove.run(())>{remove}</button>
            {more}
        </div>
    }
    .into_any()
}

/// What screen readers call an item's "Edit" button: "Edit" and the item's title.
pub fn edit_name(title: &str) -> String {
    format!("Edit {title}")
}

/// What screen readers call an item's `remove` button ("Delete", "Remove"), with its title.
pub fn remove_name(remove: &str, title: &str) -> String {
    format!("{remove} {title}")
}

/// Renders each item of `items` keyed by its id: an item's view is built again only when the
/// item changes, and the others stay as they are.
pub fn keyed_list<T, Id, IV>(
    items: Memo<Vec<T>>,
    id_of: fn(&T) -> Id,
    row: impl Fn(T) -> IV + Clone + Send + Sync + 'static,
) -> impl IntoView
where
    T: Clone + PartialEq + Send + Sync + 'static,
    Id: Copy + Eq + Hash + Send + Sync + 'static,
    IV: IntoView + 'static,
{
    view! {
        <For each=move || items.with(|list| list.iter().map(id_of).collect::<Vec<_>>()) key=|id| *id let:id>
            {
                let item = Memo::new(move |_| items.with(|list| list.iter().find(|x| id_of(x) == id).cloned()));
                let row = row.clone();
                move || item.get().map(row.clone())
            }
        </For>
    }
}
