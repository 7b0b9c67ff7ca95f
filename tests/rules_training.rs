#![cfg(not(target_arch = "wasm32"))]
//! `docs/rules.md`, "Choosing a training", "Earning" and "Training formats and costs": the
//! gates, the checklist score, the price range and hours flags, the offer form's checks, sorting
//! and filtering, and completing the planned course (certification + SEUs, all or nothing).

use cert_planner::basics::order::SortDirection;
mod common;

use cert_planner::domain::records::drafts::{add, update};
use cert_planner::domain::rules::catalogue::CertificationKind as K;
use cert_planner::domain::training::{
    choose, complete_chosen, course_minutes, draft_of, figures, flags, gate_failures, gate_text,
    nine_questions, planned_course, remove_offer, restore_offer, score, set_weights, sorted_offers,
    unchoose, validate_offer, verdict, ChecklistItem, CourseError, Flag, GateFailure, OfferField,
    OfferFilter, OfferSortKey, QuestionRole, Verdict,
};
use cert_planner::model::journey::{HeldCertification, Journey};
use cert_planner::model::seu::{SeuCategory, SeuSource};
use cert_planner::model::training::{
    ChecklistAnswers, CourseFormat, CourseOffer, Listing, ScoreWeights, TrainerCredential,
};
use cert_planner::model::{Minutes, Money, OfferId};
use chrono::NaiveDate;
use common::{d, held};
use proptest::prelude::*;

/// (certification, credential, listed, format, expected gate failures)
type GateRow = (
    K,
    TrainerCredential,
    bool,
    CourseFormat,
    &'static [GateFailure],
);
/// (start, end, minutes per day, course minutes, flagged)
type HoursRow = ((i32, u32, u32), (i32, u32, u32), u32, u32, bool);

/// (answers, weights, score, unknown answers)
type ScoreRow = ([Option<bool>; 4], [u32; 4], u32, usize);

fn today() -> NaiveDate {
    d(2026, 11, 25)
}

/// A CSPO offer that passes every gate: a CST, listed, live online, two 8-hour days, $850.
fn offer(id: u64) -> CourseOffer {
    CourseOffer {
        id: OfferId(id),
        certification: K::Cspo,
        provider: format!("Provider {id}"),
        trainer: "Alex Trainer".into(),
        trainer_credential: TrainerCredential::Cst,
        listed_by_scrum_alliance: Listing::Listed,
        format: CourseFormat::LiveOnline,
        start: Some(d(2026, 3, 11)),
        end: Some(d(2026, 3, 12)),
        minutes_per_day: Minutes(8 * 60),
        course_days: None,
        place: "Europe/Berlin".into(),
        language: "English".into(),
        price: Money(85_000),
        currency: "USD".into(),
        checklist: ChecklistAnswers {
            covers_all_objectives: Some(true),
            hands_on_practice: Some(true),
            interactive_activities: Some(true),
            practice_tests: Some(true),
        },
        notes: String::new(),
        link: "https://example.org/cspo".into(),
    }
}

/// A journey comparing `offers`, its next id 100.
fn journey_offering(offers: Vec<CourseOffer>) -> Journey {
    let mut j = Journey {
        next_id: 100,
        ..Journey::default()
    };
    j.training.offers = offers;
    j
}

// ---------------------------------------------------------------------------------------------
// Gates: "Questions 1 and 2 are gates: without them the course does not lead to the certification."

