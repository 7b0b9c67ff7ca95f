//! The certification path page: where the user stands on each track, their work experience,
//! what the next certification of each track still needs, the CSPO learning objectives
//! checklist, and the cost of the path to a chosen certification. Every figure comes from
//! `domain::path` and `domain::rules::objectives`.

use leptos::prelude::*;

use crate::ui::widgets::guide_step::guide_step;
use crate::ui::widgets::table::ScrollTable;

use crate::bind;
use crate::domain::records::field_error::{Problems, Typed};
use crate::model::records::find_in;
use crate::model::{Choice, RoleId};
use crate::ui::widgets::form::{
    choice_option, date_text, Bind, Card, Checkbox, ChoiceSelect, Control, FormCard, Input,
    ReadTyped, Select,
};
use crate::ui::widgets::list::{item_actions, keyed_list, Editor, Removal, Said, UndoWords};

use crate::basics::dates::{human, parse_iso};
use crate::domain::advice::guide::Step;
use crate::domain::path::{
    self, eligibility_summary, experience_months, months_in_words, months_text, next_steps,
    path_cost, proposed_target_date, track_picture, track_steps, NextStep, PrerequisiteCheck,
    RoleDraft, RoleField, StepState, TrainingCost, ROLE_TRACKS,
};
use crate::domain::rules::catalogue::{CertificationKind, Track};
use crate::domain::rules::limits::{date_admitted, FIRST_DATE, LAST_DATE};
use crate::domain::rules::objectives::{self, AREAS};
use crate::domain::training::figures;
use crate::model::path::{Role, RoleKind};
use crate::ui::state::AppState;
use crate::ui::widgets::standing::{status_class, status_text};

fn track_id(track: Track) -> &'static str {
    match track {
        Track::ProductOwner => "po",
        Track::ScrumMaster => "sm",
        _ => "dev",
    }
}

/// What the status line says once the form is saved.
fn said(draft: &RoleDraft) -> Said {
    let title = draft.title.trim();
    Said::changes_to(format!("Added the role {title}."), title)
}

#[component]
pub fn PathPage() -> impl IntoView {
    view! {
        <h2 id="page-title" tabindex="-1">"Certification path"</h2>
        <p>"Where you stand on each track, what the next certification needs, and what the way there costs."</p>
        <Tracks/>
        {guide_step(Step::Next, false)}
        <Experience/>
        <Objectives/>
        <PathCost/>
    }
}

/// Where the user stands on one track (foundational → advanced → professional, an ordered
/// list) and what its next certification still needs.
fn track_view(step: &NextStep) -> impl IntoView {
    let app = AppState::get();
    let track = step.track;
    let heading = format!("{}-track-title", track_id(track));
    let picture = move || {
        app.journey
            .with(|j| track_picture(j, track, app.today.get()))
            .into_iter()
            .map(|(kind, state)| {
                let entry = kind.entry();
                let level = entry.level.map(|l| l.label()).unwrap_or_default();
                // One badge element for the three states (a held one shows its status).
                let (class, badge, what) = match state {
                    StepState::Held(status) => (
                        "path-step path-held",
                        status_class(status),
                        status_text(status),
                    ),
                    StepState::Next => (
                        "path-step path-next",
                        "badge badge-soon",
                        "Next step".into(),
                    ),
                    StepState::Later => ("path-step path-later", "muted", "Later".into()),
                };
                let held = matches!(state, StepState::Held(_));
                view! {
                    <li class=class>
                        <span class="path-level">{level}</span>
                        <strong>{entry.code}</strong>
                        <span class="path-name">{entry.name}</span>
                        {held.then(|| view! { <span class="visually-hidden">", held: "</span> })}
                        <span class=badge>{what}</span>
                    </li>
                }
            })
            .collect_view()
    };
    let needs = step.next.map(|next| {
        let prerequisite = match &step.prerequisite {
            PrerequisiteCheck::NotNeeded => "No prerequisite.".to_owned(),
            PrerequisiteCheck::Met { kind, status } => format!("Prerequisite: {} held ({}).", kind.code(), status_text(*status)),
            other => path::prerequisite_text(next, other).unwrap_or_default(),
        };
        let experience = step.experience.as_ref().map(path::experience_text);
        view! {
            <ul class="eligibility" aria-label=format!("What {} needs", next.code())>
                <li>{prerequisite}</li>
                {experience.map(|e| view! { <li>{e}</li> })}
            </ul>
            <p data-testid=format!("eligibility-{}", track_id(track))><strong>{format!("{}: {}", next.code(), eligibility_summary(step))}</strong></p>
        }
    });
    view! {
        <h4 id=heading.clone()>{format!("{} track", track.label())}</h4>
        <ol class="path-steps" aria-labelledby=heading>{picture}</ol>
        {needs}
        {step.next.is_none().then(|| view! { <p>"You hold the highest certification of this track."</p> })}
    }
}

