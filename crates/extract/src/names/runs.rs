//! Pass 1, candidate runs: maximal runs of capitalised words on one line,
//! single-spaced, with name particles inside (`dos Santos`, `van der
//! Merwe`, `Sea of Azov`, `al-Burhan`, `Republic of the Congo`). A
//! possessive ends a run, unless a state form follows (`People's
//! Republic of China`), and so does an adjective compound (`London-based`);
//! weekdays and months start a new one. A run goes on over `and` only into
//! a known place's name (`Bosnia and Herzegovina`), and over a ruler's
//! epithet or `I` ([`super::epithets`]: `Catherine the Great`, `Henry I`).

use super::epithets;
use super::mention::Segment;
use super::place_first;
use super::words::{
    has_possessive, inflected_in_s, is_cap, is_particle_name, is_state_form, longest, norm, phrase, starts_run, tok,
};
use crate::lexicon::name_words::CONNECTORS;
use crate::lexicon::{self, cat, lexicon, list, name_bit};
use crate::tokens::{has, Token};

/// The shortest lower-case part of a compound before a name (`-run`,
/// `-old`); shorter ones are a name's particles (`Naqsh-e`).
const MIN_COMPOUND_PART: usize = 3;

/// The most particles in a row inside a name (`van der`, `de la`).
const MAX_CONNECTORS: usize = 2;

/// The length of the longest connector (`della`; `of` and `the` are
/// shorter): a longer token is none.
const LONGEST_CONNECTOR: usize = longest(&CONNECTORS);

/// The length of a weekday's abbreviation (`Thu`, `Sun`, `Mon`), which is
/// also a syllable of names (Vietnamese `Thu`, Chinese `Sun`).
const WEEKDAY_ABBREVIATION_LEN: usize = 3;

/// The runs of capitalised words of `text`, in order.
pub(super) fn find(text: &str, toks: &[Token]) -> Vec<Segment> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !starts_run(toks, i) || possessive_s_apart(text, toks, i) {
            i += 1;
            continue;
        }
        let first = i;
        let mut last = i;
        loop {
            while let Some(next) = extends_to(text, toks, last) {
                last = next;
            }
            // Most runs end before a word other than `and`: its length
            // tells, before its text is read.
            let and_next = toks.get(last + 1).is_some_and(|t| t.end() - t.start() == AND.len());
            match and_next.then(|| and_place(text, toks, first, last)).flatten() {
                Some(end) => last = end,
                None => break,
            }
        }
        // `Catherine the Great`, `Henry I (ruled …)`.
        if let Some(end) = epithets::after(text, toks, first, last) {
            last = end;
        }
        out.push(Segment { first, last });
        i = last + 1;
    }
    out
}

/// `GHANA 'S RAWLINGS`: the `S` of a possessive written apart in a
/// tokenised all-caps line, glued to its apostrophe, which has a space
/// before it. It starts no run (an initial, `S Johnson`, stands apart).
fn possessive_s_apart(text: &str, toks: &[Token], i: usize) -> bool {
    // Most run starts are longer than one byte or have a space before.
    let t = toks[i];
    t.end() - t.start() == 1
        && !t.space_before()
        && tok(text, toks, i).eq_ignore_ascii_case("s")
        && i > 0
        && toks[i - 1].space_before()
        && matches!(tok(text, toks, i - 1), "'" | "’")
}

/// `St. Peter's Square`, `St Paul's Cathedral`, `Saint Mary's Hospital`: a
/// saint's possessive inside a landmark's name, a capitalised landmark noun
/// after it.
fn saints_landmark(text: &str, toks: &[Token], last: usize) -> bool {
    let saint = |k: usize| matches!(tok(text, toks, k), "St" | "Saint");
    let after_saint = last >= 1 && saint(last - 1) || last >= 2 && tok(text, toks, last - 1) == "." && saint(last - 2);
    after_saint
        && toks.get(last + 1).is_some_and(|t| t.space_before() && !t.newline_before())
        && has(toks, last + 1, cat::LANDMARK)
        && is_cap(tok(text, toks, last + 1))
}

