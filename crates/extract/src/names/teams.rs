//! Teams: sports clubs are organisations, not people or places, even when
//! named after a town (`LABELS.md`). The article's teams are read off the
//! shapes sports copy gives them, then every mention of a team's name in
//! the article is covered (document-level consistency):
//!
//! - results lines, one or a chain per line: `Leeds 2 Everton 1`, `Aston Villa 2-1
//!   Newcastle United`, `CHICAGO 104 Detroit 97 ( OT )`, `In Kiev: Dynamo
//!   Kiev (Ukraine) 2 Neuchatel Xamax (Switzerland) 0`, maybe closed by the
//!   tie's aggregate (`. Metz win 7-0 on aggregate`);
//! - cricket scores: `Essex 412 and 205-6 declared ; Kent 298`, and a
//!   scorecard's `New South Wales first innings 287`;
//! - a ranked competitor's team between the country and the time (`5. Mika
//!   Hakkinen ( Finland ) McLaren 1:25.302`);
//! - standings lines: a name and three or more figures to the line's end
//!   (`Chelsea 4 3 1 0 9 3 10`, `BALTIMORE 6 2 .750 -`);
//! - fixtures: `Everton v Newcastle`, `Chelsea vs. Arsenal`, a draw's
//!   `Aalst ( Belgium ) v Monaco ( France )` (not two players the article
//!   names in full: `Ivanisevic v Gumy`), and lists of
//!   `Boston at Miami , Phoenix at Sacramento`, or of such fixtures one a
//!   line;
//! - scorers: `Arsenal - Hallworth 23 , Dekker 67`, `Scorers : Sevilla -
//!   Suker ( 55 )` (the minutes in brackets: [`super::minutes`]);
//! - prose: the sides of a match verb (`Leeds beat Everton`, `drew 0-0
//!   with`, `lost to`, `at home to`, `will face`, `knocked out`) or of a
//!   table's gap (`Hull are three points clear of Leeds`, `level with`)
//!   when one side is a team or a club
//!   name, or both are towns (no country nor capital: [`is_country`],
//!   [`is_nation`]), or a town faces a country across a result's verb
//!   (`Pakistan play Durham`); the town beaten in `victory over Kent`;
//! - the side a pronoun or a team's noun plays (`They beat Leeds 2-0`, `We
//!   lost to Hertha Berlin`, `the champions beat Aberdeen 3-1`), and a side
//!   in a relative clause's match (`Bayern Munich , who drew 1-1 in`), when
//!   a club's name, or a town's or a name no list knows with a score (`They
//!   lost 1-0 to Fulham`);
//! - a town a nickname after `the` plays or beats (`The Warriors play
//!   Phoenix`, `the Lakers beat Sacramento`; not a country's, nor after a
//!   demonym, `The Dutch beat`), and a town beaten by a score, its victor
//!   unnamed (`after beating Braga 3-1`);
//! - a town at a table's top (`Stuttgart lead the table`);
//! - a player's or coach's role or the fans after a town (`Madrid coach`,
//!   `Dortmund's striker`, `Lyon fans`, `Bayer Leverkusen coach`): the
//!   town's club; one word before
//!   a role and a name, though no town (`Hertha striker Tomas Berg`);
//! - a team's name before its town names it alone too (`Hertha` of `Hertha
//!   Berlin`, `Ajax` of `Ajax Amsterdam`; not a country, `Austria Vienna`),
//!   and a team's name no place's, then a town, is the team
//!   (`Red Star Belgrade` once `Red Star` is one);
//! - a town that beat a side by a score, or that a player scores for (`a
//!   3-0 defeat by Lyon`, `scored twice for Leeds`, `28 points for Boston`);
//! - club words: a club's prefix before a place (`Dynamo Kiev`, `Sporting
//!   Lisbon`, `Real Madrid`);
//! - transfers: what a player joins, signs for or is loaned to (`joined
//!   Ajax from Benfica`, `signed for Porto`, `on loan at Feyenoord`:
//!   [`transfers`]), unless a country.
//!
//! National teams stay places (CoNLL-2003): a side the gazetteer knows is a
//! team only when the article's results, standings or fixtures also name a
//! side no gazetteer knows (`Arsenal`, `Nottingham Forest`, `LA Lakers`)
//! or a town that is neither a country nor a capital (`Barnsley 2
//! Wolverhampton 0`): then they are club tables and a town in them is a
//! club; `Japan 2 Brazil 1` alone keeps its places. In prose a country stays a place
//! (`Brazil coach`, `Italy beat England`), a town is a club.

use super::cues::after_travel;
use super::mention::Segment;
use super::minutes::scorer_bracket;
use super::transfers;
use super::words::{has_possessive, inflected_in_s, is_cap, is_demonym, norm, tok, tok_bytes, tok_is};
use crate::lexicon::function_words::ABBREVIATIONS;
use crate::lexicon::name_words::{COMPASS_PREFIXES, CONNECTORS, MATCH_VERBS, MATCH_VERBS_BEFORE, SPORTS_ROLES};
use crate::lexicon::{
    self, cat, core, is_all_caps, is_country, is_nation, lexicon, list, names_a_state_university, FastMap, FastSet,
};
use crate::tokens::{has, on_list, Token};

/// The fewest figures after the name that make a standings line (`played,
/// won, drawn, lost, for, against, points`; `won, lost, pct, behind`):
/// fewer are a weather or market table's.
const MIN_STANDINGS_FIGURES: usize = 4;

/// The most words of a team's name (`Brighton & Hove Albion`, `Paris St
/// Germain`).
const MAX_TEAM_WORDS: usize = 5;

/// Which tokens of the article name a team.
pub(super) struct Teams {
    /// Per token: inside a team's name. Empty when the article has none.
    covered: Vec<bool>,
    /// The byte ranges of the towns of the article's nicknamed teams
    /// (`Boston` of `the Boston Celtics`): alone, elsewhere, the town
    /// names the team (`for Boston, which has won`; [`super::org_names`]).
    pub(super) towns: Vec<(usize, usize)>,
}

impl Teams {
    /// Every token of `first..=last` is inside a team's name.
    pub(super) fn covers(&self, first: usize, last: usize) -> bool {
        !self.covered.is_empty() && (first..=last).all(|k| self.covered.get(k).copied().unwrap_or(false))
    }

    /// Token `i` is inside a team's name.
    pub(super) fn covers_token(&self, i: usize) -> bool {
        self.covered.get(i).copied().unwrap_or(false)
    }
}

/// Tokens `first..=last`: one side of a result, a fixture or a table row.
#[derive(Clone, Copy, Debug)]
pub(super) struct Side {
    pub(super) first: usize,
    pub(super) last: usize,
}

/// What the structures of the article say.
#[derive(Default)]
struct Found {
    /// Sides of results, standings, `v` fixtures and scorers' lines.
    table: Vec<Side>,
    /// Sides that are teams whatever they are named (`at` fixture lists,
    /// club prefixes).
    sure: Vec<Side>,
    /// Pairs of sides across a match verb or a table's gap (`Hull are
    /// three points clear of Leeds`) in prose.
    verbs: Vec<(Side, Side)>,
    /// The pairs of [`Found::verbs`] across a verb of a result or a
    /// fixture (`beat`, `play`; not `faced`, `hosted`, which a country
    /// says of a town's affairs too): a town facing a country there is a
    /// club (`Pakistan play Durham`, `England beat Durham`).
    results: Vec<(Side, Side)>,
    /// Sides after a pronoun and a match verb (`They beat Leeds 2-0`):
    /// teams when a club's name, or a town's with a score.
    played: Vec<Side>,
    /// Sides after `at home to`, `away to`: teams when the other side is.
    faced: Vec<Side>,
    /// Sides before a player's or coach's role (`Madrid coach`): teams
    /// when a town's.
    roles: Vec<Side>,
    /// One word before a role and a name (`Hertha striker Tomas Berg`):
    /// a team though no town's, unless a place's or a function word.
    named_roles: Vec<Side>,
    /// Sides a player joins, signs for or is loaned to ([`transfers`]):
    /// teams unless a country's or a person's.
    transfers: Vec<Side>,
}

