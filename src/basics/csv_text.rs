//! CSV text (RFC 4180, as spreadsheets write it): rows read with their line numbers and where a
//! quote opened and never closed, and rows written. What it reads and writes: `docs/seu-csv.md`.

/// One row read: its cells and the line it starts on (counted from 1; CR, LF and CRLF each
/// end a line, as an editor counts them).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub line: u64,
    pub cells: Vec<String>,
    /// The line of a quote this row opened and never closed: the rest of the text then lies
    /// inside its last cell (the `csv` crate reads it so, without a word).
    pub open_quote: Option<u64>,
}

/// The rows of comma-separated `text`, first to last (the header row is the first).
pub fn rows(text: &str) -> Rows<'_> {
    rows_separated_by(text, b',')
}

/// The rows of `text` whose cells are separated by `separator` (an ASCII byte other than a
/// quote or a line end: `,`, `;` or a tab). A byte order mark at the start is not text.
pub fn rows_separated_by(text: &str, separator: u8) -> Rows<'_> {
    Rows {
        bytes: text.as_bytes(),
        at: if text.starts_with('\u{feff}') { 3 } else { 0 },
        line: 1,
        separator,
    }
}

/// The rows of a text, read one at a time (an import may stop early).
pub struct Rows<'a> {
    bytes: &'a [u8],
    at: usize,
    line: u64,
    separator: u8,
}

impl Rows<'_> {
    fn take(&mut self) -> Option<u8> {
        let byte = *self.bytes.get(self.at)?;
        self.at += 1;
        // CR, LF and CRLF each end one line (CRLF counts at its LF).
        if byte == b'\n' || (byte == b'\r' && !self.next_is(b'\n')) {
            self.line += 1;
        }
        Some(byte)
    }

    fn next_is(&self, byte: u8) -> bool {
        self.bytes.get(self.at) == Some(&byte)
    }
}

impl Iterator for Rows<'_> {
    type Item = Row;

    fn next(&mut self) -> Option<Row> {
        while self.next_is(b'\r') || self.next_is(b'\n') {
            self.take();
        }
        if self.at >= self.bytes.len() {
            return None;
        }
        let line = self.line;
        let mut cells = Vec::new();
        let mut cell = Vec::new();
        let mut at_cell_start = true;
        // The line the open quote is on, while inside quotes.
        let mut quoted: Option<u64> = None;
        while let Some(byte) = self.take() {
            if quoted.is_some() {
                match byte {
                    b'"' if self.next_is(b'"') => {
                        self.take();
                        cell.push(b'"');
                    }
                    b'"' => quoted = None,
                    _ => cell.push(byte),
                }
                continue;
            }
            match byte {
                b'"' if at_cell_start => quoted = Some(self.line),
                byte if byte == self.separator => {
                    cells.push(std::mem::take(&mut cell));
                    at_cell_start = true;
                    continue;
                }
                b'\r' => {
                    if self.next_is(b'\n') {
                        self.take();
                    }
                    break;
                }
                b'\n' => break,
                _ => cell.push(byte),
            }
            at_cell_start = false;
        }
        cells.push(cell);
        // Cells end only at ASCII bytes, so each is whole UTF-8 when the text is.
        let cells = cells
            .into_iter()
            .map(|cell| String::from_utf8(cell).unwrap_or_default())
            .collect();
        Some(Row {
            line,
            cells,
            open_quote: quoted,
        })
    }
}

/// Writes one row: cells joined by commas, ended by CRLF.
pub fn write_row<S: AsRef<str>>(out: &mut String, cells: &[S]) {
    for (index, cell) in cells.iter().enumerate() {
        if index > 0 {
            out.push(',');
        }
        let cell = cell.as_ref();
        if cell.contains([',', '"', '\r', '\n']) {
            out.push('"');
            out.push_str(&cell.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(cell);
        }
    }
    out.push_str("\r\n");
}
