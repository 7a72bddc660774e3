//! Putting results back in input order: the worker threads finish
//! documents in any order, the output takes them by sequence number.
//!
//! The buffer itself is unbounded; the stream bounds it by letting at most
//! a fixed number of documents be in flight (read but not yet written), so
//! it never holds more than that many results.

use std::collections::BTreeMap;

/// Results waiting for those before them.
pub struct Reorder<T> {
    next: u64,
    waiting: BTreeMap<u64, T>,
}

impl<T> Reorder<T> {
    pub fn new() -> Self {
        Reorder { next: 0, waiting: BTreeMap::new() }
    }

    /// Takes result number `seq` (each number once).
    pub fn put(&mut self, seq: u64, item: T) {
        self.waiting.insert(seq, item);
    }

    /// The next result in input order, once it has arrived.
    pub fn pop(&mut self) -> Option<T> {
        let item = self.waiting.remove(&self.next)?;
        self.next += 1;
        Some(item)
    }

    /// The results that wait for an earlier one.
    pub fn waiting(&self) -> impl Iterator<Item = &T> {
        self.waiting.values()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_leave_in_input_order_whatever_order_they_arrive_in() {
        let mut r = Reorder::new();
        let mut out = Vec::new();
        for seq in [2u64, 0, 3, 1, 5, 4] {
            r.put(seq, seq);
            while let Some(x) = r.pop() {
                out.push(x);
            }
            if seq == 2 {
                assert_eq!(r.waiting().collect::<Vec<_>>(), [&2], "2 waits for 0 and 1");
            }
        }
        assert_eq!(out, [0, 1, 2, 3, 4, 5]);
        assert_eq!(r.waiting().count(), 0);
    }
}
