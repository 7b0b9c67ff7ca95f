//! Stable sorting through one small merge sort of positions (the result is that of
//! `slice::sort_by`). Why: `docs/architecture.md`, "Building blocks of its own".

use std::cmp::Ordering;

/// Sorts `items` stably by `compare`, as `slice::sort_by` does.
pub fn sort_by<T>(items: &mut Vec<T>, compare: impl Fn(&T, &T) -> Ordering) {
    let mut order: Vec<usize> = (0..items.len()).collect();
    sort_positions(&mut order, &|a, b| compare(&items[a], &items[b]));
    permute(items, &order);
}

/// Sorts `items` stably by `key`, as `slice::sort_by_key` does.
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` stably by `key`, as `slice::sort_by_key` does, for keys that are cheap to copy
/// (dates, numbers, ids) in long lists: each key is computed once and the keys are compared
/// directly. `sort_by_key` computes both keys of each comparison through a dynamic call: the SEU
/// log, sorted again after each change, took about 15 ms at 20,000 entries that way.
pub fn sort_by_copied_key<T, K: Ord + Copy>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    let mut keyed: Vec<(K, usize)> = items.iter().map(key).zip(0..).collect();
    merge_sort(&mut keyed, |a, b| a.0 <= b.0);
    let order: Vec<usize> = keyed.into_iter().map(|(_, at)| at).collect();
    permute(items, &order);
}

/// Sorts `items` stably by `key`, computed once per item, as `slice::sort_by_cached_key` does.
pub fn sort_by_cached_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    let keys: Vec<K> = items.iter().map(key).collect();
    let mut order: Vec<usize> = (0..items.len()).collect();
    sort_positions(&mut order, &|a, b| keys[a].cmp(&keys[b]));
    permute(items, &order);
}

/// Sorts positions stably by `compare`: a bottom-up merge sort (n log n comparisons, one buffer),
/// which is a few hundred bytes in the wasm where one instance of the standard library's stable
/// sort was 3.5 KB (and the start module had two).
fn sort_positions(order: &mut [usize], compare: &dyn Fn(usize, usize) -> Ordering) {
    merge_sort(order, |&a, &b| compare(a, b) != Ordering::Greater);
}

/// The merge sort behind `sort_positions` and `sort_by_copied_key`: `in_order(a, b)` says
/// whether `a` may stay before `b` (true on a tie, which keeps the sort stable).
fn merge_sort<T: Copy>(order: &mut [T], in_order: impl Fn(&T, &T) -> bool) {
    let n = order.len();
    let mut merged = order.to_vec();
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let middle = start.saturating_add(width).min(n);
            let end = start.saturating_add(width.saturating_mul(2)).min(n);
            let (mut left, mut right) = (start, middle);
            for slot in &mut merged[start..end] {
                // The left run's item first on a tie: that keeps the sort stable.
                let take_left =
                    right >= end || (left < middle && in_order(&order[left], &order[right]));
                if take_left {
                    *slot = order[left];
                    left += 1;
                } else {
                    *slot = order[right];
                    right += 1;
                }
            }
            start = end;
        }
        order.copy_from_slice(&merged);
        width = width.saturating_mul(2);
    }
}

/// Sorts positions stably by `compare` (for the tests: `sort_positions` itself).
pub fn sorted_positions(count: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..count).collect();
    sort_positions(&mut order, compare);
    order
}

/// Puts `items` in `order` (a permutation of their positions).
fn permute<T>(items: &mut Vec<T>, order: &[usize]) {
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(
        order
            .iter()
            .filter_map(|&i| slots.get_mut(i).and_then(Option::take)),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorting_gives_what_the_standard_stable_sort_gives_ties_keep_their_order() {
        let items: Vec<(u32, char)> = (0..200u32)
            .map(|i| ((i * 7919) % 13, char::from(b'a' + (i % 26) as u8)))
            .collect();
        let mut ours = items.clone();
        sort_by_key(&mut ours, |p| p.0);
        let mut std = items.clone();
        std.sort_by_key(|p| p.0);
        assert_eq!(ours, std);

        let mut ours = items.clone();
        sort_by(&mut ours, |a, b| (b.1, a.0).cmp(&(a.1, b.0)));
        let mut std = items.clone();
        std.sort_by(|a, b| (b.1, a.0).cmp(&(a.1, b.0)));
        assert_eq!(ours, std);

        let mut ours = items.clone();
        sort_by_cached_key(&mut ours, |p| p.1.to_string());
        let mut std = items;
        std.sort_by_cached_key(|p| p.1.to_string());
        assert_eq!(ours, std);

        let mut empty: Vec<u8> = Vec::new();
        sort_by(&mut empty, Ord::cmp);
        assert!(empty.is_empty());
    }
}

/// Which way a list is sorted: one direction for every sortable list and table.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum SortDirection {
    Ascending,
    #[default]
    Descending,
}

impl SortDirection {
    pub fn flipped(self) -> Self {
        match self {
            SortDirection::Ascending => SortDirection::Descending,
            SortDirection::Descending => SortDirection::Ascending,
        }
    }

    /// The value of `aria-sort`.
    pub fn aria(self) -> &'static str {
        match self {
            SortDirection::Ascending => "ascending",
            SortDirection::Descending => "descending",
        }
    }
}
