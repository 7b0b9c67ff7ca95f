//! The certifications page: add, edit and remove held certifications; see each one's status,
//! expiry and days left, and the combined renewal requirement.

use leptos::prelude::*;

use crate::model::journey::Journey;

use crate::bind;
use crate::domain::records::field_error::{Problems, Typed};
use crate::model::{records, CertificationId};
use crate::ui::widgets::form::{
    choice_option, date_text, Checkbox, Control, FormCard, FormKit, Input, ReadTyped, Select,
    TextArea,
};
use crate::ui::widgets::list::{keyed_list, Editor, Removal, Said, UndoWords};

use crate::basics::dates::human;
use crate::domain::advice::guide;
use crate::domain::records::certifications::{self, CertificationDraft, Field};
use crate::domain::rules::catalogue::{CertificationKind, Expiry, Track, CATALOGUE, DAILY_SEU_CAP};
use crate::domain::rules::renewal::standings;
use crate::domain::training::{
    offer_certifications, record_taken_course, validate_taken, OfferField, TakenCourse,
};
use crate::model::journey::HeldCertification;
use crate::ui::state::AppState;
use crate::ui::widgets::standing::{expiry_text, RequirementSummary, StatusBadge};

/// The form's raw values, as typed.
#[derive(Clone, Debug, PartialEq)]
struct FormValues {
    kind: CertificationKind,
    name: String,
    earned: String,
    expires: String,
    license_accepted: bool,
    experience_validated: bool,
    notes: String,
}

impl Default for FormValues {
    fn default() -> Self {
        FormValues {
            kind: CertificationKind::Cspo,
            name: String::new(),
            earned: String::new(),
            expires: String::new(),
            license_accepted: true,
            experience_validated: false,
            notes: String::new(),
        }
    }
}

impl FormValues {
    fn from_held(held: &HeldCertification) -> Self {
        FormValues {
            kind: held.kind,
            name: held.name.clone(),
            earned: held.earned.to_string(),
            expires: date_text(held.expires),
            license_accepted: held.license_accepted,
            experience_validated: held.experience_validated,
            notes: held.notes.clone(),
        }
    }

    /// Reads the typed values into a draft, noting what is wrong at each field.
    fn parse(&self) -> Typed<CertificationDraft, Field> {
        let mut problems = Problems::new();
        let earned = problems.date(
            Field::Earned,
            &self.earned,
            "Enter the date you earned it.",
            "2025-03-14",
        );
        let expires = problems.optional_date(
            Field::Expires,
            &self.expires,
            "Enter a real date, or leave it empty if it does not expire.",
        );
        let draft = earned.map(|earned| CertificationDraft {
            kind: self.kind,
            name: self.name.clone(),
            earned,
            expires,
            license_accepted: self.license_accepted,
            experience_validated: self.experience_validated,
            notes: self.notes.clone(),
        });
        problems.typed(draft)
    }
}

/// What the status line says once the form is saved.
fn said(draft: &CertificationDraft) -> Said {
    let title = if draft.kind.user_named() {
        draft.name.trim().to_owned()
    } else {
        draft.kind.code().to_owned()
    };
    Said::changes_to(format!("Added {title}."), &title)
}

/// The form's values of the item `id`, to edit it.
fn held_values(journey: &Journey, id: CertificationId) -> Option<FormValues> {
    journey.certification(id).map(FormValues::from_held)
}

