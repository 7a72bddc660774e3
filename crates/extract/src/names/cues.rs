//! Context cues around a segment that say person or place: a role or a
//! reporting verb before or after it (`spokesman X`, `said X`, `X said`,
//! `according to X`, `the coach, X,`), a place noun or a country after it
//! (`X region`, `the village of X`, `in X, Ukraine`), a locative word before
//! an unknown single name (`homes in X,`).

use super::mention::Segment;
use super::words::{has_possessive, is_demonym, norm, tok};
use crate::lexicon::name_words::{LOCATIVE_CUES, PLACE_PREPOSITIONS, TITLES_NOT_ALONE};
use crate::lexicon::speech::ADDRESSEE_VERBS;
use crate::lexicon::{self, cat, core, is_all_caps, lexicon, with_lower};
use crate::tokens::{has, Token};

/// How far back from a name set off by commas a lower-case role may be, in
/// tokens with the comma (`the batting coach, Morné Jacobs,`).
const APPOSITIVE_ROLE_WINDOW: usize = 5;

/// How far after a name its reporting verb may be, in tokens (`Peskov also
/// said`, `Peskov on Tuesday said`): fillers and weekdays only between.
const VERB_AFTER_WINDOW: usize = 3;

/// `the village of X`, `X region`, `in X, Ukraine`.
pub(super) fn place_context(text: &str, toks: &[Token], s: Segment) -> bool {
    let noun_after =
        has(toks, s.last + 1, cat::PLACE_NOUN) && !tok(text, toks, s.last + 1).eq_ignore_ascii_case("state");
    if noun_after && !has_possessive(tok(text, toks, s.last)) {
        return true;
    }
    if s.first >= 2 && tok(text, toks, s.first - 1) == "of" && has(toks, s.first - 2, cat::PLACE_NOUN) {
        return true;
    }
    // `in Bucha, Ukraine`
    let prev = if s.first > 0 { tok(text, toks, s.first - 1) } else { "" };
    if with_lower(prev, |p| PLACE_PREPOSITIONS.contains(&p)) && tok(text, toks, s.last + 1) == "," {
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
pub(super) fn locative(text: &str, toks: &[Token], s: Segment) -> bool {
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
pub(super) fn role_before(text: &str, toks: &[Token], first: usize) -> bool {
    first > 0 && {
        let w = tok(text, toks, first - 1);
        w.chars().next().is_some_and(char::is_lowercase) && lexicon::is_title(w) && !TITLES_NOT_ALONE.contains(&w)
    }
}

/// `X, who`: a relative clause only a person takes, after a name that no
/// article makes a common noun (`the Tsar, who`) and that counts or names
/// no group (`Two Australians, who`).
pub(super) fn who_after(text: &str, toks: &[Token], s: Segment) -> bool {
    if tok(text, toks, s.last + 1) != "," || tok(text, toks, s.last + 2) != "who" {
        return false;
    }
    let determiner =
        s.first > 0 && with_lower(tok(text, toks, s.first - 1), |p| matches!(p, "the" | "a" | "an" | "our" | "their"));
    let group = (s.first..=s.last).any(|k| has(toks, k, cat::NUMBER_START) || is_demonym(core(tok(text, toks, k))));
    !determiner && !group
}

/// A role or a reporting verb makes the segment a person: an appositive
/// after a role (`the coach, X,`), a title or speech verb before it
/// (`spokesman X`, `Mr. X`, `said X`, `according to X`), a reporting verb
/// after it (`X said`, `X also said`), a relative `who` (`X, who`).
pub(super) fn person_context(text: &str, toks: &[Token], s: Segment) -> bool {
    if who_after(text, toks, s) {
        return true;
    }
    // An appositive after a role: `the batting coach, Morné Jacobs, said`,
    // `the prefect of Adré, Mahamat Saleh Abakar, told`.
    if s.first >= 2 && tok(text, toks, s.first - 1) == "," && tok(text, toks, s.last + 1) == "," {
        let role = (s.first.saturating_sub(APPOSITIVE_ROLE_WINDOW)..s.first - 1).any(|k| {
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
        if has(toks, j, cat::TITLE) && !with_lower(w, |l| TITLES_NOT_ALONE.contains(&l)) {
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
    reporting_verb_after(text, toks, s)
}

/// A reporting verb after the segment: `Peskov said`, `Peskov also said`.
pub(super) fn reporting_verb_after(text: &str, toks: &[Token], s: Segment) -> bool {
    for k in s.last + 1..s.last + 1 + VERB_AFTER_WINDOW {
        if has(toks, k, cat::REPORTING) && toks.get(k).is_some_and(|t| !t.newline_before) {
            return !has_possessive(tok(text, toks, s.last));
        }
        if !has(toks, k, cat::FILLER | cat::WEEKDAY) {
            return false;
        }
    }
    false
}
