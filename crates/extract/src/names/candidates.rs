//! Pass 2, candidates: each run trimmed to the words that may name someone
//! or somewhere. A byline's desk goes (`Amelia Thornton-Reyes | Science
//! correspondent`), and so do the function words that open a sentence
//! (`The`, `Despite`; `By` at a line's start marks a byline), its openers
//! (`Hi`, `Near`) and participles (`Using`) before more of the run, and a
//! common word opening it before a given name (`Watch | Alex Salmond`). A run holding
//! a title is split at its last one (`U.S. President | Donald Trump`): the
//! part before it is a plain candidate, the part after it a titled one; a
//! title that is also a common word (`Master`, `Miss`, `Doctor`) only
//! when a given name or surname follows it (`Miss Treadwell`, not `Miss
//! Universe`).

use super::cues::{self, is_kin_noun};
use super::mention::Segment;
use super::words::{
    determiner_before, has_org_word, has_possessive, is_cap, is_demonym_or_listed, is_generational, is_land,
    is_state_form, nation_noun, norm, phrase, tok, tok_bytes, tok_is, written_in_lower_case,
};
use crate::lexicon::function_words::SENTENCE_OPENERS;
use crate::lexicon::name_words::{
    BYLINE_DESKS, CLUB_PREFIXES, COMPANY_PREFIXES, COMPASS_PREFIXES, FEATURE_PREFIXES,
    FEATURE_PREFIXES_BEFORE_PARTICLE, PLURAL_NOUN_ENDINGS, REGION_PREFIXES, TITLES_BEFORE_NAMES_ONLY,
};
use crate::lexicon::speech::UNNAMED_SPEAKERS;
use crate::lexicon::{self, ascii_lower, cat, core, is_all_caps, is_landmark_word, lexicon, name_bit, with_lower};
use crate::sentences::{abbreviation_period, sentence_initial};
use crate::tokens::{has, Token};

/// Tokens that may be a name, and what stands before them in their run.
#[derive(Clone, Copy, Debug)]
pub(super) struct Candidate {
    pub(super) words: Segment,
    pub(super) lead: Lead,
}

/// What stands before a candidate in its run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Lead {
    /// Nothing that says what it is.
    Plain,
    /// A byline's `By` at the start of a line (`By Aghakazim Guliyev`).
    Byline,
    /// A title (`President | Donald Trump`).
    Title,
}

/// The candidates of each run, in text order.
pub(super) fn from_runs(text: &str, toks: &[Token], runs: &[Segment]) -> Vec<Candidate> {
    let mut out = Vec::with_capacity(runs.len());
    for &run in runs {
        let Some((words, byline)) = trim(text, toks, run) else { continue };
        if names_a_disease(text, toks, words) {
            continue;
        }
        let lead = if byline { Lead::Byline } else { Lead::Plain };
        match headline_verb(text, toks, words) {
            Some(verb) => {
                push_split(text, toks, Segment { first: words.first, last: verb - 1 }, lead, &mut out);
                // (`… Arrested In | Leeds`: the headline's capitalised
                // function words open no name.)
                let rest = (verb + 1..=words.last).find(|&k| !has(toks, k, cat::STOP));
                if let Some(first) = rest {
                    push_split(text, toks, Segment { first, last: words.last }, Lead::Plain, &mut out);
                }
            }
            None => push_split(text, toks, words, lead, &mut out),
        }
    }
    out
}

/// `Alex Rodriguez Suspended for 211 Games`, `Tom Reyes Arrested In
/// Leeds`: a title-case headline's verb in the past after a person's name
/// (a given name, then a word), where no list knows the verb (`Ahmed`,
/// `Reed`, `United` are listed) and the line holds no lower-case word but
/// function words (not `by James Henry Breasted in 1903, praised`): the
/// token of the verb, which ends the name.
fn headline_verb(text: &str, toks: &[Token], s: Segment) -> Option<usize> {
    // (The run's length first: most runs are one or two words.)
    if s.last < s.first + 2 {
        return None;
    }
    let verb = (s.first + 2..=s.last).find(|&k| {
        let w = tok(text, toks, k);
        w.len() >= MIN_HEADLINE_VERB_LEN && w.ends_with("ed") && toks[k].cat == 0 && is_cap(w)
    })?;
    let lx = lexicon();
    let given = lx.is_given(&norm(tok(text, toks, s.first)), false);
    (given && lx.name_bits(&norm(tok(text, toks, verb))) == 0 && super::place_first::title_case_line(text, toks, verb))
        .then_some(verb)
}

/// The shortest headline verb [`headline_verb`] reads (`Freed`): shorter
/// words in `-ed` are names as often (`Ted`, `Ned`).
const MIN_HEADLINE_VERB_LEN: usize = 5;

