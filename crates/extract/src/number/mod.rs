//! NUMBER spans: cardinals in digits or words, scales, percents, money,
//! measures with units, hyphen compounds, ranges, ordinals and dates, each
//! with the normalised `value`, `unit` and `kind` of `LABELS.md`.
//!
//! Works over tokens, left to right, taking the longest expression that
//! starts at each token. Hedges (`some`, `around`, `under`) are never part of
//! a span because no rule starts on them; counted nouns that are not units
//! (`12,000 soldiers`) stay outside.
//!
//! [`scan_at`] tries the rules at a token in order: clock times
//! ([`time`]), dates ([`date`]), hyphen compounds ([`compound`]), ordinals
//! ([`ordinal`]), then quantities ([`quantity`]: amounts with a currency,
//! percent or unit, ranges, bare years). Number words are read by
//! [`words`] from the lists in `lexicon::number_words`.

use annotator_schema::{NumberKind, NumberValue};

use crate::lexicon::is_all_caps;
use crate::sentences::sentence_initial;
use crate::tokens::{Kind, Token};

mod amount;
mod compound;
mod date;
mod fraction;
mod identifier;
mod ordinal;
mod quantity;
mod scan;
mod separators;
mod spelled;
mod time;
mod unit;
mod words;

use compound::scan_compound;
use ordinal::scan_ordinal;
use quantity::scan_quantity;
use scan::may_start;
pub use scan::NumberSpan;
use time::scan_time;
/// `one` … `ninety-nine` as a value, for the speaker rules' counts (`mother
/// of three`).
pub(crate) use words::small_word;

/// Finds the NUMBER spans of `text`. Dates without a year get `year`.
pub fn find(text: &str, toks: &[Token], year: Option<i32>) -> Vec<NumberSpan> {
    let mut out = Vec::new();
    let mut i = 0;
    loop {
        // Most tokens cannot start a NUMBER: skipped without a call, in a
        // loop of their own.
        while i < toks.len() && !may_start(text, toks, i) {
            i += 1;
        }
        if i >= toks.len() {
            break;
        }
        // A phone number is no NUMBER (nor four); nor is `9/11` (nor two).
        // Thousands grouped by spaces are one (`10 850 000`).
        let phone =
            || identifier::phone_end(text, toks, i).filter(|_| separators::spaced_thousands(text, toks, i).is_none());
        if let Some(end) = phone().or_else(|| fraction::slashed_pair_end(text, toks, i)) {
            i = end;
            continue;
        }
        let next = scan_at(text, toks, i, &mut out);
        i = if next > i { next } else { i + 1 };
    }
    // A year given is every day's; the article's own date gives the year
    // that puts a day nearest to it (`since December 17` in a March 1997
    // story is 1996's, `from January 1` in an October 1996 one 1997's).
    let dated = match year {
        Some(y) => Some((y, None)),
        None => article_date(&out).map(|(y, m)| (y, Some(m))),
    };
    if let Some((y, month)) = dated {
        for n in &mut out {
            if let Some((m, d)) = n.yearless {
                let y = month.map_or(y, |at| nearest_year(y, at, m));
                n.attrs.value = Some(NumberValue::Date(date::format(Some(y), m, Some(d))));
            }
        }
    }
    out
}

/// The most months a yearless day lies from the article's own date in the
/// same year; further, it is the year before's or after's (half a year).
const NEAREST_MONTHS: u32 = 6;

/// The year of month `m` nearest to month `at` of year `y`.
fn nearest_year(y: i32, at: u32, m: u32) -> i32 {
    if m > at + NEAREST_MONTHS {
        y - 1
    } else if at > m + NEAREST_MONTHS {
        y + 1
    } else {
        y
    }
}

/// The article's own date: the year and month of the first full date it
/// gives.
fn article_date(found: &[NumberSpan]) -> Option<(i32, u32)> {
    found.iter().find_map(|n| match (&n.attrs.value, n.attrs.kind) {
        (Some(NumberValue::Date(s)), NumberKind::Date) if s.len() == 10 && !s.starts_with('-') => {
            Some((s[..4].parse().ok()?, s.get(5..7)?.parse().ok()?))
        }
        _ => None,
    })
}

