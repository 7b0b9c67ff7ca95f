#![cfg(not(target_arch = "wasm32"))]
//! Proof files of SEU entries (`domain::seus::proof`): which files are taken, the limits, attaching
//! and removing, which stored files the journey still names; and the audit pack
//! (`domain::edge::audit_pack`): its layout, read back by this app and by a real unzip.

mod common;

use cert_planner::basics::sorted_map::{sorted_set, SortedSet};

use chrono::NaiveDate;

use cert_planner::domain::edge::audit_pack::{
    is_zip, proof_path, read_pack, write_pack, JOURNEY_FILE, REPORT_FILE,
};
use cert_planner::domain::edge::gate::check_file;
use cert_planner::domain::seus::proof::{
    attach, check_chosen, detach, kind_of, missing_files, named_keys, proof_key, proof_name,
    reclaim, size_text, ChosenFile,
};
use cert_planner::model::seu::{Proof, ProofKind};
use cert_planner::model::SeuEntryId;
use cert_planner::store::schema::write_document;
use common::{entry, journey_with};

fn sha(n: u8) -> String {
    format!("{n:02x}").repeat(32)
}

fn proof(name: &str, bytes: u64, n: u8) -> Proof {
    Proof {
        name: name.to_owned(),
        kind: ProofKind::Pdf,
        bytes,
        sha256: sha(n),
    }
}

fn chosen(name: &str, media_type: &str, bytes: u64) -> ChosenFile {
    ChosenFile {
        name: name.to_owned(),
        media_type: media_type.to_owned(),
        bytes,
    }
}

fn two_entries() -> cert_planner::model::journey::Journey {
    journey_with(
        Vec::new(),
        vec![entry(2, "2026-03-14", 90), entry(3, "2026-04-02", 60)],
    )
}

#[test]
fn a_proof_is_a_pdf_or_an_image_by_its_media_type_or_else_its_extension() {
    let rows = [
        ("application/pdf", "x", Some(ProofKind::Pdf)),
        ("image/png", "x", Some(ProofKind::Png)),
        ("IMAGE/JPEG", "x", Some(ProofKind::Jpeg)),
        ("image/webp", "x", Some(ProofKind::Webp)),
        ("", "certificate.PDF", Some(ProofKind::Pdf)),
        ("", "photo.jpg", Some(ProofKind::Jpeg)),
        (
            "application/octet-stream",
            "scan.jpeg",
            Some(ProofKind::Jpeg),
        ),
        ("application/msword", "notes.docx", None),
        ("", "no-extension", None),
        ("image/gif", "anim.gif", None),
    ];
    for (media_type, name, kind) in rows {
        assert_eq!(kind_of(media_type, name), kind, "{media_type} {name}");
    }
}

#[test]
fn sizes_read_as_a_file_manager_shows_them() {
    assert_eq!(size_text(820), "820 bytes");
    assert_eq!(size_text(52_000), "52 KB");
    assert_eq!(size_text(1_400_000), "1.4 MB");
    assert_eq!(size_text(20_000_000), "20 MB");
}

#[test]
fn a_long_name_is_cut_keeping_its_extension() {
    let long = format!("{}.pdf", "a".repeat(300));
    let kept = proof_name(&long);
    assert_eq!(kept.chars().count(), 200);
    assert!(kept.ends_with("….pdf"), "{kept}");
    assert_eq!(proof_name("  receipt.png "), "receipt.png");
}

#[test]
fn a_chosen_file_is_refused_with_a_clear_message() {
    let mut journey = two_entries();
    let id = SeuEntryId(2);
    let rows = [
        (
            chosen("notes.docx", "application/msword", 10),
            "\"notes.docx\" is not a PDF, PNG, JPEG or WebP file",
        ),
        (
            chosen("empty.pdf", "application/pdf", 0),
            "\"empty.pdf\" is empty.",
        ),
        (
            chosen("scan.pdf", "application/pdf", 25_300_000),
            "\"scan.pdf\" is 25.3 MB; a proof file may be at most 20 MB.",
        ),
    ];
    for (file, words) in rows {
        let problem = check_chosen(&journey, id, &file).expect_err(words);
        assert!(problem.contains(words), "{problem}");
    }
    assert_eq!(
        check_chosen(
            &journey,
            SeuEntryId(99),
            &chosen("a.pdf", "application/pdf", 5)
        ),
        Err("This entry was removed (perhaps in another tab).".to_owned())
    );
    for n in 0..10 {
        attach(&mut journey, id, proof("a.pdf", 5, n)).expect("room");
    }
    let full = check_chosen(&journey, id, &chosen("b.pdf", "application/pdf", 5)).unwrap_err();
    assert!(
        full.starts_with("This entry keeps 10 files already"),
        "{full}"
    );
    assert_eq!(
        check_chosen(&journey, SeuEntryId(3), &chosen("b.png", "image/png", 5)),
        Ok(ProofKind::Png)
    );
}

