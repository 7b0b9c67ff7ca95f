//! The certifications page: add, edit and remove held certifications; see each one's status,
//! expiry and days left, and the combined renewal requirement.

use leptos::prelude::*;

use crate::ui::widgets::focus::focus;
use crate::ui::widgets::form::finish_submit;

use crate::domain::catalogue::{CertificationKind, Expiry, Track, CATALOGUE};
use crate::domain::certifications::{self, CertificationDraft, Field, FieldError};
use crate::domain::dates::{human, parse_iso};
use crate::domain::journey::HeldCertification;
use crate::domain::renewal::standings;
use crate::ui::state::AppState;
use crate::ui::widgets::standing::{expiry_text, RequirementSummary, StatusBadge};

/// The form's raw values, as typed.
#[derive(Clone, Debug, PartialEq)]
struct FormValues {
    kind: String,
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
            kind: CertificationKind::Cspo.id(),
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
            kind: held.kind.id(),
            name: held.name.clone(),
            earned: held.earned.to_string(),
            expires: held.expires.map(|d| d.to_string()).unwrap_or_default(),
            license_accepted: held.license_accepted,
            experience_validated: held.experience_validated,
            notes: held.notes.clone(),
        }
    }

    /// Parses the typed values into a draft, or says what is wrong at each field.
    fn parse(&self) -> Result<CertificationDraft, Vec<FieldError>> {
        let mut errors = Vec::new();
        let kind = CertificationKind::from_id(&self.kind);
        if kind.is_none() {
            errors.push(FieldError {
                field: Field::Kind,
                message: "Choose a certification from the list.".into(),
            });
        }
        let earned = match self.earned.trim() {
            "" => {
                errors.push(FieldError {
                    field: Field::Earned,
                    message: "Enter the date you earned it.".into(),
                });
                None
            }
            text => parse_iso(text).or_else(|| {
                errors.push(FieldError {
                    field: Field::Earned,
                    message: "Enter a real date, for example 2025-03-14.".into(),
                });
                None
            }),
        };
        let expires = match self.expires.trim() {
            "" => None,
            text => parse_iso(text).or_else(|| {
                errors.push(FieldError {
                    field: Field::Expires,
                    message: "Enter a real date, or leave it empty if it does not expire.".into(),
                });
                None
            }),
        };
        match (kind, earned) {
            (Some(kind), Some(earned)) if errors.is_empty() => Ok(CertificationDraft {
                kind,
                name: self.name.clone(),
                earned,
                expires,
                license_accepted: self.license_accepted,
                experience_validated: self.experience_validated,
                notes: self.notes.clone(),
            }),
            _ => Err(errors),
        }
    }
}

fn field_id(field: Field) -> &'static str {
    match field {
        Field::Kind => "cert-kind",
        Field::Name => "cert-name",
        Field::Earned => "cert-earned",
        Field::Expires => "cert-expires",
    }
}

