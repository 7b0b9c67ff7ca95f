//! The banner that says plainly when changes are not being saved, and the passing notices.

use std::time::Duration;

use leptos::prelude::*;

use crate::store::local::SaveState;
use crate::store::schema::ReadProblem;
use crate::ui::route::current_hash;
use crate::ui::route::Route;
use crate::ui::state::AppState;
use crate::ui::widgets::form::problem_text;
use crate::ui::widgets::your_data::{download_current, download_json};

/// Recovery, unavailable storage and failed saves, at the top of every page.
#[component]
pub fn SaveStatusBanner() -> impl IntoView {
    let app = AppState::get();
    let download_error = RwSignal::new(None::<String>);
    let download = move |what: &'static str, text: String| {
        download_error.set(download_json(app, what, &text).err());
    };
    let download_journey = move |_| download_current(app, download_error);
    move || {
        match app.saving.get() {
        SaveState::Saved => ().into_any(),
        SaveState::Paused(recovery) => {
            let raw = recovery.raw.clone();
            let kept = match &recovery.backup_key {
                Some(key) => format!("The original text is untouched, and a copy is kept in this browser under the key \u{201c}{key}\u{201d}."),
                None => "The original text is untouched.".to_owned(),
            };
            let way_in = matches!(recovery.problem, ReadProblem::Unreadable(_)).then(|| view! {
                <p>"If only some records stop it from opening, the rest can be opened without them, once you choose so: "
                    <a href=Route::Recover.href()>"see which records"</a>"."</p>
            }.into_any());
            view! {
                <section class="banner banner-problem" role="alert" aria-labelledby="recovery-title">
                    <h2 id="recovery-title">"Your saved data could not be opened"</h2>
                    <p>{recovery.problem.explain()}" "{kept}</p>
                    <p>"Nothing has been deleted. Until you choose, the app starts empty and your changes are " <strong>"not saved"</strong>", so the original is not overwritten."</p>
                    {way_in}
                    <div class="actions">
                        <button type="button" on:click=move |_| download("unreadable-data", raw.clone())>"Download the saved data"</button>
                        <button type="button" class="secondary" on:click=move |_| app.replace_unreadable()>"Start over and save from now on"</button>
                    </div>
                    {problem_text(download_error)}
                </section>
            }
            .into_any()
        }
        SaveState::Unavailable(reason) | SaveState::Failed(reason) => view! {
            <section class="banner banner-warning" role="alert" aria-labelledby="not-saving-title">
                <h2 id="not-saving-title">"Changes are not being saved"</h2>
                <p>"The app keeps working, but " {reason} ". What you change now is lost when this tab closes. Download your data to keep a copy."</p>
                <div class="actions">
                    <button type="button" on:click=download_journey>"Download my data"</button>
                </div>
                {problem_text(download_error)}
            </section>
        }
        .into_any(),
    }
    }
}

/// What a notice adds while changes are not reaching storage, so that no message says an entry
/// was "logged" or "saved" as if it were kept.
pub const NOT_SAVED_SUFFIX: &str = "This is kept in this tab only: changes are not being saved.";

/// How long a notice stays.
const NOTICE_STAYS: Duration = Duration::from_secs(8);

/// A polite live region for passing messages, with a way to dismiss them. A notice goes away on
/// its own after a few seconds or when the user moves to another page, but not while changes
/// are not being saved: then every notice says so, and stays until the user dismisses it or,
/// once saving works again, moves on.
#[component]
pub fn NoticeLine() -> impl IntoView {
    let app = AppState::get();
    // Counts the notices shown, so a timer only clears the one it was started for.
    let shown = StoredValue::new(0_u64);
    // The page the notice belongs to: the address when it appeared. A change that moves to
    // another page and says so (erasing everything) has moved before this is read, so its
    // notice stays on the page it moved to.
    let shown_on = StoredValue::new(String::new());
    let page_now = current_hash;
    let saved = move || app.saving.with_untracked(|s| *s == SaveState::Saved);
    Effect::new(move |_| {
        if app.notice.with(Option::is_some) {
            shown.update_value(|n| *n = n.wrapping_add(1));
            shown_on.set_value(page_now());
            let which = shown.get_value();
            set_timeout(
                move || {
                    if shown.get_value() == which && saved() {
                        app.notice.set(None);
                    }
                },
                NOTICE_STAYS,
            );
        }
    });
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        if saved() && shown_on.with_value(|on| *on != page_now()) {
            app.notice.set(None);
        }
    });
    on_cleanup(move || handle.remove());
    view! {
        <div class="notice" role="status" aria-live="polite">
            {move || app.notice.get().map(|text| view! {
                <p>
                    {text}" "
                    {move || (!app.saving.with(|s| *s == SaveState::Saved))
                        .then(|| view! { <strong class="not-saved">{NOT_SAVED_SUFFIX}</strong> " " })}
                    <button type="button" class="link" on:click=move |_| app.notice.set(None)>"Dismiss"</button>
                </p>
            })}
        </div>
    }
}
