//! The renewal timeline: the renewals to come, a fee forecast by calendar year, what a planned
//! course would change (alignment rule), and the rows of the timeline picture with the terms to
//! come. `recording`: recording (and undoing) a renewal.

mod recording;

use recording::store_renewal;
pub use recording::{
    deadline_of, fee_for, record_renewal, recorded_renewals, remove_renewal, renewable,
    restore_renewal, validate_renewal, RemovedRenewal, RenewalDraft, RenewalError, RenewalField,
    RenewalRecord,
};

use chrono::{Datelike, NaiveDate};

use crate::domain::rules::catalogue::DUE_SOON_DAYS;
use crate::domain::rules::renewal::{renewals_due, standings, terms, Term, TermCause};
use crate::domain::seus::log::{earned_in, open_by_date, progress_window};
use crate::domain::training::planned_course;
use crate::model::journey::{HeldCertification, Journey};
use crate::model::training::CourseOffer;
use crate::model::{CertificationId, Minutes, Money};

pub use crate::domain::rules::renewal::is_renewable;

/// Calendar years the fee forecast looks ahead after today's year (which it counts from today).
pub const FORECAST_YEARS: i32 = 6;
/// The id of the timeline row of a planned course (no held certification has id 0).
pub const PLANNED_COURSE_ROW: CertificationId = CertificationId(0);
/// Years the timeline picture shows before and after today's year.
pub const CHART_YEARS_BACK: i32 = 2;
pub const CHART_YEARS_AHEAD: i32 = 4;

/// One renewal to come.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UpcomingRenewal {
    /// When it is due: the earliest expiry of what it renews.
    pub deadline: NaiveDate,
    /// The deadline has passed (the certification is being reinstated); the forecast assumes
    /// it is made today.
    pub overdue: bool,
    /// The held certifications renewed (ids, journey order).
    pub renews: Vec<CertificationId>,
    /// Their names, in the same order.
    pub titles: Vec<String>,
    pub seus_needed: u32,
    /// Minutes logged that count toward it: for the next renewal, as `seu::next_renewal`
    /// counts them; 0 for later ones.
    pub earned_minutes: Minutes,
    pub fee: Money,
}

fn titles(journey: &Journey, ids: &[CertificationId]) -> Vec<String> {
    ids.iter()
        .filter_map(|id| journey.certification(*id))
        .map(HeldCertification::title)
        .collect()
}

/// The renewals to come until `until` (included), in date order: what is due on each date
/// (`renewal::renewals_due`), each with its own SEUs and fee, assuming each one is made on time
/// (a lapsed one today, as its reinstatement). Each is simulated with `store_renewal` on a copy
/// of the journey, the very step that records a renewal, so the terms move exactly as they will
/// when it is recorded.
pub fn renewals_until(
    journey: &Journey,
    today: NaiveDate,
    until: NaiveDate,
) -> Vec<UpcomingRenewal> {
    simulate(journey, today, until).0
}

/// The journey without its SEU log: what a simulation of renewals works on. Terms, expiries and
/// requirements never read the log, so a simulation never copies it (at thousands of entries
/// the copy cost more than everything else).
fn without_log(journey: &Journey) -> Journey {
    Journey {
        version: journey.version,
        id: journey.id.clone(),
        revision: journey.revision,
        next_id: journey.next_id,
        settings: journey.settings.clone(),
        certifications: journey.certifications.clone(),
        renewals: journey.renewals.clone(),
        seu_log: Vec::new(),
        planned_activities: journey.planned_activities.clone(),
        training: journey.training.clone(),
        path: journey.path.clone(),
    }
}

