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
/// "auto"`), in the labelled JSON's order: its chunks
/// (`extract::annotate_spans_json`, written straight from the extractions)
/// joined into one JavaScript string as they come, so the wasm memory never
/// holds the whole array (for a 10 MB article, 24 MB reserved at the end of
/// the run in one piece set the memory's peak: 118 MB, now 89).
#[wasm_bindgen(js_name = extractSpans)]
pub fn extract_spans(text: &str) -> js_sys::JsString {
    let mut json = js_sys::JsString::from("");
    spans_json(text, &mut |chunk| json = json.concat(&chunk.into()));
    json
}

/// The JSON array of [`extract_spans`], handed to `each` a chunk at a time.
fn spans_json(text: &str, each: &mut dyn FnMut(&str)) {
    annotator_extract::annotate_spans_json(text, each);
}

/// How many spans each JSON array of [`extract_spans_bytes`] holds: the
/// page reads one array at a time, a few milliseconds each, between which
/// it answers input (a 2 MB paste's 41,410 spans read at once took one task
/// of 100–150 ms).
const CHUNK_SPANS: usize = 2_000;

/// About the most a span's JSON in [`extract_spans_bytes`] takes beyond its
/// text: its keys, offsets, label, origin and attributes (98 bytes on
/// average, at most 126, on the five shared articles); a span past it
/// only grows the answer's buffer.
const SPAN_JSON_BYTES: usize = 128;

/// The spans of [`extract_spans`] as UTF-8 bytes, in JSON arrays of at
/// most `CHUNK_SPANS` (2,000) spans each, one a line (compact JSON holds no raw
/// line break): what the extraction worker posts back to the page (a
/// `Uint8Array` whose buffer is transferred, not copied), which
/// [`chunk_at`] and [`spans_from_bytes`] read a chunk at a time without
/// a round trip through a JavaScript string.
#[wasm_bindgen(js_name = extractSpansBytes)]
pub fn extract_spans_bytes(text: &str) -> Vec<u8> {
    let spans = annotator_extract::annotate_spans(text);
    if spans.is_empty() {
        return b"[]".to_vec();
    }
    // Reserved once: grown by doubling, the buffer of a 2 MB text's answer
    // (6 MB) was copied as it grew and took the wasm memory (which never
    // shrinks) past the peak the core had set.
    let mut out = Vec::with_capacity(spans.iter().map(|s| s.text.len() + SPAN_JSON_BYTES).sum());
    for (i, chunk) in spans.chunks(CHUNK_SPANS).enumerate() {
        if i > 0 {
            out.push(b'\n');
        }
        out.extend_from_slice(annotator_schema::json::spans_to_json(chunk).as_bytes());
    }
    out
}

/// The chunk of [`extract_spans_bytes`]' answer that starts at byte `at`
/// (one JSON array of spans for [`spans_from_bytes`]) and where the next
/// one starts; `None` past the last.
pub fn chunk_at(bytes: &[u8], at: usize) -> Option<(&[u8], usize)> {
    let rest = bytes.get(at..)?;
    let len = rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len());
    Some((&rest[..len], at + len + 1))
}

/// The spans of one chunk of [`extract_spans_bytes`], read back; an error
/// names what is wrong with the bytes.
pub fn spans_from_bytes(bytes: &[u8]) -> Result<Vec<Span>, String> {
    // With the reader of the saved records, not serde's: one span reader
    // in the page (`annotator_doc::read`).
    let json = std::str::from_utf8(bytes).map_err(|e| e.to_string())?;
    annotator_doc::read::spans(json)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The JSON of [`extract_spans`], its chunks joined.
    fn joined_json(text: &str) -> String {
        let mut json = String::new();
        spans_json(text, &mut |chunk| json.push_str(chunk));
        json
    }

    #[test]
    fn the_export_holds_the_cores_spans_in_the_labelled_jsons_form() {
        let text = "“It is complex,” Kremlin spokesman Dmitry Peskov said in Moscow on June 3, 2025.";
        let spans: Vec<Span> = serde_json::from_str(&joined_json(text)).expect("a JSON array of spans");
        assert_eq!(spans, annotator_extract::annotate("", "", text).spans);
        let labels: Vec<&str> = spans.iter().map(|s| s.label.as_str()).collect();
        assert_eq!(labels, ["QUOTE", "PERSON", "PLACE", "NUMBER"]);
        assert_eq!(spans[1].text, "Dmitry Peskov");
    }

    /// The chunks of the worker's answer, in order.
    fn span_chunks(bytes: &[u8]) -> Vec<&[u8]> {
        let (mut out, mut at) = (Vec::new(), 0);
        while let Some((chunk, next)) = chunk_at(bytes, at) {
            out.push(chunk);
            at = next;
        }
        out
    }

    /// Every chunk of the worker's answer read back, in order.
    fn read_back(bytes: &[u8]) -> Vec<Span> {
        span_chunks(bytes).into_iter().flat_map(|c| spans_from_bytes(c).expect("each chunk reads back")).collect()
    }

    #[test]
    fn the_workers_bytes_read_back_as_the_cores_spans() {
        let text = "“We will see,” said Maria Zakharova in Kyiv, where 3,400 people met on May 2.";
        let bytes = extract_spans_bytes(text);
        assert_eq!(span_chunks(&bytes).len(), 1);
        let spans = read_back(&bytes);
        assert_eq!(spans, annotator_extract::annotate("", "", text).spans);
        assert!(!spans.is_empty());
        assert_eq!(read_back(&extract_spans_bytes("no names here")), Vec::new());
        assert!(spans_from_bytes(b"[{\"start\": 1").is_err(), "cut bytes are an error, not a panic");
    }

    #[test]
    fn a_long_texts_spans_come_in_chunks_that_read_back_in_order() {
        let line = "“We will see,” said Maria Zakharova in Kyiv, where 3,400 people met on May 2.\n";
        let text = line.repeat(CHUNK_SPANS / 2);
        let bytes = extract_spans_bytes(&text);
        let want = annotator_extract::annotate("", "", &text).spans;
        assert!(want.len() > 2 * CHUNK_SPANS, "{} spans: more than two chunks' worth", want.len());
        let sizes: Vec<usize> = span_chunks(&bytes)
            .into_iter()
            .map(|c| spans_from_bytes(c).expect("each chunk reads back").len())
            .collect();
        assert_eq!(sizes.len(), want.len().div_ceil(CHUNK_SPANS));
        assert!(sizes.iter().all(|&n| n <= CHUNK_SPANS));
        assert_eq!(read_back(&bytes), want);
        let reserved: usize = want.iter().map(|s| s.text.len() + SPAN_JSON_BYTES).sum();
        assert_eq!(bytes.capacity(), reserved, "the buffer reserved once, never grown ({} bytes used)", bytes.len());
    }
}
