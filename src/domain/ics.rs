//! The deadlines as an iCalendar (RFC 5545) file: each expiry to come as an all-day event, and a
//! reminder 90 days before (the day Scrum Alliance's "due soon" zone starts). A small writer of
//! its own (the `icalendar` crate and its `uuid` weighed about 20 KB in the wasm for these few
//! lines): CRLF line endings, lines folded at 75 octets, TEXT values escaped (RFC 5545 3.1,
//! 3.3.11).
//!
//! No VALARM is added: the reminder is an event of its own, so the file depends on nothing but
//! its inputs.

use chrono::{DateTime, Datelike, NaiveDate, Timelike, Utc};

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
        let stamp = ics_date(expiry);
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
    super::order::sort_by(&mut list, |a, b| {
        a.date.cmp(&b.date).then(a.uid.cmp(&b.uid))
    });
    list
}

/// The deadlines as an iCalendar file. `now` is the DTSTAMP of every event (the moment the file
/// is made); nothing else depends on the clock.
pub fn deadlines_ics(journey: &Journey, today: NaiveDate, now: DateTime<Utc>) -> String {
    let mut out = String::new();
    let stamp = format!(
        "{}T{:02}{:02}{:02}Z",
        ics_date(now.date_naive()),
        now.hour(),
        now.minute(),
        now.second()
    );
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        &format!("PRODID:{PRODID}"),
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "NAME:Certification deadlines",
        "X-WR-CALNAME:Certification deadlines",
    ] {
        content_line(&mut out, line);
    }
    for deadline in deadlines(journey, today) {
        for line in [
            "BEGIN:VEVENT".to_owned(),
            format!("UID:{}", text_value(&deadline.uid)),
            format!("DTSTAMP:{stamp}"),
            format!("DTSTART;VALUE=DATE:{}", ics_date(deadline.date)),
            // DTEND is exclusive and must come after DTSTART (RFC 5545 3.8.2.2): the next day.
            format!(
                "DTEND;VALUE=DATE:{}",
                ics_date(super::dates::next_day(deadline.date))
            ),
            format!("SUMMARY:{}", text_value(&deadline.summary)),
            format!("DESCRIPTION:{}", text_value(&deadline.description)),
            "TRANSP:TRANSPARENT".to_owned(),
            "END:VEVENT".to_owned(),
        ] {
            content_line(&mut out, &line);
        }
    }
    content_line(&mut out, "END:VCALENDAR");
    out
}

/// A DATE value: "20270910".
fn ics_date(date: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", date.year(), date.month(), date.day())
}

/// A TEXT value with its backslashes, semicolons, commas and line breaks escaped (RFC 5545
/// 3.3.11).
fn text_value(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            _ => out.push(ch),
        }
    }
    out
}

/// Appends one content line ending in CRLF, folded so no line is longer than 75 octets: a
/// continuation line starts with a space (RFC 5545 3.1). Never splits a character.
fn content_line(out: &mut String, line: &str) {
    let mut width = 0;
    for ch in line.chars() {
        if width + ch.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(ch);
        width += ch.len_utf8();
    }
    out.push_str("\r\n");
}

/// The file name for the download: "certification-deadlines-2026-11-25.ics".
pub fn filename(today: NaiveDate) -> String {
    format!("certification-deadlines-{}.ics", today)
}
