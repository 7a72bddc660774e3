//! What the speaker passes read: the text, its tokens, quotes, sentences and
//! mentions, with the mention each token is in.

use annotator_schema::Label;

use std::cell::OnceCell;

use super::context::Context;
use crate::lexicon::speech::QUESTIONED;
use crate::slots::Slots;
use crate::tokens::{skip_to, Kind, Token};

/// The shortest participle opening a clause before a sentence's subject
/// (`During`, `Joined by`): shorter words in `-ing` or `-ed` are rarely
/// one (`King`, `Ted`).
const PARTICIPLE_MIN: usize = 6;

#[cfg(test)]
thread_local! {
    /// How many times the speaker passes asked whether a token is quoted
    /// or named, for the tests that count their work on long lines.
    pub(super) static READS: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// One more token read ([`READS`]), in the tests only.
#[inline(always)]
fn counted() {
    #[cfg(test)]
    READS.with(|r| r.set(r.get() + 1));
}

/// The speaker stage's inputs, with the mention each token is in.
pub(super) struct Index<'a> {
    pub(super) cx: &'a Context<'a>,
    mention_at: Slots,
    /// The first token of each mention (`usize::MAX` for one holding none).
    mention_first: Vec<usize>,
    /// An interview's first question and the person named last before it
    /// (`attribution::interviewee`), read once for all its answers.
    interview: OnceCell<(usize, Option<usize>)>,
}

impl<'a> Index<'a> {
    pub(super) fn new(cx: &'a Context<'a>) -> Self {
        // Which mention each token is in: mentions are sorted by start and
        // do not overlap (`names::find`), so each one's tokens are the run
        // starting at the first token not before it, found by galloping
        // from the last mention's (`skip_to`); the tokens between mentions
        // are never visited.
        let mut mention_at = Slots::new(cx.toks.len());
        let mut mention_first = vec![usize::MAX; cx.mentions.len()];
        let mut i = 0;
        for (m, mention) in cx.mentions.iter().enumerate() {
            i = skip_to(cx.toks, i, mention.start);
            let mut k = i;
            while k < cx.toks.len() && cx.toks[k].start() < mention.end {
                mention_at.set(k, m);
                if mention_first[m] == usize::MAX {
                    mention_first[m] = k;
                }
                k += 1;
            }
        }
        Index { cx, mention_at, mention_first, interview: OnceCell::new() }
    }

    /// An interview's first question and its interviewee, `read` the
    /// first time they are asked for.
    pub(super) fn interview(&self, read: impl FnOnce() -> (usize, Option<usize>)) -> (usize, Option<usize>) {
        *self.interview.get_or_init(read)
    }

    /// How many tokens the text has.
    pub(super) fn len(&self) -> usize {
        self.cx.toks.len()
    }

    /// Token `k` (inlined: a copy of 12 bytes, asked token after token;
    /// see [`crate::slots::Slots::get`]).
    #[inline(always)]
    pub(super) fn tok(&self, k: usize) -> Token {
        self.cx.toks[k]
    }

