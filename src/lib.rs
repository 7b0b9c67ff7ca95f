//! Scrum Certification Planner: plan and keep a Scrum Alliance certification, in the browser.
//!
//! - `domain`: the rules and the journey document, plain Rust (tested on the host).
//! - `store`: the only code that touches localStorage.
//! - `ui`: Leptos components that render state and send intents.

pub mod domain;
pub mod store;
pub mod ui;
