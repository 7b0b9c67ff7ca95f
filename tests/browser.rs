//! Browser tests (wasm-bindgen-test in headless Chromium): the store against real localStorage,
//! and the app mounted in a real page.
#![cfg(target_arch = "wasm32")]

use cert_planner::domain::rules::catalogue::CertificationKind;
use cert_planner::model::journey::{HeldCertification, Journey, SCHEMA_VERSION};
use cert_planner::model::seu::{SeuCategory, SeuEntry, SeuSource};
use cert_planner::model::{Minutes, SeuEntryId};
use cert_planner::store::local::{
    self, SaveState, BEFORE_MIGRATION_KEY, JOURNEY_KEY, UNREADABLE_BACKUP_KEY,
};
use cert_planner::store::schema::ReadProblem;
use chrono::NaiveDate;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn stored(key: &str) -> Option<String> {
    storage().get_item(key).unwrap()
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn journey_with_cspo() -> Journey {
    let mut journey = Journey::default();
    let id = journey.take_id();
    journey.certifications.push(HeldCertification {
        id,
        kind: CertificationKind::Cspo,
        name: String::new(),
        earned: date(2025, 3, 14),
        expires: None,
        license_accepted: true,
        experience_validated: false,
        notes: "Two days, live online".into(),
    });
    journey.revision = 3;
    journey
}

#[wasm_bindgen_test]
fn nothing_stored_starts_an_empty_journey_that_saves() {
    storage().clear().unwrap();
    let loaded = local::load_now();
    assert_eq!(loaded.journey, Journey::default());
    assert_eq!(loaded.state, SaveState::Saved);
    assert_eq!(loaded.migrated_from, None);
}

#[wasm_bindgen_test]
fn a_saved_journey_loads_back_unchanged() {
    storage().clear().unwrap();
    let journey = journey_with_cspo();
    local::save(&journey).unwrap();
    let raw = stored(JOURNEY_KEY).expect("saved under the journey key");
    assert!(
        raw.contains(&format!("\"version\":{SCHEMA_VERSION}")),
        "{raw}"
    );
    let loaded = local::load_now();
    assert_eq!(loaded.journey, journey);
    assert_eq!(loaded.state, SaveState::Saved);
    assert_eq!(local::read_stored(), Some(journey));
}

#[wasm_bindgen_test]
fn the_start_reads_a_current_journey_the_quick_way_and_leaves_any_other_to_the_long_way() {
    storage().clear().unwrap();
    let journey = journey_with_cspo();
    local::save(&journey).unwrap();
    match local::load() {
        local::Found::Loaded(loaded) => assert_eq!(loaded.journey, journey),
        local::Found::Slowly(_) => panic!("a current journey is read the quick way"),
    }
    let raw = stored(JOURNEY_KEY).unwrap();
    let older = raw.replacen(&format!("\"version\":{SCHEMA_VERSION}"), "\"version\":4", 1);
    storage().set_item(JOURNEY_KEY, &older).unwrap();
    let local::Found::Slowly(text) = local::load() else {
        panic!("an older journey is left to the long way");
    };
    assert_eq!(text, older);
    let loaded = local::load_slowly(text);
    assert_eq!((loaded.journey, loaded.migrated_from), (journey, Some(4)));
}

#[wasm_bindgen_test]
fn text_in_any_script_loads_back_unchanged() {
    storage().clear().unwrap();
    let mut journey = journey_with_cspo();
    // Accents, a symbol outside the basic plane, right-to-left text, and plain ASCII after them.
    journey.certifications[0].notes = "Zürich · 東京 · 🎓 · שלום · done".into();
    local::save(&journey).unwrap();
    assert_eq!(local::load_now().journey, journey);
    assert_eq!(local::read_stored(), Some(journey));
}

#[wasm_bindgen_test]
fn a_lone_surrogate_in_stored_text_loads_as_a_replacement_character() {
    storage().clear().unwrap();
    let journey = journey_with_cspo();
    let raw = local::export_text(&journey);
    let (before, after) = raw.split_once("online").expect("the notes are in the text");
    // A JavaScript string may hold half of a surrogate pair, which UTF-8 cannot: it is read as
    // U+FFFD, and the rest of the document as it was.
    let text = js_sys::JsString::from(before)
        .concat(&js_sys::JsString::from_char_code1(0xD800))
        .concat(&after.into());
    let set_item: js_sys::Function = js_sys::Reflect::get(&storage(), &"setItem".into())
        .unwrap()
        .unchecked_into();
    set_item
        .call2(&storage(), &JOURNEY_KEY.into(), &text)
        .unwrap();
    let loaded = local::load_now();
    assert_eq!(loaded.state, SaveState::Saved);
    assert_eq!(
        loaded.journey.certifications[0].notes,
        "Two days, live \u{FFFD}"
    );
}

#[wasm_bindgen_test]
fn a_version_1_document_is_migrated_and_its_old_text_kept() {
    storage().clear().unwrap();
    let v1 = r#"{"version":1,"revision":4,"next_id":2,"settings":{"seu_window_years":2.0},
        "certifications":[{"id":1,"kind":"CSPO","earned":"2024-02-29","license_accepted":true}]}"#;
    storage().set_item(JOURNEY_KEY, v1).unwrap();
    let loaded = local::load_now();
    assert_eq!(loaded.migrated_from, Some(1));
    assert_eq!(loaded.state, SaveState::Saved);
    assert_eq!(loaded.journey.version, SCHEMA_VERSION);
    assert_eq!(loaded.journey.settings.seu_window_months, 24);
    assert_eq!(loaded.journey.certifications.len(), 1);
    assert_eq!(loaded.journey.certifications[0].earned, date(2024, 2, 29));
    assert_eq!(
        stored(&format!("{BEFORE_MIGRATION_KEY}.v1")).as_deref(),
        Some(v1)
    );
    let rewritten = stored(JOURNEY_KEY).unwrap();
    assert!(
        rewritten.contains("\"seu_window_months\":24"),
        "{rewritten}"
    );
    // A second load finds the migrated document and migrates nothing.
    assert_eq!(local::load_now().migrated_from, None);
}

