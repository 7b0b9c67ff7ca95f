//! The gate: the one check everything that enters goes through — the stored data at start
//! (`check_text`), a restored backup file (`check_file`) and, for its limits, a CSV import
//! (`seu_csv`). Pure Rust, no browser.
//!
//! In order, it refuses: empty input, input over `MAX_FILE_BYTES`, bytes that are not UTF-8 text,
//! text that is not JSON, JSON of another shape, a newer data version. It then migrates an older
//! document (`migration`) and checks the journey itself: every record readable (an unknown
//! certification kind or SEU category is named in plain words), ids unique within each list,
//! references that resolve, dates within `FIRST_DATE..=LAST_DATE`, numbers and text lengths
//! within the limits below. Every problem says where it is ("SEU entry 3 (id 12, \"Book\"): the
//! date 0001-01-01 is outside 1900-01-01 to 2199-12-31"), and all problems are reported at once.
//!
//! Repairs, never refusals, and reported as such: a `next_id` at or below an id in use is raised
//! above them. Nothing is ever deleted or hidden.
//!
//! Duplicate ids are refused, never renumbered: every record type's id may be named by another
//! record (a renewal names certifications, an SEU entry its renewal, the training plan its chosen
//! offer), so a renumbering could silently re-point a reference at the wrong record.
//!
//! A renewal may name a certification that is no longer held: removing a certification keeps the
//! renewals that name it (they are history; see `domain::records::certifications`). The id must have been
//! handed out (below `next_id`) and must not belong to another record.
//!
//! Hostile text (`<script>`, `<img onerror=...>`, `javascript:` links) is kept as it is: it is
//! only ever shown as text (Leptos escapes text), and a link that is not http or https is never
//! made a link (`seu::evidence_link`, `model::link`).
//!
//! The functions are pure: a refusal leaves the input as it was.

use std::collections::BTreeMap;
use std::fmt;

use chrono::NaiveDate;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::{Map, Value};

use crate::basics::dates::human;
use crate::domain::edge::migration::{upgrade, UpgradeProblem, Upgraded};
use crate::domain::rules::limits::{
    date_problem, number_problem, text_problem, EXPERIENCE_MAX_MONTHS, GRACE_PERIOD_MAX_DAYS,
    MAX_ACTIVITY_MINUTES, MAX_CHECKLIST_WEIGHT, MAX_CODE_CHARS, MAX_COUNTER, MAX_COURSE_DAYS,
    MAX_FILE_BYTES, MAX_MONEY_CENTS, MAX_NAME_CHARS, MAX_NOTES_CHARS, MAX_TEACHING_MINUTES_PER_DAY,
    MAX_WEB_LINK_CHARS, SEU_WINDOW_MAX_MONTHS, SEU_WINDOW_MIN_MONTHS,
};
use crate::model::ids::Id;
use crate::model::ids::OfferId;
use crate::model::journey::{HeldCertification, Journey, RecordedRenewal, SCHEMA_VERSION};
use crate::model::path::ObjectiveProgress;
use crate::model::path::Role;
use crate::model::plan::Period;
use crate::model::plan::PlannedActivity;
use crate::model::records::HasId;
use crate::model::settings::Settings;
use crate::model::seu::SeuEntry;
use crate::model::training::CourseOffer;
use crate::model::training::ScoreWeights;
use crate::model::Minutes;

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

// ---------------------------------------------------------------------------------------------
// Reading the records, each on its own so every bad one is named.

/// The lists of a journey: where they are in the document and what one record is called.
pub(super) const LISTS: [(&str, Option<&str>, &str, &str); 6] = [
    (
        "certifications",
        None,
        "certification",
        "the certifications",
    ),
    ("renewals", None, "renewal", "the renewals"),
    ("seu_log", None, "SEU entry", "the SEU log"),
    (
        "planned_activities",
        None,
        "planned activity",
        "the planned activities",
    ),
    (
        "training",
        Some("offers"),
        "course offer",
        "the course offers",
    ),
    ("path", Some("roles"), "role", "the roles"),
];

