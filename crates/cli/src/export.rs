//! `annotate FILE...` in labelled JSON: extraction and the export run side
//! by side on two cores, and the bytes are those of the labelled-JSON
//! streamer (`schema::json::write_json`), byte for byte.
//!
//! ```text
//!  1. extraction   this thread: each text's spans (annotator_extract::annotate_spans)
//!                  `escape` thread: the corpus's start and each document's id, name and
//!                  text, escaped (json::pieces::document_start); into OUT.partial at once
//!                  for the first document, kept for the others and for standard output
//!  2. the spans    this thread checks every span (formats::check) while the `spans`
//!                  thread serialises runs of spans; then both take runs in turn, and
//!                  this thread writes the pieces in order through the writer thread,
//!                  never waiting for the other (what it has not handed over at the
//!                  end is made again here)
//! ```
//!
//! A document's text comes before its spans in the labelled JSON
//! (`LABELS.md`), and it is input: its escaping, most of the bytes after
//! the spans, needs no extraction. On the 10 MB document the export was
//! 18–22% of the core's time after extraction, on one thread.
//!
//! Invariants: nothing reaches standard output before every span is
//! checked (a file may be written before: it is `OUT.partial`, removed on
//! a failure, [`output::to_output`]); the pieces are written in the
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

use annotator_formats::{check, Format, StreamError};
use annotator_schema::json::pieces::{self, Layout};
use annotator_schema::{Document, Span};

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
/// or standard output. The documents keep their spans.
pub fn annotate_and_write(
    format: &'static dyn Format,
    inputs: &mut Inputs,
    out: Option<&Path>,
) -> Result<(), OutputError> {
    output::to_output(out, |w, file| {
        let (found, heads) = extract_and_escape(&inputs.docs, &inputs.to_extract, file)?;
        for (d, spans) in inputs.docs.iter_mut().zip(found) {
            if let Some(spans) = spans {
                d.spans = spans;
            }
        }
        write_spans(format, &inputs.docs, heads, w, file.is_some())
    })
}

/// Pieces of the output made apart, in the order they are written.
type Pieces = Vec<Vec<u8>>;

/// Each document's spans, if they were extracted.
type Found = Vec<Option<Vec<Span>>>;

/// Phase 1: the spans of each document marked `to_extract`, on this
/// thread, while the `escape` thread escapes the documents' starts
/// ([`escape`]).
fn extract_and_escape(
    docs: &[Document],
    to_extract: &[bool],
    file: Option<&File>,
) -> Result<(Found, Pieces), StreamError> {
    std::thread::scope(|scope| {
        let thread = std::thread::Builder::new().name("escape".into()).spawn_scoped(scope, move || escape(docs, file));
        let found = docs
            .iter()
            .zip(to_extract)
            .map(|(d, &extract)| extract.then(|| annotator_extract::annotate_spans(&d.text)))
            .collect();
        let heads = match thread {
            // A thread that panicked may have written part of its work.
            Ok(t) => t.join().unwrap_or_else(|_| Err(std::io::Error::other("the escaping thread stopped")))?,
            // None started: the work is done here.
            Err(_) => escape(docs, file)?,
        };
        Ok((found, heads))
    })
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

/// A run of one document's spans.
struct Run {
    doc: usize,
    spans: Range<usize>,
}

/// Every document's spans cut into runs of [`RUN_SPANS`], in order; a
/// document with none has one empty run (which writes its fields and end).
fn runs(docs: &[Document]) -> Vec<Run> {
    let mut runs = Vec::new();
    for (doc, d) in docs.iter().enumerate() {
        let n = d.spans.len();
        let mut start = 0;
        loop {
            let end = (start + RUN_SPANS).min(n);
            runs.push(Run { doc, spans: start..end });
            start = end;
            if start == n {
                break;
            }
        }
    }
    runs
}

/// A run's bytes: its document's fields before it when it is the first,
/// its spans, its document's end after it when it is the last.
fn serialise(docs: &[Document], run: &Run) -> Vec<u8> {
    let d = &docs[run.doc];
    let spans = &d.spans[run.spans.clone()];
    let (first, last) = (run.spans.start == 0, run.spans.end == d.spans.len());
    let texts: usize = spans.iter().map(|s| s.text.len() + s.entity().or(s.speaker()).map_or(0, str::len)).sum();
    let mut buf = Vec::with_capacity(texts + spans.len() * SPAN_FRAME_BYTES + 2 * DOCUMENT_FRAME_BYTES);
    if first {
        buf = pieces::document_fields(buf, Layout::Corpus, d);
    }
    buf = pieces::spans(buf, Layout::Corpus, spans, first);
    if last {
        buf = pieces::document_end(buf, Layout::Corpus, !d.spans.is_empty());
    }
    buf
}

/// Phase 2: every span checked, and the documents written after their
/// starts (`heads`, from [`escape`]), their spans serialised by this
/// thread and the `spans` thread. With `early` (the output is a file that
/// a failure removes) pieces are written before the check is done.
///
/// This thread never waits for the other: it checks the spans itself
/// first (the other making its first runs meanwhile), then takes runs in
/// turn with it, writing each in order as soon as it and those before it
/// are made; when none is left to take, it makes again itself whatever
/// the other has taken but not handed over yet (a run at most, unless that
/// thread was kept off its core by others), so a thread that a loaded
/// machine keeps waiting cannot hold the output up.
fn write_spans(
    format: &'static dyn Format,
    docs: &[Document],
    heads: Pieces,
    w: &mut Background<'_>,
    early: bool,
) -> Result<(), StreamError> {
    let runs = runs(docs);
    let next = AtomicUsize::new(0);
    let done = AtomicBool::new(false);
    std::thread::scope(|scope| {
        let (made, from_helper) = mpsc::sync_channel(RUNS_AHEAD);
        let (runs, next, done) = (&runs, &next, &done);
        // Should it not start, this thread does it all.
        let _ = std::thread::Builder::new().name("spans".into()).spawn_scoped(scope, move || loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(run) = runs.get(i) else { return };
            if done.load(Ordering::Relaxed) || made.send((i, serialise(docs, run))).is_err() {
                return;
            }
        });
        let mut order = InOrder { docs, runs, heads, waiting: BTreeMap::new(), written: 0, open: early };
        let ended = order.run(format, next, &from_helper, w);
        // The other thread stops at its next run (the scope waits for it).
        done.store(true, Ordering::Relaxed);
        ended
    })
}

