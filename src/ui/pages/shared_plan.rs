//! A plan someone shared by link, shown read-only and marked as theirs. Nothing of it touches
//! the opener's journey until "Save to my journey", which takes it like a restored file: through
//! the gate (`domain::edge::share::read_fragment`), with the opener's journey kept first.

use leptos::prelude::*;

use crate::basics::dates::human;
use crate::domain::edge::share::read_fragment;
use crate::domain::rules::renewal::standings;
use crate::domain::seus::log::next_renewal;
use crate::model::journey::Journey;
use crate::model::Choice;
use crate::store::local::keep_before_restore;
use crate::ui::route::current_hash;
use crate::ui::state::AppState;
use crate::ui::widgets::table::{text_rows, ScrollTable};

#[component]
pub fn SharedPlanPage() -> impl IntoView {
    let app = AppState::get();
    let hash = current_hash();
    let read = read_fragment(&hash);
    let message = RwSignal::new(None::<String>);
    view! {
        <h2 id="page-title" tabindex="-1">"A shared plan (read-only)"</h2>
        {match read {
            Err(problem) => view! {
                <section class="banner banner-problem" role="alert" aria-labelledby="shared-problem-title">
                    <h3 id="shared-problem-title">"This link cannot be opened"</h3>
                    <p>{problem.explain()}</p>
                    <p>"Nothing was changed. " <a href="#/">"Go to your dashboard"</a></p>
                </section>
            }.into_any(),
            Ok(admitted) => {
                let shared = admitted.journey;
                let save = {
                    let shared = shared.clone();
                    move |_| {
                        let current = app.journey.get_untracked();
                        if !current.is_empty() {
                            if let Err(reason) = keep_before_restore(&current) {
                                message.set(Some(format!("Nothing was saved: {reason}. Download your journey first, then try again.")));
                                return;
                            }
                        }
                        app.replace_journey(shared.clone());
                        app.notice.set(Some("The shared plan is now your journey in this browser.".into()));
                        window().location().set_hash("/").ok();
                    }
                };
                let replaces = app.journey.with_untracked(|j| !j.is_empty());
                view! {
                    <section class="banner banner-info" aria-labelledby="shared-whose">
                        <h3 id="shared-whose">"Someone else\u{2019}s plan"</h3>
                        <p>"Someone shared this plan with you. You see it read-only; your own journey in this browser is not changed."</p>
                        <p>{if replaces {
                            "\u{201c}Save to my journey\u{201d} replaces your journey in this browser with this plan; yours is kept in this browser first, so it can be restored."
                        } else {
                            "\u{201c}Save to my journey\u{201d} makes this plan your journey in this browser."
                        }}</p>
                        <div class="actions">
                            <button type="button" on:click=save>"Save to my journey"</button>
                        </div>
                        <p role="alert">{move || message.get()}</p>
                    </section>
                    <SharedView journey=shared/>
                }.into_any()
            }
        }}
    }
}

#[component]
fn SharedView(journey: Journey) -> impl IntoView {
    let app = AppState::get();
    let today = app.today.get_untracked();
    let certifications = text_rows(standings(&journey, today), |s| {
        [
            s.title,
            s.expiry.map_or_else(|| "does not expire".to_owned(), human),
            s.status.label().to_owned(),
        ]
    });
    let renewal = next_renewal(&journey, today).map(|p| {
        format!(
            "Next renewal due {}: {} of {} SEUs counted.",
            human(p.deadline),
            p.earned_minutes.seus_text(),
            p.required_minutes.seus_text()
        )
    });
    let plan = text_rows(&journey.planned_activities, |a| {
        [
            a.title.clone(),
            a.category.label().to_owned(),
            a.minutes_each.seus_text(),
        ]
    });
    let log = text_rows(&journey.seu_log, |e| {
        [
            human(e.date),
            e.title.clone(),
            e.category.label().to_owned(),
            e.minutes.seus_text(),
        ]
    });
    let has_plan = !journey.planned_activities.is_empty();
    let has_log = !journey.seu_log.is_empty();
    view! {
        <section class="card" aria-labelledby="shared-certifications">
            <h3 id="shared-certifications">"Certifications and renewal timeline"</h3>
            <ScrollTable caption="Their certifications" heads=&["Certification", "Expires", "Status"]>{certifications}</ScrollTable>
            <p>{renewal.unwrap_or_else(|| "Nothing held is renewed with SEUs.".to_owned())}</p>
        </section>
        {has_plan.then(|| view! {
            <section class="card" aria-labelledby="shared-plan">
                <h3 id="shared-plan">"SEU plan"</h3>
                <ScrollTable caption="Their planned activities" heads=&["Activity", "Category", "SEUs each time"]>{plan}</ScrollTable>
            </section>
        })}
        {has_log.then(|| view! {
            <section class="card" aria-labelledby="shared-log">
                <h3 id="shared-log">"SEU log"</h3>
                <ScrollTable caption="Their logged activities" heads=&["Date", "Activity", "Category", "SEUs"]>{log}</ScrollTable>
            </section>
        })}
    }
}
