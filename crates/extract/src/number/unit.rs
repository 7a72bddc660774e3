//! What an amount measures: a currency written before it (`$`, `₩`, `US$`,
//! `NZ$`, `USD 5`, `Rs 500`), or after it a percent, a currency word or
//! code (`euros`, `Swiss francs`, `NOK`), a currency's hundredth (`42
//! cents`) or a unit (`30 kilometres`, `46°C`, `2.2 percentage points`,
//! `412 points` of an index), and a unit's rate (`8TB/s`, `12 metres per
//! second`).

use annotator_schema::NumberKind;

use super::scan::{glued, is_word, joined, w, w_bytes, w_is};
use super::words::{currency_symbol, currency_word, letter_money, unit_of};
use crate::lexicon::number_words::{
    CURRENCY_ABBREVIATIONS, CURRENCY_CODES, CURRENCY_LETTERS, CURRENCY_LETTER_ON_AMOUNTS, CURRENCY_QUALIFIERS,
    DEGREE_SIGN, DOLLAR_PREFIXES, GLUED_UNITS, INDEX_VERBS, MULTI_WORD_UNITS, PERCENT_WORDS, POINT_UNIT, POLL_WORDS,
    POUNDS_MONEY_MIN, QUALIFIED_CURRENCY_WORDS, RATE_UNITS, SCALED_UNITS, SQUARE_UNITS, SQUARE_WORDS, SUBUNITS,
    SUBUNITS_PER_UNIT, TEMPERATURE_SCALES,
};
use crate::lexicon::{ascii_lower, cat, lookup};
use crate::tokens::{Kind, Token};

/// The most capitalised words of a country's name before a currency word
/// (`New Zealand dollars`, `South Korean won`).
const QUALIFIER_MAX_WORDS: usize = 2;

/// The length of an ISO 4217 code.
const CODE_LEN: usize = 3;

/// How many tokens before an amount a temperature's noun makes a scale's
/// letter after it the degrees (`temperature of about 2,600 C`: the noun,
/// `of`, `about`, and room for a `,`).
const TEMPERATURE_NOUN_WINDOW: usize = 4;

/// How many tokens before `N points` a poll's word makes them a margin
/// (`Poll: Harlan leads by 5 points`; `the same pollster had the race
/// within two points`): about two sentences of a poll story.
const POLL_WINDOW: usize = 40;

/// The least level of a market index after `to` or `at` (`to 7,421.3
/// points`): below it, whole points after `to` are a league's or a game's.
const INDEX_LEVEL_MIN: f64 = 1000.0;

/// The tonne's symbol, read as one after a scale (`12.4m t`), and its unit.
const TONNE_SYMBOL: &str = "t";
const TONNE: &str = "tonne";

/// The astronomical unit, whose symbol is also the African Union's.
const ASTRONOMICAL_UNIT: &str = "AU";

/// An ISO 4217 code as written (`USD`, `CHF`).
fn currency_code(word: &str) -> Option<&'static str> {
    if word.len() != CODE_LEN || !word.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    CURRENCY_CODES.iter().find(|c| **c == word).copied()
}

/// A currency written before the amount at token `i`: a sign (`$`, `€`,
/// `₩`), letters on `$` (`US$`, `NZ$`, `HK$`), an ISO code before digits
/// (`USD 5`) or `Rs` (`Rs 500`, `Rs. 5`). Returns its ISO code and the
/// amount's first token.
pub(super) fn currency_before(text: &str, toks: &[Token], i: usize) -> Option<(&'static str, usize)> {
    let word = w(text, toks, i);
    // An amount's own digits are no currency (no sign, letters or code
    // below starts with one): most tokens asked are amounts, answered
    // here before the lists' searches.
    if word.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    if let Some(c) = currency_symbol(word) {
        return is_word(toks, i + 1).then_some((c, i + 1));
    }
    if let Some(c) = lookup(&CURRENCY_LETTERS, word).filter(|_| joined(toks, i)) {
        let dot = w_is(text, toks, i + 1, ".") && glued(toks, i + 1);
        return Some((c, i + 1 + usize::from(dot)));
    }
    // `R 254 billion`, `N 1,550`: a one-letter currency spaced from an
    // amount written as money (a lone `R 30` may be a road, `N 44.5` a
    // latitude).
    let spaced = CURRENCY_LETTER_ON_AMOUNTS.iter().find(|&&(l, _, apart)| apart && l == word).map(|&(_, c, _)| c);
    if let Some(c) = spaced.filter(|_| joined(toks, i)) {
        let amount = w(text, toks, i + 1);
        let digits = amount.as_bytes().first().is_some_and(u8::is_ascii_digit);
        return (digits && letter_money(amount, || w(text, toks, i + 2), false)).then_some((c, i + 1));
    }
    if w_is(text, toks, i + 1, "$") && glued(toks, i + 1) && is_word(toks, i + 2) {
        return lookup(&DOLLAR_PREFIXES, word).map(|c| (c, i + 2));
    }
    let digit_after = joined(toks, i) && w(text, toks, i + 1).as_bytes().first().is_some_and(u8::is_ascii_digit);
    currency_code(word).or_else(|| lookup(&CURRENCY_ABBREVIATIONS, word)).filter(|_| digit_after).map(|c| (c, i + 1))
}

