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

/// Writes a map as a JSON object, empty or not (`#[serde(serialize_with = "...")]`): litemap's
/// own writer writes an empty map as a list, `[]`, as it cannot tell then that the keys are text.
pub fn serialize_sorted_map<S, K, V>(
    map: &SortedMap<K, V>,
    serializer: S,
) -> Result<S::Ok, S::Error>
where
    S: serde::Serializer,
    K: serde::Serialize + Ord,
    V: serde::Serialize,
{
    serializer.collect_map(map.iter())
}

/// Reads a stored map (a JSON object) into a `SortedMap` with `sorted_map`
/// (`#[serde(deserialize_with = "...")]`). litemap's own reader collects with the standard
/// library's sort (3.5 KB of the start module) and takes any list of pairs; this one takes an
/// object, or an empty list: what litemap wrote for an empty map before `serialize_sorted_map`.
pub fn deserialize_sorted_map<'de, D, K, V>(deserializer: D) -> Result<SortedMap<K, V>, D::Error>
where
    D: serde::Deserializer<'de>,
    K: serde::Deserialize<'de> + Ord,
    V: serde::Deserialize<'de>,
{
    struct Pairs<K, V>(std::marker::PhantomData<(K, V)>);
    impl<'de, K, V> serde::de::Visitor<'de> for Pairs<K, V>
    where
        K: serde::Deserialize<'de> + Ord,
        V: serde::Deserialize<'de>,
    {
        type Value = SortedMap<K, V>;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a map")
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(
            self,
            mut map: A,
        ) -> Result<Self::Value, A::Error> {
            let mut pairs = Vec::new();
            while let Some(pair) = map.next_entry()? {
                pairs.push(pair);
            }
            Ok(sorted_map(pairs))
        }
        fn visit_seq<A: serde::de::SeqAccess<'de>>(
            self,
            mut list: A,
        ) -> Result<Self::Value, A::Error> {
            match list.next_element::<serde::de::IgnoredAny>()? {
                None => Ok(SortedMap::new()),
                Some(_) => Err(serde::de::Error::invalid_type(
                    serde::de::Unexpected::Seq,
                    &self,
                )),
            }
        }
    }
    deserializer.deserialize_any(Pairs(std::marker::PhantomData))
}
