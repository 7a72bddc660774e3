//! Pass 7, lists: a single unknown word between places in a list is a
//! place too (`Donetsk, Luhansk, Zaporizhzhia, Kherson, and Crimea`), and
//! so is a lone word found a person's there (`in Kikinda, Senta and Novi
//! Sad`), and
//! an unknown name that is a whole item of a list of people is a person
//! (`To bat : Kashif Noorani , Zulfiqar Ahmed , Mohsin Kamal Butt`,
//! `Goalkeepers: Bekzat Nurlanov (Kairat Almaty), Stanislav Hrnčíř (Sparta
//! Prague)`).

use annotator_schema::Label;

use super::cues::{place_ends_at, reporting_verb_after};
use super::mention::{Mention, Segment};
use super::rules::MAX_CONTEXT_NAME_WORDS;
use super::words::{
    determiner_before, inflected_in_s, is_cap, is_demonym_or_listed, norm, phrase, push, tok, tok_bytes, tok_is,
    written_in_lower_case,
};
use crate::lexicon::is_all_caps;
use crate::lexicon::name_words::{CONNECTORS, LOCATIVE_CUES, PLACE_NOUNS};
use crate::lexicon::{cat, core, lexicon, lower_case, name_bit, FastSet};
use crate::sentences::sentence_initial;
use crate::tokens::{has, Token};