/// The renewals to come until `until` (`renewals_until`), and the journey as it will be once
/// they are made, without its SEU log (`without_log`): its renewals after the journey's own are
/// the simulated ones.
fn simulate(
    journey: &Journey,
    today: NaiveDate,
    until: NaiveDate,
) -> (Vec<UpcomingRenewal>, Journey) {
    let mut sim = without_log(journey);
    let mut list: Vec<UpcomingRenewal> = Vec::new();
    let mut listed: Vec<CertificationId> = Vec::new();
    // The log's open entries in date order, sorted once when a renewal first needs them.
    let mut open = None;
    // Each simulated renewal moves an expiry past the day it is made, so this ends; the bound
    // is a guard. Only on the last date of the calendar does a renewal move nothing: the same
    // renewal comes due again, and the simulation stops there.
    for _ in 0..200 {
        let Some(due) = renewals_due(&sim, today).into_iter().next() else {
            break;
        };
        if due.deadline > until {
            break;
        }
        if list.last().is_some_and(|last| {
            last.deadline == due.deadline && last.renews == due.requirement.renews
        }) {
            break;
        }
        let overdue = due.deadline < today;
        let renews = due.requirement.renews.clone();
        // SEUs had: what the log holds toward it today, for the first renewal of what it renews;
        // later renewals start from nothing (no carry-over).
        let first = renews.iter().all(|id| !listed.contains(id));
        listed.extend(renews.iter().copied());
        list.push(UpcomingRenewal {
            deadline: due.deadline,
            overdue,
            titles: titles(journey, &renews),
            seus_needed: due.requirement.seus,
            earned_minutes: if first {
                let (start, end) = progress_window(due.deadline, &journey.settings, today);
                earned_in(
                    open.get_or_insert_with(|| open_by_date(journey)),
                    start,
                    end,
                )
            } else {
                Minutes::ZERO
            },
            fee: due.requirement.fee,
            renews: renews.clone(),
        });
        let made_on = due.deadline.max(today);
        store_renewal(&mut sim, renews, made_on, Money::ZERO);
    }
    (list, sim)
}

/// The renewals to come until the end of the fee forecast (`forecast_end`).
pub fn renewals_to_come(journey: &Journey, today: NaiveDate) -> Vec<UpcomingRenewal> {
    renewals_until(journey, today, forecast_end(today))
}

/// The last day of the forecast: 31 December, `FORECAST_YEARS` years after today's year.
pub fn forecast_end(today: NaiveDate) -> NaiveDate {
    last_day_of(today.year().saturating_add(FORECAST_YEARS))
}

/// 31 December of `year` (a date far out of range gives the last date there is).
fn last_day_of(year: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(NaiveDate::MAX)
}

/// One calendar year of the fee forecast (January to December; today's year from today).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ForecastYear {
    pub year: i32,
    pub renewals: u32,
    pub fee: Money,
}

/// The renewal fees of today's year and the `FORECAST_YEARS` calendar years after it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FeeForecast {
    pub years: Vec<ForecastYear>,
    pub renewals: u32,
    pub total: Money,
}

/// The fee forecast of the renewals to come (an overdue renewal is counted today).
pub fn fee_forecast(journey: &Journey, today: NaiveDate) -> FeeForecast {
    forecast_of(&renewals_to_come(journey, today), today)
}

/// Groups renewals to come by the calendar year they are made in: on their deadline, or today
/// when overdue.
pub fn forecast_of(renewals: &[UpcomingRenewal], today: NaiveDate) -> FeeForecast {
    let first = today.year();
    let years: Vec<ForecastYear> = (first..=first.saturating_add(FORECAST_YEARS))
        .map(|year| {
            let inside: Vec<&UpcomingRenewal> = renewals
                .iter()
                .filter(|r| if r.overdue { today } else { r.deadline }.year() == year)
                .collect();
            ForecastYear {
                year,
                renewals: inside.len() as u32,
                fee: inside.iter().map(|r| r.fee).sum(),
            }
        })
        .collect();
    FeeForecast {
        renewals: years.iter().map(|y| y.renewals).sum(),
        total: years.iter().map(|y| y.fee).sum(),
        years,
    }
}

/// What earning the planned course's certification on its end date would change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CourseEffect {
    /// No course is planned.
    NoCourse,
    /// The planned course has no end date yet.
    NoEndDate { course: CourseOffer },
    /// The certification the course leads to is already held.
    AlreadyHeld { course: CourseOffer },
    /// Earning it on `earned` gives it `expiry`, and renews (aligns) `aligned` to that expiry.
    Realigns(CoursePlan),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CoursePlan {
    pub course: CourseOffer,
    pub earned: NaiveDate,
    /// The new certification's expiry (earned + one term).
    pub expiry: NaiveDate,
    /// Held certifications whose expiry the alignment rule moves: (id, title, now, after).
    pub aligned: Vec<(CertificationId, String, NaiveDate, NaiveDate)>,
    /// The next renewal after earning it: SEUs and fee.
    pub seus_needed: u32,
    pub fee: Money,
    /// The fee forecast if the course is taken.
    pub forecast: FeeForecast,
}

