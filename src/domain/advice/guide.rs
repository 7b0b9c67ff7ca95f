//! What a newcomer needs to know, from "what is a CSPO?" to the next level, as data beside the
//! catalogue: each fact with its source, every figure read from the catalogue (or the user's
//! settings), none typed here. And a glossary of the words the app uses, in the project's words.
//!
//! Terms in the text are marked `[SEUs|seu]` (shown text, glossary id) or `[CST]` (the text is
//! the id, lower-cased); `spans` splits a text into plain parts and glossary links.
//!
//! Sources: `docs/rules.md`, "Sources" (the short names below are the ones used there).

use crate::domain::path::{months_text, EXPERIENCE_WINDOW_MONTHS};
use crate::domain::rules::catalogue::{
    Level, DAILY_SEU_CAP, DUE_SOON_DAYS, RENEWAL_OPENS_AFTER_DAYS, TERM_MONTHS,
};
use crate::domain::training::figures as course;
use crate::model::settings::Settings;

/// The short names of `docs/rules.md`, "Sources". "The CSPO guide" is a training provider's
/// article; the pages say so where they list the sources.
pub const CSPO_REQUIREMENTS: &str = "Scrum Alliance, CSPO requirements";
pub const RENEWAL: &str = "Scrum Alliance, Certification renewal";
pub const SEUS: &str = "Scrum Alliance, SEUs";
pub const ADVANCED: &str = "Scrum Alliance, A-CSPO and CSP-PO requirements";
pub const THE_GUIDE: &str = "The CSPO guide";

/// Where a renewal is paid: Scrum Alliance's own site, which the user opens; the app sends and
/// requests nothing.
pub const SCRUM_ALLIANCE_URL: &str = "https://www.scrumalliance.org/";

/// Beside the certification form's "license agreement accepted" box.
pub const LICENSE_HELP: &str = "After the course Scrum Alliance asks you to accept its license \
    agreement and complete your member profile, on its website. Until the agreement is accepted \
    the certification is inactive.";

/// Beside the certification form's "work experience validated" box.
pub const EXPERIENCE_HELP: &str = "Advanced and professional certifications are inactive until \
    Scrum Alliance has validated your months of work in the role (see the Certification path).";

/// One thing worth knowing, with where it comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fact {
    /// The text, with glossary terms marked (see the module's notes).
    pub text: String,
    pub source: &'static str,
}

fn fact(text: impl Into<String>, source: &'static str) -> Fact {
    Fact {
        text: text.into(),
        source,
    }
}

/// The parts of the way from the first course to the next level, in the order a newcomer
/// meets them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// What the Product Owner role is, and whether it fits.
    Role,
    /// How the CSPO is earned, and how to choose a course.
    Course,
    /// What it costs.
    Cost,
    /// What happens after the course.
    After,
    /// How to keep it: SEUs, the renewal fee.
    Keep,
    /// What comes next: A-CSPO, CSP-PO.
    Next,
}

impl Step {
    pub const ALL: [Step; 6] = [
        Step::Role,
        Step::Course,
        Step::Cost,
        Step::After,
        Step::Keep,
        Step::Next,
    ];

    /// The heading, and the id its section is reached by.
    pub fn heading(self) -> (&'static str, &'static str) {
        match self {
            Step::Role => ("The Product Owner role: does it fit you?", "role"),
            Step::Course => ("Earning the CSPO: one course, no exam", "course"),
            Step::Cost => ("What it costs", "cost"),
            Step::After => ("After the course", "after"),
            Step::Keep => ("Keeping it: SEUs and renewal", "keep"),
            Step::Next => ("What comes next: A-CSPO and CSP-PO", "next"),
        }
    }
}

fn years(months: u32) -> String {
    match months {
        12 => "one year".into(),
        24 => "two years".into(),
        m if m % 12 == 0 => format!("{} years", m / 12),
        m => format!("{m} months"),
    }
}

