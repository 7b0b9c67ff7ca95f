//! When to remind the user to download a copy of the journey: the user's own file is the only
//! backup there is, so the app asks for a fresh one when there are changes since the last copy
//! and that copy is older than the user's setting (default 30 days).

use chrono::NaiveDate;

use crate::basics::dates::days_between;

/// The last downloaded copy: when, and the journey's revision at that moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LastCopy {
    pub date: NaiveDate,
    pub revision: u64,
}

/// Whether to remind the user to download a copy now.
///
/// - Nothing recorded: no reminder (there is nothing to lose).
/// - Never downloaded: remind once there is something recorded.
/// - Downloaded: remind when the journey changed since (its revision moved) and the copy is at
///   least `reminder_days` old.
pub fn copy_is_due(
    last: Option<LastCopy>,
    revision: u64,
    has_records: bool,
    reminder_days: u32,
    today: NaiveDate,
) -> bool {
    if !has_records {
        return false;
    }
    match last {
        None => true,
        Some(copy) => {
            copy.revision != revision && days_between(copy.date, today) >= i64::from(reminder_days)
        }
    }
}