/// The teams of the article.
pub(super) fn find(text: &str, toks: &[Token], runs: &[Segment]) -> Teams {
    let mut found = scan(text, toks, runs);
    found.transfers = transfers::find(text, toks, runs, side_at);
    let none = found.table.is_empty()
        && found.sure.is_empty()
        && found.verbs.is_empty()
        && found.played.is_empty()
        && found.roles.is_empty();
    if none && found.transfers.is_empty() {
        return Teams { covered: Vec::new(), towns: Vec::new() };
    }
    let lx = lexicon();
    let is_place = |s: Side| lx.is_place(&norm(phrase(text, toks, s)));
    // A known place no national team is named after.
    let town = |s: Side| is_place(s) && !is_country(&norm(phrase(text, toks, s)));
    // And no capital, which news names for its government (`Moscow faced
    // Kyiv`, `Washington hosted Tokyo`).
    let provincial = |s: Side| is_place(s) && !is_nation(&norm(phrase(text, toks, s)));
    // A country or a capital, in the gazetteer or not (`West Indies`, a
    // cricket side that is no one country).
    let nation = |s: Side| is_nation(&norm(phrase(text, toks, s)));
    // A club table names a side no gazetteer knows or a town (`Barnsley 2
    // Wolverhampton 0`); a table of countries and capitals only is
    // national teams, and of capitals clubs too in an article that names a
    // club (`Dynamo Kiev`); one of countries only stays national teams
    // though a player's club is named (`Suker , who plays for Real
    // Madrid`).
    let country = |s: Side| is_country(&norm(phrase(text, toks, s)));
    let clubs = found.table.iter().any(|&s| !nation(s))
        || !found.sure.is_empty() && (found.table.is_empty() || found.table.iter().any(|&s| !country(s)));
    let mut names: Vec<String> = Vec::new();
    let add = |s: Side, names: &mut Vec<String>| {
        let mut push = |key: String| {
            if !key.is_empty() && !names.contains(&key) {
                names.push(key);
            }
        };
        push(key(text, toks, s));
        if let Some(name) = club_name_before_town(text, toks, s, &town) {
            push(key(text, toks, name));
        }
    };
    for &s in &found.sure {
        add(s, &mut names);
    }
    for &s in &found.table {
        if clubs || !is_place(s) && !nation(s) {
            add(s, &mut names);
        }
    }
    // Prose: a side facing a team or a club name is a team; a place facing
    // an unknown single name (`Leeds beat Everton`) is a club facing one.
    let known = |s: Side, names: &Vec<String>| names.contains(&key(text, toks, s)) || clubby(text, toks, s);
    let unknown_single =
        |s: Side| s.first == s.last && !is_place(s) && !lx.is_given(&norm(tok(text, toks, s.first)), false);
    // `PSV Eindhoven beat Feyenoord`, `Celtic Glasgow lost to Rangers`,
    // `Ajax Amsterdam drew`: a name before a town (not a country) at a
    // match verb is a club's, unless it is a person's given name (`Andy
    // Murray beat`) or the whole a place's (`New York`).
    let club_of_town = |s: Side| {
        s.last > s.first
            && town(Side { first: s.last, last: s.last })
            && !is_place(s)
            && !lx.is_given(&norm(tok(text, toks, s.first)), false)
            && !has(toks, s.first, cat::STOP | cat::TITLE)
    };
    // Roles first: a club they name makes the side it faces one.
    for &s in &found.roles {
        let s = past_sentence_opener(text, toks, s, &town);
        // (`Bayer Leverkusen coach`: a name before a town, as at a match
        // verb.)
        if (town(s) || club_of_town(s)) && !person_like(text, toks, s) {
            add(s, &mut names);
        }
    }
    // (A given name alone is no one's before a role and a name: `Hertha
    // striker`, `Munster coach`; a country stays its national team.)
    for &s in &found.named_roles {
        if !is_place(s) && !has(toks, s.first, cat::STOP | cat::TITLE) && !is_all_caps(tok(text, toks, s.first)) {
            add(s, &mut names);
        }
    }
    for &b in &found.played {
        // (`They beat Hertha Berlin 2-0`: a name before a town, though a
        // given name's, with the score.)
        let scored = one_score_after(text, toks, b.last + 1)
            || (b.first.saturating_sub(4)..b.first).any(|j| is_score(tok(text, toks, j)));
        let named = club_name_before_town(text, toks, b, &town).is_some();
        // (`They lost 1-0 to Fulham`: a name no list knows, with the score.)
        if known(b, &names) || club_of_town(b) || scored && (provincial(b) || named || unknown_single(b)) {
            add(b, &mut names);
        }
    }
    for &(a, b) in &found.verbs {
        // A score after the sides or inside the verb (`drew 1-1 with`), or
        // a table's gap (`Hull are three points clear of Leeds`), as good.
        let scored = || {
            one_score_after(text, toks, b.last + 1)
                || (a.last + 1..b.first).any(|j| is_score(tok(text, toks, j)))
                || table_gap(text, toks, a.last + 1).is_some()
        };
        let teams = known(a, &names)
            || known(b, &names)
            || club_of_town(a)
            || club_of_town(b)
            || scored() && (is_place(a) && unknown_single(b) || is_place(b) && unknown_single(a))
            || provincial(a) && provincial(b)
            // With a score, a capital facing a town is a club too
            // (`Washington beat Dallas 24-17`, `Paris beat Lyon 3-1`).
            || scored() && (provincial(a) && town(b) || town(a) && provincial(b));
        if teams {
            add(a, &mut names);
            add(b, &mut names);
        }
    }
    for &(a, b) in &found.results {
        // The side that is no country, when the other is one.
        let (country_a, country_b) = (country(a), country(b));
        let other = if country_a { b } else { a };
        if country_a != country_b && provincial(other) {
            add(other, &mut names);
        }
        // `The Warriors play Phoenix`, `the Lakers beat Sacramento`: a
        // nickname facing a town across a result's verb makes it a club.
        let nickname = |s: Side| nickname_after_the(text, toks, s).is_some_and(|n| !is_place(n));
        if nickname(a) && town(b) || nickname(b) && town(a) {
            add(a, &mut names);
            add(b, &mut names);
        }
    }
    for &s in &found.faced {
        if clubs {
            add(s, &mut names);
        }
    }
    for &s in &found.transfers {
        if !is_country(&norm(phrase(text, toks, s))) && !person_like(text, toks, s) {
            add(s, &mut names);
        }
    }
    if names.is_empty() {
        return Teams { covered: Vec::new(), towns: Vec::new() };
    }
    let towns = nicknamed_towns(text, toks, &found, &names);
    Teams { covered: cover(text, toks, &names), towns }
}

/// The towns of the sides found across a match verb or in a table that
/// are teams of the article, named as a town and a nickname (`the Boston
/// Celtics`: `Boston`).
fn nicknamed_towns(text: &str, toks: &[Token], found: &Found, names: &[String]) -> Vec<(usize, usize)> {
    let mut towns = Vec::new();
    let mut add = |s: Side| {
        if nicknamed(text, toks, s) && names.contains(&key(text, toks, s)) {
            let first = if has(toks, s.first, cat::STOP) { s.first + 1 } else { s.first };
            let town = (toks[first].start(), toks[s.last - 1].end());
            if !towns.contains(&town) {
                towns.push(town);
            }
        }
    };
    for &(a, b) in &found.verbs {
        add(a);
        add(b);
    }
    for &s in &found.table {
        add(s);
    }
    towns
}

/// `Hertha` of `Hertha Berlin`, `Red Star` of `Red Star Belgrade`: a
/// team's name before its town, which alone names the team too, though a
/// place's (`Ajax` of `Ajax Amsterdam`, `Sparta Rotterdam`); not a
/// function word or a title (`The Hague`), a country (`Austria Vienna`),
/// nor a part of a place's own name (`Hong Kong`). (`North` of `North
/// Melbourne` alone covers no place: `North Korea` is a place of two
/// words.)
fn club_name_before_town(text: &str, toks: &[Token], s: Side, town: &dyn Fn(Side) -> bool) -> Option<Side> {
    let first = if has(toks, s.first, cat::STOP) { s.first + 1 } else { s.first };
    let name = Side { first, last: s.last.checked_sub(1)? };
    let named = name.last >= first
        && town(Side { first: s.last, last: s.last })
        && !(first..=name.last).any(|k| has(toks, k, cat::STOP | cat::TITLE))
        && !is_country(&norm(phrase(text, toks, name)))
        && !lexicon().is_place(&norm(phrase(text, toks, s)));
    named.then_some(name)
}

