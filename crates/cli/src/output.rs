//! Output: the files a format wrote, to standard output or to `-o OUT`.
//! One file goes to OUT (or stdout) as it is; several go into the
//! directory OUT, or onto stdout as one zip archive. A format with a
//! [`Streamer`] writes its file as it is serialised instead ([`stream`]).

use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};

use annotator_formats::{ExportError, OutFile, StreamError, Streamer};
use annotator_schema::Document;

use crate::background::{self, Background};

/// Why the output could not be written.
#[derive(Debug, thiserror::Error)]
pub enum OutputError {
    #[error("{0}: cannot write: {1}")]
    Io(String, std::io::Error),
    /// A span was refused before anything was written.
    #[error(transparent)]
    Export(#[from] ExportError),
}

/// What a streamed file is written to before it takes OUT's name: OUT
/// appears whole or not at all, and an OUT already there is replaced only
/// by a complete file.
const PARTIAL_SUFFIX: &str = ".partial";

/// `docs` written by `streamer` to `out` (or standard output) as they are
/// serialised ([`to_output`]).
pub fn stream(streamer: Streamer, docs: &[Document], out: Option<&Path>) -> Result<(), OutputError> {
    to_output(out, |w, _| streamer(docs, w))
}

/// What `body` writes, to `out` (or standard output). A file is written
/// beside OUT and renamed to it when complete; on a failure it is removed
/// and OUT is left as it was. `body` is given that file too (`None` for
/// standard output): it may write its first bytes into it itself before
/// any through the writer, and before it has checked them all, since a
/// failure leaves nothing (on standard output nothing may be written until
/// every span is checked).
///
/// The bytes are written by a thread of their own ([`background`]) while
/// `body` goes on.
pub fn to_output(
    out: Option<&Path>,
    body: impl FnOnce(&mut Background<'_>, Option<&std::fs::File>) -> Result<(), StreamError>,
) -> Result<(), OutputError> {
    let Some(path) = out else {
        return background::with_writer(std::io::stdout(), |w| body(w, None))
            .map_err(|e| failure(e, Path::new("<stdout>")));
    };
    let partial = partial_path(path);
    let written = std::fs::File::create(&partial)
        .map_err(StreamError::Io)
        .and_then(|f| background::with_writer(&f, |w| body(w, Some(&f))))
        .map_err(|e| failure(e, path))
        .and_then(|()| std::fs::rename(&partial, path).map_err(|e| OutputError::Io(path.display().to_string(), e)));
    if written.is_err() {
        // Best effort: the partial file may not even exist.
        let _ = std::fs::remove_file(&partial);
    }
    written
}

/// `path` with [`PARTIAL_SUFFIX`] added to its file name.
fn partial_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().map(OsString::from).unwrap_or_default();
    name.push(PARTIAL_SUFFIX);
    path.with_file_name(name)
}

fn failure(e: StreamError, path: &Path) -> OutputError {
    match e {
        StreamError::Export(e) => OutputError::Export(e),
        StreamError::Io(e) => OutputError::Io(path.display().to_string(), e),
    }
}

pub fn write(files: &[OutFile], out: Option<&Path>) -> Result<(), OutputError> {
    let io = |p: &Path| {
        let shown = p.display().to_string();
        move |e| OutputError::Io(shown, e)
    };
    match (files, out) {
        ([one], Some(path)) => std::fs::write(path, &one.bytes).map_err(io(path)),
        (many, Some(dir)) => {
            std::fs::create_dir_all(dir).map_err(io(dir))?;
            for f in many {
                let path = dir.join(&f.name);
                std::fs::write(&path, &f.bytes).map_err(io(&path))?;
            }
            Ok(())
        }
        (files, None) => {
            let bytes = match files {
                [one] => one.bytes.clone(),
                many => annotator_formats::zip::write(
                    &many.iter().map(|f| (f.name.clone(), f.bytes.as_slice())).collect::<Vec<_>>(),
                ),
            };
            let mut stdout = std::io::stdout().lock();
            stdout.write_all(&bytes).and_then(|_| stdout.flush()).map_err(io(Path::new("<stdout>")))
        }
    }
}
