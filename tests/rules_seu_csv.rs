#![cfg(not(target_arch = "wasm32"))]
//! The SEU log as CSV (domain::seus::csv_file): every entry exported so that spreadsheets and the `csv`
//! crate read it back exactly, formulas neutralised; an import adds every row or nothing, names
//! the line and column of each problem, and skips likely duplicates, saying so.

mod common;

use cert_planner::domain::rules::limits::MAX_CSV_ROWS;
use cert_planner::domain::seus::csv_file::{export, import_csv, neutralise, read_csv, Column};
use cert_planner::model::journey::Journey;
use cert_planner::model::seu::{SeuCategory, SeuSource};
use cert_planner::model::{RenewalId, SeuEntryId};
use common::{d, journey_with_entries, renewal, today};

/// Titles that test the quoting and the formula guard.
const TRICKY: [&str; 10] = [
    "Scrum, Kanban and XP",
    "The \"Product Owner\" role",
    "Line one\nline two\r\nline three",
    "Müller’s Ünïcödé — 日本語 🚀",
    "=HYPERLINK(\"http://evil\",\"click\")",
    "+1 talk",
    "-2 tips",
    "@SUM(A1)",
    "\tTabbed",
    "\rReturned",
];

fn tricky_journey() -> Journey {
    let mut journey = journey_with_entries(TRICKY.len());
    for (entry, title) in journey.seu_log.iter_mut().zip(TRICKY) {
        entry.title = title.to_owned();
        entry.notes = format!("notes for {title}");
        entry.evidence = "https://example.org/a?b=1,2".to_owned();
    }
    journey.seu_log[1].category = SeuCategory::Volunteering;
    journey.seu_log[1].source = SeuSource::UserGroup;
    journey
}

fn read_back(text: &str) -> Vec<Vec<String>> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes());
    reader
        .records()
        .map(|r| r.expect("valid CSV").iter().map(str::to_owned).collect())
        .collect()
}

#[test]
fn the_export_reads_back_cell_for_cell_with_the_csv_crate() {
    let journey = tricky_journey();
    let text = export(&journey, today());
    let rows = read_back(&text);
    let headers: Vec<String> = Column::ALL.iter().map(|c| c.header().to_owned()).collect();
    assert_eq!(rows[0], headers, "a header row");
    assert_eq!(rows.len(), TRICKY.len() + 1, "one row per entry");
    for (row, (entry, title)) in rows[1..].iter().zip(journey.seu_log.iter().zip(TRICKY)) {
        assert_eq!(
            row[0],
            entry.date.format("%Y-%m-%d").to_string(),
            "{title:?}: date"
        );
        assert_eq!(
            (row[1].as_str(), row[2].as_str()),
            ("1", "30"),
            "{title:?}: 90 minutes"
        );
        assert_eq!(row[6], neutralise(title), "{title:?}: title");
        assert_eq!(row[7], format!("notes for {title}"), "{title:?}: notes");
        assert_eq!(row[8], "https://example.org/a?b=1,2", "{title:?}: link");
        assert_eq!(row[9], "", "{title:?}: no renewal used it");
    }
    assert_eq!(rows[2][4], "Volunteering");
    assert_eq!(rows[2][5], "Local user group");
}

#[test]
fn no_exported_cell_begins_like_a_formula() {
    let text = export(&tricky_journey(), today());
    for row in read_back(&text) {
        for cell in row {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "cell {cell:?} would run as a formula"
            );
        }
    }
    // (cell, as written)
    let rows = [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@x", "'@x"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("plain", "plain"),
        ("'quoted", "'quoted"),
        ("a=b", "a=b"),
    ];
    for (cell, written) in rows {
        assert_eq!(neutralise(cell), written, "{cell:?}");
    }
}

