//! Pass 3, classify: each candidate becomes a PERSON, a PLACE, nothing, or
//! stays open for the context and coreference passes.
//!
//! A titled candidate (`President | Donald Trump`) is a person unless it is
//! an institution, a bracketed given name, function words or a title still
//! (`Prime | Minister-designate`); one ending in a landmark noun no one is
//! called is a place (`King | Baudouin Stadium`). A plain one
//! goes through the rules of the [`rules!`] list in order; the first rule
//! that gives a [`Verdict`] decides. When none does, the gazetteer splits it: known places, longest
//! first, are places and the words between them stay open
//! ([`super::gazetteer`]).
//!
//! New rules go in that list (see `rules.rs`), at the place in the order
//! where they should win. The learned classifier ([`super::learned`]) is
//! the last of them: a rule like the others, returning `None` when it is
//! not confident.

use std::borrow::Cow;
use std::cell::OnceCell;

use annotator_schema::Label;

use super::article::{Article, Text};
use super::candidates::{self, Candidate, Lead};
use super::companies;
use super::epithets;
use super::fields;
use super::gazetteer;
use super::learned;
use super::mention::{Mention, Segment};
use super::minutes;
use super::object;
use super::people;
use super::place_first;
use super::racecard;
use super::rules::{self, Cx, Verdict};
use super::scoring;
use super::teams::Teams;
use super::town_slots;
use super::words::{has_org_word, is_demonym, norm, phrase, push, tok, tok_bytes, tok_is};
use crate::lexicon::name_words::{is_listed_surname_landmark, TITLES_BEFORE_NAMES_ONLY};
use crate::lexicon::{self, cat, core, lexicon, name_bit, with_lower};
use crate::tokens::{has, Token};

/// Declares the rules for a plain candidate, in order (the first verdict
/// wins), each with the fewest words of a candidate it can decide, as two
/// things made from the one list: [`first_verdict`], which calls them one
/// after another, and, for training and the tests, `RULES`, each rule with
/// its name and fewest words. Called directly (not through a table's
/// pointers, once per rule and candidate), a rule's quick test is
/// compiled into the driver, and most candidates are done with by such
/// tests; a rule of several words is not called for one word, most
/// candidates (`rules_never_decide_fewer_words_than_they_say` holds each
/// to its count).
macro_rules! rules {
    ($(($name:expr, $rule:path, $fewest:expr),)*) => {
        /// The rules for a plain candidate, in order, each named, with the
        /// fewest words it decides.
        #[cfg(any(test, feature = "train"))]
        pub(super) const RULES: &[(&str, super::rules::Rule, usize)] = &[$(($name, $rule, $fewest)),*];

        /// The verdict of the first rule that gives one.
        fn first_verdict(cx: &Cx) -> Option<Verdict> {
            $(
                if cx.n >= $fewest {
                    if let Some(v) = $rule(cx) {
                        return Some(v);
                    }
                }
            )*
            None
        }
    };
}