/// `Marburg virus`, `Lassa fever`, `West Nile virus`, `Kemmel disease`: a
/// name before a disease's noun names the disease, after the place or the
/// person it was first found in or by; it is neither (LABELS.md: what is
/// named after a place is no place).
fn names_a_disease(text: &str, toks: &[Token], s: Segment) -> bool {
    // (The first letter first: this runs for every run, and most are
    // followed by none of the nouns.)
    let w = tok(text, toks, s.last + 1);
    matches!(w.as_bytes().first(), Some(b'd' | b'f' | b's' | b'v')) && DISEASE_NOUNS.contains(&w)
}

/// Nouns a disease's name goes before (`Lassa fever`, `Zika virus`), in
/// lower case.
const DISEASE_NOUNS: [&str; 5] = ["disease", "fever", "syndrome", "virus", "viruses"];

/// `Rosalind Achebe-Marsh | of | Minnesota`, `Tom Reyes | of | Acme Corp`,
/// `Sahra Wagenknecht | of | Die Linke`: a person's name and `of` a place
/// or an organisation are two names. The words before `of` are a person's
/// when they are at least a given name (or any name after a title, or
/// words no list knows before a known place) and a surname and hold no
/// organisation word (not `Sea of Azov`, `Bank of
/// England`, `Chase Bank of Texas`, `Catherine of Aragon`).
fn split_of_place(text: &str, toks: &[Token], s: Segment, lead: Lead) -> (Segment, Option<Segment>) {
    let lx = lexicon();
    let Some(of) = (s.first + 2..s.last).find(|&k| tok_is(text, toks, k, "of")) else { return (s, None) };
    let first = norm(tok(text, toks, s.first));
    let before = Segment { first: s.first, last: of - 1 };
    // `Tom's Republic of Fun`, `Rock and Roll Hall of Fame`, `Eliza
    // Countess of Gaverick`: a possessive, a state form, a landmark noun or
    // a title is no name's.
    let name_words = (s.first..of).all(|k| {
        let w = core(tok(text, toks, k));
        !has_possessive(tok(text, toks, k)) && !is_state_form(w) && !is_landmark_word(w) && !has(toks, k, cat::TITLE)
    });
    // After a title (`Professor Makoto Yoshikawa of Kanagawa University`)
    // the words are a name though the lexicon lacks the given name.
    // So are words no list knows before a known place (`Ding Liren of
    // China`).
    let named = lead == Lead::Title
        || lx.is_given(&first, false) && !lx.is_place(&first)
        || cues::unlisted_words_of_a_place(text, toks, s.first, of);
    let person = named && !has_org_word(toks, before) && name_words;
    if person && toks[of + 1].upper() {
        return (before, Some(Segment { first: of + 1, last: s.last }));
    }
    (s, None)
}

/// Adds candidate `words`, split at its last title (`U.S. President |
/// Donald Trump`), and each person's name before `of` and what it names.
fn push_split(text: &str, toks: &[Token], words: Segment, lead: Lead, out: &mut Vec<Candidate>) {
    let mut push = |words: Segment, lead: Lead| {
        let (words, place) = split_of_place(text, toks, words, lead);
        out.push(Candidate { words, lead });
        if let Some(place) = place {
            out.push(Candidate { words: place, lead: Lead::Plain });
        }
    };
    let Segment { first, last } = words;
    // `Duke of | Cumberland`: a title of a land, no name, and the land.
    if let Some(land) = land_of_title(text, toks, words) {
        out.push(Candidate { words: land, lead: Lead::Plain });
        return;
    }
    // `Secretary of State | Antony Blinken`: a portfolio after a title's
    // `of` is part of the title; the name it announces follows.
    if let Some(Portfolio { title, first: office, name }) = after_portfolio(text, toks, words) {
        if let Some(t) = title.filter(|&t| t > first) {
            push(Segment { first, last: t - 1 }, lead); // `U.S. | Secretary of State`
        }
        push(Segment { first: office, last: name - 1 }, Lead::Plain);
        push(Segment { first: name, last }, Lead::Title);
        return;
    }
    let announces = |k: usize| {
        let w = tok(text, toks, k);
        // `Martin Luther King Jr.`: a title before a generational suffix is
        // the surname.
        let suffix_after = k < last && is_generational(tok(text, toks, k + 1));
        !suffix_after && !TITLES_BEFORE_NAMES_ONLY.iter().any(|t| w.eq_ignore_ascii_case(t))
            || k < last && {
                let next = norm(tok(text, toks, k + 1));
                lexicon().is_given(&next, false) || lexicon().is_surname(&next, false)
            }
    };
    // `Damian King`, `Alexander Pope`, `Home Minister Amit Shah`: a title
    // that is also a surname, ending the run after a given name, is the
    // surname of a two-word name when the given name opens the run (one
    // that is no English word nor a place: not `George Floyd Justice in
    // Policing Act`, `London King's Cross`, `Will Pope`) or follows a
    // title, where any given name will do (`Senator Laura Bishop`, `Sen.
    // Mark King`), and any title, surname or not (`Rep. Tom Judge`: a title
    // after a title's name announces no one there); it announces no one.
    // (The words' bits first: most runs are no such pair, and need no
    // lookup.)
    let surname_at_end = last > first && toks[last - 1].cat == 0 && has(toks, last, cat::TITLE) && {
        // (A title's abbreviation and its period stand before the run:
        // `Sen. | Mark King`.)
        let abbreviated = || last - 1 == first && last >= 3 && tok_is(text, toks, last - 2, ".");
        let titled =
            last - 1 > first && has(toks, last - 2, cat::TITLE) || abbreviated() && has(toks, last - 3, cat::TITLE);
        let (lx, given) = (lexicon(), norm(tok(text, toks, last - 1)));
        let named = || {
            if titled {
                lx.is_given(&given, false)
            } else {
                last - 1 == first && lx.is_given(&given, true) && !lx.is_place(&given)
            }
        };
        named() && (titled || lx.is_surname(&norm(tok(text, toks, last)), false))
    };
    // `lbw b Bishop 12`: a scorecard's player, no title.
    if first == last && super::people::title_surname_in_scorecard(text, toks, first) {
        push(words, lead);
        return;
    }
    let title = (first..=last)
        .rev()
        .find(|&k| has(toks, k, cat::TITLE) && announces(k) && !(k == last && surname_at_end))
        .filter(|&k| !opens_a_place(text, toks, k, last));
    match title.or_else(|| (plural_title(text, toks, first, last) && announces(first)).then_some(first)) {
        Some(t) => {
            // `Kenya Red Cross | Secretary General | Ahmed Idris`: the
            // words before are those before the title's first word.
            let mut start = t;
            while start > first
                && (has(toks, start - 1, cat::TITLE)
                    || with_lower(tok(text, toks, start - 1), |w| OFFICE_QUALIFIERS.contains(&w)))
            {
                start -= 1;
            }
            if start > first {
                push(Segment { first, last: start - 1 }, lead);
            }
            if t < last {
                push(Segment { first: t + 1, last }, Lead::Title);
            }
        }
        None => push(words, lead),
    }
}

