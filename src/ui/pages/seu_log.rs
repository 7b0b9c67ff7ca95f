//! The SEU log: log, edit and delete activities; filter and sort the log; see on each entry what
//! counts toward the next renewal, and the totals at the top. Every figure comes from
//! `domain::seu`; this page parses input, renders and sends intents.

use leptos::prelude::*;

use crate::ui::widgets::table::ScrollTable;

use crate::bind;
use crate::domain::field_error::Problems;
use crate::model::records::find_in;
use crate::model::{Choice, SeuEntryId};
use crate::ui::widgets::form::{
    duration_text, Card, ChoiceSelect, Control, DurationFields, FormCard, Input, ReadTyped,
    TextArea,
};
use crate::ui::widgets::list::{item_actions, Editor, Removal, Said, UndoWords};
use crate::ui::widgets::seu_csv::SeuCsvTools;
use crate::ui::widgets::seu_ideas::{
    first_to_fill, idea_picker, no_duration, SeuIdeas, SourceAndCategorySelects,
};

use crate::domain::dates::{human, parse_iso};
use crate::domain::seu::{
    self, evidence_link, filter_and_sort, next_renewal, standing_text, EntryError, EntryField,
    LogFilter, LogSortKey, SeuDraft, SortOrder,
};
use crate::domain::seu_ideas::SourceAndCategory;
use crate::model::seu::{SeuCategory, SeuEntry, SeuSource};
use crate::ui::state::AppState;

/// Rows rendered at a time; "Show more" adds as many again.
const PAGE_SIZE: usize = 50;

/// The form's raw values, as typed.
#[derive(Clone, Debug, PartialEq)]
struct FormValues {
    date: String,
    hours: String,
    minutes: String,
    kind: SourceAndCategory,
    title: String,
    notes: String,
    evidence: String,
}

impl FormValues {
    fn new(today: chrono::NaiveDate) -> Self {
        FormValues {
            date: today.to_string(),
            hours: String::new(),
            minutes: String::new(),
            kind: SourceAndCategory::new(SeuSource::Reading),
            title: String::new(),
            notes: String::new(),
            evidence: String::new(),
        }
    }

    fn from_entry(entry: &SeuEntry) -> Self {
        let (hours, minutes) = duration_text(entry.minutes);
        FormValues {
            date: entry.date.to_string(),
            hours,
            minutes,
            kind: SourceAndCategory::of_record(entry.source, entry.category),
            title: entry.title.clone(),
            notes: entry.notes.clone(),
            evidence: entry.evidence.clone(),
        }
    }

    /// Parses the typed values into a draft, or says what is wrong at each field.
    fn parse(&self) -> Result<SeuDraft, Vec<EntryError>> {
        let mut problems = Problems::new();
        let date = problems.date(
            EntryField::Date,
            &self.date,
            "Enter the date of the activity.",
            "2026-03-14",
        );
        let minutes =
            problems.duration(EntryField::Duration, &self.hours, &self.minutes, "1 and 30");
        match (date, minutes) {
            (Some(date), Some(minutes)) => Ok(SeuDraft {
                date,
                minutes,
                category: self.kind.category,
                source: self.kind.source,
                title: self.title.clone(),
                notes: self.notes.clone(),
                evidence: self.evidence.clone(),
            }),
            _ => Err(problems.into_vec()),
        }
    }
}

/// One row of the table, all of it text computed once. The table is keyed by the whole row: a
/// change draws only the rows it changes (an entry added at the top of 5,000 draws one row, not
/// every row below it again).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct Row {
    id: SeuEntryId,
    date: String,
    title: String,
    kind: String,
    notes: String,
    evidence: String,
    evidence_link: Option<String>,
    seus: String,
    standing: String,
    counts: bool,
}

/// The filter's raw values, as chosen.
#[derive(Clone, Debug, Default, PartialEq)]
struct FilterValues {
    category: String,
    source: String,
    from: String,
    to: String,
}

impl FilterValues {
    /// The filter, and an error text per date that could not be read.
    fn parse(&self) -> (LogFilter, Option<&'static str>) {
        let date = |text: &str| match text.trim() {
            "" => (None, false),
            t => (parse_iso(t), parse_iso(t).is_none()),
        };
        let (from, bad_from) = date(&self.from);
        let (to, bad_to) = date(&self.to);
        let problem = (bad_from || bad_to).then_some("Enter real dates, for example 2026-01-31.");
        (
            LogFilter {
                category: SeuCategory::from_id(&self.category),
                source: SeuSource::from_id(&self.source),
                from,
                to,
            },
            problem,
        )
    }
}