/// The measure named after an amount: the token after it, the kind and
/// unit, and what to divide the amount by to have it in the unit (`42
/// cents` is 0.42 USD).
#[derive(Debug, PartialEq)]
pub(super) struct After {
    pub end: usize,
    pub kind: NumberKind,
    pub unit: &'static str,
    pub divisor: f64,
}

/// What follows the amount of tokens `[start, end)`: a percent, a degree
/// sign, a currency word, code or hundredth, or a unit (with its rate).
/// `value` and `scaled` (a scale word) tell money from a weight: `50
/// million pounds` and `125,000 pounds` are money, `200 pounds` a weight;
/// `10.4 trillion won` is money, `12,000 won the vote` a verb.
pub(super) fn after(
    text: &str,
    toks: &[Token],
    start: usize,
    end: usize,
    value: Option<f64>,
    scaled: bool,
) -> Option<After> {
    let found = |end: usize, kind: NumberKind, unit: &'static str| Some(After { end, kind, unit, divisor: 1.0 });
    let next = w(text, toks, end);
    // (`2,1 %`, `25 %`: spaced as French and SI write it.)
    if next == "%" && joined(toks, end - 1) {
        return found(end + 1, NumberKind::Percent, "percent");
    }
    // `800€`, `650 €`: a currency's sign after the amount, as much of
    // Europe writes it; not one before the next amount (`5 $10`, `5 $
    // 10` in tokenised text).
    let before_digits = || joined(toks, end) && w_bytes(text, toks, end + 1).first().is_some_and(u8::is_ascii_digit);
    if let Some(c) = currency_symbol(next).filter(|_| joined(toks, end - 1) && !before_digits()) {
        return found(end + 1, NumberKind::Money, c);
    }
    if next == DEGREE_SIGN && joined(toks, end - 1) {
        // `46°C`, `-4°F`, `41°`; spaced as SI writes it, `46 °C`, only
        // with its scale (a lone spaced `°` is no unit).
        let mut buf = [0u8; 32];
        // `46°C.`: the tokenizer keeps a sentence's period on a lone letter.
        let written = w(text, toks, end + 1);
        let letter = written.strip_suffix('.').filter(|l| l.len() == 1).unwrap_or(written);
        let scale = ascii_lower(letter, &mut buf).and_then(|s| lookup(&TEMPERATURE_SCALES, s));
        match scale {
            Some(u) if glued(toks, end + 1) => return found(end + 2, NumberKind::Measure, u),
            _ if glued(toks, end) => return found(end + 1, NumberKind::Measure, "degree"),
            _ => return None,
        }
    }
    if !joined(toks, end - 1) || !is_word(toks, end) {
        return None;
    }
    let mut buf = [0u8; 32];
    let next_l = ascii_lower(next, &mut buf).unwrap_or("");
    let is = |k: usize, word: &str| w(text, toks, k).eq_ignore_ascii_case(word);
    // `3.9 pc` as British papers write it apart too; in capitals a PC is a computer.
    if PERCENT_WORDS.contains(&next_l) || next == "pc" || (next_l == "per" && w_is(text, toks, end + 1, "cent")) {
        return found(end + 1 + usize::from(next_l == "per"), NumberKind::Percent, "percent");
    }
    // `12.4m t`, `3 million t`: a tonne's symbol after a scale, as
    // commodity reports write it, or before a rate (`8.5 t/ha`); a lone
    // `t` after a count is a letter.
    if next == TONNE_SYMBOL {
        let (k, unit) = rate(text, toks, end + 1, TONNE);
        if scaled || unit != TONNE {
            return found(k, NumberKind::Measure, unit);
        }
    }
    if let Some(c) = lookup(&SUBUNITS, next_l).filter(|_| next.len() > 1) {
        return Some(After { end: end + 1, kind: NumberKind::Money, unit: c, divisor: SUBUNITS_PER_UNIT });
    }
    // A currency's name capitalised before another capitalised word opens
    // a club's name (`Sevilla 0 Real Betis 2`), no money.
    let names_a_club = || {
        toks[end].upper()
            && toks.get(end + 1).is_some_and(|t| t.kind() == Kind::Word && t.upper() && !t.newline_before())
    };
    if let Some(c) = currency_word(next).filter(|_| !names_a_club()).or_else(|| currency_code(next)) {
        return found(end + 1, NumberKind::Money, c);
    }
    let large = value.is_some_and(|v| v >= POUNDS_MONEY_MIN) && !w_is(text, toks, end + 1, "of");
    if let Some(c) = lookup(&QUALIFIED_CURRENCY_WORDS, next_l).filter(|_| {
        let marks = next_l == "marks" && (priced(w(text, toks, end - 1)) || per_share(text, toks, end + 1));
        scaled || (large || marks) && next_l != "won"
    }) {
        return found(end + 1, NumberKind::Money, c);
    }
    if toks[end].upper() {
        if let Some((k, unit, divisor)) = qualified_currency(text, toks, end) {
            return Some(After { end: k, kind: NumberKind::Money, unit, divisor });
        }
    }
    if let Some((unit, after)) = multi_word_unit(text, toks, end, next_l) {
        return found(after, NumberKind::Measure, unit);
    }
    if matches!(next_l, "degree" | "degrees") && joined(toks, end) {
        let mut buf = [0u8; 32];
        let scale = ascii_lower(w(text, toks, end + 1), &mut buf).filter(|s| s.len() > 1);
        if let Some(scale) = scale.and_then(|s| lookup(&TEMPERATURE_SCALES, s)) {
            return found(end + 2, NumberKind::Measure, scale);
        }
    }
    // `minus 3 Celsius`, `30 Fahrenheit`: a scale's name written out
    // names the degrees (not a letter alone: `3 C`).
    if next_l.len() > 1 {
        if let Some(scale) = lookup(&TEMPERATURE_SCALES, next_l) {
            return found(end + 1, NumberKind::Measure, scale);
        }
    }
    // `-15 C`, `-40 F`: a scale's capital letter alone after an amount
    // below zero, as wire weather writes it (not `3 C`: a grade, a group).
    let below_zero = || {
        start > 0
            && (super::scan::sign_at(text, toks, start - 1) == Some(-1.0)
                || w(text, toks, start - 1).eq_ignore_ascii_case("minus"))
    };
    // `a temperature of about 2,600 C`: so too after a temperature's noun
    // a few words before.
    let temperature_before = || {
        (start.saturating_sub(TEMPERATURE_NOUN_WINDOW)..start).any(|k| {
            let b = w_bytes(text, toks, k);
            b.eq_ignore_ascii_case(b"temperature") || b.eq_ignore_ascii_case(b"temperatures")
        })
    };
    if matches!(next, "C" | "F") && (below_zero() || temperature_before()) {
        if let Some(scale) = lookup(&TEMPERATURE_SCALES, next_l) {
            return found(end + 1, NumberKind::Measure, scale);
        }
    }
    // `lost 48 points`, `closed 12.45 points higher`: an index's change.
    let index_change = || {
        start > 0 && INDEX_VERBS.iter().any(|v| is(start - 1, v))
            || joined(toks, end) && matches!(w_bytes(text, toks, end + 1), b"higher" | b"lower")
    };
    // `leads by 5 points` in a poll story: a margin.
    let poll_margin = || {
        (start.saturating_sub(POLL_WINDOW)..start).any(|k| {
            let b = w_bytes(text, toks, k);
            POLL_WORDS.iter().any(|p| b.eq_ignore_ascii_case(p.as_bytes()))
        })
    };
    // `rose to 7,421.3 points`, `closed at 2,575 points`: an index's
    // level, in the thousands or with decimals (a league's points are few
    // and whole: `moved to 45 points`).
    let index_level = || {
        start > 0
            && matches!(w(text, toks, start - 1), "to" | "at")
            && value.is_some_and(|v| v >= INDEX_LEVEL_MIN || v.fract() != 0.0)
    };
    if matches!(next_l, "point" | "points") && (index_change() || index_level() || poll_margin()) {
        return found(end + 1, NumberKind::Measure, POINT_UNIT);
    }
    // `55 AU member states`: the African Union before its noun, no
    // astronomical unit (`0.05 AU from Earth`).
    let union = |u: &str| {
        u == ASTRONOMICAL_UNIT
            && joined(toks, end)
            && toks.get(end + 1).is_some_and(|t| {
                t.kind() == Kind::Word
                    && t.cat & cat::STOP == 0
                    && w_bytes(text, toks, end + 1).first().is_some_and(u8::is_ascii_lowercase)
            })
    };
    // `1.2 m sq. ft`: a spaced `m` before a unit of area counts millions
    // of it, as a glued one does (`2m sq ft`), no metres.
    if next == "m" {
        if let Some((k, unit)) = square_unit(text, toks, end + 1) {
            return Some(After { end: k, kind: NumberKind::Measure, unit, divisor: 1.0 / MILLION });
        }
    }
    if let Some(u) = unit_of(next).filter(|u| !union(u)) {
        if !(u == "m" && next == "m" && w_is(text, toks, end + 1, ".")) {
            let (end, unit) = rate(text, toks, end + 1, u);
            return found(end, NumberKind::Measure, unit);
        }
    }
    let (k, unit) = square_unit(text, toks, end)?;
    found(k, NumberKind::Measure, unit)
}

