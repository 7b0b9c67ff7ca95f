//! Small pieces the pages share.

pub mod download;
pub mod focus;
pub mod form;
pub mod progress;
pub mod save_status;
pub mod standing;
pub mod timeline_chart;
