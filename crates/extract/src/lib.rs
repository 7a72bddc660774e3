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

use annotator_schema::{
    Attrs, ByteOffset, CharCursor, CharOffset, Document, Label, NumberAttrs, Origin, Span, SpanView,
};

mod entity;
mod lexicon;
mod names;
mod number;
mod order;
mod quote;
mod refresh;
mod sentences;
mod slots;
mod speaker;
mod tokens;

pub use refresh::{keeps_none, reannotate, unchanged};

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
        let mut numbers = number::find(text, &toks, self.year);
        let mut mentions = names::find(text, &toks);
        // Both grew by doubling and live to the end: their unused halves go
        // back (in place) before the stages that allocate the most.
        numbers.shrink_to_fit();
        mentions.shrink_to_fit();
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
        // The per-token tables are done with: freed before the spans are
        // merged, the stage that holds the most (a 10 MB text has two
        // million tokens; the page's wasm memory never shrinks).
        drop((sentences, in_quote, toks));
        merge(text, &mentions, entities, numbers, &quotes, speakers)
    }
}

/// How many of the names starting before a number's end are checked for
/// overlap with it (and of the numbers starting before a name, for a name
/// inside one): spans of one kind do not overlap one another, so the
/// nearest few suffice.
const NAMES_CHECKED_FOR_OVERLAP: usize = 4;

