//! The training choice planner: course offers, the guide's checklist, gates and score.
//!
//! The gates come first (`docs/rules.md`, "Choosing a training": questions 1 and 2): an offer
//! not taught by a CST (or, for CSPO, private coaching by a CAC) or not listed by Scrum Alliance
//! does not lead to the certification, whatever its score. The score weighs the checklist
//! questions 3 to 6 with the user's weights. Price and hours are pointed out, never forbidden.

use crate::domain::records::drafts::Draft;
use crate::domain::records::field_error::{FieldError, Problems};
use crate::domain::rules::limits::{
    MAX_CHECKLIST_WEIGHT, MAX_COURSE_DAYS, MAX_NAME_CHARS, MAX_TEACHING_MINUTES_PER_DAY,
    MAX_WEB_LINK_CHARS,
};
use crate::model::link::is_web_link;
use crate::model::training::{
    ChecklistAnswers, CourseOffer, Listing, ScoreWeights, TrainerCredential,
};
use crate::model::{records, CertificationId, Minutes, Money, OfferId, SeuEntryId};
use chrono::NaiveDate;

use crate::domain::rules::catalogue::CertificationKind;
use crate::domain::seus::log::DAILY_CAP_MINUTES;
use crate::model::journey::Journey;

/// The guide's figures for choosing a course, as data, each with its source.
pub mod guide {
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
fn days_from_to(start: NaiveDate, end: NaiveDate) -> Option<u32> {
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

/// The guide's price range for a certification, in cents of `guide::PRICE_CURRENCY`: the guide
/// gives one for CSPO only.
pub fn guide_price_range(kind: CertificationKind) -> Option<(Money, Money)> {
    (kind == CertificationKind::Cspo).then_some((guide::CSPO_PRICE_MIN, guide::CSPO_PRICE_MAX))
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
                min.in_currency(guide::PRICE_CURRENCY),
                max.in_currency(guide::PRICE_CURRENCY)
            ),
            Flag::PriceAboveGuide { min, max } => format!(
                "Price above the guide's range for {code} ({} to {})",
                min.in_currency(guide::PRICE_CURRENCY),
                max.in_currency(guide::PRICE_CURRENCY)
            ),
            Flag::TooFewHours { minutes } => format!(
                "Too few hours: {} of at least {}",
                minutes.hours_text(),
                guide::MIN_COURSE_MINUTES.hours_text()
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
        if offer.currency.eq_ignore_ascii_case(guide::PRICE_CURRENCY) {
            if offer.price < min {
                flags.push(Flag::PriceBelowGuide { min, max });
            } else if offer.price > max {
                flags.push(Flag::PriceAboveGuide { min, max });
            }
        }
    }
    match course_minutes(offer) {
        Some(minutes) if minutes < guide::MIN_COURSE_MINUTES => {
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

// ---------------------------------------------------------------------------------------------
// The offer form

crate::form_fields! {
    /// The form field a problem belongs to.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum OfferField {
        Certification => "certification",
        Provider => "provider",
        Format => "format",
        Start => "start",
        End => "end",
        MinutesPerDay => "hours",
        CourseDays => "course-days",
        Price => "price",
        Currency => "currency",
        Link => "link",
    }
}

/// A problem with one field of the form.
pub type OfferFieldError = FieldError<OfferField>;

/// What the offer form submits, already parsed into domain values: an offer without its id.
pub type OfferDraft = CourseOffer<()>;

/// Certifications a course offer can be recorded for: the catalogue's Scrum Alliance
/// certifications that are not named by the user.
pub fn offer_certifications(
) -> impl Iterator<Item = &'static crate::domain::rules::catalogue::CatalogueEntry> {
    crate::domain::rules::catalogue::CATALOGUE
        .iter()
        .filter(|e| e.scrum_alliance && !e.kind.user_named())
}

/// Checks a draft: provider required, end not before start, teaching time per day from 1 minute
/// to 12 hours, price not negative, a 3-letter currency, a link that is http(s) or empty, and a
/// format the certification's level allows.
pub fn validate_offer(draft: &OfferDraft) -> Vec<OfferFieldError> {
    let mut problems = Problems::new();
    problems.too_long(
        OfferField::Provider,
        "provider",
        &draft.provider,
        MAX_NAME_CHARS,
    );
    problems.too_long(OfferField::Link, "link", &draft.link, MAX_WEB_LINK_CHARS);
    if draft.certification.user_named() || !draft.certification.entry().scrum_alliance {
        problems.add(
            OfferField::Certification,
            "Choose a Scrum Alliance certification from the list.",
        );
    }
    problems.required(
        OfferField::Provider,
        &draft.provider,
        "Enter the training provider's name.",
    );
    if !draft.format.allowed_for(draft.certification) {
        problems.add(
            OfferField::Format,
            format!(
                "Live online + self-paced is offered only for advanced and professional courses; a {} course is live (in person or online).",
                draft.certification.code()
            ),
        );
    }
    if let (Some(start), Some(end)) = (draft.start, draft.end) {
        if end < start {
            problems.add(
                OfferField::End,
                "The end date cannot be before the start date.",
            );
        }
    }
    course_day_problems(
        &mut problems,
        (
            OfferField::CourseDays,
            draft.course_days,
            calendar_days(draft),
        ),
        (OfferField::MinutesPerDay, draft.minutes_per_day),
    );
    let currency = draft.currency.trim();
    if currency.len() != 3 || !currency.chars().all(|c| c.is_ascii_alphabetic()) {
        problems.add(
            OfferField::Currency,
            "Enter the currency as its 3-letter code, for example USD or EUR.",
        );
    }
    let link = draft.link.trim();
    if !link.is_empty() && !is_web_link(link) {
        problems.add(
            OfferField::Link,
            "Enter a web address starting with https:// or http://, or leave it empty.",
        );
    }
    problems.into_vec()
}

/// The checks a course's days share, wherever they are typed (an offer, a course taken): the
/// course days (`days`, none: every day) from 1 to the calendar days from its first day to its
/// last (`span`), and the teaching time a day more than nothing and at most
/// `Minutes(MAX_TEACHING_MINUTES_PER_DAY)`.
fn course_day_problems<F>(
    problems: &mut Problems<F>,
    (days_field, days, span): (F, Option<u32>, Option<u32>),
    (per_day_field, per_day): (F, Minutes),
) {
    if let Some(days) = days {
        if days == 0 || days > span.unwrap_or(MAX_COURSE_DAYS) {
            problems.add(
                days_field,
                match span {
                    Some(span) => format!(
                        "Enter how many days the course teaches: from 1 to {span}, the days from its start to its end."
                    ),
                    None => format!(
                        "Enter how many days the course teaches: from 1 to {}.",
                        MAX_COURSE_DAYS
                    ),
                },
            );
        }
    }
    if per_day.is_zero() || per_day > Minutes(MAX_TEACHING_MINUTES_PER_DAY) {
        problems.add(
            per_day_field,
            format!(
                "Enter the teaching hours per day: more than 0 and at most {}.",
                Minutes(MAX_TEACHING_MINUTES_PER_DAY).hours_and_minutes().0
            ),
        );
    }
}

/// The draft as it is stored: texts trimmed, the currency code in capitals.
fn tidied(mut draft: OfferDraft) -> OfferDraft {
    for text in [
        &mut draft.provider,
        &mut draft.trainer,
        &mut draft.place,
        &mut draft.language,
        &mut draft.notes,
        &mut draft.link,
    ] {
        *text = text.trim().to_owned();
    }
    draft.currency = draft.currency.trim().to_ascii_uppercase();
    draft
}

/// The form's values for an offer being edited.
pub fn draft_of(offer: &CourseOffer) -> OfferDraft {
    offer.clone().with_id(())
}

impl Draft for OfferDraft {
    type Record = CourseOffer;
    type Field = OfferField;
    const GONE: (OfferField, &'static str) = (OfferField::Provider, "offer");

    fn problems(&self, _: &Journey, _: Option<OfferId>, _: NaiveDate) -> Vec<OfferFieldError> {
        validate_offer(self)
    }

    fn record(self, id: OfferId, _: Option<&CourseOffer>) -> CourseOffer {
        tidied(self).with_id(id)
    }
}

/// What `remove_offer` took away, to put it back with `restore_offer`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RemovedOffer {
    pub index: usize,
    pub offer: CourseOffer,
    /// It was the planned course.
    pub was_chosen: bool,
}

/// Removes an offer (and un-chooses it if it was the planned course).
pub fn remove_offer(journey: &mut Journey, id: OfferId) -> Option<RemovedOffer> {
    let (index, offer) = records::remove(journey, id)?;
    let was_chosen = journey.training.chosen == Some(id);
    if was_chosen {
        journey.training.chosen = None;
    }
    Some(RemovedOffer {
        index,
        offer,
        was_chosen,
    })
}

/// Puts back a removed offer, chosen again if it was and nothing else was chosen meanwhile.
pub fn restore_offer(journey: &mut Journey, removed: RemovedOffer) {
    let RemovedOffer {
        index,
        offer,
        was_chosen,
    } = removed;
    let id = offer.id;
    if records::restore(journey, index, offer) && was_chosen && journey.training.chosen.is_none() {
        journey.training.chosen = Some(id);
    }
}

// ---------------------------------------------------------------------------------------------
// Sorting and filtering

crate::choices! {
    /// What the offers table is sorted by (in the order the table's columns offer them).
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum OfferSortKey {
        Certification => ("certification", "Certification"),
        Start => ("start", "Start"),
        Price => ("price", "Price"),
        Score => ("score", "Score"),
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SortDirection {
    Ascending,
    Descending,
}

impl SortDirection {
    pub fn flipped(self) -> Self {
        match self {
            SortDirection::Ascending => SortDirection::Descending,
            SortDirection::Descending => SortDirection::Ascending,
        }
    }

    /// The value of `aria-sort`.
    pub fn aria(self) -> &'static str {
        match self {
            SortDirection::Ascending => "ascending",
            SortDirection::Descending => "descending",
        }
    }
}

/// Which offers the comparison shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct OfferFilter {
    pub certification: Option<CertificationKind>,
    /// Only offers that pass the gates.
    pub leads_only: bool,
}

impl OfferFilter {
    pub fn accepts(&self, offer: &CourseOffer) -> bool {
        self.certification.is_none_or(|k| k == offer.certification)
            && (!self.leads_only || leads_to_certification(offer))
    }
}

/// The offers the filter accepts, ranked by the gates' verdict first (offers that lead to the
/// certification, then those whose listing is not checked yet, then those that do not lead to
/// it, whatever their score), then sorted by `key`. Prices compare within a currency
/// (currencies in alphabetical order); offers without a start date come last either way; ties
/// keep the order in which the offers were recorded.
pub fn sorted_offers<'a>(
    offers: &'a [CourseOffer],
    weights: &ScoreWeights,
    filter: OfferFilter,
    key: OfferSortKey,
    direction: SortDirection,
) -> Vec<&'a CourseOffer> {
    use std::cmp::Ordering;
    let mut shown: Vec<(usize, &CourseOffer)> = offers
        .iter()
        .enumerate()
        .filter(|(_, o)| filter.accepts(o))
        .collect();
    let directed = |o: Ordering| match direction {
        SortDirection::Ascending => o,
        SortDirection::Descending => o.reverse(),
    };
    crate::basics::order::sort_by(&mut shown, |(ia, a), (ib, b)| {
        // The gates first, whatever the key and direction: an offer that does not lead to the
        // certification never ranks above one that does.
        let order = verdict(a).cmp(&verdict(b)).then_with(|| match key {
            OfferSortKey::Score => directed(
                score(&a.checklist, weights)
                    .percent
                    .cmp(&score(&b.checklist, weights).percent),
            ),
            OfferSortKey::Price => directed(
                (a.currency.to_ascii_uppercase(), a.price)
                    .cmp(&(b.currency.to_ascii_uppercase(), b.price)),
            ),
            OfferSortKey::Start => match (a.start, b.start) {
                (Some(x), Some(y)) => directed(x.cmp(&y)),
                (Some(_), None) => Ordering::Less,
                (None, Some(_)) => Ordering::Greater,
                (None, None) => Ordering::Equal,
            },
            OfferSortKey::Certification => directed(a.certification.cmp(&b.certification)),
        });
        order.then(ia.cmp(ib))
    });
    shown.into_iter().map(|(_, o)| o).collect()
}

