//! Reading a journey document one record at a time, so that every bad record is named in plain
//! words, and reading the current version the short way.

use crate::basics::sorted_map::{deserialize_sorted_map, SortedMap};

use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::{Map, Value};

use crate::model::ids::OfferId;
use crate::model::journey::{Journey, SCHEMA_VERSION};
use crate::model::path::ObjectiveProgress;
use crate::model::settings::Settings;
use crate::model::training::ScoreWeights;

use super::{at, of_record, Problem, ProblemKind, Rejection};

// ---------------------------------------------------------------------------------------------
// Reading the records, each on its own so every bad one is named.

/// The lists of a journey: where they are in the document and what one record is called.
pub(crate) const LISTS: [(&str, Option<&str>, &str, &str); 6] = [
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
    #[serde(deserialize_with = "deserialize_sorted_map")]
    objectives: SortedMap<String, ObjectiveProgress>,
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
        "proofs" => "proof files".into(),
        "sha256" => "SHA-256 fingerprint".into(),
        "bytes" => "size in bytes".into(),
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

pub(super) fn cut(text: &str, max: usize) -> String {
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
