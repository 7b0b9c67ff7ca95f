//! Checking a journey once read: ids, the limits of every value, references; and what it holds,
//! for the restore preview.

use chrono::NaiveDate;

use crate::basics::dates::human;
use crate::domain::rules::limits::{
    date_problem, number_problem, text_problem, EXPERIENCE_MAX_MONTHS, GRACE_PERIOD_MAX_DAYS,
    MAX_ACTIVITY_MINUTES, MAX_CHECKLIST_WEIGHT, MAX_CODE_CHARS, MAX_COUNTER, MAX_COURSE_DAYS,
    MAX_MONEY_CENTS, MAX_NAME_CHARS, MAX_NOTES_CHARS, MAX_PROOFS_PER_ENTRY, MAX_PROOF_BYTES,
    MAX_PROOF_TOTAL_BYTES, MAX_TEACHING_MINUTES_PER_DAY, MAX_WEB_LINK_CHARS, SEU_WINDOW_MAX_MONTHS,
    SEU_WINDOW_MIN_MONTHS,
};
use crate::model::ids::Id;
use crate::model::journey::{HeldCertification, Journey, RecordedRenewal};
use crate::model::path::Role;
use crate::model::plan::Period;
use crate::model::plan::PlannedActivity;
use crate::model::records::HasId;
use crate::model::seu::{is_sha256, Proof, SeuEntry};
use crate::model::training::CourseOffer;
use crate::model::Minutes;

use super::reading::cut;
use super::{at, of_record, Problem, ProblemKind, Summary};

// ---------------------------------------------------------------------------------------------
// Checking the journey itself.

/// One record of a list, for messages: "SEU entry 3 (id 12, \"Book\")".
fn label(noun: &str, index: usize, id: u64, hint: &str) -> String {
    if hint.is_empty() {
        format!("{noun} {} (id {id})", index + 1)
    } else {
        format!("{noun} {} (id {id}, {hint})", index + 1)
    }
}

fn quoted(text: &str) -> String {
    format!("\"{}\"", cut(text.trim(), 40))
}

/// Where a record is, for the checks that apply to every list.
struct Item<'a> {
    list: &'static str,
    index: usize,
    id: u64,
    record: &'a dyn Checked,
}

impl Item<'_> {
    /// `problem`, marked as this record's.
    fn problem(&self, problem: Problem) -> Problem {
        of_record(problem, self.list, self.index)
    }

    /// Where it is, for a message: "SEU entry 3 (id 12, \"Book\")". Written only for a record
    /// with a problem (at thousands of records, writing every place was most of the check).
    fn place(&self) -> String {
        let hint = match self.record.hint() {
            Hint::Quoted(text) => quoted(text),
            Hint::Code(code) => code.to_owned(),
            Hint::Date(date) => human(date),
        };
        label(self.list, self.index, self.id, &hint)
    }
}

