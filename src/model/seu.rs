//! The SEU log as stored: one entry per activity, with its category and source.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::basics::dates::deserialize_iso;

use super::ids::{RenewalId, SeuEntryId};
use super::minutes::Minutes;
use crate::choices;

choices! {
    /// SEU categories as Scrum Alliance names them today (`docs/rules.md`, "SEU categories and
    /// sources").
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
    pub enum SeuCategory {
        Events => ("Events", "Events"),
        Learning => ("Learning", "Learning"),
        Volunteering => ("Volunteering", "Volunteering"),
        Other => ("Other", "Other"),
    }
}

choices! {
    /// Where SEUs come from: the guide's free sources plus courses, conferences and other
    /// (`docs/rules.md`, "SEU categories and sources").
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
    pub enum SeuSource {
        /// Books, blogs and articles.
        Reading => ("Reading", "Books, blogs and articles"),
        /// A local agile or Scrum user group.
        UserGroup => ("UserGroup", "Local user group"),
        /// Helping or guiding others at work (agile get-togethers).
        HelpingOthers => ("HelpingOthers", "Helping or guiding others at work"),
        /// Live or recorded webinars.
        Webinar => ("Webinar", "Live or recorded webinar"),
        Course => ("Course", "Course"),
        Conference => ("Conference", "Conference"),
        Other => ("Other", "Other"),
    }
}

/// One logged SEU activity, as the user entered it (what counts is computed, never stored).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SeuEntry {
    pub id: SeuEntryId,
    #[serde(deserialize_with = "deserialize_iso")]
    pub date: NaiveDate,
    /// Duration in minutes (the form takes hours and minutes). 60 minutes = 1 SEU.
    pub minutes: Minutes,
    pub category: SeuCategory,
    pub source: SeuSource,
    pub title: String,
    #[serde(default)]
    pub notes: String,
    /// Evidence link as typed; shown as a link only for http and https (`model::link`).
    #[serde(default)]
    pub evidence: String,
    /// The recorded renewal that used this entry's SEUs (they are not counted again).
    #[serde(default)]
    pub used_by_renewal: Option<RenewalId>,
}
