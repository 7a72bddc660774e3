//! `annotate FILE...` in labelled JSON: extraction and the export run side
//! by side on two cores, and the bytes are those of the labelled-JSON
//! streamer (`schema::json::write_json`), byte for byte.
//!
//! ```text
//!  1. extraction   this thread: each text's extractions (annotator_extract::extract,
//!                  in byte offsets: no `Span` is made of them)
//!                  `escape` thread: the corpus's start and each document's id, name and
//!                  text, escaped (json::pieces::document_start); into OUT.partial at once
//!                  for the first document, kept for the others and for standard output;
//!                  then each text's offset index for the check and for where each run
//!                  of extractions starts in code points (formats::check::Checked)
//!  2. the check    this thread and the `spans` thread take runs of spans in turn and
//!                  check each labelled span (Checked::offsets); extracted ones need none
//!  3. the spans    both take runs in turn and serialise them (an extraction converted
//!                  to code points as it is written), and this thread writes the pieces
//!                  in order through the writer thread
//! ```
//!
//! In 2 and 3 this thread never waits for the other: what the other has
//! taken but not handed over when none is left to take is made again here.
//!
//! A document's text comes before its spans in the labelled JSON
//! (`LABELS.md`), and it is input: its escaping, most of the bytes after
//! the spans, needs no extraction; nor does the offset index the check
//! reads (a pass over the text, a third of the check's instructions). On
//! the 10 MB document the export was 18–22% of the core's time after
//! extraction, on one thread.
//!
//! Invariants: nothing reaches standard output before every span is
//! checked (a file may be written before: it is `OUT.partial`, removed on
//! a failure, [`output::to_output`]); a refused span is reported as
//! `check::all` reports it, the first in the documents' order, whichever
//! thread checked it; the pieces are written in the
//! document's order whichever thread made them; the `spans` thread is at
//! most [`RUNS_AHEAD`] runs ahead of this one's taking them; should a
//! thread not start or be kept waiting, this one does its work, with the
//! same bytes.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::Write;
use std::ops::Range;
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver};

use annotator_extract::Extraction;
use annotator_formats::check::Checked;
use annotator_formats::{ExportError, Format, StreamError};
use annotator_schema::json::pieces::{self, Layout};
use annotator_schema::{Attrs, Document, OffsetIndex, Span, SpanView};

use crate::background::Background;
use crate::input::Inputs;
use crate::output::{self, OutputError};

/// Spans serialised as one run: a pretty span object is about 200 bytes,
/// so a run is about 200 KiB, near one of the writer's buffers; a 10 MB
/// document's 215,000 spans make some 210 runs, enough for two threads to
/// share them evenly whatever each is doing meanwhile.
const RUN_SPANS: usize = 1024;

/// Runs the `spans` thread may have made that are not taken by this one
/// yet (it waits when it has made that many): the bound on what it holds,
/// about 1 MiB. Unbounded, it made a third of a 10 MB document's runs while
/// this thread ran the check: 107–129 MB at the peak, against 99–101 MB.
const RUNS_AHEAD: usize = 4;

/// Bytes to reserve for a span in a run besides its texts: the separator
/// and a pretty object of up to ten fields, each on a line indented by ten
/// spaces, runs to 150–330 bytes.
const SPAN_FRAME_BYTES: usize = 330;

/// Bytes to reserve for a document's fields after its text and its end,
/// besides its annotator and time of edit.
const DOCUMENT_FRAME_BYTES: usize = 128;

/// Annotates `inputs` and writes them as labelled JSON in `format` (the
/// labelled-JSON format: its id and unit name the offset check) to `out`
/// or standard output. Returns the extractions ([`Found`]), which the
/// documents do not take (they are written straight from them, never made
/// spans).
pub fn annotate_and_write(
    format: &'static dyn Format,
    inputs: &Inputs,
    out: Option<&Path>,
) -> Result<Found, OutputError> {
    let mut extracted = Vec::new();
    output::to_output(out, |w, file| {
        let (found, heads, checks) = extract_and_escape(format, &inputs.docs, &inputs.to_extract, file)?;
        let spans: Vec<Listed<'_>> = inputs
            .docs
            .iter()
            .zip(&found)
            .map(|(d, f)| f.as_ref().map_or(Listed::Labelled(&d.spans), |f| Listed::Extracted(f)))
            .collect();
        let written = write_spans(&Export { docs: &inputs.docs, spans: &spans, checks: &checks }, heads, w);
        drop(spans);
        extracted = found;
        written
    })?;
    Ok(extracted)
}

