//! The domain core: plain Rust, no Leptos, no browser. `today` is always a parameter.

pub mod backup;
pub mod catalogue;
pub mod certifications;
pub mod csv_text;
pub mod dates;
pub mod decimal;
pub mod drafts;
pub mod evidence;
pub mod example;
pub mod field_error;
pub mod gate;
pub mod guide;
pub mod ics;
pub mod migration;
pub mod next_step;
pub mod objectives;
pub mod order;
pub mod path;
pub mod planning;
pub mod renewal;
pub mod seu;
pub mod seu_csv;
pub mod seu_ideas;
pub mod share;
pub mod timeline;
pub mod training;
