//! The SEU plan: future activities from the sources with their expected SEUs, paced against the
//! next renewal (earned, planned, still missing, SEUs a month), with warnings, progress per
//! requirement and breakdowns. Every figure comes from `domain::seus::plan`.

use leptos::prelude::*;

use crate::ui::widgets::table::{headed_row, ScrollTable};

use crate::bind;
use crate::domain::records::field_error::{Problems, Typed};
use crate::domain::rules::limits::FIRST_DATE;
use crate::model::records::find_in;
use crate::model::{ActivityId, Choice, Minutes};
use crate::ui::widgets::form::{
    date_text, duration_text, Card, ChoiceSelect, Control, DurationFields, FormCard, Input,
    ReadTyped, TextArea,
};
use crate::ui::widgets::list::{item_actions, Editor, Removal, Said, UndoWords};

use crate::basics::dates::human;
use crate::domain::seus::plan::{
    format_pace, month_label, parts_progress, PlanDraft, PlanField, PlanProgress,
};

use crate::domain::advice::seu_ideas::SourceAndCategory;
use crate::model::plan::{Period, PlannedActivity, Recurrence, Schedule};
use crate::model::seu::{SeuCategory, SeuSource};
use crate::ui::state::AppState;
use crate::ui::widgets::progress::ProgressBar;
use crate::ui::widgets::seu_ideas::{
    first_to_fill, idea_picker, no_duration, SeuIdeas, SourceAndCategorySelects,
};

crate::choices! {
    /// How often a planned activity comes back, as the form chooses it.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    enum Repeats {
        Once => ("once", "Once"),
        Monthly => ("monthly", "Every few months"),
        Weekly => ("weekly", "Every few weeks"),
    }
}

/// The form's raw values, as typed.
#[derive(Clone, Debug, PartialEq)]
struct FormValues {
    title: String,
    kind: SourceAndCategory,
    hours: String,
    minutes: String,
    repeats: Repeats,
    date: String,
    every: String,
    until: String,
    notes: String,
}

impl FormValues {
    fn new(today: chrono::NaiveDate) -> Self {
        FormValues {
            title: String::new(),
            kind: SourceAndCategory::new(SeuSource::Webinar),
            hours: String::new(),
            minutes: String::new(),
            repeats: Repeats::Once,
            date: today.to_string(),
            every: "1".to_owned(),
            until: String::new(),
            notes: String::new(),
        }
    }

    fn from_activity(a: &PlannedActivity) -> Self {
        let date = a.schedule.first_date();
        let (repeats, every, until) = match a.schedule.recurrence() {
            None => (Repeats::Once, 1, None),
            Some((Period::Month, r)) => (Repeats::Monthly, r.every, r.until),
            Some((Period::Week, r)) => (Repeats::Weekly, r.every, r.until),
        };
        let (hours, minutes) = duration_text(a.minutes_each);
        FormValues {
            title: a.title.clone(),
            kind: SourceAndCategory::of_record(a.source, a.category),
            hours,
            minutes,
            repeats,
            date: date.to_string(),
            every: every.to_string(),
            until: date_text(until),
            notes: a.notes.clone(),
        }
    }

    /// Reads the typed values into a draft, noting what is wrong at each field. A duration, a
    /// first date or a count that cannot be read stands in the draft as nothing, as the end date
    /// (or the first date kept) and as 1, and an end date as none: the rules then say nothing of
    /// them at another field.
    fn parse(&self) -> Typed<PlanDraft, PlanField> {
        let mut problems = Problems::new();
        let minutes = problems.duration(PlanField::Duration, &self.hours, &self.minutes, "2 and 0");
        let date = problems.date(PlanField::Date, &self.date, "Enter a date.", "2027-03-01");
        let period = match self.repeats {
            Repeats::Once => None,
            Repeats::Monthly => Some(Period::Month),
            Repeats::Weekly => Some(Period::Week),
        };
        let schedule = match period {
            None => Schedule::Once {
                date: date.unwrap_or(FIRST_DATE),
            },
            Some(period) => {
                let every = self.every.trim().parse::<u32>().ok();
                problems.check(every.is_none(), PlanField::Every, || {
                    "Enter a whole number, for example 1.".into()
                });
                let until = problems.optional_date(
                    PlanField::Until,
                    &self.until,
                    "Enter a real date, or leave it empty.",
                );
                let recurrence = Recurrence {
                    every: every.unwrap_or(1),
                    from: date.or(until).unwrap_or(FIRST_DATE),
                    until,
                };
                Schedule::repeating(period, recurrence)
            }
        };
        problems.typed(Some(PlanDraft {
            title: self.title.clone(),
            source: self.kind.source,
            category: self.kind.category,
            minutes_each: minutes.unwrap_or(Minutes::ZERO),
            schedule,
            notes: self.notes.clone(),
        }))
    }
}

