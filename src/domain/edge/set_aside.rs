//! A way back in: a journey the gate refuses only because of some of its records (a date out of
//! range, a duplicate id, a dangling reference, a number out of bounds) opens without them, once
//! the person chooses so. The records set aside are listed and kept as they were; nothing is
//! renumbered. Problems of the whole document (not JSON, a newer version, a failed migration,
//! the settings) leave no way but today's.

use serde_json::{Map, Value};

use crate::domain::edge::gate::{admit, parse_journey, Admitted, Problem, RecordAt, LISTS};
use crate::domain::edge::migration::{upgrade, Upgraded};
use crate::domain::rules::limits::MAX_FILE_BYTES;
use crate::model::journey::SCHEMA_VERSION;

/// One record set aside: where it was, why, and the record as it was written.
#[derive(Clone, Debug, PartialEq)]
pub struct SetAside {
    /// "SEU entry 4 (id 12, \"Book\")": its place in the original list.
    pub place: String,
    /// Every reason, in plain words.
    pub reasons: Vec<String>,
    /// The record as the document held it.
    pub record: Value,
}

/// A journey opened without some of its records.
#[derive(Clone, Debug, PartialEq)]
pub struct PartlyAdmitted {
    pub admitted: Admitted,
    /// At least one.
    pub set_aside: Vec<SetAside>,
}

/// "this record", "these 3 records": what a choice to leave records out names.
pub fn these_records(count: usize) -> String {
    if count == 1 {
        "this record".to_owned()
    } else {
        format!("these {count} records")
    }
}

/// Records set aside as a JSON document to download: each with its place and reasons,
/// `{"set_aside": [{"place": …, "reasons": […], "record": {…}}]}`.
pub fn set_aside_text(records: &[SetAside]) -> String {
    let records = records
        .iter()
        .map(|s| {
            let mut entry = Map::new();
            entry.insert("place".into(), Value::String(s.place.clone()));
            let reasons = s.reasons.iter().cloned().map(Value::String).collect();
            entry.insert("reasons".into(), Value::Array(reasons));
            entry.insert("record".into(), s.record.clone());
            Value::Object(entry)
        })
        .collect();
    let mut document = Map::new();
    document.insert("set_aside".into(), Value::Array(records));
    Value::Object(document).to_string()
}

/// The journey in `raw` without the records that keep the gate from opening it, or `None` when
/// it opens as it is or when a problem concerns more than single records.
pub fn open_without_bad_records(raw: &str) -> Option<PartlyAdmitted> {
    if raw.len() > MAX_FILE_BYTES {
        return None;
    }
    let text = raw.strip_prefix('\u{feff}').unwrap_or(raw);
    let value: Value = serde_json::from_str(text).ok()?;
    let Upgraded { mut document, from } = upgrade(value).ok()?;
    // For each list, the original position of each record still in it.
    let mut positions: Vec<Vec<usize>> = LISTS
        .iter()
        .map(|&(key, inner, _, _)| {
            (0..list_mut(&mut document, key, inner).map_or(0, |l| l.len())).collect()
        })
        .collect();
    // The records set aside, and for each its (list, original position) with its place in
    // `records`, to list them in order. (Keys of `(u64, usize)`: the sort the gate already
    // uses, so this adds no copy of a sort to the wasm.)
    let mut records: Vec<Option<SetAside>> = Vec::new();
    let mut order: Vec<(u64, usize)> = Vec::new();
    let mut repairs = Vec::new();
    // Each round sets aside at least one record (a record set aside can leave another one
    // pointing at nothing), so there are at most as many rounds as records.
    let rounds = positions.iter().map(Vec::len).sum::<usize>() + 1;
    for _ in 0..rounds {
        let problems = match parse_journey(document.clone()).and_then(admit) {
            Ok(_) if records.is_empty() => return None,
            Ok(mut admitted) => {
                admitted.migrated_from = (from < SCHEMA_VERSION).then_some(from);
                admitted.repairs.extend(repairs);
                crate::basics::order::sort_by_key(&mut order, |pair| *pair);
                let set_aside = order
                    .iter()
                    .filter_map(|&(_, i)| records[i].take())
                    .collect();
                return Some(PartlyAdmitted {
                    admitted,
                    set_aside,
                });
            }
            Err(rejection) => rejection.problems,
        };
        // The records the problems are about, as (list, position), each once.
        let mut at: Vec<(u64, usize)> = Vec::with_capacity(problems.len());
        for problem in &problems {
            let record = problem.record?;
            let list = LISTS
                .iter()
                .position(|&(_, _, noun, _)| noun == record.list)?;
            at.push((list as u64, record.index));
        }
        crate::basics::order::sort_by_key(&mut at, |pair| *pair);
        at.dedup();
        // From the last position down, so the positions still to take stay where they are.
        for &(list, index) in at.iter().rev() {
            let list = list as usize;
            let (key, inner, noun, _) = LISTS[list];
            let items = list_mut(&mut document, key, inner)?;
            if index >= items.len() {
                return None;
            }
            let record = items.remove(index);
            let original = positions[list].remove(index);
            let reasons = problems
                .iter()
                .filter(|p| p.record == Some(RecordAt { list: noun, index }))
                .map(|p: &Problem| p.message.clone())
                .collect();
            if key == "training" {
                unchoose(&mut document, &record, &mut repairs);
            }
            order.push(((list as u64) << 32 | original as u64, records.len()));
            records.push(Some(SetAside {
                place: place(noun, original, &record),
                reasons,
                record,
            }));
        }
    }
    None
}

/// The list `key` (or `key.inner`) of a document.
fn list_mut<'a>(
    document: &'a mut Map<String, Value>,
    key: &str,
    inner: Option<&str>,
) -> Option<&'a mut Vec<Value>> {
    let value = document.get_mut(key)?;
    let value = match inner {
        Some(inner) => value.get_mut(inner)?,
        None => value,
    };
    value.as_array_mut()
}

/// A course offer set aside was the chosen one: no course is chosen now (said as a repair).
fn unchoose(document: &mut Map<String, Value>, offer: &Value, repairs: &mut Vec<String>) {
    let Some(training) = document.get_mut("training").and_then(Value::as_object_mut) else {
        return;
    };
    let id = offer.get("id").and_then(Value::as_u64);
    if id.is_some() && training.get("chosen").and_then(Value::as_u64) == id {
        training.insert("chosen".into(), Value::Null);
        repairs.push(
            "The chosen course was one of the records set aside, so no course is chosen now."
                .into(),
        );
    }
}

/// "SEU entry 4 (id 12, \"Book\")": the record's place in the original list, its id and what
/// names it.
fn place(noun: &str, index: usize, record: &Value) -> String {
    let mut hints = Vec::new();
    if let Some(id) = record.get("id").and_then(Value::as_u64) {
        hints.push(format!("id {id}"));
    }
    let name = ["title", "name", "provider"]
        .iter()
        .find_map(|key| record.get(key).and_then(Value::as_str))
        .filter(|name| !name.trim().is_empty());
    if let Some(name) = name {
        let short: String = name.trim().chars().take(40).collect();
        hints.push(format!("\"{short}\""));
    }
    if hints.is_empty() {
        format!("{noun} {}", index + 1)
    } else {
        format!("{noun} {} ({})", index + 1, hints.join(", "))
    }
}
