//! What an offer is worth: the guide's gates, the weighted score, hours, price and flags, and the
//! nine questions the comparison asks.

use crate::domain::rules::limits::{MAX_CHECKLIST_WEIGHT, MAX_COURSE_DAYS};
use crate::model::training::{
    ChecklistAnswers, CourseOffer, Listing, ScoreWeights, TrainerCredential,
};
use crate::model::{Minutes, Money};
use chrono::NaiveDate;

use super::{figures, ChecklistItem};
use crate::domain::rules::catalogue::CertificationKind;
use crate::model::journey::Journey;

// ---------------------------------------------------------------------------------------------
// Gates

/// Why an offer does not lead to the certification.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GateFailure {
    /// Not taught by a CST (and, for CSPO, not private coaching by a CAC either).
    NotTaughtByCst,
    /// Private coaching by a CAC, which leads to CSPO only.
    CacCoachingOnlyForCspo,
    /// Not listed by Scrum Alliance.
    NotListed,
    /// Live online + self-paced for a foundational course.
    FormatNotAllowed,
}

impl GateFailure {
    /// The reason in plain words, after "Does not lead to the certification: ".
    pub fn reason(self, kind: CertificationKind) -> String {
        match self {
            GateFailure::NotTaughtByCst if kind == CertificationKind::Cspo => {
                "not taught by a CST (or private coaching by a CAC)".to_owned()
            }
            GateFailure::NotTaughtByCst => "not taught by a CST".to_owned(),
            GateFailure::CacCoachingOnlyForCspo => format!(
                "private coaching by a CAC leads to CSPO only; {} needs a CST",
                kind.code()
            ),
            GateFailure::NotListed => "not listed by Scrum Alliance".to_owned(),
            GateFailure::FormatNotAllowed => format!(
                "live online + self-paced is only for advanced and professional courses, not {}",
                kind.code()
            ),
        }
    }
}

/// The gates in order: who teaches, whether Scrum Alliance lists it, the format. An empty list:
/// the offer leads to the certification.
pub fn gate_failures(offer: &CourseOffer) -> Vec<GateFailure> {
    let mut failures = Vec::new();
    match offer.trainer_credential {
        TrainerCredential::Cst => {}
        TrainerCredential::CacCoaching if offer.certification == CertificationKind::Cspo => {}
        TrainerCredential::CacCoaching => failures.push(GateFailure::CacCoachingOnlyForCspo),
        TrainerCredential::Other => failures.push(GateFailure::NotTaughtByCst),
    }
    if offer.listed_by_scrum_alliance == Listing::NotListed {
        failures.push(GateFailure::NotListed);
    }
    if !offer.format.allowed_for(offer.certification) {
        failures.push(GateFailure::FormatNotAllowed);
    }
    failures
}

/// What the gates say of an offer, in the order offers rank: one that leads to the
/// certification comes before one whose listing is not checked yet, which comes before one that
/// does not lead to it, whatever their scores.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Verdict {
    /// Every gate passes.
    Leads,
    /// No gate fails, but whether Scrum Alliance lists it is not checked yet.
    NotCheckedYet,
    /// A gate fails (`gate_failures` says which).
    DoesNotLead,
}

/// The gates' verdict on an offer.
pub fn verdict(offer: &CourseOffer) -> Verdict {
    if !gate_failures(offer).is_empty() {
        Verdict::DoesNotLead
    } else if offer.listed_by_scrum_alliance == Listing::NotChecked {
        Verdict::NotCheckedYet
    } else {
        Verdict::Leads
    }
}

/// Whether the offer passes every gate (its listing checked).
pub fn leads_to_certification(offer: &CourseOffer) -> bool {
    verdict(offer) == Verdict::Leads
}

/// "Does not lead to the certification: not taught by a CST; not listed by Scrum Alliance", or
/// `None` when no gate fails (the listing may still be unchecked: `verdict`).
pub fn gate_text(offer: &CourseOffer) -> Option<String> {
    let failures = gate_failures(offer);
    if failures.is_empty() {
        return None;
    }
    let reasons: Vec<String> = failures
        .iter()
        .map(|f| f.reason(offer.certification))
        .collect();
    Some(format!(
        "Does not lead to the certification: {}",
        reasons.join("; ")
    ))
}

// ---------------------------------------------------------------------------------------------
// Score

/// The checklist score: the weighted share of "yes" answers, 0 to 100.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Score {
    /// 0 to 100, rounded half up. 0 when every weight is 0.
    pub percent: u32,
    /// Questions not answered yet: they count as "no".
    pub unknown: Vec<ChecklistItem>,
}

