//! The classification rules that find people the given-name lexicon does
//! not know, in the order of the `rules!` list of `classify.rs`: a name after an
//! abbreviated title (`Ms. Clinton`), initials before a surname (`C. H.
//! Douglas`, `S Smith`), an Arabic name by its opening word (`Abu Jandal`),
//! a surname-first name (`Kim Jong-un`, `Nguyen Van
//! An`), a name in a sports list's slot (`Hallworth 23 , Dekker 67 pen`,
//! `c Pryce b Cadogan 104`, `Cadogan 28-6-81-2`, `Nuno Faria ( Portugal )`),
//! a place's person (`Pakistan's Mushtaq Ahmed took`),
//! and a lone surname or given name in a person's slot, though a town has
//! the same name (`Clinton said`, `Ms. Cotton`, `coach David`). The surnames
//! come from the built lexicon (`data/surnames.bin`).

use super::cues::{self, person_context, person_slot, role_before as role_word_before, tenure_after};
use super::racecard;
use super::rules::{self, Cx, Verdict, MAX_CONTEXT_NAME_WORDS, MAX_NAME_WORDS};
use super::teams::{is_count, is_score, rank_opens_line};
use super::words::{has_org_word, has_possessive, is_cap, is_demonym, is_particle_name, norm, phrase, tok, tok_is};
use crate::lexicon::name_words::{
    COMPASS_PREFIXES, CONNECTORS, NAME_OPENING_PARTICLES, PERSON_NOUNS, PLACE_PREPOSITIONS, REGION_PREFIXES,
};
use crate::lexicon::speech::{DETERMINERS, FEMALE_WORDS, MALE_WORDS};
use crate::lexicon::{self, cat, core, is_all_caps, lexicon, name_bit, with_lower};
use crate::sentences::{abbreviation_period, sentence_initial};
use crate::tokens::{has, Token};

/// The articles before a common noun (`the Rector's wife`, `a Brennagh
/// born`).
const ARTICLES: [&str; 3] = ["a", "an", "the"];

/// The most words of a surname-first name (`Nguyen Van An`, `Kim Jong-un`,
/// `Nguyen Thi Lan Huong`: Vietnamese names have up to four syllables).
const MAX_SURNAME_FIRST_WORDS: usize = 4;

/// `Ms. Clinton`, `Gen. Jubal Early`, `Dr. Nner`: a short run right after
/// an abbreviated title and its period is a person, though a town has the
/// name. A title word whose period ends a sentence is no abbreviation
/// (`Thank you, Madam Chair. Thank you`, `the youngest leader. Okay`): the
/// word after it only opens the next sentence.
pub(super) fn title_abbreviation_before(cx: &Cx) -> Option<Verdict> {
    let f = cx.s.first;
    let after_title = f >= 2
        && !cx.toks[f].newline_before()
        && abbreviation_period(cx.text, cx.toks, f - 1)
        && lexicon::is_title(tok(cx.text, cx.toks, f - 2));
    // `Mr. Chief Justice`: an office, no name.
    let office = || cues::office(cx.text, cx.toks, cx.s);
    (after_title && cx.n <= MAX_CONTEXT_NAME_WORDS && !office()).then_some(Verdict::Person)
}

/// `Abu Bakr`, `Ibn Battuta`, `Umm Kulthum`, `Abu Musab al-Zarqawi`: a run of
/// two to five words that an Arabic name's opening word starts, the rest
/// capitalised or particles, is a person, unless a place is so named (`Abu
/// Dhabi`) or an institution's word is in it (`Ibn Sina University`); so is
/// one with a patronymic's `bin` or `ibn` in lower case inside it (`Saeed bin
/// Suroor`, `Hamdan bin Mohammed`): the word says `son of`, and only
/// people's names hold it.
pub(super) fn arabic_name_opening(cx: &Cx) -> Option<Verdict> {
    let (text, toks, s) = (cx.text, cx.toks, cx.s);
    if cx.n < 2 || cx.n > MAX_NAME_WORDS {
        return None;
    }
    let opening = || with_lower(tok(text, toks, s.first), |w| NAME_OPENING_PARTICLES.contains(&w));
    let patronymic = || (s.first + 1..s.last).any(|k| matches!(tok(text, toks, k), "bin" | "ibn"));
    if !(opening() || patronymic()) {
        return None;
    }
    let rest = (s.first..=s.last).all(|k| {
        let w = core(tok(text, toks, k));
        let particle = CONNECTORS.contains(&w) || is_particle_name(w);
        (particle || is_cap(w) && !lexicon::is_stopword(w)) && !has(toks, k, cat::ORG | cat::LANDMARK)
    });
    if !rest || cx.whole_is_place() {
        return None;
    }
    Some(if rules::area_noun_after(cx) { Verdict::Place } else { Verdict::Person })
}

/// `C. H. Douglas`, `S. Smith`, `S Smith` (a tokenised list): initials
/// before capitalised words are a person, unless one initial abbreviates a
/// place's first word (`N. Korea`). An initial without its period (`Q Thank you`)
/// counts only before a known surname.
pub(super) fn initials_and_surname(cx: &Cx) -> Option<Verdict> {
    let (text, toks, s) = (cx.text, cx.toks, cx.s);
    let initials = (s.first..s.last).take_while(|&k| initial(tok(text, toks, k)).is_some()).count();
    if initials == 0 || cx.n - initials > MAX_CONTEXT_NAME_WORDS {
        return None;
    }
    let rest = s.first + initials;
    let rest_words = (rest..=s.last).all(|k| {
        let w = core(tok(text, toks, k));
        is_cap(w)
            && w.chars().filter(|c| c.is_alphabetic()).count() > 1
            && !is_all_caps(w)
            && !has(toks, k, cat::STOP | cat::ORG)
            && !is_demonym(w)
    });
    let lx = lexicon();
    let bare = (s.first..rest).any(|k| initial(tok(text, toks, k)) == Some(false));
    let last = norm(tok(text, toks, s.last));
    // `C. Aztec` in a lettered list: one initial before one word needs a
    // known surname; `C. H. Douglas`, `J. Robert Oppenheimer` do not.
    let known = lx.is_surname(&last, !bare) && (lx.is_surname(&last, true) || !bare);
    let enough = initials >= 2 || s.last > rest;
    let place = initials == 1 && lx.is_place(&norm(super::words::phrase(text, toks, rest, s.last)));
    (rest_words && !place && (known || enough && !bare)).then_some(Verdict::Person)
}

