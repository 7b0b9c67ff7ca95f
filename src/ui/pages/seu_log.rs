//! The SEU log: log, edit and delete activities; filter and sort the log; see on each entry what
//! counts toward the next renewal, and the totals at the top. Every figure comes from
//! `domain::seus::log`; this page parses input, renders and sends intents.

use leptos::prelude::*;

use crate::ui::widgets::table::ScrollTable;

use crate::bind;
use crate::domain::records::field_error::{Problems, Typed};
use crate::model::records::find_in;
use crate::model::{Choice, Minutes, SeuEntryId};
use crate::ui::markup;
use crate::ui::widgets::form::{
    duration_text, Card, ChoiceSelect, Control, DurationFields, FormCard, Input, ReadTyped,
    TextArea,
};
use crate::ui::widgets::list::{edit_name, remove_name, Editor, Removal, Said, UndoWords};
use crate::ui::widgets::markup_rows::MarkupRows;
use crate::ui::widgets::proof_files::{attach_files, dropped_files, ProofFiles};
use crate::ui::widgets::seu_csv::SeuCsvTools;
use crate::ui::widgets::seu_ideas::{
    first_to_fill, idea_picker, no_duration, SeuIdeas, SourceAndCategorySelects,
};
use wasm_bindgen::JsCast;

use crate::basics::dates::{human, parse_iso};
use crate::basics::order::SortDirection;
use crate::domain::advice::seu_ideas::SourceAndCategory;
use crate::domain::rules::catalogue::DAILY_SEU_CAP;
use crate::domain::rules::limits::{FIRST_DATE, MAX_WEB_LINK_CHARS};
use crate::domain::seus::log::{
    self, evidence_link, sorted_positions, standing_text, EntryField, LogFilter, LogSortKey,
    SeuDraft,
};
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

    /// Reads the typed values into a draft, noting what is wrong at each field. A date or a
    /// duration that cannot be read stands in the draft as the first date kept and as nothing:
    /// the rules say nothing of them at another field.
    fn parse(&self) -> Typed<SeuDraft, EntryField> {
        let mut problems = Problems::new();
        let date = problems.date(
            EntryField::Date,
            &self.date,
            "Enter the date of the activity.",
            "2026-03-14",
        );
        let minutes =
            problems.duration(EntryField::Duration, &self.hours, &self.minutes, "1 and 30");
        let draft = SeuDraft {
            date: date.unwrap_or(FIRST_DATE),
            minutes: minutes.unwrap_or(Minutes::ZERO),
            category: self.kind.category,
            source: self.kind.source,
            title: self.title.clone(),
            notes: self.notes.clone(),
            evidence: self.evidence.clone(),
        };
        problems.typed(Some(draft))
    }
}

