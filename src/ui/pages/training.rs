//! The training choice page: record course offers, compare them (the gates first, then the
//! flags and the checklist score with the user's weights), choose one as the planned course and
//! mark it as completed. Every figure comes from `domain::training`.

use crate::basics::order::SortDirection;
use crate::domain::records::field_error::{Problems, Typed};
use crate::domain::rules::limits::{MAX_CHECKLIST_WEIGHT, MAX_COURSE_DAYS};
use leptos::prelude::*;

use crate::ui::widgets::planned_course::OfferFacts;

use crate::bind;
use crate::model::link::is_web_link;
use crate::model::records::find_in;
use crate::model::{Choice, Minutes, OfferId};
use crate::ui::widgets::focus::focus;
use crate::ui::widgets::form::{
    choice_option, date_text, problem_text, Amount, Bind, Card, Checkbox, ChoiceSelect, Control,
    FormCard, Input, ReadTyped, Select, TextArea,
};
use crate::ui::widgets::list::{item_actions, Editor, Removal, Said, UndoWords};
use crate::ui::widgets::table::{sort_header, table_rows, ScrollTable};

use crate::domain::rules::catalogue::{CertificationKind, DAILY_SEU_CAP};
use crate::domain::training::{
    self, assess, complete_chosen, dates_text, figures, gate_text, nine_questions,
    offer_certifications, offer_title, planned_course, sorted_offers, verdict, Assessment,
    ChecklistItem, OfferDraft, OfferField, OfferFilter, OfferSortKey, QuestionRole, Verdict,
};
use crate::model::training::{
    ChecklistAnswers, CourseFormat, CourseOffer, Listing, ScoreWeights, TrainerCredential,
};
use crate::ui::route::Route;
use crate::ui::state::AppState;

// ---------------------------------------------------------------------------------------------
// The form's raw values

#[derive(Clone, Debug, PartialEq)]
struct FormValues {
    certification: CertificationKind,
    provider: String,
    trainer: String,
    credential: TrainerCredential,
    listed: Listing,
    format: CourseFormat,
    start: String,
    end: String,
    course_days: String,
    hours_per_day: String,
    place: String,
    language: String,
    price: String,
    currency: String,
    answers: [Answer; 4],
    notes: String,
    link: String,
}

impl Default for FormValues {
    fn default() -> Self {
        FormValues {
            certification: CertificationKind::Cspo,
            provider: String::new(),
            trainer: String::new(),
            credential: TrainerCredential::Cst,
            listed: Listing::NotChecked,
            format: CourseFormat::LiveOnline,
            start: String::new(),
            end: String::new(),
            course_days: String::new(),
            hours_per_day: "8".into(),
            place: String::new(),
            language: String::new(),
            price: String::new(),
            currency: figures::PRICE_CURRENCY.to_owned(),
            answers: ChecklistItem::ALL.map(|_| Answer::NotKnown),
            notes: String::new(),
            link: String::new(),
        }
    }
}

crate::choices! {
    /// An answer to one of the checklist's questions, as the form chooses it.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    enum Answer {
        NotKnown => ("unknown", "Not known yet"),
        Yes => ("yes", "Yes"),
        No => ("no", "No"),
    }
}

impl Answer {
    fn of(answer: Option<bool>) -> Self {
        match answer {
            Some(true) => Answer::Yes,
            Some(false) => Answer::No,
            None => Answer::NotKnown,
        }
    }

    fn known(self) -> Option<bool> {
        match self {
            Answer::Yes => Some(true),
            Answer::No => Some(false),
            Answer::NotKnown => None,
        }
    }
}

fn answer_text(answer: Option<bool>) -> &'static str {
    match answer {
        Some(true) => "Yes",
        Some(false) => "No",
        None => "Not known",
    }
}

