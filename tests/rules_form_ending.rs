#![cfg(not(target_arch = "wasm32"))]
//! Every form ends one way (`Typed::finish`): what was typed and what the rules say of the draft
//! are shown together, at most one problem per field, in the form's order; a draft is handed on
//! only when nothing typed is wrong.

use cert_planner::domain::path::{validate_role, RoleDraft, RoleField};
use cert_planner::domain::records::field_error::{FieldError, FormField, Problems};
use cert_planner::model::path::RoleKind;
use chrono::NaiveDate;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn today() -> NaiveDate {
    d(2026, 6, 1)
}

fn role(title: &str, start: NaiveDate, end: Option<NaiveDate>) -> RoleDraft {
    RoleDraft {
        title: title.to_owned(),
        kind: RoleKind::ProductOwner,
        start,
        end,
    }
}

fn fields(list: &[FieldError<RoleField>]) -> Vec<RoleField> {
    list.iter().map(|e| e.field).collect()
}

#[test]
fn a_form_with_nothing_typed_wrong_hands_on_its_draft_unchecked() {
    // The change that saves it checks it with the rules: the ending does not run them twice.
    let draft = role("", d(2025, 1, 1), None);
    let ended = Problems::<RoleField>::new()
        .typed(Some(draft.clone()))
        .finish(|_| panic!("the rules run only when something typed is wrong"));
    assert_eq!(ended, Ok(draft));
}

#[test]
fn a_typed_problem_shows_with_the_rules_problems_in_the_forms_order() {
    let mut problems = Problems::new();
    problems.add(RoleField::Start, "Enter the date the role started.");
    let draft = role("", d(2025, 1, 1), Some(d(2027, 1, 1)));
    let ended = problems
        .typed(Some(draft))
        .finish(|draft| validate_role(draft, today()))
        .unwrap_err();
    assert_eq!(
        fields(&ended),
        [RoleField::Title, RoleField::Start, RoleField::End]
    );
    assert_eq!(ended[1].message, "Enter the date the role started.");
    assert!(ended[2].message.contains("is in the future"), "{ended:?}");
}

#[test]
fn the_typed_problem_wins_at_its_field() {
    // A start that could not be read stands in the draft; what the rules say of the stand-in
    // at that field is not shown.
    let mut problems = Problems::new();
    problems.add(
        RoleField::Start,
        "Enter a real date, for example 2024-03-01.",
    );
    let draft = role("Product Owner", d(2030, 1, 1), None);
    let ended = problems
        .typed(Some(draft))
        .finish(|draft| validate_role(draft, today()))
        .unwrap_err();
    assert_eq!(
        ended,
        [FieldError::new(
            RoleField::Start,
            "Enter a real date, for example 2024-03-01."
        )]
    );
}

#[test]
fn without_a_draft_only_the_typed_problems_show() {
    let mut problems = Problems::new();
    problems.add(RoleField::End, "Enter the date the role ended.");
    problems.add(RoleField::Kind, "Choose the kind of work.");
    let ended = problems
        .typed(None::<RoleDraft>)
        .finish(|_| panic!("no draft, nothing to check"))
        .unwrap_err();
    assert_eq!(fields(&ended), [RoleField::Kind, RoleField::End]);
}

#[test]
fn a_forms_fields_keep_their_declared_order() {
    let all = [
        RoleField::Title,
        RoleField::Kind,
        RoleField::Start,
        RoleField::End,
    ];
    let order: Vec<usize> = all.iter().map(|f| f.order()).collect();
    assert_eq!(order, [0, 1, 2, 3]);
    assert_eq!(RoleField::FIRST, RoleField::Title);
}