/// Each role track the user follows, where they stand and what the next certification needs;
/// the tracks they do not follow folded away under one summary that names them, so a track one
/// is not on never says "go for it now" unasked.
#[component]
fn Tracks() -> impl IntoView {
    let app = AppState::get();
    let steps = app.as_of_today(next_steps);
    // Which tracks are followed is read once, when the page opens: nothing on this page changes
    // the certifications held, and the fold then keeps its state while the figures change.
    let (mine, others) = app.journey.with_untracked(path::tracks_followed);
    // One closure type for both lists: the rendering code is then in the wasm once.
    let of = move |these: Vec<Track>| {
        move || {
            steps.with(|all| {
                all.iter()
                    .filter(|s| these.contains(&s.track))
                    .map(track_view)
                    .collect_view()
            })
        }
    };
    let folded = (!others.is_empty()).then(|| {
        let names: Vec<&str> = others.iter().map(|t| t.label()).collect();
        view! {
            <details class="other-tracks">
                <summary>{format!("Other tracks: {}", names.join(", "))}</summary>
                {of(others)}
            </details>
        }
    });
    view! {
        <Card title_id="path-picture-title" heading="Your path">
            {of(mine)}
            {folded}
            <p class="help">
                {move || app.journey.with(|j| format!(
                    "Experience used: {} for advanced and {} for professional certifications, within the past 5 years. These are settings (Scrum Alliance's texts differ): ",
                    months_text(j.settings.advanced_experience_months),
                    months_text(j.settings.professional_experience_months)))}
                <a href="#/settings">"change them in Settings"</a>"."
            </p>
        </Card>
    }
}

/// The role form's raw values.
#[derive(Clone, Debug, PartialEq)]
struct RoleValues {
    title: String,
    kind: RoleKind,
    start: String,
    end: String,
    ongoing: bool,
}

impl Default for RoleValues {
    fn default() -> Self {
        RoleValues {
            title: String::new(),
            kind: RoleKind::ProductOwner,
            start: String::new(),
            end: String::new(),
            ongoing: false,
        }
    }
}

impl RoleValues {
    fn from_role(role: &Role) -> Self {
        RoleValues {
            title: role.title.clone(),
            kind: role.kind,
            start: role.start.to_string(),
            end: date_text(role.end),
            ongoing: role.end.is_none(),
        }
    }

    /// Reads the typed values into a draft, noting what is wrong at each field. A start that
    /// cannot be read stands in the draft as the end (or the first date kept), and an end as
    /// none: the rules then say nothing of them at another field.
    fn parse(&self) -> Typed<RoleDraft, RoleField> {
        let mut problems = Problems::new();
        let start = problems.date(
            RoleField::Start,
            &self.start,
            "Enter the date the role started.",
            "2024-03-01",
        );
        let end = if self.ongoing {
            None
        } else {
            problems.date(
                RoleField::End,
                &self.end,
                "Enter the date the role ended, or tick \"I still work in this role\".",
                "2025-08-31",
            )
        };
        problems.typed(Some(RoleDraft {
            title: self.title.clone(),
            kind: self.kind,
            start: start.or(end).unwrap_or(FIRST_DATE),
            end,
        }))
    }
}

fn role_period(role: &Role) -> String {
    match role.end {
        Some(end) => format!("{} to {}", human(role.start), human(end)),
        None => format!("since {} (ongoing)", human(role.start)),
    }
}

