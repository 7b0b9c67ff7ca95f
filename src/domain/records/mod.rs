//! Changing the journey's records: the one way a change is made and kept valid, the drafts forms
//! submit, the shape of a form problem, and the held certifications' checks.

pub mod certifications;
pub mod change;
pub mod drafts;
pub mod field_error;
