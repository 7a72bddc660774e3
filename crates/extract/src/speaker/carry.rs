//! Pass 4, carry over: speakers for quotations whose own sentence names
//! none, in four steps:
//!
//! 1. within a paragraph, or a quotation going on over paragraphs, such a
//!    quotation continues the speaker of the quotation before it (`"Go
//!    away," said Elizabeth. "Now."`), else takes the one named at a later
//!    quotation;
//! 2. across paragraphs: a dialogue turn of its own (a paragraph opening
//!    with a quotation on the line right after another's) answers the turn
//!    before: the person that turn called by name (`"Tom, come here,"`),
//!    else the dialogue's last other speaker, else the last other person
//!    named before it; none of these is the one the turn itself calls by
//!    name (`Jo sat up.` then `"Stop it, Jo."`); a paragraph opening with a quotation after a line
//!    of narrative takes the subject of its last sentence (`Mr. Pett was
//!    sniffing.` then `"You've been smoking."`), and so does one after a
//!    turn ending with a sentence of narrative whose subject is a name
//!    (`"Edith!" cried she. Margaret stepped forward.`), before the
//!    reply; else, a quotation
//!    standing alone continues the previous speaker (within
//!    [`STANDALONE_PARAGRAPH_GAP`] paragraphs: a news quotation going on
//!    after a blank line); a turn still open is the person the next turn
//!    calls by name; a turn whose `he`/`she` was read as the speaker of
//!    the line before, when that line is pure dialogue (no narrative after
//!    its quotation), is the other one, never one known by the other sex
//!    than the pronoun's (`"Yes," she said` is no man's); a turn given to someone the text
//!    does not name (`said my sister-in-law`, `replied he` with nobody for
//!    `he`) is the person the turn before calls by name, else the one the
//!    turn after calls ([`called_turns`]); a `he`/`she` nobody named
//!    stands for, the one a kinship word named a few turns before
//!    ([`kin_pronoun_turns`]: `said his lady` … `returned she`);
//! 3. the turns of a dialogue alternate: a turn still open is the person
//!    the turn before calls by name, else the speaker of two turns before
//!    or after when the turn between is someone else (or, once that
//!    settles, still open), read forward and back ([`alternate`]);
//! 4. a quotation left open at a paragraph's end continues into the next
//!    paragraph's and, unless its own sentence named a speaker, shares the
//!    one named at the end.

use super::choose::Choice;
use super::context::{Gender, Speaker};
use super::salience::RECENT;
use crate::lexicon::title_word_gender;
use crate::quote::QuoteSpan;

/// How many paragraphs after the previous quotation a quotation standing
/// alone still continues its speaker.
const STANDALONE_PARAGRAPH_GAP: usize = 4;

/// A quotation's speaker as the passes settle it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Turn {
    /// Nobody known yet.
    Open,
    /// Someone the text does not name (`said the old man`).
    Unnamed,
    /// A named speaker.
    Known(Speaker),
}

/// The speaker of each quotation after carrying speakers over; `same`
/// tells whether two speakers are one person (mentions of one entity).
pub(super) fn carry(
    quotes: &[QuoteSpan],
    choices: &[Choice],
    same: impl Fn(Speaker, Speaker) -> bool,
    recent: impl Fn(usize) -> [Option<usize>; RECENT],
    gender: impl Fn(usize) -> Option<Gender>,
) -> Vec<Option<Speaker>> {
    let mut turns: Vec<Turn> = choices
        .iter()
        .map(|c| match (c.speaker, c.attributed, c.self_declared) {
            // `"I am Mary Lennox," the little girl said`: the speaker says
            // who they are, over a description or a pronoun (not the
            // narrator's `I said`, whose name it gives, [`called_narrator`]).
            (sp, _, Some(mi)) if sp.is_none() || c.by_pronoun => Turn::Known(Speaker::Mention(mi)),
            (Some(sp), _, _) => Turn::Known(sp),
            (None, true, _) => Turn::Unnamed,
            (None, false, _) => Turn::Open,
        })
        .collect();
    within_paragraphs(quotes, choices, &mut turns);
    across_paragraphs(quotes, choices, &mut turns, &Dialogue { same: &same, recent: &recent, gender: &gender });
    called_turns(quotes, choices, &mut turns, &same, &gender);
    kin_pronoun_turns(quotes, choices, &mut turns);
    alternate(quotes, choices, &mut turns, &same);
    let mut out: Vec<Option<Speaker>> =
        turns.iter().map(|t| if let Turn::Known(sp) = t { Some(*sp) } else { None }).collect();
    // A quote left open continues into the next paragraph's.
    for qi in (0..out.len().saturating_sub(1)).rev() {
        if continues(&quotes[qi], &quotes[qi + 1]) && !choices[qi].attributed && out[qi + 1].is_some() {
            out[qi] = out[qi + 1];
        }
    }
    out
}

