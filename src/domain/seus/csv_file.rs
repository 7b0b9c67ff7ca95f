//! The SEU log as CSV (`csv_text`): export every entry, import entries from a file.
//!
//! **Export** (`export`): UTF-8 with a byte order mark, comma separated, CRLF line ends, a header
//! row, one row per entry in date order, with the columns of `Column::ALL`: Date (YYYY-MM-DD),
//! Hours, Minutes (the duration split into whole hours and the minutes left), SEUs counted,
//! Category, Source (their labels), Title, Notes, Evidence link, Used by renewal ("renewal of
//! 2026-03-01", empty when no renewal used it). "SEUs counted" is what the entry counts: toward the
//! renewal that used it (after the 8-SEU daily cap), else toward the next renewal on `today` (0
//! when it does not count). Cells are quoted as CSV needs (commas, quotes, line breaks). A cell
//! that begins with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'` so a
//! spreadsheet does not run it as a formula (OWASP, "CSV Injection").
//!
//! **Import** (`read_csv` checks, `import_csv` adds): text in UTF-8, UTF-16 or Windows-1252
//! (`file_text`), cells separated by commas, semicolons or tabs (`layout`), the same columns,
//! matched by header name, ignoring case, spaces and punctuation ("evidence_link" = "Evidence
//! link"). The columns needed: Date, Title, Category, and Hours or Minutes (or both: they add up;
//! Hours may have decimals, "1.5"). Source, Notes and Evidence link are optional (no source:
//! "Other"); SEUs counted and Used by renewal are read by nobody (what counts is computed; imported
//! entries are new and unused); other columns are ignored and listed. Category and source are
//! matched by their label or id, ignoring case. A leading `'` before `=`, `+`, `-`, `@`, a tab or a
//! carriage return is taken off (the export's formula guard); any other leading `'` is kept.
//!
//! Each row goes through the SEU form's checks (`seu::validate_entry`: not in the future, more
//! than nothing and at most 24 hours, a title) and the gate's limits (dates from 1900 to 2199,
//! text lengths). Nothing is added unless every row is valid; every problem names its line and
//! column ("line 4, column \"Date\": ..."). A row with the same date, title (ignoring case) and
//! duration as an entry already logged is a likely duplicate: it is skipped and reported. At most
//! `MAX_CSV_ROWS` rows and `MAX_CSV_BYTES` bytes are read.

use std::collections::BTreeMap;
use std::fmt;

use chrono::NaiveDate;

use crate::basics::csv_text::{rows_separated_by, write_row, Row};
use crate::basics::dates::{human, parse_iso};
use crate::basics::file_text::decode;
use crate::domain::rules::limits::{
    date_problem, text_problem, MAX_COUNTER, MAX_CSV_ROWS, MAX_FILE_BYTES, MAX_NAME_CHARS,
    MAX_NOTES_CHARS, MAX_WEB_LINK_CHARS,
};
use crate::domain::seus::log::{
    counted_for_renewal, next_renewal, validate_entry, EntryField, SeuDraft,
};
use crate::model::journey::{Journey, RecordedRenewal};
use crate::model::seu::{SeuCategory, SeuEntry, SeuSource};
use crate::model::Minutes;
use crate::model::{Choice, RenewalId, SeuEntryId};

/// The largest CSV file an import reads (the gate's file limit).
pub const MAX_CSV_BYTES: usize = MAX_FILE_BYTES;
/// At most this many problems are listed; the rest are counted.
pub const MAX_LISTED_PROBLEMS: usize = 50;

/// The columns of the SEU log file, in the order the export writes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Column {
    Date,
    Hours,
    Minutes,
    SeusCounted,
    Category,
    Source,
    Title,
    Notes,
    Evidence,
    Renewal,
}

impl Column {
    pub const ALL: [Column; 10] = [
        Column::Date,
        Column::Hours,
        Column::Minutes,
        Column::SeusCounted,
        Column::Category,
        Column::Source,
        Column::Title,
        Column::Notes,
        Column::Evidence,
        Column::Renewal,
    ];

    /// The header the export writes.
    pub fn header(self) -> &'static str {
        match self {
            Column::Date => "Date",
            Column::Hours => "Hours",
            Column::Minutes => "Minutes",
            Column::SeusCounted => "SEUs counted",
            Column::Category => "Category",
            Column::Source => "Source",
            Column::Title => "Title",
            Column::Notes => "Notes",
            Column::Evidence => "Evidence link",
            Column::Renewal => "Used by renewal",
        }
    }

    /// The column a header names: case, spaces and punctuation do not matter.
    pub fn from_header(header: &str) -> Option<Column> {
        let key = squash(header);
        let key = match key.as_str() {
            "evidence" => "evidencelink",
            "renewal" | "usedbyrenewal" | "renewalthatusedit" => "usedbyrenewal",
            "seus" | "seuscounted" => "seuscounted",
            other => other,
        };
        Column::ALL.into_iter().find(|c| squash(c.header()) == key)
    }
}