#[wasm_bindgen_test]
fn corrupt_data_is_kept_untouched_and_saving_pauses() {
    storage().clear().unwrap();
    let corrupt = "{\"version\":2, \"certifications\": [ oops";
    storage().set_item(JOURNEY_KEY, corrupt).unwrap();
    let loaded = local::load_now();
    assert_eq!(loaded.journey, Journey::default());
    let SaveState::Paused(recovery) = loaded.state else {
        panic!("expected a paused save state")
    };
    assert!(matches!(recovery.problem, ReadProblem::Unreadable(_)));
    assert_eq!(recovery.raw, corrupt);
    assert_eq!(recovery.backup_key.as_deref(), Some(UNREADABLE_BACKUP_KEY));
    assert_eq!(stored(UNREADABLE_BACKUP_KEY).as_deref(), Some(corrupt));
    assert_eq!(
        stored(JOURNEY_KEY).as_deref(),
        Some(corrupt),
        "the original is not overwritten"
    );
    // Loading again does not make a second copy of the same text.
    let SaveState::Paused(again) = local::load_now().state else {
        panic!("still paused")
    };
    assert_eq!(again.backup_key.as_deref(), Some(UNREADABLE_BACKUP_KEY));
    assert_eq!(stored(&format!("{UNREADABLE_BACKUP_KEY}.2")), None);
}

#[wasm_bindgen_test]
fn a_second_different_corrupt_text_gets_its_own_backup() {
    storage().clear().unwrap();
    storage()
        .set_item(UNREADABLE_BACKUP_KEY, "older broken text")
        .unwrap();
    storage().set_item(JOURNEY_KEY, "not json at all").unwrap();
    let SaveState::Paused(recovery) = local::load_now().state else {
        panic!("expected paused")
    };
    let second = format!("{UNREADABLE_BACKUP_KEY}.2");
    assert_eq!(recovery.backup_key.as_deref(), Some(second.as_str()));
    assert_eq!(
        stored(UNREADABLE_BACKUP_KEY).as_deref(),
        Some("older broken text")
    );
    assert_eq!(stored(&second).as_deref(), Some("not json at all"));
}

#[wasm_bindgen_test]
fn a_document_from_a_newer_version_is_not_touched() {
    storage().clear().unwrap();
    let newer = format!(
        "{{\"version\":{},\"certifications\":[],\"shiny\":true}}",
        SCHEMA_VERSION + 1
    );
    storage().set_item(JOURNEY_KEY, &newer).unwrap();
    let SaveState::Paused(recovery) = local::load_now().state else {
        panic!("expected paused")
    };
    assert_eq!(
        recovery.problem,
        ReadProblem::NewerVersion(SCHEMA_VERSION + 1)
    );
    assert_eq!(stored(JOURNEY_KEY), Some(newer));
}

fn mount_app() -> web_sys::HtmlElement {
    mount_app_at("#/")
}

