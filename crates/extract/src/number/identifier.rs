//! Digits that are no NUMBER: phone numbers (`+44 20 7946 0958`, `(555)
//! 123-4567`, `020 7946 0958`), identifiers (`lane 4`, `flight DL 1146`)
//! and numbers inside names (`BBC Radio 5 Live`, `FTSE 100`, `S&P 500`);
//! and the table cues that keep a number after a name a count (`Leeds 2
//! Everton 1`, `Hallworth 23 , Dekker 67`, `Tulloch 69 68 68`).

use super::scan::{glued, w, w_bytes, w_is};
use crate::lexicon::number_words::IDENTIFIER_NOUNS;
use crate::lexicon::{core, month};
use crate::sentences::sentence_initial;
use crate::tokens::{Kind, Token};

/// Digits of a phone number (E.164 allows 15; local numbers have 7).
const PHONE_DIGITS: std::ops::RangeInclusive<usize> = 7..=15;

/// The most digits of a country code after `+` (`+1`, `+44`, `+971`).
const COUNTRY_CODE_MAX_DIGITS: usize = 3;

/// The fewest digits of a phone number written as one group with a
/// trunk prefix (`07551310002`); shorter ones are codes or counts.
const SINGLE_GROUP_MIN_DIGITS: usize = 10;

/// The most groups a phone number is written in (`+1 555 123 4567`).
const PHONE_MAX_GROUPS: usize = 6;

/// The index of the area code among a phone number's parts after a `+`
/// (the country code is part 0).
const AREA_CODE_PART: usize = 1;

/// The digits of a local exchange and line (`123-4567`, `555 123 4567`).
const EXCHANGE_DIGITS: usize = 3;
const LINE_DIGITS: usize = 4;

/// The most digits of a number inside a name (`Radio 5`, `Number 10`,
/// `FTSE 100`): longer numbers after a capitalised word are counts or years.
const NAME_NUMBER_MAX_DIGITS: usize = 3;

/// The shortest all-caps word that names an index before its number
/// (`FTSE 100`, `ASX 200`); shorter ones are countries or parties (`US`).
const INDEX_NAME_MIN_LEN: usize = 3;

/// The most words of a team's or a player's name in a results line or a
/// list (`Sheffield Wednesday`, `N. Pryce`, `LA LAKERS`).
const NAME_MAX_WORDS: usize = 4;

/// The most tokens looked at for the line before or after (a table's
/// line is shorter).
const LINE_WINDOW: usize = 40;

/// How many tokens before an airline's code the word `flight` may be
/// (`flights BA1307, AO103 and DL 1146`).
const IDENTIFIER_WINDOW: usize = 6;

