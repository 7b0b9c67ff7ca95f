//! The certification path planner: work experience, eligibility for the next level, the CSPO
//! learning objectives checklist.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The kind of work a role counts as.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum RoleKind {
    ProductOwner,
    ScrumMaster,
    Developer,
}

/// A role the user held or holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Role {
    pub id: u64,
    pub title: String,
    pub kind: RoleKind,
    pub start: NaiveDate,
    /// `None`: ongoing.
    pub end: Option<NaiveDate>,
}

/// A learner's progress on one learning objective.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ObjectiveProgress {
    pub done: bool,
    pub note: String,
}

/// Roles and learning progress.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PathPlan {
    pub roles: Vec<Role>,
    /// Progress per learning objective, by the objective's stable id.
    pub objectives: BTreeMap<String, ObjectiveProgress>,
}
