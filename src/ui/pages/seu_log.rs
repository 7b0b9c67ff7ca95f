//! The SEU log: log, edit and delete activities; filter and sort the log; see on each entry what
//! counts toward the next renewal, and the totals at the top. Every figure comes from
//! `domain::seu`; this page parses input, renders and sends intents.

use leptos::prelude::*;

use crate::ui::widgets::focus::focus;
use crate::ui::widgets::form::finish_submit;

use crate::domain::catalogue::MINUTES_PER_SEU;
use crate::domain::dates::{human, parse_iso};
use crate::domain::seu::{
    self, evidence_link, filter_and_sort, format_seus, next_renewal, standing_text, EntryError,
    EntryField, LogFilter, SeuCategory, SeuDraft, SeuEntry, SeuSource, SortKey, SortOrder,
    MAX_ENTRY_MINUTES,
};
use crate::ui::state::AppState;

/// Rows rendered at a time; "Show more" adds as many again.
const PAGE_SIZE: usize = 100;

/// The form's raw values, as typed.
#[derive(Clone, Debug, PartialEq)]
struct FormValues {
    date: String,
    hours: String,
    minutes: String,
    category: String,
    source: String,
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
            category: SeuCategory::Learning.id().to_owned(),
            source: SeuSource::Reading.id().to_owned(),
            title: String::new(),
            notes: String::new(),
            evidence: String::new(),
        }
    }

    fn from_entry(entry: &SeuEntry) -> Self {
        FormValues {
            date: entry.date.to_string(),
            hours: (entry.minutes / MINUTES_PER_SEU).to_string(),
            minutes: (entry.minutes % MINUTES_PER_SEU).to_string(),
            category: entry.category.id().to_owned(),
            source: entry.source.id().to_owned(),
            title: entry.title.clone(),
            notes: entry.notes.clone(),
            evidence: entry.evidence.clone(),
        }
    }

    /// Parses the typed values into a draft, or says what is wrong at each field.
    fn parse(&self) -> Result<SeuDraft, Vec<EntryError>> {
        let mut errors = Vec::new();
        let mut fail = |field, message: &str| {
            errors.push(EntryError {
                field,
                message: message.to_owned(),
            })
        };
        let date = match self.date.trim() {
            "" => {
                fail(EntryField::Date, "Enter the date of the activity.");
                None
            }
            text => parse_iso(text).or_else(|| {
                fail(
                    EntryField::Date,
                    "Enter a real date, for example 2026-03-14.",
                );
                None
            }),
        };
        let number = |text: &str| -> Option<u32> {
            match text.trim() {
                "" => Some(0),
                t => t.parse::<u32>().ok(),
            }
        };
        let minutes = match (number(&self.hours), number(&self.minutes)) {
            (Some(h), Some(m))
                if m < MINUTES_PER_SEU && h <= MAX_ENTRY_MINUTES / MINUTES_PER_SEU =>
            {
                Some(h * MINUTES_PER_SEU + m)
            }
            _ => {
                fail(
                    EntryField::Duration,
                    "Enter whole hours (0 to 24) and minutes (0 to 59), for example 1 and 30.",
                );
                None
            }
        };
        let category = SeuCategory::from_id(&self.category);
        if category.is_none() {
            fail(EntryField::Category, "Choose a category from the list.");
        }
        let source = SeuSource::from_id(&self.source);
        if source.is_none() {
            fail(EntryField::Source, "Choose a source from the list.");
        }
        match (date, minutes, category, source) {
            (Some(date), Some(minutes), Some(category), Some(source)) => Ok(SeuDraft {
                date,
                minutes,
                category,
                source,
                title: self.title.clone(),
                notes: self.notes.clone(),
                evidence: self.evidence.clone(),
            }),
            _ => Err(errors),
        }
    }
}

fn field_id(field: EntryField) -> &'static str {
    match field {
        EntryField::Date => "seu-date",
        EntryField::Duration => "seu-hours",
        EntryField::Category => "seu-category",
        EntryField::Source => "seu-source",
        EntryField::Title => "seu-title",
        EntryField::Evidence => "seu-evidence",
    }
}

