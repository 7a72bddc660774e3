//! Embedded word lists: the GeoNames place gazetteer and the given-name list
//! built by `scripts/lexicons/build.py`, plus the small hand-curated lists
//! (titles, reporting verbs, function words, institution and landmark words)
//! that the rules consult. Every lookup table is built once per process.

use std::collections::HashSet;
use std::sync::OnceLock;

const PLACES: &str = include_str!("../data/places.txt");
const GIVEN: &str = include_str!("../data/given_names.txt");

/// The loaded lexicons.
pub struct Lexicon {
    places: HashSet<&'static str>,
    /// Given names that are not common English words.
    given: HashSet<&'static str>,
    /// Given names that are also common words (`Will`, `Hope`): only a cue
    /// when a surname follows.
    given_common: HashSet<&'static str>,
}

/// The process-wide lexicon, built on first use.
pub fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        let places = PLACES.lines().filter(|l| !l.is_empty()).collect();
        let mut given = HashSet::new();
        let mut given_common = HashSet::new();
        for l in GIVEN.lines().filter(|l| !l.is_empty()) {
            match l.strip_prefix('~') {
                Some(w) => given_common.insert(w),
                None => given.insert(l),
            };
        }
        Lexicon { places, given, given_common }
    })
}

impl Lexicon {
    /// Is `name` (as written, or title-cased when written in capitals) a
    /// known place?
    pub fn is_place(&self, name: &str) -> bool {
        if self.places.contains(name) {
            return true;
        }
        if name.chars().count() > 3 && is_all_caps(name) {
            return self.places.contains(title_case(name).as_str());
        }
        false
    }

