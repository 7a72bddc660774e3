//! Getting articles in: the "Article text" area (annotated live as a draft
//! document; "Add document" / Ctrl+Enter keeps it and clears the area) and
//! the file picker. Dropping files anywhere is handled in `app`. A long
//! text, pasted or opened, is annotated in the extraction worker
//! (`crate::worker`), with progress shown here meanwhile.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::files;
use crate::state::{use_state, AppState};

/// The text files the picker offers, before every extension a labelled
/// format reads (`annotator_formats::accept_list`).
const TEXT_FILES: &str = ".txt,.md,.markdown,.html,.htm";

/// A paste of at least this many UTF-8 bytes into the empty *Article
/// text* area becomes a document of its own without entering the area:
/// the browser's own work of taking a text into a text area (setting its
/// value, then laying all of it out in the next frame) is one task it
/// cannot split, 280 ms and more for 2 MB on this project's machine, and
/// about 50 ms at this size; a paste this long is an archive or a book,
/// not an article to edit in a six-line box.
pub const LONG_PASTE_BYTES: usize = 300_000;

/// The id of the *Article text* area.
const AREA_ID: &str = "article-text";

/// Puts `text` in the *Article text* area (a long paste that could not
/// become a document: the area keeps it, as a paste into it would have).
pub fn put_in_area(text: &str) {
    if let Some(a) = area() {
        a.set_value(text);
    }
}

/// *Add document*: the *Article text* area's text becomes a document of
/// its own, and the area is cleared for the next article.
pub fn add_document(st: AppState) {
    let Some(a) = area() else { return };
    let text = a.value();
    if text.trim().is_empty() {
        st.info("Paste or type an article first");
        return;
    }
    // The text as it is now, on the main thread; then a worker's job for
    // it is stale (the draft's generation has moved on).
    st.commit_draft(&text);
    st.stop_extracting();
    a.set_value("");
    st.info("Document added; the area is free for the next article");
}

/// Opens the files of a picker or a drop.
pub fn open_files(st: AppState, list: Option<web_sys::FileList>) {
    let files = files::files_of(list);
    if files.is_empty() {
        return;
    }
    // A long text file goes to the extraction worker: started now, it
    // loads and warms up while the file is read. A shorter one is
    // annotated on this thread as soon as it is read: the core's tables
    // first, in case the page has not built them yet.
    let long = |f: &web_sys::File| {
        f.size() >= crate::worker::WORKER_MIN_BYTES as f64 && !annotator_formats::takes_extension(&f.name())
    };
    if files.iter().any(long) {
        crate::worker::prepare();
    }
    if !files.iter().all(long) {
        crate::warm_up();
    }
    leptos::task::spawn_local(async move {
        let results = files::open_all(files).await;
        st.open_found(results);
    });
}

/// The *Article text* area, if the page shows it.
fn area() -> Option<web_sys::HtmlTextAreaElement> {
    let area = crate::dom::document().and_then(|d| d.get_element_by_id(AREA_ID));
    area.and_then(|a| a.dyn_into().ok())
}

/// Typing or pasting into the area (`crate::controls`): the draft follows
/// it, at once or after a pause (`draft_delay`).
pub fn on_input(st: AppState, ev: &web_sys::Event) {
    let gen = st.draft_gen.get_value() + 1;
    st.draft_gen.set_value(gen);
    let input_type = ev.dyn_ref::<web_sys::InputEvent>().map(|e| e.input_type()).unwrap_or_default();
    let sync = move || {
        if st.draft_gen.try_get_value() == Some(gen) {
            if let Some(a) = area() {
                st.sync_draft_text(a.value(), gen);
            }
        }
    };
    match annotator_doc::workspace::draft_delay(&input_type) {
        None => sync(),
        Some(pause) => set_timeout(sync, pause),
    }
}

