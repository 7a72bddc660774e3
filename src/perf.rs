//! Phase timings on the browser's performance timeline: each phase of
//! showing, rendering, saving and restoring a document is a
//! `performance.measure` named [`PREFIX`]`phase`, which
//! `scripts/bench/timings.mjs` reads back to print where the time goes.
//! Outside a page (Node, tests) a phase just runs.

/// What every measure's name starts with (the benchmark selects on it).
pub const PREFIX: &str = "annotator:";

fn performance() -> Option<web_sys::Performance> {
    web_sys::window().and_then(|w| w.performance())
}

/// Milliseconds on the page's clock (0 outside a page).
pub fn now() -> f64 {
    performance().map_or(0.0, |p| p.now())
}

thread_local! {
    /// Numbers the start marks, so that phases under way at once (a save
    /// awaiting storage while a render runs) never share one.
    static NEXT: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// A phase under way: [`Phase::end`] records it (a phase that spans awaits).
pub struct Phase {
    name: &'static str,
    /// The start mark's name (`None` outside a page).
    mark: Option<String>,
}

impl Phase {
    /// Starts phase `name` now.
    pub fn start(name: &'static str) -> Phase {
        let mark = performance().and_then(|perf| {
            let n = NEXT.with(|c| c.replace(c.get() + 1));
            let mark = format!("{PREFIX}{name}:{n}");
            perf.mark(&mark).ok().map(|_| mark)
        });
        Phase { name, mark }
    }

    /// Records the phase, from its start to now.
    pub fn end(self) {
        let (Some(perf), Some(mark)) = (performance(), self.mark) else { return };
        let _ = perf.measure_with_start_mark(&format!("{PREFIX}{}", self.name), &mark);
        perf.clear_marks_with_mark_name(&mark);
    }

    /// Records the phase when the current task's queued work is done (a
    /// microtask queued now runs after the reactive effects already queued,
    /// so this covers the DOM work a view's render leaves to them).
    pub fn end_after_effects(self) {
        wasm_bindgen_futures::spawn_local(async move {
            let resolved = js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL);
            let _ = wasm_bindgen_futures::JsFuture::from(resolved).await;
            self.end();
        });
    }
}

/// Runs `f` as phase `name`.
pub fn phase<T>(name: &'static str, f: impl FnOnce() -> T) -> T {
    let p = Phase::start(name);
    let out = f();
    p.end();
    out
}
