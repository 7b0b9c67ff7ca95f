//! A bare Leptos page: one heading and one paragraph, mounted to the body.
use leptos::prelude::*;

fn main() {
    mount_to_body(|| {
        view! {
            <main>
                <h1 id="page-title">"A bare Leptos page"</h1>
                <p>"What scripts/bench.sh measures the app against."</p>
            </main>
        }
    });
}
