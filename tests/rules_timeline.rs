#![cfg(not(target_arch = "wasm32"))]
//! `docs/rules.md`, "Renewal", as the renewal timeline reads it: the renewals to come (one combined
//! renewal, one fee, every 2-year term), the fee forecast by calendar year (this year and the next
//! 6), the terms to come drawn to the picture's last year, a renewal recorded after expiry, lower
//! levels renewed with the top of their track, SEUs used once, leap days, and the planned course
//! that renews and realigns everything (alignment rule).

mod common;

use cert_planner::domain::renewals::timeline::{
    chart_span, course_effect, fee_for, fee_forecast, forecast_end, record_renewal,
    recorded_renewals, remove_renewal, renewals_to_come, renewals_until, restore_renewal,
    timeline_rows, CourseEffect, RenewalDraft, RenewalField, FORECAST_YEARS,
};
use cert_planner::domain::rules::catalogue::CertificationKind as K;
use cert_planner::domain::rules::renewal::{standings, term_end};
use cert_planner::domain::seus::log::next_renewal;
use cert_planner::model::journey::{Journey, RecordedRenewal};
use cert_planner::model::settings::Settings;
use cert_planner::model::{CertificationId, Money, OfferId, RenewalId, SeuEntryId};
use chrono::{Datelike, NaiveDate};
use common::{cert_ids, d, entry, held};
use proptest::prelude::*;

const TODAY: (i32, u32, u32) = (2026, 11, 25);

fn today() -> NaiveDate {
    d(TODAY.0, TODAY.1, TODAY.2)
}

/// A journey of certifications earned on the given dates (ids 1, 2, ... in order).
fn journey(alignment: bool, certifications: &[(K, NaiveDate)]) -> Journey {
    let mut j = Journey {
        settings: Settings {
            alignment_on_new_certification: alignment,
            ..Settings::default()
        },
        ..Journey::default()
    };
    for (kind, earned) in certifications {
        let id: CertificationId = j.take_id();
        j.certifications.push(held(id.0, *kind, *earned));
    }
    j
}

/// Logs an SEU entry with the journey's next id.
fn log(j: &mut Journey, date: NaiveDate, minutes: u32) -> SeuEntryId {
    let id: SeuEntryId = j.take_id();
    j.seu_log.push(entry(id.0, date, minutes));
    id
}

fn expiry(j: &Journey, id: u64) -> Option<NaiveDate> {
    standings(j, today())
        .into_iter()
        .find(|s| s.id == CertificationId(id))
        .and_then(|s| s.expiry)
}

fn draft(renewed: &[u64], date: NaiveDate, fee_paid_cents: u64) -> RenewalDraft {
    RenewalDraft {
        renewed: cert_ids(renewed),
        date,
        fee_paid: Money(fee_paid_cents),
    }
}

const ON: bool = true;
const OFF: bool = false;

// --- Renewals to come -----------------------------------------------------------------------

struct Upcoming {
    rule: &'static str,
    alignment: bool,
    held: Vec<(K, NaiveDate)>,
    /// (deadline, SEUs needed, fee in dollars) of each renewal to come in the next 6 years.
    expected: Vec<(NaiveDate, u32, u64)>,
}

