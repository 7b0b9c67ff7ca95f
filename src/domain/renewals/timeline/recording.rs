//! Recording a renewal: the form's checks, the fee, the deadline it meets, the SEUs it uses; and
//! removing and restoring one.

use crate::domain::records::field_error::{FieldError, Problems};
use chrono::NaiveDate;

use super::{titles, without_log};
use crate::basics::dates::human;
use crate::domain::rules::catalogue::RENEWAL_OPENS_AFTER_DAYS;
use crate::domain::rules::renewal::is_renewable;
use crate::domain::rules::renewal::{renewal_opens, renewed_with_lower_levels, terms};
use crate::domain::seus::log::{counted_for_renewal, mark_used_by_renewal};
use crate::model::journey::{HeldCertification, Journey, RecordedRenewal};
use crate::model::{CertificationId, Minutes, Money, RenewalId, SeuEntryId};

/// What the "Record a renewal" form submits, parsed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RenewalDraft {
    /// Ids of the held certifications picked (lower levels are added).
    pub renewed: Vec<CertificationId>,
    pub date: NaiveDate,
    /// The fee paid.
    pub fee_paid: Money,
}

crate::form_fields! {
    /// The field of the renewal form a problem belongs to.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
    pub enum RenewalField {
        Certifications => "certifications",
        Date => "date",
        Fee => "fee",
    }
}

/// A problem with one field of the form.
pub type RenewalError = FieldError<RenewalField>;

/// The held certifications a renewal can be recorded for, in the journey's order.
pub fn renewable(journey: &Journey) -> Vec<&HeldCertification> {
    journey
        .certifications
        .iter()
        .filter(|c| is_renewable(c))
        .collect()
}

/// The fee for renewing `ids` (with their lower levels): set by the highest level renewed.
pub fn fee_for(journey: &Journey, ids: &[CertificationId]) -> Option<Money> {
    renewed_with_lower_levels(journey, ids)
        .iter()
        .filter_map(|id| journey.certification(*id))
        .filter(|c| is_renewable(c))
        .filter_map(|c| c.kind.entry().level)
        .max()
        .map(|level| level.renewal().fee)
}

/// The deadline a renewal made on `date` of `ids` answers: their expiries on that day (before
/// any renewal recorded that day or later), the earliest that has not passed (grace included),
/// else the latest.
pub fn deadline_of(
    journey: &Journey,
    ids: &[CertificationId],
    date: NaiveDate,
) -> Option<NaiveDate> {
    let mut before = without_log(journey);
    before.renewals.retain(|r| r.date < date);
    before.certifications.retain(|c| c.earned <= date);
    let all = terms(&before);
    let expiries: Vec<NaiveDate> = ids
        .iter()
        .filter_map(|id| all.get(id).and_then(|t| t.last()))
        .map(|t| t.end)
        .collect();
    let grace = i64::from(journey.settings.grace_period_days);
    expiries
        .iter()
        .copied()
        .filter(|e| crate::basics::dates::add_days(*e, grace) >= date)
        .min()
        .or_else(|| expiries.iter().copied().max())
}

/// Checks a renewal draft: at least one renewable certification, a date not in the future and
/// not before renewal opens (30 days after earning), a fee that is not negative.
pub fn validate_renewal(
    journey: &Journey,
    draft: &RenewalDraft,
    today: NaiveDate,
) -> Vec<RenewalError> {
    let mut problems = Problems::new();
    let picked: Vec<&HeldCertification> = draft
        .renewed
        .iter()
        .filter_map(|id| journey.certification(*id))
        .collect();
    if picked.is_empty() {
        problems.add(
            RenewalField::Certifications,
            "Choose at least one certification you renewed.",
        );
    } else if let Some(other) = picked.iter().find(|c| !is_renewable(c)) {
        problems.add(
            RenewalField::Certifications,
            format!("{} is not renewed with SEUs and a fee.", other.title()),
        );
    } else if picked.len() < draft.renewed.len() {
        problems.add(
            RenewalField::Certifications,
            "A certification you chose was removed (perhaps in another tab). Check the list.",
        );
    }
    if !problems.in_future(
        RenewalField::Date,
        "The renewal date",
        draft.date,
        today,
        "Record a renewal once you have made it.",
    ) {
        let expanded = renewed_with_lower_levels(journey, &draft.renewed);
        if let Some((held, opens)) = renewal_opens(journey, &expanded) {
            if draft.date < opens {
                problems.add(
                    RenewalField::Date,
                    format!(
                        "{} was earned on {}; renewal opens {} days after earning, on {}.",
                        held.title(),
                        human(held.earned),
                        RENEWAL_OPENS_AFTER_DAYS,
                        human(opens)
                    ),
                );
            }
        }
    }
    problems.into_vec()
}