#[test]
fn all_proof_files_stay_within_the_total() {
    let mut journey = two_entries();
    for n in 0..10 {
        attach(&mut journey, SeuEntryId(2), proof("big.pdf", 19_000_000, n)).expect("room");
    }
    let problem = check_chosen(
        &journey,
        SeuEntryId(3),
        &chosen("more.pdf", "application/pdf", 15_000_000),
    )
    .unwrap_err();
    assert_eq!(
        problem,
        "All proof files would take 205 MB; the most kept is 200 MB. Remove files you no longer need first."
    );
}

#[test]
fn attaching_the_same_file_twice_is_refused_and_changes_nothing() {
    let mut journey = two_entries();
    attach(&mut journey, SeuEntryId(2), proof("certificate.pdf", 5, 1)).expect("attached");
    let before = journey.clone();
    let problem = attach(&mut journey, SeuEntryId(2), proof("copy.pdf", 5, 1)).unwrap_err();
    assert_eq!(
        problem,
        "\"copy.pdf\" is already attached to this entry (as \"certificate.pdf\")."
    );
    assert_eq!(journey, before);
    let bad = Proof {
        sha256: "xyz".into(),
        ..proof("c.pdf", 5, 2)
    };
    assert!(attach(&mut journey, SeuEntryId(2), bad).is_err());
    assert_eq!(journey, before);
}

#[test]
fn a_journey_with_proofs_passes_the_gate_and_keeps_them() {
    let mut journey = two_entries();
    attach(
        &mut journey,
        SeuEntryId(2),
        proof("certificate.pdf", 52_000, 1),
    )
    .expect("attached");
    let admitted = check_file(write_document(&journey).as_bytes()).expect("admitted");
    assert_eq!(admitted.journey, journey);
}

#[test]
fn the_store_keeps_every_file_a_listed_entry_names() {
    let mut journey = two_entries();
    attach(&mut journey, SeuEntryId(2), proof("a.pdf", 5, 1)).expect("attached");
    attach(&mut journey, SeuEntryId(3), proof("b.pdf", 5, 2)).expect("attached");
    let named = named_keys(&journey);
    assert_eq!(
        named,
        sorted_set(vec![
            proof_key(SeuEntryId(2), &sha(1)),
            proof_key(SeuEntryId(3), &sha(2))
        ])
    );
    // Detached: its file may go once the undo window closes; the other one stays.
    let (at, taken) = detach(&mut journey, SeuEntryId(2), &sha(1)).expect("detached");
    assert_eq!((at, taken.name.as_str()), (0, "a.pdf"));
    assert_eq!(
        named_keys(&journey),
        sorted_set(vec![proof_key(SeuEntryId(3), &sha(2))])
    );
    // A listed file the browser does not hold is named, entry and file.
    let held = sorted_set(vec![proof_key(SeuEntryId(9), &sha(2))]);
    assert_eq!(
        missing_files(&journey, &held),
        [("Entry 3".to_owned(), "b.pdf".to_owned())]
    );
    assert!(missing_files(
        &journey,
        &sorted_set(vec![proof_key(SeuEntryId(3), &sha(2))])
    )
    .is_empty());
}