/// Words that make a court's or a legislature's office of the title after
/// them (`U.S. | District Judge | Timothy Black`, `Ohio | State Senator |
/// Ana Lima`): the title's, not a place's (`District` is a place's noun).
/// No title (`Magistrate Judge`: the loop takes the titles' bit first).
const OFFICE_QUALIFIERS: [&str; 4] = ["appeals", "circuit", "district", "state"];

/// Titles held of a land, which `of` names (`Duke of Cumberland`,
/// `Countess of Lennox`); not those that name no land as often (`King of
/// Pop`, `Prince of Darkness`).
const TERRITORIAL_TITLES: [&str; 10] =
    ["archbishop", "baron", "bishop", "countess", "duchess", "duke", "earl", "emir", "marquess", "viscount"];

/// `Duke of Cumberland`, `Earl of Strathearn`: a run that is a title of a
/// land, `of` and capitalised words; the words after `of`, the land (a
/// place by the context cue `Duke of X`, or the gazetteer), known or not.
fn land_of_title(text: &str, toks: &[Token], s: Segment) -> Option<Segment> {
    // `of` second first: most runs have none there.
    let of_land = s.last >= s.first + 2
        && tok_is(text, toks, s.first + 1, "of")
        && (s.first + 2..=s.last).all(|k| toks[k].upper())
        && TERRITORIAL_TITLES.iter().any(|t| t.eq_ignore_ascii_case(tok(text, toks, s.first)));
    of_land.then_some(Segment { first: s.first + 2, last: s.last })
}

/// The longest a title's abbreviation is, in letters (`DR`, `GEN`).
const MAX_TITLE_ABBREVIATION: usize = 3;

/// `DR Congo`: a title's abbreviation in capitals, before a word in mixed
/// case (so not an all-caps line's `DR. SMITH`), that opens a place the
/// gazetteer knows with that word, is the place's first word, no title.
/// (The token's own form first: most titles are written otherwise, and
/// need no lookup.)
fn opens_a_place(text: &str, toks: &[Token], k: usize, last: usize) -> bool {
    let w = tok(text, toks, k);
    k < last
        && w.len() <= MAX_TITLE_ABBREVIATION
        && is_all_caps(w)
        && !is_all_caps(tok(text, toks, k + 1))
        && lexicon().is_place(&norm(phrase(text, toks, k, k + 1)))
}

/// `Justices | Sonia Sotomayor and …`, `Senators | Tom Reyes and …`: a
/// title's plural opening a run, before a given name, announces a list of
/// its holders. (The plain `s` only: `Bosses`, `Ladies` are no one's
/// titles here.)
fn plural_title(text: &str, toks: &[Token], k: usize, last: usize) -> bool {
    let w = tok(text, toks, k);
    k < last
        && w.len() > 2
        && w.ends_with('s')
        && !w.ends_with("ss")
        && lexicon::is_title(&w[..w.len() - 1])
        && lexicon().is_given(&norm(tok(text, toks, k + 1)), false)
}

