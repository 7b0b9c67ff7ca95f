//! One renewal's evidence report as the report page draws it, and as the audit pack keeps it
//! (`audit_pack`, which takes this markup and the page's style sheet, so that the pack's copy
//! prints as the page does).

use leptos::prelude::*;

use crate::basics::dates::human;
use crate::domain::renewals::evidence::{CountedEntry, EvidenceReport, ReportFor, ENTRY_HEADS};
use crate::model::Choice;
use crate::ui::widgets::table::{text_rows, ScrollTable};

/// The report of one renewal: certifications, requirement, the entries counted, the totals.
#[component]
pub fn Report(report: EvidenceReport) -> impl IntoView {
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
