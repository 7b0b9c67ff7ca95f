//! Course offers as the form makes them, removed and restored, sorted and filtered.

use crate::domain::records::drafts::Draft;
use crate::domain::records::field_error::{FieldError, Problems};
use crate::domain::rules::limits::{
    MAX_COURSE_DAYS, MAX_NAME_CHARS, MAX_TEACHING_MINUTES_PER_DAY, MAX_WEB_LINK_CHARS,
};
use crate::model::link::is_web_link;
use crate::model::training::{CourseOffer, ScoreWeights};
use crate::model::{records, Minutes, OfferId};
use chrono::NaiveDate;

use crate::domain::rules::catalogue::CertificationKind;
use crate::model::journey::Journey;

use super::assessment::{calendar_days, leads_to_certification, score, verdict};
use crate::basics::order::SortDirection;

// ---------------------------------------------------------------------------------------------
// The offer form

crate::form_fields! {
    /// The form field a problem belongs to.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub enum OfferField {
        Certification => "certification",
        Provider => "provider",
        Format => "format",
        Start => "start",
        End => "end",
        MinutesPerDay => "hours",
        CourseDays => "course-days",
        Price => "price",
        Currency => "currency",
        Link => "link",
    }
}

/// A problem with one field of the form.
pub type OfferFieldError = FieldError<OfferField>;

/// What the offer form submits, already parsed into domain values: an offer without its id.
pub type OfferDraft = CourseOffer<()>;

/// Certifications a course offer can be recorded for: the catalogue's Scrum Alliance
/// certifications that are not named by the user.
pub fn offer_certifications(
) -> impl Iterator<Item = &'static crate::domain::rules::catalogue::CatalogueEntry> {
    crate::domain::rules::catalogue::CATALOGUE
        .iter()
        .filter(|e| e.scrum_alliance && !e.kind.user_named())
}

/// Checks a draft: provider required, end not before start, teaching time per day from 1 minute
/// to 12 hours, price not negative, a 3-letter currency, a link that is http(s) or empty, and a
/// format the certification's level allows.
pub fn validate_offer(draft: &OfferDraft) -> Vec<OfferFieldError> {
    let mut problems = Problems::new();
    problems.too_long(
        OfferField::Provider,
        "provider",
        &draft.provider,
        MAX_NAME_CHARS,
    );
    problems.too_long(OfferField::Link, "link", &draft.link, MAX_WEB_LINK_CHARS);
    if draft.certification.user_named() || !draft.certification.entry().scrum_alliance {
        problems.add(
            OfferField::Certification,
            "Choose a Scrum Alliance certification from the list.",
        );
    }
    problems.required(
        OfferField::Provider,
        &draft.provider,
        "Enter the training provider's name.",
    );
    if !draft.format.allowed_for(draft.certification) {
        problems.add(
            OfferField::Format,
            format!(
                "Live online + self-paced is offered only for advanced and professional courses; a {} course is live (in person or online).",
                draft.certification.code()
            ),
        );
    }
    if let (Some(start), Some(end)) = (draft.start, draft.end) {
        if end < start {
            problems.add(
                OfferField::End,
                "The end date cannot be before the start date.",
            );
        }
    }
    course_day_problems(
        &mut problems,
        (
            OfferField::CourseDays,
            draft.course_days,
            calendar_days(draft),
        ),
        (OfferField::MinutesPerDay, draft.minutes_per_day),
    );
    let currency = draft.currency.trim();
    if currency.len() != 3 || !currency.chars().all(|c| c.is_ascii_alphabetic()) {
        problems.add(
            OfferField::Currency,
            "Enter the currency as its 3-letter code, for example USD or EUR.",
        );
    }
    let link = draft.link.trim();
    if !link.is_empty() && !is_web_link(link) {
        problems.add(
            OfferField::Link,
            "Enter a web address starting with https:// or http://, or leave it empty.",
        );
    }
    problems.into_vec()
}

/// The checks a course's days share, wherever they are typed (an offer, a course taken): the
/// course days (`days`, none: every day) from 1 to the calendar days from its first day to its
/// last (`span`), and the teaching time a day more than nothing and at most
/// `Minutes(MAX_TEACHING_MINUTES_PER_DAY)`.
pub(super) fn course_day_problems<F>(
    problems: &mut Problems<F>,
    (days_field, days, span): (F, Option<u32>, Option<u32>),
    (per_day_field, per_day): (F, Minutes),
) {
    if let Some(days) = days {
        if days == 0 || days > span.unwrap_or(MAX_COURSE_DAYS) {
            problems.add(
                days_field,
                match span {
                    Some(span) => format!(
                        "Enter how many days the course teaches: from 1 to {span}, the days from its start to its end."
                    ),
                    None => format!(
                        "Enter how many days the course teaches: from 1 to {}.",
                        MAX_COURSE_DAYS
                    ),
                },
            );
        }
    }
    if per_day.is_zero() || per_day > Minutes(MAX_TEACHING_MINUTES_PER_DAY) {
        problems.add(
            per_day_field,
            format!(
                "Enter the teaching hours per day: more than 0 and at most {}.",
                Minutes(MAX_TEACHING_MINUTES_PER_DAY).hours_and_minutes().0
            ),
        );
    }
}

