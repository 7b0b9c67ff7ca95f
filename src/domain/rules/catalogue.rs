//! The catalogue: every certification the planner knows, as data, each rule with its source.
//!
//! Nothing outside this module holds a fee, an SEU figure, a term length or a prerequisite:
//! the rules in `renewal` and the pages read them from here.

pub use crate::basics::kinds::{CertificationKind, Level, Track, MINUTES_PER_SEU};
use crate::model::money::Money;
use CertificationKind as K;
use Prerequisite as P;

/// Where the figures come from (see `docs/rules.md`, "Sources").
pub const RULES_SOURCE: &str = "Scrum Alliance, certification renewal rules";

/// Length of one certification term, in months. Source: `docs/rules.md`, "Renewal": terms of 2
/// years, the first from the day the certification was earned.
pub const TERM_MONTHS: u32 = 24;

/// Days before expiry when a certification is "due soon". Source: `docs/rules.md`, "Renewal":
/// Scrum Alliance sends a reminder 90 days before expiry.
pub const DUE_SOON_DAYS: i64 = 90;

/// Days after earning before a renewal can be made. Source: `docs/rules.md`, "Renewal": from 30
/// days after earning (an older rule said 18 months).
pub const RENEWAL_OPENS_AFTER_DAYS: i64 = 30;

/// SEUs that count per day at most. Source: `docs/rules.md`, "SEUs": at most 8 SEUs per day.
pub const DAILY_SEU_CAP: u32 = 8;

impl Level {
    /// What renewing at this level asks for, per 2-year term.
    pub fn renewal(self) -> RenewalFigures {
        RENEWAL_FIGURES
            .iter()
            .find(|f| f.level == self)
            .copied()
            .expect("every level has renewal figures")
    }
}

/// Fee and SEUs per term for one level. Source: `docs/rules.md`, "Renewal figures".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RenewalFigures {
    pub level: Level,
    /// Fee per term in US dollars.
    pub fee: Money,
    /// SEUs when a certification of this level is the highest one held.
    pub seus_as_highest: u32,
    /// SEUs added when it is the highest certification of another track.
    pub seus_as_other_track: u32,
}

pub const RENEWAL_FIGURES: [RenewalFigures; 3] = [
    RenewalFigures {
        level: Level::Foundational,
        fee: Money::dollars(100),
        seus_as_highest: 20,
        seus_as_other_track: 10,
    },
    RenewalFigures {
        level: Level::Advanced,
        fee: Money::dollars(175),
        seus_as_highest: 30,
        seus_as_other_track: 15,
    },
    RenewalFigures {
        level: Level::Professional,
        fee: Money::dollars(250),
        seus_as_highest: 40,
        seus_as_other_track: 20,
    },
];

/// What must be held before earning a certification.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Prerequisite {
    None,
    /// The certification must be held; an expired one is accepted.
    Held(CertificationKind),
    /// The certification must be held and active on the day the new one is earned.
    HeldActive(CertificationKind),
}

/// How a certification's expiry works.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expiry {
    /// 2-year terms from the earned date, renewed with SEUs and a fee.
    Terms,
    /// Never expires (microcredentials).
    Never,
    /// The user gives the expiry date, or none (other bodies).
    UserGiven,
}

/// One entry of the catalogue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CatalogueEntry {
    pub kind: CertificationKind,
    pub code: &'static str,
    pub name: &'static str,
    pub track: Track,
    /// The level whose renewal figures apply; `None` where the certification is not renewed
    /// with SEUs (microcredentials, other bodies).
    pub level: Option<Level>,
    pub prerequisite: Prerequisite,
    pub expiry: Expiry,
    /// Months of role experience in the past 5 years that must be validated before the
    /// certification is active; the figure can be changed in the settings (`docs/rules.md`,
    /// "Work experience": unclear).
    pub needs_experience: bool,
    /// The certification is being replaced and no longer earned in this form.
    pub legacy: bool,
    /// Part of the Scrum Alliance rules (renewal, alignment).
    pub scrum_alliance: bool,
    /// Where the entry's figures come from.
    pub source: &'static str,
}

/// `docs/rules.md`, "Tracks and levels", "Earning" and "Renewal figures".
const TABLE: &str = "Scrum Alliance, certification tracks and levels, requirements to earn each \
                     one, and renewal fees and SEUs";
/// `docs/rules.md`, "Other certifications": the renewal figures are the app's assumption.
const NOT_IN_RULES: &str = "Scrum Alliance lists this certification but gives no renewal \
                            figures for it: the planner treats it like the level shown. Scrum \
                            Alliance does not say this in detail.";

const fn role(
    kind: CertificationKind,
    code: &'static str,
    name: &'static str,
    track: Track,
    level: Level,
    prerequisite: Prerequisite,
) -> CatalogueEntry {
    CatalogueEntry {
        kind,
        code,
        name,
        track,
        level: Some(level),
        prerequisite,
        expiry: Expiry::Terms,
        needs_experience: !matches!(level, Level::Foundational),
        legacy: false,
        scrum_alliance: true,
        source: TABLE,
    }
}

/// An entry of another track, made like a role's entry: no experience asked, and no renewal
/// figures in the rules.
const fn other_track(entry: CatalogueEntry, legacy: bool) -> CatalogueEntry {
    CatalogueEntry {
        needs_experience: false,
        legacy,
        source: NOT_IN_RULES,
        ..entry
    }
}