#[test]
fn the_renewal_that_used_an_entry_is_named_by_its_date() {
    let mut journey = journey_with_entries(2);
    journey.renewals.push(renewal(4, d(2026, 3, 1), &[1]));
    journey.seu_log[0].used_by_renewal = Some(RenewalId(4));
    let rows = read_back(&export(&journey, today()));
    assert_eq!(rows[1][9], "renewal of 2026-03-01");
    assert_eq!(
        rows[1][3], "1.5",
        "it counted its 1.5 SEUs toward that renewal"
    );
    assert_eq!(rows[2][9], "");
}

#[test]
fn an_exported_log_imports_back_into_an_empty_log_exactly() {
    let journey = tricky_journey();
    let text = export(&journey, today());
    let mut empty = journey_with_entries(0);
    let report = import_csv(&mut empty, text.as_bytes(), today()).expect("imported");
    assert_eq!(report.added.len(), TRICKY.len());
    assert!(report.duplicates.is_empty());
    for (imported, original) in empty.seu_log.iter().zip(&journey.seu_log) {
        let title = original.title.trim();
        assert_eq!(imported.title, title, "title");
        assert_eq!(
            (
                imported.date,
                imported.minutes,
                imported.category,
                imported.source
            ),
            (
                original.date,
                original.minutes,
                original.category,
                original.source
            ),
            "{title:?}"
        );
        assert_eq!(imported.notes, original.notes, "{title:?}: notes");
        assert_eq!(imported.evidence, original.evidence, "{title:?}: evidence");
        assert_eq!(
            imported.used_by_renewal, None,
            "{title:?}: new entries are unused"
        );
    }
}

const HEADER: &str = "Date,Hours,Minutes,Category,Source,Title,Notes\n";
/// Line 2 is a good row whose notes run over two lines (2 and 3); the row under test is line 4.
const GOOD_FIRST: &str = "2025-03-01,1,0,Learning,Reading,Good book,\"two\nlines\"\n";

#[test]
fn one_bad_row_adds_nothing_and_names_its_line_and_column() {
    let long_title = "x".repeat(201);
    // (rule, the row on line 4, the words of the problem)
    let rows: Vec<(&str, String, &str)> = vec![
        (
            "a date that does not exist",
            "2025-02-30,1,0,Learning,Reading,Book,".into(),
            "line 4, column \"Date\": \"2025-02-30\" is not a date written as YYYY-MM-DD",
        ),
        (
            "a date in another format",
            "01/03/2025,1,0,Learning,Reading,Book,".into(),
            "line 4, column \"Date\": \"01/03/2025\" is not a date",
        ),
        (
            "a date before 1900",
            "1800-01-01,1,0,Learning,Reading,Book,".into(),
            "line 4, column \"Date\": the date 1 Jan 1800 is outside 1 Jan 1900 to 31 Dec 2199",
        ),
        (
            "a date in the future",
            "2026-12-24,1,0,Learning,Reading,Book,".into(),
            "line 4, column \"Date\": 24 Dec 2026 is in the future",
        ),
        (
            "hours that are not a number",
            "2025-03-02,two,0,Learning,Reading,Book,".into(),
            "line 4, column \"Hours\": \"two\" is not a number of hours",
        ),
        (
            "negative minutes",
            "2025-03-02,0,-30,Learning,Reading,Book,".into(),
            "line 4, column \"Minutes\": \"-30\" is not a whole number of minutes",
        ),
        (
            "no duration",
            "2025-03-02,0,0,Learning,Reading,Book,".into(),
            "line 4, column \"Hours\": Enter how long it lasted",
        ),
        (
            "more than a day",
            "2025-03-02,25,0,Learning,Reading,Book,".into(),
            "line 4, column \"Hours\": One entry lasts at most 24 hours",
        ),
        (
            "an unknown category",
            "2025-03-02,1,0,Partying,Reading,Book,".into(),
            "line 4, column \"Category\": \"Partying\" is not an SEU category this app knows",
        ),
        (
            "an unknown source",
            "2025-03-02,1,0,Learning,Dreams,Book,".into(),
            "line 4, column \"Source\": \"Dreams\" is not an SEU source this app knows",
        ),
        (
            "no title",
            "2025-03-02,1,0,Learning,Reading,  ,".into(),
            "line 4, column \"Title\": Give the activity a title",
        ),
        (
            "a title over 200 characters",
            format!("2025-03-02,1,0,Learning,Reading,{long_title},"),
            "line 4, column \"Title\": the title is 201 characters long; the most allowed is 200",
        ),
        (
            "more cells than columns",
            "2025-03-02,1,0,Learning,Reading,Book,notes,extra".into(),
            "line 4: it has 8 cells, more than the 7 columns",
        ),
    ];
    for (rule, row, words) in rows {
        let file = format!("{HEADER}{GOOD_FIRST}{row}\n2025-03-03,2,0,Events,Conference,Talk,\n");
        let mut journey = journey_with_entries(2);
        let before = journey.clone();
        let rejection = import_csv(&mut journey, file.as_bytes(), today()).expect_err(rule);
        assert_eq!(journey, before, "{rule}: nothing was added");
        let text = rejection.to_string();
        assert!(
            text.contains(words),
            "{rule}: expected {words:?} in {text:?}"
        );
        assert!(text.starts_with("Nothing was imported"), "{rule}: {text}");
        assert!(
            read_csv(file.as_bytes(), &before, today()).is_err(),
            "{rule}: the check alone refuses it too"
        );
    }
}

