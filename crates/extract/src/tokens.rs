//! Splits text into word and punctuation tokens with byte offsets.
//!
//! A word is a run of letters, digits and combining marks, joined across
//! `'`/`’` between letters (`O'Brien`, `Russia’s`), hyphens between
//! alphanumerics (`30-day`, `Russia-Ukraine`), periods between alphanumerics
//! (`1.4`, `U.S`) and thousands commas (`12,000`). An abbreviation made of
//! single letters keeps its final period (`U.S.`), as does an initial
//! (`J.`). Everything else that is not whitespace is a one-character
//! punctuation token. One pass, linear in the input.

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Word,
    Punct,
}

/// One token: `text[start..end]`, in 12 bytes (a 10 MB text has 1.75
/// million tokens, and the table lives through most of extraction: the
/// wasm memory's peak). Its yes-or-no facts are bits of one byte, read
/// through methods.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Byte offsets as `u32`; [`tokenize`] stops at 4 GiB. Read with
    /// `start()`/`end()`.
    s: u32,
    e: u32,
    /// The curated word lists its lower-case form is on
    /// ([`crate::lexicon::cat`] bits, looked up once here so that rules read a
    /// field instead of hashing the word again).
    pub cat: u16,
    /// [`flag`] bits.
    flags: u8,
    /// The rules' short lists its lower-case form is on
    /// ([`crate::lexicon::list`] bits, looked up with `cat`): read through
    /// [`on_list`], or here where a rule holds the token (`runs.rs`'s
    /// connectors). The byte the alignment left free.
    pub lists: u8,
}

// The layout the comment above promises: two offsets, the word-list bits,
// the flags and the short lists' bits, no padding.
const _: () = assert!(std::mem::size_of::<Token>() == 12);

/// The bits of [`Token::flags`].
mod flag {
    /// A word (else punctuation).
    pub(super) const WORD: u8 = 1;
    /// Whitespace separates it from the previous token.
    pub(super) const SPACE_BEFORE: u8 = 1 << 1;
    /// A line break separates it from the previous token.
    pub(super) const NEWLINE_BEFORE: u8 = 1 << 2;
    /// A word whose first character is an upper-case letter.
    pub(super) const UPPER: u8 = 1 << 3;
    /// A function word written in capitals.
    pub(super) const CAPS_FUNCTION_WORD: u8 = 1 << 4;
    /// A word with an ASCII hyphen in it.
    pub(super) const HYPHEN: u8 = 1 << 5;
}

impl Token {
    /// Byte offset of the token's first byte.
    pub fn start(&self) -> usize {
        self.s as usize
    }

    /// Byte offset just past the token.
    pub fn end(&self) -> usize {
        self.e as usize
    }

    /// A word or punctuation.
    pub fn kind(&self) -> Kind {
        if self.flags & flag::WORD != 0 {
            Kind::Word
        } else {
            Kind::Punct
        }
    }

    /// Whitespace separates it from the previous token.
    pub fn space_before(&self) -> bool {
        self.flags & flag::SPACE_BEFORE != 0
    }

    /// A line break separates it from the previous token.
    pub fn newline_before(&self) -> bool {
        self.flags & flag::NEWLINE_BEFORE != 0
    }

    /// A word whose first character is an upper-case letter.
    pub fn upper(&self) -> bool {
        self.flags & flag::UPPER != 0
    }

    /// A function word, reporting verb or filler written in capitals
    /// (`AND`, `IN`, `SAYS` in an all-caps headline): not part of a name.
    pub fn caps_function_word(&self) -> bool {
        self.flags & flag::CAPS_FUNCTION_WORD != 0
    }

    /// A word with an ASCII hyphen in it (`R-Idaho`, `30-day`): a pass
    /// looking for such words reads this bit, not every token's text.
    pub fn hyphen(&self) -> bool {
        self.flags & flag::HYPHEN != 0
    }

    /// The token `start..end` with its word-list bits (`cat`, `lists`) and
    /// [`flag`] bits.
    fn packed(start: usize, end: usize, (cat, lists): (u16, u8), flags: u8) -> Token {
        Token { s: offset(start), e: offset(end), cat, flags, lists }
    }

