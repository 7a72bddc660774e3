//! `annotate --jsonl`: a stream of documents, one JSON object per line, in;
//! one labelled document per line out, in input order, each written as
//! soon as it and every line before it are done (flushed whenever the
//! writer has written all it has).
//!
//! ```text
//!  reader thread             N worker threads              this thread
//!  Source::next_line ─jobs──► line::annotate ─results─► Reorder ─► write, flush
//!   (lines in batches) (bounded)  each line     (bounded)     │
//!        ▲                                                    │
//!        └──────────────── a free slot per batch written ─────┘
//! ```
//!
//! **Lines travel in batches**: the reader hands a worker the lines it
//! already has in its buffer (up to [`BATCH_LINES`] or [`BATCH_BYTES`];
//! it never waits for a line to fill a batch), so a hand-over between
//! threads, and a wake-up, is paid once a batch rather than once a line,
//! and the writer writes a batch's lines and flushes once.
//!
//! **Memory is bounded by the largest document**, whatever the stream's
//! length: the reader takes a slot before reading each batch and the
//! writer gives the slot back once that batch is written or skipped, so at
//! most `IN_FLIGHT_PER_JOB × jobs` batches are anywhere in the pipeline at
//! once (in the channels, on a worker, or in the reorder buffer waiting for
//! an earlier, slower one), each of at most [`BATCH_BYTES`] or one line.
//! Nothing else grows with the stream.
//!
//! **Bad lines** are reported on standard error by file and line number, in
//! input order, and skipped; with `--strict` the first one ends the run
//! after every line before it has been written. **Ctrl-C** sets a flag the
//! writer reads between lines (and every `TICK` while it waits): it stops
//! at a line's end, so the output holds only complete lines.

mod line;
mod order;
mod source;

use std::io::{IsTerminal, Write};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::args::{Progress, StreamOptions};
use crate::progress::{Bar, Counts};
use line::LineError;
use order::Reorder;
use source::{Line, Source};

/// Batches in flight per worker: enough that one slow batch leaves the
/// others work to do for a while, few enough that memory stays a small
/// multiple of the largest document (or of [`BATCH_BYTES`]).
const IN_FLIGHT_PER_JOB: usize = 4;
/// The most lines in a batch: few enough that a stream of a few hundred
/// documents (a Spark partition) still spreads over every worker, enough
/// that the hand-overs cost little beside the lines' work.
const BATCH_LINES: usize = 16;
/// A batch closes once its lines hold this many bytes (a longer line goes
/// alone): the bound on memory per batch.
const BATCH_BYTES: usize = 1 << 20;
/// The writer's buffer before standard output or the file: a batch's lines
/// go out in one write.
const OUT_BUFFER: usize = 1 << 20;
/// How often the writer, while it waits, looks at the Ctrl-C flag and
/// redraws the progress bar.
const TICK: Duration = Duration::from_millis(100);

/// How a stream that did not fail ended.
pub enum End {
    /// Every line read.
    Done(Counts),
    /// Ctrl-C: stopped at a line's end.
    Interrupted(Counts),
}