/// What a journey document holds besides its lists, with `Journey`'s defaults. The lists are read
/// one record at a time (so every bad record is named) and the rest through this: each record
/// type's reading code is then in the wasm once, not again inside a whole `Journey`'s
/// (4.7 KB gzip). `the_rest_of_a_journey_is_read_as_journey_reads_it` keeps the two alike.
#[derive(Deserialize)]
struct Frame {
    version: u32,
    #[serde(default)]
    id: String,
    #[serde(default)]
    revision: u64,
    #[serde(default = "first_id")]
    next_id: u64,
    #[serde(default)]
    settings: Settings,
    #[serde(default)]
    training: TrainingFrame,
    #[serde(default)]
    path: PathFrame,
}

fn first_id() -> u64 {
    Journey::default().next_id
}

/// `TrainingPlan` without its offers.
#[derive(Default, Deserialize)]
#[serde(default)]
struct TrainingFrame {
    weights: ScoreWeights,
    chosen: Option<OfferId>,
}

/// `PathPlan` without its roles.
#[derive(Default, Deserialize)]
#[serde(default)]
struct PathFrame {
    objectives: BTreeMap<String, ObjectiveProgress>,
}

/// Reads a document at the current data version straight into a journey: one pass over the
/// text, with no JSON value in between (at thousands of records, most of the start). `None`
/// when it is not one: older (to migrate), newer, or not readable as a journey. The caller then
/// goes the long way (`upgrade`, then `parse_journey`), which names every problem and where it
/// is; a journey this reads is the very one the long way reads.
pub fn read_current(text: &str) -> Option<Journey> {
    let mut reader = serde_json::Deserializer::from_str(text);
    let journey = Journey::deserialize(&mut reader).ok()?;
    reader.end().ok()?;
    (journey.version == SCHEMA_VERSION).then_some(journey)
}

/// Reads a document brought up to date (`migration::upgrade`) into a journey: every record on
/// its own, so every bad one is named; the problems found, all of them, or the journey.
pub fn parse_journey(document: Map<String, Value>) -> Result<Journey, Rejection> {
    let mut problems = Vec::new();
    let mut journey = Journey::default();
    for (key, inner, noun, list_name) in LISTS {
        let list = match inner {
            None => document.get(key),
            Some(inner) => match document.get(key) {
                Some(Value::Object(parent)) => parent.get(inner),
                Some(Value::Null) | None => None,
                Some(_) => {
                    problems.push(at(
                        ProblemKind::Format,
                        &field_words(key),
                        "it should be an object (a group of named values)",
                    ));
                    continue;
                }
            },
        };
        let items = match list {
            None | Some(Value::Null) => continue,
            Some(Value::Array(items)) => items,
            Some(_) => {
                problems.push(at(ProblemKind::Format, list_name, "it should be a list"));
                continue;
            }
        };
        for (index, item) in items.iter().enumerate() {
            let j = &mut journey;
            let result = match key {
                "certifications" => parse(item).map(|c| j.certifications.push(c)),
                "renewals" => parse(item).map(|r| j.renewals.push(r)),
                "seu_log" => parse(item).map(|e| j.seu_log.push(e)),
                "planned_activities" => parse(item).map(|a| j.planned_activities.push(a)),
                "training" => parse(item).map(|o| j.training.offers.push(o)),
                _ => parse(item).map(|r| j.path.roles.push(r)),
            };
            if let Err((path, message)) = result {
                let place = value_label(noun, index, item);
                problems.push(of_record(
                    format_problem(&place, &path, &message, item),
                    noun,
                    index,
                ));
            }
        }
    }
    if !problems.is_empty() {
        return Err(Rejection { problems });
    }
    let value = Value::Object(document);
    let frame = parse::<Frame>(&value).map_err(|(path, message)| {
        let place = match path.first() {
            Some(PathPart::Key(key)) if path.len() > 1 => field_words(key),
            _ => "the journey".to_owned(),
        };
        let rest = if path.len() > 1 {
            &path[1..]
        } else {
            &path[..]
        };
        let inner = lookup(&value, &path[..path.len().saturating_sub(rest.len())]);
        Rejection {
            problems: vec![format_problem(&place, rest, &message, inner)],
        }
    })?;
    journey.version = frame.version;
    journey.id = frame.id;
    journey.revision = frame.revision;
    journey.next_id = frame.next_id;
    journey.settings = frame.settings;
    journey.training.weights = frame.training.weights;
    journey.training.chosen = frame.training.chosen;
    journey.path.objectives = frame.path.objectives;
    Ok(journey)
}