rules! {
    ("team", rules::team, 1),
    ("era", rules::era, 1),
    ("epithet", epithets::epithet, 2),
    ("org_prefix", rules::org_prefix, 2),
    ("team_nickname", rules::team_nickname, 2),
    ("institution", rules::institution, 1),
    ("organisation_noun_before", rules::organisation_noun_before, 1),
    ("company_context", companies::company_context, 1),
    ("racecard", racecard::racecard, 1),
    ("state_of", rules::state_of, 3),
    ("county_prefix", rules::county_prefix, 2),
    ("feature_prefix", rules::feature_prefix, 2),
    ("compass_prefix", rules::compass_prefix, 2),
    ("adjective_before_a_land", rules::adjective_before_a_land, 2),
    ("league_group", rules::league_group, 2),
    ("landmark", rules::landmark, 2),
    ("bracketed_given_name", rules::bracketed_given_name, 1),
    ("lower_case_landmark_after", rules::lower_case_landmark_after, 1),
    ("near_before", rules::near_before, 1),
    ("title_abbreviation_before", people::title_abbreviation_before, 1),
    ("initials_and_surname", people::initials_and_surname, 2),
    ("arabic_name_opening", people::arabic_name_opening, 2),
    ("list_slot", people::list_slot, 1),
    ("bracketed_scorer", minutes::bracketed_scorer, 1),
    ("caps_headline_surname", rules::caps_headline_surname, 2),
    ("market_index_after", rules::market_index_after, 1),
    ("model_code", rules::model_code, 2),
    ("regnal_numeral", rules::regnal_numeral, 2),
    ("place_noun_of_before", rules::place_noun_of_before, 1),
    ("town_before_region", rules::town_before_region, 1),
    ("known_company", rules::known_company, 1),
    ("given_name_and_surname", rules::given_name_and_surname, 2),
    ("surname_first_name", people::surname_first_name, 2),
    ("place_possessive_before", people::place_possessive_before, 2),
    ("role_before", rules::role_before, 1),
    ("name_in_person_slot", people::name_in_person_slot, 1),
    ("name_in_person_only_slot", people::name_in_person_only_slot, 1),
    ("byline", rules::byline, 1),
    ("unknown_words_in_person_context", rules::unknown_words_in_person_context, 2),
    ("role_after", people::role_after, 1),
    ("verb_before", rules::verb_before, 1),
    ("object_slot", object::object_slot, 1),
    ("scoring_slot", scoring::scoring_slot, 1),
    ("word_before_place", rules::word_before_place, 2),
    ("place_before_words", place_first::place_before_words, 2),
    ("unknown_given_and_surname", people::unknown_given_and_surname, 2),
    ("possessor_of_a_place", town_slots::possessor_of_a_place, 1),
    ("field_after_in", fields::field_after_in, 1),
    ("possessor_of_a_full_name", people::possessor_of_a_full_name, 1),
    (LEARNED, learned::learned, 1),
}

/// The name of the learned rule in `RULES`: training collects the
/// candidates that reach it.
#[cfg(any(test, feature = "train"))]
const LEARNED: &str = "learned";

/// What the classify pass gives: the mentions it decided, and the segments
/// it left open, in text order.
pub(super) struct Classified<'t> {
    pub(super) mentions: Vec<Mention>,
    pub(super) open: Vec<Segment>,
    /// The names an organisation verdict gave, for [`super::org_names`].
    pub(super) organisations: Vec<&'t str>,
}

