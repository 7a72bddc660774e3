//! A field of study or work after `in` is no place: `a Ph.D. in
//! Linguistics`, `the Nobel Prize in Chemistry`, `a career in Marketing`
//! (the learned rule took such a capitalised word after `in` for a town).

use super::rules::{Cx, Verdict};
use super::words::{tok, tok_is};
use crate::lexicon::core;
use crate::lexicon::name_words::FIELD_HOLDERS;

/// The longest word [`holds_a_field`] reads (`majoring`, `doctorate`):
/// longer words are none of [`FIELD_HOLDERS`], and are not copied.
const MAX_HOLDER_LEN: usize = 10;

/// The candidate follows `in` and one of [`FIELD_HOLDERS`] (its period
/// before `in` too: `Ph.D . in`): neither a person nor a place, unless the
/// whole is a known place (`a degree in Paris`).
pub(super) fn field_after_in(cx: &Cx) -> Option<Verdict> {
    let (text, toks, first) = (cx.text, cx.toks, cx.s.first);
    if first < 2 || !tok_is(text, toks, first - 1, "in") {
        return None;
    }
    let mut k = first - 2;
    if tok_is(text, toks, k, ".") && k > 0 {
        k -= 1;
    }
    (holds_a_field(tok(text, toks, k)) && !cx.whole_is_place()).then_some(Verdict::Neither)
}

/// `w`, in lower case without its periods and possessive, is one of
/// [`FIELD_HOLDERS`] (`Ph.D.`, `Prize`, `bachelor's`).
fn holds_a_field(w: &str) -> bool {
    let w = core(w);
    if w.len() > MAX_HOLDER_LEN + w.matches('.').count() {
        return false;
    }
    let mut buf = [0u8; MAX_HOLDER_LEN];
    let mut n = 0;
    for b in w.bytes().filter(|&b| b != b'.') {
        if n == MAX_HOLDER_LEN || !b.is_ascii_alphabetic() {
            return false;
        }
        buf[n] = b.to_ascii_lowercase();
        n += 1;
    }
    // The bytes are ASCII letters: `buf[..n]` is a string.
    std::str::from_utf8(&buf[..n]).is_ok_and(|l| FIELD_HOLDERS.binary_search(&l).is_ok())
}