/// Adds the single words of `open` that stand in a list of places, and a
/// located list's first item of up to [`MAX_LOCATED_ITEM_WORDS`] words.
pub(super) fn places_in_lists(
    text: &str,
    toks: &[Token],
    mut mentions: Vec<Mention>,
    open: &[Segment],
) -> Vec<Mention> {
    let single = open;
    let lx = lexicon();
    // Where the places start, and where they end: a place of several
    // words ends at its last token (`Al Haouz, Taroudant and Chichaoua`).
    // Sorted, and searched: only items beside a separator ask, where a
    // hash set's inserts (one per place) cost more than all the asking.
    // The stable sort: it finds the runs the mentions come in (each pass
    // before this one adds its own, in order), where the unstable one
    // partitions them all over again.
    let (mut place_starts, mut place_ends): (Vec<usize>, Vec<usize>) =
        mentions.iter().filter(|m| m.label == Label::Place).map(|m| (m.start, m.end)).unzip();
    place_starts.sort();
    place_ends.sort();
    let is_place_tok = |i: usize| toks.get(i).is_some_and(|t| place_starts.binary_search(&t.start()).is_ok());
    let ends_place_tok = |i: usize| toks.get(i).is_some_and(|t| place_ends.binary_search(&t.end()).is_ok());
    // The items this pass made places, for a located list's last item
    // (`in Vardessa, Korlin and Tamsk`: `Korlin`, then `Tamsk`); only
    // there, where a locative word opens the list: elsewhere a wrong item
    // would carry on down a list of anything (`Marketing, Sales,
    // Management`).
    let mut listed: FastSet<usize> = FastSet::default();
    for &s in single.iter().filter(|s| s.first == s.last) {
        // An item has a separator beside it (each test below asks for
        // one): most segments have none, and are done with before any
        // word is looked up.
        let sep_after = matches!(tok_bytes(text, toks, s.last + 1), b"," | b"and");
        let sep_before = s.first > 0 && matches!(tok_bytes(text, toks, s.first - 1), b"," | b"and");
        if !(sep_after || sep_before) {
            continue;
        }
        let w = core(tok(text, toks, s.first));
        // (The token's list bits are those of `w`.)
        if is_demonym_or_listed(w, || has(toks, s.first, cat::DEMONYM)) || lx.is_given(w, true) {
            continue;
        }
        // The item before, over the separator: `Kherson, and Crimea` (a
        // serial comma) reaches back over two tokens.
        let before = if sep_before { item_before(text, toks, s.first) } else { None };
        let left = before.is_some_and(|b| {
            is_place_tok(b)
                || tok_is(text, toks, s.first - 1, ",")
                    && tok_is(text, toks, s.first - 2, "and")
                    && is_place_tok(s.first.saturating_sub(3))
                || ends_known_place(text, toks, b, is_place_tok)
        });
        let right = sep_after
            && (is_place_tok(s.last + 2) || (tok_is(text, toks, s.last + 2, "and") && is_place_tok(s.last + 3)));
        // `Zorvik, Kharkiv and Odesa came under attack`: the first of
        // three items, the other two places, whatever stands before it (a
        // known surname there is a person before this pass: `Smith, Paris
        // and Rome`).
        let first_of_three = || {
            tok_is(text, toks, s.last + 1, ",")
                && is_place_tok(s.last + 2)
                && matches!(tok_bytes(text, toks, s.last + 3), b"," | b"and")
                && is_place_tok(s.last + 4)
        };
        // (`right` implies `sep_after`, so `left && right` is covered.)
        let place_or_listed = |i: usize| is_place_tok(i) || toks.get(i).is_some_and(|t| listed.contains(&t.start()));
        let left_listed = before.is_some_and(place_or_listed);
        let place = left && sep_after
            || right && sep_before
            || left_listed && last_of_located_list(text, toks, s, place_or_listed)
            || right && first_of_three()
            || left && last_of_two_places(text, toks, s, ends_place_tok);
        if place {
            listed.insert(toks[s.first].start());
            push(text, toks, s.first, s.last, Label::Place, &mut mentions);
        }
    }
    // `Kalvik, Tormund and Oslo`, `Kalvik, Tormund, Pelusco and Oslo`: an
    // item right before one the loop above made a place (`Tormund`, by
    // `Oslo`) is read again, from the list's end back, with the items made
    // places as places: between two items, or the first of three.
    for &s in single.iter().rev().filter(|s| s.first == s.last) {
        let next_listed =
            tok_is(text, toks, s.last + 1, ",") && toks.get(s.last + 2).is_some_and(|t| listed.contains(&t.start()));
        if !next_listed || is_place_tok(s.first) || listed.contains(&toks[s.first].start()) {
            continue;
        }
        // (Nor a plural, which carries no list of departments on:
        // `Marketing, Sales, Finance and London offices`.)
        let w = core(tok(text, toks, s.first));
        if is_demonym_or_listed(w, || has(toks, s.first, cat::DEMONYM)) || lx.is_given(w, true) || inflected_in_s(w) {
            continue;
        }
        let place_or_listed = |i: usize| is_place_tok(i) || toks.get(i).is_some_and(|t| listed.contains(&t.start()));
        let sep_before = s.first > 0 && matches!(tok_bytes(text, toks, s.first - 1), b"," | b"and");
        let third = matches!(tok_bytes(text, toks, s.last + 3), b"," | b"and") && place_or_listed(s.last + 4);
        if sep_before || third {
            listed.insert(toks[s.first].start());
            push(text, toks, s.first, s.last, Label::Place, &mut mentions);
        }
    }
    // The first item of a located list, of one word or more.
    for &s in open.iter().filter(|s| s.last - s.first < MAX_LOCATED_ITEM_WORDS) {
        if first_of_located_list(text, toks, s, is_place_tok) {
            push(text, toks, s.first, s.last, Label::Place, &mut mentions);
        }
    }
    // `hospitals in Kikinda, Senta and Novi Sad`: a lone word found a
    // person's (a given name's or a surname's shape) between two places of
    // a list, a comma before it, is a place too.
    // (A comma's byte before it first, a space or none between: most
    // people's mentions stand after none, and their tokens are not searched.)
    let bytes = text.as_bytes();
    let comma_before = |at: usize| match at.checked_sub(1).map(|i| bytes[i]) {
        Some(b' ') => at >= 2 && bytes[at - 2] == b',',
        b => b == Some(b','),
    };
    for m in mentions.iter_mut().filter(|m| m.label == Label::Person && comma_before(m.start)) {
        let Some(k) = m.first_token(toks) else { continue };
        let between = toks[k].end() == m.end
            && k >= 2
            && tok_is(text, toks, k - 1, ",")
            && ends_place_tok(k - 2)
            && (matches!(tok_bytes(text, toks, k + 1), b"," | b"and") && is_place_tok(k + 2)
                || tok_is(text, toks, k + 1, ",") && tok_is(text, toks, k + 2, "and") && is_place_tok(k + 3));
        if between {
            m.label = Label::Place;
        }
    }
    // `near Zumar and Rabiyah, close to Mosul`, `clashes in Mosul and
    // Rabiyah on Monday`: a lone word found a person's after `and` and a
    // place that a locative cue opens is the pair's second place, when no
    // lexicon knows the word (`talks in Geneva and Kerry`: a surname stays)
    // and no reporting verb follows it (`Reporters in Kharkiv and Zorvik
    // said`: a person may have said it).
    // (The `and ` before it first: most people's mentions stand after none.)
    let after_and = |at: usize| bytes[..at].ends_with(b"and ");
    for m in mentions.iter_mut().filter(|m| m.label == Label::Person && after_and(m.start)) {
        let Some(k) = m.first_token(toks) else { continue };
        let second = toks[k].end() == m.end
            && k >= 3
            && tok_is(text, toks, k - 1, "and")
            && is_place_tok(k - 2)
            && ends_place_tok(k - 2)
            && list_cue(tok(text, toks, k - 3))
            && lx.name_bits(&norm(tok(text, toks, k))) == 0
            && !reporting_verb_after(text, toks, Segment { first: k, last: k });
        if second {
            m.label = Label::Place;
        }
    }
    mentions
}