/// Classifies every candidate, in order.
pub(super) fn classify<'t>(text: &'t str, toks: &[Token], candidates: &[Candidate], teams: &Teams) -> Classified<'t> {
    let mut out = Classified { mentions: Vec::new(), open: Vec::new(), organisations: Vec::new() };
    let article = Article::new(text, toks, candidates);
    for (i, c) in candidates.iter().enumerate() {
        let s = c.words;
        if c.lead == Lead::Title {
            if let Some(last) = rules::caps_name_before_verb(text, toks, &article, s, s.first) {
                person(text, toks, Segment { first: s.first, last }, &mut out.mentions);
                split_rest(text, toks, s, last, teams, &mut out);
            } else if titled_facility(text, toks, s) {
                push(text, toks, s.first, s.last, Label::Place, &mut out.mentions);
            } else if caps_no_name_after_title(text, toks, &article, s) {
                gazetteer::split(text, toks, s, teams, None, &mut out.mentions, &mut out.open);
            } else if titled_person(text, toks, s) {
                person(text, toks, s, &mut out.mentions);
            } else if !toks[s.first].upper() {
                // The office's places (`Minister | of Foreign Affairs of Iraq`).
                gazetteer::split(text, toks, s, teams, None, &mut out.mentions, &mut out.open);
            }
            continue;
        }
        let cx = context(text, toks, teams, &article, c, article.whole(i));
        match first_verdict(&cx) {
            Some(Verdict::Neither) => {}
            Some(Verdict::Organisation) => out.organisations.push(phrase(text, toks, s.first, s.last)),
            Some(Verdict::Person) if demonym_before_a_place(text, toks, s) => {
                push(text, toks, s.first, s.last, Label::Place, &mut out.mentions);
            }
            Some(Verdict::Person) => person(text, toks, without_title(text, toks, s), &mut out.mentions),
            Some(Verdict::Place) => push(text, toks, s.first, s.last, Label::Place, &mut out.mentions),
            Some(Verdict::PlaceTo(last)) => {
                push(text, toks, s.first, last, Label::Place, &mut out.mentions);
                split_rest(text, toks, s, last, teams, &mut out);
            }
            Some(Verdict::PersonTo(last)) => {
                person(text, toks, Segment { first: s.first, last }, &mut out.mentions);
                split_rest(text, toks, s, last, teams, &mut out);
            }
            None | Some(Verdict::Open) => {
                if let Some(k) = name_after_descriptor(text, toks, teams, &article, s) {
                    let before = Segment { first: s.first, last: k - 1 };
                    gazetteer::split(text, toks, before, teams, None, &mut out.mentions, &mut out.open);
                    person(text, toks, Segment { first: k, last: s.last }, &mut out.mentions);
                    continue;
                }
                let (places, opened) = (out.mentions.len(), out.open.len());
                let whole = gazetteer::Whole { text: cx.whole, norm: &cx.whole_norm, place: cx.whole_place_kind() };
                gazetteer::split(text, toks, s, teams, Some(whole), &mut out.mentions, &mut out.open);
                if out.mentions.len() > places {
                    people_beside_places(text, toks, teams, &article, opened, &mut out);
                }
            }
        }
    }
    out
}

/// A candidate `s` whose name ends at token `last`, inside it: the words
/// after go to the gazetteer and stay open (`PAKISTAN | BEAT ENGLAND`,
/// `NORMAN | BEATS FALDO`).
fn split_rest(text: &str, toks: &[Token], s: Segment, last: usize, teams: &Teams, out: &mut Classified) {
    if last < s.last {
        let rest = Segment { first: last + 1, last: s.last };
        gazetteer::split(text, toks, rest, teams, None, &mut out.mentions, &mut out.open);
    }
}

/// `Minister for the Middle East Tobias Ellwood`, `the Netherlands Lotte
/// Wilms`: a run the gazetteer split holds a known place and, beside it,
/// words left open from `opened` on; those of them that are a full name by
/// [`rules::given_name_and_surname`] (a given name and surnames) are a
/// person, when the given name is no English word too (not `the Perth
/// Glory Home games`, `Cannes Golden Palm`). A place's other words stay
/// open (`New York Mets`: one word).
fn people_beside_places(
    text: &str,
    toks: &[Token],
    teams: &Teams,
    article: &Article,
    opened: usize,
    out: &mut Classified,
) {
    let mut k = opened;
    while k < out.open.len() {
        let words = out.open[k];
        let c = Candidate { words, lead: Lead::Plain };
        let given = lexicon().is_given(&norm(tok(text, toks, words.first)), true);
        if given
            && rules::given_name_and_surname(&context(text, toks, teams, article, &c, None)) == Some(Verdict::Person)
        {
            out.open.remove(k);
            person(text, toks, words, &mut out.mentions);
        } else {
            k += 1;
        }
    }
}

