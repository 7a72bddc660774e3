//! Files in: from the file picker or a drop. Sizes are checked before any
//! byte is read, so an oversized file is refused at once instead of freezing
//! the tab; contents go to `annotator_doc::import::open_file`.

use std::fmt;

use annotator_doc::import::{check_size, open_file, Encoding};
use annotator_doc::{ImportError, Loaded};
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

/// What a file held, and the encoding assumed for it (if not UTF-8/16).
#[derive(Clone, Debug, PartialEq)]
pub struct Opened {
    pub name: String,
    pub loaded: Loaded,
    pub assumed: Option<Encoding>,
}

/// The files of a file list, in order.
pub fn files_of(list: Option<FileList>) -> Vec<File> {
    let Some(list) = list else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)).collect()
}

/// Reads and parses one file.
pub async fn open(file: &File) -> Result<Opened, OpenError> {
    let name = file.name();
    // `as` saturates: a size past usize::MAX is refused like any other too large.
    check_size(&name, file.size() as usize).map_err(OpenError::Import)?;
    let read_err = |e: wasm_bindgen::JsValue| OpenError::Read {
        name: file.name(),
        reason: e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message())).unwrap_or_else(|| format!("{e:?}")),
    };
    let buf = JsFuture::from(file.array_buffer()).await.map_err(read_err)?;
    let bytes = js_sys::Uint8Array::new(&buf).to_vec();
    let (loaded, assumed) = open_file(&name, &bytes).map_err(OpenError::Import)?;
    Ok(Opened { name, loaded, assumed })
}

/// Reads several files one after the other (each error names its file).
pub async fn open_all(files: Vec<File>) -> Vec<Result<Opened, OpenError>> {
    let mut out = Vec::with_capacity(files.len());
    for f in files {
        out.push(open(&f).await);
    }
    out
}
