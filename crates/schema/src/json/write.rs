//! Writing the labelled JSON straight from the documents.
//!
//! [`Emitter`] writes whole documents and corpora, pretty-printed (as
//! serde_json's `to_string_pretty` would, two spaces a level) or compact,
//! a key or a bracket at a time into one buffer: an export of a 10 MB
//! document writes some 1.7 million lines, and serde's serialiser, which
//! escapes every key and makes several writes for each, cost a quarter of
//! the extraction's time on top of it. [`SpanOut`] serialises one span
//! through serde (the page's saved undo histories hold spans). Both follow
//! one description of a span's fields, [`span_fields`], so they cannot
//! drift apart; the tests check the bytes against serde_json's own.

use std::convert::Infallible;
use std::io;

use serde::ser::{Serialize, SerializeMap, SerializeStruct, Serializer};

use super::{Document, SCHEMA};
use crate::span::{Attrs, NumberAttrs, NumberValue, Span, SpanView};

/// Whole numbers below this magnitude are written as JSON integers
/// (`12000`, not `12000.0`); past it an `f64` no longer holds every integer
/// exactly (2^53 ≈ 9.007e15), so it keeps its float form.
const WHOLE_NUMBER_LIMIT: f64 = 9.0e15;

/// Where a span's fields go, one at a time: serde's struct serialiser
/// ([`SpanOut`]) or the [`Emitter`].
trait Fields {
    type Error;
    fn uint(&mut self, key: Key, n: usize) -> Result<(), Self::Error>;
    fn str(&mut self, key: Key, s: &str) -> Result<(), Self::Error>;
    /// A string of ours that needs no escaping ([`Word`]).
    fn word(&mut self, key: Key, w: &Word) -> Result<(), Self::Error>;
    /// A string, or `null` for `None`.
    fn opt_str(&mut self, key: Key, s: Option<&str>) -> Result<(), Self::Error>;
    fn value(&mut self, key: Key, v: Option<&NumberValue>) -> Result<(), Self::Error>;
    fn yes(&mut self, key: Key) -> Result<(), Self::Error>;
}

/// The longest key block: a quote, the key, a quote, a colon and a space.
const KEY_BLOCK: usize = 16;

/// An object's key (one of ours: plain ASCII, no escaping), with the bytes
/// the [`Emitter`] writes for it made at compile time: `"key": ` padded
/// with spaces to [`KEY_BLOCK`], so it is copied at a fixed length.
#[derive(Clone, Copy)]
struct Key {
    name: &'static str,
    block: [u8; KEY_BLOCK],
    /// The bytes of `"key":` (the compact form; pretty adds the space).
    len: usize,
}

impl Key {
    const fn new(name: &'static str) -> Key {
        let (mut block, quoted) = quoted::<KEY_BLOCK>(name);
        assert!(quoted + 2 <= KEY_BLOCK, "a key, its colon and the space fit its block");
        block[quoted] = b':';
        Key { name, block, len: quoted + 1 }
    }
}

/// `"text"` padded with spaces to `N` bytes, made at compile time, and the
/// length of `"text"`: the block a [`Key`] or a [`Word`] is copied from.
/// `text` must need no escaping (letters, digits, `_`).
const fn quoted<const N: usize>(text: &str) -> ([u8; N], usize) {
    let b = text.as_bytes();
    assert!(b.len() + 2 <= N, "the quoted text fits its block");
    let mut block = [b' '; N];
    block[0] = b'"';
    let mut i = 0;
    while i < b.len() {
        assert!(b[i].is_ascii_alphanumeric() || b[i] == b'_', "the text needs no escaping");
        block[i + 1] = b[i];
        i += 1;
    }
    block[b.len() + 1] = b'"';
    (block, b.len() + 2)
}

/// The longest word block: a quote, the word, a quote.
const WORD_BLOCK: usize = 16;

/// A string value of ours (a built-in label, an origin, a number's kind:
/// plain ASCII, no escaping) with its bytes made at compile time: `"word"`
/// padded with spaces to [`WORD_BLOCK`], copied at a fixed length like a
/// [`Key`]. Three of a span's strings are such words; written through
/// [`Emitter::string`] they cost it a scan and a `memcpy` call each.
struct Word {
    text: &'static str,
    block: [u8; WORD_BLOCK],
    /// The bytes of `"word"`.
    len: usize,
}

impl Word {
    const fn new(text: &'static str) -> Word {
        let (block, len) = quoted::<WORD_BLOCK>(text);
        Word { text, block, len }
    }
}

/// The words: each value of the labelled JSON that needs no escaping, as
/// `as_str` spells it (a test holds them equal).
mod word {
    use super::Word;
    use crate::span::{NumberKind, Origin};
    use crate::Label;

    /// A built-in label's word; `None` for a user's (written escaped).
    pub(super) fn label(label: &Label) -> Option<&'static Word> {
        const PERSON: Word = Word::new("PERSON");
        const PLACE: Word = Word::new("PLACE");
        const NUMBER: Word = Word::new("NUMBER");
        const QUOTE: Word = Word::new("QUOTE");
        match label {
            Label::Person => Some(&PERSON),
            Label::Place => Some(&PLACE),
            Label::Number => Some(&NUMBER),
            Label::Quote => Some(&QUOTE),
            Label::Other(_) => None,
        }
    }

    pub(super) fn origin(origin: Origin) -> &'static Word {
        const AUTO: Word = Word::new("auto");
        const USER: Word = Word::new("user");
        match origin {
            Origin::Auto | Origin::Checked => &AUTO,
            Origin::User => &USER,
        }
    }

    pub(super) fn kind(kind: NumberKind) -> &'static Word {
        const CARDINAL: Word = Word::new("cardinal");
        const ORDINAL: Word = Word::new("ordinal");
        const PERCENT: Word = Word::new("percent");
        const MONEY: Word = Word::new("money");
        const MEASURE: Word = Word::new("measure");
        const RANGE: Word = Word::new("range");
        const DATE: Word = Word::new("date");
        match kind {
            NumberKind::Cardinal => &CARDINAL,
            NumberKind::Ordinal => &ORDINAL,
            NumberKind::Percent => &PERCENT,
            NumberKind::Money => &MONEY,
            NumberKind::Measure => &MEASURE,
            NumberKind::Range => &RANGE,
            NumberKind::Date => &DATE,
        }
    }
}

