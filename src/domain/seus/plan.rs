//! The SEU sources planner: future activities with their expected SEU yield, paced toward the
//! next renewal.

use crate::domain::records::drafts::Draft;
use crate::domain::records::field_error::{FieldError, Problems};
use crate::model::plan::{Period, PlannedActivity, Recurrence, Schedule};
use crate::model::{ActivityId, CertificationId, Minutes};
use chrono::NaiveDate;

use crate::model::seu::{SeuCategory, SeuSource};

use crate::basics::sorted_map::SortedMap;

use chrono::Datelike;

use crate::basics::dates::{add_months, days_between, human};
use crate::domain::rules::catalogue::DAILY_SEU_CAP;
use crate::domain::seus::log::{next_renewal, RenewalProgress, DAILY_CAP_MINUTES};
use crate::model::journey::Journey;

use crate::domain::rules::limits::{MAX_EVERY_MONTHS, MAX_EVERY_WEEKS};

/// A guard against endless schedules: no activity yields more occurrences than this.
const MAX_OCCURRENCES: usize = 10_000;

impl Period {
    /// The most a recurrence of this period can be spaced.
    pub fn max_every(self) -> u32 {
        match self {
            Period::Month => MAX_EVERY_MONTHS,
            Period::Week => MAX_EVERY_WEEKS,
        }
    }

    /// "month", "week".
    pub fn unit(self) -> &'static str {
        match self {
            Period::Month => "month",
            Period::Week => "week",
        }
    }
}

impl Schedule {
    /// "once on 3 Mar 2027", "every 2 months from 31 Jan 2027 until 1 Jan 2028".
    pub fn describe(&self) -> String {
        let Some((period, Recurrence { every, from, until })) = self.recurrence() else {
            return format!("once on {}", human(self.first_date()));
        };
        let unit = period.unit();
        let every = if *every == 1 {
            format!("every {unit}")
        } else {
            format!("every {every} {unit}s")
        };
        let until = until
            .map(|d| format!(" until {}", human(d)))
            .unwrap_or_default();
        format!("{every} from {}{until}", human(*from))
    }
}

/// Every date the schedule falls on, up to `up_to` (and its own end date), oldest first.
/// Months are counted from the start date: monthly from 31 Jan falls on 28 (or 29) Feb, then
/// 31 Mar.
pub fn occurrences(schedule: &Schedule, up_to: NaiveDate) -> Vec<NaiveDate> {
    let Some((period, recurrence)) = schedule.recurrence() else {
        let date = schedule.first_date();
        return if date <= up_to {
            vec![date]
        } else {
            Vec::new()
        };
    };
    let Recurrence { every, from, until } = *recurrence;
    let until = until.map_or(up_to, |u| u.min(up_to));
    let every = every.max(1);
    let mut dates = Vec::new();
    for step in 0u32.. {
        let date = match period {
            Period::Month => add_months(from, step.saturating_mul(every)),
            Period::Week => {
                let days = i64::from(step) * 7 * i64::from(every);
                match from.checked_add_signed(chrono::Duration::days(days)) {
                    Some(d) => d,
                    None => break,
                }
            }
        };
        if date > until || dates.len() >= MAX_OCCURRENCES || date == NaiveDate::MAX {
            break;
        }
        dates.push(date);
    }
    dates
}

/// The SEUs (in minutes, before the daily cap) an activity is expected to yield from `from` to
/// `up_to`, both included.
pub fn expected_minutes(activity: &PlannedActivity, from: NaiveDate, up_to: NaiveDate) -> Minutes {
    let count = occurrences(&activity.schedule, up_to)
        .into_iter()
        .filter(|d| *d >= from)
        .count();
    activity
        .minutes_each
        .saturating_mul(u32::try_from(count).unwrap_or(u32::MAX))
}