/// The token ending the list's item before the one at `first`, over its
/// separator: a comma or `and` (`Luhansk, Kherson`, `Kherson and Crimea`),
/// or both in a list of three or more (`Luhansk, Kherson, and Crimea`, a
/// serial comma; not `spoken in Ghana, and Lao, a language`, where the
/// comma sets off what follows).
fn item_before(text: &str, toks: &[Token], first: usize) -> Option<usize> {
    let serial = first >= 4
        && tok_is(text, toks, first - 1, "and")
        && tok_is(text, toks, first - 2, ",")
        && tok_is(text, toks, first - 4, ",");
    (first >= 2).then(|| if serial { first - 3 } else { first - 2 })
}

/// `shelling hit Donetsk, Kherson and Vorlavka on Monday`: a list's last
/// item, after `and`, where the clause ends or goes on in lower case, when
/// the two items before it are places found before this pass (a located
/// list needs one: [`last_of_located_list`]), the farther of one word or
/// more (`Al Haouz, Taroudant and Chichaoua`: `ends_place_tok` says a place
/// ends at a token). Not a known surname (`Paris, Rome and Smith said`),
/// nor a word in capitals or with a capital inside (`FIVEaa`).
fn last_of_two_places(text: &str, toks: &[Token], s: Segment, ends_place_tok: impl Fn(usize) -> bool) -> bool {
    if !last_after_and(text, toks, s) {
        return false;
    }
    let Some(near) = item_before(text, toks, s.first) else { return false };
    let far = near >= 2 && tok_is(text, toks, near - 1, ",") && ends_place_tok(near - 2);
    let w = core(tok(text, toks, s.first));
    far && !is_all_caps(w) && unlisted_item_word(w)
}

/// What [`last_of_two_places`] and [`last_of_located_list`] ask first: `s`
/// follows `and`, and the clause ends or goes on in lower case after it.
/// (Each caller has an item before `s`, so `s.first` is 2 or more.)
fn last_after_and(text: &str, toks: &[Token], s: Segment) -> bool {
    tok_is(text, toks, s.first - 1, "and") && place_ends_at(text, toks, s.last + 1)
}

/// A list's last word `w` may be a place: no known surname (`Paris, Rome
/// and Smith said`; `in Moran and Pyle`, a court's cases) nor a word
/// written in capitals first (`FIVEaa`, a station).
fn unlisted_item_word(w: &str) -> bool {
    !w.chars().nth(1).is_some_and(char::is_uppercase) && !lexicon().is_surname(w, true)
}

/// The most words of a known place that ends a list's item before the
/// next (`Santa Cruz do Sul`).
const MAX_KNOWN_PLACE_WORDS: usize = 4;

/// Whether token `i` ends a place of several words that starts a place
/// mention and that the gazetteer holds (`Santa Cruz do Sul and
/// Encantado,`): a place a rule guessed (`South West Trains`) may be a
/// firm's name and carries no list on.
fn ends_known_place(text: &str, toks: &[Token], i: usize, is_place_tok: impl Fn(usize) -> bool) -> bool {
    (i.saturating_sub(MAX_KNOWN_PLACE_WORDS - 1)..i)
        .any(|k| is_place_tok(k) && lexicon().is_place(&norm(phrase(text, toks, k, i))))
}

/// The most words of a list's first item that [`first_of_located_list`]
/// takes (`Khan Younis`, `Deir al Balah`).
const MAX_LOCATED_ITEM_WORDS: usize = 3;

/// `killed 22 people in Khan Younis and Deir al-Balah`, `near Kham Dua,
/// Jenin and Gaza`: a list's first item after a locative cue
/// ([`list_cue`]) when the item after it is a place; its words are
/// capitalised, and none is a demonym, a listed word or in capitals (nor,
/// after a route's cue, a known given name or surname: [`route_item`]).
fn first_of_located_list(text: &str, toks: &[Token], s: Segment, is_place_tok: impl Fn(usize) -> bool) -> bool {
    if s.first == 0 || !matches!(tok_bytes(text, toks, s.last + 1), b"," | b"and") || !is_place_tok(s.last + 2) {
        return false;
    }
    let cue = tok(text, toks, s.first - 1);
    let route = ROUTE_CUES.contains(&cue);
    list_cue(cue)
        && (s.first..=s.last).all(|k| {
            let w = core(tok(text, toks, k));
            is_cap(w)
                && !is_all_caps(w)
                && !is_demonym_or_listed(w, || has(toks, k, cat::DEMONYM))
                && (!route || route_item(w))
        })
}