/// Mounts the app on the page at `hash` (a later page draws after the current task: `settle`).
fn mount_app_at(hash: &str) -> web_sys::HtmlElement {
    web_sys::window()
        .unwrap()
        .location()
        .set_hash(hash)
        .unwrap();
    let document = web_sys::window().unwrap().document().unwrap();
    let host: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&host).unwrap();
    leptos::mount::mount_to(host.clone(), cert_planner::ui::app::App).forget();
    host
}

#[wasm_bindgen_test]
fn the_app_shows_the_friendly_start_on_an_empty_journey() {
    storage().clear().unwrap();
    let host = mount_app();
    let text = host.inner_text();
    assert!(
        text.contains("Plan and keep your Scrum certification"),
        "{text}"
    );
    assert!(text.contains("Show me an example"), "{text}");
    host.remove();
}

#[wasm_bindgen_test]
fn the_app_explains_corrupt_data_and_offers_the_download() {
    storage().clear().unwrap();
    storage().set_item(JOURNEY_KEY, "][").unwrap();
    let host = mount_app();
    let alert = host
        .query_selector("[role=alert]")
        .unwrap()
        .expect("a recovery alert");
    let text = alert.unchecked_into::<web_sys::HtmlElement>().inner_text();
    assert!(text.contains("could not be opened"), "{text}");
    assert!(text.contains(UNREADABLE_BACKUP_KEY), "{text}");
    assert!(text.contains("Download the saved data"), "{text}");
    assert_eq!(stored(JOURNEY_KEY).as_deref(), Some("]["));
    host.remove();
}

#[wasm_bindgen_test]
fn the_app_shows_a_stored_certification_with_its_status() {
    storage().clear().unwrap();
    local::save(&journey_with_cspo()).unwrap();
    let host = mount_app();
    let text = host.inner_text();
    assert!(text.contains("CSPO"), "{text}");
    assert!(text.contains("What your next renewal needs"), "{text}");
    host.remove();
}

#[wasm_bindgen_test]
fn stored_data_with_two_records_of_one_id_is_kept_untouched_and_saving_pauses() {
    storage().clear().unwrap();
    let mut journey = journey_with_cspo();
    let twin = journey.certifications[0].clone();
    journey.certifications.push(HeldCertification {
        kind: CertificationKind::Csm,
        ..twin
    });
    let raw = serde_json::to_string(&journey).unwrap();
    storage().set_item(JOURNEY_KEY, &raw).unwrap();
    let loaded = local::load_now();
    let SaveState::Paused(recovery) = loaded.state else {
        panic!("expected saving to pause, got {:?}", loaded.state);
    };
    assert!(
        recovery.problem.explain().contains("same id"),
        "{}",
        recovery.problem.explain()
    );
    assert_eq!(
        loaded.journey,
        Journey::default(),
        "the wrong record is never shown"
    );
    assert_eq!(stored(JOURNEY_KEY).as_deref(), Some(raw.as_str()));
    assert_eq!(stored(UNREADABLE_BACKUP_KEY).as_deref(), Some(raw.as_str()));
}

#[wasm_bindgen_test]
fn a_next_id_below_the_ids_in_use_is_raised_at_load() {
    storage().clear().unwrap();
    let mut journey = journey_with_cspo();
    journey.next_id = 1;
    local::save(&journey).unwrap();
    let loaded = local::load_now();
    assert_eq!(loaded.state, SaveState::Saved);
    assert_eq!(loaded.journey.certifications, journey.certifications);
    assert!(loaded.journey.next_id > journey.certifications[0].id.0);
}

#[wasm_bindgen_test]
fn erasing_removes_every_key_of_the_app_and_no_other() {
    storage().clear().unwrap();
    local::save(&journey_with_cspo()).unwrap();
    storage().set_item(UNREADABLE_BACKUP_KEY, "x").unwrap();
    storage()
        .set_item(&format!("{BEFORE_MIGRATION_KEY}.v1"), "y")
        .unwrap();
    cert_planner::store::device::note_download(date(2026, 11, 25), 3);
    storage().set_item("another-app.setting", "kept").unwrap();
    assert_eq!(
        cert_planner::store::device::erase_all(),
        Vec::<String>::new()
    );
    assert_eq!(
        cert_planner::store::device::app_keys(),
        Vec::<String>::new()
    );
    assert_eq!(stored("another-app.setting").as_deref(), Some("kept"));
}

#[wasm_bindgen_test]
fn the_journey_a_restore_replaces_is_kept_in_the_browser() {
    storage().clear().unwrap();
    let journey = journey_with_cspo();
    local::keep_before_restore(&journey).unwrap();
    let kept = stored(local::BEFORE_RESTORE_KEY).expect("kept");
    assert_eq!(
        cert_planner::store::schema::read_document(&kept)
            .unwrap()
            .journey,
        journey
    );
}

