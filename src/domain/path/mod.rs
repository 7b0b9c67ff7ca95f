//! The certification path planner: work experience, eligibility for the next level, the CSPO
//! learning objectives checklist.

use crate::domain::records::drafts::Draft;
use crate::domain::records::field_error::{FieldError, Problems};
use crate::model::path::{Role, RoleKind};
use crate::model::OfferId;
use crate::model::{Choice, Money, RoleId};

use chrono::NaiveDate;

use crate::basics::dates::{add_months, days_between, human, sub_months};
use crate::domain::rules::catalogue::{CertificationKind, Level, Prerequisite, Track, CATALOGUE};
use crate::domain::rules::renewal::{standings, Standing, Status};
use crate::domain::training::{guide_price_range, planned_course};
use crate::model::journey::Journey;
use crate::model::training::CourseOffer;

// ---------------------------------------------------------------------------------------------
// Experience arithmetic
// ---------------------------------------------------------------------------------------------

/// How far back work experience counts. Source: `docs/rules.md`, "Work experience": within the
/// past 5 years.
pub const EXPERIENCE_WINDOW_MONTHS: u32 = 60;

/// How months of experience are counted. The days worked are merged first (a day in two roles
/// of the same kind is one day) and clipped to the window. Then each unbroken stretch counts its
/// full calendar months from its first day (1 Jan to 31 Mar is 3 months; 26 Nov to 25 Dec is 1;
/// 31 Jan to 27 Feb is 1, since a month after 31 Jan is 28 Feb), and the days left over from all
/// stretches together count at 365/12 days a month, rounded down. A part of a month is never
/// rounded up, and the total is never more than the window's 60 months.
pub const DAYS_PER_YEAR: i64 = 365;
pub const MONTHS_PER_YEAR: i64 = 12;

/// Whole months in `days` days of work: `days × 12 / 365`, rounded down.
pub fn months_in_days(days: i64) -> u32 {
    u32::try_from(days.max(0) * MONTHS_PER_YEAR / DAYS_PER_YEAR).unwrap_or(u32::MAX)
}

/// The first day of the 5-year window that ends on `as_of`: the day after `as_of` minus 60
/// months. A role that ended exactly 5 years before `as_of` no longer counts.
pub fn window_start(as_of: NaiveDate) -> NaiveDate {
    crate::basics::dates::next_day(sub_months(as_of, EXPERIENCE_WINDOW_MONTHS))
}

/// The days a role covers as of a date, both ends included: an ongoing role runs to `as_of`.
/// `None` when it has not started by then (or its dates are the wrong way round).
fn role_days(role: &Role, as_of: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
    let end = role.end.unwrap_or(as_of).min(as_of);
    (role.start <= end).then_some((role.start, end))
}

/// The periods of one kind of work, merged so that a day worked in two roles is one day.
/// Inclusive ranges, sorted, not touching each other.
pub fn merged_periods(
    roles: &[Role],
    kind: RoleKind,
    as_of: NaiveDate,
) -> Vec<(NaiveDate, NaiveDate)> {
    let mut periods: Vec<(NaiveDate, NaiveDate)> = roles
        .iter()
        .filter(|r| r.kind == kind)
        .filter_map(|r| role_days(r, as_of))
        .collect();
    crate::basics::order::sort_by(&mut periods, Ord::cmp);
    let mut merged: Vec<(NaiveDate, NaiveDate)> = Vec::new();
    for (start, end) in periods {
        match merged.last_mut() {
            Some(last) if start <= crate::basics::dates::next_day(last.1) => {
                last.1 = last.1.max(end)
            }
            _ => merged.push((start, end)),
        }
    }
    merged
}

/// Days of one kind of work within the 5 years that end on `as_of` (both ends included),
/// overlapping roles counted once.
pub fn experience_days(roles: &[Role], kind: RoleKind, as_of: NaiveDate) -> i64 {
    stretches_in_window(roles, kind, as_of)
        .map(|(start, end)| days_between(start, end) + 1)
        .sum()
}

/// The stretches of one kind of work inside the 5 years that end on `as_of`, both ends
/// included.
fn stretches_in_window(
    roles: &[Role],
    kind: RoleKind,
    as_of: NaiveDate,
) -> impl Iterator<Item = (NaiveDate, NaiveDate)> {
    let from = window_start(as_of);
    merged_periods(roles, kind, as_of)
        .into_iter()
        .filter_map(move |(start, end)| {
            let start = start.max(from);
            (start <= end).then_some((start, end))
        })
}

