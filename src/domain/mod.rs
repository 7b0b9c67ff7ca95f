//! The domain core: plain Rust, no Leptos, no browser. `today` is always a parameter.

pub mod catalogue;
pub mod certifications;
pub mod dates;
pub mod example;
pub mod ics;
pub mod journey;
pub mod objectives;
pub mod path;
pub mod planning;
pub mod renewal;
pub mod settings;
pub mod seu;
pub mod timeline;
pub mod training;