/// Reads one part of a document (a record, or the rest of a journey) through its text: the
/// very reader `read_current` uses, so each record type's reading code is in the wasm once.
/// The problem is where it is (the path) and serde's message, without the position in the text
/// (the text is the part's own, not the user's).
fn parse<T: DeserializeOwned>(item: &Value) -> Result<T, (Vec<PathPart>, String)> {
    let text = item.to_string();
    let mut reader = serde_json::Deserializer::from_str(&text);
    T::deserialize(&mut reader).map_err(|e| {
        let message = e.to_string();
        let position = format!(" at line {} column {}", e.line(), e.column());
        let message = match message.strip_suffix(&position) {
            Some(short) => short.to_owned(),
            None => message,
        };
        (path_at(&text, e.column()), message)
    })
}

#[derive(Clone, Debug, PartialEq)]
enum PathPart {
    Key(String),
    Index(usize),
}

/// Where the reader stopped in a part's text, as the keys and positions that lead there:
/// serde_json's error gives only a column (`Value::to_string` writes the part on one line).
/// The text up to the column is walked once: objects and arrays opened and closed, the key
/// last read in each object and the position in each array (strings skipped whole, escapes
/// included).
fn path_at(text: &str, column: usize) -> Vec<PathPart> {
    enum Open<'a> {
        Object(Option<&'a str>),
        Array(usize),
    }
    let bytes = text.as_bytes();
    let end = column.min(bytes.len());
    let mut open: Vec<Open> = Vec::new();
    let mut key_next = false;
    let mut i = 0;
    while i < end {
        match bytes[i] {
            b'{' => {
                open.push(Open::Object(None));
                key_next = true;
            }
            b'[' => {
                open.push(Open::Array(0));
                key_next = false;
            }
            b'}' | b']' => {
                open.pop();
                key_next = false;
            }
            b',' => match open.last_mut() {
                Some(Open::Array(index)) => *index = index.saturating_add(1),
                Some(Open::Object(_)) => key_next = true,
                None => {}
            },
            b'"' => {
                let start = i + 1;
                let mut close = start;
                while close < bytes.len() && bytes[close] != b'"' {
                    close += if bytes[close] == b'\\' { 2 } else { 1 };
                }
                if key_next {
                    if let Some(Open::Object(key)) = open.last_mut() {
                        *key = text.get(start..close.min(bytes.len()));
                    }
                    key_next = false;
                }
                i = close;
            }
            _ => {}
        }
        i += 1;
    }
    open.into_iter()
        .filter_map(|part| match part {
            Open::Object(key) => key.map(|key| PathPart::Key(key.to_owned())),
            Open::Array(index) => Some(PathPart::Index(index)),
        })
        .collect()
}

fn lookup<'a>(mut value: &'a Value, path: &[PathPart]) -> &'a Value {
    for part in path {
        let next = match part {
            PathPart::Key(key) => value.get(key),
            PathPart::Index(index) => value.get(index),
        };
        match next {
            Some(next) => value = next,
            None => break,
        }
    }
    value
}

/// A stored key in words: "earned" → "earned date", "fee_paid_cents" → "fee paid".
fn field_words(key: &str) -> String {
    match key {
        "earned" => "earned date".into(),
        "expires" => "expiry date".into(),
        "category" => "SEU category".into(),
        "source" => "SEU source".into(),
        "kind" => "kind".into(),
        "fee_paid_cents" => "fee paid".into(),
        "price_cents" => "price".into(),
        "used_by_renewal" => "renewal that used it".into(),
        "renewed" => "certifications renewed".into(),
        "seu_log" => "SEU log".into(),
        "start" => "start date".into(),
        "end" => "end date".into(),
        "until" => "end date".into(),
        "from" => "first date".into(),
        other => other.replace('_', " "),
    }
}

