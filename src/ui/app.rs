//! The shell: header, navigation among the pages that exist, the save-status banner, the page.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::store::local::{self, Loaded};
use crate::ui::later_pages;
use crate::ui::pages::dashboard::DashboardPage;
use crate::ui::route::{current_hash, Route};
use crate::ui::state::AppState;
use crate::ui::widgets::focus::focus;
use crate::ui::widgets::save_status::{NoticeLine, SaveStatusBanner};
use crate::ui::widgets::update_notice::UpdateNotice;

/// Focuses the element with this id if it is on the page; if not (its page is still being
/// fetched), leaves it for `LaterPage` to focus once the page is drawn.
fn focus_or_wait(id: &str, pending_focus: StoredValue<Option<String>>) {
    if document().get_element_by_id(id).is_some() {
        pending_focus.set_value(None);
        focus(id);
    } else {
        pending_focus.set_value(Some(id.to_owned()));
    }
}

/// The focus on the page being left (its heading, a link in it) is let go before the page is
/// replaced, while the page is laid out: a focused element removed with its page made the
/// browser lay out the half-built next page at once (about 20 ms a page at 5,000 SEU entries),
/// and again once it was whole. Focus then moves to the new page (`focus_or_wait`).
fn leave_focus_of_page() {
    let document = document();
    let (Some(focused), Some(main)) = (
        document.active_element(),
        document.get_element_by_id("main"),
    ) else {
        return;
    };
    if main.contains(Some(&focused)) {
        if let Ok(focused) = focused.dyn_into::<web_sys::HtmlElement>() {
            let _ = focused.blur();
        }
    }
}

/// A page of `later_pages`: at once when its module is there, else "Loading" until it is (or a
/// message if it cannot be fetched); then the focus that waited for it.
#[component]
fn LaterPage(route: Route, pending_focus: StoredValue<Option<String>>) -> impl IntoView {
    let page = async move {
        let page = later_pages::page(route).await;
        // The page is drawn in this task once this returns: the focus that waited for it, in the
        // next frame (taken then, so that a wait the route's effect records meanwhile counts).
        request_animation_frame(move || {
            if let Some(id) = pending_focus.try_update_value(Option::take).flatten() {
                focus(&id);
            }
        });
        match page {
            Ok(page) => page,
            Err(later_pages::NotLoaded) => view! {
                <h2 id="page-title" tabindex="-1">{route.title()}</h2>
                <p role="alert">"This page could not be loaded: the app could not fetch it. Check the connection, then open the page again."</p>
            }
            .into_any(),
        }
    };
    view! {
        <Suspense fallback=|| view! { <p role="status">"Loading the page…"</p> }>
            {Suspend::new(page)}
        </Suspense>
    }
}

#[component]
pub fn App() -> impl IntoView {
    app_from(local::load_now())
}

/// The app on what the store loaded (`local::load`, or `load_slowly`): the entry point reads the store in a task
/// of its own before it mounts this.
pub fn app_from(loaded: Loaded) -> impl IntoView {
    let app = AppState::start_from(loaded);
    provide_context(app);
    let hash = RwSignal::new(current_hash());
    let route = Memo::new(move |_| hash.with(|h| Route::from_hash(h)));
    // The phone navigation's menu, folded until opened; choosing a page folds it again.
    let menu_open = RwSignal::new(false);
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        leave_focus_of_page();
        hash.set(current_hash());
        menu_open.set(false);
    });
    on_cleanup(move || handle.remove());
    Effect::new(move |_| {
        document().set_title(&format!(
            "{} · Scrum Certification Planner",
            route.get().title()
        ));
    });
    // Move focus to the page heading on navigation, so keyboard and screen reader users land
    // on the new page.
    // A hash with a place in the page ("#/glossary#seu") moves focus there instead, also on
    // the first load; once the page is drawn (the next frame).
    // A page of `later_pages` may still be on its way: its focus waits for it (`LaterPage`).
    let pending_focus = StoredValue::new(None::<String>);
    Effect::new(move |previous: Option<(Route, Option<String>)>| {
        let now = route.get();
        let anchor = hash.with(|h| Route::anchor(h).map(str::to_owned));
        match &anchor {
            Some(id) if previous.as_ref().is_none_or(|p| p.1 != anchor) => {
                let id = id.clone();
                request_animation_frame(move || focus_or_wait(&id, pending_focus));
            }
            None if previous.as_ref().is_some_and(|p| p.0 != now) => {
                focus_or_wait("page-title", pending_focus)
            }
            _ => pending_focus.set_value(None),
        }
        (now, anchor)
    });
    let toggle_menu = move |_| menu_open.update(|open| *open = !*open);
    let close_menu_on_escape = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" && menu_open.get_untracked() {
            menu_open.set(false);
            focus("menu-button");
        }
    };

    view! {
        <a class="skip-link no-print" href="#main" on:click=|ev| {
            ev.prevent_default();
            focus("main");
        }>"Skip to content"</a>
        <header class="site-header no-print">
            <h1 class="site-title"><a href="#/">"Scrum Certification Planner"</a></h1>
            <nav aria-label="Main" class:nav-open=move || menu_open.get() on:keydown=close_menu_on_escape>
                <button type="button" id="menu-button" class="menu-button" aria-controls="main-nav-list"
                    aria-expanded=move || if menu_open.get() { "true" } else { "false" } on:click=toggle_menu>
                    "Menu"
                </button>
                <ul id="main-nav-list">
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
                later if later.is_later_page() => view! { <LaterPage route=later pending_focus/> }.into_any(),
                Route::Dashboard => view! { <DashboardPage/> }.into_any(),
                _ => view! {
                    <h2 id="page-title" tabindex="-1">"Page not found"</h2>
                    <p>"There is no page at this address. " <a href="#/">"Go to the dashboard"</a></p>
                }.into_any(),
            }}
        </main>
        <footer class="site-footer no-print">
            <p>"Your data stays in this browser: nothing is sent anywhere. Rules as summarised from Scrum Alliance texts; check them before you pay."</p>
            <p><a href=Route::GettingStarted.href()>"Getting started"</a>" · "<a href=Route::Glossary.href()>"Glossary"</a></p>
        </footer>
    }
}
