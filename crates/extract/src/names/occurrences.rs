//! Where each of several names stands in a text as whole words; for more
//! than a few, in one pass over the text's words with a map from a name's
//! first word to the names: searching the text for each name in turn was
//! names × text (a 1 MB line of 3,400 distinct `‹Surname› Holdings AG
//! said.` took 26–43 s in `org_names`).
//!
//! The ranges are those `str::match_indices` finds, name by name, and keeps
//! when they stand as whole words: leftmost first, and never one that
//! overlaps a match found before it, whether that one stood as whole words
//! or not (`A B A` in `A B A B A` is found at 0 only).

use crate::lexicon::FastMap;

/// From this many names the text is read once for them all; below it,
/// once for each (`str::find`'s search, a few instructions a byte, beats
/// the pass's hash of every word for a text's usual few names).
const NAMES_FOR_ONE_PASS: usize = 8;

/// The byte ranges found, in no particular order, and (in tests) the work
/// done: the bytes hashed, compared and searched (what a test bounds, not
/// a clock).
#[derive(Default)]
pub(super) struct Found {
    pub(super) spans: Vec<(usize, usize)>,
    #[cfg(test)]
    work: usize,
}

/// The byte ranges where each of `names` stands in `text` as whole words,
/// as each name's `match_indices` finds them: by it for a few names, in
/// one pass for more.
pub(super) fn whole_words(text: &str, names: &[&str]) -> Found {
    if names.len() >= NAMES_FOR_ONE_PASS {
        return one_pass(text, names);
    }
    let mut found = Found::default();
    for name in names {
        found.alone(text, name);
    }
    found
}

/// [`whole_words`] in one pass over the text's words.
fn one_pass(text: &str, names: &[&str]) -> Found {
    let mut found = Found::default();
    let mut by_first: FastMap<&str, Vec<usize>> = FastMap::default();
    for (i, name) in names.iter().enumerate() {
        match first_word(name) {
            // A name that does not start with a word (none the extractor
            // makes): searched for alone.
            "" => found.alone(text, name),
            word => by_first.entry(word).or_default().push(i),
        }
    }
    // Where each name's search goes on from: the end of its last match.
    let mut resume = vec![0; names.len()];
    let mut at = 0;
    // Each word start: the character before is none or no word's.
    while let Some(start) = text[at..].find(char::is_alphanumeric).map(|s| at + s) {
        let word = first_word(&text[start..]);
        at = start + word.len();
        found.tally(word.len());
        for &i in by_first.get(word).into_iter().flatten() {
            let name = names[i];
            found.tally(name.len());
            let end = start + name.len();
            if start >= resume[i] && text[start..].starts_with(name) && !starts_word(&text[end..]) {
                resume[i] = found.match_at(text, name, start, resume[i]);
            }
        }
    }
    found
}

/// The word `s` starts with (empty if it starts with no word character).
fn first_word(s: &str) -> &str {
    &s[..s.find(|c: char| !c.is_alphanumeric()).unwrap_or(s.len())]
}

/// `s` starts with a word character.
fn starts_word(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_alphanumeric)
}

impl Found {
    /// Adds `bytes` to the work done.
    #[cfg(test)]
    fn tally(&mut self, bytes: usize) {
        self.work += bytes;
    }

    /// The work done is counted in tests only.
    #[cfg(not(test))]
    fn tally(&mut self, _bytes: usize) {}

    /// `name`'s whole-word matches, the text searched for it alone.
    fn alone(&mut self, text: &str, name: &str) {
        self.tally(text.len());
        let word_char = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        self.spans.extend(
            text.match_indices(name)
                .map(|(at, _)| (at, at + name.len()))
                .filter(|&(a, b)| !word_char(text[..a].chars().next_back()) && !word_char(text[b..].chars().next())),
        );
    }

