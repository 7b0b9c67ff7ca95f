//! The evidence report for a renewal: what an audit can ask for (`docs/rules.md`, "Renewal"):
//! the certifications renewed and their dates, the requirement, every SEU entry counted (date,
//! duration, category, source, title, evidence), the totals by category and the day the report
//! was made. For the next renewal the entries are those that count toward it today; for a
//! recorded renewal, those it used. Every figure comes from `seu` and `renewal`.

use chrono::NaiveDate;

use crate::domain::rules::renewal::{
    combined_requirement, renewed_with_lower_levels, terms, TermCause,
};
use crate::domain::seus::log::{counted_for_renewal, next_renewal, sorted_by_date, window};
use crate::model::journey::Journey;
use crate::model::seu::{SeuCategory, SeuEntry, SeuSource};
use crate::model::{Choice, Minutes, Money, RenewalId, SeuEntryId};

/// Which renewal a report is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReportFor {
    /// The next renewal, as it stands on the day the report is made.
    Next,
    /// A renewal the user recorded.
    Recorded(RenewalId),
}

/// One certification the renewal renews.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RenewedCertification {
    pub title: String,
    pub earned: NaiveDate,
    /// The expiry the renewal is for (`None`: not known).
    pub due: Option<NaiveDate>,
    /// The expiry after the renewal (for the next renewal: once it is renewed).
    pub renewed_to: Option<NaiveDate>,
}

/// One SEU entry the renewal counts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CountedEntry {
    pub id: SeuEntryId,
    pub date: NaiveDate,
    /// The duration as logged.
    pub minutes: Minutes,
    /// What counts after the daily cap.
    pub counted_minutes: Minutes,
    pub category: SeuCategory,
    pub source: SeuSource,
    pub title: String,
    /// The evidence as typed (a link or a note), printed as text.
    pub evidence: String,
    /// The names of the files kept as its proof.
    pub proofs: Vec<String>,
}

/// The column headings of the counted entries, as the report shows them.
pub const ENTRY_HEADS: [&str; 7] = [
    "Date",
    "Duration",
    "SEUs counted",
    "Category",
    "Source",
    "Title",
    "Evidence",
];

impl CountedEntry {
    /// The entry's cells under `ENTRY_HEADS`.
    pub fn cells(&self) -> [String; 7] {
        [
            crate::basics::dates::human(self.date),
            self.minutes.hours_text(),
            self.counted_minutes.seus_text(),
            self.category.label().to_owned(),
            self.source.label().to_owned(),
            self.title.clone(),
            self.evidence_text(),
        ]
    }

    /// The evidence in words: the link or note, then the files kept ("Files: certificate.pdf,
    /// screenshot.png"), or "none given".
    pub fn evidence_text(&self) -> String {
        let files = (!self.proofs.is_empty()).then(|| format!("Files: {}", self.proofs.join(", ")));
        match (self.evidence.trim(), files) {
            ("", None) => "none given".to_owned(),
            ("", Some(files)) => files,
            (evidence, None) => evidence.to_owned(),
            (evidence, Some(files)) => format!("{evidence}. {files}"),
        }
    }
}

/// The counted minutes and entries of one category.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CategoryTotal {
    pub category: SeuCategory,
    pub entries: usize,
    pub counted_minutes: Minutes,
}

/// Everything the printed report shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EvidenceReport {
    pub made_on: NaiveDate,
    pub which: ReportFor,
    /// The next renewal's deadline, or the date a recorded renewal was made.
    pub date: NaiveDate,
    pub certifications: Vec<RenewedCertification>,
    pub required_minutes: Minutes,
    pub fee: Money,
    /// The days SEUs count from and to, both included.
    pub window: (NaiveDate, NaiveDate),
    /// In date order (ties by id: the order the daily cap takes them in).
    pub entries: Vec<CountedEntry>,
    /// Every category, in the catalogue's order, also those with nothing counted.
    pub totals: Vec<CategoryTotal>,
    pub counted_minutes: Minutes,
}

impl EvidenceReport {
    pub fn missing_minutes(&self) -> Minutes {
        self.required_minutes.saturating_sub(self.counted_minutes)
    }
}

/// The reports there are: the next renewal (when something held is renewed with SEUs) and each
/// recorded renewal, latest first, with the date each is known by.
pub fn report_choices(journey: &Journey, today: NaiveDate) -> Vec<(ReportFor, NaiveDate)> {
    let next = next_renewal(journey, today).map(|p| (ReportFor::Next, p.deadline));
    let mut recorded: Vec<(ReportFor, NaiveDate)> = journey
        .renewals
        .iter()
        .map(|r| (ReportFor::Recorded(r.id), r.date))
        .collect();
    crate::basics::order::sort_by_key(&mut recorded, |r| std::cmp::Reverse(r.1));
    next.into_iter().chain(recorded).collect()
}