    /// The text of token `k`; empty past the text's end, as the names
    /// passes' `tok` reads it (the passes look a word or two after a
    /// name or a verb, which may end the text: `"…," said the`).
    pub(super) fn word(&self, k: usize) -> &'a str {
        counted();
        self.cx.toks.get(k).map_or("", |t| t.text(self.cx.text))
    }

    /// Token `k` reads `word` (not empty): `self.word(k) == word`, by
    /// [`Token::is`]; false past the text's end.
    pub(super) fn word_is(&self, k: usize, word: &str) -> bool {
        self.cx.toks.get(k).is_some_and(|t| t.is(self.cx.text, word))
    }

    /// Token `k` is a word starting with a capital.
    pub(super) fn capitalised_word(&self, k: usize) -> bool {
        self.cx.toks.get(k).is_some_and(|t| t.kind() == Kind::Word && t.upper())
    }

    /// Token `k` is on one of the word lists in `bits` (`cat::TITLE`).
    pub(super) fn has(&self, k: usize, bits: u16) -> bool {
        self.cx.toks.get(k).is_some_and(|t| t.cat & bits != 0)
    }

    /// The first token of mention `mi`.
    pub(super) fn mention_first(&self, mi: usize) -> Option<usize> {
        self.mention_first.get(mi).copied().filter(|&k| k != usize::MAX)
    }

    /// The quotation token `k` is in.
    pub(super) fn quote_at(&self, k: usize) -> Option<usize> {
        counted();
        self.cx.in_quote.get(k)
    }

    /// Token `k` is outside every quotation.
    pub(super) fn outside_quotes(&self, k: usize) -> bool {
        counted();
        self.cx.in_quote.get(k).is_none()
    }

    /// Tokens `lo..hi` outside every quotation, a quotation's tokens
    /// passed over at once: `quotes` holds each one's first and last token
    /// ([`Index::quote_tokens`]); quotations do not overlap and a token is
    /// in one when wholly inside its marks, so every token from its first
    /// to its last is in it.
    pub(super) fn outside_tokens<'q>(
        &'q self,
        quotes: &'q [Option<(usize, usize)>],
        lo: usize,
        hi: usize,
    ) -> impl Iterator<Item = usize> + 'q {
        let mut i = lo;
        std::iter::from_fn(move || {
            while i < hi {
                match self.quote_at(i) {
                    Some(q) => i = quotes.get(q).copied().flatten().map_or(i, |(_, last)| last.max(i)) + 1,
                    None => {
                        i += 1;
                        return Some(i - 1);
                    }
                }
            }
            None
        })
    }

    /// Some token of `first..=last` is in a mention: a binary search of the
    /// mentions (sorted by start and not overlapping, so by end too), not a
    /// look at each token.
    pub(super) fn any_mention(&self, first: usize, last: usize) -> bool {
        let (Some(a), Some(b)) = (self.cx.toks.get(first), self.cx.toks.get(last)) else { return false };
        let mentions = self.cx.mentions;
        let i = mentions.partition_point(|m| m.end <= a.start());
        mentions.get(i).is_some_and(|m| m.start <= b.start())
    }

    /// The clause opening the sentence of tokens `lo..hi` with what a
    /// speaker was asked (`Asked about Ana Lima, he said`, `When pressed on
    /// Tom Reyes's role, she said`) or another participle (`Speaking
    /// alongside Ana Lima, Tom Reyes said`, `During talks with …,`,
    /// `Flanked by Ana Lima, he said`): the tokens from a participle of
    /// [`QUESTIONED`], one in `-ing` or one in `-ed` before `by` (after
    /// `When` or `If`, or opening the sentence) up to the comma that closes
    /// it. A name there is the question's topic or the company the subject
    /// keeps, not the sentence's subject.
    pub(super) fn question_clause(&self, lo: usize, hi: usize) -> Option<std::ops::Range<usize>> {
        let start = if matches!(self.word(lo), "When" | "If") { lo + 1 } else { lo };
        let opener = self.cx.toks.get(start).filter(|_| start < hi && self.capitalised_word(lo))?.text(self.cx.text);
        let by = || start + 1 < hi && self.word_is(start + 1, "by");
        let participle = opener.len() >= PARTICIPLE_MIN
            && (opener.ends_with("ing") && !opener.ends_with("thing") || opener.ends_with("ed") && by())
            && !opener.eq_ignore_ascii_case("according")
            && self.mention_at(start).is_none();
        if !participle && !QUESTIONED.iter().any(|q| opener.eq_ignore_ascii_case(q)) {
            return None;
        }
        let end = (start..hi).find(|&j| !self.outside_quotes(j) || matches!(self.word(j), "," | ":" | ";"))?;
        (self.word_is(end, ",")).then_some(start..end)
    }

    /// The mention token `k` is in.
    pub(super) fn mention_at(&self, k: usize) -> Option<usize> {
        counted();
        self.mention_at.get(k)
    }

    /// The mention token `j` ends: mentions are whole tokens, so its last
    /// token is the one whose successor is not in it.
    pub(super) fn mention_end(&self, j: usize) -> Option<usize> {
        self.mention_at.get(j).filter(|&mi| j + 1 >= self.len() || self.mention_at.get(j + 1) != Some(mi))
    }

    /// Mention `mi` is a person (not `I.`, a narrator read as an initial).
    pub(super) fn is_person(&self, mi: usize) -> bool {
        let m = &self.cx.mentions[mi];
        m.label == Label::Person && !matches!(self.cx.text.get(m.start..m.end), Some("I" | "I."))
    }

    /// The first and last token of each quotation (`None` for a quotation
    /// holding no token): a token in one starts inside its marks, so only
    /// the tokens from its start (galloping from the last quotation's, `skip_to`)
    /// to its end are read.
    pub(super) fn quote_tokens(&self) -> Vec<Option<(usize, usize)>> {
        let toks = self.cx.toks;
        let mut i = 0;
        self.cx
            .quotes
            .iter()
            .enumerate()
            .map(|(q, quote)| {
                i = skip_to(toks, i, quote.start);
                let mut span: Option<(usize, usize)> = None;
                for k in (i..toks.len()).take_while(|&k| toks[k].start() < quote.end) {
                    if self.quote_at(k) == Some(q) {
                        span.get_or_insert((k, k)).1 = k;
                    }
                }
                span
            })
            .collect()
    }
}
