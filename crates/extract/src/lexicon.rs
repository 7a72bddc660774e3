//! Embedded word lists: the GeoNames place gazetteer and the given-name list
//! built by `scripts/lexicons/build.py`, plus the small hand-curated lists
//! (titles, reporting verbs, function words, institution and landmark words)
//! that the rules consult. Every lookup table is built once per process.

use std::collections::HashSet;
use std::sync::OnceLock;

const PLACES: &str = include_str!("../data/places.txt");
const GIVEN: &str = include_str!("../data/given_names.txt");

/// The loaded lexicons.
/// A hash set and map with [`WordHasher`]: the extractor's word tables.
pub type FastSet<T> = HashSet<T, std::hash::BuildHasherDefault<WordHasher>>;
pub type FastMap<K, V> = std::collections::HashMap<K, V, std::hash::BuildHasherDefault<WordHasher>>;

/// A set of static words with the fast hash.
type Set = FastSet<&'static str>;

pub struct Lexicon {
    places: Set,
    /// Places whose names are also English words (`Reading`, `Kent`): only
    /// a place inside a sentence, not as its first word.
    word_places: Set,
    /// Given names that are not common English words.
    given: Set,
    /// Given names that are also common words (`Will`, `Hope`): only a cue
    /// when a surname follows.
    given_common: Set,
}

/// The process-wide lexicon, built on first use.
pub fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        let (places, word_places) = split_flagged(PLACES);
        let (given, given_common) = split_flagged(GIVEN);
        Lexicon { places, word_places, given, given_common }
    })
}

/// A list's plain entries, and those flagged `~` as also English words.
fn split_flagged(list: &'static str) -> (Set, Set) {
    let (mut plain, mut words) = (Set::default(), Set::default());
    for l in list.lines().filter(|l| !l.is_empty()) {
        match l.strip_prefix('~') {
            Some(w) => words.insert(w),
            None => plain.insert(l),
        };
    }
    (plain, words)
}

impl Lexicon {
    /// Is `name` (as written, or title-cased when written in capitals) a
    /// known place?
    pub fn is_place(&self, name: &str) -> bool {
        self.place_kind(name).is_some()
    }

    /// Like [`is_place`](Self::is_place), but a place named like an English
    /// word (`Reading`) does not count as the first word of a sentence.
    pub fn is_place_at(&self, name: &str, sentence_initial: bool) -> bool {
        self.place_kind(name).is_some_and(|word| !(word && sentence_initial))
    }

    /// `Some(is_word)` when `name` is a known place, looked up as written,
    /// title-cased when in capitals (`MOSCOW`), and with accents folded
    /// (`Pará` → `Para`).
    fn place_kind(&self, name: &str) -> Option<bool> {
        let look = |n: &str| {
            if self.places.contains(n) {
                Some(false)
            } else if self.word_places.contains(n) {
                Some(true)
            } else {
                None
            }
        };
        if let Some(k) = look(name) {
            return Some(k);
        }
        if name.chars().count() > 3 && is_all_caps(name) {
            return look(&title_case(name));
        }
        if !name.is_ascii() {
            if let Some(folded) = fold_accents(name) {
                return look(&folded);
            }
        }
        None
    }

    /// Is `w` a given name? `strict` excludes those that are common words.
    pub fn is_given(&self, w: &str, strict: bool) -> bool {
        self.given.contains(w) || (!strict && self.given_common.contains(w))
    }
}

/// `Pará` → `Para`, `São Paulo` → `Sao Paulo`: Latin letters with accents
/// to their base letter; `None` when a character has no such folding.
pub fn fold_accents(s: &str) -> Option<String> {
    const FROM: &str =
        "ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿŞşŠšŽžĞğİıŁłŃńŌōŪūĀāĒēĪīČčĆćŘřŤťĎďŇňŮůŐőŰű";
    const TO: &str =
        "AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiNnOOOOOOooooooUUUUuuuuYyySsSsZzGgIiLlNnOoUuAaEeIiCcCcRrTtDdNnUuOoUu";
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            let i = FROM.chars().position(|f| f == c)?;
            out.push(TO.chars().nth(i)?);
        }
    }
    Some(out)
}