/// The id the hypothetical certification gets in the "what if" journey.
fn hypothetical(
    journey: &Journey,
    course: &CourseOffer,
    earned: NaiveDate,
) -> (Journey, CertificationId) {
    let mut sim = without_log(journey);
    let id = sim.take_id();
    sim.certifications.push(HeldCertification {
        id,
        kind: course.certification,
        name: String::new(),
        earned,
        expires: None,
        license_accepted: true,
        experience_validated: true,
        notes: String::new(),
    });
    (sim, id)
}

/// The effect of the planned course (training::planned_course): its certification is earned on
/// the course's end date, which renews and realigns the current certifications when the
/// alignment setting is on.
pub fn course_effect(journey: &Journey, today: NaiveDate) -> CourseEffect {
    let Some(course) = planned_course(journey) else {
        return CourseEffect::NoCourse;
    };
    let course = course.clone();
    if journey
        .certifications
        .iter()
        .any(|c| c.kind == course.certification)
    {
        return CourseEffect::AlreadyHeld { course };
    }
    let Some(earned) = course.end else {
        return CourseEffect::NoEndDate { course };
    };
    let before = standings(journey, today);
    let (sim, id) = hypothetical(journey, &course, earned);
    let after = standings(&sim, today);
    let expiry = after
        .iter()
        .find(|s| s.id == id)
        .and_then(|s| s.expiry)
        .unwrap_or_else(|| crate::domain::rules::renewal::term_end(earned));
    let aligned = before
        .iter()
        .filter_map(|b| {
            let a = after.iter().find(|a| a.id == b.id)?;
            match (b.expiry, a.expiry) {
                (Some(now), Some(then)) if now != then => Some((b.id, b.title.clone(), now, then)),
                _ => None,
            }
        })
        .collect();
    // The renewal after earning it: the one that renews the new certification.
    let requirement = renewals_due(&sim, earned)
        .into_iter()
        .find(|due| due.requirement.renews.contains(&id))
        .map(|due| due.requirement);
    CourseEffect::Realigns(CoursePlan {
        earned,
        expiry,
        aligned,
        seus_needed: requirement.as_ref().map_or(0, |r| r.seus),
        fee: requirement.as_ref().map_or(Money::ZERO, |r| r.fee),
        forecast: fee_forecast(&sim, today),
        course,
    })
}

/// The span the timeline picture shows: from 1 January `CHART_YEARS_BACK` years before today's
/// year to 1 January after the year `CHART_YEARS_AHEAD` years ahead (exclusive).
pub fn chart_span(today: NaiveDate) -> (NaiveDate, NaiveDate) {
    let first = NaiveDate::from_ymd_opt(today.year() - CHART_YEARS_BACK, 1, 1).unwrap_or(today);
    let end = NaiveDate::from_ymd_opt(today.year() + CHART_YEARS_AHEAD + 1, 1, 1).unwrap_or(today);
    (first, end)
}

/// One row of the timeline picture and of its text equivalent: a held certification.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimelineRow {
    pub id: CertificationId,
    pub title: String,
    pub earned: NaiveDate,
    /// Its terms, oldest first (empty for certifications that do not run in terms).
    pub terms: Vec<Term>,
    /// The current expiry (`None`: it does not expire).
    pub expiry: Option<NaiveDate>,
    /// The first day of the 90-day "due soon" zone before the current expiry.
    pub due_soon_from: Option<NaiveDate>,
    /// Dates of the recorded renewals that renewed it.
    pub renewed_on: Vec<NaiveDate>,
    /// The expiry the planned course would bring (alignment rule), when it moves.
    pub planned_expiry: Option<NaiveDate>,
    /// The terms the renewals to come give it until the picture's last year, if each is made
    /// on time (a lapsed one today), oldest first.
    pub to_come: Vec<TermToCome>,
}

/// A term a renewal to come gives: the renewal made on `renewal`, then the term from `start` to
/// `end` (`renewal::renewed_term`, through the same simulation as the renewals to come).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TermToCome {
    pub renewal: NaiveDate,
    pub start: NaiveDate,
    pub end: NaiveDate,
}

