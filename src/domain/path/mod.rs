//! The certification path planner: work experience, eligibility for the next level, the roles
//! held, and the cost of the path. (The CSPO learning objectives are `domain::rules::objectives`.)

mod cost;
mod eligibility;
mod experience;
mod roles;

pub use cost::*;
pub use eligibility::*;
pub use experience::*;
pub use roles::*;