/// Step 1: an open quotation continues the speaker of the quotation before
/// it in its paragraph, else takes the next one's named there.
fn within_paragraphs(quotes: &[QuoteSpan], choices: &[Choice], turns: &mut [Turn]) {
    let together = |a: usize, b: usize| quotes[a].para == quotes[b].para || continues(&quotes[a], &quotes[b]);
    for qi in 1..turns.len() {
        if turns[qi] == Turn::Open && together(qi - 1, qi) && turns[qi - 1] != Turn::Open {
            turns[qi] = turns[qi - 1];
        }
    }
    for qi in (0..turns.len().saturating_sub(1)).rev() {
        let attributed_next = choices[qi + 1].attributed || turns[qi + 1] == Turn::Unnamed;
        // `Some held banners reading "Schools not tanks". X called it
        // "madness".`: a quotation inside a sentence of narrative with no
        // speaker is a written one, no later speaker's.
        if turns[qi] == Turn::Open && together(qi, qi + 1) && attributed_next && choices[qi].alone {
            turns[qi] = turns[qi + 1];
        }
    }
}

/// Step 2: turns of a dialogue, and quotations going on in the next
/// paragraph.
fn across_paragraphs(quotes: &[QuoteSpan], choices: &[Choice], turns: &mut [Turn], d: &Dialogue) {
    // The first quotation of each paragraph so far (the dialogue's turns).
    let mut heads: Vec<usize> = Vec::new();
    for qi in 0..turns.len() {
        let last = heads.last().copied();
        if last.is_some_and(|l| quotes[l].para == quotes[qi].para) {
            continue;
        }
        // `he said` on the line after a line of dialogue of the person
        // `he` was read as: the other one speaks (not after a paragraph
        // that goes on with narrative, whose `he` may be the same one).
        let answer = last.filter(|&l| {
            choices[qi].opens_paragraph
                && choices[l].dialogue_line
                && adjacent(&quotes[l], &quotes[qi])
                && !listed(choices, l, qi)
        });
        if let (true, Some(l), Turn::Known(sp)) = (choices[qi].by_pronoun, answer, turns[qi]) {
            if matches!(turns[l], Turn::Known(p) if (d.same)(p, sp)) {
                if let Some(other) = other_participant(&heads, l, choices, turns, d, choices[qi].unnamed_gender) {
                    let mut k = qi;
                    while k < turns.len() && quotes[k].para == quotes[qi].para && turns[k] == Turn::Known(sp) {
                        turns[k] = other;
                        k += 1;
                    }
                }
            }
        }
        if turns[qi] == Turn::Open && choices[qi].opens_paragraph {
            let answer = last.filter(|&l| adjacent(&quotes[l], &quotes[qi]) && !listed(choices, l, qi));
            // (Never the person the turn calls by name: `Jo sat up.` then
            // `"Don't, Jo."` is someone else's.)
            let called = choices[qi].addressee.map(Speaker::Mention);
            let not_called = |t: &Turn| !matches!((*t, called), (Turn::Known(sp), Some(c)) if (d.same)(sp, c));
            let reply = answer.and_then(|l| other_participant(&heads, l, choices, turns, d, None)).filter(not_called);
            let narrated = choices[qi]
                .narrated
                .filter(|_| answer.is_none() || choices[qi].narrated_by_name)
                .map(Turn::Known)
                .filter(not_called);
            let goes_on = last.filter(|&l| {
                choices[qi].alone
                    && answer.is_none()
                    && !choices[qi].after_described
                    && quotes[qi].para <= quotes[l].para + STANDALONE_PARAGRAPH_GAP
            });
            let prev_speaker =
                qi.checked_sub(1).map(|p| turns[p]).filter(|t| matches!(t, Turn::Known(_))).filter(not_called);
            turns[qi] = narrated.or(reply).or(goes_on.and(prev_speaker)).unwrap_or(Turn::Open);
            // The rest of its paragraph follows it.
            let mut k = qi + 1;
            while k < turns.len() && quotes[k].para == quotes[qi].para && turns[k] == Turn::Open {
                turns[k] = turns[qi];
                k += 1;
            }
        }
        heads.push(qi);
    }
    // A turn still open is the one the next turn answers by name (`"TOMMY,
    // old thing!"` then `"Tuppence, old bean!"`).
    for w in (0..heads.len().saturating_sub(1)).rev() {
        let (h, next) = (heads[w], heads[w + 1]);
        if turns[h] != Turn::Open || !choices[h].opens_paragraph || !adjacent(&quotes[h], &quotes[next]) {
            continue;
        }
        if let Some(mi) = choices[next].addressee {
            let mut k = h;
            while k < turns.len() && quotes[k].para == quotes[h].para && turns[k] == Turn::Open {
                turns[k] = Turn::Known(Speaker::Mention(mi));
                k += 1;
            }
        }
    }
}

