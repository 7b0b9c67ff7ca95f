//! The gate: the one check everything that enters goes through (the stored data at start, a
//! restored file, a shared link, a CSV import's limits, every change), and its answers. What it
//! refuses and why: `docs/gate.md`. `reading` reads a document record by record; `checks` checks
//! the journey read.

mod checks;
mod reading;

use std::fmt;

use chrono::NaiveDate;
use serde_json::Value;

use crate::domain::edge::migration::{upgrade, UpgradeProblem, Upgraded};
use crate::domain::rules::limits::MAX_FILE_BYTES;
use crate::model::journey::{Journey, SCHEMA_VERSION};

use checks::check_journey;
pub use checks::{journey_problems, summary};
pub(crate) use reading::LISTS;
pub use reading::{parse_journey, read_current};

// ---------------------------------------------------------------------------------------------
// What the gate answers.

/// What kind of problem a `Problem` is (for the UI to pick a heading; the text says it all).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ProblemKind {
    Empty,
    TooLarge,
    NotText,
    NotJson,
    /// JSON, but not a journey document (another shape, no version).
    NotAJourney,
    NewerVersion,
    /// An older version that could not be migrated.
    MigrationFailed,
    /// A record (or a setting) that does not have the journey's format.
    Format,
    /// A certification kind, SEU category, source, ... this app does not know.
    UnknownValue,
    DuplicateId,
    DanglingReference,
    DateOutOfRange,
    NumberOutOfBounds,
    TextTooLong,
}

/// One reason the input was refused, with where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub kind: ProblemKind,
    /// Where: "certification 2 (id 5, CSPO)", "settings"; `None` for the input as a whole.
    pub place: Option<String>,
    /// What, in plain words.
    pub message: String,
    /// The record it concerns, when it concerns one record alone (that record could be set
    /// aside: `set_aside`); `None` for the input as a whole, the settings, the training plan.
    pub record: Option<RecordAt>,
}

/// A record of a journey's lists: the list's noun ("SEU entry") and the record's position in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct RecordAt {
    pub list: &'static str,
    pub index: usize,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.place {
            Some(place) => write!(f, "{place}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

/// Why the input was refused: every problem found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rejection {
    pub problems: Vec<Problem>,
}

impl fmt::Display for Rejection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (n, problem) in self.problems.iter().enumerate() {
            if n > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{problem}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Rejection {}

/// An input the gate let in.
#[derive(Clone, Debug, PartialEq)]
pub struct Admitted {
    /// The journey, at the current version, with the repairs made.
    pub journey: Journey,
    /// The version it was migrated from, when it was older.
    pub migrated_from: Option<u32>,
    /// What was repaired, in plain words (empty: nothing).
    pub repairs: Vec<String>,
}

/// A restore preview: what a journey holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    /// The data version (after migration, the current one).
    pub version: u32,
    pub certifications: usize,
    pub seu_entries: usize,
    pub renewals: usize,
    pub planned_activities: usize,
    pub offers: usize,
    pub roles: usize,
    /// The earliest and latest date anywhere in it (`None`: it holds no date).
    pub earliest: Option<NaiveDate>,
    pub latest: Option<NaiveDate>,
}

// ---------------------------------------------------------------------------------------------
// The checks in order.

fn whole(kind: ProblemKind, message: impl Into<String>) -> Problem {
    Problem {
        kind,
        place: None,
        message: message.into(),
        record: None,
    }
}

fn at(kind: ProblemKind, place: &str, message: impl Into<String>) -> Problem {
    Problem {
        kind,
        place: Some(place.to_owned()),
        message: message.into(),
        record: None,
    }
}

/// A problem of one record (`list`, `index`).
fn of_record(problem: Problem, list: &'static str, index: usize) -> Problem {
    Problem {
        record: Some(RecordAt { list, index }),
        ..problem
    }
}

fn refuse<T>(problem: Problem) -> Result<T, Rejection> {
    Err(Rejection {
        problems: vec![problem],
    })
}

/// A size as people read it: "17 bytes", "812 KB", "5 MB", "6.2 MB", "10 GB" (one decimal, and
/// only where it says something).
pub fn size_text(bytes: u64) -> String {
    const KB: u64 = 1024;
    const MB: u64 = KB * KB;
    const GB: u64 = MB * KB;
    let decimal = |unit_bytes: u64, unit: &str| {
        let text = crate::basics::decimal::short_ratio_text(bytes, unit_bytes, 1);
        format!("{text} {unit}")
    };
    if bytes >= GB {
        decimal(GB, "GB")
    } else if bytes >= MB {
        decimal(MB, "MB")
    } else if bytes >= KB {
        format!("{} KB", bytes / KB)
    } else {
        format!("{bytes} bytes")
    }
}

fn check_size(len: usize, what: &str) -> Result<(), Rejection> {
    if len == 0 {
        return refuse(whole(
            ProblemKind::Empty,
            format!("{what} is empty: there is nothing in it to read."),
        ));
    }
    if len > MAX_FILE_BYTES {
        return refuse(whole(
            ProblemKind::TooLarge,
            format!(
                "{what} is {}; the most this app reads is {}. A backup this app saved is far smaller: check that it is the right one.",
                size_text(len as u64),
                size_text(MAX_FILE_BYTES as u64)
            ),
        ));
    }
    Ok(())
}

/// Checks a file (a restored backup) as its raw bytes.
pub fn check_file(raw_bytes: &[u8]) -> Result<Admitted, Rejection> {
    check_size(raw_bytes.len(), "The file")?;
    let Ok(text) = std::str::from_utf8(raw_bytes) else {
        return refuse(whole(
            ProblemKind::NotText,
            "The file is not text at all (perhaps a picture, a spreadsheet or a compressed file). Choose a backup this app saved: a .json file.",
        ));
    };
    check_document(text, "The file")
}

/// Checks the plan a shared link carries, once unpacked (`domain::edge::share`).
pub fn check_shared(raw: &str) -> Result<Admitted, Rejection> {
    check_size(raw.len(), "The shared plan")?;
    check_document(raw, "The shared plan")
}

/// Checks stored text (the journey in the browser's storage).
pub fn check_text(raw: &str) -> Result<Admitted, Rejection> {
    check_size(raw.len(), "The saved data")?;
    check_document(raw, "The saved data")
}

/// `check_text` without its short way (`read_current`): what it answers must be the same
/// (the tests compare the two).
pub fn check_text_the_long_way(raw: &str) -> Result<Admitted, Rejection> {
    check_size(raw.len(), "The saved data")?;
    check_document_the_long_way(raw, "The saved data")
}

fn check_document(text: &str, what: &str) -> Result<Admitted, Rejection> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    match read_current(text) {
        Some(journey) => admit(journey),
        None => check_document_the_long_way(text, what),
    }
}

