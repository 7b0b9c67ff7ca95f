//! What every form does when it is submitted.

use leptos::prelude::*;

use crate::ui::state::AppState;
use crate::ui::widgets::focus::focus;

/// Ends a form's submit. On success the form is reset and the message announced in the status
/// line; on errors they are shown at their fields and focus moves to the first one.
pub fn finish_submit<E: Send + Sync + 'static>(
    app: AppState,
    result: Result<String, Vec<E>>,
    errors: RwSignal<Vec<E>>,
    field_id: impl Fn(&E) -> &'static str,
    reset: impl FnOnce(),
) {
    match result {
        Ok(message) => {
            reset();
            app.notice.set(Some(message));
        }
        Err(list) => {
            if let Some(first) = list.first() {
                focus(field_id(first));
            }
            errors.set(list);
        }
    }
}