/// `d'Ivoire`, `d'Estaing`, `d’Aosta`: a French or Italian particle elided
/// onto a capitalised name.
pub(super) fn elided_particle(w: &str) -> bool {
    let rest = w.strip_prefix("d'").or_else(|| w.strip_prefix("d\u{2019}"));
    rest.and_then(|r| r.chars().next()).is_some_and(char::is_uppercase)
}

/// The token a run ending at `last` extends to, if it goes on: the next
/// capitalised word, a particle name (`al-Burhan`), or a capitalised word
/// after up to [`MAX_CONNECTORS`] particles (`dos Santos`, `Sea of Azov`).
fn extends_to(text: &str, toks: &[Token], last: usize) -> Option<usize> {
    let w = tok(text, toks, last);
    let n = last + 1;
    let t = toks.get(n)?;
    // `People's Republic of China`: a possessive inside a state's name.
    let state_next = || t.space_before() && !t.newline_before() && is_state_form(t.text(text));
    if has_possessive(w) && !state_next() && !saints_landmark(text, toks, last)
        || has(toks, last, cat::WEEKDAY) && !weekday_syllable(text, toks, last)
    {
        return None;
    }
    // `London-based | Tom Reyes`, `President-elect | Joko Widodo`,
    // `Ex-footballer | Sol Campbell`: a compound ending in a lower-case word
    // is a modifier or a role before the name (not a name's particles of a
    // letter or two: `Naqsh-e Jahan`, `Mig-u-ell`).
    if toks[last].hyphen() && is_lower_compound(w) {
        return None;
    }
    // `St. Petersburg`, `Mt. Kenya`: an abbreviation's period inside;
    // `in Co. Cork`, a county's, where `Co` opens the run (`Acme Co.` ends
    // a company's name).
    let abbreviation = || matches!(w, "St" | "Mt" | "Ft") || w == COUNTY_ABBREVIATION && !continues_run(toks, last);
    let abbreviated = t.start() == toks[last].end() && t.is(text, ".") && abbreviation();
    if abbreviated
        && toks.get(n + 1).is_some_and(|a| a.space_before() && !a.newline_before())
        && starts_run(toks, n + 1)
        && !has(toks, n + 1, cat::STOP)
    {
        return Some(n + 1);
    }
    if !t.space_before() || t.newline_before() {
        return None;
    }
    if starts_run(toks, n) && !breaks_before(text, toks, n) {
        return Some(n);
    }
    // Most runs end here, at a lower-case word: its bits and length rule
    // out a particle name (it has an ASCII hyphen) and a connector (it is
    // short) before its text is read.
    if t.hyphen() && is_particle_name(t.text(text)) || elided_particle(t.text(text)) {
        return Some(n);
    }
    // `dos Santos`, `van der Merwe`, `de la Fuente`, `Sea of Azov`,
    // `Republic of the Congo` (`the` only after a state form's `of`).
    let connector = |m: usize, c: &Token| {
        c.end() - c.start() <= LONGEST_CONNECTOR && {
            let listed = c.lists & list::CONNECTOR != 0;
            let c = c.text(text);
            listed && CONNECTORS.contains(&c) || m == n && c == "of" || m == n + 1 && c == "the" && is_state_form(w)
        }
    };
    let mut m = n;
    while m < n + MAX_CONNECTORS && toks.get(m).is_some_and(|c| connector(m, c)) {
        m += 1;
    }
    let on_line = |k: usize| toks.get(k).is_some_and(|t| t.space_before() && !t.newline_before());
    (m > n && starts_run(toks, m) && (n + 1..=m).all(on_line)).then_some(m)
}

/// `Co.`: a county's abbreviation before its name (`Co. Cork`), a
/// company's legal form after one (`Acme Co.`).
const COUNTY_ABBREVIATION: &str = "Co";

/// Token `k` goes on a run: a capitalised word before it on its line.
fn continues_run(toks: &[Token], k: usize) -> bool {
    k > 0 && toks[k].space_before() && !toks[k].newline_before() && starts_run(toks, k - 1)
}

/// The word a place's name may hold between capitalised ones.
const AND: &str = "and";