/// How many tokens back from a portfolio its title may be (`Secretary
/// of State for Health`): one office's name, not a clause.
const PORTFOLIO_BACK: usize = 6;

/// A title's office and the name after it, in a run (token indices).
struct Portfolio {
    /// The title word, when the run holds it (`Secretary` in `Secretary of
    /// State Antony Blinken`); `None` when it comes before the run.
    title: Option<usize>,
    /// The office's first word (`State`).
    first: usize,
    /// The name's first word (`Antony`).
    name: usize,
}

/// `Secretary of State Antony Blinken`, `Minister of Finance Nirmala
/// Sitharaman`, `Secretary of State for Health Wes Streeting`, `Speaker of
/// the House Nina Patel`: a title, `of` or `for` (maybe with `the`), an
/// office, then the name of the one who holds it (from its first given
/// name, else a last word that is a surname, else two last words no
/// lexicon knows), in run `words` or with the
/// title before it. An office of two fields goes on after `and`
/// (`Secretary of Health and | Human Services Robert Kennedy`), and after
/// a list's commas (`Minister for Culture, Community and | Youth Edwin
/// Tong`), unless a given name opens the run after it (`the Minister of
/// Finance and | Ahmed Ali`: a second person) or stands between the commas
/// (`the Minister for Culture, Ana Lima and | Zorabel Okafor`).
fn after_portfolio(text: &str, toks: &[Token], words: Segment) -> Option<Portfolio> {
    let Segment { first, last } = words;
    let joins = |k: usize| matches!(tok_bytes(text, toks, k), b"of" | b"for");
    let the = |k: usize| tok_bytes(text, toks, k) == b"the";
    let lx = lexicon();
    // `of` or `of the` right before the run (`Speaker of the | House …`),
    // or `and` after an office's first field (`… of Health and | Human …`).
    let joined_before = first >= 2 && (joins(first - 1) || the(first - 1) && first >= 3 && joins(first - 2));
    let and_before = first >= 2 && tok_bytes(text, toks, first - 1) == b"and";
    // The title inside the run (`Secretary of State …`), else before it.
    let (title, office) = match (first..last.saturating_sub(2)).find(|&t| has(toks, t, cat::TITLE) && joins(t + 1)) {
        Some(t) => (Some(t), t + 2),
        None if joined_before || and_before => {
            // After `and`, the title's own `of` or `for` must come before
            // (`President and | Chief Executive …` holds no office's field),
            // maybe across a list's commas (`Minister for Culture, Community
            // and | Youth Edwin Tong`). (The tokens' bits before the lexicon:
            // most runs after `and` follow no office.)
            let comma = |k: usize| and_before && tok_bytes(text, toks, k) == b",";
            let from = first.saturating_sub(2 + PORTFOLIO_BACK);
            let title_at = (from..first - 1)
                .rev()
                .take_while(|&k| joins(k) || the(k) || toks[k].upper() || comma(k))
                .find(|&k| has(toks, k, cat::TITLE) && (!and_before || joins(k + 1)));
            // Across a comma, no given name: a list of people after the
            // office (`Minister for Culture, Ana Lima and | Zorabel Okafor`).
            let listed = title_at.is_some_and(|t| {
                (t + 1..first - 1).any(comma)
                    && (t + 1..first - 1).any(|k| toks[k].upper() && lx.is_given(&norm(tok(text, toks, k)), true))
            });
            if title_at.is_none() || listed || !joined_before && opens_with_a_name(text, toks, words) {
                return None;
            }
            (None, first)
        }
        None => return None,
    };
    // Else two words no lexicon or list knows end the run after an office
    // of one word or more, where the clause goes on in lower case
    // (`Director of National Intelligence | Tulsi Gabbard said`): a name no
    // lexicon has; not an office's own last words, which end a phrase or
    // go on to another field (`Secretary of the Department of Public
    // Safety,`, `Professor of East Asian Studies and Music`).
    let unknown = |k: usize| {
        let w = tok(text, toks, k);
        toks[k].cat == 0 && !is_all_caps(w) && lx.name_bits(&norm(w)) == 0
    };
    let clause_after = || {
        let w = tok_bytes(text, toks, last + 1);
        w.first().is_some_and(u8::is_ascii_lowercase) && !matches!(w, b"and" | b"or" | b"of" | b"for")
    };
    let name = (office + 1..last)
        .find(|&k| lx.is_given(&norm(tok(text, toks, k)), false))
        .or_else(|| (last > office && lx.is_surname(&norm(tok(text, toks, last)), true)).then_some(last))
        .or_else(|| (last >= office + 2 && unknown(last - 1) && unknown(last) && clause_after()).then_some(last - 1))?;
    Some(Portfolio { title, first: office, name })
}

