#![cfg(not(target_arch = "wasm32"))]
//! The evidence report: what it lists for the next renewal and for a recorded one.

mod common;

use cert_planner::domain::edge::example::example_journey;
use cert_planner::domain::renewals::evidence::{evidence_report, report_choices, ReportFor};
use cert_planner::domain::rules::catalogue::CertificationKind as K;
use cert_planner::domain::seus::log::next_renewal;
use cert_planner::model::seu::{SeuCategory, SeuSource};
use cert_planner::model::Minutes;
use cert_planner::model::{RenewalId, SeuEntryId};
use common::{d, entry, held, journey_with, renewal};

#[test]
fn the_next_renewal_report_lists_exactly_the_entries_that_count_with_what_counts() {
    let today = d(2026, 1, 10);
    let mut capped = entry(4, "2025-06-01", 300);
    capped.category = SeuCategory::Events;
    let mut reading = entry(3, "2025-06-01", 360);
    reading.evidence = "https://example.org/notes".to_owned();
    let journey = journey_with(
        vec![held(1, K::Cspo, "2024-03-01")],
        vec![
            // Before the 30-month window of a renewal due 1 Mar 2026: not counted.
            entry(2, "2023-01-01", 120),
            // One day: 6 + 5 hours, the daily cap keeps 8 (the first one whole).
            reading,
            capped,
            entry(5, "2025-12-24", 45),
        ],
    );
    let report = evidence_report(&journey, ReportFor::Next, today).expect("a CSPO renews");
    let ids: Vec<SeuEntryId> = report.entries.iter().map(|e| e.id).collect();
    assert_eq!(ids, [SeuEntryId(3), SeuEntryId(4), SeuEntryId(5)]);
    let counted: Vec<u32> = report
        .entries
        .iter()
        .map(|e| e.counted_minutes.get())
        .collect();
    assert_eq!(counted, [360, 120, 45]);
    assert_eq!(
        report.entries[1].minutes, 300,
        "the logged duration is kept"
    );
    assert_eq!(report.entries[0].evidence, "https://example.org/notes");
    assert_eq!(report.entries[0].source, SeuSource::Reading);

    assert_eq!(report.made_on, today);
    assert_eq!(report.date, d(2026, 3, 1));
    assert_eq!(report.window, (d(2023, 9, 1), d(2026, 3, 1)));
    assert_eq!(report.required_minutes, 20 * 60);
    assert_eq!(report.counted_minutes, 525);
    assert_eq!(report.missing_minutes(), 20 * 60 - 525);
    // The report's figures are the SEU log's.
    let progress = next_renewal(&journey, today).expect("progress");
    assert_eq!(report.counted_minutes, progress.earned_minutes);
    assert_eq!(report.required_minutes, progress.required_minutes);

    let totals: Vec<(SeuCategory, usize, u32)> = report
        .totals
        .iter()
        .map(|t| (t.category, t.entries, t.counted_minutes.get()))
        .collect();
    assert_eq!(
        totals,
        [
            (SeuCategory::Events, 1, 120),
            (SeuCategory::Learning, 2, 405),
            (SeuCategory::Volunteering, 0, 0),
            (SeuCategory::Other, 0, 0),
        ]
    );

    assert_eq!(report.certifications.len(), 1);
    let cspo = &report.certifications[0];
    assert_eq!(cspo.title, "CSPO");
    assert_eq!(cspo.earned, d(2024, 3, 1));
    assert_eq!(cspo.due, Some(d(2026, 3, 1)));
    assert_eq!(cspo.renewed_to, Some(d(2028, 3, 1)));
}

