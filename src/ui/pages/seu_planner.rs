//! The SEU plan: future activities from the sources with their expected SEUs, paced against the
//! next renewal (earned, planned, still missing, SEUs a month), with warnings, progress per
//! requirement and breakdowns. Every figure comes from `domain::planning`.

use leptos::prelude::*;

use crate::ui::widgets::focus::focus;
use crate::ui::widgets::form::finish_submit;

use crate::domain::catalogue::MINUTES_PER_SEU;
use crate::domain::dates::{human, parse_iso};
use crate::domain::planning::{
    self, format_pace, month_label, parts_progress, plan_progress, PlanDraft, PlanError, PlanField,
    PlanProgress, PlannedActivity, Schedule,
};
use crate::domain::seu::{format_seus, SeuCategory, SeuSource, MAX_ENTRY_MINUTES};
use crate::ui::state::AppState;
use crate::ui::widgets::progress::ProgressBar;

const ONCE: &str = "once";
const MONTHLY: &str = "monthly";
const WEEKLY: &str = "weekly";

/// The form's raw values, as typed.
#[derive(Clone, Debug, PartialEq)]
struct FormValues {
    title: String,
    source: String,
    category: String,
    hours: String,
    minutes: String,
    repeats: String,
    date: String,
    every: String,
    until: String,
    notes: String,
}

impl FormValues {
    fn new(today: chrono::NaiveDate) -> Self {
        FormValues {
            title: String::new(),
            source: SeuSource::Webinar.id().to_owned(),
            category: SeuCategory::Learning.id().to_owned(),
            hours: String::new(),
            minutes: String::new(),
            repeats: ONCE.to_owned(),
            date: today.to_string(),
            every: "1".to_owned(),
            until: String::new(),
            notes: String::new(),
        }
    }

    fn from_activity(a: &PlannedActivity) -> Self {
        let (repeats, date, every, until) = match &a.schedule {
            Schedule::Once { date } => (ONCE, *date, 1, None),
            Schedule::Monthly { every, from, until } => (MONTHLY, *from, *every, *until),
            Schedule::Weekly { every, from, until } => (WEEKLY, *from, *every, *until),
        };
        FormValues {
            title: a.title.clone(),
            source: a.source.id().to_owned(),
            category: a.category.id().to_owned(),
            hours: (a.minutes_each / MINUTES_PER_SEU).to_string(),
            minutes: (a.minutes_each % MINUTES_PER_SEU).to_string(),
            repeats: repeats.to_owned(),
            date: date.to_string(),
            every: every.to_string(),
            until: until.map(|d| d.to_string()).unwrap_or_default(),
            notes: a.notes.clone(),
        }
    }

    fn parse(&self) -> Result<PlanDraft, Vec<PlanError>> {
        let mut errors = Vec::new();
        let mut fail = |field, message: &str| {
            errors.push(PlanError {
                field,
                message: message.to_owned(),
            })
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
                    PlanField::Duration,
                    "Enter whole hours (0 to 24) and minutes (0 to 59), for example 2 and 0.",
                );
                None
            }
        };
        let date = match self.date.trim() {
            "" => {
                fail(PlanField::Date, "Enter a date.");
                None
            }
            t => parse_iso(t).or_else(|| {
                fail(
                    PlanField::Date,
                    "Enter a real date, for example 2027-03-01.",
                );
                None
            }),
        };
        let recurring = self.repeats != ONCE;
        let every = if recurring {
            match self.every.trim().parse::<u32>() {
                Ok(n) => Some(n),
                Err(_) => {
                    fail(PlanField::Every, "Enter a whole number, for example 1.");
                    None
                }
            }
        } else {
            Some(1)
        };
        let until = match self.until.trim() {
            "" => Some(None),
            _ if !recurring => Some(None),
            t => match parse_iso(t) {
                Some(d) => Some(Some(d)),
                None => {
                    fail(PlanField::Until, "Enter a real date, or leave it empty.");
                    None
                }
            },
        };
        let (Some(minutes_each), Some(date), Some(every), Some(until)) =
            (minutes, date, every, until)
        else {
            return Err(errors);
        };
        let schedule = match self.repeats.as_str() {
            MONTHLY => Schedule::Monthly {
                every,
                from: date,
                until,
            },
            WEEKLY => Schedule::Weekly {
                every,
                from: date,
                until,
            },
            _ => Schedule::Once { date },
        };
        Ok(PlanDraft {
            title: self.title.clone(),
            source: SeuSource::from_id(&self.source).unwrap_or(SeuSource::Other),
            category: SeuCategory::from_id(&self.category).unwrap_or(SeuCategory::Other),
            minutes_each,
            schedule,
            notes: self.notes.clone(),
        })
    }
}