/// An initial: one capital with its period (`C.`, `Some(true)`) or, in
/// tokenised text, without one (`S`, `Some(false)`); not the words `A` and
/// `I`.
fn initial(w: &str) -> Option<bool> {
    let (letter, dotted) = w.strip_suffix('.').map_or((w, false), |l| (l, true));
    let mut cs = letter.chars();
    matches!((cs.next(), cs.next()), (Some(c), None) if c.is_uppercase() && c != 'A' && c != 'I').then_some(dotted)
}

/// The latest minute of a match a scorer's minute can be (extra time and
/// added time included): larger counts are not minutes (`Boeing 747`).
const MAX_MINUTE: u32 = 130;

/// The digits of a golf leaderboard's total of strokes (`280` over four
/// rounds, `136` over two): a standings line's rank has fewer.
const STROKES_DIGITS: usize = 3;

/// The most words of a competitor's country in brackets (`( South Africa
/// )`, `( Bosnia and Herzegovina )` is too rare to be worth a longer look).
const MAX_BRACKET_PLACE_WORDS: usize = 3;

/// The most words of a role set off after a name (`, the company's chief
/// executive,` is five with its possessive).
const ROLE_AFTER_WORDS: usize = 6;

/// Words that end the role after a name: what follows is its organisation,
/// place or clause (`chairman of the firm`, `director at`, `, who`).
const ROLE_ENDS: [&str; 11] = ["of", "at", "for", "in", "from", "with", "and", "who", ",", ".", ";"];

