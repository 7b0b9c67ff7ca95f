//! Saving a text or bytes as a file the user downloads (a backup, an export, an audit pack), and
//! opening a kept file in a new tab. Nothing leaves the device.

use wasm_bindgen::JsCast;

/// Offers `text` as a download named `filename`.
pub fn download_text(filename: &str, mime: &str, text: &str) -> Result<(), String> {
    let fail = |_| format!("the browser could not prepare {filename} for download");
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let anchor: web_sys::HtmlAnchorElement =
        document.create_element("a").map_err(fail)?.unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(filename);
    anchor.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// A link to `bytes` as a file of `mime` (a `blob:` address, on this device only).
fn object_url(bytes: &[u8], mime: &str) -> Result<String, String> {
    let fail = |_| "the browser could not prepare the file".to_owned();
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob =
        web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options).map_err(fail)?;
    web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)
}

/// Clicks a link to `url`: a download named `filename`, or (none) the file opened in a new tab.
fn follow(url: &str, filename: Option<&str>) -> Result<(), String> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let anchor: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| "the browser could not open the file".to_owned())?
        .unchecked_into();
    anchor.set_href(url);
    match filename {
        Some(name) => anchor.set_download(name),
        None => {
            anchor.set_target("_blank");
            anchor.set_rel("noopener");
        }
    }
    anchor.click();
    Ok(())
}

/// Offers `bytes` as a download named `filename`.
pub fn download_bytes(filename: &str, mime: &str, bytes: &[u8]) -> Result<(), String> {
    let url = object_url(bytes, mime)?;
    follow(&url, Some(filename))?;
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// Opens `bytes` (a PDF, an image) in a new tab, where the browser shows it. The address stays
/// valid while the app is open (the new tab reads it after this returns).
pub fn open_bytes(mime: &str, bytes: &[u8]) -> Result<(), String> {
    let url = object_url(bytes, mime)?;
    follow(&url, None)
}