/// Full calendar months from `start` within a stretch ending on `end` (included), and the days
/// left over: 1 Jan to 31 Mar is (3, 0); 15 Jan to 20 Mar is (2, 6).
pub fn calendar_months(start: NaiveDate, end: NaiveDate) -> (u32, i64) {
    let after = crate::basics::dates::next_day(end);
    // The largest `months` with `add_months(start, months) <= after`, computed (no loop).
    let months = crate::basics::dates::whole_months_between(start, after);
    (months, days_between(add_months(start, months), after))
}

/// Months of one kind of work within the past 5 years as of `as_of`, overlapping roles counted
/// once (see `DAYS_PER_YEAR` for how). Never more than 60.
pub fn experience_months(roles: &[Role], kind: RoleKind, as_of: NaiveDate) -> u32 {
    let mut months = 0;
    let mut left_over = 0;
    for (start, end) in stretches_in_window(roles, kind, as_of) {
        let (whole, days) = calendar_months(start, end);
        months += whole;
        left_over += days;
    }
    (months + months_in_days(left_over)).min(EXPERIENCE_WINDOW_MONTHS)
}

/// When the months needed are reached.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EligibleFrom {
    /// Already on the date asked about.
    Now,
    /// On this later date, if the ongoing roles go on.
    On(NaiveDate),
    /// Not with the roles recorded (no ongoing role of that kind, or too little of it).
    Never,
}

/// The earliest date on or after `today` with at least `needed` months of `kind` work in the 5
/// years before it, given the roles recorded: ongoing roles go on, ended ones stay as they are,
/// and old days fall out of the window as time passes. Searched day by day; after 5 years and a
/// day an ongoing role alone fills the window, so the search stops there.
pub fn earliest_eligible(
    roles: &[Role],
    kind: RoleKind,
    needed: u32,
    today: NaiveDate,
) -> EligibleFrom {
    if experience_months(roles, kind, today) >= needed {
        return EligibleFrom::Now;
    }
    // Only an ongoing role (or one not started yet) adds days later on; without one the count
    // can only fall as old days leave the window.
    let growing = roles
        .iter()
        .filter(|r| r.kind == kind && (r.end.is_none() || r.end.is_some_and(|e| e > today)))
        .map(|r| r.start)
        .max();
    let Some(last_start) = growing else {
        return EligibleFrom::Never;
    };
    let bound = add_months(today.max(last_start), EXPERIENCE_WINDOW_MONTHS + 1);
    // Before the first growing role starts the count can only fall, so the search starts the
    // day before it. It is bounded in days too: when every role started by today (as the role
    // form ensures) the bound above is about 1,860 days away; only a role that starts years
    // ahead (stored data, not the form) could reach the cap, and then the answer is `Never`.
    const MAX_SEARCH_DAYS: u32 = 6 * 366;
    let first_start = roles
        .iter()
        .filter(|r| r.kind == kind && (r.end.is_none() || r.end.is_some_and(|e| e > today)))
        .map(|r| r.start)
        .min()
        .unwrap_or(today);
    let mut day = today.max(crate::basics::dates::sub_days(first_start, 1));
    for _ in 0..MAX_SEARCH_DAYS {
        if day >= bound {
            break;
        }
        let Some(next) = day.succ_opt() else {
            break;
        };
        day = next;
        if experience_months(roles, kind, day) >= needed {
            return EligibleFrom::On(day);
        }
    }
    EligibleFrom::Never
}

/// Months needed for a certification, from the settings (`None`: none needed).
pub fn months_needed(
    kind: CertificationKind,
    settings: &crate::model::settings::Settings,
) -> Option<u32> {
    let entry = kind.entry();
    if !entry.needs_experience {
        return None;
    }
    match entry.level {
        Some(Level::Advanced) => Some(settings.advanced_experience_months),
        Some(Level::Professional) => Some(settings.professional_experience_months),
        _ => None,
    }
}

/// "1 month", "5 months".
pub fn months_text(months: u32) -> String {
    if months == 1 {
        "1 month".into()
    } else {
        format!("{months} months")
    }
}

/// A number of months in plain words, years first once there are 12 or more: "0 months",
/// "11 months", "1 year", "1 year 5 months", "2 years". Never a count of days beside it.
pub fn months_in_words(months: u32) -> String {
    let per_year = MONTHS_PER_YEAR as u32;
    let (years, rest) = (months / per_year, months % per_year);
    let years = match years {
        0 => return months_text(rest),
        1 => "1 year".to_owned(),
        y => format!("{y} years"),
    };
    if rest == 0 {
        years
    } else {
        format!("{years} {}", months_text(rest))
    }
}

/// "1 more month", "5 more months".
pub fn more_months_text(months: u32) -> String {
    if months == 1 {
        "1 more month".into()
    } else {
        format!("{months} more months")
    }
}

