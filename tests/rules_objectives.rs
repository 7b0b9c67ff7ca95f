#![cfg(not(target_arch = "wasm32"))]
//! The CSPO learning objectives from the guide (`docs/rules.md`, "CSPO learning objectives"):
//! five areas, each with its objectives, stable ids, and
//! progress per area from the learner's ticks.

use std::collections::HashSet;

use cert_planner::domain::rules::objectives::{
    objectives_in, progress, progress_of, set_done, set_note, AREAS, OBJECTIVES,
};
use cert_planner::model::journey::Journey;

#[test]
fn the_five_areas_in_the_guides_order() {
    let titles: Vec<_> = AREAS.iter().map(|a| a.title).collect();
    assert_eq!(
        titles,
        vec![
            "Product Owner core competencies",
            "Describing purpose and strategy",
            "Understanding customers and users",
            "Validating product assumptions",
            "Working with the Product Backlog",
        ]
    );
}

#[test]
fn every_area_has_its_objectives() {
    let counts: Vec<_> = AREAS
        .iter()
        .map(|a| (a.id, objectives_in(a.id).count()))
        .collect();
    assert_eq!(
        counts,
        vec![
            ("po-core", 5),
            ("purpose", 4),
            ("customers", 7),
            ("assumptions", 2),
            ("backlog", 8)
        ]
    );
    // Every objective belongs to a known area and has text.
    for o in OBJECTIVES {
        assert!(AREAS.iter().any(|a| a.id == o.area), "{}", o.id);
        assert!(o.text.ends_with('.') && o.text.len() > 20, "{}", o.id);
        assert!(o.id.starts_with(o.area), "{}", o.id);
    }
}

#[test]
fn ids_are_unique_and_stable() {
    let ids: HashSet<_> = OBJECTIVES.iter().map(|o| o.id).collect();
    assert_eq!(ids.len(), OBJECTIVES.len());
    assert_eq!(OBJECTIVES[0].id, "po-core-1");
    assert_eq!(OBJECTIVES[25].id, "backlog-8");
}

#[test]
fn the_guides_sub_topics_are_kept() {
    let topics = |area: &str| {
        let mut t: Vec<_> = objectives_in(area).filter_map(|o| o.topic).collect();
        t.dedup();
        t
    };
    assert_eq!(
        topics("po-core"),
        vec![
            "Fundamentals of the Product Owner role",
            "Working with stakeholders",
            "Product ownership with multiple teams"
        ]
    );
    assert_eq!(
        topics("backlog"),
        vec![
            "Differentiating outcome and output",
            "Defining value",
            "Creating and refining items"
        ]
    );
    assert!(OBJECTIVES
        .iter()
        .any(|o| o.text == "Describe at least three criteria for ordering the Product Backlog."));
}

#[test]
fn progress_per_area_counts_the_ticks() {
    let mut j = Journey::default();
    let texts = |j: &Journey| progress(j).iter().map(|p| p.text()).collect::<Vec<_>>();
    assert_eq!(
        texts(&j),
        vec!["0 of 5", "0 of 4", "0 of 7", "0 of 2", "0 of 8"]
    );
    set_done(&mut j, "po-core-1", true).unwrap();
    set_done(&mut j, "po-core-3", true).unwrap();
    set_done(&mut j, "po-core-5", true).unwrap();
    set_done(&mut j, "assumptions-2", true).unwrap();
    assert_eq!(
        texts(&j),
        vec!["3 of 5", "0 of 4", "0 of 7", "1 of 2", "0 of 8"]
    );
    set_done(&mut j, "po-core-3", false).unwrap();
    assert_eq!(progress(&j)[0].done, 2);
    // A note alone does not tick the objective; clearing both forgets it.
    set_note(&mut j, "backlog-1", "Read the chapter on outcomes").unwrap();
    assert_eq!(
        progress_of(&j, "backlog-1").note,
        "Read the chapter on outcomes"
    );
    assert!(!progress_of(&j, "backlog-1").done);
    assert_eq!(progress(&j)[4].done, 0);
    set_note(&mut j, "backlog-1", "").unwrap();
    assert!(!j.path.objectives.contains_key("backlog-1"));
    assert!(!j.path.objectives.contains_key("po-core-3"));
    // Unknown ids are refused.
    assert!(set_done(&mut j, "nope-1", true).is_err());
    assert!(!j.path.objectives.contains_key("nope-1"));
}

/// Slips in the guide's own text (a training provider's article) that the app must not copy.
const GUIDE_SLIPS: [&str; 7] = [
    "in affection with",
    "Product Owner working",
    "pugilists",
    "CSP=CO",
    "Foundation CSP",
    "comprises of",
    "challenges of the product owner may face",
];

#[test]
fn the_objectives_mend_the_guides_slips() {
    let first = objectives_in("po-core").map(|o| o.text).collect::<Vec<_>>();
    assert_eq!(
        first[..2],
        [
            "Discuss three approaches to the product owner role in connection with the types of organizational contexts.",
            "Identify the impact of three anti-patterns that might exist for the Product Owner role.",
        ]
    );
}

#[test]
fn no_text_of_the_app_copies_a_slip_of_the_guide() {
    // Every line of code under src/ that is not a comment (comments may quote a slip to say it
    // was mended).
    fn files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("src/ is readable") {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                files(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let mut all = Vec::new();
    files(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut all,
    );
    assert!(all.len() > 20, "the sources were found");
    let mut found = Vec::new();
    for path in all {
        let text = std::fs::read_to_string(&path).expect("a source file");
        for (n, line) in text.lines().enumerate() {
            if line.trim_start().starts_with("//") {
                continue;
            }
            for slip in GUIDE_SLIPS {
                if line.to_lowercase().contains(&slip.to_lowercase()) {
                    found.push(format!("{}:{}: {slip}", path.display(), n + 1));
                }
            }
        }
    }
    assert_eq!(found, Vec::<String>::new());
}