    /// The token `text[start..end]`, with a word's capitalisation and
    /// word-list bits; `gap` holds the [`flag`] bits of what precedes it
    /// (`SPACE_BEFORE`, `NEWLINE_BEFORE`).
    fn new(text: &str, start: usize, end: usize, kind: Kind, gap: u8) -> Token {
        let word = (kind == Kind::Word).then(|| &text[start..end]);
        let (cat, lists) = word.map_or((0, 0), crate::lexicon::token_categories);
        let upper = word.and_then(|w| w.chars().next()).is_some_and(char::is_uppercase);
        let caps = word.is_some_and(|w| caps_function_word(w, cat));
        let hyphen = word.is_some_and(|w| w.as_bytes().contains(&b'-'));
        let flags = (u8::from(word.is_some()) * flag::WORD)
            | gap
            | (u8::from(upper) * flag::UPPER)
            | (u8::from(caps) * flag::CAPS_FUNCTION_WORD)
            | (u8::from(hyphen) * flag::HYPHEN);
        Token::packed(start, end, (cat, lists), flags)
    }

    /// The token's text in `text` (the text it was made from), or `""`
    /// when it is not on `text`'s character boundaries. Inlined: the most
    /// called function of the core (some 60,000 calls for a 10,000-word
    /// article), which opt-level "z" left a call in the page's wasm.
    #[inline(always)]
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start()..self.end()).unwrap_or("")
    }

    /// The token's bytes in `text`: for matching against several words or
    /// marks written as bytes, with [`Token::is`]'s answer (equal to a
    /// word's bytes exactly when its text equals the word).
    #[inline(always)]
    pub fn bytes<'t>(&self, text: &'t str) -> &'t [u8] {
        text.as_bytes().get(self.start()..self.end()).unwrap_or_default()
    }

    /// The token reads `word` (not empty): `self.text(text) == word`,
    /// answered by comparing bytes, without [`Token::text`]'s two
    /// character-boundary checks (some hundred call sites compare a token
    /// with a word or a mark). The same answer: bytes equal to the
    /// characters of `word` start on a boundary of `text`, as `word`'s
    /// first byte starts a character, and end on one, as UTF-8 decodes
    /// from there to the same characters. The lengths first, inline: in
    /// the page's build the comparison of the two `Option`s is a call, and
    /// most tokens asked are of another length.
    #[inline(always)]
    pub fn is(&self, text: &str, word: &str) -> bool {
        debug_assert!(!word.is_empty(), "an empty word is read by Token::text");
        self.end() - self.start() == word.len()
            && text.as_bytes().get(self.start()..self.end()) == Some(word.as_bytes())
    }
}

/// Token `i` exists and is on one of the word lists in `bits`
/// ([`crate::lexicon::cat`]).
pub fn has(toks: &[Token], i: usize, bits: u16) -> bool {
    toks.get(i).is_some_and(|t| t.cat & bits != 0)
}

/// Token `k` is a word whose lower-case form is on a short list of `bits`
/// ([`crate::lexicon::list`]); false past the end. A test before the list's
/// words are compared with the token's text: most tokens are on none.
pub fn on_list(toks: &[Token], k: usize, bits: u8) -> bool {
    toks.get(k).is_some_and(|t| t.lists & bits != 0)
}

/// The indices of the tokens on one of the word lists in `bits`
/// ([`crate::lexicon::cat`]), in order: a pass that wants only those reads
/// them from this tight scan of the bits (a few instructions a token)
/// rather than testing every token in its own loop's body.
pub fn with_bits(toks: &[Token], bits: u16) -> impl Iterator<Item = usize> + '_ {
    let mut next = 0;
    std::iter::from_fn(move || {
        let found = next + toks.get(next..)?.iter().position(|t| t.cat & bits != 0)?;
        next = found + 1;
        Some(found)
    })
}

