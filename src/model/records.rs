//! The lists of records the journey keeps (certifications, recorded renewals, SEU entries,
//! planned activities, course offers, roles) are edited the same way: each record type knows its
//! list (`Listed`) and each id its record type (`RecordId`); a record is found by id, added or
//! replaced only when its checks found no problem, removed with its place for an undo, and put
//! back at that place unless the id came back meanwhile.

use super::ids::Id;
use super::journey::Journey;

/// A record with a typed id.
pub trait HasId {
    type Id: Id;
    fn id(&self) -> Self::Id;
}

/// A record the journey keeps in a list of its own.
pub trait Listed: HasId + Sized {
    /// The journey's list of these records.
    fn listed(journey: &Journey) -> &[Self];
    /// The journey's list of these records, to change it.
    fn list(journey: &mut Journey) -> &mut Vec<Self>;
}

/// The id of a record the journey keeps in a list: it names the record's type.
pub trait RecordId: Id {
    type Record: Listed<Id = Self>;
}

macro_rules! listed {
    ($($record:ty => $id:ty, $($field:ident).+;)+) => {
        $(impl HasId for $record {
            type Id = $id;
            fn id(&self) -> $id {
                self.id
            }
        }

        impl Listed for $record {
            fn listed(journey: &Journey) -> &[Self] {
                &journey.$($field).+
            }

            fn list(journey: &mut Journey) -> &mut Vec<Self> {
                &mut journey.$($field).+
            }
        }

        impl RecordId for $id {
            type Record = $record;
        })+
    };
}

listed!(
    super::journey::HeldCertification => super::CertificationId, certifications;
    super::journey::RecordedRenewal => super::RenewalId, renewals;
    super::seu::SeuEntry => super::SeuEntryId, seu_log;
    super::plan::PlannedActivity => super::ActivityId, planned_activities;
    super::training::CourseOffer => super::OfferId, training.offers;
    super::path::Role => super::RoleId, path.roles;
);

/// The record with `id`, if the list holds it.
pub fn find<T: HasId>(list: &[T], id: T::Id) -> Option<&T> {
    list.iter().find(|r| r.id() == id)
}

/// The journey's record with `id`, if it holds it.
pub fn find_in<I: RecordId>(journey: &Journey, id: I) -> Option<&I::Record> {
    find(I::Record::listed(journey), id)
}

/// The record with `id`, to change it.
pub fn find_mut<T: HasId>(list: &mut [T], id: T::Id) -> Option<&mut T> {
    list.iter_mut().find(|r| r.id() == id)
}

/// Removes the record with `id` from the journey and returns it with its place in its list (for
/// an undo).
pub fn remove<I: RecordId>(journey: &mut Journey, id: I) -> Option<(usize, I::Record)> {
    let list = I::Record::list(journey);
    let index = list.iter().position(|r| r.id() == id)?;
    Some((index, list.remove(index)))
}

/// Puts back a record removed by `remove` at its place (or at the end when the list is shorter
/// now), unless one with its id came back meanwhile. Returns whether it was put back.
pub fn restore<T: Listed>(journey: &mut Journey, index: usize, record: T) -> bool {
    let list = T::list(journey);
    if find(list, record.id()).is_some() {
        return false;
    }
    list.insert(index.min(list.len()), record);
    true
}

/// Adds the record `make` builds with a fresh id to the journey, unless the checks found
/// `problems` (then nothing changes and no id is taken). Returns the new id.
pub fn add_checked<T: Listed, E>(
    journey: &mut Journey,
    problems: Vec<E>,
    make: impl FnOnce(T::Id) -> T,
) -> Result<T::Id, Vec<E>> {
    if !problems.is_empty() {
        return Err(problems);
    }
    let id = journey.take_id();
    T::list(journey).push(make(id));
    Ok(id)
}

/// Replaces the record with `id` by what `make` builds from it, unless it is gone (the
/// problems `gone` makes) or the checks found `problems`.
pub fn replace_checked<T: Listed, E>(
    journey: &mut Journey,
    id: T::Id,
    gone: impl FnOnce() -> Vec<E>,
    problems: Vec<E>,
    make: impl FnOnce(&T) -> T,
) -> Result<(), Vec<E>> {
    let record = find_mut(T::list(journey), id).ok_or_else(gone)?;
    if !problems.is_empty() {
        return Err(problems);
    }
    *record = make(record);
    Ok(())
}
