//! Pass 10, organisation heads: `Newcastle United … beat Newcastle`,
//! `Vallmar AG … Vallmar said`, `Danube Holdings AG … Danube said`,
//! `Walt Disney Co … Walt Disney said`,
//! `carmaker Zentrix … Zentrix said` (a name the classify pass found an
//! organisation's). Once a
//! word heads a club's or a company's
//! name, that word alone names the same organisation, not a place or a
//! person: its mentions go.

use super::mention::Mention;
use super::occurrences::whole_words;
use super::words::{starts_run, tok, tok_is};
use crate::lexicon::name_words::{COMPASS_PREFIXES, PLACE_PREPOSITIONS, WEATHER_SYSTEM_WORDS};
use crate::lexicon::{cat, core, is_all_caps, lexicon, with_lower, FastSet, ACRONYM_MAX_LEN};
use crate::tokens::{with_bits, Token};

/// The most words of a company's name before its suffix whose first word
/// alone names it (`Danube Holdings AG`).
const NAME_WORDS_BEFORE_SUFFIX: usize = 3;

/// Legal forms that may follow a comma after a company's name (`Google,
/// Inc.`, `Acme, LLC`): written so only by companies. Not the club words or
/// two-letter forms (`SE`, `AG`), which after a comma are as often a
/// country's or a state's code (`Stockholm, SE`).
const LEGAL_FORMS_AFTER_COMMA: [&str; 6] = ["inc", "llc", "ltd", "corp", "plc", "gmbh"];

/// Token `k` and the next are words of one capitalised name on one line.
fn joined(toks: &[Token], k: usize) -> bool {
    starts_run(toks, k)
        && starts_run(toks, k + 1)
        && toks.get(k + 1).is_some_and(|n| n.space_before() && !n.newline_before())
}

/// Drops the mentions that are exactly the head of a club or company name,
/// or a name the classify pass found an organisation's (`orgs`: `carmaker
/// Zentrix`, `shares in Zentrix`).
pub(super) fn drop_org_heads<'t>(
    text: &'t str,
    toks: &[Token],
    mut mentions: Vec<Mention>,
    mut orgs: Vec<&'t str>,
) -> Vec<Mention> {
    // Each name once: the classify pass gives one per mention, and a text
    // that repeats a name (`According to Le Monde, …` a thousand times) had
    // every copy looked up, and each of several words searched for in the
    // whole text: quadratic time (20,000 copies of a sentence took 16 s).
    // (A set of names, as the article's: a sort here cost the page 1 KiB.)
    // `seen` holds what `orgs` holds throughout: each head and mention is
    // asked of it, not of the list (names × mentions: 3,400 distinct
    // companies on a 1 MB line spent a second in the list's `contains`).
    let mut seen: FastSet<&str> = FastSet::with_capacity_and_hasher(orgs.len(), Default::default());
    orgs.retain(|o| seen.insert(*o));
    // Written as clubs and companies write them: `United`, `AG`, `plc`, `GmbH`.
    let as_written = |w: &str| {
        w == "plc" || w.chars().next().is_some_and(char::is_uppercase) && !(w.len() > ACRONYM_MAX_LEN && is_all_caps(w))
    };
    // Most tokens are no suffix: their bits say so, read in a tight scan
    // (`with_bits`; a loop testing them in its body cost 14 instructions
    // a token).
    for i in with_bits(toks, cat::ORG_SUFFIX).filter(|&i| i > 0) {
        let t = toks[i];
        if !as_written(core(t.text(text))) {
            continue;
        }
        let heads = if t.space_before() && !t.newline_before() && starts_run(toks, i - 1) {
            // The word before the suffix (`Vallmar AG`) and, when the suffix
            // ends the name, its first word (`Danube Holdings AG … Danube
            // said`; not `Montreal Amateur Athletic Association`).
            let mut first = i - 1;
            let ends = !joined(toks, i);
            while ends && first > 0 && first + NAME_WORDS_BEFORE_SUFFIX > i && joined(toks, first - 1) {
                first -= 1;
            }
            // `Walt Disney Co … Walt Disney said`: the name without its
            // suffix names the organisation too; without all its suffixes
            // (`Philip Morris Cos Inc … Philip Morris said`).
            let mut name_end = i - 1;
            while name_end > first && toks[name_end].cat & cat::ORG_SUFFIX != 0 {
                name_end -= 1;
            }
            if first < name_end {
                let name = &text[toks[first].start()..toks[name_end].end()];
                seen.insert(name);
                orgs.push(name);
            }
            Some([i - 1, first])
        } else if i >= 2
            && tok_is(text, toks, i - 1, ",")
            && t.space_before()
            && !t.newline_before()
            && starts_run(toks, i - 2)
            && LEGAL_FORMS_AFTER_COMMA.iter().any(|f| f.eq_ignore_ascii_case(core(t.text(text))))
        {
            // `Google, Inc.`: the word before the comma is the company.
            Some([i - 2, i - 2])
        } else {
            None
        };
        for k in heads.into_iter().flatten() {
            let head = core(tok(text, toks, k));
            if seen.insert(head) {
                orgs.push(head);
            }
        }
    }
    // `Hurricane Helene … Helene made landfall`: a weather system's name
    // alone names it.
    let names: Vec<&str> = orgs.iter().filter_map(|o| weather_system_name(o)).collect();
    seen.extend(&names);
    orgs.extend(names);
    if !orgs.is_empty() {
        // A name of several words covers what is inside it wherever the
        // text writes it (`Carter Beaumont` after `Carter Beaumont's
        // shares`: no place `Beaumont` in it).
        let several: Vec<&str> = orgs.iter().copied().filter(|o| o.contains(' ')).collect();
        let within = Covers::new(whole_words(text, &several).spans);
        // (A head in a place's slot stays the place, though of several
        // words: `the Kansas City Chiefs … fans in Kansas City`.)
        mentions.retain(|m| {
            let head = seen.contains(&text[m.start..m.end]);
            let inside = head || within.covers(m.start, m.end);
            !inside || head && place_in_its_slot(text, toks, m)
        });
    }
    mentions
}