/// Every key the labelled JSON writes.
mod key {
    use super::Key;
    pub(super) const SCHEMA: Key = Key::new("schema");
    pub(super) const DOCUMENTS: Key = Key::new("documents");
    pub(super) const ID: Key = Key::new("id");
    pub(super) const NAME: Key = Key::new("name");
    pub(super) const TEXT: Key = Key::new("text");
    pub(super) const REVIEWED: Key = Key::new("reviewed");
    pub(super) const ANNOTATOR: Key = Key::new("annotator");
    pub(super) const MODIFIED: Key = Key::new("modified");
    pub(super) const SPANS: Key = Key::new("spans");
    pub(super) const START: Key = Key::new("start");
    pub(super) const END: Key = Key::new("end");
    pub(super) const LABEL: Key = Key::new("label");
    pub(super) const ENTITY: Key = Key::new("entity");
    pub(super) const KIND: Key = Key::new("kind");
    pub(super) const VALUE: Key = Key::new("value");
    pub(super) const UNIT: Key = Key::new("unit");
    pub(super) const SPEAKER: Key = Key::new("speaker");
    pub(super) const ORIGIN: Key = Key::new("origin");
    pub(super) const CHECKED: Key = Key::new("checked");
    pub(super) const MAX: Key = Key::new("max");
    pub(super) const MIN: Key = Key::new("min");
}

/// A span's fields in the labelled JSON's order: optional fields appear
/// only for the labels that have them, `speaker`/`value`/`unit` may be an
/// explicit `null`, and `checked` appears only when true.
fn span_fields<F: Fields>(span: SpanView<'_>, f: &mut F) -> Result<(), F::Error> {
    f.uint(key::START, span.start.0)?;
    f.uint(key::END, span.end.0)?;
    match word::label(span.label) {
        Some(w) => f.word(key::LABEL, w)?,
        None => f.str(key::LABEL, span.label.as_str())?,
    }
    f.str(key::TEXT, span.text)?;
    match span.attrs {
        Attrs::None => {}
        Attrs::Entity(entity) => f.str(key::ENTITY, entity)?,
        Attrs::Number(NumberAttrs { kind, value, unit }) => {
            f.word(key::KIND, word::kind(*kind))?;
            f.value(key::VALUE, value.as_ref())?;
            f.opt_str(key::UNIT, unit.as_deref())?;
        }
        Attrs::Quote { speaker } => f.opt_str(key::SPEAKER, speaker.as_deref())?,
    }
    f.word(key::ORIGIN, word::origin(span.origin))?;
    if span.origin.checked() {
        f.yes(key::CHECKED)?;
    }
    Ok(())
}

/// The number of fields [`span_fields`] gives at most, for serde's length
/// hint.
const SPAN_FIELDS: usize = 9;

/// One span object, through serde.
pub(super) struct SpanOut<'a>(pub &'a Span);

/// serde's struct serialiser as a [`Fields`].
struct SerdeFields<M>(M);

impl<M: SerializeStruct> Fields for SerdeFields<M> {
    type Error = M::Error;
    fn uint(&mut self, key: Key, n: usize) -> Result<(), M::Error> {
        self.0.serialize_field(key.name, &n)
    }
    fn str(&mut self, key: Key, s: &str) -> Result<(), M::Error> {
        self.0.serialize_field(key.name, s)
    }
    fn word(&mut self, key: Key, w: &Word) -> Result<(), M::Error> {
        self.0.serialize_field(key.name, w.text)
    }
    fn opt_str(&mut self, key: Key, s: Option<&str>) -> Result<(), M::Error> {
        self.0.serialize_field(key.name, &s)
    }
    fn value(&mut self, key: Key, v: Option<&NumberValue>) -> Result<(), M::Error> {
        self.0.serialize_field(key.name, &ValueOut(v))
    }
    fn yes(&mut self, key: Key) -> Result<(), M::Error> {
        self.0.serialize_field(key.name, &true)
    }
}

impl Serialize for SpanOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut fields = SerdeFields(s.serialize_struct("Span", SPAN_FIELDS)?);
        span_fields(self.0.view(), &mut fields)?;
        fields.0.end()
    }
}

/// A NUMBER's value: a number, a `{"max","min"}` range or a date string;
/// `None` writes `null`.
pub(super) struct ValueOut<'a>(pub Option<&'a NumberValue>);

/// A number as the labelled JSON writes it (see [`WHOLE_NUMBER_LIMIT`]).
struct NumberOut(f64);

impl Serialize for ValueOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            None => s.serialize_unit(),
            Some(NumberValue::Number(x)) => NumberOut(*x).serialize(s),
            Some(NumberValue::Range { min, max }) => {
                // Keys in sorted order, as a `serde_json::Map` keeps them.
                let mut m = s.serialize_map(Some(2))?;
                m.serialize_entry("max", &NumberOut(*max))?;
                m.serialize_entry("min", &NumberOut(*min))?;
                m.end()
            }
            Some(NumberValue::Date(date)) => s.serialize_str(date),
        }
    }
}

impl Serialize for NumberOut {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let x = self.0;
        if x.fract() == 0.0 && x.abs() < WHOLE_NUMBER_LIMIT {
            // Whole and within ±2^53: the cast is exact.
            s.serialize_i64(x as i64)
        } else if x.is_finite() {
            s.serialize_f64(x)
        } else {
            // JSON has no NaN or infinity.
            s.serialize_unit()
        }
    }
}

/// A comma, a line break and spaces for indentation: the separator before
/// a pretty-printed value is a slice of it, written at once (deeper levels
/// than it holds are written a slice at a time).
const NEWLINE: &[u8; 66] = b",\n                                                                ";
/// Spaces a level, as serde_json's `to_string_pretty` indents.
const INDENT: usize = 2;

/// How much the [`Emitter`] holds before it hands its buffer to its
/// output: large enough that each write to a file or a pipe is a large one.
const CHUNK: usize = 256 * 1024;

/// What serde_json writes for each byte of a string: 0 for the byte
/// itself, `u` for `\u00XX`, or the letter after a backslash.
const ESCAPE: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 0x20 {
        table[b] = b'u';
        b += 1;
    }
    table[0x08] = b'b';
    table[0x09] = b't';
    table[0x0A] = b'n';
    table[0x0C] = b'f';
    table[0x0D] = b'r';
    table[b'"' as usize] = b'"';
    table[b'\\' as usize] = b'\\';
    table
};