/// A name in a slot of a sports list, though no lexicon knows it:
///
/// * a scorer with the minutes (`Arsenal - Hallworth 23 , Dekker 67 pen .`,
///   `( J. Ashworth 85 , N. Pryce 64 ;`, `Scorers : Shearer 34 ,`): after a
///   team's dash, a scoring label's colon or a count and `,` `;` `(`,
///   before a count and then punctuation, `pen`, `penalty` (`Balakov 85
///   penalty`), `og` or the line's end (not `( Figure 1 )`, not `EDT,
///   March 12`);
/// * a bowler's figures (`Cadogan 28-6-81-2`, `Tariq Jamil 4-78`) after `,`,
///   `;`, `:` or `(`;
/// * a scorecard's batter and fielders (`Saleem Haroon c Pryce b Cadogan
///   104`, `Imran Bashir lbw b Hollins`, `Asif Rauf run out`, `st
///   Wedgwood`, `run out ( Lyle )`);
/// * a competitor's country in brackets, at a line's start, after a rank,
///   in a list or across a result (`Nuno Faria ( Portugal )`, `1.
///   Noureddine Chalabi (Algeria) 3:31.2`, `204 Sipho Mthembu ( South
///   Africa ) 67 70 67`, `( U.S. ) beat Shuzo Matsuoka ( Japan )`, `( India
///   ) / Leander Paes ( India )`; not `Extract 3 Lao (Laos)`), but not a
///   team's in a results line (`Galatasaray
///   (Turkey) 2 Croatia Zagreb (Croatia) 0`) nor a name holding a town that
///   is no given name (`Dynamo Kiev (Ukraine)`, but `Mercedes Arroyo`).
///
/// * a leaderboard's player after the total and before the rounds (`280
///   Masashi Ozaki 70 71 69 70`).
/// * an item of a list after a scoring label (`Tries : Tuilagi ( 2 ) ,
///   Brereton , Kaihau .`: [`scoring_list`]).
///
/// And an author-date citation's authors ([`citation`]: `(Quilis, 1964)`,
/// `Makel et al.`).
///
/// Not a known place (`Reading 2 Oxford 0` is a results line, `Paris (
/// France )` a city), nor a run of more than [`MAX_CONTEXT_NAME_WORDS`].
pub(super) fn list_slot(cx: &Cx) -> Option<Verdict> {
    let (text, toks, s) = (cx.text, cx.toks, cx.s);
    if cx.n > MAX_CONTEXT_NAME_WORDS
        || cx.n == 1 && !plain_name_word(toks, s.first) && !title_surname_in_scorecard(text, toks, s.first)
    {
        return None;
    }
    if cx.whole_is_place() {
        return place_scorer(cx);
    }
    if is_all_caps(cx.whole) {
        return None;
    }
    let at = |k: usize| tok(text, toks, k);
    let prev = if s.first > 0 { at(s.first - 1) } else { "" };
    let next = at(s.last + 1);
    // The second words out, and each test below, are asked only as far as
    // the `||` and `&&` need: this runs for most candidates, and most
    // answer no at the first word.
    let prev2 = || if s.first > 1 { at(s.first - 2) } else { "" };
    let next2 = || at(s.last + 2);
    let on_line = |k: usize| toks.get(k).is_some_and(|t| !t.newline_before());
    // A list goes on after a count (`Hallworth 23 , Dekker`, `326 ( J.
    // Ashworth`) or an innings' total (`287-7 ( Saeed Anwar 98`), or starts
    // after a team's dash (`Arsenal - Hallworth`).
    // (`Haessler 44 pen , Keller 61`: a penalty's `pen` or an own goal's
    // `og` after the count.)
    let after_count = || {
        matches!(prev, "," | ";" | "(")
            && (is_count(prev2())
                || prev == "(" && is_score(prev2())
                || prev == "(" && s.first >= 2 && innings_overs(text, toks, s.first - 2)
                || is_goal_note(prev2()) && s.first > 2 && is_count(at(s.first - 3)))
    };
    let line_start = s.first == 0 || toks[s.first].newline_before();
    let minute = || minute_at(text, toks, s.last + 1);
    // (`Aravinda de Silva 44 not out ;`: a batter's unbeaten score.)
    let after_minute = || {
        !on_line(s.last + 2)
            || matches!(next2(), "," | "." | ";" | ")")
            || is_goal_note(next2())
            || next2() == "not" && at(s.last + 3) == "out"
    };
    // (`Scorers : Shearer 34 , Ferdinand 60`: the first after a scoring
    // label's colon.)
    let after_label = || prev == ":" && is_scoring_label(prev2());
    let scorer = || (prev == "-" || after_count() || after_label()) && minute() && after_minute();
    let figures = || matches!(prev, "," | ";" | ":" | "(") && on_line(s.last + 1) && is_figures(next);
    let fielder = || matches!(prev, "b" | "c" | "st") && s.first > 0 && !toks[s.first - 1].upper();
    let batter = || {
        on_line(s.last + 1)
            && (matches!(next, "c" | "b" | "lbw" | "st") || matches!(next, "run" | "not") && next2() == "out")
    };
    let run_out = || prev == "(" && prev2() == "out";
    // A team of a results line has its country too (`Dynamo Kiev (Ukraine) 2
    // Neuchatel Xamax (Switzerland) 0`): a count and a name follow it, and
    // a club is often named after its town.
    // (Closures: asked only of a name before a bracketed place.)
    // The bracket's closing token, when it holds one to
    // MAX_BRACKET_PLACE_WORDS capitalised words on the line (`( South
    // Africa )`).
    let close = || {
        (s.last + 3..=s.last + 2 + MAX_BRACKET_PLACE_WORDS)
            .find(|&k| at(k) == ")")
            .filter(|&k| (s.last + 2..k).all(|j| toks.get(j).is_some_and(|t| t.upper() && !t.newline_before())))
    };
    let results_side =
        |close: usize| is_count(at(close + 1)) && toks.get(close + 2).is_some_and(|t| t.upper() && !t.newline_before());
    // A word of the name that is a town and no given name (`Dynamo Kiev`,
    // not `Mercedes Arroyo`).
    let town = || {
        (s.first..=s.last).any(|k| {
            let w = norm(at(k));
            lexicon().is_place(&w) && lexicon().name_bits(&w) & name_bit::GIVEN == 0
        })
    };
    // A ranked or listed competitor: at a line's start, after a rank (`2.`,
    // `3 -`, or a count opening the line: a golf total, `204 Name`;
    // `rank_opens_line`), or after a comma or colon in a list of players.
    let rank_opens = || s.first > 0 && rank_opens_line(text, toks, s.first - 1);
    let ranked = || racecard::ranked(text, toks, s.first);
    // A doubles partner (`Mahesh Bhupathi ( India ) / Leander Paes ( India
    // )`), and the loser after the winner's country with the sets after his
    // own or a partner (`( U.S. ) beat Shuzo Matsuoka ( Japan ) 6-3 7-6`,
    // `beat Sandon Stolle ( Australia ) / Cyril Suk`), or a boxer's (`beat
    // Pablo Chacon ( Argentina ) on points`, `stopped`); a club's
    // result has one score: `Galatasaray ( Turkey ) beat Everton ( England
    // ) 2-1`).
    let partner = || prev == "/" && prev2() == ")";
    let listed = || line_start || ranked() || matches!(prev, "," | ":") || partner();
    let after_winner = || matches!(prev, "beat" | "bt" | "stopped" | "outpointed") && prev2() == ")";
    let sets_or_partner = |close: usize| {
        is_score(at(close + 1)) && is_score(at(close + 2))
            || at(close + 1) == "/"
            || at(close + 1) == "on" && at(close + 2) == "points"
            || matches!(prev, "stopped" | "outpointed")
    };
    // A leaderboard's player with no country: a total of strokes opening
    // the line, then the rounds (`280 Masashi Ozaki 70 71 69 70`); a
    // standings line's rank has fewer digits.
    let rounds = || {
        prev.len() == STROKES_DIGITS
            && rank_opens()
            && is_count(next)
            && on_line(s.last + 1)
            && is_count(next2())
            && on_line(s.last + 2)
    };
    let country = || {
        next == "(" && {
            let listed = listed();
            // (A partner or a loser is no club, though named like a town:
            // `( Malaysia ) / Yap Kim Hock ( Malaysia )`.)
            let paired = partner() || after_winner();
            (listed || paired)
                && close().is_some_and(|k| {
                    (listed || sets_or_partner(k))
                        && lexicon().is_place(&norm(phrase(text, toks, s.last + 2, k - 1)))
                        && !results_side(k)
                        && (paired || !town())
                })
        }
    };
    let labelled = || matches!(prev, ":" | ",") && scoring_list(text, toks, s.first - 1, s.last + 1);
    (scorer()
        || figures()
        || fielder()
        || batter()
        || run_out()
        || country()
        || rounds()
        || labelled()
        || citation(cx, prev, next))
    .then_some(Verdict::Person)
}

/// [`list_slot`] for a known place: a place in a slot is a place
/// (`Reading 2 Oxford 0`, `Paris ( France )`), but for a scorer with the
/// minute in a results line's bracket opened after a side's count
/// (`Coventry 1 ( Dublin 80 )`, `( Haessler 12 pen , Dundee 40 )`; not
/// `won 3-1 ( Dallas 12 , Miami 9 )`): a town scores no goal. Out of line:
/// most places are done with at its first test.
#[inline(never)]
fn place_scorer(cx: &Cx) -> Option<Verdict> {
    let (text, toks, s) = (cx.text, cx.toks, cx.s);
    let at = |k: usize| tok(text, toks, k);
    if s.first < 1 || s.last != s.first || !matches!(at(s.first - 1), "(" | ",") {
        return None;
    }
    let on_line = |k: usize| toks.get(k).is_some_and(|t| !t.newline_before());
    if !minute_at(text, toks, s.last + 1)
        || !(matches!(at(s.last + 2), "," | ")" | ";") || is_goal_note(at(s.last + 2)))
        || !on_line(s.last + 2)
    {
        return None;
    }
    // Back to the bracket, over other scorers, minutes and commas only.
    let mut k = s.first - 1;
    for _ in 0..MAX_SCORERS_TOKENS {
        let w = at(k);
        if w == "(" {
            return (k >= 2 && is_count(at(k - 1)) && toks[k - 2].upper()).then_some(Verdict::Person);
        }
        let scorer_token = toks[k].upper() || is_count(w) || (w == "," || is_goal_note(w));
        if !scorer_token || k == 0 || !on_line(k) {
            return None;
        }
        k -= 1;
    }
    None
}

