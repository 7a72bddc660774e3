//! Clubs in a player's transfer: `joined Ajax from Benfica`, `signed for
//! Porto`, `on loan at Feyenoord`, `loaned out to Braga`. What a player
//! joins, signs for or is loaned to is a club, though a town names it
//! ([`super::teams`] then covers its every mention in the article).

use super::mention::Segment;
use super::teams::Side;
use super::words::{tok, tok_bytes};
use crate::tokens::Token;

/// The words before `for` that sign a player (`signed for Porto`).
const SIGN_VERBS: [&[u8]; 4] = [b"sign", b"signed", b"signing", b"signs"];

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
        // `from`, `with`).
        let t = toks[r.first - 1];
        let shaped = matches!(
            (text.as_bytes()[t.start()], t.end() - t.start()),
            (b'f', 3 | 4) | (b'j', 6) | (b'a' | b't', 2) | (b'w', 4)
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
    let cue = match before(1) {
        b"for" => SIGN_VERBS.contains(&before(2)),
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
        ];
        for (text, want) in cases {
            let want: Vec<(String, &str)> = want.iter().map(|(t, l)| (t.to_string(), *l)).collect();
            assert_eq!(names(text), want, "{text}");
        }
    }
}
