//! Every page but the dashboard, in a wasm module of its own: the release build splits it off
//! (`scripts/build-wasm.sh`), so a phone starts on a module of half the size and fetches this one
//! on the first visit to another page (the offline service worker has it in its cache by then).
//! Without the `split` feature (the host and browser tests) it is an ordinary function.

use leptos::prelude::*;

use crate::store::local::{self, Loaded, SaveState};
use crate::ui::pages::{
    certifications::CertificationsPage,
    guide::{GettingStartedPage, GlossaryPage},
    path::PathPage,
    recover::RecoverPage,
    report::ReportPage,
    settings::SettingsPage,
    seu_log::SeuLogPage,
    seu_planner::SeuPlannerPage,
    shared_plan::SharedPlanPage,
    timeline::TimelinePage,
    training::TrainingPage,
};
use crate::ui::route::Route;
use crate::ui::widgets::proof_files::reclaim_once;

/// The module with the pages could not be fetched (offline before it was ever cached, or the
/// host did not answer); trying again fetches it anew.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotLoaded;

#[cfg(feature = "split")]
impl From<leptos::wasm_split::SplitLoaderError> for NotLoaded {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        NotLoaded
    }
}

/// The page of this route, once its module is there (`Route::is_later_page`; any other route
/// gives an empty view).
pub async fn page(route: Route) -> Result<AnyView, NotLoaded> {
    #[cfg(feature = "split")]
    return later_page(route).await;
    #[cfg(not(feature = "split"))]
    later_page(route)
}

/// Reads a stored document the quick way could not (`store::local::load_slowly`: a migration,
/// or a problem to name), with the code of this module. When the module cannot be fetched, the
/// app starts empty without saving, so that the stored document is never overwritten.
pub async fn load_slowly(raw: String) -> Loaded {
    #[cfg(feature = "split")]
    let loaded = read_slowly(raw).await;
    #[cfg(not(feature = "split"))]
    let loaded = read_slowly(raw);
    loaded.unwrap_or_else(|NotLoaded| {
        Loaded::fresh(SaveState::Unavailable(
            "the part of the app that opens your saved data could not be fetched (check the connection, then reload the page)".into(),
        ))
    })
}

#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(later_pages, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn read_slowly(raw: String) -> Result<Loaded, NotLoaded> {
    Ok(local::load_slowly(raw))
}

/// Starts fetching the module of the later pages when the app starts on one of them (a link or a
/// reload there), so that it arrives while the stored journey is read and the app mounted, not
/// after. The page awaits the same load (`page`); a failure is reported there.
pub fn start_loading(route: Route) {
    #[cfg(feature = "split")]
    if route.is_later_page() {
        wasm_bindgen_futures::spawn_local(async {
            let _ = preload_later_pages().await;
        });
    }
    #[cfg(not(feature = "split"))]
    let _ = route;
}

#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(
        later_pages,
        wasm_split_path = ::leptos::wasm_split,
        fallible,
        preload(preload_later_pages)
    )
)]
fn later_page(route: Route) -> Result<AnyView, NotLoaded> {
    reclaim_once();
    Ok(match route {
        Route::Certifications => view! { <CertificationsPage/> }.into_any(),
        Route::Timeline => view! { <TimelinePage/> }.into_any(),
        Route::SeuLog => view! { <SeuLogPage/> }.into_any(),
        Route::SeuPlanner => view! { <SeuPlannerPage/> }.into_any(),
        Route::Report => view! { <ReportPage/> }.into_any(),
        Route::Training => view! { <TrainingPage/> }.into_any(),
        Route::Path => view! { <PathPage/> }.into_any(),
        Route::Settings => view! { <SettingsPage/> }.into_any(),
        Route::Shared => view! { <SharedPlanPage/> }.into_any(),
        Route::Recover => view! { <RecoverPage/> }.into_any(),
        Route::GettingStarted => view! { <GettingStartedPage/> }.into_any(),
        Route::Glossary => view! { <GlossaryPage/> }.into_any(),
        Route::Dashboard | Route::NotFound => ().into_any(),
    })
}
