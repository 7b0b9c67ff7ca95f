//! The renewal rules: terms and expiry, the alignment rule, the status of each certification and
//! the combined requirement for renewing everything held. `today` is always a parameter.

use crate::basics::sorted_map::SortedMap;

use chrono::{Datelike, NaiveDate};

use crate::basics::dates::{add_months, days_between};
use crate::domain::rules::catalogue::{
    CertificationKind, Expiry, Level, Track, DUE_SOON_DAYS, RENEWAL_OPENS_AFTER_DAYS, TERM_MONTHS,
};
use crate::model::journey::{HeldCertification, Journey};
use crate::model::settings::Settings;
use crate::model::{CertificationId, Money, RenewalId};

/// The expiry of a term that starts on `start`: 2 years later (29 Feb + 2 years = 28 Feb).
pub fn term_end(start: NaiveDate) -> NaiveDate {
    add_months(start, TERM_MONTHS)
}

/// The term a renewal made on `date` gives a certification whose current term ends on `expiry`:
/// the certification keeps its own 2-year terms, and the renewal brings it to the first term
/// end after `date`. On time (or within one term of the expiry) that is one term after the old
/// expiry; a certification that lapsed several terms ago is reinstated to a current term, with
/// one renewal. Returns (start, end) of that term. `docs/rules.md`, "Renewal". The renewals to
/// come (`timeline::renewals_until`) simulate recorded renewals, so they promise exactly this.
///
/// In closed form, so its cost does not grow with the lapse: the first term end is
/// `term_end(expiry)` (where 29 Feb becomes 28 Feb), and every later one keeps that end's month
/// and day, because a term is a whole number of years and that day is in every year (29 Feb
/// cannot be a first term end: two years after a leap year is never one). So the k-th end after
/// the first is the first plus k terms. At the ends of the calendar the dates saturate.
pub fn renewed_term(expiry: NaiveDate, date: NaiveDate) -> (NaiveDate, NaiveDate) {
    let first_end = term_end(expiry);
    if first_end > date || first_end <= expiry {
        return (expiry, first_end);
    }
    let months_past = i64::from(date.year() - first_end.year()) * 12 + i64::from(date.month0())
        - i64::from(first_end.month0());
    // Whole terms from the first end, one short of or at the first end after `date`.
    let mut terms = u32::try_from(months_past.div_euclid(i64::from(TERM_MONTHS)))
        .unwrap_or(0)
        .saturating_sub(1);
    let end_after = |terms: u32| add_months(first_end, terms.saturating_mul(TERM_MONTHS));
    // At most three steps: the estimate is within one term of the answer.
    for _ in 0..3 {
        let end = end_after(terms.saturating_add(1));
        if end > date {
            break;
        }
        if end == NaiveDate::MAX {
            // The last date there is: start and end meet there, as stepping term by term would.
            return (end, end);
        }
        terms = terms.saturating_add(1);
    }
    (end_after(terms), end_after(terms.saturating_add(1)))
}

/// Why a term began.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TermCause {
    /// The certification was earned.
    Earned,
    /// A recorded renewal moved the expiry by a term.
    Renewed { renewal: RenewalId },
    /// Earning another certification renewed this one to the new one's expiry (alignment rule).
    Aligned { by: CertificationId },
}

/// One term of a certification: from `start` to its expiry `end`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Term {
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub cause: TermCause,
}