/// Scores the checklist answers with the weights: the sum of the weights of the "yes" answers
/// over the sum of all weights, as a percentage. Unknown answers count as 0 and are listed.
pub fn score(answers: &ChecklistAnswers, weights: &ScoreWeights) -> Score {
    let total: u64 = ChecklistItem::ALL
        .iter()
        .map(|i| u64::from(i.weight(weights)))
        .sum();
    let yes: u64 = ChecklistItem::ALL
        .iter()
        .filter(|i| i.answer(answers) == Some(true))
        .map(|i| u64::from(i.weight(weights)))
        .sum();
    let percent = if total == 0 {
        0
    } else {
        ((200 * yes + total) / (2 * total)) as u32
    };
    Score {
        percent,
        unknown: ChecklistItem::ALL
            .into_iter()
            .filter(|i| i.answer(answers).is_none())
            .collect(),
    }
}

/// Checks and stores new weights (each 0 to `MAX_CHECKLIST_WEIGHT`).
pub fn set_weights(journey: &mut Journey, weights: ScoreWeights) -> Result<(), String> {
    if let Some(item) = ChecklistItem::ALL
        .into_iter()
        .find(|i| i.weight(&weights) > MAX_CHECKLIST_WEIGHT)
    {
        return Err(format!(
            "The weight of \u{201c}{}\u{201d} must be a whole number from 0 to {}.",
            item.short(),
            MAX_CHECKLIST_WEIGHT
        ));
    }
    journey.training.weights = weights;
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Hours, price and flags

/// Calendar days from start to end, both included; `None` without both dates or when the end
/// is before the start.
pub fn calendar_days<I>(offer: &CourseOffer<I>) -> Option<u32> {
    days_from_to(offer.start?, offer.end?)
}

/// Calendar days from `start` to `end`, both included; `None` when the end is before the start.
pub(super) fn days_from_to(start: NaiveDate, end: NaiveDate) -> Option<u32> {
    let days = crate::basics::dates::days_between(start, end);
    u32::try_from(days.saturating_add(1))
        .ok()
        .filter(|d| *d > 0)
}

/// The days the course teaches: the number given (a course on four Tuesdays teaches 4 days),
/// else every day from start to end, both included. `None` when neither is known.
pub fn course_days(offer: &CourseOffer) -> Option<u32> {
    offer.course_days.or_else(|| calendar_days(offer))
}

/// Teaching minutes of the whole course: course days × minutes per day.
pub fn course_minutes(offer: &CourseOffer) -> Option<Minutes> {
    course_days(offer).map(|days| offer.minutes_per_day.saturating_mul(days))
}

/// The dates of the course days from `start` to `end`: every day when the course teaches every
/// day; otherwise `days` dates spread evenly from the first day to the last (four days from one
/// Tuesday to the Tuesday three weeks later fall on the four Tuesdays). One day: the last.
pub fn course_dates(start: NaiveDate, end: NaiveDate, days: Option<u32>) -> Vec<NaiveDate> {
    let span = crate::basics::dates::days_between(start, end).clamp(0, i64::from(MAX_COURSE_DAYS));
    let days = days.map_or(span + 1, |d| i64::from(d).clamp(1, span + 1));
    if days == 1 {
        return vec![end];
    }
    (0..days)
        .map(|i| crate::basics::dates::add_days(start, (i * span + (days - 1) / 2) / (days - 1)))
        .collect()
}

/// The guide's price range for a certification, in cents of `figures::PRICE_CURRENCY`: the guide
/// gives one for CSPO only.
pub fn guide_price_range(kind: CertificationKind) -> Option<(Money, Money)> {
    (kind == CertificationKind::Cspo).then_some((figures::CSPO_PRICE_MIN, figures::CSPO_PRICE_MAX))
}

/// Something worth pointing out about an offer; never a reason to refuse it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Flag {
    PriceBelowGuide {
        min: Money,
        max: Money,
    },
    PriceAboveGuide {
        min: Money,
        max: Money,
    },
    TooFewHours {
        minutes: Minutes,
    },
    MissingDates,
    /// Checklist questions not answered yet (they count as "no" in the score).
    UnknownAnswers(Vec<ChecklistItem>),
}

