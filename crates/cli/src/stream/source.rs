//! The stream's input: each FILE (or standard input) line by line, with
//! the file's name and each line's number, and the total size when it is
//! known (for the time left). One line is held at a time: memory follows
//! the longest line, not the stream.

use std::io::{BufRead, BufReader, Read};

/// How much is read from a file at once.
const READ_BUFFER: usize = 1 << 20;

/// The name standard input goes by in messages.
pub const STDIN: &str = "<stdin>";

/// Why an input could not be opened (before anything is written).
#[derive(Debug, thiserror::Error)]
#[error("{0}: cannot read: {1}")]
pub struct OpenError(String, std::io::Error);

/// Why reading stopped part-way.
#[derive(Debug, thiserror::Error)]
#[error("{name}: cannot read after line {line}: {error}")]
pub struct ReadError {
    pub name: String,
    pub line: usize,
    pub error: std::io::Error,
}

/// One non-blank line.
pub struct Line {
    /// Which input it came from (an index into [`Source::names`]).
    pub input: usize,
    /// Its line number in that input, from 1.
    pub number: usize,
    /// The line without its line break.
    pub bytes: Vec<u8>,
    /// The bytes it took in the input, line break included.
    pub size: u64,
}

struct Input {
    reader: BufReader<Box<dyn Read + Send>>,
    /// Lines read so far.
    line: usize,
}

/// Every input of a run, opened, read in turn.
pub struct Source {
    names: Vec<String>,
    inputs: Vec<Input>,
    current: usize,
    total: Option<u64>,
}

impl Source {
    /// Opens every FILE (`-` is standard input; no FILE at all too), so a
    /// missing one stops the run before anything is written.
    pub fn open(files: &[String]) -> Result<Source, OpenError> {
        let stdin_only = [String::from("-")];
        let files = if files.is_empty() { &stdin_only[..] } else { files };
        let (mut names, mut inputs, mut total) = (Vec::new(), Vec::new(), Some(0u64));
        for f in files {
            let (name, reader, size): (String, Box<dyn Read + Send>, Option<u64>) = if f == "-" {
                // Standard input redirected from a file has a size; a pipe has none.
                let size = std::fs::metadata("/dev/stdin").ok().filter(|m| m.is_file()).map(|m| m.len());
                (STDIN.into(), Box::new(std::io::stdin()), size)
            } else {
                let file = std::fs::File::open(f).map_err(|e| OpenError(f.clone(), e))?;
                let size = file.metadata().ok().filter(|m| m.is_file()).map(|m| m.len());
                (f.clone(), Box::new(file), size)
            };
            total = total.zip(size).map(|(t, s)| t + s);
            names.push(name);
            inputs.push(Input { reader: BufReader::with_capacity(READ_BUFFER, reader), line: 0 });
        }
        Ok(Source { names, inputs, current: 0, total })
    }

    /// The inputs' names, as messages give them.
    pub fn names(&self) -> &[String] {
        &self.names
    }

    /// The size of all inputs in bytes, when every one has a size.
    pub fn total(&self) -> Option<u64> {
        self.total
    }

    /// Whether the next line is already read in whole (so taking it waits
    /// for nothing): the current input's buffer holds a line break.
    pub fn line_ready(&self) -> bool {
        self.inputs.get(self.current).is_some_and(|i| i.reader.buffer().contains(&b'\n'))
    }

    /// The next line with something on it (blank lines are passed over),
    /// or `None` at the end of the last input.
    pub fn next_line(&mut self) -> Result<Option<Line>, ReadError> {
        while let Some(input) = self.inputs.get_mut(self.current) {
            let mut bytes = Vec::new();
            let size = input.reader.read_until(b'\n', &mut bytes).map_err(|error| ReadError {
                name: self.names[self.current].clone(),
                line: input.line,
                error,
            })?;
            if size == 0 {
                self.current += 1;
                continue;
            }
            input.line += 1;
            if bytes.last() == Some(&b'\n') {
                bytes.pop();
            }
            if input.line == 1 && bytes.starts_with(b"\xEF\xBB\xBF") {
                bytes.drain(..3);
            }
            if bytes.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            return Ok(Some(Line { input: self.current, number: input.line, bytes, size: size as u64 }));
        }
        Ok(None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(parts: &[&[u8]]) -> Source {
        let inputs = parts
            .iter()
            .map(|p| Input {
                reader: BufReader::new(Box::new(std::io::Cursor::new(p.to_vec())) as Box<dyn Read + Send>),
                line: 0,
            })
            .collect();
        let names = (0..parts.len()).map(|i| format!("f{i}")).collect();
        Source { names, inputs, current: 0, total: None }
    }

    #[test]
    fn lines_come_with_their_input_and_number_blank_ones_passed_over() {
        let mut s = source(&[b"\xEF\xBB\xBFa\n\n  \nb\r\nc", b"", b"d\n"]);
        let mut got = Vec::new();
        while let Some(l) = s.next_line().unwrap() {
            got.push((l.input, l.number, String::from_utf8(l.bytes).unwrap(), l.size));
        }
        assert_eq!(
            got,
            [
                (0, 1, "a".to_string(), 5),
                (0, 4, "b\r".to_string(), 3),
                (0, 5, "c".to_string(), 1),
                (2, 1, "d".to_string(), 2)
            ]
        );
    }

    #[test]
    fn a_line_is_ready_once_its_break_is_in_the_buffer() {
        let mut s = source(&[b"a\nb\nc", b"d\n"]);
        assert!(!s.line_ready(), "nothing read yet");
        s.next_line().unwrap();
        assert!(s.line_ready(), "b is buffered with its break");
        s.next_line().unwrap();
        assert!(!s.line_ready(), "c has no break");
        assert_eq!(s.next_line().unwrap().map(|l| l.bytes), Some(b"c".to_vec()));
    }

    #[test]
    fn a_missing_file_is_refused_before_reading() {
        let err = Source::open(&["/nonexistent/x.jsonl".into()]).err().map(|e| e.to_string()).unwrap_or_default();
        assert!(err.starts_with("/nonexistent/x.jsonl: cannot read"), "{err}");
    }
}
