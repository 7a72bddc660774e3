//! A writer on a thread of its own: what is written is gathered into
//! buffers of [`BUFFER`] bytes, each handed to the thread, which writes it
//! while the caller goes on serialising the next. A large labelled-JSON
//! export (53 MB for a 10 MB document) spent 5% of its time in the `write`
//! system calls, on the thread that serialises (`perf record`); here they
//! run beside it, on the other core.
//!
//! Bytes reach the output in the order written. At most [`IN_FLIGHT`]
//! buffers are out at once (the memory it adds is bounded: a few MiB); the
//! caller waits for the oldest when all are. The output's first error is
//! reported by the next [`Write::write`] or [`Write::flush`] after it, and
//! by [`with_writer`]; nothing is written after it.

use std::io::{self, Write};
use std::sync::mpsc::{self, Receiver, SyncSender};

/// Bytes gathered before a buffer goes to the thread: the labelled-JSON
/// writer hands over 256 KiB at a time (`schema::json::write`), so each of
/// its chunks goes on at once, one `write` call each.
const BUFFER: usize = 256 * 1024;

/// Buffers handed to the thread and not yet back: enough for the writer to
/// keep serialising while a slow `write` finishes.
const IN_FLIGHT: usize = 4;

/// The caller's end: gathers bytes, hands full buffers to the thread, or
/// a buffer of the caller's as it is ([`Background::write_owned`]).
pub struct Background<'o> {
    buf: Vec<u8>,
    /// A written buffer back from the thread, for the next gathering.
    spare: Option<Vec<u8>>,
    /// Where full buffers go.
    full: To<'o>,
    /// Written buffers back (to be reused), or the output's error.
    back: Receiver<io::Result<Vec<u8>>>,
    in_flight: usize,
    error: Option<io::Error>,
}

/// Where a [`Background`]'s buffers go.
enum To<'o> {
    /// To the thread.
    Thread(SyncSender<Vec<u8>>),
    /// Written at once, on the caller's thread (no thread could start).
    Here(Box<dyn Write + 'o>),
    /// Nowhere: the thread was told to end.
    Closed,
}

/// Runs `body` with a writer whose bytes go to `out` from a thread of its
/// own, then waits for all of them to be written. `body`'s own error comes
/// first; then the output's, if it had one.
/// Should no thread start, `body` writes to `out` itself.
pub fn with_writer<W, E>(out: W, body: impl FnOnce(&mut Background<'_>) -> Result<(), E>) -> Result<(), E>
where
    W: Write + Send,
    E: From<io::Error>,
{
    std::thread::scope(|scope| {
        let (full, to_write) = mpsc::sync_channel::<Vec<u8>>(IN_FLIGHT);
        let (written, back) = mpsc::channel();
        // The output comes back only if the thread did not start.
        let (out_tx, out_rx) = mpsc::channel();
        let thread = std::thread::Builder::new().name("writer".into()).spawn_scoped(scope, move || {
            if let Ok(out) = out_rx.recv() {
                write_all(out, &to_write, &written);
            }
        });
        if thread.is_err() {
            // No thread: every buffer is written here, when it is handed over.
            let mut w = Background::new(To::Here(Box::new(out)), back);
            body(&mut w)?;
            w.flush()?;
            return Ok(());
        }
        if out_tx.send(out).is_err() {
            return Err(gone().into());
        }
        let mut w = Background::new(To::Thread(full), back);
        body(&mut w)?;
        w.flush()?;
        Ok(())
    })
}

/// The thread: writes each buffer in turn and hands it back; after an
/// error, hands the error back once and the buffers unwritten.
fn write_all(mut out: impl Write, to_write: &Receiver<Vec<u8>>, written: &mpsc::Sender<io::Result<Vec<u8>>>) {
    let mut failed = false;
    for buf in to_write {
        let done = if failed {
            Ok(buf)
        } else {
            let done = out.write_all(&buf).and_then(|()| out.flush()).map(|()| buf);
            failed = done.is_err();
            done
        };
        if written.send(done).is_err() {
            return; // the caller is gone: nothing waits for the rest
        }
    }
}

impl<'o> Background<'o> {
    fn new(full: To<'o>, back: Receiver<io::Result<Vec<u8>>>) -> Self {
        Background { buf: Vec::with_capacity(BUFFER), spare: None, full, back, in_flight: 0, error: None }
    }

    /// Hands `bytes` to the thread as they are, after the bytes gathered
    /// so far: a large piece made elsewhere is written without a copy.
    pub fn write_owned(&mut self, bytes: Vec<u8>) -> io::Result<()> {
        self.hand_over()?;
        if bytes.is_empty() {
            return Ok(());
        }
        self.send(bytes)
    }

    /// Takes one buffer back from the thread (waiting for it), keeping the
    /// output's error; the buffer, emptied, for reuse.
    fn take_back(&mut self) -> Option<Vec<u8>> {
        let Ok(got) = self.back.recv() else {
            // The thread is gone: nothing more comes back.
            self.in_flight = 0;
            self.error.get_or_insert_with(gone);
            return None;
        };
        self.in_flight -= 1;
        match got {
            Ok(mut buf) => {
                buf.clear();
                Some(buf)
            }
            Err(e) => {
                self.error.get_or_insert(e);
                None
            }
        }
    }

    /// Hands the gathered bytes over.
    fn hand_over(&mut self) -> io::Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let next = self.spare.take().unwrap_or_else(|| Vec::with_capacity(BUFFER));
        let full = std::mem::replace(&mut self.buf, next);
        self.send(full)
    }

    /// Hands `full` to the thread, once fewer than [`IN_FLIGHT`] are out
    /// (a buffer that comes back meanwhile is kept for gathering, unless it
    /// is a large piece of the caller's).
    fn send(&mut self, full: Vec<u8>) -> io::Result<()> {
        match &mut self.full {
            To::Thread(_) => {}
            To::Here(out) => return out.write_all(&full),
            To::Closed => return Err(gone()),
        }
        if self.in_flight == IN_FLIGHT {
            if let Some(buf) = self.take_back().filter(|b| b.capacity() <= 2 * BUFFER) {
                self.spare = Some(buf);
            }
        }
        let To::Thread(to_thread) = &self.full else { return Err(gone()) };
        to_thread.send(full).map_err(|_| gone())?;
        self.in_flight += 1;
        self.error()
    }

    /// The output's first error, once.
    fn error(&mut self) -> io::Result<()> {
        self.error.take().map_or(Ok(()), Err)
    }
}

/// The thread ended without being told to: it only does so when it panicked.
fn gone() -> io::Error {
    io::Error::other("the writing thread stopped")
}

impl Write for Background<'_> {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.buf.extend_from_slice(bytes);
        if self.buf.len() >= BUFFER {
            self.hand_over()?;
        }
        Ok(bytes.len())
    }

    /// Hands over what is gathered and waits until every buffer is written.
    fn flush(&mut self) -> io::Result<()> {
        self.hand_over()?;
        if let To::Here(out) = &mut self.full {
            return out.flush();
        }
        while self.in_flight > 0 {
            self.take_back();
        }
        self.error()
    }
}