/// Token `k` is a goal's minute on its line after a scorer's name
/// (`Hallworth 23`, `Dublin 80`): a count to [`MAX_MINUTE`], not `0` nor
/// written with a leading zero, as a results line writes no minute.
/// ([`list_slot`] and [`place_scorer`] ask it alike; in line, as
/// `list_slot`'s closure was: out of line it cost instructions.)
#[inline(always)]
fn minute_at(text: &str, toks: &[Token], k: usize) -> bool {
    let w = tok(text, toks, k);
    w.parse::<u32>().is_ok_and(|m| m <= MAX_MINUTE)
        && !w.starts_with('0')
        && toks.get(k).is_some_and(|t| !t.newline_before())
}

/// The most tokens from a scorer back to its bracket (`( Haessler 12 pen ,
/// Dundee 40 , Reich`: some five scorers).
const MAX_SCORERS_TOKENS: usize = 20;

/// `215 for eight in 50 overs ( Saeed Anwar 73`: token `k` is the overs of
/// an innings' total (`overs`, after a count or `48.2`), before the bracket
/// of its batters' scores.
#[inline(never)]
fn innings_overs(text: &str, toks: &[Token], k: usize) -> bool {
    let overs = tok(text, toks, k);
    overs == "overs"
        && k > 0
        && tok(text, toks, k - 1)
            .split_once('.')
            .map_or(tok(text, toks, k - 1), |(whole, _)| whole)
            .bytes()
            .all(|b| b.is_ascii_digit())
        && !tok(text, toks, k - 1).is_empty()
}

/// The last words of the labels that open a line's list of scorers
/// (`Tries : Tuilagi ( 2 ) , Brereton . Conversions : Fitzgerald ( 3 )`,
/// `Drop goal : Botha`, `Scorers : Smith , Jones`), in lower case.
const SCORING_LABELS: [&str; 10] =
    ["conversion", "conversions", "goal", "goals", "penalties", "penalty", "scorer", "scorers", "tries", "try"];

/// The notes after a scorer's minute (`Dekker 67 pen`, `Balakov 85
/// penalty`, `Hallworth 23 og`), as tokenised wire copy writes them.
const GOAL_NOTES: [&str; 3] = ["og", "pen", "penalty"];

/// `w` is one of [`GOAL_NOTES`].
fn is_goal_note(w: &str) -> bool {
    GOAL_NOTES.contains(&w)
}

/// `w` is the last word of a scoring label (`Scorers`, `Tries`), in any
/// case.
pub(super) fn is_scoring_label(w: &str) -> bool {
    let mut buf = [0u8; 32];
    crate::lexicon::ascii_lower(w, &mut buf).is_some_and(|l| SCORING_LABELS.contains(&l))
}

/// The most tokens from a scoring label's colon to an item of its list.
const SCORING_LIST_TOKENS: usize = 24;

/// The item between tokens `before` and `after` stands in a list after a
/// scoring label on its line: back from `before` to the label's colon only
/// other items (capitalised words and name particles, bracketed counts,
/// commas, `and`), and
/// the item ends at a comma, a bracket, a period or the line's end.
fn scoring_list(text: &str, toks: &[Token], before: usize, after: usize) -> bool {
    let at = |k: usize| tok(text, toks, k);
    let ends = toks.get(after).is_none_or(|t| t.newline_before()) || matches!(at(after), "," | "(" | "." | ";");
    if !ends {
        return false;
    }
    let mut k = before;
    for _ in 0..SCORING_LIST_TOKENS {
        let w = at(k);
        if w == ":" {
            return k > 0 && !toks[k].newline_before() && is_scoring_label(at(k - 1));
        }
        let item = toks[k].upper() || is_count(w) || matches!(w, "," | "(" | ")" | "and") || CONNECTORS.contains(&w);
        if !item || k == 0 || toks[k].newline_before() {
            return false;
        }
        k -= 1;
    }
    false
}

/// `(Quilis, 1964)`, `(Hume 1998, 136)`, `(Dye & Bavelier, 2010; Feng,
/// 2007)`, `Makel et al.`: an author-date citation's authors (a reference
/// list's slot, for [`list_slot`], whose `prev` and `next` are the tokens
/// around the candidate). An author opens a bracket or follows a `;`, and a
/// date or a co-author follows it (`, 2011`, ` 2011a`, `& Weiss, 2013`); a
/// co-author comes after `&` or `and` from there; any name before `et al.`
/// is one. Not a month or another listed word before a date (`(June
/// 1944)`), a model's code (`; P-47 Thunderbolt, 1943`), nor an
/// organisation (`(British Museum Press, 2002)`).
fn citation(cx: &Cx, prev: &str, next: &str) -> bool {
    let (text, toks, s) = (cx.text, cx.toks, cx.s);
    let and = |w: &str| matches!(w, "&" | "and");
    let opens = |w: &str| matches!(w, "(" | ";");
    // (The tokens around it first: most candidates are done with there.)
    if !(opens(prev) || and(prev) || next == "et") {
        return false;
    }
    let at = |k: usize| tok(text, toks, k);
    // A date at token `k`: `, 2011` or `2011`.
    let dated = |k: usize| is_year(at(k)) || at(k) == "," && is_year(at(k + 1));
    let et_al = next == "et" && matches!(at(s.last + 2), "al" | "al.");
    // An author from token `k` on (up to MAX_CONTEXT_NAME_WORDS capitals),
    // then a date.
    let author_dated = |k: usize| {
        (k..k + MAX_CONTEXT_NAME_WORDS).take_while(|&j| toks.get(j).is_some_and(|t| t.upper())).any(|j| dated(j + 1))
    };
    // A co-author: `& Weiss, 2013` after an author who opens the citation.
    let co_author = || {
        s.first >= 2 && and(prev) && dated(s.last + 1) && {
            let before = s.first - 2;
            (before.saturating_sub(MAX_CONTEXT_NAME_WORDS - 1)..=before)
                .rev()
                .take_while(|&j| toks[j].upper())
                .any(|j| j > 0 && opens(at(j - 1)))
        }
    };
    let slot = et_al || opens(prev) && (dated(s.last + 1) || and(next) && author_dated(s.last + 2)) || co_author();
    let plain = || {
        (s.first..=s.last).all(|k| plain_name_word(toks, k) && !at(k).bytes().any(|b| b.is_ascii_digit()))
            && !has_org_word(toks, s)
    };
    slot && plain()
}

