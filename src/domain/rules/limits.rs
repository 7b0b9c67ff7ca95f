//! The limits of a valid journey, defined once: every date, text, number and size the app keeps
//! or reads stays within them. The gate checks stored data, files, links and CSV against them;
//! every form checks what is typed against them and carries them on its controls (`min`, `max`,
//! `maxlength`); `AppState::apply` checks every change against the gate. A leaf: it imports
//! nothing of the app, so anything may read it.
//!
//! These are sanity bounds of this app, not Scrum Alliance rules (those live in `catalogue`).

use chrono::NaiveDate;

use crate::basics::dates::human;

/// The earliest date admitted anywhere in a journey.
pub const FIRST_DATE: NaiveDate = ymd(1900, 1, 1);
/// The latest date admitted anywhere in a journey.
pub const LAST_DATE: NaiveDate = ymd(2199, 12, 31);
/// `FIRST_DATE` and `LAST_DATE` as a date control's `min` and `max` write them.
pub const FIRST_DATE_ISO: &str = "1900-01-01";
pub const LAST_DATE_ISO: &str = "2199-12-31";

/// Titles, names, providers, trainers, places, languages: at most this many characters.
pub const MAX_NAME_CHARS: usize = 200;
/// Notes: at most this many characters.
pub const MAX_NOTES_CHARS: usize = 10_000;
/// Evidence and course links (web addresses): at most this many characters.
pub const MAX_WEB_LINK_CHARS: usize = 2_000;
/// Currency codes: at most this many characters (the form asks for 3 letters).
pub const MAX_CODE_CHARS: usize = 16;

/// Fees and prices: at most $1,000,000, in cents (far above any course or fee; sums stay exact).
/// Defined beside the money type (`model::money::MAX_MONEY`), whose parser reads against it.
pub const MAX_MONEY_CENTS: u64 = crate::model::money::MAX_MONEY.cents();
/// `revision`, `next_id` and every id: at most 2^53, so numbers stay exact in JavaScript.
pub const MAX_COUNTER: u64 = 1 << 53;

/// Proof files of SEU entries: at most this many bytes each (20 MB: a scanned certificate fits).
pub const MAX_PROOF_BYTES: u64 = 20_000_000;
/// Proof files of SEU entries: at most this many per entry.
pub const MAX_PROOFS_PER_ENTRY: usize = 10;
/// Proof files of SEU entries: at most this many bytes in all (200 MB, well within what
/// browsers let a site keep, and what an audit pack built in memory can hold).
pub const MAX_PROOF_TOTAL_BYTES: u64 = 200_000_000;

/// A stored proof file that no listed entry names is deleted once it has been so for this many
/// days: long past any undo (an undo lasts while its page is open), and long enough that
/// another tab that stored a file and is about to list it is never overtaken.
pub const PROOF_RECLAIM_DAYS: i64 = 7;

/// An SEU entry or a planned activity lasts at most one day, in minutes.
pub const MAX_ACTIVITY_MINUTES: u32 = 24 * 60;
/// The longest teaching day of a course offer, in minutes (12 hours).
pub const MAX_TEACHING_MINUTES_PER_DAY: u32 = 12 * 60;
/// The most days a course can teach, and the longest span from its start to its end (one SEU
/// entry is logged per course day).
pub const MAX_COURSE_DAYS: u32 = 366;
/// The most a training checklist weight can be.
pub const MAX_CHECKLIST_WEIGHT: u32 = 100;
/// The most a monthly recurrence of a planned activity can be spaced: every 5 years.
pub const MAX_EVERY_MONTHS: u32 = 60;
/// The most a weekly recurrence of a planned activity can be spaced: every 2 years.
pub const MAX_EVERY_WEEKS: u32 = 104;

/// Settings: the longest grace period after an expiry, in days.
pub const GRACE_PERIOD_MAX_DAYS: u32 = 365;
/// Settings: the SEU window before an expiry, in months.
pub const SEU_WINDOW_MIN_MONTHS: u32 = 12;
pub const SEU_WINDOW_MAX_MONTHS: u32 = 60;
/// Settings: the role experience a level asks for, in months (at least 1).
pub const EXPERIENCE_MAX_MONTHS: u32 = 60;
/// Settings: how often to remind about a fresh backup copy, in days.
pub const BACKUP_REMINDER_MIN_DAYS: u32 = 1;
pub const BACKUP_REMINDER_MAX_DAYS: u32 = 365;

/// The largest file (or stored text, or unpacked shared plan) read: 5 MiB. A journey of many
/// years is a few hundred KB.
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;
/// The most rows one CSV import reads.
pub const MAX_CSV_ROWS: usize = 20_000;
/// The longest share link this app makes, in characters: short enough for email, chat apps and
/// every browser's address bar. A larger plan is offered as a file.
pub const MAX_SHARE_LINK_CHARS: usize = 8_000;

// The limits hold together, checked when the app is built: a course day's teaching fits in an
// activity, an activity in a day; ids stay exact in JavaScript numbers (2^53); a share link is
// longer than a web link it may carry.
const _: () = assert!(MAX_TEACHING_MINUTES_PER_DAY <= MAX_ACTIVITY_MINUTES);
const _: () = assert!(MAX_ACTIVITY_MINUTES <= 24 * 60);
const _: () = assert!(SEU_WINDOW_MIN_MONTHS <= SEU_WINDOW_MAX_MONTHS);
const _: () = assert!(BACKUP_REMINDER_MIN_DAYS <= BACKUP_REMINDER_MAX_DAYS);
const _: () = assert!(MAX_COUNTER <= 1 << 53);
const _: () = assert!(MAX_WEB_LINK_CHARS < MAX_SHARE_LINK_CHARS);

const fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(year, month, day) {
        Some(date) => date,
        None => panic!("a valid constant date"),
    }
}

/// Whether a date is within `FIRST_DATE..=LAST_DATE`.
pub fn date_admitted(date: NaiveDate) -> bool {
    (FIRST_DATE..=LAST_DATE).contains(&date)
}

/// Why a date is not admitted (`None`: it is): "the earned date 1 Jan 0025 is outside 1 Jan 1900
/// to 31 Dec 2199".
pub fn date_problem(what: &str, date: NaiveDate) -> Option<String> {
    (!date_admitted(date)).then(|| {
        format!(
            "the {what} {} is outside {} to {}",
            human(date),
            human(FIRST_DATE),
            human(LAST_DATE)
        )
    })
}

/// Why a text is not admitted (`None`: it is): it is longer than `max_chars` characters.
pub fn text_problem(what: &str, text: &str, max_chars: usize) -> Option<String> {
    let chars = text.chars().count();
    (chars > max_chars)
        .then(|| format!("the {what} is {chars} characters long; the most allowed is {max_chars}"))
}

/// Why a number is not admitted (`None`: it is): outside `min..=max`.
pub fn number_problem(what: &str, value: u64, max: u64, min: u64) -> Option<String> {
    (value > max || value < min).then(|| {
        if min == 0 {
            format!("the {what} {value} is more than the most allowed, {max}")
        } else {
            format!("the {what} {value} is outside {min} to {max}")
        }
    })
}