/// The rows of the timeline: every held certification, in the journey's order, with its terms to
/// come until the picture's last year (`TimelineRow::to_come`), and the planned course's
/// certification as a last row (with `id` 0) when a course would be earned.
pub fn timeline_rows(journey: &Journey, today: NaiveDate) -> Vec<TimelineRow> {
    outlook(journey, today).rows
}

/// Everything the timeline page shows of the years to come, from one simulation of the
/// renewals to come (to the fee forecast's end, the farthest the page looks).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outlook {
    /// `renewals_to_come`.
    pub to_come: Vec<UpcomingRenewal>,
    /// `fee_forecast`.
    pub forecast: FeeForecast,
    /// `course_effect`.
    pub effect: CourseEffect,
    /// `timeline_rows`.
    pub rows: Vec<TimelineRow>,
}

/// The renewals to come, the fee forecast, the planned course's effect and the timeline rows:
/// each as its own function gives it, with the renewals to come simulated once.
pub fn outlook(journey: &Journey, today: NaiveDate) -> Outlook {
    let (to_come, mut sim) = simulate(journey, today, forecast_end(today));
    // The picture ends before the forecast: the simulation to its last day is the part of this
    // one up to the first renewal due after that day.
    let last_day = last_day_of(today.year().saturating_add(CHART_YEARS_AHEAD));
    let shown = to_come
        .iter()
        .position(|r| r.deadline > last_day)
        .unwrap_or(to_come.len());
    sim.renewals
        .truncate(journey.renewals.len().saturating_add(shown));
    let effect = course_effect(journey, today);
    Outlook {
        forecast: forecast_of(&to_come, today),
        rows: rows_of(journey, today, &effect, &sim),
        effect,
        to_come,
    }
}

/// The timeline rows (`timeline_rows`) given the course's effect and the journey as it will be
/// once the renewals to come until the picture's last day are made (`sim`): its renewals after
/// the journey's own are those, and the terms they give are to come.
fn rows_of(
    journey: &Journey,
    today: NaiveDate,
    effect: &CourseEffect,
    sim: &Journey,
) -> Vec<TimelineRow> {
    let simulated = sim
        .renewals
        .get(journey.renewals.len()..)
        .unwrap_or_default();
    let sim_terms = terms(sim);
    let mut rows: Vec<TimelineRow> = standings(journey, today)
        .into_iter()
        .filter_map(|s| {
            let held = journey.certification(s.id)?;
            let renewed_on = journey
                .renewals
                .iter()
                .filter(|r| {
                    s.terms
                        .iter()
                        .any(|t| t.cause == TermCause::Renewed { renewal: r.id })
                })
                .map(|r| r.date)
                .collect();
            let planned_expiry = match effect {
                CourseEffect::Realigns(plan) => plan
                    .aligned
                    .iter()
                    .find(|(id, ..)| *id == s.id)
                    .map(|(.., after)| *after),
                _ => None,
            };
            Some(TimelineRow {
                id: s.id,
                title: s.title.clone(),
                earned: held.earned,
                due_soon_from: s
                    .expiry
                    .map(|e| crate::basics::dates::sub_days(e, DUE_SOON_DAYS)),
                expiry: s.expiry,
                terms: s.terms,
                renewed_on,
                planned_expiry,
                to_come: sim_terms
                    .get(&s.id)
                    .into_iter()
                    .flatten()
                    .filter_map(|t| {
                        let made = simulated
                            .iter()
                            .find(|r| t.cause == TermCause::Renewed { renewal: r.id })?;
                        Some(TermToCome {
                            renewal: made.date,
                            start: t.start,
                            end: t.end,
                        })
                    })
                    .collect(),
            })
        })
        .collect();
    if let CourseEffect::Realigns(plan) = effect {
        rows.push(TimelineRow {
            id: PLANNED_COURSE_ROW,
            title: format!("{} (planned course)", plan.course.certification.code()),
            earned: plan.earned,
            terms: vec![Term {
                start: plan.earned,
                end: plan.expiry,
                cause: TermCause::Earned,
            }],
            expiry: None,
            due_soon_from: None,
            renewed_on: Vec::new(),
            planned_expiry: Some(plan.expiry),
            to_come: Vec::new(),
        });
    }
    rows
}
