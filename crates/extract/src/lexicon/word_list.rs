//! Curated lists the extractor walks (to fill a lookup table) or, sorted,
//! searches ([`Words::contains_sorted`]), each held as one string made at
//! compile time: `words!["a", "b"]` is `"a b "`,
//! `pairs![("km", "km"), ("mile", "mi")]` the pairs with ASCII's unit and
//! record separators. A `&[&str]` keeps a pointer and a length beside
//! every word, 8 bytes each on the page that gzip squeezes poorly; the
//! source still lists one entry a line.

/// The words of a list, each followed by one space (no word holds one).
#[derive(Clone, Copy)]
pub(crate) struct Words(pub(crate) &'static str);

impl Words {
    /// The words, in the order written.
    pub(crate) fn iter(self) -> impl Iterator<Item = &'static str> {
        self.0.split_terminator(' ')
    }

    /// Is `w` one of the words, of a list written in byte order? A binary
    /// search of the string itself: each step reads the word around the
    /// middle byte of the part left.
    pub(crate) fn contains_sorted(self, w: &str) -> bool {
        let s = self.0.as_bytes();
        // `lo` is a word's start, `hi` one or the string's end.
        let (mut lo, mut hi) = (0, s.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let start = s[lo..mid].iter().rposition(|&b| b == b' ').map_or(lo, |p| lo + p + 1);
            let end = start + s[start..].iter().position(|&b| b == b' ').unwrap_or(s.len() - start);
            match s[start..end].cmp(w.as_bytes()) {
                std::cmp::Ordering::Equal => return true,
                std::cmp::Ordering::Less => lo = end + 1,
                std::cmp::Ordering::Greater => hi = start,
            }
        }
        false
    }
}

/// Between a pair's word and its value (ASCII's unit separator).
const UNIT_SEPARATOR: char = '\u{1f}';

/// After each pair (ASCII's record separator).
const RECORD_SEPARATOR: char = '\u{1e}';

/// `(word, value)` pairs, each written as the word, [`UNIT_SEPARATOR`],
/// the value and [`RECORD_SEPARATOR`] (no word or value holds either).
#[derive(Clone, Copy)]
pub(crate) struct Pairs(pub(crate) &'static str);

impl Pairs {
    /// The pairs, in the order written.
    pub(crate) fn iter(self) -> impl Iterator<Item = (&'static str, &'static str)> {
        self.0.split_terminator(RECORD_SEPARATOR).filter_map(|p| p.split_once(UNIT_SEPARATOR))
    }
}

/// Can `s` be a pair's word or value in [`Pairs`]: neither separator in
/// it? Checked of every listed pair at compile time.
pub(crate) const fn is_pair_part(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == UNIT_SEPARATOR as u8 || b[i] == RECORD_SEPARATOR as u8 {
            return false;
        }
        i += 1;
    }
    true
}

/// A [`Pairs`] list of `(word, value)` string literals; a word or value
/// holding a separator does not compile.
macro_rules! pairs {
    ($(($word:literal, $value:literal)),* $(,)?) => {{
        $(const _: () = assert!(
            $crate::lexicon::word_list::is_pair_part($word) && $crate::lexicon::word_list::is_pair_part($value),
            "a listed pair holds a separator"
        );)*
        $crate::lexicon::word_list::Pairs(concat!($($word, "\u{1f}", $value, "\u{1e}"),*))
    }};
}
pub(crate) use pairs;

/// Is `w` a word a [`Words`] list can hold: not empty, no space (which
/// would cut it in two)? Checked of every listed word at compile time.
pub(crate) const fn is_word(w: &str) -> bool {
    let b = w.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b' ' {
            return false;
        }
        i += 1;
    }
    !b.is_empty()
}

/// The length in bytes of the longest of `words` (a list's bound, made at
/// compile time so that it cannot fall behind the list).
pub(crate) const fn longest(words: &[&str]) -> usize {
    let (mut i, mut most) = (0, 0);
    while i < words.len() {
        if words[i].len() > most {
            most = words[i].len();
        }
        i += 1;
    }
    most
}

/// The length in bytes of the shortest of `words` (`usize::MAX` for none).
pub(crate) const fn shortest(words: &[&str]) -> usize {
    let (mut i, mut least) = (0, usize::MAX);
    while i < words.len() {
        if words[i].len() < least {
            least = words[i].len();
        }
        i += 1;
    }
    least
}

/// A [`Words`] list of string literals; a word that is empty or holds a
/// space does not compile.
macro_rules! words {
    ($($word:literal),* $(,)?) => {{
        $(const _: () = assert!($crate::lexicon::word_list::is_word($word), "a listed word is empty or holds a space");)*
        $crate::lexicon::word_list::Words(concat!($($word, " "),*))
    }};
}
pub(crate) use words;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_read_back_as_listed() {
        assert_eq!(words!["mayor", "said", "the"].iter().collect::<Vec<_>>(), ["mayor", "said", "the"]);
        assert_eq!(words!["one"].iter().collect::<Vec<_>>(), ["one"]);
        assert_eq!(words![].iter().count(), 0);
        assert!(is_word("spokeswoman") && !is_word("vice president") && !is_word(""));
    }

    /// A sorted list's search finds each of its words, first, middle and
    /// last, and no other: not a word's part, nor one word longer, nor
    /// two joined, nor one before the first or after the last.
    #[test]
    fn a_sorted_list_is_searched_for_whole_words() {
        let lists =
            [words![], words!["m"], words!["bb", "d"], words!["a", "actor", "b", "banker", "cook", "diver", "e"]];
        for list in lists {
            for w in list.iter() {
                assert!(list.contains_sorted(w), "{w}");
            }
        }
        let list = lists[3];
        for w in ["", " ", "ac", "actors", "actor b", "ban", "bankers", "co", "dive", "A", "aa", "f", "0", "é"] {
            assert!(!list.contains_sorted(w), "{w:?}");
        }
        assert!(!lists[0].contains_sorted("a") && !lists[2].contains_sorted("c"));
    }

    #[test]
    fn pairs_read_back_as_listed() {
        let got: Vec<_> = pairs![("km", "km"), ("square miles", "sq mi"), ("", "x")].iter().collect();
        assert_eq!(got, [("km", "km"), ("square miles", "sq mi"), ("", "x")]);
        assert_eq!(pairs![].iter().count(), 0);
        assert!(is_pair_part("sq mi") && !is_pair_part("a\u{1f}b") && !is_pair_part("a\u{1e}"));
    }
}
