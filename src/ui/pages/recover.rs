//! Opening saved data the app refused for some of its records: which records, why, and the
//! choice to open the rest without them (`domain::edge::set_aside`). Linked from the banner that says
//! the saved data could not be opened; nothing is set aside until the person chooses.

use leptos::prelude::*;

use crate::domain::edge::set_aside::{open_without_bad_records, set_aside_text, these_records};
use crate::store::local::SaveState;
use crate::store::schema::ReadProblem;
use crate::ui::route::Route;
use crate::ui::state::AppState;
use crate::ui::widgets::form::problem_text;
use crate::ui::widgets::your_data::{download_json, set_aside_list};

#[component]
pub fn RecoverPage() -> impl IntoView {
    let app = AppState::get();
    let message = RwSignal::new(None::<String>);
    // The stored text that could not be opened (`None`: the saved data opens, or it is from a
    // newer version, which this app must not touch).
    let raw = move || match app.saving.get() {
        SaveState::Paused(recovery) if matches!(recovery.problem, ReadProblem::Unreadable(_)) => {
            Some(recovery.raw)
        }
        _ => None,
    };
    let body = move || {
        let Some(raw) = raw() else {
            return view! {
                <p>"Your saved data opens as it is: there is nothing to choose here. " <a href=Route::Dashboard.href()>"Go to your dashboard"</a></p>
            }
            .into_any();
        };
        let Some(partial) = open_without_bad_records(&raw) else {
            return view! {
                <p>"The problem concerns the saved data as a whole, not single records, so it cannot be opened without some of them. The message at the top of the page says what it is; you can download the saved data or start over there."</p>
            }
            .into_any();
        };
        let n = partial.set_aside.len();
        let these = these_records(n);
        let text = set_aside_text(&partial.set_aside);
        let list = set_aside_list(&partial.set_aside);
        let repairs = partial.admitted.repairs.clone();
        let open = move |_| {
            // Read again from the stored text, as the person saw it listed.
            let Some(partial) = open_without_bad_records(&raw) else {
                return;
            };
            if app.open_without_bad_records(partial) {
                window().location().set_hash(Route::Dashboard.href()).ok();
            }
        };
        view! {
            <section class="card" aria-labelledby="set-aside-title">
                <h3 id="set-aside-title">"Only some records stop your journey from opening"</h3>
                <p>"Everything else in your journey is fine. You can open it without " {these.clone()} ":"</p>
                {list}
                {(!repairs.is_empty()).then(|| view! { <p>{repairs.join(" ")}</p> }.into_any())}
                <p>"Nothing is changed or renumbered: the original text stays in this browser until you erase your data, and you can download what is set aside to enter it again."</p>
                <div class="actions">
                    <button type="button" on:click=open>"Open my journey without " {these}</button>
                    <button type="button" class="secondary" on:click=move |_| message.set(download_json(app, "set-aside-records", &text).err())>"Download the records set aside"</button>
                </div>
                {problem_text(message)}
            </section>
        }
        .into_any()
    };
    view! {
        <h2 id="page-title" tabindex="-1">"Open your saved data"</h2>
        {body}
    }
}