/// True when every letter of `s` is upper-case and it has at least two.
pub fn is_all_caps(s: &str) -> bool {
    let mut letters = 0;
    for c in s.chars() {
        if c.is_lowercase() {
            return false;
        }
        if c.is_alphabetic() {
            letters += 1;
        }
    }
    letters >= 2
}

/// `MOSCOW` → `Moscow`, `NEW YORK` → `New York`.
pub fn title_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut start = true;
    for c in s.chars() {
        if start {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        start = !c.is_alphanumeric();
    }
    out
}

/// Lower-cases an ASCII word into `buf` without allocating; `None` for
/// long or non-ASCII words (no curated list holds those).
pub fn ascii_lower<'b>(w: &str, buf: &'b mut [u8; 32]) -> Option<&'b str> {
    let b = w.as_bytes();
    if b.len() > buf.len() || !b.is_ascii() {
        return None;
    }
    for (d, s) in buf.iter_mut().zip(b) {
        *d = s.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..b.len()]).ok()
}

/// A fast hash for words: eight bytes a step (multiply and rotate), mixed
/// at the end. For the extractor's own tables (fixed lists, the article's
/// names): no flooding concern, unlike SipHash's use case.
#[derive(Default, Clone, Copy)]
pub struct WordHasher(u64);

impl std::hash::Hasher for WordHasher {
    fn finish(&self) -> u64 {
        let h = self.0;
        (h ^ (h >> 31)).wrapping_mul(0xbf58_476d_1ce4_e5b9) ^ (h >> 29)
    }
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut h = self.0 ^ bytes.len() as u64;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
            h = (h ^ w).wrapping_mul(K).rotate_left(29);
        }
        let mut tail = 0u64;
        for (i, &b) in chunks.remainder().iter().enumerate() {
            tail |= u64::from(b) << (8 * i);
        }
        self.0 = (h ^ tail).wrapping_mul(K).rotate_left(29);
    }
}

/// Which curated lists a word is on: one bit per list.
pub mod cat {
    pub const TITLE: u16 = 1;
    pub const ORG: u16 = 1 << 1;
    pub const LANDMARK: u16 = 1 << 2;
    pub const PLACE_NOUN: u16 = 1 << 3;
    pub const REPORTING: u16 = 1 << 4;
    pub const STOP: u16 = 1 << 5;
    pub const WEEKDAY: u16 = 1 << 6;
    pub const FILLER: u16 = 1 << 7;
    /// A word that can start a NUMBER (`two`, `June`, `between`).
    pub const NUMBER_START: u16 = 1 << 8;
    /// A club or company suffix (`United`, `AG`, `plc`), in any case.
    pub const ORG_SUFFIX: u16 = 1 << 9;
    /// A month's name or abbreviation (`June`, `Sept`).
    pub const MONTH: u16 = 1 << 10;
}

/// The [`cat`] bits of a word of ASCII letters already packed by the
/// tokenizer (byte `i` of its lower-case form at bits `8i..8i+8`; words over
/// 16 letters are on no list).
pub fn packed_categories(key: u128) -> u16 {
    categories_table().get_packed(key)
}

/// The [`cat`] bits of a token as written: its form without a possessive
/// (`President’s`), and for a hyphenated or dotted word the head's
/// NUMBER_START bit (`thirty-five`, `Oct.`).
pub fn token_categories(word: &str) -> u16 {
    let core = crate::names::core(word);
    let mut c = categories(core);
    if core.bytes().any(|b| b == b'-' || b == b'.' || b == 0xE2) {
        if let Some(head) = core.split(['-', '‐', '‑', '.']).next().filter(|h| h.len() < core.len()) {
            c |= categories(head) & cat::NUMBER_START;
        }
    }
    c
}

/// The curated lists a word is on (its lower-case form), as [`cat`] bits.
/// Rules ask this of every word, so it is the extractor's hottest lookup:
/// every listed word fits in 16 bytes, so a word is packed into a `u128`
/// and found in a small open-addressing table with one multiply-hash and
/// one integer compare.
pub fn categories(w: &str) -> u16 {
    categories_table().get(w)
}