/// `Former Leeds striker`: a side that opens its sentence with a word no
/// lexicon names, before a town, is the town (the word capitalised only
/// for opening the sentence).
fn past_sentence_opener(text: &str, toks: &[Token], s: Side, town: &dyn Fn(Side) -> bool) -> Side {
    let rest = Side { first: s.first + 1, last: s.last };
    let opener = s.last > s.first
        && crate::sentences::sentence_initial(text, toks, s.first)
        && !town(s)
        && lexicon().name_bits(&norm(tok(text, toks, s.first))) == 0
        && town(rest);
    if opener {
        rest
    } else {
        s
    }
}

/// Marks every occurrence of the teams' names (compared by [`key`]).
fn cover(text: &str, toks: &[Token], names: &[String]) -> Vec<bool> {
    // The names by their first word, each with its word count.
    let mut by_first: FastMap<String, Vec<(usize, &str)>> = FastMap::default();
    for n in names {
        let first = n.split(' ').next().unwrap_or("").to_string();
        by_first.entry(first).or_default().push((n.split(' ').count(), n));
    }
    let mut covered = vec![false; toks.len()];
    for i in 0..toks.len() {
        if !toks[i].upper() {
            continue;
        }
        // `In Baltimore ,`: the town, where the team plays; `the city of
        // Porto`: the town a place noun names.
        if i > 0 && tok(text, toks, i - 1).eq_ignore_ascii_case("in")
            || i > 1 && tok_is(text, toks, i - 1, "of") && has(toks, i - 2, cat::PLACE_NOUN)
        {
            continue;
        }
        let Some(cands) = by_first.get(&*norm(tok(text, toks, i))) else { continue };
        // `the trip to Seattle`: the town, where the team goes.
        if after_travel(text, toks, i) {
            continue;
        }
        for &(len, name) in cands {
            let last = i + len - 1;
            if last < toks.len()
                && key(text, toks, Side { first: i, last }) == name
                && !place_apposition(text, toks, last)
            {
                // `Red Star Belgrade`: a name no place's, then a town, is the
                // team with its town.
                let lx = lexicon();
                let with_town =
                    toks.get(last + 1).is_some_and(|t| t.upper() && t.space_before() && !t.newline_before())
                        && !lx.is_place(name)
                        && {
                            let town = norm(tok(text, toks, last + 1));
                            lx.is_place(&town) && !is_country(&town)
                        };
                covered[i..=last + usize::from(with_town)].iter_mut().for_each(|c| *c = true);
            }
        }
    }
    covered
}

/// The most words of an apposition before its place noun (`, the
/// third-largest city`, `, a port town`).
const APPOSITION_WORDS: usize = 4;

/// `Lyon, the third-largest city in France`: after the name ending at
/// token `last`, an apposition opened by an article names it a place.
fn place_apposition(text: &str, toks: &[Token], last: usize) -> bool {
    tok_is(text, toks, last + 1, ",")
        && matches!(tok(text, toks, last + 2), "the" | "a" | "an")
        && (last + 3..last + 3 + APPOSITION_WORDS).any(|k| has(toks, k, cat::PLACE_NOUN) && !toks[k].upper())
}

/// A side's name as compared across the article: its words in lookup form
/// (`NEW YORK` → `New York`), single-spaced, without a leading function
/// word (`The`).
fn key(text: &str, toks: &[Token], s: Side) -> String {
    let mut first = s.first;
    while first < s.last && has(toks, first, cat::STOP) {
        first += 1;
    }
    let words: Vec<String> = (first..=s.last).map(|k| norm(tok(text, toks, k)).into_owned()).collect();
    words.join(" ")
}

/// The text of a side, without a final possessive.
fn phrase<'t>(text: &'t str, toks: &[Token], s: Side) -> &'t str {
    let end = toks[s.last].start() + core(tok(text, toks, s.last)).len();
    text.get(toks[s.first].start()..end).unwrap_or("")
}

/// The side holds a club word as clubs write it: a suffix (`Newcastle
/// United`, `Ajax FC`) or a prefix before a place (`Dynamo Kiev`); or it
/// is a place and a plural nickname (`the Dallas Cowboys`), or a state's
/// university (`Ohio State`).
fn clubby(text: &str, toks: &[Token], s: Side) -> bool {
    let club_words = (s.first..=s.last).any(|k| has(toks, k, cat::ORG_SUFFIX) && is_cap(tok(text, toks, k)))
        || (s.first..s.last).any(|k| club_prefix(text, toks, k))
        || nicknamed(text, toks, s)
        || state_university(text, toks, s);
    // (Not a place's own name with such a word: `United States`, `Virgin
    // Islands`.)
    club_words && !lexicon().is_place(&norm(phrase(text, toks, s)))
}

/// `The Warriors`, `the Lakers`, `the Blue Jays`: after `the`, one or two
/// capitalised words, the last a plural's and no demonym (`the
/// Americans`): a team's nickname, those words, unless a known place (`the
/// Netherlands`: the caller asks).
fn nickname_after_the(text: &str, toks: &[Token], s: Side) -> Option<Side> {
    let the_inside = tok_is(text, toks, s.first, "The");
    let first = s.first + usize::from(the_inside);
    let the = the_inside || s.first > 0 && tok_is(text, toks, s.first - 1, "the");
    let w = tok(text, toks, s.last);
    (the && first <= s.last && s.last - first < 2 && inflected_in_s(w) && !is_demonym(w))
        .then_some(Side { first, last: s.last })
}

/// `Ohio State`, `MICHIGAN STATE`: a US state's university (its teams).
fn state_university(text: &str, toks: &[Token], s: Side) -> bool {
    s.last > s.first
        && tok(text, toks, s.last).eq_ignore_ascii_case("state")
        && names_a_state_university(&norm(phrase(text, toks, Side { first: s.first, last: s.last - 1 })))
}

/// `the Dallas Cowboys`, `Chicago Bulls`: a known place, then one word in
/// title case ending in a plural's `s` (not `ss`, `us`, `is`: `Lewis`,
/// `Texas`).
fn nicknamed(text: &str, toks: &[Token], s: Side) -> bool {
    let first = if has(toks, s.first, cat::STOP) { s.first + 1 } else { s.first };
    if s.last <= first {
        return false;
    }
    let w = core(tok(text, toks, s.last));
    let mut rest = w.chars().skip(1);
    let plural = inflected_in_s(w);
    plural
        && is_cap(w)
        && rest.all(char::is_lowercase)
        && lexicon().is_place(&norm(phrase(text, toks, Side { first, last: s.last - 1 })))
}

/// Token `k` is a club's prefix before a place (`Dynamo Kiev`, `SPORTING
/// LISBON`).
pub(super) fn club_prefix(text: &str, toks: &[Token], k: usize) -> bool {
    has(toks, k, cat::CLUB_PREFIX)
        && is_cap(tok(text, toks, k))
        && toks.get(k + 1).is_some_and(|t| t.upper() && t.space_before() && !t.newline_before())
        && lexicon().is_place(&norm(tok(text, toks, k + 1)))
}

/// The side starting at token `i`, on its line: capitalised words, with
/// `&`, name particles and an abbreviation's period inside (`Brighton &
/// Hove Albion`, `Vasco da Gama`, `St. Louis`).
pub(super) fn side_at(text: &str, toks: &[Token], i: usize) -> Option<Side> {
    let hi = toks.len();
    if i >= hi || !toks[i].upper() || has(toks, i, cat::STOP) && !toks.get(i + 1).is_some_and(|t| t.upper()) {
        return None;
    }
    let mut last = i;
    let mut k = i + 1;
    while k < hi && !toks[k].newline_before() && k - i < MAX_TEAM_WORDS + 2 {
        let w = tok(text, toks, k);
        let attached_period = w == "." && !toks[k].space_before() && ABBREVIATIONS.contains(&tok(text, toks, k - 1));
        // `Brighton & Hove Albion`, `Vasco da Gama`: `&` or a name's
        // particle before another capitalised word.
        let joins = (w == "&" || on_list(toks, k, list::CONNECTOR) && CONNECTORS.contains(&w))
            && k + 1 < hi
            && toks[k + 1].upper()
            && !toks[k + 1].newline_before();
        if toks[k].upper() || attached_period {
            last = k;
        } else if !joins {
            break;
        }
        k += 1;
    }
    Some(Side { first: i, last })
}

