//! Small pieces the pages share.

pub mod audit_pack;
pub mod download;
pub mod evidence_report;
pub mod file_picker;
pub mod focus;
pub mod form;
pub mod guide_step;
pub mod list;
pub mod markup_rows;
pub mod planned_course;
pub mod progress;
pub mod proof_files;
pub mod save_status;
pub mod seu_csv;
pub mod seu_ideas;
pub mod share;
pub mod standing;
pub mod table;
pub mod timeline_chart;
pub mod update_notice;
pub mod your_data;