#[test]
fn gates_who_teaches_and_whether_scrum_alliance_lists_it() {
    use GateFailure::*;
    // (certification, credential, listed, format, failures)
    let rows: &[GateRow] = &[
        // A CSPO course taught by a CST, listed: leads to CSPO.
        (
            K::Cspo,
            TrainerCredential::Cst,
            true,
            CourseFormat::LiveOnline,
            &[],
        ),
        // Private coaching by a CAC leads to CSPO ...
        (
            K::Cspo,
            TrainerCredential::CacCoaching,
            true,
            CourseFormat::InPerson,
            &[],
        ),
        // ... but not to CSM: CSM needs a CST.
        (
            K::Csm,
            TrainerCredential::CacCoaching,
            true,
            CourseFormat::InPerson,
            &[CacCoachingOnlyForCspo],
        ),
        // Not a CST: does not lead, whatever else.
        (
            K::Cspo,
            TrainerCredential::Other,
            true,
            CourseFormat::LiveOnline,
            &[NotTaughtByCst],
        ),
        (
            K::Csm,
            TrainerCredential::Other,
            true,
            CourseFormat::LiveOnline,
            &[NotTaughtByCst],
        ),
        // A CST but not listed by Scrum Alliance: does not lead.
        (
            K::Cspo,
            TrainerCredential::Cst,
            false,
            CourseFormat::LiveOnline,
            &[NotListed],
        ),
        // Neither: both reasons.
        (
            K::Cspo,
            TrainerCredential::Other,
            false,
            CourseFormat::LiveOnline,
            &[NotTaughtByCst, NotListed],
        ),
        // "advanced and professional courses may also be live online + self-paced"
        (
            K::ACspo,
            TrainerCredential::Cst,
            true,
            CourseFormat::LiveOnlineSelfPaced,
            &[],
        ),
        (
            K::CspPo,
            TrainerCredential::Cst,
            true,
            CourseFormat::LiveOnlineSelfPaced,
            &[],
        ),
        (
            K::Cspo,
            TrainerCredential::Cst,
            true,
            CourseFormat::LiveOnlineSelfPaced,
            &[FormatNotAllowed],
        ),
    ];
    for (kind, credential, listed, format, expected) in rows {
        let mut o = offer(1);
        o.certification = *kind;
        o.trainer_credential = *credential;
        o.listed_by_scrum_alliance = if *listed {
            Listing::Listed
        } else {
            Listing::NotListed
        };
        o.format = *format;
        assert_eq!(
            gate_failures(&o),
            expected.to_vec(),
            "{kind:?} {credential:?} listed={listed} {format:?}"
        );
        assert_eq!(gate_text(&o).is_none(), expected.is_empty());
    }
}

#[test]
fn the_gate_text_says_why_in_plain_words() {
    let mut o = offer(1);
    o.trainer_credential = TrainerCredential::Other;
    o.certification = K::Csm;
    assert_eq!(
        gate_text(&o).as_deref(),
        Some("Does not lead to the certification: not taught by a CST")
    );
    o.listed_by_scrum_alliance = Listing::NotListed;
    assert_eq!(
        gate_text(&o).as_deref(),
        Some(
            "Does not lead to the certification: not taught by a CST; not listed by Scrum Alliance"
        )
    );
    o.certification = K::Cspo;
    o.listed_by_scrum_alliance = Listing::Listed;
    assert_eq!(
        gate_text(&o).as_deref(),
        Some("Does not lead to the certification: not taught by a CST (or private coaching by a CAC)")
    );
}

#[test]
fn a_gate_wins_over_a_perfect_score() {
    let mut o = offer(1);
    o.trainer_credential = TrainerCredential::Other;
    assert_eq!(score(&o.checklist, &ScoreWeights::default()).percent, 100);
    assert!(gate_text(&o).is_some());
}

// ---------------------------------------------------------------------------------------------
// Score: the checklist questions 3-6, weighted by the user; unknown answers count as 0.

fn answers(a: [Option<bool>; 4]) -> ChecklistAnswers {
    ChecklistAnswers {
        covers_all_objectives: a[0],
        hands_on_practice: a[1],
        interactive_activities: a[2],
        practice_tests: a[3],
    }
}

#[test]
fn score_is_the_weighted_share_of_yes_answers() {
    const Y: Option<bool> = Some(true);
    const N: Option<bool> = Some(false);
    const U: Option<bool> = None;
    // (answers, weights [objectives, hands-on, interactive, tests], score, unknown count)
    let rows: &[ScoreRow] = &[
        // Default weights 4/3/2/1: all yes = 100, all no = 0.
        ([Y, Y, Y, Y], [4, 3, 2, 1], 100, 0),
        ([N, N, N, N], [4, 3, 2, 1], 0, 0),
        // Only "covers all objectives": 4 of 10 = 40.
        ([Y, N, N, N], [4, 3, 2, 1], 40, 0),
        // Unknown counts as no, and is pointed out: 4 + 3 of 10 = 70.
        ([Y, Y, U, U], [4, 3, 2, 1], 70, 2),
        ([U, U, U, U], [4, 3, 2, 1], 0, 4),
        // Equal weights: each yes is 25.
        ([Y, N, Y, N], [1, 1, 1, 1], 50, 0),
        // A weight of 0 takes the question out: 3 of 3 = 100.
        ([N, Y, N, N], [0, 3, 0, 0], 100, 0),
        // Rounding half up: 1 of 3 = 33.3 -> 33; 2 of 3 = 66.7 -> 67; 1 of 8 = 12.5 -> 13.
        ([Y, N, N, N], [1, 1, 1, 0], 33, 0),
        ([Y, Y, N, N], [1, 1, 1, 0], 67, 0),
        ([Y, N, N, N], [1, 7, 0, 0], 13, 0),
        // Every weight 0: nothing to score.
        ([Y, Y, Y, Y], [0, 0, 0, 0], 0, 0),
    ];
    for (a, w, expected, unknown) in rows {
        let weights = ScoreWeights {
            covers_all_objectives: w[0],
            hands_on_practice: w[1],
            interactive_activities: w[2],
            practice_tests: w[3],
        };
        let s = score(&answers(*a), &weights);
        assert_eq!(s.percent, *expected, "{a:?} {w:?}");
        assert_eq!(s.unknown.len(), *unknown, "{a:?}");
    }
}

