//! Tables: the one way to write a table's column headers.

use leptos::prelude::*;

/// A table's header row: one column header (`scope="col"`) a name.
pub fn column_heads(names: &'static [&'static str]) -> impl IntoView {
    view! {
        <thead>
            <tr>{names.iter().map(|name| view! { <th scope="col">{*name}</th> }).collect_view()}</tr>
        </thead>
    }
}