/// The place of a record read from JSON: "certification 2 (id 5)".
fn value_label(noun: &str, index: usize, item: &Value) -> String {
    match item.get("id").and_then(Value::as_u64) {
        Some(id) => format!("{noun} {} (id {id})", index + 1),
        None => format!("{noun} {}", index + 1),
    }
}

/// A JSON value as shown in a message: text in quotes, anything cut at 40 characters.
fn shown(value: &Value) -> String {
    let text = match value {
        Value::String(s) => format!("\"{}\"", cut(s, 40)),
        other => cut(&other.to_string(), 40),
    };
    text
}

fn cut(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_owned()
    } else {
        let mut short: String = text.chars().take(max).collect();
        short.push('…');
        short
    }
}

/// Words between backticks in a serde message: "unknown variant `XYZ`, expected one of `A`".
fn ticked(text: &str) -> Vec<&str> {
    text.split('`').skip(1).step_by(2).collect()
}

/// Turns serde's message about `path` inside `record` into plain words.
fn format_problem(place: &str, path: &[PathPart], message: &str, record: &Value) -> Problem {
    let keys: Vec<&str> = path
        .iter()
        .filter_map(|p| match p {
            PathPart::Key(key) => Some(key.as_str()),
            PathPart::Index(_) => None,
        })
        .collect();
    // "schedule kind" for the tag of a nested object, else the last key in words.
    let field = match keys.as_slice() {
        [.., parent, "kind"] => Some(format!("{} kind", field_words(parent))),
        [.., last] => Some(field_words(last)),
        [] => None,
    };
    let offending = lookup(record, path);
    if let Some(rest) = message.strip_prefix("unknown variant ") {
        let names = ticked(rest);
        let unknown = names.first().copied().unwrap_or("?");
        let known = &names[1.min(names.len())..];
        let field = field.unwrap_or_else(|| "value".into());
        let mut text = format!(
            "the {field} \"{}\" is not one this app knows",
            cut(unknown, 40)
        );
        if !known.is_empty() && known.len() <= 8 {
            text.push_str(&format!(" (it knows {})", known.join(", ")));
        }
        return at(ProblemKind::UnknownValue, place, text);
    }
    if let Some(rest) = message.strip_prefix("missing field ") {
        let missing = ticked(rest)
            .first()
            .map_or("?".to_owned(), |k| field_words(k));
        let inside = field.map(|f| format!(" in its {f}")).unwrap_or_default();
        return at(
            ProblemKind::Format,
            place,
            format!("the {missing} is missing{inside}"),
        );
    }
    let field = field.unwrap_or_else(|| "value".into());
    let expected = message
        .rsplit_once(", expected ")
        .map(|(_, e)| expected_words(e));
    let text = if message == crate::basics::dates::NOT_A_DATE {
        format!(
            "the {field} {} is not a date written as YYYY-MM-DD",
            shown(offending)
        )
    } else if let Some(expected) = expected {
        format!("the {field} {} should be {expected}", shown(offending))
    } else {
        format!(
            "the {field} {} cannot be read ({message})",
            shown(offending)
        )
    };
    at(ProblemKind::Format, place, text)
}

fn expected_words(expected: &str) -> String {
    match expected.trim() {
        "u64" | "u32" | "u16" | "u8" => "a whole number, 0 or more (and not too large)".into(),
        "i64" | "i32" => "a whole number".into(),
        "a string" => "a text".into(),
        "a boolean" => "true or false".into(),
        "a sequence" => "a list".into(),
        "a map" => "an object (a group of named values)".into(),
        other if other.starts_with("struct ") => "an object (a group of named values)".into(),
        other if other.starts_with("internally tagged enum") => "an object with a \"kind\"".into(),
        other => other.to_owned(),
    }
}

// ---------------------------------------------------------------------------------------------
// Checking the journey itself.

/// One record of a list, for messages: "SEU entry 3 (id 12, \"Book\")".
fn label(noun: &str, index: usize, id: u64, hint: &str) -> String {
    if hint.is_empty() {
        format!("{noun} {} (id {id})", index + 1)
    } else {
        format!("{noun} {} (id {id}, {hint})", index + 1)
    }
}

fn quoted(text: &str) -> String {
    format!("\"{}\"", cut(text.trim(), 40))
}