/// What the guide tells about one step, figures from the catalogue and `settings`.
pub fn facts(step: Step, settings: &Settings) -> Vec<Fact> {
    let cspo = Level::Foundational.renewal();
    let advanced = Level::Advanced.renewal();
    let term = years(TERM_MONTHS);
    let course_hours = course::MIN_COURSE_MINUTES.hours_and_minutes().0;
    let window = years(EXPERIENCE_WINDOW_MONTHS);
    match step {
        Step::Role => vec![
            fact(
                "The Product Owner looks after a product's value: they shape its vision, keep and order the Product Backlog, and weigh what customers and stakeholders need against what the team can build next.",
                THE_GUIDE,
            ),
            fact(
                "The role leans toward the business side of a product. If you like talking with customers, deciding what matters most and saying no to the rest, it may suit you; if you would rather guide a team's way of working, look at the Scrum Master track instead.",
                THE_GUIDE,
            ),
            fact(
                "The [CSPO] course teaches five areas: the role itself, purpose and strategy, customers and users, validating assumptions, and the Product Backlog. The Certification path page lists every learning objective.",
                THE_GUIDE,
            ),
        ],
        Step::Course => vec![
            fact(
                format!("There is no exam for the [CSPO]. You earn it by taking part in a live course of at least {course_hours} hours (usually two days of {} hours), in person or online, taught by a Certified Scrum Trainer ([CST]), or through private coaching by a Certified Agile Coach ([CAC]).", course_hours / 2),
                CSPO_REQUIREMENTS,
            ),
            fact(
                "Before you book, check two things: that a [CST] teaches it (or a [CAC] coaches you) and that Scrum Alliance lists the course. Without both it does not lead to the certification, however good it is. The guide asks seven more questions, about the learning objectives, practice, activities, format, dates and fee: the Training choice page asks them for each offer you find.",
                THE_GUIDE,
            ),
        ],
        Step::Cost => vec![
            fact(
                format!(
                    "The course is the main cost: a [CSPO] course typically costs {} to {}, depending on the provider. There is no exam fee.",
                    course::CSPO_PRICE_MIN.in_currency(course::PRICE_CURRENCY),
                    course::CSPO_PRICE_MAX.in_currency(course::PRICE_CURRENCY)
                ),
                THE_GUIDE,
            ),
            fact(
                format!(
                    "Keeping it costs a renewal fee of {} every {term}, plus the time for {} [SEUs|seu] (many ways to earn them are free).",
                    cspo.fee, cspo.seus_as_highest
                ),
                RENEWAL,
            ),
        ],
        Step::After => vec![
            fact(
                "After the course Scrum Alliance asks you to accept the [CSPO] license agreement and to complete your member profile. Until the agreement is accepted the certification is not active.",
                CSPO_REQUIREMENTS,
            ),
            fact(
                "Once you have accepted it, you can download and print your certificate.",
                THE_GUIDE,
            ),
            fact(
                format!("The certification comes with {term} of Scrum Alliance membership, counted from the day you earned it."),
                THE_GUIDE,
            ),
        ],
        Step::Keep => vec![
            fact(
                format!(
                    "A certification runs for {term}. To renew it you need {} [SEUs|seu] (one hour of learning or contribution is one SEU, at most {} a day) and one fee of {}.",
                    cspo.seus_as_highest,
                    DAILY_SEU_CAP,
                    cspo.fee
                ),
                RENEWAL,
            ),
            fact(
                format!("You can renew from {RENEWAL_OPENS_AFTER_DAYS} days after earning; the app does not record an earlier renewal. Scrum Alliance reminds you {DUE_SOON_DAYS} days before the expiry."),
                RENEWAL,
            ),
            fact(
                "Free ways to earn SEUs: reading books, blogs and articles; a local agile or Scrum user group; helping or guiding others at work; live or recorded webinars.",
                THE_GUIDE,
            ),
            fact(
                "You renew and pay on Scrum Alliance's website, signed in to your account. This app takes no payment and sends nothing: it only tells you when and what.",
                RENEWAL,
            ),
            fact(
                "Missed the date? An expired certification can still be renewed later: this is called [reinstatement]. Whether a [grace period] applies is a setting.",
                RENEWAL,
            ),
        ],
        Step::Next => vec![
            fact(
                format!(
                    "The [A-CSPO] adds managing stakeholders, product discovery and advanced Product Backlog work. It takes a [CSPO] (active or expired), the A-CSPO course of at least {course_hours} hours with its course work before and after, and {} of validated Product Owner work within the past {window}. There is no exam. Renewing it costs {} and {} SEUs per term.",
                    months_text(settings.advanced_experience_months),
                    advanced.fee,
                    advanced.seus_as_highest
                ),
                ADVANCED,
            ),
            fact(
                format!(
                    "The [CSP-PO] is the professional level: it takes an active [A-CSPO], the CSP-PO course and {} of validated Product Owner work within the past {window}. There is no exam.",
                    months_text(settings.professional_experience_months)
                ),
                ADVANCED,
            ),
            fact(
                "No source the app uses gives a typical price for the A-CSPO or CSP-PO course: the guide's price range is for the CSPO only. Record the offers you find on the Training choice page to compare them.",
                THE_GUIDE,
            ),
            fact(
                "Earning a new certification also renews the ones you hold, which then share its expiry: this is called [alignment].",
                RENEWAL,
            ),
        ],
    }
}