#[test]
fn a_good_file_adds_every_row() {
    let file = format!(
        "{HEADER}{GOOD_FIRST}2025-03-02,1.5,0,volunteering,UserGroup,Meetup,\n2025-03-03,0,45,Events,Local user group,Talk,\n"
    );
    let mut journey = journey_with_entries(2);
    let report = import_csv(&mut journey, file.as_bytes(), today()).expect("imported");
    assert_eq!(
        report.added,
        vec![SeuEntryId(4), SeuEntryId(5), SeuEntryId(6)]
    );
    assert_eq!(journey.next_id, 7);
    let added: Vec<(&str, u32, SeuCategory, SeuSource)> = journey.seu_log[2..]
        .iter()
        .map(|e| (e.title.as_str(), e.minutes.get(), e.category, e.source))
        .collect();
    assert_eq!(
        added,
        vec![
            ("Good book", 60, SeuCategory::Learning, SeuSource::Reading),
            (
                "Meetup",
                90,
                SeuCategory::Volunteering,
                SeuSource::UserGroup
            ),
            ("Talk", 45, SeuCategory::Events, SeuSource::UserGroup),
        ]
    );
    assert_eq!(journey.seu_log[2].notes, "two\nlines");
}

#[test]
fn likely_duplicates_of_logged_entries_are_skipped_and_reported() {
    // journey_with_entries(2): "Entry 1" on 2025-01-01 and "Entry 2" on 2025-01-02, 90 minutes.
    let file = format!(
        "{HEADER}2025-01-01,1,30,Learning,Reading,entry 1,\n2025-01-02,1,0,Learning,Reading,Entry 2,\n2025-01-05,1,30,Learning,Reading,Entry 1,\n"
    );
    let mut journey = journey_with_entries(2);
    let report = import_csv(&mut journey, file.as_bytes(), today()).expect("imported");
    assert_eq!(
        report.duplicates.len(),
        1,
        "same date, title (any case) and duration"
    );
    assert_eq!(
        (report.duplicates[0].line, report.duplicates[0].entry),
        (2, SeuEntryId(2))
    );
    assert!(report.duplicates[0].to_string().contains("line 2"));
    assert!(report.duplicates[0].to_string().contains("skipped"));
    assert_eq!(
        report.added.len(),
        2,
        "another duration or another date is not a duplicate"
    );
    assert_eq!(journey.seu_log.len(), 4);
    let checked = read_csv(file.as_bytes(), &journey_with_entries(2), today()).expect("ok");
    assert_eq!(
        checked.summary_text(),
        "2 entries to add; 1 skipped as already logged."
    );
}