/// Fractional calendar months from `from` to `to`: whole months, then the days left as a share
/// of the month that follows (25 Nov to 25 Nov a year later = 12; to 10 Dec = 12.5). Zero when
/// `to` is not after `from`.
pub fn months_between(from: NaiveDate, to: NaiveDate) -> f64 {
    if to <= from {
        return 0.0;
    }
    let whole = crate::basics::dates::whole_months_between(from, to);
    let start = add_months(from, whole);
    let next = add_months(from, whole.saturating_add(1));
    // At the very end of the calendar there is no month after: no part is added.
    let span = days_between(start, next);
    let part = if span > 0 {
        days_between(start, to) as f64 / span as f64
    } else {
        0.0
    };
    f64::from(whole) + part
}

/// SEUs a month needed to earn `missing_minutes` in `months` (all of it when no time is left).
pub fn pace(missing_minutes: Minutes, months: f64) -> f64 {
    let seus = missing_minutes.as_seus();
    if months <= 0.0 {
        seus
    } else {
        seus / months
    }
}

/// A pace as shown: rounded up to one decimal, so that keeping it is enough ("2.5").
pub fn format_pace(seus_per_month: f64) -> String {
    // Tenths, rounded up; `as` saturates and reads not-a-number as 0.
    let tenths = (seus_per_month * 10.0 - 1e-9).ceil().max(0.0) as u64;
    crate::basics::decimal::short_ratio_text(tenths, 10, 1)
}

/// What the planner warns about.
#[derive(Clone, Debug, PartialEq)]
pub enum PlanWarning {
    /// Earned plus planned does not reach the requirement by the deadline.
    ShortOfRequirement { short_minutes: Minutes },
    /// Logged and planned minutes on one day are over the 8-SEU cap; the rest does not count.
    DayOverCap {
        date: NaiveDate,
        logged_minutes: Minutes,
        planned_minutes: Minutes,
    },
    /// Planned occurrences after the deadline do not count toward this renewal.
    AfterDeadline { minutes: Minutes },
    /// The deadline has passed: the certifications are renewed late (reinstated).
    DeadlinePassed,
}

impl PlanWarning {
    pub fn text(&self, deadline: NaiveDate) -> String {
        match self {
            PlanWarning::ShortOfRequirement { short_minutes } => format!(
                "Your plan does not reach the requirement by {}: {} SEUs are still missing. Plan more activities.",
                human(deadline),
                short_minutes.seus_text()
            ),
            PlanWarning::DayOverCap {
                date,
                logged_minutes,
                planned_minutes,
            } => format!(
                "{}: {} SEUs logged and planned, over the {DAILY_SEU_CAP}-SEU daily cap; only {DAILY_SEU_CAP} count.",
                human(*date),
                logged_minutes.saturating_add(*planned_minutes).seus_text()
            ),
            PlanWarning::AfterDeadline { minutes } => format!(
                "{} planned SEUs fall after the deadline of {} and do not count toward this renewal.",
                minutes.seus_text(),
                human(deadline)
            ),
            PlanWarning::DeadlinePassed => format!(
                "The deadline, {}, has passed: SEUs you earn now count toward renewing late.",
                human(deadline)
            ),
        }
    }
}

/// One planned activity's expected yield toward the next renewal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActivityForecast {
    pub id: ActivityId,
    /// Occurrences from today to the deadline.
    pub occurrences: usize,
    /// The next occurrence from today, if any (even after the deadline).
    pub next: Option<NaiveDate>,
    /// Minutes planned from today to the deadline, before the daily cap.
    pub planned_minutes: Minutes,
    /// Minutes that will count, after the daily cap.
    pub counted_minutes: Minutes,
}

impl ActivityForecast {
    /// What the activity brings toward the renewal, as a sum a person can check:
    /// "3 × 2 SEUs = 6 SEUs", and what counts when the daily cap takes some away.
    pub fn toward_text(&self, each: Minutes) -> String {
        let sum = format!(
            "{} × {} {} = {} {}",
            self.occurrences,
            each.seus_text(),
            crate::domain::seus::log::seu_word(each),
            self.planned_minutes.seus_text(),
            crate::domain::seus::log::seu_word(self.planned_minutes)
        );
        if self.counted_minutes == self.planned_minutes {
            sum
        } else {
            format!(
                "{sum}, {} count (daily cap)",
                self.counted_minutes.seus_text()
            )
        }
    }
}

