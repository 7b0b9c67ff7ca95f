//! localStorage through gloo-storage: load (with migration and recovery), save, and read what
//! another tab stored. Bad stored data is never destroyed: its raw text is kept under a backup
//! key and the original is not overwritten until the user chooses.

use gloo_storage::{LocalStorage, Storage};
use js_sys::{JsString, Uint8Array};
use wasm_bindgen::prelude::*;

use super::schema::{read_document, write_document, ReadDocument, ReadProblem};
use crate::domain::edge::gate::{self, read_current};
use crate::model::journey::Journey;

/// Every key of the app starts with this.
pub const KEY_PREFIX: &str = "cert-planner.";
/// Where the journey document lives.
pub const JOURNEY_KEY: &str = "cert-planner.journey";
/// Where the revision of the stored journey is kept as well (a few bytes), so that a change can
/// tell whether another tab stored a newer journey without reading and parsing the whole document.
/// Only a hint: when it is missing, unreadable or newer, the document itself is read.
pub const REVISION_KEY: &str = "cert-planner.revision";
/// Where the raw text of a document that could not be read is kept (then `.2`, `.3`, ...).
pub const UNREADABLE_BACKUP_KEY: &str = "cert-planner.journey.unreadable";
/// Where the journey a restore replaced is kept (until the next restore or an erase).
pub const BEFORE_RESTORE_KEY: &str = "cert-planner.journey.before-restore";
/// Where the raw text of a document is kept before a migration rewrites it (`.v1`, ...).
pub const BEFORE_MIGRATION_KEY: &str = "cert-planner.journey.before-migration";

/// Where the proof files no entry names are listed with the day each was first seen so
/// (`domain::seus::proof::reclaim`): bookkeeping of the store, not part of the journey.
pub const PROOFS_UNNAMED_KEY: &str = "cert-planner.proofs.unnamed-since";

/// Stored data that could not be used, kept for the user to decide about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recovery {
    pub problem: ReadProblem,
    /// The stored text, untouched.
    pub raw: String,
    /// The key a copy of the text is kept under (`None` if even that could not be written).
    pub backup_key: Option<String>,
}

/// Whether changes reach storage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveState {
    /// Every change is saved.
    Saved,
    /// The stored document could not be used; it is not overwritten until the user chooses.
    Paused(Recovery),
    /// Storage cannot be used at all (disabled, private mode): changes live in memory only.
    Unavailable(String),
    /// The last save failed (storage full): changes live in memory; the next change retries.
    Failed(String),
}

impl SaveState {
    /// Whether a change may be written to storage now.
    pub fn may_write(&self) -> bool {
        matches!(self, SaveState::Saved | SaveState::Failed(_))
    }
}

/// What `load` found.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub journey: Journey,
    pub state: SaveState,
    /// The version an older document was migrated from.
    pub migrated_from: Option<u32>,
    /// The size in bytes of the journey's document in storage (none when nothing of it is
    /// stored): what the Settings page shows, without writing the journey again to measure it.
    pub stored_bytes: Option<u64>,
}

fn storage() -> Result<web_sys::Storage, String> {
    let window = web_sys::window().ok_or("there is no browser window")?;
    match window.local_storage() {
        Ok(Some(storage)) => Ok(storage),
        Ok(None) => Err("this browser offers no local storage".into()),
        Err(_) => Err(
            "the browser blocks local storage for this page (private mode or a privacy setting)"
                .into(),
        ),
    }
}

#[wasm_bindgen]
extern "C" {
    /// The browser's storage, read with its text left in JavaScript (see `get_text`).
    #[wasm_bindgen(extends = web_sys::Storage)]
    type TextStorage;
    #[wasm_bindgen(method, catch, js_name = getItem)]
    fn get_item(this: &TextStorage, key: &str) -> Result<Option<JsString>, JsValue>;

    type TextEncoder;
    #[wasm_bindgen(constructor)]
    fn new() -> TextEncoder;
    #[wasm_bindgen(method)]
    fn encode(this: &TextEncoder, text: &JsString) -> Uint8Array;
}

