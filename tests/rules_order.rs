#![cfg(not(target_arch = "wasm32"))]
//! The app's one stable sort (`basics::order`): whatever the items, it puts them in the order the
//! standard library's stable sort does, ties in their first order (also where each key is
//! computed once and compared directly, `sort_by_copied_key`). And the maps kept as a sorted
//! list (`basics::sorted_map`): built from a whole list, they hold what a `BTreeMap` the pairs
//! were inserted into one by one would hold.

use cert_planner::basics::order::{sort_by, sort_by_copied_key, sort_by_key, sorted_positions};
use cert_planner::basics::sorted_map::{sorted_map, SortedMap};
use proptest::prelude::*;
use std::collections::BTreeMap;

proptest! {
    #[test]
    fn sorting_gives_what_the_standard_stable_sort_gives(items in prop::collection::vec((0u8..8, any::<u16>()), 0..300)) {
        let mut ours = items.clone();
        sort_by_key(&mut ours, |item| item.0);
        let mut std = items.clone();
        std.sort_by_key(|item| item.0);
        prop_assert_eq!(&ours, &std);

        let mut ours = items.clone();
        sort_by(&mut ours, |a, b| (b.1 / 4).cmp(&(a.1 / 4)));
        let mut std = items.clone();
        std.sort_by_key(|item| std::cmp::Reverse(item.1 / 4));
        prop_assert_eq!(ours, std);

        // Each key computed once and compared directly (the SEU log's sort): the same order.
        let mut ours = items.clone();
        sort_by_copied_key(&mut ours, |item| (item.0, item.1 / 64));
        let mut std = items;
        std.sort_by_key(|item| (item.0, item.1 / 64));
        prop_assert_eq!(ours, std);
    }

    #[test]
    fn a_sorted_map_holds_what_inserting_each_pair_into_a_btree_map_leaves(pairs in prop::collection::vec((0u8..40, any::<u16>()), 0..300)) {
        let mut tree = BTreeMap::new();
        let mut inserted: SortedMap<u8, u16> = SortedMap::new();
        for &(key, value) in &pairs {
            tree.insert(key, value);
            inserted.insert(key, value);
        }
        let expected: Vec<(u8, u16)> = tree.into_iter().collect();
        let built = sorted_map(pairs);
        let built: Vec<(u8, u16)> = built.iter().map(|(k, v)| (*k, *v)).collect();
        prop_assert_eq!(&built, &expected, "built from the whole list: the last pair of a key stays");
        let inserted: Vec<(u8, u16)> = inserted.iter().map(|(k, v)| (*k, *v)).collect();
        prop_assert_eq!(&inserted, &expected, "inserted one by one");
    }
}

#[test]
fn every_length_up_to_a_few_runs_sorts_and_keeps_ties_in_order() {
    for count in 0..70usize {
        // Keys repeat (count % 5) so that ties fall across the merged runs.
        let keys: Vec<usize> = (0..count).map(|i| (i * 7) % 5).collect();
        let order = sorted_positions(count, &|a, b| keys[a].cmp(&keys[b]));
        let mut expected: Vec<usize> = (0..count).collect();
        expected.sort_by_key(|&i| keys[i]);
        assert_eq!(order, expected, "{count} items");
    }
}

#[test]
fn a_sorted_map_from_a_list_already_in_key_order_keeps_the_last_pair_of_a_key() {
    // In key order already (as a log written in id order is), so built without a sort.
    let built = sorted_map(vec![
        (1, "a"),
        (2, "b"),
        (2, "c"),
        (3, "d"),
        (3, "e"),
        (3, "f"),
    ]);
    let built: Vec<(i32, &str)> = built.iter().map(|(k, v)| (*k, *v)).collect();
    assert_eq!(built, vec![(1, "a"), (2, "c"), (3, "f")]);
}