/// In capitals a side's end is unmarked (`ENGLAND V PAKISTAN THIRD TEST`):
/// a place at its start is the side.
fn caps_place_start(text: &str, toks: &[Token], s: Side) -> Side {
    if s.last > s.first && (s.first..=s.last).all(|k| is_all_caps(tok(text, toks, k))) {
        let lx = lexicon();
        let start = toks[s.first].start();
        if let Some(end) = (s.first..s.last).rev().find(|&e| lx.is_place(&norm(&text[start..toks[e].end()]))) {
            return Side { first: s.first, last: end };
        }
    }
    s
}

/// The side starting at token `i` after something on its line; past a
/// lower-case `the` (`beat the Utah Jazz`, `lost to the Lakers`).
fn side_after(text: &str, toks: &[Token], i: usize) -> Option<Side> {
    if line_ends(toks, i) {
        return None;
    }
    let i = if tok(text, toks, i) == "the" && !line_ends(toks, i + 1) { i + 1 } else { i };
    side_at(text, toks, i)
}

/// The same side read back from its last token (for a side before `v`,
/// `at` or a verb), on its line.
fn side_ending(text: &str, toks: &[Token], last: usize) -> Option<Side> {
    let starts_line = |k: usize| k == 0 || toks[k].newline_before();
    if last >= toks.len()
        || !toks[last].upper()
        || has(toks, last, cat::STOP) && (starts_line(last) || !toks[last - 1].upper())
    {
        return None;
    }
    let mut first = last;
    while !starts_line(first) && first + MAX_TEAM_WORDS > last + 1 {
        let p = first - 1;
        let w = tok(text, toks, p);
        let period = w == "."
            && !toks[first].space_before()
            && !starts_line(p)
            && ABBREVIATIONS.contains(&tok(text, toks, p - 1));
        if toks[p].upper() && core(w).len() == w.len() {
            first = p;
        } else if period || w == "&" && !starts_line(p) && toks[p - 1].upper() {
            // `St. Louis`, `Brighton & Hove Albion`.
            first = p - 1;
        } else {
            break;
        }
    }
    Some(Side { first, last })
}

