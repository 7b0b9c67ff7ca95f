//! Picking a file from the device: one labelled file input that reads the picked file's bytes,
//! and the words shown while it is read and when it is refused.

use std::fmt::Display;

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos::text_prop::TextProp;

use crate::store::device;
use crate::ui::widgets::form::{Control, Field};

/// A file input in its labelled field, with its help text (`{id}-help`). Once a file is picked,
/// `on_pick` runs and the input is emptied (the same file can be picked again); then the file's
/// bytes, or the sentence that says why they could not be read, go to `on_read`.
#[component]
pub fn FilePicker(
    id: &'static str,
    label: &'static str,
    accept: &'static str,
    #[prop(into)] help: TextProp,
    #[prop(into)] on_pick: Callback<()>,
    #[prop(into)] on_read: Callback<Result<Vec<u8>, String>>,
) -> impl IntoView {
    let control = Control::new(id).help(help);
    let on_change = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        input.set_value("");
        on_pick.run(());
        spawn_local(async move {
            let read = device::read_file(&file)
                .await
                .map_err(|reason| format!("The file could not be read: {reason}."));
            on_read.run(read);
        });
    };
    view! {
        <Field control=control.clone() label>
            <input id=id type="file" accept=accept aria-describedby=control.described() on:change=on_change/>
        </Field>
    }
}

/// What is shown while the picked file is read.
pub fn reading_file() -> AnyView {
    view! { <p>"Reading the file…"</p> }.into_any()
}

/// A refused file: the `headline` (what did not happen), then each of its `problems`.
pub fn file_refused<P: Display>(headline: &'static str, problems: &[P]) -> AnyView {
    view! {
        <div role="alert" class="problems">
            <p><strong>{headline}</strong></p>
            <ul>{problems.iter().map(|p| view! { <li>{p.to_string()}</li> }).collect_view()}</ul>
        </div>
    }
    .into_any()
}