#[test]
fn a_recorded_renewal_report_lists_the_entries_it_used_and_the_dates_it_moved() {
    let mut used = entry(2, "2025-10-01", 600);
    used.used_by_renewal = Some(RenewalId(9));
    let mut later = entry(3, "2026-04-01", 60);
    later.used_by_renewal = None;
    let mut journey = journey_with(
        vec![
            held(1, K::Cspo, "2024-03-01"),
            held(4, K::OtherBody, "2024-01-01"),
        ],
        vec![used, later],
    );
    journey.renewals.push(renewal(9, d(2026, 2, 20), &[1]));
    let report = evidence_report(&journey, ReportFor::Recorded(RenewalId(9)), d(2026, 5, 1))
        .expect("the renewal is recorded");
    assert_eq!(report.date, d(2026, 2, 20));
    let ids: Vec<SeuEntryId> = report.entries.iter().map(|e| e.id).collect();
    assert_eq!(ids, [SeuEntryId(2)]);
    assert_eq!(
        report.entries[0].counted_minutes, 480,
        "the daily cap applies"
    );
    assert_eq!(report.counted_minutes, 480);
    assert_eq!(
        report.required_minutes,
        20 * 60,
        "what the CSPO alone needs"
    );
    assert_eq!(
        report.fee,
        common::renewal(9, d(2026, 2, 20), &[1]).fee_paid
    );
    let titles: Vec<&str> = report
        .certifications
        .iter()
        .map(|c| c.title.as_str())
        .collect();
    assert_eq!(titles, ["CSPO"], "only what the renewal renewed");
    assert_eq!(report.certifications[0].due, Some(d(2026, 3, 1)));
    assert_eq!(report.certifications[0].renewed_to, Some(d(2028, 3, 1)));
    assert_eq!(report.window, (d(2023, 9, 1), d(2026, 2, 20)));
}

#[test]
fn the_reports_offered_are_the_next_renewal_then_recorded_ones_latest_first() {
    let mut journey = journey_with(vec![held(1, K::Cspo, "2022-03-01")], vec![]);
    journey.renewals.push(renewal(5, d(2024, 2, 1), &[1]));
    journey.renewals.push(renewal(6, d(2026, 2, 1), &[1]));
    let choices = report_choices(&journey, d(2026, 6, 1));
    assert_eq!(
        choices,
        [
            (ReportFor::Next, d(2028, 3, 1)),
            (ReportFor::Recorded(RenewalId(6)), d(2026, 2, 1)),
            (ReportFor::Recorded(RenewalId(5)), d(2024, 2, 1)),
        ]
    );
    assert!(evidence_report(&journey, ReportFor::Recorded(RenewalId(77)), d(2026, 6, 1)).is_none());
}

#[test]
fn nothing_renewed_with_seus_means_no_next_renewal_report() {
    let journey = journey_with(
        vec![held(1, K::OtherBody, "2024-01-01")],
        vec![entry(2, "2025-01-01", 60)],
    );
    assert!(evidence_report(&journey, ReportFor::Next, d(2026, 1, 1)).is_none());
    assert!(report_choices(&journey, d(2026, 1, 1)).is_empty());
}

#[test]
fn the_example_journey_report_counts_its_three_activities() {
    let today = d(2026, 11, 25);
    let journey = example_journey(today);
    let report = evidence_report(&journey, ReportFor::Next, today).expect("the example renews");
    let titles: Vec<&str> = report.entries.iter().map(|e| e.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Read \u{201c}Escaping the Build Trap\u{201d}",
            "Local Scrum user group meetup",
            "Webinar: product discovery",
        ]
    );
    assert_eq!(report.counted_minutes, 360 + 90 + 120);
    let sum: Minutes = report.totals.iter().map(|t| t.counted_minutes).sum();
    assert_eq!(sum, report.counted_minutes, "the totals by category add up");
    let renewed: Vec<&str> = report
        .certifications
        .iter()
        .map(|c| c.title.as_str())
        .collect();
    assert_eq!(renewed, ["CSM", "CSPO"]);
}

#[test]
fn durations_read_in_hours_and_minutes() {
    for (minutes, text) in [
        (0, "0 min"),
        (45, "45 min"),
        (60, "1 h"),
        (90, "1 h 30 min"),
        (1440, "24 h"),
    ] {
        assert_eq!(Minutes::new(minutes).hours_text(), text);
    }
}