/// Lowercase letters and digits only: "Evidence_Link " → "evidencelink".
fn squash(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Export

/// A cell as written: a leading `'` when it begins like a formula (OWASP CSV injection).
pub fn neutralise(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

/// A cell as read: the export's formula guard taken off (only before a formula character).
fn unguard(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => cell,
    }
}

/// Minutes of each entry that count: toward the renewal that used it, else toward the next
/// renewal on `today`.
fn counted_minutes(journey: &Journey, today: NaiveDate) -> BTreeMap<SeuEntryId, Minutes> {
    let mut counted: BTreeMap<SeuEntryId, Minutes> = next_renewal(journey, today)
        .map(|p| p.entries.iter().map(|(id, s)| (*id, s.minutes())).collect())
        .unwrap_or_default();
    for renewal in &journey.renewals {
        counted.extend(counted_for_renewal(journey, renewal.id));
    }
    counted
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

// ---------------------------------------------------------------------------------------------
// Import

/// One reason an import was refused: where (line, column) and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvProblem {
    /// The line of the file the row starts on (1 is the header).
    pub line: Option<u64>,
    /// The column's header as the file spells it.
    pub column: Option<String>,
    pub message: String,
}

impl fmt::Display for CsvProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.line, &self.column) {
            (Some(line), Some(column)) => {
                write!(f, "line {line}, column \"{column}\": {}", self.message)
            }
            (Some(line), None) => write!(f, "line {line}: {}", self.message),
            (None, Some(column)) => write!(f, "column \"{column}\": {}", self.message),
            (None, None) => f.write_str(&self.message),
        }
    }
}

/// Why nothing was imported: the problems found (at most `MAX_LISTED_PROBLEMS`, then a count).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvRejection {
    pub problems: Vec<CsvProblem>,
}

impl fmt::Display for CsvRejection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Nothing was imported:")?;
        for problem in &self.problems {
            write!(f, "\n{problem}")?;
        }
        Ok(())
    }
}

impl std::error::Error for CsvRejection {}

/// A row ready to be logged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvRow {
    pub line: u64,
    pub draft: SeuDraft,
}

/// A row skipped as a likely duplicate of an entry already logged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Duplicate {
    pub line: u64,
    /// The id of the logged entry it repeats.
    pub entry: SeuEntryId,
    pub date: NaiveDate,
    pub title: String,
}

impl fmt::Display for Duplicate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "line {}: \"{}\" on {} is already in the log (same date, title and duration); skipped",
            self.line,
            self.title,
            human(self.date)
        )
    }
}

/// A checked file: the rows to add, the duplicates skipped, the columns ignored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvImport {
    pub rows: Vec<CsvRow>,
    pub duplicates: Vec<Duplicate>,
    /// Headers of columns this app does not read, as the file spells them.
    pub ignored_columns: Vec<String>,
    /// How the file was read: "Read as UTF-16 text, columns separated by semicolons."
    pub read_as: String,
}

impl CsvImport {
    /// "12 entries to add; 2 skipped as already logged."
    pub fn summary_text(&self) -> String {
        let rows = self.rows.len();
        let mut text = format!(
            "{rows} {} to add",
            if rows == 1 { "entry" } else { "entries" }
        );
        if !self.duplicates.is_empty() {
            text.push_str(&format!(
                "; {} skipped as already logged",
                self.duplicates.len()
            ));
        }
        if !self.ignored_columns.is_empty() {
            text.push_str(&format!(
                "; columns not read: {}",
                self.ignored_columns.join(", ")
            ));
        }
        text.push('.');
        text
    }
}

/// What an import added.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportReport {
    /// Ids of the entries logged, in file order.
    pub added: Vec<SeuEntryId>,
    pub duplicates: Vec<Duplicate>,
}

struct Problems {
    listed: Vec<CsvProblem>,
    more: usize,
}

impl Problems {
    fn push(&mut self, line: Option<u64>, column: Option<&str>, message: impl Into<String>) {
        if self.listed.len() < MAX_LISTED_PROBLEMS {
            self.listed.push(CsvProblem {
                line,
                column: column.map(str::to_owned),
                message: message.into(),
            });
        } else {
            self.more += 1;
        }
    }

