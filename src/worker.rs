//! Long texts annotated off the main thread: a Web Worker running the page's
//! own wasm module (no second wasm file), so a 2 MB paste never blocks the
//! page while the core runs.
//!
//! * The worker gets the module the page compiled (`wasm_bindgen::module()`,
//!   posted in its first message), instantiates it with the same
//!   wasm-bindgen glue and calls its `extractSpansBytes` export
//!   ([`crate::engine`]); the app's start function does nothing there (no
//!   window: [`crate::start`]).
//! * Its script: in the hosted page a small module of the site, named by a
//!   `<meta>` that `scripts/bundle/postbuild.mjs` writes with the glue's
//!   name (`worker-src 'self'`; the service worker precaches it); in the
//!   single file the page's own inline script, run from a `blob:` URL as a
//!   classic worker (its policy's `worker-src blob:`), which serves jobs
//!   when it finds no document.
//! * One job at a time: a new one terminates the worker under way (its
//!   answer would be stale) and starts another; [`cancel`] does the same
//!   without a new job. Answers are the spans as labelled-JSON bytes, their
//!   buffer transferred.
//! * A worker that cannot start or dies (an old browser, a policy, a script
//!   missing) is given up for the page's life: its job and every later one
//!   get [`WorkerError::Unavailable`], and the caller annotates on the main
//!   thread as before.

use std::cell::{Cell, RefCell};

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use annotator_doc::import::{Loaded, Opened};
use annotator_schema::Span;

use crate::files::OpenError;
use crate::state::AppState;

/// Texts of at least this many UTF-8 bytes go to the worker; shorter ones
/// are annotated on the main thread. The core runs at about 3 to 6 MB/s in
/// the page on an idle machine, so 100 kB is 15 to 35 ms there, under the
/// 50 ms a paste may take to its highlights; the worker's round trip
/// (posting the text, a task to start, the spans copied back and read)
/// costs more than it saves below that, and the 5,000-word paste of the
/// benchmark (34 kB) must not wait for it.
pub const WORKER_MIN_BYTES: usize = 100_000;

/// `<meta name=…>` of the hosted build: the worker's script (content) and
/// the glue it imports (`data-glue`), relative to the page.
const WORKER_META: &str = "annotator-worker";

/// Why the worker gave no spans.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WorkerError {
    /// No worker runs on this page, or the job was superseded (why):
    /// annotate on the main thread.
    Unavailable(String),
    /// The core failed in the worker, or its answer was unreadable (what
    /// to tell the person).
    Failed(String),
}

/// What to do with a job's answer.
type Done = Box<dyn FnOnce(Result<Vec<u8>, WorkerError>)>;

/// The worker and its one job.
struct Running {
    worker: web_sys::Worker,
    /// The `blob:` URL of the single file's worker, revoked with it.
    blob_url: Option<String>,
    _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
    job: Option<(u64, Done)>,
}

impl Drop for Running {
    fn drop(&mut self) {
        self.worker.terminate();
        if let Some(url) = &self.blob_url {
            let _ = web_sys::Url::revoke_object_url(url);
        }
    }
}

thread_local! {
    static WORKER: RefCell<Option<Running>> = const { RefCell::new(None) };
    /// Why the worker was given up, once it failed to start or died.
    static GIVEN_UP: RefCell<Option<String>> = const { RefCell::new(None) };
    static NEXT_JOB: Cell<u64> = const { Cell::new(0) };
}

/// Whether long texts can go to a worker on this page (not given up).
pub fn available() -> bool {
    GIVEN_UP.with(|g| g.borrow().is_none())
}

/// Stops the job under way, if any, with its worker: its `done` gets
/// [`WorkerError::Unavailable`] at once (a draft's job finds its text
/// stale; an opened file's is annotated on the main thread: never lost).
pub fn cancel() {
    let running = WORKER.with(|w| {
        let mut w = w.borrow_mut();
        if w.as_ref().is_some_and(|r| r.job.is_some()) {
            w.take()
        } else {
            None
        }
    });
    if let Some((_, done)) = running.and_then(|mut r| r.job.take()) {
        done(Err(WorkerError::Unavailable(String::from("superseded"))));
    }
}

