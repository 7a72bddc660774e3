//! PERSON and PLACE mentions from runs of capitalised words.
//!
//! A run (`Turkish President Recep Tayyip Erdoğan`) is split at its last
//! title (`President`): what follows is a person. Otherwise, in order: a
//! run holding an institution word (`White House`, `Ministry`) is neither;
//! a run ending in a landmark noun is a place (`Ciragan Palace`); a given
//! name followed by more names is a person; gazetteer phrases are places,
//! longest first (each side of `Russia-Ukraine`). What is left is decided by
//! context: a role before it (`spokesman X`), a byline (`By X`), a reporting
//! verb (`X said`, `said X`, `according to X`) make a person; `the village
//! of X`, `X region`, `in X, Ukraine` and a list of places make a place.
//! Last, coreference within the document: a word that is the surname of a
//! person already found (`Peskov` after `Dmitry Peskov`) is that person.

use std::borrow::Cow;

use annotator_schema::Label;

use crate::lexicon::name_words::{
    ARABIC_PARTICLES, BYLINE_DESKS, CONNECTORS, DEMONYMS, DEMONYM_SUFFIXES, LOCATIVE_CUES, LOWER_CASE_LANDMARKS,
    PARTY_TAGS, PLACE_PREPOSITIONS, TITLES_NOT_ALONE,
};
use crate::lexicon::speech::ADDRESSEE_VERBS;
use crate::lexicon::{self, core, is_all_caps, lexicon, title_case};
use crate::lexicon::{cat, FastMap, FastSet};
use crate::sentences::sentence_initial;
use crate::tokens::{has, Token};

/// A PERSON or PLACE mention in byte offsets.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub label: Label,
    /// The fuller name an editor's bracket gives (`(Vladimir) Putin`).
    pub bracket_name: Option<String>,
}

/// A run or part of one whose kind is not settled yet.
#[derive(Clone, Copy, Debug)]
struct Segment {
    /// Token indices, `first..=last`.
    first: usize,
    last: usize,
}

/// Finds PERSON and PLACE mentions, sorted by start.
pub fn find(text: &str, toks: &[Token]) -> Vec<Mention> {
    let mut found = Vec::new();
    let mut open = Vec::new();
    for run in runs(text, toks) {
        classify_run(text, toks, run, &mut found, &mut open);
    }
    resolve_open(text, toks, &mut found, open);
    party_states(text, toks, &mut found);
    drop_org_names(text, toks, &mut found);
    surnames_over_places(text, toks, &mut found);
    found.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    found.dedup_by(|b, a| b.start < a.end);
    found
}

/// US political copy tags lawmakers with party and state: `Sen. Dana
/// Whitcomb, R-Idaho,` / `(D-N.M.)`. The state is a PLACE.
fn party_states(text: &str, toks: &[Token], found: &mut Vec<Mention>) {
    for (i, t) in toks.iter().enumerate() {
        let w = t.text(text);
        let Some(state) = PARTY_TAGS.iter().find_map(|tag| w.strip_prefix(tag)) else { continue };
        if i == 0 || !matches!(tok(text, toks, i - 1), "," | "(") {
            continue;
        }
        let dotted = toks.get(i + 1).is_some_and(|d| d.start() == t.end() && d.text(text) == ".");
        let (name, end, after) = if dotted {
            (&text[t.end() - state.len()..t.end() + 1], t.end() + 1, i + 2)
        } else {
            (state, t.end(), i + 1)
        };
        if lexicon::us_state(name).is_some() && matches!(tok(text, toks, after), "," | ")" | "." | ";") {
            found.retain(|m| m.end <= t.start() || m.start >= end);
            found.push(Mention { start: end - name.len(), end, label: Label::Place, bracket_name: None });
        }
    }
}

/// `Newcastle United … beat Newcastle`, `Vallmar AG … Vallmar said`: once a
/// word heads a club's or a company's name, that word alone names the same
/// organisation, not a place or a person.
fn drop_org_names(text: &str, toks: &[Token], found: &mut Vec<Mention>) {
    // Written as clubs and companies write them: `United`, `AG`, `plc`, `GmbH`.
    let as_written =
        |w: &str| w == "plc" || w.chars().next().is_some_and(char::is_uppercase) && !(w.len() > 3 && is_all_caps(w));
    let mut orgs: Vec<&str> = Vec::new();
    for (i, t) in toks.iter().enumerate().skip(1) {
        let suffix = has(toks, i, cat::ORG_SUFFIX) && as_written(core(t.text(text)));
        if suffix && t.space_before && !t.newline_before && starts_run(toks, i - 1) {
            let head = core(tok(text, toks, i - 1));
            if !orgs.contains(&head) {
                orgs.push(head);
            }
        }
    }
    if !orgs.is_empty() {
        found.retain(|m| !orgs.contains(&&text[m.start..m.end]));
    }
}