#[test]
fn headers_are_matched_by_name_whatever_their_case_order_or_spelling() {
    // (label, file, minutes of the entry added)
    let rows = [
        (
            "the minimum: date, minutes, category, title",
            "date,minutes,category,title\n2025-03-02,45,Learning,Book\n",
            45,
        ),
        (
            "other order, other case, underscores, unknown columns",
            "TITLE,Evidence_Link,hours,Mood,CATEGORY,DATE\nBook,https://x.org,2,happy,events,2025-03-02\n",
            120,
        ),
        (
            "a byte order mark and CRLF line ends",
            "\u{feff}Date,Hours,Category,Title\r\n2025-03-02,1,Other,Book\r\n",
            60,
        ),
        (
            "a guarded header and a guarded cell",
            "Date,Hours,Category,Title\n2025-03-02,1,Other,'=1+1\n",
            60,
        ),
    ];
    for (label, file, minutes) in rows {
        let mut journey = journey_with_entries(0);
        let report = import_csv(&mut journey, file.as_bytes(), today()).expect(label);
        assert_eq!(report.added.len(), 1, "{label}");
        assert_eq!(journey.seu_log[0].minutes, minutes, "{label}");
    }
    let checked = read_csv(
        "TITLE,hours,Mood,CATEGORY,DATE\nBook,2,happy,events,2025-03-02\n".as_bytes(),
        &journey_with_entries(0),
        today(),
    )
    .expect("read");
    assert_eq!(checked.ignored_columns, vec!["Mood".to_owned()]);
    assert_eq!(
        checked.rows[0].draft.source,
        SeuSource::Other,
        "no source: Other"
    );
}

#[test]
fn the_formula_guard_is_taken_off_only_before_a_formula_character() {
    let file = "Date,Hours,Category,Title\n2025-03-02,1,Other,'=SUM(A1)\n2025-03-03,1,Other,'Tis the season\n";
    let mut journey = journey_with_entries(0);
    import_csv(&mut journey, file.as_bytes(), today()).expect("imported");
    assert_eq!(journey.seu_log[0].title, "=SUM(A1)");
    assert_eq!(journey.seu_log[1].title, "'Tis the season");
}

#[test]
fn files_that_cannot_be_imported_are_refused_with_a_reason() {
    let too_many = {
        let mut text = String::from("Date,Hours,Category,Title\n");
        for n in 0..=MAX_CSV_ROWS {
            text.push_str(&format!("2025-03-02,0.1,Other,Row {n}\n"));
        }
        text
    };
    // (rule, file, words of the reason)
    let rows: Vec<(&str, Vec<u8>, &str)> = vec![
        ("an empty file", Vec::new(), "The file is empty"),
        (
            "a UTF-16 mark and half a character",
            vec![0xff, 0xfe, b'a'],
            "says it is UTF-16 text but is not",
        ),
        (
            "a UTF-8 mark and bytes that are not UTF-8",
            vec![0xef, 0xbb, 0xbf, b'D', 0xff],
            "says it is UTF-8 text but is not",
        ),
        (
            "zero bytes (a spreadsheet's own format)",
            b"PK\x03\x04\x00\x00Date".to_vec(),
            "The file is not text",
        ),
        (
            "columns separated by something else",
            b"Date|Hours|Category|Title\n2025-03-02|1|Other|Book\n".to_vec(),
            "lacks the columns Date, Category, Title, Hours or Minutes (it was read as UTF-8 text with columns separated by commas; the columns found: \"Date|Hours|Category|Title\")",
        ),
        (
            "a missing required column",
            b"Date,Hours,Title\n2025-03-02,1,Book\n".to_vec(),
            "line 1: the header row lacks the column Category",
        ),
        (
            "no duration column",
            b"Date,Category,Title\n2025-03-02,Other,Book\n".to_vec(),
            "lacks the column Hours or Minutes",
        ),
        (
            "a column twice",
            b"Date,Hours,Category,Title,title\n2025-03-02,1,Other,Book,Book\n".to_vec(),
            "line 1, column \"title\": the column \"Title\" comes twice",
        ),
        (
            "more rows than the limit",
            too_many.into_bytes(),
            "more than 20000 rows",
        ),
    ];
    for (rule, file, words) in rows {
        let mut journey = journey_with_entries(1);
        let before = journey.clone();
        let text = import_csv(&mut journey, &file, today())
            .expect_err(rule)
            .to_string();
        assert!(
            text.contains(words),
            "{rule}: expected {words:?} in {text:?}"
        );
        assert_eq!(journey, before, "{rule}: unchanged");
    }
}

