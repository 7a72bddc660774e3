//! The extraction core as the page's wasm exports it to JavaScript, beside
//! the app: the same code, built with the same profile, that the page runs
//! when an article is pasted. `scripts/bench/page.mjs` loads the built
//! `dist/*_bg.wasm` in Node through this entry to time the core against
//! compromise and to read the wasm memory it needs. The page's extraction
//! worker (`crate::worker`) calls [`extract_spans_bytes`] in its own
//! instance of the same module.

use annotator_schema::Span;
use wasm_bindgen::prelude::*;

/// The spans the page would show for `text`, as a JSON array of labelled
/// spans (the labelled JSON's span objects: code-point offsets, `origin:
/// "auto"`), in the labelled JSON's order.
#[wasm_bindgen(js_name = extractSpans)]
pub fn extract_spans(text: &str) -> String {
    annotator_schema::json::spans_to_json(&annotator_extract::annotate_spans(text))
}

/// [`extract_spans`] as UTF-8 bytes: what the extraction worker posts back
/// to the page (a `Uint8Array` whose buffer is transferred, not copied, and
/// which [`spans_from_bytes`] reads without a round trip through a
/// JavaScript string).
#[wasm_bindgen(js_name = extractSpansBytes)]
pub fn extract_spans_bytes(text: &str) -> Vec<u8> {
    extract_spans(text).into_bytes()
}

/// The spans of [`extract_spans_bytes`], read back; an error names what is
/// wrong with the bytes.
pub fn spans_from_bytes(bytes: &[u8]) -> Result<Vec<Span>, String> {
    // Through `&str`, as storage's documents are read: `from_slice` would
    // compile serde's reader for spans a second time, 10 KiB of the page
    // gzipped (measured with `scripts/dist-size.sh`).
    let json = std::str::from_utf8(bytes).map_err(|e| e.to_string())?;
    serde_json::from_str(json).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_export_holds_the_cores_spans_in_the_labelled_jsons_form() {
        let text = "“It is complex,” Kremlin spokesman Dmitry Peskov said in Moscow on June 3, 2025.";
        let spans: Vec<Span> = serde_json::from_str(&extract_spans(text)).expect("a JSON array of spans");
        assert_eq!(spans, annotator_extract::annotate("", "", text).spans);
        let labels: Vec<&str> = spans.iter().map(|s| s.label.as_str()).collect();
        assert_eq!(labels, ["QUOTE", "PERSON", "PLACE", "NUMBER"]);
        assert_eq!(spans[1].text, "Dmitry Peskov");
    }

    #[test]
    fn the_workers_bytes_read_back_as_the_cores_spans() {
        let text = "“We will see,” said Maria Zakharova in Kyiv, where 3,400 people met on May 2.";
        let spans = spans_from_bytes(&extract_spans_bytes(text)).expect("the worker's bytes read back");
        assert_eq!(spans, annotator_extract::annotate("", "", text).spans);
        assert!(!spans.is_empty());
        assert!(spans_from_bytes(b"[{\"start\": 1").is_err(), "cut bytes are an error, not a panic");
    }
}