/// A unit of area at token `k` (`sq km`, `2,400 sq. ft`: the
/// abbreviation's period glued on; `square metres`): the token after it
/// and the unit ([`SQUARE_UNITS`], else the unit itself).
pub(super) fn square_unit(text: &str, toks: &[Token], k: usize) -> Option<(usize, &'static str)> {
    let square = w(text, toks, k);
    if !SQUARE_WORDS.iter().any(|s| square.eq_ignore_ascii_case(s)) {
        return None;
    }
    let at = k + 1 + usize::from(w_is(text, toks, k + 1, ".") && glued(toks, k + 1));
    let u = unit_of(w(text, toks, at)).filter(|_| joined(toks, at - 1))?;
    Some((at + 1, lookup(&SQUARE_UNITS, u).unwrap_or(u)))
}

/// Fractional digits of a price or an exchange rate (`78.90 marks`,
/// `1.4865 marks`): `marks` after such a figure are money, where an exam's
/// or a judge's marks are whole or halves (`full marks`, `9.5 marks`).
const PRICE_DECIMALS: [usize; 2] = [2, 4];

/// `a share`, `per share` at token `k`: what a dividend or an earning is
/// paid on (`12 marks a share`), so the amount before is money.
fn per_share(text: &str, toks: &[Token], k: usize) -> bool {
    matches!(w(text, toks, k), "a" | "per") && joined(toks, k) && w_is(text, toks, k + 1, "share")
}

