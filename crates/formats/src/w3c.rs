//! `w3c`: W3C Web Annotation JSON-LD, an `AnnotationCollection` with one
//! `Annotation` per span. Each targets its document
//! (`urn:x-annotator:doc:<id>`) with a `TextPositionSelector` (start and end
//! in code points, as the Web Annotation Data Model requires) and a
//! `TextQuoteSelector` (`exact`, with up to 32 characters of `prefix` and
//! `suffix`). Bodies: the label (`tagging`), a person's or place's entity
//! (`identifying`), a quote's speaker and a number's value (`describing`);
//! `creator` is the extractor for automatic spans, a person for the others,
//! and both for an automatic span a person confirmed (`checked`). Export
//! only.

use annotator_schema::{CharOffset, Document, Origin, Span};

use crate::check::{Checked, Unit};
use crate::out::{num_text, JsonText};
use crate::{About, ExportError, Format, Keeps, OutFile};

pub struct W3c;

const CONTEXT: &str = "http://www.w3.org/ns/anno.jsonld";
/// The scheme of the ids: the documents live in the browser, not on the web.
const URN: &str = "urn:x-annotator";
/// Upper-case hexadecimal digits, for percent-encoding (RFC 3986 prefers them).
const HEX: [char; 16] = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'B', 'C', 'D', 'E', 'F'];
/// Characters of context each side of a `TextQuoteSelector`'s `exact`.
const CONTEXT_CHARS: usize = 32;
/// The `creator` of an automatic span: the extractor.
const SOFTWARE: &str = "{\"type\":\"Software\",\"name\":\"annotator-extract\"}";
/// The `creator` of a span a person made or changed.
const PERSON: &str = "{\"type\":\"Person\"}";
/// The `creator` of an automatic span a person confirmed: both.
const CHECKED: &str = "[{\"type\":\"Software\",\"name\":\"annotator-extract\"},{\"type\":\"Person\"}]";

/// What the format is (`Format::about`).
const ABOUT: About = About {
    id: "w3c",
    title: "W3C Web Annotation (export only)",
    unit: Unit::CodePoint,
    extension: "jsonld",
    keeps: Keeps { reviewed: false, stamps: false, ..Keeps::ALL },
    reads: &[],
};

impl Format for W3c {
    fn about(&self) -> &'static About {
        &ABOUT
    }
    fn write(&self, docs: &[Document], stem: &str) -> Result<Vec<OutFile>, ExportError> {
        // Every span is written (or the export refused): the total is known
        // before the items are.
        let mut total = 0;
        for d in docs {
            total += d.spans.len();
        }
        let mut j = JsonText::default();
        j.fill(
            "{\"@context\":\x01,\"id\":\x01,\"type\":\"AnnotationCollection\",\"label\":\x01,\"total\":\x02,\
             \"first\":{\"type\":\"AnnotationPage\",\"startIndex\":0,\"items\":[",
            &[CONTEXT, &[URN, ":collection:", &encode(stem)].concat(), stem, &num_text(total)],
        );
        let mut first = true;
        for d in docs {
            let ck = Checked::new(ABOUT.id, ABOUT.unit, d);
            for (i, s) in d.spans.iter().enumerate() {
                let (start, end) = ck.offsets(i, s)?;
                j.raw(if first { "\n" } else { ",\n" });
                annotation(&mut j, d, &ck, i, s, start, end);
                first = false;
            }
        }
        j.raw("\n]}}\n");
        Ok(vec![OutFile::text(stem, "jsonld", "application/ld+json", j.0)])
    }
}

/// An id as part of a URN: unreserved characters kept, the rest
/// percent-encoded as UTF-8.
fn encode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(HEX[usize::from(b >> 4)]);
            out.push(HEX[usize::from(b & 15)]);
        }
    }
    out
}

/// One span as an `Annotation`, onto `j`.
fn annotation(j: &mut JsonText, d: &Document, ck: &Checked<'_>, i: usize, s: &Span, start: usize, end: usize) {
    let ix = ck.index();
    let len = ix.char_len().0;
    let prefix = ix.slice(CharOffset(start.saturating_sub(CONTEXT_CHARS)), CharOffset(start)).unwrap_or_default();
    let suffix = ix.slice(CharOffset(end), CharOffset((end + CONTEXT_CHARS).min(len))).unwrap_or_default();
    let source = [URN, ":doc:", &encode(&d.id)].concat();
    let creator = match s.origin {
        Origin::Auto => SOFTWARE,
        // Suggested by the extractor, confirmed by a person: both made it.
        Origin::Checked => CHECKED,
        Origin::User => PERSON,
    };
    let id = [&source, ":span:", &num_text(i + 1)].concat();
    j.fill(
        "{\"id\":\x01,\"type\":\"Annotation\",\"motivation\":\"tagging\",\"creator\":\x02,\"body\":[",
        &[&id, creator],
    );
    let speaker = s.speaker().map(|sp| ["speaker: ", sp].concat());
    let number = s.number().map(annotator_schema::json::number_attrs_json);
    let bodies = [
        ("tagging", Some(s.label.as_str()), ""),
        ("identifying", s.entity(), ""),
        ("describing", speaker.as_deref(), ""),
        ("describing", number.as_deref(), ",\"format\":\"application/json\""),
    ];
    let mut sep = "";
    for (purpose, value, format) in bodies {
        let Some(value) = value else { continue };
        j.fill("\x02{\"type\":\"TextualBody\",\"purpose\":\x01,\"value\":\x01\x02}", &[sep, purpose, value, format]);
        sep = ",";
    }
    j.fill(
        "],\"target\":{\"source\":\x01,\"selector\":[{\"type\":\"TextPositionSelector\",\"start\":\x02,\"end\":\x02},\
         {\"type\":\"TextQuoteSelector\",\"exact\":\x01,\"prefix\":\x01,\"suffix\":\x01}]}}",
        &[&source, &num_text(start), &num_text(end), &s.text, prefix, suffix],
    );
}
