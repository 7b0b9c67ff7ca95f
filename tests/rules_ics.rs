#![cfg(not(target_arch = "wasm32"))]
//! The deadlines as iCalendar (RFC 5545), parsed back with a real parser (`ical`): each expiry to
//! come and a reminder 90 days before ("Scrum Alliance reminds 90 days before expiry"), all-day
//! events (DTSTART;VALUE=DATE), UIDs unique across journeys and stable across downloads and
//! renewals, a SEQUENCE that grows with every change, CRLF line endings, lines folded at 75
//! octets, any text round-tripping.

use std::io::BufReader;

mod common;

use cert_planner::domain::renewals::calendar::{deadlines_ics, filename, give_id};
use cert_planner::domain::rules::catalogue::CertificationKind as K;
use cert_planner::model::journey::is_journey_id;
use cert_planner::model::journey::{HeldCertification, Journey};
use cert_planner::model::CertificationId;
use chrono::{NaiveDate, TimeZone, Utc};
use common::{d, held};
use proptest::prelude::*;

fn today() -> NaiveDate {
    d(2026, 11, 25)
}

fn journey(certifications: &[(K, &str, NaiveDate, Option<NaiveDate>)]) -> Journey {
    let mut j = Journey::default();
    give_id(&mut j, [1, 2, 3, 4]);
    for (kind, name, earned, expires) in certifications {
        let id: CertificationId = j.take_id();
        j.certifications.push(HeldCertification {
            name: (*name).to_owned(),
            expires: *expires,
            ..held(id.0, *kind, *earned)
        });
    }
    j
}

/// (name, params, value) of each property of each event.
type Props = Vec<(String, Vec<(String, Vec<String>)>, String)>;

fn parse(text: &str) -> (Props, Vec<Props>) {
    let mut parser = ical::IcalParser::new(BufReader::new(text.as_bytes()));
    let calendar = parser.next().expect("one calendar").expect("it parses");
    assert!(parser.next().is_none(), "exactly one calendar");
    let props = |list: &[ical::property::Property]| -> Props {
        list.iter()
            .map(|p| {
                (
                    p.name.clone(),
                    p.params.clone().unwrap_or_default(),
                    p.value.clone().unwrap_or_default(),
                )
            })
            .collect()
    };
    (
        props(&calendar.properties),
        calendar
            .events
            .iter()
            .map(|e| props(&e.properties))
            .collect(),
    )
}

fn value<'a>(props: &'a Props, name: &str) -> &'a str {
    let found: Vec<&'a str> = props
        .iter()
        .filter(|p| p.0 == name)
        .map(|p| p.2.as_str())
        .collect();
    assert_eq!(found.len(), 1, "{name} once in {props:?}");
    found[0]
}

fn params<'a>(props: &'a Props, name: &str) -> &'a [(String, Vec<String>)] {
    &props.iter().find(|p| p.0 == name).expect(name).1
}

const LONG_NAME: &str =
    "Scrum.org Professional Scrum Product Owner Advanced, renewed; très long name for folding";

fn sample() -> Journey {
    journey(&[
        // CSM then CSPO: aligned, both expire 10 Sep 2027.
        (K::Csm, "", d(2025, 5, 2), None),
        (K::Cspo, "", d(2025, 9, 10), None),
        // Another body's certification with its own expiry, and a long name.
        (K::OtherBody, LONG_NAME, d(2024, 1, 1), Some(d(2028, 2, 29))),
        // Expired: no deadline to come.
        (K::Csd, "", d(2022, 1, 1), None),
        // Never expires.
        (K::Microcredential, "Coaching basics", d(2025, 1, 1), None),
    ])
}