/// The most words after `and` in a place's name (`Saint Vincent and the
/// Grenadines`, `Turks and Caicos Islands`).
const AND_PLACE_WORDS: usize = 3;

/// `Bosnia and Herzegovina`, `Trinidad and Tobago`, `Saint Kitts and
/// Nevis`: the run `first..=last` goes on over `and` when the words up to
/// a capitalised one after it make a known place; the last such token.
#[inline(never)]
fn and_place(text: &str, toks: &[Token], first: usize, last: usize) -> Option<usize> {
    let and = last + 1;
    let on_line = |k: usize| toks.get(k).is_some_and(|t| t.space_before() && !t.newline_before());
    if tok(text, toks, and) != AND || !on_line(and) {
        return None;
    }
    if last > first + 1 {
        return group_and_place(text, toks, first, last);
    }
    // Such a name opens with a place's name or `Saint` (`Bosnia`,
    // `Trinidad`, `Saint Kitts`, `São Tomé`): one lookup turns away the
    // lists of people (`Tom and Ana`).
    let opener = tok(text, toks, first);
    if !matches!(opener, "Saint" | "St." | "São" | "Sao") && !lexicon().is_place(&norm(opener)) {
        return None;
    }
    (and + 1..=and + AND_PLACE_WORDS)
        .take_while(|&k| on_line(k))
        .filter(|&k| starts_run(toks, k) && lexicon().is_place(&norm(phrase(text, toks, first, k))))
        .last()
}

/// `Islamic State of Iraq and the Levant`, `Islamic State of Iraq and
/// Syria`: an armed group's name, a word and `State of` a place, goes on
/// over `and` (and `the`) to a second place; the last token. Not an
/// office's `Secretary of State of Iowa and Texas`.
fn group_and_place(text: &str, toks: &[Token], first: usize, last: usize) -> Option<usize> {
    let group = last >= first + 3
        && tok(text, toks, last - 1) == "of"
        && tok(text, toks, last - 2).eq_ignore_ascii_case("state")
        && is_cap(tok(text, toks, last - 3))
        && lexicon().is_place(&norm(tok(text, toks, last)));
    if !group {
        return None;
    }
    let on_line = |k: usize| toks.get(k).is_some_and(|t| t.space_before() && !t.newline_before());
    let place = last + 2 + usize::from(tok(text, toks, last + 2) == "the");
    (on_line(place) && starts_run(toks, place) && lexicon().is_place(&norm(tok(text, toks, place)))).then_some(place)
}

/// A hyphenated word whose parts after the first are lower-case words of
/// [`MIN_COMPOUND_PART`] letters or more (`London-based`, `Fifteen-year-old`).
fn is_lower_compound(w: &str) -> bool {
    let mut parts = w.split('-').skip(1).peekable();
    parts.peek().is_some()
        && parts.all(|p| p.len() >= MIN_COMPOUND_PART && p.starts_with(|c: char| c.is_ascii_lowercase()))
}

/// Weekdays and months start a new run (`On Tuesday Peskov`), except a
/// month right after a given name (`Theresa May`); so does a headline's
/// verb in title case ([`headline_verb`]). A month that is a given name
/// after a title goes on to the surname (`Rep. June Fairlie`).
fn breaks_before(text: &str, toks: &[Token], i: usize) -> bool {
    if has(toks, i, cat::WEEKDAY) {
        return !weekday_syllable(text, toks, i);
    }
    if headline_verb(text, toks, i) || headline_auxiliary(text, toks, i) {
        return true;
    }
    let month = |k: usize| has(toks, k, cat::MONTH) && lexicon::month(tok(text, toks, k)).is_some();
    if month(i) {
        return !lexicon().is_given(&norm(tok(text, toks, i - 1)), false);
    }
    month(i - 1) && !month_abbreviation_as_given(text, toks, i - 1) && !given_month_after_title(text, toks, i - 1)
}

/// `Rep. June Fairlie`, `Sen. April Haines`, `Senator May Okafor`: month
/// `k`, a given name too, right after a title or its abbreviation's
/// period, opens a name (a date follows no title).
fn given_month_after_title(text: &str, toks: &[Token], k: usize) -> bool {
    let title = |j: usize| has(toks, j, cat::TITLE);
    let titled = k >= 1 && title(k - 1) || k >= 2 && toks[k - 1].is(text, ".") && title(k - 2);
    titled && lexicon().is_given(tok(text, toks, k), false)
}

