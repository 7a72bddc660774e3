//! Pass 13, places in lower case: web text and tweets often write a
//! place's name without its capitals (`living in malaysia`, `staying in
//! san francisco`, `from kerala.`). A word or two in lower case right
//! after a place preposition is a PLACE when, capitalised, it is a known
//! place that no English word is spelt like (the lexicon's `~` places,
//! `Reading`, `Mobile`, never count) and ends its phrase: a lower-case
//! word after it but a conjunction (`from mexico and`) makes it a word of
//! that phrase (`to hang over`, `in male attire`). Names found before win.
//! Only a text that starts a line in lower case is read (edited text
//! capitalises its names as its lines).

use annotator_schema::Label;

use super::mention::Mention;
use crate::lexicon::{cat, lexicon};
use crate::tokens::{has, Kind, Token};

/// Prepositions before a lower-case place (`in malaysia`, `from mexico`,
/// `near noida`, `at chicago`): two or four letters each, so most tokens
/// are done with after one look at the token before's length. Not `to`: before a
/// verb far more often than before a place, and each word after it would
/// be looked up.
const CUES: [&str; 4] = ["in", "from", "at", "near"];

/// The lower-case words that may follow a lower-case place: they join
/// phrases (`from mexico and …`), where any other word goes on the
/// place's own phrase (`to hang over`, `in male attire`).
const JOINERS: [&str; 3] = ["and", "or", "but"];

/// The most words of a lower-case place (`san francisco`, `greater
/// noida`); longer ones are tried first.
const MAX_WORDS: usize = 2;

/// The longest lower-case place looked up, in bytes (`greater noida`,
/// `san francisco`; longer names are written with capitals).
const MAX_BYTES: usize = 24;

/// The fewest letters of a lower-case place: shorter words (`us`, `la`,
/// `sf`) are as often pronouns, articles or abbreviations of other things.
const MIN_LETTERS: usize = 4;

/// Adds the lower-case places of the text, if it is written in lower case
/// at all: a line of it starts with a lower-case letter (web text, chat,
/// tweets). Edited text, which capitalises its lines, pays one look at
/// each token's line flag and no lookup.
pub(super) fn places(text: &str, toks: &[Token], mut mentions: Vec<Mention>) -> Vec<Mention> {
    let bytes = text.as_bytes();
    let lower_line = |t: &Token| bytes.get(t.start()).is_some_and(u8::is_ascii_lowercase);
    let casual = toks.first().is_some_and(lower_line) || toks.iter().any(|t| t.newline_before() && lower_line(t));
    if !casual {
        return mentions;
    }
    let mut k = 1;
    while k < toks.len() {
        let p = &toks[k - 1];
        let cue_len = matches!(p.end() - p.start(), 2 | 4);
        if !cue_len || !bytes.get(toks[k].start()).is_some_and(u8::is_ascii_lowercase) || !cue(p.text(text)) {
            k += 1;
            continue;
        }
        match place_at(text, toks, k) {
            Some(last) => {
                let (start, end) = (toks[k].start(), toks[last].end());
                mentions.push(Mention { start, end, label: Label::Place, bracket_name: None });
                k = last + 1;
                // The region after it (`san francisco california`).
                if plain(text, toks, k, false) && known(text, toks, k, k) {
                    let (start, end) = (toks[k].start(), toks[k].end());
                    mentions.push(Mention { start, end, label: Label::Place, bracket_name: None });
                    k += 1;
                }
            }
            None => k += 1,
        }
    }
    mentions
}

/// `w` is one of [`CUES`], in any case.
fn cue(w: &str) -> bool {
    CUES.iter().any(|c| c.eq_ignore_ascii_case(w))
}

