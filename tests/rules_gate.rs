#![cfg(not(target_arch = "wasm32"))]
//! The gate (domain::edge::gate): one check for everything that enters — stored data, a restored
//! file — refusing what is not a journey of this app and naming every problem with where it is,
//! repairing only what can be repaired without changing a record.

mod common;

use cert_planner::domain::edge::gate::{
    check_file, check_text, parse_journey, summary, ProblemKind,
};
use cert_planner::domain::rules::limits::{FIRST_DATE, LAST_DATE, MAX_COUNTER, MAX_FILE_BYTES};
use cert_planner::domain::seus::log::evidence_link;
use cert_planner::model::journey::{Journey, SCHEMA_VERSION};
use cert_planner::store::schema::write_document;
use common::{d, journey_with_entries, renewal};
use serde_json::{json, Value};

/// The base document: a CSPO (id 1) and three SEU entries (ids 2, 3, 4), next id 5.
fn base() -> Value {
    serde_json::from_str(&write_document(&journey_with_entries(3))).expect("JSON")
}

/// A proof file's description as stored: `name`, a PDF of `bytes` bytes.
fn proof(name: &str, bytes: u64) -> Value {
    json!(format!(
        "{} {bytes} application/pdf {name}",
        "0f".repeat(32)
    ))
}

fn with(change: impl FnOnce(&mut Value)) -> Vec<u8> {
    let mut value = base();
    change(&mut value);
    value.to_string().into_bytes()
}

#[test]
fn the_base_document_is_admitted_as_it_is() {
    let admitted = check_file(&with(|_| {})).expect("admitted");
    assert_eq!(admitted.journey, journey_with_entries(3));
    assert_eq!(admitted.migrated_from, None);
    assert!(admitted.repairs.is_empty());
}

#[test]
fn a_repeated_id_names_the_first_record_of_its_own_list_and_an_id_may_repeat_across_lists() {
    // The CSPO has id 1; SEU entries 2 and 3 take id 1 as well, and entry 1 keeps id 2.
    let problems = check_file(&with(|v| {
        v["seu_log"][1]["id"] = json!(1);
        v["seu_log"][2]["id"] = json!(1);
    }))
    .expect_err("refused")
    .problems;
    let texts: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        texts,
        vec![
            "SEU entry 3 (id 1, \"Entry 3\"): it has the same id as SEU entry 2 (id 1, \"Entry 2\"); each SEU entry needs an id of its own (nothing was renumbered or removed)"
        ]
    );
}

#[test]
fn a_record_s_problems_come_dates_first_then_texts_then_numbers() {
    let problems = check_file(&with(|v| {
        v["seu_log"][0]["evidence"] = json!(format!("https://example.com/{}", "e".repeat(2_000)));
        v["seu_log"][0]["minutes"] = json!(100_000);
    }))
    .expect_err("refused")
    .problems;
    let texts: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(texts.len(), 2, "{texts:?}");
    assert!(texts[0].contains("the evidence link is"), "{texts:?}");
    assert!(
        texts[1].contains("the duration in minutes 100000"),
        "{texts:?}"
    );
}

#[test]
fn an_entry_keeps_the_proof_files_it_lists() {
    let admitted = check_file(&with(|v| {
        v["seu_log"][1]["proofs"] = json!([proof("certificate.pdf", 52_000)]);
    }))
    .expect("admitted");
    let proofs = &admitted.journey.seu_log[1].proofs;
    assert_eq!(proofs.len(), 1);
    assert_eq!(proofs[0].name, "certificate.pdf");
    assert_eq!(proofs[0].bytes, 52_000);
    // An entry without proof files is written without the key, as version 4 wrote it.
    let written = write_document(&admitted.journey);
    assert_eq!(written.matches("\"proofs\"").count(), 1, "{written}");
}

