//! A step of the newcomer guide as a card, and a word linked to its glossary entry: on the guide's
//! pages, the dashboard, Settings and the Certification path.

use leptos::prelude::*;

use crate::domain::advice::guide::{self, facts, spans, Span, Step};
use crate::ui::route::Route;
use crate::ui::state::AppState;

/// "#/glossary#seu".
fn glossary_href(id: &str) -> String {
    format!("{}#{id}", Route::Glossary.href())
}

/// A word linked to its glossary entry.
pub fn term_link(id: &str, shown: &str) -> impl IntoView {
    view! { <a class="term" href=glossary_href(id)>{shown.to_owned()}</a> }
}

/// A text of the guide, its marked words linked to the glossary.
fn guide_text(text: &str) -> impl IntoView {
    spans(text)
        .into_iter()
        .map(|span| match span {
            Span::Text(t) => t.to_owned().into_any(),
            Span::Term { shown, id } => term_link(&id, shown).into_any(),
        })
        .collect_view()
}

/// Where each step is done in the app.
fn step_links(step: Step) -> impl IntoView {
    let links: &[(Route, &str)] = match step {
        Step::Role => &[(
            Route::Path,
            "See every learning objective on the Certification path",
        )],
        Step::Course => &[(Route::Training, "Compare courses on Training choice")],
        Step::Cost => &[(
            Route::Path,
            "See what the whole path costs on the Certification path",
        )],
        Step::After => &[(Route::Certifications, "Record your CSPO on Certifications")],
        Step::Keep => &[
            (Route::SeuPlanner, "Plan your SEUs"),
            (Route::Timeline, "See your renewals on the Renewal timeline"),
        ],
        Step::Next => &[(
            Route::Path,
            "Plan your next level on the Certification path",
        )],
    };
    let external = (step == Step::Keep).then(|| {
        view! {
            <li><a href=guide::SCRUM_ALLIANCE_URL rel="noopener noreferrer">"Scrum Alliance\u{2019}s website, where you renew and pay"</a></li>
        }
    });
    view! {
        <ul class="step-links">
            {links.iter().map(|(route, text)| view! { <li><a href=route.href()>{*text}</a></li> }).collect_view()}
            {external}
        </ul>
    }
}

/// One step of the guide as a card: its facts (words linked to the glossary), with `links` the
/// places in the app where it is done, and its sources. The figures follow the user's settings.
pub fn guide_step(step: Step, links: bool) -> impl IntoView {
    let app = AppState::get();
    let (heading, id) = step.heading();
    let list = app.journey.with_untracked(|j| facts(step, &j.settings));
    let mut sources: Vec<&str> = Vec::new();
    for fact in &list {
        if !sources.contains(&fact.source) {
            sources.push(fact.source);
        }
    }
    view! {
        <section class="card guide-step" aria-labelledby=id>
            <h3 id=id tabindex="-1">{heading}</h3>
            {list.iter().map(|f| view! { <p>{guide_text(&f.text)}</p> }).collect_view()}
            {links.then(|| step_links(step))}
            <p class="source">{format!("Sources: {}.", sources.join("; "))}</p>
        </section>
    }
}