/// The years a citation's date is read in (`(Quilis, 1964)`, `(Hume
/// 1998)`): printed works, not a model's number (`Boeing 747`).
const CITATION_YEARS: std::ops::RangeInclusive<u32> = 1500..=2099;

/// The lengths of a citation's year in bytes: four digits, maybe a letter
/// (`2011a`).
const YEAR_LEN: std::ops::RangeInclusive<usize> = 4..=5;

/// A year of [`CITATION_YEARS`], maybe with a letter after it (`2011a`).
fn is_year(w: &str) -> bool {
    if !YEAR_LEN.contains(&w.len()) {
        return false;
    }
    let digits = w.strip_suffix(|c: char| c.is_ascii_lowercase()).unwrap_or(w);
    digits.len() == 4
        && digits.bytes().all(|b| b.is_ascii_digit())
        && digits.parse().is_ok_and(|y| CITATION_YEARS.contains(&y))
}

/// A bowler's figures: counts joined by hyphens, overs maybe with a decimal
/// (`28-6-81-2`, `30.2-7-74-1`, `4-78`).
fn is_figures(w: &str) -> bool {
    let mut parts = w.split('-');
    let overs = parts.next().is_some_and(|o| {
        let (whole, frac) = o.split_once('.').unwrap_or((o, "0"));
        is_count(whole) && frac.len() == 1 && is_count(frac)
    });
    let rest: Vec<&str> = parts.collect();
    overs && (1..=3).contains(&rest.len()) && rest.iter().all(|p| is_count(p))
}

/// A lone title that is also a surname, in a scorecard's slot: a
/// fielder's or a bowler's after `c`, `st` or `b` (`lbw b Bishop 12`, `c
/// King b Walsh`), a bowler's before the figures (`Bishop 34-7-112-1`) or
/// a batter's opening the line (`Bishop c Healy b Warne`); a player's
/// surname, announcing no one (no capitalised word after it on the line).
/// Not a title before a name (`b Judge Ito`), nor one in prose (`the
/// Bishop 's letter`).
pub(super) fn title_surname_in_scorecard(text: &str, toks: &[Token], k: usize) -> bool {
    let on_line = |j: usize| toks.get(j).is_some_and(|t| !t.newline_before());
    if !has(toks, k, cat::TITLE) || on_line(k + 1) && toks[k + 1].upper() {
        return false;
    }
    let at = |j: usize| tok(text, toks, j);
    let next = if on_line(k + 1) { at(k + 1) } else { "" };
    let fielder = k > 0
        && !toks[k].newline_before()
        && match at(k - 1) {
            "c" | "st" => next == "b",
            "b" => next.is_empty() || is_count(next),
            _ => false,
        };
    let line_start = k == 0 || toks[k].newline_before();
    let bowler = k > 0 && !line_start && matches!(at(k - 1), "," | ";" | ":" | "(") && is_figures(next);
    let batter = line_start && matches!(next, "c" | "b" | "lbw" | "st");
    (fielder || bowler || batter) && lexicon().is_surname(&norm(at(k)), false)
}

/// `Kim Jong-un`, `Nguyen Van An`, `Zhang Wei`: a surname of a
/// surname-first tradition before one or two capitalised words is a
/// person. When the surname is also an English word (`Kim`, `Park`, `Lee`)
/// the next word must look like a given name of that tradition: hyphenated
/// (`Jong-un`), or itself such a name (`Wang Yi`).
pub(super) fn surname_first_name(cx: &Cx) -> Option<Verdict> {
    let (text, toks, s) = (cx.text, cx.toks, cx.s);
    if !(2..=MAX_SURNAME_FIRST_WORDS).contains(&cx.n) || cx.whole_is_place() {
        return None;
    }
    let lx = lexicon();
    let head = norm(tok(text, toks, s.first));
    if !lx.is_surname_first(&head) || lx.is_place(&head) {
        return None;
    }
    // A surname that is no English word (`Zhang`) may come before a given
    // name that some town also has (`Zhang Wei`).
    let strict = lx.is_surname(&head, true);
    let rest_ok = (s.first + 1..=s.last).all(|k| {
        let w = core(tok(text, toks, k));
        // `An` in `Nguyen Van An` is a name, not the article.
        let name_syllable = lx.is_surname_first(w) || lx.is_given(w, true);
        let place = lx.is_place(&norm(w)) && !strict;
        is_cap(w) && (plain_name_word(toks, k) || name_syllable) && !is_demonym(w) && !place
    });
    let next = norm(tok(text, toks, s.first + 1));
    let given_like = next.contains('-') || lx.is_surname_first(&next) || lx.is_given(&next, true);
    // `the Liao Kingdom`, `a Ku Klux Klan rally`: no person after a determiner.
    (rest_ok && (strict || given_like) && !cx.after_determiner()).then_some(Verdict::Person)
}