/// `Eddie Thornbury … Thornbury told reporters`: a word that is the
/// surname of a person named in full is that person, though a town has the
/// same name; and `van der Merwe` keeps the particles the full name has.
fn surnames_over_places(text: &str, toks: &[Token], found: &mut [Mention]) {
    // Full names by surname (the first the article gives).
    let mut fulls: FastMap<&str, &str> = FastMap::default();
    for m in found.iter().filter(|m| m.label == Label::Person) {
        let t = &text[m.start..m.end];
        if let Some((_, last)) = t.rsplit_once(' ') {
            fulls.entry(last).or_insert(t);
        }
    }
    let surname_of = |w: &str| fulls.get(w).copied();
    let mut relabel = Vec::new();
    for (k, m) in found.iter().enumerate() {
        let t = &text[m.start..m.end];
        if t.contains(' ') {
            continue;
        }
        let Some(full) = surname_of(t) else { continue };
        let mut start = m.start;
        // Particles before it that the full name has too (only after a
        // particle is the token search worth it).
        let word_before = text[..m.start].trim_end().rsplit(char::is_whitespace).next().unwrap_or("");
        let particle_before = CONNECTORS.contains(&word_before);
        if let Some(i) = particle_before.then(|| toks.binary_search_by_key(&m.start, |x| x.start()).ok()).flatten() {
            let mut j = i;
            while j > 0 && CONNECTORS.contains(&tok(text, toks, j - 1)) {
                j -= 1;
            }
            if j < i && full.ends_with(&text[toks[j].start()..m.end]) {
                start = toks[j].start();
            }
        }
        if m.label == Label::Place || start != m.start {
            relabel.push((k, start));
        }
    }
    for (k, start) in relabel {
        found[k].label = Label::Person;
        found[k].start = start;
    }
}

fn has_possessive(word: &str) -> bool {
    core(word).len() != word.len()
}

fn is_cap(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

fn tok<'t>(text: &'t str, toks: &[Token], i: usize) -> &'t str {
    toks.get(i).map_or("", |t| t.text(text))
}

fn lower<'t>(text: &'t str, toks: &[Token], i: usize) -> Cow<'t, str> {
    let w = tok(text, toks, i);
    // Most words are lower case already: no allocation for them.
    if w.chars().any(char::is_uppercase) {
        Cow::Owned(w.to_lowercase())
    } else {
        Cow::Borrowed(w)
    }
}

/// Lookup form: title case for all-caps words (`MOSCOW`).
fn norm(word: &str) -> Cow<'_, str> {
    let c = core(word);
    if c.len() > 3 && is_all_caps(c) {
        Cow::Owned(title_case(c))
    } else {
        Cow::Borrowed(c)
    }
}

/// `al-Burhan`, `el-Sisi`, `bin-Salman`: an Arabic particle joined to a name.
fn is_particle_name(w: &str) -> bool {
    let Some((pre, rest)) = w.split_once('-') else { return false };
    ARABIC_PARTICLES.contains(&pre) && rest.chars().next().is_some_and(char::is_uppercase)
}

/// Maximal runs of capitalised words on one line, single-spaced, with name
/// connectors (`de`, `van`, `bin`) inside. A possessive ends a run.
fn runs(text: &str, toks: &[Token]) -> Vec<Segment> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !starts_run(toks, i) {
            i += 1;
            continue;
        }
        let first = i;
        let mut last = i;
        loop {
            let w = tok(text, toks, last);
            if has_possessive(w) || has(toks, last, cat::WEEKDAY) {
                break;
            }
            let n = last + 1;
            let Some(t) = toks.get(n) else { break };
            if !t.space_before || t.newline_before {
                break;
            }
            if starts_run(toks, n) && !breaks_before(text, toks, n) {
                last = n;
                continue;
            }
            let lw = t.text(text);
            if is_particle_name(lw) {
                last = n;
                continue;
            }
            // `dos Santos`, `van der Merwe`, `de la Fuente`, `Sea of Azov`.
            let mut m = n;
            while m < n + 2
                && toks.get(m).is_some_and(|c| CONNECTORS.contains(&c.text(text)) || m == n && c.text(text) == "of")
            {
                m += 1;
            }
            let on_line = |k: usize| toks.get(k).is_some_and(|t| t.space_before && !t.newline_before);
            if m > n && starts_run(toks, m) && (n + 1..=m).all(on_line) {
                last = m;
                continue;
            }
            break;
        }
        out.push(Segment { first, last });
        i = last + 1;
    }
    out
}