#[test]
fn thousands_of_records_with_one_id_are_each_named_once() {
    let mut value = base();
    let entry = value["seu_log"][0].clone();
    value["seu_log"] = Value::Array(vec![entry; 20_000]);
    let problems = check_file(value.to_string().as_bytes())
        .expect_err("refused")
        .problems;
    assert_eq!(problems.len(), 19_999);
    assert!(problems[19_998].to_string().starts_with(
        "SEU entry 20000 (id 2, \"Entry 1\"): it has the same id as SEU entry 1 (id 2"
    ));
}

#[test]
fn each_refusal_names_the_problem_and_where_it_is() {
    let title_201: String = "t".repeat(201);
    let notes_10001: String = "n".repeat(10_001);
    // (rule, input, kind of the first problem, words the first problem contains)
    let rows: Vec<(&str, Vec<u8>, ProblemKind, &str)> = vec![
        ("an empty file", Vec::new(), ProblemKind::Empty, "The file is empty"),
        (
            "blank space only",
            b"  \n\t ".to_vec(),
            ProblemKind::Empty,
            "only blank space",
        ),
        (
            "bytes that are not UTF-8 text",
            vec![0x89, b'P', b'N', b'G', 0xff, 0xfe, 0x00],
            ProblemKind::NotText,
            "not text at all",
        ),
        (
            "text that is not JSON",
            b"Date,Title\n2024-01-01,Book".to_vec(),
            ProblemKind::NotJson,
            "not JSON (it breaks off at line 1, column 1)",
        ),
        (
            "JSON cut short",
            br#"{"version": 3, "seu_log": ["#.to_vec(),
            ProblemKind::NotJson,
            "it stops too early",
        ),
        (
            "JSON of another shape (a list)",
            b"[1, 2, 3]".to_vec(),
            ProblemKind::NotAJourney,
            "not an object",
        ),
        (
            "an object without a data version",
            br#"{"certifications": []}"#.to_vec(),
            ProblemKind::NotAJourney,
            "no data version",
        ),
        (
            "a newer data version",
            with(|v| v["version"] = json!(SCHEMA_VERSION + 4)),
            ProblemKind::NewerVersion,
            "newer version of this app (data version 9; this one reads up to 5)",
        ),
        (
            "over the size limit",
            vec![b' '; MAX_FILE_BYTES + 1],
            ProblemKind::TooLarge,
            "the most this app reads is 5 MB",
        ),
        (
            "a migration that fails",
            br#"{"version": 1, "settings": {"seu_window_years": "lots"}}"#.to_vec(),
            ProblemKind::MigrationFailed,
            "data version 1",
        ),
        (
            "two SEU entries with one id",
            with(|v| v["seu_log"][1]["id"] = json!(2)),
            ProblemKind::DuplicateId,
            "SEU entry 2 (id 2, \"Entry 2\"): it has the same id as SEU entry 1 (id 2, \"Entry 1\")",
        ),
        (
            "an id of 0",
            with(|v| v["certifications"][0]["id"] = json!(0)),
            ProblemKind::NumberOutOfBounds,
            "certification 1 (id 0, CSPO): its id is 0",
        ),
        (
            "an SEU entry used by a renewal that is not there",
            with(|v| v["seu_log"][0]["used_by_renewal"] = json!(99)),
            ProblemKind::DanglingReference,
            "SEU entry 1 (id 2, \"Entry 1\"): it was used by the renewal with id 99, which is not there",
        ),
        (
            "a renewal naming an SEU entry as a certification",
            with(|v| {
                v["renewals"] = json!([{"id": 5, "date": "2026-03-01", "renewed": [3]}]);
                v["next_id"] = json!(6);
            }),
            ProblemKind::DanglingReference,
            "renewal 1 (id 5, 1 Mar 2026): it names id 3 as a certification renewed, but id 3 is an SEU entry",
        ),
        (
            "a renewal naming an id never handed out",
            with(|v| {
                v["renewals"] = json!([{"id": 5, "date": "2026-03-01", "renewed": [77]}]);
                v["next_id"] = json!(6);
            }),
            ProblemKind::DanglingReference,
            "no certification ever had that id",
        ),
        (
            "a chosen course that is not among the offers",
            with(|v| v["training"]["chosen"] = json!(42)),
            ProblemKind::DanglingReference,
            "training: the chosen course is the offer with id 42, which is not there",
        ),
        (
            "a date before 1900",
            with(|v| v["seu_log"][2]["date"] = json!("0001-01-01")),
            ProblemKind::DateOutOfRange,
            "SEU entry 3 (id 4, \"Entry 3\"): the date 1 Jan 0001 is outside 1 Jan 1900 to 31 Dec 2199",
        ),
        (
            "a date after 2199",
            with(|v| v["certifications"][0]["earned"] = json!("2200-01-01")),
            ProblemKind::DateOutOfRange,
            "certification 1 (id 1, CSPO): the earned date 1 Jan 2200 is outside",
        ),
        (
            "a date that does not exist",
            with(|v| v["seu_log"][0]["date"] = json!("2023-02-29")),
            ProblemKind::Format,
            "SEU entry 1 (id 2): the date \"2023-02-29\" is not a date written as YYYY-MM-DD",
        ),
        (
            "minutes over a day",
            with(|v| v["seu_log"][0]["minutes"] = json!(100_000)),
            ProblemKind::NumberOutOfBounds,
            "SEU entry 1 (id 2, \"Entry 1\"): the duration in minutes 100000 is more than the most allowed, 1440",
        ),
        (
            "negative minutes",
            with(|v| v["seu_log"][0]["minutes"] = json!(-5)),
            ProblemKind::Format,
            "SEU entry 1 (id 2): the minutes -5 should be a whole number",
        ),
        (
            "a fee over $1,000,000",
            with(|v| {
                v["renewals"] = json!([{"id": 5, "date": "2026-03-01", "renewed": [1],
                                        "fee_paid_cents": 100_000_001u64}]);
                v["next_id"] = json!(6);
            }),
            ProblemKind::NumberOutOfBounds,
            "renewal 1 (id 5, 1 Mar 2026): the fee paid (in cents) 100000001 is more than the most allowed, 100000000",
        ),
        (
            "a grace period over a year",
            with(|v| v["settings"]["grace_period_days"] = json!(1000)),
            ProblemKind::NumberOutOfBounds,
            "settings: the grace period in days 1000 is more than the most allowed, 365",
        ),
        (
            "a revision beyond 2^53",
            with(|v| v["revision"] = json!(MAX_COUNTER + 1)),
            ProblemKind::NumberOutOfBounds,
            "the journey: the revision 9007199254740993 is more than the most allowed",
        ),
        (
            "a next id beyond 2^53",
            with(|v| v["next_id"] = json!(u64::MAX)),
            ProblemKind::NumberOutOfBounds,
            "the journey: the next free id 18446744073709551615 is more than the most allowed",
        ),
        (
            "a title over 200 characters",
            with(|v| v["seu_log"][1]["title"] = json!(title_201)),
            ProblemKind::TextTooLong,
            "the title is 201 characters long; the most allowed is 200",
        ),
        (
            "notes over 10,000 characters",
            with(|v| v["certifications"][0]["notes"] = json!(notes_10001)),
            ProblemKind::TextTooLong,
            "certification 1 (id 1, CSPO): the notes is 10001 characters long",
        ),
        (
            "an unknown certification kind",
            with(|v| v["certifications"][0]["kind"] = json!("XYZ")),
            ProblemKind::UnknownValue,
            "certification 1 (id 1): the kind \"XYZ\" is not one this app knows",
        ),
        (
            "an unknown SEU category",
            with(|v| v["seu_log"][0]["category"] = json!("Partying")),
            ProblemKind::UnknownValue,
            "SEU entry 1 (id 2): the SEU category \"Partying\" is not one this app knows (it knows Events, Learning, Volunteering, Other)",
        ),
        (
            "a record without a field it needs",
            with(|v| {
                v["seu_log"][0].as_object_mut().expect("object").remove("title");
            }),
            ProblemKind::Format,
            "SEU entry 1 (id 2): the title is missing",
        ),
        (
            "a setting of the wrong type",
            with(|v| v["settings"]["grace_period_days"] = json!("ninety")),
            ProblemKind::Format,
            "settings: the grace period days \"ninety\" should be a whole number",
        ),
        (
            "a revision that is not a number",
            with(|v| v["revision"] = json!("x")),
            ProblemKind::Format,
            "the journey: the revision \"x\" should be a whole number",
        ),
        (
            "an unknown schedule kind",
            with(|v| {
                v["planned_activities"] = json!([{"id": 5, "title": "Webinar", "source": "Webinar",
                    "category": "Learning", "minutes_each": 60,
                    "schedule": {"kind": "yearly", "date": "2026-01-01"}}]);
                v["next_id"] = json!(6);
            }),
            ProblemKind::UnknownValue,
            "planned activity 1 (id 5): the schedule kind \"yearly\" is not one this app knows (it knows once, monthly, weekly)",
        ),
        (
            "a proof file without a name",
            with(|v| v["seu_log"][0]["proofs"] = json!([proof("  ", 10)])),
            ProblemKind::Format,
            "has no name",
        ),
        (
            "an empty proof file",
            with(|v| v["seu_log"][0]["proofs"] = json!([proof("a.pdf", 0)])),
            ProblemKind::NumberOutOfBounds,
            "SEU entry 1 (id 2, \"Entry 1\"): the size of the proof file 0 is outside 1 to 20000000 bytes (\"a.pdf\")",
        ),
        (
            "a proof file over the size limit",
            with(|v| v["seu_log"][0]["proofs"] = json!([proof("a.pdf", 20_000_001)])),
            ProblemKind::NumberOutOfBounds,
            "the size of the proof file 20000001 is outside 1 to 20000000",
        ),
        (
            "a proof file whose fingerprint is not a SHA-256",
            with(|v| v["seu_log"][0]["proofs"] = json!(["ABC 10 application/pdf a.pdf"])),
            ProblemKind::Format,
            "has no SHA-256 (64 hexadecimal digits) first",
        ),
        (
            "a proof file whose fingerprint is too short for a SHA-256",
            with(|v| v["seu_log"][0]["proofs"] = json!(["0f0f 10 application/pdf a.pdf"])),
            ProblemKind::Format,
            "has no SHA-256 (64 hexadecimal digits) first",
        ),
        (
            "more proof files than an entry keeps",
            with(|v| v["seu_log"][0]["proofs"] = json!(vec![proof("a.pdf", 10); 11])),
            ProblemKind::NumberOutOfBounds,
            "the number of proof files 11 is more than the most allowed, 10",
        ),
        (
            "a proof of another kind of file",
            with(|v| {
                v["seu_log"][0]["proofs"] =
                    json!([format!("{} 10 application/x-msdownload a.exe", "0f".repeat(32))]);
            }),
            ProblemKind::Format,
            "has no kind this app keeps (a PDF, PNG, JPEG or WebP file)",
        ),
        (
            "proof files over the total size",
            with(|v| {
                for e in 0..3 {
                    v["seu_log"][e]["proofs"] =
                        json!(vec![proof("a.pdf", 19_000_000); 4]);
                }
            }),
            ProblemKind::NumberOutOfBounds,
            "SEU log: the size of all proof files in bytes 228000000 is more than the most allowed, 200000000",
        ),
        (
            "a list that is not a list",
            with(|v| v["seu_log"] = json!("elsewhere")),
            ProblemKind::Format,
            "the SEU log: it should be a list",
        ),
    ];
    for (rule, input, kind, words) in rows {
        let before = input.clone();
        let rejection = check_file(&input).expect_err(rule);
        assert_eq!(input, before, "{rule}: the input is untouched");
        let first = &rejection.problems[0];
        assert_eq!(first.kind, kind, "{rule}: {rejection}");
        assert!(
            first.to_string().contains(words),
            "{rule}: expected {words:?} in {:?}",
            first.to_string()
        );
        assert!(
            rejection.to_string().contains(words),
            "{rule}: the rejection shows it"
        );
    }
}