/// "Yes: all learning objectives, hands-on practice. No: practice tests. Not known:
/// interactive activities."
fn answers_summary(answers: &ChecklistAnswers) -> String {
    [Some(true), Some(false), None]
        .into_iter()
        .filter_map(|wanted| {
            let items: Vec<String> = ChecklistItem::ALL
                .iter()
                .filter(|i| i.answer(answers) == wanted)
                .map(|i| i.short().to_lowercase())
                .collect();
            (!items.is_empty()).then(|| format!("{}: {}.", answer_text(wanted), items.join(", ")))
        })
        .collect::<Vec<_>>()
        .join(" ")
}

impl FormValues {
    fn from_offer(offer: &CourseOffer) -> Self {
        FormValues {
            certification: offer.certification,
            provider: offer.provider.clone(),
            trainer: offer.trainer.clone(),
            credential: offer.trainer_credential,
            listed: offer.listed_by_scrum_alliance,
            format: offer.format,
            start: date_text(offer.start),
            end: date_text(offer.end),
            course_days: offer.course_days.map(|d| d.to_string()).unwrap_or_default(),
            hours_per_day: offer.minutes_per_day.decimal_hours_text(),
            place: offer.place.clone(),
            language: offer.language.clone(),
            price: offer.price.amount_text(),
            currency: offer.currency.clone(),
            answers: ChecklistItem::ALL.map(|i| Answer::of(i.answer(&offer.checklist))),
            notes: offer.notes.clone(),
            link: offer.link.clone(),
        }
    }

    /// Reads the typed values into a draft, noting what is wrong at each field (a date, a
    /// count or an amount that cannot be read stands in the draft as none).
    fn parse(&self) -> Typed<OfferDraft, OfferField> {
        let mut problems = Problems::new();
        let bad_date = "Enter a real date, for example 2026-03-11, or leave it empty.";
        let start = problems.optional_date(OfferField::Start, &self.start, bad_date);
        let end = problems.optional_date(OfferField::End, &self.end, bad_date);
        let minutes_per_day = problems.decimal_hours(
            OfferField::MinutesPerDay,
            &self.hours_per_day,
            "Enter the teaching hours per day as a number, for example 8 or 7.5.",
        );
        let course_days = problems.optional_count(
            OfferField::CourseDays,
            &self.course_days,
            "Enter the number of course days as a whole number, or leave it empty when the course teaches every day from start to end.",
        );
        let price = problems.money(OfferField::Price, &self.price, PRICE);
        let mut checklist = ChecklistAnswers::default();
        for (item, answer) in ChecklistItem::ALL.iter().zip(&self.answers) {
            item.set_answer(&mut checklist, answer.known());
        }
        problems.typed(Some(OfferDraft {
            id: (),
            certification: self.certification,
            provider: self.provider.clone(),
            trainer: self.trainer.clone(),
            trainer_credential: self.credential,
            listed_by_scrum_alliance: self.listed,
            format: self.format,
            start,
            end,
            minutes_per_day,
            course_days,
            place: self.place.clone(),
            language: self.language.clone(),
            price,
            currency: self.currency.clone(),
            checklist,
            notes: self.notes.clone(),
            link: self.link.clone(),
        }))
    }
}

/// How the offer form names its price.
const PRICE: Amount = Amount {
    the: "the price",
    the_capital: "The price",
    zero: "it is free",
    example: "1,000 or 995.50",
};

/// The gate result as a visible badge: first thing said about an offer.
#[component]
fn GateBadge(offer: CourseOffer) -> impl IntoView {
    let (class, text) = match verdict(&offer) {
        Verdict::Leads => (
            "badge badge-ok",
            format!("Leads to {}", offer.certification.code()),
        ),
        Verdict::NotCheckedYet => (
            "badge badge-soon",
            "Not known yet: check that Scrum Alliance lists it".to_owned(),
        ),
        Verdict::DoesNotLead => ("badge badge-expired", gate_text(&offer).unwrap_or_default()),
    };
    view! { <span class=class>{text}</span> }
}