/// What the status line says once the form is saved.
fn said(draft: &SeuDraft) -> Said {
    let title = draft.title.trim();
    let added = format!("Logged {} SEUs: \"{title}\".", draft.minutes.seus_text());
    Said::quoted(added, title)
}

#[component]
pub fn SeuLogPage() -> impl IntoView {
    let app = AppState::get();
    let editor = Editor::dated("seu", EntryField::Date, FormValues::new);
    let removal =
        Removal::at_place(|entry: &SeuEntry| UndoWords::deleted(&entry.title, "", "the log"));
    let filter = RwSignal::new(FilterValues::default());
    let sort_key = RwSignal::new(LogSortKey::Date);
    let sort_order = RwSignal::new(SortOrder::Descending);
    let shown_count = RwSignal::new(PAGE_SIZE);

    let progress = app.as_of_today(next_renewal);
    let parsed_filter = Memo::new(move |_| filter.with(|f| f.parse()));
    // The filtered, sorted ids and the SEUs they log (cheap to compare).
    let matching = Memo::new(move |_| {
        let (f, _) = parsed_filter.get();
        app.journey.with(|j| {
            let list = filter_and_sort(&j.seu_log, &f, sort_key.get(), sort_order.get());
            let minutes = seu::logged_minutes(list.iter().copied());
            (list.into_iter().map(|e| e.id).collect::<Vec<_>>(), minutes)
        })
    });
    // Back to the first page whenever the filter or sort changes (only when more was shown:
    // setting it anew would build the rows again for nothing).
    Effect::new(move |_| {
        parsed_filter.track();
        sort_key.track();
        sort_order.track();
        if shown_count.get_untracked() != PAGE_SIZE {
            shown_count.set(PAGE_SIZE);
        }
    });
    let rows = Memo::new(move |_| {
        let limit = shown_count.get();
        progress.with(|p| {
            app.journey.with(|j| {
                let by_id: std::collections::HashMap<SeuEntryId, &SeuEntry> =
                    j.seu_log.iter().map(|e| (e.id, e)).collect();
                matching.with(|(m, _)| {
                    m.iter()
                        .take(limit)
                        .filter_map(|id| by_id.get(id).copied())
                        .map(|e| {
                            let standing = p.as_ref().and_then(|p| p.entries.get(&e.id).copied());
                            Row {
                                id: e.id,
                                date: human(e.date),
                                title: e.title.clone(),
                                kind: format!("{} · {}", e.category.label(), e.source.label()),
                                notes: e.notes.clone(),
                                evidence: e.evidence.clone(),
                                evidence_link: evidence_link(&e.evidence),
                                seus: e.minutes.seus_text(),
                                standing: standing_text(e, standing, p.as_ref(), j),
                                counts: standing.is_some_and(|s| s.minutes() > 0),
                            }
                        })
                        .collect::<Vec<_>>()
                })
            })
        })
    });

    let start_edit = move |id: SeuEntryId| editor.edit_record(id, FormValues::from_entry);
    let delete = move |id: SeuEntryId| editor.remove_record(removal, id);

    view! {
        <h2 id="page-title" tabindex="-1">"SEU log"</h2>
        {removal.notice()}
        <Totals progress/>
        <SeuForm editor/>
        <Card title_id="log-title" heading="Your log">
            <FilterControls filter sort_key sort_order parsed_filter/>
            <p id="log-summary" role="status">{move || {
                let total = app.journey.with(|j| j.seu_log.len());
                let (count, minutes) = matching.with(|(m, minutes)| (m.len(), *minutes));
                let shown = count.min(shown_count.get());
                let filtered = !parsed_filter.with(|(f, _)| f.is_empty());
                if total == 0 {
                    "Nothing logged yet. Log your first activity with the form above.".to_owned()
                } else if filtered {
                    format!("{count} of {total} entries match, {} SEUs logged. Showing {shown}.", minutes.seus_text())
                } else {
                    format!("{total} entries, {} SEUs logged. Showing {shown}.", minutes.seus_text())
                }
            }}</p>
            <Show when=move || !rows.with(Vec::is_empty)>
                <ScrollTable class="seu-table" described_by="log-summary" caption="Logged SEU activities"
                    heads=&["Date", "Activity", "SEUs", "Toward the next renewal", "Actions"]>
                            <For each=move || rows.get() key=|row| row.clone() children=move |row| {
                                let id = row.id;
                                let evidence = match (row.evidence_link.clone(), row.evidence.is_empty()) {
                                    (Some(link), _) => Some(view! { <p class="evidence">"Evidence: " <a href=link rel="noopener noreferrer" target="_blank">{row.evidence.clone()}</a></p> }.into_any()),
                                    (None, false) => Some(view! { <p class="evidence">"Evidence: " {row.evidence.clone()}</p> }.into_any()),
                                    (None, true) => None,
                                };
                                view! {
                                    <tr>
                                        <td class="nowrap">{row.date}</td>
                                        <td>
                                            <strong>{row.title.clone()}</strong>
                                            <br/><span class="muted">{row.kind}</span>
                                            {(!row.notes.is_empty()).then(|| view! { <p class="notes">{row.notes.clone()}</p> })}
                                            {evidence}
                                        </td>
                                        <td>{row.seus}</td>
                                        <td class=if row.counts { "standing counts" } else { "standing" }>{row.standing}</td>
                                        <td>
                                            {item_actions(&row.title, "Delete", move || start_edit(id), move || delete(id), ())}
                                        </td>
                                    </tr>
                                }
                            }/>
                </ScrollTable>
            </Show>
            <Show when=move || { matching.with(|(m, _)| m.len()) > shown_count.get() }>
                <button type="button" on:click=move |_| shown_count.update(|n| *n += PAGE_SIZE)>
                    {move || format!("Show more ({} more)", matching.with(|(m, _)| m.len()).saturating_sub(shown_count.get()).min(PAGE_SIZE))}
                </button>
            </Show>
        </Card>
        <SeuCsvTools/>
    }
}

