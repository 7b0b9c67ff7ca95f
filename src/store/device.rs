//! What the browser can tell and do for the app's data beyond reading and writing it: ask to keep
//! it (persistent storage), say how much room it takes, read a file the user picks, remember when
//! the last copy was downloaded, and erase every key of the app. Nothing here leaves the device.

use js_sys::{Promise, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::local::KEY_PREFIX;
use crate::domain::edge::backup::LastCopy;

/// Where the date of the last download of the journey is kept (ISO date), and the revision the
/// journey had then.
pub const LAST_DOWNLOAD_KEY: &str = "cert-planner.last-download";

fn storage_manager() -> Option<web_sys::StorageManager> {
    let navigator = web_sys::window()?.navigator();
    // Older browsers have no `navigator.storage`.
    Reflect::get(&navigator, &JsValue::from_str("storage"))
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
        .map(|v| v.unchecked_into())
}

async fn await_promise(promise: Result<Promise, JsValue>) -> Option<JsValue> {
    JsFuture::from(promise.ok()?).await.ok()
}

/// Asks the browser to keep the app's data when space runs low (`navigator.storage.persist()`).
/// `Some(true)` when it is kept; `None` when the browser cannot say.
pub async fn ask_persistent() -> Option<bool> {
    let manager = storage_manager()?;
    await_promise(manager.persist()).await?.as_bool()
}

/// Whether the browser already keeps the app's data persistently.
pub async fn is_persistent() -> Option<bool> {
    let manager = storage_manager()?;
    await_promise(manager.persisted()).await?.as_bool()
}

/// How many bytes this site uses in the browser, and the quota, as the browser estimates them.
pub async fn usage_estimate() -> Option<(f64, f64)> {
    let manager = storage_manager()?;
    let estimate = await_promise(manager.estimate()).await?;
    let number = |name: &str| {
        Reflect::get(&estimate, &JsValue::from_str(name))
            .ok()?
            .as_f64()
    };
    Some((number("usage")?, number("quota")?))
}

/// The bytes of a file the user picked.
pub async fn read_file(file: &web_sys::File) -> Result<Vec<u8>, String> {
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| "the browser could not read the file".to_owned())?;
    Ok(Uint8Array::new(&buffer).to_vec())
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The last download: its date and the journey's revision then.
pub fn last_download() -> Option<LastCopy> {
    let raw = local_storage()?.get_item(LAST_DOWNLOAD_KEY).ok()??;
    let (date, revision) = raw.split_once(' ')?;
    Some(LastCopy {
        date: crate::basics::dates::parse_iso(date)?,
        revision: revision.parse().ok()?,
    })
}

/// Notes that the journey at `revision` was downloaded on `today`.
pub fn note_download(today: chrono::NaiveDate, revision: u64) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(LAST_DOWNLOAD_KEY, &format!("{today} {revision}"));
    }
}

/// Every key this app keeps in local storage (the journey, its backups, the last download).
pub fn app_keys() -> Vec<String> {
    let Some(storage) = local_storage() else {
        return Vec::new();
    };
    let count = storage.length().unwrap_or(0);
    (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|key| key.starts_with(KEY_PREFIX))
        .collect()
}

/// Removes every key of the app. Returns the keys that could not be removed.
pub fn erase_all() -> Vec<String> {
    let Some(storage) = local_storage() else {
        return Vec::new();
    };
    app_keys()
        .into_iter()
        .filter(|key| storage.remove_item(key).is_err())
        .collect()
}
