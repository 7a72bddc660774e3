//! Browser storage: the workspace in IndexedDB, one record per document plus
//! a small index (see `annotator_doc::persist`), so an edit rewrites only the
//! document it touched.
//!
//! Why IndexedDB and not localStorage: measured by
//! `tests/browser/bench-storage.mjs` in headless Chromium, localStorage
//! refuses (QuotaExceededError) after 4,980,736 UTF-16 units of text
//! (≈4.75 Mi characters, ≈5 MB of ASCII) per origin — a tenth of a 50 MB
//! corpus — while IndexedDB took 50 MiB of text in 0.5 s (origin quota there:
//! 10 GiB, a share of the disk).

use std::cell::RefCell;
use std::fmt;

use annotator_doc::{persist, Workspace};
use js_sys::Promise;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbRequest, IdbTransaction, IdbTransactionMode};

/// The page's database; the name is the page's, so other apps on the same
/// origin keep theirs.
const DB_NAME: &str = "article-annotator";
/// The one object store, holding `annotator_doc::persist::records`.
const STORE: &str = "state";

/// Why storage failed.
#[derive(Clone, Debug, PartialEq)]
pub enum StorageError {
    /// No IndexedDB (private mode, blocked, very old browser).
    Unavailable(String),
    /// The origin's quota is used up.
    Full,
    Failed(String),
}

impl fmt::Display for StorageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StorageError::Unavailable(why) => write!(f, "browser storage is not available ({why})"),
            StorageError::Full => f.write_str("browser storage is full"),
            StorageError::Failed(why) => write!(f, "saving failed ({why})"),
        }
    }
}

fn describe(e: &JsValue) -> String {
    if let Some(ex) = e.dyn_ref::<web_sys::DomException>() {
        return format!("{}: {}", ex.name(), ex.message());
    }
    if let Some(err) = e.dyn_ref::<js_sys::Error>() {
        return String::from(err.message());
    }
    e.as_string().unwrap_or_else(|| format!("{e:?}"))
}

fn classify(e: &JsValue) -> StorageError {
    let quota = e.dyn_ref::<web_sys::DomException>().is_some_and(|ex| ex.name() == "QuotaExceededError");
    if quota {
        StorageError::Full
    } else {
        StorageError::Failed(describe(e))
    }
}

thread_local! {
    static DB: RefCell<Option<IdbDatabase>> = const { RefCell::new(None) };
}

fn db() -> Result<IdbDatabase, StorageError> {
    DB.with(|d| d.borrow().clone()).ok_or_else(|| StorageError::Unavailable("not opened".into()))
}

/// Resolves with a request's result, rejects with its error.
fn request_done(req: &IdbRequest) -> Promise {
    Promise::new(&mut |resolve, reject| {
        let (ok_req, err_req) = (req.clone(), req.clone());
        let ok = Closure::once_into_js(move |_: web_sys::Event| {
            let _ = resolve.call1(&JsValue::NULL, &ok_req.result().unwrap_or(JsValue::UNDEFINED));
        });
        let err = Closure::once_into_js(move |_: web_sys::Event| {
            let e = err_req.error().ok().flatten().map(JsValue::from).unwrap_or(JsValue::UNDEFINED);
            let _ = reject.call1(&JsValue::NULL, &e);
        });
        req.set_onsuccess(Some(ok.unchecked_ref()));
        req.set_onerror(Some(err.unchecked_ref()));
    })
}