/// Finds the structures of the article. Each starts at or just after a run
/// of capitalised words, so only the runs are visited.
fn scan(text: &str, toks: &[Token], runs: &[Segment]) -> Found {
    let mut found = Found::default();
    let mut at_pairs: Vec<(Side, Side)> = Vec::new();
    let mut line_pairs: Vec<(Side, Side)> = Vec::new();
    let mut fixtures: Vec<(Side, Side)> = Vec::new();
    let bytes = text.as_bytes();
    let mut brackets = BracketEnds::default();
    for r in runs {
        let line_start = r.first == 0 || toks[r.first].newline_before();
        let byte_before = |k: usize| if k <= r.first { bytes[toks[r.first - k].start()] } else { 0 };
        // A results line, from the line's start or after a label (`In
        // Kiev: Dynamo Kiev (Ukraine) 2 …`); a standings line. Both need
        // a figure, a bracket or more of the name after the run.
        let labelled = byte_before(1) == b':';
        let goes_on = toks.get(r.last + 1).is_some_and(|t| {
            !t.newline_before() && (t.upper() || matches!(bytes[t.start()], b'0'..=b'9' | b'(' | b'&' | b'.'))
        });
        if (line_start || labelled) && goes_on {
            // (A cricket side's runs right after the run: most lines have
            // none, and are read no further.)
            let runs_after = toks.get(r.last + 1).is_some_and(|t| bytes[t.start()].is_ascii_digit());
            let results = push_results(text, toks, r.first, &mut found, &mut brackets)
                || runs_after && {
                    let scores = cricket_scores(text, toks, r.first, &mut brackets);
                    if let Some([home, away]) = scores {
                        found.table.push(home);
                        found.table.push(away);
                    }
                    scores.is_some()
                };
            if line_start && !results {
                if let Some(side) = standings_line(text, toks, r.first) {
                    found.table.push(side);
                }
            }
        }
        // `at home to Leeds`, `away to Leeds`.
        let to_or_at = r.first >= 2
            && matches!(byte_before(1), b't' | b'a')
            && toks[r.first - 1].end() - toks[r.first - 1].start() == 2;
        if !line_start && to_or_at && matches!(tok_bytes(text, toks, r.first - 1), b"to" | b"at") {
            let before = |n: usize| if r.first >= n { tok(text, toks, r.first - n) } else { "" };
            let faced = matches!((before(3), before(2), before(1)), ("at", "home", "to")) || before(2) == "away";
            if faced {
                if let Some(b) = side_at(text, toks, r.first) {
                    found.faced.push(b);
                }
            }
        }
        // `closer to victory over Kent`, `their win over Leeds`: the side
        // beaten is a club when a town's.
        let over =
            !line_start && r.first >= 2 && byte_before(1) == b'o' && tok_bytes(text, toks, r.first - 1) == b"over";
        if over && matches!(tok_bytes(text, toks, r.first - 2), b"victory" | b"win" | b"victories" | b"wins") {
            found.roles.extend(side_at(text, toks, r.first));
        }
        // `a 3-0 defeat by Lyon`, `their 2-1 loss to Leeds`, `scored twice
        // for Leeds`, `28 points for Boston`: a town beaten, or scored for.
        if !line_start
            && r.first >= 3
            && matches!(byte_before(1), b'b' | b't' | b'f')
            && beaten_or_scored_for(text, toks, r.first)
        {
            found.roles.extend(side_at(text, toks, r.first));
        }
        // `after beating Braga 3-1`: a side beaten by a score, its victor
        // unnamed.
        if !line_start
            && matches!(byte_before(1), b'b' | b'd')
            && matches!(tok_bytes(text, toks, r.first - 1), b"beating" | b"defeating")
            && one_score_after(text, toks, r.last + 1)
        {
            found.roles.extend(side_at(text, toks, r.first));
        }
        // `Dynamo Kiev`, `SPORTING LISBON`.
        for k in (r.first..r.last).filter(|&k| toks[k].cat & cat::CLUB_PREFIX != 0) {
            if club_prefix(text, toks, k) {
                found.sure.push(Side { first: k, last: k + 1 });
            }
        }
        // `5. Mika Hakkinen ( Finland ) McLaren 1:25.302`: a ranked
        // competitor's team, between the country and the time.
        if !line_start && byte_before(1) == b')' && figures_end_line(text, toks, r.last + 1) {
            if let Some(side) = competitor_team(text, toks, r.first, r.last) {
                found.sure.push(side);
            }
        }
        // `the champions beat Aberdeen 3-1`: a side after a match verb
        // whose subject is a team's noun, as after `They`.
        if r.first >= 2
            && toks[r.first - 1].cat & cat::MATCH_VERB != 0
            && TEAM_NOUNS.contains(&tok(text, toks, r.first - 2))
        {
            found.played.extend(side_at(text, toks, r.first));
        }
        // The token after the run says whether a structure goes on; past
        // a modal before a match verb (`Leeds will face Derby`).
        let k = r.last + 1;
        if line_ends(toks, k) {
            continue;
        }
        let k = if modal_before_match_verb(text, toks, k) { k + 1 } else { k };
        // `Aalst ( Belgium ) v Metz ( France )`: a draw names each club's
        // country in brackets before the `v`.
        let k = if text.as_bytes()[toks[k].start()] == b'(' {
            versus_past_bracket(text, toks, k, &mut brackets)
        } else {
            k
        };
        // `New South Wales first innings 287`: a side of a scorecard.
        if line_start && matches!(tok(text, toks, k), "first" | "second") && tok_is(text, toks, k + 1, "innings") {
            found.table.push(Side { first: r.first, last: r.last });
        }
        let next = &toks[k];
        let len = next.end() - next.start();
        let b0 = text.as_bytes()[next.start()];
        let short = len <= 2 && matches!(b0, b'v' | b'V' | b'a' | b'A' | b'-');
        // `Stuttgart lead the table`: the side a table's top names, a club
        // when a town's (`Germany top the group` stays the country).
        if TOP_VERB_INITIALS.contains(&b0) && at_the_top(text, toks, k) {
            found.roles.push(Side { first: r.first, last: r.last });
        }
        // `Oldham 's coach`: a possessive written apart (tokenised text),
        // an apostrophe (`'`, or `’`: its first byte) and an `s`.
        let apart = matches!(b0, b'\'' | 0xE2)
            && matches!(tok(text, toks, k), "'" | "’")
            && tok(text, toks, k + 1) == "s"
            && !toks[k + 1].space_before();
        // A role is a title, maybe after its rank (`head coach`,
        // `assistant coach`, `caretaker manager`: four or nine letters).
        let rank = matches!(b0, b'h' | b'a' | b'c') && matches!(len, 4 | 9);
        // `Derby , who beat Leicester`: a relative clause's match verb.
        let who = b0 == b',' && tok(text, toks, k + 1) == "who" && has(toks, k + 2, cat::MATCH_VERB);
        // `Newcastle signed the defender`, `Leeds have signed striker X`:
        // who signs a player is a club.
        if b0 == b'h' || b0 == b's' {
            if let Some(role) = signing_at(text, toks, k) {
                if sports_role_at(text, toks, role) {
                    found.roles.extend(side_ending(text, toks, r.last));
                }
                continue;
            }
        }
        // `Lyon fans`, `Leeds supporters`: a town's followers are its club's.
        if matches!((b0, len), (b'f', 4) | (b's', 10)) && matches!(tok(text, toks, k), "fans" | "supporters") {
            found.roles.extend(side_ending(text, toks, r.last));
            continue;
        }
        // `Hull are three points clear of Leeds`, `level with Leeds`: a
        // table's gap between two sides.
        // (The verb's first byte and length first: most tokens are none.)
        let gap =
            matches!((b0, len), (b'a', 3) | (b'i', 2) | (b'w', 3 | 4)).then(|| table_gap(text, toks, k)).flatten();
        if let Some(after) = gap {
            if let (Some(a), Some(b)) = (side_ending(text, toks, r.last), side_after(text, toks, after)) {
                found.verbs.push((a, b));
            }
            continue;
        }
        if !(short || apart || rank || who || next.cat & (cat::MATCH_VERB | cat::TITLE) != 0) {
            continue;
        }
        if sports_role_at(text, toks, if apart { k + 2 } else { k }) {
            // `Ferguson's striker`: a surname's possessive is the coach's.
            let w = tok(text, toks, r.last);
            let coach_s = (apart || has_possessive(w)) && lexicon().is_surname(&norm(w), false);
            // `the bank's London manager`, `its Paris manager`: an owner
            // before the town makes the role its office's.
            let owned = |a: &Side| {
                let before = if a.first > 0 { tok(text, toks, a.first - 1) } else { "" };
                has_possessive(before) || OWNERS.contains(&before)
            };
            if let Some(a) = side_ending(text, toks, r.last).filter(|a| !coach_s && !owned(a)) {
                found.roles.push(a);
                // `Hertha striker Tomas Berg`: one word before a role and a
                // name, no possessive (`Ferguson's striker`).
                let role = if apart { k + 2 } else { k };
                let named =
                    (role + 1..=role + 2).any(|j| toks.get(j).is_some_and(|t| t.upper() && !t.newline_before()));
                if a.first == a.last && named && !apart && !has_possessive(w) {
                    found.named_roles.push(a);
                }
            }
            continue;
        }
        if who {
            let b = match_verb(text, toks, k + 2).and_then(|after| side_after(text, toks, after));
            match (side_ending(text, toks, r.last), b) {
                (Some(a), Some(b)) => found.verbs.push((a, b)),
                // `Bayern Munich , who drew 1-1 in Bremen`: a side that
                // plays, though no side faces it.
                (Some(a), None) => found.played.push(a),
                _ => {}
            }
            continue;
        }
        if !(short || next.cat & cat::MATCH_VERB != 0) {
            continue;
        }
        // `They beat Leeds 2-0`, `We lost 2-0 to Hertha Berlin`: a side a
        // pronoun opening its sentence plays.
        if r.first == r.last && TEAM_PRONOUNS.contains(&tok(text, toks, r.first)) {
            found.played.extend(match_verb(text, toks, k).and_then(|after| side_after(text, toks, after)));
            continue;
        }
        let Some(a) = side_ending(text, toks, r.last) else { continue };
        let w = tok(text, toks, k);
        match w {
            // `Everton v Newcastle`, `Chelsea vs. Arsenal` (not `Roe v. Wade`).
            "v" | "vs" | "V" | "Vs" | "VS" if !(w == "v" && tok_is(text, toks, k + 1, ".")) => {
                let after = if tok_is(text, toks, k + 1, ".") { k + 2 } else { k + 1 };
                if let Some(b) = side_after(text, toks, after).map(|b| caps_place_start(text, toks, b)) {
                    if !person_like(text, toks, a) && !person_like(text, toks, b) {
                        fixtures.push((a, b));
                    }
                }
            }
            // `Boston at Miami ,`: a fixture when the line lists two or more;
            // `CHICAGO AT TORONTO` in a schedule in capitals.
            "at" | "AT" => {
                if let Some(b) = side_after(text, toks, k + 1) {
                    let starts_line = a.first == 0 || toks[a.first].newline_before();
                    // (`Oakland at Chicago postponed , rain`: a fixture called
                    // off still ends its line.)
                    let called_off = CALLED_OFF.contains(&tok(text, toks, b.last + 1));
                    let ends_line = line_ends(toks, b.last + 1) || called_off;
                    let before_ok = starts_line || matches!(tok_bytes(text, toks, a.first - 1), b"," | b":" | b";");
                    let after_ok = ends_line || matches!(tok_bytes(text, toks, b.last + 1), b"," | b"." | b";");
                    if !before_ok || !after_ok || person_like(text, toks, a) || person_like(text, toks, b) {
                        continue;
                    }
                    if starts_line && ends_line {
                        line_pairs.push((a, b));
                    } else {
                        // A new line starts a new list.
                        let same_line = at_pairs
                            .last()
                            .is_none_or(|&(_, p)| (p.last + 1..=a.first).all(|j| !toks[j].newline_before()));
                        if !same_line {
                            flush_at_pairs(&mut at_pairs, &mut found);
                        }
                        at_pairs.push((a, b));
                    }
                }
            }
            // `Arsenal - Hallworth 23`: a scorers' line; `Sevilla - Suker (
            // 55 ) , Valencia - Mijatovic ( 70 )`, the minutes in brackets.
            "-" if toks[k].space_before() => {
                let boundary = a.first == 0
                    || toks[a.first].newline_before()
                    || matches!(tok_bytes(text, toks, a.first - 1), b"." | b";" | b":")
                    || a.first >= 2 && tok_is(text, toks, a.first - 1, ",") && tok_is(text, toks, a.first - 2, ")");
                let scorer = |b: Side| {
                    let next = b.last + 1;
                    is_count(tok(text, toks, next)) || tok_is(text, toks, next, "(") && scorer_bracket(text, toks, next)
                };
                if boundary && side_after(text, toks, k + 1).is_some_and(scorer) {
                    found.table.push(a);
                }
            }
            // `gave Leeds a 2-1 win over Everton`: a score's result names
            // two sides; clubs, unless countries (national teams).
            "a" if is_score(tok(text, toks, k + 1))
                && matches!(tok(text, toks, k + 2), "win" | "victory" | "defeat" | "loss" | "draw")
                && matches!(tok(text, toks, k + 3), "over" | "against" | "to" | "with" | "by") =>
            {
                if let Some(b) = side_after(text, toks, k + 4) {
                    let country = |s: Side| is_country(&norm(phrase(text, toks, s)));
                    if !country(a) && !country(b) && !person_like(text, toks, a) && !person_like(text, toks, b) {
                        found.sure.push(a);
                        found.sure.push(b);
                    }
                }
            }
            // Prose: `Leeds beat Everton`, `drew 0-0 with`, `lost to`.
            _ => {
                // `England drew 1-1 at Wembley`: a country plays at a
                // venue, no club.
                let venue =
                    |after: usize| tok_is(text, toks, after - 1, "at") && is_country(&norm(phrase(text, toks, a)));
                let side = match_verb(text, toks, k).filter(|&after| !venue(after));
                if let Some(b) = side.and_then(|after| side_after(text, toks, after)) {
                    found.verbs.push((a, b));
                    if !matches!(w, "face" | "faced" | "faces" | "host" | "hosted" | "hosts") {
                        found.results.push((a, b));
                    }
                }
            }
        }
    }
    flush_at_pairs(&mut at_pairs, &mut found);
    // `Houston at Chicago` alone on a line, and another such line: a
    // schedule, one fixture a line.
    flush_at_pairs(&mut line_pairs, &mut found);
    push_fixtures(text, toks, runs, &fixtures, &mut found);
    found
}

