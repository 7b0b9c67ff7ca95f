//! Bringing a stored document of an older version up to `SCHEMA_VERSION`, step by step, on the
//! parsed JSON. Pure: used by `store::schema` (stored text) and by `gate` (every way in).

use serde_json::{Map, Value};

use crate::model::journey::SCHEMA_VERSION;

/// A document brought up to the current version, still as JSON.
#[derive(Clone, Debug, PartialEq)]
pub struct Upgraded {
    pub document: Map<String, Value>,
    /// The version the document had before.
    pub from: u32,
}

/// Why a document could not be brought up to date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UpgradeProblem {
    /// JSON that is not an object.
    NotAnObject,
    /// No version number, or not a whole number from 1 up.
    NoVersion,
    /// Written by a newer version of the app.
    Newer(u32),
    /// A step failed: the version it started from, what it does, and why.
    StepFailed {
        from: u32,
        what: &'static str,
        reason: String,
    },
}

impl std::fmt::Display for UpgradeProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            UpgradeProblem::NotAnObject => f.write_str("it is not a journey document"),
            UpgradeProblem::NoVersion => f.write_str("it has no valid version number"),
            UpgradeProblem::Newer(version) => {
                write!(
                    f,
                    "it was written by a newer version of this app (data version {version})"
                )
            }
            UpgradeProblem::StepFailed { from, what, reason } => {
                write!(f, "migrating from version {from} ({what}) failed: {reason}")
            }
        }
    }
}

impl std::error::Error for UpgradeProblem {}

/// One migration step: turns a document of version `from` into version `from + 1`.
struct Step {
    from: u32,
    what: &'static str,
    apply: fn(&mut Map<String, Value>) -> Result<(), String>,
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
    Step {
        from: 3,
        what: "whether Scrum Alliance lists a course offer: yes, no or not checked yet",
        apply: v3_listing_three_states,
    },
    Step {
        from: 4,
        what: "proof files kept with SEU entries",
        apply: v4_proofs,
    },
];

/// Version 5 lets an SEU entry list the files kept as its proof; a version-4 document has none.
/// The version bump matters more than the step: a version-4 build will not overwrite (and drop)
/// them.
fn v4_proofs(_: &mut Map<String, Value>) -> Result<(), String> {
    Ok(())
}

/// Version 3 kept "listed by Scrum Alliance" as a box that started unticked, so an unticked box
/// does not say the course is not listed: version 4 reads it as "not checked yet", a ticked one
/// as "listed". A value that is already one of the three states is kept.
fn v3_listing_three_states(doc: &mut Map<String, Value>) -> Result<(), String> {
    let Some(offers) = doc
        .get_mut("training")
        .and_then(|t| t.get_mut("offers"))
        .and_then(Value::as_array_mut)
    else {
        return Ok(());
    };
    for offer in offers.iter_mut().filter_map(Value::as_object_mut) {
        let state = match offer.get("listed_by_scrum_alliance") {
            Some(Value::Bool(true)) => "Listed",
            Some(Value::Bool(false)) | None => "NotChecked",
            Some(Value::String(_)) => continue,
            Some(other) => return Err(format!("\"listed by Scrum Alliance\" is {other}")),
        };
        offer.insert("listed_by_scrum_alliance".into(), Value::from(state));
    }
    Ok(())
}

/// Version 3 adds the planners' lists, all empty for a version-2 document. The version bump
/// matters more than the step: a version-2 build will not overwrite (and drop) them.
fn v2_add_planners(doc: &mut Map<String, Value>) -> Result<(), String> {
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
fn v1_window_years_to_months(doc: &mut Map<String, Value>) -> Result<(), String> {
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

/// The version a document says it has, when it is a whole number from 1 up.
pub fn version_of(doc: &Map<String, Value>) -> Option<u32> {
    doc.get("version")
        .and_then(Value::as_u64)
        .and_then(|v| u32::try_from(v).ok())
        .filter(|v| *v >= 1)
}

/// Brings a parsed document up to `SCHEMA_VERSION` (its `version` field included).
pub fn upgrade(value: Value) -> Result<Upgraded, UpgradeProblem> {
    let Value::Object(mut doc) = value else {
        return Err(UpgradeProblem::NotAnObject);
    };
    let version = version_of(&doc).ok_or(UpgradeProblem::NoVersion)?;
    if version > SCHEMA_VERSION {
        return Err(UpgradeProblem::Newer(version));
    }
    let mut at = version;
    for step in STEPS.iter().filter(|s| s.from >= version) {
        debug_assert_eq!(step.from, at, "migration steps must be contiguous");
        (step.apply)(&mut doc).map_err(|reason| UpgradeProblem::StepFailed {
            from: at,
            what: step.what,
            reason,
        })?;
        at = step.from + 1;
        doc.insert("version".into(), Value::from(at));
    }
    Ok(Upgraded {
        document: doc,
        from: version,
    })
}