/// Token `k` is plain digits (`23`, `104`).
fn bare_number(text: &str, toks: &[Token], k: usize) -> bool {
    let s = w(text, toks, k);
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// A digit group (`0142`, `555-0142`, `718-555-0142`): digits, maybe
/// joined by hyphens.
fn digit_group(s: &str) -> bool {
    !s.is_empty() && s.split('-').all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

/// What a phone number's parts add up to.
#[derive(Default)]
struct Parts {
    count: usize,
    digits: usize,
    first: usize,
    /// The lengths of the last two parts.
    last: [usize; 2],
    /// A part after the area code with one digit.
    short: bool,
    /// A part with a trunk prefix (`020`, `0808`).
    trunk: bool,
}

impl Parts {
    /// The parts so far make a phone number: its digits and a phone's
    /// shape (`groups` written apart). One group is one only after `+` or
    /// with a trunk prefix (`+4550981306`, `07551310002`).
    fn phone(&self, plus: bool, bracket: bool, groups: usize) -> bool {
        if !PHONE_DIGITS.contains(&self.digits)
            || self.short
            || plus && self.first > COUNTRY_CODE_MAX_DIGITS && self.count > 1
        {
            return false;
        }
        if self.count == 1 {
            return plus || self.trunk && self.digits >= SINGLE_GROUP_MIN_DIGITS;
        }
        let exchange_line = self.last == [EXCHANGE_DIGITS, LINE_DIGITS];
        plus || bracket || self.trunk || exchange_line && (self.count > 2 || groups == 1)
    }

    /// Adds a part; after a `+` the first is the country code, which may
    /// have one digit.
    fn add(&mut self, p: &str, plus: bool) {
        if self.count == 0 {
            self.first = p.len();
        }
        // (After a `+`, the country code and the area code may have one
        // digit: `+1 555`, `+39 6 678 2501`, `+33 1 4221 5452`.)
        self.short |= p.len() < 2 && !(plus && self.count <= AREA_CODE_PART);
        self.count += 1;
        self.digits += p.len();
        self.last = [self.last[1], p.len()];
        self.trunk |= p.starts_with('0') && p.len() >= EXCHANGE_DIGITS;
    }
}

/// A phone number starting at token `i` (a `+` or a digit group, or the
/// area code of `(555) 123-4567`): the token after it. It needs a phone's
/// digits and a phone's shape: a `+` country code, a bracketed area code,
/// a trunk prefix `0` (`020`, `0808`), or exchange and line (`123-4567`,
/// `555 123 4567`).
pub(super) fn phone_end(text: &str, toks: &[Token], i: usize) -> Option<usize> {
    let plus = w_is(text, toks, i, "+") && glued(toks, i + 1);
    let mut k = i + usize::from(plus);
    // Most numbers are one group followed by a word: no phone, unless
    // the group is long and opens with a trunk 0 (`07551310002`).
    let next_group = |k: usize| toks.get(k + 1).is_some_and(|n| text.as_bytes()[n.start()].is_ascii_digit());
    let first = w(text, toks, k);
    let trunk_group = first.len() >= SINGLE_GROUP_MIN_DIGITS && first.starts_with('0');
    let may_be = plus || first.contains('-') || next_group(k) || k > 0 && w_is(text, toks, k - 1, "(") || trunk_group;
    if !may_be {
        return None;
    }
    let bracket =
        k > 0 && w_is(text, toks, k - 1, "(") && glued(toks, k) && w_is(text, toks, k + 1, ")") && glued(toks, k + 1);
    let mut parts = Parts::default();
    let mut groups = 0;
    // The longest run of groups shaped like a phone number.
    let mut best = None;
    while groups < PHONE_MAX_GROUPS {
        let group = w(text, toks, k);
        if !digit_group(group) || groups > 0 && toks[k].newline_before() {
            break;
        }
        group.split('-').for_each(|p| parts.add(p, plus));
        groups += 1;
        k += 1;
        // `(555) 123-4567`: past the closing bracket.
        if groups == 1 && bracket {
            k += 1;
        }
        if parts.phone(plus, bracket, groups) {
            best = Some(k);
        }
        if toks.get(k).is_none_or(|t| t.newline_before() || !t.space_before() && t.kind() == Kind::Word) {
            break;
        }
    }
    best
}

/// The number at token `i` identifies something (`lane 4`, `gate 12`,
/// `flight 1146`, `flights … DL 1146`): it counts nothing.
pub(super) fn identifier(text: &str, toks: &[Token], i: usize) -> bool {
    if i == 0 || !bare_number(text, toks, i) {
        return false;
    }
    // (`Gate 12 closed`: capitalised as a sentence opens, or as a name.)
    let noun = |k: usize| {
        let s = w(text, toks, k);
        IDENTIFIER_NOUNS.iter().any(|n| n.eq_ignore_ascii_case(s))
    };
    if noun(i - 1) {
        return true;
    }
    // An airline's code before the number, after `flight(s)`.
    let code = w(text, toks, i - 1);
    let is_code = code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
    is_code && (i.saturating_sub(IDENTIFIER_WINDOW)..i - 1).any(noun)
}

/// A bare number right after a capitalised word inside a sentence is part
/// of a name (`BBC Radio 5 Live`, `a Number 10 spokeswoman`, `Apollo 11`,
/// `the FTSE 100 lost`, `S&P 500`), unless the line is a table (see
/// [`table_count`]) or the word is a possessive (`Australia's 287`).
pub(super) fn in_name(text: &str, toks: &[Token], i: usize) -> bool {
    let word = w(text, toks, i);
    if i == 0
        || !bare_number(text, toks, i)
        || word.len() > NAME_NUMBER_MAX_DIGITS
        || !toks[i].space_before()
        || toks[i].newline_before()
    {
        return false;
    }
    let prev = w(text, toks, i - 1);
    let capitalised = toks[i - 1].kind() == Kind::Word
        && (prev.chars().next().is_some_and(char::is_uppercase) || camel_case(prev))
        && core(prev).len() == prev.len()
        && !sentence_initial(text, toks, i - 1)
        && month(prev).is_none();
    if !capitalised || table_count(text, toks, i) || score_after(text, toks, i) {
        return false;
    }
    if !no_lower_case(prev) {
        return true;
    }
    // An index in capitals before its number and a lower-case word: `FTSE
    // 100 lost`, `STOXX 600 index`, `S&P 500 rose`.
    let ampersand = prev.len() == 1 && i >= 2 && w_is(text, toks, i - 2, "&") && !toks[i - 1].space_before();
    let lower_next = toks.get(i + 1).is_some_and(|n| n.kind() == Kind::Word && !n.upper() && !n.newline_before());
    (prev.len() >= INDEX_NAME_MIN_LEN || ampersand) && lower_next
}

/// A brand written in camel case, a lower-case letter before a capital
/// (`iPhone`, `eBay`).
fn camel_case(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() > 2 && b[0].is_ascii_lowercase() && b[1].is_ascii_uppercase()
}

/// The capitalised words before the number at token `i` follow an
/// article (`the Boeing 737`, `a Boeing 737 MAX 9`): a product's name in
/// prose, where a results line or a list opens with its name.
fn after_article(text: &str, toks: &[Token], i: usize) -> bool {
    before_name(toks, i).is_some_and(|k| matches!(w(text, toks, k), "the" | "a" | "an" | "The" | "A" | "An"))
}

/// The number at token `i` opens a score written with a dash and no
/// spaces (`beating Borussia Dortmund 2–0`, `Rangers 3—1`): a count, no
/// part of the name before it. (A hyphen's `2-0` is one token.)
fn score_after(text: &str, toks: &[Token], i: usize) -> bool {
    glued(toks, i + 1)
        && matches!(w(text, toks, i + 1), "–" | "—")
        && glued(toks, i + 2)
        && bare_number(text, toks, i + 2)
}

/// No lower-case letter in the word (`BBC`, `5G`).
fn no_lower_case(w: &str) -> bool {
    w.chars().all(|c| !c.is_lowercase())
}

/// The number at token `i`, after a capitalised word, is a count in a
/// table: a results line (`Leeds 2 Everton 1`, `CHICAGO 104 Detroit 97`),
/// a row of figures (`Tulloch 69 68 68`), a list of names and figures
/// (`Hallworth 23 , Dekker 67 pen .`, `J. Ashworth 85 , N. Pryce 64 ;`),
/// or a column of figures ending consecutive lines (a scorecard's `b
/// Cadogan 104`).
pub(super) fn table_count(text: &str, toks: &[Token], i: usize) -> bool {
    let same_line = |k: usize| toks.get(k).is_some_and(|t| !t.newline_before());
    let name_word = |k: usize| toks.get(k).is_some_and(|t| t.kind() == Kind::Word && t.upper());
    if after_article(text, toks, i) {
        return false; // `the Boeing 737 MAX 9`
    }
    // A row of figures.
    if same_line(i + 1) && bare_number(text, toks, i + 1) {
        return true;
    }
    // A name, then a number: after the number (a results line, or a list
    // after `,` / `;` and perhaps a word like `pen`).
    let name_then_number = |mut k: usize| {
        let from = k;
        while k < from + NAME_MAX_WORDS && same_line(k) && name_word(k) {
            k += 1;
        }
        k > from && same_line(k) && bare_number(text, toks, k)
    };
    if name_then_number(i + 1) {
        return true;
    }
    let mut k = i + 1;
    if same_line(k) && lower_word(text, toks, k) {
        k += 1;
    }
    if same_line(k) && matches!(w_bytes(text, toks, k), b"," | b";") && name_then_number(k + 1) {
        return true;
    }
    // A score before its scorers in brackets, its team opening the line or
    // after the other's scorers (`Real Madrid 2 ( Suker 35 , Raul 78 )
    // Valencia 1 ( Romario 60 )`).
    let team_opens = || before_name(toks, i).is_none_or(|k| w_is(text, toks, k, ")"));
    if same_line(i + 1) && w_is(text, toks, i + 1, "(") && name_then_number(i + 2) && team_opens() {
        return true;
    }
    // A number, then a name: before this number's name (the second score
    // of a results line, or a later item of a list).
    if let Some(k) = before_name(toks, i) {
        // The first score follows a name too (`Leeds 2 Everton 1`; not a
        // count before a product, `flies 12 Boeing 787s`, nor a product's
        // number, `the Boeing 737 MAX 9`).
        let score = bare_number(text, toks, k)
            && w(text, toks, k).len() <= NAME_NUMBER_MAX_DIGITS
            && k > 0
            && name_word(k - 1)
            && !after_article(text, toks, k);
        let listed = matches!(w_bytes(text, toks, k), b"," | b";") && k > 0 && {
            let j = k - 1;
            let j = if lower_word(text, toks, j) && j > 0 { j - 1 } else { j };
            bare_number(text, toks, j)
        };
        // A lone scorer in brackets after the score (`Coruna 1 ( Mauro
        // Silva 80 )`), and the score after the other side's scorers
        // (`( Giovanni 55 ) Compostela 0 .`).
        let bracketed = w_is(text, toks, k, "(") && k >= 2 && bare_number(text, toks, k - 1) && name_word(k - 2)
            || w_is(text, toks, k, ")") && k >= 1 && bare_number(text, toks, k - 1);
        if score || listed || bracketed {
            return true;
        }
    }
    column(text, toks, i)
}

/// Token `k` is a word in lower-case letters (`pen` after a scorer's
/// minute).
fn lower_word(text: &str, toks: &[Token], k: usize) -> bool {
    w(text, toks, k).as_bytes().first().is_some_and(u8::is_ascii_lowercase)
}

/// The token before the capitalised words that end before token `i`
/// (`2` in `Leeds 2 Everton 1` from the `1`), on the same line.
fn before_name(toks: &[Token], i: usize) -> Option<usize> {
    let mut k = i.checked_sub(1)?;
    for _ in 0..NAME_MAX_WORDS {
        let t = toks[k];
        if t.kind() != Kind::Word || !t.upper() {
            return (k + 1 < i).then_some(k);
        }
        if t.newline_before() || k == 0 {
            return None;
        }
        k -= 1;
    }
    None
}

/// The number at token `i` ends its line, and so does a number on the
/// line before or after: a column of a table.
fn column(text: &str, toks: &[Token], i: usize) -> bool {
    if toks.get(i + 1).is_some_and(|t| !t.newline_before()) {
        return false;
    }
    // The line before: the token before this line's first.
    let mut k = i;
    while k > 0 && i - k < LINE_WINDOW && !toks[k].newline_before() {
        k -= 1;
    }
    if toks[k].newline_before() && k > 0 && bare_number(text, toks, k - 1) {
        return true;
    }
    // The line after: its last token.
    let mut k = i + 1;
    while k + 1 < toks.len() && k - i < LINE_WINDOW && !toks[k + 1].newline_before() {
        k += 1;
    }
    k < toks.len() && bare_number(text, toks, k)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    /// The index of the token that is `word` (its first occurrence).
    fn at(text: &str, toks: &[Token], word: &str) -> usize {
        toks.iter().position(|t| t.text(text) == word).expect(word)
    }

    #[test]
    fn phone_cases() {
        // Whether a phone number starts at the first digit or `+`.
        let cases: &[(&str, bool)] = &[
            ("call +44 20 7946 0958 now", true),
            ("call (555) 123-4567 now", true),
            ("call 020 7946 0958 now", true),
            ("on 718-555-0142, said", true),
            ("helpline 0808 157 0288.", true),
            ("line +49 69 756525", true),
            ("-- Rome Newsroom +39 6 678 2501", true),
            ("Paris +33 1 4221 5452", true),
            ("call 555 123 4567 now", true),
            ("on 732-657-3416 now", true),
            // One group: after `+`, or ten digits or more with a trunk 0.
            ("call +4550981306 now", true),
            ("call 07551310002 now", true),
            // Counter-examples: years, a table row, wickets, a range, a
            // signed decimal, a count with a sign.
            ("in 2019 2020 2021", false),
            ("Leeds 10 7 2 1 20 8 23", false),
            ("wickets : 1-96 2-187 3-241", false),
            ("from 1990-2005 on", false),
            ("wind +0.4 metres", false),
            ("a +12 net", false),
            ("goal difference +5 3 4 6 1 2 9", false),
            ("code 0755131 here", false),
            ("a population of 1234567890 people", false),
        ];
        for (text, want) in cases {
            let toks = tokenize(text);
            let i = toks.iter().position(|t| t.is(text, "+") || t.text(text).as_bytes()[0].is_ascii_digit());
            let got = i.and_then(|i| phone_end(text, &toks, i)).is_some();
            assert_eq!(got, *want, "{text}");
        }
    }

    #[test]
    fn identifier_and_name_cases() {
        // (text, the number, is it an identifier, is it inside a name)
        let cases: &[(&str, &str, bool, bool)] = &[
            ("running from lane 4 into", "4", true, false),
            ("on flight DL 1146 for", "1146", true, false),
            // A sentence's first word too, and a law's or a road's parts.
            ("Gate 12 closed at noon.", "12", true, false),
            ("Section 230 of the law", "230", true, false),
            ("under article 5 of the treaty", "5", true, false),
            ("drove Route 66 west", "66", true, true),
            ("The page has 12 sections.", "12", false, false),
            ("told BBC Radio 5 Live", "5", false, true),
            ("while London's FTSE 100 lost 48", "100", false, true),
            ("lifting the S&P 500 by", "500", false, true),
            ("the STOXX 600 index", "600", false, true),
            // Counter-examples: a count after a word, a possessive, a
            // country, a results line, a list, a row, a headline.
            ("with 4 lanes", "4", false, false),
            ("chased down Australia's 287 for", "287", false, false),
            ("the US 40 years", "40", false, false),
            ("Leeds 2 Everton 1\n", "2", false, false),
            ("Leeds 2 Everton 1\n", "1", false, false),
            ("Scorers : Hallworth 23 , Dekker 67 pen .", "23", false, false),
            ("Scorers : Hallworth 23 , Dekker 67 pen .", "67", false, false),
            ("205 Gavin Tulloch 69 68 68", "69", false, false),
            ("SALEEM HITS 104 .", "104", false, false),
            ("beating Borussia Dortmund 2–0 at", "2", false, false),
            ("the Apollo 11 crew", "11", false, true),
            ("grounded the Boeing 737 MAX 9 after", "737", false, true),
            ("grounded the Boeing 737 MAX 9 after", "9", false, true),
            ("flies 12 Boeing 787 Dreamliners", "787", false, true),
            ("bought an iPhone 15 last", "15", false, true),
            // Counter-examples: a results line in prose, a count before a
            // product's name.
            ("results: Leeds 2 Everton 1 and", "1", false, false),
            ("results: Leeds 2 Everton 1 and", "2", false, false),
            ("flies 12 Boeing jets", "12", false, false),
            // Scores before scorers in brackets, and a lone scorer's minute.
            ("Real Madrid 2 ( Suker 35 , Raul 78 ) Valencia 1 ( Romario 60 ) .", "2", false, false),
            ("Real Madrid 2 ( Suker 35 , Raul 78 ) Valencia 1 ( Romario 60 ) .", "1", false, false),
            ("Real Madrid 2 ( Suker 35 , Raul 78 ) Valencia 1 ( Romario 60 ) .", "60", false, false),
            ("Coruna 1 ( Mauro Silva 80 ) Atletico Madrid 1 ( Kiko 22 ) .", "80", false, false),
            ("Barcelona 4 ( Ronaldo 12 , Giovanni 55 ) Compostela 0 .", "0", false, false),
            // Counter-examples: a name's number before a bracket in prose.
            ("heard on BBC Radio 5 ( Live ) today", "5", false, true),
            ("heard on BBC Radio 5 ( Live 24 ) today", "5", false, true),
        ];
        for (text, number, ident, name) in cases {
            let toks = tokenize(text);
            let i = at(text, &toks, number);
            assert_eq!(identifier(text, &toks, i), *ident, "identifier: {text} / {number}");
            assert_eq!(in_name(text, &toks, i), *name, "in a name: {text} / {number}");
        }
        // A column of figures ending consecutive lines (a scorecard).
        let card = "Saleem Haroon c Pryce b Cadogan 104\nImran Bashir lbw b Hollins 48\n";
        let toks = tokenize(card);
        for n in ["104", "48"] {
            assert!(!in_name(card, &toks, at(card, &toks, n)), "{n} in a column");
        }
    }
}
