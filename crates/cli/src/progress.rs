//! The progress bar of `annotate --jsonl` on standard error: documents
//! done, MB/s and the time left (when the inputs' size is known). What a
//! line says is a pure function of the counts ([`bar`], [`summary`]);
//! [`Bar`] draws it, at most a few times a second.

use std::io::Write;
use std::time::{Duration, Instant};

/// Redraws on a terminal: often enough to look alive, rarely enough to
/// cost nothing.
const REDRAW: Duration = Duration::from_millis(200);
/// A new line in a log (`--progress` when standard error is no terminal):
/// a log of a long run stays short.
const LOG_EVERY: Duration = Duration::from_secs(5);
/// Characters in the bar between its brackets.
const WIDTH: usize = 24;

/// Where a run is.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Counts {
    /// Documents written.
    pub docs: u64,
    /// Bad lines skipped.
    pub bad: u64,
    /// Input bytes done (written or skipped).
    pub bytes: u64,
    /// The inputs' size, when known.
    pub total: Option<u64>,
    pub elapsed: Duration,
}

impl Counts {
    fn rate(&self) -> f64 {
        let secs = self.elapsed.as_secs_f64();
        if secs > 0.0 {
            self.bytes as f64 / secs / 1e6
        } else {
            0.0
        }
    }
}

/// `12,345`
fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// `1:05`, `2:03:09`
fn clock(d: Duration) -> String {
    let s = d.as_secs();
    if s >= 3600 {
        format!("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
    } else {
        format!("{}:{:02}", s / 60, s % 60)
    }
}

/// `1.2 MB`, `340.5 MB`, `2.41 GB`
fn size(bytes: u64) -> String {
    let mb = bytes as f64 / 1e6;
    if mb >= 1000.0 {
        format!("{:.2} GB", mb / 1000.0)
    } else {
        format!("{mb:.1} MB")
    }
}

fn docs_and_bad(c: &Counts) -> String {
    let mut s = format!("{} doc{}", thousands(c.docs), if c.docs == 1 { "" } else { "s" });
    if c.bad > 0 {
        let lines = if c.bad == 1 { "line" } else { "lines" };
        s += &format!(" · {} bad {lines} skipped", thousands(c.bad));
    }
    s
}

/// The bar while a run goes on.
pub fn bar(c: &Counts) -> String {
    let (docs, rate) = (docs_and_bad(c), c.rate());
    match c.total.filter(|&t| t > 0) {
        Some(total) => {
            let done = (c.bytes as f64 / total as f64).clamp(0.0, 1.0);
            let filled = (done * WIDTH as f64).round() as usize;
            let left = if rate > 0.0 {
                clock(Duration::from_secs_f64(total.saturating_sub(c.bytes) as f64 / 1e6 / rate))
            } else {
                "?".into()
            };
            format!(
                "[{}{}] {:3.0}% · {docs} · {rate:.1} MB/s · {left} left",
                "#".repeat(filled),
                "-".repeat(WIDTH - filled),
                done * 100.0
            )
        }
        None => format!("{docs} · {} · {rate:.1} MB/s", size(c.bytes)),
    }
}

/// The last line of a run.
pub fn summary(c: &Counts) -> String {
    format!("{} · {} in {} · {:.1} MB/s", docs_and_bad(c), size(c.bytes), clock(c.elapsed), c.rate())
}

/// The bar on standard error, or nothing.
pub struct Bar {
    on: bool,
    /// Redrawn in place (a terminal) rather than a line at a time (a log).
    in_place: bool,
    last: Option<Instant>,
    /// A bar is on the screen without a line break after it.
    shown: bool,
}

impl Bar {
    pub fn new(on: bool, in_place: bool) -> Bar {
        Bar { on, in_place, last: None, shown: false }
    }

    /// Draws `counts` if it is time to.
    pub fn update(&mut self, counts: &Counts) {
        let every = if self.in_place { REDRAW } else { LOG_EVERY };
        if self.on && self.last.is_none_or(|t| t.elapsed() >= every) {
            self.last = Some(Instant::now());
            self.draw(&bar(counts), false);
        }
    }

    /// Prints a message on its own line (the bar comes back at the next
    /// update).
    pub fn message(&mut self, text: &str) {
        self.clear();
        eprintln!("{text}");
    }

    /// The summary in place of the bar.
    pub fn finish(&mut self, counts: &Counts) {
        if self.on {
            self.draw(&summary(counts), true);
        }
    }

    fn clear(&mut self) {
        if self.shown {
            eprint!("\r\x1b[K");
            self.shown = false;
        }
    }

    fn draw(&mut self, line: &str, last: bool) {
        let mut err = std::io::stderr().lock();
        // Progress is a courtesy: a standard error that cannot be written
        // to must not stop the annotation.
        let _ = if self.in_place {
            let end = if last { "\n" } else { "" };
            write!(err, "\r{line}\x1b[K{end}")
        } else {
            writeln!(err, "{line}")
        };
        let _ = err.flush();
        self.shown = self.in_place && !last;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bar_shows_documents_speed_and_time_left() {
        let c = Counts {
            docs: 12_345,
            bad: 0,
            bytes: 50_000_000,
            total: Some(200_000_000),
            elapsed: Duration::from_secs(2),
        };
        assert_eq!(bar(&c), "[######------------------]  25% · 12,345 docs · 25.0 MB/s · 0:06 left");
        let unknown = Counts { total: None, bad: 3, ..c };
        assert_eq!(bar(&unknown), "12,345 docs · 3 bad lines skipped · 50.0 MB · 25.0 MB/s");
        let start = Counts { elapsed: Duration::ZERO, bytes: 0, ..c };
        assert!(bar(&start).ends_with("0.0 MB/s · ? left"), "{}", bar(&start));
    }

    #[test]
    fn a_summary_says_what_was_done() {
        let c =
            Counts { docs: 1_234_567, bad: 1, bytes: 3_600_000_000, total: None, elapsed: Duration::from_secs(3725) };
        assert_eq!(summary(&c), "1,234,567 docs · 1 bad line skipped · 3.60 GB in 1:02:05 · 1.0 MB/s");
        assert_eq!((thousands(0), thousands(999), thousands(1000)), ("0".into(), "999".into(), "1,000".into()));
    }
}
