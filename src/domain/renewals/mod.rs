//! Renewals as they come: the timeline and recording a renewal, the evidence report for an
//! audit, and the deadlines as a calendar file.

pub mod calendar;
pub mod evidence;
pub mod timeline;