#[test]
fn every_problem_is_reported_at_once() {
    let input = with(|v| {
        v["seu_log"][0]["date"] = json!("1800-01-01");
        v["seu_log"][1]["minutes"] = json!(5000);
        v["seu_log"][2]["id"] = json!(3);
    });
    let rejection = check_file(&input).expect_err("refused");
    let kinds: Vec<ProblemKind> = rejection.problems.iter().map(|p| p.kind).collect();
    assert!(kinds.contains(&ProblemKind::DateOutOfRange), "{rejection}");
    assert!(
        kinds.contains(&ProblemKind::NumberOutOfBounds),
        "{rejection}"
    );
    assert!(kinds.contains(&ProblemKind::DuplicateId), "{rejection}");
}

#[test]
fn every_unreadable_record_is_named_not_only_the_first() {
    let input = with(|v| {
        v["certifications"][0]["kind"] = json!("PSPO");
        v["seu_log"][2]["source"] = json!("Dream");
    });
    let text = check_file(&input).expect_err("refused").to_string();
    assert!(
        text.contains("certification 1 (id 1): the kind \"PSPO\""),
        "{text}"
    );
    assert!(
        text.contains("SEU entry 3 (id 4): the SEU source \"Dream\""),
        "{text}"
    );
}

#[test]
fn a_next_id_at_or_below_an_id_in_use_is_raised_and_reported_as_a_repair() {
    // (label, next_id stored, next_id after)
    let rows = [
        ("below", 1, 5),
        ("equal to the highest id", 4, 5),
        ("zero", 0, 5),
    ];
    for (label, stored, after) in rows {
        let admitted = check_file(&with(|v| v["next_id"] = json!(stored))).expect(label);
        assert_eq!(admitted.journey.next_id, after, "{label}");
        assert_eq!(admitted.repairs.len(), 1, "{label}");
        assert!(
            admitted.repairs[0].contains(&format!("it is now {after}")),
            "{label}: {:?}",
            admitted.repairs
        );
        let mut expected = journey_with_entries(3);
        expected.next_id = after;
        assert_eq!(admitted.journey, expected, "{label}: no record changed");
    }
}

