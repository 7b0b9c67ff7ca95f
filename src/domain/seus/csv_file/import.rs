//! Importing SEU entries from a CSV file: the header row, each row through the SEU form's checks,
//! likely duplicates skipped, and every row logged or none.

use crate::basics::sorted_map::SortedMap;

use chrono::NaiveDate;

use crate::basics::csv_text::{rows_separated_by, Row};
use crate::basics::dates::parse_iso;
use crate::basics::file_text::{decode, Encoding};
use crate::domain::rules::limits::{
    date_problem, text_problem, MAX_COUNTER, MAX_CSV_ROWS, MAX_NAME_CHARS, MAX_NOTES_CHARS,
    MAX_WEB_LINK_CHARS,
};
use crate::domain::seus::log::{validate_entry, EntryField, SeuDraft};
use crate::model::journey::Journey;
use crate::model::seu::{SeuCategory, SeuSource};
use crate::model::Choice;
use crate::model::Minutes;

use super::reading::{
    found_columns, layout, parse_hours, parse_minutes, refuse, shown, unclosed_quote, CsvProblems,
    Separator,
};
use super::{
    unguard, Column, CsvImport, CsvProblem, CsvRejection, CsvRow, Duplicate, ImportReport,
    MAX_CSV_BYTES,
};

/// The columns a header row names: where each known one is, and as it is written there.
struct Columns {
    found: SortedMap<Column, (usize, String)>,
    /// The number of cells in the header row.
    count: usize,
}

impl Columns {
    /// The column's header as the file writes it (for messages).
    fn header_of(&self, column: Column) -> Option<&str> {
        self.found.get(&column).map(|(_, h)| h.as_str())
    }

    /// The column's cell in `record`, without the export's formula guard ("" when absent).
    fn cell<'r>(&self, record: &'r [String], column: Column) -> &'r str {
        self.found
            .get(&column)
            .and_then(|(index, _)| record.get(*index))
            .map(|cell| unguard(cell))
            .unwrap_or("")
    }
}

/// How a file was read, for its messages.
struct Reading {
    encoding: Encoding,
    separator: Separator,
    /// The line of the header row (after a "sep=" line, 2).
    first_line: u64,
}

/// Reads and checks a CSV file against the journey, changing nothing. `Ok`: every row is valid
/// (the rows to add, the duplicates skipped); `Err`: the problems, each with its line and
/// column.
pub fn read_csv(
    raw: &[u8],
    journey: &Journey,
    today: NaiveDate,
) -> Result<CsvImport, CsvRejection> {
    if raw.is_empty() {
        return Err(refuse("The file is empty: there is nothing to import."));
    }
    if raw.len() > MAX_CSV_BYTES {
        return Err(refuse(format!(
            "The file is larger than {} MB, the most this app imports.",
            MAX_CSV_BYTES / (1024 * 1024)
        )));
    }
    let (text, encoding) = decode(raw).map_err(refuse)?;
    let (text, first_line, separator) = layout(&text);
    let reading = Reading {
        encoding,
        separator,
        first_line,
    };
    let mut records = rows_separated_by(text, separator.byte());
    let header_row = records.next();
    if let Some(line) = header_row.as_ref().and_then(|row| row.open_quote) {
        return Err(unclosed_quote(first_line + line - 1));
    }
    let headers = header_row.map(|row| row.cells).unwrap_or_default();
    let (columns, ignored_columns) = read_header(&headers, &reading)?;
    // Lines of the file: the rows count from the header row, which may follow a "sep=" line.
    let file_line = |line: u64| line.saturating_add(first_line - 1);

    let mut problems = CsvProblems::default();
    let mut rows: Vec<CsvRow> = Vec::new();
    let mut duplicates = Vec::new();
    let mut count = 0usize;
    for Row {
        line,
        cells: record,
        open_quote,
    } in records
    {
        if let Some(opened) = open_quote {
            return Err(unclosed_quote(file_line(opened)));
        }
        let line = file_line(line);
        count += 1;
        if count > MAX_CSV_ROWS {
            return Err(refuse(format!(
                "The file has more than {MAX_CSV_ROWS} rows, the most this app imports at once. Split it into smaller files."
            )));
        }
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        if record.len() > columns.count {
            problems.push(
                Some(line),
                None,
                format!(
                    "it has {} cells, more than the {} columns of the header row (a {} in a cell needs quotes around the cell)",
                    record.len(),
                    columns.count,
                    separator.one()
                ),
            );
            continue;
        }
        let Some(draft) = read_row(&columns, &record, today, &mut |header, message| {
            problems.push(Some(line), header, message)
        }) else {
            continue;
        };
        let same = journey.seu_log.iter().find(|e| {
            e.date == draft.date
                && e.minutes == draft.minutes
                && e.title.trim().to_lowercase() == draft.title.to_lowercase()
        });
        match same {
            Some(entry) => duplicates.push(Duplicate {
                line,
                entry: entry.id,
                date: draft.date,
                title: draft.title,
            }),
            None => rows.push(CsvRow { line, draft }),
        }
    }
    if !problems.listed.is_empty() {
        return Err(problems.into_rejection());
    }
    let needed = u64::try_from(rows.len()).unwrap_or(u64::MAX);
    if journey.next_id.saturating_add(needed) > MAX_COUNTER {
        return Err(refuse(
            "The journey has run out of ids for new entries; nothing was imported.",
        ));
    }
    Ok(CsvImport {
        rows,
        duplicates,
        ignored_columns,
        read_as: format!(
            "Read as {} text, columns separated by {}.",
            encoding.name(),
            separator.name()
        ),
    })
}

