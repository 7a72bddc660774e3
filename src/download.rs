//! Files out: bytes offered as a download (Blob + object URL + a
//! temporary `<a download>`), entirely in the browser; and today's date
//! for its name, from the browser's local clock.

use annotator_doc::CalendarDate;
use wasm_bindgen::{JsCast, JsValue};

/// Today in the browser's time zone (what a person calls today), for
/// download names. `None` only if the clock is beyond year 9999.
pub fn today() -> Option<CalendarDate> {
    let now = js_sys::Date::new_0();
    // JavaScript months count from 0.
    CalendarDate::from_ymd(now.get_full_year() as i32, now.get_month() + 1, now.get_date())
}

/// How long a download's blob is kept: time for the browser to start the
/// download before the blob is freed.
const BLOB_KEPT: std::time::Duration = std::time::Duration::from_secs(30);

/// Offers `content` as a file named `filename`.
pub fn download(filename: &str, mime: &str, content: &[u8]) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or_else(|| JsValue::from_str("no window"))?;
    let document = window.document().ok_or_else(|| JsValue::from_str("no document"))?;
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(content));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &opts)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(filename);
    a.set_hidden(true);
    let body = document.body().ok_or_else(|| JsValue::from_str("no body"))?;
    body.append_child(&a)?;
    a.click();
    a.remove();
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        BLOB_KEPT,
    );
    Ok(())
}
