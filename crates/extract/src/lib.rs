//! Extraction core: finds PERSON, PLACE, NUMBER and QUOTE spans in English
//! news text, following the labelling guide (`../shared/LABELS.md`).
//!
//! Pure Rust, no browser dependencies, no I/O: the same code runs natively
//! (the `annotate` CLI) and in WebAssembly (the annotator page).
//!
//! # Overview
//!
//! [`extract`] returns spans in **byte** offsets, sorted by start then
//! longest first; [`annotate`] / [`to_document`] convert them to a labelled
//! [`Document`] in **code-point** offsets (the labelled JSON); [`reannotate`]
//! redoes a labelled document's automatic spans and keeps a person's. [`Extractor`]
//! takes options, such as the article's year for dates written without one.
//!
//! ```
//! use annotator_extract::annotate;
//! let doc = annotate("d1", "d1.txt", "“It is complex,” Kremlin spokesman Dmitry Peskov said on June 3, 2025.");
//! let labels: Vec<&str> = doc.spans.iter().map(|s| s.label.as_str()).collect();
//! assert_eq!(labels, ["QUOTE", "PERSON", "NUMBER"]);
//! assert_eq!(doc.spans[0].speaker(), Some("Dmitry Peskov"));
//! ```
//!
//! # How it works
//!
//! [`Extractor::extract`] is the pipeline; each stage is a function over
//! plain data in its own private module: `tokens` (words, with the bits of
//! the word lists they are on) → `quote` (quotation spans) → `sentences`
//! (sentence boundaries, shared) → `number` (NUMBER spans with values) →
//! `names` (PERSON and PLACE mentions, in named passes: runs, candidates,
//! classification rules, context, coreference, …) → `entity` (each
//! mention's fullest name) → `speaker` (who said each quotation) → merge.
//! `lexicon` owns every word list (the embedded GeoNames places and given
//! names, and the curated lists) and imports no other module. Every stage
//! is linear in the input; lexicons are loaded once per process. No input
//! makes it panic. `ARCHITECTURE.md` draws the modules and says where a new
//! rule goes; `cargo doc --document-private-items` renders them.

use annotator_schema::{Attrs, ByteOffset, Document, Label, NumberAttrs, OffsetIndex, Origin, Span};

mod entity;
mod lexicon;
mod names;
mod number;
mod quote;
mod refresh;
mod sentences;
mod slots;
mod speaker;
mod tokens;

pub use refresh::reannotate;

use names::Mention;
use number::NumberSpan;
use quote::QuoteSpan;
use sentences::Sentences;

/// One extracted span, in byte offsets into the text it was found in.
#[derive(Clone, Debug, PartialEq)]
pub struct Extraction {
    pub start: ByteOffset,
    pub end: ByteOffset,
    pub label: Label,
    pub attrs: Attrs,
}

/// Extraction with options.
#[derive(Clone, Debug, Default)]
pub struct Extractor {
    /// The article's year, for dates written without one (`May 16`). When
    /// `None`, the year of the first full date in the article is used, and
    /// failing that the date is written `--MM-DD`.
    pub year: Option<i32>,
}

impl Extractor {
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets the year for dates written without one.
    pub fn with_year(mut self, year: i32) -> Self {
        self.year = Some(year);
        self
    }

    /// Finds the labelled spans of `text`, sorted by start then longest first.
    ///
    /// The pipeline: tokens → quotes → sentences → numbers → names (its
    /// passes) → entities → speakers → merge.
    pub fn extract(&self, text: &str) -> Vec<Extraction> {
        let toks = tokens::tokenize(text);
        let quotes = quote::find(text);
        let in_quote = quote::token_quotes(&toks, &quotes);
        let sentences = Sentences::split(text, &toks, &quotes, &in_quote);
        let numbers = number::find(text, &toks, self.year);
        let mentions = names::find(text, &toks);
        let entities = entity::resolve(text, &mentions);
        let speakers = speaker::assign(&speaker::Context {
            text,
            toks: &toks,
            quotes: &quotes,
            in_quote: &in_quote,
            sentences: &sentences,
            mentions: &mentions,
            entities: &entities,
        });
        merge(text, &mentions, entities, numbers, &quotes, speakers)
    }
}

/// How many of the names starting before a number's end are checked for
/// overlap with it: mentions do not overlap one another, so the nearest few
/// suffice.
const NAMES_CHECKED_FOR_OVERLAP: usize = 4;

