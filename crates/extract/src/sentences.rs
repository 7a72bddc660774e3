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
        // without indexing the table twice a token. The first token's is
        // 0. One `extend` of an iterator of known length, not a `push` a
        // token, which was a call a token in the page's build (0.9M
        // instructions per 20 copies of the articles).
        let mut sentence = 0u32;
        let rest = toks.windows(2).enumerate().map(|(before, pair)| {
            let i = before + 1;
            if starts_sentence(text, toks, quotes, in_quote, i, pair[0], pair[1]) {
                starts.push(i);
                sentence = u32::try_from(starts.len() - 1).unwrap_or(u32::MAX);
            }
            sentence
        });
        of.extend(toks.first().map(|_| 0).into_iter().chain(rest));
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
        // `“… ready.” Then`; `“… ready.” “Fine,” Reyes said`: a quotation
        // that ends a sentence, then another whose first word is
        // capitalised (its own sentence, with its own attribution).
        Some(q) => {
            // (Its end first: most tokens of a quotation are inside it.)
            let Some(quote) = quotes.get(q).filter(|quote| quote.end == prev.end()) else { return false };
            let opens = match in_quote.get(i) {
                None => t,
                Some(next) if quotes.get(next).is_some_and(|n| n.start == t.start()) => {
                    let Some(&first) = toks.get(i + 1) else { return false };
                    first
                }
                Some(_) => return false,
            };
            ends_sentence(text.get(quote.start..prev.end()).unwrap_or(""))
                && opens.text(text).chars().next().is_some_and(char::is_uppercase)
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
    if prev.kind() != Kind::Punct {
        return false;
    }
    let b = prev.bytes(text);
    // As bytes (`Token::bytes`): `“` E2 80 9C, `‘` E2 80 98, `—` E2 80 94,
    // `–` E2 80 93, `«` C2 AB.
    matches!(
        b,
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
    ) || ends_as_a_closer(b) && closes_a_sentence(text, toks, i - 1)
}

/// Token bytes `b` end as a closing quotation mark (`”` E2 80 9D, `’` E2
/// 80 99, `»` C2 BB; other characters end so too, [`closes_a_sentence`]
/// tells them apart) or a bracket (`]`) does: one compare turns away the
/// commas that most punctuation tokens are, without a call.
fn ends_as_a_closer(b: &[u8]) -> bool {
    matches!(b.last(), Some(0x9D | 0x99 | 0xBB | b']'))
}

/// The most tokens of a citation mark after a sentence (`[12]`: `[`, the
/// number, `]`).
const CITATION_TOKENS: usize = 3;

/// `… well!” In`, `… his youth.’ In`, `… in 1812. [6] In`, `… a duel.”
/// [6] In`: punctuation token `k` is a closing quotation mark (`”` E2 80
/// 9D, `’` E2 80 99, `»` C2 BB) right after a sentence's `.!?`, or a
/// citation mark's `]` after one (or after such a quotation); what follows
/// opens a sentence. (Not `“No,” Hayes said`: a comma ends no sentence.)
// (Not inlined into `sentence_initial`, which its many callers inline: it
// runs only after a closer.)
#[inline(never)]
fn closes_a_sentence(text: &str, toks: &[Token], k: usize) -> bool {
    let ends = |j: usize| matches!(toks[j].bytes(text), b"." | b"!" | b"?") && !abbreviation_period(text, toks, j);
    let closing_quote = |j: usize| {
        matches!(toks[j].bytes(text), b"\xE2\x80\x9D" | b"\xE2\x80\x99" | b"\xC2\xBB") && j > 0 && ends(j - 1)
    };
    if toks[k].is(text, "]") {
        let open = (k.saturating_sub(CITATION_TOKENS - 1)..k).rev().find(|&j| toks[j].is(text, "["));
        let digits = |j: usize| (j + 1..k).all(|n| toks[n].bytes(text).iter().all(u8::is_ascii_digit));
        // (A straight `"` after `.` closes a quotation here too.)
        let quoted = |j: usize| closing_quote(j) || toks[j].is(text, "\"") && j > 0 && ends(j - 1);
        return open.is_some_and(|j| j > 0 && digits(j) && (ends(j - 1) || quoted(j - 1)));
    }
    closing_quote(k)
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
            ("“We are ready.” Then they left.", "Then", true, true),
            ("He cried, “You did well!” In Marlow’s view", "In", true, true),
            ("‘It rained.’ Hayes left.", "Hayes", true, true),
            ("“We are ready,” Peskov said.", "Peskov", false, false),
            ("in his youth. [6] In Kessler's diaries", "In", true, false),
            ("the treaty [6] Kessler signed", "Kessler", false, false),
            ("“a duel.” [6] In Kessler's diaries", "In", true, false),
            ("a \"duel.\" [6] In Kessler's diaries", "In", true, false),
            ("Hayes’ Kessler spoke", "Kessler", false, false),
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

    /// A quotation that ends a sentence, then another quotation: the
    /// second opens a sentence of its own (at its opening mark) when its
    /// first word is capitalised; not after a comma, nor before a word in
    /// lower case (`“ready.” “yes” meant`).
    #[test]
    fn quotation_after_a_quoted_sentence() {
        let cases: &[(&str, &str, bool)] = &[
            ("Ana Lima: “We need agents.” “Fine,” Tom Reyes said.", "Fine", true),
            ("“It rained!” \"Then go,\" Reyes said.", "Then", true),
            ("‘Who?’ ‘Me,’ said Reyes.", "Me", true),
            ("“We need agents,” “Fine,” Reyes said.", "Fine", false),
            ("He wrote “ready.” “yes” meant agreement.", "yes", false),
            ("“We need agents” “Fine” is all.", "Fine", false),
        ];
        for &(text, word, starts) in cases {
            let toks = tokenize(text);
            let quotes = quote::find(text);
            let in_quote = token_quotes(&toks, &quotes);
            let sentences = Sentences::split(text, &toks, &quotes, &in_quote);
            let Some(i) = toks.iter().position(|t| t.text(text) == word) else { panic!("{word} in {text}") };
            assert_eq!(sentences.range(sentences.of(i)).0 == i - 1, starts, "{text}");
        }
    }
}