// ---------------------------------------------------------------------------------------------
// The planned course

/// Why an offer cannot be chosen or completed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CourseError {
    /// The offer is gone (perhaps removed in another tab).
    NoSuchOffer,
    /// No offer is chosen as the planned course.
    NothingChosen,
    /// The offer fails a gate: the message says why.
    DoesNotLead(String),
    /// The end date is needed to record the certification, the start date to log the SEUs.
    MissingDates,
    /// The certification cannot be recorded: the messages of its validation.
    Certification(Vec<String>),
}

impl CourseError {
    pub fn message(&self) -> String {
        match self {
            CourseError::NoSuchOffer => "This offer was removed (perhaps in another tab).".into(),
            CourseError::NothingChosen => "No course is chosen as the planned course.".into(),
            CourseError::DoesNotLead(text) => {
                format!("{text}. Choose an offer that leads to the certification.")
            }
            CourseError::MissingDates => {
                "Enter the course's start and end dates first (edit the offer).".into()
            }
            CourseError::Certification(messages) => {
                format!("Nothing was recorded: {}", messages.join(" "))
            }
        }
    }
}

impl std::fmt::Display for CourseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for CourseError {}

/// Makes an offer the planned course. Offers that fail a gate cannot be chosen.
pub fn choose(journey: &mut Journey, id: OfferId) -> Result<(), CourseError> {
    let offer = journey
        .training
        .offers
        .iter()
        .find(|o| o.id == id)
        .ok_or(CourseError::NoSuchOffer)?;
    if let Some(text) = gate_text(offer) {
        return Err(CourseError::DoesNotLead(text));
    }
    journey.training.chosen = Some(id);
    Ok(())
}

