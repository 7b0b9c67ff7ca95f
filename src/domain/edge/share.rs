//! A plan shared by link: the parts the user picks, as a journey, deflated and written in
//! base64url after the link's `#`, which a browser never sends to the host. The link has its
//! own version (`SHARE_VERSION`), so old links keep opening and a newer one says so. Opening one
//! unpacks it with bounds and passes it through the gate like a restored file.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

use crate::domain::edge::gate::{self, Admitted, Rejection};
use crate::model::journey::Journey;
use crate::model::path::PathPlan;
use crate::model::training::TrainingPlan;

/// The version of the link format this build writes and reads up to.
pub const SHARE_VERSION: u32 = 1;

/// What comes after `#` in a shared link, before the data.
pub const ROUTE_PREFIX: &str = "/shared/";

/// The most the unpacked plan may weigh (the gate's limit for a file).
const MAX_UNPACKED_BYTES: usize = crate::domain::rules::limits::MAX_FILE_BYTES;

/// What the user picks to share. Certifications and their renewals (the timeline) always go.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ShareParts {
    /// The SEU plan (planned activities).
    pub plan: bool,
    /// The SEU log.
    pub log: bool,
}

/// The journey a link shows: the certifications, renewals and settings, plus the parts picked.
/// Training offers and the path's roles and objectives stay on this device.
pub fn shared_journey(journey: &Journey, parts: ShareParts) -> Journey {
    Journey {
        // The receiver's journey is their own: its calendar events get UIDs of their own.
        id: String::new(),
        revision: 0,
        seu_log: if parts.log {
            journey.seu_log.clone()
        } else {
            Vec::new()
        },
        planned_activities: if parts.plan {
            journey.planned_activities.clone()
        } else {
            Vec::new()
        },
        training: TrainingPlan::default(),
        path: PathPlan::default(),
        ..journey.clone()
    }
}

/// The part of a link after `#`: `/shared/v1.<data>`.
pub fn link_fragment(journey: &Journey, parts: ShareParts) -> String {
    let json = serde_json::to_vec(&shared_journey(journey, parts)).unwrap_or_default();
    let packed = miniz_oxide::deflate::compress_to_vec(&json, 10);
    format!(
        "{ROUTE_PREFIX}v{SHARE_VERSION}.{}",
        URL_SAFE_NO_PAD.encode(packed)
    )
}

/// Why a link's plan cannot be shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkProblem {
    /// Cut short or changed: it does not unpack.
    Damaged,
    /// Made by a newer version of the app.
    Newer(u32),
    /// It unpacks, but the gate refused the plan.
    Refused(Rejection),
}

impl LinkProblem {
    pub fn explain(&self) -> String {
        match self {
            LinkProblem::Damaged => "This link is damaged: part of it is missing or changed (this happens when a long link is cut when it is copied or sent). Ask for the link again, or for the plan as a file.".to_owned(),
            LinkProblem::Newer(version) => format!("This link was made by a newer version of the app (link version {version}; this one reads up to version {SHARE_VERSION}). Open the link again once this app has updated: reload the page, or wait for \u{201c}A new version is ready\u{201d}."),
            LinkProblem::Refused(rejection) => format!("This link holds a plan this app cannot take: {rejection}"),
        }
    }
}

/// Reads the plan a link carries from its fragment (`location.hash`, with or without `#`).
pub fn read_fragment(fragment: &str) -> Result<Admitted, LinkProblem> {
    let data = fragment.trim_start_matches('#');
    let data = data
        .strip_prefix(ROUTE_PREFIX)
        .ok_or(LinkProblem::Damaged)?;
    // A link is never longer than this app makes it, with room for one made by a later version.
    if data.len() > crate::domain::rules::limits::MAX_SHARE_LINK_CHARS.saturating_mul(4) {
        return Err(LinkProblem::Damaged);
    }
    let (version, packed) = data.split_once('.').ok_or(LinkProblem::Damaged)?;
    let version: u32 = version
        .strip_prefix('v')
        .and_then(|v| v.parse().ok())
        .ok_or(LinkProblem::Damaged)?;
    if version > SHARE_VERSION {
        return Err(LinkProblem::Newer(version));
    }
    if version == 0 {
        return Err(LinkProblem::Damaged);
    }
    let packed = URL_SAFE_NO_PAD
        .decode(packed)
        .map_err(|_| LinkProblem::Damaged)?;
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_UNPACKED_BYTES)
        .map_err(|_| LinkProblem::Damaged)?;
    let text = String::from_utf8(json).map_err(|_| LinkProblem::Damaged)?;
    gate::check_shared(&text).map_err(LinkProblem::Refused)
}
