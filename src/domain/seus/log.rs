//! Scrum Education Units: the log of activities and the rules that decide what counts toward a
//! renewal (1 hour = 1 SEU, at most 8 a day, the window before expiry, each SEU used once).

use crate::domain::records::drafts::Draft;
use crate::domain::records::field_error::{FieldError, Problems};
use crate::domain::rules::limits::{MAX_NAME_CHARS, MAX_WEB_LINK_CHARS};
use crate::model::seu::{SeuCategory, SeuEntry, SeuSource};
use crate::model::{Minutes, RenewalId, SeuEntryId};
use chrono::NaiveDate;

use crate::basics::sorted_map::{sorted_map, SortedMap};

use crate::basics::dates::{human, sub_months};
use crate::basics::order::SortDirection;
use crate::domain::rules::catalogue::DAILY_SEU_CAP;
use crate::domain::rules::renewal::{next_due, DueRenewal, RenewalRequirement};
use crate::model::journey::Journey;
use crate::model::settings::Settings;

/// The daily cap in minutes.
pub const DAILY_CAP_MINUTES: Minutes = Minutes::seus(DAILY_SEU_CAP);

/// The minutes of each entry that count after the daily cap: per day, entries are taken in
/// the order given until 8 SEUs are reached; the rest of that day does not count.
pub fn after_daily_cap<'a>(
    entries: impl IntoIterator<Item = &'a SeuEntry>,
) -> SortedMap<SeuEntryId, Minutes> {
    let mut used_per_day: SortedMap<NaiveDate, Minutes> = SortedMap::new();
    let mut counted = Vec::new();
    for entry in entries {
        let used = used_per_day.entry(entry.date).or_default();
        let minutes = entry.minutes.min(DAILY_CAP_MINUTES.saturating_sub(*used));
        *used = used.saturating_add(minutes);
        counted.push((entry.id, minutes));
    }
    sorted_map(counted)
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
    Counts { minutes: Minutes },
    /// Only part counts: the day already had 8 SEUs.
    PartlyCapped { minutes: Minutes },
    /// Nothing counts: the day already had 8 SEUs.
    Capped,
    /// Dated before the window's first day.
    BeforeWindow,
    /// Dated after the deadline (it will count toward the renewal after).
    AfterDeadline,
    /// Used by a recorded renewal; not counted again.
    Used { renewal: RenewalId },
}

