//! Pass 4, carry over: a quotation standing alone as its paragraph
//! continues the previous quotation's speaker (within
//! [`STANDALONE_PARAGRAPH_GAP`] paragraphs); a quotation left open at a
//! paragraph's end continues into the next paragraph's and, unless its own
//! sentence named a speaker, shares the one named at the end.

use super::choose::Choice;
use super::context::Speaker;
use crate::quote::QuoteSpan;

/// How many paragraphs after the previous quotation a quotation standing
/// alone still continues its speaker.
const STANDALONE_PARAGRAPH_GAP: usize = 4;

/// The speaker of each quotation after carrying speakers over.
pub(super) fn carry(quotes: &[QuoteSpan], choices: &[Choice]) -> Vec<Option<Speaker>> {
    let mut out: Vec<Option<Speaker>> = Vec::with_capacity(choices.len());
    for (qi, c) in choices.iter().enumerate() {
        let mut speaker = c.speaker;
        if speaker.is_none() && !c.attributed && c.alone {
            let prev = out.last().copied().flatten();
            if let (Some(prev), Some(pq), Some(q)) =
                (prev, qi.checked_sub(1).and_then(|p| quotes.get(p)), quotes.get(qi))
            {
                if q.para <= pq.para + STANDALONE_PARAGRAPH_GAP {
                    speaker = Some(prev);
                }
            }
        }
        out.push(speaker);
    }
    // A quote left open continues into the next paragraph's.
    for qi in (0..out.len().saturating_sub(1)).rev() {
        let continues = quotes[qi].open_end && quotes[qi + 1].para == quotes[qi].para + 1;
        if continues && !choices[qi].attributed && out[qi + 1].is_some() {
            out[qi] = out[qi + 1];
        }
    }
    out
}
