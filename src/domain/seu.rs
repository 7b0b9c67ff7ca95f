//! Scrum Education Units: the log of activities and the rules that decide what counts toward a
//! renewal (1 hour = 1 SEU, at most 8 a day, the window before expiry, each SEU used once).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// SEU categories as Scrum Alliance names them today (rules.md: SEUs).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum SeuCategory {
    Events,
    Learning,
    Volunteering,
    Other,
}

impl SeuCategory {
    pub const ALL: [SeuCategory; 4] = [SeuCategory::Events, SeuCategory::Learning, SeuCategory::Volunteering, SeuCategory::Other];

    pub fn label(self) -> &'static str {
        match self {
            SeuCategory::Events => "Events",
            SeuCategory::Learning => "Learning",
            SeuCategory::Volunteering => "Volunteering",
            SeuCategory::Other => "Other",
        }
    }
}

/// Where SEUs come from: the guide's free sources plus courses, conferences and other.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum SeuSource {
    /// Books, blogs and articles.
    Reading,
    /// A local agile or Scrum user group.
    UserGroup,
    /// Helping or guiding others at work (agile get-togethers).
    HelpingOthers,
    /// Live or recorded webinars.
    Webinar,
    Course,
    Conference,
    Other,
}

impl SeuSource {
    pub const ALL: [SeuSource; 7] = [
        SeuSource::Reading,
        SeuSource::UserGroup,
        SeuSource::HelpingOthers,
        SeuSource::Webinar,
        SeuSource::Course,
        SeuSource::Conference,
        SeuSource::Other,
    ];

    pub fn label(self) -> &'static str {
        match self {
            SeuSource::Reading => "Books, blogs and articles",
            SeuSource::UserGroup => "Local user group",
            SeuSource::HelpingOthers => "Helping or guiding others at work",
            SeuSource::Webinar => "Live or recorded webinar",
            SeuSource::Course => "Course",
            SeuSource::Conference => "Conference",
            SeuSource::Other => "Other",
        }
    }
}

/// One logged SEU activity, as the user entered it (what counts is computed, never stored).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SeuEntry {
    pub id: u64,
    pub date: NaiveDate,
    /// Duration in minutes (the form takes hours and minutes). 60 minutes = 1 SEU.
    pub minutes: u32,
    pub category: SeuCategory,
    pub source: SeuSource,
    pub title: String,
    #[serde(default)]
    pub notes: String,
    /// Evidence link as typed; shown as a link only for http and https.
    #[serde(default)]
    pub evidence: String,
    /// The recorded renewal that used this entry's SEUs (they are not counted again).
    #[serde(default)]
    pub used_by_renewal: Option<u64>,
}

use std::collections::BTreeMap;

use super::catalogue::{DAILY_SEU_CAP, MINUTES_PER_SEU};
use super::dates::sub_months;
use super::journey::Journey;
use super::renewal::{combined_requirement, standings, RenewalRequirement};
use super::settings::Settings;

/// Minutes as SEUs, for display: 90 minutes = 1.5 SEUs.
pub fn seus(minutes: u32) -> f64 {
    f64::from(minutes) / f64::from(MINUTES_PER_SEU)
}

/// "1.5", "20": SEUs with at most two decimals and no trailing zeros.
pub fn format_seus(minutes: u32) -> String {
    let text = format!("{:.2}", seus(minutes));
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}

/// The daily cap in minutes.
pub const DAILY_CAP_MINUTES: u32 = DAILY_SEU_CAP * MINUTES_PER_SEU;

/// The minutes of each entry that count after the daily cap: per day, entries are taken in
/// the order given until 8 SEUs are reached; the rest of that day does not count.
pub fn after_daily_cap<'a>(entries: impl IntoIterator<Item = &'a SeuEntry>) -> BTreeMap<u64, u32> {
    let mut used_per_day: BTreeMap<NaiveDate, u32> = BTreeMap::new();
    let mut counted = BTreeMap::new();
    for entry in entries {
        let used = used_per_day.entry(entry.date).or_insert(0);
        let minutes = entry.minutes.min(DAILY_CAP_MINUTES - *used);
        *used += minutes;
        counted.insert(entry.id, minutes);
    }
    counted
}

/// The days on which SEUs count toward a renewal due on `expiry`: from the window's first day
/// (`expiry` minus the window setting) to the expiry, both included.
pub fn window(expiry: NaiveDate, settings: &Settings) -> (NaiveDate, NaiveDate) {
    (sub_months(expiry, settings.seu_window_months), expiry)
}

