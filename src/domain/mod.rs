//! The domain core: plain Rust, no Leptos, no browser. `today` is always a parameter. One folder
//! per area a person would name; `basics` (below `model`) holds what knows nothing of the journey.

pub mod advice;
pub mod edge;
pub mod path;
pub mod records;
pub mod renewals;
pub mod rules;
pub mod seus;
pub mod training;
