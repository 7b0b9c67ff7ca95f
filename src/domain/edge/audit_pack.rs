//! The audit pack: one `.zip` file with the journey (the same JSON as a backup), the evidence
//! report as a web page, and every proof file in a folder per SEU entry; written, and read back
//! for a restore (the journey then passes the gate like any backup).

use crate::basics::sorted_map::SortedMap;
use std::io::Write;

use rawzip::{CompressionMethod, DataDescriptorOutput, ZipArchive, ZipArchiveWriter};

use crate::domain::rules::limits::{MAX_PROOF_BYTES, MAX_PROOF_TOTAL_BYTES};
use crate::model::seu::{Proof, SeuEntry};

/// The journey inside a pack.
pub const JOURNEY_FILE: &str = "journey.json";
/// The evidence report inside a pack.
pub const REPORT_FILE: &str = "evidence-report.html";
/// The folder of the proof files inside a pack.
pub const PROOF_FOLDER: &str = "proof";

/// The zip files' checksum, CRC-32, with a table of 256 entries (1 KB in the wasm; rawzip's own
/// is 16 KB).
const CRC32: crc::Crc<u32, crc::Table<1>> =
    crc::Crc::<u32, crc::Table<1>>::new(&crc::CRC_32_ISO_HDLC);

/// The most entries a pack may hold when it is read (a journey, a report, the proof files).
const MAX_PACK_ENTRIES: u64 = 20_000;
/// The most bytes the journey or the report may unpack to when a pack is read.
const MAX_DOCUMENT_BYTES: u64 = 64_000_000;

/// Whether `bytes` look like a zip file (a pack) rather than a JSON backup.
pub fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06")
}

/// A name as a file or folder name on any system: the characters Windows, macOS and Linux
/// refuse or read as a path become "-", blanks are trimmed, and an empty name is `fallback`.
fn file_safe(name: &str, fallback: &str) -> String {
    let safe: String = name
        .chars()
        .map(|c| match c {
            '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|' => '-',
            c if c.is_control() => '-',
            c => c,
        })
        .collect();
    let safe = safe.trim().trim_matches('.').trim();
    if safe.is_empty() {
        fallback.to_owned()
    } else {
        safe.to_owned()
    }
}

/// Where a proof file of `entry` sits in a pack: "proof/2026-03-14 Scrum webinar (entry
/// 12)/certificate.pdf". The entry's id keeps two entries of one title and date apart.
pub fn proof_path(entry: &SeuEntry, proof: &Proof) -> String {
    let title: String = file_safe(&entry.title, "entry").chars().take(60).collect();
    format!(
        "{PROOF_FOLDER}/{} {} (entry {})/{}",
        entry.date,
        title.trim(),
        entry.id.0,
        file_safe(&proof.name, "file")
    )
}

/// Writes a pack: the journey, the report, then each file at its path. Entries are stored (the
/// proofs are PDFs and images, compressed already).
pub fn write_pack(
    journey_json: &str,
    report_html: &str,
    files: &[(String, &[u8])],
) -> Result<Vec<u8>, String> {
    let mut archive = ZipArchiveWriter::new(Vec::new());
    let documents = [
        (JOURNEY_FILE, journey_json.as_bytes()),
        (REPORT_FILE, report_html.as_bytes()),
    ];
    let all = documents
        .into_iter()
        .chain(files.iter().map(|(path, bytes)| (path.as_str(), *bytes)));
    for (path, bytes) in all {
        write_entry(&mut archive, path, bytes)
            .map_err(|e| format!("The audit pack could not be written ({path}: {e})."))?;
    }
    archive
        .finish()
        .map_err(|e| format!("The audit pack could not be written ({e})."))
}