/// The number's last token `figure` is written as a price or a rate.
fn priced(figure: &str) -> bool {
    figure
        .split_once('.')
        .is_some_and(|(_, frac)| PRICE_DECIMALS.contains(&frac.len()) && frac.bytes().all(|b| b.is_ascii_digit()))
}

/// A currency word after a country's words (`12.3 billion Swiss francs`,
/// `Hong Kong dollars`, `South Korean won`), or its hundredth (`15.6 Hong
/// Kong cents`, a dollar's cents): the token after it, the country's
/// currency, and what to divide the amount by to have it in the currency.
fn qualified_currency(text: &str, toks: &[Token], end: usize) -> Option<(usize, &'static str, f64)> {
    let mut k = end;
    while k < end + QUALIFIER_MAX_WORDS && toks.get(k).is_some_and(|t| t.upper()) && joined(toks, k) {
        k += 1;
        let word = w(text, toks, k);
        let cents = lookup(&SUBUNITS, word).filter(|c| *c == DOLLAR_CODE && word.len() > 1);
        let alone = currency_word(word).or_else(|| lookup(&QUALIFIED_CURRENCY_WORDS, word)).or(cents);
        let Some(alone) = alone else { continue };
        let qualifier = w(text, toks, k - 1).to_ascii_lowercase();
        let code = CURRENCY_QUALIFIERS.iter().find(|(q, a, _)| *q == qualifier && *a == alone).map_or(alone, |q| q.2);
        let divisor = if cents.is_some() { SUBUNITS_PER_UNIT } else { 1.0 };
        return Some((k + 1, code, divisor));
    }
    None
}

