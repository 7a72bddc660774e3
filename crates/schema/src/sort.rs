//! One stable sort for the page's `schema` and `doc` crates, small in the
//! wasm.
//!
//! `slice::sort_by` and `sort_by_key` are instantiated afresh for every
//! element type and every comparison closure: the standard library's
//! driftsort with its quicksort, small-sorts and pivot code, about 4 KB of
//! wasm each, and the page had sixteen (twiggy on a names-kept build, README
//! "Size"). Here the sorting itself is one non-generic natural merge sort of
//! positions (`order`), calling the comparison through a `dyn` reference;
//! what each call site instantiates is only the comparison closure and a loop
//! of swaps that puts the elements in the order found.
//!
//! Stable, like `slice::sort_by`: equal elements keep their order, so a call
//! site switched from `sort_by` to [`sort_by`] orders exactly as before.
//! A list already in order costs n - 1 comparisons and no allocation;
//! otherwise O(n log n) comparisons, fewer the longer the runs already in
//! order. Every comparison is a call through `dyn`: the extraction core,
//! whose sorts run per mention and per quotation, keeps the standard sorts
//! (ARCHITECTURE, "Invariants").

use std::cmp::Ordering;

/// Sorts `items` stably by `cmp` (as `slice::sort_by` does).
pub fn sort_by<T>(items: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    let Some(order) = order(items.len(), &mut |i, j| cmp(&items[i], &items[j])) else {
        return; // already in order: most of a document's lists come in text order
    };
    for (a, b) in swaps(order) {
        items.swap(a, b);
    }
}

/// Sorts `items` (as `slice::sort` does; for values whose equal ones are
/// the same, such as numbers and tuples of them, as `sort_unstable` does).
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// Sorts `items` stably by the key `key` gives each (as
/// `slice::sort_by_key` does).
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// The positions `0..n` in the order `cmp` (comparing two positions) puts
/// them, stably, or `None` when they are in that order already: a natural
/// merge sort, which finds the runs already in order (one comparison per
/// neighbour pair) and merges neighbouring runs until one is left, so a
/// list with a few elements out of place costs a few merges. Not inlined
/// and not generic: every sort of the page runs this one copy.
#[inline(never)]
fn order(n: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Option<Vec<usize>> {
    // Where each run in order starts, and `n`; nothing allocated for a
    // list in order.
    let first = (1..n).find(|&k| cmp(k - 1, k) == Ordering::Greater)?;
    let mut bounds: Vec<usize> = [0, first]
        .into_iter()
        .chain((first + 1..n).filter(|&k| cmp(k - 1, k) == Ordering::Greater))
        .chain(std::iter::once(n))
        .collect();
    let mut from: Vec<usize> = (0..n).collect();
    let mut to = vec![0; n];
    while bounds.len() > 2 {
        // Runs k and k + 1 merged into one; a last run alone is copied.
        let mut merged = vec![0];
        let mut k = 0;
        while k + 1 < bounds.len() {
            let (lo, mid) = (bounds[k], bounds[k + 1]);
            let hi = bounds.get(k + 2).copied().unwrap_or(mid);
            merge(&from, &mut to, lo, mid, hi, cmp);
            merged.push(hi);
            k += 2;
        }
        std::mem::swap(&mut from, &mut to);
        bounds = merged;
    }
    Some(from)
}

/// Merges the runs `from[lo..mid]` and `from[mid..hi]` into `to[lo..hi]`,
/// stably (the left one's element first when they are equal).
fn merge(
    from: &[usize],
    to: &mut [usize],
    lo: usize,
    mid: usize,
    hi: usize,
    cmp: &mut dyn FnMut(usize, usize) -> Ordering,
) {
    let (mut i, mut j) = (lo, mid);
    for slot in &mut to[lo..hi] {
        let left = i < mid && (j >= hi || cmp(from[j], from[i]) != Ordering::Less);
        if left {
            *slot = from[i];
            i += 1;
        } else {
            *slot = from[j];
            j += 1;
        }
    }
}

/// The swaps that put the elements in `order` (position `k` receives the
/// element now at `order[k]`), applied in turn: each cycle of the
/// permutation followed once.
#[inline(never)]
fn swaps(mut order: Vec<usize>) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for k in 0..order.len() {
        let mut at = k;
        loop {
            let next = order[at];
            order[at] = at;
            if next == k || next == at {
                break;
            }
            out.push((at, next));
            at = next;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator (no dependency for the test).
    fn numbers(n: usize, seed: u64, modulo: u64) -> Vec<u64> {
        let mut x = seed;
        (0..n)
            .map(|_| {
                x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
                (x >> 33) % modulo
            })
            .collect()
    }

    #[test]
    fn sorts_as_the_standard_stable_sort_does() {
        for n in [0, 1, 2, 3, 5, 8, 17, 64, 100, 1000] {
            for (seed, modulo) in [(1, 3), (2, 10), (3, 1_000_000)] {
                // Pairs (key, original position): equal keys must keep their order.
                let items: Vec<(u64, usize)> = numbers(n, seed, modulo).into_iter().zip(0..).collect();
                let mut ours = items.clone();
                sort_by_key(&mut ours, |p| p.0);
                let mut std = items.clone();
                std.sort_by_key(|p| p.0);
                assert_eq!(ours, std, "n {n}, seed {seed}");
                let mut rev = items.clone();
                sort_by(&mut rev, |a, b| b.0.cmp(&a.0));
                let mut std_rev = items;
                std_rev.sort_by_key(|b| std::cmp::Reverse(b.0));
                assert_eq!(rev, std_rev, "reversed, n {n}, seed {seed}");
            }
        }
    }

    #[test]
    fn sorted_and_reversed_runs_and_a_sub_slice() {
        let mut up: Vec<u32> = (0..50).collect();
        sort_by_key(&mut up, |&x| x);
        assert_eq!(up, (0..50).collect::<Vec<_>>());
        let mut down: Vec<u32> = (0..50).rev().collect();
        sort_by_key(&mut down, |&x| x);
        assert_eq!(down, (0..50).collect::<Vec<_>>());
        let mut part = vec![9, 8, 3, 1, 2];
        sort_by_key(&mut part[2..], |&x| x);
        assert_eq!(part, [9, 8, 1, 2, 3]);
    }
}