    fn into_rejection(mut self) -> CsvRejection {
        if self.more > 0 {
            self.listed.push(CsvProblem {
                line: None,
                column: None,
                message: format!("... and {} more problems.", self.more),
            });
        }
        CsvRejection {
            problems: self.listed,
        }
    }
}

fn refuse(message: impl Into<String>) -> CsvRejection {
    CsvRejection {
        problems: vec![CsvProblem {
            line: None,
            column: None,
            message: message.into(),
        }],
    }
}

/// A cell as quoted in a message, cut at 40 characters.
fn shown(cell: &str) -> String {
    if cell.chars().count() <= 40 {
        format!("\"{cell}\"")
    } else {
        format!("\"{}…\"", cell.chars().take(40).collect::<String>())
    }
}

/// Hours as typed ("2", "1.5", "1,25") into minutes; `None` if it is not such a number.
fn parse_hours(text: &str) -> Option<Minutes> {
    let text = text.trim().replace(',', ".");
    let (whole, part) = text.split_once('.').unwrap_or((&text, ""));
    if whole.len() > 3
        || part.len() > 2
        || (whole.is_empty() && part.is_empty())
        || !whole
            .chars()
            .chain(part.chars())
            .all(|c| c.is_ascii_digit())
    {
        return None;
    }
    let whole: u32 = if whole.is_empty() {
        0
    } else {
        whole.parse().ok()?
    };
    let hundredths: u32 = match part.len() {
        0 => 0,
        1 => part.parse::<u32>().ok()? * 10,
        _ => part.parse().ok()?,
    };
    // Rounded to the nearest minute: 0.01 h = 0.6 min.
    Minutes::from_hours_and_minutes(whole, (hundredths * 60 + 50) / 100)
}

fn parse_minutes(text: &str) -> Option<Minutes> {
    let text = text.trim();
    (text.len() <= 5 && !text.is_empty() && text.chars().all(|c| c.is_ascii_digit()))
        .then(|| text.parse().ok().map(Minutes))
        .flatten()
}

/// What separates the cells of a row in a file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Separator {
    Comma,
    Semicolon,
    Tab,
}

impl Separator {
    const ALL: [Separator; 3] = [Separator::Comma, Separator::Semicolon, Separator::Tab];

    fn byte(self) -> u8 {
        match self {
            Separator::Comma => b',',
            Separator::Semicolon => b';',
            Separator::Tab => b'\t',
        }
    }

    /// One of them, in words: "comma".
    fn one(self) -> &'static str {
        match self {
            Separator::Comma => "comma",
            Separator::Semicolon => "semicolon",
            Separator::Tab => "tab",
        }
    }

    /// In words: "commas".
    pub fn name(self) -> &'static str {
        match self {
            Separator::Comma => "commas",
            Separator::Semicolon => "semicolons",
            Separator::Tab => "tabs",
        }
    }
}

/// Where the rows start and what separates their cells: the text after a leading "sep=;" line
/// (which some spreadsheets write and read) with the line the header is on, and the separator
/// the "sep=" line names, or else the one that splits the header row into the most columns this
/// app knows (commas when none does).
fn layout(text: &str) -> (&str, u64, Separator) {
    let first_line_end = text.find(['\r', '\n']).unwrap_or(text.len());
    let first_line = &text[..first_line_end];
    if let Some(named) = first_line
        .get(..4)
        .filter(|start| start.eq_ignore_ascii_case("sep="))
        .and_then(|_| {
            Separator::ALL
                .into_iter()
                .find(|s| first_line.as_bytes()[4..] == [s.byte()])
        })
    {
        let rest = &text[first_line_end..];
        let rest = rest
            .strip_prefix("\r\n")
            .or_else(|| rest.strip_prefix('\r'))
            .or_else(|| rest.strip_prefix('\n'))
            .unwrap_or(rest);
        return (rest, 2, named);
    }
    let known = |separator: Separator| {
        rows_separated_by(text, separator.byte())
            .next()
            .map_or(0, |row| {
                row.cells
                    .iter()
                    .filter(|cell| Column::from_header(unguard(cell).trim()).is_some())
                    .count()
            })
    };
    let mut best = (Separator::Comma, known(Separator::Comma));
    for separator in [Separator::Semicolon, Separator::Tab] {
        let count = known(separator);
        if count > best.1 {
            best = (separator, count);
        }
    }
    (text, 1, best.0)
}

/// The header row's cells as a list for a message: "\"Datum\", \"Titel\"" (at most 8).
fn found_columns(headers: &[String]) -> String {
    let named: Vec<String> = headers
        .iter()
        .filter(|h| !h.trim().is_empty())
        .take(8)
        .map(|h| shown(h.trim()))
        .collect();
    if named.is_empty() {
        "none".to_owned()
    } else {
        named.join(", ")
    }
}

