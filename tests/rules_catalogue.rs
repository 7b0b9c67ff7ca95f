#![cfg(not(target_arch = "wasm32"))]
//! `docs/rules.md`, "Tracks and levels", "Other certifications", "Earning" and "Renewal
//! figures", checked against the catalogue. Each row carries the rule of `docs/rules.md` it
//! stands for.

use cert_planner::domain::rules::catalogue::{
    CertificationKind as K, Expiry, Level, Prerequisite as P, Track, CATALOGUE, DUE_SOON_DAYS,
    RENEWAL_OPENS_AFTER_DAYS, TERM_MONTHS,
};
use cert_planner::model::Money;

/// `docs/rules.md`, "Tracks and levels" and "Earning":
/// (label, kind, code, track, level, prerequisite).
const ROLE_TABLE: [(&str, K, &str, Track, Level, P); 9] = [
    (
        "CSPO: foundational PO, no prerequisite",
        K::Cspo,
        "CSPO",
        Track::ProductOwner,
        Level::Foundational,
        P::None,
    ),
    (
        "A-CSPO: advanced PO, needs a CSPO (active or expired)",
        K::ACspo,
        "A-CSPO",
        Track::ProductOwner,
        Level::Advanced,
        P::Held(K::Cspo),
    ),
    (
        "CSP-PO: professional PO, needs an active A-CSPO",
        K::CspPo,
        "CSP-PO",
        Track::ProductOwner,
        Level::Professional,
        P::HeldActive(K::ACspo),
    ),
    (
        "CSM: foundational SM, no prerequisite",
        K::Csm,
        "CSM",
        Track::ScrumMaster,
        Level::Foundational,
        P::None,
    ),
    (
        "A-CSM: same pattern as A-CSPO, needs a CSM",
        K::ACsm,
        "A-CSM",
        Track::ScrumMaster,
        Level::Advanced,
        P::Held(K::Csm),
    ),
    (
        "CSP-SM: same pattern as CSP-PO, needs an active A-CSM",
        K::CspSm,
        "CSP-SM",
        Track::ScrumMaster,
        Level::Professional,
        P::HeldActive(K::ACsm),
    ),
    (
        "CSD: foundational Developer, no prerequisite",
        K::Csd,
        "CSD",
        Track::Developer,
        Level::Foundational,
        P::None,
    ),
    (
        "A-CSD: same pattern as A-CSPO, needs a CSD",
        K::ACsd,
        "A-CSD",
        Track::Developer,
        Level::Advanced,
        P::Held(K::Csd),
    ),
    (
        "CSP-D: same pattern as CSP-PO, needs an active A-CSD",
        K::CspD,
        "CSP-D",
        Track::Developer,
        Level::Professional,
        P::HeldActive(K::ACsd),
    ),
];

#[test]
fn every_role_certification_of_the_table_has_its_track_level_and_prerequisite() {
    for (label, kind, code, track, level, prerequisite) in ROLE_TABLE {
        let entry = kind.entry();
        assert_eq!(entry.kind, kind, "{label}: entry kind");
        assert_eq!(entry.code, code, "{label}: code");
        assert_eq!(kind.code(), code, "{label}: kind.code()");
        assert_eq!(entry.track, track, "{label}: track");
        assert_eq!(entry.level, Some(level), "{label}: level");
        assert_eq!(entry.prerequisite, prerequisite, "{label}: prerequisite");
        assert_eq!(entry.expiry, Expiry::Terms, "{label}: runs in 2-year terms");
        assert!(
            entry.scrum_alliance,
            "{label}: is a Scrum Alliance certification"
        );
        assert!(!entry.legacy, "{label}: not legacy");
        assert!(!kind.user_named(), "{label}: named by the catalogue");
        assert_eq!(
            entry.needs_experience,
            level != Level::Foundational,
            "{label}: work experience must be validated for advanced/professional levels only"
        );
    }
}

#[test]
fn a_csm_does_not_count_as_the_a_cspo_prerequisite() {
    // docs/rules.md, "Earning": A-CSPO needs a CSPO, active or expired (a CSM does not count).
    assert_ne!(K::ACspo.entry().prerequisite, P::Held(K::Csm));
    assert_ne!(K::ACspo.entry().prerequisite, P::HeldActive(K::Cspo));
}