/// `County Coroner | William McLaughlin`, `Hall of Famer | Tony Gwynn`,
/// `former Taoiseach | Albert Reynolds`: a run no rule decided that ends
/// in a full name by [`rules::given_name_and_surname`], opened by a given
/// name that is no place, is that person when a description of its holder
/// stands right before the name: a noun for what someone does
/// ([`candidates::agent_noun`]), or one word after `former`. The token the
/// name opens at; the words before it are the gazetteer's.
fn name_after_descriptor(text: &str, toks: &[Token], teams: &Teams, article: &Article, s: Segment) -> Option<usize> {
    // (Most runs that reach the gazetteer are of one or two words.)
    if s.last < s.first + 2 {
        return None;
    }
    let lx = lexicon();
    let former = s.first > 0 && tok_is(text, toks, s.first - 1, FORMER);
    let described = |k: usize| k > s.first && candidates::agent_noun(text, toks, k - 1) || k == s.first + 1 && former;
    let given = |k: usize| {
        let bits = lx.name_bits(&norm(tok(text, toks, k)));
        bits & (name_bit::GIVEN | name_bit::GIVEN_WORD) != 0 && bits & (name_bit::PLACE | name_bit::WORD_PLACE) == 0
    };
    let k = (s.first + 1..s.last).rev().find(|&k| described(k) && given(k))?;
    // (`Found Hanging`, `Neighboring Communities`: a headline's words in
    // capitals after the name.)
    let headline = (k + 1..=s.last).any(|j| {
        let w = tok(text, toks, j);
        (w.ends_with("ing") || w.ends_with("ed")) && lx.name_bits(&norm(w)) == 0
    });
    if headline {
        return None;
    }
    let c = Candidate { words: Segment { first: k, last: s.last }, lead: Lead::Plain };
    (rules::given_name_and_surname(&context(text, toks, teams, article, &c, None)) == Some(Verdict::Person))
        .then_some(k)
}

/// The word before a description of one word that someone held
/// (`former Canuck`, `former Taoiseach`).
const FORMER: &str = "former";

/// What the rules read of plain candidate `c`, whose text (`phrase` of
/// its words) and what the article read once of it are `whole` when the
/// article read them already (the learned rule's memo only when the
/// candidate's words are cut as the text's first candidate's).
fn context<'t>(
    text: &'t str,
    toks: &'t [Token],
    teams: &'t Teams,
    article: &'t Article,
    c: &Candidate,
    whole: Option<(&'t str, &'t Text<'t>, bool)>,
) -> Cx<'t> {
    let s = c.words;
    let (whole, whole_norm, known, memo) = match whole {
        Some((w, t, alike)) => (w, Cow::Borrowed(&*t.norm), Some(t.known), alike.then_some(&t.memo)),
        None => {
            let w = phrase(text, toks, s.first, s.last);
            (w, norm(w), None, None)
        }
    };
    Cx {
        text,
        toks,
        teams,
        article,
        s,
        lead: c.lead,
        n: s.last - s.first + 1,
        whole,
        whole_norm,
        whole_bits: known.map_or_else(OnceCell::new, |k| OnceCell::from(k.bits)),
        whole_place: known.map_or_else(OnceCell::new, |k| OnceCell::from(k.place)),
        memo,
    }
}

/// The features of every plain candidate that reaches the learned rule
/// (no rule before it decides, and the rule considers it), with its byte
/// span: what training learns from.
#[cfg(feature = "train")]
pub(super) fn learning_examples(
    text: &str,
    toks: &[Token],
    candidates: &[Candidate],
    teams: &Teams,
) -> Vec<(usize, usize, Vec<u64>)> {
    let article = Article::new(text, toks, candidates);
    let before = RULES.iter().take_while(|(name, _, _)| *name != LEARNED);
    let mut out = Vec::new();
    for (i, c) in candidates.iter().enumerate().filter(|(_, c)| c.lead != Lead::Title) {
        let cx = context(text, toks, teams, &article, c, article.whole(i));
        if before.clone().any(|&(_, rule, fewest)| cx.n >= fewest && rule(&cx).is_some()) || !learned::considered(&cx) {
            continue;
        }
        let mut feats = Vec::new();
        learned::features(&cx, |h| feats.push(h));
        let (start, end) = super::words::span(text, toks, cx.s.first, cx.s.last);
        out.push((start, end, feats));
    }
    out
}

