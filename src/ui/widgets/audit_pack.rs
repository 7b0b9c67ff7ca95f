//! "Download the audit pack": one `.zip` with the journey (the same JSON as a copy), the evidence
//! report of every renewal there is to report on as a web page, and every proof file kept in
//! this browser, in a folder per SEU entry (`domain::edge::audit_pack`).

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::basics::dates::human;
use crate::domain::edge::audit_pack::{proof_path, write_pack};
use crate::domain::renewals::evidence::{evidence_report, report_choices, EvidenceReport};
use crate::domain::seus::proof::proof_key;
use crate::model::journey::Journey;
use crate::store::local::export_text;
use crate::store::proofs;
use crate::ui::markup::push_text;
use crate::ui::state::AppState;
use crate::ui::widgets::download::download_bytes;
use crate::ui::widgets::evidence_report::Report;
use crate::ui::widgets::form::{problem_text, Card};

/// The rules of every style sheet this page uses, as text: the pack's report carries them, so
/// that it looks and prints as the report page does.
fn page_styles() -> String {
    let mut css = String::new();
    let sheets = document().style_sheets();
    for i in 0..sheets.length() {
        let Some(rules) = sheets
            .item(i)
            .and_then(|s| s.dyn_into::<web_sys::CssStyleSheet>().ok())
            .and_then(|s| s.css_rules().ok())
        else {
            continue;
        };
        for j in 0..rules.length() {
            if let Some(rule) = rules.item(j) {
                css.push_str(&rule.css_text());
                css.push('\n');
            }
        }
    }
    // A style element ends at the first "</style": never inside a rule's text.
    css.replace("</", "<\\/")
}

/// The markup the report page draws for `report` (`Report`, mounted off the page).
fn report_markup(report: EvidenceReport) -> String {
    let Ok(holder) = document().create_element("div") else {
        return String::new();
    };
    let mounted = leptos::mount::mount_to(holder.clone().unchecked_into(), move || {
        view! { <Report report/> }
    });
    let html = holder.inner_html();
    drop(mounted);
    html
}

/// The pack's report page: every renewal there is to report on, as the report page draws and
/// prints it.
fn report_page(journey: &Journey, today: chrono::NaiveDate) -> String {
    let mut out = String::from(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>SEU evidence</title><style>",
    );
    out.push_str(&page_styles());
    out.push_str("</style></head><body><main><div class=\"no-print\"><h1>Scrum Certification Planner</h1><h2>Evidence reports</h2><p>Made on ");
    push_text(&mut out, &human(today));
    out.push_str(". Each renewal's report prints on pages of its own.</p></div>");
    let mut none = true;
    for (which, _) in report_choices(journey, today) {
        if let Some(report) = evidence_report(journey, which, today) {
            out.push_str(&report_markup(report));
            none = false;
        }
    }
    if none {
        out.push_str("<p>There is no renewal to report on.</p>");
    }
    out.push_str("</main></body></html>");
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