/// The code [`SUBUNITS`] gives cents, and a dollar's qualifier in
/// [`CURRENCY_QUALIFIERS`] (`Hong Kong cents` are HKD).
const DOLLAR_CODE: &str = "USD";

/// A unit per time unit after the unit that ends before token `k`
/// (`8TB/s`, `-0.4m/s`, `320 km/h`, `12 metres per second`): the token
/// after it and the rate's unit; else `k` and the unit itself.
pub(super) fn rate(text: &str, toks: &[Token], k: usize, unit: &'static str) -> (usize, &'static str) {
    let per = match w(text, toks, k) {
        "/" if glued(toks, k) && glued(toks, k + 1) => {
            let t = w(text, toks, k + 1);
            lookup(GLUED_UNITS, t).or_else(|| unit_of(t))
        }
        "per" if joined(toks, k) => unit_of(w(text, toks, k + 1)),
        _ => None,
    };
    let made = per.and_then(|p| RATE_UNITS.iter().find(|(u, t, _)| *u == unit && *t == p)).map(|&(_, _, r)| r);
    match made {
        Some(r) => (k + 2, r),
        None => (k, unit),
    }
}

/// A unit with its scale in it at token `k`, after an amount on its
/// line: `mbpd`, `bcm` ([`SCALED_UNITS`]) or `mb/d`, millions of barrels
/// a day as oil reports abbreviate them (`9.8 mb/d`; a lone `mb` is a
/// megabyte). Returns the token after it, the scale and the unit.
pub(super) fn scaled_unit(text: &str, toks: &[Token], k: usize) -> Option<(usize, f64, &'static str)> {
    if k == 0 || !joined(toks, k - 1) {
        return None;
    }
    let word = w(text, toks, k);
    if let Some(&(_, scale, unit)) = SCALED_UNITS.iter().find(|(u, _, _)| word.eq_ignore_ascii_case(u)) {
        return Some((k + 1, scale, unit));
    }
    let slashed = word.eq_ignore_ascii_case("mb")
        && w_is(text, toks, k + 1, "/")
        && glued(toks, k + 1)
        && glued(toks, k + 2)
        && w(text, toks, k + 2).eq_ignore_ascii_case("d");
    slashed.then_some((k + 3, MILLION, BARRELS_A_DAY))
}

/// The scale in `mb/d` (`9.8 mb/d` is 9,800,000 barrels a day) and of a
/// spaced `m` before a unit of area (`1.2 m sq. ft`).
const MILLION: f64 = 1e6;

/// The unit of barrels a day.
const BARRELS_A_DAY: &str = "bpd";

