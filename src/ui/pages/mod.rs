//! One file a page.

pub mod certifications;
pub mod dashboard;
pub mod settings;