/// `shelters in Nacimiento and Purén.`, `near Bor, Niš and Knjazevac,`:
/// the list's last item, after `and`, when the list of places it ends
/// opens after a locative cue ([`list_cue`]) or a place noun's plural and
/// `of` ([`places_of`]) and the clause ends or
/// goes on in lower case after it (`… and Purén on Friday`). The item
/// before is a place (the caller's `left`).
fn last_of_located_list(text: &str, toks: &[Token], s: Segment, is_place_tok: impl Fn(usize) -> bool) -> bool {
    if !last_after_and(text, toks, s) || !unlisted_item_word(core(tok(text, toks, s.first))) {
        return false;
    }
    // Back over the list's places and commas to the word before its first.
    let Some(mut k) = item_before(text, toks, s.first) else { return false };
    while k >= 2 && tok_is(text, toks, k - 1, ",") && is_place_tok(k - 2) {
        k -= 2;
    }
    k > 0 && (list_cue(tok(text, toks, k - 1)) || places_of(text, toks, k - 1))
}

/// `the districts of Idukki and Wayanad`: token `of` is `of` after a
/// place noun's plural, which opens a list of places.
fn places_of(text: &str, toks: &[Token], of: usize) -> bool {
    of > 0 && tok_is(text, toks, of, "of") && {
        let noun = tok(text, toks, of - 1);
        noun.as_bytes().last() == Some(&b's') && PLACE_NOUNS.contains(&&noun[..noun.len() - 1])
    }
}

/// Words that open a list of places, besides the locative cues: a
/// stretch's ends (`between Montepuez and Mueda`) and where one comes
/// from (`withdrew from Kelvashi and Kyiv`). (Not for the learned rule's
/// locative feature, which was trained on [`LOCATIVE_CUES`] alone.)
const LIST_CUES: [&str; 2] = ["between", "from"];

/// Words for where a route runs that open a list of places (`buses to
/// Tarnovel and Kyiv`, `through Kyiv and Velmora`). A letter or a prize
/// goes to a person too (`sent to Peters and Moscow`): the list's first
/// item after one is no known given name or surname ([`route_item`]).
const ROUTE_CUES: [&str; 5] = ["around", "through", "to", "toward", "towards"];

/// `w` opens a located list: one of [`LOCATIVE_CUES`], [`LIST_CUES`] or
/// [`ROUTE_CUES`].
fn list_cue(w: &str) -> bool {
    LOCATIVE_CUES.contains(&w) || LIST_CUES.contains(&w) || ROUTE_CUES.contains(&w)
}

/// Word `w` may open a list after one of [`ROUTE_CUES`]: no known given
/// name and no word [`unlisted_item_word`] refuses.
fn route_item(w: &str) -> bool {
    unlisted_item_word(w) && !lexicon().is_given(w, true)
}

/// How many times the open segments are read: a name whose neighbour in
/// the list became a person on the first reading (`Mohsin Kamal Butt`
/// after `Zulfiqar Ahmed`), or one left of it (`Bekzat Nurlanov` before
/// `Temirlan Abilov`), is decided on the second.
const LIST_READINGS: usize = 2;

/// `Tom Reyes and | Speaker | of the Senate Ana Lima`: segment `s`, one
/// title before `of`, opens the name of an office (the holder's name comes
/// after it), no list's item. A title alone before anything else may be a
/// surname (`Evans, King and Lima`).
fn office_title(text: &str, toks: &[Token], s: Segment) -> bool {
    s.first == s.last && has(toks, s.first, cat::TITLE) && tok(text, toks, s.last + 1) == OF
}

/// `the Minister for | Culture, Ana Lima and …`: the word after token `p`,
/// a title's `for` or `of`, is the office's field, no list's first item.
fn office_field(text: &str, toks: &[Token], p: usize) -> bool {
    p >= 1 && matches!(tok(text, toks, p), "for" | OF) && has(toks, p - 1, cat::TITLE)
}