fn starts_run(toks: &[Token], i: usize) -> bool {
    toks.get(i).is_some_and(|t| t.upper && !t.caps_function_word)
}

/// Weekdays and months start a new run (`On Tuesday Peskov`), except a
/// month right after a given name (`Theresa May`).
fn breaks_before(text: &str, toks: &[Token], i: usize) -> bool {
    if has(toks, i, cat::WEEKDAY) {
        return true;
    }
    let month = |k: usize| has(toks, k, cat::MONTH) && lexicon::month(tok(text, toks, k)).is_some();
    if month(i) {
        return !lexicon().is_given(&norm(tok(text, toks, i - 1)), false);
    }
    month(i - 1)
}

fn span(text: &str, toks: &[Token], first: usize, last: usize) -> (usize, usize) {
    let end_tok = toks[last];
    let w = end_tok.text(text);
    (toks[first].start(), end_tok.start() + core(w).len())
}

fn phrase<'t>(text: &'t str, toks: &[Token], first: usize, last: usize) -> &'t str {
    let (s, e) = span(text, toks, first, last);
    text.get(s..e).unwrap_or("")
}

fn push(text: &str, toks: &[Token], first: usize, last: usize, label: Label, out: &mut Vec<Mention>) {
    let (start, end) = span(text, toks, first, last);
    if start < end {
        out.push(Mention { start, end, label, bracket_name: None });
    }
}

fn classify_run(text: &str, toks: &[Token], run: Segment, found: &mut Vec<Mention>, open: &mut Vec<(Segment, bool)>) {
    let Segment { mut first, mut last } = run;
    // A byline's desk: `Amelia Thornton-Reyes Science correspondent`.
    if last > first + 1 && BYLINE_DESKS.contains(&tok(text, toks, last + 1)) {
        last -= 1;
    }
    let mut byline = false;
    // Sentence-initial function words: `The`, `Despite`, `By`.
    while first <= last && sentence_initial_in_run(text, toks, first, run.first) {
        let w = tok(text, toks, first);
        if !has(toks, first, cat::STOP | cat::WEEKDAY) {
            break;
        }
        byline |= w == "By" && first == run.first && toks[first].newline_before || (w == "By" && first == 0);
        first += 1;
    }
    if first > last {
        return;
    }
    // Split at the last title: `U.S. President | Donald Trump`.
    if let Some(t) = (first..=last).rev().find(|&k| has(toks, k, cat::TITLE)) {
        if t > first {
            classify_plain(text, toks, Segment { first, last: t - 1 }, byline, found, open);
        }
        if t < last {
            let right = Segment { first: t + 1, last };
            let sole_given =
                right.first == right.last && lexicon().is_given(&norm(tok(text, toks, right.first)), false);
            let bracketed = matches!(tok(text, toks, last + 1), "]" | ")");
            let function_words = (right.first..=right.last).all(|k| has(toks, k, cat::STOP));
            if !(has_org_word(toks, right) || sole_given && bracketed || function_words) {
                push(text, toks, right.first, right.last, Label::Person, found);
            }
        }
        return;
    }
    classify_plain(text, toks, Segment { first, last }, byline, found, open);
}

/// Like [`sentence_initial`], also true inside a run right after a dropped
/// opener (`The White House`).
fn sentence_initial_in_run(text: &str, toks: &[Token], i: usize, run_first: usize) -> bool {
    i > run_first || sentence_initial(text, toks, i)
}

fn has_org_word(toks: &[Token], s: Segment) -> bool {
    (s.first..=s.last).any(|k| has(toks, k, cat::ORG))
}