/// Tries every rule at token `i`; returns the index after what it took.
fn scan_at(text: &str, toks: &[Token], i: usize, out: &mut Vec<NumberSpan>) -> usize {
    // The caller checked `may_start`: a digit, a currency sign or a number,
    // ordinal or month word (day-first dates start with a digit).
    if let Some(n) = scan_time(text, toks, i, out) {
        return n;
    }
    if let Some(n) = date::scan_date(text, toks, i, out) {
        return n;
    }
    let t = toks[i];
    let word = t.text(text);
    // Parts of names and titles: `First Deputy Minister`, `Three Gorges`
    // (in an all-caps headline every word is capitalised: `THIRD TEST`).
    let first = word.chars().next().unwrap_or(' ');
    if first.is_uppercase()
        && !is_all_caps(word)
        && !sentence_initial(text, toks, i)
        && toks.get(i + 1).is_some_and(|n| {
            n.kind() == Kind::Word && !n.newline_before() && n.text(text).chars().next().is_some_and(char::is_uppercase)
        })
    {
        return i + 1;
    }
    if t.kind() == Kind::Word && word.contains('-') {
        if let Some(n) = scan_compound(text, toks, i, out) {
            return n;
        }
    }
    if let Some(n) = scan_ordinal(text, toks, i, out) {
        return n;
    }
    if let Some(n) = compound::scan_multiple(text, toks, i, out) {
        return n;
    }
    scan_quantity(text, toks, i, out).unwrap_or(i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    fn run(text: &str) -> Vec<(String, NumberKind, Option<NumberValue>, Option<String>)> {
        let toks = tokenize(text);
        find(text, &toks, None)
            .into_iter()
            .map(|n| (text[n.start..n.end].to_string(), n.attrs.kind, n.attrs.value, n.attrs.unit))
            .collect()
    }

    fn num(x: f64) -> Option<NumberValue> {
        Some(NumberValue::Number(x))
    }

    fn date(s: &str) -> Option<NumberValue> {
        Some(NumberValue::Date(s.into()))
    }

    #[test]
    fn number_cases() {
        use NumberKind::*;
        type Case =
            (&'static str, &'static str, Vec<(&'static str, NumberKind, Option<NumberValue>, Option<&'static str>)>);
        let cases: Vec<Case> = vec![
            ("digits_with_thousands", "some 12,000 soldiers", vec![("12,000", Cardinal, num(12000.0), None)]),
            (
                "dotted_date",
                "talks resume on 26.11.2023. Version 2.1.4 shipped",
                // A version is no date (nor a number).
                vec![("26.11.2023", Date, date("2023-11-26"), None)],
            ),
            (
                "barrels_per_day",
                "cut by 1.4 million bpd to 9.5 million barrels per day; 200 barrels a day",
                vec![
                    ("1.4 million bpd", Measure, num(1.4e6), Some("bpd")),
                    ("9.5 million barrels per day", Measure, num(9.5e6), Some("bpd")),
                    ("200 barrels", Measure, num(200.0), Some("barrel")),
                ],
            ),
            (
                // Two days of a month in one word after it, two dates; a
                // falling pair is no such thing.
                "month_then_two_days",
                "talks on Oct. 1-22; a May 3-1 win",
                vec![
                    ("Oct. 1", Date, date("--10-01"), None),
                    ("22", Date, date("--10-22"), None),
                    ("3", Cardinal, num(3.0), None),
                    ("1", Cardinal, num(1.0), None),
                ],
            ),
            (
                "month_then_two_days_and_a_year",
                "polls from June 20-22, 2025",
                vec![("June 20", Date, date("2025-06-20"), None), ("22, 2025", Date, date("2025-06-22"), None)],
            ),
            (
                // A decade of life after a possessive is an age; after
                // `the` a decade or a reading stays as it was.
                "ages_in_decades",
                "a woman in her 40s, men in their early 30s; temperatures in the 40s",
                vec![
                    ("40s", Range, Some(NumberValue::Range { min: 40.0, max: 49.0 }), None),
                    ("30s", Range, Some(NumberValue::Range { min: 30.0, max: 39.0 }), None),
                ],
            ),
            (
                // Millions of barrels a day abbreviated; a megabyte and a
                // spaced slash stay apart.
                "million_barrels_a_day",
                "output of 9.8 mb/d, or 2.6 MBPD and 38 bcm of gas; a 9.8 MB file, 3 mb / d",
                vec![
                    ("9.8 mb/d", Measure, num(9.8e6), Some("bpd")),
                    ("2.6 MBPD", Measure, num(2.6e6), Some("bpd")),
                    ("38 bcm", Measure, num(38e9), Some("m3")),
                    ("9.8 MB", Measure, num(9.8), Some("MB")),
                    ("3 mb", Measure, num(3.0), Some("MB")),
                ],
            ),
            (
                "year_of_the_era",
                "buried in AD 79, built by 1200 CE; an AD campaign of 30 days, CE 0",
                vec![
                    ("AD 79", Date, date("0079"), None),
                    ("1200 CE", Date, date("1200"), None),
                    ("30 days", Measure, num(30.0), Some("day")),
                    ("0", Cardinal, num(0.0), None),
                ],
            ),
            (
                "year_before_the_era",
                // ISO 8601 counts a year 0: `1 BC` is `0000`, `44 BC` is `-0043`.
                "founded in 753 BC, Caesar died in 44 B.C., 1 BCE; A.D. 79 and 476 A.D.; BC 12, the 3rd century BC",
                vec![
                    ("753 BC", Date, date("-0752"), None),
                    ("44 B.C.", Date, date("-0043"), None),
                    ("1 BCE", Date, date("0000"), None),
                    ("A.D. 79", Date, date("0079"), None),
                    ("476 A.D.", Date, date("0476"), None),
                    // No era before the year but `AD`'s: `BC 12` is a code.
                    ("12", Cardinal, num(12.0), None),
                    ("3rd", Ordinal, num(3.0), None),
                ],
            ),
            (
                "currency_words_of_world_news",
                "a deficit of 4.2 billion dinars, 7 billion Jordanian dinars, 50,000 dong, 12 billion lei, \
                 250 million soles and 25,000 rials; 3 Lev Tolstoy novels, 5 sols on Mars",
                vec![
                    ("4.2 billion dinars", Money, num(4.2e9), Some("IQD")),
                    ("7 billion Jordanian dinars", Money, num(7e9), Some("JOD")),
                    ("50,000 dong", Money, num(50000.0), Some("VND")),
                    ("12 billion lei", Money, num(12e9), Some("RON")),
                    ("250 million soles", Money, num(2.5e8), Some("PEN")),
                    ("25,000 rials", Money, num(25000.0), Some("IRR")),
                    // A given name and Mars's day are no currency.
                    ("3", Cardinal, num(3.0), None),
                    ("5", Cardinal, num(5.0), None),
                ],
            ),
            (
                "franc_and_guilder_abbreviations",
                "spend FFr 5 billion, SFr 12.50 a share and Dfl 3.40; the FFR 5 code",
                vec![
                    ("FFr 5 billion", Money, num(5e9), Some("FRF")),
                    ("SFr 12.50", Money, num(12.5), Some("CHF")),
                    ("Dfl 3.40", Money, num(3.4), Some("NLG")),
                    // Written in capitals they are a code's letters, no money.
                ],
            ),
            (
                "units_of_science_weather_and_engines",
                "cooled to 1.9 kelvin, 980 hPa, 37 gigatonnes, a 150hp engine with 250Nm, 1,500 km² and 20m², \
                 5 µm, 0.02 astronomical units, 1.9 trillion cubic feet, 5 million bushels; 3 horses",
                vec![
                    ("1.9 kelvin", Measure, num(1.9), Some("K")),
                    ("980 hPa", Measure, num(980.0), Some("hPa")),
                    ("37 gigatonnes", Measure, num(37.0), Some("Gt")),
                    ("150hp", Measure, num(150.0), Some("hp")),
                    ("250Nm", Measure, num(250.0), Some("Nm")),
                    ("1,500 km²", Measure, num(1500.0), Some("km2")),
                    ("20m²", Measure, num(20.0), Some("m2")),
                    ("5 µm", Measure, num(5.0), Some("µm")),
                    ("0.02 astronomical units", Measure, num(0.02), Some("AU")),
                    ("1.9 trillion cubic feet", Measure, num(1.9e12), Some("ft3")),
                    ("5 million bushels", Measure, num(5e6), Some("bushel")),
                    ("3", Cardinal, num(3.0), None),
                ],
            ),
            (
                "span_of_years_with_the_later_one_short",
                "the war of 1939-45, a plan for 2024–27; the link's 2005/10 path, 2023-19",
                vec![
                    ("1939-45", Range, Some(NumberValue::Range { min: 1939.0, max: 1945.0 }), None),
                    ("2024–27", Range, Some(NumberValue::Range { min: 2024.0, max: 2027.0 }), None),
                    // A slash's years follow each other (a season's); an
                    // earlier year after the dash is no span.
                    ("2005", Date, date("2005"), None),
                    ("10", Cardinal, num(10.0), None),
                    ("2023", Cardinal, num(2023.0), None),
                ],
            ),
            (
                "currency_sign_after_the_amount",
                "rent is 800€ a month, 650 € for students and 90 £; a table of 5 $10 and 7 € 20",
                vec![
                    ("800€", Money, num(800.0), Some("EUR")),
                    ("650 €", Money, num(650.0), Some("EUR")),
                    ("90 £", Money, num(90.0), Some("GBP")),
                    // A sign before the next amount is that one's.
                    ("5", Cardinal, num(5.0), None),
                    ("$10", Money, num(10.0), Some("USD")),
                    ("7", Cardinal, num(7.0), None),
                    ("€ 20", Money, num(20.0), Some("EUR")),
                ],
            ),
            (
                "marks_paid_on_a_share",
                "a dividend of 12 marks a share and 3 marks per share; she got 12 marks in the test, 45 marks a shame",
                vec![
                    ("12 marks", Money, num(12.0), Some("DEM")),
                    ("3 marks", Money, num(3.0), Some("DEM")),
                    // An exam's marks are counted.
                    ("12", Cardinal, num(12.0), None),
                    ("45", Cardinal, num(45.0), None),
                ],
            ),
            (
                "percent_as_pc_apart_and_river_flows",
                "unemployment was 3.9 pc and the river carried 550,000 cusecs; 20 PC games",
                vec![
                    ("3.9 pc", Percent, num(3.9), Some("percent")),
                    ("550,000 cusecs", Measure, num(550000.0), Some("cusec")),
                    // In capitals a PC is a computer.
                    ("20", Cardinal, num(20.0), None),
                ],
            ),
            ("word_number", "only ten children", vec![("ten", Cardinal, num(10.0), None)]),
            ("a_thousand", "exceeded a thousand ...", vec![("a thousand", Cardinal, num(1000.0), None)]),
            ("a_dozen", "a dozen eggs", vec![("a dozen", Cardinal, num(12.0), None)]),
            ("tens_of_thousands_vague", "killed tens of thousands", vec![("tens of thousands", Cardinal, None, None)]),
            ("millions_vague", "Millions brace", vec![("Millions", Cardinal, None, None)]),
            (
                "a_few_or_several_of_a_scale_vague",
                "Several thousand came, a few hundred stayed, several dozen left; a few people and several times",
                vec![
                    ("Several thousand", Cardinal, None, None),
                    ("a few hundred", Cardinal, None, None),
                    ("several dozen", Cardinal, None, None),
                ],
            ),
            ("money_scale_letter", "a $1.4B surge", vec![("$1.4B", Money, num(1.4e9), Some("USD"))]),
            ("money_words", "2.5 million euros", vec![("2.5 million euros", Money, num(2.5e6), Some("EUR"))]),
            ("scale_word", "2.5 million people", vec![("2.5 million", Cardinal, num(2.5e6), None)]),
            ("percent_sign", "tariffs to 25% over", vec![("25%", Percent, num(25.0), Some("percent"))]),
            ("percent_word", "up 3.5 percent", vec![("3.5 percent", Percent, num(3.5), Some("percent"))]),
            (
                "measure_km",
                "some 30 kilometres (18 miles) from",
                vec![("30 kilometres", Measure, num(30.0), Some("km")), ("18 miles", Measure, num(18.0), Some("mile"))],
            ),
            ("measure_hours_hedge_outside", "in under two hours", vec![("two hours", Measure, num(2.0), Some("hour"))]),
            ("measure_abbrev", "2 min read", vec![("2 min", Measure, num(2.0), Some("minute"))]),
            ("compound_day", "a 30-day ceasefire", vec![("30-day", Measure, num(30.0), Some("day"))]),
            (
                "compound_currency",
                "a 30,000-euro bonus and a 500-pound bomb",
                vec![("30,000-euro", Money, num(30000.0), Some("EUR")), ("500", Cardinal, num(500.0), None)],
            ),
            ("compound_word_day", "a three-day truce", vec![("three-day", Measure, num(3.0), Some("day"))]),
            ("year_old_keeps_year", "a seven-year-old girl", vec![("seven-year", Measure, num(7.0), Some("year"))]),
            ("compound_count", "a 12-member jury", vec![("12", Cardinal, num(12.0), None)]),
            (
                "compound_whole_and_a_part",
                "one-and-a-half kilos, a two-and-a-half-year-old, three-and-a-half, four-and-a-halves",
                vec![
                    ("one-and-a-half kilos", Measure, num(1.5), Some("kg")),
                    ("two-and-a-half-year", Measure, num(2.5), Some("year")),
                    ("three-and-a-half", Cardinal, num(3.5), None),
                    // A plural is no part: the count alone, as before.
                    ("four", Cardinal, num(4.0), None),
                ],
            ),
            (
                "renminbi_shekels_and_dirhams",
                "RMB 1tn of stimulus, NIS 20 billion in aid and a Dh500m tower",
                vec![
                    ("RMB 1tn", Money, num(1e12), Some("CNY")),
                    ("NIS 20 billion", Money, num(2e10), Some("ILS")),
                    ("Dh500m", Money, num(5e8), Some("AED")),
                ],
            ),
            (
                "compound_scaled_amount",
                "a $5-billion deal, a Rs 2,000-crore project, a 10-million-dollar house, a 500-crore scheme, a C$1.5-million grant",
                vec![
                    ("$5-billion", Money, num(5e9), Some("USD")),
                    ("Rs 2,000-crore", Money, num(2e10), Some("INR")),
                    ("10-million-dollar", Money, num(1e7), Some("USD")),
                    ("500-crore", Cardinal, num(5e9), None),
                    ("C$1.5-million", Money, num(1.5e6), Some("CAD")),
                ],
            ),
            (
                "compound_decimal_count",
                "a 3.5-point spread, a 4.5-star hotel, version 1.2.3-beta, a 10-point lead",
                vec![
                    ("3.5", Cardinal, num(3.5), None),
                    ("4.5", Cardinal, num(4.5), None),
                    ("10", Cardinal, num(10.0), None),
                ],
            ),
            (
                "range_words",
                "two to three days",
                vec![("two to three days", Range, Some(NumberValue::Range { min: 2.0, max: 3.0 }), Some("day"))],
            ),
            (
                "range_digits",
                "5-10 km away",
                vec![("5-10 km", Range, Some(NumberValue::Range { min: 5.0, max: 10.0 }), Some("km"))],
            ),
            (
                "ordinals",
                "the second round in its fourth year, 21st",
                vec![
                    ("second", Ordinal, num(2.0), None),
                    ("fourth", Ordinal, num(4.0), None),
                    ("21st", Ordinal, num(21.0), None),
                ],
            ),
            (
                "poll_margin_in_points",
                "A poll of 900 voters has her ahead by 5 points. Among men she leads by six points.",
                vec![
                    ("900", Cardinal, num(900.0), None),
                    ("5 points", Measure, num(5.0), Some("point")),
                    ("six points", Measure, num(6.0), Some("point")),
                ],
            ),
            (
                // A market index's level after `to` or `at`; a league's
                // whole points stay counted.
                "index_levels_in_points",
                "The WIG20 rose to 2,418.6 points and the Kospi closed at 2,575 points; Lyon moved to 45 points.",
                vec![
                    ("2,418.6 points", Measure, num(2418.6), Some("point")),
                    ("2,575 points", Measure, num(2575.0), Some("point")),
                    ("45", Cardinal, num(45.0), None),
                ],
            ),
            (
                "multiples_with_fold",
                "a ten-fold rise, cases up 45-fold and a three-fold jump; the fold-out map, a 12-member panel",
                vec![
                    ("ten-fold", Cardinal, num(10.0), None),
                    ("45-fold", Cardinal, num(45.0), None),
                    ("three-fold", Cardinal, num(3.0), None),
                    ("12", Cardinal, num(12.0), None),
                ],
            ),
            (
                // The złoty's sign in letters before or after the amount;
                // not a word that merely starts with `z`.
                "zloty_sign",
                "Warsaw will borrow zł 289 billion, or 12.5 zł a share; zone 5, zł alone",
                vec![
                    ("zł 289 billion", Money, num(289e9), Some("PLN")),
                    ("12.5 zł", Money, num(12.5), Some("PLN")),
                    ("5", Cardinal, num(5.0), None),
                ],
            ),
            (
                // Astronomy, particle physics, blood pressure; the African
                // Union's `AU` before a noun is no unit.
                "science_units",
                "It passed 0.05 AU from Earth. A 125.1 GeV particle, 128 mmHg; 55 AU member states",
                vec![
                    ("0.05 AU", Measure, num(0.05), Some("AU")),
                    ("125.1 GeV", Measure, num(125.1), Some("GeV")),
                    ("128 mmHg", Measure, num(128.0), Some("mmHg")),
                    ("55", Cardinal, num(55.0), None),
                ],
            ),
            (
                // No poll: a game's points are counted.
                "game_points_stay_counted",
                "The Lakers led by 12 points at halftime and won by six points.",
                vec![("12", Cardinal, num(12.0), None), ("six", Cardinal, num(6.0), None)],
            ),
            (
                "thousands_by_spaces_and_a_decimal_comma",
                "rose to 2,1 % or 10 850 000 people, 85 000 fewer, EUR 12,4 billion and 33 400 km; 4 500 guards",
                vec![
                    ("2,1 %", Percent, num(2.1), Some("percent")),
                    ("10 850 000", Cardinal, num(10_850_000.0), None),
                    ("85 000", Cardinal, num(85_000.0), None),
                    ("EUR 12,4 billion", Money, num(12.4e9), Some("EUR")),
                    ("33 400 km", Measure, num(33_400.0), Some("km")),
                    // One plain-spaced group before a noun may be two columns.
                    ("4", Cardinal, num(4.0), None),
                    ("500", Cardinal, num(500.0), None),
                ],
            ),
            (
                "digits_and_commas_that_stay_apart",
                "call 555 123 4567, pick 1,2,3 or score 6,4",
                vec![("1", Cardinal, num(1.0), None), ("2", Cardinal, num(2.0), None), ("3", Cardinal, num(3.0), None),
                     ("6", Cardinal, num(6.0), None), ("4", Cardinal, num(4.0), None)],
            ),
            (
                "ordinal_with_thousands",
                // A suffix that does not agree is no ordinal.
                "her 10,000th point and the 2,001st visitor; not 10,000rd",
                vec![("10,000th", Ordinal, num(10000.0), None), ("2,001st", Ordinal, num(2001.0), None)],
            ),
            ("full_date", "on June 2, 2025, talks", vec![("June 2, 2025", Date, date("2025-06-02"), None)]),
            ("day_month_year", "on 3 June 2025 talks", vec![("3 June 2025", Date, date("2025-06-03"), None)]),
            (
                "ordinal_day_of_the_month",
                "on the 21st of June, and the 3rd of March, 2021; the 3rd of them",
                vec![
                    ("21st of June", Date, date("2021-06-21"), None),
                    ("3rd of March, 2021", Date, date("2021-03-03"), None),
                    ("3rd", Ordinal, num(3.0), None),
                ],
            ),
            ("iso_date", "date 2025-06-03 Russia", vec![("2025-06-03", Date, date("2025-06-03"), None)]),
            (
                "yearless_date_takes_article_year",
                "May 16 and June 2, 2025",
                vec![("May 16", Date, date("2025-05-16"), None), ("June 2, 2025", Date, date("2025-06-02"), None)],
            ),
            (
                "a_yearless_day_takes_the_year_nearest_the_article_s_date",
                "LIMA 1997-03-20\nheld since December 17 , freed on April 2 , due by January 1 , and from 1998-10-02 to January 5",
                vec![
                    ("1997-03-20", Date, date("1997-03-20"), None),
                    ("December 17", Date, date("1996-12-17"), None),
                    ("April 2", Date, date("1997-04-02"), None),
                    ("January 1", Date, date("1997-01-01"), None),
                    ("1998-10-02", Date, date("1998-10-02"), None),
                    ("January 5", Date, date("1997-01-05"), None),
                ],
            ),
            (
                "two_days_one_month",
                "between June 20 and 30 to",
                vec![("June 20", Date, date("--06-20"), None), ("30", Date, date("--06-30"), None)],
            ),
            ("month_alone_is_not_a_number", "in May and June", vec![]),
            ("bare_year", "in 2024, he", vec![("2024", Date, date("2024"), None)]),
            ("pronoun_one", "everything one needs to know", vec![]),
            ("the_first_one", "the first one on", vec![("first", Ordinal, num(1.0), None)]),
            ("one_before_noun", "the body of one victim", vec![("one", Cardinal, num(1.0), None)]),
            ("title_parts_are_not_numbers", "Ukraine's First Deputy Foreign Minister", vec![]),
            ("name_parts_are_not_numbers", "a T20 World Cup boycott", vec![]),
            ("sentence_initial_word", "Three people were killed.", vec![("Three", Cardinal, num(3.0), None)]),
            ("hedge_outside", "around 400, but", vec![("400", Cardinal, num(400.0), None)]),
            ("a_day_is_not_a_number", "a day after", vec![]),
            (
                "score_is_two_counts",
                "won 2-1 at home",
                vec![("2", Cardinal, num(2.0), None), ("1", Cardinal, num(1.0), None)],
            ),
            (
                "vote_tally_is_two_counts_not_a_range",
                "the bill failed 44-56 today",
                vec![("44", Cardinal, num(44.0), None), ("56", Cardinal, num(56.0), None)],
            ),
            (
                "ap_month_abbreviation",
                "began on Oct. 1, 2025, and Sept. 30",
                vec![("Oct. 1, 2025", Date, date("2025-10-01"), None), ("Sept. 30", Date, date("2025-09-30"), None)],
            ),
            (
                "clock_times",
                "at 7:42 PM, 4:17 a.m. and 11am",
                vec![
                    ("7:42 PM", Date, date("19:42"), None),
                    ("4:17 a.m.", Date, date("04:17"), None),
                    ("11am", Date, date("11:00"), None),
                ],
            ),
            (
                "clock_time_with_am_or_pm_on_its_minutes",
                "called at about 11:40pm, left at 10:15AM; it ran 3:40pmx",
                vec![
                    ("11:40pm", Date, date("23:40"), None),
                    ("10:15AM", Date, date("10:15"), None),
                    // No marker on the minutes: no clock time, as before.
                    ("3", Cardinal, num(3.0), None),
                ],
            ),
            (
                "engine_capacity",
                "the 500cc class and a 1,600 cc engine",
                vec![("500cc", Measure, num(500.0), Some("cc")), ("1,600 cc", Measure, num(1600.0), Some("cc"))],
            ),
            (
                "clock_time_with_zone",
                "Sun 17 Mar 2024 18.45 GMT",
                vec![("17 Mar 2024", Date, date("2024-03-17"), None), ("18.45", Date, date("18:45"), None)],
            ),
            (
                "decimal_without_zone_is_not_a_time",
                "the index fell 18.45 points",
                vec![("18.45 points", Measure, num(18.45), Some("point"))],
            ),
            (
                "clock_time_with_a_point_and_am_or_pm",
                "around 4.45 pm on Friday, at 10.30 a.m. and 12.05 am; it rose 4.45 to 13.30 pm-adjusted",
                vec![
                    ("4.45 pm", Date, date("16:45"), None),
                    ("10.30 a.m.", Date, date("10:30"), None),
                    ("12.05 am", Date, date("00:05"), None),
                    ("4.45", Cardinal, num(4.45), None),
                    ("13.30", Cardinal, num(13.3), None),
                ],
            ),
            (
                "military_time_needs_four_digits",
                "at 0117 GMT, not 1\u{e9}3 GMT",
                vec![("0117", Date, date("01:17"), None)],
            ),
            (
                "wire_clock_after_a_year_cue",
                "shares rose by 1120 GMT and by 2015 GMT, up from 1996 levels",
                vec![("1120", Date, date("11:20"), None), ("2015", Date, date("20:15"), None), ("1996", Date, date("1996"), None)],
            ),
            (
                "wire_weather_and_sterling",
                "fell to -15 C and -40 F ; Stg 12.5 million and 9.05 pence ; group 3 C",
                vec![
                    ("-15 C", Measure, num(-15.0), Some("°C")),
                    ("-40 F", Measure, num(-40.0), Some("°F")),
                    ("Stg 12.5 million", Money, num(12.5e6), Some("GBP")),
                    ("9.05 pence", Money, num(0.0905), Some("GBP")),
                    ("3", Cardinal, num(3.0), None),
                ],
            ),
            (
                "percent_range",
                "interval 67% to 84%",
                vec![("67% to 84%", Range, Some(NumberValue::Range { min: 67.0, max: 84.0 }), Some("percent"))],
            ),
            (
                "money_range_with_scales",
                "($1.79 billion-$2.09 billion)",
                vec![(
                    "$1.79 billion-$2.09 billion",
                    Range,
                    Some(NumberValue::Range { min: 1.79e9, max: 2.09e9 }),
                    Some("USD"),
                )],
            ),
            (
                "currency_word_after_second_amount",
                "of 1.8 billion to 2.1 billion euros",
                vec![(
                    "1.8 billion to 2.1 billion euros",
                    Range,
                    Some(NumberValue::Range { min: 1.8e9, max: 2.1e9 }),
                    Some("EUR"),
                )],
            ),
            (
                "between_and_range",
                "with between 5 and 10 millimetres of rain",
                vec![(
                    "between 5 and 10 millimetres",
                    Range,
                    Some(NumberValue::Range { min: 5.0, max: 10.0 }),
                    Some("mm"),
                )],
            ),
            (
                "indian_scales",
                "cost ₹1.08 lakh crore, or Rs 88,000 crore",
                vec![
                    ("₹1.08 lakh crore", Money, num(1.08e12), Some("INR")),
                    ("Rs 88,000 crore", Money, num(8.8e11), Some("INR")),
                ],
            ),
            ("reais", "a 6 billion reais fund", vec![("6 billion reais", Money, num(6e9), Some("BRL"))]),
            (
                "a_capitalised_currency_word_before_lower_case",
                "a 6 billion Reais fund",
                vec![("6 billion Reais", Money, num(6e9), Some("BRL"))],
            ),
            (
                "speed_and_basis_points",
                "at 320 km/h, up 75 basis points",
                vec![
                    ("320 km/h", Measure, num(320.0), Some("km/h")),
                    ("75 basis points", Measure, num(75.0), Some("basis point")),
                ],
            ),
            (
                "temperature_below_zero",
                "fall to minus 8 degrees Celsius",
                vec![("minus 8 degrees Celsius", Measure, num(-8.0), Some("°C"))],
            ),
            (
                "scale_letter_after_a_temperature_noun",
                "a surface temperature of about 2,600 C; he got a 3 C in maths",
                vec![("2,600 C", Measure, num(2600.0), Some("°C")), ("3", Cardinal, num(3.0), None)],
            ),
            (
                "magnitude",
                "a magnitude 6.1 quake, a 4.8-magnitude tremor and a magnitude-5 aftershock",
                vec![
                    ("magnitude 6.1", Measure, num(6.1), Some("magnitude")),
                    ("4.8-magnitude", Measure, num(4.8), Some("magnitude")),
                    ("magnitude-5", Measure, num(5.0), Some("magnitude")),
                ],
            ),
            (
                "ordinal_compound_and_count_compound",
                "Third-quarter profit at a 37,000-strong firm",
                vec![("Third", Ordinal, num(3.0), None), ("37,000", Cardinal, num(37000.0), None)],
            ),
            ("one_off_is_an_idiom", "in one-off charges", vec![]),
            ("number_inside_a_name", "told BBC Radio 5 Live and a Number 10 aide", vec![]),
            ("year_before_a_noun", "the 2019 manifesto", vec![("2019", Date, date("2019"), None)]),
            (
                "place_in_a_table",
                "leaves Newcastle eighth, six points behind",
                vec![("eighth", Ordinal, num(8.0), None), ("six", Cardinal, num(6.0), None)],
            ),
            ("adverb_first", "being reached first. Then", vec![]),
            (
                "glued_units",
                "has 256GB, a 3.4GHz chip, 5,500mAh and a 10kW pump",
                vec![
                    ("256GB", Measure, num(256.0), Some("GB")),
                    ("3.4GHz", Measure, num(3.4), Some("GHz")),
                    ("5,500mAh", Measure, num(5500.0), Some("mAh")),
                    ("10kW", Measure, num(10.0), Some("kW")),
                ],
            ),
            (
                "glued_scales",
                "took 25k orders and spread 1.2m tonnes",
                vec![("25k", Cardinal, num(25000.0), None), ("1.2m tonnes", Measure, num(1.2e6), Some("tonne"))],
            ),
            (
                "temperatures",
                "reached 46°C, or 121.8F, and 45 degrees Celsius",
                vec![
                    ("46°C", Measure, num(46.0), Some("°C")),
                    ("121.8F", Measure, num(121.8), Some("°F")),
                    ("45 degrees Celsius", Measure, num(45.0), Some("°C")),
                ],
            ),
            (
                "country_dollars",
                "lost NZ$38.5 million, paid US$5 and HK$148.6 billion",
                vec![
                    ("NZ$38.5 million", Money, num(3.85e7), Some("NZD")),
                    ("US$5", Money, num(5.0), Some("USD")),
                    ("HK$148.6 billion", Money, num(1.486e11), Some("HKD")),
                ],
            ),
            (
                "currency_codes_and_signs",
                "set aside NOK 12 billion, ₩182,400 and 12.3 billion Swiss francs",
                vec![
                    ("NOK 12 billion", Money, num(1.2e10), Some("NOK")),
                    ("₩182,400", Money, num(182400.0), Some("KRW")),
                    ("12.3 billion Swiss francs", Money, num(1.23e10), Some("CHF")),
                ],
            ),
            (
                "pence_and_cents",
                "shares rose 14p; crude rose 42 cents",
                vec![("14p", Money, num(0.14), Some("GBP")), ("42 cents", Money, num(0.42), Some("USD"))],
            ),
            (
                "spaced_units",
                "at 2,600 nits, 50 watts and 2.2 percentage points",
                vec![
                    ("2,600 nits", Measure, num(2600.0), Some("nit")),
                    ("50 watts", Measure, num(50.0), Some("W")),
                    ("2.2 percentage points", Measure, num(2.2), Some("percentage point")),
                ],
            ),
            (
                "rates",
                "at 8TB/s and 12 metres per second",
                vec![
                    ("8TB/s", Measure, num(8.0), Some("TB/s")),
                    ("12 metres per second", Measure, num(12.0), Some("m/s")),
                ],
            ),
            ("glued_letters_that_are_no_units", "a 5G network in the 20s and 3D", vec![]),
            (
                // Micrograms in three spellings and a lab value per
                // decilitre; a rate per something else stays outside.
                "micrograms_and_grams_per_decilitre",
                "take 10 µg or 10 μg, not 500 mcg; 12 g/dL and 13g/dL, 2 g per day",
                vec![
                    ("10 µg", Measure, num(10.0), Some("µg")),
                    ("10 μg", Measure, num(10.0), Some("µg")),
                    ("500 mcg", Measure, num(500.0), Some("µg")),
                    ("12 g/dL", Measure, num(12.0), Some("g/dL")),
                    ("13g/dL", Measure, num(13.0), Some("g/dL")),
                    ("2 g", Measure, num(2.0), Some("g")),
                ],
            ),
            (
                // Ships and aircraft: deadweight, boxes, knots and a Mach
                // number; `Mach` with no figure is a word.
                "ships_and_aircraft",
                "an 82,000 dwt carrier, a 14,000-TEU ship, winds of 22 kts at Mach 0.85; a Mach number of 2",
                vec![
                    ("82,000 dwt", Measure, num(82000.0), Some("dwt")),
                    ("14,000-TEU", Measure, num(14000.0), Some("TEU")),
                    ("22 kts", Measure, num(22.0), Some("knot")),
                    ("Mach 0.85", Measure, num(0.85), Some("Mach")),
                    ("2", Cardinal, num(2.0), None),
                ],
            ),
            (
                // A crop's yield per hectare; a lone `t` after a count is a
                // letter.
                "yields_per_hectare",
                "yields of 8.5 t/ha, 12 tonnes per hectare and 180 kg/ha; row 5 t",
                vec![
                    ("8.5 t/ha", Measure, num(8.5), Some("t/ha")),
                    ("12 tonnes per hectare", Measure, num(12.0), Some("t/ha")),
                    ("180 kg/ha", Measure, num(180.0), Some("kg/ha")),
                    ("5", Cardinal, num(5.0), None),
                ],
            ),
            (
                // Rand and pesos with a scale hyphened on or written after;
                // a bare `P` amount, a spaced `P` (a pay column) and a
                // model's name are no money.
                "rand_and_pesos",
                "R500-million and P297.6-billion, P5.768 trillion, P20,000; a P350 pill, P 6,363,217, the R500-series",
                vec![
                    ("R500-million", Money, num(5e8), Some("ZAR")),
                    ("P297.6-billion", Money, num(297.6e9), Some("PHP")),
                    ("P5.768 trillion", Money, num(5.768e12), Some("PHP")),
                    ("P20,000", Money, num(20000.0), Some("PHP")),
                    ("6,363,217", Cardinal, num(6363217.0), None),
                ],
            ),
            (
                // Millions of a unit of area, the `m` glued or spaced, the
                // abbreviation's period read; a room's metres stay metres.
                "millions_of_square_feet",
                "a 2m sq. ft tower, a 1.2 m sq. ft park, 1.5m sq ft; a 2m square room",
                vec![
                    ("2m sq. ft", Measure, num(2e6), Some("sq foot")),
                    ("1.2 m sq. ft", Measure, num(1.2e6), Some("sq foot")),
                    ("1.5m sq ft", Measure, num(1.5e6), Some("sq foot")),
                    ("2m", Measure, num(2.0), Some("m")),
                ],
            ),
            (
                // Made of tried (`15-of-22`), two counts; in words, the
                // first count alone as before.
                "made_of_tried",
                "a 15-of-22 night and 3-of-4 from deep; a seven-of-nine day",
                vec![
                    ("15", Cardinal, num(15.0), None),
                    ("22", Cardinal, num(22.0), None),
                    ("3", Cardinal, num(3.0), None),
                    ("4", Cardinal, num(4.0), None),
                    ("seven", Cardinal, num(7.0), None),
                ],
            ),
            (
                // A scale and a unit hyphened onto the number: the whole
                // compound; with a counted noun, the number and its scale.
                "scaled_compound_with_a_unit",
                "a 2.5-million-tonne trade and a 3-million-strong army",
                vec![
                    ("2.5-million-tonne", Measure, num(2.5e6), Some("tonne")),
                    ("3-million", Cardinal, num(3e6), None),
                ],
            ),
            (
                "decades_and_years_with_a_period_word",
                "in the 1990s, the 2000s, a 1980s-era car, by mid-2024, pre-2020 levels, the mid-1990s",
                vec![
                    ("1990s", Date, date("199"), None),
                    ("2000s", Date, date("200"), None),
                    ("1980s", Date, date("198"), None),
                    ("2024", Date, date("2024"), None),
                    ("2020", Date, date("2020"), None),
                    ("1990s", Date, date("199"), None),
                ],
            ),
            (
                "no_decade_or_year_in_other_hyphen_words",
                "the 90s, 1995s, covid-19, mid-March, a well-known post-war X-2020",
                vec![],
            ),
            (
                "units_of_two_words_and_square_km",
                "55 billion cubic metres, 1.5 million metric tons, 20 nautical miles and 12 km2; a metric system",
                vec![
                    ("55 billion cubic metres", Measure, num(55e9), Some("m3")),
                    ("1.5 million metric tons", Measure, num(1.5e6), Some("tonne")),
                    ("20 nautical miles", Measure, num(20.0), Some("nautical mile")),
                    ("12 km2", Measure, num(12.0), Some("km2")),
                ],
            ),
            (
                "a_height_in_feet_and_inches",
                "he is 6ft 2in tall, she is 5 feet 10 inches; 6 feet and 2 inches",
                vec![
                    ("6ft 2in", Measure, num(74.0), Some("inch")),
                    ("5 feet 10 inches", Measure, num(70.0), Some("inch")),
                    ("6 feet", Measure, num(6.0), Some("foot")),
                    ("2 inches", Measure, num(2.0), Some("inch")),
                ],
            ),
            (
                "a_season_or_fiscal_year",
                "in 2022-23 and 1999-00 the club lost money, in fiscal 2023/24 and 2024–25 a profit; pages 2022-25 and 1998-97",
                vec![
                    ("2022-23", Range, Some(NumberValue::Range { min: 2022.0, max: 2023.0 }), None),
                    ("1999-00", Range, Some(NumberValue::Range { min: 1999.0, max: 2000.0 }), None),
                    ("2023/24", Range, Some(NumberValue::Range { min: 2023.0, max: 2024.0 }), None),
                    ("2024–25", Range, Some(NumberValue::Range { min: 2024.0, max: 2025.0 }), None),
                    // Pages read as a span of years do, from the first to the last.
                    ("2022-25", Range, Some(NumberValue::Range { min: 2022.0, max: 2025.0 }), None),
                    ("1998", Cardinal, num(1998.0), None),
                ],
            ),
            (
                "a_hedge_on_a_scale_stays_out",
                "7 million-plus viewers, 40-plus people, 2 billion-plus",
                vec![
                    ("7 million", Cardinal, num(7e6), None),
                    ("40", Cardinal, num(40.0), None),
                    ("2 billion", Cardinal, num(2e9), None),
                ],
            ),
            (
                "an_amount_before_a_compound_noun",
                "a $5-a-day allowance, £10-an-hour shifts, a 12-member panel, a $5-billion deal, a £1.2bn-a-year \
                 deal, a $30m-a-season contract, a 400m-high tower",
                vec![
                    ("$5", Money, num(5.0), Some("USD")),
                    ("£10", Money, num(10.0), Some("GBP")),
                    ("12", Cardinal, num(12.0), None),
                    ("$5-billion", Money, num(5e9), Some("USD")),
                    ("£1.2bn", Money, num(1.2e9), Some("GBP")),
                    ("$30m", Money, num(3e7), Some("USD")),
                ],
            ),
            ("code_before_a_word_is_no_money", "the USD rose", vec![]),
            (
                "negatives",
                "lows of -12C, \u{2212}7C, minus 5 and +9 in a range from -8C to -3C",
                vec![
                    ("-12C", Measure, num(-12.0), Some("°C")),
                    ("\u{2212}7C", Measure, num(-7.0), Some("°C")),
                    ("minus 5", Cardinal, num(-5.0), None),
                    ("+9", Cardinal, num(9.0), None),
                    ("-8C to -3C", Range, Some(NumberValue::Range { min: -8.0, max: -3.0 }), Some("°C")),
                ],
            ),
            (
                "plus_or_minus_is_a_hedge",
                "plus or minus 2.2 percentage points",
                vec![("2.2 percentage points", Measure, num(2.2), Some("percentage point"))],
            ),
            (
                "leading_decimals",
                "hitting .312, ahead by .03 seconds",
                vec![(".312", Cardinal, num(0.312), None), (".03 seconds", Measure, num(0.03), Some("second"))],
            ),
            (
                "scientific_notation",
                "holds 6.02e23 atoms; a charge of 1.6 x 10^-19 coulombs",
                vec![
                    ("6.02e23", Cardinal, num(6.02e23), None),
                    ("1.6 x 10^-19 coulombs", Measure, num(1.6e-19), Some("coulomb")),
                ],
            ),
            (
                "a_period_is_no_decimal_point",
                "in 2024. 500 people",
                vec![("2024", Date, date("2024"), None), ("500", Cardinal, num(500.0), None)],
            ),
            (
                "fractions",
                "a third of voters, two-thirds of buyers, almost half went and three-quarters sold",
                vec![
                    ("a third", Cardinal, num(0.3333), None),
                    ("two-thirds", Cardinal, num(0.6667), None),
                    ("half", Cardinal, num(0.5), None),
                    ("three-quarters", Cardinal, num(0.75), None),
                ],
            ),
            (
                "fractions_in_digits",
                "sliced 1/16 inch, 6 2/3 innings, 1½ games and ¾ cup; ⅔ cup, ⅛",
                vec![
                    ("1/16 inch", Measure, num(0.0625), Some("inch")),
                    ("6 2/3", Cardinal, num(6.6667), None),
                    ("1½", Cardinal, num(1.5), None),
                    ("¾ cup", Measure, num(0.75), Some("cup")),
                    // To the guide's 4 decimals.
                    ("⅔ cup", Measure, num(0.6667), Some("cup")),
                    ("⅛", Cardinal, num(0.125), None),
                ],
            ),
            (
                "whole_and_fraction_joined_by_a_hyphen",
                "rose 1-3/8 to 112-1/2, the note 99-15/32, a 7-1/2 percent rate; 3-4 days",
                vec![
                    ("1-3/8", Cardinal, num(1.375), None),
                    ("112-1/2", Cardinal, num(112.5), None),
                    ("99-15/32", Cardinal, num(99.4688), None),
                    ("7-1/2 percent", Percent, num(7.5), Some("percent")),
                    ("3-4 days", Range, Some(NumberValue::Range { min: 3.0, max: 4.0 }), Some("day")),
                ],
            ),
            (
                "fraction_of_a_price_s_last_place",
                "wheat at $5.12-1/2, oats at $3.10-3/4, up 2-1/4 cents; 4.5-6 metres",
                vec![
                    ("$5.12-1/2", Money, num(5.125), Some("USD")),
                    ("$3.10-3/4", Money, num(3.1075), Some("USD")),
                    ("2-1/4 cents", Money, num(0.0225), Some("USD")),
                    ("4.5-6 metres", Range, Some(NumberValue::Range { min: 4.5, max: 6.0 }), Some("m")),
                ],
            ),
            (
                "whole_and_vulgar_fraction_compounds",
                "a 2½-year deal after a 1½-hour wait; 2½ years",
                vec![
                    ("2½-year", Measure, num(2.5), Some("year")),
                    ("1½-hour", Measure, num(1.5), Some("hour")),
                    ("2½ years", Measure, num(2.5), Some("year")),
                ],
            ),
            (
                "pence_on_a_mixed_price",
                // Other letters on the denominator are no pence.
                "rose 4-1/2 pence to 245-1/2p; 1-3/8ths",
                vec![
                    ("4-1/2 pence", Money, num(0.045), Some("GBP")),
                    ("245-1/2p", Money, num(2.455), Some("GBP")),
                    ("1-3", Range, Some(NumberValue::Range { min: 1.0, max: 3.0 }), None),
                ],
            ),
            (
                "data_rates",
                "speeds of 72Mbps, 1 Gbps and 512kbps",
                vec![
                    ("72Mbps", Measure, num(72.0), Some("Mbps")),
                    ("1 Gbps", Measure, num(1.0), Some("Gbps")),
                    ("512kbps", Measure, num(512.0), Some("kbps")),
                ],
            ),
            (
                "units_and_money_of_energy_oil_and_a_country_s_cents",
                "cells of 500 Wh/kg, a 41dB fan, 310,000 b/d, N2.5trn and 15.6 Hong Kong cents",
                vec![
                    ("500 Wh/kg", Measure, num(500.0), Some("Wh/kg")),
                    ("41dB", Measure, num(41.0), Some("dB")),
                    ("310,000 b/d", Measure, num(310000.0), Some("bpd")),
                    ("N2.5trn", Money, num(2.5e12), Some("NGN")),
                    ("15.6 Hong Kong cents", Money, num(0.156), Some("HKD")),
                ],
            ),
            (
                "fraction_of_a_unit",
                "in half an hour, a third of a cup and two hundredths of a second",
                vec![
                    ("half an hour", Measure, num(0.5), Some("hour")),
                    ("a third of a cup", Measure, num(0.3333), Some("cup")),
                    ("two hundredths of a second", Measure, num(0.02), Some("second")),
                ],
            ),
            (
                "fraction_of_a_unit_of_several_words",
                "cut by a quarter of a percentage point, then half a percentage point",
                vec![
                    ("a quarter of a percentage point", Measure, num(0.25), Some("percentage point")),
                    ("half a percentage point", Measure, num(0.5), Some("percentage point")),
                ],
            ),
            (
                "fraction_of_a_count_is_alone",
                "half a lemon and half a million",
                vec![("half", Cardinal, num(0.5), None), ("half a million", Cardinal, num(5e5), None)],
            ),
            (
                "and_a_half",
                "three and a half hours, two and a half thousand",
                vec![
                    ("three and a half hours", Measure, num(3.5), Some("hour")),
                    ("two and a half thousand", Cardinal, num(2500.0), None),
                ],
            ),
            (
                "and_a_half_of_a_scale",
                "two million and a half, a dozen and a half",
                vec![
                    ("two million and a half", Cardinal, num(2.5e6), None),
                    ("a dozen and a half", Cardinal, num(18.0), None),
                ],
            ),
            (
                "proportions",
                "one in five named housing; three in four approve; Nine in 10 agree",
                vec![
                    ("one in five", Cardinal, num(0.2), None),
                    ("three in four", Cardinal, num(0.75), None),
                    ("Nine in 10", Cardinal, num(0.9), None),
                ],
            ),
            (
                "fraction_counter_examples",
                "a third term in the first half, half as much, $3bn a quarter, 11 in 2021",
                vec![
                    ("third", Ordinal, num(3.0), None),
                    ("first", Ordinal, num(1.0), None),
                    ("$3bn", Money, num(3e9), Some("USD")),
                    ("11", Cardinal, num(11.0), None),
                    ("2021", Date, date("2021"), None),
                ],
            ),
            (
                "ranges_in_one_word",
                "$3-4 billion, 20-25k wafers, 1-120Hz, 0-3C. And €2-2.5bn",
                vec![
                    ("$3-4 billion", Range, Some(NumberValue::Range { min: 3e9, max: 4e9 }), Some("USD")),
                    ("20-25k", Range, Some(NumberValue::Range { min: 20000.0, max: 25000.0 }), None),
                    ("1-120Hz", Range, Some(NumberValue::Range { min: 1.0, max: 120.0 }), Some("Hz")),
                    ("0-3C", Range, Some(NumberValue::Range { min: 0.0, max: 3.0 }), Some("°C")),
                    ("€2-2.5bn", Range, Some(NumberValue::Range { min: 2e9, max: 2.5e9 }), Some("EUR")),
                ],
            ),
            (
                "a_scale_over_both_ends",
                "four to five thousand doors, two to three million pumps, cooled at 25-45°C.",
                vec![
                    ("four to five thousand", Range, Some(NumberValue::Range { min: 4000.0, max: 5000.0 }), None),
                    ("two to three million", Range, Some(NumberValue::Range { min: 2e6, max: 3e6 }), None),
                    ("25-45°C", Range, Some(NumberValue::Range { min: 25.0, max: 45.0 }), Some("°C")),
                ],
            ),
            (
                "a_scale_only_where_it_fits",
                "from 900 to 1.2 million",
                vec![("900 to 1.2 million", Range, Some(NumberValue::Range { min: 900.0, max: 1.2e6 }), None)],
            ),
            (
                "changes_are_two_amounts",
                "shares rose 14p to 482p and up by USD 5 to USD 145",
                vec![
                    ("14p", Money, num(0.14), Some("GBP")),
                    ("482p", Money, num(4.82), Some("GBP")),
                    ("USD 5", Money, num(5.0), Some("USD")),
                    ("USD 145", Money, num(145.0), Some("USD")),
                ],
            ),
            (
                "a_change_to_a_level_after_more_change_verbs",
                "futures dipped 0.02 to 93.72 and the rand weakened 0.15 to 18.95",
                vec![
                    ("0.02", Cardinal, num(0.02), None),
                    ("93.72", Cardinal, num(93.72), None),
                    ("0.15", Cardinal, num(0.15), None),
                    ("18.95", Cardinal, num(18.95), None),
                ],
            ),
            (
                "basis_points_abbreviated",
                "cut by 25bp, then 50 bps, after 75 basis points",
                vec![
                    ("25bp", Measure, num(25.0), Some("basis point")),
                    ("50 bps", Measure, num(50.0), Some("basis point")),
                    ("75 basis points", Measure, num(75.0), Some("basis point")),
                ],
            ),
            (
                "a_spread_of_a_change_is_a_range",
                "cut emissions by 59% to 67%",
                vec![("59% to 67%", Range, Some(NumberValue::Range { min: 59.0, max: 67.0 }), Some("percent"))],
            ),
            (
                "compound_number_words",
                "a hundred and seventy, nine hundred and two, two thousand and five, twelve hundred",
                vec![
                    ("a hundred and seventy", Cardinal, num(170.0), None),
                    ("nine hundred and two", Cardinal, num(902.0), None),
                    ("two thousand and five", Cardinal, num(2005.0), None),
                    ("twelve hundred", Cardinal, num(1200.0), None),
                ],
            ),
            (
                "two_days_before_one_month",
                "between 6 and 9 May 2026 and 6-9 June",
                vec![
                    ("6", Date, date("2026-05-06"), None),
                    ("9 May 2026", Date, date("2026-05-09"), None),
                    ("6", Date, date("2026-06-06"), None),
                    ("9 June", Date, date("2026-06-09"), None),
                ],
            ),
            (
                "sets_with_commas_and_a_count_over_overs",
                "beating the seed 6-4, 3-6 on Sunday; 287 for 6 in 50 overs",
                vec![
                    ("6", Cardinal, num(6.0), None),
                    ("4", Cardinal, num(4.0), None),
                    ("3", Cardinal, num(3.0), None),
                    ("6", Cardinal, num(6.0), None),
                    ("287", Cardinal, num(287.0), None),
                    ("6", Cardinal, num(6.0), None),
                    ("50", Cardinal, num(50.0), None),
                ],
            ),
            (
                "halftime_score_is_two_counts",
                "Halftime 0-1 . Half-time 1-2 .",
                vec![
                    ("0", Cardinal, num(0.0), None),
                    ("1", Cardinal, num(1.0), None),
                    ("1", Cardinal, num(1.0), None),
                    ("2", Cardinal, num(2.0), None),
                ],
            ),
            (
                "counter_a_range_near_no_cue",
                "children aged 0-1 and",
                vec![("0-1", Range, Some(NumberValue::Range { min: 0.0, max: 1.0 }), None)],
            ),
            (
                "summary_line_scores_and_a_club_named_real",
                "Sevilla 0 Real Betis 2 ( Alfonso 17 ) .\nCoruna 1 ( Mauro Silva 80 ) Valencia 1 ( Kiko 22 ) .",
                vec![
                    ("0", Cardinal, num(0.0), None),
                    ("2", Cardinal, num(2.0), None),
                    ("17", Cardinal, num(17.0), None),
                    ("1", Cardinal, num(1.0), None),
                    ("80", Cardinal, num(80.0), None),
                    ("1", Cardinal, num(1.0), None),
                    ("22", Cardinal, num(22.0), None),
                ],
            ),
            (
                "tokenised_score",
                "they lost 1 - 3 at home",
                vec![("1", Cardinal, num(1.0), None), ("3", Cardinal, num(3.0), None)],
            ),
            (
                "phone_numbers_are_not_numbers",
                "call +44 20 7946 0958, (555) 123-4567 or 020 7946 0958 for 2 tickets",
                vec![("2", Cardinal, num(2.0), None)],
            ),
            (
                "identifiers_and_index_names",
                "from lane 4 on flight DL 1146, the FTSE 100 lost 48 points and the S&P 500 rose",
                vec![("48 points", Measure, num(48.0), Some("point"))],
            ),
            (
                "results_line_and_scorers",
                "Leeds 2 Everton 1\nScorers : Leeds - Threlfall 12 , Mowbray 55 .",
                vec![
                    ("2", Cardinal, num(2.0), None),
                    ("1", Cardinal, num(1.0), None),
                    ("12", Cardinal, num(12.0), None),
                    ("55", Cardinal, num(55.0), None),
                ],
            ),
            (
                "one_as_a_pronoun",
                "If one wants a phone, the older one asks and a 10kW one fits; this one has gone",
                vec![("10kW", Measure, num(10.0), Some("kW"))],
            ),
            (
                "one_as_a_determiner",
                "that one goal, the top one percent and a one-stroke lead",
                vec![
                    ("one", Cardinal, num(1.0), None),
                    ("one percent", Percent, num(1.0), Some("percent")),
                    ("one", Cardinal, num(1.0), None),
                ],
            ),
            ("scores_as_a_verb", "Adeyemi scores two", vec![("two", Cardinal, num(2.0), None)]),
            (
                "a_second_after_an_amount_is_a_rate",
                "2.5e16 operations a second, and a second plant",
                vec![("2.5e16", Cardinal, num(2.5e16), None), ("second", Ordinal, num(2.0), None)],
            ),
            (
                "ordinals_in_an_all_caps_headline",
                "ENGLAND V PAKISTAN THIRD TEST SCOREBOARD",
                vec![("THIRD", Ordinal, num(3.0), None)],
            ),
            (
                "race_times",
                "won in 3:29.41 after 2:05:17, 1:04 behind",
                vec![
                    ("3:29.41", Measure, num(209.41), Some("second")),
                    ("2:05:17", Measure, num(7517.0), Some("second")),
                    ("1:04", Measure, num(64.0), Some("second")),
                ],
            ),
            (
                "a_table_s_figures",
                "Cadogan 28-6-81-2 , Hollins 30.2-7-74-1 ; sets 4-6 7-6 ; Brennan ( 0-2 )",
                vec![
                    ("28", Cardinal, num(28.0), None),
                    ("6", Cardinal, num(6.0), None),
                    ("81", Cardinal, num(81.0), None),
                    ("2", Cardinal, num(2.0), None),
                    ("30.2", Cardinal, num(30.2), None),
                    ("7", Cardinal, num(7.0), None),
                    ("74", Cardinal, num(74.0), None),
                    ("1", Cardinal, num(1.0), None),
                    ("4", Cardinal, num(4.0), None),
                    ("6", Cardinal, num(6.0), None),
                    ("7", Cardinal, num(7.0), None),
                    ("6", Cardinal, num(6.0), None),
                    ("0", Cardinal, num(0.0), None),
                    ("2", Cardinal, num(2.0), None),
                ],
            ),
            (
                "dates_with_slashes",
                "on 9/11/2001, on 25/12/1990 and at 08/16/2000 08:28; 1/16 of it",
                vec![
                    ("9/11/2001", Date, date("2001-09-11"), None),
                    ("25/12/1990", Date, date("1990-12-25"), None),
                    ("08/16/2000", Date, date("2000-08-16"), None),
                    ("08:28", Date, date("08:28"), None),
                    ("1/16", Cardinal, num(0.0625), None),
                ],
            ),
            (
                "dates_with_slashes_and_a_two_digit_year",
                "listed on 3/14/98, sold on 12/1/05 after a 6/4 6/3 win",
                vec![("3/14/98", Date, date("1998-03-14"), None), ("12/1/05", Date, date("2005-12-01"), None)],
            ),
            (
                "years_and_decades_with_an_apostrophe",
                "music of the '60s and ’70s, born in '98, the ’09 final and the '02 World Cup; rock'n'roll",
                vec![
                    ("'60s", Date, date("196"), None),
                    ("’70s", Date, date("197"), None),
                    ("'98", Date, date("1998"), None),
                    ("’09", Date, date("2009"), None),
                    ("'02", Date, date("2002"), None),
                ],
            ),
            (
                "no_year_after_a_quotation_mark_or_inside_a_word",
                "he said '30 years is enough' and ’12 people came’; the '85s; O'80; so '98 it was",
                vec![
                    ("30 years", Measure, num(30.0), Some("year")),
                    ("12", Cardinal, num(12.0), None),
                    ("80", Cardinal, num(80.0), None),
                    ("98", Cardinal, num(98.0), None),
                ],
            ),
            (
                "hyphened_units_of_two_words",
                "a 40-kilowatt-hour pack, a 100-square-mile zone, a 5-sq-km park; a 3-year-old and a 12-man-strong team",
                vec![
                    ("40-kilowatt-hour", Measure, num(40.0), Some("kWh")),
                    ("100-square-mile", Measure, num(100.0), Some("sq mile")),
                    ("5-sq-km", Measure, num(5.0), Some("km2")),
                    ("3-year", Measure, num(3.0), Some("year")),
                    ("12", Cardinal, num(12.0), None),
                ],
            ),
            (
                "below_zero_is_a_sign",
                "fell to 25 degrees below zero, 4C below zero and ten degrees Fahrenheit below zero; 3 metres below zero",
                vec![
                    ("25 degrees below zero", Measure, num(-25.0), Some("degree")),
                    ("4C below zero", Measure, num(-4.0), Some("°C")),
                    ("ten degrees Fahrenheit below zero", Measure, num(-10.0), Some("°F")),
                    ("3 metres", Measure, num(3.0), Some("m")),
                    ("zero", Cardinal, num(0.0), None),
                ],
            ),
            (
                "a_fraction_of_a_hyphened_unit",
                "a half-hour delay, a quarter-mile run, a three-quarter-mile stretch; a half-brother, a quarter-final, half-year results",
                vec![
                    ("half-hour", Measure, num(0.5), Some("hour")),
                    ("quarter-mile", Measure, num(0.25), Some("mile")),
                    ("three-quarter-mile", Measure, num(0.75), Some("mile")),
                ],
            ),
            (
                "clock_times_with_seconds",
                "at 2:05:31 local time, at 10:15:30 a.m. and 14:02:11 GMT; not 10:15:75",
                vec![
                    ("2:05:31", Date, date("02:05:31"), None),
                    ("10:15:30 a.m.", Date, date("10:15:30"), None),
                    ("14:02:11", Date, date("14:02:11"), None),
                    ("10:15", Date, date("10:15"), None),
                    ("75", Cardinal, num(75.0), None),
                ],
            ),
            (
                "two_numbers_glued_by_a_slash_and_no_fraction",
                "after 9/11 they worked 24/7, on 3/4 of days",
                vec![("3/4", Cardinal, num(0.75), None)],
            ),
            (
                "durations",
                "ran 1 hour 20 minutes; took 3 hours and 41 minutes; a 2h 30m flight, 30m high",
                vec![
                    ("1 hour 20 minutes", Measure, num(80.0), Some("minute")),
                    ("3 hours", Measure, num(3.0), Some("hour")),
                    ("41 minutes", Measure, num(41.0), Some("minute")),
                    // After the hours a glued `m` counts minutes; alone, metres.
                    ("2h 30m", Measure, num(150.0), Some("minute")),
                    ("30m", Measure, num(30.0), Some("m")),
                ],
            ),
            (
                "a_duration_in_three_units",
                "won in 4 hours 32 minutes 11 seconds ; 2 minutes 5 seconds 3 laps",
                vec![
                    ("4 hours 32 minutes 11 seconds", Measure, num(16331.0), Some("second")),
                    ("2 minutes 5 seconds", Measure, num(125.0), Some("second")),
                    ("3", Cardinal, num(3.0), None),
                ],
            ),
            (
                "wire_money_and_units",
                "up 12 PCT to DM 184 million, 42 shillings, eight nights, 1,200 sq km and 125,000 pounds",
                vec![
                    ("12 PCT", Percent, num(12.0), Some("percent")),
                    ("DM 184 million", Money, num(1.84e8), Some("DEM")),
                    ("42 shillings", Money, num(42.0), Some("KES")),
                    ("eight nights", Measure, num(8.0), Some("night")),
                    ("1,200 sq km", Measure, num(1200.0), Some("km2")),
                    ("125,000 pounds", Money, num(125000.0), Some("GBP")),
                ],
            ),
            (
                "currencies_of_africa_and_europe",
                "to N1,550 per dollar, 49,600 cedis a tonne, 12 birr, 300 forints and 2 million tenge; the N1 road",
                vec![
                    ("N1,550", Money, num(1550.0), Some("NGN")),
                    ("49,600 cedis", Money, num(49600.0), Some("GHS")),
                    ("12 birr", Money, num(12.0), Some("ETB")),
                    ("300 forints", Money, num(300.0), Some("HUF")),
                    ("2 million tenge", Money, num(2e6), Some("KZT")),
                ],
            ),
            (
                "one_and_a_part",
                "one and a half million people, One and a half years; one and all",
                vec![
                    ("one and a half million", Cardinal, num(1.5e6), None),
                    ("One and a half years", Measure, num(1.5), Some("year")),
                ],
            ),
            (
                "marks_after_a_scale",
                "cuts worth 25 billion marks, but 8 marks out of 10",
                vec![
                    ("25 billion marks", Money, num(2.5e10), Some("DEM")),
                    ("8", Cardinal, num(8.0), None),
                    ("10", Cardinal, num(10.0), None),
                ],
            ),
            (
                "marks_after_a_price_or_a_rate",
                "The dollar rose to 1.4865 marks and shares rose 1.20 marks to 78.90; she got 9.5 marks.",
                vec![
                    ("1.4865 marks", Money, num(1.4865), Some("DEM")),
                    ("1.20 marks", Money, num(1.2), Some("DEM")),
                    ("78.90", Cardinal, num(78.9), None),
                    ("9.5", Cardinal, num(9.5), None),
                ],
            ),
            (
                "a_possessive_stays_outside",
                "should not cost half a month’s wages",
                vec![("half a month", Measure, num(0.5), Some("month"))],
            ),
            (
                "more_spellings",
                "Rs500 and Rs.1,200 crore, up 5pc, 2 trln yen, from noon to 4pm",
                vec![
                    ("Rs500", Money, num(500.0), Some("INR")),
                    ("Rs.1,200 crore", Money, num(1.2e10), Some("INR")),
                    ("5pc", Percent, num(5.0), Some("percent")),
                    ("2 trln yen", Money, num(2e12), Some("JPY")),
                    ("noon", Date, date("12:00"), None),
                    ("4pm", Date, date("16:00"), None),
                ],
            ),
            (
                "currency_letters_before_or_on_the_digits",
                "borrow Sh2.5 billion, KSh 300 a day, Rp 15,000 and RM5; the rand at R18.40, a R1,450 fee",
                vec![
                    ("Sh2.5 billion", Money, num(2.5e9), Some("KES")),
                    ("KSh 300", Money, num(300.0), Some("KES")),
                    ("Rp 15,000", Money, num(15000.0), Some("IDR")),
                    ("RM5", Money, num(5.0), Some("MYR")),
                    ("R18.40", Money, num(18.4), Some("ZAR")),
                    ("R1,450", Money, num(1450.0), Some("ZAR")),
                ],
            ),
            (
                "a_letter_and_digits_is_a_code",
                "the R35 road, an R2 of 0.9, Shah and Rose",
                vec![("0.9", Cardinal, num(0.9), None)],
            ),
            (
                "a_letter_currency_spaced_from_money",
                "grants of R 254 billion, a N 1,550 fare and R 2.4 trillion",
                vec![
                    ("R 254 billion", Money, num(2.54e11), Some("ZAR")),
                    ("N 1,550", Money, num(1550.0), Some("NGN")),
                    ("R 2.4 trillion", Money, num(2.4e12), Some("ZAR")),
                ],
            ),
            (
                "a_spaced_letter_before_a_plain_figure_is_no_currency",
                "the R 30 to Durban, at N 44.5° and grade R 7",
                vec![
                    ("30", Cardinal, num(30.0), None),
                    ("44.5°", Measure, num(44.5), Some("degree")),
                    ("7", Cardinal, num(7.0), None),
                ],
            ),
            (
                "lab_values_and_doses",
                "glucose of 5.2 mmol/L, 95 mg/dL, a 0.5 mg/kg dose and 3 mg/L of lead",
                vec![
                    ("5.2 mmol/L", Measure, num(5.2), Some("mmol/L")),
                    ("95 mg/dL", Measure, num(95.0), Some("mg/dL")),
                    ("0.5 mg/kg", Measure, num(0.5), Some("mg/kg")),
                    ("3 mg/L", Measure, num(3.0), Some("mg/L")),
                ],
            ),
            (
                "multiples_in_one_word",
                "Cases rose tenfold, a fourfold rise. Threefold, they said",
                vec![
                    ("tenfold", Cardinal, num(10.0), None),
                    ("fourfold", Cardinal, num(4.0), None),
                    ("Threefold", Cardinal, num(3.0), None),
                ],
            ),
            ("a_multiple_in_a_name_or_as_a_noun_is_no_factor", "with Avenged Sevenfold and her whole ninefold, manifold", vec![]),
            (
                "millions_of_a_unit_of_area",
                "a 1.5m sq ft site, a 2m square metres mall, a 3,000 sq. ft home; a 2m square room",
                vec![
                    ("1.5m sq ft", Measure, num(1.5e6), Some("sq foot")),
                    ("2m square metres", Measure, num(2e6), Some("m2")),
                    ("3,000 sq. ft", Measure, num(3000.0), Some("sq foot")),
                    ("2m", Measure, num(2.0), Some("m")),
                ],
            ),
            (
                "tonnes_abbreviated_after_a_scale",
                "a crop of 31.8m t and 2 million t, but a 5 t truck",
                vec![
                    ("31.8m t", Measure, num(3.18e7), Some("tonne")),
                    ("2 million t", Measure, num(2e6), Some("tonne")),
                    ("5", Cardinal, num(5.0), None),
                ],
            ),
            ("midday_alone_is_a_part_of_the_day", "recorded by midday", vec![]),
            (
                "half_as_a_part_or_kin_and_phone_numbers_in_one_group_are_no_numbers",
                "the lower half, my better half, a half sister, call +4550981306 or 732-657-3416",
                vec![],
            ),
            (
                "lists_and_decimals_in_words",
                "estimated at three million and five million copies; a hundred and four point five",
                vec![
                    ("three million", Cardinal, num(3e6), None),
                    ("five million", Cardinal, num(5e6), None),
                    ("a hundred and four point five", Cardinal, num(104.5), None),
                ],
            ),
            (
                "a_unit_and_a_half",
                "worked for a year and a half, then an hour and a half",
                vec![
                    ("a year and a half", Measure, num(1.5), Some("year")),
                    ("an hour and a half", Measure, num(1.5), Some("hour")),
                ],
            ),
            (
                "an_article_starts_a_number_only_before_one_or_a_dollar",
                "A$3 billion, then A$42.15, a dozen eggs, a man and a dog",
                vec![
                    ("A$3 billion", Money, num(3e9), Some("AUD")),
                    ("A$42.15", Money, num(42.15), Some("AUD")),
                    ("a dozen", Cardinal, num(12.0), None),
                ],
            ),
            (
                "a_degree_sign_spaced_as_si_writes_it",
                "It hit 46 °C in Delhi and 115 °F.",
                vec![("46 °C", Measure, num(46.0), Some("°C")), ("115 °F", Measure, num(115.0), Some("°F"))],
            ),
            (
                "a_dash_after_a_number_is_no_sign",
                "from 1919 -1985 and 6 -2; the index 3,456.78 -12.34",
                vec![
                    ("1919 -1985", Range, Some(NumberValue::Range { min: 1919.0, max: 1985.0 }), None),
                    ("6", Cardinal, num(6.0), None),
                    ("2", Cardinal, num(2.0), None),
                    ("3,456.78", Cardinal, num(3456.78), None),
                    ("-12.34", Cardinal, num(-12.34), None),
                ],
            ),
            (
                "a_dash_on_a_percent_sign_is_no_sign",
                "The vote was 52%-48% and the swing -3%.",
                vec![
                    ("52%", Percent, num(52.0), Some("percent")),
                    ("48%", Percent, num(48.0), Some("percent")),
                    ("-3%", Percent, num(-3.0), Some("percent")),
                ],
            ),
            (
                "one_of_is_a_count",
                "convinced that one of the pilots and the only one in government",
                vec![("one", Cardinal, num(1.0), None), ("one", Cardinal, num(1.0), None)],
            ),
            ("a_list_dash_is_no_sign", "items:\n- 5 people", vec![("5", Cardinal, num(5.0), None)]),
        ];
        for (name, input, want) in cases {
            let got = run(input);
            let want: Vec<_> =
                want.into_iter().map(|(t, k, v, u)| (t.to_string(), k, v, u.map(str::to_string))).collect();
            assert_eq!(got, want, "{name}: {input}");
        }
    }
}