/// This thread's side of phase 2: the runs it makes, those it is handed,
/// and the writing in order.
struct InOrder<'a> {
    docs: &'a [Document],
    runs: &'a [Run],
    /// The corpus's start and the documents' (empty once written).
    heads: Pieces,
    /// Runs made, not yet written, by number.
    waiting: BTreeMap<usize, Vec<u8>>,
    /// Runs written.
    written: usize,
    /// Whether pieces may be written (the output is a file, or every span
    /// is checked).
    open: bool,
}

impl InOrder<'_> {
    fn run(
        &mut self,
        format: &'static dyn Format,
        next: &AtomicUsize,
        from_helper: &Receiver<(usize, Vec<u8>)>,
        w: &mut Background<'_>,
    ) -> Result<(), StreamError> {
        check::all(format.id(), format.unit(), self.docs)?;
        self.open = true;
        self.write_ready(w)?;
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(run) = self.runs.get(i) else { break };
            self.waiting.insert(i, serialise(self.docs, run));
            self.take(from_helper);
            self.write_ready(w)?;
        }
        // None left to take: what the other thread has made, then here
        // what it has not.
        self.take(from_helper);
        for i in self.written..self.runs.len() {
            if !self.waiting.contains_key(&i) {
                self.waiting.insert(i, serialise(self.docs, &self.runs[i]));
            }
        }
        self.write_ready(w)?;
        w.write_all(&pieces::end(Vec::new(), !self.docs.is_empty()))?;
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
        if !self.open {
            return Ok(());
        }
        w.write_owned(std::mem::take(&mut self.heads[0]))?;
        while let Some(bytes) = self.waiting.remove(&self.written) {
            let run = &self.runs[self.written];
            if run.spans.start == 0 {
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

    /// What `write_spans` writes, the starts escaped first, to a file
    /// (`early`) or not.
    fn written(docs: &[Document], early: bool) -> Result<Vec<u8>, StreamError> {
        let mut out = Vec::new();
        crate::background::with_writer(&mut out, |w| {
            let heads = escape(docs, None)?;
            write_spans(json(), docs, heads, w, early)
        })?;
        Ok(out)
    }

    #[test]
    fn the_bytes_are_the_labelled_json_streamers_whichever_thread_made_them() {
        let docs = documents();
        let want = annotator_schema::json::to_json(&docs).into_bytes();
        for early in [false, true] {
            assert!(written(&docs, early).unwrap() == want, "early {early}");
        }
        assert!(runs(&docs).len() > 4, "several runs");
    }

    #[test]
    fn a_refused_span_writes_nothing_to_standard_output() {
        let mut docs = documents();
        docs[2].spans[0].text = "Rome".into();
        let mut out = Vec::new();
        let refused = crate::background::with_writer(&mut out, |w| {
            let heads = escape(&docs, None)?;
            write_spans(json(), &docs, heads, w, false)
        });
        assert!(matches!(refused, Err(StreamError::Export(_))), "refused");
        assert!(out.is_empty(), "{} bytes written", out.len());
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
        let mut inputs = Inputs { to_extract: vec![false; docs.len()], docs: docs.clone() };
        annotate_and_write(json(), &mut inputs, Some(&path)).unwrap();
        assert!(std::fs::read(&path).unwrap() == annotator_schema::json::to_json(&docs).into_bytes());
        // Texts to extract: their spans are the extractor's.
        let mut inputs = Inputs { to_extract: vec![true; docs.len()], docs: texts(&docs) };
        annotate_and_write(json(), &mut inputs, Some(&path)).unwrap();
        let extracted: Vec<Document> = texts(&docs)
            .into_iter()
            .map(|mut d| {
                d.spans = annotator_extract::annotate_spans(&d.text);
                d
            })
            .collect();
        assert_eq!(inputs.docs, extracted);
        assert!(std::fs::read(&path).unwrap() == annotator_schema::json::to_json(&extracted).into_bytes());
        // A refused span: OUT stays as it was, and no partial file is left.
        let mut bad = docs.clone();
        bad[2].spans[0].text = "Rome".into();
        let mut inputs = Inputs { to_extract: vec![false; bad.len()], docs: bad };
        assert!(annotate_and_write(json(), &mut inputs, Some(&path)).is_err());
        assert!(std::fs::read(&path).unwrap() == annotator_schema::json::to_json(&extracted).into_bytes());
        let left: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(left, ["out.json"]);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