/// The first token at or after `from` that does not start before byte
/// `pos` (`from` plus `toks[from..].partition_point(|t| t.start() < pos)`;
/// tokens are sorted by start). Walks the first `SKIP_WALK` tokens one
/// by one, then gallops (1, 2, 4, … tokens on) and searches the last
/// stride: a position a few tokens on, as the next mention or quotation
/// mostly is, takes a few steps where a binary search over the rest of
/// the text took some twenty; a far one costs no more than twice a binary
/// search and the walk.
pub fn skip_to(toks: &[Token], from: usize, pos: usize) -> usize {
    let rest = toks.get(from..).unwrap_or_default();
    let walked = rest.iter().take(SKIP_WALK).take_while(|t| t.start() < pos).count();
    if walked < SKIP_WALK {
        return from + walked;
    }
    let (from, rest) = (from + walked, &rest[walked..]);
    let mut bound = 1;
    while bound <= rest.len() && rest[bound - 1].start() < pos {
        bound *= 2;
    }
    // Every token before `bound / 2` starts before `pos`; the first that
    // does not is at most `bound - 1` (or there is none).
    let lo = bound / 2;
    let hi = bound.min(rest.len());
    from + lo + rest[lo..hi].partition_point(|t| t.start() < pos)
}

/// How many tokens [`skip_to`] walks one by one before it gallops: the
/// speakers' index asks it for each mention and quotation, most a few
/// tokens after the last, where a test a token costs less than the
/// gallop's and the search's steps (callgrind).
const SKIP_WALK: usize = 8;

/// Letters, digits and combining marks continue a word.
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    is_alnum(c)
        || matches!(c, '\u{300}'..='\u{36f}' | '\u{1ab0}'..='\u{1aff}' | '\u{1dc0}'..='\u{1dff}' | '\u{20d0}'..='\u{20ff}' | '\u{fe20}'..='\u{fe2f}')
}

/// Is `c` a letter or a digit (`char::is_alphanumeric`)? Answered at once
/// for ASCII and for the General Punctuation block (U+2000 to U+206F:
/// curly quotes, dashes, ellipses, spaces; none is a letter or a digit),
/// the non-ASCII characters of news text; the Unicode tables for the rest.
fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    if ('\u{2000}'..='\u{206f}').contains(&c) {
        return false;
    }
    c.is_alphanumeric()
}

/// A function word, reporting verb, match verb or filler written in
/// capitals (`AND`, `SAYS`, `BEAT`): in an all-caps headline it is no part
/// of a name (`BRADFORD BULLS BEAT WIGAN WARRIORS`).
fn caps_function_word(word: &str, cat: u16) -> bool {
    cat & CAPS_FUNCTION_LISTS != 0 && crate::lexicon::is_all_caps(word)
}

/// The word lists of [`caps_function_word`]: function words, reporting
/// verbs, match verbs, fillers.
const CAPS_FUNCTION_LISTS: u16 = crate::lexicon::cat::STOP
    | crate::lexicon::cat::REPORTING
    | crate::lexicon::cat::MATCH_VERB
    | crate::lexicon::cat::FILLER;

/// Eight bytes with the top bit set, one per byte lane.
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// The end of the run of ASCII letters starting at `i`, and its first 16
/// letters lower-cased and packed as the word lists' keys are (byte `k` of
/// the word in byte `k` of the key, zeros past the run). Reads eight bytes
/// at a time: the tokenizer's innermost loop.
fn ascii_letters(bytes: &[u8], i: usize) -> (usize, u128) {
    // The first eight bytes: most words end in them.
    let Some(w) = eight_at(bytes, i) else { return letters_by_byte(bytes, i, i, 0) };
    let (n, lo) = leading_letters(w);
    if n < 8 {
        return (i + n, u128::from(lo));
    }
    let Some(w) = eight_at(bytes, i + 8) else { return letters_by_byte(bytes, i, i + 8, u128::from(lo)) };
    let (n, hi) = leading_letters(w);
    let key = u128::from(lo) | (u128::from(hi) << 64);
    let mut e = i + 8 + n;
    if n == 8 {
        // Past 16 letters no key is looked up: only the end is wanted.
        loop {
            let Some(w) = eight_at(bytes, e) else { return letters_by_byte(bytes, i, e, key) };
            let (more, _) = leading_letters(w);
            e += more;
            if more < 8 {
                break;
            }
        }
    }
    (e, key)
}

/// The eight bytes at `i` as a little-endian `u64`, if there are eight.
fn eight_at(bytes: &[u8], i: usize) -> Option<u64> {
    let chunk = bytes.get(i..i.checked_add(8)?)?;
    <[u8; 8]>::try_from(chunk).ok().map(u64::from_le_bytes)
}