// ---------------------------------------------------------------------------------------------
// Eligibility for the next certification of each track
// ---------------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------------
// Roles: validation and intents
// ---------------------------------------------------------------------------------------------

/// What the role form submits, parsed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoleDraft {
    pub title: String,
    pub kind: RoleKind,
    pub start: NaiveDate,
    /// `None`: ongoing.
    pub end: Option<NaiveDate>,
}

crate::form_fields! {
    /// The role form field a problem belongs to.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum RoleField {
        Title => "title",
        Kind => "kind",
        Start => "start",
        End => "end",
    }
}

/// A problem with one field of the form.
pub type RoleError = FieldError<RoleField>;

/// Checks a role: a title, a start not in the future, an end not before the start (an end in
/// the future is refused too: record the role as ongoing).
pub fn validate_role(draft: &RoleDraft, today: NaiveDate) -> Vec<RoleError> {
    let mut problems = Problems::new();
    problems.name(
        RoleField::Title,
        "title",
        &draft.title,
        "Give the role a title, for example \"Product Owner, payments team\".",
    );
    problems.in_future(
        RoleField::Start,
        "The start date",
        draft.start,
        today,
        "Record a role once it has started.",
    );
    if let Some(end) = draft.end {
        if end < draft.start {
            problems.add(RoleField::End, "The end date is before the start date.");
        } else {
            problems.in_future(
                RoleField::End,
                "The end date",
                end,
                today,
                "Tick \"I still work in this role\" instead.",
            );
        }
    }
    problems.into_vec()
}

impl Draft for RoleDraft {
    type Record = Role;
    type Field = RoleField;
    const GONE: (RoleField, &'static str) = (RoleField::Title, "role");

    fn problems(&self, _: &Journey, _: Option<RoleId>, today: NaiveDate) -> Vec<RoleError> {
        validate_role(self, today)
    }

    fn record(self, id: RoleId, _: Option<&Role>) -> Role {
        Role {
            id,
            title: self.title.trim().to_owned(),
            kind: self.kind,
            start: self.start,
            end: self.end,
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Cost of the path
// ---------------------------------------------------------------------------------------------

/// Where a step's training price comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TrainingCost {
    /// The chosen offer (the planned course).
    Chosen {
        offer: OfferId,
        price: Money,
        currency: String,
    },
    /// The cheapest offer recorded for the certification.
    Cheapest {
        offer: OfferId,
        price: Money,
        currency: String,
    },
    /// The guide's typical range (for CSPO: $695 to $1,000), in cents of
    /// `training::figures::PRICE_CURRENCY`.
    Typical { from: Money, to: Money },
    /// Nothing known: no offer recorded.
    Unknown,
}

/// One step of the path to the target and its training cost.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CostStep {
    pub kind: CertificationKind,
    pub training: TrainingCost,
}

/// A renewal expected before the target date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExpectedRenewal {
    pub date: NaiveDate,
    pub level: Level,
    pub fee: Money,
}

/// What reaching a target certification costs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PathCost {
    pub target: CertificationKind,
    pub target_date: NaiveDate,
    /// The certifications still to earn, up to and including the target.
    pub steps: Vec<CostStep>,
    pub renewals: Vec<ExpectedRenewal>,
    /// Sum of the renewal fees, US dollars.
    pub renewal_fees: Money,
    /// Known training prices added up by currency (cents), in the order first met.
    pub training_totals: Vec<(String, Money)>,
    /// The guide's typical range added on top when no offer is recorded for a step that has one
    /// (CSPO), in cents of `training::figures::PRICE_CURRENCY`.
    pub typical: Option<(Money, Money)>,
    /// Steps without any price.
    pub unknown: Vec<CertificationKind>,
}

fn training_cost(
    offers: &[CourseOffer],
    chosen: Option<&CourseOffer>,
    kind: CertificationKind,
) -> TrainingCost {
    if let Some(offer) = chosen.filter(|o| o.certification == kind) {
        return TrainingCost::Chosen {
            offer: offer.id,
            price: offer.price,
            currency: offer.currency.clone(),
        };
    }
    let cheapest = offers
        .iter()
        .filter(|o| o.certification == kind)
        .min_by_key(|o| (o.price, o.id));
    match cheapest {
        Some(offer) => TrainingCost::Cheapest {
            offer: offer.id,
            price: offer.price,
            currency: offer.currency.clone(),
        },
        None => match guide_price_range(kind) {
            Some((from, to)) => TrainingCost::Typical { from, to },
            None => TrainingCost::Unknown,
        },
    }
}