/// One row of the table as markup (`ui::markup`): the same elements and button names the other
/// lists build (`item_actions`), with the entry's id on its buttons for the table's one click
/// handler (`data-edit`, `data-delete`) and in their element ids, so that a focused button is
/// focused again when the rows are drawn again (`ScrollTable`). Text is escaped; the evidence is
/// a link only when `evidence_link` says it is a web address.
fn push_row(out: &mut String, row: RowParts<'_>) {
    let RowParts {
        entry,
        standing,
        counts,
    } = row;
    out.push_str(&format!(
        "<tr data-entry=\"{}\"><td class=\"nowrap\">",
        entry.id
    ));
    out.push_str(&human(entry.date));
    out.push_str("</td><td><strong>");
    markup::push_text(out, &entry.title);
    out.push_str("</strong><br><span class=\"muted\">");
    markup::push_text(out, entry.category.label());
    out.push_str(" · ");
    markup::push_text(out, entry.source.label());
    out.push_str("</span>");
    match entry.proofs.len() {
        0 => {}
        count => out.push_str(&format!(
            "<br><span class=\"proof-count\"><span aria-hidden=\"true\">\u{1f4ce} </span>{count} proof file{}</span>",
            if count == 1 { "" } else { "s" }
        )),
    }
    if !entry.notes.is_empty() {
        out.push_str("<p class=\"notes\">");
        markup::push_text(out, &entry.notes);
        out.push_str("</p>");
    }
    if !entry.evidence.is_empty() {
        out.push_str("<p class=\"evidence\">Evidence: ");
        match evidence_link(&entry.evidence) {
            Some(link) => {
                out.push_str("<a href=\"");
                markup::push_text(out, &link);
                out.push_str("\" rel=\"noopener noreferrer\" target=\"_blank\">");
                markup::push_text(out, &entry.evidence);
                out.push_str("</a>");
            }
            None => markup::push_text(out, &entry.evidence),
        }
        out.push_str("</p>");
    }
    out.push_str("</td><td>");
    out.push_str(&entry.minutes.seus_text());
    out.push_str(if counts {
        "</td><td class=\"standing counts\">"
    } else {
        "</td><td class=\"standing\">"
    });
    markup::push_text(out, &standing);
    let id = entry.id;
    let edit = markup::text(&edit_name(&entry.title));
    let delete = markup::text(&remove_name("Delete", &entry.title));
    out.push_str(&format!(
        "</td><td><div class=\"actions\">\
         <button type=\"button\" class=\"secondary\" id=\"seu-edit-{id}\" aria-label=\"{edit}\" data-edit=\"{id}\">Edit</button>\
         <button type=\"button\" class=\"secondary\" id=\"seu-delete-{id}\" aria-label=\"{delete}\" data-delete=\"{id}\">Delete</button>\
         </div></td></tr>"
    ));
}

/// The entry an event in the table is for: the id in the attribute `attribute` of the nearest
/// element around its target that `selector` matches (a row's `data-entry`, a button's
/// `data-edit`).
fn entry_at(ev: &web_sys::Event, selector: &str, attribute: &str) -> Option<SeuEntryId> {
    let target: web_sys::Element = ev.target()?.dyn_into().ok()?;
    let element = target.closest(selector).ok()??;
    Some(SeuEntryId(element.get_attribute(attribute)?.parse().ok()?))
}

/// What a row shows of an entry.
struct RowParts<'a> {
    entry: &'a SeuEntry,
    standing: String,
    counts: bool,
}

/// The entry a click in the table is for, and whether it edits it (`data-edit`) or deletes it
/// (`data-delete`).
fn clicked(ev: &web_sys::MouseEvent) -> Option<(bool, SeuEntryId)> {
    match entry_at(ev, "button[data-edit]", "data-edit") {
        Some(id) => Some((true, id)),
        None => Some((false, entry_at(ev, "button[data-delete]", "data-delete")?)),
    }
}

/// The filter's raw values, as chosen.
#[derive(Clone, Debug, Default, PartialEq)]
struct FilterValues {
    category: Option<SeuCategory>,
    source: Option<SeuSource>,
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
                category: self.category,
                source: self.source,
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
    let sort_order = RwSignal::new(SortDirection::Descending);
    let shown_count = RwSignal::new(PAGE_SIZE);