/// The spans of a text's several-word organisation names, sorted by
/// start, with the furthest end of each span and those before it: whether
/// one covers a mention is a binary search, not a scan of them all (a
/// race's results repeating `1. Silver Tarn ( Kieren Fallow ) 9-2` on one
/// line scanned every copy of the horse's name for each rider: quadratic,
/// 1.5 s for 1 MB).
struct Covers {
    spans: Vec<(usize, usize)>,
    furthest_end: Vec<usize>,
}

impl Covers {
    fn new(mut spans: Vec<(usize, usize)>) -> Self {
        crate::order::sort_by_key(&mut spans, |&span| span);
        let furthest_end = spans
            .iter()
            .scan(0, |furthest, &(_, b)| {
                *furthest = b.max(*furthest);
                Some(*furthest)
            })
            .collect();
        Covers { spans, furthest_end }
    }

    /// A span starts at or before `start` and ends at or after `end`.
    fn covers(&self, start: usize, end: usize) -> bool {
        let before = self.spans.partition_point(|&(a, _)| a <= start);
        before > 0 && self.furthest_end[before - 1] >= end
    }
}

/// `Helene` of `Hurricane Helene`, `Alberto` of `Tropical Storm Alberto`:
/// the name after a weather system's word (the first or the second,
/// as `rules::institution` reads it), which alone names the system.
fn weather_system_name(org: &str) -> Option<&str> {
    let mut rest = org;
    for _ in 0..2 {
        let (word, after) = rest.split_once(' ')?;
        if with_lower(word, |w| WEATHER_SYSTEM_WORDS.contains(&w)) {
            return Some(after);
        }
        rest = after;
    }
    None
}

/// `Taiwan Semiconductor Manufacturing Co` does not make every `Taiwan` the
/// company: a known place after a place preposition or a compass word
/// (`in Taiwan`, `In Taiwan :`, `eastern Taiwan`) stays the place. (`Danube Holdings AG …
/// Danube said`, `Newcastle United … Newcastle had led`: the head alone,
/// elsewhere, is the organisation.)
fn place_in_its_slot(text: &str, toks: &[Token], m: &Mention) -> bool {
    let k = toks.partition_point(|t| t.start() < m.start);
    let slot = k > 0 && {
        let before = tok(text, toks, k - 1);
        // (`In Manchester : Manchester United ( England ) 0`: opening a line.)
        with_lower(before, |w| PLACE_PREPOSITIONS.contains(&w)) || COMPASS_PREFIXES.contains(&before)
    };
    slot && lexicon().is_place(&text[m.start..m.end])
}

#[cfg(test)]
mod tests {
    use super::Covers;

    /// A mention is covered when one span holds it whole, whatever order
    /// the spans came in and however they overlap.
    #[test]
    fn covers_cases() {
        let covers = Covers::new(vec![(40, 52), (0, 11), (5, 30)]);
        for (start, end, want) in [
            (0, 6, true),
            (12, 30, true),
            (6, 30, true),
            (40, 45, true),
            (30, 40, false),
            (25, 35, false),
            (50, 53, false),
            (60, 70, false),
        ] {
            assert_eq!(covers.covers(start, end), want, "{start}..{end}");
        }
        assert!(!Covers::new(Vec::new()).covers(0, 1));
    }
}