#[test]
fn unknown_answers_are_named_in_the_flags() {
    let mut o = offer(1);
    o.checklist.hands_on_practice = None;
    o.checklist.practice_tests = None;
    let f = flags(&o);
    assert_eq!(
        f,
        vec![Flag::UnknownAnswers(vec![
            ChecklistItem::HandsOnPractice,
            ChecklistItem::PracticeTests
        ])]
    );
    assert_eq!(
        f[0].text(&o),
        "Not known yet (counted as no): hands-on practice, practice tests"
    );
}

#[test]
fn weights_are_whole_numbers_up_to_the_bound() {
    let mut j = Journey::default();
    let w = ScoreWeights {
        practice_tests: cert_planner::domain::rules::limits::MAX_CHECKLIST_WEIGHT,
        ..ScoreWeights::default()
    };
    assert_eq!(set_weights(&mut j, w.clone()), Ok(()));
    assert_eq!(j.training.weights, w);
    let mut too_much = w.clone();
    too_much.hands_on_practice = cert_planner::domain::rules::limits::MAX_CHECKLIST_WEIGHT + 1;
    assert!(set_weights(&mut j, too_much).is_err());
    assert_eq!(j.training.weights, w, "refused weights are not stored");
}

proptest! {
    #[test]
    fn score_stays_between_0_and_100_and_grows_with_yes(
        a in proptest::array::uniform4(proptest::option::of(any::<bool>())),
        w in proptest::array::uniform4(0u32..=100),
        flip in 0usize..4,
    ) {
        let weights = ScoreWeights {
            covers_all_objectives: w[0], hands_on_practice: w[1],
            interactive_activities: w[2], practice_tests: w[3],
        };
        let before = score(&answers(a), &weights).percent;
        prop_assert!(before <= 100);
        let mut more = a;
        more[flip] = Some(true);
        prop_assert!(score(&answers(more), &weights).percent >= before);
    }
}

// ---------------------------------------------------------------------------------------------
// Price: "You can find the training ranging from cost $695 to $1000" (CSPO, USD). Pointed out,
// not forbidden.

#[test]
fn the_guide_price_range_edges() {
    // (certification, price in cents, currency, flagged below, flagged above)
    let rows: &[(K, u64, &str, bool, bool)] = &[
        (K::Cspo, 69_500, "USD", false, false),  // $695.00
        (K::Cspo, 100_000, "USD", false, false), // $1,000.00
        (K::Cspo, 69_499, "USD", true, false),   // $694.99
        (K::Cspo, 100_001, "USD", false, true),  // $1,000.01
        (K::Cspo, 0, "USD", true, false),
        // Only USD: the guide's figures are dollars.
        (K::Cspo, 50_000, "EUR", false, false),
        (K::Cspo, 200_000, "EUR", false, false),
        // The guide gives a range for CSPO only.
        (K::Csm, 200_000, "USD", false, false),
        (K::ACspo, 10_000, "USD", false, false),
    ];
    for (kind, cents, currency, below, above) in rows {
        let mut o = offer(1);
        o.certification = *kind;
        o.price = Money(*cents);
        o.currency = (*currency).into();
        let f = flags(&o);
        let is_below = f.iter().any(|f| matches!(f, Flag::PriceBelowGuide { .. }));
        let is_above = f.iter().any(|f| matches!(f, Flag::PriceAboveGuide { .. }));
        assert_eq!(
            (is_below, is_above),
            (*below, *above),
            "{kind:?} {cents} {currency}"
        );
    }
    let mut o = offer(1);
    o.price = Money(100_001);
    assert_eq!(
        flags(&o)[0].text(&o),
        "Price above the guide's range for CSPO ($695 to $1,000)"
    );
    assert_eq!(figures::CSPO_PRICE_MIN, Money(69_500));
    assert_eq!(figures::CSPO_PRICE_MAX, Money(100_000));
}

// ---------------------------------------------------------------------------------------------
// Hours: "a live course of at least 16 hours (two 8-hour days)". Course hours = days between
// start and end (both included) x teaching time per day.