#[test]
fn a_pack_holds_the_journey_the_report_and_a_folder_per_entry() {
    let mut journey = two_entries();
    journey.seu_log[0].title = "Scrum webinar: backlog / refinement".into();
    attach(&mut journey, SeuEntryId(2), proof("certificate.pdf", 4, 1)).expect("attached");
    let entry = &journey.seu_log[0];
    let path = proof_path(entry, &entry.proofs[0]);
    assert_eq!(
        path,
        "proof/2026-03-14 Scrum webinar- backlog - refinement (entry 2)/certificate.pdf"
    );
    let json = write_document(&journey);
    let pdf: &[u8] = b"%PDF";
    let pack = write_pack(&json, "<html>report</html>", &[(path.clone(), pdf)]).expect("written");
    assert!(is_zip(&pack));
    assert!(!is_zip(json.as_bytes()));

    let read = read_pack(&pack).expect("read back");
    assert_eq!(read.journey, json.as_bytes());
    assert_eq!(read.files.len(), 1);
    assert_eq!(read.files[&path], pdf);
    assert_eq!(
        check_file(&read.journey).expect("admitted").journey,
        journey
    );

    // A real unzip lists and tests the same files.
    let dir = std::env::temp_dir().join(format!("audit-pack-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let file = dir.join("pack.zip");
    std::fs::write(&file, &pack).expect("write");
    let test = std::process::Command::new("unzip")
        .arg("-t")
        .arg(&file)
        .output();
    if let Ok(out) = test {
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "{text}");
        for name in [JOURNEY_FILE, REPORT_FILE, path.as_str()] {
            assert!(text.contains(name), "{name} in {text}");
        }
        assert!(text.contains("No errors detected"), "{text}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_damaged_or_foreign_pack_is_refused_with_what_is_wrong() {
    let json = write_document(&two_entries());
    let pack = write_pack(
        &json,
        "r",
        &[("proof/x (entry 2)/a.pdf".into(), b"%PDF-1.7")],
    )
    .expect("pack");

    let no_journey = write_pack(&json, "r", &[]).map(|p| {
        // The same pack with its journey renamed.
        let mut p = p;
        let at = p
            .windows(12)
            .position(|w| w == b"journey.json")
            .expect("name");
        p[at..at + 12].copy_from_slice(b"journey.txt_");
        let at = p
            .windows(12)
            .rposition(|w| w == b"journey.json")
            .expect("name");
        p[at..at + 12].copy_from_slice(b"journey.txt_");
        p
    });
    let problem = read_pack(&no_journey.expect("pack")).unwrap_err();
    assert!(problem.contains("holds no journey"), "{problem}");

    let mut damaged = pack.clone();
    let at = damaged
        .windows(8)
        .position(|w| w == b"%PDF-1.7")
        .expect("data");
    damaged[at + 5] = b'9';
    let problem = read_pack(&damaged).unwrap_err();
    assert!(problem.contains("is damaged"), "{problem}");

    let problem = read_pack(b"PK\x03\x04 not really").unwrap_err();
    assert!(
        problem.starts_with("The file is not an audit pack this app can read"),
        "{problem}"
    );
}

#[test]
fn a_pack_whose_files_another_tool_deflated_is_read_too() {
    use std::io::Write;
    let json = write_document(&two_entries());
    let mut archive = rawzip::ZipArchiveWriter::new(Vec::new());
    for (path, bytes) in [
        (JOURNEY_FILE, json.as_bytes()),
        ("proof/e (entry 2)/a.pdf", b"%PDF %PDF %PDF %PDF"),
    ] {
        let (mut entry, config) = archive
            .new_file(path)
            .compression_method(rawzip::CompressionMethod::DEFLATE)
            .start()
            .expect("entry");
        let deflated = miniz_oxide::deflate::compress_to_vec(bytes, 6);
        let mut writer = config.wrap(&mut entry);
        writer.write_all(&deflated).expect("write");
        writer.finish().expect("finish");
        // The wrapper counted the deflated bytes: the descriptor names the inflated ones.
        let descriptor =
            rawzip::DataDescriptorOutput::new(rawzip::crc32(bytes), bytes.len() as u64);
        entry.finish(descriptor).expect("finish entry");
    }
    let pack = archive.finish().expect("pack");
    let read = read_pack(&pack).expect("read back");
    assert_eq!(read.journey, json.as_bytes());
    assert_eq!(
        read.files[&"proof/e (entry 2)/a.pdf".to_owned()],
        b"%PDF %PDF %PDF %PDF"
    );
}

#[test]
fn the_evidence_report_lists_each_entrys_files() {
    use cert_planner::domain::renewals::evidence::{evidence_report, ReportFor};
    use cert_planner::domain::rules::catalogue::CertificationKind;
    let mut journey = journey_with(
        vec![common::held(1, CertificationKind::Cspo, "2025-06-10")],
        vec![entry(2, "2026-03-14", 90), entry(3, "2026-04-02", 60)],
    );
    journey.seu_log[1].evidence = "https://example.com/cert".into();
    attach(&mut journey, SeuEntryId(2), proof("certificate.pdf", 5, 1)).expect("attached");
    attach(&mut journey, SeuEntryId(3), proof("receipt.pdf", 5, 2)).expect("attached");
    let today = common::d(2026, 11, 25);
    let report = evidence_report(&journey, ReportFor::Next, today).expect("a report");
    let texts: Vec<String> = report.entries.iter().map(|e| e.evidence_text()).collect();
    assert_eq!(
        texts,
        [
            "Files: certificate.pdf",
            "https://example.com/cert. Files: receipt.pdf"
        ]
    );
    journey.seu_log[0].proofs.clear();
    let report = evidence_report(&journey, ReportFor::Next, today).expect("a report");
    assert_eq!(report.entries[0].evidence_text(), "none given");
}

fn day(text: &str) -> NaiveDate {
    text.parse().expect("a date")
}

#[test]
fn a_stored_file_no_entry_names_is_deleted_only_after_seven_days_unnamed() {
    let named = sorted_set(vec![proof_key(SeuEntryId(3), &sha(2))]);
    let unnamed = proof_key(SeuEntryId(2), &sha(1));
    let stored = vec![unnamed.clone(), proof_key(SeuEntryId(3), &sha(2))];
    // First seen unnamed: its days start today, nothing goes.
    let first = reclaim(&named, &[], &stored, "", day("2026-12-04"));
    assert!(first.delete.is_empty());
    assert_eq!(first.unnamed_since, format!("2026-12-04 {unnamed}\n"));
    // Six days later it is still kept, with the day it was first seen.
    let later = reclaim(
        &named,
        &[],
        &stored,
        &first.unnamed_since,
        day("2026-12-10"),
    );
    assert!(later.delete.is_empty());
    assert_eq!(later.unnamed_since, first.unnamed_since);
    // On the seventh day it goes; the named file never does.
    let gone = reclaim(
        &named,
        &[],
        &stored,
        &later.unnamed_since,
        day("2026-12-11"),
    );
    assert_eq!(gone.delete, [unnamed]);
    assert_eq!(gone.unnamed_since, "");
}

#[test]
fn a_file_an_entry_names_is_never_deleted_whatever_the_bookkeeping_says() {
    let key = proof_key(SeuEntryId(2), &sha(1));
    let named = sorted_set(vec![key.clone()]);
    let old = format!("1999-01-01 {key}\n");
    let decided = reclaim(&named, &[], &[key], &old, day("2026-12-04"));
    assert!(decided.delete.is_empty());
    // Named again, its line is dropped: the next time it is unnamed its days start anew.
    assert_eq!(decided.unnamed_since, "");
}

#[test]
fn bookkeeping_that_cannot_be_read_only_postpones_a_deletion() {
    let key = proof_key(SeuEntryId(2), &sha(1));
    let stored = [key.clone(), "not-a-proof".to_owned()];
    for since in [
        format!("2026-13-01 {key}"),
        format!("{key} 2026-01-01"),
        format!("2027-01-01 {key}"),
        "garbage".to_owned(),
        format!("2026-01-01  {key}"),
    ] {
        let decided = reclaim(&SortedSet::new(), &[], &stored, &since, day("2026-12-04"));
        assert!(decided.delete.is_empty(), "{since}");
        assert_eq!(
            decided.unnamed_since,
            format!("2026-12-04 {key}\n"),
            "{since}"
        );
    }
}

#[test]
fn a_file_whose_fingerprint_a_kept_journey_text_holds_is_never_deleted() {
    // The journey a restore replaced, or a copy kept because it could not be read, may list the
    // file: it stays while any such text names its fingerprint.
    let key = proof_key(SeuEntryId(2), &sha(1));
    let old = format!("2026-01-01 {key}\n");
    let kept = vec![format!(
        "{{\"proofs\":[\"{} 5 application/pdf a.pdf\"]}}",
        sha(1)
    )];
    let decided = reclaim(
        &SortedSet::new(),
        &kept,
        std::slice::from_ref(&key),
        &old,
        day("2026-12-04"),
    );
    assert!(decided.delete.is_empty());
    let other = vec![format!("{} 5 application/pdf a.pdf", sha(2))];
    let decided = reclaim(
        &SortedSet::new(),
        &other,
        std::slice::from_ref(&key),
        &old,
        day("2026-12-04"),
    );
    assert_eq!(decided.delete, [key]);
    // A key without a fingerprint is never deleted.
    let odd = "seu-2-notahash".to_owned();
    let decided = reclaim(&SortedSet::new(), &[], &[odd], &old, day("2026-12-04"));
    assert!(decided.delete.is_empty() && decided.unnamed_since.is_empty());
}