/// Work experience: the roles, the form, and the months of each kind in the past 5 years.
#[component]
fn Experience() -> impl IntoView {
    let app = AppState::get();
    let editor = Editor::new("role", RoleField::Title, RoleValues::default);
    let removal = Removal::at_place(|role: &Role| UndoWords::removed("role", &role.title));
    let roles = Memo::new(move |_| app.journey.with(|j| j.path.roles.clone()));

    let start_edit = move |id: RoleId| editor.edit_record(id, RoleValues::from_role);
    let remove = move |id: RoleId| editor.remove_record(removal, id);

    view! {
        <Card title_id="experience-title" heading="Work experience">
            <p>"Advanced and professional certifications ask for months of work in the role within the past 5 years. Record your roles; overlapping roles of the same kind count once."</p>
            <h4>"Months in the past 5 years"</h4>
            <dl class="figures">
                {RoleKind::ALL.iter().copied().map(|kind| {
                    let figure = move || app.journey.with(|j| {
                        let today = app.today.get();
                        months_in_words(experience_months(&j.path.roles, kind, today))
                    });
                    view! {
                        <div>
                            <dt>{format!("{} work", kind.label())}</dt>
                            <dd data-testid=format!("months-{}", kind.id())>{figure}</dd>
                        </div>
                    }
                }).collect_view()}
            </dl>
            <p class="help">"A month is a full calendar month of a role (1 Jan to 31 Mar is 3 months); days left over from different roles add up at about 30.4 days a month. Parts of a month are never rounded up."</p>
            {removal.notice()}
            <h4>"Your roles"</h4>
            <Show when=move || roles.with(|r| !r.is_empty()) fallback=|| view! { <p>"No roles recorded yet. Add one with the form below."</p> }>
                <ul class="role-list">
                    {keyed_list(roles, |r| r.id, move |role| {
                        let id = role.id;
                        let title = role.title.clone();
                        view! {
                            <li aria-label=title.clone()>
                                <strong>{title.clone()}</strong>
                                ", " {format!("{} work, {}", role.kind.label(), role_period(&role))}
                                {item_actions(&title, "Delete", move || start_edit(id), move || remove(id), ())}
                            </li>
                        }
                    })}
                </ul>
            </Show>
        </Card>
        <RoleForm editor/>
    }
}

/// The role form: add a role, or edit the one being edited.
#[component]
fn RoleForm(editor: Editor<RoleId, RoleValues, RoleField>) -> impl IntoView {
    let app = AppState::get();
    let (form, kit) = (editor.form, editor.kit);
    let submit = editor.on_submit(RoleValues::parse, said);
    let heading = editor.heading(
        |j, id| find_in(j, id).map(|r| r.title.clone()),
        |title| format!("Edit the role {title}"),
        "Add a role",
    );
    let today_text = Signal::derive(move || app.today.get().to_string());
    view! {
        <FormCard title_id="role-form-title" heading on_submit=submit>
            <Input control=kit.control(RoleField::Title) label="Role title" value=bind!(form => title) autocomplete="organization-title"/>
            <ChoiceSelect<RoleKind> control=kit.control(RoleField::Kind) label="Kind of work" value=bind!(ids: form => kind)
                label_of=|k: RoleKind| format!("{} work", k.label())/>
            <Input control=kit.control(RoleField::Start) label="Start date" value=bind!(form => start) kind="date" max=today_text/>
            <Checkbox control=Control::new("role-ongoing") label="I still work in this role" checked=bind!(form => ongoing)/>
            <Show when=move || !form.with(|f| f.ongoing)>
                <Input control=kit.control(RoleField::End) label="End date" value=bind!(form => end) kind="date" max=today_text/>
            </Show>
            {editor.actions("Save role", "Add role")}
        </FormCard>
    }
}

