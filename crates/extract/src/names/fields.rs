//! A field of study or work after `in` is no place: `a Ph.D. in
//! Linguistics`, `the Nobel Prize in Chemistry`, `a career in Marketing`
//! (the learned rule took such a capitalised word after `in` for a town).

use super::rules::{Cx, Verdict};
use super::words::{longest, tok, tok_is};
use crate::lexicon::core;
use crate::lexicon::name_words::FIELD_HOLDERS;

/// The longest word [`holds_a_field`] reads, its periods left out
/// (`doctorate`): longer words are none of [`FIELD_HOLDERS`], and are not
/// copied. (Made from the list, so that it cannot fall behind it.)
const MAX_HOLDER_LEN: usize = longest(&FIELD_HOLDERS);

/// The candidate follows `in` and one of [`FIELD_HOLDERS`] (its period
/// before `in` too: `Ph.D . in`): neither a person nor a place, unless the
/// whole is a known place (`a degree in Paris`).
///
/// `in` is read by its bytes here, in line in the rules' driver: every
/// candidate the learned rule would read comes here, and most follow no
/// `in` (a call for each cost 0.2M instructions per 20 copies of the
/// articles).
#[inline(always)]
pub(super) fn field_after_in(cx: &Cx) -> Option<Verdict> {
    let (text, toks, first) = (cx.text, cx.toks, cx.s.first);
    let after_in = first >= 2 && {
        let t = toks[first - 1];
        t.end() - t.start() == 2 && text.as_bytes()[t.start()] == b'i' && text.as_bytes()[t.start() + 1] == b'n'
    };
    if after_in {
        field_after(cx)
    } else {
        None
    }
}

/// [`field_after_in`] once `in` is found before the candidate.
#[inline(never)]
fn field_after(cx: &Cx) -> Option<Verdict> {
    let (text, toks) = (cx.text, cx.toks);
    let mut k = cx.s.first - 2;
    if tok_is(text, toks, k, ".") && k > 0 {
        k -= 1;
    }
    (holds_a_field(tok(text, toks, k)) && !cx.whole_is_place()).then_some(Verdict::Neither)
}

/// `w`, in lower case without its periods and possessive, is one of
/// [`FIELD_HOLDERS`] (`Ph.D.`, `Prize`, `bachelor's`).
fn holds_a_field(w: &str) -> bool {
    let mut buf = [0u8; MAX_HOLDER_LEN];
    let mut n = 0;
    for b in core(w).bytes().filter(|&b| b != b'.') {
        if n == MAX_HOLDER_LEN || !b.is_ascii_alphabetic() {
            return false;
        }
        buf[n] = b.to_ascii_lowercase();
        n += 1;
    }
    // Compared as bytes: the list is sorted, and ASCII sorts alike either way.
    FIELD_HOLDERS.binary_search_by(|h| h.as_bytes().cmp(&buf[..n])).is_ok()
}
