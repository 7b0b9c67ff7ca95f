//! Work experience and learning progress as stored.

use crate::basics::sorted_map::{deserialize_sorted_map, serialize_sorted_map, SortedMap};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::basics::dates::{deserialize_iso, deserialize_iso_opt};

use super::ids::RoleId;
use crate::basics::kinds::Track;
use crate::choices;
use crate::model::choice::Choice;

choices! {
    /// The kind of work a role counts as ("months of Product Owner work").
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
    pub enum RoleKind {
        ProductOwner => ("product-owner", "Product Owner"),
        ScrumMaster => ("scrum-master", "Scrum Master"),
        Developer => ("developer", "Developer"),
    }
}

impl RoleKind {
    /// The certification track whose advanced and professional levels ask for this work.
    pub fn track(self) -> Track {
        match self {
            RoleKind::ProductOwner => Track::ProductOwner,
            RoleKind::ScrumMaster => Track::ScrumMaster,
            RoleKind::Developer => Track::Developer,
        }
    }

    /// The kind of work a role track asks for (`None` for the other tracks).
    pub fn for_track(track: Track) -> Option<RoleKind> {
        RoleKind::ALL.iter().copied().find(|k| k.track() == track)
    }
}

/// A role the user held or holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Role {
    pub id: RoleId,
    pub title: String,
    pub kind: RoleKind,
    #[serde(deserialize_with = "deserialize_iso")]
    pub start: NaiveDate,
    /// `None`: ongoing.
    #[serde(default, deserialize_with = "deserialize_iso_opt")]
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
    #[serde(
        serialize_with = "serialize_sorted_map",
        deserialize_with = "deserialize_sorted_map"
    )]
    pub objectives: SortedMap<String, ObjectiveProgress>,
}