/// The draft as it is stored: texts trimmed, the currency code in capitals.
fn tidied(mut draft: OfferDraft) -> OfferDraft {
    for text in [
        &mut draft.provider,
        &mut draft.trainer,
        &mut draft.place,
        &mut draft.language,
        &mut draft.notes,
        &mut draft.link,
    ] {
        *text = text.trim().to_owned();
    }
    draft.currency = draft.currency.trim().to_ascii_uppercase();
    draft
}

/// The form's values for an offer being edited.
pub fn draft_of(offer: &CourseOffer) -> OfferDraft {
    offer.clone().with_id(())
}

impl Draft for OfferDraft {
    type Record = CourseOffer;
    type Field = OfferField;
    const GONE: (OfferField, &'static str) = (OfferField::Provider, "offer");

    fn problems(&self, _: &Journey, _: Option<OfferId>, _: NaiveDate) -> Vec<OfferFieldError> {
        validate_offer(self)
    }

    fn record(self, id: OfferId, _: Option<&CourseOffer>) -> CourseOffer {
        tidied(self).with_id(id)
    }
}

/// What `remove_offer` took away, to put it back with `restore_offer`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RemovedOffer {
    pub index: usize,
    pub offer: CourseOffer,
    /// It was the planned course.
    pub was_chosen: bool,
}

/// Removes an offer (and un-chooses it if it was the planned course).
pub fn remove_offer(journey: &mut Journey, id: OfferId) -> Option<RemovedOffer> {
    let (index, offer) = records::remove(journey, id)?;
    let was_chosen = journey.training.chosen == Some(id);
    if was_chosen {
        journey.training.chosen = None;
    }
    Some(RemovedOffer {
        index,
        offer,
        was_chosen,
    })
}

/// Puts back a removed offer, chosen again if it was and nothing else was chosen meanwhile.
pub fn restore_offer(journey: &mut Journey, removed: RemovedOffer) {
    let RemovedOffer {
        index,
        offer,
        was_chosen,
    } = removed;
    let id = offer.id;
    if records::restore(journey, index, offer) && was_chosen && journey.training.chosen.is_none() {
        journey.training.chosen = Some(id);
    }
}

// ---------------------------------------------------------------------------------------------
// Sorting and filtering

crate::choices! {
    /// What the offers table is sorted by (in the order the table's columns offer them).
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum OfferSortKey {
        Certification => ("certification", "Certification"),
        Start => ("start", "Start"),
        Price => ("price", "Price"),
        Score => ("score", "Score"),
    }
}

/// Which offers the comparison shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct OfferFilter {
    pub certification: Option<CertificationKind>,
    /// Only offers that pass the gates.
    pub leads_only: bool,
}

impl OfferFilter {
    pub fn accepts(&self, offer: &CourseOffer) -> bool {
        self.certification.is_none_or(|k| k == offer.certification)
            && (!self.leads_only || leads_to_certification(offer))
    }
}

/// The offers the filter accepts, ranked by the gates' verdict first (offers that lead to the
/// certification, then those whose listing is not checked yet, then those that do not lead to
/// it, whatever their score), then sorted by `key`. Prices compare within a currency
/// (currencies in alphabetical order); offers without a start date come last either way; ties
/// keep the order in which the offers were recorded.
pub fn sorted_offers<'a>(
    offers: &'a [CourseOffer],
    weights: &ScoreWeights,
    filter: OfferFilter,
    key: OfferSortKey,
    direction: SortDirection,
) -> Vec<&'a CourseOffer> {
    use std::cmp::Ordering;
    let mut shown: Vec<(usize, &CourseOffer)> = offers
        .iter()
        .enumerate()
        .filter(|(_, o)| filter.accepts(o))
        .collect();
    let directed = |o: Ordering| match direction {
        SortDirection::Ascending => o,
        SortDirection::Descending => o.reverse(),
    };
    crate::basics::order::sort_by(&mut shown, |(ia, a), (ib, b)| {
        // The gates first, whatever the key and direction: an offer that does not lead to the
        // certification never ranks above one that does.
        let order = verdict(a).cmp(&verdict(b)).then_with(|| match key {
            OfferSortKey::Score => directed(
                score(&a.checklist, weights)
                    .percent
                    .cmp(&score(&b.checklist, weights).percent),
            ),
            OfferSortKey::Price => directed(
                (a.currency.to_ascii_uppercase(), a.price)
                    .cmp(&(b.currency.to_ascii_uppercase(), b.price)),
            ),
            OfferSortKey::Start => match (a.start, b.start) {
                (Some(x), Some(y)) => directed(x.cmp(&y)),
                (Some(_), None) => Ordering::Less,
                (None, Some(_)) => Ordering::Greater,
                (None, None) => Ordering::Equal,
            },
            OfferSortKey::Certification => directed(a.certification.cmp(&b.certification)),
        });
        order.then(ia.cmp(ib))
    });
    shown.into_iter().map(|(_, o)| o).collect()
}
