//! Course offers and the training choice as stored.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::basics::dates::deserialize_iso_opt;

use super::ids::OfferId;
use super::minutes::Minutes;
use super::money::Money;
use crate::basics::kinds::{CertificationKind, Level};
use crate::choices;

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

choices! {
    /// Whether Scrum Alliance lists (recognises) the course: the guide's question 2. A new offer
    /// starts as not checked yet. Stored data of version 3 and before held a yes/no box; the
    /// migration to version 4 reads "yes" as listed and an unticked box as not checked yet.
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
    pub enum Listing {
        #[default]
        NotChecked => ("not-checked", "Not checked yet"),
        Listed => ("listed", "Yes, Scrum Alliance lists it"),
        NotListed => ("not-listed", "No, Scrum Alliance does not list it"),
    }
}

/// One value per checklist question of the guide (questions 3 to 6), stored under the
/// question's name: the answers (`ChecklistAnswers`) and their weights in the score
/// (`ScoreWeights`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(
    default,
    bound(deserialize = "T: Deserialize<'de>, PerQuestion<T>: Default")
)]
pub struct PerQuestion<T> {
    pub covers_all_objectives: T,
    pub hands_on_practice: T,
    pub interactive_activities: T,
    pub practice_tests: T,
}

impl<T> PerQuestion<T> {
    /// The values in the questions' order.
    pub fn from_array(
        [covers_all_objectives, hands_on_practice, interactive_activities, practice_tests]: [T; 4],
    ) -> Self {
        PerQuestion {
            covers_all_objectives,
            hands_on_practice,
            interactive_activities,
            practice_tests,
        }
    }

    /// The values in the questions' order.
    pub fn values(&self) -> [&T; 4] {
        [
            &self.covers_all_objectives,
            &self.hands_on_practice,
            &self.interactive_activities,
            &self.practice_tests,
        ]
    }

    /// The values in the questions' order, to change one.
    pub fn values_mut(&mut self) -> [&mut T; 4] {
        [
            &mut self.covers_all_objectives,
            &mut self.hands_on_practice,
            &mut self.interactive_activities,
            &mut self.practice_tests,
        ]
    }
}

/// Answers to the checklist questions (`None`: not known yet).
pub type ChecklistAnswers = PerQuestion<Option<bool>>;

impl Default for ChecklistAnswers {
    fn default() -> Self {
        PerQuestion::from_array([None; 4])
    }
}

/// Weights of the checklist questions in the score (the user can change them).
pub type ScoreWeights = PerQuestion<u32>;

impl Default for ScoreWeights {
    fn default() -> Self {
        PerQuestion::from_array([4, 3, 2, 1])
    }
}

/// A course offer the user is considering. The offer form's draft is the same record without
/// its id yet (`CourseOffer<()>`, `domain::training::OfferDraft`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CourseOffer<I = OfferId> {
    pub id: I,
    /// The certification the course leads to.
    pub certification: CertificationKind,
    pub provider: String,
    pub trainer: String,
    pub trainer_credential: TrainerCredential,
    /// Listed (recognised) by Scrum Alliance, or not checked yet.
    pub listed_by_scrum_alliance: Listing,
    pub format: CourseFormat,
    #[serde(default, deserialize_with = "deserialize_iso_opt")]
    pub start: Option<NaiveDate>,
    #[serde(default, deserialize_with = "deserialize_iso_opt")]
    pub end: Option<NaiveDate>,
    /// Teaching minutes per day.
    pub minutes_per_day: Minutes,
    /// How many days it teaches, when not every day from start to end (four Tuesdays: 4).
    /// `None`: every day from start to end.
    #[serde(default)]
    pub course_days: Option<u32>,
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

impl<I> CourseOffer<I> {
    /// The same offer under another id (a draft takes its id when it is recorded).
    pub fn with_id<J>(self, id: J) -> CourseOffer<J> {
        CourseOffer {
            id,
            certification: self.certification,
            provider: self.provider,
            trainer: self.trainer,
            trainer_credential: self.trainer_credential,
            listed_by_scrum_alliance: self.listed_by_scrum_alliance,
            format: self.format,
            start: self.start,
            end: self.end,
            minutes_per_day: self.minutes_per_day,
            course_days: self.course_days,
            place: self.place,
            language: self.language,
            price: self.price,
            currency: self.currency,
            checklist: self.checklist,
            notes: self.notes,
            link: self.link,
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
