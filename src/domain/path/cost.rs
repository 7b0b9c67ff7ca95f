//! The cost of the path to a certification: training, fees and renewals on the way, and a
//! proposed date to reach it.

use crate::model::path::RoleKind;
use crate::model::Money;
use crate::model::OfferId;

use chrono::NaiveDate;

use super::eligibility::{highest_held, track_steps, ROLE_TRACKS};
use super::experience::{earliest_eligible, months_needed, EligibleFrom};
use crate::domain::rules::catalogue::{CertificationKind, Level};
use crate::domain::rules::renewal::{standings, Standing};
use crate::domain::training::{guide_price_range, planned_course};
use crate::model::journey::Journey;
use crate::model::training::CourseOffer;

// Cost of the path

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
                let currency = currency.trim().to_ascii_uppercase();
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
