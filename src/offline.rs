//! Working offline, at the browser's edge: which build this is (hosted or
//! the single file), the service worker that keeps the hosted page for
//! offline use and says when a new version is ready, the request that the
//! browser keep the saved work (`navigator.storage.persist()`), and the
//! question before a tab holding unsaved, unexported work is closed. What
//! the page says about each state is worded by `annotator_doc::offline`.

use std::cell::RefCell;

use annotator_doc::offline::{self, Mode, Persistence, Readiness};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState, StorageManager};

use crate::dom::meta;
use crate::state::{AppState, SaveState};

/// The service worker script the build writes beside `index.html`. A
/// relative URL: its scope is the page's folder, so the page works under
/// any path (`https://host/annotator/`).
const WORKER_URL: &str = "sw.js";
/// The message that makes a waiting worker take over (`web/sw.js`).
const SKIP_WAITING: &str = "skip-waiting";
/// `<meta name=…>` whose content is `single-file` in the single-file build.
const MODE_META: &str = "annotator-mode";
/// `<meta name=…>` of the hosted build naming the single file (content) and
/// its size in bytes (`data-bytes`); absent when the build made none.
const SINGLE_FILE_META: &str = "annotator-single-file";

/// What the page shows about offline use (one signal: it changes a few
/// times per visit).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Status {
    pub readiness: Readiness,
    pub persistence: Persistence,
    /// Storage refused to open: the browser's reason.
    pub refused: Option<String>,
}

/// The offline side of the app's state (all handles: `Copy`).
#[derive(Clone, Copy)]
pub struct OfflineState {
    pub mode: Mode,
    pub status: RwSignal<Status>,
    /// A new version is installed and waits for the page to reload.
    pub update_ready: RwSignal<bool>,
    /// The person asked for the update; it happens once everything is saved.
    update_requested: StoredValue<bool>,
    /// Some change is not in any export that held the whole corpus.
    unexported: StoredValue<bool>,
    /// Persistent storage was asked for (once per visit).
    persist_asked: StoredValue<bool>,
}

impl OfflineState {
    pub fn new() -> Self {
        let mode = if is_single_file() { Mode::SingleFile } else { Mode::Hosted };
        let status = Status { readiness: Readiness::Preparing, persistence: Persistence::Unknown, refused: None };
        OfflineState {
            mode,
            status: RwSignal::new(status),
            update_ready: RwSignal::new(false),
            update_requested: StoredValue::new(false),
            unexported: StoredValue::new(false),
            persist_asked: StoredValue::new(false),
        }
    }

    fn set_readiness(&self, readiness: Readiness) {
        self.status.update(|s| s.readiness = readiness);
    }

    fn set_persistence(&self, persistence: Persistence) {
        self.status.update(|s| s.persistence = persistence);
    }

    /// A change was made (it is being saved, or cannot be).
    pub fn changed(&self) {
        self.unexported.set_value(true);
    }

    /// An export holding every document was downloaded.
    pub fn exported_all(&self) {
        self.unexported.set_value(false);
    }
}

impl Default for OfflineState {
    fn default() -> Self {
        Self::new()
    }
}

/// The single file the hosted build offers: (file name, size in bytes).
pub fn single_file() -> Option<(String, u64)> {
    let m = meta(SINGLE_FILE_META)?;
    let name = m.get_attribute("content").filter(|n| !n.is_empty())?;
    let bytes = m.get_attribute("data-bytes").and_then(|b| b.parse().ok())?;
    Some((name, bytes))
}

/// Whether this page is the single-file build (`article-annotator.html`).
pub fn is_single_file() -> bool {
    meta(MODE_META).and_then(|m| m.get_attribute("content")).as_deref() == Some("single-file")
}

/// Starts the offline machinery for the page: the service worker (hosted
/// builds), the storage promise when there is work to keep, the update
/// once it is asked for and safe, and the question before leaving with
/// unsaved, unexported work. Call once, from the `App` component.
pub fn start(st: AppState) {
    let off = st.offline;
    if off.mode == Mode::Hosted {
        leptos::task::spawn_local(register(off));
    }
    if !st.storage_off.get_value() && st.ws.with_value(|ws| !ws.docs.is_empty()) {
        ask_persistence(st);
    } else if !st.storage_off.get_value() {
        leptos::task::spawn_local(check_persisted(off));
    }
    let leave = Closure::<dyn FnMut(web_sys::BeforeUnloadEvent)>::new(move |e: web_sys::BeforeUnloadEvent| {
        if off.unexported.get_value() && matches!(st.save.get_untracked(), SaveState::Failed(_)) {
            e.prevent_default();
            e.set_return_value(offline::LEAVE_WARNING);
        }
    });
    if let Some(w) = web_sys::window() {
        w.set_onbeforeunload(Some(leave.as_ref().unchecked_ref()));
    }
    // Lives as long as the page.
    leave.forget();
}

impl AppState {
    /// "Update now": reload into the new version once every change is
    /// written (or exported, when it cannot be).
    pub fn update_now(&self) {
        self.save_now();
        match self.save.get_untracked() {
            SaveState::Saving => self.offline.update_requested.set_value(true),
            SaveState::Failed(why) if self.offline.unexported.get_value() => {
                self.error(offline::update_postponed(&why));
            }
            SaveState::Saved | SaveState::Failed(_) => activate_update(),
        }
    }
}