/// The guide's nine questions as one numbered checklist of an offer, folded until opened.
#[component]
fn NineQuestions(offer: CourseOffer, weights: ScoreWeights) -> impl IntoView {
    let items = nine_questions(&offer, &weights)
        .into_iter()
        .map(|q| {
            let role = match q.role {
                QuestionRole::Gate => "a gate".to_owned(),
                QuestionRole::Scored { weight } => format!("scored, weight {weight}"),
                QuestionRole::Field => "compared".to_owned(),
            };
            view! {
                <li value=q.number>{q.question}" "<strong>{q.answer}</strong>" "<span class="offer-details">{format!("({role})")}</span></li>
            }
        })
        .collect_view();
    view! {
        <details class="nine-questions">
            <summary>"The guide's nine questions"</summary>
            <ol>{items}</ol>
        </details>
    }
}

// ---------------------------------------------------------------------------------------------
// The page

/// What the status line says once the form is saved.
fn said(draft: &OfferDraft) -> Said {
    let title = format!(
        "{} with {}",
        draft.certification.code(),
        draft.provider.trim()
    );
    Said::changes_to(
        format!("Added the offer {title}."),
        &format!("the offer {title}"),
    )
}

#[component]
pub fn TrainingPage() -> impl IntoView {
    let app = AppState::get();
    let editor = Editor::new("offer", OfferField::Certification, FormValues::default);
    let removal = Removal::new(training::restore_offer, |gone| {
        UndoWords::removed("offer", &offer_title(&gone.offer))
    });

    let start_edit = move |id: OfferId| editor.edit_record(id, FormValues::from_offer);
    let remove = move |id: OfferId| editor.remove(removal, id, |j| training::remove_offer(j, id));

    view! {
        <h2 id="page-title" tabindex="-1">"Training choice"</h2>
        <p>
            "Record the course offers you are considering and compare them. An offer that is not taught by a Certified Scrum Trainer (CST), or for CSPO by private coaching from a Certified Agile Coach (CAC), or that Scrum Alliance does not list, does not lead to the certification, whatever its score. "
            {format!(
                "The guide's figures: at least {} of live teaching; {} to {} for a CSPO course. Source: {}.",
                figures::MIN_COURSE_MINUTES.hours_text(),
                figures::CSPO_PRICE_MIN.in_currency(figures::PRICE_CURRENCY),
                figures::CSPO_PRICE_MAX.in_currency(figures::PRICE_CURRENCY),
                figures::SOURCE
            )}
        </p>
        {removal.notice()}
        <PlannedSection/>
        <Comparison start_edit remove/>
        <Show when=move || app.journey.with(|j| !j.training.offers.is_empty())>
            <WeightsSection/>
        </Show>
        <OfferForm editor/>
    }
}

// ---------------------------------------------------------------------------------------------
// The planned course

#[component]
fn PlannedSection() -> impl IntoView {
    let app = AppState::get();
    let planned = Memo::new(move |_| app.journey.with(|j| planned_course(j).cloned()));
    let report = RwSignal::new(None::<String>);
    let problem = RwSignal::new(None::<String>);

    let complete = move |_| {
        let today = app.today.get_untracked();
        match app.apply(|j| complete_chosen(j, today)) {
            Ok(done) => {
                let message = done.message();
                problem.set(None);
                report.set(Some(message.clone()));
                app.notice.set(Some(message));
            }
            Err(error) => {
                report.set(None);
                problem.set(Some(error.message()));
                focus("complete-button");
            }
        }
    };
    let unchoose = move |_| {
        let _ = app.apply(|j| training::unchoose(j).ok_or(()));
        problem.set(None);
        app.notice.set(Some(
            "No course is planned now; the offer stays in the comparison.".into(),
        ));
    };

    view! {
        <Card title_id="planned-title" heading="Planned course">
            {move || match planned.get() {
                Some(offer) => {
                    let title = offer_title(&offer);
                    view! {
                        <div class="planned-course">
                            <p><strong>{title}</strong>" "<GateBadge offer=offer.clone()/></p>
                            <OfferFacts offer=offer.clone()/>
                            <p class="help">
                                {format!("Mark it as completed once you have attended it: the certification is recorded as earned on the course's end date, and the course days are logged as SEUs (at most {DAILY_SEU_CAP} a day).")}
                            </p>
                            <div class="actions">
                                <button type="button" id="complete-button" on:click=complete
                                    aria-describedby=move || problem.get().map(|_| "complete-error")>
                                    "Mark as completed"
                                </button>
                                <button type="button" class="secondary" on:click=unchoose>"No longer plan this course"</button>
                            </div>
                        </div>
                    }
                    .into_any()
                }
                None => view! {
                    <p>"No course is planned. Choose one of the offers below as your planned course."</p>
                }
                .into_any(),
            }}
            {move || problem.get().map(|text| view! { <p class="field-error" id="complete-error">{text}</p> })}
            {move || report.get().map(|text| view! {
                <p class="completed-report">
                    {text}" "
                    <a href=Route::Certifications.href()>"See your certifications"</a>
                </p>
            })}
        </Card>
    }
}