/// Where a record is, for the checks that apply to every list.
struct Item<'a> {
    list: &'static str,
    index: usize,
    id: u64,
    record: &'a dyn Checked,
}

impl Item<'_> {
    /// `problem`, marked as this record's.
    fn problem(&self, problem: Problem) -> Problem {
        of_record(problem, self.list, self.index)
    }

    /// Where it is, for a message: "SEU entry 3 (id 12, \"Book\")". Written only for a record
    /// with a problem (at thousands of records, writing every place was most of the check).
    fn place(&self) -> String {
        let hint = match self.record.hint() {
            Hint::Quoted(text) => quoted(text),
            Hint::Code(code) => code.to_owned(),
            Hint::Date(date) => human(date),
        };
        label(self.list, self.index, self.id, &hint)
    }
}

/// A hint of which record it is: its title or name (quoted), a code, or a date.
#[derive(Clone, Copy)]
enum Hint<'a> {
    Quoted(&'a str),
    Code(&'static str),
    Date(NaiveDate),
}

/// One value a record holds that has limits: a date, a text or a number, named for a message.
enum Hold<'a> {
    Date(&'static str, NaiveDate),
    /// (what, the text, the most characters allowed)
    Text(&'static str, &'a str, usize),
    /// (what, value, the most allowed, the least allowed)
    Number(&'static str, u64, u64, u64),
}

impl Hold<'_> {
    fn minutes(what: &'static str, minutes: Minutes, max: Minutes) -> Self {
        Hold::Number(what, u64::from(minutes), u64::from(max), 0)
    }
}

/// A record the gate checks: a hint of which it is, and every value it holds that has limits,
/// handed to `hold` one at a time (nothing is collected: a journey holds thousands).
trait Checked {
    fn hint(&self) -> Hint<'_>;
    fn holds<'a>(&'a self, hold: &mut dyn FnMut(Hold<'a>));
}

impl Checked for HeldCertification {
    fn hint(&self) -> Hint<'_> {
        if self.kind.user_named() && !self.name.trim().is_empty() {
            Hint::Quoted(&self.name)
        } else {
            Hint::Code(self.kind.code())
        }
    }

    fn holds<'a>(&'a self, hold: &mut dyn FnMut(Hold<'a>)) {
        hold(Hold::Date("earned date", self.earned));
        if let Some(expires) = self.expires {
            hold(Hold::Date("expiry date", expires));
        }
        hold(Hold::Text("name", &self.name, MAX_NAME_CHARS));
        hold(Hold::Text("notes", &self.notes, MAX_NOTES_CHARS));
    }
}

impl Checked for RecordedRenewal {
    fn hint(&self) -> Hint<'_> {
        Hint::Date(self.date)
    }

    fn holds<'a>(&'a self, hold: &mut dyn FnMut(Hold<'a>)) {
        hold(Hold::Date("date", self.date));
        hold(Hold::Number(
            "fee paid (in cents)",
            self.fee_paid.0,
            MAX_MONEY_CENTS,
            0,
        ));
    }
}

impl Checked for SeuEntry {
    fn hint(&self) -> Hint<'_> {
        Hint::Quoted(&self.title)
    }

    fn holds<'a>(&'a self, hold: &mut dyn FnMut(Hold<'a>)) {
        hold(Hold::Date("date", self.date));
        activity_holds(
            hold,
            &self.title,
            &self.notes,
            Some(&self.evidence),
            self.minutes,
        );
    }
}

/// What an SEU entry and a planned activity both hold: a title, notes (an SEU entry also an
/// evidence link) and a duration; texts before numbers, as every record hands them.
fn activity_holds<'a>(
    hold: &mut dyn FnMut(Hold<'a>),
    title: &'a str,
    notes: &'a str,
    evidence: Option<&'a str>,
    minutes: Minutes,
) {
    hold(Hold::Text("title", title, MAX_NAME_CHARS));
    hold(Hold::Text("notes", notes, MAX_NOTES_CHARS));
    if let Some(evidence) = evidence {
        hold(Hold::Text("evidence link", evidence, MAX_WEB_LINK_CHARS));
    }
    hold(Hold::minutes(
        "duration in minutes",
        minutes,
        Minutes(MAX_ACTIVITY_MINUTES),
    ));
}

