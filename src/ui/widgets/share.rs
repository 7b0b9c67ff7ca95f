//! "Share a read-only view": a link whose part after `#` carries the plan the user picks
//! (`domain::edge::share`); a plan too large for a link is offered as a file.

use leptos::prelude::*;

use crate::domain::edge::share::{link_fragment, shared_journey, ShareParts};
use crate::domain::rules::limits::MAX_SHARE_LINK_CHARS;
use crate::store::local::export_text;
use crate::ui::state::AppState;
use crate::ui::widgets::form::{problem_text, Card};
use crate::ui::widgets::your_data::download_json;

/// "8,000": a count with thousands separators.
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The app's own address, without any `#` part: the link opens the same hosted app.
fn app_address() -> String {
    let href = window().location().href().unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_owned()
}

#[component]
pub fn ShareLink() -> impl IntoView {
    let app = AppState::get();
    let plan = RwSignal::new(true);
    let log = RwSignal::new(false);
    let link = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<String>);
    let parts = move || ShareParts {
        plan: plan.get_untracked(),
        log: log.get_untracked(),
    };
    let make = move |_| {
        let fragment = app.journey.with_untracked(|j| link_fragment(j, parts()));
        link.set(Some(format!("{}#{fragment}", app_address())));
    };
    let download = move |_| {
        let text = app
            .journey
            .with_untracked(|j| export_text(&shared_journey(j, parts())));
        error.set(download_json(app, "shared-plan", &text).err());
    };
    let changed = move || link.set(None);
    view! {
        <Card title_id="share-title" heading="Share a read-only view">
            <p>"Make a link that shows your plan to someone else: a colleague, a manager, your other device. The plan travels inside the link, after its # sign, which browsers never send to the website: nothing is uploaded. Anyone who has the link can read what it holds."</p>
            <fieldset>
                <legend>"What the link shows"</legend>
                <div class="field check">
                    <input id="share-certifications" type="checkbox" checked disabled/>
                    <label for="share-certifications">"Certifications and renewal timeline (always)"</label>
                </div>
                <div class="field check">
                    <input id="share-plan" type="checkbox" prop:checked=move || plan.get()
                        on:change=move |ev| { plan.set(event_target_checked(&ev)); changed(); }/>
                    <label for="share-plan">"SEU plan"</label>
                </div>
                <div class="field check">
                    <input id="share-log" type="checkbox" prop:checked=move || log.get()
                        on:change=move |ev| { log.set(event_target_checked(&ev)); changed(); }/>
                    <label for="share-log">"SEU log, with notes and evidence links"</label>
                </div>
            </fieldset>
            <p class="help">{format!("A link holds at most {} characters, so that email and chat apps pass it on whole. A larger plan is offered as a file.", thousands(MAX_SHARE_LINK_CHARS))}</p>
            <div class="actions">
                <button type="button" on:click=make>"Make the link"</button>
            </div>
            <div role="status">
                {move || link.get().map(|address| {
                    let size = address.len();
                    if size <= MAX_SHARE_LINK_CHARS {
                        view! {
                            <div class="field">
                                <label for="share-address">"Link to share"</label>
                                <textarea id="share-address" readonly rows="3" aria-describedby="share-size">{address}</textarea>
                                <p class="help" id="share-size">{format!("{} characters. Copy it and send it; the person who opens it sees your plan read-only.", thousands(size))}</p>
                            </div>
                        }.into_any()
                    } else {
                        view! {
                            <p>{format!("Your plan is too large for a link: {} characters, over {}. Send it as a file instead; the other person opens it with \u{201c}Restore from a file\u{201d}.", thousands(size), thousands(MAX_SHARE_LINK_CHARS))}</p>
                            <div class="actions">
                                <button type="button" on:click=download>"Download the plan as a file"</button>
                            </div>
                        }.into_any()
                    }
                })}
            </div>
            {problem_text(error)}
        </Card>
    }
}