/// Run `s` opens with a person's name: a given name (one that is a common
/// word too only before a surname, `Tom Reyes`; not `Urban Development`).
fn opens_with_a_name(text: &str, toks: &[Token], s: Segment) -> bool {
    let lx = lexicon();
    let given = norm(tok(text, toks, s.first));
    lx.is_given(&given, true)
        || lx.is_given(&given, false) && s.last > s.first && lx.is_surname(&norm(tok(text, toks, s.first + 1)), false)
}

/// The run without a byline's desk and without the function words that
/// open its sentence; whether it is a byline (`By X`). `None` when nothing
/// is left.
fn trim(text: &str, toks: &[Token], run: Segment) -> Option<(Segment, bool)> {
    let Segment { mut first, mut last } = run;
    // A byline's desk: `Amelia Thornton-Reyes Science correspondent`.
    if last > first + 1 && BYLINE_DESKS.contains(&tok(text, toks, last + 1)) {
        last -= 1;
    }
    let mut byline = false;
    // Sentence-initial function words: `The`, `Despite`, `By`; openers
    // (`Hi`, `Near`), and participles (`Using`) before more of the run.
    while first <= last && sentence_initial_in_run(text, toks, first, run.first) {
        let w = tok(text, toks, first);
        // (A plural noun opens a sentence, not a title's period: `Dr. Deters`.)
        let titled = || first >= 1 && abbreviation_period(text, toks, first - 1);
        // (The token's bits first: most words so opening are function words.)
        let opener = || {
            is_opener(w) || first < last && is_participle(w) || run.first == run.last && is_plural_noun(w) && !titled()
        };
        if !(has(toks, first, cat::STOP | cat::WEEKDAY) || opener()) {
            break;
        }
        byline |= w == "By" && first == run.first && toks[first].newline_before() || (w == "By" && first == 0);
        first += 1;
    }
    // `Residents of | Gaza City`, `Officials of | Ukraine`, `Widow of | Tom
    // Reyes`: a plural noun or a kin noun opening the sentence before `of`
    // is whose or what, no part of a name.
    if first == run.first
        && first + 2 <= last
        && tok(text, toks, first + 1) == "of"
        && sentence_initial(text, toks, first)
        && (is_plural_noun(tok(text, toks, first)) || with_lower(tok(text, toks, first), is_kin_noun))
    {
        first += 2;
    }
    // (Three words at least, asked first: most runs are shorter.)
    if last >= first + 2 {
        if let Some(name) = after_bearing_of(text, toks, first, last) {
            first = name;
        }
    }
    // (Only a run's own first word: after a dropped `The` the next one is a
    // name's, `The White House`.)
    if first == run.first && first < last && common_word_opening(text, toks, first, last) {
        first += 1;
    }
    // A nationality before a name stays out: `Frenchman | Didier Moreau`,
    // `Venezuelan | Rubén Castellanos` (not `Indian Ocean`).
    // (Not a given name so ending: `Gillian`, `Jean`, `Dorian`.)
    // (The token's list bits are those of `w`.)
    let demonym = |k: usize, w: &str| {
        w.len() > 4 && is_demonym_or_listed(w, || has(toks, k, cat::DEMONYM)) && !lexicon().is_given(w, false)
    };
    if first < last && toks[first + 1].upper() && demonym(first, core(tok(text, toks, first))) {
        if name_after_demonym(text, toks, first, first, last) {
            first += 1;
        }
    } else if first + 2 <= last
        && (has(toks, first, cat::DEMONYM) || toks[first].cat == 0 && nation_noun_before_name(text, toks, first))
        && listed_demonym_before_name(text, toks, first)
        || first == run.first && first + 2 <= last && office_word_after_and(text, toks, first)
    {
        first += 1;
    } else if last >= first + 3
        && two_word_demonym(text, toks, first)
        && name_after_demonym(text, toks, first, first + 1, last)
    {
        first += 2;
    }
    if last >= first + 2 && descriptor_before_name(text, toks, first, last) {
        first += 1;
    }
    (first <= last).then_some((Segment { first, last }, byline))
}

/// The tokens `first` to `d` are a nationality word or two (`American`,
/// `South African`) before a name that opens at `d + 1` and runs to
/// `last`: a given name that is also a common word (`Tom`, `Mike`) counts
/// before a surname (`American Mike Johnson`), not alone (`English Rose`)
/// or before another word (`Spanish Golden Age`); one that is no surname
/// or place too (`Peter`, `Will`) counts before one word no lexicon or list
/// knows (`American Peter Sampras`). Not when the whole run is a place.
fn name_after_demonym(text: &str, toks: &[Token], first: usize, d: usize, last: usize) -> bool {
    let lx = lexicon();
    let rest = norm(tok(text, toks, d + 1));
    let given = lx.is_given(&rest, true)
        || last > d + 1 && {
            let next = norm(tok(text, toks, d + 2));
            lx.is_given(&rest, false) && lx.is_surname(&next, false)
                || last == d + 2
                    && !determiner_before(text, toks, first)
                    && given_word_before_unknown(text, toks, &rest, d + 2, &next)
        };
    given && !lx.is_place(&norm(phrase(text, toks, first, last)))
}