#[test]
fn renewals_to_come_read_like_the_rules() {
    let cases = [
        Upcoming {
            rule: "CSPO alone: a renewal every 2-year term, 20 SEUs, $100",
            alignment: ON,
            held: vec![(K::Cspo, d(2025, 3, 14))],
            expected: vec![
                (d(2027, 3, 14), 20, 100),
                (d(2029, 3, 14), 20, 100),
                (d(2031, 3, 14), 20, 100),
            ],
        },
        Upcoming {
            rule: "CSM then CSPO, aligned: one renewal of both, 20 + 10 SEUs, one $100 fee",
            alignment: ON,
            held: vec![(K::Csm, d(2025, 5, 2)), (K::Cspo, d(2025, 9, 10))],
            expected: vec![
                (d(2027, 9, 10), 30, 100),
                (d(2029, 9, 10), 30, 100),
                (d(2031, 9, 10), 30, 100),
            ],
        },
        Upcoming {
            rule:
                "alignment off: each expiry date is a renewal of its own, with its own SEUs and fee",
            alignment: OFF,
            held: vec![(K::Csm, d(2025, 5, 2)), (K::Cspo, d(2025, 9, 10))],
            expected: vec![
                (d(2027, 5, 2), 20, 100),
                (d(2027, 9, 10), 20, 100),
                (d(2029, 5, 2), 20, 100),
                (d(2029, 9, 10), 20, 100),
                (d(2031, 5, 2), 20, 100),
                (d(2031, 9, 10), 20, 100),
            ],
        },
        Upcoming {
            rule: "A-CSPO + CSD: 30 + 10 SEUs, the fee of the highest level ($175)",
            alignment: ON,
            held: vec![
                (K::Cspo, d(2024, 1, 15)),
                (K::ACspo, d(2025, 6, 1)),
                (K::Csd, d(2025, 8, 20)),
            ],
            expected: vec![
                (d(2027, 8, 20), 40, 175),
                (d(2029, 8, 20), 40, 175),
                (d(2031, 8, 20), 40, 175),
            ],
        },
        Upcoming {
            rule: "CSP-SM + CSP-PO + CSD: 40 + 20 + 10 = 70 SEUs, one fee of $250",
            alignment: ON,
            held: vec![
                (K::Csm, d(2021, 1, 10)),
                (K::ACsm, d(2022, 3, 1)),
                (K::CspSm, d(2023, 6, 1)),
                (K::Cspo, d(2023, 9, 1)),
                (K::ACspo, d(2024, 2, 1)),
                (K::CspPo, d(2025, 2, 1)),
                (K::Csd, d(2025, 4, 4)),
            ],
            expected: vec![
                (d(2027, 4, 4), 70, 250),
                (d(2029, 4, 4), 70, 250),
                (d(2031, 4, 4), 70, 250),
            ],
        },
        Upcoming {
            rule: "certifications of other bodies and microcredentials are not renewed",
            alignment: ON,
            held: vec![
                (K::OtherBody, d(2025, 1, 1)),
                (K::Microcredential, d(2025, 1, 1)),
            ],
            expected: vec![],
        },
    ];
    for case in cases {
        let j = journey(case.alignment, &case.held);
        let got: Vec<(NaiveDate, u32, Money)> = renewals_to_come(&j, today())
            .iter()
            .map(|r| (r.deadline, r.seus_needed, r.fee))
            .collect();
        let expected: Vec<(NaiveDate, u32, Money)> = case
            .expected
            .iter()
            .map(|&(deadline, seus, fee)| (deadline, seus, Money::dollars(fee)))
            .collect();
        assert_eq!(got, expected, "{}", case.rule);
        let forecast = fee_forecast(&j, today());
        assert_eq!(
            forecast.renewals as usize,
            case.expected.len(),
            "{}",
            case.rule
        );
        assert_eq!(
            forecast.total,
            Money::dollars(case.expected.iter().map(|e| e.2).sum::<u64>()),
            "{}",
            case.rule
        );
    }
}

#[test]
fn each_renewal_to_come_names_what_it_renews_and_the_next_one_counts_the_seus_had() {
    let mut j = journey(
        ON,
        &[
            (K::Csm, d(2025, 5, 2)),
            (K::Cspo, d(2025, 9, 10)),
            (K::OtherBody, d(2025, 1, 1)),
        ],
    );
    log(&mut j, d(2026, 1, 10), 300); // 5 SEUs in the window of the 2027-09-10 deadline
    log(&mut j, d(2026, 1, 11), 600); // 10 h on one day: 8 SEUs count
    let list = renewals_to_come(&j, today());
    assert_eq!(list[0].renews, cert_ids(&[1, 2]));
    assert_eq!(list[0].titles, vec!["CSM".to_owned(), "CSPO".to_owned()]);
    assert_eq!(
        list[0].earned_minutes,
        13 * 60,
        "the next renewal counts as seu::next_renewal does"
    );
    assert_eq!(
        list[0].earned_minutes,
        next_renewal(&j, today()).unwrap().earned_minutes
    );
    assert_eq!(
        list[1].earned_minutes, 0,
        "later renewals start from nothing: no carry-over"
    );
    assert!(list.iter().all(|r| !r.overdue));
}

#[test]
fn the_forecast_counts_renewals_and_fees_per_calendar_year_this_year_and_the_next_6() {
    let j = journey(ON, &[(K::Csm, d(2025, 5, 2)), (K::Cspo, d(2025, 9, 10))]);
    let f = fee_forecast(&j, today());
    assert_eq!(f.years.len(), (FORECAST_YEARS + 1) as usize);
    assert_eq!(forecast_end(today()), d(2032, 12, 31));
    let per_year: Vec<(i32, u32, Money)> = f
        .years
        .iter()
        .map(|y| (y.year, y.renewals, y.fee))
        .collect();
    let (none, one) = (Money::ZERO, Money::dollars(100));
    assert_eq!(
        per_year,
        vec![
            (2026, 0, none),
            (2027, 1, one),
            (2028, 0, none),
            (2029, 1, one),
            (2030, 0, none),
            (2031, 1, one),
            (2032, 0, none)
        ]
    );
    assert_eq!((f.renewals, f.total), (3, Money::dollars(300)));
}

// --- Fees by calendar year ------------------------------------------------------------------

struct CalendarYears {
    rule: &'static str,
    today: NaiveDate,
    alignment: bool,
    held: Vec<(K, NaiveDate)>,
    /// (calendar year, renewals, fee in dollars) of each year of the forecast.
    expected: Vec<(i32, u32, u64)>,
}

