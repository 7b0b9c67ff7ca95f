#![cfg(not(target_arch = "wasm32"))]
//! CSV text (basics::csv_text) is read and written as the `csv` crate reads and writes it with
//! the settings the SEU import and export used before: a few lines in the wasm instead of the
//! crate. Each row knows the line it starts on, so an import names the line of every problem.

use cert_planner::basics::csv_text::{rows, rows_separated_by, write_row};
use proptest::prelude::*;

/// The cells of every row, as the `csv` crate reads them (the import's settings).
fn by_the_crate(text: &str) -> Vec<Vec<String>> {
    by_the_crate_separated_by(text, b',')
}

fn by_the_crate_separated_by(text: &str, separator: u8) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .delimiter(separator)
        .flexible(true)
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.expect("a record").iter().map(str::to_owned).collect())
        .collect()
}

fn cells(text: &str) -> Vec<Vec<String>> {
    rows(text).map(|row| row.cells).collect()
}

#[test]
fn rows_and_their_lines() {
    let text = "Date,Title\r\n2026-01-02,\"Book, \"\"Scrum\"\"\nnotes\"\r\n\r\n\n2026-01-03,Talk\rlast,\"open";
    let read: Vec<(u64, Vec<String>)> = rows(text).map(|row| (row.line, row.cells)).collect();
    let row = |line: u64, cells: &[&str]| (line, cells.iter().map(|c| c.to_string()).collect());
    assert_eq!(
        read,
        vec![
            row(1, &["Date", "Title"]),
            row(2, &["2026-01-02", "Book, \"Scrum\"\nnotes"]),
            row(6, &["2026-01-03", "Talk"]),
            // After a bare CR: a line of its own, as an editor shows it.
            row(7, &["last", "open"]),
        ]
    );
    assert_eq!(cells(text), by_the_crate(text));
    assert!(cells("").is_empty());
    assert!(cells("\r\n\n").is_empty());
}

#[test]
fn a_quote_left_open_is_named_with_the_line_it_opened_on() {
    // (text, the line of the open quote in the last row)
    let table: [(&str, Option<u64>); 7] = [
        ("a,b\r\nc,\"d\r\ne,f\r\n", Some(2)),
        ("a,b\rc,\"d\re,f\r", Some(2)),
        ("a,\"b\"\"\nc\"\nd,\"e", Some(3)),
        ("\"", Some(1)),
        ("a,b\"c\nd", None),
        ("a,\"b\"\"\"\n", None),
        ("a,\"b\nc\"\n", None),
    ];
    for (text, open) in table {
        let last = rows(text).last().expect("a row");
        assert_eq!(last.open_quote, open, "{text:?}");
        // Only the last row can hold one: it takes in the rest of the text.
        assert!(rows(text).filter(|row| row.open_quote.is_some()).count() <= 1);
    }
}

#[test]
fn a_cell_is_quoted_only_when_it_must_be() {
    let mut text = String::new();
    write_row(
        &mut text,
        &["plain", "a,b", "say \"hi\"", "two\nlines", "", "=1+1"],
    );
    assert_eq!(
        text,
        "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",,=1+1\r\n"
    );
}

proptest! {
    #![proptest_config(ProptestConfig {
        failure_persistence: None,
        ..ProptestConfig::with_cases(2000)
    })]

    /// Rows without quotes, one per line, whatever ends the lines: row n is on line n.
    #[test]
    fn each_row_is_on_its_line_whatever_ends_the_lines(
        lines in proptest::collection::vec(("[a-z0-9,]{1,6}", prop_oneof!["\r", "\n", "\r\n"]), 1..12)
    ) {
        let text: String = lines.iter().map(|(row, end)| format!("{row}{end}")).collect();
        let read: Vec<u64> = rows(&text).map(|row| row.line).collect();
        let expected: Vec<u64> = (1..=lines.len() as u64).collect();
        prop_assert_eq!(read, expected, "{:?}", text);
    }

    #[test]
    fn any_text_is_read_as_the_csv_crate_reads_it(text in "[a\",;\t\r\n é\u{feff}]{0,40}") {
        prop_assert_eq!(cells(&text), by_the_crate(&text), "{:?}", text);
    }

    /// Semicolons and tabs as the separator, as European spreadsheets and "Unicode text" write.
    #[test]
    fn any_text_is_read_as_the_csv_crate_reads_it_with_any_separator(
        text in "[a\",;\t\r\n é]{0,40}",
        separator in prop_oneof![Just(b','), Just(b';'), Just(b'\t')],
    ) {
        let ours: Vec<Vec<String>> = rows_separated_by(&text, separator).map(|row| row.cells).collect();
        prop_assert_eq!(ours, by_the_crate_separated_by(&text, separator), "{:?}", text);
    }

    /// Rows the writer wrote never leave a quote open; cut anywhere inside a quoted cell, the
    /// text has one open on the line the cell starts.
    #[test]
    fn a_quote_is_open_exactly_when_a_quoted_cell_is_cut(
        before in proptest::collection::vec("[a-z\n]{0,4}", 1..4),
        quoted in "[a,\r\n]{1,8}",
        cut in 0usize..10,
    ) {
        let mut text = String::new();
        for cell in &before {
            write_row(&mut text, &[cell.as_str(), "x"]);
        }
        prop_assert!(rows(&text).all(|row| row.open_quote.is_none()), "{:?}", text);
        // Every line end so far holds one LF (CRLF or LF alone).
        let line = 1 + text.matches('\n').count() as u64;
        let start = text.len();
        // A comma makes the writer quote the cell; it holds no quote of its own.
        write_row(&mut text, &[format!("{quoted},"), "y".to_owned()]);
        let closing_quote = text.len() - ",y\r\n".len() - 1;
        let cut_text = &text[..(start + 1 + cut).min(closing_quote)];
        let last = rows(cut_text).last().expect("a row");
        prop_assert_eq!(last.open_quote, Some(line), "{:?}", cut_text);
    }

    #[test]
    fn any_row_is_written_as_the_csv_crate_writes_it(
        row in proptest::collection::vec("[a\",\r\n é=]{0,6}", 2..6)
    ) {
        let mut ours = String::new();
        write_row(&mut ours, &row);
        let mut writer = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(Vec::new());
        writer.write_record(&row).expect("written");
        let theirs = String::from_utf8(writer.into_inner().expect("flushed")).expect("UTF-8");
        prop_assert_eq!(&ours, &theirs);
        // And it reads back as it was.
        prop_assert_eq!(cells(&ours), vec![row.clone()]);
    }
}