impl Flag {
    pub fn text(&self, offer: &CourseOffer) -> String {
        let code = offer.certification.code();
        match self {
            Flag::PriceBelowGuide { min, max } => format!(
                "Price below the guide's range for {code} ({} to {})",
                min.in_currency(figures::PRICE_CURRENCY),
                max.in_currency(figures::PRICE_CURRENCY)
            ),
            Flag::PriceAboveGuide { min, max } => format!(
                "Price above the guide's range for {code} ({} to {})",
                min.in_currency(figures::PRICE_CURRENCY),
                max.in_currency(figures::PRICE_CURRENCY)
            ),
            Flag::TooFewHours { minutes } => format!(
                "Too few hours: {} of at least {}",
                minutes.hours_text(),
                figures::MIN_COURSE_MINUTES.hours_text()
            ),
            Flag::MissingDates => "Dates missing: the hours cannot be checked".to_owned(),
            Flag::UnknownAnswers(items) => format!(
                "Not known yet (counted as no): {}",
                items
                    .iter()
                    .map(|i| i.short().to_lowercase())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        }
    }
}

/// What to point out about an offer: price outside the guide's range (USD only), too few hours,
/// missing dates, unanswered checklist questions.
pub fn flags(offer: &CourseOffer) -> Vec<Flag> {
    let mut flags = Vec::new();
    if let Some((min, max)) = guide_price_range(offer.certification) {
        if offer.currency.eq_ignore_ascii_case(figures::PRICE_CURRENCY) {
            if offer.price < min {
                flags.push(Flag::PriceBelowGuide { min, max });
            } else if offer.price > max {
                flags.push(Flag::PriceAboveGuide { min, max });
            }
        }
    }
    match course_minutes(offer) {
        Some(minutes) if minutes < figures::MIN_COURSE_MINUTES => {
            flags.push(Flag::TooFewHours { minutes })
        }
        Some(_) => {}
        None => flags.push(Flag::MissingDates),
    }
    let unknown: Vec<ChecklistItem> = ChecklistItem::ALL
        .into_iter()
        .filter(|i| i.answer(&offer.checklist).is_none())
        .collect();
    if !unknown.is_empty() {
        flags.push(Flag::UnknownAnswers(unknown));
    }
    flags
}

/// Everything the comparison shows about one offer, computed from it and the weights.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    pub gate_failures: Vec<GateFailure>,
    pub flags: Vec<Flag>,
    pub score: Score,
    pub course_minutes: Option<Minutes>,
}

impl Assessment {
    pub fn leads_to_certification(&self) -> bool {
        self.gate_failures.is_empty()
    }
}

pub fn assess(offer: &CourseOffer, weights: &ScoreWeights) -> Assessment {
    Assessment {
        gate_failures: gate_failures(offer),
        flags: flags(offer),
        score: score(&offer.checklist, weights),
        course_minutes: course_minutes(offer),
    }
}

/// What part a question of the guide's checklist plays.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum QuestionRole {
    /// Without it the course does not lead to the certification (questions 1 and 2).
    Gate,
    /// It makes the score, with this weight (questions 3 to 6).
    Scored { weight: u32 },
    /// It is recorded and compared (questions 7 to 9).
    Field,
}

/// One of the guide's nine questions as an offer answers it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Question {
    /// 1 to 9, the guide's order.
    pub number: u32,
    pub question: &'static str,
    pub role: QuestionRole,
    pub answer: String,
}

/// "11 Mar 2026 to 12 Mar 2026", "From 3 Mar 2026 (end date not set)", "Dates not set".
pub fn dates_text(offer: &CourseOffer) -> String {
    use crate::basics::dates::human;
    match (offer.start, offer.end) {
        (Some(s), Some(e)) if s == e => human(s),
        (Some(s), Some(e)) => format!("{} to {}", human(s), human(e)),
        (Some(s), None) => format!("From {} (end date not set)", human(s)),
        (None, Some(e)) => format!("Until {} (start date not set)", human(e)),
        (None, None) => "Dates not set".to_owned(),
    }
}

/// The guide's nine questions (`docs/rules.md`, "Choosing a training") as one numbered
/// checklist of an offer: two gates, four scored, three fields.
pub fn nine_questions(offer: &CourseOffer, weights: &ScoreWeights) -> Vec<Question> {
    use crate::model::Choice;
    let known = |answer: Option<bool>| match answer {
        Some(true) => "Yes",
        Some(false) => "No",
        None => "Not known yet (counts as no)",
    };
    let schedule = dates_text(offer);
    let days = match course_days(offer) {
        Some(1) => "1 course day".to_owned(),
        Some(n) => format!("{n} course days"),
        None => "course days not known".to_owned(),
    };
    let mut list = vec![
        (
            "Does a Certified Scrum Trainer (CST) teach it?",
            QuestionRole::Gate,
            offer.trainer_credential.label().to_owned(),
        ),
        (
            "Does Scrum Alliance list it?",
            QuestionRole::Gate,
            offer.listed_by_scrum_alliance.label().to_owned(),
        ),
    ];
    list.extend(ChecklistItem::ALL.into_iter().map(|item| {
        (
            item.question(),
            QuestionRole::Scored {
                weight: item.weight(weights),
            },
            known(item.answer(&offer.checklist)).to_owned(),
        )
    }));
    list.extend([
        (
            "In which format is it given?",
            QuestionRole::Field,
            offer.format.label().to_owned(),
        ),
        (
            "When does it take place?",
            QuestionRole::Field,
            format!(
                "{schedule}; {days}, {} a day",
                offer.minutes_per_day.hours_text()
            ),
        ),
        (
            "What does it cost?",
            QuestionRole::Field,
            offer.price.in_currency(&offer.currency),
        ),
    ]);
    list.into_iter()
        .zip(1..)
        .map(|((question, role, answer), number)| Question {
            number,
            question,
            role,
            answer,
        })
        .collect()
}

/// How people name an offer in buttons and messages: "CSPO with Acme Agile".
pub fn offer_title(offer: &CourseOffer) -> String {
    format!("{} with {}", offer.certification.code(), offer.provider)
}
