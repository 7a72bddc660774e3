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
    /// Places whose names are also English words (`Reading`, `Kent`): only
    /// a place inside a sentence, not as its first word.
    word_places: HashSet<&'static str>,
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
        let mut places = HashSet::new();
        let mut word_places = HashSet::new();
        for l in PLACES.lines().filter(|l| !l.is_empty()) {
            match l.strip_prefix('~') {
                Some(w) => word_places.insert(w),
                None => places.insert(l),
            };
        }
        let mut given = HashSet::new();
        let mut given_common = HashSet::new();
        for l in GIVEN.lines().filter(|l| !l.is_empty()) {
            match l.strip_prefix('~') {
                Some(w) => given_common.insert(w),
                None => given.insert(l),
            };
        }
        Lexicon { places, word_places, given, given_common }
    })
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
    const FROM: &str = "ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿŞşŠšŽžĞğİıŁłŃńŌōŪūĀāĒēĪīČčĆćŘřŤťĎďŇňŮůŐőŰű";
    const TO: &str = "AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiNnOOOOOOooooooUUUUuuuuYyySsSsZzGgIiLlNnOoUuAaEeIiCcCcRrTtDdNnUuOoUu";
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

/// The full name of a US state written the AP way (`N.M.`, `Wash.`,
/// `Calif.`) or in full where AP keeps it (`Idaho`, `Texas`).
pub fn us_state(abbrev: &str) -> Option<&'static str> {
    const AP: &[(&str, &str)] = &[
        ("Ala.", "Alabama"), ("Alaska", "Alaska"), ("Ariz.", "Arizona"), ("Ark.", "Arkansas"), ("Calif.", "California"),
        ("Colo.", "Colorado"), ("Conn.", "Connecticut"), ("Del.", "Delaware"), ("Fla.", "Florida"), ("Ga.", "Georgia"),
        ("Hawaii", "Hawaii"), ("Idaho", "Idaho"), ("Ill.", "Illinois"), ("Ind.", "Indiana"), ("Iowa", "Iowa"), ("Kan.", "Kansas"),
        ("Ky.", "Kentucky"), ("La.", "Louisiana"), ("Maine", "Maine"), ("Md.", "Maryland"), ("Mass.", "Massachusetts"),
        ("Mich.", "Michigan"), ("Minn.", "Minnesota"), ("Miss.", "Mississippi"), ("Mo.", "Missouri"), ("Mont.", "Montana"),
        ("N.C.", "North Carolina"), ("N.D.", "North Dakota"), ("N.H.", "New Hampshire"), ("N.J.", "New Jersey"),
        ("N.M.", "New Mexico"), ("N.Y.", "New York"), ("Neb.", "Nebraska"), ("Nev.", "Nevada"), ("Ohio", "Ohio"),
        ("Okla.", "Oklahoma"), ("Ore.", "Oregon"), ("Pa.", "Pennsylvania"), ("R.I.", "Rhode Island"), ("S.C.", "South Carolina"),
        ("S.D.", "South Dakota"), ("Tenn.", "Tennessee"), ("Texas", "Texas"), ("Utah", "Utah"), ("Va.", "Virginia"),
        ("Vt.", "Vermont"), ("W.Va.", "West Virginia"), ("Wash.", "Washington"), ("Wis.", "Wisconsin"), ("Wyo.", "Wyoming"),
    ];
    AP.iter().find(|(a, _)| *a == abbrev).map(|(_, full)| *full)
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
    "adm", "admiral", "adviser", "advisor", "aide", "ambassador", "analyst", "archbishop", "attorney", "batsman", "batter", "bishop",
    "bowler", "capt", "captain", "cardinal", "ceo", "chairman", "chairperson", "chairwoman", "chancellor", "chief", "coach",
    "col", "colonel", "commander", "commissioner", "congressman", "congresswoman", "corporal", "correspondent", "dame", "defender",
    "deputy", "detective", "diplomat", "director", "dr", "economist", "editor", "emir", "envoy", "executive", "fm", "forward",
    "founder", "gen", "general", "goalkeeper", "gov", "governor", "historian", "imam", "inspector", "judge", "justice", "keeper", "king",
    "lady", "lawmaker", "leader", "legislator", "lieutenant", "lord", "lt", "magistrate", "manager", "marshal", "mayor",
    "midfielder", "minister", "mp", "mr", "mrs", "ms", "mufti", "negotiator", "nightwatchman", "officer", "pastor", "pm", "pope",
    "prefect", "premier", "president", "presidents", "prime", "prince", "princess", "prof", "professor", "prosecutor", "queen",
    "rabbi", "referee", "rep", "reporter", "representative", "researcher", "rev", "reverend", "scientist", "secretary", "seismologist",
    "sen", "senator", "sergeant", "sgt", "sheikh", "sheriff", "sir", "spokesman", "spokesperson", "spokeswoman", "strategist",
    "striker", "sultan", "superintendent", "umpire", "winger",
];