/// Adds the open segments that are a whole item of a list of people: set
/// off by `,` `;` `:` or `and` (or the line's end), maybe with a bracket
/// after them (`Nurlanov (Kairat Almaty),`), beside an item that is a
/// person (a single word: between two). A known place, a name in capitals,
/// a demonym, a listed word or a sentence's first word is no such item,
/// but for the first of a pair ([`opens_a_pair`]: `Putin and Xi signed`).
pub(super) fn people_in_lists(
    text: &str,
    toks: &[Token],
    mut mentions: Vec<Mention>,
    open: &[Segment],
) -> Vec<Mention> {
    let at = |k: usize| tok(text, toks, k);
    let on_line = |k: usize| toks.get(k).is_some_and(|t| !t.newline_before());
    let separator = |k: usize| matches!(at(k), "," | ";" | ":" | "and");
    // Where the item holding tokens first..=last ends: after its bracket.
    let item_end = |last: usize| {
        if at(last + 1) != "(" || !on_line(last + 1) {
            return Some(last);
        }
        (last + 2..last + 2 + MAX_CONTEXT_NAME_WORDS + 1).find(|&k| at(k) == ")" && on_line(k))
    };
    // The segments set off as a list's items, with where each item ends:
    // tokens only first (most open segments stand in no list), then the
    // words' lists and the gazetteer.
    let lx = lexicon();
    let items: Vec<(Segment, usize)> = open
        .iter()
        .filter_map(|&s| {
            // (A line's or sentence's first word may be an adverb or a
            // greeting before a name: `Tonight, John Smith`; after a
            // colon, a list's first name of two words or more starts it.)
            // (Or one word opening a list after a lower-case word, `signed
            // by Clemenceau, Lloyd George and Wilson`, or a sentence, `Obama,
            // Merkel and Macron met`: decided below by two people after it.)
            let before = s.first.checked_sub(1);
            let opens_list = s.first == s.last
                && at(s.last + 1) == ","
                && match before {
                    Some(p) if !sentence_initial(text, toks, s.first) => {
                        at(p).starts_with(|c: char| c.is_ascii_lowercase()) && !office_field(text, toks, p)
                    }
                    _ => sentence_opener(text, toks, s.first),
                };
            let set_off = s.last - s.first < MAX_CONTEXT_NAME_WORDS
                && (opens_list || before.is_some_and(|p| on_line(s.first) && separator(p)));
            // The list's last item, after `and`, may end where its clause
            // goes on (`Wasim Akram and Waqar Younis bowled well`) or the
            // sentence ends (`… Ana Lima and Kofi Brempong.`).
            let last_item = |e: usize| {
                before.is_some_and(|p| at(p) == "and")
                    && (at(e + 1) == "." || at(e + 1).starts_with(|c: char| c.is_ascii_lowercase()))
            };
            let end = item_end(s.last).filter(|&e| set_off && (!on_line(e + 1) || separator(e + 1) || last_item(e)))?;
            let after_colon = before.is_some_and(|p| at(p) == ":") && s.last > s.first;
            let words_ok = (s.first..=s.last).all(|k| {
                let w = core(at(k));
                is_cap(w) && !is_all_caps(w) && !is_demonym_or_listed(w, || has(toks, k, cat::DEMONYM))
            });
            let ok = words_ok
                && !office_title(text, toks, s)
                && (after_colon || opens_list || !sentence_initial(text, toks, s.first))
                && !lx.is_place(&norm(phrase(text, toks, s.first, s.last)))
                && !founders_firm(text, toks, s);
            ok.then_some((s, end))
        })
        .collect();
    // (A loop, the tokens' length first: an iterator's adapters and every
    // segment's call cost 250,000 instructions per 20 copies of the
    // articles.)
    let mut openers: Vec<(Segment, usize)> = Vec::new();
    for &s in open {
        let and_next = toks.get(s.last + 1).is_some_and(|t| t.end() - t.start() == AND.len());
        if and_next && opens_a_pair(text, toks, s) {
            openers.push((s, s.last));
        }
    }
    if items.is_empty() && openers.is_empty() {
        return mentions;
    }
    // The people's spans, sorted (a binary search finds one; a hash set of
    // pairs cost the page its own copy of the table's code).
    let mut persons: Vec<(usize, usize)> =
        mentions.iter().filter(|m| m.label == Label::Person).map(|m| (m.start, m.end)).collect();
    crate::order::sort_by_key(&mut persons, |&span| span);
    // A token span that is a person mention, as the whole of its item.
    let person_at = |persons: &[(usize, usize)], first: usize, last: usize| {
        toks.get(first).zip(toks.get(last)).is_some_and(|(a, b)| persons.binary_search(&(a.start(), b.end())).is_ok())
    };
    let mut found: Vec<(usize, usize)> = Vec::new();
    for _ in 0..LIST_READINGS {
        // Where the item this reading found last ends (its last token or
        // its bracket's): the next item's left neighbour, a person already.
        let mut found_end: Option<usize> = None;
        for (i, &(s, end)) in items.iter().enumerate() {
            // (Open segments are token ranges of `toks`: the indexes hold.)
            let (a, b) = (toks[s.first].start(), toks[s.last].end());
            if persons.binary_search(&(a, b)).is_ok() {
                continue; // a person already
            }
            // The item before: its last token, or its name before its bracket.
            let left = s.first >= 2 && at(s.first - 1) != ":" && on_line(s.first - 1) && {
                let mut k = s.first - 2;
                // (A serial comma: `Rabbit Maranville, and Pie Traynor`.)
                if k > 0 && at(k) == "," && at(s.first - 1) == AND {
                    k -= 1;
                }
                if at(k) == ")" {
                    k = (k.saturating_sub(MAX_CONTEXT_NAME_WORDS + 1)..k).rev().find(|&j| at(j) == "(").unwrap_or(k);
                    k = k.saturating_sub(1);
                }
                found_end == Some(k)
                    || (k.saturating_sub(MAX_CONTEXT_NAME_WORDS - 1)..=k).any(|j| person_at(&persons, j, k))
            };
            let right = on_line(end + 1)
                && separator(end + 1)
                && at(end + 1) != ":"
                && (end + 2..end + 2 + MAX_CONTEXT_NAME_WORDS).any(|k| on_line(k) && person_at(&persons, end + 2, k));
            // One word alone needs a person on both sides, or a pair's
            // ([`paired_with_a_person`]).
            let pair = || s.first == s.last && paired_with_a_person(text, toks, &persons, s.first, end);
            // Or, after a person, another item of one word next in the
            // list, which the person before makes one in turn (`Mitch
            // McConnell, Thune, Barrasso and Cornyn`), or the list's last
            // item, after `and` (`…, Barrasso, and Cornyn`).
            // (Only words shaped as surnames: `Ragi, Rice, Groundnuts,
            // Wheat and Pulses` goes on from `Rice` no further.)
            let next_item = || {
                chained(at(s.first))
                    && (at(s.first - 1) == AND
                        || items.get(i + 1).is_some_and(|&(n, _)| {
                            n.first == n.last && chained(at(n.first)) && item_follows(text, toks, end, n.first)
                        }))
            };
            // A list's first word, not set off before: two people after it;
            // opening a sentence, two lone names (`Obama, Merkel and Macron`,
            // not `Tonight, John Smith and Mary Jones`: a sentence's adverb).
            let opening = s.first == 0 || !separator(s.first - 1);
            let most = if sentence_initial(text, toks, s.first) { 1 } else { MAX_CONTEXT_NAME_WORDS };
            let two_right = || {
                (end + 2..end + 2 + most).any(|k| {
                    on_line(k)
                        && person_at(&persons, end + 2, k)
                        && separator(k + 1)
                        && (k + 2..k + 2 + most).any(|j| on_line(j) && person_at(&persons, k + 2, j))
                })
            };
            let decided = if opening {
                right && two_right()
            } else if s.first == s.last {
                left && (right || next_item()) || pair()
            } else {
                left || right
            };
            if decided {
                found.push((a, b));
                found_end = Some(end);
                push(text, toks, s.first, s.last, Label::Person, &mut mentions);
            }
        }
        for &(s, end) in &openers {
            let (a, b) = (toks[s.first].start(), toks[s.last].end());
            if persons.binary_search(&(a, b)).is_err() && paired_with_a_person(text, toks, &persons, s.first, end) {
                found.push((a, b));
                push(text, toks, s.first, s.last, Label::Person, &mut mentions);
            }
        }
        // Who a reading found counts on the next (sorted in once: no
        // insertion per name into a long list).
        persons.append(&mut found);
        crate::order::sort_by_key(&mut persons, |&span| span);
    }
    mentions
}

