#![cfg(not(target_arch = "wasm32"))]
//! The app's one stable sort (`basics::order`): whatever the items, it puts them in the order the
//! standard library's stable sort does, ties in their first order.

use cert_planner::basics::order::{sort_by, sort_by_key, sorted_positions};
use proptest::prelude::*;

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
        let mut std = items;
        std.sort_by_key(|item| std::cmp::Reverse(item.1 / 4));
        prop_assert_eq!(ours, std);
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