/// The person quotation paragraph `h` (its first quotation) calls by name,
/// in any of its quotations (`"Shut up, Good!" said Sir Henry. "And now,
/// Quatermain, …"`), unless that is its own speaker.
fn paragraph_calls(
    quotes: &[QuoteSpan],
    choices: &[Choice],
    turns: &[Turn],
    same: &impl Fn(Speaker, Speaker) -> bool,
    h: usize,
) -> Option<usize> {
    (h..quotes.len()).take_while(|&k| quotes[k].para == quotes[h].para).find_map(|k| {
        let mi = choices[k].addressee?;
        match turns[k] {
            Turn::Known(sp) if same(sp, Speaker::Mention(mi)) => None,
            _ => Some(mi),
        }
    })
}

/// Step 2b: a turn of a dialogue that a description or a pronoun gives to
/// someone it does not name (`said my sister-in-law`, `replied he` with
/// nobody for `he`) is the person the turn before calls by name (`"…,
/// Fergus," said I.` / `"What can I do?" replied he.`), else the one the
/// turn after calls by name (`"…," said my sister-in-law.` / `"My dear
/// Rose," I answered.`); not someone of the other sex (`said the girl`
/// after `"Tom, come here"`).
fn called_turns(
    quotes: &[QuoteSpan],
    choices: &[Choice],
    turns: &mut [Turn],
    same: &impl Fn(Speaker, Speaker) -> bool,
    gender: &impl Fn(usize) -> Option<Gender>,
) {
    let heads: Vec<usize> = (0..quotes.len()).filter(|&qi| qi == 0 || quotes[qi - 1].para != quotes[qi].para).collect();
    for w in 0..heads.len() {
        let h = heads[w];
        if turns[h] != Turn::Unnamed || !choices[h].opens_paragraph {
            continue;
        }
        let before = w.checked_sub(1).map(|p| heads[p]).filter(|&p| adjacent(&quotes[p], &quotes[h]));
        let after = heads.get(w + 1).copied().filter(|&n| adjacent(&quotes[h], &quotes[n]));
        let called = before
            .and_then(|p| paragraph_calls(quotes, choices, turns, same, p))
            .or_else(|| after.and_then(|n| paragraph_calls(quotes, choices, turns, same, n)));
        let fits = |mi: usize| choices[h].unnamed_gender.zip(gender(mi)).is_none_or(|(a, b)| a == b);
        if let Some(mi) = called.filter(|&mi| fits(mi)) {
            let mut k = h;
            while k < turns.len() && quotes[k].para == quotes[h].para && turns[k] == Turn::Unnamed {
                turns[k] = Turn::Known(Speaker::Mention(mi));
                k += 1;
            }
        }
    }
}

/// Step 2c: a turn whose `he`/`she` stands for nobody the text names
/// (`"But it is," returned she`) is the speaker a kinship word gave a
/// turn of the dialogue shortly before, when of that sex (`"…," said his
/// lady`: `Mrs. Bennet`); at most [`KIN_TURNS_BACK`] quotations back, a
/// line of narrative between each at most.
fn kin_pronoun_turns(quotes: &[QuoteSpan], choices: &[Choice], turns: &mut [Turn]) {
    for h in 1..turns.len() {
        let Some(g) = choices[h].unnamed_gender.filter(|_| turns[h] == Turn::Unnamed && choices[h].by_pronoun) else {
            continue;
        };
        let mut k = h;
        while k > 0 && h - k < KIN_TURNS_BACK && quotes[k].para <= quotes[k - 1].para + 2 {
            k -= 1;
            if let Turn::Known(sp @ Speaker::Kin(_, title)) = turns[k] {
                if title_word_gender(title.trim_end_matches('.')).map(Gender::from) == Some(g) {
                    turns[h] = Turn::Known(sp);
                }
                break;
            }
        }
    }
}

/// How many quotations back [`kin_pronoun_turns`] looks for a speaker a
/// kinship word gave.
const KIN_TURNS_BACK: usize = 4;