/// The fewest letters of a word that a person before makes a person in
/// a list of single words (`Thune`): shorter ones are initials and codes
/// (`C.`, `Li`).
const MIN_CHAINED_LEN: usize = 3;

/// Word `w`, an item of a list, may be a surname the person before it in
/// the list makes one: letters only ([`MIN_CHAINED_LEN`] or more, a hyphen
/// or an apostrophe inside), not a plural in `-s` (`Groundnuts`, `Sears`;
/// `-us`, `-is`, `-ss` stay: `Davis`).
fn chained(w: &str) -> bool {
    let w = core(w);
    w.chars().count() >= MIN_CHAINED_LEN
        && w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
        && !inflected_in_s(w)
}

/// Token `next` opens the list's next item after the item ending at token
/// `end`: over one separator on the line, or a serial comma and `and`.
fn item_follows(text: &str, toks: &[Token], end: usize, next: usize) -> bool {
    let at = |k: usize| tok(text, toks, k);
    let on_line = |k: usize| toks.get(k).is_some_and(|t| !t.newline_before());
    let separator = |k: usize| matches!(at(k), "," | ";" | "and");
    let over = match next.checked_sub(end) {
        Some(2) => separator(end + 1),
        Some(3) => at(end + 1) == "," && at(end + 2) == AND,
        _ => false,
    };
    over && (end + 1..=next).all(on_line)
}

/// The conjunction that joins a pair of people.
const AND: &str = "and";

/// The word after a title that opens an office's name (`Speaker of the
/// Senate`).
const OF: &str = "of";

/// Open segment `s` is one word or a short name before `and` (`Putin and
/// Xi signed`, `told reporters that Kessler and Dana Ruiz agreed`, `between
/// Aoun and Hariri`, `before Ruan van der Merwe and Keegan Pillay added`):
/// the first of a pair, which [`paired_with_a_person`] decides. A
/// sentence's first word is as often a common noun (`Police and Tom
/// Reyes`), so not one the text writes in lower case too, a plural in `-s`
/// (`Officials and Ana Lima`; `-us`, `-is`, `-ss` stay: `Tiberius`,
/// `Davis`, `Ross`), a demonym or a listed word, a known place or a word in
/// capitals (each word of a name, its particles aside, nor a known place
/// the whole); nor one after a determiner, which makes it a modifier shared
/// with the pair's second (`the Salt and Verde Rivers`, `the Celtic and
/// Irish Seas`; `that` opens a clause there: `said that Kessler and …`).
fn opens_a_pair(text: &str, toks: &[Token], s: Segment) -> bool {
    // The tokens first: most open segments are no name before `and`.
    if s.last - s.first >= MAX_CONTEXT_NAME_WORDS || !tok_is(text, toks, s.last + 1, AND) {
        return false;
    }
    let determiner = determiner_before(text, toks, s.first);
    // (A name's particles stay: `Ruan van der Merwe and Keegan Pillay`.)
    let words = || {
        (s.first..=s.last).all(|k| {
            let w = tok(text, toks, k);
            CONNECTORS.contains(&w) && k > s.first && k < s.last || sentence_opener(text, toks, k)
        })
    };
    !determiner && words() && (s.first == s.last || !lexicon().is_place(&norm(phrase(text, toks, s.first, s.last))))
}

