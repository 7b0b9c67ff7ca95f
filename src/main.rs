//! The entry point: a readable message for any panic, the offline service worker, and the app
//! mounted on the page in place of the static shell of index.html.

fn main() {
    console_error_panic_hook::set_once();
    cert_planner::ui::offline::register_service_worker();
    // index.html paints a shell (header, navigation, what the app is, "Loading") before the wasm
    // arrives. It goes in the same task the app mounts in: no frame is painted between, so the
    // page never shows (and a screen reader never reads) both, and the app takes its place at
    // the end of the body.
    // The shell goes first so that no id (main, menu-button) is ever on the page twice.
    if let Some(shell) = leptos::prelude::document().get_element_by_id("app-shell") {
        shell.remove();
    }
    leptos::mount::mount_to_body(cert_planner::ui::app::App);
}
