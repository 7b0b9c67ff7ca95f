//! The journey: the one document that holds everything the user records. Plain serde data; the
//! store saves it whole, versioned, and derived values (status, requirement) are never stored.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::basics::dates::{deserialize_iso, deserialize_iso_opt};

use super::ids::{CertificationId, Id, RenewalId};
use super::money::Money;
use super::path::PathPlan;
use super::plan::PlannedActivity;
use super::seu::SeuEntry;
use super::training::TrainingPlan;
use crate::basics::kinds::CertificationKind;
use crate::model::settings::Settings;

/// The version of the document this build writes. Older documents are migrated up to it by
/// `store::schema`; a newer one is never overwritten.
pub const SCHEMA_VERSION: u32 = 5;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Journey {
    pub version: u32,
    /// This journey's own id, 32 hex digits drawn at random once (`domain::renewals::calendar::give_id`, before
    /// its first calendar): the calendar events' UIDs carry it, so two journeys' calendars never
    /// share one. Empty until then.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub id: String,
    /// Grows by one on every saved change; lets two tabs tell which copy is newer.
    #[serde(default)]
    pub revision: u64,
    /// The next free id for anything the user records.
    #[serde(default = "first_id")]
    pub next_id: u64,
    #[serde(default)]
    pub settings: Settings,
    #[serde(default)]
    pub certifications: Vec<HeldCertification>,
    #[serde(default)]
    pub renewals: Vec<RecordedRenewal>,
    /// The SEU log.
    #[serde(default)]
    pub seu_log: Vec<SeuEntry>,
    /// Activities planned to earn SEUs.
    #[serde(default)]
    pub planned_activities: Vec<PlannedActivity>,
    /// Course offers and the chosen course.
    #[serde(default)]
    pub training: TrainingPlan,
    /// Work experience and learning objectives.
    #[serde(default)]
    pub path: PathPlan,
}

fn first_id() -> u64 {
    1
}

impl Default for Journey {
    fn default() -> Self {
        Journey {
            version: SCHEMA_VERSION,
            id: String::new(),
            revision: 0,
            next_id: first_id(),
            settings: Settings::default(),
            certifications: Vec::new(),
            renewals: Vec::new(),
            seu_log: Vec::new(),
            planned_activities: Vec::new(),
            training: TrainingPlan::default(),
            path: PathPlan::default(),
        }
    }
}

impl Journey {
    /// The bytes of every proof file the SEU log lists (saturating: the gate bounds it).
    pub fn proof_bytes(&self) -> u64 {
        self.seu_log
            .iter()
            .flat_map(|e| &e.proofs)
            .fold(0, |sum, p| sum.saturating_add(p.bytes))
    }

    /// Hands out a fresh id of the kind the caller needs.
    pub fn take_id<I: Id>(&mut self) -> I {
        let id = self.next_id;
        self.next_id = self.next_id.saturating_add(1);
        I::from_raw(id)
    }

    pub fn certification(&self, id: CertificationId) -> Option<&HeldCertification> {
        self.certifications.iter().find(|c| c.id == id)
    }

    pub fn is_empty(&self) -> bool {
        self.certifications.is_empty()
            && self.renewals.is_empty()
            && self.seu_log.is_empty()
            && self.planned_activities.is_empty()
            && self.training.offers.is_empty()
            && self.path.roles.is_empty()
            && self.path.objectives.is_empty()
    }
}

/// A certification the user holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HeldCertification {
    pub id: CertificationId,
    pub kind: CertificationKind,
    /// The user's name for it: required for microcredentials and other bodies, empty otherwise.
    #[serde(default)]
    pub name: String,
    #[serde(deserialize_with = "deserialize_iso")]
    pub earned: NaiveDate,
    /// The expiry the user gives for another body's certification (`None`: it does not expire).
    #[serde(default, deserialize_with = "deserialize_iso_opt")]
    pub expires: Option<NaiveDate>,
    #[serde(default = "yes")]
    pub license_accepted: bool,
    #[serde(default)]
    pub experience_validated: bool,
    #[serde(default)]
    pub notes: String,
}

fn yes() -> bool {
    true
}

impl HeldCertification {
    /// The name to show: the catalogue code, or the user's name for user-named kinds.
    pub fn title(&self) -> String {
        if self.kind.user_named() && !self.name.trim().is_empty() {
            self.name.clone()
        } else {
            self.kind.code().to_owned()
        }
    }
}

/// A renewal the user recorded: the certifications renewed, the date and the fee paid.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordedRenewal {
    pub id: RenewalId,
    #[serde(deserialize_with = "deserialize_iso")]
    pub date: NaiveDate,
    /// Ids of the held certifications renewed.
    pub renewed: Vec<CertificationId>,
    /// The fee paid, in US dollars (stored as cents under its old name).
    #[serde(default, rename = "fee_paid_cents")]
    pub fee_paid: Money,
}

/// Digits of hex in a journey's id.
pub const JOURNEY_ID_DIGITS: usize = 32;

/// Whether `id` is a journey id as `domain::renewals::calendar::give_id` makes it (or none yet).
pub fn is_journey_id(id: &str) -> bool {
    id.is_empty()
        || (id.len() == JOURNEY_ID_DIGITS
            && id
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)))
}