/// How one logged entry stands toward the next renewal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntryStanding {
    /// All its minutes count.
    Counts { minutes: u32 },
    /// Only part counts: the day already had 8 SEUs.
    PartlyCapped { minutes: u32 },
    /// Nothing counts: the day already had 8 SEUs.
    Capped,
    /// Dated before the window's first day.
    BeforeWindow,
    /// Dated after the deadline (it will count toward the renewal after).
    AfterDeadline,
    /// Used by a recorded renewal; not counted again.
    Used { renewal: u64 },
}

impl EntryStanding {
    /// Minutes that count toward the next renewal.
    pub fn minutes(self) -> u32 {
        match self {
            EntryStanding::Counts { minutes } | EntryStanding::PartlyCapped { minutes } => minutes,
            _ => 0,
        }
    }
}

/// The next renewal and how far the logged SEUs go toward it.
#[derive(Clone, Debug, PartialEq)]
pub struct RenewalProgress {
    pub requirement: RenewalRequirement,
    /// When the renewal is due: the earliest expiry of what it renews that is not past (or, if
    /// everything has expired, the latest expiry).
    pub deadline: NaiveDate,
    /// The first day SEUs count.
    pub window_start: NaiveDate,
    pub required_minutes: u32,
    /// Minutes that count, after the daily cap, within the window, not used before.
    pub earned_minutes: u32,
    /// How each logged entry stands, by entry id.
    pub entries: BTreeMap<u64, EntryStanding>,
}

impl RenewalProgress {
    pub fn missing_minutes(&self) -> u32 {
        self.required_minutes.saturating_sub(self.earned_minutes)
    }
}

/// The next renewal's progress on `today`; `None` when nothing held is renewed with SEUs.
pub fn next_renewal(journey: &Journey, today: NaiveDate) -> Option<RenewalProgress> {
    let requirement = combined_requirement(journey)?;
    let all = standings(journey, today);
    let expiries: Vec<NaiveDate> = all
        .iter()
        .filter(|s| requirement.renews.contains(&s.id))
        .filter_map(|s| s.expiry)
        .collect();
    let grace = chrono::Duration::days(i64::from(journey.settings.grace_period_days));
    let deadline = expiries
        .iter()
        .copied()
        .filter(|e| *e + grace >= today)
        .min()
        .or_else(|| expiries.iter().copied().max())?;
    let (window_start, window_end) = window(deadline, &journey.settings);
    // Past the deadline, SEUs earned since still count toward reinstating.
    let window_end = window_end.max(today);
    Some(progress_toward(journey, requirement, deadline, window_start, window_end))
}

fn progress_toward(
    journey: &Journey,
    requirement: RenewalRequirement,
    deadline: NaiveDate,
    window_start: NaiveDate,
    window_end: NaiveDate,
) -> RenewalProgress {
    let mut entries = BTreeMap::new();
    let open: Vec<&SeuEntry> = journey.seu_log.iter().filter(|e| e.used_by_renewal.is_none()).collect();
    let in_window: Vec<&SeuEntry> = open
        .iter()
        .copied()
        .filter(|e| e.date >= window_start && e.date <= window_end)
        .collect();
    let capped = after_daily_cap(sorted_by_date(in_window));
    for entry in &journey.seu_log {
        let standing = if let Some(renewal) = entry.used_by_renewal {
            EntryStanding::Used { renewal }
        } else if entry.date < window_start {
            EntryStanding::BeforeWindow
        } else if entry.date > window_end {
            EntryStanding::AfterDeadline
        } else {
            match capped.get(&entry.id).copied().unwrap_or(0) {
                0 if entry.minutes > 0 => EntryStanding::Capped,
                m if m < entry.minutes => EntryStanding::PartlyCapped { minutes: m },
                m => EntryStanding::Counts { minutes: m },
            }
        };
        entries.insert(entry.id, standing);
    }
    RenewalProgress {
        required_minutes: requirement.seus * MINUTES_PER_SEU,
        earned_minutes: entries.values().map(|s| s.minutes()).sum(),
        requirement,
        deadline,
        window_start,
        entries,
    }
}

/// Entries in date order, ties by id (the order the daily cap takes them in).
fn sorted_by_date(mut entries: Vec<&SeuEntry>) -> Vec<&SeuEntry> {
    entries.sort_by_key(|e| (e.date, e.id));
    entries
}

/// The entries a renewal recorded on `date` for a renewal due on `deadline` uses: every
/// not-yet-used entry from the window's first day up to the renewal date (a late renewal
/// includes what was earned after the expiry). A surplus does not carry over.
pub fn entries_used_by_renewal(journey: &Journey, deadline: NaiveDate, date: NaiveDate) -> Vec<u64> {
    let (start, _) = window(deadline, &journey.settings);
    journey
        .seu_log
        .iter()
        .filter(|e| e.used_by_renewal.is_none() && e.date >= start && e.date <= date)
        .map(|e| e.id)
        .collect()
}