#[component]
pub fn CertificationsPage() -> impl IntoView {
    let app = AppState::get();
    let editor = Editor::new("cert", Field::Kind, FormValues::default);
    let removal =
        Removal::at_place(|held: &HeldCertification| UndoWords::removed("", &held.title()));
    let all = app.as_of_today(standings);

    let start_edit = move |id: CertificationId| editor.edit(id, held_values);
    let remove = move |id: CertificationId| {
        let dependants = app.journey.with_untracked(|j| {
            certifications::dependants(j, id)
                .iter()
                .map(|c| c.title())
                .collect::<Vec<_>>()
        });
        removal.remove(
            |j| records::remove(j, id),
            |(_, held)| {
                let mut text = format!("Removed {}.", held.title());
                if !dependants.is_empty() {
                    text.push_str(&format!(
                        " {} needed it as a prerequisite.",
                        dependants.join(", ")
                    ));
                }
                text
            },
        );
        editor.forget(id);
    };

    view! {
        <h2 id="page-title" tabindex="-1">"Certifications"</h2>
        {removal.notice()}
        <section aria-labelledby="held-title">
            <h3 id="held-title">"What you hold"</h3>
            <Show when=move || all.with(|a| !a.is_empty()) fallback=|| view! { <p>"You have not recorded a certification yet. Add one with the form below, or record a course you took with \u{201c}I took a course\u{201d}."</p> }>
                <ul class="cert-list">
                    {keyed_list(all, |s| s.id, move |s| {
                        let id = s.id;
                        let held = app.journey.with_untracked(|j| j.certification(id).cloned());
                        let earned = held.as_ref().map(|h| human(h.earned)).unwrap_or_default();
                        let notes = held.map(|h| h.notes).unwrap_or_default();
                        let title = s.title.clone();
                        view! {
                            <li class="card cert" aria-label=title.clone()>
                                <h4>{title.clone()}</h4>
                                <p><StatusBadge status=s.status/></p>
                                <dl>
                                    <div><dt>"Earned"</dt><dd>{earned}</dd></div>
                                    <div><dt>"Expires"</dt><dd>{expiry_text(&s)}</dd></div>
                                </dl>
                                {(!notes.is_empty()).then(|| view! { <p class="notes">{notes}</p> })}
                                <div class="actions">
                                    <button type="button" on:click=move |_| start_edit(id)>{format!("Edit {title}")}</button>
                                    <button type="button" class="secondary" on:click=move |_| remove(id)>{format!("Remove {}", s.title)}</button>
                                </div>
                            </li>
                        }
                    })}
                </ul>
            </Show>
        </section>
        <CertificationForm editor/>
        <TookCourseForm/>
        <RequirementSummary journey=app.journey heading_level=3/>
    }
}

#[component]
fn CertificationForm(editor: Editor<CertificationId, FormValues, Field>) -> impl IntoView {
    let app = AppState::get();
    let (form, kit) = (editor.form, editor.kit);
    let kind = move || form.with(|f| f.kind);
    let user_named = move || kind().user_named();
    let user_expiry = move || kind().entry().expiry == Expiry::UserGiven;
    let needs_experience = move || kind().entry().needs_experience;
    let scrum_alliance = move || kind().entry().scrum_alliance;
    let today = Signal::derive(move || app.today.get().to_string());

    let submit = editor.on_submit(FormValues::parse, said);
    let heading = editor.heading(
        |j, id| j.certification(id).map(|c| c.title()),
        |title| format!("Edit {title}"),
        "Add a certification",
    );
    let kind_value = bind!(ids: form => kind);

    view! {
        <FormCard title_id="form-title" heading on_submit=submit>
                <Select control=kit.control(Field::Kind) label="Certification" value=kind_value>
                    {[Track::ProductOwner, Track::ScrumMaster, Track::Developer, Track::AgileLeadership, Track::Coaching, Track::Trainer, Track::Microcredential, Track::OtherBody]
                        .into_iter()
                        .map(|track| view! {
                            <optgroup label=track.label()>
                                {CATALOGUE.iter().filter(|e| e.track == track).map(|e| {
                                    let label = if e.user_named_label() { e.name.to_owned() } else { format!("{} ({}){}", e.code, e.name, if e.legacy { ", legacy" } else { "" }) };
                                    choice_option(kind_value, e.kind.id(), label)
                                }).collect_view()}
                            </optgroup>
                        })
                        .collect_view()}
                </Select>
                <Show when=user_named>
                    <Input control=kit.control(Field::Name) label="Name of the certification" value=bind!(form => name) autocomplete="off"/>
                </Show>
                <Input control=kit.control(Field::Earned) label="Date earned" value=bind!(form => earned) kind="date" max=today/>
                <Show when=user_expiry>
                    <Input control=kit.control(Field::Expires) label="Expiry date (leave empty if it does not expire)" value=bind!(form => expires) kind="date"/>
                </Show>
                <Show when=scrum_alliance>
                    <Checkbox control=Control::new("cert-license").help(guide::LICENSE_HELP) label="License agreement accepted" checked=bind!(form => license_accepted)/>
                </Show>
                <Show when=needs_experience>
                    <Checkbox control=Control::new("cert-experience").help(guide::EXPERIENCE_HELP) label="Work experience validated by Scrum Alliance" checked=bind!(form => experience_validated)/>
                </Show>
                <TextArea control=Control::new("cert-notes") label="Notes" value=bind!(form => notes)/>
                {editor.actions("Save changes", "Add certification")}
        </FormCard>
    }
}