/// The figures at the top: logged, counted toward the next renewal, deadline.
#[component]
fn Totals(progress: Memo<Option<seu::RenewalProgress>>) -> impl IntoView {
    let app = AppState::get();
    view! {
        <Card title_id="totals-title" heading="Totals">
            {move || {
                let totals = app.journey.with(|j| progress.with(|p| seu::totals(j, p.as_ref())));
                let logged = view! {
                    <div><dt>"Logged"</dt><dd data-testid="seus-logged">{totals.logged_minutes.seus_text()}</dd></div>
                };
                match (totals.counted_minutes, totals.required_minutes, totals.deadline) {
                    (Some(counted), Some(required), Some(deadline)) => {
                        let window_start = progress.with(|p| p.as_ref().map(|p| human(p.window_start)).unwrap_or_default());
                        view! {
                            <dl class="figures">
                                {logged}
                                <div><dt>"Count toward the next renewal"</dt><dd data-testid="seus-counted">{counted.seus_text()}</dd></div>
                                <div><dt>"Required"</dt><dd data-testid="seus-required">{required.seus_text()}</dd></div>
                                <div><dt>"Deadline"</dt><dd data-testid="seu-deadline">{human(deadline)}</dd></div>
                            </dl>
                            <p>{format!(
                                "{} of {} SEUs count toward the renewal due {}. SEUs count from {} (the window before the expiry), at most 8 a day, each once.",
                                counted.seus_text(), required.seus_text(), human(deadline), window_start
                            )}</p>
                        }.into_any()
                    }
                    _ => view! {
                        <dl class="figures">{logged}</dl>
                        <p>"Nothing you hold needs SEUs, so nothing counts toward a renewal yet. "
                            <a href="#/certifications">"Add your certifications"</a>" to see what counts."</p>
                    }.into_any(),
                }
            }}
        </Card>
    }
}

