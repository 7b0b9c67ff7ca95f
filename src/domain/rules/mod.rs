//! The rules as data and their arithmetic: the catalogue of certifications, renewal terms and
//! requirements, the CSPO learning objectives, and the limits of a valid journey.

pub mod catalogue;
pub mod limits;
pub mod objectives;
pub mod renewal;