fn classify_plain(
    text: &str,
    toks: &[Token],
    s: Segment,
    byline: bool,
    found: &mut Vec<Mention>,
    open: &mut Vec<(Segment, bool)>,
) {
    let lx = lexicon();
    if has_org_word(toks, s) {
        // `West Bank` is a place although `Bank` usually names an institution.
        let whole = phrase(text, toks, s.first, s.last);
        if lx.is_place(&norm(whole)) {
            push(text, toks, s.first, s.last, Label::Place, found);
        }
        return;
    }
    let n = s.last - s.first + 1;
    let last_word = core(tok(text, toks, s.last));
    // Landmarks: `Ciragan Palace`, `Crimean Bridge`, `Crimean bridge`.
    if n >= 2 && lexicon::is_landmark_word(last_word) && is_cap(last_word) {
        push(text, toks, s.first, s.last, Label::Place, found);
        return;
    }
    let whole = phrase(text, toks, s.first, s.last);
    // `(Vladimir) Putin`: a bracketed given name, not the city.
    if n == 1
        && s.first > 0
        && tok(text, toks, s.first - 1) == "("
        && tok(text, toks, s.last + 1) == ")"
        && lx.is_given(&norm(whole), false)
        && starts_run(toks, s.last + 2)
    {
        return;
    }
    if n == 1 && !lx.is_place(&norm(whole)) {
        let next = s.last + 1;
        if LOWER_CASE_LANDMARKS.contains(&&*lower(text, toks, next))
            && toks.get(next).is_some_and(|t| t.space_before && !t.newline_before)
        {
            push(text, toks, s.first, next, Label::Place, found);
            return;
        }
    }
    // Given name + surname(s).
    if (2..=5).contains(&n) && !lx.is_place(&norm(whole)) {
        let g = norm(tok(text, toks, s.first));
        let rest_ok = (s.first + 1..=s.last).all(|k| {
            let w = core(tok(text, toks, k));
            let function_word = lexicon::is_stopword(w) || is_demonym(w);
            let short_acronym = is_all_caps(w) && w.chars().count() <= 3;
            let both_places = lx.is_place(&norm(w)) && lx.is_place(&g);
            !(function_word || short_acronym || both_places) || CONNECTORS.contains(&w) || is_particle_name(w)
        });
        if lx.is_given(&g, false) && rest_ok {
            push(text, toks, s.first, s.last, Label::Person, found);
            return;
        }
    }
    // A role just before (`leader Kemi Badenoch`) outweighs the gazetteer.
    if (byline || role_before(text, toks, s.first)) && n <= 4 && !(n == 1 && lx.is_place(&norm(whole))) {
        push(text, toks, s.first, s.last, Label::Person, found);
        return;
    }
    if byline && n <= 4 {
        push(text, toks, s.first, s.last, Label::Person, found);
        return;
    }
    // `said Raimunda Gomes dos Santos`: a run with words no gazetteer knows
    // that the context makes a person stays whole (not `… dos` + `Santos`).
    let unknown = (s.first..=s.last).any(|k| {
        let w = core(tok(text, toks, k));
        is_cap(w) && !lx.is_place(&norm(w))
    });
    if (2..=5).contains(&n) && unknown && !lx.is_place(&norm(whole)) && person_context(text, toks, s) {
        push(text, toks, s.first, s.last, Label::Person, found);
        return;
    }
    // Gazetteer places, longest first; the rest stays open.
    let mut k = s.first;
    let mut pending: Option<usize> = None;
    let flush = |pending: &mut Option<usize>, upto: usize, open: &mut Vec<(Segment, bool)>| {
        if let Some(p) = pending.take() {
            // In capitals (`PUTIN AND ERDOĞAN MEET`) a run says nothing of
            // where names end: each word is looked at on its own.
            if upto > p && (p..=upto).all(|k| is_all_caps(tok(text, toks, k))) {
                open.extend((p..=upto).map(|k| (Segment { first: k, last: k }, false)));
            } else {
                open.push((Segment { first: p, last: upto }, false));
            }
        }
    };
    while k <= s.last {
        let mut matched = 0;
        let initial = sentence_initial(text, toks, k);
        for len in (1..=(s.last - k + 1).min(5)).rev() {
            let ph = phrase(text, toks, k, k + len - 1);
            let normed = norm(ph);
            if lx.is_place_at(ph, initial) || *normed != *ph && lx.is_place_at(&normed, initial) {
                matched = len;
                break;
            }
        }
        if matched > 0 {
            if k > s.first {
                flush(&mut pending, k - 1, open);
            }
            push(text, toks, k, k + matched - 1, Label::Place, found);
            k += matched;
            continue;
        }
        // `Russia-Ukraine`: each side that is a place.
        let w = core(tok(text, toks, k));
        if w.contains('-') {
            // `Russia-Ukraine`: each side; `Istanbul-based`: the place.
            let parts: Vec<&str> = w.split('-').collect();
            let caps = || parts.iter().filter(|p| is_cap(p));
            if caps().count() > 0
                && caps().all(|p| lx.is_place(&norm(p)))
                && parts.iter().all(|p| is_cap(p) || p.chars().all(char::is_lowercase))
            {
                flush(&mut pending, k.saturating_sub(1).max(s.first), open);
                let mut off = toks[k].start();
                for p in parts {
                    if is_cap(p) {
                        found.push(Mention { start: off, end: off + p.len(), label: Label::Place, bracket_name: None });
                    }
                    off += p.len() + 1;
                }
                k += 1;
                continue;
            }
        }
        if pending.is_none() {
            pending = Some(k);
        }
        if k == s.last {
            flush(&mut pending, k, open);
        }
        k += 1;
    }
}