fn categories_table() -> &'static CatTable {
    static TABLE: OnceLock<CatTable> = OnceLock::new();
    TABLE.get_or_init(|| {
        let lists = [
            (TITLES, cat::TITLE),
            (ORG_WORDS, cat::ORG),
            (LANDMARK_WORDS, cat::LANDMARK),
            (PLACE_NOUNS, cat::PLACE_NOUN),
            (REPORTING_VERBS, cat::REPORTING),
            (STOPWORDS, cat::STOP),
            (WEEKDAYS, cat::WEEKDAY),
            (FILLERS, cat::FILLER),
            (crate::number::STARTERS, cat::NUMBER_START),
            (ORG_SUFFIXES, cat::ORG_SUFFIX),
            (MONTHS, cat::MONTH),
        ];
        let mut t = CatTable::new();
        for (list, bit) in lists {
            for w in list {
                t.add(w, bit);
            }
        }
        t
    })
}

/// Open addressing over packed lower-case words (a key of 0 is empty).
struct CatTable {
    keys: Vec<u128>,
    bits: Vec<u16>,
}

impl CatTable {
    const SIZE: usize = 4096; // a power of two, well over twice the words

    fn new() -> Self {
        CatTable { keys: vec![0; Self::SIZE], bits: vec![0; Self::SIZE] }
    }

    /// `w` lower-cased into a `u128`, byte `i` at bits `8i..8i+8` (as the
    /// tokenizer packs), or `None` if longer than 16 bytes or not ASCII (no
    /// listed word is).
    fn pack(w: &str) -> Option<u128> {
        let b = w.as_bytes();
        if b.is_empty() || b.len() > 16 {
            return None;
        }
        let mut k = 0u128;
        for (i, &c) in b.iter().enumerate() {
            if !c.is_ascii() {
                return None;
            }
            k |= u128::from(c.to_ascii_lowercase()) << (8 * i);
        }
        Some(k)
    }

    fn slot(k: u128) -> usize {
        let h = ((k as u64) ^ ((k >> 64) as u64).rotate_left(29)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (h >> 52) as usize // 12 bits: SIZE
    }

    fn add(&mut self, w: &str, bit: u16) {
        let Some(k) = Self::pack(w) else { return };
        let mut i = Self::slot(k);
        while self.keys[i] != 0 && self.keys[i] != k {
            i = (i + 1) & (Self::SIZE - 1);
        }
        self.keys[i] = k;
        self.bits[i] |= bit;
    }

    fn get(&self, w: &str) -> u16 {
        Self::pack(w).map_or(0, |k| self.get_packed(k))
    }

    fn get_packed(&self, k: u128) -> u16 {
        let mut i = Self::slot(k);
        loop {
            match self.keys[i] {
                0 => return 0,
                x if x == k => return self.bits[i],
                _ => i = (i + 1) & (Self::SIZE - 1),
            }
        }
    }
}

fn in_list(bit: u16, w: &str) -> bool {
    categories(w) & bit != 0
}

/// The full name of a US state written the AP way (`N.M.`, `Wash.`,
/// `Calif.`) or in full where AP keeps it (`Idaho`, `Texas`).
pub fn us_state(abbrev: &str) -> Option<&'static str> {
    const AP: &[(&str, &str)] = &[
        ("Ala.", "Alabama"),
        ("Alaska", "Alaska"),
        ("Ariz.", "Arizona"),
        ("Ark.", "Arkansas"),
        ("Calif.", "California"),
        ("Colo.", "Colorado"),
        ("Conn.", "Connecticut"),
        ("Del.", "Delaware"),
        ("Fla.", "Florida"),
        ("Ga.", "Georgia"),
        ("Hawaii", "Hawaii"),
        ("Idaho", "Idaho"),
        ("Ill.", "Illinois"),
        ("Ind.", "Indiana"),
        ("Iowa", "Iowa"),
        ("Kan.", "Kansas"),
        ("Ky.", "Kentucky"),
        ("La.", "Louisiana"),
        ("Maine", "Maine"),
        ("Md.", "Maryland"),
        ("Mass.", "Massachusetts"),
        ("Mich.", "Michigan"),
        ("Minn.", "Minnesota"),
        ("Miss.", "Mississippi"),
        ("Mo.", "Missouri"),
        ("Mont.", "Montana"),
        ("N.C.", "North Carolina"),
        ("N.D.", "North Dakota"),
        ("N.H.", "New Hampshire"),
        ("N.J.", "New Jersey"),
        ("N.M.", "New Mexico"),
        ("N.Y.", "New York"),
        ("Neb.", "Nebraska"),
        ("Nev.", "Nevada"),
        ("Ohio", "Ohio"),
        ("Okla.", "Oklahoma"),
        ("Ore.", "Oregon"),
        ("Pa.", "Pennsylvania"),
        ("R.I.", "Rhode Island"),
        ("S.C.", "South Carolina"),
        ("S.D.", "South Dakota"),
        ("Tenn.", "Tennessee"),
        ("Texas", "Texas"),
        ("Utah", "Utah"),
        ("Va.", "Virginia"),
        ("Vt.", "Vermont"),
        ("W.Va.", "West Virginia"),
        ("Wash.", "Washington"),
        ("Wis.", "Wisconsin"),
        ("Wyo.", "Wyoming"),
    ];
    AP.iter().find(|(a, _)| *a == abbrev).map(|(_, full)| *full)
}