/// What the status line says once the form is saved.
fn said(draft: &PlanDraft) -> Said {
    let title = draft.title.trim();
    Said::quoted(format!("Planned \"{title}\"."), title)
}

#[component]
pub fn SeuPlannerPage() -> impl IntoView {
    let app = AppState::get();
    let editor = Editor::dated("plan", PlanField::Title, FormValues::new);
    let removal = Removal::at_place(|a: &PlannedActivity| {
        UndoWords::deleted(&a.title, " from the plan", "the plan")
    });
    let plan = app.plan;

    let start_edit = move |id: ActivityId| editor.edit_record(id, FormValues::from_activity);
    let delete = move |id: ActivityId| editor.remove_record(removal, id);

    view! {
        <h2 id="page-title" tabindex="-1">"SEU plan"</h2>
        {removal.notice()}
        <Card title_id="pace-title" heading="Against your next renewal">
            {move || match plan.get() {
                None => view! {
                    <p>"Nothing you hold needs SEUs, so there is no renewal to plan toward. "
                        <a href="#/certifications">"Add your certifications"</a>" first; you can still plan activities below."</p>
                }.into_any(),
                Some(p) => view! { <PaceSummary plan=p/> }.into_any(),
            }}
        </Card>
        <Card title_id="activities-title" heading="Planned activities">
            {move || {
                let list = app.journey.with(|j| j.planned_activities.clone());
                if list.is_empty() {
                    return view! { <p>"Nothing planned yet. Plan an activity with the form below, for example a webinar every month."</p> }.into_any();
                }
                let forecasts = plan.with(|p| p.as_ref().map(|p| p.activities.clone()).unwrap_or_default());
                let rows = list.into_iter().map(|a| {
                    let id = a.id;
                    let f = forecasts.iter().find(|f| f.id == id).cloned();
                    let toward = f.as_ref().map_or_else(|| "-".to_owned(), |f| f.toward_text(a.minutes_each));
                    let next = f.and_then(|f| f.next).map(human).unwrap_or_else(|| "none left".to_owned());
                    view! {
                        <tr>
                            <td><strong>{a.title.clone()}</strong><br/><span class="muted">{format!("{} · {}", a.category.label(), a.source.label())}</span>
                                {(!a.notes.is_empty()).then(|| view! { <p class="notes">{a.notes.clone()}</p> })}</td>
                            <td>{format!("{} SEUs", a.minutes_each.seus_text())}</td>
                            <td>{a.schedule.describe()}</td>
                            <td>{next}</td>
                            <td>{toward}</td>
                            <td>{item_actions(&a.title, "Delete", move || start_edit(id), move || delete(id), ())}</td>
                        </tr>
                    }
                }).collect_view();
                view! {
                    <ScrollTable region="Planned activities (scrolls sideways)" caption="Planned activities" heads=&["Activity", "Each time", "When", "Next", "Until the deadline", "Actions"]>
                        {rows}
                    </ScrollTable>
                }.into_any()
            }}
        </Card>
        <PlanForm editor/>
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
    let months = crate::basics::decimal::fixed_text(plan.months_left, 1);
    view! {
        <dl class="figures">
            <div><dt>"Earned so far"</dt><dd data-testid="plan-earned">{r.earned_minutes.seus_text()}</dd></div>
            <div><dt>"Planned"</dt><dd data-testid="plan-planned">{plan.planned_minutes.seus_text()}</dd></div>
            <div><dt>"Still missing"</dt><dd data-testid="plan-missing">{plan.still_missing_minutes.seus_text()}</dd></div>
            <div><dt>"Pace needed (SEUs a month)"</dt><dd data-testid="plan-pace">{format_pace(plan.pace_needed)}</dd></div>
        </dl>
        <p>{format!(
            "Your renewal is due {} and needs {} SEUs; {} months are left. Earning {} SEUs a month from today gets you there{}.",
            human(deadline),
            r.required_minutes.seus_text(),
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
        .iter()
        .map(|c| {
            let s = plan.by_category.get(c).copied().unwrap_or_default();
            let total = s.earned_minutes.saturating_add(s.planned_minutes);
            let seus = [s.earned_minutes, s.planned_minutes, total].map(Minutes::seus_text);
            headed_row(c.label().to_owned(), seus)
        })
        .collect_view();
    let months = plan
        .by_month
        .iter()
        .map(|(key, s)| {
            let seus = [s.earned_minutes, s.planned_minutes].map(Minutes::seus_text);
            headed_row(month_label(*key), seus)
        })
        .collect_view();
    let no_months = plan.by_month.is_empty();
    view! {
        <Card title_id="breakdown-title" heading="Breakdown">
            <p class="help">"SEUs that count toward the next renewal: earned (logged) and planned."</p>
            <h4 id="by-category-title">"By category"</h4>
            <ScrollTable region="SEUs by category (scrolls sideways)" labelled_by="by-category-title" heads=&["Category", "Earned", "Planned", "Total"]>
                {by_category}
            </ScrollTable>
            <h4 id="by-month-title">"By month"</h4>
            {if no_months {
                view! { <p>"Nothing earned or planned yet."</p> }.into_any()
            } else {
                view! {
                    <ScrollTable region="SEUs by month (scrolls sideways)" labelled_by="by-month-title" heads=&["Month", "Earned", "Planned"]>
                        {months}
                    </ScrollTable>
                }.into_any()
            }}
        </Card>
    }
}

#[component]
fn PlanForm(editor: Editor<ActivityId, FormValues, PlanField>) -> impl IntoView {
    let (form, kit) = (editor.form, editor.kit);
    let submit = editor.on_submit(FormValues::parse, said);
    let recurring = move || form.with(|f| f.repeats != Repeats::Once);
    let heading = editor.heading(
        |j, id| find_in(j, id).map(|a| a.title.clone()),
        |title| format!("Edit \"{title}\""),
        "Plan an activity",
    );
    // An idea fills the form; focus moves to the first field still to fill.
    let pick = idea_picker(
        form,
        kit,
        |f| (&mut f.kind, &mut f.title, (&mut f.hours, &mut f.minutes)),
        |f| {
            let duration = (PlanField::Duration, no_duration(&f.hours, &f.minutes));
            let date = (PlanField::Date, f.date.trim().is_empty());
            first_to_fill(&[duration, date], PlanField::Title)
        },
    );

    view! {
        <FormCard title_id="plan-form-title" heading on_submit=submit>
                <SeuIdeas pick/>
                <Input control=kit.control(PlanField::Title) label="Title" value=bind!(form => title) autocomplete="off"/>
                <SourceAndCategorySelects kind=bind!(form => kind) source=Control::new("plan-source") category=Control::new("plan-category")/>
                <DurationFields control=kit.control(PlanField::Duration) prefix="plan" legend="Each time (1 hour = 1 SEU)"
                    hours=bind!(form => hours) minutes=bind!(form => minutes)/>
                <ChoiceSelect<Repeats> control=Control::new("plan-repeats") label="Repeats" value=bind!(ids: form => repeats)/>
                <Input control=kit.control(PlanField::Date) label=move || if recurring() { "First date" } else { "Date" }
                    value=bind!(form => date) kind="date"/>
                <Show when=recurring>
                    <Input control=kit.control(PlanField::Every)
                        label=move || if form.with(|f| f.repeats == Repeats::Monthly) { "Every how many months" } else { "Every how many weeks" }
                        value=bind!(form => every) kind="number" min="1" step="1" inputmode="numeric"/>
                    <Input control=kit.control(PlanField::Until) label="Until (optional)" value=bind!(form => until) kind="date"/>
                </Show>
                <TextArea control=Control::new("plan-notes") label="Notes" value=bind!(form => notes)/>
                {editor.actions("Save changes", "Add to plan")}
        </FormCard>
    }
}
