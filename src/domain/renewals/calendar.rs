//! The deadlines as an iCalendar (RFC 5545) file: each expiry to come, and a reminder 90 days
//! before, as all-day events that a newer file moves rather than repeats. The format: `docs/calendar.md`.

use chrono::{DateTime, Datelike, NaiveDate, Timelike, Utc};

use crate::basics::dates::human;
use crate::domain::rules::catalogue::DUE_SOON_DAYS;
use crate::domain::rules::renewal::standings;
use crate::model::journey::Journey;

/// The PRODID of the files this app writes.
pub const PRODID: &str = "-//cert-planner//Renewal deadlines//EN";
/// The domain part of every UID.
pub const UID_DOMAIN: &str = "cert-planner";
/// Gives the journey its id, made of `random` (the shell draws it), unless it has one: made
/// once, before its first calendar, and kept (backups and restores carry it).
pub fn give_id(journey: &mut Journey, random: [u32; 4]) {
    if journey.id.is_empty() {
        journey.id = random.iter().map(|word| format!("{word:08x}")).collect();
    }
}

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
/// UIDs are stable: the same journey, certification and kind of event give the same UID,
/// whatever the date.
pub fn deadlines(journey: &Journey, today: NaiveDate) -> Vec<Deadline> {
    let mut list = Vec::new();
    for s in standings(journey, today) {
        let Some(expiry) = s.expiry.filter(|e| *e >= today) else {
            continue;
        };
        let event = |kind: &str, date, summary: String, description: String| Deadline {
            uid: format!("{}-{}-{kind}@{UID_DOMAIN}", journey.id, s.id),
            date,
            summary,
            description,
        };
        let reminder = crate::basics::dates::sub_days(expiry, DUE_SOON_DAYS);
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
    crate::basics::order::sort_by(&mut list, |a, b| {
        a.date.cmp(&b.date).then(a.uid.cmp(&b.uid))
    });
    list
}

/// The deadlines as an iCalendar file. `now` is the DTSTAMP of every event (the moment the file
/// is made); nothing else depends on the clock. SEQUENCE is the journey's revision (at most
/// the largest INTEGER of RFC 5545).
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
    let sequence = journey.revision.min(i32::MAX as u64);
    for deadline in deadlines(journey, today) {
        for line in [
            "BEGIN:VEVENT".to_owned(),
            format!("UID:{}", text_value(&deadline.uid)),
            format!("DTSTAMP:{stamp}"),
            format!("SEQUENCE:{sequence}"),
            format!("DTSTART;VALUE=DATE:{}", ics_date(deadline.date)),
            // DTEND is exclusive and must come after DTSTART (RFC 5545 3.8.2.2): the next day.
            format!(
                "DTEND;VALUE=DATE:{}",
                ics_date(crate::basics::dates::next_day(deadline.date))
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
/// 3.3.11), and every other control character left out (3.1: not allowed in a value).
fn text_value(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            _ if ch.is_control() => {}
            _ => out.push(ch),
        }
    }
    out
}

/// Appends one content line ending in CRLF, folded so no line is longer than 75 octets: a
/// continuation line starts with a space (RFC 5545 3.1). Never splits a character, and never
/// folds right after a space or tab when it can fold earlier: parsers that trim the ends of
/// lines (the `ical` crate does) would lose it.
fn content_line(out: &mut String, line: &str) {
    let chars: Vec<char> = line.chars().collect();
    let width = |part: &[char]| part.iter().map(|c| c.len_utf8()).sum::<usize>();
    // The start of the physical line being written, and its width so far.
    let (mut start, mut used) = (0, 0);
    for (at, ch) in chars.iter().enumerate() {
        if used + ch.len_utf8() > 75 {
            // Fold before `at`, or before the run of spaces that ends there.
            let mut fold = at;
            while fold > start + 1 && chars[fold - 1].is_whitespace() {
                fold -= 1;
            }
            if chars[fold - 1].is_whitespace() || 1 + width(&chars[fold..=at]) > 75 {
                fold = at;
            }
            out.extend(&chars[start..fold]);
            out.push_str("\r\n ");
            start = fold;
            used = 1 + width(&chars[fold..at]);
        }
        used += ch.len_utf8();
    }
    out.extend(&chars[start..]);
    out.push_str("\r\n");
}

/// The file name for the download: "certification-deadlines-2026-11-25.ics".
pub fn filename(today: NaiveDate) -> String {
    format!("certification-deadlines-{}.ics", today)
}
