//! Files in: from the file picker or a drop. Sizes are checked before any
//! byte is read, so an oversized file is refused at once instead of freezing
//! the tab; the contents of the files opened together go to
//! `annotator_doc::import::load_files` (which reads a brat `.ann` with its
//! `.txt`, and says which encoding it assumed for a file).

use std::fmt;

pub use annotator_doc::import::Opened;
use annotator_doc::import::{check_size, load_files};
use annotator_doc::ImportError;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{File, FileList};

/// Why a file was not opened. Nothing was changed.
#[derive(Clone, Debug, PartialEq)]
pub enum OpenError {
    Import(ImportError),
    Read { name: String, reason: String },
}

impl fmt::Display for OpenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OpenError::Import(e) => e.fmt(f),
            OpenError::Read { name, reason } => write!(f, "{name}: could not be read ({reason})"),
        }
    }
}

/// The files of a file list, in order.
pub fn files_of(list: Option<FileList>) -> Vec<File> {
    let Some(list) = list else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)).collect()
}

/// Reads one file's bytes, after checking its size.
async fn read(file: &File) -> Result<(String, Vec<u8>), OpenError> {
    let name = file.name();
    // `as` saturates: a size past usize::MAX is refused like any other too large.
    check_size(&name, file.size() as usize).map_err(OpenError::Import)?;
    let read_err = |e: wasm_bindgen::JsValue| OpenError::Read {
        name: file.name(),
        reason: e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message())).unwrap_or_else(|| format!("{e:?}")),
    };
    let buf = JsFuture::from(file.array_buffer()).await.map_err(read_err)?;
    Ok((name, js_sys::Uint8Array::new(&buf).to_vec()))
}

/// Reads several files one after the other, then parses them together
/// (each error names its file).
pub async fn open_all(files: Vec<File>) -> Vec<Result<Opened, OpenError>> {
    let mut out = Vec::new();
    let mut read_ok = Vec::with_capacity(files.len());
    for f in files {
        match read(&f).await {
            Ok(file) => read_ok.push(file),
            Err(e) => out.push(Err(e)),
        }
    }
    out.extend(load_files(&read_ok).into_iter().map(|r| r.map_err(OpenError::Import)));
    out
}
