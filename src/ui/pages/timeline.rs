//! The renewal timeline page: the picture of the years around today with its text equivalent,
//! the renewals to come, the 6-year fee forecast, a planned course's effect, recording a renewal
//! (and removing one, with undo), and the deadlines as an .ics download. Every figure comes from
//! `domain::renewals::timeline`, `domain::seus::log` and `domain::renewals::calendar`.

use crate::domain::renewals::timeline::validate_renewal;
use crate::domain::rules::limits::FIRST_DATE;
use leptos::prelude::*;

use crate::ui::widgets::table::{headed_row, table_rows, text_row, ScrollTable, SideScroll};

use crate::domain::records::field_error::{Problems, Typed};
use crate::model::{CertificationId, Money, RenewalId};
use crate::ui::widgets::form::{Amount, Bind, Card, Control, FormCard, FormKit, Input, ReadTyped};
use crate::ui::widgets::list::{keyed_list, Removal, UndoWords};

use crate::basics::dates::human;
use crate::domain::renewals::calendar;
use crate::domain::rules::catalogue::DUE_SOON_DAYS;
use crate::domain::rules::renewal::{renewed_with_lower_levels, standings};

use crate::domain::renewals::timeline::{
    self, chart_span, fee_for, record_renewal, recorded_renewals, remove_renewal, renewable,
    restore_renewal, CourseEffect, Outlook, RenewalDraft, RenewalField,
};
use crate::model::journey::Journey;
use crate::ui::route::Route;
use crate::ui::state::AppState;
use crate::ui::widgets::download::download_text;
use crate::ui::widgets::timeline_chart::{terms_text, TimelineChart};

#[component]
pub fn TimelinePage() -> impl IntoView {
    let app = AppState::get();
    // The renewals to come are simulated once for the picture, the list, the forecast and the
    // planned course; each part is a memo of its own, so a part that did not change is not drawn
    // again.
    let outlook = app.as_of_today(timeline::outlook);
    let rows = part(outlook, |o| o.rows.clone());
    let span = Memo::new(move |_| chart_span(app.today.get()));
    let has_any = move || app.journey.with(|j| !j.certifications.is_empty());

    view! {
        <h2 id="page-title" tabindex="-1">"Renewal timeline"</h2>
        <p>"When each certification expires, what renewing needs, what the fees add up to, and what a planned course would change."</p>
        <Show when=has_any fallback=|| view! {
            <p>"You have not recorded a certification yet. " <a href=Route::Certifications.href()>"Add your certifications"</a>" to see their timeline."</p>
        }>
            <Card title_id="picture-title" heading="Your certifications over time">
                <TimelineChart rows=rows today=app.today span=span/>
                <TimelineTable rows=rows/>
            </Card>
        </Show>
        <UpcomingRenewals outlook=outlook/>
        <Forecast outlook=outlook/>
        <PlannedCourse outlook=outlook/>
        <RecordRenewal/>
        <RecordedRenewals/>
        <CalendarExport/>
    }
}

/// The text equivalent of the picture: the same facts as a table.
#[component]
fn TimelineTable(#[prop(into)] rows: Signal<Vec<timeline::TimelineRow>>) -> impl IntoView {
    view! {
        <SideScroll cue="Scroll sideways to see every column \u{2192}">
        <ScrollTable region="The timeline as a table (scrolls sideways)" class="timeline-table"
            caption="The timeline as a table" caption_shown=true
            heads=&["Certification", "Earned", "Expires", "Due soon from", "Terms", "Renewals recorded", "With the planned course"]>
                    {table_rows(move || rows.get(), move |row| {
                        let planned = row.id == crate::domain::renewals::timeline::PLANNED_COURSE_ROW;
                        let expires = if planned { "Not held yet".to_owned() } else { row.expiry.map(human).unwrap_or_else(|| "Does not expire".into()) };
                        let due = row.due_soon_from.map(human).unwrap_or_else(|| "\u{2014}".into());
                        let renewed = if row.renewed_on.is_empty() { "None".to_owned() } else { row.renewed_on.iter().map(|d| human(*d)).collect::<Vec<_>>().join(", ") };
                        let course = match (planned, row.planned_expiry) {
                            (true, Some(date)) => format!("Earned on {}, expires {}", human(row.earned), human(date)),
                            (false, Some(date)) => format!("Expires {}", human(date)),
                            _ => "No change".to_owned(),
                        };
                        headed_row(row.title.clone(), [human(row.earned), expires, due, terms_text(&row), renewed, course])
                    })}
        </ScrollTable>
        </SideScroll>
    }
}

