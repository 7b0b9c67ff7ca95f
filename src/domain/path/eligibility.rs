//! Eligibility for the next certification of each track: its prerequisite, its experience, and
//! the picture of a track's steps.

use crate::model::path::RoleKind;
use crate::model::Choice;

use chrono::NaiveDate;

use super::experience::{
    earliest_eligible, experience_months, months_in_words, months_needed, months_text,
    more_months_text, EligibleFrom,
};
use crate::basics::dates::human;
use crate::domain::rules::catalogue::{CertificationKind, Prerequisite, Track, CATALOGUE};
use crate::domain::rules::renewal::{standings, Standing, Status};
use crate::model::journey::Journey;

// Eligibility for the next certification of each track

/// The certifications of a role track, foundational first.
pub fn track_steps(track: Track) -> Vec<CertificationKind> {
    let mut steps: Vec<_> = CATALOGUE
        .iter()
        .filter(|e| e.track == track && e.level.is_some())
        .collect();
    crate::basics::order::sort_by_key(&mut steps, |e| e.level);
    steps.into_iter().map(|e| e.kind).collect()
}

/// The role tracks, in the order the path shows them.
pub const ROLE_TRACKS: [Track; 3] = [Track::ProductOwner, Track::ScrumMaster, Track::Developer];

/// Whether the user follows a role track: they hold a certification of it, whatever its status
/// (an expired one can still be reinstated). Someone who holds no certification of any role
/// track is on the Product Owner track, the one this planner is made for. Only the certifications
/// held decide: a recorded role or an offer does not put anyone on a track. Source:
/// `docs/rules.md`, "Which tracks the path shows" (the app's own rule).
pub fn follows(held: &[CertificationKind], track: Track) -> bool {
    let on = |t: Track| held.iter().any(|k| k.entry().track == t);
    if ROLE_TRACKS.into_iter().any(on) {
        on(track)
    } else {
        track == Track::ProductOwner
    }
}

/// The role tracks the user follows, then the others, each in the path's order.
pub fn tracks_followed(journey: &Journey) -> (Vec<Track>, Vec<Track>) {
    let held: Vec<CertificationKind> = journey.certifications.iter().map(|c| c.kind).collect();
    ROLE_TRACKS.into_iter().partition(|t| follows(&held, *t))
}

/// Whether the prerequisite of the next certification is met today.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PrerequisiteCheck {
    NotNeeded,
    Met {
        kind: CertificationKind,
        status: Status,
    },
    /// Not held at all.
    Missing {
        kind: CertificationKind,
        must_be_active: bool,
    },
    /// Held, but not active where the rule needs it active.
    NotActive {
        kind: CertificationKind,
        status: Status,
        expiry: Option<NaiveDate>,
    },
}

impl PrerequisiteCheck {
    pub fn is_met(&self) -> bool {
        matches!(
            self,
            PrerequisiteCheck::NotNeeded | PrerequisiteCheck::Met { .. }
        )
    }
}

/// The experience side of the next certification.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExperienceCheck {
    pub kind: RoleKind,
    pub needed: u32,
    /// Months counted today.
    pub have: u32,
    pub from: EligibleFrom,
    /// An ongoing role of this kind is recorded.
    pub ongoing: bool,
}

/// The next certification of a track and what it still needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NextStep {
    pub track: Track,
    /// `None`: the track's top level is held.
    pub next: Option<CertificationKind>,
    pub prerequisite: PrerequisiteCheck,
    pub experience: Option<ExperienceCheck>,
    /// The earliest date everything is in place (`None`: not foreseeable, the prerequisite is
    /// missing or the roles recorded never reach the months).
    pub earliest: Option<NaiveDate>,
    /// What is missing, in plain words (empty: eligible today).
    pub missing: Vec<String>,
}

impl NextStep {
    pub fn eligible_now(&self) -> bool {
        self.next.is_some() && self.missing.is_empty()
    }
}

/// The held certification of a kind that stands best today (active first, then latest expiry).
fn best_standing(standings: &[Standing], kind: CertificationKind) -> Option<&Standing> {
    standings
        .iter()
        .filter(|s| s.kind == kind)
        .max_by_key(|s| (s.status.is_active(), s.expiry))
}

/// The highest level held in a role track (any status).
pub fn highest_held(standings: &[Standing], track: Track) -> Option<CertificationKind> {
    track_steps(track)
        .into_iter()
        .rev()
        .find(|k| standings.iter().any(|s| s.kind == *k))
}

/// Checks the prerequisite of `kind` against what is held today.
pub fn check_prerequisite(standings: &[Standing], kind: CertificationKind) -> PrerequisiteCheck {
    let (needed, must_be_active) = match kind.entry().prerequisite {
        Prerequisite::None => return PrerequisiteCheck::NotNeeded,
        Prerequisite::Held(k) => (k, false),
        Prerequisite::HeldActive(k) => (k, true),
    };
    match best_standing(standings, needed) {
        None => PrerequisiteCheck::Missing {
            kind: needed,
            must_be_active,
        },
        Some(s) if must_be_active && !s.status.is_active() => PrerequisiteCheck::NotActive {
            kind: needed,
            status: s.status,
            expiry: s.expiry,
        },
        Some(s) => PrerequisiteCheck::Met {
            kind: needed,
            status: s.status,
        },
    }
}