/// All spans in one list, sorted by start then longest first: mentions
/// with their entity, numbers (a number inside a name, `Route 66`, gives way
/// to the name), quotes with their speaker; nothing empty or off a
/// character boundary, no duplicates.
fn merge(
    text: &str,
    mentions: &[Mention],
    entities: Vec<String>,
    numbers: Vec<NumberSpan>,
    quotes: &[QuoteSpan],
    speakers: Vec<Option<String>>,
) -> Vec<Extraction> {
    let mut out = Vec::with_capacity(numbers.len() + mentions.len() + quotes.len());
    for (m, e) in mentions.iter().zip(entities) {
        out.push(Extraction {
            start: ByteOffset(m.start),
            end: ByteOffset(m.end),
            label: m.label.clone(),
            attrs: Attrs::Entity(e),
        });
    }
    // A number inside a name (`Route 66`) gives way to the name.
    let mut names_sorted: Vec<(usize, usize)> = mentions.iter().map(|m| (m.start, m.end)).collect();
    names_sorted.sort_unstable();
    for n in numbers {
        let k = names_sorted.partition_point(|&(s, _)| s < n.end);
        let overlaps = k > 0
            && names_sorted[..k].iter().rev().take(NAMES_CHECKED_FOR_OVERLAP).any(|&(s, e)| s < n.end && n.start < e);
        if !overlaps {
            out.push(number_extraction(n.start, n.end, n.attrs));
        }
    }
    for (q, sp) in quotes.iter().zip(speakers) {
        out.push(Extraction {
            start: ByteOffset(q.start),
            end: ByteOffset(q.end),
            label: Label::Quote,
            attrs: Attrs::Quote { speaker: sp },
        });
    }
    out.retain(|e| e.start < e.end && text.is_char_boundary(e.start.0) && text.is_char_boundary(e.end.0));
    // Labels only break ties between identical spans: compared last, lazily.
    out.sort_by(|a, b| {
        (a.start, std::cmp::Reverse(a.end))
            .cmp(&(b.start, std::cmp::Reverse(b.end)))
            .then_with(|| a.label.as_str().cmp(b.label.as_str()))
    });
    out.dedup_by(|b, a| a.start == b.start && a.end == b.end && a.label == b.label);
    out
}

/// A NUMBER extraction.
fn number_extraction(start: usize, end: usize, attrs: NumberAttrs) -> Extraction {
    Extraction { start: ByteOffset(start), end: ByteOffset(end), label: Label::Number, attrs: Attrs::Number(attrs) }
}

/// Finds the labelled spans of `text`, sorted by start then longest first.
pub fn extract(text: &str) -> Vec<Extraction> {
    Extractor::default().extract(text)
}

/// Reads `text` as one NUMBER expression, as the extractor would in an
/// article: `12,000`, `$1.4B`, `2.09 billion`, `two to three days`,
/// `June 2, 2025`. `None` unless a single NUMBER covers the whole text
/// (surrounding whitespace aside). The page parses what a user types for a
/// span's value with this, so a typed number and an extracted one agree.
pub fn read_number(text: &str) -> Option<NumberAttrs> {
    let trimmed = text.trim();
    let toks = tokens::tokenize(trimmed);
    let mut found = number::find(trimmed, &toks, None);
    match found.as_slice() {
        [only] if only.start == 0 && only.end == trimmed.len() => found.pop().map(|n| n.attrs),
        _ => None,
    }
}

/// Converts extractions over `text` to a labelled document (code points).
pub fn to_document(id: &str, name: &str, text: &str, found: &[Extraction]) -> Document {
    let ix = OffsetIndex::new(text);
    let mut doc = Document::new(id, name, text);
    for e in found {
        let (Ok(start), Ok(end)) = (ix.byte_to_char(e.start), ix.byte_to_char(e.end)) else { continue };
        let Some(covered) = text.get(e.start.0..e.end.0) else { continue };
        doc.spans.push(Span {
            start,
            end,
            label: e.label.clone(),
            text: covered.to_string(),
            attrs: e.attrs.clone(),
            origin: Origin::Auto,
        });
    }
    doc.sort_spans();
    doc
}

/// Extracts and converts in one step.
pub fn annotate(id: &str, name: &str, text: &str) -> Document {
    to_document(id, name, text, &extract(text))
}

#[cfg(test)]
mod tests {
    use super::*;
    use annotator_schema::{NumberKind, NumberValue};

    /// What a text reads as: kind, value and unit, or nothing.
    type Reading = Option<(NumberKind, NumberValue, Option<&'static str>)>;

    #[test]
    fn read_number_takes_only_a_whole_number_expression() {
        let cases: &[(&str, Reading)] = &[
            ("12,000", Some((NumberKind::Cardinal, NumberValue::Number(12000.0), None))),
            (" 2.09 billion ", Some((NumberKind::Cardinal, NumberValue::Number(2.09e9), None))),
            ("$1.4B", Some((NumberKind::Money, NumberValue::Number(1.4e9), Some("USD")))),
            ("25%", Some((NumberKind::Percent, NumberValue::Number(25.0), Some("percent")))),
            ("June 2, 2025", Some((NumberKind::Date, NumberValue::Date("2025-06-02".into()), None))),
            ("12 and 13", None),
            ("lots", None),
            ("", None),
        ];
        for (text, want) in cases {
            let got = read_number(text).map(|n| (n.kind, n.value.expect("a value"), n.unit));
            let want = want.clone().map(|(k, v, u)| (k, v, u.map(String::from)));
            assert_eq!(got, want, "{text:?}");
        }
    }
}
