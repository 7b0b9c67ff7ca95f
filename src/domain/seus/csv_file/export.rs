//! The SEU log written as a CSV file: every entry in date order, with what it counts.

use crate::basics::sorted_map::{sorted_map, SortedMap};

use chrono::NaiveDate;

use crate::basics::csv_text::write_row;
use crate::domain::seus::log::{counted_for_renewal, next_renewal};
use crate::model::journey::{Journey, RecordedRenewal};
use crate::model::seu::SeuEntry;
use crate::model::Minutes;
use crate::model::{Choice, RenewalId, SeuEntryId};

use super::Column;

/// A cell as written: a leading `'` when it begins like a formula (OWASP CSV injection).
pub fn neutralise(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

/// Minutes of each entry that count: toward the renewal that used it, else toward the next
/// renewal on `today`.
fn counted_minutes(journey: &Journey, today: NaiveDate) -> SortedMap<SeuEntryId, Minutes> {
    // A recorded renewal's minutes come after the next renewal's, so they stay (`sorted_map`).
    let mut counted: Vec<(SeuEntryId, Minutes)> = next_renewal(journey, today)
        .map(|p| p.entries.iter().map(|(id, s)| (*id, s.minutes())).collect())
        .unwrap_or_default();
    for renewal in &journey.renewals {
        counted.extend(counted_for_renewal(journey, renewal.id));
    }
    sorted_map(counted)
}

fn renewal_text(renewals: &[RecordedRenewal], id: Option<RenewalId>) -> String {
    match id {
        None => String::new(),
        Some(id) => match renewals.iter().find(|r| r.id == id) {
            Some(r) => format!("renewal of {}", r.date),
            None => format!("renewal {id} (no longer recorded)"),
        },
    }
}

/// The SEU log as CSV text (see the module's notes for the columns).
pub fn export(journey: &Journey, today: NaiveDate) -> String {
    let counted = counted_minutes(journey, today);
    let mut entries: Vec<&SeuEntry> = journey.seu_log.iter().collect();
    crate::basics::order::sort_by_key(&mut entries, |e| (e.date, e.id));
    // A UTF-8 byte order mark first: without it, a common spreadsheet reads "Café" garbled.
    let mut text = String::from('\u{feff}');
    write_row(&mut text, &Column::ALL.map(Column::header));
    for entry in entries {
        let (hours, minutes) = entry.minutes.hours_and_minutes();
        let row = Column::ALL.map(|column| match column {
            Column::Date => entry.date.to_string(),
            Column::Hours => hours.to_string(),
            Column::Minutes => minutes.to_string(),
            Column::SeusCounted => counted
                .get(&entry.id)
                .copied()
                .unwrap_or_default()
                .seus_text(),
            Column::Category => entry.category.label().to_owned(),
            Column::Source => entry.source.label().to_owned(),
            Column::Title => neutralise(&entry.title),
            Column::Notes => neutralise(&entry.notes),
            Column::Evidence => neutralise(&entry.evidence),
            Column::Renewal => renewal_text(&journey.renewals, entry.used_by_renewal),
        });
        write_row(&mut text, &row);
    }
    text
}

/// The file name for the download: "seu-log-2026-11-25.csv".
pub fn filename(today: NaiveDate) -> String {
    format!("seu-log-{}.csv", today)
}
