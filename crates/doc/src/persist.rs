//! The saved form of a workspace: the corpus with every span's origin, each
//! document's undo history and focus, the current document and custom labels.
//! Versioned JSON, so a later release can read what an earlier one saved.
//!
//! A workspace is saved as one small index plus one record per document, so
//! an edit rewrites only the document it touched ([`save_document`]), never
//! the whole corpus.

use std::borrow::Cow;
use std::collections::BTreeSet;

use annotator_schema::{Label, OffsetIndex, Span};

use crate::document::AnnotatedDoc;
use crate::history::{History, Op};
use crate::read::{self, Reader};
use crate::span_id::SpanId;
use crate::workspace::Workspace;

/// Why saved state could not be read back.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum PersistError {
    #[error("saved state is not valid: {0}")]
    Invalid(String),
    #[error("saved state has version {0}, newer than this app understands")]
    TooNew(u32),
}

/// The current format version.
pub const VERSION: u32 = 1;

/// The key the index is saved under (documents are under
/// [`document_key`]s, which never equal it).
pub const INDEX_KEY: &str = "index";

/// The key document `id` is saved under.
pub fn document_key(id: &str) -> String {
    format!("doc/{id}")
}

/// What to write after a change, as (key, value) records to store in one
/// transaction: each document named in `docs` that exists, then the index
/// (always: it holds the current document and the labels). The records of
/// removed documents go in the same transaction ([`removed_keys`]).
pub fn records(ws: &Workspace, docs: &BTreeSet<String>) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> =
        ws.docs.iter().filter(|d| docs.contains(&d.id)).map(|d| (document_key(&d.id), save_document(d))).collect();
    out.push((INDEX_KEY.to_string(), save_index(ws)));
    out
}

/// The keys of documents `removed` (ids no longer in the workspace) to
/// delete from storage: a document the person removed does not come back
/// on reload. Ids still in the workspace are kept.
pub fn removed_keys(ws: &Workspace, removed: &BTreeSet<String>) -> Vec<String> {
    removed.iter().filter(|id| ws.find_doc(id).is_none()).map(|id| document_key(id)).collect()
}

/// The workspace minus its documents: their ids in order, the current one,
/// the custom labels, the label colours and the annotator's name.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Index {
    pub doc_ids: Vec<String>,
    pub current: usize,
    pub custom_labels: Vec<Label>,
    pub label_colors: Vec<(Label, String)>,
    pub annotator: Option<String>,
}

/// One saved document as read back ([`DocReader`]): every field a
/// release has written, those added later `None` or empty when absent.
#[derive(Default)]
struct SavedDoc {
    id: Option<String>,
    name: Option<String>,
    text: Option<String>,
    reviewed: bool,
    spans: Vec<(SpanId, Span)>,
    next_id: u64,
    history: History,
    focus: Option<SpanId>,
    annotator: Option<String>,
    modified: Option<String>,
}

/// A record's fields one at a time, its `version` checked on the way: a
/// record newer than [`VERSION`] is [`PersistError::TooNew`] whatever
/// else it holds (every release writes `version` first).
struct Fields<'a> {
    r: Reader<'a>,
    open: bool,
    version: bool,
}

impl<'a> Fields<'a> {
    fn new(saved: &'a str) -> Self {
        Fields { r: Reader::new(saved), open: false, version: false }
    }

    /// The next field's key, the reader at its value (which the caller
    /// must take); `None` after the last, nothing else after the record.
    fn next(&mut self) -> Result<Option<Cow<'a, str>>, PersistError> {
        let r = &mut self.r;
        if !self.open {
            r.open_object().map_err(PersistError::Invalid)?;
            self.open = true;
        }
        loop {
            let Some(key) = r.next_key().map_err(PersistError::Invalid)? else {
                r.end().map_err(PersistError::Invalid)?;
                return match self.version {
                    true => Ok(None),
                    false => Err(PersistError::Invalid("missing field `version`".into())),
                };
            };
            if key != "version" {
                return Ok(Some(key));
            }
            let v = r.uint().map_err(PersistError::Invalid)?;
            if v > u64::from(VERSION) {
                return Err(PersistError::TooNew(u32::try_from(v).unwrap_or(u32::MAX)));
            }
            self.version = true;
        }
    }
}