/// A unit of several words starting at token `k`, whose lower-case word
/// is `first` (`percentage points`, `basis point`, `parts per million`):
/// the unit and the token after it.
pub(super) fn multi_word_unit(text: &str, toks: &[Token], k: usize, first: &str) -> Option<(&'static str, usize)> {
    MULTI_WORD_UNITS.iter().find_map(|&(words, unit)| {
        let rest = || {
            words
                .iter()
                .enumerate()
                .skip(1)
                .all(|(i, word)| joined(toks, k + i - 1) && w(text, toks, k + i).eq_ignore_ascii_case(word))
        };
        (words[0] == first && rest()).then_some((unit, k + words.len()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    /// A currency's code and the amount's first token.
    type Before = Option<(&'static str, usize)>;

    /// The token after the measure, its kind and unit.
    type Reading = Option<(usize, NumberKind, &'static str)>;

    #[test]
    fn currency_before_cases() {
        let cases: &[(&str, &str, Before)] = &[
            ("sign", "$5", Some(("USD", 1))),
            ("won_sign", "₩84.6tn", Some(("KRW", 1))),
            ("us_dollar", "US$1,299", Some(("USD", 2))),
            ("new_zealand_dollar", "NZ$38.5 million", Some(("NZD", 2))),
            ("hong_kong_dollar", "HK$148.6 billion", Some(("HKD", 2))),
            ("canadian_dollar", "C$450", Some(("CAD", 2))),
            ("iso_code", "USD 5", Some(("USD", 1))),
            ("iso_code_with_scale", "KRW 12.4 trillion", Some(("KRW", 1))),
            ("rupees", "Rs 500", Some(("INR", 1))),
            ("rupees_dotted", "Rs. 500", Some(("INR", 2))),
            ("deutsche_mark", "DM 184 million", Some(("DEM", 1))),
            ("rand_spaced", "R 1,450", Some(("ZAR", 1))),
            ("pay_column_is_no_peso", "P 6,363,217", None),
            ("rupees_glued_is_read_elsewhere", "Rs500", None),
            ("tugrik", "₮12bn", Some(("MNT", 1))),
            // Counter-examples: a code before a word, a lower-case code, a
            // spaced dollar, an unknown prefix.
            ("code_before_a_word", "USD rose", None),
            ("lower_case_code", "usd 5", None),
            ("spaced_dollar", "US $", None),
            ("unknown_prefix", "XY$5", None),
            // An amount's digits: never a currency (the early answer).
            ("digits", "500 rupees", None),
            ("digits_before_a_sign", "5 $", None),
            ("digits_glued_to_letters", "5Rs 500", None),
        ];
        for (name, input, want) in cases {
            let toks = tokenize(input);
            assert_eq!(currency_before(input, &toks, 0), *want, "{name}: {input}");
        }
    }

    /// `currency_before` answers no at once for a word opening with a
    /// digit: that holds while no currency it reads starts with one.
    #[test]
    fn no_currency_before_an_amount_starts_with_a_digit() {
        let words = crate::lexicon::number_words::CURRENCY_SIGNS
            .iter()
            .chain(&CURRENCY_LETTERS)
            .chain(&DOLLAR_PREFIXES)
            .chain(&CURRENCY_ABBREVIATIONS)
            .map(|&(w, _)| w)
            .chain(CURRENCY_LETTER_ON_AMOUNTS.iter().map(|&(w, _, _)| w))
            .chain(CURRENCY_CODES.iter().copied());
        for w in words {
            assert!(!w.starts_with(|c: char| c.is_ascii_digit()), "{w}");
        }
    }

    #[test]
    fn unit_after_cases() {
        use NumberKind::*;
        // The amount is the first token; what follows it names the measure.
        let cases: &[(&str, &str, Reading)] = &[
            ("percent_sign", "25%", Some((2, Percent, "percent"))),
            ("percent_sign_spaced", "25 % of", Some((2, Percent, "percent"))),
            ("percent_sign_on_the_next_line", "25\n% of", None),
            ("degree_celsius", "46°C", Some((3, Measure, "°C"))),
            ("degree_fahrenheit", "41°F", Some((3, Measure, "°F"))),
            ("degree_alone", "41° in", Some((2, Measure, "degree"))),
            ("degree_spaced", "46 °C in", Some((3, Measure, "°C"))),
            ("degree_spaced_fahrenheit", "115 °F.", Some((3, Measure, "°F"))),
            ("degrees_celsius", "8 degrees Celsius", Some((3, Measure, "°C"))),
            ("celsius_alone", "3 Celsius", Some((2, Measure, "°C"))),
            ("fahrenheit_alone", "30 Fahrenheit", Some((2, Measure, "°F"))),
            ("a_scale_letter_alone_is_no_unit", "3 C", None),
            ("spaced_unit", "2,600 nits", Some((2, Measure, "nit"))),
            ("watts", "50 watts", Some((2, Measure, "W"))),
            ("cups", "3 cups", Some((2, Measure, "cup"))),
            ("percentage_points", "2.2 percentage points", Some((3, Measure, "percentage point"))),
            ("parts_per_million", "424 parts per million", Some((4, Measure, "ppm"))),
            ("metres_per_second", "12 metres per second", Some((4, Measure, "m/s"))),
            ("glued_rate", "320 km/h", Some((4, Measure, "km/h"))),
            ("currency_code_after", "12 NOK", Some((2, Money, "NOK"))),
            ("country_and_currency_word", "5 South African rand", Some((4, Money, "ZAR"))),
            ("swiss_francs", "12.3 Swiss francs", Some((3, Money, "CHF"))),
            ("hong_kong_dollars", "5 Hong Kong dollars", Some((4, Money, "HKD"))),
            ("hong_kong_cents", "15.6 Hong Kong cents", Some((4, Money, "HKD"))),
            ("singapore_cent", "1 Singapore cent", Some((3, Money, "SGD"))),
            ("barrels_a_day_abbreviated", "310,000 b/d in", Some((4, Measure, "bpd"))),
            ("energy_per_kilogram", "500 Wh/kg", Some((4, Measure, "Wh/kg"))),
            ("energy_per_litre", "1,150 Wh/l", Some((4, Measure, "Wh/l"))),
            ("watt_hours", "155 watt-hours", Some((2, Measure, "Wh"))),
            ("wire_dollars", "12 dlrs", Some((2, Money, "USD"))),
            ("wire_sterling", "5 stg", Some((2, Money, "GBP"))),
            ("guilders", "345 guilders", Some((2, Money, "NLG"))),
            ("french_francs", "4.5 French francs", Some((3, Money, "FRF"))),
            ("australian_wire_dollars", "8 Australian dlrs", Some((3, Money, "AUD"))),
            // Counter-examples: a rate per something else stays outside, a
            // counted noun is no unit, points in a game are counted, pounds
            // without a scale weigh.
            ("rate_per_other_stays_outside", "27 km per litre", Some((2, Measure, "km"))),
            ("counted_noun", "12,000 soldiers", None),
            ("game_points", "six points behind", None),
            ("index_points_higher", "12.45 points higher", Some((2, Measure, "point"))),
            ("weight_pounds", "200 pounds", None),
            ("prize_pounds", "125,000 pounds from", Some((2, Money, "GBP"))),
            ("cargo_pounds", "20,000 pounds of cocaine", None),
            ("wire_percent", "12 PCT", Some((2, Percent, "percent"))),
            ("shillings", "42 shillings", Some((2, Money, "KES"))),
            ("square_abbreviation", "1,200 sq km", Some((3, Measure, "km2"))),
            ("square_abbreviation_with_its_period", "2,400 sq. ft", Some((4, Measure, "sq foot"))),
            ("square_without_a_unit", "4 square", None),
            ("won_alone_is_a_verb", "12 won", None),
            ("degree_spaced_alone", "41 ° in", None),
            ("degree_on_the_next_line", "41\n°C", None),
            ("pence_of_no_country_stay_apart", "15 Hong Kong pence", None),
            ("a_b_alone_is_no_barrel", "12 b in", None),
            ("a_watt_hour_per_other_stays_outside", "95 Wh per day", Some((2, Measure, "Wh"))),
            ("astronomical_units", "0.05 AU from Earth", Some((2, Measure, "AU"))),
            ("astronomical_units_at_the_end", "1.3 AU.", Some((2, Measure, "AU"))),
            ("african_union_before_its_noun", "55 AU member states", None),
            ("giga_electronvolts", "125.1 GeV", Some((2, Measure, "GeV"))),
            ("blood_pressure", "128 mmHg", Some((2, Measure, "mmHg"))),
        ];
        for (name, input, want) in cases {
            let toks = tokenize(input);
            let value = input.split(' ').next().and_then(|n| n.replace(',', "").parse().ok());
            let got = after(input, &toks, 0, 1, value, false).map(|a| (a.end, a.kind, a.unit));
            assert_eq!(got, *want, "{name}: {input}");
        }
        let text = "the FTSE 100 lost 48 points";
        let toks = tokenize(text);
        let got = after(text, &toks, 4, 5, Some(48.0), false).map(|a| a.unit);
        assert_eq!(got, Some("point"), "index points after a market verb");
        // After a scale word `won` is money; after a large count alone
        // still a verb.
        let text = "10.4 trillion won";
        let toks = tokenize(text);
        let got = after(text, &toks, 0, 2, Some(10.4e12), true).map(|a| (a.end, a.kind, a.unit));
        assert_eq!(got, Some((3, Money, "KRW")), "won after a scale");
        let text = "12,000 won the vote";
        let toks = tokenize(text);
        assert_eq!(after(text, &toks, 0, 1, Some(12000.0), false).map(|a| a.unit), None, "won after a count");
        // A spaced `m` before a unit of area: millions of it.
        let text = "1.2 m sq. ft";
        let toks = tokenize(text);
        assert_eq!(
            after(text, &toks, 0, 1, Some(1.2), false),
            Some(After { end: 5, kind: Measure, unit: "sq foot", divisor: 1e-6 }),
            "millions of square feet"
        );
        let text = "42 cents";
        let toks = tokenize(text);
        assert_eq!(
            after(text, &toks, 0, 1, Some(42.0), false),
            Some(After { end: 2, kind: Money, unit: "USD", divisor: 100.0 }),
            "a hundredth"
        );
    }
}