/// One part of the outlook, as a memo of its own.
fn part<T>(outlook: Memo<Outlook>, pick: fn(&Outlook) -> T) -> Memo<T>
where
    T: PartialEq + Send + Sync + 'static,
{
    Memo::new(move |_| outlook.with(pick))
}

#[component]
fn UpcomingRenewals(outlook: Memo<Outlook>) -> impl IntoView {
    let list = part(outlook, |o| o.to_come.clone());
    view! {
        <Card title_id="upcoming-title" heading="Renewals to come">
            <Show when=move || list.with(|l| !l.is_empty()) fallback=|| view! { <p>"Nothing you hold is renewed with SEUs in the years the fee forecast covers."</p> }>
                <p class="help">"Each renewal renews what is listed with one fee; lower levels of a track renew with the top one. Certifications that expire on different dates are renewed on their own dates, each with its own SEUs and fee; one that has lapsed is reinstated on its own. SEUs had: what your log holds toward it today (an SEU is used by one renewal only). Later renewals start from 0 SEUs: a surplus does not carry over."</p>
                <ScrollTable region="Renewals to come (scrolls sideways)" caption="Renewals to come, in date order"
                    heads=&["Due", "Renews", "SEUs needed", "SEUs had", "Fee"]>
                            {table_rows(move || list.get(), move |r| {
                                let due = if r.overdue { format!("{} (overdue: renew now to reinstate)", human(r.deadline)) } else { human(r.deadline) };
                                text_row([due, r.titles.join(", "), r.seus_needed.to_string(), r.earned_minutes.seus_text(), r.fee.to_string()])
                            })}
                </ScrollTable>
            </Show>
        </Card>
    }
}

#[component]
fn Forecast(outlook: Memo<Outlook>) -> impl IntoView {
    let forecast = part(outlook, |o| o.forecast.clone());
    let total = view! {
        <tfoot>
            <tr>
                <th scope="row">"Total"</th>
                <td>{move || forecast.with(|f| f.renewals)}</td>
                <td>{move || forecast.with(|f| f.total.to_string())}</td>
            </tr>
        </tfoot>
    };
    view! {
        <Card title_id="forecast-title" heading="Renewal fees by calendar year">
            <p class="help">"Each calendar year from January to December (this year from today), assuming each renewal is made on time (an overdue one now), with the alignment setting as it is."</p>
            <dl class="figures">
                <div><dt>"Renewals"</dt><dd data-testid="forecast-renewals">{move || forecast.with(|f| f.renewals)}</dd></div>
                <div><dt>"Fees in total"</dt><dd data-testid="forecast-total">{move || forecast.with(|f| f.total.to_string())}</dd></div>
            </dl>
            <ScrollTable region="Renewal fees per year (scrolls sideways)" caption="Renewal fees per year"
                heads=&["Year", "Renewals", "Fees"] foot=total.into_any()>
                        {table_rows(move || forecast.get().years, move |y| {
                            headed_row(y.year.to_string(), [y.renewals.to_string(), y.fee.to_string()])
                        })}
            </ScrollTable>
        </Card>
    }
}