/// A list of `item`s.
fn list<T>(r: &mut Reader, mut item: impl FnMut(&mut Reader) -> Result<T, String>) -> Result<Vec<T>, String> {
    let mut out = Vec::new();
    r.items(|r| item(r).map(|x| out.push(x)))?;
    Ok(out)
}

fn label(r: &mut Reader) -> Result<Label, String> {
    r.str()?.parse().map_err(|e: annotator_schema::LabelError| e.to_string())
}

fn span_id(r: &mut Reader) -> Result<SpanId, String> {
    r.uint().map(SpanId)
}

/// A two-item array: `[a, b]` (a `[label, colour]` or a document's
/// `[id, span]`).
fn pair<A, B>(
    r: &mut Reader,
    a: fn(&mut Reader) -> Result<A, String>,
    b: fn(&mut Reader) -> Result<B, String>,
) -> Result<(A, B), String> {
    let (mut x, mut y) = (None, None);
    r.items(|r| {
        if x.is_none() {
            x = Some(a(r)?);
        } else if y.is_none() {
            y = Some(b(r)?);
        } else {
            return Err(r.error("a pair expected"));
        }
        Ok(())
    })?;
    x.zip(y).ok_or_else(|| r.error("a pair expected"))
}

/// One undo step's operation: `{"Insert": {"id", "span"}}`, `Remove`
/// alike, `{"Replace": {"id", "before", "after"}}` or `{"Reviewed":
/// {"before", "after"}}` (the variant's fields in any order).
fn op(r: &mut Reader) -> Result<Op, String> {
    let mut out = None;
    r.fields(|r, variant| {
        let (mut id, mut span, mut before, mut after, mut flags) = (None, None, None, None, (None, None));
        let reviewed = variant == "Reviewed";
        r.fields(|r, key| {
            match (key, reviewed) {
                ("id", false) => id = Some(span_id(r)?),
                ("span", false) => span = Some(read::span(r)?),
                ("before", false) => before = Some(read::span(r)?),
                ("after", false) => after = Some(read::span(r)?),
                ("before", true) => flags.0 = Some(r.bool()?),
                ("after", true) => flags.1 = Some(r.bool()?),
                _ => r.skip()?,
            }
            Ok(())
        })?;
        let missing = || r.error(&format!("an incomplete {variant} step"));
        out = Some(match (variant, id, span, before, after, flags) {
            ("Insert", Some(id), Some(span), ..) => Op::Insert { id, span },
            ("Remove", Some(id), Some(span), ..) => Op::Remove { id, span },
            ("Replace", Some(id), _, Some(before), Some(after), _) => Op::Replace { id, before, after },
            ("Reviewed", .., (Some(before), Some(after))) => Op::Reviewed { before, after },
            _ => return Err(missing()),
        });
        Ok(())
    })?;
    out.ok_or_else(|| r.error("an undo step expected"))
}

/// The undo and redo stacks: `{"undo": [[op, …], …], "redo": […]}`.
fn history(r: &mut Reader) -> Result<History, String> {
    let mut h = History::default();
    r.fields(|r, key| {
        match key {
            "undo" => h.undo = list(r, |r| list(r, op))?,
            "redo" => h.redo = list(r, |r| list(r, op))?,
            _ => r.skip()?,
        }
        Ok(())
    })?;
    Ok(h)
}

/// Reads one field of a saved document but its spans ([`DocReader`]).
fn doc_field(s: &mut SavedDoc, r: &mut Reader, key: &str) -> Result<(), String> {
    match key {
        "id" => s.id = Some(r.string()?),
        "name" => s.name = Some(r.string()?),
        "text" => s.text = Some(r.string()?),
        "reviewed" => s.reviewed = r.bool()?,
        "next_id" => s.next_id = r.uint()?,
        "history" => s.history = history(r)?,
        "focus" => s.focus = if r.null() { None } else { Some(span_id(r)?) },
        "annotator" => s.annotator = r.opt_string()?,
        "modified" => s.modified = r.opt_string()?,
        _ => r.skip()?,
    }
    Ok(())
}

