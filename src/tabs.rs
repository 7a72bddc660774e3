//! One tab edits the corpus at a time, so that two tabs never overwrite
//! each other's work. The editing tab holds a Web Lock; a tab opened while
//! another holds it only shows the corpus, with a banner offering to take
//! over. Taking over asks the editing tab (over a `BroadcastChannel`) to
//! write what it has not saved yet and let go; the lock then passes to the
//! new tab, which reads the corpus afresh from storage. A tab that closes
//! lets go by itself.

use std::cell::RefCell;
use std::time::Duration;

use js_sys::{Function, Promise, Reflect};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{BroadcastChannel, MessageEvent};

use crate::state::AppState;
use crate::storage;

/// The lock the editing tab holds (per origin, like the storage).
const LOCK: &str = "article-annotator-editor";
/// The channel tabs of the page talk over.
const CHANNEL: &str = "article-annotator";
/// The message asking the editing tab to save and let go.
const TAKE_OVER: &str = "take-over";
/// How often the letting-go tab looks whether its last write is done.
const SAVE_POLL: Duration = Duration::from_millis(30);

thread_local! {
    static CHANNEL_OPEN: RefCell<Option<BroadcastChannel>> = const { RefCell::new(None) };
    /// Resolving it lets go of the lock this tab holds (`None`: holds none).
    static RELEASE: RefCell<Option<Function>> = const { RefCell::new(None) };
}

/// `navigator.locks`, where the browser has it.
fn locks() -> Option<JsValue> {
    let window: JsValue = web_sys::window()?.into();
    let nav = Reflect::get(&window, &JsValue::from_str("navigator")).ok()?;
    let locks = Reflect::get(&nav, &JsValue::from_str("locks")).ok()?;
    (!locks.is_undefined() && !locks.is_null()).then_some(locks)
}

/// A promise that stays pending until [`RELEASE`] is called: holding it
/// holds the lock.
fn hold() -> Promise {
    Promise::new(&mut |resolve, _| RELEASE.with(|r| *r.borrow_mut() = Some(resolve)))
}

/// `navigator.locks.request(LOCK, {ifAvailable}, granted)`.
fn request(locks: &JsValue, if_available: bool, granted: impl FnOnce(JsValue) -> JsValue + 'static) {
    let opts = js_sys::Object::new();
    let _ = Reflect::set(&opts, &JsValue::from_str("ifAvailable"), &JsValue::from_bool(if_available));
    let cb = Closure::once_into_js(granted);
    if let Ok(f) = Reflect::get(locks, &JsValue::from_str("request")).and_then(|f| f.dyn_into::<Function>()) {
        let _ = f.call3(locks, &JsValue::from_str(LOCK), &opts, &cb);
    }
}

fn sleep(d: Duration) -> JsFuture {
    JsFuture::from(Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, d.as_millis() as i32);
        }
    }))
}

/// Starts the coordination: this tab edits if no other does, else it only
/// shows the corpus. Without Web Locks (an old browser) every tab edits.
pub fn start(st: AppState) {
    if let Ok(ch) = BroadcastChannel::new(CHANNEL) {
        let on_msg = Closure::<dyn Fn(MessageEvent)>::new(move |ev: MessageEvent| {
            if ev.data().as_string().as_deref() == Some(TAKE_OVER) {
                let_go(st);
            }
        });
        ch.set_onmessage(Some(on_msg.as_ref().unchecked_ref()));
        // Lives as long as the page.
        on_msg.forget();
        CHANNEL_OPEN.with(|c| *c.borrow_mut() = Some(ch));
    }
    let Some(locks) = locks() else { return };
    request(&locks, true, move |lock| {
        if lock.is_null() {
            st.read_only.set(true);
            JsValue::UNDEFINED
        } else {
            hold().into()
        }
    });
}

/// Another tab takes over: write everything, then show the corpus only
/// and let go of the lock.
fn let_go(st: AppState) {
    if RELEASE.with(|r| r.borrow().is_none()) {
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        loop {
            st.save_now();
            if st.all_saved() || !matches!(st.save.get_untracked(), crate::state::SaveState::Saving) {
                break;
            }
            let _ = sleep(SAVE_POLL).await;
        }
        st.read_only.set(true);
        if let Some(release) = RELEASE.with(|r| r.borrow_mut().take()) {
            let _ = release.call0(&JsValue::NULL);
        }
    });
}

/// This tab takes over editing: the other tab saves and lets go, then this
/// one reads the corpus as saved and edits it.
pub fn take_over(st: AppState) {
    let Some(locks) = locks() else {
        st.read_only.set(false);
        return;
    };
    CHANNEL_OPEN.with(|c| {
        if let Some(ch) = c.borrow().as_ref() {
            let _ = ch.post_message(&JsValue::from_str(TAKE_OVER));
        }
    });
    st.info("Taking over: the other tab saves its work first…");
    request(&locks, false, move |_lock| {
        wasm_bindgen_futures::spawn_local(async move {
            let restored = storage::restore().await;
            st.read_only.set(false);
            for p in restored.problems {
                st.error(format!("Some saved work could not be read (it stays in storage): {p}"));
            }
            st.replace_workspace(restored.ws);
            st.info("You edit the corpus in this tab now; the other tab only shows it");
        });
        hold().into()
    });
}