// ---------------------------------------------------------------------------------------------
// The comparison

fn default_direction(key: OfferSortKey) -> SortDirection {
    match key {
        OfferSortKey::Score => SortDirection::Descending,
        _ => SortDirection::Ascending,
    }
}

fn sort_phrase(key: OfferSortKey, direction: SortDirection) -> &'static str {
    match (key, direction) {
        (OfferSortKey::Score, SortDirection::Descending) => "score, highest first",
        (OfferSortKey::Score, SortDirection::Ascending) => "score, lowest first",
        (OfferSortKey::Price, SortDirection::Ascending) => "price, lowest first",
        (OfferSortKey::Price, SortDirection::Descending) => "price, highest first",
        (OfferSortKey::Start, SortDirection::Ascending) => "start date, earliest first",
        (OfferSortKey::Start, SortDirection::Descending) => "start date, latest first",
        (OfferSortKey::Certification, SortDirection::Ascending) => "certification, catalogue order",
        (OfferSortKey::Certification, SortDirection::Descending) => "certification, reverse order",
    }
}

#[component]
fn Comparison(
    start_edit: impl Fn(OfferId) + Copy + Send + Sync + 'static,
    remove: impl Fn(OfferId) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let app = AppState::get();
    let sort = RwSignal::new((OfferSortKey::Score, SortDirection::Descending));
    let filter = RwSignal::new(OfferFilter::default());
    let choose_problem = RwSignal::new(None::<String>);
    let rows = Memo::new(move |_| {
        let (key, direction) = sort.get();
        let filter = filter.get();
        app.journey.with(|j| {
            let weights = &j.training.weights;
            sorted_offers(&j.training.offers, weights, filter, key, direction)
                .into_iter()
                .map(|o| (o.clone(), assess(o, weights), weights.clone()))
                .collect::<Vec<_>>()
        })
    });
    let total = Memo::new(move |_| app.journey.with(|j| j.training.offers.len()));
    let chosen = Memo::new(move |_| app.journey.with(|j| j.training.chosen));

    let sort_by = move |key: OfferSortKey| {
        let (current, direction) = sort.get_untracked();
        let direction = if current == key {
            direction.flipped()
        } else {
            default_direction(key)
        };
        sort.set((key, direction));
        app.notice.set(Some(format!(
            "Offers sorted by {}.",
            sort_phrase(key, direction)
        )));
    };
    let header = move |key: OfferSortKey| sort_header(key, key.label(), sort.into(), sort_by);
    let choose = move |id: OfferId| match app.apply(|j| training::choose(j, id)) {
        Ok(()) => {
            choose_problem.set(None);
            let title = app
                .journey
                .with_untracked(|j| planned_course(j).map(offer_title));
            app.notice.set(Some(format!(
                "{} is your planned course.",
                title.unwrap_or_default()
            )));
        }
        Err(error) => choose_problem.set(Some(error.message())),
    };
    let actions = RowActions {
        start_edit,
        remove,
        choose,
    };

    view! {
        <section aria-labelledby="compare-title">
            <h3 id="compare-title">"Compare offers"</h3>
            <Show when=move || { total.get() > 0 } fallback=|| view! { <p>"No offers yet. Add the courses you are considering with the form below."</p> }>
                {offer_filters(filter)}
                {problem_text(choose_problem)}
                <p class="help">{move || format!("{} of {} offers shown, sorted by {}.", rows.with(|r| r.len()), total.get(), { let (k, d) = sort.get(); sort_phrase(k, d) })}</p>
                <ScrollTable class="offers" caption="Course offers compared; the sort buttons are in the column headers"
                    head=view! {
                        <thead>
                            <tr>
                                <th scope="col">"Offer"</th>
                                <th scope="col">"Leads to the certification?"</th>
                                {header(OfferSortKey::Score)}
                                {header(OfferSortKey::Price)}
                                {header(OfferSortKey::Start)}
                                {header(OfferSortKey::Certification)}
                                <th scope="col">"Hours"</th>
                                <th scope="col">"Points to check"</th>
                                <th scope="col">"Actions"</th>
                            </tr>
                        </thead>
                    }.into_any()>
                    {table_rows(move || rows.get(), move |(offer, assessment, weights)| {
                        let is_chosen = chosen.get() == Some(offer.id);
                        offer_row(offer, assessment, weights, is_chosen, actions)
                    })}
                </ScrollTable>
            </Show>
        </section>
    }
}