/// What a prerequisite check means, in plain words (`None` when met).
pub fn prerequisite_text(next: CertificationKind, check: &PrerequisiteCheck) -> Option<String> {
    match check {
        PrerequisiteCheck::NotNeeded | PrerequisiteCheck::Met { .. } => None,
        PrerequisiteCheck::Missing {
            kind,
            must_be_active,
        } => Some(if *must_be_active {
            format!(
                "{} needs an active {}: you do not hold one yet.",
                next.code(),
                kind.code()
            )
        } else {
            format!(
                "{} needs a {} (active or expired): you do not hold one yet.",
                next.code(),
                kind.code()
            )
        }),
        PrerequisiteCheck::NotActive {
            kind,
            status,
            expiry,
        } => Some(match (status, expiry) {
            (Status::Inactive(reason), _) => format!(
                "{} needs an active {}: yours is inactive ({}).",
                next.code(),
                kind.code(),
                reason.explain()
            ),
            (_, Some(expiry)) => format!(
                "{} needs an active {}: yours expired on {}. Renew it first.",
                next.code(),
                kind.code(),
                human(*expiry)
            ),
            _ => format!("{} needs an active {}.", next.code(), kind.code()),
        }),
    }
}

/// What the experience check means, in plain words: "You need 5 more months of Product Owner
/// work; at your current role you reach 12 months on 3 Apr 2027."
pub fn experience_text(check: &ExperienceCheck) -> String {
    let work = check.kind.label();
    match check.from {
        EligibleFrom::Now => format!(
            "You have {} of {work} work in the past 5 years ({} needed).",
            months_in_words(check.have),
            months_text(check.needed)
        ),
        EligibleFrom::On(date) => format!(
            "You need {} of {work} work; at your current role you reach {} on {}.",
            more_months_text(check.needed.saturating_sub(check.have)),
            months_text(check.needed),
            human(date)
        ),
        EligibleFrom::Never => {
            let more = more_months_text(check.needed.saturating_sub(check.have));
            if check.ongoing {
                format!(
                    "You need {more} of {work} work within the past 5 years; the roles recorded do not reach {} in time.",
                    months_text(check.needed)
                )
            } else {
                format!(
                    "You need {more} of {work} work within the past 5 years. You have no ongoing {work} role recorded, so no date can be given: add your current role if you have one."
                )
            }
        }
    }
}

/// The next certification of one role track and what it needs, as of `today`.
pub fn next_step(journey: &Journey, track: Track, today: NaiveDate) -> NextStep {
    let all = standings(journey, today);
    next_step_with(journey, &all, track, today)
}

fn next_step_with(journey: &Journey, all: &[Standing], track: Track, today: NaiveDate) -> NextStep {
    let steps = track_steps(track);
    let next = match highest_held(all, track) {
        None => steps.first().copied(),
        Some(held) => steps.iter().skip_while(|k| **k != held).nth(1).copied(),
    };
    let Some(next) = next else {
        return NextStep {
            track,
            next: None,
            prerequisite: PrerequisiteCheck::NotNeeded,
            experience: None,
            earliest: None,
            missing: Vec::new(),
        };
    };
    let prerequisite = check_prerequisite(all, next);
    let mut missing: Vec<String> = prerequisite_text(next, &prerequisite).into_iter().collect();
    let experience = months_needed(next, &journey.settings)
        .zip(RoleKind::for_track(track))
        .map(|(needed, kind)| {
            let roles = &journey.path.roles;
            ExperienceCheck {
                kind,
                needed,
                have: experience_months(roles, kind, today),
                from: earliest_eligible(roles, kind, needed, today),
                ongoing: roles.iter().any(|r| r.kind == kind && r.end.is_none()),
            }
        });
    if let Some(check) = &experience {
        if check.from != EligibleFrom::Now {
            missing.push(experience_text(check));
        }
    }
    let earliest = if prerequisite.is_met() {
        match experience.as_ref().map(|e| e.from) {
            None | Some(EligibleFrom::Now) => Some(today),
            Some(EligibleFrom::On(date)) => Some(date),
            Some(EligibleFrom::Never) => None,
        }
    } else {
        None
    };
    NextStep {
        track,
        next: Some(next),
        prerequisite,
        experience,
        earliest,
        missing,
    }
}

/// The next step's date in plain words: "You can go for it now.", "Earliest eligible date: ...".
pub fn eligibility_summary(step: &NextStep) -> String {
    match (step.eligible_now(), step.earliest) {
        (true, _) => "You can go for it now.".to_owned(),
        (false, Some(date)) => format!("Earliest eligible date: {}.", human(date)),
        (false, None) => "No eligible date can be given yet: see what is missing.".to_owned(),
    }
}

/// The next step of every role track.
pub fn next_steps(journey: &Journey, today: NaiveDate) -> Vec<NextStep> {
    let all = standings(journey, today);
    ROLE_TRACKS
        .iter()
        .map(|t| next_step_with(journey, &all, *t, today))
        .collect()
}

/// Where one certification of a track stands on the path picture.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StepState {
    /// Held, with its status today.
    Held(Status),
    /// The next step.
    Next,
    /// A later step.
    Later,
}

/// The picture of one track: each level and where the user stands.
pub fn track_picture(
    journey: &Journey,
    track: Track,
    today: NaiveDate,
) -> Vec<(CertificationKind, StepState)> {
    let all = standings(journey, today);
    let next = next_step_with(journey, &all, track, today).next;
    track_steps(track)
        .into_iter()
        .map(|kind| {
            let state = match best_standing(&all, kind) {
                Some(s) => StepState::Held(s.status),
                None if Some(kind) == next => StepState::Next,
                None => StepState::Later,
            };
            (kind, state)
        })
        .collect()
}
