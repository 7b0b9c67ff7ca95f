//! The evidence report: a print-ready record of a renewal (the next one or a recorded one) for
//! an audit. Every figure comes from `domain::renewals::evidence`; this page picks the renewal, renders the
//! report and calls the browser's own print (the print style sheet hides everything else).

use leptos::prelude::*;

use crate::basics::dates::human;
use crate::domain::renewals::evidence::{
    evidence_report, report_choices, CountedEntry, EvidenceReport, ReportFor, ENTRY_HEADS,
};
use crate::model::{Choice, RenewalId};
use crate::ui::state::AppState;
use crate::ui::widgets::table::{text_rows, ScrollTable};

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

#[component]
fn Report(report: EvidenceReport) -> impl IntoView {
    let heading = match report.which {
        ReportFor::Next => format!("SEU evidence for the renewal due {}", human(report.date)),
        ReportFor::Recorded(_) => {
            format!("SEU evidence for the renewal of {}", human(report.date))
        }
    };
    let date_or_none =
        |d: Option<chrono::NaiveDate>| d.map_or_else(|| "not known".to_owned(), human);
    let certifications = text_rows(&report.certifications, |c| {
        [
            c.title.clone(),
            human(c.earned),
            date_or_none(c.due),
            date_or_none(c.renewed_to),
        ]
    });
    let entries = text_rows(&report.entries, CountedEntry::cells);
    let totals = text_rows(&report.totals, |t| {
        [
            t.category.label().to_owned(),
            t.entries.to_string(),
            t.counted_minutes.seus_text(),
        ]
    });
    let total_row = view! {
        <tfoot><tr><th scope="row">"Total"</th><td>{report.entries.len()}</td><td data-testid="report-total">{report.counted_minutes.seus_text()}</td></tr></tfoot>
    }
    .into_any();
    let missing = report.missing_minutes();
    let cert_heads: &'static [&'static str] = match report.which {
        ReportFor::Next => &[
            "Certification",
            "Earned",
            "Expires",
            "After renewal, expires",
        ],
        ReportFor::Recorded(_) => &["Certification", "Earned", "Was due", "Renewed to"],
    };
    view! {
        <article class="report" aria-labelledby="report-title">
            <h3 id="report-title">{heading}</h3>
            <p>"Scrum Certification Planner · report made on " <span data-testid="report-made">{human(report.made_on)}</span></p>
            <h4>"Certifications renewed"</h4>
            <ScrollTable region="Certifications renewed (scrolls sideways)" caption="Certifications renewed" heads=cert_heads>{certifications}</ScrollTable>
            <h4>"Requirement"</h4>
            <dl class="facts">
                <div><dt>"SEUs required"</dt><dd>{report.required_minutes.seus_text()}</dd></div>
                <div><dt>"SEUs counted"</dt><dd data-testid="report-counted">{report.counted_minutes.seus_text()}</dd></div>
                <div><dt>{if missing.is_zero() { "Requirement" } else { "Still missing" }}</dt>
                    <dd>{if missing.is_zero() { "met".to_owned() } else { format!("{} SEUs", missing.seus_text()) }}</dd></div>
                <div><dt>{match report.which { ReportFor::Next => "Renewal fee", ReportFor::Recorded(_) => "Fee paid" }}</dt><dd>{report.fee.to_string()}</dd></div>
                <div><dt>"SEUs count from"</dt><dd>{format!("{} to {}", human(report.window.0), human(report.window.1))}</dd></div>
            </dl>
            <p class="help">"1 hour = 1 SEU; at most 8 SEUs count on one day."</p>
            <h4>"SEU entries counted"</h4>
            {if report.entries.is_empty() {
                view! { <p>"No SEU entry counts toward this renewal yet."</p> }.into_any()
            } else {
                view! {
                    <ScrollTable region="SEU entries counted (scrolls sideways)" class="report-entries" caption="SEU entries counted" heads=&ENTRY_HEADS>
                        {entries}
                    </ScrollTable>
                }.into_any()
            }}
            <h4>"Totals by category"</h4>
            <ScrollTable caption="Totals by category" heads=&["Category", "Entries", "SEUs counted"] foot=total_row>{totals}</ScrollTable>
        </article>
    }
}
