//! Planned SEU activities as stored: what the user means to do, and when.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::basics::dates::{deserialize_iso, deserialize_iso_opt};

use super::ids::ActivityId;
use super::minutes::Minutes;
use super::seu::{SeuCategory, SeuSource};

/// When a planned activity happens.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Schedule {
    /// Once, on (or by) a date.
    Once {
        #[serde(deserialize_with = "deserialize_iso")]
        date: NaiveDate,
    },
    /// Every `every` months from `from`, until `until` (or the deadline).
    Monthly(Recurrence),
    /// Every `every` weeks from `from`, until `until` (or the deadline).
    Weekly(Recurrence),
}

/// A repeating schedule: every `every` periods (months or weeks) from `from`, until `until`
/// (none: up to the deadline). Stored inside its schedule: `{"kind": "monthly", "every": 1,
/// "from": "2027-01-31", "until": null}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Recurrence {
    pub every: u32,
    #[serde(deserialize_with = "deserialize_iso")]
    pub from: NaiveDate,
    #[serde(default, deserialize_with = "deserialize_iso_opt")]
    pub until: Option<NaiveDate>,
}

/// What a recurrence counts in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Period {
    Month,
    Week,
}

impl Schedule {
    /// A repeating schedule's period and recurrence; none for a one-off.
    pub fn recurrence(&self) -> Option<(Period, &Recurrence)> {
        match self {
            Schedule::Once { .. } => None,
            Schedule::Monthly(r) => Some((Period::Month, r)),
            Schedule::Weekly(r) => Some((Period::Week, r)),
        }
    }

    /// A one-off's date, or the first date of a repeating schedule.
    pub fn first_date(&self) -> NaiveDate {
        match self {
            Schedule::Once { date } => *date,
            Schedule::Monthly(r) | Schedule::Weekly(r) => r.from,
        }
    }

    /// A repeating schedule of `period`.
    pub fn repeating(period: Period, recurrence: Recurrence) -> Self {
        match period {
            Period::Month => Schedule::Monthly(recurrence),
            Period::Week => Schedule::Weekly(recurrence),
        }
    }
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