/// Follows every held certification that runs in terms through the journey's events in date
/// order (earning, alignment, recorded renewals) and returns each one's terms, oldest first.
pub fn terms(journey: &Journey) -> SortedMap<CertificationId, Vec<Term>> {
    enum Event<'a> {
        Earned(&'a HeldCertification),
        Renewed(&'a crate::model::journey::RecordedRenewal),
    }
    let mut events: Vec<(NaiveDate, u8, u64, Event)> = Vec::new();
    for held in &journey.certifications {
        if held.kind.entry().expiry == Expiry::Terms {
            events.push((held.earned, 0, held.id.0, Event::Earned(held)));
        }
    }
    for renewal in &journey.renewals {
        events.push((renewal.date, 1, renewal.id.0, Event::Renewed(renewal)));
    }
    crate::basics::order::sort_by_key(&mut events, |(date, order, id, _)| (*date, *order, *id));

    let mut terms: SortedMap<CertificationId, Vec<Term>> = SortedMap::new();
    for (date, _, _, event) in events {
        match event {
            Event::Earned(held) => {
                let end = term_end(held.earned);
                if journey.settings.alignment_on_new_certification
                    && held.kind.entry().scrum_alliance
                {
                    for (other, other_terms) in terms.iter_mut() {
                        let current = other_terms
                            .last()
                            .expect("a followed certification has a term");
                        if current.end >= date && current.end < end && *other != held.id {
                            other_terms.push(Term {
                                start: date,
                                end,
                                cause: TermCause::Aligned { by: held.id },
                            });
                        }
                    }
                }
                terms.insert(
                    held.id,
                    vec![Term {
                        start: held.earned,
                        end,
                        cause: TermCause::Earned,
                    }],
                );
            }
            Event::Renewed(renewal) => {
                for id in renewed_with_lower_levels(journey, &renewal.renewed) {
                    if let Some(list) = terms.get_mut(&id) {
                        let current = *list.last().expect("a followed certification has a term");
                        let (start, end) = renewed_term(current.end, date);
                        list.push(Term {
                            start,
                            end,
                            cause: TermCause::Renewed {
                                renewal: renewal.id,
                            },
                        });
                    }
                }
            }
        }
    }
    terms
}

/// The ids renewed by renewing `ids`: each one plus the lower levels of its track that are held
/// (renewing CSP-PO renews A-CSPO and CSPO). Each id once, in the journey's order.
pub fn renewed_with_lower_levels(
    journey: &Journey,
    ids: &[CertificationId],
) -> Vec<CertificationId> {
    let mut kinds: Vec<CertificationKind> = Vec::new();
    for id in ids {
        if let Some(held) = journey.certification(*id) {
            kinds.push(held.kind);
            kinds.extend(held.kind.lower_in_track());
        }
    }
    journey
        .certifications
        .iter()
        .filter(|c| ids.contains(&c.id) || (!c.kind.user_named() && kinds.contains(&c.kind)))
        .map(|c| c.id)
        .collect()
}

/// Why a certification that is not expired is still not active.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum InactiveReason {
    LicenseNotAccepted,
    ExperienceNotValidated,
}

impl InactiveReason {
    pub fn explain(self) -> &'static str {
        match self {
            InactiveReason::LicenseNotAccepted => "license agreement not accepted yet",
            InactiveReason::ExperienceNotValidated => "work experience not validated yet",
        }
    }
}

/// Where a certification stands on a given day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Status {
    Active,
    /// Within 90 days of expiry.
    DueSoon,
    /// Past expiry, inside the grace period setting (renew by `until`).
    InGrace {
        until: NaiveDate,
    },
    /// Past expiry (it can still be reinstated by renewing).
    Expired,
    Inactive(InactiveReason),
}

impl Status {
    pub fn label(self) -> &'static str {
        match self {
            Status::Active => "Active",
            Status::DueSoon => "Due soon",
            Status::InGrace { .. } => "Expired, in grace period",
            Status::Expired => "Expired",
            Status::Inactive(_) => "Inactive",
        }
    }

    pub fn is_active(self) -> bool {
        matches!(self, Status::Active | Status::DueSoon)
    }
}

/// The status of a certification with the given expiry (`None`: never expires) on `today`.
pub fn status(
    held: &HeldCertification,
    expiry: Option<NaiveDate>,
    settings: &Settings,
    today: NaiveDate,
) -> Status {
    if let Some(expiry) = expiry {
        let days_left = days_between(today, expiry);
        if days_left < 0 {
            let until =
                crate::basics::dates::add_days(expiry, i64::from(settings.grace_period_days));
            return if today <= until && settings.grace_period_days > 0 {
                Status::InGrace { until }
            } else {
                Status::Expired
            };
        }
    }
    let entry = held.kind.entry();
    if entry.scrum_alliance && !held.license_accepted {
        return Status::Inactive(InactiveReason::LicenseNotAccepted);
    }
    if entry.needs_experience && !held.experience_validated {
        return Status::Inactive(InactiveReason::ExperienceNotValidated);
    }
    match expiry {
        Some(expiry) if days_between(today, expiry) <= DUE_SOON_DAYS => Status::DueSoon,
        _ => Status::Active,
    }
}

