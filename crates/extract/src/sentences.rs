//! Sentences, computed once per text and shared by the stages that need
//! them.
//!
//! [`Sentences::split`] gives every token its sentence: a new one starts
//! after a line break, after `.`/`!`/`?` outside quotation marks (not the
//! period of an abbreviation such as `Dr.` or `St.`), and after a quotation
//! that ends a sentence when a capital follows (`“We are ready.” Then …`).
//!
//! [`sentence_initial`] answers a narrower question for the capitalisation
//! rules: is a word capitalised only because something opens before it (a
//! sentence, a quotation, a bracket, a dash)?

use crate::lexicon::function_words::ABBREVIATIONS;
use crate::lexicon::is_title;
use crate::quote::QuoteSpan;
use crate::slots::Slots;
use crate::tokens::{Kind, Token};

/// The sentence of every token, and where each sentence starts.
pub struct Sentences {
    /// Index of the first token of each sentence; the first is 0.
    starts: Vec<usize>,
    /// The sentence of each token.
    of: Vec<u32>,
}

impl Sentences {
    /// Splits the tokens of `text` into sentences; `in_quote` gives the
    /// quotation (of `quotes`) each token is in.
    pub fn split(text: &str, toks: &[Token], quotes: &[QuoteSpan], in_quote: &Slots) -> Sentences {
        let mut of = Vec::with_capacity(toks.len());
        let mut starts = vec![0usize];
        // The sentence of the token last read, changed only where one
        // starts; each token read beside the one before it (`windows`),
        // without indexing the table twice a token.
        let mut sentence = 0u32;
        if !toks.is_empty() {
            of.push(sentence);
        }
        for (before, pair) in toks.windows(2).enumerate() {
            let i = before + 1;
            if starts_sentence(text, toks, quotes, in_quote, i, pair[0], pair[1]) {
                starts.push(i);
                sentence = u32::try_from(starts.len() - 1).unwrap_or(u32::MAX);
            }
            of.push(sentence);
        }
        Sentences { starts, of }
    }

    /// How many sentences there are (at least one).
    pub fn len(&self) -> usize {
        self.starts.len()
    }

    /// The sentence token `i` is in.
    pub fn of(&self, i: usize) -> usize {
        self.of.get(i).map_or(0, |&s| s as usize)
    }

    /// The tokens of sentence `s`: `lo..hi`.
    pub fn range(&self, s: usize) -> (usize, usize) {
        let lo = self.starts.get(s).copied().unwrap_or(self.of.len());
        (lo, self.starts.get(s + 1).copied().unwrap_or(self.of.len()))
    }
}

/// Token `i` (not the first), `t`, starts a sentence; `prev` is token
/// `i - 1`.
fn starts_sentence(
    text: &str,
    toks: &[Token],
    quotes: &[QuoteSpan],
    in_quote: &Slots,
    i: usize,
    prev: Token,
    t: Token,
) -> bool {
    if t.newline_before() {
        return true;
    }
    match in_quote.get(i - 1) {
        // `… said.` Then; not a comma or a closing mark after an
        // abbreviation's period in tokenised text (`Newt Gingrich , R-Ga. ,
        // called`): it goes on with the sentence.
        None => {
            t.space_before()
                && prev.kind() == Kind::Punct
                && matches!(prev.bytes(text), b"." | b"!" | b"?")
                && !abbreviation_period(text, toks, i - 1)
                && !matches!(text.as_bytes().get(t.start()), Some(b',' | b';' | b')'))
        }
        // `“… ready.” Then`
        Some(q) => {
            let Some(quote) = quotes.get(q) else { return false };
            in_quote.get(i).is_none()
                && quote.end == prev.end()
                && ends_sentence(text.get(quote.start..prev.end()).unwrap_or(""))
                && t.text(text).chars().next().is_some_and(char::is_uppercase)
        }
    }
}