/// Earned and planned minutes of one category or one month.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Share {
    pub earned_minutes: Minutes,
    pub planned_minutes: Minutes,
}

/// Adds minutes to one part (earned or planned) of a category's and of a month's share.
fn add_to_shares(
    by_category: &mut SortedMap<SeuCategory, Share>,
    by_month: &mut SortedMap<(i32, u32), Share>,
    category: SeuCategory,
    date: NaiveDate,
    minutes: Minutes,
    part: fn(&mut Share) -> &mut Minutes,
) {
    for share in [
        part(by_category.entry(category).or_default()),
        part(by_month.entry((date.year(), date.month())).or_default()),
    ] {
        *share = share.saturating_add(minutes);
    }
}

/// The plan against the next renewal.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanProgress {
    pub renewal: RenewalProgress,
    /// Planned minutes from today to the deadline that will count (window, daily cap).
    pub planned_minutes: Minutes,
    /// Required minus earned minus planned (0 when the plan reaches the requirement).
    pub still_missing_minutes: Minutes,
    /// Calendar months from today to the deadline.
    pub months_left: f64,
    /// SEUs a month needed from today to earn what is missing (required minus earned).
    pub pace_needed: f64,
    /// SEUs a month needed on top of the plan (still missing, spread over the months left).
    pub pace_beyond_plan: f64,
    pub activities: Vec<ActivityForecast>,
    pub warnings: Vec<PlanWarning>,
    /// Earned and planned minutes by category.
    pub by_category: SortedMap<SeuCategory, Share>,
    /// Earned and planned minutes by month (year, month), months with something only.
    pub by_month: SortedMap<(i32, u32), Share>,
}

/// The plan paced toward the next renewal on `today`; `None` when nothing held needs SEUs.
pub fn plan_progress(journey: &Journey, today: NaiveDate) -> Option<PlanProgress> {
    let renewal = next_renewal(journey, today)?;
    Some(plan_against(journey, renewal, today))
}

/// The plan against a given renewal (see `plan_progress`).
pub fn plan_against(journey: &Journey, renewal: RenewalProgress, today: NaiveDate) -> PlanProgress {
    let deadline = renewal.deadline;
    // What the log already fills of each day (everything logged, and what counts).
    let mut logged_per_day: SortedMap<NaiveDate, Minutes> = SortedMap::new();
    let mut counted_per_day: SortedMap<NaiveDate, Minutes> = SortedMap::new();
    let mut by_category: SortedMap<SeuCategory, Share> = SortedMap::new();
    let mut by_month: SortedMap<(i32, u32), Share> = SortedMap::new();
    for entry in &journey.seu_log {
        let logged = logged_per_day.entry(entry.date).or_default();
        *logged = logged.saturating_add(entry.minutes);
        let counted = renewal
            .entries
            .get(&entry.id)
            .map_or(Minutes::ZERO, |s| s.minutes());
        if !counted.is_zero() {
            let day = counted_per_day.entry(entry.date).or_default();
            *day = day.saturating_add(counted);
            add_to_shares(
                &mut by_category,
                &mut by_month,
                entry.category,
                entry.date,
                counted,
                |s| &mut s.earned_minutes,
            );
        }
    }

    // Every planned occurrence from today, in date order then plan order.
    let (planned, mut activities, after_deadline) = planned_occurrences(journey, &renewal, today);

    let mut planned_per_day: SortedMap<NaiveDate, Minutes> = SortedMap::new();
    let mut planned_minutes = Minutes::ZERO;
    for (date, index) in planned {
        let activity = &journey.planned_activities[index];
        let used = counted_per_day.entry(date).or_default();
        let counted = activity
            .minutes_each
            .min(DAILY_CAP_MINUTES.saturating_sub(*used));
        *used = used.saturating_add(counted);
        let day = planned_per_day.entry(date).or_default();
        *day = day.saturating_add(activity.minutes_each);
        planned_minutes = planned_minutes.saturating_add(counted);
        let forecast = &mut activities[index];
        forecast.counted_minutes = forecast.counted_minutes.saturating_add(counted);
        if !counted.is_zero() {
            add_to_shares(
                &mut by_category,
                &mut by_month,
                activity.category,
                date,
                counted,
                |s| &mut s.planned_minutes,
            );
        }
    }

    let mut warnings = Vec::new();
    if deadline < today {
        warnings.push(PlanWarning::DeadlinePassed);
    }
    let reached = renewal.earned_minutes.saturating_add(planned_minutes);
    let still_missing_minutes = renewal.required_minutes.saturating_sub(reached);
    if !still_missing_minutes.is_zero() {
        warnings.push(PlanWarning::ShortOfRequirement {
            short_minutes: still_missing_minutes,
        });
    }
    for (date, planned) in &planned_per_day {
        let logged = logged_per_day.get(date).copied().unwrap_or_default();
        if logged.saturating_add(*planned) > DAILY_CAP_MINUTES {
            warnings.push(PlanWarning::DayOverCap {
                date: *date,
                logged_minutes: logged,
                planned_minutes: *planned,
            });
        }
    }
    if !after_deadline.is_zero() {
        warnings.push(PlanWarning::AfterDeadline {
            minutes: after_deadline,
        });
    }

    let months_left = months_between(today, deadline);
    PlanProgress {
        planned_minutes,
        still_missing_minutes,
        months_left,
        pace_needed: pace(renewal.missing_minutes(), months_left),
        pace_beyond_plan: pace(still_missing_minutes, months_left),
        activities,
        warnings,
        by_category,
        by_month,
        renewal,
    }
}