/// Which offers the comparison shows: those of one certification, or all; only those that lead
/// to the certification, or all.
fn offer_filters(filter: RwSignal<OfferFilter>) -> impl IntoView {
    let certification = bind!(ids: filter => certification);
    view! {
        <div class="offer-filters">
            <Select control=Control::new("filter-certification") label="Show offers for" value=certification>
                {choice_option(certification, "", "All certifications")}
                {offer_certifications().map(|e| choice_option(certification, e.kind.id(), e.code)).collect_view()}
            </Select>
            <Checkbox control=Control::new("filter-leads") label="Only offers that lead to the certification"
                checked=Bind::new(move || filter.with(|f| f.leads_only), move |on| filter.update(|f| f.leads_only = on))/>
        </div>
    }
}

/// What an offer's buttons do: edit it, remove it, choose it as the planned course.
#[derive(Clone, Copy)]
struct RowActions<E, R, C> {
    start_edit: E,
    remove: R,
    choose: C,
}

/// One offer's row in the comparison: its facts and the nine questions, whether it leads to the
/// certification, its score, price, dates and hours, the points to check, and its buttons.
fn offer_row(
    offer: CourseOffer,
    assessment: Assessment,
    weights: ScoreWeights,
    is_chosen: bool,
    actions: RowActions<
        impl Fn(OfferId) + Copy + Send + Sync + 'static,
        impl Fn(OfferId) + Copy + Send + Sync + 'static,
        impl Fn(OfferId) + Copy + Send + Sync + 'static,
    >,
) -> impl IntoView {
    let RowActions {
        start_edit,
        remove,
        choose,
    } = actions;
    let id = offer.id;
    let title = offer_title(&offer);
    let flags: Vec<String> = assessment.flags.iter().map(|f| f.text(&offer)).collect();
    let link = is_web_link(&offer.link).then(|| offer.link.clone());
    let credential = offer.trainer_credential.label();
    let details: Vec<String> = [
        Some(if offer.trainer.is_empty() {
            format!("Trainer: {credential}")
        } else {
            format!("Trainer: {} ({credential})", offer.trainer)
        }),
        Some(offer.format.label().to_owned()),
        (!offer.place.is_empty()).then(|| offer.place.clone()),
        (!offer.language.is_empty()).then(|| offer.language.clone()),
    ]
    .into_iter()
    .flatten()
    .collect();
    let answers = answers_summary(&offer.checklist);
    let leads = assessment.leads_to_certification();
    let hours = assessment
        .course_minutes
        .map(Minutes::hours_text)
        .unwrap_or_else(|| "Unknown".to_owned());
    view! {
        <tr class:chosen=is_chosen>
            <th scope="row">
                <span class="offer-provider">{offer.provider.clone()}</span>
                {is_chosen.then(|| view! { " " <span class="badge badge-inactive">"Planned course"</span> })}
                <span class="offer-details">{details.join(" · ")}</span>
                {(!offer.notes.is_empty()).then(|| view! { <span class="notes offer-details">{offer.notes.clone()}</span> })}
                {link.map(|href| view! { <a class="offer-details" href=href rel="noopener noreferrer" target="_blank">{format!("Course page of {}", offer.provider)}</a> })}
                <NineQuestions offer=offer.clone() weights/>
            </th>
            <td data-label="Leads to the certification?"><GateBadge offer=offer.clone()/></td>
            <td data-label="Score">
                <strong>{assessment.score.percent}</strong>" / 100"
                <span class="offer-details">{answers}</span>
            </td>
            <td class="nowrap" data-label="Price">{offer.price.in_currency(&offer.currency)}</td>
            <td data-label="Start">{dates_text(&offer)}</td>
            <td data-label="Certification">{offer.certification.code()}</td>
            <td data-label="Hours">{hours}
                <span class="offer-details">{format!("{} a day", offer.minutes_per_day.hours_text())}</span>
            </td>
            <td data-label="Points to check">
                {if flags.is_empty() {
                    view! { <span>"None"</span> }.into_any()
                } else {
                    view! { <ul class="offer-flags">{flags.into_iter().map(|f| view! { <li>{f}</li> }).collect_view()}</ul> }.into_any()
                }}
            </td>
            <td data-label="Actions">
                {item_actions(&title, "Remove", move || start_edit(id), move || remove(id), (!is_chosen && leads).then(|| view! {
                    <button type="button" aria-label=format!("Choose {title} as planned course") on:click=move |_| choose(id)>"Choose as planned course"</button>
                }))}
            </td>
        </tr>
    }
}