/// Reporting, speech and match verbs in the present that are as often
/// plural nouns inside names (`United States`, `Consumer Reports`, `Cliff
/// Notes`, `Small Faces`): no headline verb.
const VERB_NOUNS: [&str; 6] = ["Faces", "Hosts", "Notes", "Reports", "Returns", "States"];

/// `Obama Says Iran Deal …`, `Merkel Urges …`, `Leeds Beats …`: in a
/// headline in title case, a reporting, speech or match verb in the
/// present ends the name before it (the verb's bits first: most
/// capitalised words are none, and the line is read only for one).
fn headline_verb(text: &str, toks: &[Token], i: usize) -> bool {
    if !has(toks, i, cat::REPORTING | cat::SPEECH | cat::MATCH_VERB) {
        return false;
    }
    let w = tok(text, toks, i);
    w.len() > 2
        && inflected_in_s(w)
        && !VERB_NOUNS.contains(&w)
        && !lexicon::is_all_caps(w)
        && place_first::title_case_line(text, toks, i)
}

/// Auxiliaries that end a name in a title-case headline (`Brendan Eich |
/// Has Stepped Down`, `Obama | Is Expected To Speak`); not `Will`, `Can`
/// or `May`, which open names (`Will Smith`, `Can Dündar`).
const HEADLINE_AUXILIARIES: [&str; 12] =
    ["Are", "Could", "Did", "Does", "Had", "Has", "Have", "Is", "Should", "Was", "Were", "Would"];

/// `Brendan Eich Has Stepped Down`: in a headline in title case, an
/// auxiliary ([`HEADLINE_AUXILIARIES`]) ends the name before it.
fn headline_auxiliary(text: &str, toks: &[Token], i: usize) -> bool {
    let w = tok(text, toks, i);
    w.len() <= MAX_AUXILIARY_LEN && HEADLINE_AUXILIARIES.contains(&w) && place_first::title_case_line(text, toks, i)
}

/// The longest of [`HEADLINE_AUXILIARIES`] (`Should`): a longer word is
/// done with by its length.
const MAX_AUXILIARY_LEN: usize = 6;

/// The length of a month's abbreviation without its period (`Jan`).
const MONTH_ABBREVIATION_LEN: usize = 3;

/// The words before a date (`on Jan 5`, `since Jan`), after which a month's
/// abbreviation is the month.
const DATE_PREPOSITIONS: [&str; 7] = ["on", "in", "since", "by", "until", "from", "to"];

/// `Jan Siemerink`, `Jan Egeland`: a month's abbreviation without its
/// period that is a given name, before a name (the caller's capitalised
/// word), and after no date's preposition, opens a person's name.
fn month_abbreviation_as_given(text: &str, toks: &[Token], k: usize) -> bool {
    let w = tok(text, toks, k);
    w.len() == MONTH_ABBREVIATION_LEN
        && lexicon().is_given(w, true)
        && (k == 0 || !DATE_PREPOSITIONS.iter().any(|p| tok(text, toks, k - 1).eq_ignore_ascii_case(p)))
}

/// A weekday's abbreviation inside a name (`Nguyen Thi Thu Hang`, `Sun`
/// as a syllable): three letters, right after a given name or a surname of
/// a surname-first tradition on the same line. `On Thu Peskov`, `Fri 12
/// May` stay apart: `On` is no name, and a full weekday never joins.
fn weekday_syllable(text: &str, toks: &[Token], i: usize) -> bool {
    if i == 0
        || tok(text, toks, i).len() != WEEKDAY_ABBREVIATION_LEN
        || !toks[i].space_before()
        || toks[i].newline_before()
    {
        return false;
    }
    let before = norm(tok(text, toks, i - 1));
    let lx = lexicon();
    // (`name_bits` folds the marks: `Thị` is `Thi`.)
    is_cap(&before) && (lx.name_bits(&before) & name_bit::GIVEN != 0 || lx.is_surname_first(&before))
}