/// Each byte of a word holding this value, for the tests of
/// [`needs_escape`].
const ONES: u64 = u64::from_le_bytes([0x01; 8]);
/// The high bit of each byte of a word.
const HIGHS: u64 = u64::from_le_bytes([0x80; 8]);

/// Whether one of the eight bytes of `word` is one [`ESCAPE`] escapes: a
/// control character (below 0x20), `"` or `\\`. A byte is below `n` when
/// subtracting `n` borrows into its high bit while the byte's own high
/// bit was clear; a byte equals `c` when it XOR `c` is below 1. A borrow
/// can only come from a lower byte that already matched, so the test never
/// misses and never fires for a word with no such byte.
fn needs_escape(word: u64) -> bool {
    let below = |x: u64, n: u8| x.wrapping_sub(ONES * u64::from(n)) & !x & HIGHS;
    (below(word, 0x20) | below(word ^ (ONES * u64::from(b'"')), 1) | below(word ^ (ONES * u64::from(b'\\')), 1)) != 0
}

/// Lower-case hexadecimal digits, as serde_json writes `\u00XX`.
const HEX: &[u8; 16] = b"0123456789abcdef";

/// Writes labelled JSON into one buffer, handed to an output in chunks of
/// [`CHUNK`] bytes if it has one. Separators and indentation follow
/// serde_json's `PrettyFormatter` (pretty) or `CompactFormatter`.
pub(super) struct Emitter<'o> {
    pub(super) buf: Vec<u8>,
    pretty: bool,
    /// Open objects and arrays.
    level: usize,
    /// Whether the innermost open object or array has a value yet.
    has_value: bool,
    out: Out<'o>,
    /// The output's first error; later chunks are dropped.
    error: Option<io::Error>,
}