fn write_entry(
    archive: &mut ZipArchiveWriter<Vec<u8>>,
    path: &str,
    bytes: &[u8],
) -> Result<(), rawzip::Error> {
    let (mut entry, _) = archive
        .new_file(path)
        .compression_method(CompressionMethod::STORE)
        .start()?;
    entry.write_all(bytes)?;
    let descriptor = DataDescriptorOutput::new(CRC32.checksum(bytes), bytes.len() as u64);
    entry.finish(descriptor)?;
    Ok(())
}

/// What a pack holds, read back: the journey's bytes and the other files by their path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unpacked {
    pub journey: Vec<u8>,
    pub files: SortedMap<String, Vec<u8>>,
}

/// Reads a pack. Refused, with what is wrong: not a zip file, no journey in it, a path that
/// would leave the pack, an entry compressed in a way other than stored or deflated, one whose
/// size or checksum does not match, more than `MAX_PACK_ENTRIES` entries, a proof file over
/// `MAX_PROOF_BYTES` or all of them over `MAX_PROOF_TOTAL_BYTES` (a pack cannot unpack to more
/// than the app keeps).
pub fn read_pack(bytes: &[u8]) -> Result<Unpacked, String> {
    let not_a_pack =
        |e: rawzip::Error| format!("The file is not an audit pack this app can read ({e}).");
    let archive = ZipArchive::from_slice(bytes).map_err(not_a_pack)?;
    if archive.entries_hint() > MAX_PACK_ENTRIES {
        return Err(format!(
            "The audit pack holds {} files; a pack of this app holds at most {MAX_PACK_ENTRIES}.",
            archive.entries_hint()
        ));
    }
    let mut journey = None;
    let mut files = SortedMap::new();
    let mut total: u64 = 0;
    let mut entries = archive.entries();
    while let Some(header) = entries.next_entry().map_err(not_a_pack)? {
        if header.is_dir() {
            continue;
        }
        let path = header
            .file_path()
            .try_normalize()
            .map_err(|_| {
                "The audit pack holds a file whose name leaves the pack; nothing was read."
                    .to_owned()
            })?
            .as_ref()
            .to_owned();
        let limit = if path == JOURNEY_FILE || path == REPORT_FILE {
            MAX_DOCUMENT_BYTES
        } else {
            MAX_PROOF_BYTES
        };
        if header.uncompressed_size_hint() > limit {
            return Err(format!(
                "\"{path}\" in the audit pack is larger than this app keeps."
            ));
        }
        let entry = archive.get_entry(header.wayfinder()).map_err(not_a_pack)?;
        let content = match header.compression_method() {
            CompressionMethod::STORE => entry.data().to_vec(),
            CompressionMethod::DEFLATE => miniz_oxide::inflate::decompress_to_vec_with_limit(
                entry.data(),
                limit as usize + 1,
            )
            .map_err(|_| {
                format!("\"{path}\" in the audit pack is damaged or larger than this app keeps.")
            })?,
            _ => {
                return Err(format!(
                    "\"{path}\" in the audit pack is compressed in a way this app does not read."
                ))
            }
        };
        if content.len() as u64 > limit {
            return Err(format!(
                "\"{path}\" in the audit pack is larger than this app keeps."
            ));
        }
        if content.len() as u64 != header.uncompressed_size_hint()
            || CRC32.checksum(&content) != header.crc32()
        {
            return Err(format!(
                "\"{path}\" in the audit pack is damaged (its size or checksum does not match)."
            ));
        }
        if path == JOURNEY_FILE {
            journey = Some(content);
        } else if path.starts_with(PROOF_FOLDER) {
            total = total.saturating_add(content.len() as u64);
            if total > MAX_PROOF_TOTAL_BYTES {
                return Err(
                    "The proof files in the audit pack are larger in all than this app keeps."
                        .into(),
                );
            }
            files.insert(path, content);
        }
    }
    let journey = journey.ok_or_else(|| {
        format!(
            "The zip file holds no journey ({JOURNEY_FILE}): it is not an audit pack of this app."
        )
    })?;
    Ok(Unpacked { journey, files })
}
