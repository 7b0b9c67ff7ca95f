//! The deadlines as an iCalendar (RFC 5545) file: each expiry to come as an all-day event, and a
//! reminder 90 days before (the day Scrum Alliance's "due soon" zone starts). Built with the
//! `icalendar` crate, which writes CRLF line endings and folds lines at 75 octets.
//!
//! No VALARM is added: the reminder is an event of its own, and the crate would give an alarm a
//! DTSTAMP of the clock and a random UID, which would make the file depend on more than its
//! inputs.

use chrono::{DateTime, NaiveDate, Utc};
use icalendar::{Calendar, Component, EventLike};

use super::catalogue::DUE_SOON_DAYS;
use super::dates::human;
use super::renewal::standings;
use crate::model::journey::Journey;

/// The PRODID of the files this app writes.
pub const PRODID: &str = "-//cert-planner//Renewal deadlines//EN";
/// The domain part of every UID.
pub const UID_DOMAIN: &str = "cert-planner";

/// One event of the deadlines calendar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Deadline {
    pub uid: String,
    pub date: NaiveDate,
    pub summary: String,
    pub description: String,
}

/// The deadline events, in date order: for each held certification with an expiry on or after
/// `today`, the expiry day and a reminder `DUE_SOON_DAYS` before it (when that day has not passed).
/// UIDs are stable: the same certification and date give the same UID.
pub fn deadlines(journey: &Journey, today: NaiveDate) -> Vec<Deadline> {
    let mut list = Vec::new();
    for s in standings(journey, today) {
        let Some(expiry) = s.expiry.filter(|e| *e >= today) else {
            continue;
        };
        let stamp = expiry.format("%Y%m%d");
        let event = |kind: &str, date, summary: String, description: String| Deadline {
            uid: format!("{}-{kind}-{stamp}@{UID_DOMAIN}", s.id),
            date,
            summary,
            description,
        };
        let reminder = super::dates::sub_days(expiry, DUE_SOON_DAYS);
        if reminder >= today {
            list.push(event(
                "reminder",
                reminder,
                format!("{} expires in {DUE_SOON_DAYS} days", s.title),
                format!(
                    "{} expires on {}. Renew it before then: log the SEUs it needs and pay the fee.",
                    s.title,
                    human(expiry)
                ),
            ));
        }
        list.push(event(
            "expiry",
            expiry,
            format!("{} expires", s.title),
            format!(
                "{} expires today ({}) unless it has been renewed.",
                s.title,
                human(expiry)
            ),
        ));
    }
    list.sort_by(|a, b| a.date.cmp(&b.date).then(a.uid.cmp(&b.uid)));
    list
}

/// The deadlines as an iCalendar file. `now` is the DTSTAMP of every event (the moment the file
/// is made); nothing else depends on the clock.
pub fn deadlines_ics(journey: &Journey, today: NaiveDate, now: DateTime<Utc>) -> String {
    let mut calendar = Calendar::empty();
    calendar
        .append_property(("VERSION", "2.0"))
        .append_property(("PRODID", PRODID))
        .append_property(("CALSCALE", "GREGORIAN"))
        .append_property(("METHOD", "PUBLISH"))
        .name("Certification deadlines");
    for deadline in deadlines(journey, today) {
        let event = icalendar::Event::new()
            .uid(&deadline.uid)
            .timestamp(now)
            .starts(deadline.date)
            // DTEND is exclusive and must come after DTSTART (RFC 5545 3.8.2.2): the next day.
            .ends(super::dates::next_day(deadline.date))
            .summary(&deadline.summary)
            .description(&deadline.description)
            .append_property(("TRANSP", "TRANSPARENT"))
            .done();
        calendar.push(event);
    }
    calendar.done().to_string()
}

/// The file name for the download: "certification-deadlines-2026-11-25.ics".
pub fn filename(today: NaiveDate) -> String {
    format!("certification-deadlines-{}.ics", today.format("%Y-%m-%d"))
}
