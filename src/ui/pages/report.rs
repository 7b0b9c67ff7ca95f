//! The evidence report: a print-ready record of a renewal (the next one or a recorded one) for
//! an audit. Every figure comes from `domain::renewals::evidence`; this page picks the renewal, renders the
//! report and calls the browser's own print (the print style sheet hides everything else).

use leptos::prelude::*;

use crate::basics::dates::human;
use crate::domain::renewals::evidence::{evidence_report, report_choices, ReportFor};
use crate::model::RenewalId;
use crate::ui::state::AppState;
use crate::ui::widgets::evidence_report::Report;

/// The select's value for a report: "next", or a recorded renewal's id.
fn choice_id(which: ReportFor) -> String {
    match which {
        ReportFor::Next => "next".to_owned(),
        ReportFor::Recorded(id) => id.0.to_string(),
    }
}

fn choice_of(value: &str) -> ReportFor {
    value
        .parse::<u64>()
        .map_or(ReportFor::Next, |id| ReportFor::Recorded(RenewalId(id)))
}

fn choice_label(which: ReportFor, date: chrono::NaiveDate) -> String {
    match which {
        ReportFor::Next => format!("Next renewal, due {}", human(date)),
        ReportFor::Recorded(_) => format!("Renewal recorded on {}", human(date)),
    }
}

#[component]
pub fn ReportPage() -> impl IntoView {
    let app = AppState::get();
    let choices = AppState::figure(report_choices);
    let picked = RwSignal::new(None::<ReportFor>);
    // The picked report, or the first there is.
    let which = Memo::new(move |_| {
        choices.with(|list| {
            picked
                .get()
                .filter(|p| list.iter().any(|(c, _)| c == p))
                .or_else(|| list.first().map(|(c, _)| *c))
        })
    });
    let report = Memo::new(move |_| {
        let which = which.get()?;
        app.journey
            .with(|j| evidence_report(j, which, app.today.get()))
    });
    view! {
        <h2 id="page-title" tabindex="-1">"Evidence report"</h2>
        <div class="no-print">
            <p>"A record of the SEUs a renewal counts: each activity with its date, duration, category, source and evidence, and the totals. Keep it with your evidence, in case Scrum Alliance asks for it."</p>
            {move || if choices.with(Vec::is_empty) {
                view! { <p>"There is no renewal to report on: add a Scrum Alliance certification first, or record a renewal on the " <a href="#/timeline">"renewal timeline"</a> "."</p> }.into_any()
            } else {
                view! {
                    <div class="actions report-actions">
                        <label for="report-for">"Report for"</label>
                        <select id="report-for" on:change=move |ev| picked.set(Some(choice_of(&event_target_value(&ev))))>
                            {move || choices.get().into_iter().map(|(c, date)| view! {
                                <option value=choice_id(c) selected=move || which.get() == Some(c)>{choice_label(c, date)}</option>
                            }).collect_view()}
                        </select>
                        <button type="button" on:click=|_| { let _ = window().print(); }>"Print or save as PDF"</button>
                    </div>
                }.into_any()
            }}
        </div>
        {move || report.get().map(|r| view! { <Report report=r/> })}
    }
}