/// `Ferrari 's Michael Schumacher`, `Benetton's Jean Alesi was third`: a
/// one-word name whose possessive stands right before a person's full name
/// (a known given name and a capitalised word, together no known place:
/// `Ford's Victoria Falls plant`) is the person's team, maker
/// or club, an organisation wherever the text writes it (`Ferrari were
/// left behind`), though the lexicon knows it as a surname: news gives a
/// person's person a role between (`Tyson's promoter Don King`). A known
/// place is left to the place rules (`Ghana 's Ike Quartey`), a name the
/// article gives as a full name's surname stays a person's (`Marco Smith …
/// Smith's Anna Lee`), and so does one before a name whose first word no
/// lexicon knows as given (`Smith's Mushtaq Ahmed`).
pub(super) fn possessor_of_a_full_name(cx: &Cx) -> Option<Verdict> {
    let (text, toks, s) = (cx.text, cx.toks, cx.s);
    if cx.n != 1 {
        return None;
    }
    // The possessive: on the word (`Benetton's`) or, in tokenised text,
    // apart from it (`Ferrari 's`); most candidates stop at this byte.
    let after = toks.get(s.last + 1)?;
    let apart = matches!(text.as_bytes().get(after.start()), Some(b'\'' | 0xE2));
    if !apart && !matches!(text.as_bytes().get(toks[s.last].end() - 1), Some(b's' | b'S')) {
        return None;
    }
    possessor_after(cx, apart)
}

/// [`possessor_of_a_full_name`] past its quick test, out of line (as
/// [`place_possessive_after`]).
#[inline(never)]
fn possessor_after(cx: &Cx, apart: bool) -> Option<Verdict> {
    let (text, toks, s) = (cx.text, cx.toks, cx.s);
    let given = if apart {
        if !matches!(tok(text, toks, s.last + 1), "'" | "’") || !tok_is(text, toks, s.last + 2, "s") {
            return None;
        }
        s.last + 3
    } else if has_possessive(tok(text, toks, s.last)) {
        s.last + 1
    } else {
        return None;
    };
    let on_line = |k: usize| toks.get(k).is_some_and(|t| !t.newline_before());
    if !(s.last + 1..=given + 1).all(on_line) || is_all_caps(cx.whole) {
        return None;
    }
    let lx = lexicon();
    let full_name = plain_capital(text, toks, given)
        && plain_capital(text, toks, given + 1)
        && lx.is_given(core(tok(text, toks, given)), false)
        && !lx.is_place(&norm(phrase(text, toks, given, given + 1)));
    (full_name && !cx.whole_is_place() && !cx.article.is_surname(cx.whole)).then_some(Verdict::Organisation)
}

/// The most words of a place whose possessive stands before a person
/// (`Sri Lanka's`, `Bosnia and Herzegovina's` is too rare to look for).
const MAX_POSSESSOR_WORDS: usize = 3;

/// Function words that are verbs, going on with a clause after a name
/// (`Ethiopia's Gelete Takele was third`), unlike the other function words
/// (`Russia's Gazprom Neft and …`).
const AUXILIARIES: [&str; 12] =
    ["was", "is", "has", "had", "will", "would", "could", "can", "did", "does", "were", "have"];

/// `Pakistan's Mushtaq Ahmed took two wickets`, `Sri Lanka's Sanath
/// Jayasuriya hit 44`: two or three plain capitalised words after a known
/// place's possessive and before a clause going on in lower case (a verb)
/// or a comma are the place's person, though the given-name lexicon does
/// not know the first name. One of the words must be a known given name or
/// surname that is no English word, or the last word must recur alone in
/// the article (`India's Anil Kumble bowled … Kumble took`), so that a
/// company or a landmark of the place stays out (`Russia's Gazprom Neft said`, `China's Foreign Ministry
/// said`, `Kenya's Lake Turkana lies`).
pub(super) fn place_possessive_before(cx: &Cx) -> Option<Verdict> {
    let (text, toks, s) = (cx.text, cx.toks, cx.s);
    if !(2..=3).contains(&cx.n) || s.first == 0 {
        return None;
    }
    // Every possessive ends in `s` (`Pakistan's`, `Pakistan ' s`): most
    // candidates stop at that byte, before any word is sliced.
    let before_end = toks[s.first - 1].end();
    if before_end == 0 || !matches!(text.as_bytes().get(before_end - 1), Some(b's' | b'S')) {
        return None;
    }
    place_possessive_after(cx)
}

/// [`place_possessive_before`] past its quick test, out of line: the rules
/// are called through pointers for every candidate, and this body's stack
/// frame cost each call as much again as the test.
#[inline(never)]
fn place_possessive_after(cx: &Cx) -> Option<Verdict> {
    let (text, toks, s) = (cx.text, cx.toks, cx.s);
    // The possessive: on the word before (`Pakistan's`) or, in tokenised
    // text, apart from it (`Pakistan 's`, an apostrophe and an `s`).
    let mut p = s.first - 1;
    if tok_is(text, toks, p, "s") && matches!(tok(text, toks, p.checked_sub(1)?), "'" | "’") {
        p = p.checked_sub(2)?;
    } else if !has_possessive(tok(text, toks, p)) {
        return None;
    }
    let on_line = |k: usize| toks.get(k).is_some_and(|t| !t.newline_before());
    if !(p + 1..=s.last + 1).all(on_line) {
        return None;
    }
    let after = tok(text, toks, s.last + 1);
    let clause_goes_on = after == ","
        || after.starts_with(|c: char| c.is_lowercase())
            && (!has(toks, s.last + 1, cat::STOP) || AUXILIARIES.contains(&after));
    if !clause_goes_on {
        return None;
    }
    let lx = lexicon();
    let possessor = (p.saturating_sub(MAX_POSSESSOR_WORDS - 1)..=p)
        .any(|a| (a..=p).all(|k| is_cap(tok(text, toks, k))) && lx.is_place(&norm(phrase(text, toks, a, p))));
    if !possessor {
        return None;
    }
    let name = name_bit::GIVEN | name_bit::SURNAME | name_bit::SURNAME_FIRST;
    let mut known = false;
    for k in s.first..=s.last {
        let w = core(tok(text, toks, k));
        let b = lx.name_bits(w);
        if !plain_capital(text, toks, k) || is_all_caps(w) || b & (name_bit::PLACE | name_bit::WORD_PLACE) != 0 {
            return None;
        }
        known |= b & name != 0;
    }
    // `India's Anil Kumble bowled … Kumble took`: the last word recurs
    // alone, as a surname does.
    let recurs = || cx.article.count(core(tok(text, toks, s.last))) > 0;
    (known || recurs()).then_some(Verdict::Person)
}