impl Checked for PlannedActivity {
    fn hint(&self) -> Hint<'_> {
        Hint::Quoted(&self.title)
    }

    fn holds<'a>(&'a self, hold: &mut dyn FnMut(Hold<'a>)) {
        let recurrence = self.schedule.recurrence();
        match recurrence {
            None => hold(Hold::Date("date", self.schedule.first_date())),
            Some((_, recurrence)) => {
                hold(Hold::Date("first date", recurrence.from));
                if let Some(until) = recurrence.until {
                    hold(Hold::Date("end date", until));
                }
            }
        }
        activity_holds(hold, &self.title, &self.notes, None, self.minutes_each);
        if let Some((period, recurrence)) = recurrence {
            let what = match period {
                Period::Month => "months between times",
                Period::Week => "weeks between times",
            };
            let max = u64::from(period.max_every());
            hold(Hold::Number(what, u64::from(recurrence.every), max, 1));
        }
    }
}

impl Checked for CourseOffer {
    fn hint(&self) -> Hint<'_> {
        Hint::Quoted(&self.provider)
    }

    fn holds<'a>(&'a self, hold: &mut dyn FnMut(Hold<'a>)) {
        if let Some(start) = self.start {
            hold(Hold::Date("start date", start));
        }
        if let Some(end) = self.end {
            hold(Hold::Date("end date", end));
        }
        for (what, text, max) in [
            ("provider", &self.provider, MAX_NAME_CHARS),
            ("trainer", &self.trainer, MAX_NAME_CHARS),
            ("place", &self.place, MAX_NAME_CHARS),
            ("language", &self.language, MAX_NAME_CHARS),
            ("currency", &self.currency, MAX_CODE_CHARS),
            ("notes", &self.notes, MAX_NOTES_CHARS),
            ("link", &self.link, MAX_WEB_LINK_CHARS),
        ] {
            hold(Hold::Text(what, text, max));
        }
        hold(Hold::Number(
            "price (in cents)",
            self.price.0,
            MAX_MONEY_CENTS,
            0,
        ));
        hold(Hold::minutes(
            "teaching minutes per day",
            self.minutes_per_day,
            Minutes(MAX_TEACHING_MINUTES_PER_DAY),
        ));
        if let Some(days) = self.course_days {
            hold(Hold::Number(
                "number of course days",
                u64::from(days),
                u64::from(MAX_COURSE_DAYS),
                1,
            ));
        }
    }
}

impl Checked for Role {
    fn hint(&self) -> Hint<'_> {
        Hint::Quoted(&self.title)
    }

    fn holds<'a>(&'a self, hold: &mut dyn FnMut(Hold<'a>)) {
        hold(Hold::Date("start date", self.start));
        if let Some(end) = self.end {
            hold(Hold::Date("end date", end));
        }
        hold(Hold::Text("title", &self.title, MAX_NAME_CHARS));
    }
}

/// The items of one list, each placed by the list's noun, its position and its id.
fn list_items<'a, T: HasId + Checked>(
    list: &'static str,
    records: &'a [T],
) -> impl Iterator<Item = Item<'a>> + 'a {
    records.iter().enumerate().map(move |(index, record)| Item {
        list,
        index,
        id: record.id().raw(),
        record,
    })
}

fn items(journey: &Journey) -> Vec<Item<'_>> {
    list_items("certification", &journey.certifications)
        .chain(list_items("renewal", &journey.renewals))
        .chain(list_items("SEU entry", &journey.seu_log))
        .chain(list_items("planned activity", &journey.planned_activities))
        .chain(list_items("course offer", &journey.training.offers))
        .chain(list_items("role", &journey.path.roles))
        .collect()
}

/// The checks of a journey once read; `Ok` with the repairs made, or every problem found.
fn check_journey(mut journey: Journey) -> Result<(Journey, Vec<String>), Vec<Problem>> {
    let problems = journey_problems(&journey);
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut repairs = Vec::new();
    let highest = items(&journey).iter().map(|i| i.id).max().unwrap_or(0);
    if journey.next_id <= highest || journey.next_id == 0 {
        let was = journey.next_id;
        journey.next_id = highest + 1;
        repairs.push(format!(
            "The next free id was {was}, but ids up to {highest} are in use; it is now {} (no record was changed).",
            journey.next_id
        ));
    }
    Ok((journey, repairs))
}

