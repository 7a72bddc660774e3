//! Pass 2, salience: the person each sentence is about (its first person
//! outside quotation marks), and so whom `he`/`she` stands for.

use super::index::Index;

/// How many sentences back a pronoun may find the person it stands for.
const PRONOUN_LOOKBACK: usize = 8;

/// The first person of each sentence outside quotes: (token, mention).
pub(super) struct Salience(Vec<Option<(usize, usize)>>);

impl Salience {
    pub(super) fn per_sentence(ix: &Index) -> Self {
        let sentences = ix.cx.sentences;
        Salience(
            (0..sentences.len())
                .map(|s| {
                    let (lo, hi) = sentences.range(s);
                    (lo..hi).find_map(|k| {
                        ix.mention_at(k).filter(|&mi| ix.is_person(mi) && ix.outside_quotes(k)).map(|mi| (k, mi))
                    })
                })
                .collect(),
        )
    }

    /// The mention a pronoun at token `tok` of sentence `s` stands for:
    /// the sentence's person if named before it, else the nearest earlier
    /// sentence's, up to [`PRONOUN_LOOKBACK`] back.
    pub(super) fn pronoun(&self, s: usize, tok: usize) -> Option<usize> {
        if let Some(&Some((k, mi))) = self.0.get(s) {
            if k < tok {
                return Some(mi);
            }
        }
        (s.saturating_sub(PRONOUN_LOOKBACK)..s).rev().find_map(|p| self.0.get(p).copied().flatten().map(|(_, mi)| mi))
    }
}
