#![cfg(not(target_arch = "wasm32"))]
//! `docs/rules.md`, "SEU categories and sources": the guide's free ways to earn SEUs as
//! suggestions, and the category that follows the source unless the user chose one.

use cert_planner::domain::advice::guide::THE_GUIDE;
use cert_planner::domain::advice::seu_ideas::{default_category, SourceAndCategory, IDEAS};
use cert_planner::model::seu::{SeuCategory as C, SeuSource as S};
use cert_planner::model::Choice;

#[test]
fn every_source_has_a_default_category() {
    let rows = [
        (S::Reading, C::Learning),
        (S::UserGroup, C::Events),
        (S::HelpingOthers, C::Volunteering),
        (S::Webinar, C::Learning),
        (S::Course, C::Learning),
        (S::Conference, C::Events),
        (S::Other, C::Other),
    ];
    assert_eq!(rows.len(), S::ALL.len(), "every source is in the table");
    for (source, category) in rows {
        assert_eq!(default_category(source), category, "{source:?}");
    }
}

#[test]
fn the_category_follows_the_source_unless_the_user_chose_one_in_this_form() {
    // (rule, steps from a new form on Reading, source and category at the end)
    enum Step {
        Source(S),
        Category(C),
    }
    let rows = [
        (
            "a new form shows the source's category",
            vec![],
            (S::Reading, C::Learning),
        ),
        (
            "a new source brings its category",
            vec![Step::Source(S::UserGroup)],
            (S::UserGroup, C::Events),
        ),
        (
            "each new source brings its own",
            vec![Step::Source(S::UserGroup), Step::Source(S::HelpingOthers)],
            (S::HelpingOthers, C::Volunteering),
        ),
        (
            "a category the user chose stays when the source changes",
            vec![Step::Category(C::Other), Step::Source(S::UserGroup)],
            (S::UserGroup, C::Other),
        ),
        (
            "a category chosen after the source stays",
            vec![
                Step::Source(S::Conference),
                Step::Category(C::Learning),
                Step::Source(S::Other),
            ],
            (S::Other, C::Learning),
        ),
    ];
    for (rule, steps, expected) in rows {
        let mut form = SourceAndCategory::new(S::Reading);
        for step in steps {
            form = match step {
                Step::Source(s) => form.with_source(s),
                Step::Category(c) => form.with_category(c),
            };
        }
        assert_eq!((form.source, form.category), expected, "{rule}");
    }
}

#[test]
fn a_recorded_activity_whose_category_differs_from_its_sources_keeps_it() {
    let rows = [
        (
            "the default category follows a new source",
            S::Reading,
            C::Learning,
            C::Events,
        ),
        (
            "another category was the user's choice",
            S::Reading,
            C::Other,
            C::Other,
        ),
    ];
    for (rule, source, category, after_user_group) in rows {
        let form = SourceAndCategory::of_record(source, category).with_source(S::UserGroup);
        assert_eq!(form.category, after_user_group, "{rule}");
    }
}

#[test]
fn the_ideas_are_the_guides_four_free_ways_each_with_its_source_and_a_title() {
    let sources: Vec<S> = IDEAS.iter().map(|i| i.source).collect();
    assert_eq!(
        sources,
        vec![S::Reading, S::UserGroup, S::HelpingOthers, S::Webinar]
    );
    for idea in IDEAS {
        assert_eq!(idea.from, THE_GUIDE, "{idea:?}");
        assert!(!idea.title.trim().is_empty(), "{idea:?}");
        // The guide gives no duration: the user types it.
        assert_eq!(idea.minutes, None, "{idea:?}");
    }
}