#[test]
fn too_few_hours_are_flagged() {
    // (start, end, minutes per day, course minutes, flagged)
    let rows: &[HoursRow] = &[
        // Two 8-hour days = 16 h: enough.
        ((2026, 3, 11), (2026, 3, 12), 480, 960, false),
        // Two 7.5-hour days = 15 h: flagged.
        ((2026, 3, 11), (2026, 3, 12), 450, 900, true),
        // One day of 8 hours: flagged.
        ((2026, 3, 11), (2026, 3, 11), 480, 480, true),
        // Four half days of 4 hours = 16 h: enough.
        ((2026, 3, 9), (2026, 3, 12), 240, 960, false),
        // Across a month end: 31 Mar to 1 Apr, 8 h each.
        ((2026, 3, 31), (2026, 4, 1), 480, 960, false),
    ];
    for (start, end, per_day, minutes, flagged) in rows {
        let mut o = offer(1);
        o.start = Some(d(start.0, start.1, start.2));
        o.end = Some(d(end.0, end.1, end.2));
        o.minutes_per_day = Minutes(*per_day);
        assert_eq!(
            course_minutes(&o),
            Some(Minutes(*minutes)),
            "{start:?}-{end:?}"
        );
        let f = flags(&o);
        assert_eq!(
            f.iter().any(|f| matches!(f, Flag::TooFewHours { .. })),
            *flagged,
            "{start:?}-{end:?} {per_day}"
        );
    }
    let mut o = offer(1);
    o.minutes_per_day = Minutes(450);
    assert_eq!(
        flags(&o)[0].text(&o),
        "Too few hours: 15 h of at least 16 h"
    );
}

#[test]
fn missing_dates_are_flagged() {
    for (start, end) in [
        (None, Some(d(2026, 3, 12))),
        (Some(d(2026, 3, 11)), None),
        (None, None),
    ] {
        let mut o = offer(1);
        o.start = start;
        o.end = end;
        assert_eq!(course_minutes(&o), None);
        assert_eq!(flags(&o), vec![Flag::MissingDates]);
    }
}

// ---------------------------------------------------------------------------------------------
// The offer form's checks.

#[test]
fn the_offer_form_says_at_the_field_what_is_wrong() {
    let ok = draft_of(&offer(1));
    assert_eq!(validate_offer(&ok), vec![]);
    // (change, field in error)
    type Change = fn(&mut cert_planner::domain::training::OfferDraft);
    let rows: &[(Change, OfferField)] = &[
        (|dr| dr.provider = "   ".into(), OfferField::Provider),
        (|dr| dr.end = Some(d(2026, 3, 10)), OfferField::End),
        (
            |dr| dr.minutes_per_day = Minutes(0),
            OfferField::MinutesPerDay,
        ),
        (
            |dr| dr.minutes_per_day = Minutes(721),
            OfferField::MinutesPerDay,
        ),
        (|dr| dr.currency = "US".into(), OfferField::Currency),
        (|dr| dr.currency = "US$".into(), OfferField::Currency),
        (
            |dr| dr.link = "javascript:alert(1)".into(),
            OfferField::Link,
        ),
        (|dr| dr.link = "ftp://example.org".into(), OfferField::Link),
        (
            |dr| dr.format = CourseFormat::LiveOnlineSelfPaced,
            OfferField::Format,
        ),
        (
            |dr| dr.certification = K::OtherBody,
            OfferField::Certification,
        ),
    ];
    for (change, field) in rows {
        let mut draft = ok.clone();
        change(&mut draft);
        let errors = validate_offer(&draft);
        assert_eq!(errors.len(), 1, "{draft:?}: {errors:?}");
        assert_eq!(errors[0].field, *field);
    }
    // Accepted edges: 12 hours a day, a price of 0, an empty link, one-day course, no dates.
    let mut edge = ok.clone();
    edge.minutes_per_day = Minutes(720);
    edge.price = Money::ZERO;
    edge.link = String::new();
    edge.end = edge.start;
    assert_eq!(validate_offer(&edge), vec![]);
    edge.start = None;
    edge.end = None;
    edge.link = "HTTP://example.org".into();
    edge.currency = "eur".into();
    assert_eq!(validate_offer(&edge), vec![]);
}

