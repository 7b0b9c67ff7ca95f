//! Moving keyboard focus: to the first field with an error, to a page's heading, to the content.

use leptos::prelude::document;
use wasm_bindgen::JsCast;

/// Focuses the element with this id, if it is on the page.
pub fn focus(id: &str) {
    if let Some(element) = document().get_element_by_id(id) {
        let _ = element.unchecked_into::<web_sys::HtmlElement>().focus();
    }
}
