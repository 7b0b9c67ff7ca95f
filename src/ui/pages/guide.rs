//! Getting started (from "what is a CSPO?" to the next level, step by step) and the glossary.
//! The words and figures come from `domain::advice::guide`; this file adds only the links to the pages
//! where each step is done.

use leptos::prelude::*;

use crate::domain::advice::guide::{Step, GLOSSARY};
use crate::ui::route::Route;
use crate::ui::widgets::guide_step::guide_step;

#[component]
pub fn GettingStartedPage() -> impl IntoView {
    view! {
        <h2 id="page-title" tabindex="-1">"Getting started"</h2>
        <p class="lead">"From \u{201c}what is a CSPO?\u{201d} to your first renewal and the next level, in six short steps."</p>
        <nav class="on-this-page" aria-label="Steps on this page">
            <ol>
                {Step::ALL.into_iter().map(|step| {
                    let (heading, id) = step.heading();
                    view! { <li><a href=format!("{}#{id}", Route::GettingStarted.href())>{heading}</a></li> }
                }).collect_view()}
            </ol>
        </nav>
        {Step::ALL.into_iter().map(|step| guide_step(step, true)).collect_view()}
        <p class="help">"\u{201c}The CSPO guide\u{201d} is an article by a training provider; the other sources are Scrum Alliance\u{2019}s own texts. Check the figures with Scrum Alliance before you pay. Words in the text link to the " <a href=Route::Glossary.href()>"glossary"</a>"."</p>
    }
}

#[component]
pub fn GlossaryPage() -> impl IntoView {
    view! {
        <h2 id="page-title" tabindex="-1">"Glossary"</h2>
        <p class="lead">"The words this app uses, in plain terms. " <a href=Route::GettingStarted.href()>"Getting started"</a>" puts them in order."</p>
        <dl class="glossary">
            {GLOSSARY.iter().map(|t| view! {
                <dt id=t.id tabindex="-1"><dfn>{t.term}</dfn>" "<span class="expansion">{t.expansion}</span></dt>
                <dd>{t.definition}</dd>
            }).collect_view()}
        </dl>
    }
}