    /// Is `w` a given name? `strict` excludes those that are common words.
    pub fn is_given(&self, w: &str, strict: bool) -> bool {
        self.given.contains(w) || (!strict && self.given_common.contains(w))
    }
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

/// FNV-1a: a fast hash for short words (the lists are fixed, so no
/// flooding concern).
#[derive(Default, Clone, Copy)]
pub struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A set of short lower-case words with a fast hash.
pub type WordSet = HashSet<&'static str, std::hash::BuildHasherDefault<Fnv>>;

/// Builds a [`WordSet`] from a list.
pub fn word_set(list: &[&'static str]) -> WordSet {
    list.iter().copied().collect()
}

fn in_list(list: &'static [&'static str], w: &str) -> bool {
    static SETS: OnceLock<Vec<(usize, WordSet)>> = OnceLock::new();
    let sets = SETS.get_or_init(|| {
        [TITLES, ORG_WORDS, LANDMARK_WORDS, PLACE_NOUNS, REPORTING_VERBS, STOPWORDS, WEEKDAYS, FILLERS]
            .iter()
            .map(|l| (l.as_ptr() as usize, word_set(l)))
            .collect()
    });
    let mut buf = [0u8; 32];
    let Some(l) = ascii_lower(w, &mut buf) else { return false };
    match sets.iter().find(|(p, _)| *p == list.as_ptr() as usize) {
        Some((_, set)) => set.contains(l),
        None => list.binary_search(&l).is_ok(),
    }
}

/// Titles and roles that announce a person's name (`President`, `spokesman`).
pub fn is_title(w: &str) -> bool {
    in_list(TITLES, w.trim_end_matches('.'))
}

/// Words that make a capitalised run an institution, not a person or place.
pub fn is_org_word(w: &str) -> bool {
    in_list(ORG_WORDS, w)
}

/// Nouns that make a capitalised run a named landmark (`Ciragan Palace`).
pub fn is_landmark_word(w: &str) -> bool {
    in_list(LANDMARK_WORDS, w)
}

/// Generic place nouns in `the X region`, `the village of X`.
pub fn is_place_noun(w: &str) -> bool {
    in_list(PLACE_NOUNS, w)
}

/// Verbs that attribute speech (`said`, `told`, `added`).
pub fn is_reporting_verb(w: &str) -> bool {
    in_list(REPORTING_VERBS, w)
}

/// Function words and common sentence openers that are capitalised only
/// because they start a sentence.
pub fn is_stopword(w: &str) -> bool {
    in_list(STOPWORDS, w)
}

/// Weekday names, never people or places.
pub fn is_weekday(w: &str) -> bool {
    in_list(WEEKDAYS, w)
}

/// Words allowed between a subject and its reporting verb
/// (`Peskov also said`, `The White House had earlier said`).
pub fn is_verb_filler(w: &str) -> bool {
    in_list(FILLERS, w)
}

// All lists are sorted, lower-case (checked by a unit test).
const TITLES: &[&str] = &[
    "adm", "admiral", "ambassador", "archbishop", "attorney", "bishop", "capt", "captain", "cardinal", "ceo", "chairman", "chairwoman",
    "chancellor", "chief", "coach", "col", "colonel", "commander", "commissioner", "congressman", "congresswoman", "dame", "detective", "dr",
    "emir", "envoy", "fm", "forward", "gen", "general", "goalkeeper", "gov", "governor", "imam", "judge", "justice",
    "king", "lady", "leader", "lieutenant", "lord", "lt", "manager", "mayor", "midfielder", "minister", "mp", "mr",
    "mrs", "ms", "pm", "pope", "premier", "president", "presidents", "prime", "prince", "princess", "prof", "professor",
    "prosecutor", "queen", "rabbi", "rep", "representative", "secretary", "sen", "senator", "sergeant", "sgt", "sheikh", "sir",
    "spokesman", "spokesperson", "spokeswoman", "striker", "sultan",
];

const ORG_WORDS: &[&str] = &[
    "academy", "administration", "agency", "airlines", "airways", "alliance", "army", "assembly", "association", "athletic", "authority", "bank",
    "board", "bureau", "cabinet", "channel", "city", "club", "college", "command", "commission", "committee", "company", "conference",
    "congress", "corp", "corporation", "council", "court", "cup", "democrats", "department", "embassy", "fc", "federation", "force",
    "forces", "forum", "foundation", "front", "fund", "global", "government", "group", "guard", "house", "inc", "initiative",
    "institute", "international", "journal", "kremlin", "league", "ltd", "media", "ministry", "movement", "navy", "network", "news",
    "office", "operation", "organisation", "organization", "parliament", "party", "pentagon", "police", "post", "press", "program", "programme",
    "project", "radio", "republicans", "reuters", "school", "senate", "service", "summit", "times", "treaty", "tv", "union",
    "united", "university",
];

const LANDMARK_WORDS: &[&str] = &[
    "airport", "basilica", "bay", "bridge", "canal", "castle", "cathedral", "dam", "desert", "gulf", "harbor", "harbour",
    "island", "islands", "lake", "mosque", "mount", "mountains", "palace", "peninsula", "plaza", "port", "river", "sea",
    "square", "stadium", "strait", "temple", "tower", "valley",
];

const PLACE_NOUNS: &[&str] = &[
    "city", "county", "district", "oblast", "province", "region", "settlement", "state", "town", "village",
];

const REPORTING_VERBS: &[&str] = &[
    "accused", "accuses", "acknowledged", "added", "adds", "admitted", "announced", "announces", "argued", "argues", "asked", "asks",
    "asserted", "believes", "called", "calls", "claimed", "claims", "commented", "concluded", "confirmed", "confirms", "continued", "declared",
    "declares", "described", "describes", "dismissed", "dismisses", "emphasised", "emphasises", "emphasized", "emphasizes", "explained", "explains", "hailed",
    "hails", "insisted", "insists", "noted", "notes", "posted", "praised", "praises", "predicted", "promised", "recalled", "remarked",
    "replied", "replies", "reported", "reports", "responded", "said", "say", "says", "stated", "states", "stressed", "stresses",
    "suggested", "suggests", "tells", "told", "tweeted", "urged", "urges", "vowed", "vows", "warned", "warns", "writes",
    "wrote",
];

const STOPWORDS: &[&str] = &[
    "a", "about", "according", "across", "addressing", "after", "again", "against", "all", "also", "although", "among",
    "an", "and", "another", "any", "are", "as", "asked", "at", "because", "before", "being", "besides",
    "between", "both", "but", "by", "citing", "despite", "during", "each", "earlier", "either", "even", "every",
    "explore", "following", "for", "from", "further", "he", "her", "here", "his", "how", "however", "i",
    "if", "in", "including", "indeed", "instead", "into", "is", "it", "its", "just", "last", "later",
    "let", "many", "meanwhile", "more", "most", "much", "my", "neither", "next", "no", "nor", "not",
    "now", "of", "on", "once", "one", "only", "or", "other", "our", "over", "overall", "recommended",
    "related", "responding", "she", "since", "so", "some", "source", "speaking", "still", "such", "than", "that",
    "the", "their", "then", "there", "these", "they", "this", "those", "though", "through", "thus", "to",
    "today", "tomorrow", "under", "unlike", "until", "upon", "was", "we", "what", "when", "where", "whether",
    "which", "while", "who", "why", "with", "within", "without", "world", "writing", "yesterday", "yet", "you",
    "your",
];

const WEEKDAYS: &[&str] = &[
    "friday", "monday", "saturday", "sunday", "thursday", "tuesday", "wednesday",
];

const FILLERS: &[&str] = &[
    "again", "also", "earlier", "first", "further", "had", "has", "have", "herself", "himself", "last", "later",
    "on", "once", "previously", "publicly", "recently", "repeatedly", "reportedly", "then", "was", "week", "would",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn curated_lists_are_sorted_lower_case_for_binary_search() {
        for list in [TITLES, ORG_WORDS, LANDMARK_WORDS, PLACE_NOUNS, REPORTING_VERBS, STOPWORDS, WEEKDAYS, FILLERS] {
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