/// A document's spans in order, as phases 2 and 3 read them.
#[derive(Clone, Copy)]
enum Listed<'a> {
    /// A labelled document's own spans: each is checked against its text.
    Labelled(&'a [Span]),
    /// The extractions of the document's text ([`extracted`]): each is
    /// written straight from its offsets and the text ([`views`]).
    Extracted(&'a [Extraction]),
}

impl Listed<'_> {
    fn len(self) -> usize {
        match self {
            Listed::Labelled(s) => s.len(),
            Listed::Extracted(f) => f.len(),
        }
    }
}

/// What phases 2 and 3 write: the documents, each one's spans and its
/// check.
struct Export<'a> {
    docs: &'a [Document],
    spans: &'a [Listed<'a>],
    checks: &'a [Checked<'a>],
}

/// Pieces of the output made apart, in the order they are written.
type Pieces = Vec<Vec<u8>>;

/// Each document's extractions, if it was extracted ([`extracted`]).
pub type Found = Vec<Option<Vec<Extraction>>>;

/// Each document's check, in `format`'s unit.
type Checks<'d> = Vec<Checked<'d>>;

/// Phase 1: the spans of each document marked `to_extract`, on this
/// thread, while the `escape` thread escapes the documents' starts
/// ([`escape`]) and then makes each document's check (its offset index).
fn extract_and_escape<'d>(
    format: &'static dyn Format,
    docs: &'d [Document],
    to_extract: &[bool],
    file: Option<&File>,
) -> Result<(Found, Pieces, Checks<'d>), StreamError> {
    let escape_and_index = move || -> std::io::Result<(Pieces, Checks<'d>)> {
        let heads = escape(docs, file)?;
        Ok((heads, docs.iter().map(|d| Checked::new(format.id(), format.unit(), d)).collect()))
    };
    std::thread::scope(|scope| {
        let thread = std::thread::Builder::new().name("escape".into()).spawn_scoped(scope, escape_and_index);
        let found = docs.iter().zip(to_extract).map(|(d, &extract)| extract.then(|| extracted(&d.text))).collect();
        let (heads, checks) = match thread {
            // A thread that panicked may have written part of its work.
            Ok(t) => t.join().unwrap_or_else(|_| Err(std::io::Error::other("the escaping thread stopped")))?,
            // None started: the work is done here.
            Err(_) => escape_and_index()?,
        };
        Ok((found, heads, checks))
    })
}

/// The extractions of `text` in the labelled JSON's order
/// ([`annotator_extract::in_json_order`], the core's own order, sorted
/// only should it not be), those whose offsets are not character boundaries of
/// `text` or that end before they start left out, as the core's conversion
/// to spans leaves them out (the core gives none): each one left is written.
pub(crate) fn extracted(text: &str) -> Vec<Extraction> {
    let mut found = annotator_extract::extract(text);
    found.retain(|e| e.start <= e.end && text.is_char_boundary(e.start.0) && text.is_char_boundary(e.end.0));
    annotator_extract::in_json_order(&mut found);
    found
}

/// The spans a run of a document's extractions (`found`, in order, from
/// [`extracted`]) are written as, borrowed from the extractions and the
/// text: each one's offsets converted to code points by a cursor that
/// starts at the run's first start (found in the document's index) and
/// walks forward, so a run is converted by itself, in one pass over its
/// own stretch of text.
///
/// No span of these needs the check (`Checked::offsets`): its code points
/// are counted in `text` itself up to its byte offsets, which are
/// character boundaries with `start <= end` ([`extracted`]), and its text
/// is `text`'s bytes between those offsets; so its offsets lie in the
/// text, in order, and the text between them is its text, which is all the
/// check asks. (For the same reason none is left out here: every
/// conversion succeeds.)
fn views<'a>(text: &'a str, index: &OffsetIndex<'a>, found: &'a [Extraction]) -> impl Iterator<Item = SpanView<'a>> {
    let at = found.first().and_then(|e| index.cursor_at(e.start).ok());
    // No cursor only for no extraction (or a first start off a boundary,
    // which the core never gives): then nothing is written, as before.
    at.into_iter().flat_map(move |at| annotator_extract::span_views(text, at, found))
}