/// The text stored under `key`. A stored journey runs to megabytes: the browser's own encoder
/// turns it into UTF-8, then it is copied into the wasm at once (wasm-bindgen's way for a
/// returned string copies it a character at a time in JavaScript, which at 5,000 SEU entries
/// was about 15 ms of the start).
fn get_text(storage: &web_sys::Storage, key: &str) -> Result<Option<String>, JsValue> {
    let Some(text) = storage.unchecked_ref::<TextStorage>().get_item(key)? else {
        return Ok(None);
    };
    let bytes = TextEncoder::new().encode(&text).to_vec();
    // The encoder writes UTF-8 (a lone surrogate becomes U+FFFD), so this never fails; if it
    // did, the text would go through the slow way rather than be lost.
    Ok(Some(match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(_) => text.into(),
    }))
}

/// Plain words for a failed write.
fn describe(error: JsValue) -> String {
    let Some(error) = error.dyn_ref::<js_sys::Error>() else {
        return "the browser refused to save".into();
    };
    let name = String::from(error.name());
    if name == "QuotaExceededError" {
        "the browser's storage for this site is full".into()
    } else {
        format!(
            "the browser refused to save ({name}: {})",
            String::from(error.message())
        )
    }
}

/// What the start found in storage (made once and moved once: its size does not matter).
#[allow(clippy::large_enum_variant)]
pub enum Found {
    /// The journey (or a fresh one, and why nothing can be saved).
    Loaded(Loaded),
    /// A stored document the quick way does not read: older (to migrate), or with a problem to
    /// name. `load_slowly` reads it, in the pages' module (`ui::later_pages::load_slowly`): the
    /// start module carries only the quick way.
    Slowly(String),
}

/// Reads the journey from storage the quick way: a document at the current version that passes
/// the gate's checks, straight into the journey. Any other document is left to `load_slowly`.
pub fn load() -> Found {
    let fresh = |state| Found::Loaded(Loaded::fresh(state));
    let storage = match storage() {
        Ok(storage) => storage,
        Err(reason) => return fresh(SaveState::Unavailable(reason)),
    };
    let raw = match get_text(&storage, JOURNEY_KEY) {
        Ok(Some(raw)) => raw,
        Ok(None) => return fresh(SaveState::Saved),
        Err(_) => {
            return fresh(SaveState::Unavailable(
                "the browser refused to read local storage".into(),
            ))
        }
    };
    match read_current(&raw).map(gate::admit) {
        Some(Ok(admitted)) => Found::Loaded(Loaded {
            journey: admitted.journey,
            state: SaveState::Saved,
            migrated_from: None,
            stored_bytes: Some(raw.len() as u64),
        }),
        _ => Found::Slowly(raw),
    }
}

/// Reads the journey from storage, the quick way or else the long way, in one go (the browser
/// tests; the app's start takes the long way from the pages' module: `Found::Slowly`).
pub fn load_now() -> Loaded {
    match load() {
        Found::Loaded(loaded) => loaded,
        Found::Slowly(raw) => load_slowly(raw),
    }
}

impl Loaded {
    /// An empty journey, with what storage allows (`state`).
    pub fn fresh(state: SaveState) -> Self {
        Loaded {
            journey: Journey::default(),
            state,
            migrated_from: None,
            stored_bytes: None,
        }
    }
}