/// One held certification as it stands on a day: everything the pages show about it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Standing {
    pub id: CertificationId,
    pub kind: CertificationKind,
    pub title: String,
    /// `None`: it never expires.
    pub expiry: Option<NaiveDate>,
    /// Days from today to the expiry (negative once expired).
    pub days_left: Option<i64>,
    pub status: Status,
    pub terms: Vec<Term>,
}

/// Where every held certification stands on `today`, in the journey's order.
pub fn standings(journey: &Journey, today: NaiveDate) -> Vec<Standing> {
    let mut all_terms = terms(journey);
    journey
        .certifications
        .iter()
        .map(|held| {
            let terms = all_terms.remove(&held.id).unwrap_or_default();
            let expiry = match held.kind.entry().expiry {
                Expiry::Terms => terms.last().map(|t| t.end),
                Expiry::Never => None,
                Expiry::UserGiven => held.expires,
            };
            Standing {
                id: held.id,
                kind: held.kind,
                title: held.title(),
                expiry,
                days_left: expiry.map(|e| days_between(today, e)),
                status: status(held, expiry, &journey.settings, today),
                terms,
            }
        })
        .collect()
}

/// The standing whose expiry comes next on or after `today`; if none is upcoming, the one that
/// expired most recently.
pub fn next_deadline(standings: &[Standing]) -> Option<&Standing> {
    let upcoming = standings
        .iter()
        .filter(|s| s.days_left.is_some_and(|d| d >= 0))
        .min_by_key(|s| s.days_left);
    upcoming.or_else(|| {
        standings
            .iter()
            .filter(|s| s.days_left.is_some())
            .max_by_key(|s| s.days_left)
    })
}

/// How one certification takes part in the combined requirement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CountedAs {
    /// The highest certification held: its level's full figure.
    Highest,
    /// The highest certification of another track: its level's add-on figure.
    HighestOfOtherTrack,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RequirementPart {
    pub id: CertificationId,
    pub kind: CertificationKind,
    pub counted_as: CountedAs,
    pub seus: u32,
}

/// What renewing everything held asks for: one SEU figure, one fee.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RenewalRequirement {
    pub seus: u32,
    pub fee: Money,
    /// The level that sets the fee.
    pub fee_level: Level,
    /// The certifications whose figures add up to `seus`.
    pub parts: Vec<RequirementPart>,
    /// Every held certification the renewal renews (ids, journey order).
    pub renews: Vec<CertificationId>,
}

/// The first day a renewal of `renewed` (its lower levels included) can be made: the catalogue's
/// opening days after the certification earned last, which comes with it. `None` when none of
/// them is held. `docs/rules.md`, "Renewal".
pub fn renewal_opens<'a>(
    journey: &'a Journey,
    renewed: &[CertificationId],
) -> Option<(&'a HeldCertification, NaiveDate)> {
    let latest = renewed
        .iter()
        .filter_map(|id| journey.certification(*id))
        .max_by_key(|c| c.earned)?;
    Some((
        latest,
        crate::basics::dates::add_days(latest.earned, RENEWAL_OPENS_AFTER_DAYS),
    ))
}

/// Whether a held certification is renewed with SEUs and a fee (Scrum Alliance, in terms).
pub fn is_renewable(held: &HeldCertification) -> bool {
    let entry = held.kind.entry();
    entry.scrum_alliance && entry.level.is_some() && entry.expiry == Expiry::Terms
}

/// The combined requirement for the Scrum Alliance certifications held: the highest
/// certification's SEU figure, plus the add-on figure of the highest certification of each other
/// track; one fee, set by the highest level. `None` when nothing held is renewed with SEUs.
pub fn combined_requirement(journey: &Journey) -> Option<RenewalRequirement> {
    requirement_of(journey, |_| true)
}