fn field_id(field: PlanField) -> &'static str {
    match field {
        PlanField::Title => "plan-title",
        PlanField::Duration => "plan-hours",
        PlanField::Date => "plan-date",
        PlanField::Every => "plan-every",
        PlanField::Until => "plan-until",
    }
}

fn error_id(field: PlanField) -> &'static str {
    match field {
        PlanField::Title => "plan-title-error",
        PlanField::Duration => "plan-duration-error",
        PlanField::Date => "plan-date-error",
        PlanField::Every => "plan-every-error",
        PlanField::Until => "plan-until-error",
    }
}

#[component]
pub fn SeuPlannerPage() -> impl IntoView {
    let app = AppState::get();
    let editing = RwSignal::new(None::<u64>);
    let form = RwSignal::new(FormValues::new(app.today.get_untracked()));
    let removed = RwSignal::new(None::<(usize, PlannedActivity)>);
    let plan = Memo::new(move |_| app.journey.with(|j| plan_progress(j, app.today.get())));

    let start_edit = move |id: u64| {
        let found = app
            .journey
            .with_untracked(|j| j.planned_activities.iter().find(|a| a.id == id).cloned());
        if let Some(a) = found {
            form.set(FormValues::from_activity(&a));
            editing.set(Some(id));
            focus("plan-title");
        }
    };
    let delete = move |id: u64| {
        if let Ok((index, a)) = app.apply(|j| planning::remove_activity(j, id).ok_or(())) {
            app.notice
                .set(Some(format!("Deleted \"{}\" from the plan.", a.title)));
            if editing.get_untracked() == Some(id) {
                editing.set(None);
                form.set(FormValues::new(app.today.get_untracked()));
            }
            removed.set(Some((index, a)));
        }
    };
    let undo = move |_| {
        if let Some((index, a)) = removed.get_untracked() {
            let title = a.title.clone();
            let _ = app.apply(|j| {
                planning::restore_activity(j, index, a);
                Ok::<(), ()>(())
            });
            removed.set(None);
            app.notice
                .set(Some(format!("\"{title}\" is back in the plan.")));
        }
    };

    view! {
        <h2 id="page-title" tabindex="-1">"SEU plan"</h2>
        {move || removed.get().map(|(_, a)| view! {
            <p class="undo">
                {format!("\"{}\" was deleted. ", a.title)}
                <button type="button" on:click=undo>{format!("Undo deleting {}", a.title)}</button>
            </p>
        })}
        <section class="card" aria-labelledby="pace-title">
            <h3 id="pace-title">"Against your next renewal"</h3>
            {move || match plan.get() {
                None => view! {
                    <p>"Nothing you hold needs SEUs, so there is no renewal to plan toward. "
                        <a href="#/certifications">"Add your certifications"</a>" first; you can still plan activities below."</p>
                }.into_any(),
                Some(p) => view! { <PaceSummary plan=p/> }.into_any(),
            }}
        </section>
        <section class="card" aria-labelledby="activities-title">
            <h3 id="activities-title">"Planned activities"</h3>
            {move || {
                let list = app.journey.with(|j| j.planned_activities.clone());
                if list.is_empty() {
                    return view! { <p>"Nothing planned yet. Plan an activity with the form below, for example a webinar every month."</p> }.into_any();
                }
                let forecasts = plan.with(|p| p.as_ref().map(|p| p.activities.clone()).unwrap_or_default());
                let rows = list.into_iter().map(|a| {
                    let id = a.id;
                    let f = forecasts.iter().find(|f| f.id == id).cloned();
                    let toward = match &f {
                        Some(f) if f.counted_minutes == f.planned_minutes => format!("{} × = {} SEUs", f.occurrences, format_seus(f.counted_minutes)),
                        Some(f) => format!("{} × = {} SEUs, {} count (daily cap)", f.occurrences, format_seus(f.planned_minutes), format_seus(f.counted_minutes)),
                        None => "-".to_owned(),
                    };
                    let next = f.and_then(|f| f.next).map(human).unwrap_or_else(|| "none left".to_owned());
                    let title = a.title.clone();
                    let title2 = a.title.clone();
                    view! {
                        <tr>
                            <td><strong>{a.title.clone()}</strong><br/><span class="muted">{format!("{} · {}", a.category.label(), a.source.label())}</span>
                                {(!a.notes.is_empty()).then(|| view! { <p class="notes">{a.notes.clone()}</p> })}</td>
                            <td>{format!("{} SEUs", format_seus(a.minutes_each))}</td>
                            <td>{a.schedule.describe()}</td>
                            <td>{next}</td>
                            <td>{toward}</td>
                            <td><div class="actions">
                                <button type="button" class="secondary" aria-label=format!("Edit {title}") on:click=move |_| start_edit(id)>"Edit"</button>
                                <button type="button" class="secondary" aria-label=format!("Delete {title2}") on:click=move |_| delete(id)>"Delete"</button>
                            </div></td>
                        </tr>
                    }
                }).collect_view();
                view! {
                    <div class="table-scroll">
                        <table>
                            <caption class="visually-hidden">"Planned activities"</caption>
                            <thead><tr>
                                <th scope="col">"Activity"</th>
                                <th scope="col">"Each time"</th>
                                <th scope="col">"When"</th>
                                <th scope="col">"Next"</th>
                                <th scope="col">"Until the deadline"</th>
                                <th scope="col">"Actions"</th>
                            </tr></thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                }.into_any()
            }}
        </section>
        <PlanForm form editing/>
        {move || plan.get().map(|p| view! { <Breakdowns plan=p/> })}
    }
}