/// A professional entry of another track with no prerequisite in the catalogue (the coach and
/// trainer certifications).
const fn other_professional(
    kind: CertificationKind,
    code: &'static str,
    name: &'static str,
    track: Track,
    legacy: bool,
) -> CatalogueEntry {
    other_track(
        role(
            kind,
            code,
            name,
            track,
            Level::Professional,
            Prerequisite::None,
        ),
        legacy,
    )
}

/// The catalogue, in the order the pages list it.
pub const CATALOGUE: [CatalogueEntry; 17] = [
    role(
        K::Cspo,
        "CSPO",
        "Certified Scrum Product Owner",
        Track::ProductOwner,
        Level::Foundational,
        P::None,
    ),
    role(
        K::ACspo,
        "A-CSPO",
        "Advanced Certified Scrum Product Owner",
        Track::ProductOwner,
        Level::Advanced,
        P::Held(K::Cspo),
    ),
    role(
        K::CspPo,
        "CSP-PO",
        "Certified Scrum Professional - Product Owner",
        Track::ProductOwner,
        Level::Professional,
        P::HeldActive(K::ACspo),
    ),
    role(
        K::Csm,
        "CSM",
        "Certified ScrumMaster",
        Track::ScrumMaster,
        Level::Foundational,
        P::None,
    ),
    role(
        K::ACsm,
        "A-CSM",
        "Advanced Certified ScrumMaster",
        Track::ScrumMaster,
        Level::Advanced,
        P::Held(K::Csm),
    ),
    role(
        K::CspSm,
        "CSP-SM",
        "Certified Scrum Professional - ScrumMaster",
        Track::ScrumMaster,
        Level::Professional,
        P::HeldActive(K::ACsm),
    ),
    role(
        K::Csd,
        "CSD",
        "Certified Scrum Developer",
        Track::Developer,
        Level::Foundational,
        P::None,
    ),
    role(
        K::ACsd,
        "A-CSD",
        "Advanced Certified Scrum Developer",
        Track::Developer,
        Level::Advanced,
        P::Held(K::Csd),
    ),
    role(
        K::CspD,
        "CSP-D",
        "Certified Scrum Professional - Developer",
        Track::Developer,
        Level::Professional,
        P::HeldActive(K::ACsd),
    ),
    other_track(
        role(
            K::Cal1,
            "CAL 1",
            "Certified Agile Leadership 1",
            Track::AgileLeadership,
            Level::Foundational,
            P::None,
        ),
        false,
    ),
    other_track(
        role(
            K::Cal2,
            "CAL 2",
            "Certified Agile Leadership 2",
            Track::AgileLeadership,
            Level::Advanced,
            P::Held(K::Cal1),
        ),
        false,
    ),
    other_professional(K::Ctc, "CTC", "Certified Team Coach", Track::Coaching, true),
    other_professional(
        K::Cec,
        "CEC",
        "Certified Enterprise Coach",
        Track::Coaching,
        true,
    ),
    other_professional(
        K::Cst,
        "CST",
        "Certified Scrum Trainer",
        Track::Trainer,
        false,
    ),
    other_professional(
        K::Csat,
        "CSAT",
        "Certified Scrum Agile Trainer",
        Track::Trainer,
        false,
    ),
    CatalogueEntry {
        kind: K::Microcredential,
        code: "Microcredential",
        name: "Scrum Alliance microcredential",
        track: Track::Microcredential,
        level: None,
        prerequisite: P::None,
        expiry: Expiry::Never,
        needs_experience: false,
        legacy: false,
        scrum_alliance: true,
        // `docs/rules.md`, "Other certifications".
        source: "Scrum Alliance, microcredentials: they never expire",
    },
    CatalogueEntry {
        kind: K::OtherBody,
        code: "Other",
        name: "Certification of another body",
        track: Track::OtherBody,
        level: None,
        prerequisite: P::None,
        expiry: Expiry::UserGiven,
        needs_experience: false,
        legacy: false,
        scrum_alliance: false,
        // `docs/rules.md`, "Other certifications".
        source: "Certifications of other bodies take no part in the Scrum Alliance rules",
    },
];

impl CatalogueEntry {
    /// Whether the entry is a kind the user names (its catalogue name is a description).
    pub fn user_named_label(&self) -> bool {
        self.kind.user_named()
    }
}

impl CertificationKind {
    /// The catalogue entry of this certification.
    pub fn entry(self) -> &'static CatalogueEntry {
        CATALOGUE
            .iter()
            .find(|e| e.kind == self)
            .expect("every certification kind has a catalogue entry")
    }

    pub fn code(self) -> &'static str {
        self.entry().code
    }

    /// The certifications of the same track below this one (renewing this renews them).
    pub fn lower_in_track(self) -> impl Iterator<Item = CertificationKind> {
        let me = self.entry();
        CATALOGUE
            .iter()
            .filter(move |e| {
                e.track == me.track
                    && matches!(
                        me.track,
                        Track::ProductOwner | Track::ScrumMaster | Track::Developer
                    )
                    && e.level < me.level
            })
            .map(|e| e.kind)
    }
}
