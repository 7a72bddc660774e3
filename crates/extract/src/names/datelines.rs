//! Datelines and abbreviated states: a wire story's dateline names where it
//! was filed (`LONDON 1996-08-30`, `NAIROBI, Kenya (AP) -`, `SPRINGFIELD,
//! Ill. -`, `SKOPJE, Dec 5 (Reuters) -`): its capitalised city is a PLACE
//! though no gazetteer knows it, and so is the state or country after it.
//! An AP state abbreviation where a place goes keeps its period (`Naples,
//! Fla.,`, `in Colo. and Ariz.`, `N.J.`, `Washington, D.C.`), and so does
//! a state's postal code after a place and a comma (`Raleigh, NC`,
//! `Houston, TX 77002`); before a ZIP code, a state so written or named
//! makes the town before its comma a place too (`Holyoke, MA 01040`). So does a sports page's venue opening its line
//! (`At The Oval : Surrey 298-6`). What these passes find replaces
//! whatever was found over the same words.

use annotator_schema::Label;

use super::mention::{Mention, Segment};
use super::words::{is_cap, norm, tok, tok_is};
use crate::lexicon::name_words::is_state_or_province;
use crate::lexicon::{cat, is_all_caps, is_us_postal_code, lexicon, state_or_province, FastSet};
use crate::tokens::{has, Token};

/// The most words of a dateline's city (`RIO DE JANEIRO`) or of the region
/// after it (`Bosnia and Herzegovina`).
const MAX_DATELINE_WORDS: usize = 4;

/// Words before an abbreviated state that make it a place (`in Colo.`).
const STATE_SLOT_WORDS: [&str; 5] = ["in", "and", "of", "from", "near"];