/// Where an [`Emitter`]'s chunks go.
enum Out<'o> {
    /// Nowhere: everything stays in the buffer.
    Memory,
    /// Into a writer (a file, standard output).
    Writer(&'o mut dyn io::Write),
    /// To a function, as text: a chunk always ends after a whole value,
    /// so it is whole UTF-8.
    Text(&'o mut dyn FnMut(&str)),
}

impl<'o> Emitter<'o> {
    /// Everything stays in the buffer ([`Emitter::into_string`]).
    pub(super) fn in_memory(pretty: bool, capacity: usize) -> Self {
        Emitter::new(pretty, capacity, Out::Memory)
    }

    /// Written into `out` in chunks ([`Emitter::finish`]).
    pub(super) fn into_output(pretty: bool, out: &'o mut dyn io::Write) -> Self {
        Emitter::new(pretty, CHUNK, Out::Writer(out))
    }

    /// Handed to `each` as text, in chunks ([`Emitter::finish`]).
    pub(super) fn into_text(pretty: bool, each: &'o mut dyn FnMut(&str)) -> Self {
        Emitter::new(pretty, CHUNK, Out::Text(each))
    }

    fn new(pretty: bool, capacity: usize, out: Out<'o>) -> Self {
        Emitter { buf: Vec::with_capacity(capacity), pretty, level: 0, has_value: false, out, error: None }
    }

    /// What was written. Only the emitter writes into its buffer, and it
    /// writes whole UTF-8 strings and ASCII, so the fallback is never taken.
    pub(super) fn into_string(self) -> String {
        String::from_utf8(self.buf).unwrap_or_default()
    }

    /// Hands the rest to the output and flushes it; the output's first
    /// error, if it had one.
    pub(super) fn finish(mut self) -> io::Result<()> {
        if let Some(e) = self.error.take() {
            return Err(e);
        }
        match std::mem::replace(&mut self.out, Out::Memory) {
            Out::Writer(out) => out.write_all(&self.buf).and_then(|()| out.flush()),
            Out::Text(each) => {
                each(whole_text(&self.buf));
                Ok(())
            }
            Out::Memory => Ok(()),
        }
    }

    /// Hands the buffer to the output once it holds a chunk. Called only
    /// after a whole value.
    fn spill(&mut self) {
        if self.buf.len() < CHUNK {
            return;
        }
        match &mut self.out {
            Out::Memory => return,
            Out::Writer(out) => {
                if self.error.is_none() {
                    self.error = out.write_all(&self.buf).err();
                }
            }
            Out::Text(each) => each(whole_text(&self.buf)),
        }
        self.buf.clear();
    }

    pub(super) fn corpus(&mut self, docs: &[Document]) {
        self.corpus_open();
        for d in docs {
            self.item();
            self.document(d);
        }
        self.close(b']');
        self.close(b'}');
    }

    /// A corpus's opening brace, its schema, and its documents' key and
    /// opening bracket.
    fn corpus_open(&mut self) {
        self.open(b'{');
        self.key(key::SCHEMA);
        self.string(SCHEMA);
        self.key(key::DOCUMENTS);
        self.open(b'[');
    }

    /// One document object, fields in the labelled JSON's order.
    pub(super) fn document(&mut self, d: &Document) {
        self.document_head(d);
        self.document_fields(d);
        self.spans(d.spans.iter().map(Span::view));
        self.close(b'}');
        self.spill();
    }

    /// A document's opening brace and the fields before its review state:
    /// its id, name and text (known before its spans are).
    pub(super) fn document_head(&mut self, d: &Document) {
        self.open(b'{');
        self.key(key::ID);
        self.string(&d.id);
        self.key(key::NAME);
        self.string(&d.name);
        self.key(key::TEXT);
        self.long_string(&d.text);
    }

    /// A document's fields after its text, up to its spans' key: its
    /// review state, annotator and time of edit.
    pub(super) fn document_fields(&mut self, d: &Document) {
        self.key(key::REVIEWED);
        self.buf.extend_from_slice(if d.reviewed { b"true" } else { b"false" });
        if let Some(annotator) = &d.annotator {
            self.key(key::ANNOTATOR);
            self.string(annotator);
        }
        if let Some(modified) = &d.modified {
            self.key(key::MODIFIED);
            self.string(modified);
        }
        self.key(key::SPANS);
    }

    /// A line break between two top-level values (JSON Lines).
    pub(super) fn line_break(&mut self) {
        self.buf.push(b'\n');
    }

    /// An array of span objects.
    pub(super) fn spans<'s>(&mut self, spans: impl IntoIterator<Item = SpanView<'s>>) {
        self.open(b'[');
        for span in spans {
            self.item();
            self.span(span);
            self.spill();
        }
        self.close(b']');
    }

    /// One span object.
    pub(super) fn span(&mut self, span: SpanView<'_>) {
        self.open(b'{');
        let Ok(()) = span_fields(span, self);
        self.close(b'}');
    }

    /// Compact, writing after what `out` holds (`buf` is then `out` with
    /// the rest).
    pub(super) fn after(out: Vec<u8>) -> Self {
        Emitter { buf: out, ..Emitter::in_memory(false, 0) }
    }

    /// Writing after what `out` holds, from inside `level` open objects
    /// and arrays, the innermost with a value already when `has_value`:
    /// where a piece of a larger value begins (`buf` is then `out` with
    /// the piece).
    pub(super) fn resume(out: Vec<u8>, pretty: bool, level: usize, has_value: bool) -> Self {
        Emitter { buf: out, level, has_value, ..Emitter::in_memory(pretty, 0) }
    }

    fn open(&mut self, bracket: u8) {
        self.level += 1;
        self.has_value = false;
        self.buf.push(bracket);
    }

    fn close(&mut self, bracket: u8) {
        self.level = self.level.saturating_sub(1);
        if self.has_value {
            self.newline(false);
        }
        self.buf.push(bracket);
        self.has_value = true;
    }

    /// The separator before a value: a comma after an earlier one, then
    /// (pretty) a new line indented to the level. Inlined: compact, it is
    /// a comma at most, which a call cost several times over (the page's
    /// engine and the JSON Lines write compact; callgrind).
    #[inline]
    fn newline(&mut self, comma: bool) {
        if !self.pretty {
            if comma {
                self.buf.push(b',');
            }
            return;
        }
        self.indented(comma);
    }

    /// [`Emitter::newline`], pretty: the comma, the line break and the indent.
    fn indented(&mut self, comma: bool) {
        let from = usize::from(!comma);
        let mut left = self.level * INDENT;
        if left <= NEWLINE.len() - 2 {
            // The whole separator, copied at a fixed length and cut to size:
            // a copy of known length is a few stores, where one of the
            // separator's own length called `memcpy` (callgrind).
            // `,` (after a value) and the line break, then the indent.
            let end = self.buf.len() + 2 - from + left;
            if comma {
                self.buf.extend_from_slice(NEWLINE);
            } else {
                self.buf.extend_from_slice(&NEWLINE[1..]);
            }
            self.buf.truncate(end);
            return;
        }
        let spaces = &NEWLINE[2..];
        let first = left.min(spaces.len());
        self.buf.extend_from_slice(&NEWLINE[from..2 + first]);
        left -= first;
        while left > 0 {
            let n = left.min(spaces.len());
            self.buf.extend_from_slice(&spaces[..n]);
            left -= n;
        }
    }

    /// Before an array's next value.
    fn item(&mut self) {
        self.newline(self.has_value);
        self.has_value = true;
    }

    /// An object's next key (ours, which need no escaping) and its colon:
    /// the key's whole block copied at its fixed length and cut to size (a
    /// copy of the key's own length called `memcpy`, callgrind).
    fn key(&mut self, key: Key) {
        self.item();
        let end = self.buf.len() + key.len + usize::from(self.pretty);
        self.buf.extend_from_slice(&key.block);
        self.buf.truncate(end);
    }

    /// A number in [`NumberOut`]'s form, by serde_json's own number
    /// writing. Writing a number into a `Vec` cannot fail.
    fn number(&mut self, x: f64) {
        let _ = serde_json::to_writer(&mut self.buf, &NumberOut(x));
    }

    /// A JSON string, escaped as serde_json escapes it.
    pub(super) fn string(&mut self, s: &str) {
        self.buf.reserve(s.len() + 2);
        self.buf.push(b'"');
        self.escaped(s.as_bytes());
        self.buf.push(b'"');
    }

    /// A long string, as [`Emitter::string`] writes it; into a writer
    /// output, handed on a [`CHUNK`] of the text at a time as it is escaped,
    /// so a document's text is never held whole a second time (the output
    /// is bytes: a chunk may end inside a character).
    fn long_string(&mut self, s: &str) {
        if !matches!(self.out, Out::Writer(_)) {
            return self.string(s);
        }
        self.buf.push(b'"');
        for part in s.as_bytes().chunks(CHUNK) {
            self.escaped(part);
            self.spill();
        }
        self.buf.push(b'"');
    }

    /// `bytes` escaped as serde_json escapes a string's, without quotes.
    /// Each byte's escape is its own (the bytes of a character beyond
    /// ASCII are never escaped), so a string escaped in parts is the
    /// string escaped whole.
    fn escaped(&mut self, bytes: &[u8]) {
        // Bytes before `run` are written; those from `run` to `i` need no
        // escape.
        let mut run = 0;
        let mut i = 0;
        while i < bytes.len() {
            // Eight bytes at a time past those that need no escape (most
            // strings have none): the last word padded with spaces, so a
            // short string is one test.
            let (word, n) = match bytes.get(i..i + 8) {
                Some(w) => (w.try_into().map_or(0, u64::from_le_bytes), 8),
                None => (padded_word(&bytes[i..]), bytes.len() - i),
            };
            if !needs_escape(word) {
                i += n;
                continue;
            }
            // The word holds one: its bytes one at a time.
            for _ in 0..n {
                let b = bytes[i];
                i += 1;
                let escape = ESCAPE[usize::from(b)];
                if escape == 0 {
                    continue;
                }
                self.buf.extend_from_slice(&bytes[run..i - 1]);
                if escape == b'u' {
                    let code = [b'\\', b'u', b'0', b'0', HEX[usize::from(b >> 4)], HEX[usize::from(b & 0xF)]];
                    self.buf.extend_from_slice(&code);
                } else {
                    self.buf.extend_from_slice(&[b'\\', escape]);
                }
                run = i;
            }
        }
        self.buf.extend_from_slice(&bytes[run..]);
    }
}