/// All spans in one list, sorted by start then longest first: mentions
/// with their entity, numbers (a number inside a name, `Route 66`, gives way
/// to the name; a name inside a longer number, the `US` of `US$5` or the
/// `Hong Kong` of `5 billion Hong Kong dollars`, or one that is a number
/// word, `Nineteen states sue`, gives way to the number),
/// quotes with their speaker; nothing empty or off a character boundary,
/// no duplicates.
fn merge(
    text: &str,
    mentions: &[Mention],
    entities: Vec<String>,
    mut numbers: Vec<NumberSpan>,
    quotes: &[QuoteSpan],
    speakers: Vec<Option<String>>,
) -> Vec<Extraction> {
    let mut out = Vec::with_capacity(numbers.len() + mentions.len() + quotes.len());
    order::sort_by_key(&mut numbers, |n| (n.start, 0));
    // The numbers starting at or before a mention: found by walking on
    // from the last mention's, as mentions come sorted by start (a binary
    // search per mention was most of the merge), searched afresh only if
    // one starts before the last.
    let mut k = 0;
    let mut at_or_before = |at: usize| {
        if k > 0 && numbers[k - 1].start > at {
            k = numbers.partition_point(|n| n.start <= at);
        }
        while k < numbers.len() && numbers[k].start <= at {
            k += 1;
        }
        k
    };
    let mut inside_a_number = |m: &Mention| {
        let k = at_or_before(m.start);
        numbers[..k].iter().rev().take(NAMES_CHECKED_FOR_OVERLAP).any(|n| {
            let longer = n.end - n.start > m.end - m.start;
            // A number word taken for a name (`Nineteen states sue`).
            let word = n.start == m.start && text[n.start..].starts_with(char::is_alphabetic);
            m.end <= n.end && (longer || word)
        })
    };
    let mut kept = Vec::with_capacity(mentions.len());
    for (m, e) in mentions.iter().zip(entities) {
        if inside_a_number(m) {
            continue;
        }
        kept.push((m.start, m.end));
        out.push(Extraction {
            start: ByteOffset(m.start),
            end: ByteOffset(m.end),
            label: m.label.clone(),
            attrs: Attrs::Entity(e),
        });
    }
    // A number inside a name (`Route 66`) gives way to the name.
    let mut names_sorted = kept;
    order::sort_by_key(&mut names_sorted, |&span| span);
    // The names starting before a number's end, walked as above.
    let mut k = 0;
    for n in numbers {
        if k > 0 && names_sorted[k - 1].0 >= n.end {
            k = names_sorted.partition_point(|&(s, _)| s < n.end);
        }
        while k < names_sorted.len() && names_sorted[k].0 < n.end {
            k += 1;
        }
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
    sort_in_json_order(&mut out);
    out.dedup_by(|b, a| a.start == b.start && a.end == b.end && a.label == b.label);
    out
}

/// A NUMBER extraction.
fn number_extraction(start: usize, end: usize, attrs: NumberAttrs) -> Extraction {
    Extraction { start: ByteOffset(start), end: ByteOffset(end), label: Label::Number, attrs: Attrs::Number(attrs) }
}

/// The learned name rule's training hooks (the `train` feature): the
/// examples `examples/train_names.rs` learns from, computed by the very
/// feature code the rule runs, and a way to swap the model in-process.
#[cfg(feature = "train")]
pub mod train {
    /// Each candidate of `text` that reaches the learned rule: its byte
    /// span and its feature hashes.
    pub fn examples(text: &str) -> Vec<(usize, usize, Vec<u64>)> {
        crate::names::learning_examples(text, &crate::tokens::tokenize(text))
    }

    /// Uses the model file `bytes` (`None`: the rules alone) until
    /// [`reset_model`].
    pub fn set_model(bytes: Option<&[u8]>) {
        crate::names::set_learned_model(bytes, false);
    }

    /// Goes back to the embedded model.
    pub fn reset_model() {
        crate::names::set_learned_model(None, true);
    }

    /// The number of classes and their order in a model file.
    pub const CLASSES: [&str; 3] = ["PERSON", "PLACE", "NEITHER"];

    /// The model file of `2^bits` buckets of `weights` (bucket-major,
    /// one per class each) with `margins`, as the rule reads it.
    pub fn model_file(bits: u8, margins: [i16; 3], weights: &[i8]) -> Vec<u8> {
        crate::names::learned_model_file(bits, margins, weights)
    }

    /// The bits of a bucket and the weights (bucket-major) of model file
    /// `bytes`; `None` when it is malformed.
    pub fn model_weights(bytes: &[u8]) -> Option<(u32, Vec<i8>)> {
        crate::names::learned_model_weights(bytes)
    }
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
pub fn to_document(id: &str, name: &str, text: &str, found: Vec<Extraction>) -> Document {
    let mut doc = Document::new(id, name, text);
    doc.spans = spans_of(text, found);
    doc
}

/// Extractions over `text` as labelled spans (code points), in the
/// labelled JSON's order.
fn spans_of(text: &str, mut found: Vec<Extraction>) -> Vec<Span> {
    in_json_order(&mut found);
    let mut spans = Vec::with_capacity(found.len());
    convert(text, &mut found, &mut spans);
    spans
}

/// Puts `found` in the labelled JSON's order, by byte offsets (which code
/// points follow, so the spans come out in order). [`Extractor::extract`]'s
/// list is in that order already (`merge` sorts it): asked first, with one
/// comparison a pair; the sort is for other lists (`to_document`'s). It is
/// stable, as `schema::span::sort` is: equal extractions keep their order.
pub fn in_json_order(found: &mut [Extraction]) {
    if !found.is_sorted_by(|a, b| byte_order_key(a) <= byte_order_key(b)) {
        sort_in_json_order(found);
    }
}

/// Sorts `found` stably in [`byte_order_key`]'s order: one copy of the
/// standard library's sort for `merge` and [`in_json_order`] (not the
/// core's [`order`], whose permutation of these large items cost more
/// time). Labels only break ties between identical spans: compared last,
/// lazily.
fn sort_in_json_order(found: &mut [Extraction]) {
    found.sort_by(|a, b| {
        (a.start, std::cmp::Reverse(a.end))
            .cmp(&(b.start, std::cmp::Reverse(b.end)))
            .then_with(|| a.label.as_str().cmp(b.label.as_str()))
    });
}

/// Where extraction `e` lies in code points, and the text it covers: `at`
/// walks `text` from the offset it converted last (cheap for extractions
/// taken in order). `None` for offsets that are not character boundaries
/// of `text` (the core gives none): such an extraction is left out.
fn located<'t>(text: &'t str, at: &mut CharCursor<'_>, e: &Extraction) -> Option<(CharOffset, CharOffset, &'t str)> {
    let (Ok(start), Ok(end)) = (at.byte_to_char(e.start), at.byte_to_char(e.end)) else { return None };
    Some((start, end, text.get(e.start.0..e.end.0)?))
}

/// Pushes each of `found` (sorted by start) onto `spans`, in code points:
/// a cursor walks the text from its start, so a part of a list can be
/// converted on its own. Each extraction's label and attributes move into
/// its span (`found` keeps neither).
fn convert(text: &str, found: &mut [Extraction], spans: &mut Vec<Span>) {
    let mut at = CharCursor::new(text);
    for e in found {
        let Some((start, end, covered)) = located(text, &mut at, e) else { continue };
        spans.push(Span {
            start,
            end,
            // Moved out, a unit label left behind (never a clone of a name).
            label: std::mem::replace(&mut e.label, Label::Quote),
            text: covered.to_string(),
            attrs: std::mem::take(&mut e.attrs),
            origin: Origin::Auto,
        });
    }
}

/// The spans of `found` (extractions over `text`) as the JSON array
/// `schema::json::spans_to_json_chunks` hands on for the spans
/// [`spans_of`] makes of them, the same chunks: each span written straight
/// from its extraction, converted to code points as it is written, without
/// a [`Span`] or a copy of its text.
fn spans_json_of(text: &str, mut found: Vec<Extraction>, each: &mut dyn FnMut(&str)) {
    in_json_order(&mut found);
    annotator_schema::json::spans_to_json_chunks(span_views(text, CharCursor::new(text), &found), each);
}

/// Each of `found` (extractions over `text`, sorted by start) as a span
/// borrowed from it and the text, in code points, converted as it is read:
/// `at` walks forward from where it stands (at or before the first start:
/// the text's start, or a cursor placed in an offset index), so a run of
/// extractions is converted in one pass over its own stretch of text. An
/// extraction off character boundaries is left out, as the conversion to
/// [`Span`]s leaves it. What the page's writer and the CLI's export write
/// from, without a [`Span`] or a copy of its text.
pub fn span_views<'a>(
    text: &'a str,
    mut at: CharCursor<'a>,
    found: &'a [Extraction],
) -> impl Iterator<Item = SpanView<'a>> + 'a {
    found.iter().filter_map(move |e| {
        let (start, end, covered) = located(text, &mut at, e)?;
        Some(SpanView { start, end, label: &e.label, text: covered, attrs: &e.attrs, origin: Origin::Auto })
    })
}