#[test]
fn every_expiry_to_come_and_its_reminder_are_all_day_events() {
    let now = Utc.with_ymd_and_hms(2026, 11, 25, 9, 30, 0).unwrap();
    let text = deadlines_ics(&sample(), today(), now);
    let (calendar, events) = parse(&text);
    assert_eq!(value(&calendar, "VERSION"), "2.0");
    assert_eq!(
        value(&calendar, "PRODID"),
        "-//cert-planner//Renewal deadlines//EN"
    );

    let got: Vec<(String, String, String, String)> = events
        .iter()
        .map(|e| {
            assert_eq!(
                params(e, "DTSTART"),
                &[("VALUE".to_owned(), vec!["DATE".to_owned()])]
            );
            assert_eq!(
                params(e, "DTEND"),
                &[("VALUE".to_owned(), vec!["DATE".to_owned()])]
            );
            assert_eq!(value(e, "DTSTAMP"), "20261125T093000Z");
            (
                value(e, "DTSTART").to_owned(),
                value(e, "DTEND").to_owned(),
                value(e, "UID").to_owned(),
                value(e, "SUMMARY").to_owned(),
            )
        })
        .collect();
    let row = |start: &str, end: &str, uid: &str, summary: &str| {
        (
            start.to_owned(),
            end.to_owned(),
            uid.to_owned(),
            summary.to_owned(),
        )
    };
    assert_eq!(
        got,
        vec![
            // 90 days before 10 Sep 2027 is 12 Jun 2027.
            row(
                "20270612",
                "20270613",
                "00000001000000020000000300000004-1-reminder@cert-planner",
                "CSM expires in 90 days"
            ),
            row(
                "20270612",
                "20270613",
                "00000001000000020000000300000004-2-reminder@cert-planner",
                "CSPO expires in 90 days"
            ),
            row(
                "20270910",
                "20270911",
                "00000001000000020000000300000004-1-expiry@cert-planner",
                "CSM expires"
            ),
            row(
                "20270910",
                "20270911",
                "00000001000000020000000300000004-2-expiry@cert-planner",
                "CSPO expires"
            ),
            // 90 days before 29 Feb 2028 (a leap day) is 1 Dec 2027.
            row(
                "20271201",
                "20271202",
                "00000001000000020000000300000004-3-reminder@cert-planner",
                &format!(
                    "{} expires in 90 days",
                    LONG_NAME.replace(',', "\\,").replace(';', "\\;")
                )
            ),
            row(
                "20280229",
                "20280301",
                "00000001000000020000000300000004-3-expiry@cert-planner",
                &format!(
                    "{} expires",
                    LONG_NAME.replace(',', "\\,").replace(';', "\\;")
                )
            ),
        ]
    );
    let mut uids: Vec<&String> = got.iter().map(|g| &g.2).collect();
    uids.sort();
    uids.dedup();
    assert_eq!(uids.len(), got.len(), "UIDs are unique");
    assert!(value(&events[2], "DESCRIPTION").contains("10 Sep 2027"));
}

#[test]
fn lines_end_in_crlf_and_are_folded_at_75_octets() {
    let now = Utc.with_ymd_and_hms(2026, 11, 25, 9, 30, 0).unwrap();
    let text = deadlines_ics(&sample(), today(), now);
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n"));
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    assert!(!text.replace("\r\n", "").contains('\n'), "no bare LF");
    assert!(!text.replace("\r\n", "").contains('\r'), "no bare CR");
    let lines: Vec<&str> = text.split("\r\n").collect();
    assert!(
        lines.iter().all(|l| l.len() <= 75),
        "every line at most 75 octets: {:?}",
        lines.iter().filter(|l| l.len() > 75).collect::<Vec<_>>()
    );
    assert!(
        lines.iter().any(|l| l.starts_with(' ')),
        "the long name is folded onto a continuation line"
    );
    // The same inputs give the same file (stable UIDs, DTSTAMP from `now`).
    assert_eq!(text, deadlines_ics(&sample(), today(), now));
}

#[test]
fn a_reminder_already_passed_is_left_out_and_nothing_expired_is_listed() {
    // CSPO earned 1 Jan 2025 expires 1 Jan 2027: inside the 90 days, its reminder day has passed.
    let j = journey(&[
        (K::Cspo, "", d(2025, 1, 1), None),
        (K::Csm, "", d(2020, 1, 1), None),
    ]);
    let (_, events) = parse(&deadlines_ics(
        &j,
        today(),
        Utc.with_ymd_and_hms(2026, 11, 25, 0, 0, 0).unwrap(),
    ));
    let uids: Vec<&str> = events.iter().map(|e| value(e, "UID")).collect();
    assert_eq!(
        uids,
        vec!["00000001000000020000000300000004-1-expiry@cert-planner"]
    );
    // An empty journey is still a valid calendar, with no events.
    let (calendar, events) = parse(&deadlines_ics(
        &Journey::default(),
        today(),
        Utc.with_ymd_and_hms(2026, 11, 25, 0, 0, 0).unwrap(),
    ));
    assert_eq!(value(&calendar, "VERSION"), "2.0");
    assert!(events.is_empty());
    assert_eq!(filename(today()), "certification-deadlines-2026-11-25.ics");
}

fn uids_and_dates(text: &str) -> Vec<(String, String, String)> {
    parse(text)
        .1
        .iter()
        .map(|e| {
            (
                value(e, "UID").to_owned(),
                value(e, "DTSTART").to_owned(),
                value(e, "SEQUENCE").to_owned(),
            )
        })
        .collect()
}

