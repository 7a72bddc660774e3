//! The extraction core as the page's wasm exports it to JavaScript, beside
//! the app: the same code, built with the same profile, that the page runs
//! when an article is pasted. `scripts/bench/page.mjs` loads the built
//! `dist/*_bg.wasm` in Node through this entry to time the core against
//! compromise and to read the wasm memory it needs.

use annotator_schema::Span;
use wasm_bindgen::prelude::*;

/// The spans the page would show for `text`, as a JSON array of labelled
/// spans (the labelled JSON's span objects: code-point offsets, `origin:
/// "auto"`), in the labelled JSON's order.
#[wasm_bindgen(js_name = extractSpans)]
pub fn extract_spans(text: &str) -> String {
    let doc = annotator_extract::annotate("", "", text);
    spans_json(&doc.spans)
}

/// `spans` as a JSON array.
fn spans_json(spans: &[Span]) -> String {
    // Spans hold only strings, numbers and maps with string keys: writing
    // them to a String cannot fail.
    serde_json::to_string(spans).unwrap_or_else(|_| String::from("[]"))
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
}