#[test]
fn a_renewal_may_name_a_certification_removed_since() {
    // The app keeps renewals of a removed certification as history (records::remove of a certification).
    let input = with(|v| {
        v["renewals"] =
            json!([{"id": 6, "date": "2026-03-01", "renewed": [1, 5], "fee_paid_cents": 10_000}]);
        v["next_id"] = json!(7);
    });
    let admitted = check_file(&input).expect("admitted");
    assert_eq!(
        admitted.journey.renewals,
        vec![renewal(6, d(2026, 3, 1), &[1, 5])]
    );
}

#[test]
fn hostile_text_is_kept_as_inert_text_and_a_script_link_never_becomes_a_link() {
    let rows = [
        ("a script tag", "<script>alert(1)</script>"),
        ("an image with onerror", "<img src=x onerror=alert(1)>"),
        ("a javascript: link", "javascript:alert(document.cookie)"),
        ("a data: link", "data:text/html,<script>alert(1)</script>"),
    ];
    for (label, text) in rows {
        let admitted = check_file(&with(|v| {
            v["seu_log"][0]["title"] = json!(text);
            v["seu_log"][0]["notes"] = json!(text);
            v["seu_log"][0]["evidence"] = json!(text);
        }))
        .expect(label);
        let entry = &admitted.journey.seu_log[0];
        assert_eq!(entry.title, text, "{label}: title kept");
        assert_eq!(entry.notes, text, "{label}: notes kept");
        assert_eq!(entry.evidence, text, "{label}: evidence kept");
        assert_eq!(evidence_link(&entry.evidence), None, "{label}: not a link");
    }
}

