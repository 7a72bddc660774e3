//! Pass 3, classify: each candidate becomes a PERSON, a PLACE, nothing, or
//! stays open for the context and coreference passes.
//!
//! A titled candidate (`President | Donald Trump`) is a person unless it is
//! an institution, a bracketed given name or function words. A plain one
//! goes through the rules of the [`rules!`] list in order; the first rule
//! that gives a [`Verdict`] decides. When none does, the gazetteer splits it: known places, longest
//! first, are places and the words between them stay open
//! ([`super::gazetteer`]).
//!
//! New rules go in that list (see `rules.rs`), at the place in the order
//! where they should win. A learned classifier for candidates would be one
//! more rule: a function from the candidate's tokens and context to a
//! verdict, returning `None` when it is not confident.

use std::cell::OnceCell;

use annotator_schema::Label;

use super::article::Article;
use super::candidates::{Candidate, Lead};
use super::companies;
use super::epithets;
use super::gazetteer;
use super::learned;
use super::mention::{Mention, Segment};
use super::object;
use super::people;
use super::place_first;
use super::rules::{self, Cx, Verdict};
use super::teams::Teams;
use super::words::{has_org_word, norm, phrase, push, tok, tok_bytes, tok_is};
use crate::lexicon::{cat, lexicon};
use crate::tokens::{has, Token};

/// Declares the rules for a plain candidate, in order (the first verdict
/// wins), as two things made from the one list: [`first_verdict`], which
/// calls them one after another, and, for training, `RULES`, each rule
/// with its name. Called directly (not through a table's pointers, once
/// per rule and candidate), a rule's quick test is compiled into the
/// driver, and most candidates are done with by such tests.
macro_rules! rules {
    ($(($name:expr, $rule:path),)*) => {
        /// The rules for a plain candidate, in order, each named.
        #[cfg(feature = "train")]
        pub(super) const RULES: &[(&str, super::rules::Rule)] = &[$(($name, $rule)),*];

        /// The verdict of the first rule that gives one.
        fn first_verdict(cx: &Cx) -> Option<Verdict> {
            $(
                if let Some(v) = $rule(cx) {
                    return Some(v);
                }
            )*
            None
        }
    };
}

rules! {
    ("team", rules::team),
    ("epithet", epithets::epithet),
    ("org_prefix", rules::org_prefix),
    ("team_nickname", rules::team_nickname),
    ("institution", rules::institution),
    ("organisation_noun_before", rules::organisation_noun_before),
    ("company_context", companies::company_context),
    ("state_of", rules::state_of),
    ("county_prefix", rules::county_prefix),
    ("feature_prefix", rules::feature_prefix),
    ("compass_prefix", rules::compass_prefix),
    ("landmark", rules::landmark),
    ("bracketed_given_name", rules::bracketed_given_name),
    ("lower_case_landmark_after", rules::lower_case_landmark_after),
    ("near_before", rules::near_before),
    ("title_abbreviation_before", people::title_abbreviation_before),
    ("initials_and_surname", people::initials_and_surname),
    ("arabic_name_opening", people::arabic_name_opening),
    ("list_slot", people::list_slot),
    ("caps_headline_surname", rules::caps_headline_surname),
    ("market_index_after", rules::market_index_after),
    ("model_code", rules::model_code),
    ("regnal_numeral", rules::regnal_numeral),
    ("place_noun_of_before", rules::place_noun_of_before),
    ("town_before_region", rules::town_before_region),
    ("known_company", rules::known_company),
    ("given_name_and_surname", rules::given_name_and_surname),
    ("surname_first_name", people::surname_first_name),
    ("place_possessive_before", people::place_possessive_before),
    ("role_before", rules::role_before),
    ("name_in_person_slot", people::name_in_person_slot),
    ("name_in_person_only_slot", people::name_in_person_only_slot),
    ("byline", rules::byline),
    ("unknown_words_in_person_context", rules::unknown_words_in_person_context),
    ("role_after", people::role_after),
    ("voted_for", rules::voted_for),
    ("object_slot", object::object_slot),
    ("word_before_place", rules::word_before_place),
    ("place_before_words", place_first::place_before_words),
    ("unknown_given_and_surname", people::unknown_given_and_surname),
    (LEARNED, learned::learned),
}

/// The name of the learned rule in `RULES`: training collects the
/// candidates that reach it.
#[cfg(feature = "train")]
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
            if titled_person(text, toks, s) {
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
            Some(Verdict::Person) => person(text, toks, s, &mut out.mentions),
            Some(Verdict::Place) => push(text, toks, s.first, s.last, Label::Place, &mut out.mentions),
            Some(Verdict::PlaceTo(last)) => push(text, toks, s.first, last, Label::Place, &mut out.mentions),
            None | Some(Verdict::Open) => {
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

/// What the rules read of plain candidate `c`, whose text (`phrase` of
/// its words) is `whole` when the article read it already.
fn context<'t>(
    text: &'t str,
    toks: &'t [Token],
    teams: &'t Teams,
    article: &'t Article,
    c: &Candidate,
    whole: Option<&'t str>,
) -> Cx<'t> {
    let s = c.words;
    let whole = whole.unwrap_or_else(|| phrase(text, toks, s.first, s.last));
    let whole_norm = norm(whole);
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
        whole_bits: OnceCell::new(),
        whole_place: OnceCell::new(),
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
    let before = RULES.iter().take_while(|(name, _)| *name != LEARNED);
    let mut out = Vec::new();
    for (i, c) in candidates.iter().enumerate().filter(|(_, c)| c.lead != Lead::Title) {
        let cx = context(text, toks, teams, &article, c, article.whole(i));
        if before.clone().any(|(_, rule)| rule(&cx).is_some()) || !learned::considered(&cx) {
            continue;
        }
        let mut feats = Vec::new();
        learned::features(&cx, &mut |h| feats.push(h));
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

/// The words after a title are a person (`President | Donald Trump`)
/// unless they hold an institution word, are a given name alone before a
/// closing bracket (`[President | Donald]`), are all function words, or
/// start in lower case (`Minister | of Foreign Affairs`: the office).
fn titled_person(text: &str, toks: &[Token], s: Segment) -> bool {
    let sole_given = s.first == s.last && lexicon().is_given(&norm(tok(text, toks, s.first)), false);
    let bracketed = matches!(tok_bytes(text, toks, s.last + 1), b"]" | b")");
    let function_words = (s.first..=s.last).all(|k| has(toks, k, cat::STOP));
    // `the Minister | of Foreign Affairs of Iraq`: a title's office, no name.
    let office = !toks[s.first].upper();
    !(has_org_word(toks, s) || sole_given && bracketed || function_words || office)
}