/// Lets the app finish what it scheduled (a later page resolves after the current task).
async fn settle() {
    for _ in 0..5 {
        let tick = js_sys::Promise::new(&mut |resolve, _| {
            web_sys::window()
                .unwrap()
                .set_timeout_with_callback(&resolve)
                .unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(tick).await.unwrap();
    }
}

/// The button at `selector`, checked to be named `name` for screen readers.
fn named_button(host: &web_sys::HtmlElement, selector: &str, name: &str) -> web_sys::HtmlElement {
    let button = host
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("{selector} in {}", host.inner_html()));
    assert_eq!(button.get_attribute("aria-label").as_deref(), Some(name));
    button.unchecked_into()
}

fn entry(id: u64, title: &str, notes: &str, evidence: &str) -> SeuEntry {
    SeuEntry {
        id: SeuEntryId(id),
        date: date(2026, 1, 10),
        minutes: Minutes(90),
        category: SeuCategory::Learning,
        source: SeuSource::Webinar,
        title: title.into(),
        notes: notes.into(),
        evidence: evidence.into(),
        used_by_renewal: None,
        proofs: Vec::new(),
    }
}

#[wasm_bindgen_test]
async fn the_seu_log_shows_typed_markup_as_text_and_its_buttons_act_on_their_entry() {
    storage().clear().unwrap();
    let mut journey = journey_with_cspo();
    let hostile = "<img src=x onerror=\"alert(1)\"> & 'Q'";
    let link = "https://example.com/a?b=1&c=\"2\"";
    journey.seu_log = vec![
        entry(
            10,
            hostile,
            "\"quoted\" <b>notes</b>",
            "javascript:alert(1)",
        ),
        entry(11, "Second", "", link),
    ];
    journey.next_id = 12;
    local::save(&journey).unwrap();
    let host = mount_app_at("#/seus");
    settle().await;

    let text_of = |selector: &str| {
        host.query_selector(selector)
            .unwrap()
            .unwrap_or_else(|| panic!("{selector} in {}", host.inner_html()))
            .text_content()
            .unwrap()
    };
    // Newest first; ties by id, newest first: entry 11, then 10.
    assert_eq!(text_of(".seu-table tbody tr:nth-child(2) strong"), hostile);
    assert_eq!(
        text_of(".seu-table tbody tr:nth-child(2) .notes"),
        "\"quoted\" <b>notes</b>"
    );
    assert!(host
        .query_selector(".seu-table img, .seu-table b")
        .unwrap()
        .is_none());
    // Not a web address: the evidence stays text.
    assert!(host
        .query_selector(".seu-table tbody tr:nth-child(2) .evidence a")
        .unwrap()
        .is_none());
    let anchor = host
        .query_selector(".seu-table tbody tr:nth-child(1) .evidence a")
        .unwrap()
        .expect("a web address is a link");
    assert_eq!(anchor.get_attribute("href").as_deref(), Some(link));
    assert_eq!(anchor.text_content().as_deref(), Some(link));
    let edit = named_button(
        &host,
        ".seu-table tbody tr:nth-child(2) button",
        &format!("Edit {hostile}"),
    );

    // The row's Edit button fills the form with that entry.
    edit.click();
    settle().await;
    let inputs = host.query_selector_all("input").unwrap();
    let values: Vec<String> = (0..inputs.length())
        .filter_map(|i| inputs.item(i))
        .map(|input| input.unchecked_into::<web_sys::HtmlInputElement>().value())
        .collect();
    assert!(values.iter().any(|v| v == hostile), "{values:?}");

    // Its Delete button removes that entry and no other.
    named_button(
        &host,
        ".seu-table tbody tr:nth-child(1) button:nth-child(2)",
        "Delete Second",
    )
    .click();
    settle().await;
    let rows = host.query_selector_all(".seu-table tbody tr").unwrap();
    assert_eq!(rows.length(), 1);
    assert_eq!(text_of(".seu-table tbody tr strong"), hostile);
    host.remove();
}

/// The button in `host` whose text is `text`.
fn button_named(host: &web_sys::HtmlElement, text: &str) -> web_sys::HtmlElement {
    let buttons = host.query_selector_all("button").unwrap();
    (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .map(|b| b.unchecked_into::<web_sys::HtmlElement>())
        .find(|b| b.text_content().as_deref() == Some(text))
        .unwrap_or_else(|| panic!("a button \"{text}\" in {}", host.inner_html()))
}

#[wasm_bindgen_test]
async fn a_journey_refused_for_one_record_opens_without_it_after_the_choice() {
    storage().clear().unwrap();
    let mut journey = journey_with_cspo();
    journey.seu_log = vec![entry(10, "Kept", "", ""), entry(11, "Typo", "", "")];
    journey.seu_log[1].date = date(25, 3, 1);
    journey.next_id = 12;
    let raw = cert_planner::store::schema::write_document(&journey);
    storage().set_item(JOURNEY_KEY, &raw).unwrap();
    let host = mount_app_at("#/recover");
    settle().await;
    let alert: web_sys::HtmlElement = host
        .query_selector("[role=alert]")
        .unwrap()
        .expect("a recovery alert")
        .unchecked_into();
    assert!(alert.inner_text().contains("see which records"));
    let text = host.inner_text();
    assert!(text.contains("SEU entry 2 (id 11, \"Typo\")"), "{text}");
    assert!(text.contains("1 Mar 0025 is outside"), "{text}");
    // Nothing is set aside before the choice.
    assert_eq!(stored(JOURNEY_KEY).as_deref(), Some(raw.as_str()));

    button_named(&host, "Open my journey without this record").click();
    settle().await;
    let reopened = local::load_now();
    assert_eq!(reopened.state, SaveState::Saved);
    let ids: Vec<u64> = reopened.journey.seu_log.iter().map(|e| e.id.0).collect();
    assert_eq!(ids, [10]);
    assert_eq!(reopened.journey.certifications, journey.certifications);
    assert_eq!(
        stored(UNREADABLE_BACKUP_KEY).as_deref(),
        Some(raw.as_str()),
        "the original is kept byte for byte"
    );
    settle().await;
    assert!(host.query_selector("[role=alert]").unwrap().is_none());
    host.remove();
}

#[wasm_bindgen_test]
async fn a_date_with_a_short_year_is_refused_by_the_seu_form_and_nothing_is_stored() {
    storage().clear().unwrap();
    local::save(&journey_with_cspo()).unwrap();
    let before = stored(JOURNEY_KEY);
    let host = mount_app_at("#/seus");
    settle().await;
    let fill = |id: &str, value: &str| {
        let input: web_sys::HtmlInputElement = host
            .query_selector(&format!("#{id}"))
            .unwrap()
            .unwrap_or_else(|| panic!("#{id} in {}", host.inner_html()))
            .unchecked_into();
        input.set_value(value);
        for kind in ["input", "change"] {
            let event = web_sys::Event::new(kind).unwrap();
            input.dispatch_event(&event).unwrap();
        }
        input
    };
    let date_input = fill("seu-date", "0025-03-01");
    assert_eq!(
        date_input.min(),
        "1900-01-01",
        "the date field says its range"
    );
    fill("seu-hours", "1");
    fill("seu-title", "Typo");
    let form: web_sys::HtmlFormElement = date_input.form().unwrap();
    form.request_submit().unwrap();
    settle().await;
    assert_eq!(
        date_input.get_attribute("aria-invalid").as_deref(),
        Some("true")
    );
    let text = host.inner_text();
    assert!(text.contains("is not a date this app can keep"), "{text}");
    assert_eq!(stored(JOURNEY_KEY), before, "nothing was stored");
    host.remove();
}

// ---------------------------------------------------------------------------------------------
// The proof files' store (IndexedDB) and their fingerprint.

#[wasm_bindgen_test]
async fn a_proof_file_is_kept_read_back_listed_and_removed() {
    use cert_planner::store::proofs;
    proofs::erase_all().await.expect("erased");
    let pdf = b"%PDF-1.7 a certificate".to_vec();
    proofs::put("seu-2-aa", &pdf).await.expect("kept");
    proofs::put("seu-3-bb", b"\x89PNG").await.expect("kept");
    assert_eq!(proofs::get("seu-2-aa").await.expect("read"), Some(pdf));
    assert_eq!(proofs::get("seu-9-zz").await.expect("read"), None);
    let mut keys = proofs::keys().await.expect("listed");
    keys.sort();
    assert_eq!(keys, ["seu-2-aa", "seu-3-bb"]);
    proofs::delete("seu-2-aa").await.expect("removed");
    assert_eq!(proofs::keys().await.expect("listed"), ["seu-3-bb"]);
    proofs::erase_all().await.expect("erased");
    assert!(proofs::keys().await.expect("listed").is_empty());
}

#[wasm_bindgen_test]
async fn a_file_is_fingerprinted_with_the_browsers_sha256() {
    let abc = cert_planner::store::proofs::sha256(b"abc")
        .await
        .expect("digest");
    assert_eq!(
        abc,
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );
    assert!(cert_planner::model::seu::is_sha256(&abc));
}
