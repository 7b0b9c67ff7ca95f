//! Small pieces the pages share.

pub mod download;
pub mod save_status;
pub mod standing;
