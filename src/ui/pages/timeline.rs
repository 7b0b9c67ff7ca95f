//! Renewal timeline page (being built).

use leptos::prelude::*;

#[component]
pub fn TimelinePage() -> impl IntoView {
    view! { <h2 id="page-title" tabindex="-1">"Renewal timeline"</h2> }
}
