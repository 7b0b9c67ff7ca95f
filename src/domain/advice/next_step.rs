//! What to do next, for the dashboard: where the next renewal stands (not open yet, SEUs still
//! to earn, ready to renew) and, on the Product Owner track, when the A-CSPO can be earned and
//! how far the CSPO learning objectives are ticked. Every figure comes from `seu`, `path`,
//! `objectives` and the catalogue.

use chrono::NaiveDate;

use crate::basics::dates::human;
use crate::domain::path::{next_step, NextStep};
use crate::domain::rules::catalogue::{Track, RENEWAL_OPENS_AFTER_DAYS};
use crate::domain::rules::objectives;
use crate::domain::rules::renewal::renewal_opens;
use crate::domain::seus::log::{next_renewal, RenewalProgress};
use crate::model::journey::Journey;
use crate::model::Minutes;

/// Where the next renewal stands today.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Readiness {
    /// Renewal opens on this day (`docs/rules.md`, "Renewal": 30 days after earning); the app
    /// refuses an earlier renewal.
    NotOpenYet { opens: NaiveDate },
    /// Open, with SEUs still to earn.
    SeusMissing { minutes: Minutes },
    /// Open and every SEU it needs is earned.
    Ready,
}

/// The next renewal, how far the SEUs go and whether it can be made today.
#[derive(Clone, Debug, PartialEq)]
pub struct RenewalOutlook {
    pub progress: RenewalProgress,
    /// The first day the renewal can be made: the latest earned date of what it renews plus the
    /// catalogue's opening days (as the renewal form checks it).
    pub opens: NaiveDate,
    pub readiness: Readiness,
}

/// The next renewal's outlook on `today` (`None`: nothing held is renewed with SEUs).
pub fn renewal_outlook(journey: &Journey, today: NaiveDate) -> Option<RenewalOutlook> {
    renewal_outlook_of(journey, next_renewal(journey, today)?, today)
}

/// The outlook of the next renewal (`progress`, `next_renewal` on `today`), see
/// `renewal_outlook`.
pub fn renewal_outlook_of(
    journey: &Journey,
    progress: RenewalProgress,
    today: NaiveDate,
) -> Option<RenewalOutlook> {
    let (_, opens) = renewal_opens(journey, &progress.requirement.renews)?;
    let readiness = match progress.missing_minutes() {
        _ if today < opens => Readiness::NotOpenYet { opens },
        minutes if minutes.is_zero() => Readiness::Ready,
        minutes => Readiness::SeusMissing { minutes },
    };
    Some(RenewalOutlook {
        progress,
        opens,
        readiness,
    })
}

/// The Product Owner track's next step, when the user is on it (holds a CSPO or more).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProductOwnerOutlook {
    pub step: NextStep,
    /// CSPO learning objectives ticked, of all.
    pub objectives_done: usize,
    pub objectives_total: usize,
}

/// The Product Owner track's outlook (`None`: no certification of the track is held).
pub fn product_owner_outlook(journey: &Journey, today: NaiveDate) -> Option<ProductOwnerOutlook> {
    let on_track = journey
        .certifications
        .iter()
        .any(|c| c.kind.entry().track == Track::ProductOwner);
    if !on_track {
        return None;
    }
    let areas = objectives::progress(journey);
    Some(ProductOwnerOutlook {
        step: next_step(journey, Track::ProductOwner, today),
        objectives_done: areas.iter().map(|a| a.done).sum(),
        objectives_total: areas.iter().map(|a| a.total).sum(),
    })
}

/// What the next renewal asks of the user today, in plain words.
pub fn readiness_text(outlook: &RenewalOutlook) -> String {
    let deadline = human(outlook.progress.deadline);
    match outlook.readiness {
        Readiness::NotOpenYet { opens } => format!(
            "Renewal opens on {}, {RENEWAL_OPENS_AFTER_DAYS} days after earning; until then you collect SEUs.",
            human(opens)
        ),
        Readiness::SeusMissing { minutes } => {
            format!("Earn {} more SEUs by {deadline}.", minutes.seus_text())
        }
        Readiness::Ready => format!(
            "Ready to renew: you have the SEUs and renewal is open. Pay the fee of {} on Scrum Alliance\u{2019}s website, then record the renewal on the Renewal timeline.",
            outlook.progress.requirement.fee
        ),
    }
}