/// Token `k` may be a name even where it opens a sentence: a capitalised
/// word the text never writes in lower case, not a plural in `-s`
/// (`Officials`; `-us`, `-is`, `-ss` stay: `Tiberius`, `Davis`, `Ross`), a
/// demonym or a listed word, a known place or a word in capitals.
fn sentence_opener(text: &str, toks: &[Token], k: usize) -> bool {
    let w = core(tok(text, toks, k));
    is_cap(w)
        && !is_all_caps(w)
        && !inflected_in_s(w)
        && !is_demonym_or_listed(w, || has(toks, k, cat::DEMONYM))
        && !lexicon().is_place(&norm(w))
        && !written_in_lower_case(text, toks[k].start(), &lower_case(w))
}

/// `Leucippus and Democritus argued`, `Carter and LeRoi`, `Homer and
/// Shakespeare`: a single word joined by `and` alone to a person found is
/// the pair's other person, when that person is more than a lone given name
/// (a planet, a ship or a pet is named like one: `Mercury and Venus`).
/// Token `first` is the word, `end` where its item ends; `persons` the
/// people's byte spans, sorted.
fn paired_with_a_person(text: &str, toks: &[Token], persons: &[(usize, usize)], first: usize, end: usize) -> bool {
    let at = |k: usize| tok(text, toks, k);
    let on_line = |k: usize| toks.get(k).is_some_and(|t| !t.newline_before());
    // A person spanning tokens `a..=b`, more than a lone given name.
    let partner = |a: usize, b: usize| {
        let span = toks.get(a).zip(toks.get(b)).map(|(x, y)| (x.start(), y.end()));
        span.is_some_and(|sp| persons.binary_search(&sp).is_ok())
            && (a < b || lexicon().name_bits(&norm(at(a))) & name_bit::GIVEN == 0)
    };
    let before = first >= 2 && at(first - 1) == "and" && on_line(first - 1) && {
        let k = first - 2;
        (k.saturating_sub(MAX_CONTEXT_NAME_WORDS - 1)..=k).any(|j| partner(j, k))
    };
    let after = || {
        at(end + 1) == "and"
            && on_line(end + 1)
            && (end + 2..end + 2 + MAX_CONTEXT_NAME_WORDS).any(|k| on_line(k) && partner(end + 2, k))
    };
    before || after()
}

/// `Goldman Sachs` in `Tom Reyes and Goldman Sachs agreed`: a run whose
/// first word is a known surname that is no given name, and whose last word
/// no lexicon knows, reads as a firm named after its founders; its place in
/// a list beside a person does not make it one.
fn founders_firm(text: &str, toks: &[Token], s: Segment) -> bool {
    let lx = lexicon();
    let bits = |k: usize| lx.name_bits(&norm(tok(text, toks, k)));
    let first = bits(s.first);
    s.last > s.first
        && first & (name_bit::SURNAME | name_bit::SURNAME_WORD) != 0
        && first & (name_bit::GIVEN | name_bit::GIVEN_WORD) == 0
        && bits(s.last) == 0
}

/// The fewest clubs in brackets on a list's lines that make it a squad
/// list, whose every bracket after a player is a club: one could be a
/// player's home town (`Jane Doe (Paris)`); and the fewest brackets after
/// people on a line that make it a list's.
const MIN_SQUAD_CLUBS: usize = 2;

/// The shortest one-word club in a bracket (`Ajax`, `Roma`), longer than
/// the three letters of a country's code (`Fra`, `Ger`).
const MIN_CLUB_WORD_LEN: usize = 4;