#[test]
fn a_renewal_moves_the_expiry_event_under_the_same_uid_with_a_higher_sequence() {
    let now = Utc.with_ymd_and_hms(2026, 11, 25, 9, 30, 0).unwrap();
    let mut j = journey(&[(K::Cspo, "", d(2025, 9, 10), None)]);
    j.revision = 7;
    let before = uids_and_dates(&deadlines_ics(&j, today(), now));
    // Renewed (as the reducer records it: a renewal, and the revision one higher).
    let renewal = j.take_id();
    j.renewals
        .push(cert_planner::model::journey::RecordedRenewal {
            id: renewal,
            date: d(2026, 11, 20),
            renewed: vec![j.certifications[0].id],
            fee_paid: Default::default(),
        });
    j.revision += 1;
    let after = uids_and_dates(&deadlines_ics(&j, today(), now));
    let uid = format!("{}-{}-expiry@cert-planner", j.id, j.certifications[0].id.0);
    let expiry = |events: &[(String, String, String)]| {
        events
            .iter()
            .find(|e| e.0 == uid)
            .cloned()
            .expect("the expiry event")
    };
    assert_eq!(
        expiry(&before),
        (uid.clone(), "20270910".to_owned(), "7".to_owned())
    );
    assert_eq!(
        expiry(&after),
        (uid.clone(), "20290910".to_owned(), "8".to_owned())
    );
}

#[test]
fn two_journeys_calendars_share_no_uid() {
    let now = Utc.with_ymd_and_hms(2026, 11, 25, 9, 30, 0).unwrap();
    let mut ours = sample();
    let mut theirs = sample();
    ours.id.clear();
    theirs.id.clear();
    give_id(&mut ours, [0xdead_beef, 1, 2, 3]);
    give_id(&mut theirs, [0xdead_beef, 1, 2, 4]);
    let uids = |j: &Journey| -> Vec<String> {
        uids_and_dates(&deadlines_ics(j, today(), now))
            .into_iter()
            .map(|e| e.0)
            .collect()
    };
    let (a, b) = (uids(&ours), uids(&theirs));
    assert_eq!(a.len(), 6);
    assert!(a.iter().all(|uid| !b.contains(uid)), "{a:?} {b:?}");
    // The id is made once: a second call keeps it.
    let id = ours.id.clone();
    give_id(&mut ours, [9, 9, 9, 9]);
    assert_eq!(ours.id, id);
    assert!(is_journey_id(&id) && is_journey_id(""));
    assert!(!is_journey_id("DEADBEEF000000010000000200000003"));
    assert!(!is_journey_id("1234"));
}

/// A TEXT value read back: its escapes undone (RFC 5545 3.3.11).
fn unescaped(value: &str) -> String {
    let mut out = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') | Some('N') => out.push('\n'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig {
        failure_persistence: None,
        ..ProptestConfig::with_cases(500)
    })]

    /// Any name, control characters included, goes into the file and comes back out of a real
    /// parser as it was, less its control characters but line breaks; no line is longer than 75
    /// octets, and no control character is left in the file but its CRLF line ends.
    #[test]
    fn any_text_round_trips_and_no_line_is_longer_than_75_octets(
        name in "[a-z][a-z;,\\\\:\"\n\r\t\u{0}\u{1b}\u{7f}\u{85} é東🚀]{0,120}",
    ) {
        let now = Utc.with_ymd_and_hms(2026, 11, 25, 9, 30, 0).unwrap();
        let j = journey(&[(K::OtherBody, &name, d(2025, 1, 1), Some(d(2027, 6, 1)))]);
        let text = deadlines_ics(&j, today(), now);
        for line in text.split("\r\n") {
            prop_assert!(line.len() <= 75, "{:?}", line);
            prop_assert!(!line.chars().any(char::is_control), "{:?}", line);
        }
        let (_, events) = parse(&text);
        let title = j.certifications[0].title();
        let expected: String = title.chars().filter(|c| !c.is_control() || *c == '\n').collect();
        prop_assert_eq!(unescaped(value(&events[1], "SUMMARY")), format!("{expected} expires"));
    }
}

#[test]
fn the_gate_keeps_a_journey_id_and_refuses_one_it_did_not_make() {
    use cert_planner::domain::edge::gate::check_text;
    let mut j = sample();
    let text = serde_json::to_string(&j).expect("JSON");
    let admitted = check_text(&text).expect("admitted");
    assert_eq!(admitted.journey.id, "00000001000000020000000300000004");
    j.id = "x\u{7}y".to_owned();
    let refused = check_text(&serde_json::to_string(&j).expect("JSON"))
        .expect_err("refused")
        .to_string();
    assert!(
        refused.contains("its id \"x\u{7}y\" is not 32 hexadecimal digits"),
        "{refused}"
    );
}