/// A saved document read a few spans at a time ([`restore_document`]'s
/// work in steps), so that a long one is read in several short tasks.
pub struct DocReader<'a> {
    fields: Fields<'a>,
    doc: SavedDoc,
    /// Inside the `spans` list.
    in_spans: bool,
}

impl<'a> DocReader<'a> {
    pub fn new(saved: &'a str) -> Self {
        DocReader { fields: Fields::new(saved), doc: SavedDoc::default(), in_spans: false }
    }

    /// Reads on, up to `n` more spans (at least one step's worth); the
    /// document, checked, once it is all read.
    pub fn read(&mut self, n: usize) -> Result<Option<AnnotatedDoc>, PersistError> {
        let mut left = n.max(1);
        loop {
            while self.in_spans {
                let r = &mut self.fields.r;
                if left == 0 {
                    return Ok(None);
                }
                if r.next_item().map_err(PersistError::Invalid)? {
                    self.doc.spans.push(pair(r, span_id, read::span).map_err(PersistError::Invalid)?);
                    left -= 1;
                } else {
                    self.in_spans = false;
                }
            }
            match self.fields.next()? {
                None => return checked(std::mem::take(&mut self.doc)).map(Some),
                Some(key) if key == "spans" => {
                    self.fields.r.open_array().map_err(PersistError::Invalid)?;
                    self.doc.spans.clear();
                    self.in_spans = true;
                }
                Some(key) => doc_field(&mut self.doc, &mut self.fields.r, &key).map_err(PersistError::Invalid)?,
            }
        }
    }
}

/// Writes the saved records by hand, in the fields and order serde's
/// derived writers used (every release's records look alike; a test holds
/// one): strings and spans as the labelled JSON writes them.
mod out {
    pub(super) use annotator_schema::json::push_list as list;
    use annotator_schema::json::{push_span, push_string};
    use annotator_schema::Span;

    use crate::history::{History, Op};

    /// `,"key":` (`{"key":` for the first field).
    pub(super) fn key(out: &mut Vec<u8>, key: &str) {
        out.push(if out.is_empty() { b'{' } else { b',' });
        out.push(b'"');
        out.extend_from_slice(key.as_bytes());
        out.extend_from_slice(b"\":");
    }

    pub(super) fn uint(out: &mut Vec<u8>, n: u64) {
        out.extend_from_slice(n.to_string().as_bytes());
    }

    pub(super) fn bool(out: &mut Vec<u8>, b: bool) {
        out.extend_from_slice(if b { b"true" } else { b"false" });
    }

    pub(super) fn string(out: &mut Vec<u8>, s: &str) {
        push_string(out, s);
    }

    /// A string, or `null`.
    pub(super) fn opt_string(out: &mut Vec<u8>, s: Option<&str>) {
        match s {
            Some(s) => push_string(out, s),
            None => out.extend_from_slice(b"null"),
        }
    }

    /// `,"key":{…}`: a span field of an undo step.
    fn span_field(out: &mut Vec<u8>, key: &str, span: &Span) {
        out.extend_from_slice(b",\"");
        out.extend_from_slice(key.as_bytes());
        out.extend_from_slice(b"\":");
        push_span(out, span);
    }

    /// `{"Insert":{"id":4,"span":{…}}}` and the other steps alike.
    fn op(out: &mut Vec<u8>, op: &Op) {
        let (variant, id) = match op {
            Op::Insert { id, .. } => ("Insert", id),
            Op::Remove { id, .. } => ("Remove", id),
            Op::Replace { id, .. } => ("Replace", id),
            Op::Reviewed { before, after } => {
                out.extend_from_slice(b"{\"Reviewed\":{\"before\":");
                bool(out, *before);
                out.extend_from_slice(b",\"after\":");
                bool(out, *after);
                out.extend_from_slice(b"}}");
                return;
            }
        };
        out.extend_from_slice(b"{\"");
        out.extend_from_slice(variant.as_bytes());
        out.extend_from_slice(b"\":{\"id\":");
        uint(out, id.0);
        match op {
            Op::Replace { before, after, .. } => {
                span_field(out, "before", before);
                span_field(out, "after", after);
            }
            Op::Insert { span, .. } | Op::Remove { span, .. } => span_field(out, "span", span),
            Op::Reviewed { .. } => {}
        }
        out.extend_from_slice(b"}}");
    }

