//! "Download the audit pack": one `.zip` with the journey (the same JSON as a copy), the evidence
//! report of every renewal there is to report on as a web page, and every proof file kept in
//! this browser, in a folder per SEU entry (`domain::edge::audit_pack`).

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::basics::dates::human;
use crate::domain::edge::audit_pack::{proof_path, write_pack};
use crate::domain::renewals::evidence::{
    evidence_report, report_choices, EvidenceReport, ReportFor, ENTRY_HEADS,
};
use crate::domain::seus::proof::proof_key;
use crate::model::journey::Journey;
use crate::model::Choice;
use crate::store::local::export_text;
use crate::store::proofs;
use crate::ui::markup::push_text;
use crate::ui::state::AppState;
use crate::ui::widgets::download::download_bytes;
use crate::ui::widgets::form::{problem_text, Card};

/// A table of text cells: its head row (`heads`) and body rows, escaped.
fn push_table(out: &mut String, heads: &[&str], rows: impl Iterator<Item = Vec<String>>) {
    out.push_str("<table><thead><tr>");
    for head in heads {
        out.push_str("<th scope=\"col\">");
        push_text(out, head);
        out.push_str("</th>");
    }
    out.push_str("</tr></thead><tbody>");
    for row in rows {
        out.push_str("<tr>");
        for cell in row {
            out.push_str("<td>");
            push_text(out, &cell);
            out.push_str("</td>");
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table>");
}

/// One renewal's report as a section of the pack's page: the same facts as the report page.
fn push_report(out: &mut String, report: &EvidenceReport) {
    let heading = match report.which {
        ReportFor::Next => format!("SEU evidence for the renewal due {}", human(report.date)),
        ReportFor::Recorded(_) => format!("SEU evidence for the renewal of {}", human(report.date)),
    };
    let or_none = |d: Option<chrono::NaiveDate>| d.map_or_else(|| "not known".to_owned(), human);
    out.push_str("<section><h2>");
    push_text(out, &heading);
    out.push_str("</h2><h3>Certifications renewed</h3>");
    push_table(
        out,
        &["Certification", "Earned", "Due", "After renewal"],
        report.certifications.iter().map(|c| {
            vec![
                c.title.clone(),
                human(c.earned),
                or_none(c.due),
                or_none(c.renewed_to),
            ]
        }),
    );
    out.push_str("<h3>Requirement</h3>");
    push_table(
        out,
        &["SEUs required", "SEUs counted", "SEUs count from", "Fee"],
        std::iter::once(vec![
            report.required_minutes.seus_text(),
            report.counted_minutes.seus_text(),
            format!("{} to {}", human(report.window.0), human(report.window.1)),
            report.fee.to_string(),
        ]),
    );
    out.push_str("<h3>SEU entries counted</h3>");
    push_table(
        out,
        &ENTRY_HEADS,
        report.entries.iter().map(|e| e.cells().to_vec()),
    );
    out.push_str("<h3>Totals by category</h3>");
    push_table(
        out,
        &["Category", "Entries", "SEUs counted"],
        report.totals.iter().map(|t| {
            vec![
                t.category.label().to_owned(),
                t.entries.to_string(),
                t.counted_minutes.seus_text(),
            ]
        }),
    );
    out.push_str("</section>");
}

/// The pack's report page: every renewal there is to report on, ready to print.
fn report_page(journey: &Journey, today: chrono::NaiveDate) -> String {
    let mut out = String::from(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>SEU evidence</title>\
         <style>body{font:14px/1.45 system-ui,sans-serif;color:#1a1a1a;margin:2rem;}\
         table{border-collapse:collapse;margin:0 0 1rem;}th,td{border:1px solid #999;padding:.3rem .5rem;text-align:left;vertical-align:top;}\
         section{break-after:page;}@media print{body{margin:0;}}</style></head><body><h1>SEU evidence</h1><p>Scrum Certification Planner · made on ",
    );
    push_text(&mut out, &human(today));
    out.push_str("</p>");
    let reports: Vec<EvidenceReport> = report_choices(journey, today)
        .into_iter()
        .filter_map(|(which, _)| evidence_report(journey, which, today))
        .collect();
    if reports.is_empty() {
        out.push_str("<p>There is no renewal to report on.</p>");
    }
    for report in &reports {
        push_report(&mut out, report);
    }
    out.push_str("</body></html>");
    out
}

/// Builds the pack and offers it as a download; says what went wrong or which files were not
/// in this browser.
async fn download_pack(app: AppState) -> Result<String, String> {
    let journey = app.journey.get_untracked();
    let today = app.today.get_untracked();
    let mut files = Vec::new();
    let mut missing = Vec::new();
    for entry in &journey.seu_log {
        for proof in &entry.proofs {
            match proofs::get(&proof_key(entry.id, &proof.sha256)).await? {
                Some(bytes) => files.push((proof_path(entry, proof), bytes)),
                None => missing.push(format!("\"{}\"", proof.name)),
            }
        }
    }
    let borrowed: Vec<(String, &[u8])> = files
        .iter()
        .map(|(path, bytes)| (path.clone(), bytes.as_slice()))
        .collect();
    let pack = write_pack(
        &export_text(&journey),
        &report_page(&journey, today),
        &borrowed,
    )?;
    download_bytes(
        &format!("cert-planner-audit-pack-{today}.zip"),
        "application/zip",
        &pack,
    )?;
    Ok(match missing.len() {
        0 => format!("The audit pack holds your journey, the evidence report and {} proof files.", files.len()),
        _ => format!(
            "The audit pack is downloaded, without {}: not kept in this browser (attach them again).",
            missing.join(", ")
        ),
    })
}

/// The audit pack's card in Settings.
#[component]
pub fn AuditPack() -> impl IntoView {
    let app = AppState::get();
    let problem = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let download = move |_| {
        busy.set(true);
        problem.set(None);
        spawn_local(async move {
            match download_pack(app).await {
                Ok(said) => app.notice.set(Some(said)),
                Err(text) => problem.set(Some(text)),
            }
            busy.set(false);
        });
    };
    view! {
        <Card title_id="audit-pack-title" heading="Audit pack">
            <p>"One .zip file with your journey, the evidence report of each renewal and every proof file, in a folder per SEU entry: what an audit asks for, in one file. A copy of your data (its JSON file) holds no files."</p>
            <div class="actions">
                <button type="button" disabled=move || busy.get() on:click=download>"Download the audit pack"</button>
            </div>
            {problem_text(problem)}
        </Card>
    }
}