/// No planned course any more (the offer stays in the comparison). Returns the offer's id that
/// was chosen, if any.
pub fn unchoose(journey: &mut Journey) -> Option<OfferId> {
    journey.training.chosen.take()
}

/// SEU minutes a course day gives: its teaching minutes, capped at 8 SEUs a day
/// (`docs/rules.md`, "SEUs": a Scrum Alliance course gives SEUs, its teaching hours, at most 8 a
/// day).
pub fn seus_a_day(minutes_per_day: Minutes) -> Minutes {
    minutes_per_day.min(DAILY_CAP_MINUTES)
}

/// What completing the planned course recorded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Completion {
    pub certification_id: CertificationId,
    pub certification: CertificationKind,
    pub earned: NaiveDate,
    pub seu_entry_ids: Vec<SeuEntryId>,
    /// Minutes logged as SEUs in all.
    pub seu_minutes: Minutes,
}

impl Completion {
    /// "CSPO recorded as earned on 12 Mar 2026; 16 SEUs logged."
    pub fn message(&self) -> String {
        let seus = self.seu_minutes.seus_text();
        format!(
            "{} recorded as earned on {}; {} SEU{} logged.",
            self.certification.code(),
            crate::basics::dates::human(self.earned),
            seus,
            if seus == "1" { "" } else { "s" }
        )
    }
}