/// The report for `which`, made on `today`; `None` when there is no such renewal.
pub fn evidence_report(
    journey: &Journey,
    which: ReportFor,
    today: NaiveDate,
) -> Option<EvidenceReport> {
    match which {
        ReportFor::Next => next_report(journey, today),
        ReportFor::Recorded(id) => recorded_report(journey, id, today),
    }
}

fn next_report(journey: &Journey, today: NaiveDate) -> Option<EvidenceReport> {
    let progress = next_renewal(journey, today)?;
    let expiries = terms(journey);
    let certifications = progress
        .requirement
        .renews
        .iter()
        .filter_map(|id| {
            let held = journey.certification(*id)?;
            let due = expiries.get(id).and_then(|t| t.last()).map(|t| t.end);
            Some(RenewedCertification {
                title: held.title(),
                earned: held.earned,
                due,
                renewed_to: due.map(crate::domain::rules::renewal::term_end),
            })
        })
        .collect();
    let counted = |e: &SeuEntry| {
        progress
            .entries
            .get(&e.id)
            .map_or(Minutes::ZERO, |s| s.minutes())
    };
    let entries = counted_entries(
        journey.seu_log.iter().filter(|e| !counted(e).is_zero()),
        counted,
    );
    Some(EvidenceReport {
        made_on: today,
        which: ReportFor::Next,
        date: progress.deadline,
        certifications,
        required_minutes: progress.required_minutes,
        fee: progress.requirement.fee,
        // Past the deadline, SEUs earned since still count (see `seu::next_renewal`).
        window: (progress.window_start, progress.deadline.max(today)),
        totals: category_totals(&entries),
        counted_minutes: sum_counted(&entries),
        entries,
    })
}

fn recorded_report(journey: &Journey, id: RenewalId, today: NaiveDate) -> Option<EvidenceReport> {
    let renewal = journey.renewals.iter().find(|r| r.id == id)?;
    let renewed = renewed_with_lower_levels(journey, &renewal.renewed);
    let all_terms = terms(journey);
    let certifications: Vec<RenewedCertification> = renewed
        .iter()
        .filter_map(|cid| {
            let held = journey.certification(*cid)?;
            let term = all_terms.get(cid).and_then(|list| {
                list.iter()
                    .find(|t| t.cause == TermCause::Renewed { renewal: id })
            });
            Some(RenewedCertification {
                title: held.title(),
                earned: held.earned,
                due: term.map(|t| t.start),
                renewed_to: term.map(|t| t.end),
            })
        })
        .collect();
    // The requirement for what this renewal renewed (not for everything held today).
    let mut renewed_only = journey.clone();
    renewed_only
        .certifications
        .retain(|c| renewed.contains(&c.id));
    let requirement = combined_requirement(&renewed_only);
    let deadline = certifications
        .iter()
        .filter_map(|c| c.due)
        .min()
        .unwrap_or(renewal.date);
    let used: Vec<&SeuEntry> = journey
        .seu_log
        .iter()
        .filter(|e| e.used_by_renewal == Some(id))
        .collect();
    let capped = counted_for_renewal(journey, id);
    let entries = counted_entries(used.into_iter(), |e| {
        capped.get(&e.id).copied().unwrap_or_default()
    });
    Some(EvidenceReport {
        made_on: today,
        which: ReportFor::Recorded(id),
        date: renewal.date,
        certifications,
        required_minutes: requirement
            .as_ref()
            .map_or(Minutes::ZERO, |r| Minutes::seus(r.seus)),
        fee: renewal.fee_paid,
        window: (window(deadline, &journey.settings).0, renewal.date),
        totals: category_totals(&entries),
        counted_minutes: sum_counted(&entries),
        entries,
    })
}

fn counted_entries<'a>(
    entries: impl Iterator<Item = &'a SeuEntry>,
    counted: impl Fn(&SeuEntry) -> Minutes,
) -> Vec<CountedEntry> {
    sorted_by_date(entries.collect())
        .into_iter()
        .map(|e| CountedEntry {
            id: e.id,
            date: e.date,
            minutes: e.minutes,
            counted_minutes: counted(e),
            category: e.category,
            source: e.source,
            title: e.title.clone(),
            evidence: e.evidence.clone(),
            proofs: e.proofs.iter().map(|p| p.name.clone()).collect(),
        })
        .collect()
}

/// Every category, in the catalogue's order, with the entries and minutes counted in it.
fn category_totals(entries: &[CountedEntry]) -> Vec<CategoryTotal> {
    SeuCategory::ALL
        .iter()
        .map(|&category| {
            let mine: Vec<&CountedEntry> =
                entries.iter().filter(|e| e.category == category).collect();
            CategoryTotal {
                category,
                entries: mine.len(),
                counted_minutes: sum_counted(mine),
            }
        })
        .collect()
}

fn sum_counted<'a>(entries: impl IntoIterator<Item = &'a CountedEntry>) -> Minutes {
    entries.into_iter().map(|e| e.counted_minutes).sum()
}