/// A word the app uses, explained.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Term {
    /// The anchor it is reached by (`#/glossary#seu`).
    pub id: &'static str,
    pub term: &'static str,
    /// What the letters stand for, in parentheses ("" for a plain word).
    pub expansion: &'static str,
    pub definition: &'static str,
}

const fn term(
    id: &'static str,
    term: &'static str,
    expansion: &'static str,
    definition: &'static str,
) -> Term {
    Term {
        id,
        term,
        expansion,
        definition,
    }
}

/// The glossary, in the order a newcomer meets the words. Definitions carry no figures: those
/// live in the catalogue and the pages show them from there.
pub const GLOSSARY: [Term; 9] = [
    term("cspo", "CSPO", "(Certified Scrum Product Owner)", "Scrum Alliance's first certification for Product Owners. You earn it by taking a live course with a Certified Scrum Trainer (or private coaching by a Certified Agile Coach); there is no exam."),
    term("cst", "CST", "(Certified Scrum Trainer)", "A trainer whom Scrum Alliance allows to teach its certification courses. A course that leads to a certification is taught by one."),
    term("cac", "CAC", "(Certified Agile Coach)", "A coach certified by Scrum Alliance. For the CSPO, private coaching by one counts instead of a course."),
    term("seu", "SEU", "(Scrum Education Unit)", "The unit Scrum Alliance counts learning in: one hour of learning or contribution (a course, a book, a user group, a webinar, helping others) is one SEU. A renewal asks for a number of them, earned before the expiry."),
    term("a-cspo", "A-CSPO", "(Advanced Certified Scrum Product Owner)", "The second level of the Product Owner track. It needs a CSPO, the advanced course with its course work, and validated work as a Product Owner."),
    term("csp-po", "CSP-PO", "(Certified Scrum Professional - Product Owner)", "The third and highest level of the Product Owner track. It needs an active A-CSPO, the professional course and longer validated Product Owner work."),
    term("alignment", "Alignment", "", "When you earn a new Scrum Alliance certification, the ones you hold are renewed with it and then all expire on the same day as the new one. Scrum Alliance does not give the details, so the app lets you turn this off."),
    term("reinstatement", "Reinstatement", "", "Renewing a certification after it has expired. Scrum Alliance allows it; once renewed, the certification is active again."),
    term("grace-period", "Grace period", "", "Days after the expiry during which an older Scrum Alliance text still counted a certification as renewable in time. The current text has none; the app makes it a setting."),
];

/// The glossary entry with this id.
pub fn glossary_term(id: &str) -> Option<&'static Term> {
    GLOSSARY.iter().find(|t| t.id == id)
}

/// A part of a text: plain words, or a word that links to the glossary.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Span<'a> {
    Text(&'a str),
    Term { shown: &'a str, id: String },
}

/// Splits `text` at its marked terms (`[SEUs|seu]`, `[CST]`). An unclosed bracket is plain
/// text. Each step moves past at least one character, so any text ends.
pub fn spans(text: &str) -> Vec<Span<'_>> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        let Some(len) = rest[open..].find(']') else {
            break;
        };
        if open > 0 {
            out.push(Span::Text(&rest[..open]));
        }
        let inner = &rest[open + 1..open + len];
        let (shown, id) = match inner.split_once('|') {
            Some((shown, id)) => (shown, id.to_owned()),
            None => (inner, inner.to_ascii_lowercase().replace(' ', "-")),
        };
        out.push(Span::Term { shown, id });
        rest = &rest[open + len + 1..];
    }
    if !rest.is_empty() {
        out.push(Span::Text(rest));
    }
    out
}

/// The text with its marks removed, as a reader sees it.
pub fn plain(text: &str) -> String {
    spans(text)
        .into_iter()
        .map(|s| match s {
            Span::Text(t) => t,
            Span::Term { shown, .. } => shown,
        })
        .collect()
}