#[component]
fn PaceSummary(plan: PlanProgress) -> impl IntoView {
    let r = &plan.renewal;
    let deadline = r.deadline;
    let parts = parts_progress(&plan);
    let part_bars = (parts.len() > 1).then(|| {
        view! {
            <h4>"By certification"</h4>
            <p class="help">"SEUs are one pool; here they fill the highest certification's figure first."</p>
            {parts.into_iter().map(|part| view! {
                <ProgressBar label=part.code earned_minutes=part.earned_minutes planned_minutes=part.planned_minutes required_minutes=part.required_minutes/>
            }).collect_view()}
        }
    });
    let warnings = plan
        .warnings
        .iter()
        .map(|w| w.text(deadline))
        .collect::<Vec<_>>();
    let months = format!("{:.1}", plan.months_left);
    view! {
        <dl class="figures">
            <div><dt>"Earned so far"</dt><dd data-testid="plan-earned">{format_seus(r.earned_minutes)}</dd></div>
            <div><dt>"Planned"</dt><dd data-testid="plan-planned">{format_seus(plan.planned_minutes)}</dd></div>
            <div><dt>"Still missing"</dt><dd data-testid="plan-missing">{format_seus(plan.still_missing_minutes)}</dd></div>
            <div><dt>"Pace needed (SEUs a month)"</dt><dd data-testid="plan-pace">{format_pace(plan.pace_needed)}</dd></div>
        </dl>
        <p>{format!(
            "Your renewal is due {} and needs {} SEUs; {} months are left. Earning {} SEUs a month from today gets you there{}.",
            human(deadline),
            format_seus(r.required_minutes),
            months,
            format_pace(plan.pace_needed),
            if plan.still_missing_minutes > 0 {
                format!("; beyond what you planned, {} SEUs a month more", format_pace(plan.pace_beyond_plan))
            } else {
                "; your plan covers it".to_owned()
            }
        )}</p>
        {(!warnings.is_empty()).then(|| view! {
            <div class="plan-warnings" role="region" aria-label="Warnings">
                <h4>"Warnings"</h4>
                <ul>{warnings.into_iter().map(|w| view! { <li>{w}</li> }).collect_view()}</ul>
            </div>
        })}
        <h4>"Progress"</h4>
        <ProgressBar label="All certifications" earned_minutes=r.earned_minutes planned_minutes=plan.planned_minutes required_minutes=r.required_minutes/>
        {part_bars}
    }
}