/// Everything is saved: the first time in a visit, ask the browser to keep
/// the saved work; if an update waits for it, go.
pub fn saved(st: AppState) {
    if !st.offline.persist_asked.get_value() {
        ask_persistence(st);
    }
    if st.offline.update_requested.get_value() {
        activate_update();
    }
}

// ----- service worker --------------------------------------------------------

thread_local! {
    static REGISTRATION: RefCell<Option<ServiceWorkerRegistration>> = const { RefCell::new(None) };
}

/// `navigator.serviceWorker`, missing outside secure contexts and in some
/// private windows.
fn container() -> Option<ServiceWorkerContainer> {
    let nav = web_sys::window()?.navigator();
    let c = js_sys::Reflect::get(&nav, &JsValue::from_str("serviceWorker")).ok()?;
    c.dyn_into().ok()
}

async fn register(off: OfflineState) {
    let Some(c) = container() else {
        off.set_readiness(Readiness::Unavailable);
        return;
    };
    match JsFuture::from(c.register(WORKER_URL)).await {
        Ok(reg) => {
            let reg: ServiceWorkerRegistration = reg.unchecked_into();
            watch_updates(off, &c, &reg);
            REGISTRATION.with(|r| *r.borrow_mut() = Some(reg));
            if let Ok(ready) = c.ready() {
                if JsFuture::from(ready).await.is_ok() {
                    off.set_readiness(Readiness::Ready);
                }
            }
        }
        // A page a worker served is offline-ready whatever happened to
        // this registration call.
        Err(_) if c.controller().is_some() => off.set_readiness(Readiness::Ready),
        Err(_) => off.set_readiness(Readiness::Unavailable),
    }
}

/// Says when a new version is installed: a worker waiting (or finishing
/// its install) while another one controls the page. On the first visit
/// no worker controls the page, and the first install is no update.
fn watch_updates(off: OfflineState, c: &ServiceWorkerContainer, reg: &ServiceWorkerRegistration) {
    if reg.waiting().is_some() && c.controller().is_some() {
        off.update_ready.set(true);
    }
    let (reg2, c2) = (reg.clone(), c.clone());
    let found = Closure::<dyn FnMut()>::new(move || {
        let Some(worker) = reg2.installing() else { return };
        let (w2, c3) = (worker.clone(), c2.clone());
        let changed = Closure::<dyn FnMut()>::new(move || {
            if w2.state() == ServiceWorkerState::Installed && c3.controller().is_some() {
                off.update_ready.set(true);
            }
        });
        worker.set_onstatechange(Some(changed.as_ref().unchecked_ref()));
        // Lives as long as the worker it listens to.
        changed.forget();
    });
    reg.set_onupdatefound(Some(found.as_ref().unchecked_ref()));
    // Lives as long as the page.
    found.forget();
}

/// Makes the waiting worker take over, then reloads into the new version.
fn activate_update() {
    let Some(c) = container() else { return };
    let reload = Closure::<dyn FnMut()>::new(|| {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    });
    c.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
    // Runs once, when the page goes.
    reload.forget();
    let waiting = REGISTRATION.with(|r| r.borrow().as_ref().and_then(ServiceWorkerRegistration::waiting));
    if let Some(w) = waiting {
        let _ = w.post_message(&JsValue::from_str(SKIP_WAITING));
    }
}

// ----- persistent storage ----------------------------------------------------

/// `navigator.storage`, missing in older browsers and insecure contexts.
fn storage_manager() -> Option<StorageManager> {
    let nav = web_sys::window()?.navigator();
    js_sys::Reflect::get(&nav, &JsValue::from_str("storage")).ok()?.dyn_into().ok()
}

/// Resolves a `persisted()` / `persist()` promise to what it says.
async fn answer(call: Result<js_sys::Promise, JsValue>) -> Persistence {
    let Ok(promise) = call else { return Persistence::Unsupported };
    match JsFuture::from(promise).await.map(|v| v.as_bool()) {
        Ok(Some(true)) => Persistence::Kept,
        Ok(Some(false)) => Persistence::MayBeCleared,
        _ => Persistence::Unsupported,
    }
}

/// Whether the browser already keeps the work (asking nothing: some
/// browsers prompt on `persist()`, so that waits until there is work).
async fn check_persisted(off: OfflineState) {
    let Some(sm) = storage_manager() else {
        off.set_persistence(Persistence::Unsupported);
        return;
    };
    if answer(sm.persisted()).await == Persistence::Kept {
        off.set_persistence(Persistence::Kept);
    }
}

/// Asks the browser to keep the saved work, and shows its answer.
fn ask_persistence(st: AppState) {
    let off = st.offline;
    off.persist_asked.set_value(true);
    leptos::task::spawn_local(async move {
        let result = match storage_manager() {
            Some(sm) => answer(sm.persist()).await,
            None => Persistence::Unsupported,
        };
        off.set_persistence(result);
    });
}