/// `South African | Corrie Sanders`, `Sri Lankan | Aravinda de Silva`,
/// `Costa Rican | Paulo Wanchope`: tokens `first` and `first + 1` read
/// together as one nationality word, a land's two-word name plus `n`
/// ([`is_land`]), before two capitalised words. Not a word before a name
/// so ending (`General Jean | Lamarque`), nor a demonym after a word that
/// makes no land with it (`Latin American`).
fn two_word_demonym(text: &str, toks: &[Token], first: usize) -> bool {
    toks[first + 1].upper()
        && toks[first + 2].upper()
        && toks[first + 3].upper()
        && phrase(text, toks, first, first + 1).strip_suffix('n').is_some_and(is_land)
}

/// The most words of a bearing before `of` ([`after_bearing_of`]: `South
/// East`).
const BEARING_WORDS: usize = 2;

/// `Northeast of | Temescal`, `South East of | Deccan Plateau`,
/// `North-west of | Kittleby`: a bearing of one or two compass words
/// opening the candidate before `of` and a capitalised word says where the
/// name after it lies, and is no part of it (LABELS.md: the span is the
/// place alone): the token of the name. Not a run whose whole is a known
/// place, nor before a given name that is no place (`East of Eden`, a
/// title).
// (Kept out of `trim`, which every run goes through: inlined there it
// cost 0.8M instructions per 20 copies of the articles.)
#[inline(never)]
fn after_bearing_of(text: &str, toks: &[Token], first: usize, last: usize) -> Option<usize> {
    // (The first letter first: most runs open with no compass word.)
    if !matches!(tok_bytes(text, toks, first).first(), Some(b'N' | b'S' | b'E' | b'W')) {
        return None;
    }
    let compass = |k: usize| with_lower(tok(text, toks, k), |w| w.split('-').all(|p| COMPASS_PREFIXES.contains(&p)));
    let of = (first + 1..=(first + BEARING_WORDS).min(last)).find(|&k| tok_is(text, toks, k, OF))?;
    let name = of + 1;
    let lx = lexicon();
    let given = || {
        let w = norm(tok(text, toks, name));
        lx.is_given(&w, false) && !lx.is_place(&w)
    };
    (name <= last
        && toks[name].upper()
        && (first..of).all(compass)
        && !given()
        && !lx.is_place(phrase(text, toks, first, last)))
    .then_some(name)
}

/// `Office of Management and | Budget | Russ Vought`: token `first`, a
/// word no list knows and no name, after `of`, a capitalised word and
/// `and`, ends the name of an office before a full name
/// ([`listed_demonym_before_name`]'s test); not a surname (`Smith and |
/// Jones`), nor a title after a name (`Prince William and | Duchess Kate`).
fn office_word_after_and(text: &str, toks: &[Token], first: usize) -> bool {
    first >= 3
        && toks[first].cat == 0
        && tok(text, toks, first - 1) == AND
        && toks[first - 2].upper()
        && tok(text, toks, first - 3) == OF
        && lexicon().name_bits(&norm(tok(text, toks, first))) == 0
        && listed_demonym_before_name(text, toks, first)
}

/// The words around the last capitalised word of an office's name
/// (`Office of Management and Budget`).
const OF: &str = "of";
const AND: &str = "and";

/// Token `first`, a word no list knows, is a nationality noun
/// ([`nation_noun`]) before two capitalised words (asked of those first:
/// most runs' first words are none).
fn nation_noun_before_name(text: &str, toks: &[Token], first: usize) -> bool {
    toks[first + 1].upper() && toks[first + 2].upper() && nation_noun(tok(text, toks, first))
}

/// `Dane | Bjarne Riis`, `Serb | Goran Ivanisevic`, `Pole | Adam Malysz`:
/// a listed demonym too short for the test above or a given name too
/// (`Dane Cook`), or a nationality noun no list knows
/// ([`nation_noun`]), stays out of the name after it: a given name that
/// is no word, or one that is (and no place) before a surname or a word
/// no lexicon knows. The caller
/// asks for three words (`Dane Cook` stays whole).
fn listed_demonym_before_name(text: &str, toks: &[Token], first: usize) -> bool {
    let lx = lexicon();
    let (given, next) = (norm(tok(text, toks, first + 1)), norm(tok(text, toks, first + 2)));
    let unknown = |k: usize, w: &str| toks[k].cat == 0 && !is_all_caps(w) && lx.name_bits(w) == 0;
    toks[first + 1].upper()
        && toks[first + 2].upper()
        && (lx.is_given(&given, true)
            || lx.is_given(&given, false)
                && !lx.is_place(&given)
                && (lx.is_surname(&next, false) || unknown(first + 2, &next)))
}