/// The CSPO learning objectives, an area a fold (its summary says how many are done), a
/// fieldset inside; each objective's note folded under it.
#[component]
fn Objectives() -> impl IntoView {
    let app = AppState::get();
    let progress = Memo::new(move |_| app.journey.with(objectives::progress));
    // An objective's note, `None` while it has none (its summary then offers to add one).
    let note = move |id: &str| {
        app.journey.with(|j| {
            let note = objectives::progress_of(j, id).note;
            (!note.trim().is_empty()).then_some(note)
        })
    };
    view! {
        <Card title_id="objectives-title" heading="CSPO learning objectives">
            <p>"The learning objectives from the guide, area by area: open an area, tick what you can do and note how you practised it."</p>
            {AREAS.iter().enumerate().map(|(index, area)| {
                let text = move || progress.with(|p| p.get(index).map(|p| p.text()).unwrap_or_default());
                let progress_id = format!("progress-{}", area.id);
                let described_by = progress_id.clone();
                let mut last_topic = None;
                let items = objectives::objectives_in(area.id).map(|o| {
                    let topic = (o.topic.is_some() && o.topic != last_topic).then(|| view! { <h4>{o.topic}</h4> });
                    last_topic = o.topic;
                    let id = o.id;
                    let check_id = format!("objective-{id}");
                    let note_id = format!("objective-{id}-note");
                    let note_open = RwSignal::new(false);
                    view! {
                        {topic}
                        <div class="objective">
                            <div class="field check">
                                <input id=check_id.clone() type="checkbox"
                                    prop:checked=move || app.journey.with(|j| objectives::progress_of(j, id).done)
                                    on:change=move |ev| {
                                        let done = event_target_checked(&ev);
                                        let _ = app.apply(|j| objectives::set_done(j, id, done));
                                    }/>
                                <label for=check_id>{o.text}</label>
                            </div>
                            // The note box is built when its fold is opened, not before: 26 boxes
                            // in closed folds cost the browser a forced layout each after the page
                            // is drawn (about 45 ms at 5,000 SEU entries on this machine).
                            <details class="objective-note" on:toggle=move |ev| {
                                note_open.set(event_target::<web_sys::Element>(&ev).has_attribute("open"));
                            }>
                                <summary>
                                    <span class="note-preview">{move || note(id).map_or_else(|| "Add a note".to_owned(), |n| format!("Your note: {n}"))}</span>
                                    <span class="visually-hidden">{format!(" on: {}", o.text)}</span>
                                </summary>
                                {move || note_open.get().then(|| view! {
                                    <div class="field">
                                        <label for=note_id.clone()>"Your note" <span class="visually-hidden">{format!(" on: {}", o.text)}</span></label>
                                        <textarea id=note_id.clone() rows="2"
                                            prop:value=move || app.journey.with(|j| objectives::progress_of(j, id).note)
                                            on:change=move |ev| {
                                                let note = event_target_value(&ev);
                                                let _ = app.apply(|j| objectives::set_note(j, id, &note));
                                            }></textarea>
                                    </div>
                                })}
                            </details>
                        </div>
                    }
                }).collect_view();
                view! {
                    <details class="objectives-area">
                        <summary>
                            <span class="area-title">{area.title}</span>
                            <span class="help" id=progress_id data-testid=format!("objectives-progress-{}", area.id)>{text} " done"</span>
                        </summary>
                        <fieldset aria-describedby=described_by>
                            <legend class="visually-hidden">{area.title}</legend>
                            {items}
                        </fieldset>
                    </details>
                }
            }).collect_view()}
        </Card>
    }
}

fn training_text(training: &TrainingCost) -> String {
    match training {
        TrainingCost::Chosen {
            price, currency, ..
        } => format!("{} (your chosen course)", price.in_currency(currency)),
        TrainingCost::Cheapest {
            price, currency, ..
        } => format!(
            "{} (cheapest offer you recorded)",
            price.in_currency(currency)
        ),
        TrainingCost::Typical { from, to } => format!(
            "{} to {} (typical price in the guide; no offer recorded)",
            from.in_currency(figures::PRICE_CURRENCY),
            to.in_currency(figures::PRICE_CURRENCY)
        ),
        TrainingCost::Unknown => "not known: record an offer on the Training page".to_owned(),
    }
}