/// Adds the sides of the `v` fixtures, but for a pair both of whose sides
/// are surnames of people the article names in full elsewhere (`Goran
/// Ivanisevic ( Croatia ) beat …` then `Semifinals : Ivanisevic v Gumy`:
/// a tennis draw's players, not clubs; `Kettering v Barnet` stays two
/// clubs though a `Steve Barnet` is named).
fn push_fixtures(text: &str, toks: &[Token], runs: &[Segment], fixtures: &[(Side, Side)], found: &mut Found) {
    if fixtures.is_empty() {
        return;
    }
    // The surnames of the article's full names, looked up by their text.
    let surnames: FastSet<&str> = runs
        .iter()
        .filter(|r| person_like(text, toks, Side { first: r.first, last: r.last }))
        .map(|r| core(tok(text, toks, r.last)))
        .collect();
    let player = |s: Side| s.first == s.last && surnames.contains(&core(tok(text, toks, s.first)));
    for &(a, b) in fixtures {
        if !(player(a) && player(b)) {
            found.table.push(a);
            found.table.push(b);
        }
    }
}

/// `lead the table`, `tops the standings`: a verb of a table's top at
/// token `k`, `the` and a table's noun.
fn at_the_top(text: &str, toks: &[Token], k: usize) -> bool {
    TOP_VERBS.contains(&tok(text, toks, k))
        && tok_is(text, toks, k + 1, "the")
        && TABLE_NOUNS.contains(&tok(text, toks, k + 2))
}

/// Verbs a side at a table's top takes (`Stuttgart lead the table`).
const TOP_VERBS: [&str; 8] = ["head", "headed", "heads", "lead", "leads", "led", "top", "tops"];

/// The first bytes of `TOP_VERBS`: a cheap test before the words are read
/// (a test keeps it in step with the list).
const TOP_VERB_INITIALS: [u8; 3] = [b'h', b'l', b't'];

/// Nouns for a league's table after a verb of its top.
const TABLE_NOUNS: [&str; 5] = ["division", "group", "league", "standings", "table"];

/// `are three points clear of`, `is 14 points behind`, `are level with`:
/// a table's gap from token `k`; the token after it. Not a poll's
/// `percentage points`.
fn table_gap(text: &str, toks: &[Token], k: usize) -> Option<usize> {
    if !matches!(tok(text, toks, k), "are" | "is" | "were" | "was") {
        return None;
    }
    let after = match (tok(text, toks, k + 1), tok(text, toks, k + 2), tok(text, toks, k + 3)) {
        ("level", "with", _) => k + 3,
        (n, "points" | "point", gap) if n != "percentage" && !n.starts_with(char::is_uppercase) => {
            match (gap, tok(text, toks, k + 4)) {
                ("clear" | "ahead", "of") => k + 5,
                ("behind", _) => k + 4,
                _ => return None,
            }
        }
        _ => return None,
    };
    (!line_ends(toks, after)).then_some(after)
}

/// What a side is credited with before `for` (`scored twice for Leeds`,
/// `scored a try for`, `28 points for Boston`, `two tries for Munster`,
/// `14 rebounds for New York`).
const SCORED_FOR: [&str; 8] = ["assists", "goals", "points", "rebounds", "runs", "scored", "tries", "wickets"];

/// The run at token `i` is the side of a lost match after its score (`a
/// 3-0 defeat by`, `2-1 loss to`) or what a player scores for (`scored
/// twice for`, `goals for`).
fn beaten_or_scored_for(text: &str, toks: &[Token], i: usize) -> bool {
    match tok_bytes(text, toks, i - 1) {
        b"by" | b"to" => {
            matches!(tok(text, toks, i - 2), "defeat" | "defeats" | "loss" | "losses")
                && is_score(tok(text, toks, i - 3))
        }
        b"for" => (i.saturating_sub(4)..i - 1).any(|j| SCORED_FOR.contains(&tok(text, toks, j))),
        _ => false,
    }
}

/// Subject pronouns that stand for a team (`They beat Leeds`).
const TEAM_PRONOUNS: [&str; 2] = ["They", "We"];

/// Nouns that stand for a team as the subject of a match verb (`the
/// champions beat Aberdeen 3-1`, `the hosts lost`); not `winner`, which a
/// player is as often.
const TEAM_NOUNS: [&str; 6] = ["champions", "holders", "hosts", "leaders", "side", "visitors"];

/// Modals before a match verb (`Leeds will face Derby`, `Hull must beat
/// Leeds`).
const MODALS: [&str; 4] = ["could", "must", "will", "would"];

/// Token `k` is a modal and a match verb follows it (the modal's first
/// byte first: most tokens after a run are none).
fn modal_before_match_verb(text: &str, toks: &[Token], k: usize) -> bool {
    matches!(text.as_bytes()[toks[k].start()], b'c' | b'm' | b'w')
        && has(toks, k + 1, cat::MATCH_VERB)
        && MODALS.contains(&tok(text, toks, k))
        && !toks[k + 1].newline_before()
}

/// Words after a fixture that say it was not played (`Oakland at Chicago
/// postponed , rain`, `ppd`, the box scores' short form).
const CALLED_OFF: [&str; 5] = ["abandoned", "cancelled", "canceled", "postponed", "ppd"];

/// The `at` fixtures of a line are teams when the line lists two or more
/// (`Boston at Miami , Phoenix at Sacramento`); so are those alone on
/// their lines when two lines or more hold one.
fn flush_at_pairs(at_pairs: &mut Vec<(Side, Side)>, found: &mut Found) {
    if at_pairs.len() >= 2 {
        for &(a, b) in at_pairs.iter() {
            found.sure.push(a);
            found.sure.push(b);
        }
    }
    at_pairs.clear();
}

/// The most tokens of a competitor's country in brackets, its brackets
/// included (`( Czech Republic )`).
const MAX_BRACKET_TOKENS: usize = 5;

/// The most tokens of a time or figures ending a ranked line (`1:25.302`,
/// `+ 0.278`, `4:32:11`, `42 hours 18 minutes 51 seconds`).
const MAX_FIGURE_TOKENS: usize = 6;

/// From token `k` to the line's end: one to [`MAX_FIGURE_TOKENS`] tokens
/// of figures (a time, a gap) and the words of a time or a gap (`1 hour
/// 28:15.125`, `5.602 seconds behind`, `one lap behind`, `same time`),
/// opened by a figure or by a gap's first word.
fn figures_end_line(text: &str, toks: &[Token], k: usize) -> bool {
    let mut n = 0;
    while !line_ends(toks, k + n) {
        let w = tok_bytes(text, toks, k + n);
        let figure = w.iter().all(|b| !b.is_ascii_alphabetic()) || gap_word(w);
        if !figure || n == MAX_FIGURE_TOKENS {
            return false;
        }
        n += 1;
    }
    n > 0
        && tok_bytes(text, toks, k).first().is_some_and(|b| b.is_ascii_digit() || gap_opener(tok_bytes(text, toks, k)))
}

/// A word of a time or a gap on a ranked line (`hours`, `seconds
/// behind`, `one lap behind`, `same time`): the units of a race's time
/// (the number rules' own, [`lexicon::unit`]: `hours`, `mins`, `secs`)
/// and the words of a gap to the winner.
fn gap_word(w: &[u8]) -> bool {
    gap_opener(w)
        || matches!(w, b"behind" | b"lap" | b"laps" | b"time")
        || std::str::from_utf8(w)
            .ok()
            .and_then(lexicon::unit)
            .is_some_and(|u| matches!(u, "hour" | "minute" | "second"))
}