/// `American | Peter Sampras`, `Briton | Will Fenwick`: `given`, a given
/// name whose other reading is only a common word (no surname, no place:
/// not `Golden` in `Spanish Golden Age`), before token `k` (`next`, its
/// normal form), a plain capitalised word that no lexicon or list knows:
/// the surname of a name no lexicon has. (The caller turns away a run
/// after a determiner, which names a kind: `a Norwegian Forest Cat`;
/// [`determiner_before`].)
fn given_word_before_unknown(text: &str, toks: &[Token], given: &str, k: usize, next: &str) -> bool {
    toks[k].cat == 0
        && !is_all_caps(tok(text, toks, k))
        && lexicon().name_bits(given) == name_bit::GIVEN_WORD
        && lexicon().name_bits(next) == 0
}

/// The words that open a place's or a club's name (`Fort`, `North`,
/// `New`, `Dynamo`), which [`common_word_opening`] leaves in the run.
const PLACE_AND_CLUB_OPENERS: [&[&str]; 6] = [
    &FEATURE_PREFIXES,
    &FEATURE_PREFIXES_BEFORE_PARTICLE,
    &COMPASS_PREFIXES,
    &REGION_PREFIXES,
    &COMPANY_PREFIXES,
    &CLUB_PREFIXES,
];

/// `Watch | Alex Salmond`, `Did | Ed Miliband`, `Sometimes | Dick`: token
/// `first`, opening its sentence before a given name, is a common word (an
/// imperative, an auxiliary, an adverb), no part of the name, when no list
/// or lexicon knows it and the text writes it in lower case elsewhere (not
/// a first name no lexicon knows: `Zaha Mohammad Hadid`).
fn common_word_opening(text: &str, toks: &[Token], first: usize, last: usize) -> bool {
    // The token's bits and where it stands first: most runs open with a
    // listed word or inside a sentence.
    if toks[first].cat != 0 || !sentence_initial(text, toks, first) {
        return false;
    }
    let w = tok(text, toks, first);
    if is_all_caps(w) || !w.is_ascii() {
        return false;
    }
    let lx = lexicon();
    if !lx.is_given(&norm(tok(text, toks, first + 1)), false) || lx.name_bits(w) != 0 {
        return false;
    }
    // `Fort Lee`, `New York`, `Fantastic Nova Scotia Cottage`: a place's
    // name opening at either word.
    let place_from = |a: usize| (a + 1..=last).any(|b| lx.is_place(&norm(phrase(text, toks, a, b))));
    if place_from(first) || place_from(first + 1) {
        return false;
    }
    let lower = w.to_ascii_lowercase();
    // `Fort Lee`, `North Shields`, `Dynamo Kiev`: a word that opens a
    // place's or a club's name, known or not.
    if PLACE_AND_CLUB_OPENERS.iter().any(|list| list.contains(&lower.as_str())) {
        return false;
    }
    written_in_lower_case(text, toks[first].start(), &lower)
}

/// The endings of a noun for what someone does (`Actor`, `Songwriter`,
/// `Journalist`, `Triathlete`, `Descendant`, `President`).
const AGENT_NOUN_ENDINGS: [&str; 6] = ["er", "or", "ist", "ete", "ant", "ent"];

/// The endings of a noun for what someone is to others (`Classmate`,
/// `Rookie`, `Veteran`, `Compatriot`, `Countryman`; `teammate` is a title,
/// `TITLES`, in any case and place): only a descriptor where it opens a
/// sentence, as names end so too (`Badran`, `Ronnie`).
const STANDING_NOUN_ENDINGS: [&str; 5] = ["mate", "ie", "ran", "iot", "man"];

/// The shortest such noun: shorter words so ending are given names as
/// often (`Amer`, `Omar`).
const MIN_AGENT_NOUN: usize = 5;

/// `Actor | Richard Attenborough`, `Songwriter | Gerry Goffin`: a noun for
/// what someone does ([`AGENT_NOUN_ENDINGS`]) that no lexicon or list
/// knows, before a given name that is no English word and one or more
/// plain capitalised words, is a descriptor, no part of the name (as a
/// nationality is, above). Not a given name no lexicon knows (`Mohsin |
/// Kamal Butt` stays whole), nor before a place (`São Félix do Xingu`).
fn descriptor_before_name(text: &str, toks: &[Token], first: usize, last: usize) -> bool {
    let lx = lexicon();
    let plain = |k: usize| toks[k].cat == 0 && !is_all_caps(core(tok(text, toks, k)));
    agent_noun(text, toks, first)
        && given_name_after_descriptor(text, toks, first, last)
        && (first + 1..=last).all(plain)
        && !lx.is_place(&norm(phrase(text, toks, first + 1, last)))
}