/// [`Span::order_key`] in byte offsets: the same order, as a span's code
/// points follow its bytes.
fn byte_order_key(e: &Extraction) -> (ByteOffset, std::cmp::Reverse<ByteOffset>, &str) {
    (e.start, std::cmp::Reverse(e.end), e.label.as_str())
}

/// Extracts and converts in one step.
pub fn annotate(id: &str, name: &str, text: &str) -> Document {
    // The document's copy of the text first: made after extraction, it
    // went past the top of the memory extraction had used (the page's wasm
    // memory never shrinks; its allocator grows it by the whole request),
    // 8.6 MB more for a 10 MB text; made first, it takes memory that was free.
    let mut doc = Document::new(id, name, text);
    doc.spans = spans_of(text, extract(text));
    doc
}

/// A text that takes extraction through what it loads on first use: the
/// gazetteer, the word lists, the learned rule's model, units and
/// currencies, the genders of given names.
const WARM_UP: &str = "“We agreed,” Kremlin spokesman Dmitry Peskov told reporters in Moscow on June 3, 2025, \
                       of a $1.4 billion deal for 12 km of road. She said Rory O'Donnell had won.";

/// Loads what extraction loads on its first use (the lexicons: about 99M
/// instructions natively, 86M of them the entropy-coded lists' decode), so
/// that a caller with other work first (the CLI reading its files) can have
/// it done on another thread meanwhile. Extraction gives the same spans
/// with or without it. The given names' list and the name model are
/// decoded first: [`warm_up_places`] on a second thread decodes the places'
/// list meanwhile (43M of the 86M), which this takes when it gets there.
pub fn warm_up() {
    std::hint::black_box((lexicon::given_names(), names::learned_model()));
    std::hint::black_box(extract(WARM_UP));
}

/// Decodes the places' list alone: run on a thread beside [`warm_up`], the
/// two decode the lexicons at once (on two cores, the warm-up's wait about
/// halved). Extraction gives the same spans with or without it.
pub fn warm_up_places() {
    std::hint::black_box(lexicon::places());
}

