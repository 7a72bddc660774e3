//! Clubs in a player's transfer: `joined Ajax from Benfica`, `signed for
//! Porto`, `on loan at Feyenoord`, `loaned out to Braga`, `signed the
//! defender from Lyon`; and a player's or coach's club: `played for
//! Leeds`, `signed with Coburg`, `coached Derby`. What a player joins,
//! signs for, plays for or is loaned to is a club, though a town names it
//! ([`super::teams`] then covers its every mention in the article).

use super::mention::Segment;
use super::teams::Side;
use super::words::{norm, phrase, tok, tok_bytes};
use crate::lexicon::lexicon;
use crate::lexicon::name_words::{COMPASS_PREFIXES, SPORTS_ROLES};
use crate::tokens::Token;

/// The words before `for` that sign a player (`signed for Porto`).
const SIGN_VERBS: [&[u8]; 4] = [b"sign", b"signed", b"signing", b"signs"];

/// The words before `for` or `with` that say a player's club (`played for
/// Leeds`, `played with Footscray`).
const PLAY_VERBS: [&[u8]; 4] = [b"play", b"played", b"playing", b"plays"];

/// The most tokens between a signing verb and `from` (`signed the
/// 24-year-old Brazilian midfielder from Lyon`): one noun phrase.
const SIGNED_FROM_WINDOW: usize = 6;

/// The prepositions after `on loan` and `loan spell` that name the club
/// (`on loan at Feyenoord`, `a loan spell with Braga`).
const LOAN_PREPOSITIONS: [&[u8]; 4] = [b"at", b"from", b"to", b"with"];

/// The sides of the transfers in the text whose capitalised runs are
/// `runs`, read by `side_at` (a side from its first token).
pub(super) fn find(
    text: &str,
    toks: &[Token],
    runs: &[Segment],
    side_at: fn(&str, &[Token], usize) -> Option<Side>,
) -> Vec<Side> {
    let mut out = Vec::new();
    for r in runs.iter().filter(|r| r.first >= 2) {
        // The word before the run by its first byte and length first: most
        // runs follow none of the cues (`for`, `joined`, `at`, `to`,
        // `from`, `with`, `coached`).
        let t = toks[r.first - 1];
        let shaped = matches!(
            (text.as_bytes()[t.start()], t.end() - t.start()),
            (b'f', 3 | 4) | (b'j', 6) | (b'a' | b't', 2) | (b'w', 4) | (b'c', 7)
        );
        if shaped && !toks[r.first].newline_before() {
            sides(text, toks, r.first, |i| side_at(text, toks, i), &mut out);
        }
    }
    out
}

/// The cues of a transfer before the run at token `i` (its first word):
/// `signed for`, `on loan at`, `loan spell with`, `loaned (out) to`,
/// `joined … from`. `side_at` reads a side from a token. Pushes the sides
/// that are clubs: the run's, and after `joined ‹X› from` the next one.
fn sides(text: &str, toks: &[Token], i: usize, side_at: impl Fn(usize) -> Option<Side>, out: &mut Vec<Side>) {
    let before = |n: usize| if i >= n { tok_bytes(text, toks, i - n) } else { b"" };
    // `played with Footscray and North Melbourne`: a town a player plays
    // with or signs with, or a coach coaches, is a club (a person or a
    // band stays out: a town only), and so is a second town after `and`.
    let club_of = matches!(before(1), b"for" | b"with") && PLAY_VERBS.contains(&before(2))
        || before(1) == b"with" && SIGN_VERBS.contains(&before(2))
        || before(1) == b"coached";
    if club_of {
        // A known place, or a compass point before one (`North Melbourne`).
        let town = |s: &Side| {
            let place = |first: usize| lexicon().is_place(&norm(phrase(text, toks, first, s.last)));
            let compass = || COMPASS_PREFIXES.iter().any(|c| c.eq_ignore_ascii_case(tok(text, toks, s.first)));
            place(s.first) || s.last > s.first && compass() && place(s.first + 1)
        };
        let Some(a) = side_at(i) else { return };
        if town(&a) {
            out.push(a);
        }
        if tok(text, toks, a.last + 1) == "and" {
            out.extend(side_at(a.last + 2).filter(town));
        }
        return;
    }
    let cue = match before(1) {
        b"for" => SIGN_VERBS.contains(&before(2)),
        b"from" => signed_from(text, toks, i - 1),
        b"joined" => {
            // `joined Ajax from Benfica`: both clubs; `joined Ajax on loan`.
            let Some(a) = side_at(i) else { return };
            let after = |n: usize| tok(text, toks, a.last + n);
            if after(1) == "from" {
                out.push(a);
                out.extend(side_at(a.last + 2));
            } else if (after(1), after(2)) == ("on", "loan") {
                out.push(a);
            }
            return;
        }
        p if LOAN_PREPOSITIONS.contains(&p) => {
            matches!((before(3), before(2)), (b"on", b"loan") | (b"loan", b"spell"))
                || p == b"to" && (before(2) == b"loaned" || (before(3), before(2)) == (b"loaned", b"out"))
        }
        _ => false,
    };
    if cue {
        out.extend(side_at(i));
    }
}