/// A gap's first word when no figure opens it (`one lap behind`, `two
/// laps behind`, `same time`).
fn gap_opener(w: &[u8]) -> bool {
    matches!(w, b"one" | b"two" | b"three" | b"same")
}

/// The run `first..=last` after a bracket that follows a competitor ranked
/// at the line's start (`5. Mika Hakkinen ( Finland ) McLaren`, `2 Ivan
/// Petrov ( Russia ) Mapei`): the competitor's team.
fn competitor_team(text: &str, toks: &[Token], first: usize, last: usize) -> Option<Side> {
    let open = (first.saturating_sub(MAX_BRACKET_TOKENS)..first - 1).rev().find(|&j| tok_is(text, toks, j, "("))?;
    if (open + 1..first).any(|j| toks[j].newline_before()) {
        return None;
    }
    // The competitor's name, then its rank opening the line.
    let mut k = open.checked_sub(1)?;
    let name_last = k;
    while toks[k].upper() && !toks[k].newline_before() && name_last - k < MAX_TEAM_WORDS && k > 0 {
        k -= 1;
    }
    if k == name_last || !toks[k + 1].upper() {
        return None;
    }
    rank_opens_line(text, toks, k).then_some(Side { first, last })
}

/// Token `k`, right before a competitor's name, is a rank opening its line
/// (`204 Sipho Mthembu`) or the period after one (`2. Gary Hall`): the
/// one reading of a ranked line's start for the teams, the landmark rule
/// and the list slot.
pub(super) fn rank_opens_line(text: &str, toks: &[Token], k: usize) -> bool {
    let rank = if tok_is(text, toks, k, ".") && k > 0 && !toks[k].newline_before() { k - 1 } else { k };
    is_count(tok(text, toks, rank)) && (rank == 0 || toks[rank].newline_before())
}

/// The `v` of a fixture past the bracketed note at token `k` (`( Belgium
/// ) v`), on the line; else `k`. The bracket's end from `ends`, as runs
/// come in order.
fn versus_past_bracket(text: &str, toks: &[Token], k: usize, ends: &mut BracketEnds) -> usize {
    let j = ends.skip(text, toks, k);
    let versus = j > k && !line_ends(toks, j) && matches!(tok(text, toks, j), "v" | "vs" | "V" | "VS");
    if versus {
        j
    } else {
        k
    }
}

/// Possessive determiners before a town and a role that make the role an
/// office's of the owner (`its London manager`).
const OWNERS: [&str; 6] = ["its", "their", "his", "her", "our", "my"];

/// `signed the`, `have signed`, `has signed a`: a club's signing from
/// token `k`; the token after it, where a player's role would stand.
fn signing_at(text: &str, toks: &[Token], k: usize) -> Option<usize> {
    let mut j = k;
    if matches!(tok(text, toks, j), "has" | "have") {
        j += 1;
    }
    if !matches!(tok(text, toks, j), "signed" | "signs") {
        return None;
    }
    j += 1;
    if matches!(tok(text, toks, j), "the" | "a" | "an") {
        j += 1;
    }
    Some(j)
}

/// A player's or coach's role at token `k`, in lower case, maybe after a
/// word of its rank (`coach`, `head coach`, `striker`).
fn sports_role_at(text: &str, toks: &[Token], k: usize) -> bool {
    // Every role is a title: the token's bit first, as this runs after
    // every run.
    let role = |k: usize| has(toks, k, cat::TITLE) && SPORTS_ROLES.contains(&tok(text, toks, k));
    role(k)
        || has(toks, k + 1, cat::TITLE)
            && matches!(tok(text, toks, k), "head" | "assistant" | "caretaker")
            && role(k + 1)
}

/// Token `k` starts a new line or is past the end.
fn line_ends(toks: &[Token], k: usize) -> bool {
    toks.get(k).is_none_or(|t| t.newline_before())
}

/// Adds the sides of a results line from token `start` to the line's end;
/// whether there was one. A line may chain results with commas,
/// semicolons or periods (`Barnsley 2 Wolves 0 , Bolton 3 Norwich 1`,
/// `Auxerre 2 Lens 0 . Monaco 1 Nantes 1 .`): each is added when the
/// chain ends the line.
fn push_results(text: &str, toks: &[Token], start: usize, found: &mut Found, ends: &mut BracketEnds) -> bool {
    let before = found.table.len();
    let mut at = start;
    while let Some((home, away, next)) = results_line(text, toks, at, ends) {
        found.table.push(home);
        found.table.push(away);
        match next {
            Some(k) => at = k,
            None => return true,
        }
    }
    found.table.truncate(before);
    false
}

/// `home [(…)] n [(…)] away [(…)] m` or `home [(…)] n-m away [(…)]` from
/// token `start` to the line's end, with a bracketed note after it (`(
/// OT )`, `( 10 innings )`) or the scorers after each count (`Werder
/// Bremen 2 ( Bode 34 ) Hansa Rostock 0`), and a labelled field after a
/// period (`. Attendance : 28,500`, `. Halftime 1-0`), or another result
/// after a comma, a semicolon or a period, whose start it gives.
fn results_line(
    text: &str,
    toks: &[Token],
    start: usize,
    ends: &mut BracketEnds,
) -> Option<(Side, Side, Option<usize>)> {
    let home = side_at(text, toks, start)?;
    let mut k = ends.skip(text, toks, home.last + 1);
    let w = tok(text, toks, k);
    let split = if is_count(w) {
        true
    } else if is_score(w) {
        false
    } else {
        return None;
    };
    k = if split { ends.skip(text, toks, k + 1) } else { k + 1 };
    if line_ends(toks, k) {
        return None;
    }
    let away = side_at(text, toks, k)?;
    k = ends.skip(text, toks, away.last + 1);
    if split {
        if line_ends(toks, k) || !is_count(tok(text, toks, k)) {
            return None;
        }
        k += 1;
    }
    let k = if line_ends(toks, k) { k } else { ends.skip(text, toks, k) };
    // `. Attendance : 28,500`, `. Halftime 1-0`, `. Attendance 36,400`: a
    // label, then a colon, a score or a figure in thousands; or the
    // attendance alone ending the line (`. 15,000`).
    let field = |j: usize| {
        let after = tok(text, toks, j + 1);
        is_cap(tok(text, toks, j)) && (after == ":" || is_score(after) || in_thousands(after))
            || in_thousands(tok(text, toks, j)) && line_ends(toks, j + 1)
            // `. Paris St Germain win 7-0 on aggregate`: a side, its verb
            // and the tie's score.
            || side_at(text, toks, j).is_some_and(|s| is_score(tok(text, toks, s.last + 2)))
    };
    let end_ok = line_ends(toks, k) || tok_is(text, toks, k, ".") && (line_ends(toks, k + 1) || field(k + 1));
    if end_ok {
        return Some((home, away, None));
    }
    // (`Auxerre 2 Lens 0 . Monaco 1 Nantes 1 .`: a period chains them too;
    // a sentence after one is no result, and the line is none.)
    let chained = matches!(tok_bytes(text, toks, k), b"," | b";" | b".") && !line_ends(toks, k + 1);
    chained.then_some((home, away, Some(k + 1)))
}

/// A figure written with thousands commas (`36,400`, `1,250,000`).
fn in_thousands(w: &str) -> bool {
    w.contains(',') && w.bytes().all(|b| b.is_ascii_digit() || b == b',')
}

/// The words after a cricket side's runs that close its innings
/// (`205-6 declared`, `312-7 dec`).
const DECLARED: [&str; 2] = ["declared", "dec"];

