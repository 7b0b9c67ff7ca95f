//! The proof files' store: the files attached to SEU entries, kept in the browser's IndexedDB
//! (localStorage is far too small), each under its key (`domain::seus::proof::proof_key`) as its
//! bytes. Also the SHA-256 of a file (the browser's `crypto.subtle`). Nothing here leaves the
//! device; nothing is deleted but by `delete` and `erase_all`, which the app calls only for keys
//! no listed entry names.

use crate::basics::sorted_map::SortedSet;

use chrono::NaiveDate;
use js_sys::{Array, ArrayBuffer, Promise, Uint8Array};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbObjectStore, IdbRequest, IdbTransaction, IdbTransactionMode};

use super::device::app_keys;
use super::local::{self, JOURNEY_KEY, PROOFS_UNNAMED_KEY};
use crate::domain::seus::proof::{is_kept, reclaim};

/// The database and its one object store.
const DATABASE: &str = "cert-planner-proofs";
const STORE: &str = "proofs";
const VERSION: u32 = 1;

/// What went wrong, in a sentence for the person.
fn refused(what: &str) -> String {
    format!("The browser would not {what}; nothing was changed.")
}

/// Waits for an IndexedDB request: its result, or its error.
async fn finished(request: &IdbRequest) -> Result<JsValue, JsValue> {
    let promise = Promise::new(&mut |resolve, reject| {
        let done = request.clone();
        let on_success = Closure::once_into_js(move || {
            let _ = resolve.call1(&JsValue::NULL, &done.result().unwrap_or(JsValue::UNDEFINED));
        });
        let failed = request.clone();
        let on_error = Closure::once_into_js(move || {
            let error = failed.error().ok().flatten().map(JsValue::from);
            let _ = reject.call1(&JsValue::NULL, &error.unwrap_or(JsValue::NULL));
        });
        request.set_onsuccess(Some(on_success.unchecked_ref()));
        request.set_onerror(Some(on_error.unchecked_ref()));
    });
    JsFuture::from(promise).await
}