/// A person, and the known place of a trailing `of` (`Sen. Rosalind
/// Achebe-Marsh of Minnesota`: the senator, then the state).
fn person(text: &str, toks: &[Token], s: Segment, mentions: &mut Vec<Mention>) {
    let of = (s.first + 1..s.last).find(|&k| tok_is(text, toks, k, "of"));
    match of.filter(|&k| lexicon().is_place(&norm(phrase(text, toks, k + 1, s.last)))) {
        Some(k) => {
            push(text, toks, s.first, k - 1, Label::Person, mentions);
            push(text, toks, k + 1, s.last, Label::Place, mentions);
        }
        None => push(text, toks, s.first, s.last, Label::Person, mentions),
    }
}

/// The one word of [`TITLES_BEFORE_NAMES_ONLY`] that is no title
/// elsewhere (`a major Brazilian firm`), as a title writes it.
const MAJOR: &str = "Major";

/// `Doctor | Okafor`, `Major | Reyes`: a person's name opened by a title
/// that is also a common word ([`TITLES_BEFORE_NAMES_ONLY`]), which the
/// candidates leave in the run before a name no lexicon knows, is the name
/// after the title (a rule found the whole a person: the title's word read
/// as a given name).
// (Not inlined: in `classify`'s loop it cost the rules' driver 0.13M
// instructions per 20 copies of the shared articles; it is called once per
// person found.)
#[inline(never)]
fn without_title(text: &str, toks: &[Token], s: Segment) -> Segment {
    // (The token's title bit first, which all but `Major` carry: most
    // names open with no title, and are turned away without their text.)
    let w = tok(text, toks, s.first);
    let titled = s.first < s.last
        && (has(toks, s.first, cat::TITLE) && with_lower(w, |w| TITLES_BEFORE_NAMES_ONLY.contains(&w)) || w == MAJOR);
    if titled {
        Segment { first: s.first + 1, last: s.last }
    } else {
        s
    }
}

/// `German Europe`, `French Indochina`: a people's adjective opening a
/// run before a place the gazetteer knows names a part or an age of the
/// place, a place, the adjective and all, no person, whatever slot a rule
/// read it in; and its adjective
/// is then no person's wherever else it stands (`leave German Europe` made
/// `German` one all through an article). Not an unknown word after the
/// adjective (`German Gref`, `Canadian Eugenie Bouchard`), nor a word
/// shaped like an adjective that is a given name too (`Jean Paris`).
fn demonym_before_a_place(text: &str, toks: &[Token], s: Segment) -> bool {
    let lx = lexicon();
    let first = core(tok(text, toks, s.first));
    // A listed demonym that is no given name but as an English word
    // (`German`, `French`), or one by its ending that is no given name at
    // all (`Jean` and `Dean` end like `Korean`).
    let adjective = || {
        let g = norm(first);
        if has(toks, s.first, cat::DEMONYM) {
            !lx.is_given(&g, true)
        } else {
            is_demonym(first) && !lx.is_given(&g, false)
        }
    };
    s.last > s.first && adjective() && lx.is_place(&norm(phrase(text, toks, s.first + 1, s.last)))
}

/// `King | Baudouin Stadium`, `Queen | Elizabeth Hospital`, `Sheikh |
/// Lotfollah Mosque`: a facility named after a title's holder is a place;
/// the run ends in a landmark noun no one is called (not `Coach | Bill
/// Hill`). The title stays out, as it does of a person's name (GUM marks
/// `Lotfollah Mosque` and `Norton Bridge` so).
fn titled_facility(text: &str, toks: &[Token], s: Segment) -> bool {
    s.last > s.first
        && s.first > 0
        && has(toks, s.first - 1, cat::TITLE)
        && toks[s.first - 1].upper()
        && has(toks, s.last, cat::LANDMARK)
        && toks[s.last].upper()
        && !is_listed_surname_landmark(tok(text, toks, s.last))
        && !lexicon().is_surname(&norm(tok(text, toks, s.last)), false)
}