/// The spans [`annotate`] gives `text`, without a document or its copy of
/// the text: what the page's engine export and its extraction worker need
/// (for a 10 MB text, 10 MB less memory at the peak).
pub fn annotate_spans(text: &str) -> Vec<Span> {
    spans_of(text, extract(text))
}

/// The spans [`annotate_spans`] gives `text`, as a compact JSON array of
/// the labelled JSON's span objects handed to `each` a chunk at a time
/// (`schema::json::spans_to_json_chunks`): the page's engine call. Written
/// straight from the extractions; the same bytes as the spans' own JSON.
pub fn annotate_spans_json(text: &str, each: &mut dyn FnMut(&str)) {
    spans_json_of(text, extract(text), each);
}

#[cfg(test)]
mod tests {
    use super::*;
    use annotator_schema::{NumberKind, NumberValue};

    /// The chunks `write` hands on, in order.
    fn chunks(write: impl FnOnce(&mut dyn FnMut(&str))) -> Vec<String> {
        let mut out = Vec::new();
        write(&mut |c: &str| out.push(c.to_string()));
        out
    }

    /// The old way of the page's engine: the spans made, then their JSON.
    fn json_of_spans(spans: &[Span]) -> Vec<String> {
        chunks(|each| annotator_schema::json::spans_to_json_chunks(spans.iter().map(Span::view), each))
    }

    #[test]
    fn the_spans_json_written_from_the_extractions_is_the_spans_own_json() {
        // Characters of two, three and four bytes, emoji of several code
        // points, combining marks, and text that JSON escapes, before and
        // inside spans.
        let line = "“Zoe\u{308} said it \\ twice,” said José Martí in Malmö 😀👩‍👩‍👧 on May 2, 2024.\n\
                    Ame\u{301}lie Dubois paid €1.5 million in São Paulo\t(“that is\tall,” she said).\n";
        let long = line.repeat(1200);
        let texts = ["", "no names here", "名古屋で Kenji Watanabe met 3 people.", line, &long];
        for text in texts {
            let spans = annotate_spans(text);
            let old = json_of_spans(&spans);
            let new = chunks(|each| annotate_spans_json(text, each));
            assert!(new == old, "{:?}: {} chunks, {} before", text.get(..40), new.len(), old.len());
            assert_eq!(new.concat(), annotator_schema::json::spans_to_json(&spans));
        }
        let spans = annotate_spans(line);
        assert!(spans.iter().any(|s| s.text == "José Martí"), "{spans:?}");
        assert!(spans.iter().any(|s| s.text.contains('\t')), "a span with text to escape: {spans:?}");
        let after_emoji = spans.iter().find(|s| s.label.as_str() == "NUMBER").expect("a number after the emoji");
        assert_ne!(after_emoji.start.0, line.find("May").unwrap_or(0), "code points, not bytes");
        assert!(chunks(|each| annotate_spans_json(&long, each)).len() > 1, "a long array in several chunks");
        // A list out of order (not the core's) comes out in the spans' order.
        let mut found = extract(line);
        found.reverse();
        let want = json_of_spans(&spans_of(line, found.clone()));
        assert_eq!(want, json_of_spans(&spans));
        assert_eq!(chunks(|each| spans_json_of(line, found, each)), want);
    }

