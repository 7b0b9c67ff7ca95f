//! Reading the stored document: JSON text → the current `Journey`, migrating older versions
//! step by step (the steps themselves are pure, in `domain::edge::migration`). Nothing here writes;
//! a document that cannot be read is reported, never dropped.

use serde_json::Value;

use crate::domain::edge::gate::{parse_journey, read_current};
use crate::domain::edge::migration::{upgrade, UpgradeProblem, Upgraded};
use crate::model::journey::{Journey, SCHEMA_VERSION};

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

impl std::fmt::Display for ReadProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.explain())
    }
}

impl std::error::Error for ReadProblem {}

/// A document read from storage.
#[derive(Clone, Debug, PartialEq)]
pub struct ReadDocument {
    pub journey: Journey,
    /// The version it was stored at, when a migration brought it up to date.
    pub migrated_from: Option<u32>,
}

/// Reads stored text into the current journey, migrating it if it is older.
pub fn read_document(raw: &str) -> Result<ReadDocument, ReadProblem> {
    // At the current version, straight into the journey; the long way only for a migration or
    // a document that cannot be read (it then says why).
    if let Some(journey) = read_current(raw) {
        return Ok(ReadDocument {
            journey,
            migrated_from: None,
        });
    }
    read_document_the_long_way(raw)
}

/// Reads stored text through a JSON value: `upgrade` then the gate's reader, record by record
/// (`read_document` goes this way only when it must; tests check both ways agree).
pub fn read_document_the_long_way(raw: &str) -> Result<ReadDocument, ReadProblem> {
    let value: Value = serde_json::from_str(raw)
        .map_err(|e| ReadProblem::Unreadable(format!("it is not valid JSON: {e}")))?;
    migrate(value)
}

/// Brings a parsed document up to `SCHEMA_VERSION` and turns it into a journey.
pub fn migrate(value: Value) -> Result<ReadDocument, ReadProblem> {
    let Upgraded {
        document: doc,
        from: version,
    } = upgrade(value).map_err(|problem| match problem {
        UpgradeProblem::Newer(version) => ReadProblem::NewerVersion(version),
        other => ReadProblem::Unreadable(other.to_string()),
    })?;
    // Through the gate's reader: one copy of the records' reading code in the wasm, and the
    // message names where each problem is.
    let journey = parse_journey(doc).map_err(|rejection| {
        ReadProblem::Unreadable(format!("it does not match the journey format: {rejection}"))
    })?;
    Ok(ReadDocument {
        journey,
        migrated_from: (version < SCHEMA_VERSION).then_some(version),
    })
}

/// The text stored for a journey. It cannot fail: every map it holds has text keys. The error
/// is not shown in the panic: `expect` would format it with `Debug`, which brings serde_json's
/// error formatting into the start module (0.3 KB gzip).
pub fn write_document(journey: &Journey) -> String {
    match serde_json::to_string(journey) {
        Ok(text) => text,
        Err(_) => panic!("a journey always serializes"),
    }
}