impl Drop for Background<'_> {
    /// Closing the channel ends the thread once it has written what it
    /// holds ([`with_writer`]'s scope then joins it).
    fn drop(&mut self) {
        self.full = To::Closed;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_arrive_whole_and_in_order_in_writes_of_every_size() {
        let want: Vec<u8> = (0..3 * BUFFER + 12_345).map(|i| (i * 7 % 251) as u8).collect();
        let mut got = Vec::new();
        let done: io::Result<()> = with_writer(&mut got, |w| {
            let mut rest = &want[..];
            for size in [1, BUFFER - 1, 10, BUFFER, 2 * BUFFER].iter().cycle() {
                let n = (*size).min(rest.len());
                w.write_all(&rest[..n])?;
                rest = &rest[n..];
                if rest.is_empty() {
                    break;
                }
            }
            Ok(())
        });
        done.unwrap();
        assert_eq!(got, want);
        let mut empty = Vec::new();
        with_writer(&mut empty, |_| Ok::<(), io::Error>(())).unwrap();
        assert!(empty.is_empty());
    }

    #[test]
    fn owned_pieces_and_gathered_bytes_arrive_in_the_order_written() {
        let mut want = Vec::new();
        let mut got = Vec::new();
        let done: io::Result<()> = with_writer(&mut got, |w| {
            for i in 0..3 * IN_FLIGHT {
                let gathered = vec![b'a' + (i % 26) as u8; i * 1000];
                let owned = vec![b'A' + (i % 26) as u8; (i % 3) * BUFFER + 17];
                w.write_all(&gathered)?;
                want.extend_from_slice(&gathered);
                want.extend_from_slice(&owned);
                w.write_owned(owned)?;
                w.write_owned(Vec::new())?;
            }
            Ok(())
        });
        done.unwrap();
        assert!(got == want, "{} bytes against {}", got.len(), want.len());
    }

    #[test]
    fn the_outputs_error_comes_back_and_the_bodys_own_first() {
        let mut small = [0u8; 1000];
        let big = vec![b'x'; 10 * BUFFER];
        let err = with_writer(&mut small[..], |w| w.write_all(&big)).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::WriteZero);
        let mut small = [0u8; 1000];
        let err = with_writer(&mut small[..], |w| {
            w.write_all(b"short")?;
            Err(io::Error::other("the body's own"))
        })
        .unwrap_err();
        assert_eq!(err.to_string(), "the body's own");
    }
}