#[test]
fn fees_count_in_the_calendar_year_the_renewal_is_made_january_to_december() {
    let cases = [
        CalendarYears {
            rule: "a renewal on 31 December counts in that year, one on 1 January in the next",
            today: today(),
            alignment: OFF,
            held: vec![(K::Csm, d(2025, 12, 31)), (K::Cspo, d(2026, 1, 1))],
            expected: vec![
                (2026, 0, 0),
                (2027, 1, 100),
                (2028, 1, 100),
                (2029, 1, 100),
                (2030, 1, 100),
                (2031, 1, 100),
                (2032, 1, 100),
            ],
        },
        CalendarYears {
            rule: "a renewal due on today's 1 January counts in this year",
            today: d(2027, 1, 1),
            alignment: ON,
            held: vec![(K::Cspo, d(2025, 1, 1))],
            expected: vec![
                (2027, 1, 100),
                (2028, 0, 0),
                (2029, 1, 100),
                (2030, 0, 0),
                (2031, 1, 100),
                (2032, 0, 0),
                (2033, 1, 100),
            ],
        },
        CalendarYears {
            rule: "today a leap day: the years still run from January to December",
            today: d(2028, 2, 29),
            alignment: ON,
            held: vec![(K::Cspo, d(2027, 3, 1))],
            expected: vec![
                (2028, 0, 0),
                (2029, 1, 100),
                (2030, 0, 0),
                (2031, 1, 100),
                (2032, 0, 0),
                (2033, 1, 100),
                (2034, 0, 0),
            ],
        },
        CalendarYears {
            rule: "earned on 29 February: each renewal falls on 28 February, in its own year",
            today: d(2025, 6, 1),
            alignment: ON,
            held: vec![(K::Cspo, d(2024, 2, 29))],
            expected: vec![
                (2025, 0, 0),
                (2026, 1, 100),
                (2027, 0, 0),
                (2028, 1, 100),
                (2029, 0, 0),
                (2030, 1, 100),
                (2031, 0, 0),
            ],
        },
        CalendarYears {
            rule: "an overdue renewal is made now: it counts in this year",
            today: today(),
            alignment: ON,
            held: vec![(K::Cspo, d(2024, 3, 1))],
            expected: vec![
                (2026, 1, 100),
                (2027, 0, 0),
                (2028, 1, 100),
                (2029, 0, 0),
                (2030, 1, 100),
                (2031, 0, 0),
                (2032, 1, 100),
            ],
        },
    ];
    for case in cases {
        let j = journey(case.alignment, &case.held);
        let f = fee_forecast(&j, case.today);
        let got: Vec<(i32, u32, u64)> = f
            .years
            .iter()
            .map(|y| (y.year, y.renewals, y.fee.0 / 100))
            .collect();
        assert_eq!(got, case.expected, "{}", case.rule);
        assert_eq!(
            forecast_end(case.today),
            d(case.today.year() + FORECAST_YEARS, 12, 31),
            "{}",
            case.rule
        );
    }
}

#[test]
fn an_expired_certification_is_one_overdue_renewal_counted_today() {
    // CSPO earned 1 Mar 2024 expired on 1 Mar 2026.
    let j = journey(ON, &[(K::Cspo, d(2024, 3, 1))]);
    let list = renewals_to_come(&j, today());
    let got: Vec<(NaiveDate, bool)> = list.iter().map(|r| (r.deadline, r.overdue)).collect();
    // Reinstated today, it runs from the old expiry: 1 Mar 2028, 2030, 2032.
    assert_eq!(
        got,
        vec![
            (d(2026, 3, 1), true),
            (d(2028, 3, 1), false),
            (d(2030, 3, 1), false),
            (d(2032, 3, 1), false)
        ]
    );
    let f = fee_forecast(&j, today());
    assert_eq!(
        f.years[0].renewals, 1,
        "the overdue renewal is made now, in the first year"
    );
    assert_eq!((f.renewals, f.total), (4, Money::dollars(400)));
}

