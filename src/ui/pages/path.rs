//! Certification path page (being built).

use leptos::prelude::*;

#[component]
pub fn PathPage() -> impl IntoView {
    view! { <h2 id="page-title" tabindex="-1">"Certification path"</h2> }
}