#[component]
fn WeightsSection() -> impl IntoView {
    let app = AppState::get();
    let errors = RwSignal::new([None::<String>, None, None, None]);
    let set_weight = move |index: usize, item: ChecklistItem, text: String| {
        let parsed = text
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|w| *w <= MAX_CHECKLIST_WEIGHT);
        match parsed {
            Some(weight) => {
                let mut weights = app.journey.with_untracked(|j| j.training.weights.clone());
                item.set_weight(&mut weights, weight);
                match app.apply(|j| training::set_weights(j, weights)) {
                    Ok(()) => errors.update(|e| e[index] = None),
                    Err(message) => errors.update(|e| e[index] = Some(message)),
                }
            }
            None => errors.update(|e| {
                e[index] = Some(format!(
                    "Enter a whole number from 0 to {}.",
                    MAX_CHECKLIST_WEIGHT
                ))
            }),
        }
    };
    view! {
        <Card title_id="weights-title" heading="Score weights">
            <p class="help">"The score is the weighted share of \u{201c}yes\u{201d} answers to the guide's checklist, from 0 to 100. Answers not known yet count as no. Give a question more weight if it matters more to you; 0 leaves it out."</p>
            <div class="weights">
                {ChecklistItem::ALL.into_iter().enumerate().map(|(index, item)| {
                    let error = Signal::derive(move || errors.with(|e| e[index].clone()));
                    let weight = Bind::new(
                        move || app.journey.with(|j| item.weight(&j.training.weights).to_string()),
                        move |text| set_weight(index, item, text),
                    );
                    view! {
                        <Input control=Control::new(format!("weight-{index}")).error(error)
                            label=format!("Weight of \u{201c}{}\u{201d}", item.short()) value=weight
                            kind="number" live=false min="0" max=MAX_CHECKLIST_WEIGHT.to_string() step="1" inputmode="numeric"/>
                    }
                }).collect_view()}
            </div>
        </Card>
    }
}

// ---------------------------------------------------------------------------------------------
// The offer form

