//! The dashboard: the journey at a glance, the next deadline first. An empty journey gets a
//! friendly start instead.

use leptos::prelude::*;

use crate::ui::widgets::form::Card;

use crate::basics::dates::human;
use crate::domain::advice::guide::SCRUM_ALLIANCE_URL;
use crate::domain::advice::next_step::{
    product_owner_outlook, readiness_text, renewal_outlook_of, Readiness,
};
use crate::domain::edge::example::example_journey;
use crate::domain::path::eligibility_summary;
use crate::domain::rules::renewal::{next_deadline, standings};
use crate::domain::seus::plan::format_pace;
use crate::ui::route::Route;
use crate::ui::state::AppState;
use crate::ui::widgets::guide_step::term_link;
use crate::ui::widgets::planned_course::PlannedCourseCard;
use crate::ui::widgets::standing::{days_left_text, expiry_text, RequirementSummary, StatusBadge};
use crate::ui::widgets::your_data::BackupReminder;

#[component]
pub fn DashboardPage() -> impl IntoView {
    let app = AppState::get();
    let empty = Memo::new(move |_| app.journey.with(|j| j.is_empty()));
    move || {
        if empty.get() {
            view! { <FirstStart/> }.into_any()
        } else {
            view! { <Overview/> }.into_any()
        }
    }
}

#[component]
fn FirstStart() -> impl IntoView {
    let app = AppState::get();
    let load_example = move |_| {
        let today = app.today.get_untracked();
        let _ = app.apply(|j| {
            let mut example = example_journey(today);
            example.revision = j.revision;
            example.settings = j.settings.clone();
            *j = example;
            Ok::<(), ()>(())
        });
        app.notice.set(Some(
            "Example journey loaded. Change or remove anything; it is yours now.".into(),
        ));
    };
    view! {
        <section class="welcome" aria-labelledby="page-title">
            <h2 id="page-title" tabindex="-1">"Plan and keep your Scrum certification"</h2>
            <p>"This app helps you earn a Scrum Alliance certification, keep it (SEUs and one fee every two years) and plan the next level. Everything stays in this browser; there is no account."</p>
            <h3 id="where-title">"Where do you stand?"</h3>
            <ul class="choices" aria-labelledby="where-title">
                <li>
                    <a class="button" href=Route::GettingStarted.href()>"I\u{2019}m getting my first certification"</a>
                    <span class="help">"What a CSPO is, how to choose a course, what it costs, what happens after it and how to keep it."</span>
                </li>
                <li>
                    <a class="button" href=Route::Certifications.href()>"I already hold certifications"</a>
                    <span class="help">"Record them to see when each expires and what renewing needs."</span>
                </li>
                <li>
                    <button type="button" class="secondary" on:click=load_example>"Show me an example"</button>
                    <span class="help">"Loads an example journey you can change or remove."</span>
                </li>
            </ul>
        </section>
    }
}

#[component]
fn Overview() -> impl IntoView {
    let app = AppState::get();
    let standings = app.as_of_today(standings);
    let next = move || standings.with(|all| next_deadline(all).cloned());
    view! {
        <h2 id="page-title" tabindex="-1">"Dashboard"</h2>
        <BackupReminder/>
        <WhatNext/>
        <section class="card next-deadline" aria-labelledby="next-title">
            <h3 id="next-title">"Next deadline"</h3>
            {move || match next() {
                Some(s) => {
                    let expiry = s.expiry.map(human).unwrap_or_default();
                    let days = s.days_left.map(days_left_text).unwrap_or_default();
                    view! {
                        <p class="deadline">
                            <strong>{s.title.clone()}</strong>" expires on "<strong>{expiry}</strong>" ("{days}")."
                        </p>
                        <p><StatusBadge status=s.status/></p>
                    }.into_any()
                }
                None if app.journey.with(|j| j.certifications.is_empty()) => {
                    view! { <p>"You have not recorded a certification yet."</p> }.into_any()
                }
                None => view! { <p>"None of your certifications expires."</p> }.into_any(),
            }}
        </section>
        <RequirementSummary journey=app.journey heading_level=3/>
        <SeuPace/>
        <Card title_id="held-title" heading="Your certifications">
            <ul class="standings">
                <For each=move || standings.get() key=|s| s.clone() let:s>
                    <li>
                        <span class="cert-title">{s.title.clone()}</span>" "
                        <StatusBadge status=s.status/>" "
                        <span class="expiry">{expiry_text(&s)}</span>
                    </li>
                </For>
            </ul>
            <p><a href=Route::Certifications.href()>"Add or change certifications"</a></p>
        </Card>
        <PlannedCourseCard/>
    }
}

