//! The SEU log as a spreadsheet file: download every entry as CSV, and log entries from a CSV
//! file (all rows or none, checked by `domain::seus::csv_file` and the gate's limits).

use leptos::prelude::*;

use crate::domain::seus::csv_file::{self, Column, CsvImport, CsvRejection};
use crate::ui::state::AppState;
use crate::ui::widgets::download::download_text;
use crate::ui::widgets::file_picker::{file_refused, reading_file, FilePicker};
use crate::ui::widgets::focus::focus;
use crate::ui::widgets::form::{problem_text, Card};

#[derive(Clone)]
enum Checked {
    Reading,
    Refused(CsvRejection),
    Ready(CsvImport),
}

/// Export and import of the SEU log as CSV.
#[component]
pub fn SeuCsvTools() -> impl IntoView {
    let app = AppState::get();
    let checked = RwSignal::new(None::<Checked>);
    let error = RwSignal::new(None::<String>);
    let export = move |_| {
        let today = app.today.get_untracked();
        let text = app.journey.with_untracked(|j| csv_file::export(j, today));
        error.set(download_text(&csv_file::filename(today), "text/csv;charset=utf-8", &text).err());
    };
    let on_pick = move |()| checked.set(Some(Checked::Reading));
    let on_read = move |read: Result<Vec<u8>, String>| {
        let answer = match read {
            Ok(bytes) => {
                let today = app.today.get_untracked();
                match app
                    .journey
                    .with_untracked(|j| csv_file::read_csv(&bytes, j, today))
                {
                    Ok(import) => Checked::Ready(import),
                    Err(rejection) => Checked::Refused(rejection),
                }
            }
            Err(message) => Checked::Refused(CsvRejection {
                problems: vec![csv_file::CsvProblem {
                    line: None,
                    column: None,
                    message,
                }],
            }),
        };
        checked.set(Some(answer));
        focus("csv-result");
    };
    let log_them = move |_| {
        let Some(Checked::Ready(import)) = checked.get_untracked() else {
            return;
        };
        let today = app.today.get_untracked();
        match app.apply(|j| csv_file::add_rows(j, import, today)) {
            Ok(report) => {
                checked.set(None);
                let mut message = format!(
                    "Logged {} {} from the file.",
                    report.added.len(),
                    if report.added.len() == 1 {
                        "entry"
                    } else {
                        "entries"
                    }
                );
                if !report.duplicates.is_empty() {
                    message.push_str(&format!(
                        " {} already logged were skipped.",
                        report.duplicates.len()
                    ));
                }
                app.notice.set(Some(message));
            }
            Err(rejection) => checked.set(Some(Checked::Refused(rejection))),
        }
    };
    let columns = Column::ALL
        .iter()
        .map(|c| c.header())
        .collect::<Vec<_>>()
        .join(", ");
    view! {
        <Card title_id="csv-title" heading="Your SEU log as a spreadsheet">
            <p>{format!("The file has the columns {columns}. To add entries from a file, it needs at least Date (YYYY-MM-DD), Title, Category, and Hours or Minutes.")}</p>
            <div class="actions">
                <button type="button" on:click=export>"Download the SEU log (CSV)"</button>
            </div>
            <p class="help">"The download suits a spreadsheet's \u{201c}CSV UTF-8 (comma delimited)\u{201d} setting."</p>
            {problem_text(error)}
            <FilePicker id="csv-file" label="Add SEU entries from a CSV file" accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain" on_pick on_read
                help="Columns may be separated by commas, semicolons or tabs; text in UTF-8, UTF-16 or Windows-1252. Nothing is logged until you confirm, and nothing at all if any row has a problem. Rows already in your log (same date, title and duration) are skipped."/>
            <div id="csv-result" tabindex="-1">
                {move || checked.get().map(|c| match c {
                    Checked::Reading => reading_file(),
                    Checked::Refused(rejection) => file_refused("Nothing was logged from this file.", &rejection.problems),
                    Checked::Ready(import) => {
                        let can_log = !import.rows.is_empty();
                        view! {
                            <div class="csv-preview">
                                <p data-testid="csv-summary">{import.summary_text()}</p>
                                <p class="help">{import.read_as.clone()}</p>
                                {(!import.duplicates.is_empty()).then(|| view! {
                                    <ul>{import.duplicates.iter().map(|d| view! { <li>{d.to_string()}</li> }).collect_view()}</ul>
                                })}
                                <div class="actions">
                                    {can_log.then(|| view! { <button type="button" on:click=log_them>"Log these entries"</button> })}
                                    <button type="button" class="secondary" on:click=move |_| checked.set(None)>"Cancel"</button>
                                </div>
                            </div>
                        }.into_any()
                    }
                })}
            </div>
        </Card>
    }
}