#[test]
fn a_file_of_many_bad_rows_lists_the_first_fifty_problems_and_counts_the_rest() {
    let mut file = String::from("Date,Hours,Category,Title\n");
    for _ in 0..80 {
        file.push_str("not a date,1,Other,Book\n");
    }
    let rejection = read_csv(file.as_bytes(), &Journey::default(), today()).expect_err("bad");
    assert_eq!(rejection.problems.len(), 51);
    assert!(rejection.problems[50]
        .to_string()
        .contains("30 more problems"));
}

#[test]
fn line_numbers_are_the_same_with_crlf_line_ends_as_spreadsheets_write_them() {
    for ending in ["\n", "\r\n"] {
        let file = [
            "Date,Hours,Minutes,Category,Source,Title,Notes",
            "2025-03-01,1,0,Learning,Reading,Good book,\"two\nlines\"",
            "2025-02-30,1,0,Learning,Reading,Bad date,",
            "2025-03-03,2,0,Events,Conference,Talk,",
        ]
        .join(ending);
        let journey = journey_with_entries(0);
        let rejection = read_csv(file.as_bytes(), &journey, today()).expect_err(ending);
        let text = rejection.to_string();
        assert!(
            text.contains("line 4, column \"Date\""),
            "{ending:?}: {text}"
        );
    }
}

/// The titles and minutes of the entries a file would add, or the reason it is refused.
fn titles_and_minutes(file: &[u8]) -> Result<(Vec<(String, u32)>, String), String> {
    read_csv(file, &Journey::default(), today())
        .map(|import| {
            (
                import
                    .rows
                    .iter()
                    .map(|row| (row.draft.title.clone(), row.draft.minutes.get()))
                    .collect(),
                import.read_as,
            )
        })
        .map_err(|rejection| rejection.to_string())
}

/// A file as UTF-16 with its byte order mark.
fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    let mut bytes = if big_endian {
        vec![0xfe, 0xff]
    } else {
        vec![0xff, 0xfe]
    };
    for unit in text.encode_utf16() {
        bytes.extend(if big_endian {
            unit.to_be_bytes()
        } else {
            unit.to_le_bytes()
        });
    }
    bytes
}

