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
use crate::out::JsonText;
use crate::{ExportError, Format, Keeps, OutFile};

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

impl Format for W3c {
    fn id(&self) -> &'static str {
        "w3c"
    }
    fn title(&self) -> &'static str {
        "W3C Web Annotation (export only)"
    }
    fn keeps(&self) -> Keeps {
        Keeps { reviewed: false, stamps: false, ..Keeps::ALL }
    }
    fn unit(&self) -> Unit {
        Unit::CodePoint
    }
    fn extension(&self) -> &'static str {
        "jsonld"
    }
    fn write(&self, docs: &[Document], stem: &str) -> Result<Vec<OutFile>, ExportError> {
        let mut items = JsonText::default();
        let mut total = 0;
        for d in docs {
            let ck = Checked::new(self.id(), self.unit(), d);
            for (i, s) in d.spans.iter().enumerate() {
                let (start, end) = ck.offsets(i, s)?;
                items.raw(if total > 0 { ",\n" } else { "\n" });
                annotation(&mut items, d, &ck, i, s, start, end);
                total += 1;
            }
        }
        let mut j = JsonText::default();
        j.raw("{").key("@context").str(CONTEXT).raw(",").key("id").str(&[URN, ":collection:", &encode(stem)].concat());
        j.raw(",").key("type").str("AnnotationCollection").raw(",").key("label").str(stem);
        j.raw(",").key("total").num(total).raw(",").key("first").raw("{").key("type").str("AnnotationPage");
        j.raw(",").key("startIndex").raw("0,").key("items").raw("[").raw(&items.0).raw("\n]}}\n");
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
    j.raw("{").key("id").str(&[&source, ":span:", &crate::out::num_text(i + 1)].concat());
    j.raw(",").key("type").str("Annotation").raw(",").key("motivation").str("tagging");
    j.raw(",").key("creator").raw(match s.origin {
        Origin::Auto => SOFTWARE,
        // Suggested by the extractor, confirmed by a person: both made it.
        Origin::Checked => CHECKED,
        Origin::User => PERSON,
    });
    let speaker = s.speaker().map(|sp| ["speaker: ", sp].concat());
    let number = s.number().map(annotator_schema::json::number_attrs_json);
    let bodies = [
        ("tagging", Some(s.label.as_str()), false),
        ("identifying", s.entity(), false),
        ("describing", speaker.as_deref(), false),
        ("describing", number.as_deref(), true),
    ];
    j.raw(",").key("body").raw("[");
    let mut first = true;
    for (purpose, value, json) in bodies {
        let Some(value) = value else { continue };
        j.raw(if first { "{" } else { ",{" }).key("type").str("TextualBody").raw(",").key("purpose").str(purpose);
        j.raw(",").key("value").str(value);
        if json {
            j.raw(",").key("format").str("application/json");
        }
        j.raw("}");
        first = false;
    }
    j.raw("],").key("target").raw("{").key("source").str(&source).raw(",").key("selector");
    j.raw("[{").key("type").str("TextPositionSelector").raw(",").key("start").num(start).raw(",").key("end").num(end);
    j.raw("},{").key("type").str("TextQuoteSelector").raw(",").key("exact").str(&s.text);
    j.raw(",").key("prefix").str(prefix).raw(",").key("suffix").str(suffix).raw("}]}}");
}