/// Titles and roles that announce a person's name (`President`, `spokesman`).
pub fn is_title(w: &str) -> bool {
    in_list(cat::TITLE, w.trim_end_matches('.'))
}

/// Words that make a capitalised run an institution, not a person or place.
pub fn is_org_word(w: &str) -> bool {
    in_list(cat::ORG, w)
}

/// Nouns that make a capitalised run a named landmark (`Ciragan Palace`).
pub fn is_landmark_word(w: &str) -> bool {
    in_list(cat::LANDMARK, w)
}

/// Function words and common sentence openers that are capitalised only
/// because they start a sentence.
pub fn is_stopword(w: &str) -> bool {
    in_list(cat::STOP, w)
}

/// Weekday names, never people or places.
pub fn is_weekday(w: &str) -> bool {
    in_list(cat::WEEKDAY, w)
}

// All lists are sorted, lower-case (checked by a unit test).
const TITLES: &[&str] = &[
    "adm",
    "admiral",
    "adviser",
    "advisor",
    "aide",
    "ambassador",
    "analyst",
    "archbishop",
    "attorney",
    "batsman",
    "batter",
    "bishop",
    "bowler",
    "capt",
    "captain",
    "cardinal",
    "ceo",
    "chairman",
    "chairperson",
    "chairwoman",
    "chancellor",
    "chief",
    "coach",
    "col",
    "colonel",
    "commander",
    "commissioner",
    "congressman",
    "congresswoman",
    "corporal",
    "correspondent",
    "dame",
    "defender",
    "deputy",
    "detective",
    "diplomat",
    "director",
    "dr",
    "economist",
    "editor",
    "emir",
    "envoy",
    "executive",
    "fm",
    "forward",
    "founder",
    "gen",
    "general",
    "goalkeeper",
    "gov",
    "governor",
    "historian",
    "imam",
    "inspector",
    "judge",
    "justice",
    "keeper",
    "king",
    "lady",
    "lawmaker",
    "leader",
    "legislator",
    "lieutenant",
    "lord",
    "lt",
    "magistrate",
    "manager",
    "marshal",
    "mayor",
    "midfielder",
    "minister",
    "mp",
    "mr",
    "mrs",
    "ms",
    "mufti",
    "negotiator",
    "nightwatchman",
    "officer",
    "pastor",
    "pm",
    "pope",
    "prefect",
    "premier",
    "president",
    "presidents",
    "prime",
    "prince",
    "princess",
    "prof",
    "professor",
    "prosecutor",
    "queen",
    "rabbi",
    "referee",
    "rep",
    "reporter",
    "representative",
    "researcher",
    "rev",
    "reverend",
    "scientist",
    "secretary",
    "seismologist",
    "sen",
    "senator",
    "sergeant",
    "sgt",
    "sheikh",
    "sheriff",
    "sir",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "strategist",
    "striker",
    "sultan",
    "superintendent",
    "umpire",
    "winger",
];

