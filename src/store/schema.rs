//! Reading the stored document: JSON text → the current `Journey`, migrating older versions
//! step by step. Nothing here writes; a document that cannot be read is reported, never dropped.

use serde_json::Value;

use crate::domain::journey::{Journey, SCHEMA_VERSION};

/// Why a stored document was not used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadProblem {
    /// Not JSON, or JSON that is not a journey (the reason in plain words).
    Unreadable(String),
    /// Written by a newer version of the app; this build must not touch it.
    NewerVersion(u32),
}

impl ReadProblem {
    pub fn explain(&self) -> String {
        match self {
            ReadProblem::Unreadable(reason) => {
                format!("The saved data could not be read ({reason}).")
            }
            ReadProblem::NewerVersion(version) => format!(
                "The saved data was written by a newer version of this app (data version {version}; this one reads up to {SCHEMA_VERSION})."
            ),
        }
    }
}

/// A document read from storage.
#[derive(Clone, Debug, PartialEq)]
pub struct ReadDocument {
    pub journey: Journey,
    /// The version it was stored at, when a migration brought it up to date.
    pub migrated_from: Option<u32>,
}

/// One migration step: turns a document of version `from` into version `from + 1`.
struct Step {
    from: u32,
    what: &'static str,
    apply: fn(&mut serde_json::Map<String, Value>) -> Result<(), String>,
}

/// Every migration, oldest first. A schema change adds a step here and bumps `SCHEMA_VERSION`.
const STEPS: &[Step] = &[
    Step {
        from: 1,
        what: "SEU window stored in whole months instead of fractional years",
        apply: v1_window_years_to_months,
    },
    Step {
        from: 2,
        what: "SEU log, planned activities, course offers and work experience added",
        apply: v2_add_planners,
    },
];

/// Version 3 adds the planners' lists, all empty for a version-2 document. The version bump
/// matters more than the step: a version-2 build will not overwrite (and drop) them.
fn v2_add_planners(doc: &mut serde_json::Map<String, Value>) -> Result<(), String> {
    for (key, empty) in [
        ("seu_log", Value::Array(Vec::new())),
        ("planned_activities", Value::Array(Vec::new())),
        ("training", Value::Object(Default::default())),
        ("path", Value::Object(Default::default())),
    ] {
        doc.entry(key).or_insert(empty);
    }
    Ok(())
}

/// Version 1 kept the SEU window as fractional years (`seu_window_years: 2.5`); fractions of a
/// year are not exact calendar spans, so version 2 keeps whole months (`seu_window_months: 30`).
fn v1_window_years_to_months(doc: &mut serde_json::Map<String, Value>) -> Result<(), String> {
    let Some(settings) = doc.get_mut("settings").and_then(Value::as_object_mut) else {
        return Ok(());
    };
    if let Some(years) = settings.remove("seu_window_years") {
        let years = years
            .as_f64()
            .filter(|y| y.is_finite() && *y > 0.0 && *y <= 10.0)
            .ok_or_else(|| format!("the SEU window {years} is not a number of years"))?;
        settings.insert(
            "seu_window_months".into(),
            Value::from((years * 12.0).round() as u64),
        );
    }
    Ok(())
}

/// Reads stored text into the current journey, migrating it if it is older.
pub fn read_document(raw: &str) -> Result<ReadDocument, ReadProblem> {
    let value: Value = serde_json::from_str(raw)
        .map_err(|e| ReadProblem::Unreadable(format!("it is not valid JSON: {e}")))?;
    migrate(value)
}

/// Brings a parsed document up to `SCHEMA_VERSION` and turns it into a journey.
pub fn migrate(value: Value) -> Result<ReadDocument, ReadProblem> {
    let Value::Object(mut doc) = value else {
        return Err(ReadProblem::Unreadable(
            "it is not a journey document".into(),
        ));
    };
    let version = doc
        .get("version")
        .and_then(Value::as_u64)
        .and_then(|v| u32::try_from(v).ok())
        .filter(|v| *v >= 1)
        .ok_or_else(|| ReadProblem::Unreadable("it has no valid version number".into()))?;
    if version > SCHEMA_VERSION {
        return Err(ReadProblem::NewerVersion(version));
    }
    let mut at = version;
    for step in STEPS.iter().filter(|s| s.from >= version) {
        debug_assert_eq!(step.from, at, "migration steps must be contiguous");
        (step.apply)(&mut doc).map_err(|e| {
            ReadProblem::Unreadable(format!(
                "migrating from version {at} ({}) failed: {e}",
                step.what
            ))
        })?;
        at = step.from + 1;
        doc.insert("version".into(), Value::from(at));
    }
    let journey: Journey = serde_json::from_value(Value::Object(doc)).map_err(|e| {
        ReadProblem::Unreadable(format!("it does not match the journey format: {e}"))
    })?;
    Ok(ReadDocument {
        journey,
        migrated_from: (version < SCHEMA_VERSION).then_some(version),
    })
}

/// The text stored for a journey.
pub fn write_document(journey: &Journey) -> String {
    serde_json::to_string(journey).expect("a journey always serializes")
}
