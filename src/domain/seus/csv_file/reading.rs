//! Reading a CSV file's layout and cells: the separator and header line, hours and minutes as
//! typed, and the problems found, listed up to a limit.

use crate::basics::csv_text::rows_separated_by;
use crate::model::Minutes;

use super::{unguard, Column, CsvProblem, CsvRejection, MAX_LISTED_PROBLEMS};

#[derive(Default)]
pub(super) struct CsvProblems {
    pub(super) listed: Vec<CsvProblem>,
    pub(super) more: usize,
}

impl CsvProblems {
    pub(super) fn push(
        &mut self,
        line: Option<u64>,
        column: Option<&str>,
        message: impl Into<String>,
    ) {
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

    pub(super) fn into_rejection(mut self) -> CsvRejection {
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

pub(super) fn refuse(message: impl Into<String>) -> CsvRejection {
    CsvRejection {
        problems: vec![CsvProblem {
            line: None,
            column: None,
            message: message.into(),
        }],
    }
}

/// A cell as quoted in a message, cut at 40 characters.
pub(super) fn shown(cell: &str) -> String {
    if cell.chars().count() <= 40 {
        format!("\"{cell}\"")
    } else {
        format!("\"{}…\"", cell.chars().take(40).collect::<String>())
    }
}

/// Hours as typed ("2", "1.5", "1,25") into minutes; `None` if it is not such a number.
pub(super) fn parse_hours(text: &str) -> Option<Minutes> {
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

pub(super) fn parse_minutes(text: &str) -> Option<Minutes> {
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

    pub(super) fn byte(self) -> u8 {
        match self {
            Separator::Comma => b',',
            Separator::Semicolon => b';',
            Separator::Tab => b'\t',
        }
    }

    /// One of them, in words: "comma".
    pub(super) fn one(self) -> &'static str {
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
pub(super) fn layout(text: &str) -> (&str, u64, Separator) {
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
pub(super) fn found_columns(headers: &[String]) -> String {
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
pub(super) fn unclosed_quote(line: u64) -> CsvRejection {
    refuse(format!(
        "A quote opened on line {line} is never closed, so the lines after it would all be read into one cell. Close the quote (or remove it) and try again; nothing was logged."
    ))
}
