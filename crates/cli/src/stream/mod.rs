//! `annotate --jsonl`: a stream of documents, one JSON object per line, in;
//! one labelled document per line out, in input order, each written and
//! flushed as soon as it and every line before it are done.
//!
//! ```text
//!  reader thread            N worker threads              this thread
//!  Source::next_line ─jobs─► line::annotate ─results─► Reorder ─► write + flush
//!        ▲  (bounded)                       (bounded)     │
//!        └──────────────── a free slot per line written ──┘
//! ```
//!
//! **Memory is bounded by the largest document**, whatever the stream's
//! length: the reader holds one line; it takes a slot before reading each
//! line and the writer gives the slot back once that line is written or
//! skipped, so at most `IN_FLIGHT_PER_JOB × jobs` documents are anywhere
//! in the pipeline at once (in the channels, on a worker, or in the reorder
//! buffer waiting for an earlier, slower one). Nothing else grows with the
//! stream.
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

/// Documents in flight per worker: enough that one slow document leaves
/// the others work to do for a while, few enough that memory stays a small
/// multiple of the largest document.
const IN_FLIGHT_PER_JOB: usize = 4;
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

/// What becomes of one line, in input order.
enum Outcome {
    Line { line: Line, result: Result<Vec<u8>, LineError> },
    ReadFailed(source::ReadError),
}

/// Runs the stream to its end, to Ctrl-C or to the first error.
pub fn run(opts: StreamOptions) -> Result<End, StreamError> {
    let interrupted = Arc::new(AtomicBool::new(false));
    signal_hook::flag::register(signal_hook::consts::SIGINT, Arc::clone(&interrupted)).map_err(StreamError::Signal)?;
    let mut source = Source::open(&opts.files)?;
    let names = source.names().to_vec();
    let total = source.total();
    let (shown, mut out): (String, Box<dyn Write>) = match &opts.out {
        Some(path) => {
            let file = std::fs::File::create(path).map_err(|e| write_error(path, e))?;
            (path.display().to_string(), Box::new(std::io::BufWriter::new(file)))
        }
        None => ("<stdout>".into(), Box::new(std::io::stdout().lock())),
    };

    let jobs = opts.jobs.get();
    let window = IN_FLIGHT_PER_JOB * jobs;
    let (slots_tx, slots_rx) = mpsc::sync_channel::<()>(window);
    for _ in 0..window {
        // Cannot fail: the channel holds exactly `window` and its receiver lives.
        let _ = slots_tx.send(());
    }
    let (jobs_tx, jobs_rx) = mpsc::sync_channel::<(u64, Line)>(jobs);
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
        while let Some(outcome) = order.pop() {
            let (line, result) = match outcome {
                Outcome::Line { line, result } => (line, result),
                Outcome::ReadFailed(e) => {
                    bar.finish(&counts);
                    return Err(e.into());
                }
            };
            counts.bytes += line.size;
            match result {
                Ok(labelled) => {
                    out.write_all(&labelled).and_then(|()| out.flush()).map_err(|e| write_error(&shown, e))?;
                    counts.docs += 1;
                }
                Err(e) => {
                    counts.bad += 1;
                    let name = &names[line.input];
                    bar.message(&format!("annotate: {name}:{}: {e}", line.number));
                    if opts.strict {
                        bar.finish(&counts);
                        return Err(StreamError::Strict(name.clone(), line.number, counts.docs));
                    }
                }
            }
            // The reader may have finished and gone: then no slot is needed.
            let _ = slots_tx.send(());
            if interrupted.load(Ordering::Relaxed) {
                break;
            }
        }
        bar.update(&counts);
    }
    counts.elapsed = started.elapsed();
    bar.finish(&counts);
    match order.waiting() {
        0 => Ok(End::Done(counts)),
        lost => Err(StreamError::Lost(lost)),
    }
}

fn write_error(name: impl AsRef<Path>, e: std::io::Error) -> StreamError {
    StreamError::Write(name.as_ref().display().to_string(), e)
}

/// The reader thread: a free slot, then a line, until the inputs end, the
/// writer stops or Ctrl-C.
fn read(
    source: &mut Source,
    slots: &mpsc::Receiver<()>,
    jobs: &mpsc::SyncSender<(u64, Line)>,
    results: &mpsc::SyncSender<(u64, Outcome)>,
    interrupted: &AtomicBool,
) {
    for seq in 0u64.. {
        if slots.recv().is_err() || interrupted.load(Ordering::Relaxed) {
            return;
        }
        match source.next_line() {
            Ok(Some(line)) => {
                if jobs.send((seq, line)).is_err() {
                    return;
                }
            }
            Ok(None) => return,
            Err(e) => {
                let _ = results.send((seq, Outcome::ReadFailed(e)));
                return;
            }
        }
    }
}

/// A worker thread: annotates lines until there are none.
fn work(jobs: &Mutex<mpsc::Receiver<(u64, Line)>>, results: &mpsc::SyncSender<(u64, Outcome)>) {
    loop {
        // A poisoned lock means another worker died holding it: stop too
        // (the writer reports what was lost).
        let next = match jobs.lock() {
            Ok(rx) => rx.recv(),
            Err(_) => return,
        };
        let Ok((seq, mut line)) = next else { return };
        let result = line::annotate(&line.bytes);
        line.bytes = Vec::new();
        if results.send((seq, Outcome::Line { line, result })).is_err() {
            return;
        }
    }
}