fn check_document_the_long_way(text: &str, what: &str) -> Result<Admitted, Rejection> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return refuse(whole(
            ProblemKind::Empty,
            format!("{what} holds only blank space: there is nothing in it to read."),
        ));
    }
    let value: Value = serde_json::from_str(text).map_err(|e| Rejection {
        problems: vec![whole(
            ProblemKind::NotJson,
            format!(
                "{what} is text, but not a backup of this app: it is not JSON ({} at line {}, column {}).",
                match e.classify() {
                    serde_json::error::Category::Eof => "it stops too early",
                    _ => "it breaks off",
                },
                e.line(),
                e.column()
            ),
        )],
    })?;
    let Upgraded { document, from } = upgrade(value).map_err(|problem| Rejection {
        problems: vec![match problem {
            UpgradeProblem::NotAnObject => whole(
                ProblemKind::NotAJourney,
                format!("{what} is JSON, but not a journey: a journey is an object with a data version, and this is not an object."),
            ),
            UpgradeProblem::NoVersion => whole(
                ProblemKind::NotAJourney,
                format!("{what} is JSON, but not a journey: it has no data version (a whole number from 1 up)."),
            ),
            UpgradeProblem::Newer(version) => whole(
                ProblemKind::NewerVersion,
                format!("{what} was written by a newer version of this app (data version {version}; this one reads up to {SCHEMA_VERSION}). Update the app to open it; nothing was changed."),
            ),
            UpgradeProblem::StepFailed { from, what: step, reason } => whole(
                ProblemKind::MigrationFailed,
                format!("{what} has data version {from}, and bringing it up to date ({step}) failed: {reason}."),
            ),
        }],
    })?;
    let journey = parse_journey(document)?;
    let (journey, repairs) = check_journey(journey).map_err(|problems| Rejection { problems })?;
    Ok(Admitted {
        journey,
        migrated_from: (from < SCHEMA_VERSION).then_some(from),
        repairs,
    })
}

/// Checks a journey already in memory (an import built it, a test made it): the same checks as
/// for a file once it is read. Returns it with the repairs made, or every problem.
pub fn admit(journey: Journey) -> Result<Admitted, Rejection> {
    let (journey, repairs) = check_journey(journey).map_err(|problems| Rejection { problems })?;
    Ok(Admitted {
        journey,
        migrated_from: None,
        repairs,
    })
}
