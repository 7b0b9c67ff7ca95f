//! Every option a form offers: each value has its own id, its id reads back to it, and its label
//! is words for people (not empty, not the code name).

use cert_planner::domain::seus::log::LogSortKey;
use cert_planner::domain::training::OfferSortKey;
use cert_planner::model::path::RoleKind;
use cert_planner::model::seu::{SeuCategory, SeuSource};
use cert_planner::model::training::{CourseFormat, TrainerCredential};
use cert_planner::model::Choice;

fn each_value_has_its_own_id_and_reads_back<T: Choice + std::fmt::Debug>(what: &str) {
    assert!(!T::ALL.is_empty(), "{what}: offers nothing");
    for (i, value) in T::ALL.iter().enumerate() {
        assert_eq!(T::from_id(value.id()), Some(*value), "{what}: {value:?}");
        assert!(
            !value.label().trim().is_empty(),
            "{what}: {value:?} has no label"
        );
        for other in &T::ALL[i + 1..] {
            assert_ne!(value.id(), other.id(), "{what}: two values share an id");
        }
    }
    assert_eq!(T::from_id("no such option"), None, "{what}");
}

#[test]
fn every_option_enum_has_unique_ids_that_read_back() {
    each_value_has_its_own_id_and_reads_back::<SeuCategory>("SEU category");
    each_value_has_its_own_id_and_reads_back::<SeuSource>("SEU source");
    each_value_has_its_own_id_and_reads_back::<TrainerCredential>("trainer credential");
    each_value_has_its_own_id_and_reads_back::<CourseFormat>("course format");
    each_value_has_its_own_id_and_reads_back::<RoleKind>("kind of work");
    each_value_has_its_own_id_and_reads_back::<LogSortKey>("SEU log sort");
    each_value_has_its_own_id_and_reads_back::<OfferSortKey>("offers sort");
}

#[test]
fn the_sort_options_are_offered_in_the_order_the_pages_show_them() {
    assert_eq!(
        LogSortKey::ALL,
        [LogSortKey::Date, LogSortKey::Seus, LogSortKey::Title]
    );
    assert_eq!(
        OfferSortKey::ALL,
        [
            OfferSortKey::Certification,
            OfferSortKey::Start,
            OfferSortKey::Price,
            OfferSortKey::Score
        ]
    );
}