/// A course that was attended, as the certification and the SEU log record it.
struct Attended {
    certification: CertificationKind,
    first_day: NaiveDate,
    last_day: NaiveDate,
    /// `None`: every day from the first to the last.
    course_days: Option<u32>,
    minutes_per_day: Minutes,
    /// The certification's notes.
    notes: String,
    /// Each SEU entry's title, notes and evidence.
    title: String,
    seu_notes: String,
    evidence: String,
}

/// The certification a course leads to, as its form would record it: earned on the last course
/// day, the license agreement accepted (the course ends with it), no expiry of its own.
fn course_certification(
    kind: CertificationKind,
    earned: NaiveDate,
    notes: String,
) -> crate::domain::records::certifications::CertificationDraft {
    crate::domain::records::certifications::CertificationDraft {
        kind,
        name: String::new(),
        earned,
        expires: None,
        license_accepted: true,
        experience_validated: false,
        notes,
    }
}

/// Records an attended course: the certification as earned on its last day (checked like the
/// certification form: prerequisite, date not in the future, not held twice), and one SEU entry
/// a course day (Learning, Course, `course_dates`), each its teaching time capped at 8 SEUs
/// (`seus_a_day`). On an error nothing changes.
fn record_attended(
    journey: &mut Journey,
    course: Attended,
    today: NaiveDate,
) -> Result<Completion, Vec<FieldError<crate::domain::records::certifications::Field>>> {
    use crate::model::seu::{SeuCategory, SeuEntry, SeuSource};

    let draft = course_certification(course.certification, course.last_day, course.notes);
    let certification_id = crate::domain::records::drafts::add(journey, draft, today)?;
    let per_day = seus_a_day(course.minutes_per_day);
    let title: String = course.title.chars().take(MAX_NAME_CHARS).collect();
    let mut seu_entry_ids = Vec::new();
    for date in course_dates(course.first_day, course.last_day, course.course_days) {
        let entry_id = journey.take_id();
        journey.seu_log.push(SeuEntry {
            id: entry_id,
            date,
            minutes: per_day,
            category: SeuCategory::Learning,
            source: SeuSource::Course,
            title: title.clone(),
            notes: course.seu_notes.clone(),
            evidence: course.evidence.clone(),
            used_by_renewal: None,
        });
        seu_entry_ids.push(entry_id);
    }
    let days = u32::try_from(seu_entry_ids.len()).unwrap_or(u32::MAX);
    Ok(Completion {
        certification_id,
        certification: course.certification,
        earned: course.last_day,
        seu_entry_ids,
        seu_minutes: per_day.saturating_mul(days),
    })
}

