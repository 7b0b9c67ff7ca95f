//! The certification path planner: work experience, eligibility for the next level, the roles
//! held, and the cost of the path. (The CSPO learning objectives are `domain::rules::objectives`.)

mod cost;
mod eligibility;
mod experience;
mod roles;

pub use cost::{
    path_cost, proposed_target_date, steps_to, CostStep, ExpectedRenewal, PathCost, TrainingCost,
};
pub use eligibility::{
    check_prerequisite, eligibility_summary, experience_text, follows, highest_held, next_step,
    next_steps, prerequisite_text, track_picture, track_steps, tracks_followed, ExperienceCheck,
    NextStep, PrerequisiteCheck, StepState, ROLE_TRACKS,
};
pub use experience::{
    calendar_months, earliest_eligible, experience_days, experience_months, merged_periods,
    months_in_days, months_in_words, months_needed, months_text, more_months_text, window_start,
    EligibleFrom, DAYS_PER_YEAR, EXPERIENCE_WINDOW_MONTHS, MONTHS_PER_YEAR,
};
pub use roles::{validate_role, RoleDraft, RoleError, RoleField};