/// `Clinton said`, `coach David`, `Cotton, who`: a lone surname or given
/// name in a person's slot is the person, though a town or an English word
/// has the name.
///
/// A place speaks too (`Moscow said`, `India, whose`): a name that is also
/// a place needs a role before it.
pub(super) fn name_in_person_slot(cx: &Cx) -> Option<Verdict> {
    if cx.n != 1 || !plain_name_word(cx.toks, cx.s.first) {
        return None;
    }
    let b = cx.whole_name_bits();
    if b & (name_bit::SURNAME | name_bit::SURNAME_WORD | name_bit::GIVEN | name_bit::GIVEN_WORD) == 0
        || is_all_caps(cx.whole)
    {
        return None;
    }
    let slot = if b & (name_bit::PLACE | name_bit::WORD_PLACE) != 0 {
        role_word_before(cx.text, cx.toks, cx.s.first)
    } else {
        person_context(cx.text, cx.toks, cx.s)
    };
    (slot && !is_demonym(cx.whole)).then_some(Verdict::Person)
}

/// `Seagal was born`, `Jutting, now 31,`, `Duffy's lawyer`, `Hi Kat!`: a
/// short run of plain capitalised words in a slot only a person fills
/// ([`person_slot`]) is a person, known name or not. A run a town or a
/// country is named like takes only the slots no place fills (`Jordan's
/// wife`, not `India, whose`).
pub(super) fn name_in_person_only_slot(cx: &Cx) -> Option<Verdict> {
    let (text, toks, s) = (cx.text, cx.toks, cx.s);
    // The words' list bits first (a word on a curated list is no plain
    // capital), then the loosest reading of the slot: most candidates stand
    // in no such slot, and are done with before any word is looked up.
    if cx.n > MAX_CONTEXT_NAME_WORDS
        || !(s.first..=s.last).all(|k| plain_name_word(toks, k))
        || !person_slot(text, toks, s, false, true)
    {
        return None;
    }
    let plain = (s.first..=s.last).all(|k| plain_capital(text, toks, k));
    // `Man, 59,`; `Full-back Nuno Faria, 22,`: a common noun opens the run.
    let w0 = tok(text, toks, s.first);
    let compound_noun = w0.split_once('-').is_some_and(|(_, r)| r.starts_with(|c: char| c.is_lowercase()));
    let person_noun = PERSON_NOUNS.iter().any(|n| n.eq_ignore_ascii_case(w0));
    // `the Rector's wife`: an article makes the run a common noun.
    // (Not `the Obama administration`: there the article is the noun's.)
    let determiner = s.first > 0
        && ARTICLES.iter().any(|d| d.eq_ignore_ascii_case(tok(text, toks, s.first - 1)))
        && !tenure_after(text, toks, s);
    if !plain
        || cx.n == 1 && is_all_caps(cx.whole)
        || person_noun
        || determiner
        || compound_noun && sentence_initial(text, toks, s.first)
        || nationality_plural(cx.whole)
    {
        return None;
    }
    let lx = lexicon();
    // `Girl, 15, found`: a headline's first capital alone, at a line's
    // start, may be a common noun, unless a name list knows it; it takes
    // no age. (Inside a paragraph: `… in August. Yeltsin, 65, has`; a line
    // ending in a period is a sentence, as wire texts give each its line:
    // `Yeltsin , 65 , is due to undergo surgery .`)
    let name = name_bit::GIVEN | name_bit::GIVEN_WORD | name_bit::SURNAME | name_bit::SURNAME_WORD;
    // `former Canuck Gino Odjick's wife`: after a word in lower case, a
    // word no name list knows before a given name and a surname describes
    // the person (a club's or a people's nickname); the name starts after
    // it, which the rules after this one find. (Not opening a line or a
    // sentence: `Assan Abdullah Khan, 22,` in a list.)
    if cx.n >= MIN_DESCRIBED_RUN
        && s.first > 0
        && !toks[s.first].newline_before()
        && tok(text, toks, s.first - 1).starts_with(|c: char| c.is_lowercase())
        && lx.name_bits(&norm(w0)) & name == 0
        && lx.is_given(&norm(tok(text, toks, s.first + 1)), true)
    {
        return None;
    }
    let line_start = s.first == 0 || toks[s.first].newline_before();
    let sentence_line = || {
        let mut k = s.last;
        while toks.get(k + 1).is_some_and(|t| !t.newline_before()) {
            k += 1;
        }
        tok_is(text, toks, k, ".")
    };
    let opener = cx.n == 1
        && line_start
        && sentence_initial(text, toks, s.first)
        && lx.name_bits(&norm(w0)) & name == 0
        && !sentence_line();
    let place_named = cx.whole_is_place()
        || (s.first..=s.last)
            .any(|k| lx.name_bits(&norm(tok(text, toks, k))) & (name_bit::PLACE | name_bit::WORD_PLACE) != 0);
    // A town or a country takes no age (`Leeds, 26,`); a longer name of
    // which one word is a town's does (`Dorlian Castillo Cabrera, 26,`).
    let age_ok = !(opener || cx.whole_is_place() || cx.n == 1 && place_named);
    person_slot(text, toks, s, place_named, age_ok).then_some(Verdict::Person)
}