/// The cost of the path to a chosen target certification.
#[component]
fn PathCost() -> impl IntoView {
    let app = AppState::get();
    let target = RwSignal::new(CertificationKind::ACspo.id());
    let date_text = RwSignal::new(String::new());
    let date_error = RwSignal::new(None::<String>);
    let target_kind =
        move || CertificationKind::from_id(&target.get()).unwrap_or(CertificationKind::ACspo);
    let proposed = move || {
        app.journey
            .with(|j| proposed_target_date(j, target_kind(), app.today.get()))
    };
    let target_date = move || {
        parse_iso(&date_text.get())
            .filter(|d| *d >= app.today.get() && date_admitted(*d))
            .unwrap_or_else(proposed)
    };
    let cost = Memo::new(move |_| {
        let kind = target_kind();
        let date = target_date();
        app.journey
            .with(|j| path_cost(j, kind, date, app.today.get()))
    });
    let date_value = Bind::new(
        move || date_text.get(),
        move |text: String| {
            let today = app.today.get_untracked();
            match parse_iso(&text) {
                _ if text.trim().is_empty() => date_error.set(None),
                Some(d) if !date_admitted(d) => date_error.set(Some(format!(
                    "Choose a date up to {}; the proposed date is used meanwhile.",
                    human(LAST_DATE)
                ))),
                Some(d) if d >= today => date_error.set(None),
                Some(_) => date_error.set(Some(
                    "Choose today or a later date; the proposed date is used meanwhile.".into(),
                )),
                None => date_error.set(Some("Enter a real date, for example 2027-06-30.".into())),
            }
            date_text.set(text);
        },
    );
    let target_value = Bind::new(
        move || target.get(),
        move |value| {
            target.set(value);
            date_text.set(String::new());
            date_error.set(None);
        },
    );
    let today_text = Signal::derive(move || app.today.get().to_string());
    view! {
        <Card title_id="cost-title" heading="Cost of the path">
            <Select control=Control::new("cost-target") label="Target certification" value=target_value>
                {ROLE_TRACKS.into_iter().map(|track| view! {
                    <optgroup label=track.label()>
                        {track_steps(track).into_iter().map(|k| choice_option(target_value, k.id(), format!("{} ({})", k.code(), k.entry().name))).collect_view()}
                    </optgroup>
                }).collect_view()}
            </Select>
            <Input control=Control::new("cost-date").error(date_error)
                    .help(move || format!("Proposed: {} (the earliest date your experience allows, or your chosen course's end).", human(proposed())))
                label="Reached by (leave empty for the proposed date)" value=date_value kind="date" live=false min=today_text/>
            {move || {
                let cost = cost.get();
                if cost.steps.is_empty() {
                    return view! { <p>{format!("You already hold {} or a higher certification of its track.", cost.target.code())}</p> }.into_any();
                }
                let steps = cost.steps.iter().map(|s| view! {
                    <tr><th scope="row">{s.kind.code()}</th><td>{training_text(&s.training)}</td></tr>
                }).collect_view();
                let renewals = cost.renewals.iter().map(|r| view! {
                    <tr><th scope="row">{format!("Renewal on {}", human(r.date))}</th><td>{format!("{} ({} level fee)", r.fee, r.level.label())}</td></tr>
                }).collect_view();
                let mut totals: Vec<String> = cost.training_totals.iter().map(|(c, price)| price.in_currency(c)).collect();
                if let Some((from, to)) = cost.typical {
                    totals.push(format!("{} to {} for CSPO", from.in_currency(figures::PRICE_CURRENCY), to.in_currency(figures::PRICE_CURRENCY)));
                }
                let training_total = if totals.is_empty() { "not known".to_owned() } else { totals.join(" + ") };
                let unknown = (!cost.unknown.is_empty()).then(|| view! {
                    <p>{format!("No price yet for {}: record offers on the ", cost.unknown.iter().map(|k| k.code()).collect::<Vec<_>>().join(", "))}<a href="#/training">"Training page"</a>"."</p>
                });
                view! {
                    <ScrollTable caption=format!("The way to {} by {}", cost.target.code(), human(cost.target_date)) caption_shown=true
                        heads=&["Item", "Cost"]>
                        {steps}{renewals}
                    </ScrollTable>
                    <dl class="figures">
                        <div><dt>"Training"</dt><dd data-testid="cost-training">{training_total}</dd></div>
                        <div><dt>"Renewal fees"</dt><dd data-testid="cost-renewals">{cost.renewal_fees.to_string()}</dd></div>
                    </dl>
                    {unknown}
                    <p class="help">"Renewal fees assume what you hold now is renewed at each expiry until then. Earning a certification on the way can renew the others early, so this is the most it would be."</p>
                }.into_any()
            }}
        </Card>
    }
}