/// The certifications still to earn in the target's track, up to the target (empty when the
/// target is held already or is not a role-track certification).
pub fn steps_to(
    journey: &Journey,
    target: CertificationKind,
    today: NaiveDate,
) -> Vec<CertificationKind> {
    let track = target.entry().track;
    if !ROLE_TRACKS.contains(&track) {
        return Vec::new();
    }
    let all = standings(journey, today);
    let held = highest_held(&all, track);
    let steps = track_steps(track);
    let from = held
        .and_then(|h| steps.iter().position(|k| *k == h))
        .map_or(0, |i| i + 1);
    let to = steps.iter().position(|k| *k == target).unwrap_or(0);
    if from > to {
        return Vec::new();
    }
    steps[from..=to].to_vec()
}

/// The cost of reaching `target` by `target_date`: the training of each step still to earn
/// (the chosen offer, else the cheapest offer recorded, else the guide's typical range,
/// which it gives for CSPO only) plus a renewal fee for each renewal of what is held that falls from today until
/// before `target_date`. Renewals: the Scrum Alliance certifications held that have not
/// expired renew together at the latest current expiry, then every 2 years, at the fee of the
/// highest level held (catalogue renewal figures). If nothing is held, the first step is taken
/// as earned on the chosen course's end date (or today) and renewed from then at its level.
/// Earning a step on the way may renew what is held early (alignment), so the renewal figure
/// is an upper bound.
pub fn path_cost(
    journey: &Journey,
    target: CertificationKind,
    target_date: NaiveDate,
    today: NaiveDate,
) -> PathCost {
    let chosen = planned_course(journey);
    let steps: Vec<CostStep> = steps_to(journey, target, today)
        .into_iter()
        .map(|kind| CostStep {
            kind,
            training: training_cost(&journey.training.offers, chosen, kind),
        })
        .collect();

    let all = standings(journey, today);
    let renewable: Vec<&Standing> = all
        .iter()
        .filter(|s| s.kind.entry().scrum_alliance && s.kind.entry().level.is_some())
        .filter(|s| s.expiry.is_some_and(|e| e >= today))
        .collect();
    let held_chain = renewable
        .iter()
        .filter_map(|s| s.expiry)
        .max()
        .zip(renewable.iter().filter_map(|s| s.kind.entry().level).max());
    let chain = held_chain.or_else(|| {
        let first = steps.first()?;
        let level = first.kind.entry().level?;
        let earned = chosen
            .filter(|o| o.certification == first.kind)
            .and_then(|o| o.end)
            .unwrap_or(today)
            .max(today);
        (first.kind != target).then(|| (crate::domain::rules::renewal::term_end(earned), level))
    });
    let mut renewals = Vec::new();
    if let Some((mut date, level)) = chain {
        // Each renewal moves the date by a 2-year term; the cap bounds a far target date.
        const MAX_RENEWALS: usize = 500;
        while date < target_date && date >= today && renewals.len() < MAX_RENEWALS {
            renewals.push(ExpectedRenewal {
                date,
                level,
                fee: level.renewal().fee,
            });
            date = crate::domain::rules::renewal::term_end(date);
        }
    }

    let mut training_totals: Vec<(String, Money)> = Vec::new();
    let mut typical: Option<(Money, Money)> = None;
    let mut unknown = Vec::new();
    for step in &steps {
        match &step.training {
            TrainingCost::Chosen {
                price, currency, ..
            }
            | TrainingCost::Cheapest {
                price, currency, ..
            } => {
                let currency = currency.trim().to_uppercase();
                match training_totals.iter_mut().find(|(c, _)| *c == currency) {
                    Some((_, total)) => *total = total.saturating_add(*price),
                    None => training_totals.push((currency, *price)),
                }
            }
            TrainingCost::Typical { from, to } => {
                let (low, high) = typical.unwrap_or_default();
                typical = Some((low.saturating_add(*from), high.saturating_add(*to)));
            }
            TrainingCost::Unknown => unknown.push(step.kind),
        }
    }
    PathCost {
        target,
        target_date,
        renewal_fees: renewals.iter().map(|r| r.fee).sum(),
        steps,
        renewals,
        training_totals,
        typical,
        unknown,
    }
}

/// The date the path planner proposes for reaching `target`: the earliest date its experience
/// is reached (for the target itself), the chosen course's end if it is for the target, or
/// today.
pub fn proposed_target_date(
    journey: &Journey,
    target: CertificationKind,
    today: NaiveDate,
) -> NaiveDate {
    let course = planned_course(journey)
        .filter(|o| o.certification == target)
        .and_then(|o| o.end)
        .unwrap_or(today)
        .max(today);
    let experience = months_needed(target, &journey.settings)
        .zip(RoleKind::for_track(target.entry().track))
        .map(|(needed, kind)| earliest_eligible(&journey.path.roles, kind, needed, today));
    match experience {
        Some(EligibleFrom::On(date)) => date.max(course),
        _ => course,
    }
}