#[component]
pub fn CertificationsPage() -> impl IntoView {
    let app = AppState::get();
    let editing = RwSignal::new(None::<u64>);
    let form = RwSignal::new(FormValues::default());
    let removed = RwSignal::new(None::<(usize, HeldCertification)>);
    let all = Memo::new(move |_| app.journey.with(|j| standings(j, app.today.get())));

    let start_edit = move |id: u64| {
        if let Some(held) = app.journey.with_untracked(|j| j.certification(id).cloned()) {
            form.set(FormValues::from_held(&held));
            editing.set(Some(id));
            focus("cert-kind");
        }
    };
    let remove = move |id: u64| {
        let dependants = app.journey.with_untracked(|j| {
            certifications::dependants(j, id)
                .iter()
                .map(|c| c.title())
                .collect::<Vec<_>>()
        });
        let result = app.apply(|j| certifications::remove(j, id).ok_or(()));
        if let Ok((index, held)) = result {
            let mut text = format!("Removed {}.", held.title());
            if !dependants.is_empty() {
                text.push_str(&format!(
                    " {} needed it as a prerequisite.",
                    dependants.join(", ")
                ));
            }
            app.notice.set(Some(text));
            if editing.get_untracked() == Some(id) {
                editing.set(None);
                form.set(FormValues::default());
            }
            removed.set(Some((index, held)));
        }
    };
    let undo = move |_| {
        if let Some((index, held)) = removed.get_untracked() {
            let title = held.title();
            let _ = app.apply(|j| {
                certifications::restore(j, index, held);
                Ok::<(), ()>(())
            });
            removed.set(None);
            app.notice.set(Some(format!("{title} is back.")));
        }
    };

    view! {
        <h2 id="page-title" tabindex="-1">"Certifications"</h2>
        {move || removed.get().map(|(_, held)| view! {
            <p class="undo">
                {format!("{} was removed. ", held.title())}
                <button type="button" on:click=undo>{format!("Undo removing {}", held.title())}</button>
            </p>
        })}
        <section aria-labelledby="held-title">
            <h3 id="held-title">"What you hold"</h3>
            <Show when=move || all.with(|a| !a.is_empty()) fallback=|| view! { <p>"You have not recorded a certification yet. Add one with the form below."</p> }>
                <ul class="cert-list">
                    <For each=move || all.get() key=|s| s.clone() let:s>
                        {
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
                        }
                    </For>
                </ul>
            </Show>
        </section>
        <CertificationForm form editing/>
        <RequirementSummary journey=app.journey heading_level=3/>
    }
}

