//! Datelines and abbreviated states: a wire story's dateline names where it
//! was filed (`LONDON 1996-08-30`, `NAIROBI, Kenya (AP) -`, `SPRINGFIELD,
//! Ill. -`, `SKOPJE, Dec 5 (Reuters) -`): its capitalised city is a PLACE
//! though no gazetteer knows it, and so is the state or country after it.
//! An AP state abbreviation where a place goes keeps its period (`Naples,
//! Fla.,`, `in Colo. and Ariz.`, `N.J.`). What these passes find replaces
//! whatever was found over the same words.

use annotator_schema::Label;

use super::mention::{Mention, Segment};
use super::words::{is_cap, norm, tok};
use crate::lexicon::{cat, is_all_caps, lexicon, us_state};
use crate::tokens::{has, Token};

/// The most words of a dateline's city (`RIO DE JANEIRO`) or of the region
/// after it (`Bosnia and Herzegovina`).
const MAX_DATELINE_WORDS: usize = 4;

/// Words before an abbreviated state that make it a place (`in Colo.`).
const STATE_SLOT_WORDS: [&str; 5] = ["in", "and", "of", "from", "near"];

/// Adds the places of every dateline and abbreviated state.
pub(super) fn tag(text: &str, toks: &[Token], runs: &[Segment], mut mentions: Vec<Mention>) -> Vec<Mention> {
    let mut found: Vec<(usize, usize)> = Vec::new();
    // Both start with a capitalised word: only the runs are visited.
    for r in runs {
        if r.first == 0 || toks[r.first].newline_before() {
            dateline(text, toks, r.first, &mut found);
        }
        for i in r.first..=r.last {
            let t = &toks[i];
            let period_after = toks.get(i + 1).is_some_and(|p| p.start() == t.end() && p.end() == t.end() + 1);
            if period_after && !t.newline_before() && t.end() - t.start() <= 4 {
                if let Some(end) = abbreviated_state(text, toks, i) {
                    found.push((t.start(), end));
                }
            }
        }
    }
    if found.is_empty() {
        return mentions;
    }
    mentions.retain(|m| !found.iter().any(|&(s, e)| m.start < e && s < m.end));
    mentions.extend(found.into_iter().map(|(start, end)| Mention {
        start,
        end,
        label: Label::Place,
        bracket_name: None,
    }));
    mentions
}

/// A dateline at line start `i`: the city (in capitals), then a date, an
/// agency or a dash, with a region between after a comma.
fn dateline(text: &str, toks: &[Token], i: usize, found: &mut Vec<(usize, usize)>) {
    let on_line = |k: usize| toks.get(k).is_some_and(|t| !t.newline_before());
    let mut last = i;
    while last + 1 < i + MAX_DATELINE_WORDS && on_line(last + 1) && toks[last + 1].upper() {
        last += 1;
    }
    if !(i..=last).all(|k| is_all_caps(tok(text, toks, k)) && !has(toks, k, cat::STOP | cat::MONTH | cat::WEEKDAY)) {
        return;
    }
    let mut k = last + 1;
    let mut region = None;
    if tok(text, toks, k) == "," && on_line(k + 1) {
        // `NAIROBI, Kenya`, `SPRINGFIELD, Ill.`, `BRČKO, Bosnia and Herzegovina`.
        let first = k + 1;
        let mut end = first;
        while on_line(end) && end < first + MAX_DATELINE_WORDS + 2 && region_word(text, toks, end) {
            end += 1;
        }
        if end > first && toks[first].upper() {
            region = Some((first, end - 1));
            k = end;
        } else {
            k = first;
        }
    }
    if !on_line(k) {
        return;
    }
    // A date ends it (`LONDON 1996-08-30`, `SKOPJE, Dec 5`), or an agency
    // or a dash after a region (`NAIROBI, Kenya (AP) -`) or after a known
    // city (`WASHINGTON —`); not a headline's `SOCCER -`.
    let city_known = lexicon().is_place(&norm(&text[toks[i].start()..toks[last].end()]));
    let ends = match dateline_end(text, toks, k) {
        End::Date => true,
        End::Mark => region.is_some() || city_known,
        End::No => false,
    };
    if !ends {
        return;
    }
    found.push((toks[i].start(), toks[last].end()));
    if let Some((first, mut end)) = region {
        // A period that ends the region is its abbreviation's (`Ill.`),
        // not a sentence's, only when the state needs it.
        let with_period = &text[toks[first].start()..toks[end].end()];
        if tok(text, toks, end) == "." && us_state(with_period).is_none() {
            end -= 1;
        }
        if end >= first && is_cap(tok(text, toks, end)) || tok(text, toks, end) == "." {
            found.push((toks[first].start(), toks[end].end()));
        }
    }
}

/// A word of a dateline's region: a capitalised word, `and`, `of`, or an
/// abbreviation's period (`Bosnia and Herzegovina`, `Ill.`).
fn region_word(text: &str, toks: &[Token], k: usize) -> bool {
    let w = tok(text, toks, k);
    let date = has(toks, k, cat::MONTH) || w.starts_with(|c: char| c.is_ascii_digit());
    !date && (toks[k].upper() || matches!(w, "and" | "of") || w == "." && !toks[k].space_before())
}

/// What ends a dateline.
enum End {
    /// A date: `1996-08-30`, `Dec 5`, `Tuesday`.
    Date,
    /// An agency in brackets (`(AP)`) or a dash.
    Mark,
    No,
}

/// What token `k` is as a dateline's end.
fn dateline_end(text: &str, toks: &[Token], k: usize) -> End {
    let w = tok(text, toks, k);
    let iso = w.len() == 10
        && w.bytes().enumerate().all(|(j, b)| if j == 4 || j == 7 { b == b'-' } else { b.is_ascii_digit() });
    let year = w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit());
    if iso || year || has(toks, k, cat::MONTH | cat::WEEKDAY) {
        return End::Date;
    }
    let agency = w == "(" && toks.get(k + 1).is_some_and(|t| t.upper()) && tok(text, toks, k + 2) == ")";
    if agency || matches!(w, "—" | "–" | "-") {
        End::Mark
    } else {
        End::No
    }
}

/// The end of an AP state abbreviation at token `i` with its period, where
/// a place goes: after a place and a comma (`Naples, Fla.,`) or after `in`,
/// `and`, `of` (`in Colo. and Ariz.`).
fn abbreviated_state(text: &str, toks: &[Token], i: usize) -> Option<usize> {
    let period = toks.get(i + 1).filter(|p| p.start() == toks[i].end() && p.text(text) == ".")?;
    let name = text.get(toks[i].start()..period.end())?;
    us_state(name)?;
    if i == 0 {
        return None;
    }
    let prev = tok(text, toks, i - 1);
    let after_place = prev == "," && i >= 2 && toks[i - 2].upper() && !toks[i - 1].newline_before();
    // `Miss. Smith` is a title: only the comma slot takes one.
    let slot = STATE_SLOT_WORDS.contains(&prev) && !toks.get(i + 2).is_some_and(|t| t.upper() && !t.newline_before());
    (after_place || slot).then_some(period.end())
}