/// The bytes of a span's entity or speaker, which its JSON writes besides
/// its text.
pub(crate) fn attrs_len(attrs: &Attrs) -> usize {
    match attrs {
        Attrs::Entity(e) => e.len(),
        Attrs::Quote { speaker } => speaker.as_ref().map_or(0, String::len),
        _ => 0,
    }
}

/// The corpus's start and each document's start (its id, name and text),
/// escaped: `[start, document 0, document 1, …]`. With a `file`, the first
/// two are written into it at once instead (left empty in the list),
/// document 0's text escaped and written a chunk at a time: nothing comes
/// before them, and a 10 MB text is not held twice while extraction has
/// its own memory at its peak.
fn escape(docs: &[Document], file: Option<&File>) -> std::io::Result<Pieces> {
    let mut pieces = Vec::with_capacity(docs.len() + 1);
    pieces.push(pieces::start(Vec::new()));
    for (nth, d) in docs.iter().enumerate() {
        if let (0, Some(mut f)) = (nth, file) {
            f.write_all(&std::mem::take(&mut pieces[0]))?;
            pieces::document_start_to(&mut f, Layout::Corpus, 0, d)?;
            pieces.push(Vec::new());
            continue;
        }
        let reserved = Vec::with_capacity(pieces::document_start_len(d));
        pieces.push(pieces::document_start(reserved, Layout::Corpus, nth, d));
    }
    Ok(pieces)
}

/// A run of one document's spans: `spans` of its list.
struct Run {
    doc: usize,
    spans: Range<usize>,
}

impl Run {
    /// Whether the run begins with its document's first span (or it has
    /// none): its fields come before it.
    fn opens(&self) -> bool {
        self.spans.start == 0
    }
}

