//! Planned SEU activities as stored: what the user means to do, and when.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::ids::ActivityId;
use super::minutes::Minutes;
use super::seu::{SeuCategory, SeuSource};

/// When a planned activity happens.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Schedule {
    /// Once, on (or by) a date.
    Once {
        #[serde(deserialize_with = "crate::domain::dates::deserialize_iso")]
        date: NaiveDate,
    },
    /// Every `every` months from `from`, until `until` (or the deadline).
    Monthly {
        every: u32,
        #[serde(deserialize_with = "crate::domain::dates::deserialize_iso")]
        from: NaiveDate,
        #[serde(
            default,
            deserialize_with = "crate::domain::dates::deserialize_iso_opt"
        )]
        until: Option<NaiveDate>,
    },
    /// Every `every` weeks from `from`, until `until` (or the deadline).
    Weekly {
        every: u32,
        #[serde(deserialize_with = "crate::domain::dates::deserialize_iso")]
        from: NaiveDate,
        #[serde(
            default,
            deserialize_with = "crate::domain::dates::deserialize_iso_opt"
        )]
        until: Option<NaiveDate>,
    },
}

/// An activity the user plans, for example "Webinar, 2 h, every month".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlannedActivity {
    pub id: ActivityId,
    pub title: String,
    pub source: SeuSource,
    pub category: SeuCategory,
    /// Expected duration of each occurrence, in minutes (60 minutes = 1 SEU).
    pub minutes_each: Minutes,
    pub schedule: Schedule,
    #[serde(default)]
    pub notes: String,
}