/// How many of the bytes of `w` (first byte lowest) are ASCII letters
/// before the first that is not, and those bytes lower-cased (zeros after).
fn leading_letters(w: u64) -> (usize, u64) {
    // Per byte: lower-cased with its top bit dropped, a letter when it is
    // from `a` to `z` and the byte was ASCII. The sums stay within each
    // byte (at most 0x7f + 0x1f), so lanes do not mix.
    let lower = w | 0x2020_2020_2020_2020;
    let y = lower & !HIGH_BITS;
    let from_a = y + 0x1f1f_1f1f_1f1f_1f1f;
    let past_z = y + 0x0505_0505_0505_0505;
    let others = !(from_a & !past_z & !w) & HIGH_BITS;
    // The lowest other byte's top bit, moved down to make the mask of the
    // bytes below it (all of them when every byte is a letter: 0 - 1).
    let keep = ((others & others.wrapping_neg()) >> 7).wrapping_sub(1);
    ((others.trailing_zeros() / 8) as usize, lower & keep)
}

/// [`ascii_letters`] one byte at a time from `e` (the text's last bytes),
/// `key` holding the letters from `i` so far.
fn letters_by_byte(bytes: &[u8], i: usize, mut e: usize, mut key: u128) -> (usize, u128) {
    while e < bytes.len() && bytes[e].is_ascii_alphabetic() {
        if e - i < 16 {
            key |= u128::from(bytes[e] | 0x20) << (8 * (e - i));
        }
        e += 1;
    }
    (e, key)
}

/// The run of ASCII letters `bytes[i..e]` is a whole word, as [`word_end`]
/// and the abbreviation rule of [`tokenize`] would find it: it ends the
/// text, or the byte after it cannot join it to what follows. A space,
/// a line break or other ASCII punctuation never joins; a comma joins
/// digits only; a period joins two alphanumerics (`U.S`), so it ends the
/// word when no letter or digit follows it (none of the General
/// Punctuation block, `U+2000`..`U+203F`, is one), and a single capital
/// before it is an initial that keeps it (`J.`). Anything else (`'`, `-`,
/// digits, other non-ASCII) takes the general path.
fn ends_plainly(bytes: &[u8], i: usize, e: usize) -> bool {
    let Some(&n) = bytes.get(e) else { return true };
    match AFTER_LETTERS[usize::from(n)] {
        after::ENDS => true,
        after::PERIOD => {
            let initial = e == i + 1 && bytes[i].is_ascii_uppercase();
            let after_ends = match bytes.get(e + 1) {
                None => true,
                Some(&a) if a.is_ascii() => !a.is_ascii_alphanumeric(),
                // `U+2000`..`U+203F` (curly quotes, dashes, ellipses): no
                // letter or digit.
                Some(&0xE2) => bytes.get(e + 2) == Some(&0x80),
                Some(_) => false,
            };
            !initial && after_ends
        }
        _ => false,
    }
}

/// What a byte after a run of ASCII letters says of the word's end, for
/// [`ends_plainly`] (one load where a chain of tests ran for every word).
mod after {
    /// It may join the word to what follows (`'`, `-`, a digit, non-ASCII).
    pub(super) const GENERAL: u8 = 0;
    /// It ends the word (a space, a line break, a comma, other ASCII
    /// punctuation).
    pub(super) const ENDS: u8 = 1;
    /// A period: it depends on what follows it.
    pub(super) const PERIOD: u8 = 2;
}

/// [`after`] of every byte.
const AFTER_LETTERS: [u8; 256] = {
    let mut t = [after::GENERAL; 256];
    let mut b = 0;
    while b < 0x80 {
        let c = b as u8;
        t[b] = match c {
            b'.' => after::PERIOD,
            b'\'' | b'-' => after::GENERAL,
            _ if c.is_ascii_alphanumeric() => after::GENERAL,
            _ => after::ENDS,
        };
        b += 1;
    }
    t
};

