//! A scorer with the minutes of the goals in brackets after the name, as
//! wire summaries list them after a side's dash or a scoring label
//! (`Sevilla - Suker ( 55 )`, `Porto - Jardel 2 ( 12th , 77th ) , Drulovic
//! ( 40th )`, `Scorers : Kiko ( 33rd minute , penalty )`): players from
//! every naming tradition, most of them no lexicon knows. A bracket of
//! counts after a name in other lists (`Paris ( 12 )`, a known place; `(
//! 2,000 )`; a note's `( 5 )` with no side's dash or label before it) is
//! no scorer's, and a bracket of plain counts (`Sales - Zentrix ( 12 )`)
//! is a scorer's only on a line that a scoring label or one of the
//! article's teams opens: an ordinal or a minute's word (`( 40th )`, `( 61
//! pen )`) says it alone.

use super::people::is_scoring_label;
use super::rules::{Cx, Verdict};
use super::scoring::unlisted_name;
use super::teams::is_count;
use super::words::tok;
use crate::tokens::Token;

/// The most words of a scorer's name before the bracket (`Ze Nando`,
/// `Juan Carlos Valeron`).
const MAX_SCORER_WORDS: usize = 3;

/// The latest minute a match has (extra time and stoppage).
const MAX_MINUTE: u32 = 130;

/// The most tokens inside a bracket of minutes (`( 12th , 40th , 77th
/// minute , penalty )`): a longer bracket is a note.
const MAX_BRACKET_TOKENS: usize = 12;

/// The most goals a scorer's count before the bracket says (`Jardel 2 (
/// 12th , 77th )`); more is a table's figure.
const MAX_GOALS: u32 = 9;

/// Words a bracket of minutes holds beside them (`( 23rd minute )`, `( 5th
/// , penalty )`, `( 61 pen )`, `( 80 og )`, `( 12th and 40th )`), in lower
/// case.
const MINUTE_WORDS: [&str; 9] = ["and", "min", "minute", "minutes", "og", "own-goal", "pen", "penalties", "penalty"];

/// The candidate is a scorer: see the module.
pub(super) fn bracketed_scorer(cx: &Cx) -> Option<Verdict> {
    let (text, toks, s) = (cx.text, cx.toks, cx.s);
    // The token after by its first byte, no slice: most candidates stand
    // before neither a bracket nor a count.
    let after = toks.get(s.last + 1)?;
    if !matches!(text.as_bytes()[after.start()], b'(' | b'1'..=b'9')
        || after.newline_before()
        || cx.n > MAX_SCORER_WORDS
        || s.first == 0
    {
        return None;
    }
    let at = |k: usize| tok(text, toks, k);
    // The bracket, maybe after the scorer's count of goals.
    let next = at(s.last + 1);
    let open = if next == "(" {
        s.last + 1
    } else if next.parse::<u32>().is_ok_and(|g| (1..=MAX_GOALS).contains(&g)) {
        s.last + 2
    } else {
        return None;
    };
    if at(open) != "(" || !lead_in(text, toks, s.first) {
        return None;
    }
    let (_, sure) = minutes_close(text, toks, open)?;
    let opened = || line_opening(toks, s.first).is_some_and(|k| cx.teams.covers_token(k));
    ((sure || label_on_line(text, toks, s.first) || opened()) && unlisted_name(cx, cx.whole_name_bits()))
        .then_some(Verdict::Person)
}

/// The most tokens back from a scorer to its line's scoring label or
/// first token (`Scorers : Real Madrid - Suker ( 55 ) , Mijatovic ( 70
/// ) , Raul ( 81 ) ; Valencia - …`).
const MAX_LINE_TOKENS: usize = 48;

/// The first token of the line of token `k`, within [`MAX_LINE_TOKENS`].
fn line_opening(toks: &[Token], k: usize) -> Option<usize> {
    (k.saturating_sub(MAX_LINE_TOKENS)..=k).rev().find(|&j| j == 0 || toks[j].newline_before())
}

