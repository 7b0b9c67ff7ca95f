//! The planned course: choosing it, completing it (the certification and the SEUs it brings), and
//! a course already taken.

use crate::domain::records::field_error::{FieldError, Problems};
use crate::domain::rules::limits::{MAX_COURSE_DAYS, MAX_NAME_CHARS};
use crate::model::link::is_web_link;
use crate::model::{CertificationId, Minutes, OfferId, SeuEntryId};
use chrono::NaiveDate;

use super::assessment::{course_dates, days_from_to, gate_text};
use super::offers::{course_day_problems, OfferField, OfferFieldError};
use crate::domain::rules::catalogue::CertificationKind;
use crate::domain::seus::log::DAILY_CAP_MINUTES;
use crate::model::journey::Journey;

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
            proofs: Vec::new(),
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