/// Gives the worker up: `why` for its job (taken, answered
/// [`WorkerError::Unavailable`]) and every later one. A worker that fails
/// with no job (started ahead of one: [`prepare`]) is only dropped: the
/// job tries a worker of its own.
fn give_up(why: String) {
    let running = WORKER.with(|w| w.borrow_mut().take());
    if let Some((_, done)) = running.and_then(|mut r| r.job.take()) {
        GIVEN_UP.with(|g| *g.borrow_mut() = Some(why.clone()));
        done(Err(WorkerError::Unavailable(why)));
    }
}

/// The answer to job `id` arrived (`data`: `{ id, bytes }`, `{ id, error }`
/// or `{ id, unavailable }`: see `scripts/bundle/lib.mjs`).
fn answered(data: JsValue) {
    let get = |key: &str| js_sys::Reflect::get(&data, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED);
    let Some(id) = get("id").as_f64() else { return };
    let done = WORKER.with(|w| {
        let mut w = w.borrow_mut();
        let r = w.as_mut()?;
        match &r.job {
            Some((job, _)) if *job as f64 == id => r.job.take().map(|(_, done)| done),
            _ => None,
        }
    });
    let Some(done) = done else { return };
    let bytes = get("bytes");
    if let Some(bytes) = bytes.dyn_ref::<js_sys::Uint8Array>() {
        done(Ok(bytes.to_vec()));
    } else if let Some(why) = get("unavailable").as_string() {
        GIVEN_UP.with(|g| *g.borrow_mut() = Some(why.clone()));
        WORKER.with(|w| w.borrow_mut().take());
        done(Err(WorkerError::Unavailable(why)));
    } else {
        let why = get("error").as_string().unwrap_or_else(|| String::from("no spans in its answer"));
        // A trapped instance is not to be trusted with the next job.
        WORKER.with(|w| w.borrow_mut().take());
        done(Err(WorkerError::Failed(format!("the extraction failed: {why}"))));
    }
}

/// A description of a JavaScript error (its message, or what was thrown).
fn describe(e: &JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| String::from("an unknown error"))
}

