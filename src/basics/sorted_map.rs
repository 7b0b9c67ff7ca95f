//! Maps kept as one list sorted by key: litemap's `LiteMap`, a `Vec` of pairs searched by
//! halves. The app's maps are small (certifications, tracks, categories, months) or built once
//! from a whole list (the SEU entries), and a `BTreeMap` costs the start module about 2 KB of
//! tree code for each pair of key and value types (25 KB in all before this). See
//! `docs/architecture.md`, "Building blocks of its own".

pub use litemap::LiteMap as SortedMap;

/// The map of `pairs`; of pairs with the same key the last one stays, as inserting them one by
/// one would leave it. Sorted once by the app's own stable sort (`basics::order`), so a list of
/// thousands is not inserted into the middle of the map one pair at a time, and collecting
/// (which sorts with the standard library's sort) is not needed.
pub fn sorted_map<K: Ord, V>(mut pairs: Vec<(K, V)>) -> SortedMap<K, V> {
    // A log kept in the order it was written is in id order already: no sort then.
    if !pairs.is_sorted_by(|a, b| a.0 <= b.0) {
        crate::basics::order::sort_by(&mut pairs, |a, b| a.0.cmp(&b.0));
    }
    let mut kept: Vec<(K, V)> = Vec::with_capacity(pairs.len());
    for pair in pairs {
        match kept.last_mut() {
            Some(last) if last.0 == pair.0 => *last = pair,
            _ => kept.push(pair),
        }
    }
    SortedMap::from_sorted_store_unchecked(kept)
}

/// A set kept the same way: the keys of a `SortedMap` with nothing beside them.
pub type SortedSet<K> = SortedMap<K, ()>;

/// The set of `keys` (see `sorted_map`).
pub fn sorted_set<K: Ord>(keys: Vec<K>) -> SortedSet<K> {
    sorted_map(keys.into_iter().map(|key| (key, ())).collect())
}