/// Every problem that keeps a journey from being opened (none: the gate admits it, perhaps with
/// a repair). The same checks at every start, for every file and link, and for every change
/// (`domain::records::change`), so that nothing saved can fail them later.
pub fn journey_problems(journey: &Journey) -> Vec<Problem> {
    let mut problems = Vec::new();
    let all = items(journey);

    // Ids: not 0, not above the counter limit, unique within each list. The items sorted by
    // (id, position) put every use of an id side by side, its first use first (at thousands of
    // records, two ordered maps of the ids were a fifth of the start).
    let mut by_id: Vec<(u64, usize)> = all.iter().map(|i| i.id).zip(0..).collect();
    by_id.sort_unstable();
    // The first item of each (list, id) an item repeats.
    let mut first_use: Vec<Option<usize>> = vec![None; all.len()];
    for group in by_id.chunk_by(|a, b| a.0 == b.0) {
        // The first item of each list using this id (one per kind of list: a few at most).
        let mut firsts: Vec<(&str, usize)> = Vec::new();
        for &(_, at) in group {
            let list = all[at].list;
            match firsts.iter().find(|(other, _)| *other == list) {
                Some(&(_, first)) => first_use[at] = Some(first),
                None => firsts.push((list, at)),
            }
        }
    }
    // The list that uses an id first (for a reference to the wrong kind of record).
    let owner = |id: u64| {
        let first = by_id.partition_point(|&(other, _)| other < id);
        by_id
            .get(first)
            .filter(|&&(other, _)| other == id)
            .map(|&(_, at)| all[at].list)
    };
    for (item, first) in all.iter().zip(&first_use) {
        if item.id == 0 {
            problems.push(item.problem(at(
                ProblemKind::NumberOutOfBounds,
                &item.place(),
                "its id is 0; this app hands out ids from 1",
            )));
        } else if item.id >= MAX_COUNTER {
            problems.push(item.problem(at(
                ProblemKind::NumberOutOfBounds,
                &item.place(),
                format!(
                    "its id {} is more than the most allowed, {}",
                    item.id,
                    MAX_COUNTER - 1
                ),
            )));
        }
        if let Some(first) = first {
            problems.push(item.problem(at(
                ProblemKind::DuplicateId,
                &item.place(),
                format!(
                    "it has the same id as {}; each {} needs an id of its own (nothing was renumbered or removed)",
                    all[*first].place(),
                    item.list
                ),
            )));
        }
    }

    // Dates, text lengths, numbers.
    for item in &all {
        item.record.holds(&mut |hold| {
            let problem = match hold {
                Hold::Date(what, date) => {
                    date_problem(what, date).map(|text| (ProblemKind::DateOutOfRange, text))
                }
                Hold::Text(what, text, max) => {
                    text_problem(what, text, max).map(|text| (ProblemKind::TextTooLong, text))
                }
                Hold::Number(what, value, max, min) => number_problem(what, value, max, min)
                    .map(|text| (ProblemKind::NumberOutOfBounds, text)),
            };
            if let Some((kind, text)) = problem {
                problems.push(item.problem(at(kind, &item.place(), text)));
            }
        });
    }
    for (key, progress) in &journey.path.objectives {
        let place = format!("learning objective {}", quoted(key));
        if let Some(text) = text_problem("id", key, MAX_NAME_CHARS) {
            problems.push(at(ProblemKind::TextTooLong, &place, text));
        }
        if let Some(text) = text_problem("note", &progress.note, MAX_NOTES_CHARS) {
            problems.push(at(ProblemKind::TextTooLong, &place, text));
        }
    }
    let s = &journey.settings;
    let settings = [
        (
            "grace period in days",
            s.grace_period_days,
            GRACE_PERIOD_MAX_DAYS,
            0,
        ),
        (
            "SEU window in months",
            s.seu_window_months,
            SEU_WINDOW_MAX_MONTHS,
            SEU_WINDOW_MIN_MONTHS,
        ),
        (
            "advanced experience in months",
            s.advanced_experience_months,
            EXPERIENCE_MAX_MONTHS,
            1,
        ),
        (
            "professional experience in months",
            s.professional_experience_months,
            EXPERIENCE_MAX_MONTHS,
            1,
        ),
    ];
    for (what, value, max, min) in settings {
        if let Some(text) = number_problem(what, value.into(), max.into(), min.into()) {
            problems.push(at(ProblemKind::NumberOutOfBounds, "settings", text));
        }
    }
    let w = &journey.training.weights;
    for (what, value) in [
        (
            "weight of \"all learning objectives\"",
            w.covers_all_objectives,
        ),
        ("weight of \"hands-on practice\"", w.hands_on_practice),
        (
            "weight of \"interactive activities\"",
            w.interactive_activities,
        ),
        ("weight of \"practice tests\"", w.practice_tests),
    ] {
        if let Some(text) = number_problem(what, value.into(), MAX_CHECKLIST_WEIGHT.into(), 0) {
            problems.push(at(ProblemKind::NumberOutOfBounds, "training weights", text));
        }
    }
    if !crate::model::journey::is_journey_id(&journey.id) {
        problems.push(at(
            ProblemKind::Format,
            "the journey",
            format!(
                "its id {} is not {} hexadecimal digits",
                quoted(&journey.id),
                crate::model::journey::JOURNEY_ID_DIGITS
            ),
        ));
    }
    for (what, value) in [
        ("revision", journey.revision),
        ("next free id", journey.next_id),
    ] {
        if value > MAX_COUNTER {
            problems.push(at(
                ProblemKind::NumberOutOfBounds,
                "the journey",
                format!("the {what} {value} is more than the most allowed, {MAX_COUNTER}"),
            ));
        }
    }

    // References.
    for (i, r) in journey.renewals.iter().enumerate() {
        for id in &r.renewed {
            if journey.certification(*id).is_some() {
                continue;
            }
            let place = label("renewal", i, r.id.0, &human(r.date));
            let message = match owner(id.0) {
                Some(other) => format!(
                    "it names id {id} as a certification renewed, but id {id} is {} {other}",
                    if other.starts_with("SEU") { "an" } else { "a" }
                ),
                None if id.0 == 0 || id.0 >= journey.next_id => format!(
                    "it names id {id} as a certification renewed, but no certification ever had that id"
                ),
                // A certification removed after it was renewed: the renewal stays as history.
                None => continue,
            };
            problems.push(of_record(
                at(ProblemKind::DanglingReference, &place, message),
                "renewal",
                i,
            ));
        }
    }
    for (i, e) in journey.seu_log.iter().enumerate() {
        if let Some(renewal) = e.used_by_renewal {
            if journey.renewals.iter().all(|r| r.id != renewal) {
                problems.push(of_record(
                    at(
                        ProblemKind::DanglingReference,
                        &label("SEU entry", i, e.id.0, &quoted(&e.title)),
                        format!("it was used by the renewal with id {renewal}, which is not there"),
                    ),
                    "SEU entry",
                    i,
                ));
            }
        }
    }
    if let Some(chosen) = journey.training.chosen {
        if journey.training.offers.iter().all(|o| o.id != chosen) {
            problems.push(at(
                ProblemKind::DanglingReference,
                "training",
                format!("the chosen course is the offer with id {chosen}, which is not there"),
            ));
        }
    }

    problems
}

// ---------------------------------------------------------------------------------------------
// The restore preview.

/// What a journey holds: counts, the span of its dates, its version.
pub fn summary(journey: &Journey) -> Summary {
    let mut dates: Vec<NaiveDate> = Vec::new();
    for item in items(journey) {
        item.record.holds(&mut |hold| {
            if let Hold::Date(_, date) = hold {
                dates.push(date);
            }
        });
    }
    Summary {
        version: journey.version,
        certifications: journey.certifications.len(),
        seu_entries: journey.seu_log.len(),
        renewals: journey.renewals.len(),
        planned_activities: journey.planned_activities.len(),
        offers: journey.training.offers.len(),
        roles: journey.path.roles.len(),
        earliest: dates.iter().min().copied(),
        latest: dates.iter().max().copied(),
    }
}