/// Why the stream stopped (exit status 1).
#[derive(Debug, thiserror::Error)]
pub enum StreamError {
    #[error(transparent)]
    Open(#[from] source::OpenError),
    #[error(transparent)]
    Read(#[from] source::ReadError),
    #[error("{0}: cannot write: {1}")]
    Write(String, std::io::Error),
    #[error("stopped at the bad line {0}:{1} (--strict); every document before it is written ({2})")]
    Strict(String, usize, u64),
    #[error("cannot start the worker threads: {0}")]
    Threads(std::io::Error),
    #[error("cannot watch for Ctrl-C: {0}")]
    Signal(std::io::Error),
    #[error("{0} documents were lost by a worker thread that stopped")]
    Lost(usize),
}

/// What becomes of a batch of lines, in input order.
enum Outcome {
    /// Each line with its labelled line or why it was not annotated.
    Lines(Vec<(Line, Result<line::Labelled, LineError>)>),
    ReadFailed(source::ReadError),
}

/// Runs the stream to its end, to Ctrl-C or to the first error.
pub fn run(opts: StreamOptions) -> Result<End, StreamError> {
    let interrupted = Arc::new(AtomicBool::new(false));
    signal_hook::flag::register(signal_hook::consts::SIGINT, Arc::clone(&interrupted)).map_err(StreamError::Signal)?;
    // The lexicons load on threads of their own while the first lines are
    // read and parsed (as `annotate FILE` does); a worker that needs them
    // first waits for them.
    crate::input::warm_up_in_background();
    let mut source = Source::open(&opts.files)?;
    let names = source.names().to_vec();
    let total = source.total();
    let (shown, mut out): (String, Box<dyn Write>) = match &opts.out {
        Some(path) => {
            let file = std::fs::File::create(path).map_err(|e| write_error(path, e))?;
            (path.display().to_string(), Box::new(std::io::BufWriter::with_capacity(OUT_BUFFER, file)))
        }
        // Standard output flushes at every line break by itself: buffered,
        // a batch's lines go out in one write.
        None => ("<stdout>".into(), Box::new(std::io::BufWriter::with_capacity(OUT_BUFFER, std::io::stdout().lock()))),
    };

    let jobs = opts.jobs.get();
    let window = IN_FLIGHT_PER_JOB * jobs;
    let (slots_tx, slots_rx) = mpsc::sync_channel::<()>(window);
    for _ in 0..window {
        // Cannot fail: the channel holds exactly `window` and its receiver lives.
        let _ = slots_tx.send(());
    }
    let (jobs_tx, jobs_rx) = mpsc::sync_channel::<(u64, Vec<Line>)>(jobs);
    let jobs_rx = Arc::new(Mutex::new(jobs_rx));
    let (results_tx, results_rx) = mpsc::sync_channel::<(u64, Outcome)>(window);

    for i in 0..jobs {
        let (rx, tx) = (Arc::clone(&jobs_rx), results_tx.clone());
        std::thread::Builder::new()
            .name(format!("annotate-{i}"))
            .spawn(move || work(&rx, &tx))
            .map_err(StreamError::Threads)?;
    }
    let stop = Arc::clone(&interrupted);
    std::thread::Builder::new()
        .name("read".into())
        .spawn(move || read(&mut source, &slots_rx, &jobs_tx, &results_tx, &stop))
        .map_err(StreamError::Threads)?;

    let stderr_tty = std::io::stderr().is_terminal();
    let on = match opts.progress {
        Progress::Auto => stderr_tty,
        Progress::Always => true,
        Progress::Never => false,
    };
    let mut bar = Bar::new(on, stderr_tty);
    let started = Instant::now();
    let mut counts = Counts { total, ..Counts::default() };
    let mut order = Reorder::new();
    loop {
        counts.elapsed = started.elapsed();
        if interrupted.load(Ordering::Relaxed) {
            bar.finish(&counts);
            return Ok(End::Interrupted(counts));
        }
        match results_rx.recv_timeout(TICK) {
            Ok((seq, outcome)) => order.put(seq, outcome),
            Err(RecvTimeoutError::Timeout) => {
                bar.update(&counts);
                continue;
            }
            Err(RecvTimeoutError::Disconnected) => break,
        }
        // Every batch now in order, then one flush: the lines written are
        // out before the writer waits again.
        let ready = Ready { names: &names, strict: opts.strict, interrupted: &interrupted, slots: &slots_tx };
        let written = ready.write(&mut order, &mut out, &mut counts, &mut bar);
        let flushed = out.flush().map_err(|e| write_error(&shown, e));
        match written {
            Err(Stop::Write(e)) => return Err(write_error(&shown, e)),
            Err(Stop::Failed(e)) => {
                bar.finish(&counts);
                flushed?;
                return Err(e);
            }
            Ok(()) => flushed?,
        }
        bar.update(&counts);
    }
    counts.elapsed = started.elapsed();
    bar.finish(&counts);
    // Lines that wait for a batch that never came (its worker stopped).
    let waiting = order.waiting().map(|o| if let Outcome::Lines(lines) = o { lines.len() } else { 0 }).sum();
    match waiting {
        0 => Ok(End::Done(counts)),
        lost => Err(StreamError::Lost(lost)),
    }
}

/// Why [`Ready::write`] stopped.
enum Stop {
    /// Writing failed.
    Write(std::io::Error),
    /// A read error, or a bad line with `--strict`: every line before it is
    /// written.
    Failed(StreamError),
}

/// What the writer needs besides the output to write the batches that are
/// ready.
struct Ready<'a> {
    names: &'a [String],
    strict: bool,
    interrupted: &'a AtomicBool,
    slots: &'a mpsc::SyncSender<()>,
}

impl Ready<'_> {
    /// Writes every batch that is next in input order (each line's
    /// labelled line, or its error on standard error) and gives back its
    /// slot; stops after the line where Ctrl-C finds it.
    fn write(
        &self,
        order: &mut Reorder<Outcome>,
        out: &mut dyn Write,
        counts: &mut Counts,
        bar: &mut Bar,
    ) -> Result<(), Stop> {
        while let Some(outcome) = order.pop() {
            let lines = match outcome {
                Outcome::Lines(lines) => lines,
                Outcome::ReadFailed(e) => return Err(Stop::Failed(e.into())),
            };
            for (line, result) in lines {
                counts.bytes += line.size;
                match result {
                    Ok(labelled) => {
                        for piece in &labelled {
                            out.write_all(piece).map_err(Stop::Write)?;
                        }
                        counts.docs += 1;
                    }
                    Err(e) => {
                        counts.bad += 1;
                        let name = &self.names[line.input];
                        bar.message(&format!("annotate: {name}:{}: {e}", line.number));
                        if self.strict {
                            return Err(Stop::Failed(StreamError::Strict(name.clone(), line.number, counts.docs)));
                        }
                    }
                }
                if self.interrupted.load(Ordering::Relaxed) {
                    return Ok(());
                }
            }
            // The reader may have finished and gone: then no slot is needed.
            let _ = self.slots.send(());
        }
        Ok(())
    }
}