/// Decides the open segments by context, then by coreference.
fn resolve_open(text: &str, toks: &[Token], found: &mut Vec<Mention>, open: Vec<(Segment, bool)>) {
    let lx = lexicon();
    let mut still = Vec::new();
    for (s, _) in open {
        let n = s.last - s.first + 1;
        let w0 = core(tok(text, toks, s.first));
        let acronym = n == 1 && is_all_caps(w0);
        let odd = (s.first..=s.last).any(|k| {
            let w = core(tok(text, toks, k));
            (w.contains('.') && !w.ends_with('.')) || has(toks, k, cat::STOP) || w.chars().any(|c| c.is_ascii_digit())
        });
        if odd || n > 4 || lexicon::month(w0).is_some() || has(toks, s.first, cat::WEEKDAY) {
            continue;
        }
        if place_context(text, toks, s) && !(n == 1 && is_demonym(w0)) {
            push(text, toks, s.first, s.last, Label::Place, found);
            continue;
        }
        if !acronym && person_context(text, toks, s) && !is_demonym(w0) {
            push(text, toks, s.first, s.last, Label::Person, found);
            continue;
        }
        still.push(s);
    }
    // Coreference: surnames and places already found in the document.
    let mut persons: FastSet<&str> = FastSet::default();
    // `Rory` after `Rory O'Donnell`: a given name alone that starts exactly
    // one person's name.
    let mut firsts: FastMap<&str, usize> = FastMap::default();
    let mut seen_full: FastSet<&str> = FastSet::default();
    for m in found.iter().filter(|m| m.label == Label::Person) {
        let t = &text[m.start..m.end];
        persons.insert(t);
        if let Some(last) = t.split_whitespace().last() {
            persons.insert(last);
            if let Some((_, r)) = last.split_once('-').filter(|_| is_particle_name(last)) {
                persons.insert(r);
            }
        }
        let mut ws = t.split_whitespace();
        if let (Some(first), Some(_)) = (ws.next(), ws.next()) {
            if seen_full.insert(t) && lx.is_given(first, false) {
                *firsts.entry(first).or_default() += 1;
            }
        }
    }
    let places: FastSet<&str> =
        found.iter().filter(|m| m.label == Label::Place).map(|m| &text[m.start..m.end]).collect();
    let mut list_candidates = Vec::new();
    for s in still {
        let ph = phrase(text, toks, s.first, s.last);
        // In capitals (`ERDOĞAN`), the title-cased form is what was found.
        let normed = norm(ph);
        let ph: &str = match &normed {
            Cow::Owned(n)
                if persons.contains(n.as_str()) || places.contains(n.as_str()) || firsts.contains_key(n.as_str()) =>
            {
                n
            }
            _ => ph,
        };
        let given_alone =
            firsts.get(ph) == Some(&1) && (lx.is_given(ph, true) || !sentence_initial(text, toks, s.first));
        if persons.contains(ph) || given_alone {
            push(text, toks, s.first, s.last, Label::Person, found);
        } else if places.contains(ph) && (!lx.is_place(ph) || lx.is_place_at(ph, sentence_initial(text, toks, s.first)))
            || s.first == s.last && locative(text, toks, s)
        {
            push(text, toks, s.first, s.last, Label::Place, found);
        } else if s.first == s.last {
            // A surname inside a longer unknown run is rare; try each word.
            list_candidates.push(s);
        }
    }
    // Lists: `Donetsk, Luhansk, Zaporizhzhia, Kherson, and Crimea`.
    let place_starts: FastSet<usize> = found.iter().filter(|m| m.label == Label::Place).map(|m| m.start).collect();
    let is_place_tok = |i: usize| toks.get(i).is_some_and(|t| place_starts.contains(&t.start()));
    for s in list_candidates {
        let w = core(tok(text, toks, s.first));
        if is_demonym(w) || lx.is_given(w, true) {
            continue;
        }
        let sep_after = matches!(tok(text, toks, s.last + 1), "," | "and");
        let sep_before = s.first > 0 && matches!(tok(text, toks, s.first - 1), "," | "and");
        let left = sep_before
            && s.first >= 2
            && (is_place_tok(s.first - 2)
                || tok(text, toks, s.first - 1) == ","
                    && tok(text, toks, s.first - 2) == "and"
                    && is_place_tok(s.first.saturating_sub(3)));
        let right = sep_after
            && (is_place_tok(s.last + 2) || (tok(text, toks, s.last + 2) == "and" && is_place_tok(s.last + 3)));
        // (`right` implies `sep_after`, so `left && right` is covered.)
        if left && sep_after || right && sep_before {
            push(text, toks, s.first, s.last, Label::Place, found);
        }
    }
    add_bracket_names(text, toks, found);
}