#[component]
fn FilterControls(
    filter: RwSignal<FilterValues>,
    sort_key: RwSignal<LogSortKey>,
    sort_order: RwSignal<SortOrder>,
    parsed_filter: Memo<(LogFilter, Option<&'static str>)>,
) -> impl IntoView {
    let set = move |update: fn(&mut FilterValues, String)| {
        move |ev| filter.update(|f| update(f, event_target_value(&ev)))
    };
    let problem = move || parsed_filter.with(|(_, p)| *p);
    // A date of the filter; both show the one problem below the filter.
    let date_field = move |id: &'static str,
                           label: &'static str,
                           get: fn(&FilterValues) -> String,
                           put: fn(&mut FilterValues, String)| {
        view! {
            <div class="field">
                <label for=id>{label}</label>
                <input id=id type="date" prop:value=move || filter.with(get) on:change=set(put)
                    aria-invalid=move || problem().map(|_| "true") aria-describedby=move || problem().map(|_| "filter-error")/>
            </div>
        }
    };
    view! {
        <fieldset class="filters">
            <legend>"Filter and sort"</legend>
            <div class="filter-grid">
                <ChoiceSelect<SeuCategory> control=Control::new("filter-category") label="Filter by category" value=bind!(filter => category) any="All categories"/>
                <ChoiceSelect<SeuSource> control=Control::new("filter-source") label="Filter by source" value=bind!(filter => source) any="All sources"/>
                {date_field("filter-from", "From date", |f| f.from.clone(), |f, v| f.from = v)}
                {date_field("filter-to", "To date", |f| f.to.clone(), |f, v| f.to = v)}
                <div class="field">
                    <label for="sort-key">"Sort by"</label>
                    <select id="sort-key" on:change=move |ev| {
                        let v = event_target_value(&ev);
                        if let Some(k) = LogSortKey::from_id(&v) { sort_key.set(k); }
                    }>
                        {LogSortKey::ALL.iter().copied().map(|k| view! { <option value=k.id() selected=move || sort_key.get() == k>{k.label()}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="sort-order">"Order"</label>
                    <select id="sort-order" on:change=move |ev| {
                        sort_order.set(if event_target_value(&ev) == "asc" { SortOrder::Ascending } else { SortOrder::Descending });
                    }>
                        <option value="desc" selected=move || sort_order.get() == SortOrder::Descending>"Newest, largest or Z first"</option>
                        <option value="asc" selected=move || sort_order.get() == SortOrder::Ascending>"Oldest, smallest or A first"</option>
                    </select>
                </div>
            </div>
            {move || problem().map(|p| view! { <p class="field-error" id="filter-error">{p}</p> })}
            <div class="actions">
                <button type="button" class="secondary" on:click=move |_| filter.set(FilterValues::default())>"Clear filters"</button>
            </div>
        </fieldset>
    }
}

#[component]
fn SeuForm(editor: Editor<SeuEntryId, FormValues, EntryField>) -> impl IntoView {
    let app = AppState::get();
    let (form, kit) = (editor.form, editor.kit);
    let submit = editor.on_submit(FormValues::parse, said);
    let heading = editor.heading(
        |j, id| find_in(j, id).map(|e| e.title.clone()),
        |title| format!("Edit \"{title}\""),
        "Log an activity",
    );
    let today = Signal::derive(move || app.today.get().to_string());
    // An idea fills the form; focus moves to the first field still to fill.
    let pick = idea_picker(
        form,
        kit,
        |f| (&mut f.kind, &mut f.title, (&mut f.hours, &mut f.minutes)),
        |f| {
            let date = (EntryField::Date, f.date.trim().is_empty());
            let duration = (EntryField::Duration, no_duration(&f.hours, &f.minutes));
            first_to_fill(&[date, duration], EntryField::Title)
        },
    );

    view! {
        <FormCard title_id="seu-form-title" heading on_submit=submit>
                <SeuIdeas pick/>
                <Input control=kit.control(EntryField::Date) label="Date" value=bind!(form => date) kind="date" max=today/>
                <DurationFields control=kit.control(EntryField::Duration) prefix="seu" legend="Duration (1 hour = 1 SEU)"
                    hours=bind!(form => hours) minutes=bind!(form => minutes)/>
                <SourceAndCategorySelects kind=bind!(form => kind) source=kit.control(EntryField::Source) category=kit.control(EntryField::Category)/>
                <Input control=kit.control(EntryField::Title) label="Title" value=bind!(form => title) autocomplete="off"/>
                <TextArea control=Control::new("seu-notes") label="Notes" value=bind!(form => notes)/>
                <Input control=kit.control(EntryField::Evidence).help("Optional: a certificate or receipt. Shown as a link only for http and https addresses.")
                    label="Evidence link" value=bind!(form => evidence) inputmode="url" autocomplete="off" maxlength="2000"/>
                {editor.actions("Save changes", "Log activity")}
        </FormCard>
    }
}