/// Completes the planned course in one step: records it as attended (`record_attended`: the
/// certification earned on the end date, the course days logged as SEUs) and clears the choice.
/// On any error nothing changes.
pub fn complete_chosen(journey: &mut Journey, today: NaiveDate) -> Result<Completion, CourseError> {
    let id = journey.training.chosen.ok_or(CourseError::NothingChosen)?;
    let offer = journey
        .training
        .offers
        .iter()
        .find(|o| o.id == id)
        .cloned()
        .ok_or(CourseError::NoSuchOffer)?;
    if let Some(text) = gate_text(&offer) {
        return Err(CourseError::DoesNotLead(text));
    }
    let (Some(start), Some(end)) = (offer.start, offer.end) else {
        return Err(CourseError::MissingDates);
    };
    if end < start {
        return Err(CourseError::MissingDates);
    }
    // One SEU entry is logged per course day: a course longer than a year is a typing error.
    if crate::basics::dates::days_between(start, end) >= i64::from(MAX_COURSE_DAYS) {
        return Err(CourseError::Certification(vec![format!(
            "The course runs for more than {} days ({} to {}). Check its start and end dates (edit the offer).",
            MAX_COURSE_DAYS,
            crate::basics::dates::human(start),
            crate::basics::dates::human(end)
        )]));
    }
    let course = Attended {
        certification: offer.certification,
        first_day: start,
        last_day: end,
        course_days: offer.course_days,
        minutes_per_day: offer.minutes_per_day,
        notes: format!(
            "Course with {}{}.",
            offer.provider,
            if offer.trainer.is_empty() {
                String::new()
            } else {
                format!(" ({})", offer.trainer)
            }
        ),
        title: format!("{} course: {}", offer.certification.code(), offer.provider),
        seu_notes: offer.trainer.clone(),
        evidence: if is_web_link(&offer.link) {
            offer.link.clone()
        } else {
            String::new()
        },
    };
    let mut next = journey.clone();
    let done = record_attended(&mut next, course, today).map_err(|errors| {
        CourseError::Certification(errors.into_iter().map(|e| e.message).collect())
    })?;
    next.training.chosen = None;
    *journey = next;
    Ok(done)
}

// ---------------------------------------------------------------------------------------------
// A course already taken ("I took a course", on the certifications page)

