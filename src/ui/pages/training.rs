//! Training choice page (being built).

use leptos::prelude::*;

#[component]
pub fn TrainingPage() -> impl IntoView {
    view! { <h2 id="page-title" tabindex="-1">"Training choice"</h2> }
}