fn error_id(field: EntryField) -> &'static str {
    match field {
        EntryField::Date => "seu-date-error",
        EntryField::Duration => "seu-duration-error",
        EntryField::Category => "seu-category-error",
        EntryField::Source => "seu-source-error",
        EntryField::Title => "seu-title-error",
        EntryField::Evidence => "seu-evidence-error",
    }
}

/// One row of the table, all of it text computed once.
#[derive(Clone, Debug, PartialEq)]
struct Row {
    id: u64,
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

#[component]
pub fn SeuLogPage() -> impl IntoView {
    let app = AppState::get();
    let editing = RwSignal::new(None::<u64>);
    let form = RwSignal::new(FormValues::new(app.today.get_untracked()));
    let removed = RwSignal::new(None::<(usize, SeuEntry)>);
    let filter = RwSignal::new(FilterValues::default());
    let sort_key = RwSignal::new(SortKey::Date);
    let sort_order = RwSignal::new(SortOrder::Descending);
    let shown_count = RwSignal::new(PAGE_SIZE);

    let progress = Memo::new(move |_| app.journey.with(|j| next_renewal(j, app.today.get())));
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
    // Back to the first page whenever the filter or sort changes.
    Effect::new(move |_| {
        parsed_filter.track();
        sort_key.track();
        sort_order.track();
        shown_count.set(PAGE_SIZE);
    });
    let rows = Memo::new(move |_| {
        let limit = shown_count.get();
        progress.with(|p| {
            app.journey.with(|j| {
                let by_id: std::collections::HashMap<u64, &SeuEntry> =
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
                                seus: format_seus(e.minutes),
                                standing: standing_text(e, standing, p.as_ref(), j),
                                counts: standing.is_some_and(|s| s.minutes() > 0),
                            }
                        })
                        .collect::<Vec<_>>()
                })
            })
        })
    });

    let start_edit = move |id: u64| {
        let entry = app
            .journey
            .with_untracked(|j| j.seu_log.iter().find(|e| e.id == id).cloned());
        if let Some(entry) = entry {
            form.set(FormValues::from_entry(&entry));
            editing.set(Some(id));
            focus("seu-date");
        }
    };
    let delete = move |id: u64| {
        if let Ok((index, entry)) = app.apply(|j| seu::remove_entry(j, id).ok_or(())) {
            app.notice
                .set(Some(format!("Deleted \"{}\".", entry.title)));
            if editing.get_untracked() == Some(id) {
                editing.set(None);
                form.set(FormValues::new(app.today.get_untracked()));
            }
            removed.set(Some((index, entry)));
        }
    };
    let undo = move |_| {
        if let Some((index, entry)) = removed.get_untracked() {
            let title = entry.title.clone();
            let _ = app.apply(|j| {
                seu::restore_entry(j, index, entry);
                Ok::<(), ()>(())
            });
            removed.set(None);
            app.notice
                .set(Some(format!("\"{title}\" is back in the log.")));
        }
    };

    view! {
        <h2 id="page-title" tabindex="-1">"SEU log"</h2>
        {move || removed.get().map(|(_, entry)| view! {
            <p class="undo">
                {format!("\"{}\" was deleted. ", entry.title)}
                <button type="button" on:click=undo>{format!("Undo deleting {}", entry.title)}</button>
            </p>
        })}
        <Totals progress/>
        <SeuForm form editing/>
        <section class="card" aria-labelledby="log-title">
            <h3 id="log-title">"Your log"</h3>
            <FilterControls filter sort_key sort_order parsed_filter/>
            <p id="log-summary" role="status">{move || {
                let total = app.journey.with(|j| j.seu_log.len());
                let (count, minutes) = matching.with(|(m, minutes)| (m.len(), *minutes));
                let shown = count.min(shown_count.get());
                let filtered = !parsed_filter.with(|(f, _)| f.is_empty());
                if total == 0 {
                    "Nothing logged yet. Log your first activity with the form above.".to_owned()
                } else if filtered {
                    format!("{count} of {total} entries match, {} SEUs logged. Showing {shown}.", format_seus(minutes))
                } else {
                    format!("{total} entries, {} SEUs logged. Showing {shown}.", format_seus(minutes))
                }
            }}</p>
            <Show when=move || !rows.with(Vec::is_empty)>
                <div class="table-scroll">
                    <table class="seu-table" aria-describedby="log-summary">
                        <caption class="visually-hidden">"Logged SEU activities"</caption>
                        <thead>
                            <tr>
                                <th scope="col">"Date"</th>
                                <th scope="col">"Activity"</th>
                                <th scope="col">"SEUs"</th>
                                <th scope="col">"Toward the next renewal"</th>
                                <th scope="col">"Actions"</th>
                            </tr>
                        </thead>
                        <tbody>
                            {move || rows.get().into_iter().map(|row| {
                                let id = row.id;
                                let title = row.title.clone();
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
                                            <div class="actions">
                                                <button type="button" class="secondary" aria-label=format!("Edit {title}") on:click=move |_| start_edit(id)>"Edit"</button>
                                                <button type="button" class="secondary" aria-label=format!("Delete {}", row.title) on:click=move |_| delete(id)>"Delete"</button>
                                            </div>
                                        </td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            </Show>
            <Show when=move || { matching.with(|(m, _)| m.len()) > shown_count.get() }>
                <button type="button" on:click=move |_| shown_count.update(|n| *n += PAGE_SIZE)>
                    {move || format!("Show more ({} more)", matching.with(|(m, _)| m.len()).saturating_sub(shown_count.get()).min(PAGE_SIZE))}
                </button>
            </Show>
        </section>
    }
}

/// The figures at the top: logged, counted toward the next renewal, deadline.
#[component]
fn Totals(progress: Memo<Option<seu::RenewalProgress>>) -> impl IntoView {
    let app = AppState::get();
    view! {
        <section class="card" aria-labelledby="totals-title">
            <h3 id="totals-title">"Totals"</h3>
            {move || {
                let totals = app.journey.with(|j| progress.with(|p| seu::totals(j, p.as_ref())));
                let logged = view! {
                    <div><dt>"Logged"</dt><dd data-testid="seus-logged">{format_seus(totals.logged_minutes)}</dd></div>
                };
                match (totals.counted_minutes, totals.required_minutes, totals.deadline) {
                    (Some(counted), Some(required), Some(deadline)) => {
                        let window_start = progress.with(|p| p.as_ref().map(|p| human(p.window_start)).unwrap_or_default());
                        view! {
                            <dl class="figures">
                                {logged}
                                <div><dt>"Count toward the next renewal"</dt><dd data-testid="seus-counted">{format_seus(counted)}</dd></div>
                                <div><dt>"Required"</dt><dd data-testid="seus-required">{format_seus(required)}</dd></div>
                                <div><dt>"Deadline"</dt><dd data-testid="seu-deadline">{human(deadline)}</dd></div>
                            </dl>
                            <p>{format!(
                                "{} of {} SEUs count toward the renewal due {}. SEUs count from {} (the window before the expiry), at most 8 a day, each once.",
                                format_seus(counted), format_seus(required), human(deadline), window_start
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
        </section>
    }
}

#[component]
fn FilterControls(
    filter: RwSignal<FilterValues>,
    sort_key: RwSignal<SortKey>,
    sort_order: RwSignal<SortOrder>,
    parsed_filter: Memo<(LogFilter, Option<&'static str>)>,
) -> impl IntoView {
    let set = move |update: fn(&mut FilterValues, String)| {
        move |ev| filter.update(|f| update(f, event_target_value(&ev)))
    };
    let problem = move || parsed_filter.with(|(_, p)| *p);
    view! {
        <fieldset class="filters">
            <legend>"Filter and sort"</legend>
            <div class="filter-grid">
                <div class="field">
                    <label for="filter-category">"Filter by category"</label>
                    <select id="filter-category" on:change=set(|f, v| f.category = v) prop:value=move || filter.with(|f| f.category.clone())>
                        <option value="">"All categories"</option>
                        {SeuCategory::ALL.into_iter().map(|c| view! { <option value=c.id()>{c.label()}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="filter-source">"Filter by source"</label>
                    <select id="filter-source" on:change=set(|f, v| f.source = v) prop:value=move || filter.with(|f| f.source.clone())>
                        <option value="">"All sources"</option>
                        {SeuSource::ALL.into_iter().map(|s| view! { <option value=s.id()>{s.label()}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="filter-from">"From date"</label>
                    <input id="filter-from" type="date" prop:value=move || filter.with(|f| f.from.clone())
                        on:change=set(|f, v| f.from = v)
                        aria-invalid=move || problem().map(|_| "true") aria-describedby=move || problem().map(|_| "filter-error")/>
                </div>
                <div class="field">
                    <label for="filter-to">"To date"</label>
                    <input id="filter-to" type="date" prop:value=move || filter.with(|f| f.to.clone())
                        on:change=set(|f, v| f.to = v)
                        aria-invalid=move || problem().map(|_| "true") aria-describedby=move || problem().map(|_| "filter-error")/>
                </div>
                <div class="field">
                    <label for="sort-key">"Sort by"</label>
                    <select id="sort-key" on:change=move |ev| {
                        let v = event_target_value(&ev);
                        if let Some(k) = SortKey::ALL.into_iter().find(|k| k.label() == v) { sort_key.set(k); }
                    }>
                        {SortKey::ALL.into_iter().map(|k| view! { <option value=k.label() selected=move || sort_key.get() == k>{k.label()}</option> }).collect_view()}
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
fn SeuForm(form: RwSignal<FormValues>, editing: RwSignal<Option<u64>>) -> impl IntoView {
    let app = AppState::get();
    let errors = RwSignal::new(Vec::<EntryError>::new());
    let error_for = move |field: EntryField| {
        errors.with(|e| {
            e.iter()
                .find(|e| e.field == field)
                .map(|e| e.message.clone())
        })
    };
    let reset = move || {
        form.set(FormValues::new(app.today.get_untracked()));
        editing.set(None);
        errors.set(Vec::new());
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let today = app.today.get_untracked();
        let result = form.get_untracked().parse().and_then(|draft| {
            let title = draft.title.trim().to_owned();
            let seus = format_seus(draft.minutes);
            match editing.get_untracked() {
                Some(id) => app
                    .apply(|j| seu::update_entry(j, id, draft, today))
                    .map(|_| format!("Saved your changes to \"{title}\".")),
                None => app
                    .apply(|j| seu::add_entry(j, draft, today))
                    .map(|_| format!("Logged {seus} SEUs: \"{title}\".")),
            }
        });
        finish_submit(app, result, errors, |e| field_id(e.field), reset);
    };
    let set = move |update: fn(&mut FormValues, String)| {
        move |ev| form.update(|f| update(f, event_target_value(&ev)))
    };
    let field_error = move |field: EntryField| {
        move || {
            error_for(field)
                .map(|message| view! { <p class="field-error" id=error_id(field)>{message}</p> })
        }
    };
    let invalid = move |field: EntryField| move || error_for(field).map(|_| "true");
    let described = move |field: EntryField| move || error_for(field).map(|_| error_id(field));
    let heading = move || match editing.get().and_then(|id| {
        app.journey.with(|j| {
            j.seu_log
                .iter()
                .find(|e| e.id == id)
                .map(|e| e.title.clone())
        })
    }) {
        Some(title) => format!("Edit \"{title}\""),
        None => "Log an activity".to_owned(),
    };
    let today = move || app.today.get().to_string();

    view! {
        <section class="card" aria-labelledby="seu-form-title">
            <h3 id="seu-form-title">{heading}</h3>
            <form on:submit=submit novalidate>
                <div class="field">
                    <label for="seu-date">"Date"</label>
                    <input id="seu-date" type="date" max=today prop:value=move || form.with(|f| f.date.clone())
                        on:input=set(|f, v| f.date = v) on:change=set(|f, v| f.date = v)
                        aria-invalid=invalid(EntryField::Date) aria-describedby=described(EntryField::Date)/>
                    {field_error(EntryField::Date)}
                </div>
                <fieldset class="duration">
                    <legend>"Duration (1 hour = 1 SEU)"</legend>
                    <div class="duration-fields">
                        <div class="field">
                            <label for="seu-hours">"Hours"</label>
                            <input id="seu-hours" type="number" min="0" max="24" step="1" inputmode="numeric"
                                prop:value=move || form.with(|f| f.hours.clone()) on:input=set(|f, v| f.hours = v)
                                aria-invalid=invalid(EntryField::Duration) aria-describedby=described(EntryField::Duration)/>
                        </div>
                        <div class="field">
                            <label for="seu-minutes">"Minutes"</label>
                            <input id="seu-minutes" type="number" min="0" max="59" step="1" inputmode="numeric"
                                prop:value=move || form.with(|f| f.minutes.clone()) on:input=set(|f, v| f.minutes = v)
                                aria-invalid=invalid(EntryField::Duration) aria-describedby=described(EntryField::Duration)/>
                        </div>
                    </div>
                    {field_error(EntryField::Duration)}
                </fieldset>
                <div class="field">
                    <label for="seu-category">"Category"</label>
                    <select id="seu-category" prop:value=move || form.with(|f| f.category.clone()) on:change=set(|f, v| f.category = v)
                        aria-invalid=invalid(EntryField::Category) aria-describedby=described(EntryField::Category)>
                        {SeuCategory::ALL.into_iter().map(|c| view! { <option value=c.id() selected=move || form.with(|f| f.category == c.id())>{c.label()}</option> }).collect_view()}
                    </select>
                    {field_error(EntryField::Category)}
                </div>
                <div class="field">
                    <label for="seu-source">"Source"</label>
                    <select id="seu-source" prop:value=move || form.with(|f| f.source.clone()) on:change=set(|f, v| f.source = v)
                        aria-invalid=invalid(EntryField::Source) aria-describedby=described(EntryField::Source)>
                        {SeuSource::ALL.into_iter().map(|s| view! { <option value=s.id() selected=move || form.with(|f| f.source == s.id())>{s.label()}</option> }).collect_view()}
                    </select>
                    {field_error(EntryField::Source)}
                </div>
                <div class="field">
                    <label for="seu-title">"Title"</label>
                    <input id="seu-title" type="text" autocomplete="off" prop:value=move || form.with(|f| f.title.clone())
                        on:input=set(|f, v| f.title = v)
                        aria-invalid=invalid(EntryField::Title) aria-describedby=described(EntryField::Title)/>
                    {field_error(EntryField::Title)}
                </div>
                <div class="field">
                    <label for="seu-notes">"Notes"</label>
                    <textarea id="seu-notes" rows="2" prop:value=move || form.with(|f| f.notes.clone()) on:input=set(|f, v| f.notes = v)></textarea>
                </div>
                <div class="field">
                    <label for="seu-evidence">"Evidence link"</label>
                    <input id="seu-evidence" type="text" inputmode="url" autocomplete="off" aria-describedby="seu-evidence-help"
                        prop:value=move || form.with(|f| f.evidence.clone()) on:input=set(|f, v| f.evidence = v)/>
                    <p class="help" id="seu-evidence-help">"Optional: a certificate or receipt. Shown as a link only for http and https addresses."</p>
                </div>
                <div class="actions">
                    <button type="submit">{move || if editing.get().is_some() { "Save changes" } else { "Log activity" }}</button>
                    <Show when=move || editing.get().is_some()>
                        <button type="button" class="secondary" on:click=move |_| reset()>"Cancel editing"</button>
                    </Show>
                </div>
            </form>
        </section>
    }
}