/// Every occurrence of the planned activities from today within the renewal's window, up to the
/// deadline, sorted by date then plan order; each activity's forecast (its counted minutes
/// still 0); and the minutes planned after the deadline.
fn planned_occurrences(
    journey: &Journey,
    renewal: &RenewalProgress,
    today: NaiveDate,
) -> (Vec<(NaiveDate, usize)>, Vec<ActivityForecast>, Minutes) {
    let deadline = renewal.deadline;
    let mut planned: Vec<(NaiveDate, usize)> = Vec::new();
    let mut activities: Vec<ActivityForecast> = Vec::new();
    let mut after_deadline = Minutes::ZERO;
    let horizon = deadline.max(today);
    for (index, activity) in journey.planned_activities.iter().enumerate() {
        // Occurrences up to the deadline, or up to the activity's own end when it has one
        // (those after the deadline are reported); the next one even if after the deadline.
        let end = match activity.schedule.recurrence() {
            Some((_, recurrence)) => recurrence.until,
            None => Some(activity.schedule.first_date()),
        };
        let dates = occurrences(&activity.schedule, end.map_or(horizon, |e| e.max(horizon)));
        let next = dates.iter().copied().find(|d| *d >= today).or_else(|| {
            occurrences(
                &activity.schedule,
                add_months(horizon, MAX_EVERY_MONTHS + 1),
            )
            .into_iter()
            .find(|d| *d >= today)
        });
        let mut count = 0;
        for date in dates.into_iter().filter(|d| *d >= today) {
            if date < renewal.window_start {
                continue;
            }
            if date <= deadline {
                planned.push((date, index));
                count += 1;
            } else {
                after_deadline = after_deadline.saturating_add(activity.minutes_each);
            }
        }
        activities.push(ActivityForecast {
            id: activity.id,
            occurrences: count,
            next,
            planned_minutes: activity
                .minutes_each
                .saturating_mul(u32::try_from(count).unwrap_or(u32::MAX)),
            counted_minutes: Minutes::ZERO,
        });
    }
    crate::basics::order::sort_by(&mut planned, Ord::cmp);
    (planned, activities, after_deadline)
}

// ---------------------------------------------------------------------------------------------
// Adding, editing and removing planned activities.

/// What the plan form submits, already parsed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanDraft {
    pub title: String,
    pub source: SeuSource,
    pub category: SeuCategory,
    pub minutes_each: Minutes,
    pub schedule: Schedule,
    pub notes: String,
}