const ORG_WORDS: &[&str] = &[
    "academy", "administration", "ag", "agency", "airlines", "airways", "albion", "alliance", "army", "assembly", "association",
    "athletic", "authority", "bank", "battalion", "board", "brigade", "bureau", "cabinet", "channel", "city", "club", "college", "command",
    "commission", "committee", "company", "conference", "congress", "corp", "corporation", "council", "court", "cup", "democrats",
    "department", "embassy", "exchange", "fc", "federation", "force", "forces", "forum", "foundation", "front", "fund", "global", "gmbh",
    "government", "group", "guard", "hotspur", "house", "inc", "initiative", "institute", "institution", "international", "journal",
    "kremlin", "league", "llc", "ltd", "media", "ministry", "movement", "navy", "network", "news", "office", "operation", "organisation",
    "organization", "parliament", "party", "pentagon", "plc", "police", "post", "press", "program", "programme", "project", "radio",
    "railway", "railways", "rangers", "regiment", "republicans", "reuters", "rovers", "sa", "school", "senate", "service", "society",
    "stock", "summit", "times", "treaty", "tv", "union", "united", "university", "villa", "wanderers",
];

const LANDMARK_WORDS: &[&str] = &[
    "airport", "arena", "basilica", "bay", "bridge", "camp", "canal", "castle", "cathedral", "centre", "checkpoint", "complex", "crossing",
    "dam", "desert", "falls", "fault", "gate", "glacier", "gulf", "hall", "harbor", "harbour", "island", "islands", "lake", "market",
    "memorial", "monument", "mosque", "mount", "mountains", "palace", "park", "pass", "peninsula", "plaza", "port", "reservoir", "river",
    "sea", "square", "stadium", "station", "strait", "temple", "tower", "valley", "wall",
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
    "a", "about", "according", "across", "addressing", "aedt", "aest", "after", "again", "against", "all", "also", "although", "among",
    "an", "and", "another", "any", "are", "as", "asked", "at", "because", "before", "being", "besides", "between", "both", "bst", "but",
    "by", "cdt", "cest", "cet", "citing", "cst", "despite", "during", "each", "earlier", "edt", "eest", "eet", "either", "est", "even",
    "every", "explore", "following", "for", "from", "further", "gmt", "he", "her", "here", "his", "hkt", "how", "however", "i", "if", "in",
    "including", "indeed", "instead", "into", "is", "ist", "it", "its", "jst", "just", "last", "later", "let", "many", "mdt", "meanwhile",
    "more", "most", "msk", "mst", "much", "my", "neither", "next", "no", "nor", "not", "now", "of", "on", "once", "one", "only", "or",
    "other", "our", "over", "overall", "pdt", "pst", "recommended", "related", "responding", "sast", "she", "since", "so", "some",
    "source", "speaking", "still", "such", "than", "that", "the", "their", "then", "there", "these", "they", "this", "those", "though",
    "through", "thus", "to", "today", "tomorrow", "under", "unlike", "until", "upon", "utc", "was", "we", "what", "when", "where",
    "whether", "which", "while", "who", "why", "with", "within", "without", "world", "writing", "yesterday", "yet", "you", "your",
];

const WEEKDAYS: &[&str] = &[
    "fri", "friday", "mon", "monday", "sat", "saturday", "sun", "sunday", "thu", "thur", "thurs", "thursday", "tue", "tues",
    "tuesday", "wed", "wednesday",
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