/// The bytes [`Emitter::string`] writes for `s`, its quotes included:
/// what to reserve for a long text so that its buffer is made once, at
/// its size. Counted as the string is written, eight bytes at a time past
/// those that need no escape.
pub(super) fn string_len(s: &str) -> usize {
    let bytes = s.as_bytes();
    let mut len = bytes.len() + 2;
    let mut words = bytes.chunks_exact(8);
    for w in &mut words {
        let word = w.try_into().map_or(0, u64::from_le_bytes);
        if needs_escape(word) {
            len += w.iter().map(|&b| escape_extra(b)).sum::<usize>();
        }
    }
    len + words.remainder().iter().map(|&b| escape_extra(b)).sum::<usize>()
}

/// The bytes an escape adds to byte `b`: none, one for a backslash and a
/// letter, five for `\u00XX`.
fn escape_extra(b: u8) -> usize {
    match ESCAPE[usize::from(b)] {
        0 => 0,
        b'u' => 5,
        _ => 1,
    }
}

/// The emitter's buffer as text. It holds whole values only (whole UTF-8
/// strings and ASCII) when it is handed on, so the fallback is never taken.
fn whole_text(buf: &[u8]) -> &str {
    std::str::from_utf8(buf).unwrap_or_default()
}

/// Fewer than eight bytes as a little-endian word, the missing bytes
/// spaces (which need no escape): read as two overlapping loads of four or
/// two bytes (the overlap ORs a byte with itself), without a copy.
fn padded_word(b: &[u8]) -> u64 {
    let n = b.len();
    let word = if let (Some(a), Some(z)) = (b.first_chunk::<4>(), b.last_chunk::<4>()) {
        u64::from(u32::from_le_bytes(*a)) | u64::from(u32::from_le_bytes(*z)) << (8 * (n - 4))
    } else if let (Some(a), Some(z)) = (b.first_chunk::<2>(), b.last_chunk::<2>()) {
        u64::from(u16::from_le_bytes(*a)) | u64::from(u16::from_le_bytes(*z)) << (8 * (n - 2))
    } else {
        b.first().map_or(0, |&x| u64::from(x))
    };
    // Spaces in the bytes past `n` (n < 8, so the shift is under 64).
    let spaces = (ONES * u64::from(b' ')).checked_shl(8 * n as u32).unwrap_or(0);
    word | spaces
}

impl Fields for Emitter<'_> {
    type Error = Infallible;
    #[inline]
    fn uint(&mut self, key: Key, n: usize) -> Result<(), Infallible> {
        self.key(key);
        self.buf.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
        Ok(())
    }
    #[inline]
    fn str(&mut self, key: Key, s: &str) -> Result<(), Infallible> {
        self.key(key);
        self.string(s);
        Ok(())
    }
    /// The key's block and the word's, each copied at its fixed length
    /// and cut to size.
    #[inline]
    fn word(&mut self, key: Key, w: &Word) -> Result<(), Infallible> {
        self.key(key);
        let end = self.buf.len() + w.len;
        self.buf.extend_from_slice(&w.block);
        self.buf.truncate(end);
        Ok(())
    }
    #[inline]
    fn opt_str(&mut self, key: Key, s: Option<&str>) -> Result<(), Infallible> {
        match s {
            Some(s) => self.str(key, s),
            None => {
                self.key(key);
                self.buf.extend_from_slice(b"null");
                Ok(())
            }
        }
    }
    fn value(&mut self, key: Key, v: Option<&NumberValue>) -> Result<(), Infallible> {
        self.key(key);
        match v {
            None => self.buf.extend_from_slice(b"null"),
            Some(NumberValue::Number(x)) => self.number(*x),
            Some(NumberValue::Range { min, max }) => {
                // Keys in sorted order, as [`ValueOut`] writes them.
                self.open(b'{');
                self.key(key::MAX);
                self.number(*max);
                self.key(key::MIN);
                self.number(*min);
                self.close(b'}');
            }
            Some(NumberValue::Date(date)) => self.string(date),
        }
        Ok(())
    }
    #[inline]
    fn yes(&mut self, key: Key) -> Result<(), Infallible> {
        self.key(key);
        self.buf.extend_from_slice(b"true");
        Ok(())
    }
}

/// Where a document object opens in a pretty corpus: inside the corpus
/// object and its `documents` array.
pub(super) const CORPUS_DOCUMENT_LEVEL: usize = 2;

/// Where a document's pieces go: pretty or compact, the document object
/// opening inside `level` objects and arrays (a corpus's document: pretty,
/// [`CORPUS_DOCUMENT_LEVEL`]; a line of JSON Lines: compact, 0).
#[derive(Clone, Copy)]
pub(super) struct Place {
    pub(super) pretty: bool,
    pub(super) level: usize,
}

/// The pretty corpus's opening: `{`, its schema and the `documents` key
/// and bracket (the first piece of [`super::pieces`]).
pub(super) fn corpus_start(out: Vec<u8>) -> Vec<u8> {
    let mut e = Emitter::resume(out, true, 0, false);
    e.corpus_open();
    e.buf
}

/// Document number `nth`'s separator, opening brace, id, name and text.
pub(super) fn document_start(out: Vec<u8>, at: Place, nth: usize, d: &Document) -> Vec<u8> {
    let mut e = Emitter::resume(out, at.pretty, at.level, nth > 0);
    e.item();
    e.document_head(d);
    e.buf
}

/// What [`document_start`] writes, into `out` as it is made: its text a
/// [`CHUNK`] at a time, never held whole.
pub(super) fn document_start_to(out: &mut dyn io::Write, at: Place, nth: usize, d: &Document) -> io::Result<()> {
    let mut e = Emitter::into_output(at.pretty, out);
    (e.level, e.has_value) = (at.level, nth > 0);
    e.item();
    e.document_head(d);
    e.finish()
}

/// The bytes [`document_start`] writes for `d`, at most: what to reserve.
pub(super) fn document_start_len(d: &Document) -> usize {
    // The separator and brace, the keys and their indents: under 128 bytes.
    const FRAME: usize = 128;
    FRAME + string_len(&d.id) + string_len(&d.name) + string_len(&d.text)
}

/// A document's fields after its text, and its spans' opening bracket.
pub(super) fn document_fields(out: Vec<u8>, at: Place, d: &Document) -> Vec<u8> {
    let mut e = Emitter::resume(out, at.pretty, at.level + 1, true);
    e.document_fields(d);
    e.open(b'[');
    e.buf
}

