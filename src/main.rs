//! The entry point: a readable message for any panic, the offline service worker, and the app
//! mounted on the page.

fn main() {
    console_error_panic_hook::set_once();
    cert_planner::ui::offline::register_service_worker();
    leptos::mount::mount_to_body(cert_planner::ui::app::App);
}