/// A period that ends an abbreviation, not a sentence (`Dr.`, `Sen.`):
/// a listed abbreviation, or a short capitalised title (`the mayor.` ends
/// a sentence).
pub fn abbreviation_period(text: &str, toks: &[Token], i: usize) -> bool {
    i > 0 && toks[i].is(text, ".") && toks[i].start() == toks[i - 1].end() && {
        let w = toks[i - 1].text(text);
        ABBREVIATIONS.contains(&w) || w.len() <= TITLE_ABBREVIATION_MAX && toks[i - 1].upper() && is_title(w)
    }
}

/// The longest title written as an abbreviation, in bytes (`Capt.`,
/// `Prof.`).
const TITLE_ABBREVIATION_MAX: usize = 4;

/// A quotation whose words end a sentence (`“We are ready.”`).
fn ends_sentence(quote: &str) -> bool {
    let inner = quote.trim_end_matches(['”', '"', '’', '\'', '»']);
    inner.ends_with(['.', '!', '?'])
}

/// Token `i` starts a sentence or opens after a quotation mark, a bracket or
/// a dash: the first token, after a line break, or after `.!?:`, an
/// opening quote, a bracket or a dash. A capital there says nothing of a
/// name.
pub fn sentence_initial(text: &str, toks: &[Token], i: usize) -> bool {
    if i == 0 || toks.get(i).is_none_or(|t| t.newline_before()) {
        return true;
    }
    // Each opener is a punctuation token: a word is read no further.
    let prev = toks[i - 1];
    // As bytes (`Token::bytes`): `“` E2 80 9C, `‘` E2 80 98, `—` E2 80 94,
    // `–` E2 80 93, `«` C2 AB.
    prev.kind() == Kind::Punct
        && matches!(
            prev.bytes(text),
            b"." | b"!"
                | b"?"
                | b":"
                | b"\xE2\x80\x9C"
                | b"\""
                | b"\xE2\x80\x98"
                | b"'"
                | b"("
                | b"\xE2\x80\x94"
                | b"\xE2\x80\x93"
                | b"\xC2\xAB"
                | b"-"
        )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quote::{self, token_quotes};
    use crate::tokens::tokenize;

    /// Where sentences start, and which capitals only open something: the
    /// openers are punctuation tokens, never the words around them.
    #[test]
    fn sentence_cases() {
        // (text, the word asked about, sentence_initial, starts a sentence)
        let cases: &[(&str, &str, bool, bool)] = &[
            ("He left. Kyiv fell.", "Kyiv", true, true),
            ("He left! Kyiv fell.", "Kyiv", true, true),
            ("Dr. Kovalenko spoke.", "Kovalenko", true, false),
            ("Sen. Hayes spoke.", "Hayes", true, false),
            ("the mayor. Hayes spoke.", "Hayes", true, true),
            ("She said: Kyiv fell.", "Kyiv", true, false),
            ("a bridge (Kerch) fell", "Kerch", true, false),
            ("a bridge — Kerch — fell", "Kerch", true, false),
            ("“We are ready.” Then they left.", "Then", false, true),
            ("“We are ready,” Peskov said.", "Peskov", false, false),
            ("He left\nKyiv fell.", "Kyiv", true, true),
            ("Gingrich of R-Ga. , called", ",", true, false),
            ("Gingrich of R-Ga. ; Kyiv", ";", true, false),
            ("Gingrich ( R-Ga. ) met", ")", true, false),
            ("Gingrich , R-Ga. Kyiv called", "Kyiv", true, true),
            ("in U.S. Kyiv talks", "Kyiv", false, false),
            ("in Odesa Kyiv talks", "Kyiv", false, false),
        ];
        for &(text, word, initial, starts) in cases {
            let toks = tokenize(text);
            let quotes = quote::find(text);
            let in_quote = token_quotes(&toks, &quotes);
            let sentences = Sentences::split(text, &toks, &quotes, &in_quote);
            let Some(i) = toks.iter().position(|t| t.text(text) == word) else { panic!("{word} in {text}") };
            assert_eq!(sentence_initial(text, &toks, i), initial, "sentence_initial: {text}");
            assert_eq!(sentences.range(sentences.of(i)).0 == i, starts, "starts a sentence: {text}");
        }
    }
}
