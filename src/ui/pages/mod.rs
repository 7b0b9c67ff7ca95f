//! One file a page.

pub mod certifications;
pub mod dashboard;
pub mod guide;
pub mod path;
pub mod recover;
pub mod report;
pub mod settings;
pub mod seu_log;
pub mod seu_planner;
pub mod shared_plan;
pub mod timeline;
pub mod training;