/// A paste into the area (`crate::controls`). A long paste into the empty
/// area: its text goes to a document of its own, never into the area (see
/// `LONG_PASTE_BYTES`). Anything else is the browser's, then
/// [`on_input`]'s.
pub fn on_paste(st: AppState, ev: &web_sys::Event) {
    crate::document_view::note_paste();
    let Some(a) = area() else { return };
    if !a.value().is_empty() || st.read_only.get_untracked() {
        return;
    }
    let data = ev.dyn_ref::<web_sys::ClipboardEvent>().and_then(web_sys::ClipboardEvent::clipboard_data);
    // The text stays a JavaScript string here: copying 2 MB into the wasm
    // and back out for the worker was most of this task (session 23,
    // docs/speed-log.md); the wasm gets its copy in a task of its own.
    let Some(text) = data.and_then(|d| pasted_text(&d).ok()) else { return };
    let units = text.length() as usize;
    // A UTF-16 unit is 1 to 3 UTF-8 bytes: below the threshold for certain,
    // or at it for certain, without counting; between, counted.
    if units.saturating_mul(MAX_UTF8_PER_UTF16) < LONG_PASTE_BYTES || text.trim().length() == 0 {
        return;
    }
    if units < LONG_PASTE_BYTES && String::from(&text).len() < LONG_PASTE_BYTES {
        return;
    }
    ev.prevent_default();
    let gen = st.draft_gen.get_value() + 1;
    st.draft_gen.set_value(gen);
    // The text as a text area would hold it: `\n` line breaks only
    // (`annotator_doc::import::normalise_newlines`, in JavaScript).
    st.paste_long(normalise_newlines(text), gen);
}

/// At most this many UTF-8 bytes per UTF-16 code unit (a unit of the
/// Basic Multilingual Plane; a surrogate pair is 4 bytes for 2 units).
const MAX_UTF8_PER_UTF16: usize = 3;

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// `DataTransfer.getData`, its string left in JavaScript (web-sys's
    /// copies it into the wasm).
    #[wasm_bindgen(catch, js_namespace = ["DataTransfer", "prototype", "getData"], js_name = call)]
    fn get_data_js(data: &web_sys::DataTransfer, format: &str) -> Result<js_sys::JsString, wasm_bindgen::JsValue>;
}

/// The plain text a paste carries, as a JavaScript string.
fn pasted_text(data: &web_sys::DataTransfer) -> Result<js_sys::JsString, wasm_bindgen::JsValue> {
    get_data_js(data, "text/plain")
}

/// `text` with `\r\n` and lone `\r` line breaks made `\n`, as
/// `annotator_doc::import::normalise_newlines` does, on the JavaScript string.
fn normalise_newlines(text: js_sys::JsString) -> js_sys::JsString {
    if !text.includes("\r", 0) {
        return text;
    }
    text.replace_by_pattern(&js_sys::RegExp::new("\r\n?", "g"), "\n")
}

/// A key in the area (`crate::controls`): Ctrl+Enter adds the document.
pub fn on_key(st: AppState, ev: &web_sys::Event) {
    let Some(k) = ev.dyn_ref::<web_sys::KeyboardEvent>() else { return };
    if k.key() == "Enter" && (k.ctrl_key() || k.meta_key()) {
        ev.prevent_default();
        add_document(st);
    }
}

#[component]
pub fn Loader() -> impl IntoView {
    let st = use_state();
    view! {
        <section class="loader" aria-label="Add articles">
            <label for=AREA_ID class="field-label">"Article text"</label>
            <textarea
                id=AREA_ID
                rows="6"
                spellcheck="false"
                placeholder="Paste an article here — it is annotated as you paste"
                data-do=crate::controls::ARTICLE_TEXT
            ></textarea>
            {move || {
                st.extracting.get().then(|| {
                    view! {
                        <p class="progress" role="status">
                            <progress aria-label="Annotating the article"></progress>
                            " Annotating the article…"
                        </p>
                    }
                })
            }}
            <div class="loader-actions">
                <button class="primary" data-do=crate::controls::ADD_DOCUMENT title="Ctrl+Enter">"Add document"</button>
                <label class="button file-button">
                    "Open files"
                    <input type="file" multiple accept=format!("{TEXT_FILES},{}", annotator_formats::accept_list()) data-do=crate::controls::OPEN_FILES />
                </label>
            </div>
            <p class="hint">
                ".txt .md .html, or labelled .json .jsonl (ours, spaCy, doccano, Label Studio), brat .ann with its .txt or a brat .zip — or drop files anywhere"
            </p>
        </section>
    }
}