/// `Russian`, `Ukrainian`, `Turkish`: nationality words are never names.
fn is_demonym(w: &str) -> bool {
    let one = w.strip_suffix('s').unwrap_or(w);
    // `African`, `Kenyan`, `Koreans`: a place name plus `n`.
    if one.len() > 4 && one.ends_with("an") && lexicon().is_place(&one[..one.len() - 1]) {
        return true;
    }
    // `Russian`, `Crimean`, `Turkish`, `Chinese` (unless a place is so named).
    let b = w.as_bytes();
    let tail = |s: &str| b.len() > s.len() && b[b.len() - s.len()..].eq_ignore_ascii_case(s.as_bytes());
    if DEMONYM_SUFFIXES.iter().any(|s| tail(s)) && !lexicon().is_place(w) {
        return true;
    }
    DEMONYMS.iter().any(|o| o.eq_ignore_ascii_case(w))
}

fn place_context(text: &str, toks: &[Token], s: Segment) -> bool {
    let noun_after =
        has(toks, s.last + 1, cat::PLACE_NOUN) && !tok(text, toks, s.last + 1).eq_ignore_ascii_case("state");
    if noun_after && !has_possessive(tok(text, toks, s.last)) {
        return true;
    }
    if s.first >= 2 && tok(text, toks, s.first - 1) == "of" && has(toks, s.first - 2, cat::PLACE_NOUN) {
        return true;
    }
    // `in Bucha, Ukraine`
    let prev = if s.first > 0 { lower(text, toks, s.first - 1) } else { Cow::Borrowed("") };
    if PLACE_PREPOSITIONS.contains(&&*prev) && tok(text, toks, s.last + 1) == "," {
        let c = norm(tok(text, toks, s.last + 2));
        if lexicon().is_place(&c) {
            return true;
        }
    }
    false
}

/// An unknown single name where a place goes: `homes in Ruidoso,`, `its
/// site in Marl.`, `near Tawila`; not a given name, a demonym or language
/// (`in English`), an acronym, or a name followed by more capitals.
fn locative(text: &str, toks: &[Token], s: Segment) -> bool {
    let w = core(tok(text, toks, s.first));
    let prev = if s.first > 0 { tok(text, toks, s.first - 1) } else { "" };
    let next = toks.get(s.last + 1);
    let next_ok = next.is_none_or(|t| {
        t.newline_before
            || matches!(t.text(text), "," | "." | ";" | ")" | "—")
            || t.text(text).chars().next().is_some_and(char::is_lowercase)
    });
    LOCATIVE_CUES.contains(&prev)
        && next_ok
        && !has_possessive(tok(text, toks, s.first))
        && !is_all_caps(w)
        && !is_demonym(w)
        && !w.ends_with("ic")
        && !lexicon().is_given(w, false)
        && !lexicon::is_org_word(w)
}

/// A lower-case role word right before token `first` (`spokesman`).
fn role_before(text: &str, toks: &[Token], first: usize) -> bool {
    first > 0 && {
        let w = tok(text, toks, first - 1);
        w.chars().next().is_some_and(char::is_lowercase) && lexicon::is_title(w) && !TITLES_NOT_ALONE.contains(&w)
    }
}

fn person_context(text: &str, toks: &[Token], s: Segment) -> bool {
    // An appositive after a role: `the batting coach, Morné Jacobs, said`,
    // `the prefect of Adré, Mahamat Saleh Abakar, told`.
    if s.first >= 2 && tok(text, toks, s.first - 1) == "," && tok(text, toks, s.last + 1) == "," {
        let role = (s.first.saturating_sub(5)..s.first - 1).any(|k| {
            let w = tok(text, toks, k);
            w.chars().next().is_some_and(char::is_lowercase) && lexicon::is_title(w)
        });
        if role {
            return true;
        }
    }
    // A role before: `spokesman X`, `Mr. X`.
    if s.first > 0 {
        let j = s.first - 1;
        if tok(text, toks, j) == "." {
            // `Mr. X`, `Gen. X`; any other period ends a sentence.
            return j > 0 && lexicon::is_title(tok(text, toks, j - 1)) && toks[j].start() == toks[j - 1].end();
        }
        let w = tok(text, toks, j);
        if has(toks, j, cat::TITLE) && !TITLES_NOT_ALONE.contains(&w.to_lowercase().as_str()) {
            return true;
        }
        if has(toks, j, cat::REPORTING)
            && w.chars().next().is_some_and(char::is_lowercase)
            && !ADDRESSEE_VERBS.contains(&w)
        {
            return true;
        }
        if w == "to" && j > 0 && tok(text, toks, j - 1).eq_ignore_ascii_case("according") {
            return true;
        }
    }
    // A reporting verb after: `Peskov said`, `Peskov also said`.
    for k in s.last + 1..s.last + 4 {
        if has(toks, k, cat::REPORTING) && toks.get(k).is_some_and(|t| !t.newline_before) {
            return !has_possessive(tok(text, toks, s.last));
        }
        if !has(toks, k, cat::FILLER | cat::WEEKDAY) {
            return false;
        }
    }
    false
}