    /// What a text reads as: kind, value and unit, or nothing.
    type Reading = Option<(NumberKind, NumberValue, Option<&'static str>)>;

    #[test]
    fn a_name_inside_a_longer_number_gives_way_and_a_number_inside_a_name_too() {
        let text = "The phone costs US$1,299 in the US, and Route 66 runs west.";
        let found = extract(text);
        let spans: Vec<(&str, &str)> = found.iter().map(|e| (e.label.as_str(), &text[e.start.0..e.end.0])).collect();
        assert!(spans.contains(&("NUMBER", "US$1,299")), "{spans:?}");
        // The `US` of `US$` is no place; the one after `in the` still is.
        assert_eq!(spans.iter().filter(|s| s.1 == "US").count(), 1, "{spans:?}");
        assert!(!spans.iter().any(|&(l, t)| l == "NUMBER" && t == "66"), "{spans:?}");
        let text = "Nineteen states sue";
        let found = extract(text);
        let labels: Vec<&str> = found.iter().map(|e| e.label.as_str()).collect();
        assert_eq!(labels, ["NUMBER"], "a number word is no name");
    }

    #[test]
    fn spans_come_in_the_labelled_order_whatever_the_order_of_the_extractions() {
        // Code points differ from bytes after the emoji; two extractions
        // share a span and differ by label only.
        let text = "😀 “Dmitry Peskov said Moscow paid $5,” Anna Ivanova wrote from Kyiv.";
        let mut found = extract(text);
        let paid = text.find("paid").unwrap();
        for label in [Label::Place, Label::Number] {
            found.push(Extraction { start: ByteOffset(paid), end: ByteOffset(paid + 4), label, attrs: Attrs::None });
        }
        found.sort_by(|a, b| byte_order_key(a).cmp(&byte_order_key(b)));
        let in_order = spans_of(text, found.clone());
        assert!(in_order.len() >= 6, "{in_order:?}");
        assert!(in_order.windows(2).all(|w| w[0].order_key() < w[1].order_key()), "{in_order:?}");
        found.reverse();
        assert_eq!(spans_of(text, found), in_order);
    }

    #[test]
    fn read_number_takes_only_a_whole_number_expression() {
        let cases: &[(&str, Reading)] = &[
            ("12,000", Some((NumberKind::Cardinal, NumberValue::Number(12000.0), None))),
            (" 2.09 billion ", Some((NumberKind::Cardinal, NumberValue::Number(2.09e9), None))),
            ("$1.4B", Some((NumberKind::Money, NumberValue::Number(1.4e9), Some("USD")))),
            ("25%", Some((NumberKind::Percent, NumberValue::Number(25.0), Some("percent")))),
            ("June 2, 2025", Some((NumberKind::Date, NumberValue::Date("2025-06-02".into()), None))),
            ("256GB", Some((NumberKind::Measure, NumberValue::Number(256.0), Some("GB")))),
            ("46°C", Some((NumberKind::Measure, NumberValue::Number(46.0), Some("°C")))),
            ("NZ$38.5 million", Some((NumberKind::Money, NumberValue::Number(3.85e7), Some("NZD")))),
            ("USD 5", Some((NumberKind::Money, NumberValue::Number(5.0), Some("USD")))),
            ("14p", Some((NumberKind::Money, NumberValue::Number(0.14), Some("GBP")))),
            ("5G", None),
            ("-5C", Some((NumberKind::Measure, NumberValue::Number(-5.0), Some("°C")))),
            ("minus 5", Some((NumberKind::Cardinal, NumberValue::Number(-5.0), None))),
            (".500", Some((NumberKind::Cardinal, NumberValue::Number(0.5), None))),
            ("6.02e23", Some((NumberKind::Cardinal, NumberValue::Number(6.02e23), None))),
            ("1.6 x 10^-19", Some((NumberKind::Cardinal, NumberValue::Number(1.6e-19), None))),
            ("two-thirds", Some((NumberKind::Cardinal, NumberValue::Number(0.6667), None))),
            ("1½", Some((NumberKind::Cardinal, NumberValue::Number(1.5), None))),
            ("1/16 inch", Some((NumberKind::Measure, NumberValue::Number(0.0625), Some("inch")))),
            ("one in five", Some((NumberKind::Cardinal, NumberValue::Number(0.2), None))),
            ("half an hour", Some((NumberKind::Measure, NumberValue::Number(0.5), Some("hour")))),
            ("four to five thousand", Some((NumberKind::Range, NumberValue::Range { min: 4000.0, max: 5000.0 }, None))),
            ("$3-4 billion", Some((NumberKind::Range, NumberValue::Range { min: 3e9, max: 4e9 }, Some("USD")))),
            ("a hundred and seventy", Some((NumberKind::Cardinal, NumberValue::Number(170.0), None))),
            ("3:29.41", Some((NumberKind::Measure, NumberValue::Number(209.41), Some("second")))),
            ("+44 20 7946 0958", None),
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
