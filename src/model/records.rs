//! The lists of records the journey keeps (certifications, SEU entries, planned activities,
//! course offers, roles) are edited the same way: found by id, removed with their place for an
//! undo, put back at that place unless the id came back meanwhile.

use super::ids::Id;
use super::journey::Journey;

/// A record with a typed id.
pub trait HasId {
    type Id: Id;
    fn id(&self) -> Self::Id;
}

macro_rules! has_id {
    ($($record:ty => $id:ty),+ $(,)?) => {
        $(impl HasId for $record {
            type Id = $id;
            fn id(&self) -> $id {
                self.id
            }
        })+
    };
}

has_id!(
    super::journey::HeldCertification => super::CertificationId,
    super::journey::RecordedRenewal => super::RenewalId,
    super::seu::SeuEntry => super::SeuEntryId,
    super::plan::PlannedActivity => super::ActivityId,
    super::training::CourseOffer => super::OfferId,
    super::path::Role => super::RoleId,
);

/// The record with `id`, if the list holds it.
pub fn find<T: HasId>(list: &[T], id: T::Id) -> Option<&T> {
    list.iter().find(|r| r.id() == id)
}

/// The record with `id`, to change it.
pub fn find_mut<T: HasId>(list: &mut [T], id: T::Id) -> Option<&mut T> {
    list.iter_mut().find(|r| r.id() == id)
}

/// Removes the record with `id` and returns it with its place in the list (for an undo).
pub fn remove<T: HasId>(list: &mut Vec<T>, id: T::Id) -> Option<(usize, T)> {
    let index = list.iter().position(|r| r.id() == id)?;
    Some((index, list.remove(index)))
}

/// Puts back a record removed by `remove` at its place (or at the end when the list is shorter
/// now), unless one with its id came back meanwhile. Returns whether it was put back.
pub fn restore<T: HasId>(list: &mut Vec<T>, index: usize, record: T) -> bool {
    if find(list, record.id()).is_some() {
        return false;
    }
    list.insert(index.min(list.len()), record);
    true
}

/// Adds the record `make` builds with a fresh id to the journey's `list`, unless the checks
/// found `problems` (then nothing changes and no id is taken). Returns the new id.
pub fn add_checked<T: HasId, E>(
    journey: &mut Journey,
    list: impl FnOnce(&mut Journey) -> &mut Vec<T>,
    problems: Vec<E>,
    make: impl FnOnce(T::Id) -> T,
) -> Result<T::Id, Vec<E>> {
    if !problems.is_empty() {
        return Err(problems);
    }
    let id = journey.take_id();
    list(journey).push(make(id));
    Ok(id)
}

/// Replaces the record with `id` by what `make` builds from it, unless it is gone (the
/// problems `gone` makes) or the checks found `problems`.
pub fn replace_checked<T: HasId, E>(
    list: &mut [T],
    id: T::Id,
    gone: impl FnOnce() -> Vec<E>,
    problems: Vec<E>,
    make: impl FnOnce(&T) -> T,
) -> Result<(), Vec<E>> {
    let record = find_mut(list, id).ok_or_else(gone)?;
    if !problems.is_empty() {
        return Err(problems);
    }
    *record = make(record);
    Ok(())
}
