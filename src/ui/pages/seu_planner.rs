//! SEU plan page (being built).

use leptos::prelude::*;

#[component]
pub fn SeuPlannerPage() -> impl IntoView {
    view! { <h2 id="page-title" tabindex="-1">"SEU plan"</h2> }
}
