//! SEU log page (being built).

use leptos::prelude::*;

#[component]
pub fn SeuLogPage() -> impl IntoView {
    view! { <h2 id="page-title" tabindex="-1">"SEU log"</h2> }
}
