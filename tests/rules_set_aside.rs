#![cfg(not(target_arch = "wasm32"))]
//! A way back in (`domain::edge::set_aside`): a journey refused only for some of its records opens
//! without them, and they are listed with every reason; a problem of the whole document leaves
//! no such way. What opens is always a journey the gate admits.

mod common;

use cert_planner::domain::edge::gate;
use cert_planner::domain::edge::set_aside::{
    open_without_bad_records, set_aside_text, PartlyAdmitted,
};
use cert_planner::store::schema::write_document;
use common::{journey_with_entries, renewal};
use serde_json::{json, Value};

/// A journey with a CSPO (id 1) and three SEU entries (ids 2, 3, 4), as stored, to change.
fn stored() -> Value {
    serde_json::from_str(&write_document(&journey_with_entries(3))).unwrap()
}

fn open(document: &Value) -> Option<PartlyAdmitted> {
    let text = document.to_string();
    assert!(
        gate::check_text(&text).is_err(),
        "the gate opens it as it is"
    );
    let opened = open_without_bad_records(&text);
    if let Some(opened) = &opened {
        let again = write_document(&opened.admitted.journey);
        assert!(gate::check_text(&again).is_ok(), "what opened is refused");
    }
    opened
}

fn entry_ids(opened: &PartlyAdmitted) -> Vec<u64> {
    opened
        .admitted
        .journey
        .seu_log
        .iter()
        .map(|e| e.id.0)
        .collect()
}

#[test]
fn an_entry_with_a_year_typed_short_is_set_aside_and_the_rest_opens() {
    let mut doc = stored();
    doc["seu_log"][1]["date"] = json!("0025-03-01");
    let opened = open(&doc).expect("a way back in");
    assert_eq!(entry_ids(&opened), [2, 4]);
    assert_eq!(opened.set_aside.len(), 1);
    let aside = &opened.set_aside[0];
    assert_eq!(aside.place, "SEU entry 2 (id 3, \"Entry 2\")");
    assert_eq!(
        aside.reasons,
        ["the date 1 Mar 0025 is outside 1 Jan 1900 to 31 Dec 2199"]
    );
    assert_eq!(aside.record, doc["seu_log"][1], "kept as it was written");
    assert_eq!(opened.admitted.journey.certifications.len(), 1);
}

#[test]
fn of_two_records_with_one_id_the_later_is_set_aside() {
    let mut doc = stored();
    doc["seu_log"][2]["id"] = json!(2);
    let opened = open(&doc).expect("a way back in");
    assert_eq!(entry_ids(&opened), [2, 3]);
    assert_eq!(opened.set_aside[0].place, "SEU entry 3 (id 2, \"Entry 3\")");
    assert!(opened.set_aside[0].reasons[0].contains("same id"));
}

#[test]
fn a_number_out_of_bounds_sets_its_record_aside() {
    let mut doc = stored();
    doc["seu_log"][0]["minutes"] = json!(100_000);
    let opened = open(&doc).expect("a way back in");
    assert_eq!(entry_ids(&opened), [3, 4]);
    assert!(opened.set_aside[0].reasons[0].contains("100000"));
}

#[test]
fn a_record_this_app_cannot_read_is_set_aside() {
    let mut doc = stored();
    doc["seu_log"][0]["category"] = json!("Gardening");
    doc["seu_log"][2]["date"] = json!("yesterday");
    let opened = open(&doc).expect("a way back in");
    assert_eq!(entry_ids(&opened), [3]);
    let places: Vec<&str> = opened.set_aside.iter().map(|s| s.place.as_str()).collect();
    assert_eq!(
        places,
        [
            "SEU entry 1 (id 2, \"Entry 1\")",
            "SEU entry 3 (id 4, \"Entry 3\")"
        ]
    );
}

#[test]
fn a_dangling_reference_sets_aside_the_record_that_holds_it() {
    let mut journey = journey_with_entries(1);
    // A renewal that names the SEU entry (id 2) as a certification renewed.
    journey
        .renewals
        .push(renewal(9, common::d(2026, 3, 1), &[2]));
    journey.next_id = 10;
    let doc: Value = serde_json::from_str(&write_document(&journey)).unwrap();
    let opened = open(&doc).expect("a way back in");
    assert!(opened.admitted.journey.renewals.is_empty());
    assert_eq!(entry_ids(&opened), [2]);
    assert!(opened.set_aside[0].place.starts_with("renewal 1 (id 9"));
}

#[test]
fn an_entry_used_by_a_renewal_set_aside_is_set_aside_too_and_listed() {
    let mut journey = journey_with_entries(1);
    journey
        .renewals
        .push(renewal(9, common::d(2026, 3, 1), &[1]));
    journey.seu_log[0].used_by_renewal = Some(cert_planner::model::RenewalId(9));
    journey.next_id = 10;
    let mut doc: Value = serde_json::from_str(&write_document(&journey)).unwrap();
    doc["renewals"][0]["fee_paid_cents"] = json!(u64::MAX);
    let opened = open(&doc).expect("a way back in");
    assert!(opened.admitted.journey.renewals.is_empty());
    assert!(opened.admitted.journey.seu_log.is_empty());
    let places: Vec<&str> = opened.set_aside.iter().map(|s| s.place.as_str()).collect();
    assert_eq!(
        places,
        ["renewal 1 (id 9)", "SEU entry 1 (id 2, \"Entry 1\")"]
    );
}

#[test]
fn the_chosen_course_set_aside_leaves_no_course_chosen_and_says_so() {
    let mut doc = stored();
    doc["training"]["offers"] = json!([{ "id": 7, "provider": "Acme", "start": "0202-01-01" }]);
    doc["training"]["chosen"] = json!(7);
    doc["next_id"] = json!(8);
    let opened = open(&doc).expect("a way back in");
    assert!(opened.admitted.journey.training.offers.is_empty());
    assert_eq!(opened.admitted.journey.training.chosen, None);
    assert!(opened.admitted.repairs[0].contains("no course is chosen"));
}

#[test]
fn a_problem_of_the_whole_document_leaves_no_way_but_todays() {
    let mut settings = stored();
    settings["seu_log"][0]["date"] = json!("0025-03-01");
    settings["settings"]["grace_period_days"] = json!(9999);
    let mut newer = stored();
    newer["version"] = json!(999);
    for text in [
        settings.to_string(),
        newer.to_string(),
        "not json".to_owned(),
        "[]".to_owned(),
    ] {
        assert!(gate::check_text(&text).is_err());
        assert_eq!(open_without_bad_records(&text), None, "{text:.80}");
    }
}

#[test]
fn a_journey_that_opens_as_it_is_is_not_offered_a_way_in() {
    let text = stored().to_string();
    assert!(gate::check_text(&text).is_ok());
    assert_eq!(open_without_bad_records(&text), None);
}

#[test]
fn the_download_lists_every_record_set_aside_with_its_reasons() {
    let mut doc = stored();
    doc["seu_log"][1]["date"] = json!("0025-03-01");
    let opened = open(&doc).unwrap();
    let download: Value = serde_json::from_str(&set_aside_text(&opened.set_aside)).unwrap();
    assert_eq!(download["set_aside"][0]["record"], doc["seu_log"][1]);
    assert_eq!(
        download["set_aside"][0]["place"],
        json!("SEU entry 2 (id 3, \"Entry 2\")")
    );
}