#[test]
fn stored_text_goes_through_the_same_gate() {
    let text = String::from_utf8(with(|_| {})).expect("text");
    assert_eq!(check_text(&text), check_file(text.as_bytes()));
    let refused = check_text("").expect_err("empty");
    assert!(
        refused.to_string().contains("The saved data is empty"),
        "{refused}"
    );
    let bad = String::from_utf8(with(|v| v["seu_log"][0]["category"] = json!("X"))).unwrap();
    assert_eq!(
        check_text(&bad).expect_err("refused").problems,
        check_file(bad.as_bytes()).expect_err("refused").problems
    );
}

#[test]
fn an_older_document_is_migrated_and_says_from_which_version() {
    let admitted =
        check_file(br#"{"version": 1, "settings": {"seu_window_years": 2}}"#).expect("admitted");
    assert_eq!(admitted.migrated_from, Some(1));
    assert_eq!(admitted.journey.version, SCHEMA_VERSION);
    assert_eq!(admitted.journey.settings.seu_window_months, 24);
}

#[test]
fn a_byte_order_mark_before_the_json_is_allowed() {
    let mut input = "\u{feff}".as_bytes().to_vec();
    input.extend(with(|_| {}));
    assert!(check_file(&input).is_ok());
}

#[test]
fn the_summary_counts_the_records_and_spans_the_dates() {
    let mut journey = journey_with_entries(3);
    journey.renewals.push(renewal(5, d(2026, 3, 1), &[1]));
    journey.next_id = 6;
    let s = summary(&journey);
    assert_eq!(
        (s.version, s.certifications, s.seu_entries, s.renewals),
        (SCHEMA_VERSION, 1, 3, 1)
    );
    assert_eq!((s.planned_activities, s.offers, s.roles), (0, 0, 0));
    assert_eq!(s.earliest, Some(d(2024, 3, 1)));
    assert_eq!(s.latest, Some(d(2026, 3, 1)));
    let empty = summary(&Journey::default());
    assert_eq!((empty.earliest, empty.latest), (None, None));
}

#[test]
fn the_date_limits_are_1900_to_2199() {
    assert_eq!(FIRST_DATE, d(1900, 1, 1));
    assert_eq!(LAST_DATE, d(2199, 12, 31));
    for (date, admitted) in [
        ("1900-01-01", true),
        ("2199-12-31", true),
        ("1899-12-31", false),
        ("2200-01-01", false),
    ] {
        let result = check_file(&with(|v| v["seu_log"][0]["date"] = json!(date)));
        assert_eq!(result.is_ok(), admitted, "{date}");
    }
}

#[test]
fn the_example_journey_passes_the_gate_unchanged() {
    use cert_planner::domain::edge::example::example_journey;
    let journey = example_journey(d(2026, 6, 1));
    let admitted = check_text(&write_document(&journey)).expect("admitted");
    assert_eq!(admitted.journey, journey);
    assert!(admitted.repairs.is_empty());
}

#[test]
fn sizes_read_as_people_say_them() {
    use cert_planner::domain::edge::gate::size_text;
    // (bytes, text)
    let rows: [(u64, &str); 6] = [
        (17, "17 bytes"),
        (812 * 1024 + 500, "812 KB"),
        (5 * 1024 * 1024, "5 MB"),
        (6_500_000, "6.2 MB"),
        (10 * 1024 * 1024 * 1024, "10 GB"),
        (20_000_000_000, "18.6 GB"),
    ];
    for (bytes, text) in rows {
        assert_eq!(size_text(bytes), text, "{bytes} bytes");
    }
}

/// The gate reads a journey's lists record by record and the rest on its own: what it reads must
/// be what `Journey` itself reads, defaults included, and nothing may be dropped.
#[test]
fn the_rest_of_a_journey_is_read_as_journey_reads_it() {
    let mut full = base();
    full["revision"] = json!(7);
    full["settings"]["seu_window_months"] = json!(30);
    full["training"] = json!({
        "offers": [],
        "weights": {"covers_all_objectives": 1, "hands_on_practice": 2, "interactive_activities": 3, "practice_tests": 4},
        "chosen": 3
    });
    full["path"] = json!({"roles": [], "objectives": {"po-1": {"done": true, "note": "read it"}}});
    let documents = [
        json!({"version": SCHEMA_VERSION}),
        json!({"version": SCHEMA_VERSION, "training": {}, "path": {}}),
        json!({"version": SCHEMA_VERSION, "training": {"chosen": 9}, "settings": {}}),
        full,
    ];
    for document in documents {
        let text = document.to_string();
        let by_journey: Journey = serde_json::from_str(&text).expect("a journey");
        let Value::Object(map) = document else {
            panic!("an object")
        };
        let by_gate = parse_journey(map);
        assert_eq!(by_gate, Ok(by_journey), "{text}");
    }
}

/// Documents the short way (`read_current`, straight into the journey) and the long way (a
/// JSON value, `upgrade`, then record by record) must answer alike: good ones, older ones, ones
/// the gate refuses after reading them, ones only the long way reads, and unreadable ones.
fn both_ways_inputs() -> Vec<(&'static str, String)> {
    use cert_planner::domain::edge::example::example_journey;
    let text = |change: fn(&mut Value)| String::from_utf8(with(change)).expect("text");
    let mut rows = vec![
        ("the base document", text(|_| {})),
        (
            "the example journey",
            write_document(&example_journey(d(2026, 6, 1))),
        ),
        (
            "version 1, migrated",
            r#"{"version": 1, "settings": {"seu_window_years": 2}}"#.to_owned(),
        ),
        (
            "a newer version",
            text(|v| v["version"] = json!(SCHEMA_VERSION + 1)),
        ),
        ("version 0", text(|v| v["version"] = json!(0))),
        (
            "no version",
            text(|v| {
                v.as_object_mut().expect("object").remove("version");
            }),
        ),
        (
            "two SEU entries with one id",
            text(|v| v["seu_log"][1]["id"] = json!(2)),
        ),
        (
            "a date out of range",
            text(|v| v["seu_log"][0]["date"] = json!("1800-01-01")),
        ),
        (
            "a title too long",
            text(|v| v["seu_log"][0]["title"] = json!("t".repeat(201))),
        ),
        ("a next id to repair", text(|v| v["next_id"] = json!(2))),
        (
            "a dangling renewal",
            text(|v| v["seu_log"][0]["used_by_renewal"] = json!(99)),
        ),
        ("a list that is null", text(|v| v["seu_log"] = Value::Null)),
        (
            "the training without offers",
            text(|v| v["training"] = json!({"chosen": null})),
        ),
        (
            "an unknown field",
            text(|v| v["seu_log"][0]["mood"] = json!("happy")),
        ),
        (
            "an unknown SEU category",
            text(|v| v["seu_log"][2]["category"] = json!("Dream")),
        ),
        (
            "a date that is not one",
            text(|v| v["seu_log"][1]["date"] = json!("31/12/2025")),
        ),
        (
            "minutes as text",
            text(|v| v["seu_log"][0]["minutes"] = json!("90")),
        ),
        (
            "a fractional number",
            text(|v| v["seu_log"][0]["minutes"] = json!(1.5)),
        ),
        ("a revision as text", text(|v| v["revision"] = json!("x"))),
        (
            "settings that are not an object",
            text(|v| v["settings"] = json!(3)),
        ),
        (
            "a list that is not a list",
            text(|v| v["seu_log"] = json!("elsewhere")),
        ),
        ("not JSON", "Date,Title\n2024-01-01,Book".to_owned()),
        (
            "JSON cut short",
            r#"{"version": 4, "seu_log": ["#.to_owned(),
        ),
        ("a list", "[1, 2, 3]".to_owned()),
        ("blank", "   ".to_owned()),
    ];
    let base = text(|_| {});
    rows.push(("text after the document", format!("{base} and more")));
    rows.push(("a byte order mark first", format!("\u{feff}{base}")));
    rows.push((
        "a field twice",
        base.replacen("\"revision\":", "\"revision\":3,\"revision\":", 1),
    ));
    rows
}

#[test]
fn the_short_way_and_the_long_way_admit_and_refuse_alike() {
    use cert_planner::domain::edge::gate::{check_text_the_long_way, read_current};
    let mut short = 0;
    for (rule, input) in both_ways_inputs() {
        short += usize::from(read_current(&input).is_some());
        assert_eq!(
            check_text(&input),
            check_text_the_long_way(&input),
            "{rule}"
        );
    }
    // The short way is taken, and not only for documents without a problem.
    assert!(short >= 8, "{short}");
}

#[test]
fn stored_data_reads_alike_the_short_way_and_the_long_way() {
    use cert_planner::store::schema::{read_document, read_document_the_long_way};
    for (rule, input) in both_ways_inputs() {
        assert_eq!(
            read_document(&input),
            read_document_the_long_way(&input),
            "{rule}"
        );
    }
}

/// Any JSON value: the kinds a record's fields may hold, strings with quotes, backslashes,
/// braces and letters beyond ASCII, nested a few levels.
fn any_value() -> impl proptest::strategy::Strategy<Value = Value> {
    use proptest::prelude::*;
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        "[a-z\"\\\\{}\\[\\],:é€ 0-9-]{0,12}".prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            proptest::collection::btree_map(
                "(date|title|minutes|kind|sch\"ed|a\\\\b|é)",
                inner,
                0..4
            )
            .prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]

    /// Where a record goes wrong is found by walking its text to the reader's column; any
    /// record, of any shape, in any field, is refused or admitted without a panic.
    #[test]
    fn a_record_of_any_shape_in_any_field_never_makes_the_reader_panic(
        field in "(date|title|minutes|category|source|evidence|used_by_renewal|id)",
        value in any_value(),
        whole in any_value(),
    ) {
        let _ = check_file(&with(|doc| doc["seu_log"][0][field.as_str()] = value));
        let _ = check_file(&with(|doc| doc["planned_activities"] = json!([whole.clone()])));
        let _ = check_file(&with(|doc| doc["seu_log"][1] = whole));
    }
}

