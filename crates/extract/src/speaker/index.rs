//! What the speaker passes read: the text, its tokens, quotes, sentences and
//! mentions, with the mention each token is in.

use annotator_schema::Label;

use super::context::Context;
use crate::slots::Slots;
use crate::tokens::{Kind, Token};

/// The speaker stage's inputs, with the mention each token is in.
pub(super) struct Index<'a> {
    pub(super) cx: &'a Context<'a>,
    mention_at: Slots,
    /// The first token of each mention (`usize::MAX` for one holding none).
    mention_first: Vec<usize>,
}

impl<'a> Index<'a> {
    pub(super) fn new(cx: &'a Context<'a>) -> Self {
        // Which mention each token is in.
        let mut mention_at = Slots::new(cx.toks.len());
        let mut mention_first = vec![usize::MAX; cx.mentions.len()];
        let mut m = 0;
        for (i, t) in cx.toks.iter().enumerate() {
            while m < cx.mentions.len() && cx.mentions[m].end <= t.start() {
                m += 1;
            }
            if m < cx.mentions.len() && cx.mentions[m].start <= t.start() && t.start() < cx.mentions[m].end {
                mention_at.set(i, m);
                if mention_first[m] == usize::MAX {
                    mention_first[m] = i;
                }
            }
        }
        Index { cx, mention_at, mention_first }
    }

    /// How many tokens the text has.
    pub(super) fn len(&self) -> usize {
        self.cx.toks.len()
    }

    /// Token `k`.
    pub(super) fn tok(&self, k: usize) -> Token {
        self.cx.toks[k]
    }

    /// The text of token `k`.
    pub(super) fn word(&self, k: usize) -> &'a str {
        self.cx.toks[k].text(self.cx.text)
    }

    /// Token `k` is a word starting with a capital.
    pub(super) fn capitalised_word(&self, k: usize) -> bool {
        self.cx.toks.get(k).is_some_and(|t| t.kind == Kind::Word && t.upper)
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
        self.cx.in_quote.get(k)
    }

    /// Token `k` is outside every quotation.
    pub(super) fn outside_quotes(&self, k: usize) -> bool {
        self.cx.in_quote.get(k).is_none()
    }

    /// The mention token `k` is in.
    pub(super) fn mention_at(&self, k: usize) -> Option<usize> {
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
    /// holding no token).
    pub(super) fn quote_tokens(&self) -> Vec<Option<(usize, usize)>> {
        let mut out: Vec<Option<(usize, usize)>> = vec![None; self.cx.quotes.len()];
        for i in 0..self.len() {
            if let Some(slot) = self.quote_at(i).and_then(|q| out.get_mut(q)) {
                slot.get_or_insert((i, i)).1 = i;
            }
        }
        out
    }
}