/// `docs/rules.md`, "Renewal figures":
/// (label, level, fee, SEUs as highest, SEUs as highest of another track).
const RENEWAL_TABLE: [(&str, Level, u64, u32, u32); 3] = [
    (
        "Foundational: $100, 20, 10",
        Level::Foundational,
        100,
        20,
        10,
    ),
    ("Advanced: $175, 30, 15", Level::Advanced, 175, 30, 15),
    (
        "Professional: $250, 40, 20",
        Level::Professional,
        250,
        40,
        20,
    ),
];

#[test]
fn renewal_fee_and_seus_per_level() {
    for (label, level, fee, highest, other_track) in RENEWAL_TABLE {
        let figures = level.renewal();
        assert_eq!(figures.level, level, "{label}: level");
        assert_eq!(figures.fee, Money::dollars(fee), "{label}: fee per term");
        assert_eq!(figures.seus_as_highest, highest, "{label}: SEUs as highest");
        assert_eq!(
            figures.seus_as_other_track, other_track,
            "{label}: SEUs as highest of another track"
        );
    }
}

#[test]
fn renewal_figures_of_each_role_certification_follow_its_level() {
    // (label, kind, fee, SEUs as highest)
    let rows = [
        ("CSPO renews at $100 / 20", K::Cspo, 100, 20),
        ("CSM renews at $100 / 20", K::Csm, 100, 20),
        ("CSD renews at $100 / 20", K::Csd, 100, 20),
        ("A-CSPO renews at $175 / 30", K::ACspo, 175, 30),
        ("A-CSM renews at $175 / 30", K::ACsm, 175, 30),
        ("A-CSD renews at $175 / 30", K::ACsd, 175, 30),
        ("CSP-PO renews at $250 / 40", K::CspPo, 250, 40),
        ("CSP-SM renews at $250 / 40", K::CspSm, 250, 40),
        ("CSP-D renews at $250 / 40", K::CspD, 250, 40),
    ];
    for (label, kind, fee, seus) in rows {
        let figures = kind.entry().level.expect(label).renewal();
        assert_eq!(
            (figures.fee, figures.seus_as_highest),
            (Money::dollars(fee), seus),
            "{label}"
        );
    }
}

#[test]
fn term_reminder_and_renewal_opening_constants() {
    let rows = [
        (
            "2-year terms from the earned date",
            i64::from(TERM_MONTHS),
            24,
        ),
        (
            "Scrum Alliance reminds 90 days before expiry",
            DUE_SOON_DAYS,
            90,
        ),
        (
            "renewal can be done from 30 days after earning",
            RENEWAL_OPENS_AFTER_DAYS,
            30,
        ),
    ];
    for (label, actual, expected) in rows {
        assert_eq!(actual, expected, "{label}");
    }
}

/// `docs/rules.md`, "Other certifications":
/// (label, kind, code, track, legacy, expiry, Scrum Alliance, named by).
type OtherRow = (
    &'static str,
    K,
    &'static str,
    Track,
    bool,
    Expiry,
    bool,
    bool,
);

const LEGACY: bool = true;
const CURRENT: bool = false;
const SCRUM_ALLIANCE: bool = true;
const OTHER_BODY: bool = false;
const BY_USER: bool = true;
const BY_CATALOGUE: bool = false;

#[rustfmt::skip]
const OTHER_TABLE: [OtherRow; 8] = [
    ("CAL 1: agile leadership, current", K::Cal1, "CAL 1", Track::AgileLeadership, CURRENT, Expiry::Terms, SCRUM_ALLIANCE, BY_CATALOGUE),
    ("CAL 2: agile leadership, current", K::Cal2, "CAL 2", Track::AgileLeadership, CURRENT, Expiry::Terms, SCRUM_ALLIANCE, BY_CATALOGUE),
    ("CTC: coaching, marked legacy", K::Ctc, "CTC", Track::Coaching, LEGACY, Expiry::Terms, SCRUM_ALLIANCE, BY_CATALOGUE),
    ("CEC: coaching, marked legacy", K::Cec, "CEC", Track::Coaching, LEGACY, Expiry::Terms, SCRUM_ALLIANCE, BY_CATALOGUE),
    ("CST: trainer", K::Cst, "CST", Track::Trainer, CURRENT, Expiry::Terms, SCRUM_ALLIANCE, BY_CATALOGUE),
    ("CSAT: trainer", K::Csat, "CSAT", Track::Trainer, CURRENT, Expiry::Terms, SCRUM_ALLIANCE, BY_CATALOGUE),
    ("microcredentials never expire", K::Microcredential, "Microcredential", Track::Microcredential, CURRENT, Expiry::Never, SCRUM_ALLIANCE, BY_USER),
    ("other bodies: own expiry (or none), no part in the Scrum Alliance rules", K::OtherBody, "Other", Track::OtherBody, CURRENT, Expiry::UserGiven, OTHER_BODY, BY_USER),
];