impl EntryStanding {
    /// Minutes that count toward the next renewal.
    pub fn minutes(self) -> Minutes {
        match self {
            EntryStanding::Counts { minutes } | EntryStanding::PartlyCapped { minutes } => minutes,
            _ => Minutes::ZERO,
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
    pub required_minutes: Minutes,
    /// Minutes that count, after the daily cap, within the window, not used before.
    pub earned_minutes: Minutes,
    /// How each logged entry stands, by entry id.
    pub entries: SortedMap<SeuEntryId, EntryStanding>,
}

impl RenewalProgress {
    pub fn missing_minutes(&self) -> Minutes {
        self.required_minutes.saturating_sub(self.earned_minutes)
    }
}

/// The next renewal's progress on `today` (`renewal::next_due`); `None` when nothing held is
/// renewed with SEUs.
pub fn next_renewal(journey: &Journey, today: NaiveDate) -> Option<RenewalProgress> {
    next_due(journey, today).map(|due| progress_of(journey, due, today))
}

/// How far the logged SEUs not used yet go toward a renewal that is due.
pub fn progress_of(journey: &Journey, due: DueRenewal, today: NaiveDate) -> RenewalProgress {
    let (window_start, window_end) = progress_window(due.deadline, &journey.settings, today);
    progress_toward(
        journey,
        due.requirement,
        due.deadline,
        window_start,
        window_end,
    )
}

/// The days whose SEUs count toward a renewal due on `deadline`, seen on `today`: its window
/// (`window`), and past the deadline the days since as well (SEUs earned since still count
/// toward reinstating).
pub fn progress_window(
    deadline: NaiveDate,
    settings: &Settings,
    today: NaiveDate,
) -> (NaiveDate, NaiveDate) {
    let (start, end) = window(deadline, settings);
    (start, end.max(today))
}

/// The entries no recorded renewal used, in date order, ties by id (`sorted_by_date`): sorted
/// once, so the minutes toward several windows (`earned_in`) are summed without reading the
/// whole log again for each.
pub fn open_by_date(journey: &Journey) -> Vec<&SeuEntry> {
    sorted_by_date(
        journey
            .seu_log
            .iter()
            .filter(|e| e.used_by_renewal.is_none())
            .collect(),
    )
}

/// The minutes that count, after the daily cap, of the entries in `open` (`open_by_date`) dated
/// from `start` to `end`, both included: the `earned_minutes` of `progress_of` for that window.
pub fn earned_in(open: &[&SeuEntry], start: NaiveDate, end: NaiveDate) -> Minutes {
    let from = open.partition_point(|e| e.date < start);
    let to = open.partition_point(|e| e.date <= end).max(from);
    let mut total = Minutes::ZERO;
    let mut rest = &open[from..to];
    // Each turn takes one day's entries (at least one), so this ends.
    while let Some(first) = rest.first() {
        let count = rest.partition_point(|e| e.date == first.date);
        let day: Minutes = rest[..count].iter().map(|e| e.minutes).sum();
        total = total.saturating_add(day.min(DAILY_CAP_MINUTES));
        rest = &rest[count..];
    }
    total
}

fn progress_toward(
    journey: &Journey,
    requirement: RenewalRequirement,
    deadline: NaiveDate,
    window_start: NaiveDate,
    window_end: NaiveDate,
) -> RenewalProgress {
    let mut entries = Vec::with_capacity(journey.seu_log.len());
    let open: Vec<&SeuEntry> = journey
        .seu_log
        .iter()
        .filter(|e| e.used_by_renewal.is_none())
        .collect();
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
            match capped.get(&entry.id).copied().unwrap_or_default() {
                m if m.is_zero() && !entry.minutes.is_zero() => EntryStanding::Capped,
                m if m < entry.minutes => EntryStanding::PartlyCapped { minutes: m },
                m => EntryStanding::Counts { minutes: m },
            }
        };
        entries.push((entry.id, standing));
    }
    let entries = sorted_map(entries);
    RenewalProgress {
        required_minutes: Minutes::seus(requirement.seus),
        earned_minutes: entries.values().map(|s| s.minutes()).sum(),
        requirement,
        deadline,
        window_start,
        entries,
    }
}

/// Entries in date order, ties by id (the order the daily cap takes them in).
pub fn sorted_by_date(mut entries: Vec<&SeuEntry>) -> Vec<&SeuEntry> {
    crate::basics::order::sort_by_copied_key(&mut entries, |e| (e.date, e.id));
    entries
}

/// The minutes that count, after the daily cap, of each entry the recorded renewal `renewal`
/// used (taken in date order, ties by id).
pub fn counted_for_renewal(
    journey: &Journey,
    renewal: RenewalId,
) -> SortedMap<SeuEntryId, Minutes> {
    let used = journey
        .seu_log
        .iter()
        .filter(|e| e.used_by_renewal == Some(renewal))
        .collect();
    after_daily_cap(sorted_by_date(used))
}

/// Marks the entries a renewal recorded on `date` for a renewal due on `deadline` uses as used
/// by `renewal`, in one pass over the log: every not-yet-used entry from the window's first day
/// up to the renewal date (a late renewal includes what was earned after the expiry). A surplus
/// does not carry over.
pub fn mark_used_by_renewal(
    journey: &mut Journey,
    deadline: NaiveDate,
    date: NaiveDate,
    renewal: RenewalId,
) {
    let (start, _) = window(deadline, &journey.settings);
    for entry in journey.seu_log.iter_mut().filter(|e| uses(e, start, date)) {
        entry.used_by_renewal = Some(renewal);
    }
}

/// Whether a renewal made on `date`, whose window starts on `start`, uses `entry`.
fn uses(entry: &SeuEntry, start: NaiveDate, date: NaiveDate) -> bool {
    entry.used_by_renewal.is_none() && entry.date >= start && entry.date <= date
}

// ---------------------------------------------------------------------------------------------
// The log as the user edits it: validation, intents, filter, sort, totals, what each entry shows.