/// Token `k` is a capitalised noun for what someone does
/// ([`AGENT_NOUN_ENDINGS`]: `Actor`, `Coroner`, `Administrator`), or one
/// opening its sentence for what someone is to others
/// ([`STANDING_NOUN_ENDINGS`]: `Classmate`), that no list or lexicon knows
/// but as a surname that is also a word (`Farmer`).
pub(super) fn agent_noun(text: &str, toks: &[Token], k: usize) -> bool {
    let w = core(tok(text, toks, k));
    let standing = || STANDING_NOUN_ENDINGS.iter().any(|e| w.ends_with(e)) && sentence_initial(text, toks, k);
    w.len() >= MIN_AGENT_NOUN
        && (AGENT_NOUN_ENDINGS.iter().any(|e| w.ends_with(e)) || standing())
        && toks[k].cat == 0
        && !is_all_caps(w)
        && w.chars().all(char::is_alphabetic)
        && lexicon().name_bits(&norm(w)) & !name_bit::SURNAME_WORD == 0
}

/// The name after a descriptor opens with a given name: one that is no
/// English word and no place (`Actor | Richard Attenborough`), one that
/// is (`Mary`, `Joe`) when a surname follows it (`Gardener | Mary Smith`,
/// `Farmer | Joe Brown`), or one no lexicon knows before a surname that
/// is no word (`Sprinter | Linford Christie`).
fn given_name_after_descriptor(text: &str, toks: &[Token], first: usize, last: usize) -> bool {
    let lx = lexicon();
    let given = lx.name_bits(&norm(tok(text, toks, first + 1)));
    if given & (name_bit::GIVEN | name_bit::PLACE | name_bit::WORD_PLACE) == name_bit::GIVEN {
        return true;
    }
    let surname = || {
        first + 2 <= last
            && lx.name_bits(&norm(tok(text, toks, first + 2))) & (name_bit::SURNAME | name_bit::SURNAME_WORD) != 0
    };
    // `Sprinter | Linford Christie`: a given name no lexicon knows before
    // a surname that is no word.
    let unknown = given == 0 && toks[first + 1].cat == 0;
    given & (name_bit::GIVEN | name_bit::GIVEN_WORD) != 0 && given & name_bit::PLACE == 0 && surname()
        || unknown && first + 2 <= last && lx.is_surname(&norm(tok(text, toks, first + 2)), true)
}

/// The shortest participle read as a sentence's opener (`Using`): shorter
/// words in `-ing` are names (`Ming`, `Ewing`, `Bing`).
const MIN_PARTICIPLE: usize = 6;

/// The lengths of the [`SENTENCE_OPENERS`] (`like` .. `outside`): a word
/// of another length is none, without lower-casing it.
const MIN_OPENER: usize = 4;
const MAX_OPENER: usize = 7;

/// `Near`, `Like`: a sentence opener that is no function word
/// elsewhere ([`SENTENCE_OPENERS`]).
fn is_opener(w: &str) -> bool {
    if !(MIN_OPENER..=MAX_OPENER).contains(&w.len()) {
        return false;
    }
    let mut buf = [0u8; 32];
    ascii_lower(w, &mut buf).is_some_and(|l| SENTENCE_OPENERS.contains(&l))
}

/// The shortest plural noun read as a sentence's opener (`Critics`):
/// shorter words are names as often (`Ants`, `Akers`).
const MIN_PLURAL: usize = 6;

/// `Officials said`, `Critics argue`, `Prosecutors told`: a lone word
/// opening its sentence with a common plural ending
/// ([`PLURAL_NOUN_ENDINGS`]) that no lexicon names (not `Sanders`,
/// `Peters`, `Williams`) is a plural noun, no name; so is a noun for the
/// unnamed speakers of news in any ending (`Analysts said`, `Sources
/// said`: the speakers' [`UNNAMED_SPEAKERS`]).
fn is_plural_noun(w: &str) -> bool {
    let plural = || w.len() >= MIN_PLURAL && PLURAL_NOUN_ENDINGS.iter().any(|e| w.ends_with(e));
    // (Only a plural in `-s`, `Analysts`, `Sources`: the list is read
    // word by word, and most words opening a sentence end otherwise.)
    let unnamed = || w.ends_with('s') && with_lower(w, |l| UNNAMED_SPEAKERS.binary_search(&l).is_ok());
    (plural() || unnamed()) && !is_all_caps(w) && lexicon().name_bits(&norm(w)) == 0
}

/// `Using Alvarez's antenna`, `Visiting Paris`: a word in `-ing` that no
/// lexicon names (not `Reading`, `Kipling`, `Fleming`) opens the sentence.
fn is_participle(w: &str) -> bool {
    w.len() >= MIN_PARTICIPLE && w.ends_with("ing") && lexicon().name_bits(&norm(w)) == 0
}

/// Like [`sentence_initial`], also true inside a run right after a dropped
/// opener (`The White House`).
fn sentence_initial_in_run(text: &str, toks: &[Token], i: usize, run_first: usize) -> bool {
    i > run_first || sentence_initial(text, toks, i)
}