const ORG_WORDS: &[&str] = &[
    "academy",
    "administration",
    "ag",
    "agency",
    "airlines",
    "airways",
    "albion",
    "alliance",
    "army",
    "assembly",
    "association",
    "athletic",
    "authority",
    "bank",
    "battalion",
    "board",
    "brigade",
    "bureau",
    "cabinet",
    "channel",
    "city",
    "club",
    "college",
    "command",
    "commission",
    "committee",
    "company",
    "conference",
    "congress",
    "corp",
    "corporation",
    "council",
    "court",
    "cup",
    "democrats",
    "department",
    "embassy",
    "exchange",
    "fc",
    "federation",
    "force",
    "forces",
    "forum",
    "foundation",
    "front",
    "fund",
    "global",
    "gmbh",
    "government",
    "group",
    "guard",
    "hotspur",
    "house",
    "inc",
    "initiative",
    "institute",
    "institution",
    "international",
    "journal",
    "kremlin",
    "league",
    "llc",
    "ltd",
    "media",
    "ministry",
    "movement",
    "navy",
    "network",
    "news",
    "office",
    "operation",
    "organisation",
    "organization",
    "parliament",
    "party",
    "pentagon",
    "plc",
    "police",
    "post",
    "press",
    "program",
    "programme",
    "project",
    "radio",
    "railway",
    "railways",
    "rangers",
    "regiment",
    "republicans",
    "reuters",
    "rovers",
    "sa",
    "school",
    "senate",
    "service",
    "society",
    "stock",
    "summit",
    "times",
    "treaty",
    "tv",
    "union",
    "united",
    "university",
    "villa",
    "wanderers",
];

const LANDMARK_WORDS: &[&str] = &[
    "airport",
    "arena",
    "basilica",
    "bay",
    "bridge",
    "camp",
    "canal",
    "castle",
    "cathedral",
    "centre",
    "checkpoint",
    "complex",
    "crossing",
    "dam",
    "desert",
    "falls",
    "fault",
    "gate",
    "glacier",
    "gulf",
    "hall",
    "harbor",
    "harbour",
    "island",
    "islands",
    "lake",
    "market",
    "memorial",
    "monument",
    "mosque",
    "mount",
    "mountains",
    "palace",
    "park",
    "pass",
    "peninsula",
    "plaza",
    "port",
    "reservoir",
    "river",
    "sea",
    "square",
    "stadium",
    "station",
    "strait",
    "temple",
    "tower",
    "valley",
    "wall",
];

const PLACE_NOUNS: &[&str] =
    &["city", "county", "district", "oblast", "province", "region", "settlement", "state", "town", "village"];

const REPORTING_VERBS: &[&str] = &[
    "accused",
    "accuses",
    "acknowledged",
    "added",
    "adds",
    "admitted",
    "announced",
    "announces",
    "argued",
    "argues",
    "asked",
    "asks",
    "asserted",
    "believes",
    "called",
    "calls",
    "claimed",
    "claims",
    "commented",
    "concluded",
    "confirmed",
    "confirms",
    "continued",
    "declared",
    "declares",
    "described",
    "describes",
    "dismissed",
    "dismisses",
    "emphasised",
    "emphasises",
    "emphasized",
    "emphasizes",
    "explained",
    "explains",
    "hailed",
    "hails",
    "insisted",
    "insists",
    "noted",
    "notes",
    "posted",
    "praised",
    "praises",
    "predicted",
    "promised",
    "recalled",
    "remarked",
    "replied",
    "replies",
    "reported",
    "reports",
    "responded",
    "said",
    "say",
    "says",
    "stated",
    "states",
    "stressed",
    "stresses",
    "suggested",
    "suggests",
    "tells",
    "told",
    "tweeted",
    "urged",
    "urges",
    "vowed",
    "vows",
    "warned",
    "warns",
    "writes",
    "wrote",
];