#[test]
fn files_as_spreadsheets_save_them_are_read_as_meant() {
    let cafe = |title: &str, minutes: u32| vec![(title.to_owned(), minutes)];
    // (rule, file, entries, how it was read)
    type Case<'a> = (&'a str, Vec<u8>, Vec<(String, u32)>, &'a str);
    let rows: Vec<Case> = vec![
        (
            "a European spreadsheet: semicolons and a decimal comma",
            "Date;Hours;Category;Title\r\n2025-03-02;1,5;Learning;Café talk\r\n".into(),
            cafe("Café talk", 90),
            "Read as UTF-8 text, columns separated by semicolons.",
        ),
        (
            "tabs between the columns",
            "Date\tHours\tCategory\tTitle\n2025-03-02\t1.5\tLearning\tA, B and C\n".into(),
            cafe("A, B and C", 90),
            "Read as UTF-8 text, columns separated by tabs.",
        ),
        (
            "a sep= line names the separator (and the header moves to line 2)",
            "sep=;\nDate;Hours;Category;Title\n2025-03-02;2;Learning;Book\n".into(),
            cafe("Book", 120),
            "Read as UTF-8 text, columns separated by semicolons.",
        ),
        (
            "UTF-16, little-endian, with its mark (\"Unicode text\")",
            utf16(
                "Date\tHours\tCategory\tTitle\r\n2025-03-02\t1\tLearning\t東京 Café\r\n",
                false,
            ),
            cafe("東京 Café", 60),
            "Read as UTF-16 text, columns separated by tabs.",
        ),
        (
            "UTF-16, big-endian, with its mark",
            utf16(
                "Date,Hours,Category,Title\n2025-03-02,1,Learning,Zoë\n",
                true,
            ),
            cafe("Zoë", 60),
            "Read as UTF-16 text, columns separated by commas.",
        ),
        (
            "Windows-1252, as a spreadsheet on Windows saves plain CSV",
            b"Date;Hours;Category;Title\r\n2025-03-02;0,5;Learning;Caf\xe9 \x93quoted\x94 \x80\r\n"
                .to_vec(),
            cafe("Café \u{201c}quoted\u{201d} €", 30),
            "Read as Windows-1252 text, columns separated by semicolons.",
        ),
        (
            "UTF-8 with its mark",
            "\u{feff}Date,Hours,Category,Title\n2025-03-02,1,Learning,Über\n".into(),
            cafe("Über", 60),
            "Read as UTF-8 text, columns separated by commas.",
        ),
        (
            "bare CR line ends (an old Mac spreadsheet)",
            "Date,Hours,Category,Title\r2025-03-02,1,Learning,One\r2025-03-03,1,Learning,Two\r"
                .into(),
            vec![("One".to_owned(), 60), ("Two".to_owned(), 60)],
            "Read as UTF-8 text, columns separated by commas.",
        ),
    ];
    for (rule, file, entries, read_as) in rows {
        assert_eq!(
            titles_and_minutes(&file),
            Ok((entries, read_as.to_owned())),
            "{rule}"
        );
    }
}

#[test]
fn a_quote_that_never_closes_refuses_the_file_and_names_its_line() {
    // Four rows; the third opens a quote in its title and never closes it. Read as the csv crate
    // reads it, the rest of the file would be one long title.
    let file = "Date,Hours,Category,Title\r\n2025-03-02,1,Learning,One\r\n2025-03-03,1,Learning,\"Two\r\n2025-03-04,1,Learning,Three\r\n2025-03-05,1,Learning,Four\r\n";
    for (rule, file) in [
        ("CRLF", file.to_owned()),
        ("bare CR", file.replace("\r\n", "\r")),
        ("LF", file.replace("\r\n", "\n")),
        ("semicolons", file.replace(',', ";")),
    ] {
        let mut journey = journey_with_entries(1);
        let before = journey.clone();
        let text = import_csv(&mut journey, file.as_bytes(), today())
            .expect_err(rule)
            .to_string();
        assert!(
            text.contains("A quote opened on line 3 is never closed"),
            "{rule}: {text}"
        );
        assert_eq!(journey, before, "{rule}: nothing logged");
    }
    // In the header row too, and after a sep= line the lines still count from the file's first.
    let text = read_csv(
        b"sep=,\nDate,\"Hours,Category,Title\n",
        &Journey::default(),
        today(),
    )
    .expect_err("refused")
    .to_string();
    assert!(text.contains("opened on line 2"), "{text}");
}

#[test]
fn the_export_starts_with_a_byte_order_mark_and_reads_back_through_the_import() {
    let journey = tricky_journey();
    let text = export(&journey, today());
    assert!(text.starts_with("\u{feff}Date,"), "{:?}", &text[..10]);
    let imported = read_csv(text.as_bytes(), &Journey::default(), today()).expect("read back");
    assert_eq!(imported.rows.len(), TRICKY.len());
}