/// A scoring label's colon stands before token `k` on its line (`Scorers
/// : Sevilla - Suker`), within [`MAX_LINE_TOKENS`].
fn label_on_line(text: &str, toks: &[Token], k: usize) -> bool {
    let from = line_opening(toks, k).unwrap_or(k.saturating_sub(MAX_LINE_TOKENS));
    (from + 1..k).any(|j| tok(text, toks, j) == ":" && is_scoring_label(tok(text, toks, j - 1)))
}

/// The bracket opened at token `open` is a scorer's minutes on a line
/// that says so: minutes with an ordinal or a minute's word, or after a
/// scoring label ([`bracketed_scorer`]'s test, for the teams' pass: `Sevilla
/// - Suker ( 55 )` names the side `Sevilla`).
pub(super) fn scorer_bracket(text: &str, toks: &[Token], open: usize) -> bool {
    minutes_close(text, toks, open).is_some_and(|(_, sure)| sure || label_on_line(text, toks, open))
}

/// Token `first` opens an item of a scorers' list: after a side's dash
/// (`Porto - Jardel`), a scoring label's colon (`Scorers : Kiko`), or
/// the comma after another scorer's bracket of minutes (`( 40th ) ,
/// Gaucho`).
fn lead_in(text: &str, toks: &[Token], first: usize) -> bool {
    if toks[first].newline_before() {
        return false;
    }
    let at = |k: usize| tok(text, toks, k);
    let prev = at(first - 1);
    match prev {
        "-" => first >= 2 && toks[first - 2].upper() && !toks[first - 1].newline_before(),
        ":" => first >= 2 && is_scoring_label(at(first - 2)),
        "," | ";" => first >= 2 && at(first - 2) == ")" && minutes_before(text, toks, first - 2),
        _ => false,
    }
}

/// The bracket closed at token `close` holds minutes: back to its opening
/// within [`MAX_BRACKET_TOKENS`].
fn minutes_before(text: &str, toks: &[Token], close: usize) -> bool {
    (close.saturating_sub(MAX_BRACKET_TOKENS + 1)..close)
        .rev()
        .find(|&k| tok(text, toks, k) == "(")
        .is_some_and(|open| minutes_close(text, toks, open).is_some_and(|(c, _)| c == close))
}

/// The bracket opened at token `open` holds a goal's minutes on its line
/// (the first token a minute, then minutes, commas and [`MINUTE_WORDS`]):
/// its closing token, and whether a minute is an ordinal or a minute's
/// word is there (`( 40th )`, `( 61 pen )`: surely a scorer's).
fn minutes_close(text: &str, toks: &[Token], open: usize) -> Option<(usize, bool)> {
    let mut sure = match minute(tok(text, toks, open + 1))? {
        Minute::Ordinal => true,
        Minute::Count => false,
    };
    for k in open + 2..=open + MAX_BRACKET_TOKENS {
        let t = toks.get(k)?;
        if t.newline_before() {
            return None;
        }
        let w = tok(text, toks, k);
        if w == ")" {
            return Some((k, sure));
        }
        let mut buf = [0u8; 32];
        let word = crate::lexicon::ascii_lower(w, &mut buf).is_some_and(|l| MINUTE_WORDS.contains(&l));
        match minute(w) {
            Some(m) => sure |= m == Minute::Ordinal,
            None if word => sure |= w != "and",
            None if w == "," => {}
            None => return None,
        }
    }
    None
}

/// How a minute is written.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Minute {
    /// `55`
    Count,
    /// `23rd`
    Ordinal,
}

/// A minute: a count to [`MAX_MINUTE`], maybe written as an ordinal
/// (`55`, `23rd`), not `0` nor with a leading zero.
fn minute(w: &str) -> Option<Minute> {
    let digits = w.trim_end_matches(|c: char| c.is_ascii_lowercase());
    let suffix = &w[digits.len()..];
    let kind = match suffix {
        "" => Minute::Count,
        "st" | "nd" | "rd" | "th" => Minute::Ordinal,
        _ => return None,
    };
    (is_count(digits) && !digits.starts_with('0') && digits.parse::<u32>().is_ok_and(|m| m <= MAX_MINUTE))
        .then_some(kind)
}