    let progress = app.next_renewal;
    let parsed_filter = Memo::new(move |_| filter.with(|f| f.parse()));
    // Where every entry is in the log, in the order chosen: sorted again only when the log or
    // the order changes, not for each filter (at 5,000 entries a filter then costs a pass).
    let ordered = Memo::new(move |_| {
        let (key, order) = (sort_key.get(), sort_order.get());
        app.journey
            .with(|j| sorted_positions(&j.seu_log, &LogFilter::default(), key, order))
    });
    // Where the filtered entries are in the log, sorted, and the SEUs they log (cheap to
    // compare; read with the journey they were found in).
    let matching = Memo::new(move |_| {
        let (f, _) = parsed_filter.get();
        app.journey.with(|j| {
            ordered.with(|all| {
                let at: Vec<usize> = all
                    .iter()
                    .copied()
                    .filter(|&at| j.seu_log.get(at).is_some_and(|e| f.matches(e)))
                    .collect();
                let minutes = log::logged_minutes(at.iter().filter_map(|&at| j.seu_log.get(at)));
                (at, minutes)
            })
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
    // The rows shown, each its entry's id and its markup (`push_row`).
    let rows = Memo::new(move |_| {
        let limit = shown_count.get();
        progress.with(|p| {
            app.journey.with(|j| {
                matching.with(|(m, _)| {
                    let mut rows = Vec::new();
                    for entry in m.iter().take(limit).filter_map(|&at| j.seu_log.get(at)) {
                        let mut html = String::new();
                        let standing = p.as_ref().and_then(|p| p.entries.get(&entry.id).copied());
                        push_row(
                            &mut html,
                            RowParts {
                                entry,
                                standing: standing_text(entry, standing, p.as_ref(), j),
                                counts: standing.is_some_and(|s| s.minutes() > 0),
                            },
                        );
                        rows.push((entry.id.0, html));
                    }
                    rows
                })
            })
        })
    });

    let start_edit = move |id: SeuEntryId| editor.edit_record(id, FormValues::from_entry);
    let delete = move |id: SeuEntryId| editor.remove_record(removal, id);
    // Files dropped on a row are attached to its entry (`proof_files`); what was refused is
    // said on the status line.
    let dropped = move |ev: leptos::ev::DragEvent| {
        let files = dropped_files(&ev);
        if let (Some(entry), false) = (
            entry_at(&ev, "tr[data-entry]", "data-entry"),
            files.is_empty(),
        ) {
            leptos::task::spawn_local(async move {
                if let Some(problems) = attach_files(app, entry, files).await {
                    app.notice.set(Some(problems));
                }
            });
        }
    };

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
                // One click handler for every row's buttons (the rows are markup: `push_row`).
                // One drop handler too: files dropped on a row are attached to its entry.
                <div on:click=move |ev| match clicked(&ev) {
                    Some((true, id)) => start_edit(id),
                    Some((false, id)) => delete(id),
                    None => {}
                } on:dragover=|ev: leptos::ev::DragEvent| ev.prevent_default() on:drop=dropped>
                    <ScrollTable class="seu-table" described_by="log-summary" caption="Logged SEU activities"
                        heads=&["Date", "Activity", "SEUs", "Toward the next renewal", "Actions"]
                        body=view! { <MarkupRows rows/> }.into_any()/>
                </div>
                <p class="help">"To attach a certificate or receipt, drop its file on the entry's row, or edit the entry."</p>
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
fn Totals(progress: Memo<Option<log::RenewalProgress>>) -> impl IntoView {
    let app = AppState::get();
    view! {
        <Card title_id="totals-title" heading="Totals">
            {move || {
                let totals = app.journey.with(|j| progress.with(|p| log::totals(j, p.as_ref())));
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
                                "{} of {} SEUs count toward the renewal due {}. SEUs count from {} (the window before the expiry), at most {} a day, each once.",
                                counted.seus_text(), required.seus_text(), human(deadline), window_start, DAILY_SEU_CAP
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
    sort_order: RwSignal<SortDirection>,
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
                <ChoiceSelect<SeuCategory> control=Control::new("filter-category") label="Filter by category" value=bind!(ids: filter => category) any="All categories"/>
                <ChoiceSelect<SeuSource> control=Control::new("filter-source") label="Filter by source" value=bind!(ids: filter => source) any="All sources"/>
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
                        sort_order.set(if event_target_value(&ev) == "asc" { SortDirection::Ascending } else { SortDirection::Descending });
                    }>
                        <option value="desc" selected=move || sort_order.get() == SortDirection::Descending>"Newest, largest or Z first"</option>
                        <option value="asc" selected=move || sort_order.get() == SortDirection::Ascending>"Oldest, smallest or A first"</option>
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
                    label="Evidence link" value=bind!(form => evidence) inputmode="url" autocomplete="off" maxlength=MAX_WEB_LINK_CHARS/>
                <ProofFiles editing=editor.editing/>
                {editor.actions("Save changes", "Log activity")}
        </FormCard>
    }
}