fn write_error(name: impl AsRef<Path>, e: std::io::Error) -> StreamError {
    StreamError::Write(name.as_ref().display().to_string(), e)
}

/// The reader thread: a free slot, then a batch of lines, until the inputs
/// end, the writer stops or Ctrl-C. A read error ends the run after the
/// lines read before it.
fn read(
    source: &mut Source,
    slots: &mpsc::Receiver<()>,
    jobs: &mpsc::SyncSender<(u64, Vec<Line>)>,
    results: &mpsc::SyncSender<(u64, Outcome)>,
    interrupted: &AtomicBool,
) {
    let mut failed = None;
    for seq in 0u64.. {
        if slots.recv().is_err() || interrupted.load(Ordering::Relaxed) {
            return;
        }
        let (mut batch, mut bytes) = (Vec::new(), 0);
        while failed.is_none() {
            match source.next_line() {
                Ok(Some(line)) => {
                    bytes += line.bytes.len();
                    batch.push(line);
                }
                Ok(None) => break,
                Err(e) => failed = Some(e),
            }
            // Never wait for a line to fill a batch: the lines read so far
            // go when the next is not in the buffer yet.
            if batch.len() == BATCH_LINES || bytes >= BATCH_BYTES || !source.line_ready() {
                break;
            }
        }
        if batch.is_empty() {
            if let Some(e) = failed {
                let _ = results.send((seq, Outcome::ReadFailed(e)));
            }
            return;
        }
        if jobs.send((seq, batch)).is_err() {
            return;
        }
    }
}

/// A worker thread: annotates batches of lines until there are none.
fn work(jobs: &Mutex<mpsc::Receiver<(u64, Vec<Line>)>>, results: &mpsc::SyncSender<(u64, Outcome)>) {
    loop {
        // A poisoned lock means another worker died holding it: stop too
        // (the writer reports what was lost).
        let next = match jobs.lock() {
            Ok(rx) => rx.recv(),
            Err(_) => return,
        };
        let Ok((seq, batch)) = next else { return };
        let done = batch
            .into_iter()
            .map(|mut line| {
                let result = line::annotate(&line.bytes);
                line.bytes = Vec::new();
                (line, result)
            })
            .collect();
        if results.send((seq, Outcome::Lines(done))).is_err() {
            return;
        }
    }
}
