//! The CSPO learning objectives from the guide, grouped by their five areas, as data.
//! Source: `docs/rules.md`, "CSPO learning objectives" (the guide's section "CSPO Certification
//! Learning Objectives"); each text is the guide's own sentence with its lead-in ("the product
//! owner should be able to") left out and its slips mended, not copied ("in affection with" is
//! "in connection with"; "for the Product Owner working" is "for the Product Owner role").
//! The ids are stable: progress is stored under them (`journey.path.objectives`).

use crate::model::journey::Journey;
use crate::model::path::ObjectiveProgress;

/// One of the guide's five areas.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Area {
    pub id: &'static str,
    pub title: &'static str,
}

/// One learning objective.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Objective {
    pub id: &'static str,
    /// The id of its area.
    pub area: &'static str,
    /// The guide's sub-heading inside the area, where it has one.
    pub topic: Option<&'static str>,
    pub text: &'static str,
}

pub const AREAS: [Area; 5] = [
    Area {
        id: "po-core",
        title: "Product Owner core competencies",
    },
    Area {
        id: "purpose",
        title: "Describing purpose and strategy",
    },
    Area {
        id: "customers",
        title: "Understanding customers and users",
    },
    Area {
        id: "assumptions",
        title: "Validating product assumptions",
    },
    Area {
        id: "backlog",
        title: "Working with the Product Backlog",
    },
];

const FUNDAMENTALS: Option<&str> = Some("Fundamentals of the Product Owner role");
const STAKEHOLDERS: Option<&str> = Some("Working with stakeholders");
const MULTIPLE_TEAMS: Option<&str> = Some("Product ownership with multiple teams");
const OUTCOME: Option<&str> = Some("Differentiating outcome and output");
const VALUE: Option<&str> = Some("Defining value");
const ITEMS: Option<&str> = Some("Creating and refining items");

const fn o(
    id: &'static str,
    area: &'static str,
    topic: Option<&'static str>,
    text: &'static str,
) -> Objective {
    Objective {
        id,
        area,
        topic,
        text,
    }
}

#[rustfmt::skip]
pub const OBJECTIVES: [Objective; 26] = [
    o("po-core-1", "po-core", FUNDAMENTALS, "Discuss three approaches to the product owner role in connection with the types of organizational contexts."),
    o("po-core-2", "po-core", FUNDAMENTALS, "Identify the impact of three anti-patterns that might exist for the Product Owner role."),
    o("po-core-3", "po-core", STAKEHOLDERS, "Use at least one technique to provide transparency to stakeholders on progress toward goals."),
    o("po-core-4", "po-core", STAKEHOLDERS, "List at least three techniques to engage stakeholders to gather information or insights."),
    o("po-core-5", "po-core", MULTIPLE_TEAMS, "Identify at least two ways of overcoming the challenges the product owner may face due to working with multiple teams."),
    o("purpose-1", "purpose", None, "Practice the creation of a product vision."),
    o("purpose-2", "purpose", None, "List the components of a product plan or forecast with stakeholders."),
    o("purpose-3", "purpose", None, "Describe how to plan a product release."),
    o("purpose-4", "purpose", None, "Explain at least two approaches to identify small, valuable, and releasable increments."),
    o("customers-1", "customers", None, "Describe why a product owner performs discovery and validation work."),
    o("customers-2", "customers", None, "Illustrate at least one approach for segmenting the customers and users."),
    o("customers-3", "customers", None, "Practice at least one technique to prioritize conflicting customer needs."),
    o("customers-4", "customers", None, "Describe at least three aspects of product discovery and identify how each contributes to successful product outcomes."),
    o("customers-5", "customers", None, "Describe users and customers with respect to their jobs, activities, pains, and gains."),
    o("customers-6", "customers", None, "List at least three approaches to connect the team directly to customers."),
    o("customers-7", "customers", None, "Describe at least three benefits of the direct interactions of the development team."),
    o("assumptions-1", "assumptions", None, "Describe how Scrum supports validating product assumptions."),
    o("assumptions-2", "assumptions", None, "Describe at least one approach to validate product assumptions by their cost and quality of learning."),
    o("backlog-1", "backlog", OUTCOME, "Describe the relationship between outcome and output."),
    o("backlog-2", "backlog", OUTCOME, "Describe at least three attributes of a Product Backlog item that help assess maximizing outcome."),
    o("backlog-3", "backlog", VALUE, "Define value and list at least one technique to measure value."),
    o("backlog-4", "backlog", VALUE, "Describe the perspective of at least three different stakeholder groups."),
    o("backlog-5", "backlog", VALUE, "List at least three terms related to product economics."),
    o("backlog-6", "backlog", ITEMS, "Create at least one Product Backlog item that includes a description of the desired outcome and value."),
    o("backlog-7", "backlog", ITEMS, "Describe at least one approach to Product Backlog Refinement."),
    o("backlog-8", "backlog", ITEMS, "Describe at least three criteria for ordering the Product Backlog."),
];

/// The objectives of one area, in the guide's order.
pub fn objectives_in(area: &str) -> impl Iterator<Item = &'static Objective> + '_ {
    OBJECTIVES.iter().filter(move |o| o.area == area)
}

pub fn objective(id: &str) -> Option<&'static Objective> {
    OBJECTIVES.iter().find(|o| o.id == id)
}

/// Progress in one area: "3 of 5".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AreaProgress {
    pub area: &'static Area,
    pub done: usize,
    pub total: usize,
}

impl AreaProgress {
    pub fn text(&self) -> String {
        format!("{} of {}", self.done, self.total)
    }
}

/// Progress per area from the ticks stored in the journey (ticks under unknown ids are kept but
/// not counted).
pub fn progress(journey: &Journey) -> Vec<AreaProgress> {
    let ticks = &journey.path.objectives;
    AREAS
        .iter()
        .map(|area| {
            let all: Vec<_> = objectives_in(area.id).collect();
            AreaProgress {
                area,
                done: all
                    .iter()
                    .filter(|o| ticks.get(o.id).is_some_and(|p| p.done))
                    .count(),
                total: all.len(),
            }
        })
        .collect()
}

/// Progress on one objective (untouched objectives: not done, no note).
pub fn progress_of(journey: &Journey, id: &str) -> ObjectiveProgress {
    journey.path.objectives.get(id).cloned().unwrap_or_default()
}

/// The user ticks or unticks an objective. Unknown ids are refused.
pub fn set_done(journey: &mut Journey, id: &str, done: bool) -> Result<(), String> {
    change_progress(journey, id, |p| p.done = done)
}

/// The user writes a note on an objective (kept as typed; an empty note clears it).
pub fn set_note(journey: &mut Journey, id: &str, note: &str) -> Result<(), String> {
    change_progress(journey, id, |p| p.note = note.to_owned())
}

/// Changes the progress on a known objective, keeping no entry for an untouched one.
fn change_progress(
    journey: &mut Journey,
    id: &str,
    change: impl FnOnce(&mut ObjectiveProgress),
) -> Result<(), String> {
    objective(id).ok_or_else(|| format!("There is no learning objective \"{id}\"."))?;
    change(journey.path.objectives.entry(id.to_owned()).or_default());
    tidy(journey, id);
    Ok(())
}

/// Drops the entry of an objective that is back to untouched.
fn tidy(journey: &mut Journey, id: &str) {
    if journey
        .path
        .objectives
        .get(id)
        .is_some_and(|p| *p == ObjectiveProgress::default())
    {
        journey.path.objectives.remove(id);
    }
}
