//! The entry point: a readable message for any panic, the offline service worker, and the app
//! mounted on the page in place of the static shell of index.html.

// The app runs only in the browser; a host build (for `cargo test` and clippy) says so.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This app runs in a browser: build it with Trunk (see the README).");
    std::process::exit(1);
}

#[cfg(target_arch = "wasm32")]
fn main() {
    web::start();
}

#[cfg(target_arch = "wasm32")]
mod web {
    use cert_planner::store::local::{self, Found, Loaded};
    use leptos::prelude::{document, set_timeout};
    use std::time::Duration;

    // The start is three tasks, not one: the wasm compiled and instantiated; the stored journey
    // read and checked; the app mounted. Shorter tasks keep the page responsive to input while it
    // starts (Lighthouse's total blocking time counts what each task runs past 50 ms). The shell
    // of index.html is on the screen meanwhile.
    pub fn start() {
        console_error_panic_hook::set_once();
        cert_planner::ui::offline::register_service_worker();
        let hash = cert_planner::ui::route::current_hash();
        cert_planner::ui::later_pages::start_loading(cert_planner::ui::route::Route::from_hash(
            &hash,
        ));
        set_timeout(
            || match local::load() {
                Found::Loaded(loaded) => set_timeout(move || mount(loaded), Duration::ZERO),
                // An older document, or one with a problem to name: read the long way, which is
                // in the pages' module.
                Found::Slowly(raw) => wasm_bindgen_futures::spawn_local(async move {
                    mount(cert_planner::ui::later_pages::load_slowly(raw).await);
                }),
            },
            Duration::ZERO,
        );
    }

    fn mount(loaded: Loaded) {
        // index.html paints a shell (header, navigation, what the app is, "Loading") before the wasm
        // arrives. It goes in the same task the app mounts in: no frame is painted between, so the
        // page never shows (and a screen reader never reads) both, and the app takes its place at
        // the end of the body. The shell goes first so that no id (main, menu-button) is ever on the
        // page twice.
        if let Some(shell) = document().get_element_by_id("app-shell") {
            shell.remove();
        }
        leptos::mount::mount_to_body(move || cert_planner::ui::app::app_from(loaded));
    }
}
