//! The core's one sort. The lists the core sorts (mentions, numbers,
//! quotations, quotation marks, offsets) are ordered by positions, so each
//! sort is a sort by a [`Key`] of two `usize`s: the keys and the items'
//! indices are sorted as one list of triples, and the items then put in
//! that order. The standard library's sort is generic over the item and
//! the comparison: each list sorted with its own closure was a copy of the
//! whole sort in the page's wasm, ten of them (32 KB), where this is one
//! (and `lib.rs`'s for the extractions, large items whose permutation cost
//! more time than the standard sort's moves).

/// What items are ordered by: two positions, compared first then second
/// (`(start, usize::MAX - end)` orders spans by start, longest first).
pub(crate) type Key = (usize, usize);

/// Sorts `v` by `key`, stably: items of equal keys keep their order, as
/// with the standard library's `sort_by_key` (the index breaks the tie
/// between equal keys: the triples are distinct, and in their order items
/// of equal keys come in the order they had).
pub(crate) fn sort_by_key<T>(v: &mut [T], key: impl Fn(&T) -> Key) {
    // Most lists come sorted: those are left as they are.
    if v.windows(2).all(|w| in_order(key(&w[0]), key(&w[1]))) {
        return;
    }
    let mut keyed: Vec<(usize, usize, usize)> = v
        .iter()
        .enumerate()
        .map(|(i, x)| {
            let (a, b) = key(x);
            (a, b, i)
        })
        .collect();
    sort(&mut keyed);
    permute(v, &mut keyed);
}

/// Key `a` may come before key `b`: `a <= b`, written out, as the
/// tuples' `<=` was a call a pair in the page's build.
#[inline(always)]
fn in_order(a: Key, b: Key) -> bool {
    a.0 < b.0 || (a.0 == b.0 && a.1 <= b.1)
}

/// The one instantiation of the standard library's sort (never inlined:
/// every caller shares this copy). Its stable sort, though the triples are
/// distinct: it finds the runs already in order (most lists come nearly
/// sorted), where the unstable sort partitions them all over again.
#[inline(never)]
fn sort(keyed: &mut [(usize, usize, usize)]) {
    keyed.sort();
}

/// A taken index: its place in the new order is filled.
const DONE: usize = usize::MAX;

/// Puts `v` in the order of `keyed`, in place: the item at index
/// `keyed[p].2` goes to `p`. Each cycle of the permutation is walked once,
/// carrying its first item along by swaps; the indices are used up (each
/// becomes [`DONE`]).
fn permute<T>(v: &mut [T], keyed: &mut [(usize, usize, usize)]) {
    for start in 0..keyed.len() {
        let mut p = start;
        while keyed[p].2 != DONE {
            let q = keyed[p].2;
            keyed[p].2 = DONE;
            if q == start {
                break;
            }
            v.swap(p, q);
            p = q;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The standard library's stable sort by the same key.
    fn by_std<T: Clone>(v: &[T], key: impl Fn(&T) -> Key) -> Vec<T> {
        let mut w = v.to_vec();
        w.sort_by_key(|x| key(x));
        w
    }

    #[test]
    fn sorts_stably_as_the_standard_sort_does() {
        // Pairs (key, tag): equal keys with different tags show stability.
        let lists: [&[(usize, char)]; 6] = [
            &[],
            &[(3, 'a')],
            &[(2, 'a'), (1, 'b'), (2, 'c'), (0, 'd'), (1, 'e'), (2, 'f')],
            &[(5, 'a'), (4, 'b'), (3, 'c'), (2, 'd'), (1, 'e')],
            &[(1, 'a'), (1, 'b'), (1, 'c')],
            &[(0, 'a'), (1, 'b'), (2, 'c'), (3, 'd')],
        ];
        for list in lists {
            let mut got = list.to_vec();
            sort_by_key(&mut got, |&(k, _)| (k, 0));
            assert_eq!(got, by_std(list, |&(k, _)| (k, 0)), "{list:?}");
        }
    }

    #[test]
    fn the_second_position_orders_equal_firsts() {
        // Spans by start, longest first.
        let spans = [(4, 6), (0, 3), (4, 9), (0, 8), (2, 2), (4, 6)];
        let mut got = spans.to_vec();
        sort_by_key(&mut got, |&(s, e)| (s, usize::MAX - e));
        assert_eq!(got, [(0, 8), (0, 3), (2, 2), (4, 9), (4, 6), (4, 6)]);
    }

    #[test]
    fn long_lists_in_any_order_come_out_as_the_standard_sort_gives_them() {
        // A permutation with long cycles and many equal keys, from a
        // linear congruential sequence (no randomness in tests).
        let mut x: u64 = 7;
        let list: Vec<(usize, usize)> = (0..500)
            .map(|i| {
                x = (x * 1_103_515_245 + 12_345) % 2_147_483_648;
                ((x % 37) as usize, i)
            })
            .collect();
        let mut got = list.clone();
        sort_by_key(&mut got, |&(k, _)| (k / 3, k % 3));
        assert_eq!(got, by_std(&list, |&(k, _)| (k / 3, k % 3)));
    }
}