/// What the SEU form submits, already parsed into domain values.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SeuDraft {
    pub date: NaiveDate,
    pub minutes: Minutes,
    pub category: SeuCategory,
    pub source: SeuSource,
    pub title: String,
    pub notes: String,
    pub evidence: String,
}

crate::form_fields! {
    /// The field of the SEU form a problem belongs to.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum EntryField {
        Date => "date",
        Duration => "duration",
        Category => "category",
        Source => "source",
        Title => "title",
        Evidence => "evidence",
    }
}

/// A problem with one field of the form.
pub type EntryError = FieldError<EntryField>;

/// Checks a draft: the date is not in the future, it lasted more than nothing and at most a
/// day, and it has a title. The evidence link is kept as typed (only shown as a link when it is
/// an http or https address).
pub fn validate_entry(draft: &SeuDraft, today: NaiveDate) -> Vec<EntryError> {
    let mut problems = Problems::new();
    problems.too_long(EntryField::Title, "title", &draft.title, MAX_NAME_CHARS);
    problems.too_long(
        EntryField::Evidence,
        "evidence link",
        &draft.evidence,
        MAX_WEB_LINK_CHARS,
    );
    if draft.date > today {
        problems.add(
            EntryField::Date,
            format!(
                "{} is in the future. Log an activity once it has happened, or plan it on the SEU plan page.",
                human(draft.date)
            ),
        );
    }
    problems.activity_minutes(
        EntryField::Duration,
        draft.minutes,
        "Enter how long it lasted: more than 0 minutes.",
        "One entry lasts at most 24 hours. Split longer activities by day.",
    );
    problems.required(
        EntryField::Title,
        &draft.title,
        "Give the activity a title, for example the book or webinar.",
    );
    problems.into_vec()
}

/// The evidence as a link target: only an http or https address is returned; anything else
/// (another scheme, plain text) is shown as text.
pub fn evidence_link(evidence: &str) -> Option<String> {
    crate::model::link::web_link(evidence)
}

impl Draft for SeuDraft {
    type Record = SeuEntry;
    type Field = EntryField;
    const GONE: (EntryField, &'static str) = (EntryField::Title, "entry");

    fn problems(&self, _: &Journey, _: Option<SeuEntryId>, today: NaiveDate) -> Vec<EntryError> {
        validate_entry(self, today)
    }

    /// The entry keeps the renewal that used it (`used_by_renewal`) on an edit.
    fn record(self, id: SeuEntryId, old: Option<&SeuEntry>) -> SeuEntry {
        SeuEntry {
            id,
            date: self.date,
            minutes: self.minutes,
            category: self.category,
            source: self.source,
            title: self.title.trim().to_owned(),
            notes: self.notes.trim().to_owned(),
            evidence: self.evidence.trim().to_owned(),
            used_by_renewal: old.and_then(|e| e.used_by_renewal),
            proofs: old.map(|e| e.proofs.clone()).unwrap_or_default(),
        }
    }
}

/// Which entries the log shows: each part that is set must match (dates inclusive).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LogFilter {
    pub category: Option<SeuCategory>,
    pub source: Option<SeuSource>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

impl LogFilter {
    pub fn matches(&self, entry: &SeuEntry) -> bool {
        self.category.is_none_or(|c| c == entry.category)
            && self.source.is_none_or(|s| s == entry.source)
            && self.from.is_none_or(|d| entry.date >= d)
            && self.to.is_none_or(|d| entry.date <= d)
    }

    pub fn is_empty(&self) -> bool {
        *self == LogFilter::default()
    }
}

crate::choices! {
    /// What the log is sorted by.
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
    pub enum LogSortKey {
        #[default]
        Date => ("Date", "Date"),
        Seus => ("SEUs", "SEUs"),
        Title => ("Title", "Title"),
    }
}

/// The entries that match `filter`, sorted by `key` in `order`; ties keep date then id order,
/// so the list never jumps between renders.
pub fn filter_and_sort<'a>(
    entries: &'a [SeuEntry],
    filter: &LogFilter,
    key: LogSortKey,
    order: SortDirection,
) -> Vec<&'a SeuEntry> {
    sorted_positions(entries, filter, key, order)
        .into_iter()
        .filter_map(|at| entries.get(at))
        .collect()
}

