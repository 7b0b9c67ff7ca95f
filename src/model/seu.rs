//! The SEU log as stored: one entry per activity, with its category and source.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::basics::dates::deserialize_iso;

use super::ids::{RenewalId, SeuEntryId};
use super::minutes::Minutes;
use crate::choices;
use crate::model::choice::Choice;

choices! {
    /// SEU categories as Scrum Alliance names them today (`docs/rules.md`, "SEU categories and
    /// sources").
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
    pub enum SeuCategory {
        Events => ("Events", "Events"),
        Learning => ("Learning", "Learning"),
        Volunteering => ("Volunteering", "Volunteering"),
        Other => ("Other", "Other"),
    }
}

choices! {
    /// Where SEUs come from: the guide's free sources plus courses, conferences and other
    /// (`docs/rules.md`, "SEU categories and sources").
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
    pub enum SeuSource {
        /// Books, blogs and articles.
        Reading => ("Reading", "Books, blogs and articles"),
        /// A local agile or Scrum user group.
        UserGroup => ("UserGroup", "Local user group"),
        /// Helping or guiding others at work (agile get-togethers).
        HelpingOthers => ("HelpingOthers", "Helping or guiding others at work"),
        /// Live or recorded webinars.
        Webinar => ("Webinar", "Live or recorded webinar"),
        Course => ("Course", "Course"),
        Conference => ("Conference", "Conference"),
        Other => ("Other", "Other"),
    }
}

choices! {
    /// The kinds of file a proof may be, by their media type: a certificate or receipt as a PDF,
    /// a screenshot or photo as an image.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum ProofKind {
        Pdf => ("application/pdf", "PDF document"),
        Png => ("image/png", "PNG image"),
        Jpeg => ("image/jpeg", "JPEG image"),
        Webp => ("image/webp", "WebP image"),
    }
}

/// A file kept as proof of an SEU entry (a certificate of attendance, a receipt, a screenshot).
/// The file itself lives in the browser's file store, keyed by the entry's id and its SHA-256;
/// the journey keeps what describes it, as one text: its SHA-256, size in bytes, media type and
/// name, "0f1e…9a 52000 application/pdf certificate.pdf" (one text costs the start module far
/// less than an object of four fields to read).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Proof {
    /// The file's name as it was chosen ("certificate.pdf").
    pub name: String,
    pub kind: ProofKind,
    /// Its size in bytes.
    pub bytes: u64,
    /// Its SHA-256, as 64 lowercase hexadecimal digits.
    pub sha256: String,
}

impl From<Proof> for String {
    fn from(proof: Proof) -> String {
        format!(
            "{} {} {} {}",
            proof.sha256,
            proof.bytes,
            proof.kind.id(),
            proof.name
        )
    }
}

impl TryFrom<String> for Proof {
    type Error = String;

    /// Reads a proof's text back: a SHA-256, a size, a media type this app keeps, a name.
    fn try_from(text: String) -> Result<Self, String> {
        let mut parts = text.splitn(4, ' ');
        let mut next = || parts.next().unwrap_or_default();
        let (sha256, bytes, media_type, name) = (next(), next(), next(), next());
        let bad = |what: &str| format!("the proof file \"{text}\" has no {what}");
        if !is_sha256(sha256) {
            return Err(bad("SHA-256 (64 hexadecimal digits) first"));
        }
        let bytes = bytes.parse::<u64>().map_err(|_| bad("size in bytes"))?;
        let kind = ProofKind::from_id(media_type)
            .ok_or_else(|| bad("kind this app keeps (a PDF, PNG, JPEG or WebP file)"))?;
        if name.trim().is_empty() {
            return Err(bad("name"));
        }
        Ok(Proof {
            name: name.to_owned(),
            kind,
            bytes,
            sha256: sha256.to_owned(),
        })
    }
}

/// Whether `text` is a SHA-256 as a proof keeps it: 64 lowercase hexadecimal digits.
pub fn is_sha256(text: &str) -> bool {
    text.len() == 64
        && text
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// One logged SEU activity, as the user entered it (what counts is computed, never stored).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SeuEntry {
    pub id: SeuEntryId,
    #[serde(deserialize_with = "deserialize_iso")]
    pub date: NaiveDate,
    /// Duration in minutes (the form takes hours and minutes). 60 minutes = 1 SEU.
    pub minutes: Minutes,
    pub category: SeuCategory,
    pub source: SeuSource,
    pub title: String,
    #[serde(default)]
    pub notes: String,
    /// Evidence link as typed; shown as a link only for http and https (`model::link`).
    #[serde(default)]
    pub evidence: String,
    /// The recorded renewal that used this entry's SEUs (they are not counted again).
    #[serde(default)]
    pub used_by_renewal: Option<RenewalId>,
    /// The files kept as its proof (none is written as no key at all).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub proofs: Vec<Proof>,
}