/// A quote that opens a cell and never closes takes in every line after it: refused, never read
/// as one long cell.
fn unclosed_quote(line: u64) -> CsvRejection {
    refuse(format!(
        "A quote opened on line {line} is never closed, so the lines after it would all be read into one cell. Close the quote (or remove it) and try again; nothing was logged."
    ))
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
    let mut records = rows_separated_by(text, separator.byte());
    let header_row = records.next();
    if let Some(line) = header_row.as_ref().and_then(|row| row.open_quote) {
        return Err(unclosed_quote(first_line + line - 1));
    }
    let headers = header_row.map(|row| row.cells).unwrap_or_default();
    if headers.iter().all(|h| h.trim().is_empty()) {
        return Err(refuse(
            "The file has no header row: the first line names the columns (Date, Hours, Minutes, Category, Title, ...).",
        ));
    }
    // Lines of the file: the rows count from the header row, which may follow a "sep=" line.
    let file_line = |line: u64| line.saturating_add(first_line - 1);

    let mut problems = Problems {
        listed: Vec::new(),
        more: 0,
    };
    let mut columns: BTreeMap<Column, (usize, String)> = BTreeMap::new();
    let mut ignored_columns = Vec::new();
    for (index, header) in headers.iter().enumerate() {
        let header = unguard(header).trim();
        match Column::from_header(header) {
            Some(column) => {
                if let Some((_, first)) = columns.get(&column) {
                    problems.push(
                        Some(first_line),
                        Some(header),
                        format!("the column \"{first}\" comes twice; keep one"),
                    );
                } else {
                    columns.insert(column, (index, header.to_owned()));
                }
            }
            None if header.is_empty() => {}
            None => ignored_columns.push(header.to_owned()),
        }
    }
    let mut missing: Vec<&str> = [Column::Date, Column::Category, Column::Title]
        .into_iter()
        .filter(|c| !columns.contains_key(c))
        .map(Column::header)
        .collect();
    if !columns.contains_key(&Column::Hours) && !columns.contains_key(&Column::Minutes) {
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
                encoding.name(),
                separator.name(),
                found_columns(&headers)
            ),
        );
    }
    if !problems.listed.is_empty() {
        return Err(problems.into_rejection());
    }
    let header_of = |column: Column| columns.get(&column).map(|(_, h)| h.as_str());
    let duration_column = header_of(Column::Hours).or(header_of(Column::Minutes));

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
        if record.len() > headers.len() {
            problems.push(
                Some(line),
                None,
                format!(
                    "it has {} cells, more than the {} columns of the header row (a {} in a cell needs quotes around the cell)",
                    record.len(),
                    headers.len(),
                    separator.one()
                ),
            );
            continue;
        }
        let cell = |column: Column| -> &str {
            columns
                .get(&column)
                .and_then(|(index, _)| record.get(*index))
                .map(|cell| unguard(cell))
                .unwrap_or("")
        };
        let mut row_ok = true;
        let mut problem = |header: Option<&str>, message: String| {
            problems.push(Some(line), header, message);
        };

        let date_text = cell(Column::Date).trim();
        let date = if date_text.is_empty() {
            problem(
                header_of(Column::Date),
                "the date is missing (YYYY-MM-DD)".into(),
            );
            None
        } else {
            match parse_iso(date_text) {
                None => {
                    problem(
                        header_of(Column::Date),
                        format!("{} is not a date written as YYYY-MM-DD", shown(date_text)),
                    );
                    None
                }
                Some(date) => match date_problem("date", date) {
                    Some(text) => {
                        problem(header_of(Column::Date), text);
                        None
                    }
                    None => Some(date),
                },
            }
        };
        row_ok &= date.is_some();

        let mut minutes = Minutes::ZERO;
        for column in [Column::Hours, Column::Minutes] {
            let text = cell(column).trim();
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

        let category_text = cell(Column::Category).trim();
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
        let source_text = cell(Column::Source).trim();
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

        let title = cell(Column::Title).trim().to_owned();
        let notes = cell(Column::Notes).trim().to_owned();
        let evidence = cell(Column::Evidence).trim().to_owned();
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
            continue;
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
        if !row_ok {
            continue;
        }
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

/// Rows the journey could not keep: the file is refused like any other, with the gate's words.
impl crate::domain::records::change::IntentError for CsvRejection {
    fn unopenable(rejection: &crate::domain::edge::gate::Rejection) -> Self {
        CsvRejection {
            problems: vec![CsvProblem {
                line: None,
                column: None,
                message: crate::domain::records::change::unopenable_text(rejection),
            }],
        }
    }
}