/// (due, what it renews, SEUs needed, fee in dollars, overdue) of each renewal to come.
type Due = (NaiveDate, Vec<&'static str>, u32, u64, bool);

fn upcoming(j: &Journey, today: NaiveDate) -> Vec<Due> {
    renewals_to_come(j, today)
        .into_iter()
        .map(|r| {
            let titles = r
                .titles
                .iter()
                .map(|t| match t.as_str() {
                    "CSM" => "CSM",
                    "CSPO" => "CSPO",
                    "A-CSPO" => "A-CSPO",
                    other => panic!("unexpected title {other}"),
                })
                .collect();
            (r.deadline, titles, r.seus_needed, r.fee.0 / 100, r.overdue)
        })
        .collect()
}

#[test]
fn groups_of_renewals_by_date_with_alignment_off() {
    let mut j = journey(OFF, &[(K::Csm, d(2025, 5, 2)), (K::Cspo, d(2025, 9, 10))]);
    log(&mut j, d(2026, 1, 10), 300);
    let list = renewals_to_come(&j, today());
    assert_eq!(
        upcoming(&j, today())[..2],
        [
            (d(2027, 5, 2), vec!["CSM"], 20, 100, false),
            (d(2027, 9, 10), vec!["CSPO"], 20, 100, false),
        ],
        "the CSM is due on its own date; the CSPO, not due yet, is not part of it"
    );
    assert_eq!(
        (list[0].earned_minutes.get(), list[1].earned_minutes.get()),
        (300, 300),
        "SEUs had: what the log holds toward each today"
    );
    let next = next_renewal(&j, today()).unwrap();
    assert_eq!(
        (
            next.deadline,
            next.requirement.renews.clone(),
            next.requirement.seus
        ),
        (d(2027, 5, 2), cert_ids(&[1]), 20),
        "the next renewal is the earliest group"
    );
}

#[test]
fn groups_of_renewals_by_date_after_a_partial_renewal() {
    // Aligned to 10 Sep 2027; then only the CSPO is renewed: the CSM is due alone in 2027,
    // and from 2029 both share a date again, one renewal of 20 + 10 SEUs and one fee.
    let mut j = journey(ON, &[(K::Csm, d(2025, 5, 2)), (K::Cspo, d(2025, 9, 10))]);
    record_renewal(&mut j, draft(&[2], d(2026, 11, 20), 10_000), today()).unwrap();
    assert_eq!(
        upcoming(&j, today()),
        vec![
            (d(2027, 9, 10), vec!["CSM"], 20, 100, false),
            (d(2029, 9, 10), vec!["CSM", "CSPO"], 30, 100, false),
            (d(2031, 9, 10), vec!["CSM", "CSPO"], 30, 100, false),
        ]
    );
}

#[test]
fn a_lapsed_certification_is_reinstated_on_its_own_not_folded_into_the_current_renewal() {
    // The CSM lapsed on 10 Jan 2022; the CSPO earned in 2025 did not renew it (it was not
    // current), so the CSPO's renewal renews the CSPO alone.
    let j = journey(ON, &[(K::Csm, d(2020, 1, 10)), (K::Cspo, d(2025, 9, 10))]);
    assert_eq!(
        upcoming(&j, today()),
        vec![
            (d(2022, 1, 10), vec!["CSM"], 20, 100, true),
            (d(2027, 9, 10), vec!["CSPO"], 20, 100, false),
            // Reinstated today, the CSM runs to its first term end after today: 10 Jan 2028.
            (d(2028, 1, 10), vec!["CSM"], 20, 100, false),
            (d(2029, 9, 10), vec!["CSPO"], 20, 100, false),
            (d(2030, 1, 10), vec!["CSM"], 20, 100, false),
            (d(2031, 9, 10), vec!["CSPO"], 20, 100, false),
            (d(2032, 1, 10), vec!["CSM"], 20, 100, false),
        ]
    );
    let next = next_renewal(&j, today()).unwrap();
    assert_eq!(
        (
            next.deadline,
            next.requirement.renews.clone(),
            next.requirement.seus
        ),
        (d(2027, 9, 10), cert_ids(&[2]), 20),
        "the next renewal is the current CSPO's, without the lapsed CSM's SEUs"
    );
}

#[test]
fn lapsed_several_terms_reinstatement_agrees_with_the_forecast() {
    // (rule, earned, renewed on, expiry after the renewal)
    let cases = [
        (
            "on time: one term after the expiry",
            d(2024, 12, 1),
            d(2026, 11, 20),
            d(2028, 12, 1),
        ),
        (
            "lapsed less than a term: one term after the old expiry",
            d(2024, 3, 1),
            d(2026, 11, 20),
            d(2028, 3, 1),
        ),
        (
            "lapsed two terms ago",
            d(2020, 6, 1),
            d(2026, 11, 20),
            d(2028, 6, 1),
        ),
        (
            "lapsed three terms ago",
            d(2019, 6, 1),
            d(2026, 11, 20),
            d(2027, 6, 1),
        ),
        (
            "renewed the day a term would end: the term after",
            d(2018, 11, 20),
            d(2026, 11, 20),
            d(2028, 11, 20),
        ),
        (
            "earned on 29 Feb, lapsed: its terms end on 28 Feb",
            d(2016, 2, 29),
            d(2026, 11, 20),
            d(2028, 2, 28),
        ),
    ];
    for (rule, earned, renewed_on, after) in cases {
        let j = journey(ON, &[(K::Cspo, earned)]);
        // What the forecast shows on the day of the renewal: the renewal due now, then the
        // next deadline, which is the expiry the renewal brings.
        let promised = renewals_to_come(&j, renewed_on);
        assert_eq!(promised[1].deadline, after, "{rule}: the forecast");
        assert_eq!(
            promised.iter().filter(|r| r.overdue).count(),
            usize::from(promised[0].overdue),
            "{rule}: one reinstatement, one fee"
        );
        let mut recorded = j.clone();
        record_renewal(&mut recorded, draft(&[1], renewed_on, 10_000), renewed_on).unwrap();
        assert_eq!(
            expiry(&recorded, 1),
            Some(after),
            "{rule}: the recorded renewal"
        );
        assert!(
            standings(&recorded, renewed_on)[0].status.is_active(),
            "{rule}: active after it"
        );
        assert_eq!(
            renewals_to_come(&recorded, renewed_on)[0].deadline,
            after,
            "{rule}: nothing more is asked before that expiry"
        );
    }
}

// --- Terms to come in the picture ----------------------------------------------------------

/// (renewal date, term start, term end) of each term to come of the row titled `title`.
fn to_come(j: &Journey, today: NaiveDate, title: &str) -> Vec<(NaiveDate, NaiveDate, NaiveDate)> {
    timeline_rows(j, today)
        .into_iter()
        .find(|r| r.title == title)
        .expect("a row")
        .to_come
        .iter()
        .map(|t| (t.renewal, t.start, t.end))
        .collect()
}

#[test]
fn the_terms_to_come_follow_each_renewal_to_come_to_the_pictures_last_year() {
    // The picture runs from 2024 to the end of 2030.
    assert_eq!(chart_span(today()), (d(2024, 1, 1), d(2031, 1, 1)));
    let j = journey(ON, &[(K::Cspo, d(2025, 3, 14))]);
    assert_eq!(
        to_come(&j, today(), "CSPO"),
        vec![
            (d(2027, 3, 14), d(2027, 3, 14), d(2029, 3, 14)),
            (d(2029, 3, 14), d(2029, 3, 14), d(2031, 3, 14)),
        ],
        "each renewal on its expiry gives the next 2-year term, until one runs past 2030"
    );

    // Alignment off: each certification on its own dates.
    let j = journey(OFF, &[(K::Csm, d(2025, 5, 2)), (K::Cspo, d(2025, 9, 10))]);
    assert_eq!(
        to_come(&j, today(), "CSM")[0],
        (d(2027, 5, 2), d(2027, 5, 2), d(2029, 5, 2))
    );
    assert_eq!(
        to_come(&j, today(), "CSPO")[0],
        (d(2027, 9, 10), d(2027, 9, 10), d(2029, 9, 10))
    );

    // A lower level renews with the top of its track: the same terms to come.
    let j = journey(ON, &[(K::Cspo, d(2024, 1, 15)), (K::ACspo, d(2025, 6, 1))]);
    assert_eq!(to_come(&j, today(), "CSPO"), to_come(&j, today(), "A-CSPO"));

    // Lapsed: reinstated today to the current term (the renewal rule), then on time.
    let j = journey(ON, &[(K::Cspo, d(2024, 3, 1))]);
    assert_eq!(
        to_come(&j, today(), "CSPO"),
        vec![
            (today(), d(2026, 3, 1), d(2028, 3, 1)),
            (d(2028, 3, 1), d(2028, 3, 1), d(2030, 3, 1)),
            (d(2030, 3, 1), d(2030, 3, 1), d(2032, 3, 1)),
        ]
    );

    // What is not renewed with SEUs has none, and neither has a planned course's row.
    let mut j = journey(
        ON,
        &[(K::Cspo, d(2025, 9, 10)), (K::OtherBody, d(2025, 1, 1))],
    );
    plan_course(&mut j, "A-CSPO", Some("2027-03-05"));
    let rows = timeline_rows(&j, today());
    assert!(rows[1].to_come.is_empty(), "another body's certification");
    assert!(rows[2].to_come.is_empty(), "the planned course");
}

#[test]
fn the_terms_to_come_are_what_recording_each_renewal_on_its_date_gives() {
    // One rule decides: record each renewal to come on its date, and the terms held are
    // exactly the terms the picture showed to come.
    for (alignment, held) in [
        (ON, vec![(K::Cspo, d(2025, 3, 14))]),
        (ON, vec![(K::Cspo, d(2024, 3, 1))]),
        (ON, vec![(K::Cspo, d(2020, 6, 30))]),
        (
            OFF,
            vec![(K::Csm, d(2025, 5, 2)), (K::Cspo, d(2025, 9, 10))],
        ),
        (
            ON,
            vec![(K::Cspo, d(2024, 1, 15)), (K::ACspo, d(2025, 6, 1))],
        ),
    ] {
        let j = journey(alignment, &held);
        let rows = timeline_rows(&j, today());
        let mut recorded = j.clone();
        let mut dates: Vec<NaiveDate> = rows
            .iter()
            .flat_map(|r| r.to_come.iter().map(|t| t.renewal))
            .collect();
        dates.sort();
        dates.dedup();
        for date in dates {
            let due: Vec<u64> = rows
                .iter()
                .filter(|r| r.to_come.iter().any(|t| t.renewal == date))
                .map(|r| r.id.0)
                .collect();
            record_renewal(&mut recorded, draft(&due, date, 0), date).expect("a valid renewal");
        }
        for row in &rows {
            let terms = &standings(&recorded, today())
                .into_iter()
                .find(|s| s.id == row.id)
                .expect("held")
                .terms;
            let after: Vec<(NaiveDate, NaiveDate)> = terms[row.terms.len()..]
                .iter()
                .map(|t| (t.start, t.end))
                .collect();
            let promised: Vec<(NaiveDate, NaiveDate)> =
                row.to_come.iter().map(|t| (t.start, t.end)).collect();
            assert_eq!(after, promised, "{} ({held:?})", row.title);
        }
    }
}

// --- Recording a renewal --------------------------------------------------------------------

#[test]
fn a_renewal_recorded_after_expiry_moves_the_expiry_by_exactly_one_term_from_the_old_expiry() {
    let mut j = journey(ON, &[(K::Cspo, d(2024, 3, 1))]);
    assert_eq!(expiry(&j, 1), Some(d(2026, 3, 1)));
    let id = record_renewal(&mut j, draft(&[1], d(2026, 11, 20), 10_000), today()).unwrap();
    assert_eq!(
        expiry(&j, 1),
        Some(d(2028, 3, 1)),
        "not 20 Nov 2028: one term from the old expiry"
    );
    assert_eq!(
        j.renewals,
        vec![RecordedRenewal {
            id,
            date: d(2026, 11, 20),
            renewed: cert_ids(&[1]),
            fee_paid: Money(10_000)
        }]
    );
    assert!(standings(&j, today())[0].status.is_active());
}

#[test]
fn renewing_the_top_of_a_track_renews_the_lower_levels() {
    // CSPO, then A-CSPO and CSP-PO: all aligned to 20 Jan 2027.
    let mut j = journey(
        ON,
        &[
            (K::Cspo, d(2023, 2, 1)),
            (K::ACspo, d(2024, 5, 10)),
            (K::CspPo, d(2025, 1, 20)),
            (K::Csm, d(2022, 1, 1)),
        ],
    );
    assert_eq!(fee_for(&j, &cert_ids(&[3])), Some(Money::dollars(250)));
    assert_eq!(fee_for(&j, &cert_ids(&[1])), Some(Money::dollars(100)));
    assert_eq!(fee_for(&j, &[]), None);
    let id = record_renewal(&mut j, draft(&[3], d(2026, 11, 20), 25_000), today()).unwrap();
    let stored = j.renewals.iter().find(|r| r.id == id).unwrap();
    assert_eq!(
        stored.renewed,
        cert_ids(&[1, 2, 3]),
        "CSP-PO renews A-CSPO and CSPO; not the CSM"
    );
    for cert in [1, 2, 3] {
        assert_eq!(
            expiry(&j, cert),
            Some(d(2029, 1, 20)),
            "certification {cert}"
        );
    }
    // The CSM (earned 2022, aligned to 20 Jan 2027 by CSP-PO) was not renewed.
    assert_eq!(expiry(&j, 4), Some(d(2027, 1, 20)));
    assert_eq!(
        recorded_renewals(&j)[0].titles,
        vec!["CSPO", "A-CSPO", "CSP-PO"]
    );
}

#[test]
fn seus_used_by_a_recorded_renewal_are_marked_and_not_counted_again() {
    // CSPO earned 10 Jan 2025: expires 10 Jan 2027, window from 10 Jul 2024 (30 months).
    let mut j = journey(ON, &[(K::Cspo, d(2025, 1, 10))]);
    let before_window = log(&mut j, d(2024, 7, 9), 300);
    let first_day = log(&mut j, d(2024, 7, 10), 120);
    let capped = log(&mut j, d(2026, 10, 1), 600);
    let recent = log(&mut j, d(2026, 11, 24), 360);
    assert_eq!(
        next_renewal(&j, today()).unwrap().earned_minutes,
        (2 + 8 + 6) * 60
    );

    let id = record_renewal(&mut j, draft(&[1], today(), 10_000), today()).unwrap();
    let used: Vec<(SeuEntryId, Option<RenewalId>)> = j
        .seu_log
        .iter()
        .map(|e| (e.id, e.used_by_renewal))
        .collect();
    assert_eq!(
        used,
        vec![
            (before_window, None),
            (first_day, Some(id)),
            (capped, Some(id)),
            (recent, Some(id))
        ]
    );
    assert_eq!(
        recorded_renewals(&j)[0].used_minutes,
        120 + 480 + 360,
        "what counted: 10 h on one day counts 8 SEUs"
    );
    // The next renewal (due 10 Jan 2029, window from 10 Jul 2026) does not count them again.
    let next = next_renewal(&j, today()).unwrap();
    assert_eq!(next.deadline, d(2029, 1, 10));
    assert_eq!(next.earned_minutes, 0);
    log(&mut j, today(), 120);
    assert_eq!(next_renewal(&j, today()).unwrap().earned_minutes, 120);

    // Removing the renewal frees the entries and moves the expiry back; undo puts both back.
    let removed = remove_renewal(&mut j, id).unwrap();
    assert_eq!(expiry(&j, 1), Some(d(2027, 1, 10)));
    assert!(j.seu_log.iter().all(|e| e.used_by_renewal.is_none()));
    assert_eq!(removed.entries, vec![first_day, capped, recent]);
    restore_renewal(&mut j, removed);
    assert_eq!(expiry(&j, 1), Some(d(2029, 1, 10)));
    assert_eq!(
        j.seu_log
            .iter()
            .filter(|e| e.used_by_renewal == Some(id))
            .count(),
        3
    );
}

/// (rule, draft, expected errors at their fields).
type Check = (
    &'static str,
    RenewalDraft,
    Vec<(RenewalField, &'static str)>,
);

#[test]
fn a_renewal_is_checked_at_its_fields() {
    let j = journey(
        ON,
        &[(K::Cspo, d(2026, 10, 26)), (K::OtherBody, d(2025, 1, 1))],
    );
    let cases: [Check; 5] = [
        ("nothing chosen", draft(&[], today(), 0), vec![(RenewalField::Certifications, "Choose at least one certification you renewed.")]),
        ("other bodies are not renewed here", draft(&[2], today(), 0), vec![(RenewalField::Certifications, "named 2 is not renewed with SEUs and a fee.")]),
        ("a date in the future", draft(&[1], d(2026, 11, 26), 0), vec![(RenewalField::Date, "The renewal date 26 Nov 2026 is in the future. Record a renewal once you have made it.")]),
        ("renewal opens 30 days after earning", draft(&[1], d(2026, 11, 24), 0), vec![(RenewalField::Date, "CSPO was earned on 26 Oct 2026; renewal opens 30 days after earning, on 25 Nov 2026.")]),
        ("the 30th day after earning is open", draft(&[1], d(2026, 11, 25), 0), vec![]),
    ];
    for (rule, draft, expected) in cases {
        let mut copy = j.clone();
        let got = match record_renewal(&mut copy, draft, today()) {
            Ok(_) => vec![],
            Err(errors) => {
                assert_eq!(copy, j, "{rule}: nothing is stored");
                errors.into_iter().map(|e| (e.field, e.message)).collect()
            }
        };
        let expected: Vec<(RenewalField, String)> = expected
            .into_iter()
            .map(|(f, m)| (f, m.to_owned()))
            .collect();
        assert_eq!(got, expected, "{rule}");
    }
}

// --- Leap days ------------------------------------------------------------------------------

#[test]
fn earned_on_29_february_the_terms_end_on_28_february() {
    let j = journey(ON, &[(K::Cspo, d(2024, 2, 29))]);
    let got: Vec<NaiveDate> = renewals_until(&j, d(2025, 6, 1), d(2031, 5, 31))
        .iter()
        .map(|r| r.deadline)
        .collect();
    // 29 Feb 2024 + 2 years = 28 Feb 2026; each renewal adds a term from there (28 Feb 2028,
    // even though 2028 has a 29 February).
    assert_eq!(got, vec![d(2026, 2, 28), d(2028, 2, 28), d(2030, 2, 28)]);

    let mut renewed = j.clone();
    record_renewal(
        &mut renewed,
        draft(&[1], d(2026, 2, 1), 10_000),
        d(2026, 2, 1),
    )
    .unwrap();
    assert_eq!(
        standings(&renewed, d(2026, 2, 1))[0].expiry,
        Some(d(2028, 2, 28))
    );
    // The due-soon zone starts 90 days before: 30 Nov 2027 (2028 is a leap year).
    let row = &timeline_rows(&renewed, d(2026, 2, 1))[0];
    assert_eq!(row.due_soon_from, Some(d(2027, 11, 30)));
    assert_eq!(row.renewed_on, vec![d(2026, 2, 1)]);
    assert_eq!(
        row.terms
            .iter()
            .map(|t| (t.start, t.end))
            .collect::<Vec<_>>(),
        vec![
            (d(2024, 2, 29), d(2026, 2, 28)),
            (d(2026, 2, 28), d(2028, 2, 28))
        ]
    );
}

// --- The planned course ---------------------------------------------------------------------

fn plan_course(j: &mut Journey, kind: &str, end: Option<&str>) {
    let offer = serde_json::json!({
        "id": 900, "certification": kind, "provider": "Agile School", "trainer": "T. Rainer",
        "trainer_credential": "Cst", "listed_by_scrum_alliance": "Listed", "format": "LiveOnline",
        "start": null, "end": end, "minutes_per_day": 480, "price_cents": 120_000, "currency": "USD"
    });
    j.training
        .offers
        .push(serde_json::from_value(offer).expect("a course offer"));
    j.training.chosen = Some(OfferId(900));
}

#[test]
fn a_planned_course_renews_and_realigns_the_current_certifications() {
    let mut j = journey(ON, &[(K::Csm, d(2025, 5, 2)), (K::Cspo, d(2025, 9, 10))]);
    assert_eq!(course_effect(&j, today()), CourseEffect::NoCourse);
    plan_course(&mut j, "A-CSPO", Some("2027-03-05"));
    let CourseEffect::Realigns(plan) = course_effect(&j, today()) else {
        panic!("the course realigns");
    };
    assert_eq!(plan.earned, d(2027, 3, 5));
    assert_eq!(plan.expiry, d(2029, 3, 5));
    assert_eq!(
        plan.aligned,
        vec![
            (
                CertificationId(1),
                "CSM".to_owned(),
                d(2027, 9, 10),
                d(2029, 3, 5)
            ),
            (
                CertificationId(2),
                "CSPO".to_owned(),
                d(2027, 9, 10),
                d(2029, 3, 5)
            ),
        ]
    );
    // A-CSPO (30) + CSM (10) = 40 SEUs, $175; renewals on 5 Mar 2029 and 2031.
    assert_eq!((plan.seus_needed, plan.fee), (40, Money::dollars(175)));
    assert_eq!(
        (plan.forecast.renewals, plan.forecast.total),
        (2, Money::dollars(350))
    );
    assert_eq!(
        (
            fee_forecast(&j, today()).renewals,
            fee_forecast(&j, today()).total
        ),
        (3, Money::dollars(300))
    );
    // The journey itself is not changed, and the picture shows the realigned expiry.
    assert_eq!(j.certifications.len(), 2);
    let rows = timeline_rows(&j, today());
    assert_eq!(
        rows.iter()
            .map(|r| (r.title.as_str(), r.planned_expiry))
            .collect::<Vec<_>>(),
        vec![
            ("CSM", Some(d(2029, 3, 5))),
            ("CSPO", Some(d(2029, 3, 5))),
            ("A-CSPO (planned course)", Some(d(2029, 3, 5))),
        ]
    );

    // With the alignment setting off, earning it moves nothing else.
    j.settings.alignment_on_new_certification = false;
    let CourseEffect::Realigns(plan) = course_effect(&j, today()) else {
        panic!("still a plan")
    };
    assert!(plan.aligned.is_empty());
}

#[test]
fn a_course_without_end_date_or_for_a_certification_held_changes_nothing() {
    let mut j = journey(ON, &[(K::Cspo, d(2025, 9, 10))]);
    plan_course(&mut j, "A-CSPO", None);
    assert!(matches!(
        course_effect(&j, today()),
        CourseEffect::NoEndDate { .. }
    ));
    let mut j = journey(ON, &[(K::Cspo, d(2025, 9, 10))]);
    plan_course(&mut j, "CSPO", Some("2027-01-10"));
    assert!(matches!(
        course_effect(&j, today()),
        CourseEffect::AlreadyHeld { .. }
    ));
    assert!(timeline_rows(&j, today())
        .iter()
        .all(|r| r.planned_expiry.is_none()));
}

proptest! {
    /// A single CSPO not yet expired: the renewals to come are its term ends in the next 6
    /// years, each 2 years after the one before, and the forecast adds up their fees.
    #[test]
    fn forecast_of_one_certification_is_its_term_ends(days_ago in 0i64..700) {
        let earned = today() - chrono::Duration::days(days_ago);
        let j = journey(ON, &[(K::Cspo, earned)]);
        let mut expected = Vec::new();
        let mut end = term_end(earned);
        while end <= forecast_end(today()) {
            if end >= today() { expected.push(end); }
            end = term_end(end);
        }
        let got: Vec<NaiveDate> = renewals_to_come(&j, today()).iter().map(|r| r.deadline).collect();
        prop_assert_eq!(&got, &expected);
        let f = fee_forecast(&j, today());
        prop_assert_eq!(f.renewals as usize, expected.len());
        prop_assert_eq!(f.total, Money::dollars(100 * expected.len() as u64));
        prop_assert_eq!(f.years.iter().map(|y| y.fee).sum::<Money>(), f.total);
    }

    /// Whenever a CSPO was earned, its terms to come reach the picture's last year (the last one
    /// ends after it), one 2-year term after another.
    #[test]
    fn terms_to_come_reach_the_end_of_the_picture(days_ago in 0i64..1500) {
        let earned = today() - chrono::Duration::days(days_ago);
        let j = journey(ON, &[(K::Cspo, earned)]);
        let row = &timeline_rows(&j, today())[0];
        let (_, chart_end) = chart_span(today());
        let last = row.to_come.last().expect("a CSPO has terms to come");
        prop_assert!(last.end >= chart_end);
        let mut previous = row.terms.last().expect("a term held").end;
        for (i, t) in row.to_come.iter().enumerate() {
            // The first may reinstate a lapsed CSPO to the term running on the day it is made;
            // every later one starts where the one before ended.
            prop_assert!(t.start >= previous && t.start <= t.renewal && t.renewal < t.end);
            if i > 0 {
                prop_assert_eq!(t.start, previous);
            }
            prop_assert_eq!(t.end, term_end(t.start));
            previous = t.end;
        }
    }
}

#[test]
fn the_outlook_simulated_once_gives_what_each_figure_gives_on_its_own() {
    use cert_planner::domain::edge::example::example_journey;
    use cert_planner::domain::renewals::timeline::{outlook, CHART_YEARS_AHEAD};
    for year in [2024, 2026, 2029, 2033] {
        for today in [d(year, 1, 1), d(year, 6, 15), d(year, 12, 31)] {
            let j = example_journey(d(2026, 6, 1));
            let o = outlook(&j, today);
            assert_eq!(o.to_come, renewals_to_come(&j, today), "{today}");
            assert_eq!(o.forecast, fee_forecast(&j, today), "{today}");
            assert_eq!(o.effect, course_effect(&j, today), "{today}");
            // The picture's terms to come are those of the renewals due up to its last year.
            let last = d(today.year() + CHART_YEARS_AHEAD, 12, 31);
            let made: Vec<NaiveDate> = renewals_until(&j, today, last)
                .iter()
                .map(|r| r.deadline.max(today))
                .collect();
            for row in &o.rows {
                for term in &row.to_come {
                    assert!(made.contains(&term.renewal), "{today}: {term:?}");
                }
            }
            let shown = o.rows.iter().map(|r| r.to_come.len()).sum::<usize>();
            assert!(shown > 0 || made.is_empty(), "{today}");
        }
    }
}