/// Reads a stored document (`raw`) the long way: migrating an older document (its old text is
/// kept under `BEFORE_MIGRATION_KEY`), or reporting why it cannot be used.
pub fn load_slowly(raw: String) -> Loaded {
    let fresh = Loaded::fresh;
    let storage = match storage() {
        Ok(storage) => storage,
        Err(reason) => return fresh(SaveState::Unavailable(reason)),
    };
    // The one gate for what enters: the document's format and migration (`read_document`),
    // then the records themselves (unique ids, references, dates, numbers, text lengths).
    let checked = read_document(&raw).and_then(|document| {
        gate::admit(document.journey)
            .map(|admitted| ReadDocument {
                journey: admitted.journey,
                migrated_from: document.migrated_from,
            })
            .map_err(|rejection| ReadProblem::Unreadable(rejection.to_string()))
    });
    match checked {
        Ok(document) => {
            let mut state = SaveState::Saved;
            let mut stored_bytes = Some(raw.len() as u64);
            if let Some(from) = document.migrated_from {
                let kept = storage.set_item(&format!("{BEFORE_MIGRATION_KEY}.v{from}"), &raw);
                match kept
                    .map_err(|_| "the old data could not be backed up".to_owned())
                    .and_then(|_| save(&document.journey))
                {
                    Ok(bytes) => stored_bytes = Some(bytes),
                    Err(reason) => state = SaveState::Failed(reason),
                };
            }
            Loaded {
                journey: document.journey,
                state,
                migrated_from: document.migrated_from,
                stored_bytes,
            }
        }
        Err(problem) => {
            let backup_key = keep_backup(&storage, &raw);
            fresh(SaveState::Paused(Recovery {
                problem,
                raw,
                backup_key,
            }))
        }
    }
}

/// Keeps `raw` under the first free backup key (or the one already holding the same text).
fn keep_backup(storage: &web_sys::Storage, raw: &str) -> Option<String> {
    for n in 1..=100 {
        let key = if n == 1 {
            UNREADABLE_BACKUP_KEY.to_owned()
        } else {
            format!("{UNREADABLE_BACKUP_KEY}.{n}")
        };
        match storage.get_item(&key).ok()? {
            Some(existing) if existing == raw => return Some(key),
            Some(_) => continue,
            None => return storage.set_item(&key, raw).ok().map(|_| key),
        }
    }
    None
}

/// Writes the journey, then its revision under `REVISION_KEY`; the size in bytes of what it
/// wrote.
pub fn save(journey: &Journey) -> Result<u64, String> {
    let storage = storage()?;
    // The text a backup download holds too (`export_text`); its length is the stored size.
    let text = write_document(journey);
    storage.set_item(JOURNEY_KEY, &text).map_err(describe)?;
    // Best effort: without it, the next check reads the document itself.
    let _ = LocalStorage::set(REVISION_KEY, journey.revision);
    Ok(text.len() as u64)
}

/// The journey another tab stored, if the stored text is a journey of this version that passes
/// the gate (what this app stores).
pub fn read_stored() -> Option<Journey> {
    read_fresh(&get_text(&storage().ok()?, JOURNEY_KEY).ok()??)
}

/// A journey another tab stored (`raw`), if it is one of this version that passes the gate.
pub fn read_fresh(raw: &str) -> Option<Journey> {
    gate::admit(read_current(raw)?).ok().map(|a| a.journey)
}

/// The journey another tab stored, if it is newer than `ours`: the small revision key is read
/// first, and the whole document only when that says (or cannot say) it may be newer.
pub fn read_stored_newer(ours: u64) -> Option<Journey> {
    let hint = storage()
        .ok()?
        .get_item(REVISION_KEY)
        .ok()
        .flatten()
        .and_then(|text| text.parse::<u64>().ok());
    if hint.is_some_and(|revision| revision <= ours) {
        return None;
    }
    read_stored().filter(|stored| stored.revision > ours)
}

/// The text kept under `key` (none when there is none or storage cannot be read).
pub fn read_text(key: &str) -> Option<String> {
    get_text(&storage().ok()?, key).ok().flatten()
}

/// Keeps a small text under `key`, or removes the key for an empty text (best effort:
/// bookkeeping the app can do without).
pub fn write_small(key: &str, text: &str) {
    if let Ok(storage) = storage() {
        let _ = match text {
            "" => storage.remove_item(key),
            text => storage.set_item(key, text),
        };
    }
}

/// The text the journey is stored as (for the download of a backup).
pub fn export_text(journey: &Journey) -> String {
    write_document(journey)
}

/// Keeps the journey a restore is about to replace under `BEFORE_RESTORE_KEY`.
pub fn keep_before_restore(journey: &Journey) -> Result<(), String> {
    storage()?
        .set_item(BEFORE_RESTORE_KEY, &write_document(journey))
        .map_err(|_| "the journey being replaced could not be kept in the browser".to_owned())
}