/// The header row: the known columns (each once), the others listed as ignored; refused when it
/// is blank or lacks a column the import needs.
fn read_header(
    headers: &[String],
    reading: &Reading,
) -> Result<(Columns, Vec<String>), CsvRejection> {
    if headers.iter().all(|h| h.trim().is_empty()) {
        return Err(refuse(
            "The file has no header row: the first line names the columns (Date, Hours, Minutes, Category, Title, ...).",
        ));
    }
    let first_line = reading.first_line;
    let mut problems = CsvProblems::default();
    let mut found: SortedMap<Column, (usize, String)> = SortedMap::new();
    let mut ignored_columns = Vec::new();
    for (index, header) in headers.iter().enumerate() {
        let header = unguard(header).trim();
        match Column::from_header(header) {
            Some(column) => {
                if let Some((_, first)) = found.get(&column) {
                    problems.push(
                        Some(first_line),
                        Some(header),
                        format!("the column \"{first}\" comes twice; keep one"),
                    );
                } else {
                    found.insert(column, (index, header.to_owned()));
                }
            }
            None if header.is_empty() => {}
            None => ignored_columns.push(header.to_owned()),
        }
    }
    let mut missing: Vec<&str> = [Column::Date, Column::Category, Column::Title]
        .into_iter()
        .filter(|c| !found.contains_key(c))
        .map(Column::header)
        .collect();
    if !found.contains_key(&Column::Hours) && !found.contains_key(&Column::Minutes) {
        missing.push("Hours or Minutes");
    }
    if !missing.is_empty() {
        problems.push(
            Some(first_line),
            None,
            format!(
                "the header row lacks the column{} {} (it was read as {} text with columns separated by {}; the columns found: {})",
                if missing.len() == 1 { "" } else { "s" },
                missing.join(", "),
                reading.encoding.name(),
                reading.separator.name(),
                found_columns(headers)
            ),
        );
    }
    if !problems.listed.is_empty() {
        return Err(problems.into_rejection());
    }
    let columns = Columns {
        found,
        count: headers.len(),
    };
    Ok((columns, ignored_columns))
}