/// Starts the worker: its script, then the module and the glue posted.
fn spawn() -> Result<Running, String> {
    let single = crate::offline::is_single_file();
    let opts = web_sys::WorkerOptions::new();
    // The single file's script runs as a classic worker: a module worker
    // from a file:// page's `blob:` URL does not load in Chromium.
    opts.set_type(if single { web_sys::WorkerType::Classic } else { web_sys::WorkerType::Module });
    let (worker, blob_url, glue) = if single {
        let document = crate::dom::document().ok_or("no document")?;
        let script = document
            .query_selector("script[type=\"module\"]")
            .ok()
            .flatten()
            .and_then(|s| s.text_content())
            .ok_or("the single file's script was not found")?;
        let bag = web_sys::BlobPropertyBag::new();
        bag.set_type("text/javascript");
        let parts = js_sys::Array::of1(&JsValue::from_str(&script));
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &bag).map_err(|e| describe(&e))?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|e| describe(&e))?;
        match web_sys::Worker::new_with_options(&url, &opts) {
            Ok(w) => (w, Some(url), None),
            Err(e) => {
                let _ = web_sys::Url::revoke_object_url(&url);
                return Err(describe(&e));
            }
        }
    } else {
        let m = crate::dom::meta(WORKER_META).ok_or("this build names no worker script")?;
        let (Some(script), Some(glue)) = (m.get_attribute("content"), m.get_attribute("data-glue")) else {
            return Err(String::from("this build names no worker script"));
        };
        let w = web_sys::Worker::new_with_options(&script, &opts).map_err(|e| describe(&e))?;
        (w, None, Some(format!("./{glue}")))
    };
    let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(|e: web_sys::MessageEvent| answered(e.data()));
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(|e: web_sys::Event| {
        let why = e
            .dyn_ref::<web_sys::ErrorEvent>()
            .map(|e| e.message())
            .filter(|m| !m.is_empty())
            .unwrap_or_else(|| String::from("the extraction worker did not start"));
        give_up(why);
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    worker.set_onmessageerror(Some(on_error.as_ref().unchecked_ref()));
    let init = js_sys::Object::new();
    let set = |k: &str, v: &JsValue| js_sys::Reflect::set(&init, &JsValue::from_str(k), v);
    set("module", &wasm_bindgen::module()).map_err(|e| describe(&e))?;
    if let Some(glue) = glue {
        set("glue", &JsValue::from_str(&glue)).map_err(|e| describe(&e))?;
    }
    let running = Running { worker, blob_url, _on_message: on_message, _on_error: on_error, job: None };
    running.worker.post_message(&init).map_err(|e| describe(&e))?;
    Ok(running)
}

/// Annotates `text` (a JavaScript string, as it is posted) in the worker;
/// `done` gets the spans' bytes
/// ([`crate::engine::spans_from_bytes`]), or [`WorkerError::Unavailable`]
/// at once without a worker, or when a later job or [`cancel`] supersedes
/// this one.
pub fn run(text: &JsValue, done: Done) {
    if let Some(why) = GIVEN_UP.with(|g| g.borrow().clone()) {
        done(Err(WorkerError::Unavailable(why)));
        return;
    }
    // A job under way is superseded: its worker goes, with its answer.
    cancel();
    let started = WORKER.with(|w| {
        let mut w = w.borrow_mut();
        if w.is_none() {
            *w = Some(spawn()?);
        }
        Ok::<(), String>(())
    });
    if let Err(why) = started {
        GIVEN_UP.with(|g| *g.borrow_mut() = Some(why.clone()));
        done(Err(WorkerError::Unavailable(why)));
        return;
    }
    let id = NEXT_JOB.with(|n| n.replace(n.get() + 1));
    let job = js_sys::Object::new();
    let posted = js_sys::Reflect::set(&job, &JsValue::from_str("id"), &JsValue::from_f64(id as f64))
        .and_then(|_| js_sys::Reflect::set(&job, &JsValue::from_str("text"), text))
        .and_then(|_| {
            WORKER.with(|w| match w.borrow().as_ref() {
                Some(r) => r.worker.post_message(&job),
                None => Err(JsValue::from_str("the extraction worker went away")),
            })
        });
    match posted {
        Ok(()) => WORKER.with(|w| {
            if let Some(r) = w.borrow_mut().as_mut() {
                r.job = Some((id, done));
            }
        }),
        Err(e) => {
            let why = describe(&e);
            give_up(why.clone());
            done(Err(WorkerError::Unavailable(why)));
        }
    }
}

/// Starts the worker ahead of a long text's job (a large file being read:
/// `loader::open_files`) and has it annotate the warm-up text meanwhile
/// ([`crate::warm_up_text`]: the core's tables built and its hot code
/// optimised in its instance), so that its script, wasm and tables are
/// ready when the text is. Never while the page is merely idle: most
/// visitors never need a worker. A worker that cannot start here is not
/// given up (`give_up`): the job tries one of its own.
pub fn prepare() {
    if !available() {
        return;
    }
    WORKER.with(|w| {
        let mut w = w.borrow_mut();
        if w.is_none() {
            // A job without an id: its answer is dropped (`answered`).
            let warm = js_sys::Object::new();
            let text = JsValue::from_str(&crate::warm_up_text());
            if let Ok(r) = spawn() {
                if js_sys::Reflect::set(&warm, &JsValue::from_str("text"), &text).is_ok()
                    && r.worker.post_message(&warm).is_ok()
                {
                    *w = Some(r);
                }
            }
        }
    });
}

/// The most time one task spends reading the worker's spans before it
/// yields to the browser: well under the 50 ms that makes a task long.
const READ_MS: f64 = 12.0;

/// Where the spans found go: the answer, or why there is none.
type Found = Box<dyn FnOnce(Result<Vec<Span>, WorkerError>)>;

/// The worker's answer, read a chunk at a time: `at` is where the next
/// chunk starts in `bytes`; reading stops once `live` says the answer is
/// no longer wanted.
struct Reading {
    bytes: Vec<u8>,
    at: usize,
    spans: Vec<Span>,
    live: Box<dyn Fn() -> bool>,
    done: Found,
}

/// Reads chunks of the answer for up to [`READ_MS`], then yields and goes
/// on; the last hands every span to `done`. An unreadable chunk is a
/// [`WorkerError::Failed`].
fn read_spans(mut r: Reading) {
    if !(r.live)() {
        return;
    }
    let started = crate::perf::now();
    let reading = crate::perf::Phase::start("extract:read");
    let mut failed = None;
    while crate::perf::now() - started < READ_MS {
        let Some((chunk, next)) = crate::engine::chunk_at(&r.bytes, r.at) else { break };
        match crate::engine::spans_from_bytes(chunk) {
            Ok(spans) => r.spans.extend(spans),
            Err(e) => {
                failed = Some(e);
                break;
            }
        }
        r.at = next;
    }
    reading.end();
    if let Some(e) = failed {
        (r.done)(Err(WorkerError::Failed(format!("the extraction worker's answer was unreadable ({e})"))));
    } else if r.at > r.bytes.len() {
        (r.done)(Ok(r.spans));
    } else {
        set_timeout(move || read_spans(r), std::time::Duration::ZERO);
    }
}

/// The spans of `text`, found in the worker and read back in slices
/// ([`read_spans`]) while `live()` holds (not at all once it fails); else
/// why not ([`WorkerError::Unavailable`]: annotate on the main thread).
fn find_spans(text: &JsValue, live: Box<dyn Fn() -> bool>, done: Found) {
    let waiting = crate::perf::Phase::start("extract:worker");
    run(
        text,
        Box::new(move |answer| {
            waiting.end();
            match answer {
                Ok(bytes) if live() => read_spans(Reading { bytes, at: 0, spans: Vec::new(), live, done }),
                Ok(_) => {}
                Err(e) => done(Err(e)),
            }
        }),
    );
}

impl AppState {
    /// The *Article text* area's `text`, at its `gen`eration (the loader's
    /// `draft_gen`), to the draft document: a long text's spans found in
    /// the worker first (progress shown meanwhile; an answer for an older
    /// text is dropped), a short one's on the main thread at once.
    pub fn sync_draft_text(&self, text: String, gen: u64) {
        self.annotate_text(text, gen, false);
    }

    /// A long paste (`loader::LONG_PASTE_BYTES`) that the browser did not
    /// put in the *Article text* area: annotated as the area's text is,
    /// then a document of its own (the area stays free). If annotating
    /// fails, the text goes into the area: nothing is lost.
    pub fn paste_long(&self, text: js_sys::JsString, gen: u64) {
        if !available() || !self.can_edit() {
            self.annotate_text(String::from(&text), gen, true);
            return;
        }
        // Always the worker's: a long paste is past the worker's threshold.
        const _: () = assert!(crate::loader::LONG_PASTE_BYTES >= WORKER_MIN_BYTES);
        // Posted as it came; the wasm's copy is made in a task of its own
        // (2 MB: about 40 ms), not in the paste's.
        let copy = std::rc::Rc::new(Cell::new(None::<String>));
        let posted: JsValue = text.into();
        {
            let (copy, posted) = (copy.clone(), posted.clone());
            set_timeout(move || copy.set(posted.as_string()), std::time::Duration::ZERO);
        }
        let late = posted.clone();
        self.post_text(&posted, gen, true, move || copy.take().or_else(|| late.as_string()).unwrap_or_default());
    }

    fn annotate_text(&self, text: String, gen: u64, own: bool) {
        if text.len() < WORKER_MIN_BYTES || !available() || !self.can_edit() {
            self.stop_extracting();
            self.found(&text, None, own);
            return;
        }
        // The text as the worker gets it, made before `text` moves into the
        // answer's closure (no second copy of a long text in the wasm).
        let posted = JsValue::from_str(&text);
        self.post_text(&posted, gen, own, move || text);
    }

    /// `posted` (the text at `gen`) to the worker, progress shown; its
    /// spans, with the wasm's copy of the text (`text()`), to
    /// [`found`](Self::found) once the answer is read, unless a newer text
    /// came meanwhile.
    fn post_text(&self, posted: &JsValue, gen: u64, own: bool, text: impl FnOnce() -> String + 'static) {
        self.extracting.set(true);
        let me = *self;
        let live = move || me.draft_gen.try_get_value() == Some(gen);
        find_spans(
            posted,
            Box::new(live),
            Box::new(move |answer| {
                if !live() {
                    return;
                }
                let text = text();
                match answer {
                    Ok(spans) => {
                        me.extracting.set(false);
                        me.found(&text, Some(spans), own)
                    }
                    // No worker on this page: as before, on the main thread.
                    Err(WorkerError::Unavailable(_)) => {
                        me.extracting.set(false);
                        me.found(&text, None, own)
                    }
                    Err(WorkerError::Failed(why)) => me.not_annotated(&text, own, &why),
                }
            }),
        );
    }

    /// Files opened: each long text file's spans found in the worker
    /// first, one file after the other (the loader's progress shown), then
    /// all of them added together as before ([`AppState::add_opened`]: the
    /// encoding notices, the re-import question). Without a worker,
    /// when a newer job supersedes one or when the worker fails, that file
    /// and the rest are annotated on the main thread, as they were before
    /// files went to the worker: nothing is dropped.
    pub fn open_found(&self, results: Vec<Result<Opened, OpenError>>) {
        self.find_from(results, 0);
    }

    /// [`open_found`](Self::open_found) from result `from` on.
    fn find_from(&self, mut results: Vec<Result<Opened, OpenError>>, from: usize) {
        let next = results.iter().enumerate().skip(from).find_map(|(i, r)| match r {
            Ok(Opened { loaded: Loaded::Text { text, .. }, .. }) if text.len() >= WORKER_MIN_BYTES => {
                Some((i, JsValue::from_str(text)))
            }
            _ => None,
        });
        let Some((i, posted)) = next.filter(|_| available() && self.can_edit()) else {
            self.extracting.set(false);
            self.add_opened(results);
            return;
        };
        self.extracting.set(true);
        let me = *self;
        find_spans(
            &posted,
            Box::new(|| true),
            Box::new(move |answer| match answer {
                Ok(spans) => {
                    if let Some(Ok(o)) = results.get_mut(i) {
                        o.loaded = std::mem::replace(&mut o.loaded, Loaded::Labelled(Vec::new())).with_spans(spans);
                    }
                    me.find_from(results, i + 1);
                }
                // The rest on the main thread, as without a worker (a failure
                // in the worker too: the core runs there as it always did).
                Err(_) => {
                    me.extracting.set(false);
                    me.add_opened(results);
                }
            }),
        );
    }

    /// `text` and the spans `found` for it (`None`: annotated here) to the
    /// draft, which becomes a document of its own if the text is `own`.
    fn found(&self, text: &str, found: Option<Vec<annotator_schema::Span>>, own: bool) {
        let added = self.sync_draft_found(text, found);
        if own && !added {
            // Refused (too long, another tab edits): the area keeps it.
            crate::loader::put_in_area(text);
        } else if own {
            self.draft.set_value(None);
            self.info(format!(
                "The pasted text ({}) is a document of its own: too long to edit in Article text",
                annotator_doc::import::mb(text.len())
            ));
        }
    }

    /// Annotating `text` failed (`why`): says so; a long paste that never
    /// entered the area goes there, so the text stays in Article text.
    fn not_annotated(&self, text: &str, own: bool, why: &str) {
        self.extracting.set(false);
        if own {
            crate::loader::put_in_area(text);
        }
        self.error(format!("Not annotated — {why}; the text stays in Article text"));
    }

    /// Drops the worker's job under way, if any, and its progress.
    pub fn stop_extracting(&self) {
        cancel();
        if self.extracting.get_untracked() {
            self.extracting.set(false);
        }
    }
}