/// The combined requirement (as `combined_requirement`) of the renewable certifications held
/// that `renewed` picks.
pub fn requirement_of(
    journey: &Journey,
    renewed: impl Fn(CertificationId) -> bool,
) -> Option<RenewalRequirement> {
    let renewable: Vec<&HeldCertification> = journey
        .certifications
        .iter()
        .filter(|c| is_renewable(c) && renewed(c.id))
        .collect();
    let level = |c: &HeldCertification| {
        c.kind
            .entry()
            .level
            .expect("renewable certifications have a level")
    };
    // The highest certification of each track (catalogue order breaks ties).
    let mut tops: SortedMap<Track, &HeldCertification> = SortedMap::new();
    for held in &renewable {
        let track = held.kind.entry().track;
        let better = match tops.get(&track) {
            Some(top) => {
                (level(held), std::cmp::Reverse(held.kind))
                    > (level(top), std::cmp::Reverse(top.kind))
            }
            None => true,
        };
        if better {
            tops.insert(track, held);
        }
    }
    let highest = tops
        .values()
        .copied()
        .max_by_key(|c| (level(c), std::cmp::Reverse(c.kind)))?;
    let fee_level = level(highest);
    let mut parts = vec![RequirementPart {
        id: highest.id,
        kind: highest.kind,
        counted_as: CountedAs::Highest,
        seus: fee_level.renewal().seus_as_highest,
    }];
    for top in tops.values().filter(|c| c.id != highest.id) {
        parts.push(RequirementPart {
            id: top.id,
            kind: top.kind,
            counted_as: CountedAs::HighestOfOtherTrack,
            seus: level(top).renewal().seus_as_other_track,
        });
    }
    Some(RenewalRequirement {
        seus: parts.iter().map(|p| p.seus).sum(),
        fee: fee_level.renewal().fee,
        fee_level,
        parts,
        renews: renewable.iter().map(|c| c.id).collect(),
    })
}

/// One renewal that is due: what expires on one date, renewed together, with its own SEUs and
/// fee.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DueRenewal {
    /// The expiry it answers.
    pub deadline: NaiveDate,
    /// Past the expiry and the grace period: renewing it now reinstates it.
    pub lapsed: bool,
    /// What it asks for; `requirement.renews` is what it renews.
    pub requirement: RenewalRequirement,
}

/// The renewals due on `today`, in date order: one for each expiry date of the renewable
/// certifications held. Each renews what expires that day with the lower levels of their
/// tracks (which are renewed with the top one, whatever their own expiry), and asks its own
/// SEUs and fee. A certification that lapsed is not folded into the renewal of the current
/// ones: its reinstatement is a renewal of its own. `docs/rules.md`, "Renewal figures".
pub fn renewals_due(journey: &Journey, today: NaiveDate) -> Vec<DueRenewal> {
    let renewable: Vec<&HeldCertification> = journey
        .certifications
        .iter()
        .filter(|c| is_renewable(c))
        .collect();
    let under_another = |c: &HeldCertification| {
        renewable
            .iter()
            .any(|top| top.kind.lower_in_track().any(|k| k == c.kind))
    };
    // Inserted one by one: collecting into a map sorts with the standard library's sort, a copy
    // of it the start module would carry for this alone (about 4 KB). A few certifications.
    let mut expiries: SortedMap<CertificationId, NaiveDate> = SortedMap::new();
    for standing in standings(journey, today) {
        if let Some(expiry) = standing.expiry {
            expiries.insert(standing.id, expiry);
        }
    }
    let mut by_date: SortedMap<NaiveDate, Vec<CertificationId>> = SortedMap::new();
    for top in renewable.iter().filter(|c| !under_another(c)) {
        if let Some(expiry) = expiries.get(&top.id) {
            by_date.entry(*expiry).or_default().push(top.id);
        }
    }
    let grace = i64::from(journey.settings.grace_period_days);
    by_date
        .into_iter()
        .filter_map(|(deadline, tops)| {
            let renews = renewed_with_lower_levels(journey, &tops);
            let requirement = requirement_of(journey, |id| renews.contains(&id))?;
            Some(DueRenewal {
                deadline,
                lapsed: crate::basics::dates::add_days(deadline, grace) < today,
                requirement,
            })
        })
        .collect()
}

/// The next renewal: the earliest that has not lapsed; when everything has lapsed, the one that
/// lapsed last. `None` when nothing held is renewed with SEUs.
pub fn next_due(journey: &Journey, today: NaiveDate) -> Option<DueRenewal> {
    let mut due = renewals_due(journey, today);
    match due.iter().position(|d| !d.lapsed) {
        Some(index) => Some(due.swap_remove(index)),
        None => due.pop(),
    }
}