/// `signed the defender from Lyon`, `signed the Brazilian midfielder
/// from Lyon`: before `from` at token `from`, a signing verb and, between,
/// a player's role and no punctuation.
fn signed_from(text: &str, toks: &[Token], from: usize) -> bool {
    let words = from.saturating_sub(SIGNED_FROM_WINDOW + 1)..from;
    // The verb by its first byte first: most words before `from` are none.
    let Some(verb) = words.rev().find(|&k| {
        let w = tok_bytes(text, toks, k);
        !w.first().is_some_and(u8::is_ascii_alphanumeric) || w[0] == b's' && SIGN_VERBS.contains(&w)
    }) else {
        return false;
    };
    SIGN_VERBS.contains(&tok_bytes(text, toks, verb))
        && (verb + 1..from).any(|k| SPORTS_ROLES.iter().any(|r| r.as_bytes() == tok_bytes(text, toks, k)))
}

#[cfg(test)]
mod tests {
    use crate::names::test_names as names;

    /// Each case: a text and the PERSON and PLACE mentions expected.
    #[test]
    fn transfer_cases() {
        let (p, l) = ("PERSON", "PLACE");
        let cases: &[(&str, &[(&str, &str)])] = &[
            // The clubs of a transfer, and their other mentions.
            ("The striker joined Ajax from Benfica in 2019.", &[]),
            ("Tomas Varga signed for Porto on Monday. Porto paid 8 million euros.", &[("Tomas Varga", p)]),
            ("He spent last season on loan at Feyenoord, scoring 12 goals.", &[]),
            ("The winger was loaned out to Braga in January.", &[]),
            ("She joined Lyon on loan last summer.", &[]),
            ("After a loan spell with Sevilla he returned.", &[]),
            // Counter-cases: a country, a move to a town, a bank's loan, a
            // person joined.
            ("Germany joined France from the start of the talks.", &[("Germany", l), ("France", l)]),
            ("He moved to Lyon in 2019 and lives in Porto.", &[("Lyon", l), ("Porto", l)]),
            ("The city took a loan from Frankfurt banks.", &[("Frankfurt", l)]),
            ("He joined Maria Lopez from the start.", &[("Maria Lopez", p)]),
            // The other club of a signing, and a player's or coach's club.
            ("Marseille signed the defender from Lyon on Tuesday.", &[]),
            ("Porto signed the Brazilian midfielder from Braga.", &[]),
            ("Smith played with Footscray and North Melbourne.", &[("Smith", p)]),
            ("She played for Leeds until 2010. Leeds then fell.", &[]),
            ("Jones signed with Bristol after a year. Bristol won.", &[("Jones", p)]),
            ("He later coached Derby for two seasons.", &[]),
            // Counter-cases: a signing's place, a musician, a country, a
            // person coached, a town the coach lives in.
            ("The treaty was signed by envoys from Lyon.", &[("Lyon", l)]),
            ("They signed the deal from Paris by video.", &[("Paris", l)]),
            ("Tom Carter played with Amy Evans in a band.", &[("Tom Carter", p), ("Amy Evans", p)]),
            ("She played for Ireland and lives in Cork.", &[("Ireland", l), ("Cork", l)]),
            ("He coached Ana Lima in Leeds.", &[("Ana Lima", p), ("Leeds", l)]),
        ];
        for (text, want) in cases {
            let want: Vec<(String, &str)> = want.iter().map(|(t, l)| (t.to_string(), *l)).collect();
            assert_eq!(names(text), want, "{text}");
        }
    }
}
