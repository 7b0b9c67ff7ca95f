//! The dashboard: the journey at a glance, the next deadline first. An empty journey gets a
//! friendly start instead.

use leptos::prelude::*;

use crate::ui::widgets::form::Card;

use crate::domain::dates::human;
use crate::domain::example::example_journey;
use crate::domain::planning::{format_pace, plan_progress};
use crate::domain::renewal::{next_deadline, standings};

use crate::ui::pages::training::PlannedCourseCard;
use crate::ui::route::Route;
use crate::ui::state::AppState;
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
            <p>"Record the certifications you hold and see when each one expires, what renewing them needs (SEUs and one fee), and how they stand today. Everything stays in this browser; there is no account."</p>
            <ul>
                <li>"See every certification's status and expiry, and the 90-day \u{201c}due soon\u{201d} zone."</li>
                <li>"Know the combined renewal requirement for all you hold."</li>
                <li>"Works offline; nothing leaves your device."</li>
            </ul>
            <div class="actions">
                <a class="button" href=Route::Certifications.href()>"Add your first certification"</a>
                <button type="button" class="secondary" on:click=load_example>"Load example journey"</button>
            </div>
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

/// The SEUs toward the next renewal and the pace to keep, from the SEU planner's arithmetic.
#[component]
fn SeuPace() -> impl IntoView {
    let app = AppState::get();
    let plan = app.as_of_today(plan_progress);
    move || {
        plan.get().map(|plan| {
            let renewal = &plan.renewal;
            let summary = format!(
                "{} of {} SEUs earned toward the renewal due {}; {} planned.",
                renewal.earned_minutes.seus_text(),
                renewal.required_minutes.seus_text(),
                human(renewal.deadline),
                plan.planned_minutes.seus_text(),
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
