//! The files kept as proof of SEU entries: which files are taken and within which limits, the
//! changes that attach and remove them, and which stored files the journey still names. The
//! files themselves are kept by the browser (`store::proofs`), keyed by `proof_key`.

use crate::basics::sorted_map::{sorted_set, SortedSet};

use chrono::NaiveDate;

use crate::basics::dates::{days_between, parse_iso};
use crate::basics::decimal::short_ratio_text;
use crate::domain::rules::limits::{
    MAX_NAME_CHARS, MAX_PROOFS_PER_ENTRY, MAX_PROOF_BYTES, MAX_PROOF_TOTAL_BYTES,
    PROOF_RECLAIM_DAYS,
};
use crate::model::journey::Journey;
use crate::model::records::find_mut;
use crate::model::seu::{is_sha256, Proof, ProofKind, SeuEntry};
use crate::model::{Choice, SeuEntryId};

/// A file a person chose to attach, as the browser describes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChosenFile {
    pub name: String,
    /// Its media type as the browser gives it ("application/pdf"; may be empty).
    pub media_type: String,
    pub bytes: u64,
}

/// The kind of a file, by its media type, else by its name's extension (a browser gives no media
/// type for some files): `None` for any other kind.
pub fn kind_of(media_type: &str, name: &str) -> Option<ProofKind> {
    let media_type = media_type.trim().to_ascii_lowercase();
    if let Some(kind) = ProofKind::ALL.iter().find(|k| k.id() == media_type) {
        return Some(*kind);
    }
    let extension = name.rsplit_once('.')?.1.to_ascii_lowercase();
    match extension.as_str() {
        "pdf" => Some(ProofKind::Pdf),
        "png" => Some(ProofKind::Png),
        "jpg" | "jpeg" => Some(ProofKind::Jpeg),
        "webp" => Some(ProofKind::Webp),
        _ => None,
    }
}

/// A size in words: "820 bytes", "52 KB", "1.4 MB" (1 KB = 1,000 bytes, as file managers
/// mostly show them).
pub fn size_text(bytes: u64) -> String {
    match bytes {
        0..=999 => format!("{bytes} bytes"),
        1_000..=999_999 => format!("{} KB", short_ratio_text(bytes, 1_000, 0)),
        _ => format!("{} MB", short_ratio_text(bytes, 1_000_000, 1)),
    }
}

/// The name a proof keeps: the chosen name without surrounding blanks, cut to `MAX_NAME_CHARS`
/// characters with its extension kept ("a very long … name.pdf").
pub fn proof_name(name: &str) -> String {
    let name = name.trim();
    if name.chars().count() <= MAX_NAME_CHARS {
        return name.to_owned();
    }
    let extension = name
        .rsplit_once('.')
        .map(|(_, e)| e)
        .filter(|e| e.chars().count() <= 10)
        .unwrap_or("");
    let keep = MAX_NAME_CHARS - extension.chars().count() - 2;
    let stem: String = name.chars().take(keep).collect();
    if extension.is_empty() {
        format!("{stem}…")
    } else {
        format!("{stem}….{extension}")
    }
}

/// Where the browser keeps a proof's file: by the entry's id and the file's SHA-256.
pub fn proof_key(entry: SeuEntryId, sha256: &str) -> String {
    format!("seu-{}-{sha256}", entry.0)
}

/// Checks a file chosen for the entry `entry` before it is read: of a kind kept, not empty, not
/// over `MAX_PROOF_BYTES`, the entry not full (`MAX_PROOFS_PER_ENTRY`) and all files within
/// `MAX_PROOF_TOTAL_BYTES`. Returns its kind, or what is wrong in a sentence.
pub fn check_chosen(
    journey: &Journey,
    entry: SeuEntryId,
    file: &ChosenFile,
) -> Result<ProofKind, String> {
    let name = proof_name(&file.name);
    let Some(held) = journey.seu_log.iter().find(|e| e.id == entry) else {
        return Err(gone());
    };
    let kind = kind_of(&file.media_type, &file.name).ok_or_else(|| {
        format!("\"{name}\" is not a PDF, PNG, JPEG or WebP file: keep a certificate or receipt as a PDF, a screenshot or photo as an image.")
    })?;
    if file.bytes == 0 {
        return Err(format!("\"{name}\" is empty."));
    }
    if file.bytes > MAX_PROOF_BYTES {
        return Err(format!(
            "\"{name}\" is {}; a proof file may be at most {}.",
            size_text(file.bytes),
            size_text(MAX_PROOF_BYTES)
        ));
    }
    room_for(journey, held, file.bytes)?;
    Ok(kind)
}

/// Whether the entry `held` has room for one more file of `bytes` bytes.
fn room_for(journey: &Journey, held: &SeuEntry, bytes: u64) -> Result<(), String> {
    if held.proofs.len() >= MAX_PROOFS_PER_ENTRY {
        return Err(format!(
            "This entry keeps {MAX_PROOFS_PER_ENTRY} files already, the most an entry keeps. Remove one first."
        ));
    }
    let total = journey.proof_bytes().saturating_add(bytes);
    if total > MAX_PROOF_TOTAL_BYTES {
        return Err(format!(
            "All proof files would take {}; the most kept is {}. Remove files you no longer need first.",
            size_text(total),
            size_text(MAX_PROOF_TOTAL_BYTES)
        ));
    }
    Ok(())
}

fn gone() -> String {
    "This entry was removed (perhaps in another tab).".to_owned()
}

