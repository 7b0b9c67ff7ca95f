//! Moving keyboard focus: to a control (the first field with an error, a group's first control),
//! to a page's heading, to the content.

use leptos::prelude::document;
use wasm_bindgen::JsCast;

/// Focuses the element with this id, if it is on the page.
pub fn focus(id: &str) {
    if let Some(element) = document().get_element_by_id(id) {
        let _ = element.unchecked_into::<web_sys::HtmlElement>().focus();
    }
}

/// Focuses the control with this id; for a group (a fieldset), its first control.
pub fn focus_control(id: &str) {
    let Some(element) = document().get_element_by_id(id) else {
        return;
    };
    let target = if matches!(element.tag_name().as_str(), "FIELDSET" | "DIV") {
        element
            .query_selector("input, select, textarea")
            .ok()
            .flatten()
    } else {
        Some(element)
    };
    if let Some(target) = target {
        let _ = target.unchecked_into::<web_sys::HtmlElement>().focus();
    }
}

/// Keeps keyboard focus in place across a redraw that replaces the focused element (call it just
/// before): once the redraw is done, the element with the focused element's id takes the focus
/// (nothing happens when it had no id or the redraw left none with it). The SEU log's rows,
/// drawn again after a change in another tab, keep a keyboard user's place this way.
pub fn keep_focus_across_redraw() {
    let Some(focused) = document().active_element() else {
        return;
    };
    let id = focused.id();
    if id.is_empty() {
        return;
    }
    // A microtask: after the redraw, before anything else (an event, a paint) runs. Only a
    // focused element the redraw removed is replaced: focusing lays the page out at once.
    wasm_bindgen_futures::spawn_local(async move {
        if !focused.is_connected() {
            focus(&id);
        }
    });
}