/// The "I took a course" form's raw values, as typed.
#[derive(Clone, Debug, PartialEq)]
struct CourseValues {
    certification: CertificationKind,
    first_day: String,
    last_day: String,
    course_days: String,
    hours: String,
}

impl Default for CourseValues {
    fn default() -> Self {
        CourseValues {
            certification: CertificationKind::Cspo,
            first_day: String::new(),
            last_day: String::new(),
            course_days: String::new(),
            hours: String::new(),
        }
    }
}

impl CourseValues {
    /// Reads the typed values into a course taken, noting what is wrong at each field.
    fn parse(&self) -> Typed<TakenCourse, OfferField> {
        let mut problems = Problems::new();
        let first_day = problems.date(
            OfferField::Start,
            &self.first_day,
            "Enter the first day of the course.",
            "2026-03-03",
        );
        let last_day = problems.date(
            OfferField::End,
            &self.last_day,
            "Enter the last day of the course.",
            "2026-03-24",
        );
        let course_days = problems.optional_count(
            OfferField::CourseDays,
            &self.course_days,
            "Enter the number of course days as a whole number, for example 4, or leave it empty.",
        );
        let minutes_per_day = problems.decimal_hours(
            OfferField::MinutesPerDay,
            &self.hours,
            "Enter the teaching hours a day as a number, for example 8 or 7.5.",
        );
        let draft = first_day
            .zip(last_day)
            .map(|(first_day, last_day)| TakenCourse {
                certification: self.certification,
                first_day,
                last_day,
                course_days,
                minutes_per_day,
            });
        problems.typed(draft)
    }
}

/// "I took a course": records the certification and the course's SEUs in one change, without
/// an offer.
#[component]
fn TookCourseForm() -> impl IntoView {
    let app = AppState::get();
    let form = RwSignal::new(CourseValues::default());
    let kit = FormKit::new("course");
    let today = Signal::derive(move || app.today.get().to_string());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        kit.submit(
            app,
            form.with_untracked(CourseValues::parse),
            validate_taken,
            |j, course, today| record_taken_course(j, course, today).map(|done| done.message()),
            move || form.set(CourseValues::default()),
        );
    };
    let certification = bind!(ids: form => certification);
    view! {
        <FormCard title_id="course-form-title" heading="I took a course" on_submit=submit>
            <p class="help">{format!(
                "Took a certification course already? Record it here: the certification is recorded as earned on the last course day, and each course day is logged as SEUs (its teaching hours, at most {DAILY_SEU_CAP} a day)."
            )}</p>
            <Select control=kit.control(OfferField::Certification) label="Certification the course leads to" value=certification>
                {offer_certifications().map(|e| choice_option(certification, e.kind.id(), format!("{} ({})", e.code, e.name))).collect_view()}
            </Select>
            <Input control=kit.control(OfferField::Start) label="First course day" value=bind!(form => first_day) kind="date" max=today/>
            <Input control=kit.control(OfferField::End) label="Last course day" value=bind!(form => last_day) kind="date" max=today/>
            <Input control=kit.control(OfferField::CourseDays).help("The days it taught, for example 4 for a course on four Tuesdays. Leave it empty when it taught every day from the first to the last.")
                label="Course days" value=bind!(form => course_days) kind="number" min="1" step="1" inputmode="numeric"/>
            <Input control=kit.control(OfferField::MinutesPerDay).help("For example 8 or 7.5.")
                label="Teaching hours a day" value=bind!(form => hours) inputmode="decimal" autocomplete="off"/>
            <div class="actions"><button type="submit">"Record the course"</button></div>
        </FormCard>
    }
}
