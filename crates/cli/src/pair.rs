//! Two tasks side by side: the second on a thread of its own, the first
//! on the caller's; both on the caller's, one after the other, should no
//! thread start. The extraction core's conversion in halves
//! ([`annotator_extract::annotate_spans_in_halves`]) runs through it.

use annotator_extract::Task;

/// Runs `first` here and `second` beside it; returns once both are done.
pub fn side_by_side(first: Task<'_>, mut second: Task<'_>) {
    let started = std::thread::scope(|scope| {
        let thread = std::thread::Builder::new().name("halves".into()).spawn_scoped(scope, &mut second);
        first();
        thread.is_ok()
    });
    if !started {
        second();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_tasks_run_once() {
        let (mut a, mut b) = (0, 0);
        side_by_side(&mut || a += 1, &mut || b += 1);
        assert_eq!((a, b), (1, 1));
    }
}