#[test]
fn add_update_remove_and_restore_offers() {
    let mut j = journey_offering(vec![]);
    let mut draft = draft_of(&offer(0));
    draft.provider = "  Acme Agile  ".into();
    draft.currency = "usd".into();
    let id = add(&mut j, draft.clone(), today()).expect("valid draft");
    assert_eq!(id, OfferId(100));
    assert_eq!(j.next_id, 101);
    assert_eq!(j.training.offers[0].provider, "Acme Agile");
    assert_eq!(j.training.offers[0].currency, "USD");

    let mut bad = draft.clone();
    bad.provider.clear();
    let before = j.clone();
    assert!(add(&mut j, bad.clone(), today()).is_err());
    assert!(update(&mut j, id, bad, today()).is_err());
    assert_eq!(j, before, "a refused draft changes nothing");

    draft.price = Money(99_900);
    update(&mut j, id, draft, today()).expect("valid update");
    assert_eq!(j.training.offers[0].price, Money(99_900));

    choose(&mut j, id).expect("passes the gates");
    let removed = remove_offer(&mut j, id).expect("offer exists");
    assert!(removed.was_chosen);
    assert!(j.training.offers.is_empty());
    assert_eq!(j.training.chosen, None);
    restore_offer(&mut j, removed);
    assert_eq!(j.training.offers.len(), 1);
    assert_eq!(
        j.training.chosen,
        Some(id),
        "undo brings back the choice too"
    );
    assert!(update(&mut j, OfferId(999), draft_of(&offer(1)), today()).is_err());
}

// ---------------------------------------------------------------------------------------------
// Sorting and filtering.

#[test]
fn sort_and_filter_offers() {
    let mut a = offer(1); // CSPO, $850, 11 Mar, score 100
    let mut b = offer(2);
    b.price = Money(70_000);
    b.start = Some(d(2026, 2, 1));
    b.end = Some(d(2026, 2, 2));
    b.checklist.practice_tests = Some(false); // 90
    let mut c = offer(3);
    c.certification = K::Csm;
    c.trainer_credential = TrainerCredential::Other; // does not lead
    c.price = Money(40_000);
    c.start = None;
    c.checklist.covers_all_objectives = None; // 60
    a.notes = "first".into();
    let offers = vec![a, b, c];
    let w = ScoreWeights::default();
    let ids = |key, dir, filter| {
        sorted_offers(&offers, &w, filter, key, dir)
            .iter()
            .map(|o| o.id.0)
            .collect::<Vec<_>>()
    };
    let all = OfferFilter::default();
    // The offer that does not lead to the certification (3) is last whatever the sort.
    assert_eq!(
        ids(OfferSortKey::Score, SortDirection::Descending, all),
        [1, 2, 3]
    );
    assert_eq!(
        ids(OfferSortKey::Score, SortDirection::Ascending, all),
        [2, 1, 3]
    );
    assert_eq!(
        ids(OfferSortKey::Price, SortDirection::Ascending, all),
        [2, 1, 3]
    );
    assert_eq!(
        ids(OfferSortKey::Price, SortDirection::Descending, all),
        [1, 2, 3]
    );
    // No start date: last either way.
    assert_eq!(
        ids(OfferSortKey::Start, SortDirection::Ascending, all),
        [2, 1, 3]
    );
    assert_eq!(
        ids(OfferSortKey::Start, SortDirection::Descending, all),
        [1, 2, 3]
    );
    // Catalogue order: CSPO before CSM; ties keep the recorded order.
    assert_eq!(
        ids(OfferSortKey::Certification, SortDirection::Ascending, all),
        [1, 2, 3]
    );
    let leads = OfferFilter {
        certification: None,
        leads_only: true,
    };
    assert_eq!(
        ids(OfferSortKey::Price, SortDirection::Ascending, leads),
        [2, 1]
    );
    let csm = OfferFilter {
        certification: Some(K::Csm),
        leads_only: false,
    };
    assert_eq!(
        ids(OfferSortKey::Score, SortDirection::Descending, csm),
        [3]
    );
}

/// (rule, offers as (credential, listing, score answers), ids best first by score)
type RankRow = (
    &'static str,
    &'static [(TrainerCredential, Listing, [Option<bool>; 4])],
    &'static [u64],
);