    /// `{"undo":[[op,…],…],"redo":[…]}`.
    pub(super) fn history(out: &mut Vec<u8>, h: &History) {
        out.extend_from_slice(b"{\"undo\":");
        list(out, &h.undo, |out, step| list(out, step, op));
        out.extend_from_slice(b",\"redo\":");
        list(out, &h.redo, |out, step| list(out, step, op));
        out.push(b'}');
    }

    /// The record, closed: only whole strings and ASCII were written, so
    /// the fallback is never taken.
    pub(super) fn finish(mut out: Vec<u8>) -> String {
        out.push(b'}');
        String::from_utf8(out).unwrap_or_default()
    }
}

pub fn save_index(ws: &Workspace) -> String {
    let mut o = Vec::new();
    out::key(&mut o, "version");
    out::uint(&mut o, u64::from(VERSION));
    out::key(&mut o, "doc_ids");
    out::list(&mut o, &ws.docs, |o, d| out::string(o, &d.id));
    out::key(&mut o, "current");
    out::uint(&mut o, ws.current as u64);
    out::key(&mut o, "custom_labels");
    out::list(&mut o, &ws.custom_labels, |o, l| out::string(o, l.as_str()));
    out::key(&mut o, "label_colors");
    out::list(&mut o, &ws.label_colors, |o, (l, c)| {
        o.push(b'[');
        out::string(o, l.as_str());
        o.push(b',');
        out::string(o, c);
        o.push(b']');
    });
    out::key(&mut o, "annotator");
    out::opt_string(&mut o, ws.annotator.as_deref());
    out::finish(o)
}

pub fn restore_index(saved: &str) -> Result<Index, PersistError> {
    let mut index = Index::default();
    let mut doc_ids = None;
    let mut fields = Fields::new(saved);
    while let Some(key) = fields.next()? {
        let r = &mut fields.r;
        let mut read = || -> Result<(), String> {
            match &*key {
                "doc_ids" => doc_ids = Some(list(r, |r| r.string())?),
                "current" => index.current = usize::try_from(r.uint()?).map_err(|_| r.error("a position expected"))?,
                "custom_labels" => index.custom_labels = list(r, label)?,
                "label_colors" => index.label_colors = list(r, |r| pair(r, label, |r| r.string()))?,
                "annotator" => index.annotator = r.opt_string()?,
                _ => r.skip()?,
            }
            Ok(())
        };
        read().map_err(PersistError::Invalid)?;
    }
    index.doc_ids = doc_ids.ok_or_else(|| PersistError::Invalid("missing field `doc_ids`".into()))?;
    Ok(index)
}

/// One document with its spans (ids, origins), review state, history, focus.
pub fn save_document(doc: &AnnotatedDoc) -> String {
    let mut w = DocWriter::new(doc);
    w.write(doc, doc.spans.len());
    w.finish(doc)
}

/// [`save_document`]'s bytes written a few spans at a time, so that a long
/// document is serialised in several short tasks. The document must not
/// change between [`DocWriter::new`] and [`DocWriter::finish`]: the caller
/// checks, and starts over if it did.
pub struct DocWriter {
    out: Vec<u8>,
    /// How many spans are written.
    next: usize,
}

/// About the bytes a span's `[id,{…}]` takes beyond its text: the record's
/// buffer is reserved once for the whole document.
const SPAN_BYTES: usize = 80;

impl DocWriter {
    /// Starts `doc`'s saved form: everything before its spans.
    pub fn new(doc: &AnnotatedDoc) -> DocWriter {
        let spans_text: usize = doc.spans.iter().map(|(_, s)| s.text.len()).sum();
        let mut o = Vec::with_capacity(doc.text.len() + spans_text + doc.spans.len() * SPAN_BYTES + 256);
        out::key(&mut o, "version");
        out::uint(&mut o, u64::from(VERSION));
        out::key(&mut o, "id");
        out::string(&mut o, &doc.id);
        out::key(&mut o, "name");
        out::string(&mut o, &doc.name);
        out::key(&mut o, "text");
        out::string(&mut o, &doc.text);
        out::key(&mut o, "reviewed");
        out::bool(&mut o, doc.reviewed);
        out::key(&mut o, "spans");
        o.push(b'[');
        DocWriter { out: o, next: 0 }
    }

