//! Teams: the names on either side of a results line's score (`Aston Villa
//! 2-1 Newcastle United`, `Leeds 2 Everton 1`), and the side facing a club
//! across a match verb (`Aston Villa beat Newcastle United`), are clubs; a
//! club is an organisation, not a person or a place (`LABELS.md`),
//! wherever the article names it. A side the gazetteer knows as a place is left to the
//! other rules: a national team is its country's PLACE (`Japan 2-1
//! Brazil`), and a club named like its town cannot be told from it here.

use super::mention::Segment;
use super::words::{phrase, tok};
use crate::lexicon::name_words::MATCH_VERBS;
use crate::lexicon::{cat, lexicon, FastSet};
use crate::tokens::{has, Token};

/// The names of the teams in the article's results lines.
pub(super) struct Teams<'t>(FastSet<&'t str>);

impl Teams<'_> {
    /// `name` is a team's name.
    pub(super) fn contains(&self, name: &str) -> bool {
        self.0.contains(name)
    }
}

/// The teams of the article: both sides of every results line, and the
/// side facing a club across a match verb.
pub(super) fn find<'t>(text: &'t str, toks: &[Token], runs: &[Segment]) -> Teams<'t> {
    let mut teams = FastSet::default();
    let mut add = |side: Segment| {
        let name = phrase(text, toks, side.first, side.last);
        if !lexicon().is_place(name) {
            teams.insert(name);
        }
    };
    for pair in runs.windows(2) {
        let (home, away) = (pair[0], pair[1]);
        if results_line(text, toks, home, away) {
            add(home);
            add(away);
        } else if match_verb_between(text, toks, home, away) {
            match (is_club(text, toks, home), is_club(text, toks, away)) {
                (false, true) => add(home),
                (true, false) => add(away),
                _ => {}
            }
        }
    }
    Teams(teams)
}

/// Runs `home` and `away` make a line with a score between them (`Aston
/// Villa 2-1 Newcastle United`, `Leeds 2 Everton 1`).
fn results_line(text: &str, toks: &[Token], home: Segment, away: Segment) -> bool {
    let starts_line = home.first == 0 || toks[home.first].newline_before;
    if !starts_line || !on_one_line(toks, home.first, away.last) {
        return false;
    }
    let between = (home.last + 1, away.first.saturating_sub(1));
    let line_end = ends_line(toks, away.last + 1);
    let dash_score = between.0 == between.1 && is_score(tok(text, toks, between.0)) && line_end;
    let split_score = between.0 == between.1
        && is_count(tok(text, toks, between.0))
        && is_count(tok(text, toks, away.last + 1))
        && ends_line(toks, away.last + 2);
    dash_score || split_score
}

/// One match verb stands between runs `home` and `away` (`… beat …`).
fn match_verb_between(text: &str, toks: &[Token], home: Segment, away: Segment) -> bool {
    away.first == home.last + 2 && MATCH_VERBS.contains(&tok(text, toks, home.last + 1))
}

/// The run names a club: it holds a club suffix as clubs write it
/// (`Newcastle United`, `Brighton & Hove Albion`, `Ajax FC`).
fn is_club(text: &str, toks: &[Token], run: Segment) -> bool {
    (run.first..=run.last).any(|k| has(toks, k, cat::ORG_SUFFIX) && tok(text, toks, k).starts_with(char::is_uppercase))
}

/// Tokens `first..=last` are on one line.
fn on_one_line(toks: &[Token], first: usize, last: usize) -> bool {
    (first + 1..=last).all(|k| toks.get(k).is_some_and(|t| !t.newline_before))
}

/// Token `i` starts a new line or is past the end.
fn ends_line(toks: &[Token], i: usize) -> bool {
    toks.get(i).is_none_or(|t| t.newline_before)
}

/// A goal or point count: one to three digits.
fn is_count(w: &str) -> bool {
    (1..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit())
}

/// A score in one token: two counts joined by a hyphen (`2-1`).
fn is_score(w: &str) -> bool {
    w.split_once('-').is_some_and(|(a, b)| is_count(a) && is_count(b))
}
