//! Offline use: registers the service worker (`sw.js`, copied beside `index.html` by Trunk),
//! which keeps a copy of the app so it opens without a network after the first visit.

use wasm_bindgen::JsValue;

/// Registers `./sw.js` relative to the page, so it works under any sub-path. A browser without
/// service workers (or a page not served over a secure origin) runs the app online only.
pub fn register_service_worker() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let navigator = window.navigator();
    let available = js_sys::Reflect::get(&navigator, &JsValue::from_str("serviceWorker"))
        .is_ok_and(|container| !container.is_undefined() && !container.is_null());
    if available {
        let _ = navigator.service_worker().register("./sw.js");
    }
}
