//! The training choice planner: course offers, the guide's checklist, gates and score.
//!
//! The gates come first (`docs/rules.md`, "Choosing a training": questions 1 and 2): an offer
//! not taught by a CST (or, for CSPO, private coaching by a CAC) or not listed by Scrum Alliance
//! does not lead to the certification, whatever its score. The score weighs the checklist
//! questions 3 to 6 with the user's weights. Price and hours are pointed out, never forbidden.
//!
//! `assessment`: gates, score, hours, price and flags of an offer; `offers`: the offer form,
//! sorting and filtering; `course`: the planned course, completing it, and a course already taken.

mod assessment;
mod course;
mod offers;

pub use assessment::{
    assess, calendar_days, course_dates, course_days, course_minutes, dates_text, flags,
    gate_failures, gate_text, guide_price_range, leads_to_certification, nine_questions,
    offer_title, score, set_weights, verdict, Assessment, Flag, GateFailure, Question,
    QuestionRole, Score, Verdict,
};
pub use course::{
    choose, complete_chosen, record_taken_course, seus_a_day, unchoose, validate_taken, Completion,
    CourseError, TakenCourse,
};
pub use offers::{
    draft_of, offer_certifications, remove_offer, restore_offer, sorted_offers, validate_offer,
    OfferDraft, OfferField, OfferFieldError, OfferFilter, OfferSortKey, RemovedOffer,
};

use crate::model::records;
use crate::model::training::{ChecklistAnswers, CourseOffer, ScoreWeights};

use crate::model::journey::Journey;

/// The guide's figures for choosing a course, as data, each with its source.
pub mod figures {
    use crate::model::{Minutes, Money};

    /// Where the figures come from: `docs/rules.md`, "Training formats and costs" and
    /// "Earning".
    pub const SOURCE: &str = "Scrum Alliance, CSPO certification requirements (16 hours of live \
                              teaching); a training provider's CSPO certification guide (course \
                              prices)";

    /// The shortest course that leads to a certification, in minutes: "a live course of at least
    /// 16 hours (two 8-hour days)". Source: `docs/rules.md`, "Earning"; the guide: "two days of
    /// training with full-day sessions of 8 hours each day".
    pub const MIN_COURSE_MINUTES: Minutes = Minutes::hours(16);

    /// The guide's price range for a CSPO course, in US cents: "You can find the training
    /// ranging from cost $695 to $1000." Source: `docs/rules.md`, "Training formats and costs".
    pub const CSPO_PRICE_MIN: Money = Money::dollars(695);
    pub const CSPO_PRICE_MAX: Money = Money::dollars(1_000);

    /// The currency the guide's prices are in.
    pub const PRICE_CURRENCY: &str = "USD";
}

/// Who teaches the course.
/// show. `None` when no offer is chosen.
pub fn planned_course(journey: &Journey) -> Option<&CourseOffer> {
    let chosen = journey.training.chosen?;
    records::find(&journey.training.offers, chosen)
}

/// The checklist questions that make the score (the guide's questions 3 to 6).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChecklistItem {
    CoversAllObjectives,
    HandsOnPractice,
    InteractiveActivities,
    PracticeTests,
}

impl ChecklistItem {
    pub const ALL: [ChecklistItem; 4] = [
        ChecklistItem::CoversAllObjectives,
        ChecklistItem::HandsOnPractice,
        ChecklistItem::InteractiveActivities,
        ChecklistItem::PracticeTests,
    ];

    /// The guide's question.
    pub fn question(self) -> &'static str {
        match self {
            ChecklistItem::CoversAllObjectives => "Does it cover all the learning objectives?",
            ChecklistItem::HandsOnPractice => {
                "Is there hands-on practice for the learning objectives?"
            }
            ChecklistItem::InteractiveActivities => {
                "Are there interactive activities (group work, case studies)?"
            }
            ChecklistItem::PracticeTests => {
                "Are there practice tests, quizzes, exercises or simulations?"
            }
        }
    }

    /// A short name for tables and messages.
    pub fn short(self) -> &'static str {
        match self {
            ChecklistItem::CoversAllObjectives => "All learning objectives",
            ChecklistItem::HandsOnPractice => "Hands-on practice",
            ChecklistItem::InteractiveActivities => "Interactive activities",
            ChecklistItem::PracticeTests => "Practice tests",
        }
    }

    /// Its place in `ALL` and in a `PerQuestion`'s values.
    fn index(self) -> usize {
        self as usize
    }

    pub fn answer(self, answers: &ChecklistAnswers) -> Option<bool> {
        *answers.values()[self.index()]
    }

    pub fn set_answer(self, answers: &mut ChecklistAnswers, answer: Option<bool>) {
        *answers.values_mut()[self.index()] = answer;
    }

    pub fn weight(self, weights: &ScoreWeights) -> u32 {
        *weights.values()[self.index()]
    }

    pub fn set_weight(self, weights: &mut ScoreWeights, weight: u32) {
        *weights.values_mut()[self.index()] = weight;
    }
}