#[test]
fn other_certifications_legacy_expiry_and_body() {
    for (label, kind, code, track, legacy, expiry, scrum_alliance, user_named) in OTHER_TABLE {
        let entry = kind.entry();
        assert_eq!(entry.code, code, "{label}: code");
        assert_eq!(entry.track, track, "{label}: track");
        assert_eq!(entry.legacy, legacy, "{label}: legacy");
        assert_eq!(entry.expiry, expiry, "{label}: expiry");
        assert_eq!(
            entry.scrum_alliance, scrum_alliance,
            "{label}: Scrum Alliance"
        );
        assert_eq!(kind.user_named(), user_named, "{label}: user-named");
        assert_eq!(
            entry.user_named_label(),
            user_named,
            "{label}: user-named label"
        );
        assert!(!entry.needs_experience, "{label}: no experience validation");
    }
}

#[test]
fn microcredentials_and_other_bodies_are_not_renewed_with_seus() {
    let rows = [
        ("microcredential has no renewal level", K::Microcredential),
        ("other body has no renewal level", K::OtherBody),
    ];
    for (label, kind) in rows {
        assert_eq!(kind.entry().level, None, "{label}");
        assert_eq!(
            kind.entry().prerequisite,
            P::None,
            "{label}: no prerequisite"
        );
    }
}

#[test]
fn only_ctc_and_cec_are_legacy() {
    let legacy: Vec<K> = CATALOGUE
        .iter()
        .filter(|e| e.legacy)
        .map(|e| e.kind)
        .collect();
    assert_eq!(legacy, vec![K::Ctc, K::Cec]);
}

#[test]
fn only_other_bodies_are_outside_scrum_alliance() {
    let outside: Vec<K> = CATALOGUE
        .iter()
        .filter(|e| !e.scrum_alliance)
        .map(|e| e.kind)
        .collect();
    assert_eq!(outside, vec![K::OtherBody]);
}

const ALL_KINDS: [K; 17] = [
    K::Cspo,
    K::ACspo,
    K::CspPo,
    K::Csm,
    K::ACsm,
    K::CspSm,
    K::Csd,
    K::ACsd,
    K::CspD,
    K::Cal1,
    K::Cal2,
    K::Ctc,
    K::Cec,
    K::Cst,
    K::Csat,
    K::Microcredential,
    K::OtherBody,
];

#[test]
fn catalogue_has_each_kind_exactly_once() {
    assert_eq!(CATALOGUE.len(), ALL_KINDS.len());
    for kind in ALL_KINDS {
        let count = CATALOGUE.iter().filter(|e| e.kind == kind).count();
        assert_eq!(count, 1, "{kind:?} appears {count} times in the catalogue");
        assert_eq!(
            kind.entry().kind,
            kind,
            "{kind:?}: entry() finds its own entry"
        );
    }
}

/// The stable ids stored in the journey: (label, kind, id).
const IDS: [(&str, K, &str); 17] = [
    ("CSPO id", K::Cspo, "CSPO"),
    ("A-CSPO id", K::ACspo, "A-CSPO"),
    ("CSP-PO id", K::CspPo, "CSP-PO"),
    ("CSM id", K::Csm, "CSM"),
    ("A-CSM id", K::ACsm, "A-CSM"),
    ("CSP-SM id", K::CspSm, "CSP-SM"),
    ("CSD id", K::Csd, "CSD"),
    ("A-CSD id", K::ACsd, "A-CSD"),
    ("CSP-D id", K::CspD, "CSP-D"),
    ("CAL 1 id", K::Cal1, "CAL1"),
    ("CAL 2 id", K::Cal2, "CAL2"),
    ("CTC id", K::Ctc, "CTC"),
    ("CEC id", K::Cec, "CEC"),
    ("CST id", K::Cst, "CST"),
    ("CSAT id", K::Csat, "CSAT"),
    ("microcredential id", K::Microcredential, "microcredential"),
    ("other body id", K::OtherBody, "other"),
];

