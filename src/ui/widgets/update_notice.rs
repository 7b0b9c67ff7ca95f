//! "A new version is ready": offered, never forced. It does not move focus or touch the page, so
//! a half-filled form stays as it is; the app reloads into the new version only when the user
//! presses the button.

use leptos::prelude::*;

use crate::ui::offline::{apply_update, watch_for_updates};

#[component]
pub fn UpdateNotice() -> impl IntoView {
    let ready = RwSignal::new(false);
    watch_for_updates(move || ready.set(true));
    view! {
        <div class="update-notice" role="status" aria-live="polite">
            {move || ready.get().then(|| view! {
                <p>
                    "A new version is ready \u{2014} "
                    <button type="button" on:click=|_| apply_update()>"Reload"</button>
                </p>
            })}
        </div>
    }
}