/// A cricket scores line from token `start`: `Essex 412 and 205-6 declared ;
/// Kent 298 and 140-5 .`, `Leicestershire 350 ( V. Wells 120 ) ; Somerset
/// 210-4 ( P. Bowler 88 not out )`: two sides, each with its innings (runs,
/// or runs and wickets, maybe declared, maybe its scorers in brackets, a
/// second after `and`), a semicolon between, to the line's end; or the
/// first side's innings, `v` and the other side (`Hampshire 240 v Kent`).
fn cricket_scores(text: &str, toks: &[Token], start: usize, ends: &mut BracketEnds) -> Option<[Side; 2]> {
    let home = side_at(text, toks, start)?;
    let k = innings(text, toks, home.last + 1, ends)?;
    // (`Hampshire 240 ( R. Smith 63 ) v Northamptonshire`: the first day's
    // close, the other side yet to bat.)
    let versus = tok_is(text, toks, k, "v");
    if !(versus || tok_is(text, toks, k, ";")) || line_ends(toks, k + 1) {
        return None;
    }
    let away = side_at(text, toks, k + 1)?;
    let k = match innings(text, toks, away.last + 1, ends) {
        Some(k) => k,
        None if versus => away.last + 1,
        None => return None,
    };
    let end = line_ends(toks, k) || tok_is(text, toks, k, ".") && line_ends(toks, k + 1);
    (end && !person_like(text, toks, home) && !person_like(text, toks, away)).then_some([home, away])
}

/// A side's innings from token `k` (`412`, `205-6 declared ( … )`, `412 and
/// 205-6`): the token after them.
fn innings(text: &str, toks: &[Token], mut k: usize, ends: &mut BracketEnds) -> Option<usize> {
    let mut played = 0;
    while !line_ends(toks, k) && (is_count(tok(text, toks, k)) || is_score(tok(text, toks, k))) {
        played += 1;
        k += 1 + usize::from(DECLARED.contains(&tok(text, toks, k + 1)));
        if !line_ends(toks, k) {
            k = ends.skip(text, toks, k);
        }
        if played == 2 || !tok_is(text, toks, k, "and") {
            break;
        }
        k += 1;
    }
    (played > 0).then_some(k)
}

/// A standings line: a side at the line's start, then four or more
/// figures to its end (`Chelsea 4 3 1 0 9 3 10`, `BOSTON 4 4 .500 2`). Not
/// a person's scores (`Nick Price 68 70 69 71`): a side of two or more
/// words starting with a given name is no team.
fn standings_line(text: &str, toks: &[Token], lo: usize) -> Option<Side> {
    let side = side_at(text, toks, lo)?;
    let mut figures = 0;
    let mut k = side.last + 1;
    while !line_ends(toks, k) {
        let w = tok(text, toks, k);
        if !(w == "-" || w.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b'/' || b == b'-')) {
            return None;
        }
        figures += 1;
        k += 1;
    }
    (figures >= MIN_STANDINGS_FIGURES && !person_like(text, toks, side)).then_some(side)
}

/// A side that reads as a person's name: a given name and more (`Kate
/// Middleton`), or a title in it (`Lady Diana Spencer`). A compass point
/// opens a town's name, not a person's (`North Melbourne`, `West Ham`),
/// though the lexicon has it as a given name.
fn person_like(text: &str, toks: &[Token], s: Side) -> bool {
    let given = s.last > s.first && {
        let first = norm(tok(text, toks, s.first));
        lexicon().is_given(&first, false) && !COMPASS_PREFIXES.iter().any(|c| c.eq_ignore_ascii_case(&first))
    };
    given || (s.first..=s.last).any(|k| has(toks, k, cat::TITLE))
}

/// Past a bracketed note (`( Ukraine )`, `(OT)`), on the line, for the
/// brackets a scan meets in the order of the text: where the last walk
/// stopped (its first `)` or the line's end, from the `(` at `from`) is
/// where a walk from any later `(` before it stops too, no token between
/// stopping it. So each token is walked once, where a line of runs before
/// brackets left open (`Aalst ( Aalst ( …`, `x : Aalst 2 ( …`) was walked
/// to its end from every run: quadratic in the line.
#[derive(Default)]
struct BracketEnds {
    from: usize,
    stop: usize,
}

impl BracketEnds {
    /// Past the bracketed note at token `k` (the token after its `)`), on
    /// the line; `k` when no note opens there or it is not closed on it.
    fn skip(&mut self, text: &str, toks: &[Token], k: usize) -> usize {
        if !tok_is(text, toks, k, "(") {
            return k;
        }
        if !(self.from <= k && k < self.stop) {
            let mut j = k + 1;
            while !line_ends(toks, j) && !tok_is(text, toks, j, ")") {
                j += 1;
            }
            *self = BracketEnds { from: k, stop: j };
        }
        if line_ends(toks, self.stop) {
            k
        } else {
            self.stop + 1
        }
    }
}

/// The token after a match verb at `k` (`beat`, `drew 0-0 with`, `lost
/// to`), when one stands there.
fn match_verb(text: &str, toks: &[Token], k: usize) -> Option<usize> {
    if !has(toks, k, cat::MATCH_VERB) {
        return None;
    }
    let w = tok(text, toks, k);
    if MATCH_VERBS.contains(&w) {
        return Some(k + 1);
    }
    if w == "knocked" {
        // `knocked out Leeds`.
        return (tok_is(text, toks, k + 1, "out") && !line_ends(toks, k + 2)).then_some(k + 2);
    }
    if MATCH_VERBS_BEFORE.contains(&w) {
        // `drew with`, `drew 0-0 with`, `lost 2-1 to`.
        let mut j = k + 1;
        let scored = is_score(tok(text, toks, j));
        if scored {
            j += 1;
        }
        let facing = |j: usize| matches!(tok_bytes(text, toks, j), b"with" | b"to" | b"against");
        if facing(j) && !line_ends(toks, j + 1) {
            return Some(j + 1);
        }
        if tok_is(text, toks, j, "at") {
            // `drew 2-2 at home to`, `lost at home against`.
            if tok_is(text, toks, j + 1, "home") && facing(j + 2) && !line_ends(toks, j + 3) {
                return Some(j + 3);
            }
            // `drew 1-1 at Farense`, `lost 2-1 at Lierse`: the host, once
            // a score says a match was played (`lost at Wimbledon`, a
            // tournament's place, stays).
            if scored && !line_ends(toks, j + 1) {
                return Some(j + 1);
            }
        }
    }
    None
}

/// One score stands at token `k` or the next (`Everton 2-1`, `Everton
/// on Saturday 2-1` is too far), not a tennis match's sets (`6-3 6-4`).
fn one_score_after(text: &str, toks: &[Token], k: usize) -> bool {
    (k..k + 2).find(|&j| is_score(tok(text, toks, j))).is_some_and(|j| !is_score(tok(text, toks, j + 1)))
}

/// A goal or point count: one to three digits.
pub(super) fn is_count(w: &str) -> bool {
    (1..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit())
}

/// A score in one token: two counts joined by a hyphen (`2-1`).
pub(super) fn is_score(w: &str) -> bool {
    w.split_once('-').is_some_and(|(a, b)| is_count(a) && is_count(b))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    #[test]
    fn every_top_verb_starts_with_one_of_the_initials_read_first() {
        for verb in TOP_VERBS {
            assert!(TOP_VERB_INITIALS.contains(&verb.as_bytes()[0]), "{verb}");
        }
    }

    /// The walk `BracketEnds::skip` saves: from token `k`'s `(` to its `)`,
    /// on the line.
    fn skip_bracket(text: &str, toks: &[Token], k: usize) -> usize {
        if !tok_is(text, toks, k, "(") {
            return k;
        }
        let mut j = k + 1;
        while !line_ends(toks, j) {
            if tok_is(text, toks, j, ")") {
                return j + 1;
            }
            j += 1;
        }
        k
    }

    /// `BracketEnds::skip` gives what `skip_bracket` gives, from every
    /// token in order and from tokens out of order: brackets closed, left
    /// open, nested, across a line's end.
    #[test]
    fn bracket_ends_skip_as_skip_bracket_does() {
        let text = "Aalst ( Belgium ) v Metz ( ( France ) ( x\n( y ) ( z ( w";
        let toks = tokenize(text);
        let mut ends = BracketEnds::default();
        for k in 0..=toks.len() {
            assert_eq!(ends.skip(text, &toks, k), skip_bracket(text, &toks, k), "{k}");
        }
        let mut ends = BracketEnds::default();
        for k in (0..=toks.len()).rev().chain([5, 1, 9, 6, 12]) {
            assert_eq!(ends.skip(text, &toks, k), skip_bracket(text, &toks, k), "{k}");
        }
    }
}