/// A hint of which record it is: its title or name (quoted), a code, or a date.
#[derive(Clone, Copy)]
enum Hint<'a> {
    Quoted(&'a str),
    Code(&'static str),
    Date(NaiveDate),
}

/// One value a record holds that has limits: a date, a text or a number, named for a message.
enum Hold<'a> {
    Date(&'static str, NaiveDate),
    /// (what, the text, the most characters allowed)
    Text(&'static str, &'a str, usize),
    /// (what, value, the most allowed, the least allowed)
    Number(&'static str, u64, u64, u64),
    /// A file kept as proof: a name, a size within the limits, a SHA-256.
    Proof(&'a Proof),
}

impl Hold<'_> {
    fn minutes(what: &'static str, minutes: Minutes, max: Minutes) -> Self {
        Hold::Number(what, u64::from(minutes), u64::from(max), 0)
    }
}

/// A record the gate checks: a hint of which it is, and every value it holds that has limits,
/// handed to `hold` one at a time (nothing is collected: a journey holds thousands).
trait Checked {
    fn hint(&self) -> Hint<'_>;
    fn holds<'a>(&'a self, hold: &mut dyn FnMut(Hold<'a>));
}

impl Checked for HeldCertification {
    fn hint(&self) -> Hint<'_> {
        if self.kind.user_named() && !self.name.trim().is_empty() {
            Hint::Quoted(&self.name)
        } else {
            Hint::Code(self.kind.code())
        }
    }

    fn holds<'a>(&'a self, hold: &mut dyn FnMut(Hold<'a>)) {
        hold(Hold::Date("earned date", self.earned));
        if let Some(expires) = self.expires {
            hold(Hold::Date("expiry date", expires));
        }
        hold(Hold::Text("name", &self.name, MAX_NAME_CHARS));
        hold(Hold::Text("notes", &self.notes, MAX_NOTES_CHARS));
    }
}

impl Checked for RecordedRenewal {
    fn hint(&self) -> Hint<'_> {
        Hint::Date(self.date)
    }

    fn holds<'a>(&'a self, hold: &mut dyn FnMut(Hold<'a>)) {
        hold(Hold::Date("date", self.date));
        hold(Hold::Number(
            "fee paid (in cents)",
            self.fee_paid.0,
            MAX_MONEY_CENTS,
            0,
        ));
    }
}

impl Checked for SeuEntry {
    fn hint(&self) -> Hint<'_> {
        Hint::Quoted(&self.title)
    }

    fn holds<'a>(&'a self, hold: &mut dyn FnMut(Hold<'a>)) {
        hold(Hold::Date("date", self.date));
        activity_holds(
            hold,
            &self.title,
            &self.notes,
            Some(&self.evidence),
            self.minutes,
        );
        hold(Hold::Number(
            "number of proof files",
            self.proofs.len() as u64,
            MAX_PROOFS_PER_ENTRY as u64,
            0,
        ));
        for proof in &self.proofs {
            hold(Hold::Proof(proof));
        }
    }
}

/// What an SEU entry and a planned activity both hold: a title, notes (an SEU entry also an
/// evidence link) and a duration; texts before numbers, as every record hands them.
fn activity_holds<'a>(
    hold: &mut dyn FnMut(Hold<'a>),
    title: &'a str,
    notes: &'a str,
    evidence: Option<&'a str>,
    minutes: Minutes,
) {
    hold(Hold::Text("title", title, MAX_NAME_CHARS));
    hold(Hold::Text("notes", notes, MAX_NOTES_CHARS));
    if let Some(evidence) = evidence {
        hold(Hold::Text("evidence link", evidence, MAX_WEB_LINK_CHARS));
    }
    hold(Hold::minutes(
        "duration in minutes",
        minutes,
        Minutes(MAX_ACTIVITY_MINUTES),
    ));
}

impl Checked for PlannedActivity {
    fn hint(&self) -> Hint<'_> {
        Hint::Quoted(&self.title)
    }

    fn holds<'a>(&'a self, hold: &mut dyn FnMut(Hold<'a>)) {
        let recurrence = self.schedule.recurrence();
        match recurrence {
            None => hold(Hold::Date("date", self.schedule.first_date())),
            Some((_, recurrence)) => {
                hold(Hold::Date("first date", recurrence.from));
                if let Some(until) = recurrence.until {
                    hold(Hold::Date("end date", until));
                }
            }
        }
        activity_holds(hold, &self.title, &self.notes, None, self.minutes_each);
        if let Some((period, recurrence)) = recurrence {
            let what = match period {
                Period::Month => "months between times",
                Period::Week => "weeks between times",
            };
            let max = u64::from(period.max_every());
            hold(Hold::Number(what, u64::from(recurrence.every), max, 1));
        }
    }
}

impl Checked for CourseOffer {
    fn hint(&self) -> Hint<'_> {
        Hint::Quoted(&self.provider)
    }

    fn holds<'a>(&'a self, hold: &mut dyn FnMut(Hold<'a>)) {
        if let Some(start) = self.start {
            hold(Hold::Date("start date", start));
        }
        if let Some(end) = self.end {
            hold(Hold::Date("end date", end));
        }
        for (what, text, max) in [
            ("provider", &self.provider, MAX_NAME_CHARS),
            ("trainer", &self.trainer, MAX_NAME_CHARS),
            ("place", &self.place, MAX_NAME_CHARS),
            ("language", &self.language, MAX_NAME_CHARS),
            ("currency", &self.currency, MAX_CODE_CHARS),
            ("notes", &self.notes, MAX_NOTES_CHARS),
            ("link", &self.link, MAX_WEB_LINK_CHARS),
        ] {
            hold(Hold::Text(what, text, max));
        }
        hold(Hold::Number(
            "price (in cents)",
            self.price.0,
            MAX_MONEY_CENTS,
            0,
        ));
        hold(Hold::minutes(
            "teaching minutes per day",
            self.minutes_per_day,
            Minutes(MAX_TEACHING_MINUTES_PER_DAY),
        ));
        if let Some(days) = self.course_days {
            hold(Hold::Number(
                "number of course days",
                u64::from(days),
                u64::from(MAX_COURSE_DAYS),
                1,
            ));
        }
    }
}

