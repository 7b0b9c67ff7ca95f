//! The certification kinds, tracks and levels the records name, and the SEU's unit: what the
//! model needs of the rules. Their figures (fees, SEUs per term, prerequisites) are the
//! catalogue's (`domain::rules::catalogue`).

use serde::{Deserialize, Serialize};

/// Minutes of activity per SEU. Source: `docs/rules.md`, "SEUs": 1 hour = 1 SEU.
pub const MINUTES_PER_SEU: u32 = 60;

/// The tracks of certifications. The three role tracks have three levels each; the others are
/// tracks of their own for the "highest certification of each other track" rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Track {
    ProductOwner,
    ScrumMaster,
    Developer,
    AgileLeadership,
    Coaching,
    Trainer,
    Microcredential,
    OtherBody,
}

impl Track {
    pub fn label(self) -> &'static str {
        match self {
            Track::ProductOwner => "Product Owner",
            Track::ScrumMaster => "Scrum Master",
            Track::Developer => "Developer",
            Track::AgileLeadership => "Agile leadership",
            Track::Coaching => "Coaching",
            Track::Trainer => "Trainer",
            Track::Microcredential => "Microcredential",
            Track::OtherBody => "Other certifying body",
        }
    }
}

/// Levels of a track, in order. The renewal fee and SEU figures hang on the level.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Level {
    Foundational,
    Advanced,
    Professional,
}

impl Level {
    pub fn label(self) -> &'static str {
        match self {
            Level::Foundational => "Foundational",
            Level::Advanced => "Advanced",
            Level::Professional => "Professional",
        }
    }
}

/// Every certification the catalogue knows. Stored in the journey by its serde name, which
/// must never change (a rename needs a migration).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum CertificationKind {
    #[serde(rename = "CSPO")]
    Cspo,
    #[serde(rename = "A-CSPO")]
    ACspo,
    #[serde(rename = "CSP-PO")]
    CspPo,
    #[serde(rename = "CSM")]
    Csm,
    #[serde(rename = "A-CSM")]
    ACsm,
    #[serde(rename = "CSP-SM")]
    CspSm,
    #[serde(rename = "CSD")]
    Csd,
    #[serde(rename = "A-CSD")]
    ACsd,
    #[serde(rename = "CSP-D")]
    CspD,
    #[serde(rename = "CAL1")]
    Cal1,
    #[serde(rename = "CAL2")]
    Cal2,
    #[serde(rename = "CTC")]
    Ctc,
    #[serde(rename = "CEC")]
    Cec,
    #[serde(rename = "CST")]
    Cst,
    #[serde(rename = "CSAT")]
    Csat,
    /// A Scrum Alliance microcredential (named by the user); never expires.
    #[serde(rename = "microcredential")]
    Microcredential,
    /// A certification of another body (Scrum.org, PMI, ...), named by the user, with its own
    /// expiry or none. Takes no part in the Scrum Alliance rules.
    #[serde(rename = "other")]
    OtherBody,
}

impl CertificationKind {
    /// Whether the user names this certification (microcredentials, other bodies).
    pub fn user_named(self) -> bool {
        matches!(
            self,
            CertificationKind::Microcredential | CertificationKind::OtherBody
        )
    }

    /// Parses the stable id used in storage and in form values ("CSPO", "A-CSPO", "other").
    pub fn from_id(id: &str) -> Option<Self> {
        Self::deserialize(&serde_json::Value::String(id.to_owned())).ok()
    }

    /// The stable id used in storage and in form values.
    pub fn id(self) -> String {
        match serde_json::to_value(self) {
            Ok(serde_json::Value::String(s)) => s,
            _ => unreachable!("certification kinds serialize as strings"),
        }
    }
}