#[component]
fn Breakdowns(plan: PlanProgress) -> impl IntoView {
    let by_category = SeuCategory::ALL
        .into_iter()
        .map(|c| {
            let s = plan.by_category.get(&c).copied().unwrap_or_default();
            view! {
                <tr>
                    <th scope="row">{c.label()}</th>
                    <td>{format_seus(s.earned_minutes)}</td>
                    <td>{format_seus(s.planned_minutes)}</td>
                    <td>{format_seus(s.earned_minutes + s.planned_minutes)}</td>
                </tr>
            }
        })
        .collect_view();
    let months = plan
        .by_month
        .iter()
        .map(|(key, s)| {
            view! {
                <tr>
                    <th scope="row">{month_label(*key)}</th>
                    <td>{format_seus(s.earned_minutes)}</td>
                    <td>{format_seus(s.planned_minutes)}</td>
                </tr>
            }
        })
        .collect_view();
    let no_months = plan.by_month.is_empty();
    view! {
        <section class="card" aria-labelledby="breakdown-title">
            <h3 id="breakdown-title">"Breakdown"</h3>
            <p class="help">"SEUs that count toward the next renewal: earned (logged) and planned."</p>
            <h4 id="by-category-title">"By category"</h4>
            <div class="table-scroll">
                <table aria-labelledby="by-category-title">
                    <thead><tr><th scope="col">"Category"</th><th scope="col">"Earned"</th><th scope="col">"Planned"</th><th scope="col">"Total"</th></tr></thead>
                    <tbody>{by_category}</tbody>
                </table>
            </div>
            <h4 id="by-month-title">"By month"</h4>
            {if no_months {
                view! { <p>"Nothing earned or planned yet."</p> }.into_any()
            } else {
                view! {
                    <div class="table-scroll">
                        <table aria-labelledby="by-month-title">
                            <thead><tr><th scope="col">"Month"</th><th scope="col">"Earned"</th><th scope="col">"Planned"</th></tr></thead>
                            <tbody>{months}</tbody>
                        </table>
                    </div>
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn PlanForm(form: RwSignal<FormValues>, editing: RwSignal<Option<u64>>) -> impl IntoView {
    let app = AppState::get();
    let errors = RwSignal::new(Vec::<PlanError>::new());
    let error_for = move |field: PlanField| {
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
            match editing.get_untracked() {
                Some(id) => app
                    .apply(|j| planning::update_activity(j, id, draft, today))
                    .map(|_| format!("Saved your changes to \"{title}\".")),
                None => app
                    .apply(|j| planning::add_activity(j, draft, today))
                    .map(|_| format!("Planned \"{title}\".")),
            }
        });
        finish_submit(app, result, errors, |e| field_id(e.field), reset);
    };
    let set = move |update: fn(&mut FormValues, String)| {
        move |ev| form.update(|f| update(f, event_target_value(&ev)))
    };
    let field_error = move |field: PlanField| {
        move || {
            error_for(field)
                .map(|message| view! { <p class="field-error" id=error_id(field)>{message}</p> })
        }
    };
    let invalid = move |field: PlanField| move || error_for(field).map(|_| "true");
    let described = move |field: PlanField| move || error_for(field).map(|_| error_id(field));
    let recurring = move || form.with(|f| f.repeats != ONCE);
    let heading = move || match editing.get().and_then(|id| {
        app.journey.with(|j| {
            j.planned_activities
                .iter()
                .find(|a| a.id == id)
                .map(|a| a.title.clone())
        })
    }) {
        Some(title) => format!("Edit \"{title}\""),
        None => "Plan an activity".to_owned(),
    };

    view! {
        <section class="card" aria-labelledby="plan-form-title">
            <h3 id="plan-form-title">{heading}</h3>
            <form on:submit=submit novalidate>
                <div class="field">
                    <label for="plan-title">"Title"</label>
                    <input id="plan-title" type="text" autocomplete="off" prop:value=move || form.with(|f| f.title.clone())
                        on:input=set(|f, v| f.title = v)
                        aria-invalid=invalid(PlanField::Title) aria-describedby=described(PlanField::Title)/>
                    {field_error(PlanField::Title)}
                </div>
                <div class="field">
                    <label for="plan-source">"Source"</label>
                    <select id="plan-source" prop:value=move || form.with(|f| f.source.clone()) on:change=set(|f, v| f.source = v)>
                        {SeuSource::ALL.into_iter().map(|s| view! { <option value=s.id() selected=move || form.with(|f| f.source == s.id())>{s.label()}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="plan-category">"Category"</label>
                    <select id="plan-category" prop:value=move || form.with(|f| f.category.clone()) on:change=set(|f, v| f.category = v)>
                        {SeuCategory::ALL.into_iter().map(|c| view! { <option value=c.id() selected=move || form.with(|f| f.category == c.id())>{c.label()}</option> }).collect_view()}
                    </select>
                </div>
                <fieldset class="duration">
                    <legend>"Each time (1 hour = 1 SEU)"</legend>
                    <div class="duration-fields">
                        <div class="field">
                            <label for="plan-hours">"Hours"</label>
                            <input id="plan-hours" type="number" min="0" max="24" step="1" inputmode="numeric"
                                prop:value=move || form.with(|f| f.hours.clone()) on:input=set(|f, v| f.hours = v)
                                aria-invalid=invalid(PlanField::Duration) aria-describedby=described(PlanField::Duration)/>
                        </div>
                        <div class="field">
                            <label for="plan-minutes">"Minutes"</label>
                            <input id="plan-minutes" type="number" min="0" max="59" step="1" inputmode="numeric"
                                prop:value=move || form.with(|f| f.minutes.clone()) on:input=set(|f, v| f.minutes = v)
                                aria-invalid=invalid(PlanField::Duration) aria-describedby=described(PlanField::Duration)/>
                        </div>
                    </div>
                    {field_error(PlanField::Duration)}
                </fieldset>
                <div class="field">
                    <label for="plan-repeats">"Repeats"</label>
                    <select id="plan-repeats" prop:value=move || form.with(|f| f.repeats.clone()) on:change=set(|f, v| f.repeats = v)>
                        <option value=ONCE selected=move || form.with(|f| f.repeats == ONCE)>"Once"</option>
                        <option value=MONTHLY selected=move || form.with(|f| f.repeats == MONTHLY)>"Every few months"</option>
                        <option value=WEEKLY selected=move || form.with(|f| f.repeats == WEEKLY)>"Every few weeks"</option>
                    </select>
                </div>
                <div class="field">
                    <label for="plan-date">{move || if recurring() { "First date" } else { "Date" }}</label>
                    <input id="plan-date" type="date" prop:value=move || form.with(|f| f.date.clone())
                        on:input=set(|f, v| f.date = v) on:change=set(|f, v| f.date = v)
                        aria-invalid=invalid(PlanField::Date) aria-describedby=described(PlanField::Date)/>
                    {field_error(PlanField::Date)}
                </div>
                <Show when=recurring>
                    <div class="field">
                        <label for="plan-every">{move || if form.with(|f| f.repeats == MONTHLY) { "Every how many months" } else { "Every how many weeks" }}</label>
                        <input id="plan-every" type="number" min="1" step="1" inputmode="numeric"
                            prop:value=move || form.with(|f| f.every.clone()) on:input=set(|f, v| f.every = v)
                            aria-invalid=invalid(PlanField::Every) aria-describedby=described(PlanField::Every)/>
                        {field_error(PlanField::Every)}
                    </div>
                    <div class="field">
                        <label for="plan-until">"Until (optional)"</label>
                        <input id="plan-until" type="date" prop:value=move || form.with(|f| f.until.clone())
                            on:input=set(|f, v| f.until = v) on:change=set(|f, v| f.until = v)
                            aria-invalid=invalid(PlanField::Until) aria-describedby=described(PlanField::Until)/>
                        {field_error(PlanField::Until)}
                    </div>
                </Show>
                <div class="field">
                    <label for="plan-notes">"Notes"</label>
                    <textarea id="plan-notes" rows="2" prop:value=move || form.with(|f| f.notes.clone()) on:input=set(|f, v| f.notes = v)></textarea>
                </div>
                <div class="actions">
                    <button type="submit">{move || if editing.get().is_some() { "Save changes" } else { "Add to plan" }}</button>
                    <Show when=move || editing.get().is_some()>
                        <button type="button" class="secondary" on:click=move |_| reset()>"Cancel editing"</button>
                    </Show>
                </div>
            </form>
        </section>
    }
}