/// Drops the places inside the brackets after the people of a squad list
/// (`Bekzat Nurlanov (Kairat Almaty), Oleg Lisitsyn (Astana)`): a bracket
/// holding a town and another capitalised word is a club named after the
/// town, which is no place (LABELS.md); where the lines of such a list
/// hold [`MIN_SQUAD_CLUBS`] clubs, a bracket holding a town alone on one
/// of them is a club too.
pub(super) fn clubs_in_people_lists(text: &str, toks: &[Token], mut mentions: Vec<Mention>) -> Vec<Mention> {
    let at = |k: usize| tok(text, toks, k);
    let on_line = |k: usize| toks.get(k).is_some_and(|t| !t.newline_before());
    // The brackets after a person: the byte span of their inside and its
    // first and last tokens (the token after a person is found by its
    // offset: tokens are in text order), sorted: most texts have none, and
    // the pass ends there.
    let mut brackets: Vec<(usize, usize, usize, usize)> = mentions
        .iter()
        .filter(|m| m.label == Label::Person)
        .filter_map(|m| {
            // The text's bytes first: most people have no bracket after them.
            let after = text.as_bytes().get(m.end..)?;
            if after.iter().find(|&&b| b != b' ') != Some(&b'(') {
                return None;
            }
            let k = toks.partition_point(|t| t.start() < m.end);
            if k == 0 || at(k) != "(" || !on_line(k) {
                return None;
            }
            let close = (k + 2..k + 2 + MAX_CONTEXT_NAME_WORDS).find(|&c| at(c) == ")" && on_line(c))?;
            Some((toks[k + 1].start(), toks[close - 1].end(), k + 1, close - 1))
        })
        .collect();
    if brackets.is_empty() {
        return mentions;
    }
    // By the inside's byte span: its first and last tokens follow from
    // it (a token's start and end are its own), so the order is the
    // tuples' order.
    crate::order::sort_by_key(&mut brackets, |&(a, b, _, _)| (a, b));
    // The bracket holding byte span `a..b`, if one does.
    let holding = |a: usize, b: usize| {
        let i = brackets.partition_point(|br| br.0 <= a).checked_sub(1)?;
        (b <= brackets[i].1).then_some(i)
    };
    // Each bracket's places, and whether any mention is inside it (found
    // once from each mention's bracket: each bracket asking every mention
    // was brackets × mentions on one long line).
    let mut places: Vec<Vec<(usize, usize)>> = vec![Vec::new(); brackets.len()];
    let mut named = vec![false; brackets.len()];
    for m in &mentions {
        if let Some(i) = holding(m.start, m.end) {
            named[i] = true;
            if m.label == Label::Place {
                places[i].push((m.start, m.end));
            }
        }
    }
    // A club: a bracket with a place and a capitalised word outside it,
    // or capitalised words that a club's or company's word made no name
    // at all (`Sporting Lisbon`, `Dinamo Zagreb`: no mention inside), or
    // one such word in title case no shorter than a club's (`Fiorentina`,
    // `Udinese`; not a country's code, `Fra`).
    let club = |i: usize| {
        let (_, _, first, last) = brackets[i];
        let beside_place = !places[i].is_empty()
            && (first..=last).any(|j| {
                let t = &toks[j];
                is_cap(at(j)) && !places[i].iter().any(|p| p.0 <= t.start() && t.end() <= p.1)
            });
        let unnamed = || {
            let words = last > first || at(first).len() >= MIN_CLUB_WORD_LEN && !is_all_caps(at(first));
            words && (first..=last).all(|j| is_cap(at(j))) && !named[i]
        };
        beside_place || unnamed()
    };
    // The clubs of each line, lines known by the token that opens them:
    // read forward once, the brackets in order (a scan back from each to
    // its line's start was brackets × tokens on one long line).
    let clubs: Vec<bool> = (0..brackets.len()).map(club).collect();
    let mut lines: Vec<usize> = Vec::with_capacity(brackets.len());
    let (mut line, mut read) = (0, 0);
    for br in &brackets {
        // (Nothing to read when a bracket opens at the last one's token.)
        if let Some(j) = (read..=br.2).rev().find(|&j| j == 0 || toks[j].newline_before()) {
            line = j;
        }
        read = read.max(br.2 + 1);
        lines.push(line);
    }
    // Brackets are sorted, so their lines come in order: each line's clubs
    // are counted over its run of brackets.
    // A line of two or more people with brackets is a list's; the clubs
    // are counted over every such line (`Forwards: A (Elimai Semey), B
    // (Aktobe), C (Atyrau)` after the goalkeepers' and defenders' lines).
    let mut list_line: Vec<bool> = vec![false; brackets.len()];
    let mut i = 0;
    while i < brackets.len() {
        let run = lines[i..].iter().take_while(|&&l| l == lines[i]).count();
        list_line[i..i + run].fill(run >= MIN_SQUAD_CLUBS);
        i += run;
    }
    let list_clubs = (0..brackets.len()).filter(|&i| list_line[i] && clubs[i]).count();
    let dropped = |i: usize| clubs[i] || list_line[i] && list_clubs >= MIN_SQUAD_CLUBS;
    if (0..brackets.len()).any(|i| dropped(i) && !places[i].is_empty()) {
        mentions.retain(|m| m.label != Label::Place || !holding(m.start, m.end).is_some_and(dropped));
    }
    mentions
}