#[component]
fn CertificationForm(form: RwSignal<FormValues>, editing: RwSignal<Option<u64>>) -> impl IntoView {
    let app = AppState::get();
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let error_for = move |field: Field| {
        errors.with(|e| {
            e.iter()
                .find(|e| e.field == field)
                .map(|e| e.message.clone())
        })
    };
    let kind = move || form.with(|f| CertificationKind::from_id(&f.kind));
    let user_named = move || kind().is_some_and(|k| k.user_named());
    let user_expiry = move || kind().is_some_and(|k| k.entry().expiry == Expiry::UserGiven);
    let needs_experience = move || kind().is_some_and(|k| k.entry().needs_experience);
    let scrum_alliance = move || kind().is_some_and(|k| k.entry().scrum_alliance);
    let today = move || app.today.get().to_string();

    let reset = move || {
        form.set(FormValues::default());
        editing.set(None);
        errors.set(Vec::new());
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let values = form.get_untracked();
        let today = app.today.get_untracked();
        let result = values.parse().and_then(|draft| {
            let title = draft.kind.code();
            let title = if draft.kind.user_named() {
                draft.name.trim().to_owned()
            } else {
                title.to_owned()
            };
            match editing.get_untracked() {
                Some(id) => app
                    .apply(|j| certifications::update(j, id, draft, today))
                    .map(|_| format!("Saved your changes to {title}.")),
                None => app
                    .apply(|j| certifications::add(j, draft, today))
                    .map(|_| format!("Added {title}.")),
            }
        });
        finish_submit(app, result, errors, |e| field_id(e.field), reset);
    };

    let set = move |update: fn(&mut FormValues, String)| {
        move |ev| form.update(|f| update(f, event_target_value(&ev)))
    };
    let heading = move || match editing
        .get()
        .and_then(|id| app.journey.with(|j| j.certification(id).map(|c| c.title())))
    {
        Some(title) => format!("Edit {title}"),
        None => "Add a certification".to_owned(),
    };
    let field_error = move |field: Field| {
        move || {
            error_for(field).map(|message| view! { <p class="field-error" id=format!("{}-error", field_id(field))>{message}</p> })
        }
    };
    let invalid = move |field: Field| move || error_for(field).map(|_| "true");
    let described =
        move |field: Field| move || error_for(field).map(|_| format!("{}-error", field_id(field)));

    view! {
        <section class="card" aria-labelledby="form-title">
            <h3 id="form-title">{heading}</h3>
            <form on:submit=submit novalidate>
                <div class="field">
                    <label for="cert-kind">"Certification"</label>
                    <select id="cert-kind" prop:value=move || form.with(|f| f.kind.clone())
                        on:change=set(|f, v| f.kind = v)
                        aria-invalid=invalid(Field::Kind) aria-describedby=described(Field::Kind)>
                        {[Track::ProductOwner, Track::ScrumMaster, Track::Developer, Track::AgileLeadership, Track::Coaching, Track::Trainer, Track::Microcredential, Track::OtherBody]
                            .into_iter()
                            .map(|track| view! {
                                <optgroup label=track.label()>
                                    {CATALOGUE.iter().filter(|e| e.track == track).map(|e| {
                                        let label = if e.user_named_label() { e.name.to_owned() } else { format!("{} ({}){}", e.code, e.name, if e.legacy { ", legacy" } else { "" }) };
                                        view! { <option value=e.kind.id() selected=move || form.with(|f| f.kind == e.kind.id())>{label}</option> }
                                    }).collect_view()}
                                </optgroup>
                            })
                            .collect_view()}
                    </select>
                    {field_error(Field::Kind)}
                </div>
                <Show when=user_named>
                    <div class="field">
                        <label for="cert-name">"Name of the certification"</label>
                        <input id="cert-name" type="text" autocomplete="off" prop:value=move || form.with(|f| f.name.clone())
                            on:input=set(|f, v| f.name = v)
                            aria-invalid=invalid(Field::Name) aria-describedby=described(Field::Name)/>
                        {field_error(Field::Name)}
                    </div>
                </Show>
                <div class="field">
                    <label for="cert-earned">"Date earned"</label>
                    <input id="cert-earned" type="date" max=today prop:value=move || form.with(|f| f.earned.clone())
                        on:input=set(|f, v| f.earned = v) on:change=set(|f, v| f.earned = v)
                        aria-invalid=invalid(Field::Earned) aria-describedby=described(Field::Earned)/>
                    {field_error(Field::Earned)}
                </div>
                <Show when=user_expiry>
                    <div class="field">
                        <label for="cert-expires">"Expiry date (leave empty if it does not expire)"</label>
                        <input id="cert-expires" type="date" prop:value=move || form.with(|f| f.expires.clone())
                            on:input=set(|f, v| f.expires = v) on:change=set(|f, v| f.expires = v)
                            aria-invalid=invalid(Field::Expires) aria-describedby=described(Field::Expires)/>
                        {field_error(Field::Expires)}
                    </div>
                </Show>
                <Show when=scrum_alliance>
                    <div class="field check">
                        <input id="cert-license" type="checkbox" prop:checked=move || form.with(|f| f.license_accepted)
                            on:change=move |ev| form.update(|f| f.license_accepted = event_target_checked(&ev))/>
                        <label for="cert-license">"License agreement accepted"</label>
                    </div>
                </Show>
                <Show when=needs_experience>
                    <div class="field check">
                        <input id="cert-experience" type="checkbox" prop:checked=move || form.with(|f| f.experience_validated)
                            on:change=move |ev| form.update(|f| f.experience_validated = event_target_checked(&ev))/>
                        <label for="cert-experience">"Work experience validated by Scrum Alliance"</label>
                    </div>
                </Show>
                <div class="field">
                    <label for="cert-notes">"Notes"</label>
                    <textarea id="cert-notes" rows="2" prop:value=move || form.with(|f| f.notes.clone())
                        on:input=set(|f, v| f.notes = v)></textarea>
                </div>
                <div class="actions">
                    <button type="submit">{move || if editing.get().is_some() { "Save changes" } else { "Add certification" }}</button>
                    <Show when=move || editing.get().is_some()>
                        <button type="button" class="secondary" on:click=move |_| reset()>"Cancel editing"</button>
                    </Show>
                </div>
            </form>
        </section>
    }
}