/// The fewest words of a run that an unknown word describing the person
/// may open (`Canuck Gino Odjick`): in two, the unknown word is the given
/// name (`Mohsin Kamal`).
const MIN_DESCRIBED_RUN: usize = 3;

/// `Englishmen`, `Frenchmen`: the plural of a nationality noun.
fn nationality_plural(w: &str) -> bool {
    w.strip_suffix("men").is_some_and(|stem| is_demonym(&format!("{stem}man")))
}

/// Token `k` is a capitalised word on no curated list and no demonym: a
/// word a name of any origin can hold.
fn plain_capital(text: &str, toks: &[Token], k: usize) -> bool {
    let w = core(tok(text, toks, k));
    is_cap(w) && plain_name_word(toks, k) && !is_demonym(w)
}

/// Token `k` is on no curated word list but the reporting verbs': no title,
/// institution, landmark, function word, weekday or month.
fn plain_name_word(toks: &[Token], k: usize) -> bool {
    toks.get(k).is_some_and(|t| t.cat & !cat::REPORTING == 0)
}

/// `Maxfield Parrish`, `Sallyanne Atkinson`, `Howie Payne`: two
/// capitalised words inside a sentence, the first known to no lexicon or
/// list and the second a surname that is no English word and no place, are
/// a person whose given name no lexicon knows. Not a known place as a
/// whole, nor a word in capitals (`NGO`).
pub(super) fn unknown_given_and_surname(cx: &Cx) -> Option<Verdict> {
    let (text, toks, s) = (cx.text, cx.toks, cx.s);
    // The words' bits first: most candidates hold a listed word or more
    // than two.
    if cx.n != 2 || toks[s.first].cat != 0 || toks[s.last].cat != 0 || sentence_initial(text, toks, s.first) {
        return None;
    }
    let (given, surname) = (tok(text, toks, s.first), core(tok(text, toks, s.last)));
    if !is_cap(given) || is_all_caps(given) || is_all_caps(surname) {
        return None;
    }
    // `at Flushing Meadows`, `in Dun Leary`, `the Great Powers`, `the draft
    // Bear Stearns term sheet`: a place's preposition or a determiner
    // before it (maybe with a noun between) makes it a place or a thing.
    let before =
        |k: usize| with_lower(tok(text, toks, k), |w| PLACE_PREPOSITIONS.contains(&w) || DETERMINERS.contains(&w));
    let lower = |k: usize| tok(text, toks, k).starts_with(|c: char| c.is_lowercase());
    // (After a possessive, [`place_possessive_before`] decides: `Pakistan's
    // Mushtaq Ahmed`, not `Smith's Mushtaq Ahmed`.)
    let possessive = |k: usize| has_possessive(tok(text, toks, k)) || matches!(tok(text, toks, k), "'s" | "’s");
    if s.first > 0
        && (before(s.first - 1) || possessive(s.first - 1) || s.first > 1 && lower(s.first - 1) && before(s.first - 2))
    {
        return None;
    }
    let lx = lexicon();
    let bits = lx.name_bits(&norm(surname));
    let known_surname = bits & name_bit::SURNAME != 0 && bits & (name_bit::PLACE | name_bit::WORD_PLACE) == 0;
    // (`Great Powers`, `North Shields`: a word that opens a place's name;
    // `Uncle William`, `Madame Nilsson`: a kin word or a title.)
    let opens_place_or_titles = || {
        with_lower(given, |w| {
            [&REGION_PREFIXES[..], &COMPASS_PREFIXES, &MALE_WORDS, &FEMALE_WORDS].iter().any(|list| list.contains(&w))
        })
    };
    let given_like = || lx.name_bits(&norm(given)) == 0 && !is_demonym(given) && !opens_place_or_titles();
    (known_surname && given_like() && !cx.whole_is_place()).then_some(Verdict::Person)
}

/// `Adebayo Ogunleye, chairman of the firm`, `Kemi Adeyemi, a professor of
/// economics`, `Ada Obi, the company's chief executive, said`, `Khan, a
/// former cricket captain,`: plain capitalised words (one only before an
/// article) set off by a comma before a role, whose last
/// word is a title (a lower-case word of the titles' list) and which ends
/// at `of`, `at`, `,` or the like, are a person, known name or not. Not a
/// place (`Lagos, home of the governor`: the role's head is `home`), and not
/// a run holding a listed word (`Acme Holdings, chairman`).
pub(super) fn role_after(cx: &Cx) -> Option<Verdict> {
    let (text, toks, s) = (cx.text, cx.toks, cx.s);
    if !(1..=MAX_CONTEXT_NAME_WORDS).contains(&cx.n) || !tok_is(text, toks, s.last + 1, ",") {
        return None;
    }
    // One word only before an article's role (`Khan, a former cricket
    // captain,`), not a bare one (`Reuters, chairman`).
    if cx.n == 1 && !matches!(tok(text, toks, s.last + 2), "a" | "an" | "the") {
        return None;
    }
    let mut head_is_title = false;
    let mut ended = false;
    for k in s.last + 2..s.last + 2 + ROLE_AFTER_WORDS {
        let Some(t) = toks.get(k) else { break };
        let w = t.text(text);
        if t.newline_before() {
            break;
        }
        if ROLE_ENDS.contains(&w) {
            ended = k > s.last + 2;
            break;
        }
        // Lower-case words, and a possessive (`the company's`, `Nigeria's`).
        let lower = w.starts_with(|c: char| c.is_lowercase());
        if !(lower || matches!(w, "'s" | "’s") || is_cap(w) && has_possessive(w)) {
            break;
        }
        head_is_title = lower && has(toks, k, cat::TITLE);
    }
    let plain = (s.first..=s.last).all(|k| plain_capital(text, toks, k) && !is_all_caps(core(tok(text, toks, k))));
    (ended && head_is_title && plain && !cx.whole_is_place()).then_some(Verdict::Person)
}
