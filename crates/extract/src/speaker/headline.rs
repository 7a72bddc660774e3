//! Pass 5, headlines: a quotation in the headline that names no speaker
//! (`"We will not be intimidated": mayor defies threats`) is the words of
//! whoever the article later quotes saying them (`"We will not be
//! intimidated," Carver said.`).

use super::context::Speaker;
use crate::quote::QuoteSpan;

/// How many quotations at the start of the text may be a headline's: a
/// bounded pass whatever the text's length.
const HEADLINE_QUOTES: usize = 4;

/// The fewest words a headline's quotation must share with a later one: a
/// phrase, not a word in quotation marks, which may be a term (`the name
/// "Caribbean"`).
const REPEATED_MIN: usize = 2;

/// Gives each headline quotation (in the first paragraph, among the first
/// [`HEADLINE_QUOTES`]) without a speaker the speaker of the first later
/// quotation, outside the headline, whose words hold its words.
pub(super) fn repeated(text: &str, quotes: &[QuoteSpan], speakers: &mut [Option<Speaker>]) {
    for h in 0..quotes.len().min(HEADLINE_QUOTES) {
        if quotes[h].para != 0 || speakers[h].is_some() {
            continue;
        }
        let words = words_of(text, &quotes[h]);
        // (Each word has a space before it.)
        if words.matches(' ').count() <= REPEATED_MIN {
            continue;
        }
        speakers[h] = (h + 1..quotes.len())
            .filter(|&q| quotes[q].para != 0)
            .find_map(|q| speakers[q].filter(|_| words_of(text, &quotes[q]).contains(&words)));
    }
}

/// A quotation's words, lower case, with a space before and after each,
/// without its marks and punctuation (`"We will not be intimidated,"` →
/// ` we will not be intimidated `): one holds another's words only whole.
fn words_of(text: &str, q: &QuoteSpan) -> String {
    let inner = text.get(q.start..q.end).unwrap_or("");
    let mut out = String::with_capacity(inner.len() + 1);
    // ASCII letters and digits only: Unicode's case tables would cost the
    // page kilobytes for headlines.
    for word in inner.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()) {
        out.push(' ');
        out.push_str(&word.to_ascii_lowercase());
    }
    out.push(' ');
    out
}