/// Resolves when a transaction commits, rejects with why it aborted.
fn transaction_done(tx: &IdbTransaction) -> Promise {
    Promise::new(&mut |resolve, reject| {
        let err_tx = tx.clone();
        let ok = Closure::once_into_js(move |_: web_sys::Event| {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let abort = Closure::once_into_js(move |_: web_sys::Event| {
            let e = err_tx.error().map(JsValue::from).unwrap_or_else(|| JsValue::from_str("transaction aborted"));
            let _ = reject.call1(&JsValue::NULL, &e);
        });
        tx.set_oncomplete(Some(ok.unchecked_ref()));
        tx.set_onabort(Some(abort.unchecked_ref()));
    })
}

/// Opens (creating on first use) the database.
pub async fn open() -> Result<(), StorageError> {
    let unavailable = |e: JsValue| StorageError::Unavailable(describe(&e));
    let window = web_sys::window().ok_or_else(|| StorageError::Unavailable("no window".into()))?;
    let factory =
        window.indexed_db().map_err(unavailable)?.ok_or_else(|| StorageError::Unavailable("no IndexedDB".into()))?;
    let req = factory.open_with_u32(DB_NAME, 1).map_err(unavailable)?;
    let upgrade_req = req.clone();
    let upgrade = Closure::once_into_js(move |_: web_sys::Event| {
        if let Ok(db) = upgrade_req.result().and_then(|r| r.dyn_into::<IdbDatabase>()) {
            // Version 1 is the first: the store cannot exist yet.
            let _ = db.create_object_store(STORE);
        }
    });
    req.set_onupgradeneeded(Some(upgrade.unchecked_ref()));
    let db = JsFuture::from(request_done(&req)).await.map_err(unavailable)?;
    let db: IdbDatabase = db.dyn_into().map_err(unavailable)?;
    DB.with(|d| *d.borrow_mut() = Some(db));
    Ok(())
}

/// Reads records by key (`None` for a missing one), in one transaction.
async fn get_all(keys: &[String]) -> Result<Vec<Option<String>>, StorageError> {
    let db = db()?;
    let tx = db.transaction_with_str(STORE).map_err(|e| classify(&e))?;
    let store = tx.object_store(STORE).map_err(|e| classify(&e))?;
    let mut pending = Vec::with_capacity(keys.len());
    for k in keys {
        let req = store.get(&JsValue::from_str(k)).map_err(|e| classify(&e))?;
        pending.push(JsFuture::from(request_done(&req)));
    }
    let mut out = Vec::with_capacity(keys.len());
    for p in pending {
        out.push(record_text(&p.await.map_err(|e| classify(&e))?));
    }
    Ok(out)
}

/// A record's text: its UTF-8 bytes as [`put`] writes them, or a string
/// (as releases before wrote them); `None` for a missing record (or bytes
/// that are not UTF-8, which no release wrote).
fn record_text(value: &JsValue) -> Option<String> {
    match value.dyn_ref::<js_sys::Uint8Array>() {
        Some(bytes) => String::from_utf8(bytes.to_vec()).ok(),
        None => value.as_string(),
    }
}

/// Writes records (key, value) and deletes the records under `deletes`,
/// in one transaction: all or nothing. A value is stored as its UTF-8
/// bytes: copying them out of the wasm memory is one `memcpy`, where a
/// JavaScript string of a 2 MB document's record (10 MB of JSON) had to be
/// decoded first (with the serialising, one task of 150–570 ms under
/// load), and encoded again when read back.
pub async fn put(records: Vec<(String, String)>, deletes: Vec<String>) -> Result<(), StorageError> {
    let db = db()?;
    let tx = db.transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite).map_err(|e| classify(&e))?;
    let done = JsFuture::from(transaction_done(&tx));
    let store = tx.object_store(STORE).map_err(|e| classify(&e))?;
    for (k, v) in &records {
        if let Err(e) = store.put_with_key(&js_sys::Uint8Array::from(v.as_bytes()), &JsValue::from_str(k)) {
            let _ = tx.abort();
            return Err(classify(&e));
        }
    }
    for k in &deletes {
        if let Err(e) = store.delete(&JsValue::from_str(k)) {
            let _ = tx.abort();
            return Err(classify(&e));
        }
    }
    done.await.map(|_| ()).map_err(|e| classify(&e))
}

/// What was saved, put back together, and what could not be read.
pub struct Restored {
    pub ws: Workspace,
    /// Saved records that could not be read (they are left in storage).
    pub problems: Vec<String>,
    /// Storage could not be opened: work will not be saved.
    pub unavailable: Option<StorageError>,
}

/// Opens storage and restores the saved workspace (empty on first use).
/// A tab that takes over editing reads what the other tab saved this way.
pub async fn restore() -> Restored {
    let mut out = Restored { ws: Workspace::default(), problems: Vec::new(), unavailable: None };
    if let Err(e) = open().await {
        out.unavailable = Some(e);
        return out;
    }
    let index = match get_all(&[persist::INDEX_KEY.to_string()]).await {
        Ok(v) => v.into_iter().next().flatten(),
        Err(e) => {
            out.problems.push(format!("could not read the saved index: {e}"));
            None
        }
    };
    let Some(index) = index else { return out };
    let index = match persist::restore_index(&index) {
        Ok(ix) => ix,
        Err(e) => {
            out.problems.push(format!("the saved index: {e}"));
            return out;
        }
    };
    let keys: Vec<String> = index.doc_ids.iter().map(|id| persist::document_key(id)).collect();
    let records = match get_all(&keys).await {
        Ok(r) => r,
        Err(e) => {
            out.problems.push(format!("could not read saved documents: {e}"));
            Vec::new()
        }
    };
    let mut docs = Vec::new();
    for (id, rec) in index.doc_ids.iter().zip(records) {
        let Some(rec) = rec else {
            out.problems.push(format!("saved document {id} is missing"));
            continue;
        };
        match read_document(&rec).await {
            Ok(d) => docs.push(d),
            Err(e) => out.problems.push(format!("saved document {id}: {e}")),
        }
    }
    out.ws = crate::perf::phase("restore:parse", || persist::assemble(index, docs));
    out
}

/// How long a task reads a saved document before it yields to the
/// browser: a 2 MB document's 41,000 spans (10 MB of record) took one task
/// of 96 ms idle and 404 ms under load. Read in one go it took fewer
/// tasks than a fixed count of spans a slice, which cost a yield each
/// (12 slices of 4,000 spans: the restore 221 -> 333 ms under load 7-9).
const RESTORE_SLICE_MS: f64 = 30.0;

/// How many spans are read between two looks at the clock.
const RESTORE_STEP_SPANS: usize = 1_000;

/// Reads a saved document a slice of `RESTORE_SLICE_MS` a task, yielding
/// to the browser between (all at once on a hidden page, whose timers
/// are slowed).
async fn read_document(saved: &str) -> Result<annotator_doc::AnnotatedDoc, persist::PersistError> {
    let mut reader = persist::DocReader::new(saved);
    loop {
        let hidden = crate::dom::document().is_some_and(|d| d.hidden());
        let step = if hidden { usize::MAX } else { RESTORE_STEP_SPANS };
        let started = crate::perf::now();
        let doc = crate::perf::phase("restore:parse", || loop {
            match reader.read(step) {
                Ok(None) if crate::perf::now() - started < RESTORE_SLICE_MS => continue,
                done => break done,
            }
        })?;
        if let Some(doc) = doc {
            return Ok(doc);
        }
        next_task().await;
    }
}

/// Resolves in a task of its own (a 0 ms timeout), so the browser runs
/// what waits (input, paint) in between; at once where there is no timer.
async fn next_task() {
    let promise = Promise::new(&mut |resolve, _| {
        let queued = web_sys::window().and_then(|w| w.set_timeout_with_callback(&resolve).ok());
        if queued.is_none() {
            let _ = resolve.call0(&JsValue::NULL);
        }
    });
    let _ = JsFuture::from(promise).await;
}