impl Checked for Role {
    fn hint(&self) -> Hint<'_> {
        Hint::Quoted(&self.title)
    }

    fn holds<'a>(&'a self, hold: &mut dyn FnMut(Hold<'a>)) {
        hold(Hold::Date("start date", self.start));
        if let Some(end) = self.end {
            hold(Hold::Date("end date", end));
        }
        hold(Hold::Text("title", &self.title, MAX_NAME_CHARS));
    }
}

/// The items of one list, each placed by the list's noun, its position and its id.
fn list_items<'a, T: HasId + Checked>(
    list: &'static str,
    records: &'a [T],
) -> impl Iterator<Item = Item<'a>> + 'a {
    records.iter().enumerate().map(move |(index, record)| Item {
        list,
        index,
        id: record.id().raw(),
        record,
    })
}

fn items(journey: &Journey) -> Vec<Item<'_>> {
    list_items("certification", &journey.certifications)
        .chain(list_items("renewal", &journey.renewals))
        .chain(list_items("SEU entry", &journey.seu_log))
        .chain(list_items("planned activity", &journey.planned_activities))
        .chain(list_items("course offer", &journey.training.offers))
        .chain(list_items("role", &journey.path.roles))
        .collect()
}

/// The checks of a journey once read; `Ok` with the repairs made, or every problem found.
pub(super) fn check_journey(mut journey: Journey) -> Result<(Journey, Vec<String>), Vec<Problem>> {
    let problems = journey_problems(&journey);
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut repairs = Vec::new();
    let highest = items(&journey).iter().map(|i| i.id).max().unwrap_or(0);
    if journey.next_id <= highest || journey.next_id == 0 {
        let was = journey.next_id;
        journey.next_id = highest + 1;
        repairs.push(format!(
            "The next free id was {was}, but ids up to {highest} are in use; it is now {} (no record was changed).",
            journey.next_id
        ));
    }
    Ok((journey, repairs))
}

/// Every problem that keeps a journey from being opened (none: the gate admits it, perhaps with
/// a repair). The same checks at every start, for every file and link, and for every change
/// (`domain::records::change`), so that nothing saved can fail them later.
pub fn journey_problems(journey: &Journey) -> Vec<Problem> {
    let mut problems = Vec::new();
    let all = items(journey);
    // Ids: not 0, not above the counter limit, unique within each list. The items sorted by
    // (id, position) put every use of an id side by side, its first use first (at thousands of
    // records, two ordered maps of the ids were a fifth of the start).
    let mut by_id: Vec<(u64, usize)> = all.iter().map(|i| i.id).zip(0..).collect();
    crate::basics::order::sort_by_copied_key(&mut by_id, |pair| *pair);
    id_problems(&all, &by_id, &mut problems);
    limit_problems(&all, &mut problems);
    journey_limit_problems(journey, &mut problems);
    // The list that uses an id first (for a reference to the wrong kind of record).
    let owner = |id: u64| {
        let first = by_id.partition_point(|&(other, _)| other < id);
        by_id
            .get(first)
            .filter(|&&(other, _)| other == id)
            .map(|&(_, at)| all[at].list)
    };
    reference_problems(journey, &owner, &mut problems);
    problems
}

