//! Words of numbers: number words and ordinals, scales, vague amounts,
//! units, currencies, and the context words the NUMBER rules read. Each
//! list exists once; the words that can start a NUMBER (the category
//! table's `NUMBER_START` bit) are built from them.

use super::word_list::{pairs, words, Pairs, Words};

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

/// Fraction words that are no ordinals, with their denominator and
/// whether they are plural (`a half`, `three quarters`); the ordinals from
/// `third` on are fractions too (`a third`, `two-thirds`, `hundredths`).
pub(crate) const FRACTION_WORDS: [(&str, f64, bool); 6] = [
    ("half", 2.0, false),
    ("halves", 2.0, true),
    ("quarter", 4.0, false),
    ("quarters", 4.0, true),
    ("thousandth", 1000.0, false),
    ("thousandths", 1000.0, true),
];

/// Vulgar fraction characters and their value (`¾`, `1½`).
pub(crate) const VULGAR_FRACTIONS: [(char, f64); 15] = [
    ('½', 1.0 / 2.0),
    ('⅓', 1.0 / 3.0),
    ('⅔', 2.0 / 3.0),
    ('¼', 1.0 / 4.0),
    ('¾', 3.0 / 4.0),
    ('⅕', 1.0 / 5.0),
    ('⅖', 2.0 / 5.0),
    ('⅗', 3.0 / 5.0),
    ('⅘', 4.0 / 5.0),
    ('⅙', 1.0 / 6.0),
    ('⅚', 5.0 / 6.0),
    ('⅛', 1.0 / 8.0),
    ('⅜', 3.0 / 8.0),
    ('⅝', 5.0 / 8.0),
    ('⅞', 7.0 / 8.0),
];

/// Denominators of a fraction written with a slash (`1/16 inch`, `2/3`):
/// those of measures and shares. Others are dates, ratings or names
/// (`9/11`, `24/7`).
pub(crate) const SLASH_DENOMINATORS: [u32; 11] = [2, 3, 4, 5, 6, 8, 10, 12, 16, 32, 64];

/// Words before `half` that make it a part (of a game, a year, a list, a
/// country) or an idiom (`the first half`, `the other half`, `the upper
/// half`, `the western half`, `my better half`), not a fraction.
pub(crate) const HALF_PERIOD_BEFORE: &[&str] = &[
    "better", "bottom", "closing", "each", "eastern", "either", "final", "first", "lower", "middle", "northern",
    "opening", "other", "second", "southern", "that", "the", "this", "top", "upper", "western",
];

/// Words after `half` that make it an adverb, a time or a kinship
/// (`half as much`, `half past six`, `half sister`), not a fraction.
pub(crate) const HALF_ADVERB_AFTER: [&str; 4] = ["as", "brother", "past", "sister"];

/// Multiples written as one word (`tenfold`, `a hundredfold rise`) and
/// their factor; hyphened ones (`ten-fold`, `45-fold`) are compounds.
pub(crate) const FOLD_WORDS: [(&str, f64); 12] = [
    ("twofold", 2.0),
    ("threefold", 3.0),
    ("fourfold", 4.0),
    ("fivefold", 5.0),
    ("sixfold", 6.0),
    ("sevenfold", 7.0),
    ("eightfold", 8.0),
    ("ninefold", 9.0),
    ("tenfold", 10.0),
    ("twentyfold", 20.0),
    ("hundredfold", 100.0),
    ("thousandfold", 1000.0),
];

/// Twelve, as a word (`a dozen`).
pub(crate) const DOZEN: &str = "dozen";