/// Every document's spans cut into runs of [`RUN_SPANS`], in order; a
/// document with none has one empty run (which writes its fields and end).
fn runs(spans: &[Listed<'_>]) -> Vec<Run> {
    let mut runs = Vec::new();
    for (doc, listed) in spans.iter().enumerate() {
        let n = listed.len();
        runs.extend((0..n).step_by(RUN_SPANS).map(|start| Run { doc, spans: start..(start + RUN_SPANS).min(n) }));
        if n == 0 {
            runs.push(Run { doc, spans: 0..0 });
        }
    }
    runs
}

/// Checks each labelled span of a run: its text is the document's at its
/// offsets. Extracted ones hold by construction ([`views`]).
fn check(ex: &Export<'_>, run: &Run) -> Result<(), ExportError> {
    let Listed::Labelled(spans) = ex.spans[run.doc] else { return Ok(()) };
    let checked = &ex.checks[run.doc];
    for i in run.spans.clone() {
        checked.offsets(i, &spans[i])?;
    }
    Ok(())
}

/// A run's bytes: its document's fields before it when it is the first,
/// its spans, its document's end after it when it is the last.
fn serialise(ex: &Export<'_>, run: &Run) -> Vec<u8> {
    let (d, listed) = (&ex.docs[run.doc], ex.spans[run.doc]);
    let total = listed.len();
    let (first, last) = (run.opens(), run.spans.end == total);
    let texts: usize = match listed {
        Listed::Labelled(s) => s[run.spans.clone()].iter().map(|s| s.text.len() + attrs_len(&s.attrs)).sum(),
        Listed::Extracted(f) => f[run.spans.clone()].iter().map(|e| e.end.0 - e.start.0 + attrs_len(&e.attrs)).sum(),
    };
    let mut buf = Vec::with_capacity(texts + run.spans.len() * SPAN_FRAME_BYTES + 2 * DOCUMENT_FRAME_BYTES);
    if first {
        buf = pieces::document_fields(buf, Layout::Corpus, d);
    }
    buf = match listed {
        Listed::Labelled(s) => pieces::spans(buf, Layout::Corpus, &s[run.spans.clone()], first),
        Listed::Extracted(f) => {
            let found = &f[run.spans.clone()];
            pieces::span_views(buf, Layout::Corpus, views(&d.text, ex.checks[run.doc].index(), found), first)
        }
    };
    if last {
        buf = pieces::document_end(buf, Layout::Corpus, total > 0);
    }
    buf
}

/// Phases 2 and 3: every span checked, then the documents written after
/// their starts (`heads`, from [`escape`]), by this thread and the `spans`
/// thread, each taking runs in turn.
///
/// This thread never waits for the other: when no run is left to take, it
/// checks or makes again itself whatever the other has taken but not
/// handed over yet (a run at most, unless that thread was kept off its
/// core by others), so a thread that a loaded machine keeps waiting cannot
/// hold the output up.
fn write_spans(ex: &Export<'_>, heads: Pieces, w: &mut Background<'_>) -> Result<(), StreamError> {
    let runs = runs(ex.spans);
    let (next_check, next) = (AtomicUsize::new(0), AtomicUsize::new(0));
    let done = AtomicBool::new(false);
    std::thread::scope(|scope| {
        let (checked, from_checks) = mpsc::channel();
        let (made, from_helper) = mpsc::sync_channel(RUNS_AHEAD);
        let (runs, next_check, next, done) = (&runs, &next_check, &next, &done);
        // Should it not start, this thread does it all.
        let _ = std::thread::Builder::new().name("spans".into()).spawn_scoped(scope, move || {
            let take = |counter: &AtomicUsize| {
                let i = counter.fetch_add(1, Ordering::Relaxed);
                runs.get(i).filter(|_| !done.load(Ordering::Relaxed)).map(|run| (i, run))
            };
            while let Some((i, run)) = take(next_check) {
                if checked.send((i, check(ex, run))).is_err() {
                    return;
                }
            }
            while let Some((i, run)) = take(next) {
                if made.send((i, serialise(ex, run))).is_err() {
                    return;
                }
            }
        });
        let mut order = InOrder { ex, runs, heads, waiting: BTreeMap::new(), written: 0 };
        let ended = order
            .check(next_check, &from_checks)
            .map_err(StreamError::from)
            .and_then(|()| order.run(next, &from_helper, w));
        // The other thread stops at its next run (the scope waits for it).
        done.store(true, Ordering::Relaxed);
        ended
    })
}

/// This thread's side of phases 2 and 3: the runs it checks and makes,
/// those it is handed, and the writing in order.
struct InOrder<'a> {
    ex: &'a Export<'a>,
    runs: &'a [Run],
    /// The corpus's start and the documents' (empty once written).
    heads: Pieces,
    /// Runs made, not yet written, by number.
    waiting: BTreeMap<usize, Vec<u8>>,
    /// Runs written.
    written: usize,
}

