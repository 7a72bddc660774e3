//! Pass 3, classify: each candidate becomes a PERSON, a PLACE, nothing, or
//! stays open for the context and coreference passes.
//!
//! A titled candidate (`President | Donald Trump`) is a person unless it is
//! an institution, a bracketed given name or function words. A plain one
//! goes through [`RULES`] in order; the first rule that gives a [`Verdict`]
//! decides. When none does, the gazetteer splits it: known places, longest
//! first, are places and the words between them stay open
//! ([`super::gazetteer`]).
//!
//! New rules go in [`RULES`] (see `rules.rs`), at the place in the order
//! where they should win. A learned classifier for candidates would be one
//! more rule: a function from the candidate's tokens and context to a
//! verdict, returning `None` when it is not confident.

use annotator_schema::Label;

use super::candidates::{Candidate, Lead};
use super::gazetteer;
use super::mention::{Mention, Segment};
use super::rules::{self, Cx, Rule, Verdict};
use super::teams::Teams;
use super::words::{has_org_word, norm, phrase, push, tok};
use crate::lexicon::{cat, lexicon};
use crate::tokens::{has, Token};

/// The rules for a plain candidate, in order: the first verdict wins. Each
/// is named, so that a trace or a test can say which rule decided.
pub(super) const RULES: &[(&str, Rule)] = &[
    ("team", rules::team),
    ("org_prefix", rules::org_prefix),
    ("team_nickname", rules::team_nickname),
    ("institution", rules::institution),
    ("state_of", rules::state_of),
    ("feature_prefix", rules::feature_prefix),
    ("landmark", rules::landmark),
    ("bracketed_given_name", rules::bracketed_given_name),
    ("lower_case_landmark_after", rules::lower_case_landmark_after),
    ("given_name_and_surname", rules::given_name_and_surname),
    ("role_before", rules::role_before),
    ("byline", rules::byline),
    ("unknown_words_in_person_context", rules::unknown_words_in_person_context),
];

/// What the classify pass gives: the mentions it decided, and the segments
/// it left open, in text order.
pub(super) struct Classified {
    pub(super) mentions: Vec<Mention>,
    pub(super) open: Vec<Segment>,
}

/// Classifies every candidate, in order.
pub(super) fn classify(text: &str, toks: &[Token], candidates: &[Candidate], teams: &Teams) -> Classified {
    let mut out = Classified { mentions: Vec::new(), open: Vec::new() };
    for c in candidates {
        let s = c.words;
        if c.lead == Lead::Title {
            if titled_person(text, toks, s) {
                push(text, toks, s.first, s.last, Label::Person, &mut out.mentions);
            }
            continue;
        }
        let cx = Cx {
            text,
            toks,
            teams,
            s,
            lead: c.lead,
            n: s.last - s.first + 1,
            whole: phrase(text, toks, s.first, s.last),
        };
        match RULES.iter().find_map(|(_, rule)| rule(&cx)) {
            Some(Verdict::Neither) => {}
            Some(Verdict::Person) => push(text, toks, s.first, s.last, Label::Person, &mut out.mentions),
            Some(Verdict::Place) => push(text, toks, s.first, s.last, Label::Place, &mut out.mentions),
            Some(Verdict::PlaceTo(last)) => push(text, toks, s.first, last, Label::Place, &mut out.mentions),
            None => gazetteer::split(text, toks, s, teams, &mut out.mentions, &mut out.open),
        }
    }
    out
}

/// The words after a title are a person (`President | Donald Trump`)
/// unless they hold an institution word, are a given name alone before a
/// closing bracket (`[President | Donald]`), or are all function words.
fn titled_person(text: &str, toks: &[Token], s: Segment) -> bool {
    let sole_given = s.first == s.last && lexicon().is_given(&norm(tok(text, toks, s.first)), false);
    let bracketed = matches!(tok(text, toks, s.last + 1), "]" | ")");
    let function_words = (s.first..=s.last).all(|k| has(toks, k, cat::STOP));
    !(has_org_word(toks, s) || sole_given && bracketed || function_words)
}