/// What the "I took a course" form submits, parsed into domain values: no offer needed. Its
/// problems are at the offer form's fields a course taken has (`OfferField`: its certification,
/// start and end as the first and last course day, course days, hours a day).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TakenCourse {
    pub certification: CertificationKind,
    pub first_day: NaiveDate,
    pub last_day: NaiveDate,
    /// The days it taught (four Tuesdays: 4); `None`: every day from the first to the last.
    pub course_days: Option<u32>,
    pub minutes_per_day: Minutes,
}

/// Checks a course taken: a Scrum Alliance certification's course, the last day not before the
/// first nor more than `MAX_COURSE_DAYS` after it, the course days and hours a day as for
/// an offer (`course_day_problems`), and the certification as its form checks it (earned on the
/// last day: not in the future, not held twice, its prerequisite held).
pub fn validate_taken(
    journey: &Journey,
    course: &TakenCourse,
    today: NaiveDate,
) -> Vec<OfferFieldError> {
    use crate::domain::records::certifications::{validate, Field};
    let mut problems = Problems::new();
    let kind = course.certification;
    problems.check(
        kind.user_named() || !kind.entry().scrum_alliance,
        OfferField::Certification,
        || "Choose a Scrum Alliance certification from the list.".to_owned(),
    );
    let span = days_from_to(course.first_day, course.last_day);
    problems.check(span.is_none(), OfferField::End, || {
        "The last course day cannot be before the first.".to_owned()
    });
    problems.check(
        span.is_some_and(|s| s > MAX_COURSE_DAYS),
        OfferField::End,
        || {
            format!(
                "A course runs for at most {} days. Check the first and last course days.",
                MAX_COURSE_DAYS
            )
        },
    );
    course_day_problems(
        &mut problems,
        (OfferField::CourseDays, course.course_days, span),
        (OfferField::MinutesPerDay, course.minutes_per_day),
    );
    problems.in_future(
        OfferField::End,
        "The last course day",
        course.last_day,
        today,
        "Record a course once it has ended.",
    );
    let draft = course_certification(kind, course.last_day, String::new());
    let mut all = problems.into_vec();
    all.extend(
        validate(journey, &draft, None, today)
            .into_iter()
            .filter(|e| e.field != Field::Earned)
            .map(|e| FieldError::new(OfferField::Certification, e.message)),
    );
    crate::domain::records::field_error::merge(Vec::new(), all)
}

/// Records a course taken in one change: the certification earned on its last day and its SEUs
/// (one entry a course day, at most 8 SEUs a day), without an offer. On any problem nothing
/// changes and the problems are returned at their fields.
pub fn record_taken_course(
    journey: &mut Journey,
    course: TakenCourse,
    today: NaiveDate,
) -> Result<Completion, Vec<OfferFieldError>> {
    let problems = validate_taken(journey, &course, today);
    if !problems.is_empty() {
        return Err(problems);
    }
    let code = course.certification.code();
    let days = course_days_text(course.course_days, course.first_day, course.last_day);
    let course = Attended {
        certification: course.certification,
        first_day: course.first_day,
        last_day: course.last_day,
        course_days: course.course_days,
        minutes_per_day: course.minutes_per_day,
        notes: format!("{code} course: {days}."),
        title: format!("{code} course"),
        seu_notes: String::new(),
        evidence: String::new(),
    };
    record_attended(journey, course, today).map_err(|errors| {
        errors
            .into_iter()
            .map(|e| FieldError::new(OfferField::Certification, e.message))
            .collect()
    })
}

/// "4 course days from 3 Mar 2026 to 24 Mar 2026".
fn course_days_text(days: Option<u32>, first: NaiveDate, last: NaiveDate) -> String {
    let days = days.or_else(|| days_from_to(first, last)).unwrap_or(1);
    format!(
        "{days} course day{} from {} to {}",
        if days == 1 { "" } else { "s" },
        crate::basics::dates::human(first),
        crate::basics::dates::human(last)
    )
}

/// A course the journey could not keep: said like any other reason nothing was recorded.
impl crate::domain::records::change::IntentError for CourseError {
    fn unopenable(rejection: &crate::domain::edge::gate::Rejection) -> Self {
        CourseError::Certification(vec![crate::domain::records::change::unopenable_text(
            rejection,
        )])
    }
}