/// How many times [`alternate`] sweeps a dialogue, strictly and then
/// again loosely: each sweep carries a speaker two turns on (forward and
/// back); turns a speaker is still unknown after a few sweeps are far
/// from anyone named.
const ALTERNATION_SWEEPS: usize = 4;

/// Step 3: the turns of a dialogue (quotations in paragraphs one right
/// after the other) alternate between two speakers. A turn still open is
/// the person the turn before calls by name, else the speaker of two turns
/// before when the turn between is someone else, else (reading back) the
/// person the next turn calls by name, else the speaker of two turns on
/// when the turn between is someone else. A turn nobody names (`said the
/// gentleman`) counts as someone else; sweeps carry speakers across the
/// open turns of a long exchange (`"What is his name?"` / `"Bingley."`).
/// When that settles, a speaker two turns away goes on over an open turn
/// too (`"What's up, Jim?"` / `"We move."` (Jim) / `"How d'you know?"` /
/// `"Believe me or not."`: Jim), the sweeps read again.
fn alternate(quotes: &[QuoteSpan], choices: &[Choice], turns: &mut [Turn], same: &impl Fn(Speaker, Speaker) -> bool) {
    // The first quotation of each paragraph, split into dialogues.
    let mut heads: Vec<usize> = Vec::new();
    let mut start = 0;
    for qi in 0..=quotes.len() {
        let last = heads.last().copied();
        let new_paragraph = qi < quotes.len() && last.is_none_or(|l| quotes[l].para != quotes[qi].para);
        if qi < quotes.len() && !new_paragraph {
            continue;
        }
        let goes_on = qi < quotes.len() && last.is_some_and(|l| adjacent(&quotes[l], &quotes[qi]));
        if !goes_on && heads.len() > start + 1 {
            alternate_dialogue(quotes, choices, turns, same, &heads[start..]);
        }
        if !goes_on {
            start = heads.len();
        }
        if qi < quotes.len() {
            heads.push(qi);
        }
    }
}

/// [`alternate`] over one dialogue, whose turns start at quotations `heads`.
fn alternate_dialogue(
    quotes: &[QuoteSpan],
    choices: &[Choice],
    turns: &mut [Turn],
    same: &impl Fn(Speaker, Speaker) -> bool,
    heads: &[usize],
) {
    // Turn `b` is someone other than turn `a`'s speaker `sp`.
    let other = |turns: &[Turn], sp: Speaker, b: usize| match turns[b] {
        Turn::Known(o) => !same(o, sp),
        Turn::Unnamed => true,
        Turn::Open => false,
    };
    let called = |turns: &[Turn], h: usize| {
        let mi = choices[h].addressee?;
        let differs = match turns[h] {
            Turn::Known(sp) => !same(sp, Speaker::Mention(mi)),
            _ => true,
        };
        differs.then_some(Turn::Known(Speaker::Mention(mi)))
    };
    // `loose`: the turn between may be open too (a two-party exchange
    // with one party known), once the strict sweeps have settled.
    let two_away = |turns: &[Turn], far: usize, between: usize, loose: bool| match turns[far] {
        Turn::Known(sp) if other(turns, sp, between) || loose && turns[between] == Turn::Open => Some(Turn::Known(sp)),
        Turn::Unnamed if matches!(turns[between], Turn::Known(_)) => Some(Turn::Unnamed),
        _ => None,
    };
    let mut loose = false;
    for _ in 0..2 * ALTERNATION_SWEEPS {
        let mut changed = false;
        for w in 0..heads.len() {
            let h = heads[w];
            if turns[h] != Turn::Open {
                continue;
            }
            let at = |d: isize| w.checked_add_signed(d).and_then(|i| heads.get(i)).copied();
            let fill = at(-1)
                .and_then(|p| called(turns, p))
                .or_else(|| at(-2).zip(at(-1)).and_then(|(f, b)| two_away(turns, f, b, loose)))
                .or_else(|| at(1).and_then(|n| called(turns, n)))
                .or_else(|| at(2).zip(at(1)).and_then(|(f, b)| two_away(turns, f, b, loose)));
            if let Some(t) = fill {
                let mut k = h;
                while k < turns.len() && quotes[k].para == quotes[h].para && turns[k] == Turn::Open {
                    turns[k] = t;
                    k += 1;
                }
                changed = true;
            }
        }
        if !changed {
            if loose {
                break;
            }
            loose = true;
        }
    }
}

/// What the dialogue rules ask of the rest of the text: whether two
/// speakers are one person, the last people named before a quotation
/// (the latest first), and a person mention's sex.
struct Dialogue<'a> {
    same: &'a dyn Fn(Speaker, Speaker) -> bool,
    recent: &'a dyn Fn(usize) -> [Option<usize>; RECENT],
    gender: &'a dyn Fn(usize) -> Option<Gender>,
}

