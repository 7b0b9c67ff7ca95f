//! Durations in whole minutes: how long an SEU activity lasted or will last, a teaching day, and
//! every SEU figure the rules compute (`docs/rules.md`, "SEUs": 1 hour = 1 SEU). One type, with
//! saturating and checked arithmetic, the conversions to SEUs and to hours, and the texts the
//! app shows. Stored as the plain number of minutes it always was.

use std::fmt;
use std::iter::Sum;

use serde::{Deserialize, Serialize};

use crate::basics::kinds::MINUTES_PER_SEU;

/// A duration in whole minutes. Never negative; sums saturate instead of overflowing.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Minutes(pub u32);

/// Minutes in an hour (a clock fact, not a rule).
const MINUTES_PER_HOUR: u32 = 60;

impl Minutes {
    pub const ZERO: Minutes = Minutes(0);

    pub const fn new(minutes: u32) -> Minutes {
        Minutes(minutes)
    }

    /// Whole hours as minutes (saturating).
    pub const fn hours(hours: u32) -> Minutes {
        Minutes(hours.saturating_mul(MINUTES_PER_HOUR))
    }

    /// Whole SEUs as minutes (saturating), per the catalogue's rule.
    pub const fn seus(seus: u32) -> Minutes {
        Minutes(seus.saturating_mul(MINUTES_PER_SEU))
    }

    /// Whole `hours` and the `minutes` left (0 to 59), as typed apart; `None` for 60 minutes
    /// or more, or a sum that does not fit.
    pub fn from_hours_and_minutes(hours: u32, minutes: u32) -> Option<Minutes> {
        if minutes >= MINUTES_PER_HOUR {
            return None;
        }
        hours
            .checked_mul(MINUTES_PER_HOUR)
            .and_then(|m| m.checked_add(minutes))
            .map(Minutes)
    }

    /// The number of minutes.
    pub const fn get(self) -> u32 {
        self.0
    }

    pub const fn is_zero(self) -> bool {
        self.0 == 0
    }

    /// Whole hours and the minutes left: 90 minutes is (1, 30).
    pub const fn hours_and_minutes(self) -> (u32, u32) {
        (self.0 / MINUTES_PER_HOUR, self.0 % MINUTES_PER_HOUR)
    }

    pub const fn saturating_add(self, other: Minutes) -> Minutes {
        Minutes(self.0.saturating_add(other.0))
    }

    pub const fn saturating_sub(self, other: Minutes) -> Minutes {
        Minutes(self.0.saturating_sub(other.0))
    }

    /// `times` times this duration, at most `u32::MAX` minutes.
    pub const fn saturating_mul(self, times: u32) -> Minutes {
        Minutes(self.0.saturating_mul(times))
    }

    pub fn checked_add(self, other: Minutes) -> Option<Minutes> {
        self.0.checked_add(other.0).map(Minutes)
    }

    pub fn checked_mul(self, times: u32) -> Option<Minutes> {
        self.0.checked_mul(times).map(Minutes)
    }

    /// SEUs as a fraction: 90 minutes = 1.5 SEUs.
    pub fn as_seus(self) -> f64 {
        f64::from(self.0) / f64::from(MINUTES_PER_SEU)
    }

    /// "1.5", "20": SEUs with at most two decimals and no trailing zeros.
    pub fn seus_text(self) -> String {
        self.decimal_text(MINUTES_PER_SEU)
    }

    /// "7.5", "8": hours with at most two decimals and no trailing zeros (as the course form
    /// takes the hours per day).
    pub fn decimal_hours_text(self) -> String {
        self.decimal_text(MINUTES_PER_HOUR)
    }

    /// The duration in units of `unit` minutes, with at most two decimals and no trailing zeros.
    fn decimal_text(self, unit: u32) -> String {
        crate::basics::decimal::short_ratio_text(u64::from(self.0), u64::from(unit), 2)
    }

    /// "16 h", "15 h 30 min", "45 min".
    pub fn hours_text(self) -> String {
        match self.hours_and_minutes() {
            (0, m) => format!("{m} min"),
            (h, 0) => format!("{h} h"),
            (h, m) => format!("{h} h {m} min"),
        }
    }
}

impl From<Minutes> for u32 {
    fn from(minutes: Minutes) -> u32 {
        minutes.0
    }
}

impl From<Minutes> for u64 {
    fn from(minutes: Minutes) -> u64 {
        u64::from(minutes.0)
    }
}

/// A duration compares with a plain number of minutes.
impl PartialEq<u32> for Minutes {
    fn eq(&self, other: &u32) -> bool {
        self.0 == *other
    }
}

impl PartialOrd<u32> for Minutes {
    fn partial_cmp(&self, other: &u32) -> Option<std::cmp::Ordering> {
        self.0.partial_cmp(other)
    }
}

/// The total, at most `u32::MAX` minutes.
impl Sum for Minutes {
    fn sum<I: Iterator<Item = Minutes>>(iter: I) -> Minutes {
        iter.fold(Minutes::ZERO, Minutes::saturating_add)
    }
}

/// The number of minutes, as stored.
impl fmt::Display for Minutes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}