/// Scale words and their factors (`2.5 million`, `a thousand`).
pub(crate) const SCALES: [(&str, f64); 5] =
    [("hundred", 1e2), ("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12)];

/// Newswire abbreviations of scales, read after a number only (`$3 bn`).
pub(crate) const SCALE_ABBREVIATIONS: [(&str, f64); 7] =
    [("mln", 1e6), ("mn", 1e6), ("bln", 1e9), ("bn", 1e9), ("tn", 1e12), ("trn", 1e12), ("trln", 1e12)];

/// Scale letters glued to digits (`$1.4B`, `€30m`, `25k`), as written,
/// with whether they scale only money (`T` alone may be tonnes or
/// teslas; a glued `m` without a currency is read by its context).
pub(crate) const GLUED_SCALES: [(&str, f64, bool); 12] = [
    ("k", 1e3, false),
    ("K", 1e3, false),
    ("m", 1e6, true),
    ("M", 1e6, false),
    ("mn", 1e6, false),
    ("b", 1e9, false),
    ("B", 1e9, false),
    ("bn", 1e9, false),
    ("bln", 1e9, false),
    ("tn", 1e12, false),
    ("trn", 1e12, false),
    ("T", 1e12, true),
];

/// South Asian scales (`₹1.08 lakh crore`).
pub(crate) const SOUTH_ASIAN_SCALES: [(&str, f64); 4] =
    [("lakh", 1e5), ("lakhs", 1e5), ("crore", 1e7), ("crores", 1e7)];

/// Plural vague amounts: a NUMBER without a value (`thousands`, `tens of
/// thousands`).
pub(crate) const VAGUE: [&str; 8] =
    ["tens", "dozens", "hundreds", "thousands", "millions", "billions", "trillions", "scores"];

/// The least amount of `pounds` read as money without a scale (`125,000
/// pounds` of prize money; `200 pounds` is a weight).
pub(crate) const POUNDS_MONEY_MIN: f64 = 10_000.0;

/// Words after `a third`, `a quarter` that make it a share of an amount
/// (`a third below the market price`, `a quarter more`), not an ordinal.
pub(crate) const FRACTION_COMPARATIVES: &[&str] =
    &["above", "below", "cheaper", "fewer", "higher", "larger", "less", "lower", "more", "smaller"];

/// Auxiliaries and modals after `a third`, `a fifth` that make it the
/// subject, a fraction (`a third were undecided`, `a fifth would leave`),
/// not an ordinal before its noun (`a third term`).
pub(crate) const FRACTION_AUXILIARIES: &[&str] = &[
    "can", "could", "did", "do", "does", "had", "has", "have", "may", "might", "must", "should", "were", "will",
    "would",
];

/// Spellings of percent after an amount (`3.5 percent`, `12 pct` in
/// wires; `per cent` is two words).
pub(crate) const PERCENT_WORDS: [&str; 2] = ["pct", "percent"];

/// Words that start a NUMBER without being numbers: `a` (`a dozen`),
/// `between` (a range), `Rs` (rupees), and `several` and `few` before a
/// scale word (`several thousand`, `a few hundred`: vague amounts); and
/// the signs and the units written before their figure, read from
/// [`SIGN_WORDS`] and [`UNITS_BEFORE`]. (`an` of `an hour and a half` is
/// tested apart: it is too common to scan.)
pub(crate) const NUMBER_CUES: [&str; 5] = ["a", "between", "rs", "several", "few"];

/// Units written before their figure (`magnitude 6.1`, `Mach 0.85`), in
/// lower case, and the unit.
pub(crate) const UNITS_BEFORE: [(&str, &str); 2] = [("mach", "Mach"), ("magnitude", "magnitude")];

/// Sign words before a quantity (`minus 5`, `negative 14`).
pub(crate) const SIGN_WORDS: [&str; 2] = ["minus", "negative"];

/// Sign characters written onto the digits (`-5C`, `−6`, `+9`): the
/// hyphen-minus, the minus sign (U+2212), and plus.
pub(crate) const SIGNS: [(&str, f64); 3] = [("-", -1.0), ("\u{2212}", -1.0), ("+", 1.0)];

/// The words of a multiplication by a power of ten (`1.6 x 10^-19`): the
/// times signs, the base and the caret.
pub(crate) const TIMES_SIGNS: [&str; 3] = ["x", "X", "×"];

/// Currencies abbreviated in letters before an amount or onto its digits,
/// maybe with a period (`Rs 88,000 crore`, `Rs. 5`, `Rs500`, `Sh2.5
/// billion`, `KSh 300`, `Rp 15,000`, `RM5`, `Dh500m`), and their ISO
/// codes. `Sh` is read as Kenya's shilling, the one the wires write so;
/// `Dh` is the UAE's dirham.
pub(crate) const CURRENCY_LETTERS: [(&str, &str); 8] = [
    ("Dh", "AED"),
    ("KSh", "KES"),
    ("Ksh", "KES"),
    ("RM", "MYR"),
    ("Rp", "IDR"),
    ("Rs", "INR"),
    ("Sh", "KES"),
    ("Tk", "BDT"),
];

/// One-letter currencies written onto an amount, the rand's, the naira's
/// and the Philippine peso's as their countries' press writes them
/// (`R18.40`, `R1,450`, `N1,550`, `N2.5`, `P5.768 trillion`): read only
/// on an amount with a decimal point, a thousands comma or a scale, since
/// a letter and digits are also codes (`R2`, the `R35` road, `N1`); and
/// whether the letter may stand apart from it (`R 1,450`; a spaced `P`
/// is a ledger's pay column: `P 6,363,217`).
pub(crate) const CURRENCY_LETTER_ON_AMOUNTS: [(&str, &str, bool); 3] =
    [("N", "NGN", true), ("P", "PHP", false), ("R", "ZAR", true)];

/// Measure words and their canonical unit (`kilometres` → `km`).
pub(crate) const UNITS: Pairs = pairs![
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
    ("km2", "km2"),
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
    // An engine's capacity (`500cc`, `1,600 cc`).
    ("cc", "cc"),
    ("gallon", "gallon"),
    ("gallons", "gallon"),
    ("barrel", "barrel"),
    ("barrels", "barrel"),
    // Barrels per day, as oil news writes them (`1.4 million bpd`).
    ("bpd", "bpd"),
    ("hectare", "hectare"),
    ("hectares", "hectare"),
    ("ha", "hectare"),
    ("acre", "acre"),
    ("acres", "acre"),
    ("mph", "mph"),
    ("knot", "knot"),
    ("knots", "knot"),
    ("kts", "knot"),
    // A ship's deadweight and a container ship's boxes (`82,000 dwt`,
    // `14,000-TEU`).
    ("dwt", "dwt"),
    ("teu", "TEU"),
    ("degree", "degree"),
    ("degrees", "degree"),
    ("mw", "MW"),
    ("megawatt", "MW"),
    ("megawatts", "MW"),
    ("gw", "GW"),
    ("gigawatt", "GW"),
    ("gigawatts", "GW"),
    ("kwh", "kWh"),
    ("kilowatt-hour", "kWh"),
    ("kilowatt-hours", "kWh"),
    ("mwh", "MWh"),
    ("megawatt-hour", "MWh"),
    ("megawatt-hours", "MWh"),
    ("gwh", "GWh"),
    ("gigawatt-hour", "GWh"),
    ("gigawatt-hours", "GWh"),
    ("twh", "TWh"),
    ("terawatt-hour", "TWh"),
    ("terawatt-hours", "TWh"),
    ("wh", "Wh"),
    // Data rates (`72Mbps`, `1 Gbps`).
    ("kbps", "kbps"),
    ("mbps", "Mbps"),
    ("gbps", "Gbps"),
    ("watt-hour", "Wh"),
    ("watt-hours", "Wh"),
    ("watt", "W"),
    ("watts", "W"),
    ("kw", "kW"),
    ("kilowatt", "kW"),
    ("kilowatts", "kW"),
    ("hz", "Hz"),
    ("hertz", "Hz"),
    ("khz", "kHz"),
    ("mhz", "MHz"),
    ("megahertz", "MHz"),
    ("ghz", "GHz"),
    ("gigahertz", "GHz"),
    ("mah", "mAh"),
    ("kb", "KB"),
    ("mb", "MB"),
    ("megabyte", "MB"),
    ("megabytes", "MB"),
    ("gb", "GB"),
    ("gigabyte", "GB"),
    ("gigabytes", "GB"),
    ("tb", "TB"),
    ("terabyte", "TB"),
    ("terabytes", "TB"),
    ("mp", "MP"),
    ("megapixel", "MP"),
    ("megapixels", "MP"),
    ("nit", "nit"),
    ("nits", "nit"),
    ("nm", "nm"),
    ("nanometre", "nm"),
    ("nanometres", "nm"),
    ("nanometer", "nm"),
    ("nanometers", "nm"),
    ("µm", "µm"),
    ("micrometre", "µm"),
    ("micrometres", "µm"),
    ("micrometer", "µm"),
    ("micrometers", "µm"),
    ("micron", "µm"),
    ("microns", "µm"),
    ("fm", "fm"),
    ("femtometre", "fm"),
    ("femtometres", "fm"),
    ("femtometer", "fm"),
    ("femtometers", "fm"),
    ("light-year", "light-year"),
    ("light-years", "light-year"),
    ("mg", "mg"),
    ("milligram", "mg"),
    ("milligrams", "mg"),
    // Micrograms, in the micro sign, the Greek mu or a doctor's letters
    // (`10 µg`, `500 mcg`).
    ("µg", "µg"),
    ("μg", "µg"),
    ("mcg", "µg"),
    ("microgram", "µg"),
    ("micrograms", "µg"),
    ("ml", "ml"),
    ("millilitre", "ml"),
    ("millilitres", "ml"),
    ("milliliter", "ml"),
    ("milliliters", "ml"),
    ("oz", "oz"),
    ("ounce", "oz"),
    ("ounces", "oz"),
    ("pint", "pint"),
    ("pints", "pint"),
    ("cup", "cup"),
    ("cups", "cup"),
    ("teaspoon", "teaspoon"),
    ("teaspoons", "teaspoon"),
    ("tsp", "teaspoon"),
    ("tablespoon", "tablespoon"),
    ("tablespoons", "tablespoon"),
    ("tbsp", "tablespoon"),
    ("calorie", "calorie"),
    ("calories", "calorie"),
    ("kcal", "calorie"),
    ("ppm", "ppm"),
    // Science, weather, climate, engines and the grain markets (`1.9
    // kelvin`, `980 hPa`, `37 gigatonnes`, `150hp`, `5 million bushels`).
    ("kelvin", "K"),
    ("hpa", "hPa"),
    ("hectopascal", "hPa"),
    ("hectopascals", "hPa"),
    ("gigatonne", "Gt"),
    ("gigatonnes", "Gt"),
    ("gigaton", "Gt"),
    ("gigatons", "Gt"),
    ("megatonne", "Mt"),
    ("megatonnes", "Mt"),
    ("hp", "hp"),
    ("horsepower", "hp"),
    ("bushel", "bushel"),
    ("bushels", "bushel"),
    // A river's flow as South Asia's press gives it (`550,000 cusecs`).
    ("cusec", "cusec"),
    ("cusecs", "cusec"),
    ("km²", "km2"),
    ("m²", "m2"),
    ("coulomb", "coulomb"),
    ("coulombs", "coulomb"),
    ("millisecond", "ms"),
    ("milliseconds", "ms"),
    ("kph", "km/h"),
    ("decibel", "dB"),
    ("decibels", "dB"),
    ("night", "night"),
    ("nights", "night"),
    // Basis points as markets write them (`25bp`, `50 bps`).
    ("bp", "basis point"),
    ("bps", "basis point"),
    // Astronomy and particle physics (`0.05 AU`, `125 GeV`), and blood
    // pressure (`128 mmHg`).
    ("au", "AU"),
    ("kev", "keV"),
    ("mev", "MeV"),
    ("gev", "GeV"),
    ("tev", "TeV"),
    ("mmhg", "mmHg"),
    // Lab values and doses, read with the rates below (`5.2 mmol/L`, `95
    // mg/dL`, `0.5 mg/kg`).
    ("mmol", "mmol"),
    ("dl", "dL"),
];

/// Unit symbols glued to digits, matched as written (`256GB`, `10kW`,
/// `46C`, `6.8in`, `5pc`): those with capitals, and those too short or
/// too common as words to read apart from digits (`in`, `s`, `C`, `pc`). A glued
/// suffix in lower case is also looked up in [`UNITS`] (`8.2mm`, `5mins`).
pub(crate) const GLUED_UNITS: &[(&str, &str)] = &[
    ("C", "°C"),
    ("F", "°F"),
    ("GB", "GB"),
    ("GHz", "GHz"),
    ("GW", "GW"),
    ("GWh", "GWh"),
    ("Hz", "Hz"),
    ("KB", "KB"),
    ("KW", "kW"),
    ("L", "litre"),
    ("MB", "MB"),
    ("Mbps", "Mbps"),
    ("Gbps", "Gbps"),
    ("MHz", "MHz"),
    ("MP", "MP"),
    ("MW", "MW"),
    ("MWh", "MWh"),
    ("TB", "TB"),
    ("TWh", "TWh"),
    ("W", "W"),
    ("Wh", "Wh"),
    ("dB", "dB"),
    ("h", "hour"),
    ("in", "inch"),
    ("kHz", "kHz"),
    ("kW", "kW"),
    ("kWh", "kWh"),
    ("l", "litre"),
    ("mAh", "mAh"),
    ("mL", "ml"),
    ("Nm", "Nm"),
    ("km²", "km2"),
    ("m²", "m2"),
    ("hPa", "hPa"),
    ("pc", "percent"),
    ("s", "second"),
    ("μm", "µm"),
];

/// The glued unit read as seconds only after a decimal (`53.9s`): on a
/// whole number it is a plural (`the 1990s`, `in their 20s`).
pub(crate) const GLUED_SECONDS: &str = "s";

/// A currency's hundredth, glued (`14p`) or after the amount (`42 cents`):
/// the word and the currency it is a hundredth of.
pub(crate) const SUBUNITS: [(&str, &str); 4] = [("p", "GBP"), ("pence", "GBP"), ("cent", "USD"), ("cents", "USD")];

/// A currency's subunits per unit.
pub(crate) const SUBUNITS_PER_UNIT: f64 = 100.0;

/// Units of several words after an amount (`2.2 percentage points`, `75
/// basis points`, `424 parts per million`), in lower case, and the unit.
pub(crate) const MULTI_WORD_UNITS: [(&[&str], &str); 20] = [
    (&["percentage", "point"], "percentage point"),
    (&["percentage", "points"], "percentage point"),
    (&["basis", "point"], "basis point"),
    (&["basis", "points"], "basis point"),
    (&["parts", "per", "million"], "ppm"),
    // Barrels a day as oil reports abbreviate them (`310,000 b/d`).
    (&["b", "/", "d"], "bpd"),
    (&["light", "year"], "light-year"),
    (&["light", "years"], "light-year"),
    (&["metric", "ton"], "tonne"),
    (&["metric", "tons"], "tonne"),
    (&["cubic", "metres"], "m3"),
    (&["cubic", "meters"], "m3"),
    (&["cubic", "metre"], "m3"),
    (&["cubic", "meter"], "m3"),
    (&["nautical", "miles"], "nautical mile"),
    (&["nautical", "mile"], "nautical mile"),
    (&["cubic", "feet"], "ft3"),
    (&["cubic", "foot"], "ft3"),
    (&["astronomical", "units"], "AU"),
    (&["astronomical", "unit"], "AU"),
];

/// Units with their scale in them (`2.6 mbpd`, `38 bcm` of gas), in lower
/// case: the scale and the unit.
pub(crate) const SCALED_UNITS: [(&str, f64, &str); 2] = [("bcm", 1e9, "m3"), ("mbpd", 1e6, "bpd")];

/// Units of speed and rate written as one unit per time (`km/h`, `8TB/s`,
/// `12 metres per second`), and a battery's energy per kilogram or litre
/// (`500 Wh/kg`), and a lab value's or a dose's concentration (`5.2
/// mmol/L`, `0.5 mg/kg`): the unit, the unit it is per, and the unit
/// they make.
/// Other rates (`per kilowatt-hour`, `a month`) stay outside.
pub(crate) const RATE_UNITS: [(&str, &str, &str); 18] = [
    ("barrel", "day", "bpd"),
    ("g", "dL", "g/dL"),
    ("mg", "dL", "mg/dL"),
    ("mg", "kg", "mg/kg"),
    ("mg", "litre", "mg/L"),
    ("mmol", "litre", "mmol/L"),
    ("GB", "second", "GB/s"),
    ("MB", "second", "MB/s"),
    ("TB", "second", "TB/s"),
    ("km", "hour", "km/h"),
    ("km", "second", "km/s"),
    ("m", "second", "m/s"),
    ("mile", "hour", "mph"),
    ("foot", "second", "ft/s"),
    ("Wh", "kg", "Wh/kg"),
    ("Wh", "litre", "Wh/l"),
    // A crop's yield and a field's dose (`8.5 t/ha`, `180 kg/ha`).
    ("tonne", "hectare", "t/ha"),
    ("kg", "hectare", "kg/ha"),
];

/// Verbs of a market index before `N points` (`the FTSE 100 lost 48
/// points`): there points are a unit; elsewhere they are counted (`six
/// points behind`). `dropped` is left out: teams drop points too.
pub(crate) const INDEX_VERBS: &[&str] = &[
    "added", "advanced", "climbed", "declined", "down", "eased", "edged", "fell", "gained", "jumped", "lost",
    "plunged", "rallied", "rose", "sank", "shed", "slid", "slipped", "soared", "surged", "tumbled", "up",
];

/// Words of an opinion poll a few words before `N points` (`leads by 5
/// points in the poll`, `voters under 30 favour her by 20 points`): there
/// points are a margin's unit, as an index's are; a game's are counted.
pub(crate) const POLL_WORDS: [&str; 9] =
    ["poll", "polled", "polling", "polls", "pollster", "pollsters", "survey", "surveyed", "voters"];

/// The unit of index points.
pub(crate) const POINT_UNIT: &str = "point";

/// Units of area after `square` (`5 square km` → `km2`); others keep
/// their unit.
pub(crate) const SQUARE_UNITS: [(&str, &str); 4] =
    [("km", "km2"), ("m", "m2"), ("mile", "sq mile"), ("foot", "sq foot")];

/// Words before a unit that make it one of area (`5 square km`, `1,200 sq
/// km`).
pub(crate) const SQUARE_WORDS: [&str; 2] = ["sq", "square"];

/// Temperature scales after `degrees` (`8 degrees Celsius`) or glued
/// after `°` (`46°C`), with the guide's unit names.
pub(crate) const TEMPERATURE_SCALES: [(&str, &str); 5] =
    [("c", "°C"), ("celsius", "°C"), ("centigrade", "°C"), ("f", "°F"), ("fahrenheit", "°F")];

/// The degree sign (`46°C`, `41°`).
pub(crate) const DEGREE_SIGN: &str = "°";

/// The złoty's sign, in letters, before or after the amount (`zł 289
/// billion`, `12 zł`): no word list holds it (they are ASCII), so a
/// quantity looks back for it by name.
pub(crate) const ZLOTY_SIGN: &str = "zł";

/// Currency signs before an amount and their ISO code (`$`, `€`, `₩`).
pub(crate) const CURRENCY_SIGNS: [(&str, &str); 15] = [
    ("$", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("¥", "JPY"),
    ("₹", "INR"),
    ("₽", "RUB"),
    ("₴", "UAH"),
    ("₺", "TRY"),
    ("₦", "NGN"),
    ("₩", "KRW"),
    ("₱", "PHP"),
    ("₪", "ILS"),
    ("₫", "VND"),
    ("₮", "MNT"),
    (ZLOTY_SIGN, "PLN"),
];

/// Abbreviations of a currency written before an amount, besides `Rs` and
/// the ISO codes (`DM 184 million`, the Deutsche Mark of old wires; `RMB
/// 1tn`, China's renminbi; `NIS 20 billion`, Israel's new shekel; `Stg
/// 12.5 million`, sterling as the wires write it; `FFr 5 billion`, `SFr
/// 12`, `Dfl 3.40`, the French and Swiss francs and the guilder).
pub(crate) const CURRENCY_ABBREVIATIONS: [(&str, &str); 8] = [
    ("BFr", "BEF"),
    ("DM", "DEM"),
    ("Dfl", "NLG"),
    ("FFr", "FRF"),
    ("NIS", "ILS"),
    ("RMB", "CNY"),
    ("SFr", "CHF"),
    ("Stg", "GBP"),
];

/// Letters written onto `$` for a country's dollar (`US$5`, `NZ$38.5
/// million`, `HK$`, `R$` the real) and its ISO code.
pub(crate) const DOLLAR_PREFIXES: [(&str, &str); 13] = [
    ("A", "AUD"),
    ("AU", "AUD"),
    ("C", "CAD"),
    ("CA", "CAD"),
    ("HK", "HKD"),
    ("MX", "MXN"),
    ("NT", "TWD"),
    ("NZ", "NZD"),
    ("R", "BRL"),
    ("S", "SGD"),
    ("SG", "SGD"),
    ("US", "USD"),
    ("Z", "ZWL"),
];

/// ISO 4217 codes read before or after an amount (`USD 5`, `CHF 949`,
/// `12 billion NOK`), written in capitals.
pub(crate) const CURRENCY_CODES: &[&str] = &[
    "AED", "ARS", "AUD", "BRL", "CAD", "CHF", "CLP", "CNY", "COP", "CZK", "DEM", "DKK", "EGP", "EUR", "GBP", "HKD",
    "HUF", "IDR", "ILS", "INR", "JPY", "KES", "KRW", "KWD", "MNT", "MXN", "MYR", "NGN", "NOK", "NPR", "NZD", "PHP",
    "PKR", "PLN", "RUB", "SAR", "SEK", "SGD", "THB", "TRY", "TWD", "UAH", "USD", "VND", "ZAR",
];

/// A country's word before a currency word that names another currency
/// than the word alone (`12.3 billion Swiss francs`, `Hong Kong dollars`):
/// qualifier (its last word, lower case), currency word's code alone, code.
pub(crate) const CURRENCY_QUALIFIERS: [(&str, &str, &str); 31] = [
    ("algerian", "IQD", "DZD"),
    ("argentine", "MXN", "ARS"),
    ("australian", "USD", "AUD"),
    ("bahraini", "IQD", "BHD"),
    ("belgian", "CHF", "BEF"),
    ("canadian", "USD", "CAD"),
    ("cfa", "CHF", "XOF"),
    ("chilean", "MXN", "CLP"),
    ("colombian", "MXN", "COP"),
    ("congolese", "CHF", "CDF"),
    ("danish", "DKK", "DKK"),
    ("egyptian", "GBP", "EGP"),
    ("french", "CHF", "FRF"),
    ("italian", "TRY", "ITL"),
    ("jordanian", "IQD", "JOD"),
    ("kong", "USD", "HKD"),
    ("korean", "KRW", "KRW"),
    ("kuwaiti", "IQD", "KWD"),
    ("libyan", "IQD", "LYD"),
    ("moldovan", "RON", "MDL"),
    ("norwegian", "DKK", "NOK"),
    ("omani", "IRR", "OMR"),
    ("philippine", "MXN", "PHP"),
    ("serbian", "IQD", "RSD"),
    ("singapore", "USD", "SGD"),
    ("swedish", "SEK", "SEK"),
    ("swiss", "CHF", "CHF"),
    ("taiwan", "USD", "TWD"),
    ("tunisian", "IQD", "TND"),
    ("zealand", "USD", "NZD"),
    ("zimbabwean", "USD", "ZWL"),
];

/// Currency words after an amount and their ISO code (`2.5 million euros`).
pub(crate) const CURRENCY_WORDS: Pairs = pairs![
    ("dollar", "USD"),
    ("dollars", "USD"),
    ("usd", "USD"),
    ("euro", "EUR"),
    ("euros", "EUR"),
    ("eur", "EUR"),
    ("gbp", "GBP"),
    ("sterling", "GBP"),
    // Wire abbreviations and the currencies the euro replaced, as 1990s
    // wires write them (`12.3 mln dlrs`, `1.2 bln stg`, `345 mln
    // guilders`, `1,520 lire`).
    ("dlr", "USD"),
    ("dlrs", "USD"),
    ("stg", "GBP"),
    ("guilder", "NLG"),
    ("guilders", "NLG"),
    ("lire", "ITL"),
    ("peseta", "ESP"),
    ("pesetas", "ESP"),
    ("schilling", "ATS"),
    ("schillings", "ATS"),
    ("escudo", "PTE"),
    ("escudos", "PTE"),
    ("drachma", "GRD"),
    ("drachmas", "GRD"),
    ("markka", "FIM"),
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
    ("krona", "SEK"),
    ("kronor", "SEK"),
    ("krone", "DKK"),
    ("kroner", "DKK"),
    ("ringgit", "MYR"),
    ("baht", "THB"),
    ("rupiah", "IDR"),
    ("zloty", "PLN"),
    ("shekel", "ILS"),
    ("shekels", "ILS"),
    ("shilling", "KES"),
    ("shillings", "KES"),
    ("cedi", "GHS"),
    ("cedis", "GHS"),
    ("birr", "ETB"),
    ("forint", "HUF"),
    ("forints", "HUF"),
    ("koruna", "CZK"),
    ("korunas", "CZK"),
    ("tenge", "KZT"),
    ("taka", "BDT"),
    ("lari", "GEL"),
    ("zlotys", "PLN"),
    ("bolivar", "VES"),
    ("bolivars", "VES"),
    // The currencies of world news with a name of their own (`4.2
    // billion dinars`, `50,000 dong`, `12 billion lei`); a country's
    // word names another's dinar or rial (CURRENCY_QUALIFIERS). `lev`,
    // `sol` and `pula` are left out: a given name, Mars's day, a town.
    ("dinar", "IQD"),
    ("dinars", "IQD"),
    ("rial", "IRR"),
    ("rials", "IRR"),
    ("dong", "VND"),
    ("leu", "RON"),
    ("lei", "RON"),
    ("leva", "BGN"),
    ("soles", "PEN"),
    ("kwacha", "ZMW"),
    ("manat", "AZN"),
    ("manats", "AZN"),
    ("kuna", "HRK"),
    ("kunas", "HRK"),
    ("denar", "MKD"),
    ("denars", "MKD"),
    ("afghani", "AFN"),
    ("afghanis", "AFN"),
    ("kyat", "MMK"),
    ("kyats", "MMK"),
    ("riel", "KHR"),
    ("riels", "KHR"),
    ("tugrik", "MNT"),
    ("tugriks", "MNT"),
    ("somoni", "TJS"),
    ("quetzal", "GTQ"),
    ("quetzales", "GTQ"),
    ("lempira", "HNL"),
    ("lempiras", "HNL"),
    ("guarani", "PYG"),
    ("guaranies", "PYG"),
    ("colones", "CRC"),
    ("bolivianos", "BOB"),
    ("ariary", "MGA"),
];

/// Currency words that are money only after a scale or a large amount
/// (`won` only after a scale), or with their country's word (`50 million
/// pounds`, `125,000 pounds`, `10.4 trillion won`, `South Korean won`, `25
/// billion marks`): alone they are a weight, a verb or a score (`200
/// pounds`, `12 won`, `12,000 won the vote`, `2,000 pounds of cocaine`,
/// `full marks`).
pub(crate) const QUALIFIED_CURRENCY_WORDS: [(&str, &str); 4] =
    [("marks", "DEM"), ("pound", "GBP"), ("pounds", "GBP"), ("won", "KRW")];

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
    "needs", "need", "should", "must", "can", "could", "would", "might", "may", "will", "has", "have", "had", "is",
    "was", "are", "were", "does", "do", "did", "gets", "finds", "sees", "another", "and", "or", "who", "that", "which",
    "thing",
];

/// Conjunctions after which `one` and a verb are a subject (`if one
/// wants`, `when one takes`), not a count.
pub(crate) const ONE_SUBJECT_AFTER: [&str; 5] = ["if", "unless", "when", "whenever", "whether"];

/// Words after `one-` that make an idiom, not a count (`one-off`,
/// `one-sided`, `one-time`).
pub(crate) const ONE_IDIOMS: [&str; 8] = ["liner", "off", "on", "sided", "size", "stop", "time", "way"];

/// Vague amounts that are a number only before `of` (`scores of people`,
/// `tens of thousands`): alone they are a verb or a noun (`Adeyemi scores
/// two`, `the tens`).
pub(crate) const VAGUE_BEFORE_OF: [&str; 2] = ["scores", "tens"];

/// Words before a four-digit number that make it a year (`in 2025`,
/// `since 1991`, `spring 2024`).
pub(crate) const YEAR_CUES: &[&str] = &[
    "in", "since", "by", "until", "till", "of", "from", "before", "after", "during", "through", "year", "early",
    "late", "mid", "and", "or", "to", "between", "spring", "summer", "autumn", "winter", "fall",
];

/// Words written onto a year or a decade with a hyphen that place a time
/// in it or around it (`mid-2024`, `pre-2020`, `post-1945`, `mid-1990s`):
/// hedges, outside the span, which is the year's.
pub(crate) const PERIOD_PREFIXES: [&str; 5] = ["early", "late", "mid", "post", "pre"];

/// Words near a digit pair that make it a score or a tally (`won 2-1`, `a
/// 51-49 vote`), not a range.
pub(crate) const SCORE_CUES: [&str; 28] = [
    "vote",
    "votes",
    "voted",
    "win",
    "won",
    "wins",
    "beat",
    "beats",
    "lost",
    "lose",
    "loses",
    "defeat",
    "defeated",
    "victory",
    "lead",
    "led",
    "score",
    "scored",
    "draw",
    "drew",
    "margin",
    "tally",
    "failed",
    "passed",
    "approved",
    "rejected",
    "halftime",
    "half-time",
];

/// Times of day named by a word, and their clock time (`from noon to
/// 4pm`): a NUMBER only when joined to a clock time.
pub(crate) const NAMED_TIMES: [(&str, &str); 3] = [("midday", "12:00"), ("midnight", "00:00"), ("noon", "12:00")];

/// Words joining two times of a span of the day (`noon to 4pm`).
pub(crate) const TIME_LINKS: [&str; 6] = ["and", "to", "till", "until", "-", "–"];

/// Words after `m:ss` that make it a gap in a race (`1:04 behind`), not a
/// clock time.
pub(crate) const GAP_WORDS: [&str; 2] = ["ahead", "behind"];

/// Units one inside the other, for a duration or a height written in two
/// (`four hours and 12 minutes` → 252 minutes, `6ft 2in` → 74 inches):
/// the larger, the smaller, and how many of the smaller make the larger.
pub(crate) const UNIT_STEPS: [(&str, &str, f64); 7] = [
    ("foot", "inch", 12.0),
    ("day", "hour", 24.0),
    ("hour", "minute", 60.0),
    ("hour", "second", 3600.0),
    ("minute", "second", 60.0),
    ("week", "day", 7.0),
    ("year", "month", 12.0),
];

/// The word of a decimal point in words (`four point five`).
pub(crate) const POINT_WORD: &str = "point";

/// Nouns before a number that identifies, not counts (`lane 4`, `gate
/// 12`, `flight 1146`, `Section 230`, `Route 66`), lower-case (a
/// sentence's first word is compared so).
pub(crate) const IDENTIFIER_NOUNS: &[&str] = &[
    "article", "bus", "channel", "chapter", "exit", "flight", "flights", "gate", "lane", "page", "platform", "room",
    "route", "seat", "section", "terminal",
];

/// Verbs (and adverbs) of a change of level before `X to Y` (`rose 14p
/// to 482p`, `falls from £300,000 to £125,000`, `up by £5 to £174.50`);
/// sorted, for a binary search.
pub(crate) const CHANGE_WORDS: Words = words![
    "climb",
    "climbed",
    "climbs",
    "cut",
    "cuts",
    "dip",
    "dipped",
    "dips",
    "dived",
    "down",
    "drop",
    "dropped",
    "drops",
    "fall",
    "fallen",
    "falling",
    "falls",
    "fell",
    "firmed",
    "gain",
    "gained",
    "gains",
    "grew",
    "grow",
    "grown",
    "grows",
    "inched",
    "increase",
    "increased",
    "increases",
    "jump",
    "jumped",
    "jumps",
    "lift",
    "lifted",
    "lifts",
    "lose",
    "loses",
    "lost",
    "lower",
    "lowered",
    "plummeted",
    "plunged",
    "raise",
    "raised",
    "raises",
    "rebounded",
    "recovered",
    "reduce",
    "reduced",
    "retreated",
    "rise",
    "risen",
    "rises",
    "rising",
    "rose",
    "sagged",
    "slid",
    "slipped",
    "slumped",
    "soared",
    "softened",
    "strengthened",
    "surged",
    "tumbled",
    "up",
    "weakened",
];

/// Determiners that make `first`/`second` an order, not an adverb (`its
/// first`, `a second, larger package`).
pub(crate) const ORDINAL_DETERMINERS: [&str; 7] = ["a", "the", "its", "his", "her", "their", "our"];

/// Further words before `second` that make it a NUMBER (`every second`).
pub(crate) const SECOND_DETERMINERS: [&str; 2] = ["for", "every"];