/// The last token of the lower-case place starting at token `k`, if one
/// does: up to [`MAX_WORDS`] plain lower-case words, longest first, that
/// are a [`known`] place and end their phrase: no lower-case word follows
/// on the line but a [`JOINERS`] one or a known place (the region of
/// `from brittany france`).
fn place_at(text: &str, toks: &[Token], k: usize) -> Option<usize> {
    let words = (k..k + MAX_WORDS).take_while(|&j| plain(text, toks, j, j == k)).count();
    (1..=words).rev().map(|n| k + n - 1).find(|&last| {
        let ends = toks.get(last + 1).is_none_or(|t| {
            t.newline_before()
                || !text.as_bytes().get(t.start()).is_some_and(u8::is_ascii_lowercase)
                || JOINERS.contains(&t.text(text))
        });
        // The phrase's end is read before any word is looked up.
        (ends || plain(text, toks, last + 1, false))
            && known(text, toks, k, last)
            && (ends || known(text, toks, last + 1, last + 1))
    })
}

/// Token `j` is a plain lower-case word (letters and hyphens, no
/// stopword), on the line of the word before unless it is the `first`.
fn plain(text: &str, toks: &[Token], j: usize, first: bool) -> bool {
    toks.get(j).is_some_and(|t| {
        t.kind() == Kind::Word
            && (first || !t.newline_before() && t.space_before())
            && t.text(text).bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
            && !has(toks, j, cat::STOP)
    })
}

/// Tokens `first..=last`, capitalised, are a known place that no English
/// word is spelt like, of at least [`MIN_LETTERS`] letters and at most
/// [`MAX_BYTES`] bytes.
fn known(text: &str, toks: &[Token], first: usize, last: usize) -> bool {
    let phrase = &text.as_bytes()[toks[first].start()..toks[last].end()];
    if phrase.len() > MAX_BYTES || phrase.iter().filter(|b| b.is_ascii_alphabetic()).count() < MIN_LETTERS {
        return false;
    }
    // Each word with a capital first letter (`san francisco` → `San
    // Francisco`), in a buffer on the stack: most lookups find nothing.
    let mut buf = [0u8; MAX_BYTES];
    let mut start = true;
    for (o, &b) in buf.iter_mut().zip(phrase) {
        *o = if start { b.to_ascii_uppercase() } else { b };
        start = b == b' ';
    }
    // The phrase is ASCII letters, hyphens and spaces ([`plain`]).
    std::str::from_utf8(&buf[..phrase.len()]).is_ok_and(|name| lexicon().is_place_at(name, true))
}

#[cfg(test)]
mod tests {
    use crate::tokens::tokenize;
    use annotator_schema::Label;

    /// The places of `text` (the whole name pass).
    fn places(text: &str) -> Vec<&str> {
        crate::names::find(text, &tokenize(text))
            .into_iter()
            .filter(|m| m.label == Label::Place)
            .map(|m| &text[m.start..m.end])
            .collect()
    }

    #[test]
    fn lower_case_place_cases() {
        // (text, the places expected)
        let cases: &[(&str, &[&str])] = &[
            // A known place in lower case after a place preposition.
            ("i am a student living in malaysia, nice place", &["malaysia"]),
            ("Hi all.\nany tips? i live in auckland.", &["auckland"]),
            ("we are staying in san francisco. next week", &["san francisco"]),
            ("i am from toulouse france and we met in madrid", &["toulouse", "france", "madrid"]),
            ("does anyone know a good cafe in auckland?", &["auckland"]),
            ("my gf is from mexico and i am from ireland.", &["mexico", "ireland"]),
            ("a hotel near chicago\nthanks", &["chicago"]),
            // Capitals as usual: the other passes decide, not this one; and
            // a text whose every line starts with a capital is not read.
            ("She lives in Malaysia.", &["Malaysia"]),
            ("She lives in auckland.\nHe lives in Malaysia.", &["Malaysia"]),
            // Counter-examples: no preposition before, an English word that
            // is also a place (`reading`, `mobile`, `bath`), a stopword, a
            // short word, a word the gazetteer does not know.
            ("malaysia is hot and so is mexico", &[]),
            // A lower-case word after it: a word of a phrase, not a place.
            ("born to hang over there, in male attire", &[]),
            ("he is in reading mode and in mobile apps, in bath water", &[]),
            ("we were in time to see it from there", &[]),
            ("made in us factories, back to la", &[]),
            ("they went to blorpville yesterday", &[]),
            // Not after `to`: a verb goes there far more often.
            ("we went to auckland, born to hang.", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(places(text), *want, "{text}");
        }
    }
}