    /// Writes up to `n` more of `doc`'s spans; whether all are written.
    pub fn write(&mut self, doc: &AnnotatedDoc, n: usize) -> bool {
        let end = self.next.saturating_add(n).min(doc.spans.len());
        for (id, span) in doc.spans.get(self.next..end).unwrap_or_default() {
            if self.next > 0 {
                self.out.push(b',');
            }
            self.out.push(b'[');
            out::uint(&mut self.out, id.0);
            self.out.push(b',');
            annotator_schema::json::push_span(&mut self.out, span);
            self.out.push(b']');
            self.next += 1;
        }
        self.next >= doc.spans.len()
    }

    /// The saved form, once every span is written: the fields after them.
    pub fn finish(mut self, doc: &AnnotatedDoc) -> String {
        let o = &mut self.out;
        o.push(b']');
        out::key(o, "next_id");
        out::uint(o, doc.next_id);
        out::key(o, "history");
        out::history(o, &doc.history);
        out::key(o, "focus");
        match doc.focus {
            Some(id) => out::uint(o, id.0),
            None => o.extend_from_slice(b"null"),
        }
        out::key(o, "annotator");
        out::opt_string(o, doc.annotator.as_deref());
        out::key(o, "modified");
        out::opt_string(o, doc.modified.as_deref());
        out::finish(self.out)
    }
}

/// Reads a saved document back, checking every span (and every span in
/// its history) against the text and the ids for uniqueness.
pub fn restore_document(saved: &str) -> Result<AnnotatedDoc, PersistError> {
    let mut reader = DocReader::new(saved);
    loop {
        if let Some(doc) = reader.read(usize::MAX)? {
            return Ok(doc);
        }
    }
}

/// A saved document read back, checked: every span (and every span in
/// its history) against the text, the ids for uniqueness.
fn checked(s: SavedDoc) -> Result<AnnotatedDoc, PersistError> {
    let missing = |field: &str| PersistError::Invalid(format!("missing field `{field}`"));
    let id = s.id.ok_or_else(|| missing("id"))?;
    let (name, text) = (s.name.ok_or_else(|| missing("name"))?, s.text.ok_or_else(|| missing("text"))?);
    let ix = OffsetIndex::new(&text);
    let check = |span_id: SpanId, span: &Span| -> Result<(), PersistError> {
        let actual = ix.slice(span.start, span.end).ok().filter(|_| span.start < span.end);
        if actual != Some(span.text.as_str()) {
            return Err(PersistError::Invalid(format!(
                "document {}: span {:?} at {}..{} does not match the text",
                id, span_id, span.start, span.end
            )));
        }
        Ok(())
    };
    let mut max_id = None;
    for (id, span) in &s.spans {
        check(*id, span)?;
        max_id = max_id.max(Some(id.0));
    }
    let mut ids: Vec<SpanId> = s.spans.iter().map(|(id, _)| *id).collect();
    annotator_schema::sort::sort(&mut ids);
    if ids.windows(2).any(|w| w[0] == w[1]) {
        return Err(PersistError::Invalid(format!("document {}: duplicate span ids", id)));
    }
    for op in s.history.undo.iter().chain(&s.history.redo).flatten() {
        match op {
            Op::Insert { id, span } | Op::Remove { id, span } => {
                check(*id, span)?;
                max_id = max_id.max(Some(id.0));
            }
            Op::Replace { id, before, after } => {
                check(*id, before)?;
                check(*id, after)?;
                max_id = max_id.max(Some(id.0));
            }
            Op::Reviewed { .. } => {}
        }
    }
    let next_id = s.next_id.max(max_id.map_or(0, |m| m + 1));
    let mut doc = AnnotatedDoc::from_document(annotator_schema::Document::new(id, name, text));
    doc.reviewed = s.reviewed;
    doc.spans = s.spans;
    annotator_schema::sort::sort_by(&mut doc.spans, |a, b| (a.1.order_key(), a.0).cmp(&(b.1.order_key(), b.0)));
    doc.next_id = next_id;
    doc.history = s.history;
    doc.focus = s.focus.filter(|f| doc.span(*f).is_some());
    doc.annotator = s.annotator;
    doc.modified = s.modified;
    Ok(doc)
}