/// `i` as a token offset ([`tokenize`] never goes past `u32::MAX`).
fn offset(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

/// Tokenises `text` (its first 4 GiB: offsets are `u32`).
pub fn tokenize(text: &str) -> Vec<Token> {
    // Offsets are u32: stop at the last character boundary before 4 GiB.
    let mut limit = text.len().min(u32::MAX as usize - 1);
    while !text.is_char_boundary(limit) {
        limit -= 1;
    }
    let text = &text[..limit];
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    // The word lists' table, taken once rather than for every word.
    let categories = crate::lexicon::packed_categories();
    // The flag bits of what precedes the next token: whitespace, a line break.
    let mut gap = 0u8;
    let mut i = 0;
    while i < text.len() {
        // ASCII spaces and letters-only words, the bulk of news text, without
        // decoding characters.
        let b = bytes[i];
        if b == b' ' || b == b'\n' || b == b'\t' || b == b'\r' {
            gap |=
                if b == b'\n' || b == b'\r' { flag::SPACE_BEFORE | flag::NEWLINE_BEFORE } else { flag::SPACE_BEFORE };
            i += 1;
            continue;
        }
        if b.is_ascii_alphabetic() {
            // The word's lower-case letters packed as the word lists are
            // (one lookup, no second pass over the word).
            let (e, key) = ascii_letters(bytes, i);
            if ends_plainly(bytes, i, e) {
                let bits = if e - i <= 16 { categories(key) } else { (0, 0) };
                // Built here rather than by `Token::new`: the word is already
                // scanned and known ASCII, and this is the hottest loop.
                let upper = b.is_ascii_uppercase();
                // (The word's list bits before its text is sliced: most
                // capitalised words are on none of those lists.)
                let caps = upper && bits.0 & CAPS_FUNCTION_LISTS != 0 && caps_function_word(&text[i..e], bits.0);
                let f =
                    flag::WORD | gap | (u8::from(upper) * flag::UPPER) | (u8::from(caps) * flag::CAPS_FUNCTION_WORD);
                out.push(Token::packed(i, e, bits, f));
                // The one space after most words, taken here rather than
                // by another turn of the loop.
                let space = bytes.get(e) == Some(&b' ');
                gap = u8::from(space) * flag::SPACE_BEFORE;
                i = e + usize::from(space);
                continue;
            }
        }
        if b.is_ascii_punctuation() {
            // One ASCII punctuation character is a token of its own (the
            // general path below would decode it as a character first).
            out.push(Token::packed(i, i + 1, (0, 0), gap));
            gap = 0;
            i += 1;
            continue;
        }
        let Some(next) = general_step(text, i, &mut gap, &mut out) else { break };
        i = next;
    }
    // The capacity guessed a token per 5 bytes; news has about one per 5.7:
    // the rest goes back (in place) for the stages to come.
    out.shrink_to_fit();
    out
}

/// The general path at byte `i`: one character decoded, then whitespace
/// added to `gap`, or a word (through [`word_end`]) or a mark pushed as a
/// token with it; the byte after it, `None` at the text's end. (Always
/// inlined: as a call, the tokenizer's loop cost 0.2M instructions more per
/// 20 copies of the articles, `scripts/bench/instructions.sh`.)
#[inline(always)]
fn general_step(text: &str, mut i: usize, gap: &mut u8, out: &mut Vec<Token>) -> Option<usize> {
    let c = text[i..].chars().next()?;
    if c.is_whitespace() {
        *gap |= flag::SPACE_BEFORE;
        if c == '\n' || c == '\r' || c == '\u{2028}' || c == '\u{2029}' {
            *gap |= flag::NEWLINE_BEFORE;
        }
        return Some(i + c.len_utf8());
    }
    let start = i;
    let kind = if is_alnum(c) {
        i = word_end(text, i);
        Kind::Word
    } else {
        i += c.len_utf8();
        Kind::Punct
    };
    // An abbreviation of single letters (U.S, J) keeps its final period.
    if kind == Kind::Word && text.as_bytes().get(i) == Some(&b'.') && is_letter_abbrev(&text[start..i]) {
        i += 1;
    }
    out.push(Token::new(text, start, i, kind, *gap));
    *gap = 0;
    Some(i)
}

/// Where the word starting at byte `from` ends.
fn word_end(text: &str, from: usize) -> usize {
    let mut prev: Option<char> = None;
    let mut chars = text[from..].char_indices().peekable();
    let mut end = from;
    while let Some((off, c)) = chars.next() {
        let at = from + off;
        if is_word_char(c) {
            prev = Some(c);
            end = at + c.len_utf8();
            continue;
        }
        let next = chars.peek().map(|&(_, n)| n);
        let p = prev.unwrap_or(' ');
        let n = next.unwrap_or(' ');
        let joins = match c {
            '\'' | '’' => p.is_alphabetic() && n.is_alphabetic(),
            '-' | '‐' | '‑' => p.is_alphanumeric() && n.is_alphanumeric(),
            '.' => p.is_alphanumeric() && n.is_alphanumeric(),
            ',' => p.is_ascii_digit() && thousands_group(&text[at + 1..]),
            _ => false,
        };
        if !joins {
            break;
        }
        prev = Some(c);
        end = at + c.len_utf8();
    }
    end
}

/// `,` followed by exactly three digits and then no further digit.
fn thousands_group(rest: &str) -> bool {
    let b = rest.as_bytes();
    b.len() >= 3 && b[..3].iter().all(u8::is_ascii_digit) && !b.get(3).is_some_and(u8::is_ascii_digit)
}

/// `U.S`, `J`, `D.C` (single upper-case letters separated by periods).
fn is_letter_abbrev(w: &str) -> bool {
    let mut n = 0;
    for part in w.split('.') {
        let mut cs = part.chars();
        match (cs.next(), cs.next()) {
            (Some(c), None) if c.is_uppercase() => n += 1,
            _ => return false,
        }
    }
    n >= 1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text(text)).collect()
    }

    /// The tight scan gives the tokens a test of each token's bits gives,
    /// in order: the first and the last token too, none for no bits.
    #[test]
    fn with_bits_gives_the_tokens_on_the_lists_in_order() {
        use crate::lexicon::cat;
        let text = "United fans cheered Acme Holdings AG, Vallmar plc and Newcastle United";
        let toks = tokenize(text);
        let want: Vec<usize> = (0..toks.len()).filter(|&i| has(&toks, i, cat::ORG_SUFFIX)).collect();
        assert_eq!(want.first(), Some(&0), "{want:?}");
        assert_eq!(want.last(), Some(&(toks.len() - 1)), "{want:?}");
        assert!(want.len() >= 4, "{want:?}");
        assert_eq!(with_bits(&toks, cat::ORG_SUFFIX).collect::<Vec<_>>(), want);
        assert_eq!(with_bits(&toks, 0).count(), 0);
        assert_eq!(with_bits(&[], cat::ORG_SUFFIX).count(), 0);
    }

    #[test]
    fn is_reads_as_text_compares() {
        // Every token against every token's text and some marks, on its own
        // text and on another, where its offsets cut characters.
        let own = "“Ça va,” said Zoë O’Brien in Kraków — U.S. $5, ½ and 12,000.";
        let other = "€€ naïve “quotes” ‘and’ Åland: ŁÓDŹ…";
        let words: Vec<&str> = words(own).into_iter().chain(words(other)).chain(["”", "’", "a", "."]).collect();
        for text in [own, other] {
            for t in tokenize(own) {
                for w in &words {
                    assert_eq!(t.is(text, w), t.text(text) == *w, "{:?} against {w:?} in {text:?}", t);
                    assert_eq!(t.bytes(text) == w.as_bytes(), t.text(text) == *w, "{:?}'s bytes", t);
                }
            }
        }
    }

    #[test]
    fn ascii_letters_ends_runs_and_packs_keys_as_a_byte_loop_does() {
        // The reference: one byte at a time, the first 16 lower-cased.
        fn by_bytes(b: &[u8], i: usize) -> (usize, u128) {
            let (mut e, mut key) = (i, 0u128);
            while e < b.len() && b[e].is_ascii_alphabetic() {
                if e - i < 16 {
                    key |= u128::from(b[e] | 0x20) << (8 * (e - i));
                }
                e += 1;
            }
            (e, key)
        }
        let cases: &[(&str, &str)] = &[
            ("word_then_space", "Kremlin said"),
            ("word_at_the_end", "Peskov"),
            ("exactly_eight", "Ministry of"),
            ("exactly_sixteen", "Internationalism!"),
            ("past_sixteen", "Antidisestablishmentarianism, then"),
            ("all_capitals", "KYIV—"),
            ("non_ascii_after", "Dur\u{e1}n"),
            ("letter_neighbours_are_no_letters", "a@[`{z"),
            ("digits_end_a_run", "abc123def"),
            ("short_text", "a"),
        ];
        for (name, text) in cases {
            let b = text.as_bytes();
            for i in (0..b.len()).filter(|&i| b[i].is_ascii_alphabetic()) {
                assert_eq!(ascii_letters(b, i), by_bytes(b, i), "{name} at {i}");
            }
        }
    }

    #[test]
    fn tokenizer_cases() {
        let cases: &[(&str, &str, &[&str])] = &[
            ("abbreviation_keeps_period", "the U.S. said.", &["the", "U.S.", "said", "."]),
            ("thousands_and_decimals", "12,000 and $1.4B", &["12,000", "and", "$", "1.4B"]),
            ("list_comma_is_not_thousands", "1,2 and 3,4567", &["1", ",", "2", "and", "3", ",", "4567"]),
            ("hyphen_compounds", "a 30-day Russia-Ukraine truce", &["a", "30-day", "Russia-Ukraine", "truce"]),
            (
                "apostrophes",
                "O'Brien’s view, soldiers' remains",
                &["O'Brien’s", "view", ",", "soldiers", "'", "remains"],
            ),
            ("diacritics_and_marks", "Erdoğan and Zoe\u{301}", &["Erdoğan", "and", "Zoe\u{301}"]),
            ("initials", "J. K. Rowling", &["J.", "K.", "Rowling"]),
            ("quotes_are_punct", "“ok,” he said", &["“", "ok", ",", "”", "he", "said"]),
            ("emoji_and_nul", "😀\0x", &["😀", "\0", "x"]),
        ];
        for (name, input, want) in cases {
            assert_eq!(words(input), *want, "{name}");
        }
    }

    /// The tokenizer without its fast paths: every character through
    /// [`general_step`], every word through [`word_end`] and [`Token::new`].
    fn general_path(text: &str) -> Vec<Token> {
        let (mut out, mut gap, mut i) = (Vec::new(), 0u8, 0);
        while let Some(next) = general_step(text, i, &mut gap, &mut out) {
            i = next;
        }
        out
    }

    #[test]
    fn fast_paths_give_the_general_paths_tokens() {
        // Words ending at every kind of neighbour the fast paths decide on
        // (a comma, a period before a space, a letter, a digit, a curly
        // quote, an ellipsis, a non-ASCII letter, the end), initials,
        // abbreviations, possessives, list words, ASCII punctuation.
        let texts = [
            "J. K. Rowling said. a. U.S. Mr. Smith, 12,000 ab,cd ab.cd ab.2 AB.”x ab.…",
            "said.\u{201d} e.g. x.é é.x Dur\u{e1}n. Word.\nNext,\r\nline; (AND) SAYS: [the] {Ok}!? a-b a'b",
            "“ok,” he said, “the 1,000th.” THE END. I. A.B. a.b. Z.\t@#$%^&*_=+|\\/<>~`",
            "PRESIDENT'S,Ministry.Kyiv.—Moscow,1 x,12,345 Jan. Feb.,said.\u{2028}z q.\u{2060}w",
        ];
        for text in texts {
            assert_eq!(tokenize(text), general_path(text), "{text}");
        }
    }

    #[test]
    fn skip_to_is_a_partition_point_from_where_it_starts() {
        let text = "a bb ccc. dddd, e “ff” g\nhh 12 i";
        let toks = tokenize(text);
        for from in 0..=toks.len() + 1 {
            for pos in 0..=text.len() + 1 {
                let want = from + toks.get(from..).unwrap_or_default().partition_point(|t| t.start() < pos);
                assert_eq!(skip_to(&toks, from, pos), want, "from {from}, pos {pos}");
            }
        }
    }

    #[test]
    fn is_alnum_is_is_alphanumeric() {
        // Every character, the fast paths included.
        let differs =
            (0..=u32::from(char::MAX)).filter_map(char::from_u32).find(|&c| is_alnum(c) != c.is_alphanumeric());
        assert_eq!(differs, None);
    }

    #[test]
    fn newlines_are_recorded() {
        let t = tokenize("a\n\nb c");
        assert!(t[1].newline_before() && !t[2].newline_before() && t[2].space_before());
    }
}