/// Adds the places of every dateline and abbreviated state.
pub(super) fn tag(text: &str, toks: &[Token], runs: &[Segment], mut mentions: Vec<Mention>) -> Vec<Mention> {
    let mut found: Vec<(usize, usize)> = Vec::new();
    // Where the places found end, sorted: made once a postal code asks.
    let mut place_ends: Option<Vec<usize>> = None;
    // What an address asks of the mentions: made once the first asks.
    let mut known: Option<Known> = None;
    // Both start with a capitalised word: only the runs are visited.
    for (n, r) in runs.iter().enumerate() {
        if zip_after(text, toks, r.last) {
            let known = known.get_or_insert_with(|| Known::new(&mentions));
            address(text, toks, n.checked_sub(1).map(|b| runs[b]), *r, known, &mut found);
        }
        if r.first == 0 || toks[r.first].newline_before() {
            dateline(text, toks, r.first, &mut found);
            // `At The Oval : Surrey 298-6`, `At Chester-le-Street : Durham
            // 196`: a sports page's line opens with where the match is
            // played, a place (the ground without its `The`, as `the Oval`).
            if tok_is(text, toks, r.first, "At") && tok_is(text, toks, r.last + 1, ":") {
                let first = r.first + 1 + usize::from(tok_is(text, toks, r.first + 1, "The"));
                if first <= r.last && !(first..=r.last).any(|k| has(toks, k, cat::STOP)) {
                    found.push((toks[first].start(), toks[r.last].end()));
                }
            }
        }
        for i in r.first..=r.last {
            let t = &toks[i];
            let period_after = toks.get(i + 1).is_some_and(|p| p.start() == t.end() && p.end() == t.end() + 1);
            // `N.C.`, `D.C.`: the tokenizer keeps a letters' abbreviation's period.
            let dotted = t.end() - t.start() == 4 && text.as_bytes()[t.end() - 1] == b'.';
            let short = t.end() - t.start() <= 4;
            let abbreviated = if (period_after || dotted) && !t.newline_before() && short {
                abbreviated_state(text, toks, i)
            } else {
                None
            };
            // `Trenton N.J.`, `Washington D.C.`, `Washington DC`: the run
            // holds the place and its state, no comma between: one name
            // (as the sets that write it mark it; with a comma, two).
            // (Only a dotted word or one of two letters: most words of a
            // run are neither.)
            let state_shaped = period_after || dotted || t.end() - t.start() == 2;
            let in_run = if i > r.first && short && state_shaped && abbreviated.is_none() {
                state_in_run(text, toks, r.first, i, period_after)
            } else {
                None
            };
            if let Some(end) = in_run {
                found.push((toks[r.first].start(), end));
            } else if let Some(end) = abbreviated {
                found.push((t.start(), end));
            } else if t.end() - t.start() == 2 && postal_slot(text, toks, i) {
                let ends = place_ends.get_or_insert_with(|| {
                    let mut e: Vec<usize> =
                        mentions.iter().filter(|m| m.label == Label::Place).map(|m| m.end).collect();
                    crate::order::sort_by_key(&mut e, |&end| (end, 0));
                    e
                });
                if ends.binary_search(&toks[i - 2].end()).is_ok() {
                    found.push((t.start(), t.end()));
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
    if tok_is(text, toks, k, ",") && on_line(k + 1) {
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
        if tok_is(text, toks, end, ".") && state_or_province(with_period).is_none() {
            end -= 1;
        }
        if end >= first && is_cap(tok(text, toks, end)) || tok_is(text, toks, end, ".") {
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
    // A year alone ends its line, or a dash or an agency follows it (not
    // a headline's `VOLKSWAGEN SEES HIGHER 1996 PROFIT`).
    let year = w.len() == 4
        && w.bytes().all(|b| b.is_ascii_digit())
        && toks.get(k + 1).is_none_or(|t| t.newline_before() || matches!(t.text(text), "—" | "–" | "-" | "("));
    if iso || year || has(toks, k, cat::MONTH | cat::WEEKDAY) {
        return End::Date;
    }
    let agency = w == "(" && toks.get(k + 1).is_some_and(|t| t.upper()) && tok_is(text, toks, k + 2, ")");
    if agency || matches!(w, "—" | "–" | "-") {
        End::Mark
    } else {
        End::No
    }
}

/// Token `i` is a state's postal code after a comma, on its line, ending
/// the phrase (`Raleigh, NC`, `Vinita, OK.`, `Houston, TX 77002`; not
/// `Austin, TX Rangers`): a state when a place found ends before the comma
/// (not `Harry Preuss, MD`), which [`tag`] asks.
fn postal_slot(text: &str, toks: &[Token], i: usize) -> bool {
    if i < 2 || !tok_is(text, toks, i - 1, ",") || toks[i].newline_before() || toks[i - 1].newline_before() {
        return false;
    }
    let next_ok = toks.get(i + 1).is_none_or(|t| t.newline_before() || !t.upper());
    next_ok && is_us_postal_code(tok(text, toks, i))
}

/// The most words of an address's town (`Englewood Cliffs`, `Bay Saint
/// Louis`).
const MAX_ADDRESS_TOWN_WORDS: usize = 3;

/// The digits of a US ZIP code, before its dash and four more (`77388-5746`).
const ZIP_DIGITS: usize = 5;

/// A ZIP code on the line after token `last` (`01040`, `77388-5746`),
/// over an abbreviation's period (`N.J. 08759`).
///
/// Read by bytes, no token's text sliced: every run asks, and most stand
/// before no digit.
fn zip_after(text: &str, toks: &[Token], last: usize) -> bool {
    let bytes = text.as_bytes();
    let word = |k: usize| toks.get(k).map(|t| &bytes[t.start()..t.end()]);
    let k = last + 1 + usize::from(word(last + 1) == Some(b"."));
    let Some(z) = word(k) else { return false };
    z.len() >= ZIP_DIGITS
        && z[..ZIP_DIGITS].iter().all(u8::is_ascii_digit)
        && z.get(ZIP_DIGITS).is_none_or(|&b| b == b'-')
        && !toks[k].newline_before()
}

/// The mentions found, as an address asks of them: people's spans sorted
/// by start, and where places end.
struct Known {
    people: Vec<(usize, usize)>,
    place_ends: FastSet<usize>,
}

impl Known {
    fn new(mentions: &[Mention]) -> Self {
        let mut people: Vec<(usize, usize)> =
            mentions.iter().filter(|m| m.label == Label::Person).map(|m| (m.start, m.end)).collect();
        crate::order::sort_by_key(&mut people, |&(start, end)| (start, end));
        let place_ends = mentions.iter().filter(|m| m.label == Label::Place).map(|m| m.end).collect();
        Known { people, place_ends }
    }

    /// A person's mention found overlaps bytes `start..end` (people's
    /// mentions do not overlap each other: the one starting last before
    /// `end` is the one to ask).
    fn person_over(&self, start: usize, end: usize) -> bool {
        let k = self.people.partition_point(|&(s, _)| s < end);
        k > 0 && self.people[k - 1].1 > start
    }
}

/// `One Sullivan Road Holyoke, MA 01040`, `Loring Lane, Spring, TX
/// 77388`, `Bay City, Michigan 48706`: run `r` names a state (its postal
/// code, its AP abbreviation or its name) before a ZIP code (the caller's
/// test), a comma and the run `before` ahead of it: an address's town and
/// state, both places. The town is read by [`address_town`]; a place found
/// ending there stays as found (`Jolson Court | Manchester`), and a
/// person's name found there keeps both (`Harry Preuss, MD 20815`).
fn address(
    text: &str,
    toks: &[Token],
    before: Option<Segment>,
    r: Segment,
    known: &Known,
    found: &mut Vec<(usize, usize)>,
) {
    let Some(b) = before.filter(|b| b.last + 2 == r.first && tok_is(text, toks, r.first - 1, ",")) else { return };
    let state = &text[toks[r.first].start()..toks[r.last].end()];
    let dotted = tok_is(text, toks, r.last + 1, ".");
    let named = if dotted {
        text.get(toks[r.first].start()..toks[r.last + 1].end()).and_then(state_or_province).is_some()
    } else {
        r.first == r.last && is_us_postal_code(state)
            || state_or_province(state).is_some()
            || is_state_or_province(state)
    };
    if !named || toks[r.first].newline_before() {
        return;
    }
    let (start, end) = (toks[b.first].start(), toks[b.last].end());
    if known.person_over(start, end) {
        return;
    }
    if !known.place_ends.contains(&end) {
        if let Some(first) = address_town(text, toks, b) {
            found.push((toks[first].start(), end));
        }
    }
    found.push((toks[r.first].start(), toks[r.last + usize::from(dotted)].end()));
}

/// Where the town starts in run `b` before an address's state: the
/// longest known place that ends the run (`New York`), the whole run when
/// a comma or the line opens it (`Loring Lane, Englewood Cliffs, NJ`), or
/// else its last word, after the street it is written on (`One Sullivan
/// Road Holyoke`, `Bay Rd Saginaw`); up to [`MAX_ADDRESS_TOWN_WORDS`]
/// words, none with a digit (`EB3801a`).
fn address_town(text: &str, toks: &[Token], b: Segment) -> Option<usize> {
    let lowest = b.first.max(b.last + 1 - MAX_ADDRESS_TOWN_WORDS.min(b.last + 1));
    let lowest =
        (lowest..=b.last).rev().take_while(|&k| !tok(text, toks, k).bytes().any(|c| c.is_ascii_digit())).last()?;
    let known = (lowest..=b.last).find(|&k| lexicon().is_place(&norm(&text[toks[k].start()..toks[b.last].end()])));
    let field = || {
        (lowest == b.first && (b.first == 0 || toks[b.first].newline_before() || tok_is(text, toks, b.first - 1, ",")))
            .then_some(b.first)
    };
    known.or_else(field).or(Some(b.last))
}

/// The end of an AP state abbreviation at token `i` with its period, where
/// a place goes: after a place and a comma (`Naples, Fla.,`) or after `in`,
/// `and`, `of` (`in Colo. and Ariz.`).
fn abbreviated_state(text: &str, toks: &[Token], i: usize) -> Option<usize> {
    // The token after the state's period: the period's own token's next,
    // or the next when the period is the state's token's (`D.C.`).
    let (end, after) = if tok(text, toks, i).ends_with('.') {
        (toks[i].end(), i + 1)
    } else {
        let period = toks.get(i + 1).filter(|p| p.start() == toks[i].end() && p.is(text, "."))?;
        (period.end(), i + 2)
    };
    if i == 0 {
        return None;
    }
    let prev = tok(text, toks, i - 1);
    let after_place = prev == "," && i >= 2 && toks[i - 2].upper() && !toks[i - 1].newline_before();
    // `Miss. Smith` is a title: only the comma slot takes one.
    let slot = STATE_SLOT_WORDS.contains(&prev) && !toks.get(after).is_some_and(|t| t.upper() && !t.newline_before());
    // The slot first: the list of states is searched word by word, and
    // most dotted words (`U.S.`) stand in no state's slot.
    ((after_place || slot) && state_or_province(text.get(toks[i].start()..end)?).is_some()).then_some(end)
}

/// The end of the state at token `i` of a run from `first` whose words
/// before it make a known place, written with no comma between and ending
/// the phrase: an AP abbreviation with its period (`Trenton N.J.`,
/// `Washington D.C.`, `Springfield Ill.`) or a postal code (`Washington
/// DC`, `Houston TX.`); not before a capitalised word other than a title
/// (`Austin TX Rangers`, `Harlow D.C. Smith`).
fn state_in_run(text: &str, toks: &[Token], first: usize, i: usize, period_after: bool) -> Option<usize> {
    let t = &toks[i];
    let w = tok(text, toks, i);
    let end = if w.ends_with('.') { t.end() } else { t.end() + usize::from(period_after) };
    // (A title may follow: `Washington D.C. Mayor Muriel Bowser`.)
    let ends_phrase =
        |k: usize| toks.get(k).is_none_or(|n| n.newline_before() || !n.upper()) || has(toks, k, cat::TITLE);
    let ap = ends_phrase(i + 1 + usize::from(period_after)) && state_or_province(text.get(t.start()..end)?).is_some();
    let postal = || w.len() == 2 && ends_phrase(i + 1) && is_us_postal_code(w);
    if !ap && !postal() {
        return None;
    }
    let end = if ap { end } else { t.end() };
    lexicon().is_place(&norm(&text[toks[first].start()..toks[i - 1].end()])).then_some(end)
}

#[cfg(test)]
mod tests {
    use crate::tokens::tokenize;
    use annotator_schema::Label;

    #[test]
    fn state_after_a_place_cases() {
        // (text, the names expected): a state's postal code or the AP's
        // `D.C.` after a place and a comma; and where the code is none.
        let cases: &[(&str, &[(&str, Label)])] = &[
            ("the rally in Washington, D.C., drew", &[("Washington", Label::Place), ("D.C.", Label::Place)]),
            (
                "flying from Raleigh, NC to Houston, TX 77002.",
                &[("Raleigh", Label::Place), ("NC", Label::Place), ("Houston", Label::Place), ("TX", Label::Place)],
            ),
            ("a shop in Boston, MA.\nOpen daily", &[("Boston", Label::Place), ("MA", Label::Place)]),
            // A Canadian province the Canadian Press way.
            (
                "from Kingston, Ont., and police in B.C. said",
                &[("Kingston", Label::Place), ("Ont.", Label::Place), ("B.C.", Label::Place)],
            ),
            ("founded in 300 B.C. by", &[]),
            // Before a ZIP code, the town before the comma is a place too,
            // after a street's last word.
            (
                "Write to 12 Elm Road Dunmarrow, MA 01040 or Kelvorn, N.J. 08759-1234 or Brellin, Ohio 44101.",
                &[
                    ("Dunmarrow", Label::Place),
                    ("MA", Label::Place),
                    ("Kelvorn", Label::Place),
                    ("N.J.", Label::Place),
                    ("Brellin", Label::Place),
                    ("Ohio", Label::Place),
                ],
            ),
            (
                "It moved to 4783 Bay Rd Dunmarrow, Michigan 48604 from New York, NY 10001.",
                &[
                    ("Dunmarrow", Label::Place),
                    ("Michigan", Label::Place),
                    ("New York", Label::Place),
                    ("NY", Label::Place),
                ],
            ),
            ("Dr. Harry Preuss, MD 20815 said", &[("Harry Preuss", Label::Person)]),
            // After a person, before a capitalised word, after no place,
            // not a state's code, on the next line.
            ("Dr. Harry Preuss, MD, said", &[("Harry Preuss", Label::Person)]),
            ("in Austin, TX Rangers won", &[("Austin", Label::Place)]),
            ("the Foo, OK, so", &[]),
            ("in Boston, BB guns", &[("Boston", Label::Place)]),
            ("in Boston,\nOK then", &[("Boston", Label::Place)]),
            // With no comma, inside the place's run: one name.
            (
                "ministers met in Washington D.C. and Trenton N.J. on Monday",
                &[("Washington D.C.", Label::Place), ("Trenton N.J.", Label::Place)],
            ),
            ("from Washington DC to Houston TX.", &[("Washington DC", Label::Place), ("Houston TX", Label::Place)]),
            ("in Springfield Ill. today", &[("Springfield Ill.", Label::Place)]),
            (
                "Washington D.C. Mayor Muriel Bowser spoke",
                &[("Washington D.C.", Label::Place), ("Muriel Bowser", Label::Person)],
            ),
            // No known place before it, or a word after the code.
            ("Agent Harlow D.C. Smith said", &[("Agent Harlow D.C. Smith", Label::Person)]),
            ("in Austin TX Rangers won", &[]),
            // A sports page's venue line; not a line's opening `At` before
            // words, nor without the colon.
            (
                "Scores on Friday :\nAt The Oval : Surrey 298-6\nAt Kelbury-le-Moor : no play",
                &[("Oval", Label::Place), ("Kelbury-le-Moor", Label::Place)],
            ),
            ("At A Glance : the week's news", &[]),
            ("At Kelbury-le-Moor the rain fell", &[]),
        ];
        for (text, want) in cases {
            let got: Vec<(&str, Label)> = crate::names::find(text, &tokenize(text))
                .into_iter()
                .map(|m| (&text[m.start..m.end], m.label))
                .collect();
            assert_eq!(got, *want, "{text}");
        }
    }
}
