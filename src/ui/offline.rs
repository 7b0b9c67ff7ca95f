//! Offline use and updates: registers the service worker (`sw.js`, copied beside `index.html`
//! by Trunk), which keeps each version of the app in its own cache, and tells the page when a
//! new version has been installed and is waiting. The page moves to it only when the user asks
//! (`apply_update`), so nothing half-typed is lost and one page never mixes two versions' files.

use std::cell::{Cell, RefCell};

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

/// How often an open app asks the host whether a new version exists (the browser also asks on
/// every visit).
const UPDATE_CHECK_MS: i32 = 30 * 60 * 1000;

/// The message `sw.js` answers by activating the waiting version.
const SKIP_WAITING: &str = "skip-waiting";

thread_local! {
    /// Set once the user has asked for the new version: the next controller change reloads.
    static RELOAD_REQUESTED: Cell<bool> = const { Cell::new(false) };
    /// The app's registration, once it has an active version.
    static REGISTRATION: RefCell<Option<ServiceWorkerRegistration>> = const { RefCell::new(None) };
}

/// The service worker container, in a browser that has one (a secure origin).
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    let available = js_sys::Reflect::get(&navigator, &JsValue::from_str("serviceWorker"))
        .is_ok_and(|container| !container.is_undefined() && !container.is_null());
    available.then(|| navigator.service_worker())
}

/// Registers `./sw.js` relative to the page, so it works under any sub-path. A browser without
/// service workers (or a page not served over a secure origin) runs the app online only.
pub fn register_service_worker() {
    if let Some(container) = container() {
        let _ = container.register("./sw.js");
    }
}

/// Calls `on_ready` once a new version is installed and waiting while this page runs an older
/// one (not on the first visit, when there is no older one). Checks for a new version every
/// `UPDATE_CHECK_MS` while the page is open.
pub fn watch_for_updates(on_ready: impl Fn() + Clone + 'static) {
    let Some(container) = container() else {
        return;
    };
    let Ok(ready) = container.ready() else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(registration) = wasm_bindgen_futures::JsFuture::from(ready).await else {
            return;
        };
        let registration: ServiceWorkerRegistration = registration.unchecked_into();
        REGISTRATION.set(Some(registration.clone()));
        let controlled = {
            let container = container.clone();
            move || container.controller().is_some()
        };
        if registration.waiting().is_some() && controlled() {
            on_ready();
        }
        let found = {
            let registration = registration.clone();
            Closure::<dyn Fn()>::new(move || {
                let Some(worker) = registration.installing() else {
                    return;
                };
                let (on_ready, controlled, watched) =
                    (on_ready.clone(), controlled.clone(), worker.clone());
                let changed = Closure::<dyn Fn()>::new(move || {
                    if watched.state() == ServiceWorkerState::Installed && controlled() {
                        on_ready();
                    }
                });
                worker.set_onstatechange(Some(changed.as_ref().unchecked_ref()));
                changed.forget();
            })
        };
        registration.set_onupdatefound(Some(found.as_ref().unchecked_ref()));
        found.forget();
        // Only the page whose user asked reloads; other open pages keep what they show.
        let reload = Closure::<dyn Fn()>::new(|| {
            if RELOAD_REQUESTED.get() {
                let _ = web_sys::window().map(|w| w.location().reload());
            }
        });
        container.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
        reload.forget();
        let check = Closure::<dyn Fn()>::new(move || {
            let _ = registration.update();
        });
        if let Some(window) = web_sys::window() {
            let _ = window.set_interval_with_callback_and_timeout_and_arguments_0(
                check.as_ref().unchecked_ref(),
                UPDATE_CHECK_MS,
            );
        }
        check.forget();
    });
}

/// Moves to the waiting version: asks it to take over and reloads once it has. With no
/// version waiting (another tab already moved), reloads at once.
pub fn apply_update() {
    RELOAD_REQUESTED.set(true);
    let waiting = REGISTRATION.with_borrow(|r| r.as_ref().and_then(|r| r.waiting()));
    match waiting {
        Some(worker) => {
            let _ = worker.post_message(&JsValue::from_str(SKIP_WAITING));
        }
        None => {
            let _ = web_sys::window().map(|w| w.location().reload());
        }
    }
}