impl InOrder<'_> {
    /// Phase 2: runs checked here while the other thread takes its own;
    /// then, in order, each run's outcome, from the other thread if it has
    /// handed it over, checked here if not. The first refused span in the
    /// documents' order is the error, whichever thread found it.
    fn check(
        &mut self,
        next: &AtomicUsize,
        from_helper: &Receiver<(usize, Result<(), ExportError>)>,
    ) -> Result<(), ExportError> {
        let mut outcomes: Vec<Option<Result<(), ExportError>>> = Vec::with_capacity(self.runs.len());
        outcomes.resize_with(self.runs.len(), || None);
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(run) = self.runs.get(i) else { break };
            outcomes[i] = Some(check(self.ex, run));
        }
        while let Ok((i, outcome)) = from_helper.try_recv() {
            outcomes[i] = Some(outcome);
        }
        for (outcome, run) in outcomes.into_iter().zip(self.runs) {
            outcome.unwrap_or_else(|| check(self.ex, run))?;
        }
        Ok(())
    }

    /// Phase 3, once every span is checked.
    fn run(
        &mut self,
        next: &AtomicUsize,
        from_helper: &Receiver<(usize, Vec<u8>)>,
        w: &mut Background<'_>,
    ) -> Result<(), StreamError> {
        self.write_ready(w)?;
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(run) = self.runs.get(i) else { break };
            self.waiting.insert(i, serialise(self.ex, run));
            self.take(from_helper);
            self.write_ready(w)?;
        }
        // None left to take: what the other thread has made, then here
        // what it has not.
        self.take(from_helper);
        for i in self.written..self.runs.len() {
            if !self.waiting.contains_key(&i) {
                self.waiting.insert(i, serialise(self.ex, &self.runs[i]));
            }
        }
        self.write_ready(w)?;
        w.write_all(&pieces::end(Vec::new(), !self.ex.docs.is_empty()))?;
        Ok(())
    }

    /// The runs the other thread has handed over, without waiting.
    fn take(&mut self, from_helper: &Receiver<(usize, Vec<u8>)>) {
        while let Ok((i, bytes)) = from_helper.try_recv() {
            self.waiting.insert(i, bytes);
        }
    }

    /// Writes the runs that are next in order, each document's start before
    /// its first run.
    fn write_ready(&mut self, w: &mut Background<'_>) -> std::io::Result<()> {
        w.write_owned(std::mem::take(&mut self.heads[0]))?;
        while let Some(bytes) = self.waiting.remove(&self.written) {
            let run = &self.runs[self.written];
            if run.opens() {
                w.write_owned(std::mem::take(&mut self.heads[run.doc + 1]))?;
            }
            w.write_owned(bytes)?;
            self.written += 1;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use annotator_schema::{Attrs, CharOffset, Label, Origin};

    fn json() -> &'static dyn Format {
        // Cannot fail: `json` is in the formats' static table.
        annotator_formats::by_id(crate::LABELLED_JSON).expect("the json format")
    }

    /// Documents with no spans, one span, and more spans than two runs hold
    /// (so that both threads make runs), texts with escapes.
    fn documents() -> Vec<Document> {
        let word = "Kyiv \"said\"\n";
        let many = word.repeat(2 * RUN_SPANS + 7);
        let mut big = Document::new("big", "big.txt", many);
        let n = word.chars().count();
        big.spans = (0..2 * RUN_SPANS + 7)
            .map(|i| Span {
                start: CharOffset(i * n),
                end: CharOffset(i * n + 4),
                label: Label::Place,
                text: "Kyiv".into(),
                attrs: Attrs::None,
                origin: Origin::Auto,
            })
            .collect();
        let mut one = Document::new("one", "o\\ne", "In Kyiv.");
        one.spans = vec![Span {
            start: CharOffset(3),
            end: CharOffset(7),
            label: Label::Place,
            text: "Kyiv".into(),
            attrs: Attrs::None,
            origin: Origin::User,
        }];
        one.reviewed = true;
        vec![Document::new("empty", "empty", ""), big, one, Document::new("none", "none", "no names here")]
    }

    /// Each document's spans, as phases 2 and 3 read a labelled one's.
    fn spans_lists(docs: &[Document]) -> Vec<Listed<'_>> {
        docs.iter().map(|d| Listed::Labelled(&d.spans)).collect()
    }

    /// What `write_spans` writes of `docs`, the starts escaped first.
    fn written(docs: &[Document]) -> Result<Vec<u8>, StreamError> {
        let (spans, checks) =
            (spans_lists(docs), docs.iter().map(|d| Checked::new(json().id(), json().unit(), d)).collect::<Vec<_>>());
        let mut out = Vec::new();
        crate::background::with_writer(&mut out, |w| {
            let heads = escape(docs, None)?;
            write_spans(&Export { docs, spans: &spans, checks: &checks }, heads, w)
        })?;
        Ok(out)
    }

    #[test]
    fn the_bytes_are_the_labelled_json_streamers_whichever_thread_made_them() {
        let docs = documents();
        let want = annotator_schema::json::to_json(&docs).into_bytes();
        assert!(written(&docs).unwrap() == want);
        assert!(runs(&spans_lists(&docs)).len() > 4, "several runs");
    }

    #[test]
    fn extractions_written_in_runs_are_the_cores_spans_converted_whole() {
        // Runs that start after characters of two, three and four bytes
        // (each run's cursor starts from the index), and a text of none.
        let part = "“Ça va,” said Zoë Brandt in Zürich, 😀 where 3,500 people met on May 2, 2024.\n";
        let docs = vec![Document::new("mixed", "mixed.txt", part.repeat(RUN_SPANS / 2)), Document::new("n", "n", "")];
        let found: Vec<Vec<Extraction>> = docs.iter().map(|d| extracted(&d.text)).collect();
        let spans: Vec<Listed<'_>> = found.iter().map(|f| Listed::Extracted(f)).collect();
        assert!(runs(&spans).len() > 3, "several runs");
        let checks: Vec<_> = docs.iter().map(|d| Checked::new(json().id(), json().unit(), d)).collect();
        let mut out = Vec::new();
        crate::background::with_writer(&mut out, |w| {
            write_spans(&Export { docs: &docs, spans: &spans, checks: &checks }, escape(&docs, None)?, w)
        })
        .unwrap();
        let whole: Vec<Document> = docs.iter().map(|d| annotator_extract::annotate(&d.id, &d.name, &d.text)).collect();
        assert!(out == annotator_schema::json::to_json(&whole).into_bytes());
    }

    #[test]
    fn a_refused_span_writes_nothing_and_is_the_first_in_order_whichever_thread_checked_it() {
        let mut docs = documents();
        docs[2].spans[0].text = "Rome".into();
        let mut out = Vec::new();
        let refused = crate::background::with_writer(&mut out, |w| {
            let spans = spans_lists(&docs);
            let checks: Vec<_> = docs.iter().map(|d| Checked::new(json().id(), json().unit(), d)).collect();
            write_spans(&Export { docs: &docs, spans: &spans, checks: &checks }, escape(&docs, None)?, w)
        });
        assert!(matches!(refused, Err(StreamError::Export(_))), "refused");
        assert!(out.is_empty(), "{} bytes written", out.len());
        // Refused spans in the first run, the last, and another document:
        // the error names the one `check::all` names, the first in order.
        docs[1].spans[5].end = CharOffset(docs[1].spans[5].end.0 + 1);
        docs[1].spans[2 * RUN_SPANS + 3].text = "Lviv".into();
        let want = annotator_formats::check::all("json", json().unit(), &docs).unwrap_err().to_string();
        assert!(want.contains("span 6 "), "{want}");
        for _ in 0..20 {
            let got = written(&docs).unwrap_err().to_string();
            assert_eq!(got, want);
        }
        // The first refusal in the second part: numbered in the document.
        docs[1].spans[5].end = CharOffset(docs[1].spans[5].end.0 - 1);
        let want = annotator_formats::check::all("json", json().unit(), &docs).unwrap_err().to_string();
        assert!(want.contains(&format!("span {} ", 2 * RUN_SPANS + 4)), "{want}");
        assert_eq!(written(&docs).unwrap_err().to_string(), want);
    }

    #[test]
    fn a_file_gets_what_standard_output_gets_and_a_refused_one_is_not_left() {
        let dir = std::env::temp_dir().join(format!("annotate-export-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("out.json");
        let docs = documents();
        let texts = |docs: &[Document]| -> Vec<Document> {
            docs.iter().map(|d| Document::new(d.id.clone(), d.name.clone(), d.text.clone())).collect()
        };
        let inputs = Inputs { to_extract: vec![false; docs.len()], docs: docs.clone() };
        assert!(annotate_and_write(json(), &inputs, Some(&path)).unwrap().iter().all(Option::is_none));
        assert!(std::fs::read(&path).unwrap() == annotator_schema::json::to_json(&docs).into_bytes());
        // Texts to extract: their spans are the extractor's.
        let inputs = Inputs { to_extract: vec![true; docs.len()], docs: texts(&docs) };
        let found = annotate_and_write(json(), &inputs, Some(&path)).unwrap();
        let extracted: Vec<Document> = texts(&docs)
            .into_iter()
            .map(|mut d| {
                d.spans = annotator_extract::annotate_spans(&d.text);
                d
            })
            .collect();
        let core = docs.iter().map(|d| annotator_extract::extract(&d.text));
        assert!(found.into_iter().flatten().eq(core), "the extractions found");
        assert!(std::fs::read(&path).unwrap() == annotator_schema::json::to_json(&extracted).into_bytes());
        // A refused span: OUT stays as it was, and no partial file is left.
        let mut bad = docs.clone();
        bad[2].spans[0].text = "Rome".into();
        let inputs = Inputs { to_extract: vec![false; bad.len()], docs: bad };
        assert!(annotate_and_write(json(), &inputs, Some(&path)).is_err());
        assert!(std::fs::read(&path).unwrap() == annotator_schema::json::to_json(&extracted).into_bytes());
        let left: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(left, ["out.json"]);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
