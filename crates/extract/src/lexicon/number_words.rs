//! Words of numbers: number words and ordinals, scales, vague amounts,
//! units, currencies, and the context words the NUMBER rules read. Each
//! list exists once; the words that can start a NUMBER (the category
//! table's `NUMBER_START` bit) are built from them.

/// `zero` … `nineteen`: the word at index `i` is worth `i`.
pub(crate) const ONES: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];

/// `twenty` … `ninety`: the word at index `i` is worth `20 + 10 i`.
pub(crate) const TENS: [&str; 8] = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/// `first` … `nineteenth`: the word at index `i` is worth `i + 1`.
pub(crate) const ORDINALS: [&str; 19] = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
];

/// `twentieth` … `ninetieth`: the word at index `i` is worth `20 + 10 i`.
pub(crate) const ORDINAL_TENS: [&str; 8] =
    ["twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];

/// The ordinal of a hundred.
pub(crate) const HUNDREDTH: &str = "hundredth";

/// Twelve, as a word (`a dozen`).
pub(crate) const DOZEN: &str = "dozen";

/// Scale words and their factors (`2.5 million`, `a thousand`).
pub(crate) const SCALES: [(&str, f64); 5] =
    [("hundred", 1e2), ("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12)];

/// Newswire abbreviations of scales, read after a number only (`$3 bn`).
pub(crate) const SCALE_ABBREVIATIONS: [(&str, f64); 5] =
    [("mln", 1e6), ("mn", 1e6), ("bln", 1e9), ("bn", 1e9), ("tn", 1e12)];

/// Scale letters glued to digits (`$1.4B`, `€30m`), as written, with
/// whether they scale only money (`5m` alone is five metres).
pub(crate) const GLUED_SCALES: [(&str, f64, bool); 11] = [
    ("k", 1e3, true),
    ("K", 1e3, true),
    ("m", 1e6, true),
    ("M", 1e6, true),
    ("mn", 1e6, true),
    ("b", 1e9, false),
    ("B", 1e9, false),
    ("bn", 1e9, false),
    ("bln", 1e9, false),
    ("tn", 1e12, true),
    ("T", 1e12, true),
];

/// South Asian scales (`₹1.08 lakh crore`).
pub(crate) const SOUTH_ASIAN_SCALES: [(&str, f64); 4] =
    [("lakh", 1e5), ("lakhs", 1e5), ("crore", 1e7), ("crores", 1e7)];

/// Plural vague amounts: a NUMBER without a value (`thousands`, `tens of
/// thousands`).
pub(crate) const VAGUE: [&str; 8] =
    ["tens", "dozens", "hundreds", "thousands", "millions", "billions", "trillions", "scores"];

/// Words that start a NUMBER without being numbers: `a` (`a dozen`),
/// `between` (a range), `magnitude`, `minus`, `Rs` (rupees).
pub(crate) const NUMBER_CUES: [&str; 5] = ["a", "between", "magnitude", "minus", "rs"];

/// The rupee abbreviation before an amount (`Rs 88,000 crore`, `Rs. 5`).
pub(crate) const RUPEES: &str = "Rs";

/// Measure words and their canonical unit (`kilometres` → `km`).
pub(crate) const UNITS: &[(&str, &str)] = &[
    ("second", "second"),
    ("seconds", "second"),
    ("sec", "second"),
    ("secs", "second"),
    ("minute", "minute"),
    ("minutes", "minute"),
    ("min", "minute"),
    ("mins", "minute"),
    ("hour", "hour"),
    ("hours", "hour"),
    ("hr", "hour"),
    ("hrs", "hour"),
    ("day", "day"),
    ("days", "day"),
    ("week", "week"),
    ("weeks", "week"),
    ("month", "month"),
    ("months", "month"),
    ("year", "year"),
    ("years", "year"),
    ("yr", "year"),
    ("yrs", "year"),
    ("decade", "decade"),
    ("decades", "decade"),
    ("century", "century"),
    ("centuries", "century"),
    ("km", "km"),
    ("kms", "km"),
    ("kilometre", "km"),
    ("kilometres", "km"),
    ("kilometer", "km"),
    ("kilometers", "km"),
    ("m", "m"),
    ("metre", "m"),
    ("metres", "m"),
    ("meter", "m"),
    ("meters", "m"),
    ("cm", "cm"),
    ("centimetre", "cm"),
    ("centimetres", "cm"),
    ("centimeter", "cm"),
    ("centimeters", "cm"),
    ("mm", "mm"),
    ("millimetre", "mm"),
    ("millimetres", "mm"),
    ("millimeter", "mm"),
    ("millimeters", "mm"),
    ("mile", "mile"),
    ("miles", "mile"),
    ("foot", "foot"),
    ("feet", "foot"),
    ("ft", "foot"),
    ("inch", "inch"),
    ("inches", "inch"),
    ("yard", "yard"),
    ("yards", "yard"),
    ("kg", "kg"),
    ("kilogram", "kg"),
    ("kilograms", "kg"),
    ("kilogramme", "kg"),
    ("kilogrammes", "kg"),
    ("kilo", "kg"),
    ("kilos", "kg"),
    ("gram", "g"),
    ("grams", "g"),
    ("g", "g"),
    ("tonne", "tonne"),
    ("tonnes", "tonne"),
    ("ton", "ton"),
    ("tons", "ton"),
    ("lb", "pound"),
    ("lbs", "pound"),
    ("litre", "litre"),
    ("litres", "litre"),
    ("liter", "litre"),
    ("liters", "litre"),
    ("gallon", "gallon"),
    ("gallons", "gallon"),
    ("barrel", "barrel"),
    ("barrels", "barrel"),
    ("hectare", "hectare"),
    ("hectares", "hectare"),
    ("ha", "hectare"),
    ("acre", "acre"),
    ("acres", "acre"),
    ("mph", "mph"),
    ("knot", "knot"),
    ("knots", "knot"),
    ("degree", "degree"),
    ("degrees", "degree"),
    ("mw", "MW"),
    ("megawatt", "MW"),
    ("megawatts", "MW"),
    ("gw", "GW"),
    ("gigawatt", "GW"),
    ("gigawatts", "GW"),
    ("kwh", "kWh"),
];

/// Units of area after `square` (`5 square km` → `km2`); others keep
/// their unit.
pub(crate) const SQUARE_UNITS: [(&str, &str); 4] = [("km", "km2"), ("m", "m2"), ("mile", "mile2"), ("foot", "foot2")];

/// Temperature scales after `degrees` (`8 degrees Celsius`).
pub(crate) const TEMPERATURE_SCALES: [(&str, &str); 3] =
    [("celsius", "celsius"), ("centigrade", "celsius"), ("fahrenheit", "fahrenheit")];

/// Currency signs before an amount and their ISO code (`$`, `R$`, `€`).
pub(crate) const CURRENCY_SIGNS: [(&str, &str); 11] = [
    ("$", "USD"),
    ("US$", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("¥", "JPY"),
    ("₹", "INR"),
    ("₽", "RUB"),
    ("₴", "UAH"),
    ("₺", "TRY"),
    ("R$", "BRL"),
    ("₦", "NGN"),
];

/// Currency words after an amount and their ISO code (`2.5 million euros`).
pub(crate) const CURRENCY_WORDS: &[(&str, &str)] = &[
    ("dollar", "USD"),
    ("dollars", "USD"),
    ("usd", "USD"),
    ("euro", "EUR"),
    ("euros", "EUR"),
    ("eur", "EUR"),
    ("gbp", "GBP"),
    ("sterling", "GBP"),
    ("yen", "JPY"),
    ("yuan", "CNY"),
    ("renminbi", "CNY"),
    ("ruble", "RUB"),
    ("rubles", "RUB"),
    ("rouble", "RUB"),
    ("roubles", "RUB"),
    ("hryvnia", "UAH"),
    ("hryvnias", "UAH"),
    ("rupee", "INR"),
    ("rupees", "INR"),
    ("lira", "TRY"),
    ("liras", "TRY"),
    ("real", "BRL"),
    ("reais", "BRL"),
    ("rand", "ZAR"),
    ("naira", "NGN"),
    ("peso", "MXN"),
    ("pesos", "MXN"),
    ("dirham", "AED"),
    ("dirhams", "AED"),
    ("riyal", "SAR"),
    ("riyals", "SAR"),
    ("franc", "CHF"),
    ("francs", "CHF"),
];

/// Words before `one` that make it a pronoun or part of a phrase (`the one`,
/// `no one`, `each one`), not a count; after `only` it still counts when a
/// word follows (`only one team`).
pub(crate) const ONE_PRONOUN_AFTER: &[&str] = &[
    "the", "this", "that", "no", "any", "each", "every", "which", "first", "last", "other", "another", "such", "a",
    "one", "some", "someone", "next", "new", "only",
];

/// Words after `one` that make it a pronoun (`one needs`, `one who`), not a
/// count.
pub(crate) const ONE_PRONOUN_BEFORE: &[&str] = &[
    "needs", "need", "should", "must", "can", "could", "would", "might", "may", "will", "has", "is", "was", "does",
    "did", "gets", "finds", "sees", "another", "and", "or", "who", "that", "which", "thing",
];

/// Words before a four-digit number that make it a year (`in 2025`,
/// `since 1991`, `spring 2024`).
pub(crate) const YEAR_CUES: &[&str] = &[
    "in", "since", "by", "until", "till", "of", "from", "before", "after", "during", "through", "year", "early",
    "late", "mid", "and", "or", "to", "between", "spring", "summer", "autumn", "winter", "fall",
];

/// Words near a digit pair that make it a score or a tally (`won 2-1`, `a
/// 51-49 vote`), not a range.
pub(crate) const SCORE_CUES: [&str; 26] = [
    "vote", "votes", "voted", "win", "won", "wins", "beat", "beats", "lost", "lose", "loses", "defeat", "defeated",
    "victory", "lead", "led", "score", "scored", "draw", "drew", "margin", "tally", "failed", "passed", "approved",
    "rejected",
];

/// Determiners that make `first`/`second` an order, not an adverb (`its
/// first`, `a second, larger package`).
pub(crate) const ORDINAL_DETERMINERS: [&str; 7] = ["a", "the", "its", "his", "her", "their", "our"];

/// Further words before `second` that make it a NUMBER (`every second`).
pub(crate) const SECOND_DETERMINERS: [&str; 2] = ["for", "every"];