    /// `name` stands as whole words at `p`, at or after `resume`, where its
    /// search goes on from: keeps `p` if the search finds it, not if a
    /// match it finds first overlaps it; returns where the search goes on
    /// from after. The occurrences overlapping one another up to `p` are
    /// searched (none but `p` when no end of `name` starts it again), not
    /// the text from `resume`.
    fn match_at(&mut self, text: &str, name: &str, p: usize, resume: usize) -> usize {
        let len = name.len();
        let find_from = |from: usize| text[from..].find(name).map(|r| from + r);
        // Back to the first of them: no occurrence from `resume` overlaps
        // it, so the search finds it.
        let mut first = p;
        loop {
            let mut lo = (first + 1).saturating_sub(len).max(resume);
            while !text.is_char_boundary(lo) {
                lo += 1;
            }
            self.tally(first + len - lo);
            match find_from(lo) {
                Some(r) if r < first => first = r,
                _ => break,
            }
        }
        // Then on as the search goes: each match, the next at or after its
        // end, up to the one at or over `p`.
        let mut m = first;
        while m + len <= p {
            self.tally(p + len - m);
            match find_from(m + len) {
                Some(r) => m = r,
                None => break,
            }
        }
        if m == p {
            self.spans.push((p, p + len));
        }
        m + len
    }
}

#[cfg(test)]
mod tests {
    use super::{one_pass, whole_words};

    /// Each name searched for alone, as `org_names` did before the pass.
    fn one_by_one(text: &str, names: &[&str]) -> Vec<(usize, usize)> {
        let word_char = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        let mut spans: Vec<(usize, usize)> = names
            .iter()
            .flat_map(|name| {
                text.match_indices(name)
                    .map(|(at, _)| (at, at + name.len()))
                    .filter(|&(a, b)| !word_char(text[..a].chars().next_back()) && !word_char(text[b..].chars().next()))
            })
            .collect();
        spans.sort_unstable();
        spans
    }

    fn sorted(text: &str, names: &[&str]) -> Vec<(usize, usize)> {
        let mut spans = one_pass(text, names).spans;
        spans.sort_unstable();
        spans
    }

    /// The pass finds what each name's own search finds: whole words only,
    /// a match hidden by an overlapping one found first (whole words or
    /// not), names sharing a first word, accents, a name that starts with
    /// no word.
    #[test]
    fn the_pass_finds_what_each_names_search_finds() {
        let cases: [(&str, &[&str]); 12] = [
            ("Vallmar Holdings said. Vallmar Holdings AG rose.", &["Vallmar Holdings", "Vallmar Holdings AG"]),
            ("Vallmar Holdingsworth and XVallmar Holdings", &["Vallmar Holdings"]),
            ("Rio de Rio de Rio de Rio", &["Rio de Rio"]),
            ("Rio de Rio de Rio. Rio de Rio", &["Rio de Rio", "de Rio"]),
            ("xab cab c ab c", &["ab c"]),
            ("A B AA B A B A", &["A B A", "B A"]),
            ("Rio de Rio de Riot, Rio de Rio de Rio", &["Rio de Rio"]),
            ("Émile Zöller GmbH, Émile Zöller and Zöller", &["Émile Zöller", "Zöller GmbH"]),
            ("Carter Beaumont's shares; Carter Beaumont", &["Carter Beaumont", "Carter"]),
            ("(Le) Monde and (Le) Monde", &["(Le) Monde", "Le) Monde"]),
            ("", &["Danube Holdings"]),
            ("Danube Holdings", &[]),
        ];
        for (text, names) in cases {
            assert_eq!(sorted(text, names), one_by_one(text, names), "{text:?} {names:?}");
        }
        // Every way of cutting and repeating a self-overlapping name.
        let unit = ["a", "b", "a", " ", "a", "ba", "é", "-"];
        for n in 0..=400usize {
            let text: String = (0..9).map(|k| unit[(n >> (k % 8)) % 8]).collect();
            let names = ["a a", "a ba a", "ab a", "é-a"];
            assert_eq!(sorted(&text, &names), one_by_one(&text, &names), "{text:?}");
        }
    }

    /// The work is the text's length times a small constant however many
    /// distinct names the text repeats, where each name's own search
    /// reads the whole text.
    #[test]
    fn the_work_grows_with_the_text_not_with_the_names() {
        let names: Vec<String> = (0..3_000).map(|i| format!("Vallmar{i} Holdings AG")).collect();
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        let line: String = names.iter().map(|n| format!("{n} said. ")).collect::<String>().repeat(4);
        let found = whole_words(&line, &names);
        assert_eq!(found.spans.len(), 4 * names.len());
        assert!(found.work <= 4 * line.len(), "{} for {} bytes", found.work, line.len());
    }
}