#[test]
fn an_offer_that_does_not_lead_to_the_certification_ranks_below_one_that_does_whatever_its_score() {
    use Listing::{Listed, NotChecked, NotListed};
    use TrainerCredential::{CacCoaching, Cst, Other};
    const ALL_YES: [Option<bool>; 4] = [Some(true); 4];
    const NO_TESTS: [Option<bool>; 4] = [Some(true), Some(true), Some(true), Some(false)];
    const ALL_NO: [Option<bool>; 4] = [Some(false); 4];
    let rows: &[RankRow] = &[
        (
            "a non-CST course at 100/100 ranks below a CST course at 90/100",
            &[(Other, Listed, ALL_YES), (Cst, Listed, NO_TESTS)],
            &[2, 1],
        ),
        (
            "an unlisted course at 100/100 ranks below a listed one at 0/100",
            &[(Cst, NotListed, ALL_YES), (Cst, Listed, ALL_NO)],
            &[2, 1],
        ),
        (
            "a listing not checked yet ranks between: below one that leads, above one that does not",
            &[(Other, Listed, ALL_YES), (Cst, NotChecked, ALL_YES), (CacCoaching, Listed, ALL_NO)],
            &[3, 2, 1],
        ),
        (
            "among offers that lead, the score ranks",
            &[(Cst, Listed, NO_TESTS), (Cst, Listed, ALL_YES), (Cst, Listed, ALL_NO)],
            &[2, 1, 3],
        ),
    ];
    for (rule, offers, expected) in rows {
        let offers: Vec<CourseOffer> = offers
            .iter()
            .zip(1..)
            .map(|((credential, listing, answers), id)| {
                let mut o = offer(id);
                o.trainer_credential = *credential;
                o.listed_by_scrum_alliance = *listing;
                o.checklist = ChecklistAnswers::from_array(*answers);
                o
            })
            .collect();
        for direction in [SortDirection::Descending, SortDirection::Ascending] {
            let got: Vec<u64> = sorted_offers(
                &offers,
                &ScoreWeights::default(),
                OfferFilter::default(),
                OfferSortKey::Score,
                direction,
            )
            .iter()
            .map(|o| o.id.0)
            .collect();
            let does_not_lead = offers
                .iter()
                .filter(|o| verdict(o) == Verdict::DoesNotLead)
                .count();
            if direction == SortDirection::Descending {
                assert_eq!(got, expected.to_vec(), "{rule}");
            } else {
                // Lowest score first, but still never above an offer that leads.
                let tail = &got[got.len() - does_not_lead..];
                assert!(
                    tail.iter()
                        .all(|id| verdict(&offers[*id as usize - 1]) == Verdict::DoesNotLead),
                    "{rule}, lowest first: {got:?}"
                );
            }
        }
    }
}

#[test]
fn listed_by_scrum_alliance_starts_as_not_checked_yet() {
    assert_eq!(Listing::default(), Listing::NotChecked);
    let mut o = offer(1);
    o.listed_by_scrum_alliance = Listing::NotChecked;
    assert_eq!(verdict(&o), Verdict::NotCheckedYet);
    assert_eq!(gate_text(&o), None, "not checked is not a failed gate");
    assert!(!cert_planner::domain::training::leads_to_certification(&o));
    o.listed_by_scrum_alliance = Listing::Listed;
    assert_eq!(verdict(&o), Verdict::Leads);
}

#[test]
fn the_guides_nine_questions_are_one_numbered_checklist_two_gates_four_scored_three_fields() {
    let questions = nine_questions(&offer(1), &ScoreWeights::default());
    let roles: Vec<(u32, QuestionRole)> = questions.iter().map(|q| (q.number, q.role)).collect();
    use QuestionRole::{Field, Gate, Scored};
    assert_eq!(
        roles,
        vec![
            (1, Gate),
            (2, Gate),
            (3, Scored { weight: 4 }),
            (4, Scored { weight: 3 }),
            (5, Scored { weight: 2 }),
            (6, Scored { weight: 1 }),
            (7, Field),
            (8, Field),
            (9, Field),
        ]
    );
    let answers: Vec<&str> = questions.iter().map(|q| q.answer.as_str()).collect();
    assert_eq!(
        answers,
        [
            "Certified Scrum Trainer (CST)",
            "Yes, Scrum Alliance lists it",
            "Yes",
            "Yes",
            "Yes",
            "Yes",
            "Live online, instructor-led",
            "11 Mar 2026 to 12 Mar 2026; 2 course days, 8 h a day",
            "$850",
        ]
    );
}