/// The words after a title are a person (`President | Donald Trump`)
/// unless they hold an institution word, are a given name alone before a
/// closing bracket (`[President | Donald]`), are all function words, are
/// a place's noun alone (`King | County`: a place named after a king), or
/// start in lower case (`Minister | of Foreign Affairs`: the office).
fn titled_person(text: &str, toks: &[Token], s: Segment) -> bool {
    let sole_given = s.first == s.last && lexicon().is_given(&norm(tok(text, toks, s.first)), false);
    let bracketed = matches!(tok_bytes(text, toks, s.last + 1), b"]" | b")");
    let function_words = (s.first..=s.last).all(|k| has(toks, k, cat::STOP));
    // `the Minister | of Foreign Affairs of Iraq`: a title's office, no name.
    let office = !toks[s.first].upper();
    let place_noun = s.first == s.last && has(toks, s.first, cat::PLACE_NOUN);
    !(has_org_word(toks, s)
        || sole_given && bracketed
        || function_words
        || place_noun
        || office
        || compound_title(text, toks, s))
}

/// The lexicon's bits of a person's name that is no English word too
/// (`Clinton`, `Hussein`; not `Will`, `Grant`).
const PERSON_NAME_BITS: u8 = name_bit::GIVEN | name_bit::SURNAME | name_bit::SURNAME_FIRST;

/// `PRESIDENT | DIES AT 84`, `AIDE | DENIES REPORT`, `PRESIDENT | WILL
/// RETURN`: in a line in capitals, words after a title of which none is a
/// name the lexicons (but as an English word) or the article know are the
/// headline's verb and its words, no person (`PRESIDENT | CLINTON`,
/// `MINISTER | OKAFOR` over `Ada Okafor` are).
#[inline(never)]
fn caps_no_name_after_title(text: &str, toks: &[Token], article: &Article, s: Segment) -> bool {
    let caps = |k: usize| lexicon::is_all_caps(tok(text, toks, k));
    // Most titled names are in mixed case: their first word says so.
    caps(s.first)
        && (s.first + 1..=s.last).all(caps)
        && (s.first..=s.last).all(|k| {
            let w = norm(tok(text, toks, k));
            lexicon().name_bits(&w) & PERSON_NAME_BITS == 0 && !article.is_surname(&w)
        })
        && article.rest_of_line_in_capitals(text, toks, s.last + 1)
}

