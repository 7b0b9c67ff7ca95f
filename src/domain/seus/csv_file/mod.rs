//! The SEU log as a CSV file: `export` writes every entry, `import` reads a file's rows through
//! the SEU form's checks and logs them all or none (`reading`: its separator, encoding and cells).
//! What a file may hold and how each column is read: `docs/seu-csv.md`.

mod export;
mod import;
mod reading;

pub use export::{export, filename, neutralise};
pub use import::{add_rows, import_csv, read_csv};
pub use reading::Separator;

use std::fmt;

use chrono::NaiveDate;

use crate::basics::dates::human;
use crate::domain::rules::limits::MAX_FILE_BYTES;
use crate::domain::seus::log::SeuDraft;
use crate::model::SeuEntryId;

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
// What an import answers.

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

/// A cell as read: the export's formula guard taken off (only before a formula character).
fn unguard(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => cell,
    }
}