/// A run of a document's spans, each with the separator before it; the
/// first of the document's spans when `first`.
pub(super) fn spans_run<'s>(
    out: Vec<u8>,
    at: Place,
    spans: impl IntoIterator<Item = SpanView<'s>>,
    first: bool,
) -> Vec<u8> {
    let mut e = Emitter::resume(out, at.pretty, at.level + 2, !first);
    for span in spans {
        e.item();
        e.span(span);
    }
    e.buf
}

/// A document's closing bracket and brace, after its spans (`any_spans`
/// when it has one).
pub(super) fn document_end(out: Vec<u8>, at: Place, any_spans: bool) -> Vec<u8> {
    let mut e = Emitter::resume(out, at.pretty, at.level + 2, any_spans);
    e.close(b']');
    e.close(b'}');
    e.buf
}

/// The pretty corpus's closing, after its documents (`any_documents` when
/// it has one).
pub(super) fn corpus_end(out: Vec<u8>, any_documents: bool) -> Vec<u8> {
    let mut e = Emitter::resume(out, true, CORPUS_DOCUMENT_LEVEL, any_documents);
    e.close(b']');
    e.close(b'}');
    e.buf
}

/// A compact span object's bytes besides its texts: the keys, the
/// punctuation, two offsets, a label, an origin and a number's kind and
/// unit (`{"start":1234567,"end":1234580,"label":"NUMBER","text":…}` with
/// its other fields runs to 60–110).
const COMPACT_SPAN_BYTES: usize = 112;

/// The capacity to reserve for `spans` as a compact array: each span's
/// text, again for an entity or a speaker (which mostly repeat or extend
/// it), and [`COMPACT_SPAN_BYTES`]. Reserved once, a large array's buffer
/// never doubles: a doubling from 32 to 64 MB is what set the page's wasm
/// memory peak for a 10 MB article (a wasm memory never shrinks).
pub(super) fn spans_capacity(spans: &[Span]) -> usize {
    spans.iter().map(|s| 2 * s.text.len() + COMPACT_SPAN_BYTES).sum::<usize>() + 2
}

/// Bytes to reserve for one NUMBER's attributes: the longest kind, a
/// range of two long numbers and a unit fit.
const NUMBER_ATTRS_BYTES: usize = 96;

/// A NUMBER's attributes as one compact object, keys in sorted order.
pub(super) fn number_attrs(n: &NumberAttrs) -> String {
    let mut e = Emitter::in_memory(false, NUMBER_ATTRS_BYTES);
    e.open(b'{');
    let Ok(()) = e.word(key::KIND, word::kind(n.kind));
    let Ok(()) = e.opt_str(key::UNIT, n.unit.as_deref());
    let Ok(()) = e.value(key::VALUE, n.value.as_ref());
    e.close(b'}');
    e.into_string()
}

/// Bytes to reserve for one number: the longest an `f64` is written.
const NUMBER_BYTES: usize = 24;

/// A number as [`NumberOut`] writes it.
pub(super) fn number_text(x: f64) -> String {
    let mut e = Emitter::in_memory(false, NUMBER_BYTES);
    e.number(x);
    e.into_string()
}

/// Bytes to reserve for writing `docs`: their texts, and about this many
/// bytes a span (a pretty-printed span object with its own text runs to
/// 150–250 bytes), so that the buffer rarely grows.
const BYTES_PER_SPAN: usize = 200;