impl Dialogue<'_> {
    /// The sex a speaker is known by: its mention's, or its pronoun's.
    fn sex(&self, sp: Speaker) -> Option<Gender> {
        match sp {
            Speaker::Mention(mi) => (self.gender)(mi),
            Speaker::Pronoun(_, g) => Some(g),
            _ => None,
        }
    }
}

/// How many turns back a reply looks for the other speaker of a dialogue.
const TURNS_BACK: usize = 6;

/// Who answers turn `l` (the last of `heads`), by a `he`/`she` of sex
/// `sex` if one tells: the person it called by name; else the last other
/// speaker of the dialogue's recent turns; else the last other person
/// named before the turn; never one known by the other sex (`"…" she
/// murmured` after a man's turn is no other man's).
fn other_participant(
    heads: &[usize],
    l: usize,
    choices: &[Choice],
    turns: &[Turn],
    d: &Dialogue,
    sex: Option<Gender>,
) -> Option<Turn> {
    let prev = match turns[l] {
        Turn::Open => return None,
        t => t,
    };
    let differs = |sp: Speaker| {
        let other = match prev {
            Turn::Known(p) => !(d.same)(p, sp),
            _ => true,
        };
        other && sex.zip(d.sex(sp)).is_none_or(|(a, b)| a == b)
    };
    let called = choices[l].addressee.map(Speaker::Mention).filter(|&sp| differs(sp));
    let spoke = heads.iter().rev().skip(1).take(TURNS_BACK).find_map(|&h| match turns[h] {
        Turn::Known(sp) if differs(sp) => Some(sp),
        _ => None,
    });
    let named = || (d.recent)(l).into_iter().flatten().map(Speaker::Mention).find(|&sp| differs(sp));
    called.or(spoke).or_else(named).map(Turn::Known)
}

/// Quotation `a`, left open at its paragraph's end, goes on in `b`, which
/// opens the next paragraph (a blank line between at most).
fn continues(a: &QuoteSpan, b: &QuoteSpan) -> bool {
    a.open_end && (b.para == a.para + 1 || b.para == a.para + 2)
}

/// Quotations `a` and `b` are in paragraphs one right after the other
/// (dialogue: no blank line between, as news paragraphs have).
fn adjacent(a: &QuoteSpan, b: &QuoteSpan) -> bool {
    b.para == a.para + 1
}

/// Quotations `a` and `b` are items of one list (`• "…"` / `• "…"`): one
/// speaker's, not two turns of a dialogue.
fn listed(choices: &[Choice], a: usize, b: usize) -> bool {
    choices[a].list_item && choices[b].list_item
}

/// How many paragraphs after a turn calling someone by name the
/// narrator's answer may come (one or two lines of narrative between: the
/// narrator telling what they did before answering), and before theirs.
const NARRATOR_CALL_GAP: usize = 3;

/// The people called by name in the turn before or after one of the
/// narrator's (`"I think, Watson, …"` / `"Seven!" I answered.`), lines of
/// narrative between them at most [`NARRATOR_CALL_GAP`] paragraphs; and
/// the name opening one of the narrator's as an answer (`"Pip, sir."`).
pub(super) fn called_narrator(quotes: &[QuoteSpan], choices: &[Choice], speakers: &[Option<Speaker>]) -> Vec<usize> {
    let mut out = Vec::new();
    // `"My name is Jim Hawkins," I said`: the name the narrator gives.
    for (c, sp) in choices.iter().zip(speakers) {
        if *sp == Some(Speaker::Narrator) {
            out.extend(c.self_declared);
        }
    }
    for qi in 1..quotes.len() {
        // Lines of narrative may stand between the call and the answer
        // (`"And now, Quatermain, tell us …"` / `I lit my pipe.` / `"Have
        // you heard …?" I asked.`): no quotation is in them.
        if quotes[qi].para <= quotes[qi - 1].para || quotes[qi].para > quotes[qi - 1].para + NARRATOR_CALL_GAP {
            continue;
        }
        let (a, b) = (speakers[qi - 1], speakers[qi]);
        // `"Pip, sir."` as the narrator's answer: their own name.
        if b == Some(Speaker::Narrator) {
            out.extend(choices[qi].self_named);
        }
        if b == Some(Speaker::Narrator) && a != b {
            out.extend(choices[qi - 1].addressee);
        }
        if a == Some(Speaker::Narrator) && a != b {
            out.extend(choices[qi].addressee);
        }
    }
    out
}