/// Ids: not 0, not above the counter limit, unique within each list (`by_id`: the items' ids and
/// positions, sorted).
fn id_problems(all: &[Item<'_>], by_id: &[(u64, usize)], problems: &mut Vec<Problem>) {
    // The first item of each (list, id) an item repeats.
    let mut first_use: Vec<Option<usize>> = vec![None; all.len()];
    for group in by_id.chunk_by(|a, b| a.0 == b.0) {
        // The first item of each list using this id (one per kind of list: a few at most).
        let mut firsts: Vec<(&str, usize)> = Vec::new();
        for &(_, at) in group {
            let list = all[at].list;
            match firsts.iter().find(|(other, _)| *other == list) {
                Some(&(_, first)) => first_use[at] = Some(first),
                None => firsts.push((list, at)),
            }
        }
    }
    for (item, first) in all.iter().zip(&first_use) {
        if item.id == 0 {
            problems.push(item.problem(at(
                ProblemKind::NumberOutOfBounds,
                &item.place(),
                "its id is 0; this app hands out ids from 1",
            )));
        } else if item.id >= MAX_COUNTER {
            problems.push(item.problem(at(
                ProblemKind::NumberOutOfBounds,
                &item.place(),
                format!(
                    "its id {} is more than the most allowed, {}",
                    item.id,
                    MAX_COUNTER - 1
                ),
            )));
        }
        if let Some(first) = first {
            problems.push(item.problem(at(
                ProblemKind::DuplicateId,
                &item.place(),
                format!(
                    "it has the same id as {}; each {} needs an id of its own (nothing was renumbered or removed)",
                    all[*first].place(),
                    item.list
                ),
            )));
        }
    }
}

/// The dates, text lengths and numbers every record holds.
fn limit_problems(all: &[Item<'_>], problems: &mut Vec<Problem>) {
    for item in all {
        item.record.holds(&mut |hold| {
            let problem = match hold {
                Hold::Date(what, date) => {
                    date_problem(what, date).map(|text| (ProblemKind::DateOutOfRange, text))
                }
                Hold::Text(what, text, max) => {
                    text_problem(what, text, max).map(|text| (ProblemKind::TextTooLong, text))
                }
                Hold::Number(what, value, max, min) => number_problem(what, value, max, min)
                    .map(|text| (ProblemKind::NumberOutOfBounds, text)),
                Hold::Proof(proof) => proof_problem(proof),
            };
            if let Some((kind, text)) = problem {
                problems.push(item.problem(at(kind, &item.place(), text)));
            }
        });
    }
}

/// What is wrong with a proof file's description, if anything: its name (given, within the
/// length), its size (1 byte to `MAX_PROOF_BYTES`) and its SHA-256 (64 hexadecimal digits).
fn proof_problem(proof: &Proof) -> Option<(ProblemKind, String)> {
    let name = quoted(&proof.name);
    if proof.name.trim().is_empty() {
        return Some((ProblemKind::TextTooLong, "a proof file has no name".into()));
    }
    if let Some(text) = text_problem("proof file name", &proof.name, MAX_NAME_CHARS) {
        return Some((ProblemKind::TextTooLong, text));
    }
    if let Some(text) = number_problem("size of the proof file", proof.bytes, MAX_PROOF_BYTES, 1) {
        return Some((
            ProblemKind::NumberOutOfBounds,
            format!("{text} bytes ({name})"),
        ));
    }
    (!is_sha256(&proof.sha256)).then(|| {
        (
            ProblemKind::NumberOutOfBounds,
            format!(
                "the fingerprint of the proof file {name} is not a SHA-256 (64 hexadecimal digits)"
            ),
        )
    })
}

/// The limits of what the journey holds besides its lists: objective notes, settings, weights,
/// its id and counters.
fn journey_limit_problems(journey: &Journey, problems: &mut Vec<Problem>) {
    for (key, progress) in &journey.path.objectives {
        let place = format!("learning objective {}", quoted(key));
        if let Some(text) = text_problem("id", key, MAX_NAME_CHARS) {
            problems.push(at(ProblemKind::TextTooLong, &place, text));
        }
        if let Some(text) = text_problem("note", &progress.note, MAX_NOTES_CHARS) {
            problems.push(at(ProblemKind::TextTooLong, &place, text));
        }
    }
    let s = &journey.settings;
    let settings = [
        (
            "grace period in days",
            s.grace_period_days,
            GRACE_PERIOD_MAX_DAYS,
            0,
        ),
        (
            "SEU window in months",
            s.seu_window_months,
            SEU_WINDOW_MAX_MONTHS,
            SEU_WINDOW_MIN_MONTHS,
        ),
        (
            "advanced experience in months",
            s.advanced_experience_months,
            EXPERIENCE_MAX_MONTHS,
            1,
        ),
        (
            "professional experience in months",
            s.professional_experience_months,
            EXPERIENCE_MAX_MONTHS,
            1,
        ),
    ];
    for (what, value, max, min) in settings {
        if let Some(text) = number_problem(what, value.into(), max.into(), min.into()) {
            problems.push(at(ProblemKind::NumberOutOfBounds, "settings", text));
        }
    }
    if let Some(text) = number_problem(
        "size of all proof files in bytes",
        journey.proof_bytes(),
        MAX_PROOF_TOTAL_BYTES,
        0,
    ) {
        problems.push(at(ProblemKind::NumberOutOfBounds, "SEU log", text));
    }
    let w = &journey.training.weights;
    for (what, value) in [
        (
            "weight of \"all learning objectives\"",
            w.covers_all_objectives,
        ),
        ("weight of \"hands-on practice\"", w.hands_on_practice),
        (
            "weight of \"interactive activities\"",
            w.interactive_activities,
        ),
        ("weight of \"practice tests\"", w.practice_tests),
    ] {
        if let Some(text) = number_problem(what, value.into(), MAX_CHECKLIST_WEIGHT.into(), 0) {
            problems.push(at(ProblemKind::NumberOutOfBounds, "training weights", text));
        }
    }
    if !crate::model::journey::is_journey_id(&journey.id) {
        problems.push(at(
            ProblemKind::Format,
            "the journey",
            format!(
                "its id {} is not {} hexadecimal digits",
                quoted(&journey.id),
                crate::model::journey::JOURNEY_ID_DIGITS
            ),
        ));
    }
    for (what, value) in [
        ("revision", journey.revision),
        ("next free id", journey.next_id),
    ] {
        if value > MAX_COUNTER {
            problems.push(at(
                ProblemKind::NumberOutOfBounds,
                "the journey",
                format!("the {what} {value} is more than the most allowed, {MAX_COUNTER}"),
            ));
        }
    }
}

/// References that must resolve: the certifications a renewal names, the renewal an SEU entry
/// was used by, the chosen course. `owner` names the list that uses an id first.
fn reference_problems(
    journey: &Journey,
    owner: &dyn Fn(u64) -> Option<&'static str>,
    problems: &mut Vec<Problem>,
) {
    for (i, r) in journey.renewals.iter().enumerate() {
        for id in &r.renewed {
            if journey.certification(*id).is_some() {
                continue;
            }
            let place = label("renewal", i, r.id.0, &human(r.date));
            let message = match owner(id.0) {
                Some(other) => format!(
                    "it names id {id} as a certification renewed, but id {id} is {} {other}",
                    if other.starts_with("SEU") { "an" } else { "a" }
                ),
                None if id.0 == 0 || id.0 >= journey.next_id => format!(
                    "it names id {id} as a certification renewed, but no certification ever had that id"
                ),
                // A certification removed after it was renewed: the renewal stays as history.
                None => continue,
            };
            problems.push(of_record(
                at(ProblemKind::DanglingReference, &place, message),
                "renewal",
                i,
            ));
        }
    }
    for (i, e) in journey.seu_log.iter().enumerate() {
        if let Some(renewal) = e.used_by_renewal {
            if journey.renewals.iter().all(|r| r.id != renewal) {
                problems.push(of_record(
                    at(
                        ProblemKind::DanglingReference,
                        &label("SEU entry", i, e.id.0, &quoted(&e.title)),
                        format!("it was used by the renewal with id {renewal}, which is not there"),
                    ),
                    "SEU entry",
                    i,
                ));
            }
        }
    }
    if let Some(chosen) = journey.training.chosen {
        if journey.training.offers.iter().all(|o| o.id != chosen) {
            problems.push(at(
                ProblemKind::DanglingReference,
                "training",
                format!("the chosen course is the offer with id {chosen}, which is not there"),
            ));
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The restore preview.

/// What a journey holds: counts, the span of its dates, its version.
pub fn summary(journey: &Journey) -> Summary {
    let mut dates: Vec<NaiveDate> = Vec::new();
    for item in items(journey) {
        item.record.holds(&mut |hold| {
            if let Hold::Date(_, date) = hold {
                dates.push(date);
            }
        });
    }
    Summary {
        version: journey.version,
        certifications: journey.certifications.len(),
        seu_entries: journey.seu_log.len(),
        renewals: journey.renewals.len(),
        planned_activities: journey.planned_activities.len(),
        offers: journey.training.offers.len(),
        roles: journey.path.roles.len(),
        earliest: dates.iter().min().copied(),
        latest: dates.iter().max().copied(),
    }
}