#[test]
fn every_kind_round_trips_through_its_stable_id() {
    for (label, kind, id) in IDS {
        assert_eq!(kind.id(), id, "{label}: id()");
        assert_eq!(K::from_id(id), Some(kind), "{label}: from_id()");
        assert_eq!(K::from_id(&kind.id()), Some(kind), "{label}: round trip");
    }
    for kind in ALL_KINDS {
        assert_eq!(K::from_id(&kind.id()), Some(kind), "{kind:?}: round trip");
    }
}

#[test]
fn unknown_ids_are_not_kinds() {
    for (label, id) in [
        ("empty", ""),
        ("lower case", "cspo"),
        ("code with a space", "CAL 1"),
        ("unknown", "PSPO"),
        ("padded", " CSPO"),
    ] {
        assert_eq!(K::from_id(id), None, "{label}: {id:?}");
    }
}

/// `docs/rules.md`, "Renewal": renewing the top certification of a track renews the lower ones
/// of that track.
const LOWER: [(&str, K, &[K]); 17] = [
    (
        "CSP-PO renews A-CSPO and CSPO",
        K::CspPo,
        &[K::Cspo, K::ACspo],
    ),
    ("A-CSPO renews CSPO", K::ACspo, &[K::Cspo]),
    ("CSPO renews nothing lower", K::Cspo, &[]),
    ("CSP-SM renews A-CSM and CSM", K::CspSm, &[K::Csm, K::ACsm]),
    ("A-CSM renews CSM", K::ACsm, &[K::Csm]),
    ("CSM renews nothing lower", K::Csm, &[]),
    ("CSP-D renews A-CSD and CSD", K::CspD, &[K::Csd, K::ACsd]),
    ("A-CSD renews CSD", K::ACsd, &[K::Csd]),
    ("CSD renews nothing lower", K::Csd, &[]),
    ("CAL 2 is not a role track", K::Cal2, &[]),
    ("CAL 1", K::Cal1, &[]),
    ("CTC", K::Ctc, &[]),
    ("CEC", K::Cec, &[]),
    ("CST", K::Cst, &[]),
    ("CSAT", K::Csat, &[]),
    ("microcredential", K::Microcredential, &[]),
    ("other body", K::OtherBody, &[]),
];

#[test]
fn lower_in_track() {
    for (label, kind, expected) in LOWER {
        let mut lower: Vec<K> = kind.lower_in_track().collect();
        lower.sort();
        let mut expected = expected.to_vec();
        expected.sort();
        assert_eq!(lower, expected, "{label}");
    }
}

/// `docs/rules.md` (introduction): the sources and reasons the app shows speak plain words. A
/// person using the app has no copy of the project's files, so no text shown to users names a
/// file or uses the notes' codes for unclear or disputed rules.
#[test]
fn no_text_shown_to_users_names_a_file() {
    use cert_planner::domain::{rules::catalogue, training};
    use cert_planner::model::settings;

    let mut shown: Vec<(String, &str)> = CATALOGUE
        .iter()
        .map(|e| (format!("catalogue source of {}", e.code), e.source))
        .collect();
    shown.extend([
        (
            "settings help: alignment".to_owned(),
            settings::why::ALIGNMENT,
        ),
        (
            "settings help: grace period".to_owned(),
            settings::why::GRACE,
        ),
        (
            "settings help: SEU window".to_owned(),
            settings::why::SEU_WINDOW,
        ),
        (
            "settings help: advanced experience".to_owned(),
            settings::why::ADVANCED_EXPERIENCE,
        ),
        (
            "settings help: professional experience".to_owned(),
            settings::why::PROFESSIONAL_EXPERIENCE,
        ),
        (
            "settings help: backup reminder".to_owned(),
            settings::WHY_BACKUP_REMINDER,
        ),
        ("catalogue RULES_SOURCE".to_owned(), catalogue::RULES_SOURCE),
        (
            "training guide SOURCE".to_owned(),
            training::figures::SOURCE,
        ),
    ]);
    for (label, text) in shown {
        for word in [".md", ".txt", "UNCERTAIN", "CONFLICT", "shared/"] {
            assert!(
                !text.contains(word),
                "{label} shows {word:?} to users: {text:?}"
            );
        }
        assert!(!text.trim().is_empty(), "{label} is empty");
    }
}
