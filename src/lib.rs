//! The annotator's web app: Leptos components over the document model.
//!
//! The app is thin: extraction lives in `annotator-extract`, documents and
//! edits in `annotator-doc`; this crate renders them and handles events.
//!
//! * Pure, tested natively: [`keys`] (which key does what), [`colors`]
//!   (label colours), [`view_model`] (marks resolved for rendering). Every
//!   other rule lives in `annotator-doc`.
//! * State and behaviour: [`state`] (signals + the workspace), [`actions`]
//!   (every change), [`saver`] (saving after each change).
//! * Components: [`app`], [`toolbar`], [`loader`], [`corpus_list`],
//!   [`legend`], [`document_view`], [`details`], [`side_panel`], [`notices`],
//!   [`dialogs`] (help, label picker, labels, renaming a document,
//!   duplicates), [`modal`] (dialogs on the DOM that keep the focus),
//!   [`tooltip`], [`offline_panel`]; [`build`] builds elements on the DOM
//!   (the dialogs, the *Selected* panel's editor, the legend's buttons, the
//!   corpus list's rows, the messages).
//! * Browser edges: [`storage`] (IndexedDB), [`files`] (reading files),
//!   [`download`] (Blob downloads), [`selection`] (DOM selection ↔ code
//!   points), [`dom`] (focus and lookup helpers), [`tabs`] (one tab edits),
//!   [`offline`] (the service worker, persistent storage, the single
//!   file), [`engine`] (the extraction core exported to JavaScript, for
//!   the benchmark in Node, and the extraction worker's entry), [`worker`]
//!   (long texts annotated in a Web Worker), [`perf`] (phase timings for
//!   the benchmark).

pub mod colors;
pub mod keys;
pub mod view_model;

pub mod actions;
pub mod saver;
pub mod state;

pub mod app;
pub mod build;
pub mod controls;
pub mod corpus_list;
pub mod details;
pub mod dialogs;
pub mod document_view;
pub mod legend;
pub mod loader;
pub mod modal;
pub mod notices;
pub mod offline_panel;
pub mod side_panel;
pub mod toolbar;
pub mod tooltip;

pub mod dom;
pub mod download;
pub mod engine;
pub mod files;
pub mod offline;
pub mod perf;
pub mod selection;
pub mod storage;
pub mod tabs;
pub mod worker;

pub use app::{App, Startup};

/// Six sentences of news in the shapes the core reads (a quote and its
/// speaker, titles and roles, a dateline, money, percentages and
/// fractions, an age, a results line with scorers, landmarks and
/// organisations): annotating them builds the extraction core's tables
/// (its lexicons, its name model), which it otherwise builds on the first
/// paste, inside the person's wait, and runs most of its rules' code, so
/// that V8 optimises that code too. With one sentence (the quote alone) the
/// paste's extraction of a 5,000-word article took 21–26 ms in the page,
/// with these 11–13 ms (headless Chromium, in turns, load 7–13; the main
/// thread's CPU time for the paste 36.5–37.8 → 32.7–33.4 ms).
const WARM_UP_TEXT: &str = "“It is complex,” Kremlin spokesman Dmitry Peskov said in Moscow on June 3, 2025.\n\
LONDON (Reuters) - Shares in Acme Holdings fell 4.5 percent to $12.30 on Tuesday, after the firm cut 1,200 jobs.\n\
Mayor Ana Lima, 52, told reporters in the city of Porto that about two-thirds of the 3,000 homes had power.\n\
\"We will rebuild,\" she said. \"Nobody expected this,\" added Tom Reyes, a local farmer from northern Texas.\n\
Leeds beat Everton 2-1 at Elland Road, with goals from Smith (34) and Okafor (78) before 31,000 fans.\n\
The wildfire burned 12,500 hectares near Lake Tahoe and the Sierra Nevada, officials of the U.S. Forest Service said.\n";

/// How many times over the warm-up annotates its sentences, in one text.
/// V8 runs a wasm function in its baseline compiler (Liftoff) until it has
/// run enough, then optimises it in the background: after one sentence the
/// core's hot code stayed unoptimised, and the first 20,000-word document
/// took 280–450 ms to extract in the page under load, 106–300 ms after 40
/// sentences. Sixteen times six sentences: 96, where 64 copies of the one
/// sentence ran before.
const WARM_UP_TIMES: usize = 16;

/// Gets the core's hot code optimised (and builds its tables, if
/// `build_tables` has not yet): while the page is idle after loading, and
/// as files start being read, if that comes first (`loader::open_files`).
/// Again, it costs a few milliseconds: the tables are built once, and the
/// code runs optimised by then.
pub fn warm_up() {
    perf::phase("warm-up", || {
        annotator_extract::annotate("", "", &warm_up_text());
    });
}

/// Builds the core's tables (its lexicons, word lists and name model:
/// `annotator_extract::warm_up`, one sentence) in the first idle moment
/// after the mount, a task of its own before the idle [`warm_up`], so that
/// a paste finds them built instead of building them in the person's wait,
/// and neither the area's readiness nor its first paint waits for them.
fn build_tables() {
    perf::phase("tables", annotator_extract::warm_up);
}

/// What [`warm_up`] annotates (the extraction worker too, when it is
/// started ahead of its job: `worker::prepare`).
pub fn warm_up_text() -> String {
    WARM_UP_TEXT.repeat(WARM_UP_TIMES)
}

/// Restores the saved workspace, then mounts the app on the page. Outside
/// a page (the wasm loaded in Node by the benchmark, or in the page's
/// extraction [`worker`], for its [`engine`] entry) there is no window and
/// nothing to mount, and it returns.
pub fn start() {
    if web_sys::window().is_none() {
        return;
    }
    wasm_bindgen_futures::spawn_local(async {
        let restoring = perf::Phase::start("restore");
        let restored = storage::restore().await;
        restoring.end();
        let startup = Startup {
            ws: restored.ws,
            problems: restored.problems,
            storage_off: restored.unavailable.map(|e| e.to_string()),
        };
        let mounting = perf::Phase::start("mount");
        leptos::mount::mount_to_body(move || leptos::view! { <App startup/> });
        mounting.end_after_effects();
        // The tables in the first idle moment after the page is painted,
        // then the warm-up in one of its own (idle callbacks run in order).
        leptos::prelude::request_idle_callback(build_tables);
        leptos::prelude::request_idle_callback(warm_up);
    });
}
