//! Course offers and the training choice as stored.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::ids::OfferId;
use super::money::Money;
use crate::choices;
use crate::domain::catalogue::{CertificationKind, Level};

choices! {
    /// Who teaches the course.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
    pub enum TrainerCredential {
        /// A Certified Scrum Trainer.
        Cst => ("cst", "Certified Scrum Trainer (CST)"),
        /// Private coaching by a Certified Agile Coach (accepted for CSPO).
        CacCoaching => ("cac", "Private coaching by a Certified Agile Coach (CAC)"),
        /// Anyone else: the course does not lead to the certification.
        Other => ("other", "Other (not a CST)"),
    }
}

choices! {
    /// How the course is delivered.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
    pub enum CourseFormat {
        InPerson => ("in-person", "In-person classroom"),
        LiveOnline => ("live-online", "Live online, instructor-led"),
        /// Live online plus self-paced parts (advanced and professional levels only).
        LiveOnlineSelfPaced => ("live-online-self-paced", "Live online + self-paced"),
    }
}

impl CourseFormat {
    /// Whether a course for `kind` may be given in this format. Source: `docs/rules.md`,
    /// "Earning": "advanced and professional courses may also be 'live online + self-paced'".
    pub fn allowed_for(self, kind: CertificationKind) -> bool {
        match self {
            CourseFormat::InPerson | CourseFormat::LiveOnline => true,
            CourseFormat::LiveOnlineSelfPaced => matches!(
                kind.entry().level,
                Some(Level::Advanced | Level::Professional)
            ),
        }
    }
}

/// Answers to the guide's checklist questions 3 to 6 (`None`: not known yet).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ChecklistAnswers {
    pub covers_all_objectives: Option<bool>,
    pub hands_on_practice: Option<bool>,
    pub interactive_activities: Option<bool>,
    pub practice_tests: Option<bool>,
}

/// A course offer the user is considering.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CourseOffer {
    pub id: OfferId,
    /// The certification the course leads to.
    pub certification: CertificationKind,
    pub provider: String,
    pub trainer: String,
    pub trainer_credential: TrainerCredential,
    /// Listed (recognised) by Scrum Alliance.
    pub listed_by_scrum_alliance: bool,
    pub format: CourseFormat,
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    /// Teaching minutes per day.
    pub minutes_per_day: u32,
    /// Time zone (online) or location (in person).
    #[serde(default)]
    pub place: String,
    #[serde(default)]
    pub language: String,
    /// Price in cents of `currency` (stored under its old name).
    #[serde(rename = "price_cents")]
    pub price: Money,
    pub currency: String,
    #[serde(default)]
    pub checklist: ChecklistAnswers,
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub link: String,
}

/// Weights of the checklist questions in the score (the user can change them).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ScoreWeights {
    pub covers_all_objectives: u32,
    pub hands_on_practice: u32,
    pub interactive_activities: u32,
    pub practice_tests: u32,
}

impl Default for ScoreWeights {
    fn default() -> Self {
        ScoreWeights {
            covers_all_objectives: 4,
            hands_on_practice: 3,
            interactive_activities: 2,
            practice_tests: 1,
        }
    }
}

/// The user's training choice: offers, weights, and the offer chosen as the planned course.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct TrainingPlan {
    pub offers: Vec<CourseOffer>,
    pub weights: ScoreWeights,
    /// The offer chosen as the planned course.
    pub chosen: Option<OfferId>,
}

impl TrainingPlan {
    /// The chosen offer as the planned course (`None` when no offer is chosen).
    pub fn planned_course(&self) -> Option<&CourseOffer> {
        let chosen = self.chosen?;
        self.offers.iter().find(|o| o.id == chosen)
    }
}