/// `Prime | Minister-designate`, `the Chairman-elect`: a title joined to a
/// word in lower case (`-designate`, `-elect`) is a title still, alone no
/// one's name.
fn compound_title(text: &str, toks: &[Token], s: Segment) -> bool {
    s.first == s.last
        && toks[s.first].hyphen()
        && tok(text, toks, s.first)
            .split_once('-')
            .is_some_and(|(title, rest)| rest.starts_with(|c: char| c.is_lowercase()) && lexicon::is_title(title))
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::super::{candidates, runs, teams};
    use super::*;
    use crate::tokens::tokenize;

    /// Sentences where one capitalised word stands where a rule of several
    /// words looks: before a landmark noun, a plural, a numeral, a code, a
    /// place, a possessive and a state form; after initials, a compass
    /// point, a county's word and an Arabic name's opening.
    const ONE_WORD_CASES: &str = "Crews reached Lake on Monday. Fans of Chicago cheered. \
        He met Henry and VIII others. A. Smith spoke. West, they said, was calm. Co. officials \
        agreed. Abu said no. Republic of Ireland fans sang. The Baker Street office closed. \
        Mount is high. Tal said it. Jones's house. MORGAN SAID NO. Kathmandu-based staff. F-4 \
        jets flew over Houston.";

    /// The texts of a folder of the repository's development sets.
    fn set_texts(folder: &str) -> Vec<String> {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join(folder).join("articles");
        annotator_testdata::files_with_extension(&dir, "txt")
            .iter()
            .map(|p| std::fs::read_to_string(p).unwrap_or_else(|e| panic!("cannot read {}: {e}", p.display())))
            .collect()
    }

    /// The seed articles, the texts of `folders` of the development sets
    /// and `more`.
    fn dev_texts(folders: &[&str], more: &str) -> Vec<String> {
        let mut texts: Vec<String> = annotator_testdata::seed_articles().into_iter().map(|(_, t)| t).collect();
        for folder in folders {
            texts.extend(set_texts(folder));
        }
        texts.push(more.to_string());
        texts
    }

    /// Calls `each` with what the passes before `classify` read of `text`:
    /// its tokens, teams, candidates and article.
    fn with_passes(text: &str, each: impl FnOnce(&[Token], &Teams, &[Candidate], &Article)) {
        let toks = tokenize(text);
        let runs = runs::find(text, &toks);
        let teams = teams::find(text, &toks, &runs);
        let found = candidates::from_runs(text, &toks, &runs);
        let article = Article::new(text, &toks, &found);
        each(&toks, &teams, &found, &article);
    }

    /// `first_verdict` calls a rule only for candidates of at least the
    /// words `RULES` gives it: that rule must decide nothing for fewer, on
    /// every plain candidate of the development sets and on each word of
    /// their candidates taken alone (a word between others, as a rule of
    /// several words reads them).
    #[test]
    fn rules_never_decide_fewer_words_than_they_say() {
        let mut asked = 0;
        for text in &dev_texts(&["extra_dev_set", "wire_set", "numbers_set"], ONE_WORD_CASES) {
            with_passes(text, |toks, teams, found, article| {
                let plain = found.iter().filter(|c| c.lead != Lead::Title);
                let words = plain.clone().flat_map(|c| {
                    (c.words.first..=c.words.last)
                        .map(|k| Candidate { words: Segment { first: k, last: k }, lead: c.lead })
                });
                for c in plain.cloned().chain(words) {
                    let cx = context(text, toks, teams, article, &c, None);
                    for &(name, rule, fewest) in RULES.iter().filter(|&&(_, _, fewest)| cx.n < fewest) {
                        asked += 1;
                        let at = &text[toks[c.words.first].start()..toks[c.words.last].end()];
                        assert_eq!(rule(&cx), None, "{name} decided {at:?}, of fewer words than {fewest}");
                    }
                }
            });
        }
        assert!(asked > 10_000, "the sets gave {asked} cases");
    }

    /// Names the article repeats, with and without a possessive, as a
    /// lone word and in a run, in other contexts each time.
    const REPEATED_NAMES: &str = "Vega spoke first. Then Vega’s aide left, and Dana Vega stayed. \
        Officials in Vega said Vega's plan was late. DANA VEGA won. Vega won again.";

    /// The learned rule scores every candidate the same with the memo of
    /// its text (filled by the text's first candidate, read by the others)
    /// as read afresh, on the development sets.
    #[test]
    fn learned_memo_answers_as_fresh() {
        let (mut reused, mut scored) = (0, 0);
        for text in &dev_texts(&["extra_dev_set", "wire_set"], REPEATED_NAMES) {
            with_passes(text, |toks, teams, found, article| {
                let mut seen = std::collections::HashSet::new();
                for (i, c) in found.iter().enumerate().filter(|(_, c)| c.lead != Lead::Title) {
                    let kept = context(text, toks, teams, article, c, article.whole(i));
                    let fresh = context(text, toks, teams, article, c, None);
                    let at = &text[toks[c.words.first].start()..toks[c.words.last].end()];
                    let scores = learned::scores(&kept);
                    assert_eq!(scores, learned::scores(&fresh), "{at:?}");
                    reused += usize::from(kept.memo.is_some() && !seen.insert(kept.whole));
                    scored += usize::from(scores.is_some());
                }
            });
        }
        assert!(reused > 300 && scored > 100, "{reused} memos read again, {scored} candidates scored");
    }
}