/// Records a renewal: checks it, adds the lower levels of each track renewed, stores it (terms
/// then move each renewed certification's expiry by one term) and marks the SEU entries it
/// used. Returns the renewal's id.
pub fn record_renewal(
    journey: &mut Journey,
    draft: RenewalDraft,
    today: NaiveDate,
) -> Result<RenewalId, Vec<RenewalError>> {
    let errors = validate_renewal(journey, &draft, today);
    if !errors.is_empty() {
        return Err(errors);
    }
    let renewed = renewed_with_lower_levels(journey, &draft.renewed);
    Ok(store_renewal(journey, renewed, draft.date, draft.fee_paid))
}

/// What a renewal of `renewed` made on `date` does, for a recorded renewal and for the renewals
/// to come alike: it is stored (terms then bring each renewed certification to its first term
/// end after `date`, `renewal::renewed_term`) and it uses the SEU entries from its window's
/// first day up to `date`.
pub(super) fn store_renewal(
    journey: &mut Journey,
    renewed: Vec<CertificationId>,
    date: NaiveDate,
    fee_paid: Money,
) -> RenewalId {
    let deadline = deadline_of(journey, &renewed, date);
    let id = journey.take_id();
    journey.renewals.push(RecordedRenewal {
        id,
        date,
        renewed,
        fee_paid,
    });
    if let Some(deadline) = deadline {
        mark_used_by_renewal(journey, deadline, date, id);
    }
    id
}

/// A recorded renewal taken out, with what is needed to put it back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RemovedRenewal {
    pub index: usize,
    pub renewal: RecordedRenewal,
    /// The SEU entries it had used (now free again).
    pub entries: Vec<SeuEntryId>,
}

/// Takes out a recorded renewal (the expiry moves back) and frees the SEU entries it used.
pub fn remove_renewal(journey: &mut Journey, id: RenewalId) -> Option<RemovedRenewal> {
    let index = journey.renewals.iter().position(|r| r.id == id)?;
    let renewal = journey.renewals.remove(index);
    let mut entries = Vec::new();
    for entry in journey
        .seu_log
        .iter_mut()
        .filter(|e| e.used_by_renewal == Some(id))
    {
        entry.used_by_renewal = None;
        entries.push(entry.id);
    }
    Some(RemovedRenewal {
        index,
        renewal,
        entries,
    })
}

/// Puts back a renewal taken out by `remove_renewal` (unless it came back meanwhile), and marks
/// again the entries it used that no other renewal took since.
pub fn restore_renewal(journey: &mut Journey, removed: RemovedRenewal) {
    if journey.renewals.iter().any(|r| r.id == removed.renewal.id) {
        return;
    }
    let id = removed.renewal.id;
    let index = removed.index.min(journey.renewals.len());
    journey.renewals.insert(index, removed.renewal);
    for entry in journey
        .seu_log
        .iter_mut()
        .filter(|e| removed.entries.contains(&e.id) && e.used_by_renewal.is_none())
    {
        entry.used_by_renewal = Some(id);
    }
}

/// A recorded renewal as the page lists it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct RenewalRecord {
    pub id: RenewalId,
    pub date: NaiveDate,
    pub titles: Vec<String>,
    pub fee_paid: Money,
    /// Minutes of the SEU entries it used that counted (after the 8-SEU daily cap).
    pub used_minutes: Minutes,
}

/// The recorded renewals, newest first.
pub fn recorded_renewals(journey: &Journey) -> Vec<RenewalRecord> {
    let mut list: Vec<RenewalRecord> = journey
        .renewals
        .iter()
        .map(|r| RenewalRecord {
            id: r.id,
            date: r.date,
            titles: titles(journey, &r.renewed),
            fee_paid: r.fee_paid,
            used_minutes: counted_for_renewal(journey, r.id).values().copied().sum(),
        })
        .collect();
    crate::basics::order::sort_by(&mut list, |a, b| b.date.cmp(&a.date).then(b.id.cmp(&a.id)));
    list
}