#[component]
fn OfferForm(editor: Editor<OfferId, FormValues, OfferField>) -> impl IntoView {
    let (form, kit) = (editor.form, editor.kit);
    let submit = editor.on_submit(FormValues::parse, said);
    let heading = editor.heading(
        |j, id| find_in(j, id).map(offer_title),
        |title| format!("Edit the offer {title}"),
        "Add a course offer",
    );
    let certification = bind!(ids: form => certification);
    let text = |id: &'static str| Control::new(id);

    view! {
        <FormCard title_id="offer-form-title" heading on_submit=submit>
                <Select control=kit.control(OfferField::Certification) label="Certification" value=certification>
                    {offer_certifications().map(|e| {
                        let label = format!("{} ({}){}", e.code, e.name, if e.legacy { ", legacy" } else { "" });
                        choice_option(certification, e.kind.id(), label)
                    }).collect_view()}
                </Select>
                <Input control=kit.control(OfferField::Provider) label="Training provider" value=bind!(form => provider) autocomplete="off"/>
                <Input control=text("offer-trainer") label="Trainer" value=bind!(form => trainer) autocomplete="off"/>
                <ChoiceSelect<TrainerCredential> control=text("offer-credential").help("A course leads to the certification only when a CST teaches it; for CSPO, private coaching by a CAC counts too.")
                    label="Trainer credential" value=bind!(ids: form => credential)/>
                <ChoiceSelect<Listing> control=text("offer-listed").help("Look the course up in Scrum Alliance's course listing; a course it does not list does not lead to the certification.")
                    label="Listed by Scrum Alliance" value=bind!(ids: form => listed)/>
                <ChoiceSelect<CourseFormat> control=kit.control(OfferField::Format) label="Format" value=bind!(ids: form => format)
                    label_of=|c: CourseFormat| match c {
                        CourseFormat::LiveOnlineSelfPaced => format!("{} (advanced and professional courses only)", c.label()),
                        _ => c.label().to_owned(),
                    }/>
                <Input control=kit.control(OfferField::Start) label="Start date" value=bind!(form => start) kind="date"/>
                <Input control=kit.control(OfferField::End) label="End date" value=bind!(form => end) kind="date"/>
                <Input control=kit.control(OfferField::CourseDays).help("Leave empty when it teaches every day from start to end. A course on four Tuesdays teaches 4 days.")
                    label="Course days" value=bind!(form => course_days) kind="number" min="1" max=MAX_COURSE_DAYS.to_string() step="1" inputmode="numeric"/>
                <Input control=kit.control(OfferField::MinutesPerDay).help(format!("For example 8 or 7.5. The course needs at least {} in all.", figures::MIN_COURSE_MINUTES.hours_text()))
                    label="Teaching hours per day" value=bind!(form => hours_per_day) inputmode="decimal" autocomplete="off"/>
                <Input control=text("offer-place") label="Time zone or location" value=bind!(form => place) autocomplete="off"/>
                <Input control=text("offer-language") label="Language" value=bind!(form => language) autocomplete="off"/>
                <Input control=kit.control(OfferField::Price) label="Price" value=bind!(form => price) inputmode="decimal" autocomplete="off"/>
                <Input control=kit.control(OfferField::Currency) label="Currency" value=bind!(form => currency) maxlength=3 autocomplete="off"/>
                <fieldset class="checklist">
                    <legend>"The guide's checklist"</legend>
                    {ChecklistItem::ALL.into_iter().enumerate().map(|(index, item)| {
                        view! {
                            <ChoiceSelect<Answer> control=Control::new(format!("offer-answer-{index}")) label=item.question() value=bind!(ids: form => answers[index])/>
                        }
                    }).collect_view()}
                </fieldset>
                <TextArea control=text("offer-notes") label="Notes" value=bind!(form => notes)/>
                <Input control=kit.control(OfferField::Link) label="Link to the course page" value=bind!(form => link) kind="url" autocomplete="off"/>
                {editor.actions("Save offer", "Add offer")}
        </FormCard>
    }
}
