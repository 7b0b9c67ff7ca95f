//! Scrum Education Units: the log and what counts toward a renewal, the plan of future sources,
//! and the log as a CSV file.

pub mod csv_file;
pub mod log;
pub mod plan;
pub mod proof;
