#![cfg(not(target_arch = "wasm32"))]
//! What the app tells a newcomer (`domain::advice::guide`): every fact has a source named in
//! `docs/rules.md`, every figure is the catalogue's (or the user's setting), every marked word
//! is in the glossary, and the glossary has the words the app uses.

use std::collections::BTreeSet;

use cert_planner::domain::advice::guide::{
    facts, glossary_term, plain, spans, Span, Step, GLOSSARY, THE_GUIDE,
};
use cert_planner::domain::path::EXPERIENCE_WINDOW_MONTHS;
use cert_planner::domain::rules::catalogue::{
    Level, DAILY_SEU_CAP, DUE_SOON_DAYS, RENEWAL_OPENS_AFTER_DAYS, TERM_MONTHS,
};
use cert_planner::domain::training::figures as course;
use cert_planner::model::settings::Settings;
use proptest::prelude::*;

const RULES: &str = include_str!("../docs/rules.md");

fn all_facts(settings: &Settings) -> Vec<(Step, String, &'static str)> {
    Step::ALL
        .into_iter()
        .flat_map(|step| {
            facts(step, settings)
                .into_iter()
                .map(move |f| (step, f.text, f.source))
        })
        .collect()
}

fn text_of(step: Step, settings: &Settings) -> String {
    facts(step, settings)
        .iter()
        .map(|f| plain(&f.text))
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn every_step_has_a_heading_an_id_and_something_to_say() {
    let mut ids = BTreeSet::new();
    for step in Step::ALL {
        let (heading, id) = step.heading();
        assert!(!heading.is_empty());
        assert!(ids.insert(id), "the id {id} is used twice");
        assert!(!facts(step, &Settings::default()).is_empty(), "{heading}");
    }
}

#[test]
fn every_source_is_one_docs_rules_names() {
    for (step, _, source) in all_facts(&Settings::default()) {
        assert!(
            RULES.contains(&format!("| {source} |")),
            "{step:?}: the source \"{source}\" is not in docs/rules.md, \"Sources\""
        );
    }
}

#[test]
fn every_marked_word_is_in_the_glossary() {
    for (step, text, _) in all_facts(&Settings::default()) {
        for span in spans(&text) {
            if let Span::Term { shown, id } = span {
                assert!(
                    glossary_term(&id).is_some(),
                    "{step:?}: \"{shown}\" links to the glossary entry \"{id}\", which does not exist"
                );
            }
        }
        assert!(
            !plain(&text).contains(['[', ']', '|']),
            "{step:?}: a mark is left in {text}"
        );
    }
}

#[test]
fn the_glossary_has_the_words_the_app_uses_each_once() {
    let ids: Vec<_> = GLOSSARY.iter().map(|t| t.id).collect();
    for id in [
        "seu",
        "cst",
        "cac",
        "cspo",
        "a-cspo",
        "csp-po",
        "alignment",
        "reinstatement",
        "grace-period",
    ] {
        assert_eq!(ids.iter().filter(|i| **i == id).count(), 1, "{id}");
    }
    for t in GLOSSARY {
        assert!(
            t.definition.len() > 40,
            "{} needs a real definition",
            t.term
        );
        assert!(
            t.id.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
            "{} is not a usable anchor",
            t.id
        );
    }
}

#[test]
fn glossary_definitions_carry_no_figures_those_live_in_the_catalogue() {
    for t in GLOSSARY {
        assert!(
            !t.definition.chars().any(|c| c.is_ascii_digit()),
            "{}: {}",
            t.term,
            t.definition
        );
    }
}

/// Every number in the text, commas inside a number taken out ("1,000" is 1000).
fn numbers(text: &str) -> Vec<u64> {
    let mut out = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        let comma_in_number = *c == ','
            && !current.is_empty()
            && chars.get(i + 1).is_some_and(|n| n.is_ascii_digit());
        if c.is_ascii_digit() {
            current.push(*c);
        } else if !comma_in_number && !current.is_empty() {
            out.push(current.parse().unwrap());
            current.clear();
        }
    }
    if !current.is_empty() {
        out.push(current.parse().unwrap());
    }
    out
}