/// One row as the SEU form's draft, when every cell is readable and the form's checks pass;
/// every problem goes to `problem` (the column's header as written, and the message).
fn read_row(
    columns: &Columns,
    record: &[String],
    today: NaiveDate,
    problem: &mut impl FnMut(Option<&str>, String),
) -> Option<SeuDraft> {
    let header_of = |column: Column| columns.header_of(column);
    let cell = |column: Column| columns.cell(record, column).trim();
    let date = read_date(cell(Column::Date), header_of(Column::Date), problem);
    let mut row_ok = date.is_some();

    let mut minutes = Minutes::ZERO;
    for column in [Column::Hours, Column::Minutes] {
        let text = cell(column);
        if text.is_empty() {
            continue;
        }
        let (parsed, limit) = match column {
            Column::Hours => (parse_hours(text), "a number of hours such as 1 or 1.5"),
            _ => (parse_minutes(text), "a whole number of minutes"),
        };
        match parsed {
            Some(m) => minutes = minutes.saturating_add(m),
            None => {
                problem(header_of(column), format!("{} is not {limit}", shown(text)));
                row_ok = false;
            }
        }
    }

    let category_text = cell(Column::Category);
    let category = SeuCategory::from_typed(category_text);
    if category.is_none() {
        let known: Vec<&str> = SeuCategory::ALL.iter().map(|c| c.label()).collect();
        problem(
            header_of(Column::Category),
            if category_text.is_empty() {
                format!("the category is missing (one of {})", known.join(", "))
            } else {
                format!(
                    "{} is not an SEU category this app knows (one of {})",
                    shown(category_text),
                    known.join(", ")
                )
            },
        );
        row_ok = false;
    }
    let source_text = cell(Column::Source);
    let source = if source_text.is_empty() {
        Some(SeuSource::Other)
    } else {
        SeuSource::from_typed(source_text)
    };
    if source.is_none() {
        let known: Vec<&str> = SeuSource::ALL.iter().map(|s| s.label()).collect();
        problem(
            header_of(Column::Source),
            format!(
                "{} is not an SEU source this app knows (one of {})",
                shown(source_text),
                known.join(", ")
            ),
        );
        row_ok = false;
    }

    let title = cell(Column::Title).to_owned();
    let notes = cell(Column::Notes).to_owned();
    let evidence = cell(Column::Evidence).to_owned();
    for (column, what, text, max) in [
        (Column::Title, "title", &title, MAX_NAME_CHARS),
        (Column::Notes, "notes", &notes, MAX_NOTES_CHARS),
        (
            Column::Evidence,
            "evidence link",
            &evidence,
            MAX_WEB_LINK_CHARS,
        ),
    ] {
        if let Some(text) = text_problem(what, text, max) {
            problem(header_of(column), text);
            row_ok = false;
        }
    }

    let (Some(date), Some(category), Some(source)) = (date, category, source) else {
        // The form's checks need every value; the row is already refused.
        if title.is_empty() {
            problem(
                header_of(Column::Title),
                "Give the activity a title, for example the book or webinar.".into(),
            );
        }
        return None;
    };
    let draft = SeuDraft {
        date,
        minutes,
        category,
        source,
        title,
        notes,
        evidence,
    };
    let duration_column = header_of(Column::Hours).or(header_of(Column::Minutes));
    for error in validate_entry(&draft, today) {
        let column = match error.field {
            EntryField::Date => Some(Column::Date),
            EntryField::Duration => None,
            EntryField::Category => Some(Column::Category),
            EntryField::Source => Some(Column::Source),
            EntryField::Title => Some(Column::Title),
            EntryField::Evidence => Some(Column::Evidence),
        };
        let header = column.map_or(duration_column, header_of);
        problem(header, error.message);
        row_ok = false;
    }
    row_ok.then_some(draft)
}

/// A date cell: written as YYYY-MM-DD and within the journey's dates.
fn read_date(
    text: &str,
    header: Option<&str>,
    problem: &mut impl FnMut(Option<&str>, String),
) -> Option<NaiveDate> {
    if text.is_empty() {
        problem(header, "the date is missing (YYYY-MM-DD)".into());
        return None;
    }
    let Some(date) = parse_iso(text) else {
        problem(
            header,
            format!("{} is not a date written as YYYY-MM-DD", shown(text)),
        );
        return None;
    };
    match date_problem("date", date) {
        Some(message) => {
            problem(header, message);
            None
        }
        None => Some(date),
    }
}

/// Reads a CSV file and logs every row, or nothing: on `Err` the journey is unchanged.
pub fn import_csv(
    journey: &mut Journey,
    raw: &[u8],
    today: NaiveDate,
) -> Result<ImportReport, CsvRejection> {
    let checked = read_csv(raw, journey, today)?;
    add_rows(journey, checked, today)
}

/// Logs the rows of a checked import, all or nothing (each row is checked again as the form
/// checks it; on `Err` the journey is unchanged).
pub fn add_rows(
    journey: &mut Journey,
    checked: CsvImport,
    today: NaiveDate,
) -> Result<ImportReport, CsvRejection> {
    let mut next = journey.clone();
    let mut added = Vec::with_capacity(checked.rows.len());
    for row in checked.rows {
        match crate::domain::records::drafts::add(&mut next, row.draft, today) {
            Ok(id) => added.push(id),
            Err(errors) => {
                return Err(CsvRejection {
                    problems: errors
                        .into_iter()
                        .map(|e| CsvProblem {
                            line: Some(row.line),
                            column: None,
                            message: e.message,
                        })
                        .collect(),
                })
            }
        }
    }
    *journey = next;
    Ok(ImportReport {
        added,
        duplicates: checked.duplicates,
    })
}
