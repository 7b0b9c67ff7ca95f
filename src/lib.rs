//! Scrum Certification Planner: plan and keep a Scrum Alliance certification, in the browser.
//!
//! - `basics`: building blocks that know nothing of the journey (dates, decimal text, CSV text).
//! - `domain`: the rules and the journey document, plain Rust (tested on the host).
//! - `model`: the records the user keeps, as stored, and their value types.
//! - `store`: the only code that touches localStorage.
//! - `ui`: Leptos components that render state and send intents.

pub mod basics;
pub mod domain;
pub mod model;
pub mod store;
pub mod ui;