/// The SEUs planned toward the next renewal and the pace to keep, from the SEU planner's arithmetic.
#[component]
fn SeuPace() -> impl IntoView {
    let app = AppState::get();
    let plan = app.plan;
    move || {
        plan.get().map(|plan| {
            let renewal = &plan.renewal;
            // What is earned shows once, in "What to do next"; here what is planned.
            let summary = format!(
                "{} SEUs planned before the renewal due {}.",
                plan.planned_minutes.seus_text(),
                human(renewal.deadline),
            );
            let pace = if renewal.missing_minutes() == 0 {
                "You have all the SEUs this renewal needs.".to_owned()
            } else {
                format!(
                    "To finish in time, earn {} SEUs a month.",
                    format_pace(plan.pace_needed)
                )
            };
            let warnings = plan
                .warnings
                .iter()
                .map(|w| view! { <li>{w.text(renewal.deadline)}</li> })
                .collect_view();
            view! {
                <Card title_id="seu-pace-title" heading="SEUs and pace">
                    <p>{summary}</p>
                    <p>{pace}</p>
                    <ul class="warnings">{warnings}</ul>
                    <p>
                        <a href=Route::SeuLog.href()>"Log SEUs"</a>" · "
                        <a href=Route::SeuPlanner.href()>"Plan SEUs"</a>
                    </p>
                </Card>
            }
        })
    }
}

/// The next renewal as a progress bar with its figures in words, whether it can be made now,
/// and on the Product Owner track the next certification's date and the learning objectives.
#[component]
fn WhatNext() -> impl IntoView {
    let app = AppState::get();
    let renewal_view = move || {
        let progress = app.next_renewal.get()?;
        let outlook = app
            .journey
            .with(|j| renewal_outlook_of(j, progress, app.today.get()))?;
        let progress = &outlook.progress;
        let figures = format!(
            "{} of {} SEUs",
            progress.earned_minutes.seus_text(),
            progress.required_minutes.seus_text()
        );
        Some(view! {
            <label for="renewal-progress">{format!("SEUs toward the renewal due {}", human(progress.deadline))}</label>
            <div class="progress-line">
                <progress id="renewal-progress" max=progress.required_minutes.get() value=progress.earned_minutes.min(progress.required_minutes).get()></progress>
                <span>{figures}</span>
            </div>
            <p class:ready=outlook.readiness == Readiness::Ready>{readiness_text(&outlook)}</p>
            <p>
                <a href=Route::SeuLog.href()>"Log SEUs"</a>" · "<a href=Route::SeuPlanner.href()>"Plan SEUs"</a>" · "
                <a href=Route::Timeline.href()>"Renewal timeline"</a>" · "
                <a href=SCRUM_ALLIANCE_URL rel="noopener noreferrer">"Scrum Alliance\u{2019}s website"</a>" (where you renew and pay)"
            </p>
        })
    };
    let product_owner_view = move || {
        let outlook = app
            .journey
            .with(|j| product_owner_outlook(j, app.today.get()))?;
        let step = outlook.step.next.map(|next| {
            let code = next.code();
            view! { <p>{term_link(&code.to_ascii_lowercase(), code)}": "{eligibility_summary(&outlook.step)}</p> }
        });
        Some(view! {
            {step}
            <p>
                {format!("CSPO learning objectives ticked: {} of {}. ", outlook.objectives_done, outlook.objectives_total)}
                <a href=Route::Path.href()>"Certification path"</a>
            </p>
        })
    };
    view! {
        <Card title_id="what-next-title" heading="What to do next">
            {renewal_view}
            {product_owner_view}
        </Card>
    }
}