/// The capacity to reserve for writing `docs`.
pub(super) fn capacity(docs: &[Document]) -> usize {
    docs.iter().map(|d| d.text.len() + d.spans.len() * BYTES_PER_SPAN).sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{CharOffset, Corpus, Label, NumberKind, Origin};

    fn span(start: usize, text: &str, label: Label, attrs: Attrs, origin: Origin) -> Span {
        let end = start + text.chars().count();
        Span { start: CharOffset(start), end: CharOffset(end), label, text: text.into(), attrs, origin }
    }

    fn corpus() -> Vec<Document> {
        let number = |value, unit: Option<&str>| {
            Attrs::Number(NumberAttrs { kind: NumberKind::Cardinal, value, unit: unit.map(String::from) })
        };
        let mut d = Document::new("d1", "d1.txt", "😀 Peskov: \"ok\" 12,000 2-3 1e300 x");
        d.annotator = Some("Ada".into());
        d.spans = vec![
            span(2, "Peskov", Label::Person, Attrs::Entity("Dmitry Peskov".into()), Origin::Checked),
            span(10, "\"ok\"", Label::Quote, Attrs::Quote { speaker: None }, Origin::Auto),
            span(15, "12,000", Label::Number, number(Some(NumberValue::Number(12000.0)), None), Origin::User),
            span(
                22,
                "2-3",
                Label::Number,
                number(Some(NumberValue::Range { min: 2.0, max: 3.0 }), Some("day")),
                Origin::Auto,
            ),
            span(26, "1e300", Label::Number, number(Some(NumberValue::Number(1e300)), None), Origin::Auto),
            span(32, "x", Label::Number, number(Some(NumberValue::Number(f64::NAN)), None), Origin::Auto),
            span(32, "x", Label::Number, number(Some(NumberValue::Number(0.25)), None), Origin::Auto),
            span(32, "x", Label::Number, number(None, None), Origin::Auto),
            span(32, "x", Label::Number, number(Some(NumberValue::Date("2025-06-02".into())), None), Origin::Auto),
            span(32, "x", Label::Other("TEAM".into()), Attrs::None, Origin::Auto),
        ];
        let empty = Document::new("d2", "d2", "");
        vec![d, empty]
    }

    /// The reference: the same corpus through serde_json's own
    /// serialiser, with the fields in the labelled JSON's order.
    #[derive(serde::Serialize)]
    struct RefCorpus<'a> {
        schema: &'a str,
        documents: Vec<RefDocument<'a>>,
    }

    #[derive(serde::Serialize)]
    struct RefDocument<'a> {
        id: &'a str,
        name: &'a str,
        text: &'a str,
        reviewed: bool,
        #[serde(skip_serializing_if = "Option::is_none")]
        annotator: Option<&'a str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        modified: Option<&'a str>,
        spans: Vec<SpanOut<'a>>,
    }

    fn reference(d: &Document) -> RefDocument<'_> {
        RefDocument {
            id: &d.id,
            name: &d.name,
            text: &d.text,
            reviewed: d.reviewed,
            annotator: d.annotator.as_deref(),
            modified: d.modified.as_deref(),
            spans: d.spans.iter().map(SpanOut).collect(),
        }
    }

    fn emitted(pretty: bool, write: impl FnOnce(&mut Emitter<'_>)) -> String {
        let mut e = Emitter::in_memory(pretty, 0);
        write(&mut e);
        e.into_string()
    }

    #[test]
    fn the_emitter_writes_what_serde_json_writes() {
        let mut docs = corpus();
        docs[0].modified = Some("2026-11-26T07:00:00.000Z".into());
        // Every byte that needs escaping, in a text and in a span's text.
        let awkward: String = (0u8..0x80).map(char::from).chain("é😀\u{2028}".chars()).collect();
        let mut tricky = Document::new("t\"1", "a\\b", awkward.clone());
        tricky.reviewed = true;
        tricky.spans =
            vec![span(0, &awkward, Label::Other("A\"B".into()), Attrs::Entity(awkward.clone()), Origin::User)];
        docs.push(tricky);
        let corpus = RefCorpus { schema: SCHEMA, documents: docs.iter().map(reference).collect() };
        assert_eq!(emitted(true, |e| e.corpus(&docs)), serde_json::to_string_pretty(&corpus).unwrap());
        assert_eq!(emitted(false, |e| e.corpus(&docs)), serde_json::to_string(&corpus).unwrap());
        for d in &docs {
            assert_eq!(emitted(false, |e| e.document(d)), serde_json::to_string(&reference(d)).unwrap());
            assert_eq!(emitted(true, |e| e.document(d)), serde_json::to_string_pretty(&reference(d)).unwrap());
        }
    }

    #[test]
    fn the_corpus_in_pieces_is_the_corpus_however_its_spans_are_cut_into_runs() {
        let mut docs = corpus();
        let awkward: String = (0u8..0x80).map(char::from).chain("é😀\u{2028}".chars()).collect();
        docs.push(Document::new("t\"1", "a\\b", awkward));
        docs[2].reviewed = true;
        docs[2].modified = Some("2026-11-26T07:00:00.000Z".into());
        let whole = emitted(true, |e| e.corpus(&docs));
        const CORPUS: Place = Place { pretty: true, level: CORPUS_DOCUMENT_LEVEL };
        for run in 1..=docs[0].spans.len() + 1 {
            let mut out = corpus_start(Vec::new());
            for (nth, d) in docs.iter().enumerate() {
                let before = out.len();
                out.reserve(document_start_len(d));
                let capacity = out.capacity();
                out = document_start(out, CORPUS, nth, d);
                assert_eq!(out.capacity(), capacity, "document {nth}'s start fits its reservation");
                let mut streamed = Vec::new();
                document_start_to(&mut streamed, CORPUS, nth, d).unwrap();
                assert!(out[before..] == streamed[..], "document {nth}'s start written as it is made");
                assert!(out.len() - before <= document_start_len(d));
                out = document_fields(out, CORPUS, d);
                for (i, spans) in d.spans.chunks(run).enumerate() {
                    out = spans_run(out, CORPUS, spans.iter().map(Span::view), i == 0);
                }
                out = document_end(out, CORPUS, !d.spans.is_empty());
            }
            out = corpus_end(out, !docs.is_empty());
            assert_eq!(String::from_utf8(out).unwrap(), whole, "runs of {run}");
        }
        // A line of JSON Lines: compact, in the same pieces.
        for d in &docs {
            for run in 1..=d.spans.len() + 1 {
                let line = Place { pretty: false, level: 0 };
                let mut out = document_fields(document_start(Vec::new(), line, 0, d), line, d);
                for (i, spans) in d.spans.chunks(run).enumerate() {
                    out = spans_run(out, line, spans.iter().map(Span::view), i == 0);
                }
                out = document_end(out, line, !d.spans.is_empty());
                assert_eq!(String::from_utf8(out).unwrap(), emitted(false, |e| e.document(d)), "runs of {run}");
            }
        }
        let empty = corpus_end(corpus_start(Vec::new()), false);
        assert_eq!(String::from_utf8(empty).unwrap(), emitted(true, |e| e.corpus(&[])));
    }

    #[test]
    fn a_strings_length_is_counted_exactly_wherever_its_escapes_are() {
        for len in 0..20 {
            for at in 0..=len {
                for special in ["", "\"", "\\", "\n", "\u{1}", "\u{7f}", "é", "“"] {
                    let s = format!("{}{special}{}", "a".repeat(at), "b".repeat(len - at));
                    assert_eq!(string_len(&s), emitted(false, |e| e.string(&s)).len(), "{s:?}");
                }
            }
        }
        let every: String = (0u8..0x80).map(char::from).collect::<String>().repeat(3);
        assert_eq!(string_len(&every), emitted(false, |e| e.string(&every)).len());
    }

    #[test]
    fn each_word_is_its_values_own_spelling_quoted() {
        let quoted = |w: &Word| std::str::from_utf8(&w.block[..w.len]).unwrap().to_string();
        for l in Label::BUILT_IN {
            let w = word::label(&l).unwrap();
            assert_eq!((w.text, quoted(w)), (l.as_str(), format!("\"{}\"", l.as_str())));
        }
        assert!(word::label(&Label::Other("TEAM".into())).is_none());
        for o in [Origin::Auto, Origin::Checked, Origin::User] {
            assert_eq!(quoted(word::origin(o)), format!("\"{}\"", o.as_str()));
        }
        for k in NumberKind::ALL {
            assert_eq!((word::kind(k).text, quoted(word::kind(k))), (k.as_str(), format!("\"{}\"", k.as_str())));
        }
    }

    #[test]
    fn a_word_needs_escaping_exactly_when_one_of_its_bytes_does() {
        for b in 0..=u8::MAX {
            for at in 0..8 {
                for fill in [b'a', 0xC3, b'!', 0x7F] {
                    let mut word = [fill; 8];
                    word[at] = b;
                    assert_eq!(needs_escape(u64::from_le_bytes(word)), ESCAPE[usize::from(b)] != 0, "{b:#x} at {at}");
                }
            }
        }
    }

    #[test]
    fn strings_of_every_length_escape_as_serde_json_does_wherever_the_escape_is() {
        for len in 0..20 {
            for at in 0..=len {
                for special in ["", "\"", "\\", "\n", "\u{1}", "\u{7f}", "é", "“"] {
                    let s = format!("{}{special}{}", "a".repeat(at), "b".repeat(len - at));
                    assert_eq!(emitted(false, |e| e.string(&s)), serde_json::to_string(&s).unwrap(), "{s:?}");
                }
            }
        }
        for b in 0u8..0x80 {
            let s = char::from(b).to_string().repeat(9);
            assert_eq!(emitted(false, |e| e.string(&s)), serde_json::to_string(&s).unwrap(), "{b:#x}");
        }
    }

    #[test]
    fn an_output_gets_whole_chunks_and_its_errors_come_back() {
        let mut d = Document::new("big", "big", "word ".repeat(CHUNK / 4));
        d.spans = (0..CHUNK / 50).map(|i| span(i * 5, "word", Label::Person, Attrs::None, Origin::Auto)).collect();
        let docs = [d];
        let mut out = Vec::new();
        let mut e = Emitter::into_output(true, &mut out);
        e.corpus(&docs);
        e.finish().unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), emitted(true, |e| e.corpus(&docs)));
        let mut small: &mut [u8] = &mut [0; 64];
        let mut e = Emitter::into_output(true, &mut small);
        e.corpus(&docs);
        assert_eq!(e.finish().unwrap_err().kind(), io::ErrorKind::WriteZero);
    }

    #[test]
    fn each_label_writes_its_own_fields_and_numbers_keep_their_form() {
        let docs = corpus();
        let spans: Vec<String> = docs[0].spans.iter().map(|s| serde_json::to_string(&SpanOut(s)).unwrap()).collect();
        let want = [
            r#"{"start":2,"end":8,"label":"PERSON","text":"Peskov","entity":"Dmitry Peskov","origin":"auto","checked":true}"#,
            r#"{"start":10,"end":14,"label":"QUOTE","text":"\"ok\"","speaker":null,"origin":"auto"}"#,
            r#"{"start":15,"end":21,"label":"NUMBER","text":"12,000","kind":"cardinal","value":12000,"unit":null,"origin":"user"}"#,
            r#"{"start":22,"end":25,"label":"NUMBER","text":"2-3","kind":"cardinal","value":{"max":3,"min":2},"unit":"day","origin":"auto"}"#,
            r#"{"start":26,"end":31,"label":"NUMBER","text":"1e300","kind":"cardinal","value":1e+300,"unit":null,"origin":"auto"}"#,
            r#"{"start":32,"end":33,"label":"NUMBER","text":"x","kind":"cardinal","value":null,"unit":null,"origin":"auto"}"#,
            r#"{"start":32,"end":33,"label":"NUMBER","text":"x","kind":"cardinal","value":0.25,"unit":null,"origin":"auto"}"#,
            r#"{"start":32,"end":33,"label":"NUMBER","text":"x","kind":"cardinal","value":null,"unit":null,"origin":"auto"}"#,
            r#"{"start":32,"end":33,"label":"NUMBER","text":"x","kind":"cardinal","value":"2025-06-02","unit":null,"origin":"auto"}"#,
            r#"{"start":32,"end":33,"label":"TEAM","text":"x","origin":"auto"}"#,
        ];
        assert_eq!(spans, want);
        // What is written reads back (but the NaN, written as null).
        let back = Corpus::from_json(&emitted(true, |e| e.corpus(&docs[..1]))).unwrap();
        assert_eq!(back.documents[0].spans.len(), docs[0].spans.len());
    }

    #[test]
    fn a_numbers_attributes_are_one_compact_object_with_sorted_keys() {
        // What a `serde_json::Map` of the same attributes writes.
        let reference = |n: &NumberAttrs| {
            let mut m = serde_json::Map::new();
            m.insert("kind".into(), n.kind.as_str().into());
            m.insert("value".into(), serde_json::to_value(ValueOut(n.value.as_ref())).unwrap());
            m.insert("unit".into(), n.unit.clone().into());
            serde_json::Value::Object(m).to_string()
        };
        for span in &corpus()[0].spans {
            if let Attrs::Number(n) = &span.attrs {
                assert_eq!(number_attrs(n), reference(n));
            }
        }
        let range = NumberAttrs {
            kind: NumberKind::Range,
            value: Some(NumberValue::Range { min: 2.0, max: 3.0 }),
            unit: Some("day".into()),
        };
        assert_eq!(number_attrs(&range), r#"{"kind":"range","unit":"day","value":{"max":3,"min":2}}"#);
    }

    #[test]
    fn a_span_array_is_what_serde_json_writes_and_fits_its_reservation() {
        let docs = corpus();
        let json = super::super::spans_to_json(&docs[0].spans);
        assert_eq!(json, serde_json::to_string(&docs[0].spans).unwrap());
        assert!(json.len() <= spans_capacity(&docs[0].spans), "{} > {}", json.len(), spans_capacity(&docs[0].spans));
        assert_eq!(super::super::spans_to_json(&[]), "[]");
    }

    #[test]
    fn a_span_array_in_chunks_is_the_same_text_each_chunk_whole_spans() {
        let chunks = |spans: &[Span]| {
            let mut out: Vec<String> = Vec::new();
            super::super::spans_to_json_chunks(spans.iter().map(Span::view), &mut |c| out.push(c.to_string()));
            out
        };
        let spans = &corpus()[0].spans;
        assert_eq!(chunks(spans), [super::super::spans_to_json(spans)]);
        assert_eq!(chunks(&[]), ["[]"]);
        // A long array: many chunks, each a chunk's worth ending after a
        // span, and together the one array.
        let text = "“Mañana,” he said — in Peña";
        let long: Vec<Span> = (0..CHUNK / 20).map(|i| span(i, text, Label::Quote, Attrs::None, Origin::Auto)).collect();
        let got = chunks(&long);
        assert!(got.len() > 2, "{} chunks", got.len());
        for c in &got[..got.len() - 1] {
            assert!(c.len() >= CHUNK && c.ends_with('}'), "{} bytes, ending {:?}", c.len(), &c[c.len() - 1..]);
        }
        assert_eq!(got.concat(), super::super::spans_to_json(&long));
    }
}