#[test]
fn a_proof_text_that_cannot_be_read_is_named_with_its_entry() {
    let rejection = check_file(&with(|v| {
        v["seu_log"][0]["proofs"] = json!(["ABC 10 application/pdf a.pdf"]);
    }))
    .expect_err("refused");
    assert_eq!(
        rejection.problems[0].to_string(),
        "SEU entry 1 (id 2): the proof files [\"ABC 10 application/pdf a.pdf\"] cannot be read (the proof file \"ABC 10 application/pdf a.pdf\" has no SHA-256 (64 hexadecimal digits) first)"
    );
}

#[test]
fn learning_progress_is_written_as_an_object_even_when_empty() {
    let written: Value = serde_json::from_str(&write_document(&Journey::default())).expect("JSON");
    assert_eq!(written["path"]["objectives"], json!({}));
    let mut journey = Journey::default();
    journey
        .path
        .objectives
        .insert("po-1".to_owned(), Default::default());
    let written: Value = serde_json::from_str(&write_document(&journey)).expect("JSON");
    assert_eq!(
        written["path"]["objectives"],
        json!({"po-1": {"done": false, "note": ""}})
    );
}

#[test]
fn learning_progress_saved_as_an_empty_list_by_the_previous_release_is_read_both_ways() {
    use cert_planner::domain::edge::gate::read_current;
    // The release before this one wrote no progress as `[]`: it must still open.
    let input = String::from_utf8(with(|v| v["path"] = json!({"roles": [], "objectives": []})))
        .expect("text");
    assert_eq!(
        read_current(&input).map(|j| j.path.objectives.len()),
        Some(0)
    );
    assert_eq!(
        check_text(&input)
            .expect("admitted")
            .journey
            .path
            .objectives
            .len(),
        0
    );
}

#[test]
fn learning_progress_as_a_list_of_pairs_is_refused_both_ways() {
    use cert_planner::domain::edge::gate::read_current;
    let input =
        String::from_utf8(with(
            |v| {
                v["path"] =
                    json!({"roles": [], "objectives": [["po-1", {"done": true, "note": ""}]]})
            },
        ))
        .expect("text");
    assert!(read_current(&input).is_none());
    let refused = check_text(&input).expect_err("refused");
    assert!(
        refused.to_string().contains("should be an object"),
        "{refused}"
    );
}