/// Lists `proof` on the entry `entry` (its file stored first, under `proof_key`): refused when
/// the entry is gone, already lists the same file, has no room, or the description would not
/// pass the gate (a name, a size within the limits, a SHA-256).
pub fn attach(journey: &mut Journey, entry: SeuEntryId, proof: Proof) -> Result<(), String> {
    let proof = Proof {
        name: proof_name(&proof.name),
        ..proof
    };
    if proof.name.is_empty() || proof.bytes == 0 || proof.bytes > MAX_PROOF_BYTES {
        return Err(format!("\"{}\" cannot be kept as proof.", proof.name));
    }
    if !is_sha256(&proof.sha256) {
        return Err(format!(
            "\"{}\" could not be fingerprinted; nothing was attached.",
            proof.name
        ));
    }
    let held = journey
        .seu_log
        .iter()
        .find(|e| e.id == entry)
        .ok_or_else(gone)?;
    if let Some(same) = held.proofs.iter().find(|p| p.sha256 == proof.sha256) {
        return Err(format!(
            "\"{}\" is already attached to this entry (as \"{}\").",
            proof.name, same.name
        ));
    }
    room_for(journey, held, proof.bytes)?;
    let held = find_mut(&mut journey.seu_log, entry).ok_or_else(gone)?;
    held.proofs.push(proof);
    Ok(())
}

/// Takes the file `sha256` off the entry `entry`'s list (its stored file stays until nothing
/// names it: `reclaim`). Returns it and its place, for undo.
pub fn detach(journey: &mut Journey, entry: SeuEntryId, sha256: &str) -> Option<(usize, Proof)> {
    let held = find_mut(&mut journey.seu_log, entry)?;
    let at = held.proofs.iter().position(|p| p.sha256 == sha256)?;
    Some((at, held.proofs.remove(at)))
}

/// The key of every file a listed entry names: the store never deletes one of these.
pub fn named_keys(journey: &Journey) -> SortedSet<String> {
    // Gathered in a list and made a set once (`sorted_set`): collecting a set would sort with the
    // standard sort, a large copy in the wasm (`docs/architecture.md`, "Building blocks of its
    // own").
    let mut keys = Vec::new();
    for entry in &journey.seu_log {
        for proof in &entry.proofs {
            keys.push(proof_key(entry.id, &proof.sha256));
        }
    }
    sorted_set(keys)
}

/// What `reclaim` decided: the stored files to delete, and the bookkeeping to keep for the next
/// time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reclaim {
    /// Keys of stored files no listed entry has named for `PROOF_RECLAIM_DAYS` days.
    pub delete: Vec<String>,
    /// Every other stored file no entry names, with the day it was first seen so: one line
    /// "YYYY-MM-DD key" each, kept beside the journey for the next `reclaim`.
    pub unnamed_since: String,
}

/// Which stored files (`stored`: their keys) may go, as of `today`: those whose key `named`
/// does not hold and whose fingerprint no text of `kept` holds (every journey text the browser
/// keeps: the journey, the one a restore replaced, a copy kept before a migration or because it
/// could not be read), and that `unnamed_since` (the last `Reclaim`'s lines) first saw so at
/// least `PROOF_RECLAIM_DAYS` days ago. A file seen unnamed for the first time starts its days
/// today, as does one whose line cannot be read or lies in the future (a clock set back): the
/// bookkeeping can only ever postpone a deletion, never hasten one. A file named again loses its
/// line, so its days start anew the next time it is unnamed.
pub fn reclaim(
    named: &SortedSet<String>,
    kept: &[String],
    stored: &[String],
    unnamed_since: &str,
    today: NaiveDate,
) -> Reclaim {
    // The day a key was first seen unnamed, by its line (a linear search: unnamed files are few).
    let seen = |key: &str| {
        unnamed_since.lines().find_map(|line| {
            let (date, at) = line.split_once(' ')?;
            (at == key).then(|| parse_iso(date)).flatten()
        })
    };
    let mut delete = Vec::new();
    let mut kept_lines = String::new();
    for key in stored {
        if !key.starts_with("seu-") || named.contains_key(key) || is_kept(key, kept) {
            continue;
        }
        let since = seen(key).filter(|d| *d <= today).unwrap_or(today);
        if days_between(since, today) >= PROOF_RECLAIM_DAYS {
            delete.push(key.clone());
        } else {
            kept_lines.push_str(&format!("{since} {key}\n"));
        }
    }
    Reclaim {
        delete,
        unnamed_since: kept_lines,
    }
}

/// Whether a text of `kept` holds the fingerprint of the file stored under `key` (a key that
/// holds no fingerprint counts as kept: it is never deleted).
pub fn is_kept(key: &str, kept: &[String]) -> bool {
    match key.rsplit_once('-') {
        Some((_, sha256)) if is_sha256(sha256) => kept.iter().any(|text| text.contains(sha256)),
        _ => true,
    }
}

/// The proofs the journey lists whose file the browser does not hold (`stored`: the keys it
/// holds), as (entry title, file name): named, never a reason to refuse the journey.
pub fn missing_files(journey: &Journey, stored: &SortedSet<String>) -> Vec<(String, String)> {
    journey
        .seu_log
        .iter()
        .flat_map(|e| {
            e.proofs
                .iter()
                .filter(|p| !stored.contains_key(&proof_key(e.id, &p.sha256)))
                .map(|p| (e.title.clone(), p.name.clone()))
        })
        .collect()
}
