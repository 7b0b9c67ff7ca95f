//! The shell: header, navigation among the pages that exist, the save-status banner, the page.

use leptos::prelude::*;

use crate::ui::pages::{
    certifications::CertificationsPage, dashboard::DashboardPage, path::PathPage,
    report::ReportPage, settings::SettingsPage, seu_log::SeuLogPage, seu_planner::SeuPlannerPage,
    shared::SharedPlanPage, timeline::TimelinePage, training::TrainingPage,
};
use crate::ui::route::Route;
use crate::ui::state::AppState;
use crate::ui::widgets::focus::focus;
use crate::ui::widgets::save_status::{NoticeLine, SaveStatusBanner};
use crate::ui::widgets::update_notice::UpdateNotice;

fn current_route() -> Route {
    let hash = window().location().hash().unwrap_or_default();
    Route::from_hash(&hash)
}

#[component]
pub fn App() -> impl IntoView {
    let app = AppState::start();
    provide_context(app);
    let route = RwSignal::new(current_route());
    let handle = window_event_listener(leptos::ev::hashchange, move |_| route.set(current_route()));
    on_cleanup(move || handle.remove());
    Effect::new(move |_| {
        document().set_title(&format!(
            "{} · Scrum Certification Planner",
            route.get().title()
        ));
    });
    // Move focus to the page heading on navigation, so keyboard and screen reader users land
    // on the new page.
    Effect::new(move |previous: Option<Route>| {
        let now = route.get();
        if previous.is_some_and(|p| p != now) {
            focus("page-title");
        }
        now
    });

    view! {
        <a class="skip-link no-print" href="#main" on:click=|ev| {
            ev.prevent_default();
            focus("main");
        }>"Skip to content"</a>
        <header class="site-header no-print">
            <h1 class="site-title"><a href="#/">"Scrum Certification Planner"</a></h1>
            <nav aria-label="Main">
                <ul>
                    {Route::NAVIGATION.into_iter().map(|r| view! {
                        <li>
                            <a href=r.href() aria-current=move || (route.get() == r).then_some("page")>{r.title()}</a>
                        </li>
                    }).collect_view()}
                </ul>
            </nav>
        </header>
        <main id="main" tabindex="-1">
            <SaveStatusBanner/>
            <UpdateNotice/>
            <NoticeLine/>
            {move || match route.get() {
                Route::Dashboard => view! { <DashboardPage/> }.into_any(),
                Route::Certifications => view! { <CertificationsPage/> }.into_any(),
                Route::Timeline => view! { <TimelinePage/> }.into_any(),
                Route::SeuLog => view! { <SeuLogPage/> }.into_any(),
                Route::SeuPlanner => view! { <SeuPlannerPage/> }.into_any(),
                Route::Report => view! { <ReportPage/> }.into_any(),
                Route::Training => view! { <TrainingPage/> }.into_any(),
                Route::Path => view! { <PathPage/> }.into_any(),
                Route::Settings => view! { <SettingsPage/> }.into_any(),
                Route::Shared => view! { <SharedPlanPage/> }.into_any(),
                Route::NotFound => view! {
                    <h2 id="page-title" tabindex="-1">"Page not found"</h2>
                    <p>"There is no page at this address. " <a href="#/">"Go to the dashboard"</a></p>
                }.into_any(),
            }}
        </main>
        <footer class="site-footer no-print">
            <p>"Your data stays in this browser: nothing is sent anywhere. Rules as summarised from Scrum Alliance texts; check them before you pay."</p>
        </footer>
    }
}