#[component]
fn PlannedCourse(outlook: Memo<Outlook>) -> impl IntoView {
    let effect = part(outlook, |o| o.effect.clone());
    move || match effect.get() {
        CourseEffect::NoCourse => ().into_any(),
        CourseEffect::NoEndDate { course } => course_card(view! {
            <p>{format!("Your planned {} course has no end date yet. ", course.certification.code())}<a href=Route::Training.href()>"Give its dates"</a>" to see how earning it would renew and realign your certifications."</p>
        }),
        CourseEffect::AlreadyHeld { course } => course_card(view! {
            <p>{format!("Your planned course leads to {}, which you already hold.", course.certification.code())}</p>
        }),
        CourseEffect::Realigns(plan) => {
            let code = plan.course.certification.code();
            let aligned = if plan.aligned.is_empty() {
                view! { <p>"It would not move the expiry of anything you hold (the alignment setting is off, or nothing current expires earlier)."</p> }.into_any()
            } else {
                view! {
                    <p>"Earning it renews your current certifications, which then share its expiry (alignment rule):"</p>
                    <ul>
                        {plan.aligned.iter().map(|(_, title, now, then)| view! {
                            <li>{format!("{title}: {} instead of {}", human(*then), human(*now))}</li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            };
            course_card(view! {
                <p>{format!("If you earn {code} when the course ends on {}, it expires on {}.", human(plan.earned), human(plan.expiry))}</p>
                {aligned}
                <p>{format!("The renewal after it needs {} SEUs and a fee of {}; renewal fees in the calendar years above would be {} for {} renewal{}.",
                    plan.seus_needed, plan.fee, plan.forecast.total, plan.forecast.renewals,
                    if plan.forecast.renewals == 1 { "" } else { "s" })}</p>
            })
        }
    }
}

/// The planned course's card, around what it says.
fn course_card(content: impl IntoView + 'static) -> AnyView {
    view! {
        <Card title_id="course-title" heading="Your planned course">
            {content}
        </Card>
    }
    .into_any()
}

fn default_picked(journey: &Journey) -> Vec<CertificationId> {
    renewable(journey).iter().map(|c| c.id).collect()
}

/// "Renewal recorded. CSM now expires on 9 May 2029."
fn renewed_message(journey: &Journey, id: RenewalId, today: chrono::NaiveDate) -> String {
    let all = standings(journey, today);
    let moved = journey
        .renewals
        .iter()
        .find(|r| r.id == id)
        .map(|r| {
            r.renewed
                .iter()
                .filter_map(|cid| all.iter().find(|s| s.id == *cid))
                .map(|s| {
                    format!(
                        "{} now expires on {}",
                        s.title,
                        s.expiry.map(human).unwrap_or_default()
                    )
                })
                .collect::<Vec<_>>()
                .join("; ")
        })
        .unwrap_or_default();
    format!("Renewal recorded. {moved}.")
}

/// How the renewal form names the fee paid.
const FEE: Amount = Amount {
    the: "the fee paid",
    the_capital: "The fee paid",
    zero: "you paid nothing",
    example: "175 or 175.50",
};

/// Reads the renewal form's values into a draft, noting what is wrong at each field. A date that
/// cannot be read stands in the draft as the first date kept, and a fee as nothing: the rules
/// then say nothing of them at another field.
fn parse_renewal(
    renewed: Vec<CertificationId>,
    date: &str,
    fee: &str,
) -> Typed<RenewalDraft, RenewalField> {
    let mut problems = Problems::new();
    let date = problems.date(
        RenewalField::Date,
        date,
        "Enter the date you renewed, for example 2026-11-20.",
        "2026-11-20",
    );
    let fee_paid = problems.money(RenewalField::Fee, fee, FEE);
    problems.typed(Some(RenewalDraft {
        renewed,
        date: date.unwrap_or(FIRST_DATE),
        fee_paid,
    }))
}

#[component]
fn RecordRenewal() -> impl IntoView {
    let app = AppState::get();
    let held = Memo::new(move |_| {
        app.journey.with(|j| {
            renewable(j)
                .into_iter()
                .map(|c| (c.id, c.title()))
                .collect::<Vec<_>>()
        })
    });
    // `None` until the user changes the boxes: then every renewable certification is checked.
    let picked = RwSignal::new(None::<Vec<CertificationId>>);
    let date = RwSignal::new(String::new());
    // `None` until the user types a fee: then the fee for what is checked is shown.
    let fee = RwSignal::new(None::<String>);
    let kit = FormKit::<RenewalField>::new("renew");

    let chosen = move || {
        picked
            .get()
            .unwrap_or_else(|| app.journey.with(default_picked))
    };
    let default_fee = move || {
        let chosen = chosen();
        app.journey
            .with(|j| fee_for(j, &chosen))
            .unwrap_or(Money::ZERO)
    };
    let fee_text = move || fee.get().unwrap_or_else(|| default_fee().amount_text());
    let date_text = move || {
        let typed = date.get();
        if typed.is_empty() {
            app.today.get().to_string()
        } else {
            typed
        }
    };
    let today_text = Signal::derive(move || app.today.get().to_string());
    let toggle = move |id: CertificationId, on: bool| {
        let mut list = chosen();
        list.retain(|x| *x != id);
        if on {
            list.push(id);
        }
        picked.set(Some(list));
    };

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        kit.submit(
            app,
            parse_renewal(untrack(chosen), &date_text(), &fee_text()),
            validate_renewal,
            |j, draft, today| {
                record_renewal(j, draft, today).map(|id| renewed_message(j, id, today))
            },
            move || {
                picked.set(None);
                date.set(String::new());
                fee.set(None);
            },
        );
    };
    view! {
        <Show when=move || held.with(|h| !h.is_empty()) fallback=|| view! {
            <Card title_id="record-title" heading="Record a renewal"><p>"Nothing you hold is renewed with SEUs and a fee."</p></Card>
        }>
            <FormCard title_id="record-title" heading="Record a renewal" on_submit=submit>
                {renewed_boxes(kit.control(RenewalField::Certifications), held, chosen, toggle)}
                <Input control=kit.control(RenewalField::Date) label="Date of the renewal" kind="date" max=today_text
                    value=Bind::new(date_text, move |v| date.set(v))/>
                <Input control=kit.control(RenewalField::Fee).help(move || format!("The renewal fee for what is checked is {}, set by the highest level renewed.", default_fee()))
                    label="Fee paid (US dollars)" value=Bind::new(fee_text, move |v| fee.set(Some(v))) inputmode="decimal" autocomplete="off"/>
                <div class="actions">
                    <button type="submit">"Record renewal"</button>
                </div>
            </FormCard>
        </Show>
    }
}

/// The boxes of the certifications renewed, one for each that is renewable (`held`: their ids
/// and titles), in their fieldset (`control`).
fn renewed_boxes(
    control: Control,
    held: Memo<Vec<(CertificationId, String)>>,
    chosen: impl Fn() -> Vec<CertificationId> + Copy + Send + Sync + 'static,
    toggle: impl Fn(CertificationId, bool) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <fieldset id=control.id() class="field" aria-describedby=control.described()>
            <legend>"Certifications renewed"</legend>
            {keyed_list(held, |h| h.0, move |(id, title)| renewed_box(id, title, chosen, toggle))}
            {control.error_text()}
        </fieldset>
    }
}

/// The box of one renewable certification `id` (`title`): checked while `chosen` holds it, or
/// checked and fixed while a higher level chosen renews it too; its help says which.
fn renewed_box(
    id: CertificationId,
    title: String,
    chosen: impl Fn() -> Vec<CertificationId> + Copy + Send + Sync + 'static,
    toggle: impl Fn(CertificationId, bool) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let app = AppState::get();
    let box_id = format!("renew-{id}");
    let help_id = format!("renew-{id}-help");
    // Not chosen itself but renewed with a higher level chosen: those levels' titles.
    let renewed_with = move || {
        let chosen = chosen();
        if chosen.contains(&id) {
            return Vec::new();
        }
        app.journey.with(|j| {
            chosen
                .into_iter()
                .filter(|c| *c != id && renewed_with_lower_levels(j, &[*c]).contains(&id))
                .filter_map(|c| j.certification(c))
                .map(|c| c.title())
                .collect::<Vec<_>>()
        })
    };
    let is_implied = move || !renewed_with().is_empty();
    let lower = move || {
        app.journey.with(|j| {
            renewed_with_lower_levels(j, &[id])
                .into_iter()
                .filter(|x| *x != id)
                .filter_map(|x| j.certification(x))
                .map(|c| c.title())
                .collect::<Vec<_>>()
        })
    };
    let help = {
        let title = title.clone();
        move || {
            let by = renewed_with();
            if !by.is_empty() {
                Some(format!("{title} renews with {}.", by.join(", ")))
            } else {
                let lower = lower();
                (!lower.is_empty())
                    .then(|| format!("Renewing {title} also renews {}.", lower.join(" and ")))
            }
        }
    };
    let described = {
        let (help, help_id) = (help.clone(), help_id.clone());
        move || help().map(|_| help_id.clone())
    };
    view! {
        <div class="field check">
            <input type="checkbox" id=box_id.clone()
                prop:checked=move || chosen().contains(&id) || is_implied()
                disabled=is_implied
                aria-describedby=described
                on:change=move |ev| toggle(id, event_target_checked(&ev))/>
            <label for=box_id>{title}</label>
            {move || help().map(|text| view! { <p class="help" id=help_id.clone()>{text}</p> })}
        </div>
    }
}

#[component]
fn RecordedRenewals() -> impl IntoView {
    let list = AppState::journey_figure(recorded_renewals);
    let removal = Removal::new(restore_renewal, |taken| {
        let date = human(taken.renewal.date);
        UndoWords {
            gone: format!("Removed the renewal of {date}; the expiry moved back."),
            notice: format!("The renewal of {date} was removed. "),
            button: format!("Undo removing the renewal of {date}"),
            back: format!("The renewal of {date} is back."),
        }
    });
    let remove = move |id: RenewalId| {
        removal.take(|j| remove_renewal(j, id));
    };
    view! {
        <Card title_id="recorded-title" heading="Recorded renewals">
            {removal.notice()}
            <Show when=move || list.with(|l| !l.is_empty()) fallback=|| view! { <p>"No renewal recorded yet."</p> }>
                <ul class="standings">
                    {keyed_list(list, |r| r.id, move |r| {
                            let id = r.id;
                            let date = human(r.date);
                            view! {
                                <li>
                                    <span class="cert-title">{date.clone()}</span>": "{r.titles.join(", ")}
                                    {format!(". Fee paid {}; {} SEUs used.", r.fee_paid, r.used_minutes.seus_text())}" "
                                    <button type="button" class="secondary" on:click=move |_| remove(id)>{format!("Remove the renewal of {date}")}</button>
                                </li>
                            }
                    })}
                </ul>
            </Show>
        </Card>
    }
}

#[component]
fn CalendarExport() -> impl IntoView {
    let app = AppState::get();
    let problem = RwSignal::new(None::<String>);
    let count = Memo::new(move |_| {
        app.journey
            .with(|j| calendar::deadlines(j, app.today.get()).len())
    });
    let download = move |_| {
        let today = app.today.get_untracked();
        // The journey's id, once: its events' UIDs carry it.
        if app.journey.with_untracked(|j| j.id.is_empty()) {
            let random = [(); 4].map(|()| (js_sys::Math::random() * 4_294_967_296.0) as u32);
            if let Err(message) = app.apply(|j| {
                calendar::give_id(j, random);
                Ok::<(), String>(())
            }) {
                problem.set(Some(message));
                return;
            }
        }
        let text = app
            .journey
            .with_untracked(|j| calendar::deadlines_ics(j, today, chrono::Utc::now()));
        problem.set(download_text(&calendar::filename(today), "text/calendar", &text).err());
    };
    view! {
        <Card title_id="calendar-title" heading="Deadlines in your calendar">
            <p>{move || format!("An iCalendar file with each expiry to come and a reminder {DUE_SOON_DAYS} days before: {} event{}. Import it into your calendar app; nothing leaves your device.", count.get(), if count.get() == 1 { "" } else { "s" })}</p>
            <div class="actions">
                <button type="button" on:click=download>"Download deadlines (.ics)"</button>
            </div>
            {move || problem.get().map(|e| view! { <p class="field-error" role="alert">{e}</p> })}
        </Card>
    }
}