#[test]
fn every_figure_in_the_guide_is_one_of_the_catalogues() {
    let settings = Settings::default();
    let course_hours = u64::from(course::MIN_COURSE_MINUTES.get() / 60);
    let dollars = |m: cert_planner::model::Money| numbers(&m.to_string())[0];
    let mut allowed: BTreeSet<u64> = [
        course_hours,
        course_hours / 2,
        dollars(course::CSPO_PRICE_MIN),
        dollars(course::CSPO_PRICE_MAX),
        u64::from(DAILY_SEU_CAP),
        RENEWAL_OPENS_AFTER_DAYS as u64,
        DUE_SOON_DAYS as u64,
        u64::from(settings.advanced_experience_months),
        u64::from(settings.professional_experience_months),
        u64::from(EXPERIENCE_WINDOW_MONTHS / 12),
    ]
    .into();
    for level in [Level::Foundational, Level::Advanced] {
        allowed.insert(dollars(level.renewal().fee));
        allowed.insert(u64::from(level.renewal().seus_as_highest));
    }
    for (step, text, _) in all_facts(&settings) {
        for n in numbers(&plain(&text)) {
            assert!(
                allowed.contains(&n),
                "{step:?}: {n} is not a catalogue figure: {text}"
            );
        }
    }
}

#[test]
fn the_cspo_course_is_the_catalogues_hours_and_the_guides_prices() {
    let settings = Settings::default();
    let course_text = text_of(Step::Course, &settings);
    assert!(course_text.contains("There is no exam"));
    assert!(course_text.contains(&format!(
        "at least {} hours",
        course::MIN_COURSE_MINUTES.get() / 60
    )));
    assert!(course_text.contains("Certified Scrum Trainer (CST)"));
    assert!(course_text.contains("Certified Agile Coach (CAC)"));
    let cost = text_of(Step::Cost, &settings);
    assert!(cost.contains("$695 to $1,000"), "{cost}");
    let cost_facts = facts(Step::Cost, &settings);
    assert_eq!(
        cost_facts[0].source, THE_GUIDE,
        "the price range is the guide's"
    );
}

#[test]
fn keeping_it_quotes_the_renewal_figures_and_the_opening() {
    let keep = text_of(Step::Keep, &Settings::default());
    let figures = Level::Foundational.renewal();
    assert!(
        keep.contains(&format!("{} SEUs", figures.seus_as_highest)),
        "{keep}"
    );
    assert!(
        keep.contains(&format!("one fee of {}", figures.fee)),
        "{keep}"
    );
    assert!(
        keep.contains(&format!(
            "from {RENEWAL_OPENS_AFTER_DAYS} days after earning"
        )),
        "{keep}"
    );
    assert_eq!(TERM_MONTHS, 24, "the text says \"two years\"");
    assert!(keep.contains("runs for two years"), "{keep}");
    assert!(keep.contains("takes no payment"), "{keep}");
}

#[test]
fn after_the_course_license_profile_certificate_membership() {
    let after = text_of(Step::After, &Settings::default());
    for words in [
        "license agreement",
        "member profile",
        "download and print your certificate",
        "two years of Scrum Alliance membership",
    ] {
        assert!(after.contains(words), "{words}: {after}");
    }
}

#[test]
fn the_next_levels_follow_the_experience_settings() {
    let mut settings = Settings::default();
    let next = text_of(Step::Next, &settings);
    assert!(
        next.contains("12 months of validated Product Owner work within the past 5 years"),
        "{next}"
    );
    assert!(
        next.contains("24 months of validated Product Owner work"),
        "{next}"
    );
    assert_eq!(EXPERIENCE_WINDOW_MONTHS, 60);
    settings.advanced_experience_months = 18;
    let next = text_of(Step::Next, &settings);
    assert!(
        next.contains("18 months of validated Product Owner work"),
        "{next}"
    );
    assert!(
        next.contains("No source the app uses gives a typical price"),
        "the missing price range is said, not invented"
    );
}

#[test]
fn marks_split_into_words_and_glossary_links() {
    assert_eq!(
        spans("Earn [SEUs|seu] with a [CST]."),
        vec![
            Span::Text("Earn "),
            Span::Term {
                shown: "SEUs",
                id: "seu".into()
            },
            Span::Text(" with a "),
            Span::Term {
                shown: "CST",
                id: "cst".into()
            },
            Span::Text("."),
        ]
    );
    assert_eq!(
        spans("a [grace period]")[1],
        Span::Term {
            shown: "grace period",
            id: "grace-period".into()
        }
    );
    assert_eq!(plain("an [unclosed mark"), "an [unclosed mark");
    assert_eq!(spans(""), vec![]);
}

proptest! {
    #[test]
    fn any_text_splits_without_panic_and_keeps_unmarked_text(text in ".{0,200}") {
        let parts = spans(&text);
        prop_assert!(parts.len() <= text.len() + 1);
        if !text.contains('[') {
            prop_assert_eq!(plain(&text), text);
        }
    }
}