crate::form_fields! {
    /// The field of the plan form a problem belongs to.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum PlanField {
        Title => "title",
        Duration => "duration",
        /// The date of a one-off activity, or the first date of a recurring one.
        Date => "date",
        Every => "every",
        Until => "until",
    }
}

/// A problem with one field of the form.
pub type PlanError = FieldError<PlanField>;

/// Checks a draft: a title, a duration of more than nothing and at most a day, a one-off date
/// not in the past, a recurrence of at least 1 and an end date after its start and not past.
pub fn validate_plan(draft: &PlanDraft, today: NaiveDate) -> Vec<PlanError> {
    let mut problems = Problems::new();
    problems.name(
        PlanField::Title,
        "title",
        &draft.title,
        "Give the activity a title, for example \"Monthly webinar\".",
    );
    problems.activity_minutes(
        PlanField::Duration,
        draft.minutes_each,
        "Enter how long each time lasts: more than 0 minutes.",
        "Each time lasts at most 24 hours.",
    );
    match draft.schedule.recurrence() {
        None => {
            let date = draft.schedule.first_date();
            if date < today {
                problems.add(
                    PlanField::Date,
                    format!(
                        "{} is in the past. Log what you have done in the SEU log; plan from today on.",
                        human(date)
                    ),
                );
            }
        }
        Some((period, Recurrence { every, from, until })) => {
            let max = period.max_every();
            if *every == 0 || *every > max {
                let unit = period.unit();
                problems.add(
                    PlanField::Every,
                    format!("Repeat every 1 to {max} {unit}s."),
                );
            }
            if let Some(until) = until {
                if until < from {
                    problems.add(
                        PlanField::Until,
                        "The end date must not come before the first date.",
                    );
                } else if *until < today {
                    problems.add(
                        PlanField::Until,
                        format!(
                            "It ends on {}, before today: nothing is left to plan.",
                            human(*until)
                        ),
                    );
                }
            }
        }
    }
    problems.into_vec()
}

impl Draft for PlanDraft {
    type Record = PlannedActivity;
    type Field = PlanField;
    const GONE: (PlanField, &'static str) = (PlanField::Title, "activity");

    fn problems(&self, _: &Journey, _: Option<ActivityId>, today: NaiveDate) -> Vec<PlanError> {
        validate_plan(self, today)
    }

    fn record(self, id: ActivityId, _: Option<&PlannedActivity>) -> PlannedActivity {
        PlannedActivity {
            id,
            title: self.title.trim().to_owned(),
            source: self.source,
            category: self.category,
            minutes_each: self.minutes_each,
            schedule: self.schedule,
            notes: self.notes.trim().to_owned(),
        }
    }
}

/// One part of the combined requirement (one certification's figure) with the earned and
/// planned SEUs that fill it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartProgress {
    pub id: CertificationId,
    pub code: &'static str,
    pub required_minutes: Minutes,
    pub earned_minutes: Minutes,
    pub planned_minutes: Minutes,
}

/// SEUs are one pool; to draw progress per requirement, earned then planned minutes fill the
/// parts in order (the highest certification first).
pub fn parts_progress(plan: &PlanProgress) -> Vec<PartProgress> {
    let mut earned = plan.renewal.earned_minutes;
    let mut planned = plan.planned_minutes;
    plan.renewal
        .requirement
        .parts
        .iter()
        .map(|part| {
            let required = Minutes::seus(part.seus);
            let e = earned.min(required);
            earned = earned.saturating_sub(e);
            let p = planned.min(required.saturating_sub(e));
            planned = planned.saturating_sub(p);
            PartProgress {
                id: part.id,
                code: part.kind.code(),
                required_minutes: required,
                earned_minutes: e,
                planned_minutes: p,
            }
        })
        .collect()
}

/// "Mar 2027" for a (year, month) key of `PlanProgress::by_month`.
pub fn month_label((year, month): (i32, u32)) -> String {
    NaiveDate::from_ymd_opt(year, month, 1)
        .map(crate::basics::dates::month_year)
        .unwrap_or_default()
}