const STOPWORDS: &[&str] = &[
    "a",
    "about",
    "according",
    "across",
    "addressing",
    "aedt",
    "aest",
    "after",
    "again",
    "against",
    "all",
    "also",
    "although",
    "among",
    "an",
    "and",
    "another",
    "any",
    "are",
    "as",
    "asked",
    "at",
    "because",
    "before",
    "being",
    "besides",
    "between",
    "both",
    "bst",
    "but",
    "by",
    "cdt",
    "cest",
    "cet",
    "citing",
    "cst",
    "despite",
    "during",
    "each",
    "earlier",
    "edt",
    "eest",
    "eet",
    "either",
    "est",
    "even",
    "every",
    "explore",
    "following",
    "for",
    "from",
    "further",
    "gmt",
    "he",
    "her",
    "here",
    "his",
    "hkt",
    "how",
    "however",
    "i",
    "if",
    "in",
    "including",
    "indeed",
    "instead",
    "into",
    "is",
    "ist",
    "it",
    "its",
    "jst",
    "just",
    "last",
    "later",
    "let",
    "many",
    "mdt",
    "meanwhile",
    "more",
    "most",
    "msk",
    "mst",
    "much",
    "my",
    "neither",
    "next",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "our",
    "over",
    "overall",
    "pdt",
    "pst",
    "recommended",
    "related",
    "responding",
    "sast",
    "she",
    "since",
    "so",
    "some",
    "source",
    "speaking",
    "still",
    "such",
    "than",
    "that",
    "the",
    "their",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "through",
    "thus",
    "to",
    "today",
    "tomorrow",
    "under",
    "unlike",
    "until",
    "upon",
    "utc",
    "was",
    "we",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "why",
    "with",
    "within",
    "without",
    "world",
    "writing",
    "yesterday",
    "yet",
    "you",
    "your",
];

/// Club and company suffixes (`Newcastle United`, `Vallmar AG`).
pub const ORG_SUFFIXES: &[&str] = &[
    "ag",
    "albion",
    "athletic",
    "corp",
    "fc",
    "gmbh",
    "hotspur",
    "inc",
    "llc",
    "ltd",
    "nv",
    "plc",
    "rovers",
    "se",
    "united",
    "villa",
    "wanderers",
];

const MONTHS: &[&str] = &[
    "apr",
    "april",
    "aug",
    "august",
    "dec",
    "december",
    "feb",
    "february",
    "jan",
    "january",
    "jul",
    "july",
    "jun",
    "june",
    "mar",
    "march",
    "may",
    "nov",
    "november",
    "oct",
    "october",
    "sep",
    "sept",
    "september",
];

const WEEKDAYS: &[&str] = &[
    "fri",
    "friday",
    "mon",
    "monday",
    "sat",
    "saturday",
    "sun",
    "sunday",
    "thu",
    "thur",
    "thurs",
    "thursday",
    "tue",
    "tues",
    "tuesday",
    "wed",
    "wednesday",
];

const FILLERS: &[&str] = &[
    "again",
    "also",
    "earlier",
    "first",
    "further",
    "had",
    "has",
    "have",
    "herself",
    "himself",
    "last",
    "later",
    "on",
    "once",
    "previously",
    "publicly",
    "recently",
    "repeatedly",
    "reportedly",
    "then",
    "was",
    "week",
    "would",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn curated_lists_are_sorted_lower_case_for_binary_search() {
        for list in [
            TITLES,
            ORG_WORDS,
            LANDMARK_WORDS,
            PLACE_NOUNS,
            REPORTING_VERBS,
            STOPWORDS,
            WEEKDAYS,
            FILLERS,
            ORG_SUFFIXES,
            MONTHS,
        ] {
            for pair in list.windows(2) {
                assert!(pair[0] < pair[1], "{:?} out of order", pair);
            }
            assert!(list.iter().all(|w| w.to_lowercase() == *w));
        }
    }

    #[test]
    fn gazetteer_and_names_load_and_answer() {
        let lx = lexicon();
        let cases: &[(&str, bool)] = &[
            ("Istanbul", true),
            ("MOSCOW", true),
            ("Kyiv", true),
            ("Middle East", true),
            ("Russian", false),
            ("Kremlin", false),
            ("EU", false),
        ];
        for (name, want) in cases {
            assert_eq!(lx.is_place(name), *want, "{name}");
        }
        assert!(lx.is_given("Donald", true));
        assert!(lx.is_given("Dmitry", true));
        assert!(!lx.is_given("Will", true) && lx.is_given("Will", false));
    }

    #[test]
    fn title_case_handles_diacritics_and_words() {
        assert_eq!(title_case("MOSCOW"), "Moscow");
        assert_eq!(title_case("NEW YORK"), "New York");
        assert_eq!(title_case("ÇANAKKALE"), "Çanakkale");
    }
}