#[test]
fn non_consecutive_course_days() {
    // (rule, start, end, course days given, course minutes at 4 h a day, SEU entry dates)
    type Row = (
        &'static str,
        NaiveDate,
        NaiveDate,
        Option<u32>,
        u32,
        Vec<NaiveDate>,
    );
    let tuesdays = vec![
        d(2026, 3, 3),
        d(2026, 3, 10),
        d(2026, 3, 17),
        d(2026, 3, 24),
    ];
    let rows: Vec<Row> = vec![
        (
            "four Tuesdays: 4 course days, not the 22 calendar days between",
            d(2026, 3, 3),
            d(2026, 3, 24),
            Some(4),
            16 * 60,
            tuesdays,
        ),
        (
            "no number given: every day from start to end",
            d(2026, 3, 11),
            d(2026, 3, 12),
            None,
            8 * 60,
            vec![d(2026, 3, 11), d(2026, 3, 12)],
        ),
        (
            "as many days as the span: every day",
            d(2026, 3, 11),
            d(2026, 3, 13),
            Some(3),
            12 * 60,
            vec![d(2026, 3, 11), d(2026, 3, 12), d(2026, 3, 13)],
        ),
        (
            "one course day: the last",
            d(2026, 3, 11),
            d(2026, 3, 13),
            Some(1),
            4 * 60,
            vec![d(2026, 3, 13)],
        ),
        (
            "two days a week apart over a fortnight: spread evenly",
            d(2026, 3, 2),
            d(2026, 3, 16),
            Some(3),
            12 * 60,
            vec![d(2026, 3, 2), d(2026, 3, 9), d(2026, 3, 16)],
        ),
    ];
    for (rule, start, end, days, minutes, dates) in rows {
        let mut o = offer(1);
        (o.start, o.end, o.course_days, o.minutes_per_day) =
            (Some(start), Some(end), days, Minutes(4 * 60));
        assert_eq!(course_minutes(&o), Some(Minutes(minutes)), "{rule}");
        assert!(validate_offer(&draft_of(&o)).is_empty(), "{rule}");
        let mut j = journey_offering(vec![o]);
        j.training.chosen = Some(OfferId(1));
        complete_chosen(&mut j, today()).expect(rule);
        let logged: Vec<(NaiveDate, u32)> = j
            .seu_log
            .iter()
            .map(|e| (e.date, e.minutes.get()))
            .collect();
        let expected: Vec<(NaiveDate, u32)> = dates.iter().map(|d| (*d, 4 * 60)).collect();
        assert_eq!(logged, expected, "{rule}");
    }
    // Four Tuesdays of 4 hours are 16 hours: not "too few hours".
    let mut o = offer(1);
    (o.start, o.end, o.course_days, o.minutes_per_day) = (
        Some(d(2026, 3, 3)),
        Some(d(2026, 3, 24)),
        Some(4),
        Minutes(4 * 60),
    );
    assert!(!flags(&o)
        .iter()
        .any(|f| matches!(f, Flag::TooFewHours { .. })));
    // More course days than the days from start to end, or none, is refused at the field.
    for bad in [0, 23] {
        o.course_days = Some(bad);
        let errors = validate_offer(&draft_of(&o));
        assert_eq!(
            errors.iter().map(|e| (e.field, e.message.as_str())).collect::<Vec<_>>(),
            [(OfferField::CourseDays, "Enter how many days the course teaches: from 1 to 22, the days from its start to its end.")],
            "{bad} days"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Choosing and completing the planned course: "Completing it records the certification earned on
// the end date (one action), with the course hours offered as SEUs (capped at 8 a day)."

#[test]
fn only_an_offer_that_leads_to_the_certification_can_be_chosen() {
    let mut no_cst = offer(2);
    no_cst.trainer_credential = TrainerCredential::Other;
    let mut j = journey_offering(vec![offer(1), no_cst]);
    assert!(matches!(
        choose(&mut j, OfferId(2)),
        Err(CourseError::DoesNotLead(_))
    ));
    assert_eq!(j.training.chosen, None);
    assert_eq!(choose(&mut j, OfferId(1)), Ok(()));
    assert_eq!(planned_course(&j).map(|o| o.id), Some(OfferId(1)));
    assert_eq!(choose(&mut j, OfferId(9)), Err(CourseError::NoSuchOffer));
    assert_eq!(unchoose(&mut j), Some(OfferId(1)));
    assert_eq!(planned_course(&j), None);
}

#[test]
fn completing_records_the_certification_and_the_course_days_as_seus() {
    // (minutes per day, days, SEU minutes per entry)
    let rows: &[(u32, u32, u32)] = &[
        // Two 8-hour days: 16 SEUs.
        (480, 2, 480),
        // Two 10-hour days: capped at 8 a day = 16 SEUs.
        (600, 2, 480),
        // Three 7.5-hour days: 22.5 SEUs.
        (450, 3, 450),
    ];
    for (per_day, days, per_entry) in rows {
        let mut o = offer(1);
        o.minutes_per_day = Minutes(*per_day);
        o.start = Some(d(2026, 3, 10));
        o.end = Some(d(2026, 3, 9 + days));
        let mut j = journey_offering(vec![o]);
        choose(&mut j, OfferId(1)).expect("leads to CSPO");
        let done = complete_chosen(&mut j, today()).expect("completes");
        assert_eq!(done.certification, K::Cspo);
        assert_eq!(done.earned, d(2026, 3, 9 + days));
        assert_eq!(j.certifications.len(), 1);
        assert_eq!(j.certifications[0].kind, K::Cspo);
        assert_eq!(j.certifications[0].earned, d(2026, 3, 9 + days));
        assert_eq!(j.certifications[0].id, done.certification_id);
        assert_eq!(j.seu_log.len(), *days as usize);
        for (i, entry) in j.seu_log.iter().enumerate() {
            assert_eq!(
                entry.date,
                d(2026, 3, 10 + i as u32),
                "one entry a course day"
            );
            assert_eq!(entry.minutes, *per_entry);
            assert_eq!(entry.category, SeuCategory::Learning);
            assert_eq!(entry.source, SeuSource::Course);
            assert_eq!(entry.title, "CSPO course: Provider 1");
            assert_eq!(entry.evidence, "https://example.org/cspo");
        }
        assert_eq!(done.seu_minutes, per_entry * days);
        assert_eq!(
            done.seu_entry_ids,
            j.seu_log.iter().map(|e| e.id).collect::<Vec<_>>()
        );
        assert_eq!(j.training.chosen, None, "the choice is cleared");
        assert_eq!(j.training.offers.len(), 1, "the offer stays");
    }
}

#[test]
fn the_completion_message_says_what_was_recorded() {
    let mut j = journey_offering(vec![offer(1)]);
    choose(&mut j, OfferId(1)).unwrap();
    let done = complete_chosen(&mut j, today()).unwrap();
    assert_eq!(
        done.message(),
        "CSPO recorded as earned on 12 Mar 2026; 16 SEUs logged."
    );
}

#[test]
fn completing_with_a_missing_prerequisite_changes_nothing() {
    let mut a = offer(1);
    a.certification = K::ACspo;
    let mut j = journey_offering(vec![a]);
    choose(&mut j, OfferId(1)).unwrap();
    let before = j.clone();
    let err = complete_chosen(&mut j, today()).unwrap_err();
    assert_eq!(
        err,
        CourseError::Certification(vec![
            "A-CSPO needs a CSPO (active or expired). Add your CSPO first.".into()
        ])
    );
    assert_eq!(
        err.message(),
        "Nothing was recorded: A-CSPO needs a CSPO (active or expired). Add your CSPO first."
    );
    assert_eq!(
        j, before,
        "journey unchanged: no certification, no SEUs, still chosen"
    );
}

#[test]
fn completing_a_future_course_or_a_held_certification_changes_nothing() {
    // A course that ends after today.
    let mut future = offer(1);
    future.start = Some(d(2026, 12, 1));
    future.end = Some(d(2026, 12, 2));
    let mut j = journey_offering(vec![future]);
    choose(&mut j, OfferId(1)).unwrap();
    let before = j.clone();
    assert!(
        matches!(complete_chosen(&mut j, today()), Err(CourseError::Certification(m)) if m[0].contains("is in the future"))
    );
    assert_eq!(j, before);

    // CSPO already held.
    let mut j = journey_offering(vec![offer(1)]);
    j.certifications.push(HeldCertification {
        experience_validated: false,
        ..held(1, K::Cspo, d(2025, 1, 1))
    });
    choose(&mut j, OfferId(1)).unwrap();
    let before = j.clone();
    assert!(
        matches!(complete_chosen(&mut j, today()), Err(CourseError::Certification(m)) if m[0].contains("You already hold CSPO"))
    );
    assert_eq!(j, before);

    // No dates, nothing chosen.
    let mut undated = offer(1);
    undated.start = None;
    let mut j = journey_offering(vec![undated]);
    choose(&mut j, OfferId(1)).unwrap();
    assert_eq!(
        complete_chosen(&mut j, today()),
        Err(CourseError::MissingDates)
    );
    unchoose(&mut j);
    assert_eq!(
        complete_chosen(&mut j, today()),
        Err(CourseError::NothingChosen)
    );
}

#[test]
fn an_a_cspo_course_completes_when_a_cspo_is_held() {
    let mut a = offer(1);
    a.certification = K::ACspo;
    a.format = CourseFormat::LiveOnlineSelfPaced;
    let mut j = journey_offering(vec![a]);
    j.certifications.push(HeldCertification {
        experience_validated: false,
        ..held(1, K::Cspo, d(2020, 1, 1))
    });
    choose(&mut j, OfferId(1)).unwrap();
    let done = complete_chosen(&mut j, today()).unwrap();
    assert_eq!(done.certification, K::ACspo);
    assert_eq!(j.certifications.len(), 2);
    assert_eq!(j.seu_log.len(), 2);
}