/// Waits until a write's transaction is committed, or its error when it is aborted. A write may
/// succeed as a request and still be lost: the browser checks its quota when the transaction
/// commits, and aborts it then (`QuotaExceededError`).
/// (Listens at once, so that the commit cannot come before the listener.)
fn committed(transaction: &IdbTransaction) -> JsFuture {
    let promise = Promise::new(&mut |resolve, reject| {
        let on_complete = Closure::once_into_js(move || {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let aborted = transaction.clone();
        let on_abort = Closure::once_into_js(move || {
            let error = aborted.error().map(JsValue::from);
            let _ = reject.call1(&JsValue::NULL, &error.unwrap_or(JsValue::NULL));
        });
        transaction.set_oncomplete(Some(on_complete.unchecked_ref()));
        transaction.set_onabort(Some(on_abort.unchecked_ref()));
    });
    JsFuture::from(promise)
}

/// Waits for a write request, then for its transaction to be committed.
async fn written(request: &IdbRequest) -> Result<(), JsValue> {
    let commit = committed(&request.transaction().ok_or(JsValue::NULL)?);
    finished(request).await?;
    commit.await.map(|_| ())
}

/// Opens the database, creating its store on first use.
async fn open() -> Result<IdbDatabase, String> {
    let factory = web_sys::window()
        .and_then(|w| w.indexed_db().ok().flatten())
        .ok_or_else(|| refused("keep files (it offers no file store here)"))?;
    let request = factory
        .open_with_u32(DATABASE, VERSION)
        .map_err(|_| refused("open its file store"))?;
    let upgrading = request.clone();
    let on_upgrade = Closure::once_into_js(move || {
        if let Some(db) = upgrading
            .result()
            .ok()
            .and_then(|r| r.dyn_into::<IdbDatabase>().ok())
        {
            if !db.object_store_names().contains(STORE) {
                let _ = db.create_object_store(STORE);
            }
        }
    });
    request.set_onupgradeneeded(Some(on_upgrade.unchecked_ref()));
    let db = finished(&request)
        .await
        .map_err(|_| refused("open its file store"))?;
    db.dyn_into::<IdbDatabase>()
        .map_err(|_| refused("open its file store"))
}

/// The store in a transaction of `mode`.
async fn store(mode: IdbTransactionMode) -> Result<IdbObjectStore, String> {
    let db = open().await?;
    let transaction = db
        .transaction_with_str_and_mode(STORE, mode)
        .map_err(|_| refused("use its file store"))?;
    transaction
        .object_store(STORE)
        .map_err(|_| refused("use its file store"))
}

/// Keeps `bytes` under `key` (replacing what was there). A full store (the quota) is said so.
pub async fn put(key: &str, bytes: &[u8]) -> Result<(), String> {
    let store = store(IdbTransactionMode::Readwrite).await?;
    let value = Uint8Array::from(bytes).buffer();
    let request = store
        .put_with_key(&value, &JsValue::from_str(key))
        .map_err(|e| put_refused(&e))?;
    written(&request).await.map_err(|e| put_refused(&e))
}

fn put_refused(error: &JsValue) -> String {
    let name = error
        .dyn_ref::<web_sys::DomException>()
        .map(|e| e.name())
        .unwrap_or_default();
    if name == "QuotaExceededError" {
        "The browser has no room left for this file (its storage for this site is full); nothing was attached.".to_owned()
    } else {
        refused("keep the file")
    }
}

/// The bytes kept under `key`, if any.
pub async fn get(key: &str) -> Result<Option<Vec<u8>>, String> {
    let store = store(IdbTransactionMode::Readonly).await?;
    let request = store
        .get(&JsValue::from_str(key))
        .map_err(|_| refused("read the file"))?;
    let value = finished(&request)
        .await
        .map_err(|_| refused("read the file"))?;
    Ok(value
        .dyn_ref::<ArrayBuffer>()
        .map(|buffer| Uint8Array::new(buffer).to_vec()))
}

/// Removes the file kept under `key`.
pub async fn delete(key: &str) -> Result<(), String> {
    let store = store(IdbTransactionMode::Readwrite).await?;
    let request = store
        .delete(&JsValue::from_str(key))
        .map_err(|_| refused("remove the file"))?;
    written(&request)
        .await
        .map_err(|_| refused("remove the file"))
}

/// Every key the store holds.
pub async fn keys() -> Result<Vec<String>, String> {
    let store = store(IdbTransactionMode::Readonly).await?;
    let request = store
        .get_all_keys()
        .map_err(|_| refused("list its files"))?;
    let keys = finished(&request)
        .await
        .map_err(|_| refused("list its files"))?;
    Ok(keys
        .dyn_into::<Array>()
        .map(|list| list.iter().filter_map(|k| k.as_string()).collect())
        .unwrap_or_default())
}

/// Removes every file of the store (erasing all data).
pub async fn erase_all() -> Result<(), String> {
    let store = store(IdbTransactionMode::Readwrite).await?;
    let request = store.clear().map_err(|_| refused("erase its files"))?;
    written(&request)
        .await
        .map_err(|_| refused("erase its files"))
}

/// Deletes the stored files that no entry has named for `PROOF_RECLAIM_DAYS` days as of `today`
/// (`domain::seus::proof::reclaim`), and keeps the day each other unnamed file was first seen
/// so. A file is named when `named` (this tab's journey) holds its key, or any journey text
/// this app keeps in local storage holds its fingerprint; the stored journey is read again just
/// before each deletion. Returns how many files were deleted.
pub async fn reclaim_unnamed(named: SortedSet<String>, today: NaiveDate) -> Result<usize, String> {
    let stored = keys().await?;
    let since = local::read_text(PROOFS_UNNAMED_KEY).unwrap_or_default();
    // Every stored file named, nothing noted: nothing to do, and the kept journey texts (megabytes
    // at thousands of entries) are not read.
    if since.is_empty() && stored.iter().all(|key| named.contains_key(key)) {
        return Ok(0);
    }
    let kept: Vec<String> = app_keys()
        .iter()
        .filter(|key| *key != PROOFS_UNNAMED_KEY)
        .filter_map(|key| local::read_text(key))
        .collect();
    let decided = reclaim(&named, &kept, &stored, &since, today);
    let mut deleted = 0;
    for key in decided.delete {
        let journey: Vec<String> = local::read_text(JOURNEY_KEY).into_iter().collect();
        if !is_kept(&key, &journey) {
            delete(&key).await?;
            deleted += 1;
        }
    }
    if decided.unnamed_since != since {
        local::write_small(PROOFS_UNNAMED_KEY, &decided.unnamed_since);
    }
    Ok(deleted)
}

/// The SHA-256 of `bytes` as 64 lowercase hexadecimal digits (`crypto.subtle.digest`).
pub async fn sha256(bytes: &[u8]) -> Result<String, String> {
    let subtle = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .map(|c| c.subtle())
        .ok_or_else(|| refused("fingerprint the file"))?;
    let data = Uint8Array::from(bytes);
    let promise = subtle
        .digest_with_str_and_buffer_source("SHA-256", &data)
        .map_err(|_| refused("fingerprint the file"))?;
    let digest = JsFuture::from(promise)
        .await
        .map_err(|_| refused("fingerprint the file"))?;
    let digest = Uint8Array::new(&digest).to_vec();
    Ok(digest.iter().map(|b| format!("{b:02x}")).collect())
}