/// Puts a workspace back together from its index and document records
/// (documents missing from `docs` are skipped; `current` is clamped).
/// Documents not named in the index are kept, after the others, so that
/// nothing saved is lost.
pub fn assemble(index: Index, docs: Vec<AnnotatedDoc>) -> Workspace {
    let current_id = index.doc_ids.get(index.current).cloned();
    let mut rest: Vec<Option<AnnotatedDoc>> = docs.into_iter().map(Some).collect();
    let mut ordered = Vec::with_capacity(rest.len());
    for id in &index.doc_ids {
        if let Some(slot) = rest.iter_mut().find(|d| d.as_ref().is_some_and(|d| &d.id == id)) {
            ordered.extend(slot.take());
        }
    }
    ordered.extend(rest.into_iter().flatten());
    let current = current_id
        .and_then(|id| ordered.iter().position(|d| d.id == id))
        .unwrap_or_else(|| index.current.min(ordered.len().saturating_sub(1)));
    let mut ws = Workspace { docs: ordered, current, annotator: index.annotator, ..Workspace::default() };
    for label in index.custom_labels {
        ws.add_label(label);
    }
    for (label, color) in index.label_colors {
        // A colour that no longer reads (hand-edited storage) is dropped.
        let _ = ws.set_color(&label, &color);
    }
    ws
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::Edit;
    use annotator_schema::{CharOffset, NumberValue};

    fn edited() -> AnnotatedDoc {
        let text = "😀 Peskov said \"12,000\" in Kyiv.";
        let mut doc = AnnotatedDoc::from_document(annotator_schema::Document::new("d1", "d1.txt", text));
        let c = |s, e, label| Edit::Create { start: CharOffset(s), end: CharOffset(e), label };
        let p = doc.apply(c(2, 8, Label::Person)).unwrap()[0];
        let q = doc.apply(c(14, 22, Label::Quote)).unwrap()[0];
        let n = doc.apply(c(15, 21, Label::Number)).unwrap()[0];
        doc.apply(Edit::SetSpeaker { id: q, speaker: Some("Dmitry Peskov".into()) }).unwrap();
        doc.apply(Edit::SetNumber { id: n, value: Some(NumberValue::Number(12000.5)), unit: None }).unwrap();
        doc.apply(Edit::SetEntity { id: p, entity: "Dmitry Peskov".into() }).unwrap();
        doc.apply(c(26, 30, Label::Place)).unwrap();
        doc.apply(Edit::SetReviewed(true)).unwrap();
        doc.undo();
        doc.focus = Some(q);
        doc
    }

    #[test]
    fn a_document_is_saved_in_the_fields_and_order_of_every_release() {
        let saved = save_document(&edited());
        let keys = [
            "version",
            "id",
            "name",
            "text",
            "reviewed",
            "spans",
            "next_id",
            "history",
            "focus",
            "annotator",
            "modified",
        ];
        let value: serde_json::Value = serde_json::from_str(&saved).unwrap();
        let object = value.as_object().unwrap();
        assert_eq!(object.len(), keys.len());
        let at: Vec<usize> = keys.iter().map(|k| saved.find(&format!("\"{k}\":")).unwrap()).collect();
        assert!(at.windows(2).all(|w| w[0] < w[1]), "{at:?}");
        assert!(saved.starts_with(&format!("{{\"version\":{VERSION},")));
    }

    #[test]
    fn a_document_written_a_few_spans_at_a_time_is_the_same_bytes() {
        let mut empty = edited();
        empty.spans.clear();
        for doc in [edited(), empty] {
            for n in [1, 2, 3, 1_000] {
                let mut w = DocWriter::new(&doc);
                let mut steps = 1;
                while !w.write(&doc, n) {
                    steps += 1;
                }
                assert_eq!(w.finish(&doc), save_document(&doc), "{n} spans a step");
                assert_eq!(steps, doc.spans.len().div_ceil(n).max(1));
            }
        }
    }

    #[test]
    fn a_document_round_trips_with_history_and_focus() {
        let doc = edited();
        let back = restore_document(&save_document(&doc)).unwrap();
        assert_eq!(back, doc);
        let (mut a, mut b) = (doc, back);
        while a.undo().is_some() {
            assert!(b.undo().is_some());
            assert_eq!(a, b);
        }
        assert!(b.undo().is_none());
        while a.redo().is_some() {
            assert!(b.redo().is_some());
        }
        assert_eq!(a, b);
    }

    /// Records as the first releases wrote them: no `annotator` or
    /// `modified`, an index without label colours or annotator, and one
    /// step of each kind in the history.
    #[test]
    fn records_of_earlier_releases_read_back() {
        let person = r#"{"start":0,"end":6,"label":"PERSON","text":"Peskov","entity":"Peskov","origin":"auto"}"#;
        let quote = r#"{"start":12,"end":16,"label":"QUOTE","text":"\"ok\"","speaker":null,"origin":"user"}"#;
        let named = quote.replace("null", "\"Peskov\"");
        let saved = format!(
            r#"{{"version":1,"id":"d1","name":"d1.txt","text":"Peskov said \"ok\".","reviewed":true,"spans":[[0,{person}],[4,{named}]],"next_id":5,"history":{{"undo":[[{{"Insert":{{"id":4,"span":{quote}}}}}],[{{"Replace":{{"id":4,"before":{quote},"after":{named}}}}},{{"Reviewed":{{"before":false,"after":true}}}}]],"redo":[[{{"Remove":{{"id":3,"span":{person}}}}}]]}},"focus":4}}"#
        );
        let doc = restore_document(&saved).unwrap();
        let span = |json: &str| serde_json::from_str::<Span>(json).unwrap();
        assert_eq!((doc.id.as_str(), doc.name.as_str(), doc.text.as_str()), ("d1", "d1.txt", "Peskov said \"ok\"."));
        assert_eq!(doc.spans, [(SpanId(0), span(person)), (SpanId(4), span(&named))]);
        assert_eq!(doc.history.undo.len(), 2);
        assert_eq!(doc.history.undo[0], [Op::Insert { id: SpanId(4), span: span(quote) }]);
        assert_eq!(
            doc.history.undo[1],
            [
                Op::Replace { id: SpanId(4), before: span(quote), after: span(&named) },
                Op::Reviewed { before: false, after: true }
            ]
        );
        assert_eq!(doc.history.redo, [vec![Op::Remove { id: SpanId(3), span: span(person) }]]);
        assert_eq!((doc.reviewed, doc.next_id, doc.focus), (true, 5, Some(SpanId(4))));
        assert_eq!((doc.annotator.as_deref(), doc.modified.as_deref()), (None, None));
        let written = save_document(&doc);
        let now = saved.replace(",\"focus\":4}", ",\"focus\":4,\"annotator\":null,\"modified\":null}");
        assert_eq!(written, now, "the same bytes");
        assert_eq!(restore_document(&written), Ok(doc));
        let index =
            restore_index(r#"{"version":1,"doc_ids":["d1","d2"],"current":1,"custom_labels":["ORG"]}"#).unwrap();
        let want = Index {
            doc_ids: vec!["d1".into(), "d2".into()],
            current: 1,
            custom_labels: vec!["ORG".parse().unwrap()],
            ..Index::default()
        };
        assert_eq!(index, want);
        let pretty = save_index(&assemble(want.clone(), vec![])).replace(',', " ,\n ").replace(':', " : ");
        assert_eq!(restore_index(&pretty).map(|i| i.custom_labels), Ok(want.custom_labels), "{pretty}");
    }

    #[test]
    fn a_document_read_a_few_spans_at_a_time_is_the_same() {
        let doc = edited();
        let saved = save_document(&doc);
        for n in [0, 1, 2, 3, 1_000] {
            let mut reader = DocReader::new(&saved);
            let mut steps = 1;
            let back = loop {
                match reader.read(n) {
                    Ok(Some(back)) => break back,
                    Ok(None) => steps += 1,
                    Err(e) => panic!("{n} a step: {e}"),
                }
            };
            assert_eq!(back, doc, "{n} spans a step");
            assert_eq!(steps, doc.spans.len() / n.max(1) + 1, "{n} spans a step");
        }
        let cut = &saved[..saved.find("]],\"next_id\"").unwrap()];
        let mut reader = DocReader::new(cut);
        assert_eq!(reader.read(1), Ok(None));
        assert!(matches!(reader.read(1_000), Err(PersistError::Invalid(_))));
    }

    #[test]
    fn broken_or_newer_saves_are_refused() {
        let good = save_document(&edited());
        let tampered = good.replacen("Peskov\"", "Pesky\"", 1);
        let cases = [
            ("{".to_string(), "not valid"),
            (good.replacen("\"version\":1", "\"version\":7", 1), "version 7"),
            (tampered, "does not match"),
            (good.replacen("\"text\":\"", "\"text\":\"x", 1), "does not match"),
            (good.replacen("\"version\":1,", "", 1), "missing field `version`"),
            (good.replacen("\"name\":\"d1.txt\",", "", 1), "missing field `name`"),
            (good.replacen("\"Insert\"", "\"Insort\"", 1), "incomplete Insort step"),
            (format!("{good} {{}}"), "end of the text expected"),
        ];
        for (saved, want) in cases {
            let err = restore_document(&saved).unwrap_err().to_string();
            assert!(err.contains(want), "{want}: {err}");
        }
        assert_eq!(restore_index("{\"version\": 2}"), Err(PersistError::TooNew(2)));
    }

    #[test]
    fn a_workspace_round_trips_through_index_and_documents() {
        let mut ws = Workspace::default();
        ws.add_text("", "Kyiv").unwrap();
        ws.docs.push(edited());
        ws.add_text("", "Sumy").unwrap();
        ws.current = 1;
        ws.add_label("ORG".parse().unwrap());
        ws.set_color(&Label::Person, "#123ABC").unwrap();
        ws.set_annotator(" Ada ");
        ws.docs[1].annotator = Some("Ada".into());
        ws.docs[1].modified = Some("2025-06-02T10:00:00.000Z".into());
        let index = restore_index(&save_index(&ws)).unwrap();
        let docs: Vec<AnnotatedDoc> =
            ws.docs.iter().rev().map(|d| restore_document(&save_document(d)).unwrap()).collect();
        assert_eq!(assemble(index, docs), ws);
    }

    #[test]
    fn records_hold_the_dirty_documents_then_the_index() {
        let mut ws = Workspace::default();
        ws.add_text("", "Kyiv").unwrap();
        ws.add_text("", "Sumy").unwrap();
        let dirty: BTreeSet<String> = ["doc-2".to_string(), "gone".to_string()].into();
        let keys: Vec<String> = records(&ws, &dirty).into_iter().map(|(k, _)| k).collect();
        assert_eq!(keys, ["doc/doc-2", INDEX_KEY]);
        let (_, doc) = &records(&ws, &dirty)[0];
        assert_eq!(restore_document(doc).as_ref(), Ok(&ws.docs[1]));
        assert_eq!(records(&ws, &BTreeSet::new()).len(), 1, "the index alone");
    }

    #[test]
    fn assemble_skips_missing_documents_and_clamps_current() {
        let index = Index { doc_ids: vec!["a".into(), "b".into(), "c".into()], current: 2, ..Index::default() };
        let docs = vec![AnnotatedDoc::annotate("a", "a", "x"), AnnotatedDoc::annotate("z", "z", "y")];
        let ws = assemble(index, docs);
        let ids: Vec<&str> = ws.docs.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, ["a", "z"], "unindexed documents are kept, after the others");
        assert_eq!(ws.current, 1);
        let empty = assemble(Index { current: 3, ..Index::default() }, vec![]);
        assert_eq!(empty.current, 0);
    }
}
