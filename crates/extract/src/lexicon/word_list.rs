//! A curated word list the extractor only walks (to fill the category
//! table), held as one string: `words!["a", "b"]` is `"a b "`, made at
//! compile time. A `&[&str]` keeps a pointer and a length beside every
//! word, 8 bytes each on the page that gzip squeezes poorly; the source
//! still lists one word a line.

/// The words of a list, each followed by one space (no word holds one).
#[derive(Clone, Copy)]
pub(crate) struct Words(pub(crate) &'static str);

impl Words {
    /// The words, in the order written.
    pub(crate) fn iter(self) -> impl Iterator<Item = &'static str> {
        self.0.split_terminator(' ')
    }
}

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
}