/// `filter_and_sort` as positions in `entries`.
pub fn sorted_positions(
    entries: &[SeuEntry],
    filter: &LogFilter,
    key: LogSortKey,
    order: SortDirection,
) -> Vec<usize> {
    let mut shown: Vec<usize> = (0..entries.len())
        .filter(|&at| filter.matches(&entries[at]))
        .collect();
    let entry = |at: &usize| &entries[*at];
    match key {
        LogSortKey::Date => crate::basics::order::sort_by_copied_key(&mut shown, |at| {
            let e = entry(at);
            (e.date, e.id)
        }),
        LogSortKey::Seus => crate::basics::order::sort_by_copied_key(&mut shown, |at| {
            let e = entry(at);
            (e.minutes, e.date, e.id)
        }),
        LogSortKey::Title => {
            crate::basics::order::sort_by_cached_key(&mut shown, |at| {
                let e = entry(at);
                (e.title.to_lowercase(), e.date, e.id)
            });
        }
    }
    if order == SortDirection::Descending {
        shown.reverse();
    }
    shown
}

/// The figures at the top of the log.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LogTotals {
    pub entries: usize,
    /// Everything logged, as entered (before the daily cap).
    pub logged_minutes: Minutes,
    /// What counts toward the next renewal (`None`: nothing held needs SEUs).
    pub counted_minutes: Option<Minutes>,
    pub required_minutes: Option<Minutes>,
    pub deadline: Option<NaiveDate>,
}

/// Totals of the whole log against the next renewal.
pub fn totals(journey: &Journey, progress: Option<&RenewalProgress>) -> LogTotals {
    LogTotals {
        entries: journey.seu_log.len(),
        logged_minutes: logged_minutes(&journey.seu_log),
        counted_minutes: progress.map(|p| p.earned_minutes),
        required_minutes: progress.map(|p| p.required_minutes),
        deadline: progress.map(|p| p.deadline),
    }
}

/// Minutes of the given entries as entered.
pub fn logged_minutes<'a>(entries: impl IntoIterator<Item = &'a SeuEntry>) -> Minutes {
    entries.into_iter().map(|e| e.minutes).sum()
}

/// What an entry shows about itself: "counts 3 SEUs", "only 2 of 3 count: 8-SEU daily cap",
/// "before the window (starts 25 May 2024)", "used by the renewal of 1 Mar 2026".
pub fn standing_text(
    entry: &SeuEntry,
    standing: Option<EntryStanding>,
    progress: Option<&RenewalProgress>,
    journey: &Journey,
) -> String {
    let Some(standing) = standing else {
        return match entry.used_by_renewal {
            Some(renewal) => used_text(journey, renewal),
            None => "nothing you hold needs SEUs now".to_owned(),
        };
    };
    let all = entry.minutes.seus_text();
    match standing {
        EntryStanding::Counts { minutes } => {
            format!("counts {} {}", minutes.seus_text(), seu_word(minutes))
        }
        EntryStanding::PartlyCapped { minutes } => format!(
            "only {} of {all} count: {DAILY_SEU_CAP}-SEU daily cap",
            minutes.seus_text()
        ),
        EntryStanding::Capped => {
            format!("does not count: the day already has {DAILY_SEU_CAP} SEUs (daily cap)")
        }
        EntryStanding::BeforeWindow => match progress {
            Some(p) => format!("before the window (starts {})", human(p.window_start)),
            None => "before the window".to_owned(),
        },
        EntryStanding::AfterDeadline => match progress {
            Some(p) => format!(
                "after the deadline of {} (counts toward the renewal after)",
                human(p.deadline)
            ),
            None => "after the deadline".to_owned(),
        },
        EntryStanding::Used { renewal } => used_text(journey, renewal),
    }
}

pub(crate) fn seu_word(minutes: Minutes) -> &'static str {
    if minutes == Minutes::seus(1) {
        "SEU"
    } else {
        "SEUs"
    }
}

fn used_text(journey: &Journey, renewal: RenewalId) -> String {
    match journey.renewals.iter().find(|r| r.id == renewal) {
        Some(r) => format!("used by the renewal of {}", human(r.date)),
        None => "used by an earlier renewal".to_owned(),
    }
}