/// `(Vladimir) Putin`, `[… Donald] Trump`: remember the fuller name.
fn add_bracket_names(text: &str, toks: &[Token], found: &mut [Mention]) {
    for m in found.iter_mut().filter(|m| m.label == Label::Person) {
        // Only after a closing bracket is the token search worth it.
        if !text[..m.start].trim_end().ends_with([')', ']']) {
            continue;
        }
        let Ok(i) = toks.binary_search_by_key(&m.start, |t| t.start()) else { continue };
        if i >= 2 && matches!(tok(text, toks, i - 1), ")" | "]") {
            let g = tok(text, toks, i - 2);
            if lexicon().is_given(&norm(g), false) {
                m.bracket_name = Some(format!("{g} {}", &text[m.start..m.end]));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    fn run(text: &str) -> Vec<(String, &'static str)> {
        let toks = tokenize(text);
        find(text, &toks)
            .into_iter()
            .map(|m| (text[m.start..m.end].to_string(), if m.label == Label::Person { "PERSON" } else { "PLACE" }))
            .collect()
    }

    /// A case: its name, the text, and the mentions expected (text, label).
    type Case = (&'static str, &'static str, &'static [(&'static str, &'static str)]);

    #[test]
    fn name_cases() {
        let cases: &[Case] = &[
            ("title_outside_person", "President Vladimir Putin spoke.", &[("Vladimir Putin", "PERSON")]),
            ("lowercase_role_then_name", "Kremlin spokesman Dmitry Peskov said", &[("Dmitry Peskov", "PERSON")]),
            ("place_before_title", "U.S. President Donald Trump was", &[("U.S.", "PLACE"), ("Donald Trump", "PERSON")]),
            ("diacritics", "Turkish President Recep Tayyip Erdoğan has", &[("Recep Tayyip Erdoğan", "PERSON")]),
            (
                "surname_coreference",
                "Dmitry Peskov spoke. Later Peskov said no.",
                &[("Dmitry Peskov", "PERSON"), ("Peskov", "PERSON")],
            ),
            ("possessive_excluded", "Ukraine’s army and Moscow's view", &[("Ukraine", "PLACE"), ("Moscow", "PLACE")]),
            ("hyphenated_places", "the Russia-Ukraine talks", &[("Russia", "PLACE"), ("Ukraine", "PLACE")]),
            ("institution_is_not_a_place", "The Kremlin said and the White House said", &[]),
            ("village_of_cue", "captured the village of Andriivka on", &[("Andriivka", "PLACE")]),
            ("region_cue", "in the northeastern Zolochiv region", &[("Zolochiv", "PLACE")]),
            ("in_x_country_cue", "a strike in Bucha, Ukraine killed", &[("Bucha", "PLACE"), ("Ukraine", "PLACE")]),
            ("landmark", "leave the Ciragan Palace after", &[("Ciragan Palace", "PLACE")]),
            ("landmark_lowercase_noun", "a pillar of the Crimean bridge", &[("Crimean bridge", "PLACE")]),
            ("adjective_is_not_a_place", "Russian troops and Crimean wine", &[]),
            ("all_caps_dateline", "MOSCOW\n\nThe talks", &[("MOSCOW", "PLACE")]),
            ("byline", "text.\nBy Aghakazim Guliyev", &[("Aghakazim Guliyev", "PERSON")]),
            (
                "reporting_verb_makes_person",
                "Lula urges calm, Kyslytsia said.",
                &[("Lula", "PERSON"), ("Kyslytsia", "PERSON")],
            ),
            (
                "mc_and_o_names",
                "Coach Rory McIlroy met Sean O'Brien",
                &[("Rory McIlroy", "PERSON"), ("Sean O'Brien", "PERSON")],
            ),
            ("initials", "author J. K. Rowling said", &[("J. K. Rowling", "PERSON")]),
            ("hyphenated_given_name", "Jean-Pierre Raffarin said", &[("Jean-Pierre Raffarin", "PERSON")]),
            (
                "list_of_places",
                "of Donetsk, Luhansk, Zaporizhzhia, Kherson, and Crimea as",
                &[
                    ("Donetsk", "PLACE"),
                    ("Luhansk", "PLACE"),
                    ("Zaporizhzhia", "PLACE"),
                    ("Kherson", "PLACE"),
                    ("Crimea", "PLACE"),
                ],
            ),
            ("acronyms_are_not_people", "NATO said and the SBU said", &[]),
            ("weekday_breaks_run", "On Tuesday Peskov said", &[("Peskov", "PERSON")]),
            (
                "multiword_place",
                "to the Middle East and West Bank",
                &[("Middle East", "PLACE"), ("West Bank", "PLACE")],
            ),
            ("role_beats_gazetteer", "Opposition leader Kemi Badenoch said", &[("Kemi Badenoch", "PERSON")]),
            ("sports_club_is_not_a_place", "Manchester City beat Arsenal", &[]),
            ("city_name_with_city_is_a_place", "in Mexico City on", &[("Mexico City", "PLACE")]),
            (
                "surname_that_is_also_a_town",
                "Sen. Loretta Hayes and coach Eddie Thornbury",
                &[("Loretta Hayes", "PERSON"), ("Eddie Thornbury", "PERSON")],
            ),
            (
                "two_connectors",
                "batter Ruan van der Merwe and José María de la Fuente",
                &[("Ruan van der Merwe", "PERSON"), ("José María de la Fuente", "PERSON")],
            ),
            ("arabic_particle", "General Abdel Fattah al-Burhan said", &[("Abdel Fattah al-Burhan", "PERSON")]),
            ("place_based", "at an Istanbul-based institute", &[("Istanbul", "PLACE")]),
            (
                "party_state_tag",
                "Sen. Dana Whitcomb, R-Idaho, and Sen. Loretta Hayes, D-Wash., said",
                &[("Dana Whitcomb", "PERSON"), ("Idaho", "PLACE"), ("Loretta Hayes", "PERSON"), ("Wash.", "PLACE")],
            ),
            ("club_named_after_a_city", "Aston Villa beat Newcastle United. Newcastle had led.", &[]),
            ("demonym_of_a_place_plus_n", "a West African trial and the Syrian city of Aleppo", &[("Aleppo", "PLACE")]),
            ("time_zones_are_not_names", "Updated 7:42 PM EDT and 10 UTC", &[]),
            (
                "given_name_alone_after_full_name",
                "striker Rory O'Donnell scored. Then Rory celebrated.",
                &[("Rory O'Donnell", "PERSON"), ("Rory", "PERSON")],
            ),
            (
                "word_named_place_only_inside_a_sentence",
                "Reading the report. She lives in Reading now.",
                &[("Reading", "PLACE")],
            ),
            ("company_alone_after_its_legal_name", "Vallmar AG cut its outlook. Vallmar said", &[]),
            (
                "surname_beats_a_town_of_that_name",
                "coach Eddie Thornbury left. Thornbury told reporters",
                &[("Eddie Thornbury", "PERSON"), ("Thornbury", "PERSON")],
            ),
            (
                "surname_keeps_its_particles",
                "batter Ruan van der Merwe scored, then van der Merwe fell",
                &[("Ruan van der Merwe", "PERSON"), ("van der Merwe", "PERSON")],
            ),
            (
                "byline_desk_is_not_the_name",
                "\nAmelia Thornton-Reyes Science correspondent\n",
                &[("Amelia Thornton-Reyes", "PERSON")],
            ),
            ("abbreviated_weekday", "Wed 8 Nov 2023 and Thu 9 Nov", &[]),
            ("unknown_town_after_in", "homes in Ruidoso, and talks in English", &[("Ruidoso", "PLACE")]),
            ("appositive_after_a_role", "the batting coach, Morné Jacobs, described it", &[("Morné Jacobs", "PERSON")]),
            (
                "all_caps_headline_names_by_coreference",
                "PUTIN AND ERDOĞAN MEET IN ISTANBUL\nTurkish President Recep Tayyip Erdoğan met Vladimir Putin.",
                &[
                    ("PUTIN", "PERSON"),
                    ("ERDOĞAN", "PERSON"),
                    ("ISTANBUL", "PLACE"),
                    ("Recep Tayyip Erdoğan", "PERSON"),
                    ("Vladimir Putin", "PERSON"),
                ],
            ),
            (
                "all_caps_function_words_join_nothing",
                "ZELENSKY SAYS KYIV WILL FIGHT ON\nVolodymyr Zelensky spoke.",
                &[("ZELENSKY", "PERSON"), ("KYIV", "PLACE"), ("Volodymyr Zelensky", "PERSON")],
            ),
            ("province_with_accent_folded", "in the state of Pará, Brazil", &[("Pará", "PLACE"), ("Brazil", "PLACE")]),
        ];
        for (name, input, want) in cases {
            let want: Vec<(String, &str)> = want.iter().map(|(a, b)| (a.to_string(), *b)).collect();
            assert_eq!(run(input), want, "{name}: {input}");
        }
    }
}
