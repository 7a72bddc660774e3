//! The embedded lexicons built by `scripts/lexicons/build.py`: the GeoNames
//! place gazetteer, the given names and the surnames, loaded once per
//! process.
//!
//! The lists are sorted and front-coded: each entry's first byte, a
//! control character, says how many bytes it shares with the entry before
//! ([`PREFIX_CODE_BASE`] + that count), the rest, up to the next code, is
//! what follows. That makes the page about 47 KiB smaller gzipped than the
//! plain lists. The three long lists are then entropy-coded ([`coder`]:
//! the core 10.4 KiB smaller again, gzipped); the companies' is embedded as
//! text. Decoding them, once, takes about 10 ms natively
//! (`docs/speed-log.md`, s19-databytes).

use std::sync::OnceLock;

use super::coder;
use super::form::{fold_accents, is_all_caps, title_case, ACRONYM_MAX_LEN};
use super::hash::FastMap;
use super::table::load_le;

const PLACES: &[u8] = include_bytes!("../../data/places.bin");
const GIVEN: &[u8] = include_bytes!("../../data/given_names.bin");
const SURNAMES: &[u8] = include_bytes!("../../data/surnames.bin");
const COMPANIES: &str = include_str!("../../data/companies.txt");

/// The places' front-coded list, decoded once per process and kept (114
/// KB): the gazetteer reads it, and the countries' marks (`countries.rs`).
/// Its own lock, apart from the given names' ([`given`]): the two decode
/// at once on two threads (`crate::warm_up_places`).
pub(crate) fn places() -> &'static str {
    static LIST: OnceLock<String> = OnceLock::new();
    LIST.get_or_init(|| unpacked(PLACES))
}

/// The given names' front-coded list, decoded once per process and kept
/// (71 KB): the gazetteer reads it, and the sexes' marks
/// (`given_gender.rs`).
pub(crate) fn given() -> &'static str {
    static LIST: OnceLock<String> = OnceLock::new();
    LIST.get_or_init(|| unpacked(GIVEN))
}

/// An entropy-coded list as text; empty should it not decode to UTF-8
/// (the data is `build.py`'s, and the tests decode every list).
fn unpacked(packed: &[u8]) -> String {
    coder::decoded(packed, coder::Order::One).and_then(|b| String::from_utf8(b).ok()).unwrap_or_default()
}

/// Which lexicons a name is in: one bit each, so that one lookup answers
/// every question a rule asks of a word.
pub mod name_bit {
    /// A place (`Kyiv`).
    pub const PLACE: u8 = 1;
    /// A place whose name is also an English word (`Reading`, `Kent`):
    /// only a place inside a sentence, not as its first word.
    pub const WORD_PLACE: u8 = 1 << 1;
    /// A given name that is not a common English word.
    pub const GIVEN: u8 = 1 << 2;
    /// A given name that is also a common word (`Will`, `Hope`): only a
    /// cue when a surname follows.
    pub const GIVEN_WORD: u8 = 1 << 3;
    /// A surname that is not a common English word (`Clinton`, `Nguyen`).
    pub const SURNAME: u8 = 1 << 4;
    /// A surname that is also a common word (`Cotton`, `Woods`): only a
    /// surname in a person's slot.
    pub const SURNAME_WORD: u8 = 1 << 5;
    /// A surname of a tradition that puts it first (`Kim`, `Nguyen`,
    /// `Zhang`; flagged `^`): `Kim Jong-un` is a person.
    pub const SURNAME_FIRST: u8 = 1 << 6;
    /// A company's name as news writes it (`Microsoft`, `Morgan Stanley`):
    /// an organisation wherever the text names it.
    pub const COMPANY: u8 = 1 << 7;
}

/// The loaded lexicons: every name with its [`name_bit`]s. A name of up
/// to [`PACKED_MAX`] bytes (all but about 2% of them) is packed into a
/// `u128` key in an open-addressing table: a lookup is one multiply-hash
/// and integer compares, with no string hashing, no pointer to follow and
/// no allocation per name when loading. Longer names are in a map.
pub struct Lexicon {
    /// Packed names ([`pack`]); 0 marks an empty slot.
    keys: Vec<u128>,
    /// The [`name_bit`]s of the name in the same slot of `keys`.
    bits: Vec<u8>,
    /// `keys.len() - 1` (the length is a power of two).
    mask: usize,
    /// Names longer than [`PACKED_MAX`] bytes.
    long: FastMap<Box<str>, u8>,
}

/// The longest name packed into a key: its bytes fill the key's low 15
/// bytes and its length the top byte, so two names never share a key (a
/// NUL byte in a name cannot pass for padding) and no name packs to 0.
const PACKED_MAX: usize = 15;

/// `name` as a table key (see [`PACKED_MAX`]), or `None` when longer.
fn pack(name: &str) -> Option<u128> {
    let b = name.as_bytes();
    if b.len() > PACKED_MAX {
        return None;
    }
    // At most 15 bytes: the length fits the top byte.
    load_le(b).map(|k| k | (b.len() as u128) << (8 * PACKED_MAX))
}

/// The first slot key `k` is looked for in (Fibonacci hashing of its two
/// halves; `mask + 1` slots). Inlined, as the other tiny helpers of a
/// lookup are: the page builds the core at opt-level "z", which inlines
/// almost nothing, and a call per probe is dear in wasm (README, "the
/// page's engine").
#[inline(always)]
fn slot(k: u128, mask: usize) -> usize {
    let h = ((k as u64) ^ ((k >> 64) as u64).rotate_left(29)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (h >> 32) as usize & mask
}

/// The packed table's slots for `names` names: a power of two at least 3
/// times as many, so that the load stays under 1/3 and the probes short (a
/// name not in the lexicon, the usual case, probes to the first empty
/// slot: 1.6 slots on average at that load, 4 at 2/3), and always more
/// slots than names (a probe always ends). 17 bytes a slot: 2.2 MB for
/// today's 41,479 names.
fn slots_for(names: usize) -> usize {
    (3 * names + 1).next_power_of_two()
}

/// A front-coded entry's first byte is this plus the number of bytes it
/// shares with the entry before (`build.py` writes at most
/// [`MAX_SHARED_PREFIX`]): a control character (shift out, 0x0E), which no
/// name holds, so the next entry's code ends an entry and the lists need
/// no newlines (7.4 KiB gzipped off the page against a printable code and
/// a newline per entry).
const PREFIX_CODE_BASE: u8 = 0x0E;

/// The longest shared prefix an entry's code can say, in bytes: codes stay
/// control characters (0x0E to 0x1F), below every byte of a name.
const MAX_SHARED_PREFIX: usize = 17;

/// Is `b` an entry's code (see [`PREFIX_CODE_BASE`]): a byte below a
/// space, as every name's byte is not.
fn is_code(b: u8) -> bool {
    b < b' '
}

/// Calls `each` with the entries of a front-coded list, decoded (see the
/// module doc), in one reused buffer. An entry whose code is out of range
/// or would cut a character is skipped, as are bytes before the first
/// code: the data is built by `build.py`, and a bad entry must not take
/// others with it.
pub(super) fn front_decoded(list: &str, mut each: impl FnMut(&str)) {
    let mut word = String::new();
    for (code, rest) in entries_of(list) {
        let shared = usize::from(code.wrapping_sub(PREFIX_CODE_BASE));
        if shared > MAX_SHARED_PREFIX || !word.is_char_boundary(shared) {
            continue;
        }
        word.truncate(shared);
        word.push_str(rest);
        each(&word);
    }
}

/// The entries of `list`: each code (see [`is_code`]) with the text up to
/// the next one, found by a plain loop over its bytes (a search through
/// `memchr` costs more in setup than an entry of a few bytes: callgrind, a
/// native build, 5.5M of the 12.6M instructions the lexicons took to load).
fn entries_of(list: &str) -> impl Iterator<Item = (u8, &str)> {
    // Whatever precedes the first code is no entry.
    let start = list.bytes().position(is_code).unwrap_or(list.len());
    let mut rest = &list[start..];
    std::iter::from_fn(move || {
        let (&code, _) = rest.as_bytes().split_first()?;
        // After the code, and at the next code, are boundaries: codes are
        // ASCII bytes.
        let tail = &rest[1..];
        let end = tail.bytes().position(is_code).unwrap_or(tail.len());
        rest = &tail[end..];
        Some((code, &tail[..end]))
    })
}

/// The number of entries in a front-coded list.
fn entry_count(list: &str) -> usize {
    list.bytes().filter(|&b| is_code(b)).count()
}

/// The process-wide lexicon, built on first use.
pub fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        // Sized for every line at once: the table never fills.
        // The surnames are read here alone: decoded, added and let go.
        let surnames = unpacked(SURNAMES);
        let lines: usize = [places(), given(), &surnames, COMPANIES].iter().map(|l| entry_count(l)).sum();
        let mut lx = Lexicon::with_slots(slots_for(lines));
        add_flagged(&mut lx, places(), name_bit::PLACE, name_bit::WORD_PLACE);
        add_flagged(&mut lx, given(), name_bit::GIVEN, name_bit::GIVEN_WORD);
        add_flagged(&mut lx, &surnames, name_bit::SURNAME, name_bit::SURNAME_WORD);
        add_flagged(&mut lx, COMPANIES, name_bit::COMPANY, name_bit::COMPANY);
        lx
    })
}

/// The mark after a given name that tells a man (`build.py`).
pub(super) const MALE_MARK: u8 = b'<';

/// The mark after a given name that tells a woman (`build.py`).
pub(super) const FEMALE_MARK: u8 = b'>';

/// The mark after a rare given name that is far more often a common
/// English word (`build.py`).
pub(super) const WORD_MARK: u8 = b'=';

/// The mark after a place that is a country (`build.py`).
pub(super) const COUNTRY_MARK: u8 = b'#';

/// The mark after a place that is a country's capital (`build.py`).
pub(super) const CAPITAL_MARK: u8 = b'@';

/// An entry's name without the mark after it, and the mark if it has one
/// ([`MALE_MARK`], [`FEMALE_MARK`], [`WORD_MARK`] after a given name, [`COUNTRY_MARK`],
/// [`CAPITAL_MARK`] after a place).
pub(super) fn marked(entry: &str) -> (&str, Option<u8>) {
    match entry.as_bytes().last() {
        // Before an ASCII byte is a character boundary.
        Some(&m) if [MALE_MARK, FEMALE_MARK, WORD_MARK, COUNTRY_MARK, CAPITAL_MARK].contains(&m) => {
            (&entry[..entry.len() - 1], Some(m))
        }
        _ => (entry, None),
    }
}

/// Adds a front-coded list's entries with bit `plain`, or `word` for those
/// flagged `~` as also English words (and [`name_bit::SURNAME_FIRST`] for
/// those flagged `^`).
fn add_flagged(names: &mut Lexicon, list: &str, plain: u8, word: u8) {
    front_decoded(list, |l| {
        let (l, _) = marked(l);
        if l.is_empty() {
            return;
        }
        let (l, first) = flagged(l, b'^').map_or((l, 0), |r| (r, name_bit::SURNAME_FIRST));
        let (name, b) = flagged(l, b'~').map_or((l, plain), |r| (r, word));
        names.add(name, b | first);
    });
}

/// `line` without its leading `flag` (an ASCII byte), if it has one.
fn flagged(line: &str, flag: u8) -> Option<&str> {
    // After an ASCII byte is a character boundary.
    (line.as_bytes().first() == Some(&flag)).then(|| &line[1..])
}

impl Lexicon {
    /// An empty lexicon with `slots` packed slots (a power of two, more
    /// than the names it will hold).
    fn with_slots(slots: usize) -> Lexicon {
        Lexicon { keys: vec![0; slots], bits: vec![0; slots], mask: slots - 1, long: FastMap::default() }
    }

    /// Adds `bits` to those of `name` (not empty).
    fn add(&mut self, name: &str, bits: u8) {
        let Some(k) = pack(name) else {
            *self.long.entry(name.into()).or_default() |= bits;
            return;
        };
        // Slots are masked to the table (`mask + 1` long), which has more
        // slots than names (`slots_for`): an empty one or the key's own is
        // always found, and indexing cannot fail.
        let mut i = slot(k, self.mask);
        while self.keys[i] != 0 && self.keys[i] != k {
            i = (i + 1) & self.mask;
        }
        self.keys[i] = k;
        self.bits[i] |= bits;
    }

    /// The [`name_bit`]s of `name` exactly as written.
    fn bits(&self, name: &str) -> u8 {
        let Some(k) = pack(name) else { return self.long.get(name).copied().unwrap_or(0) };
        // As in `add`: indexes stay in the table, and an empty slot ends
        // the probe.
        let mut i = slot(k, self.mask);
        loop {
            match self.keys[i] {
                0 => return 0,
                x if x == k => return self.bits[i],
                _ => i = (i + 1) & self.mask,
            }
        }
    }

    /// The [`name_bit`]s of `name` as written, or, when it is in none, title-cased
    /// when written in capitals (`MOSCOW`) or with accents folded (`Durán`).
    pub fn name_bits(&self, name: &str) -> u8 {
        self.name_bits_of(name, self.bits(name))
    }

    /// The [`name_bit`]s of `name` exactly as written: one probe, for a
    /// caller that asks several questions of one name and answers them
    /// from these with [`name_bits_of`](Self::name_bits_of) and
    /// [`place_kind_of`](Self::place_kind_of) (the classify rules ask
    /// them of every candidate's whole).
    pub fn written_bits(&self, name: &str) -> u8 {
        self.bits(name)
    }

    /// [`name_bits`](Self::name_bits) of `name`, whose bits as written are
    /// `written` ([`written_bits`](Self::written_bits)).
    pub fn name_bits_of(&self, name: &str, written: u8) -> u8 {
        let b = written;
        if b != 0 {
            return b;
        }
        if is_all_caps(name) && name.chars().count() > ACRONYM_MAX_LEN {
            return self.bits(&title_case(name));
        }
        if !name.is_ascii() {
            return fold_accents(name).map_or(0, |f| self.bits(&f));
        }
        0
    }

    /// Is `name` (as written, or title-cased when written in capitals) a
    /// known place?
    pub fn is_place(&self, name: &str) -> bool {
        self.place_kind(name).is_some()
    }

    /// Like [`is_place`](Self::is_place), but a place named like an English
    /// word (`Reading`) does not count as the first word of a sentence.
    pub fn is_place_at(&self, name: &str, sentence_initial: bool) -> bool {
        place_at(self.place_kind(name), sentence_initial)
    }

    /// `Some(is_word)` when `name` is a known place, looked up as written,
    /// title-cased when in capitals (`MOSCOW`), and with accents folded
    /// (`Pará` → `Para`).
    fn place_kind(&self, name: &str) -> Option<bool> {
        self.place_kind_of(name, self.bits(name))
    }

    /// The place kind of `name` (see `place_kind`), whose bits as written
    /// are `written` ([`written_bits`](Self::written_bits)): `Some(is_word)`
    /// when it is a known place.
    pub fn place_kind_of(&self, name: &str, written: u8) -> Option<bool> {
        let kind = |b: u8| {
            if b & name_bit::PLACE != 0 {
                Some(false)
            } else if b & name_bit::WORD_PLACE != 0 {
                Some(true)
            } else {
                None
            }
        };
        let look = |n: &str| kind(self.bits(n));
        if let Some(k) = kind(written) {
            return Some(k);
        }
        if is_all_caps(name) && name.chars().count() > ACRONYM_MAX_LEN {
            return look(&title_case(name));
        }
        if !name.is_ascii() {
            if let Some(folded) = fold_accents(name) {
                return look(&folded);
            }
        }
        None
    }

    /// Is `w` a given name (as written)? `strict` excludes those that are
    /// common words.
    pub fn is_given(&self, w: &str, strict: bool) -> bool {
        let want = if strict { name_bit::GIVEN } else { name_bit::GIVEN | name_bit::GIVEN_WORD };
        self.bits(w) & want != 0
    }

    /// Is `w` a surname (as written, or with accents folded: `Durán`)?
    /// `strict` excludes those that are common words (`Cotton`).
    pub fn is_surname(&self, w: &str, strict: bool) -> bool {
        let want = if strict { name_bit::SURNAME } else { name_bit::SURNAME | name_bit::SURNAME_WORD };
        self.has_bits(w, want)
    }

    /// Is `w` a surname of a tradition that writes it first (`Kim`,
    /// `Nguyen`, `Zhang`; `Nguyễn`, `Trần` with their marks folded)?
    pub fn is_surname_first(&self, w: &str) -> bool {
        self.has_bits(w, name_bit::SURNAME_FIRST)
    }

    /// `w` holds one of the bits `want`, as written or, when it is not
    /// ASCII and does not as written, with its accents folded.
    fn has_bits(&self, w: &str, want: u8) -> bool {
        self.bits(w) & want != 0 || !w.is_ascii() && fold_accents(w).is_some_and(|f| self.bits(&f) & want != 0)
    }
}

/// A place of kind `kind` (`Some(is_word)`, [`Lexicon::place_kind_of`])
/// counts at a sentence's first word unless it is named like an English
/// word (`Reading`): [`Lexicon::is_place_at`]'s answer.
pub fn place_at(kind: Option<bool>, sentence_initial: bool) -> bool {
    kind.is_some_and(|word| !(word && sentence_initial))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The decoded entries of `list`.
    fn decoded(list: &str) -> Vec<String> {
        let mut out = Vec::new();
        front_decoded(list, |l| out.push(l.to_string()));
        out
    }

    #[test]
    fn pack_is_the_bytes_then_the_length_in_the_top_byte() {
        // Every length, ASCII and not.
        let prefixes = |w: &'static str| (0..=PACKED_MAX).filter_map(move |n| w.get(..n));
        for name in prefixes("Ivano-Frankivsk").chain(prefixes("Dürnstein–Krems")) {
            let mut k = [0u8; 16];
            k[..name.len()].copy_from_slice(name.as_bytes());
            k[PACKED_MAX] = name.len() as u8;
            assert_eq!(pack(name), Some(u128::from_le_bytes(k)), "{name}");
        }
        assert_eq!(pack("Ivano-Frankivsk1"), None, "longer than PACKED_MAX");
    }

    #[test]
    fn packed_lookups_equal_a_map_of_the_names() {
        // Every embedded name has the bits a plain map of the lists gives
        // it, looked up as written.
        let mut reference: FastMap<Box<str>, u8> = FastMap::default();
        for (list, plain, word) in [
            (places(), name_bit::PLACE, name_bit::WORD_PLACE),
            (given(), name_bit::GIVEN, name_bit::GIVEN_WORD),
            (&unpacked(SURNAMES), name_bit::SURNAME, name_bit::SURNAME_WORD),
            (COMPANIES, name_bit::COMPANY, name_bit::COMPANY),
        ] {
            front_decoded(list, |l| {
                let (l, _) = marked(l);
                if l.is_empty() {
                    return;
                }
                let (l, first) = flagged(l, b'^').map_or((l, 0), |r| (r, name_bit::SURNAME_FIRST));
                let (name, b) = flagged(l, b'~').map_or((l, plain), |r| (r, word));
                *reference.entry(name.into()).or_default() |= b | first;
            });
        }
        let lx = lexicon();
        assert!(reference.iter().all(|(name, &b)| lx.bits(name) == b));
        assert!(reference.keys().any(|n| n.len() > PACKED_MAX), "some names take the long map");
        // Keys never collide across lengths or padding, and what is on no
        // list has no bits: (query, in the lexicon).
        let cases: &[(&str, bool)] = &[
            ("Kyiv", true),
            ("Kyiv\0", false),
            ("\0Kyiv", false),
            ("", false),
            ("Kyi", false),
            ("Kyivv", false),
            ("Xqzzyxq", false),
            ("123456789012345", false),
            ("1234567890123456", false),
        ];
        for (q, known) in cases {
            assert_eq!(lx.bits(q) != 0, *known, "{q:?}");
            assert_eq!(lx.bits(q), reference.get(*q).copied().unwrap_or(0), "{q:?}");
        }
        // The key's layout: bytes little-endian, the length in the top byte.
        assert_eq!(pack("ab"), Some(0x6261 | 2 << 120));
        assert_eq!(pack("abcdefghi"), Some(0x0069_6867_6665_6463_6261 | 9 << 120));
        assert_eq!(pack("abcdefghijklmnop"), None);
        // A small table holds what it is given and ends its probes.
        let mut small = Lexicon::with_slots(slots_for(3));
        for (name, b) in [("A", 1), ("B", 2), ("A", 4), ("Llanfairpwllgwyngyll", 8)] {
            small.add(name, b);
        }
        let got: Vec<u8> = ["A", "B", "C", "Llanfairpwllgwyngyll", "Llanfair"].iter().map(|n| small.bits(n)).collect();
        assert_eq!(got, [5, 2, 0, 8, 0]);
    }

    #[test]
    fn front_coded_entries_decode() {
        // (encoded list, decoded entries): `\u{e}` shares nothing, `\u{10}`
        // two bytes, `\u{12}` four; a code past the entry before, or inside
        // a character, is skipped and the next entry reads from the last
        // good one, as are bytes before the first code and codes below
        // the base.
        let cases: &[(&str, &[&str])] = &[
            ("\u{e}Aachen\u{10}lborg", &["Aachen", "Aalborg"]),
            ("\u{e}Kraków\u{12}ow", &["Kraków", "Krakow"]),
            ("\u{e}Kraków\u{13}x\u{12}ow", &["Kraków", "Krakow"]),
            ("\u{e}A\u{1c}B\u{e}C", &["A", "C"]),
            ("xy\u{e}A\u{d}B\u{f}b", &["A", "Ab"]),
            ("\u{e}A\u{e}\u{e}C", &["A", "", "C"]),
            ("\u{1}A", &[]),
            ("Aachen", &[]),
            ("", &[]),
        ];
        for (list, want) in cases {
            assert_eq!(decoded(list), *want, "{list:?}");
        }
    }

    #[test]
    fn marks_come_off_after_the_name() {
        let cases: &[(&str, (&str, Option<u8>))] = &[
            ("Mary>", ("Mary", Some(FEMALE_MARK))),
            ("~Will<", ("~Will", Some(MALE_MARK))),
            ("Leslie", ("Leslie", None)),
            ("~Urban=", ("~Urban", Some(WORD_MARK))),
            ("Zoë>", ("Zoë", Some(FEMALE_MARK))),
            ("<", ("", Some(MALE_MARK))),
            ("Brazil#", ("Brazil", Some(COUNTRY_MARK))),
            ("Kyiv@", ("Kyiv", Some(CAPITAL_MARK))),
            ("", ("", None)),
        ];
        for (entry, want) in cases {
            assert_eq!(marked(entry), *want, "{entry}");
        }
        // The sexes are given names' marks, countries and capitals places',
        // and a mark is only after the name.
        for list in [&unpacked(SURNAMES), COMPANIES] {
            assert!(decoded(list).iter().all(|n| marked(n).1.is_none()));
        }
        assert!(decoded(given())
            .iter()
            .all(|n| matches!(marked(n).1, None | Some(MALE_MARK | FEMALE_MARK | WORD_MARK))));
        assert!(decoded(places()).iter().all(|n| matches!(marked(n).1, None | Some(COUNTRY_MARK | CAPITAL_MARK))));
        for list in [places(), given()] {
            assert!(decoded(list).iter().all(|n| !marked(n).0.contains(['<', '>', '=', '#', '@'])));
        }
    }

    #[test]
    fn entries_are_cut_at_every_code() {
        let cases: &[(&str, &[(u8, &str)])] = &[
            ("", &[]),
            ("ab", &[]),
            ("\u{e}", &[(0xE, "")]),
            ("\u{e}ab\u{1f}c d\u{e}", &[(0xE, "ab"), (0x1F, "c d"), (0xE, "")]),
            ("x\u{10}Łódź\u{11}é", &[(0x10, "Łódź"), (0x11, "é")]),
        ];
        for (list, want) in cases {
            assert_eq!(entries_of(list).collect::<Vec<_>>(), *want, "{list:?}");
            assert_eq!(entry_count(list), want.len(), "{list:?}");
        }
    }

    /// Each entropy-coded list decodes to UTF-8 text: `unpacked` gives an
    /// empty list otherwise, which the test below passes.
    #[test]
    fn every_packed_list_decodes_to_text() {
        for packed in [PLACES, GIVEN, SURNAMES] {
            assert!(!unpacked(packed).is_empty());
        }
    }

    #[test]
    fn every_embedded_entry_decodes_in_sorted_order() {
        for list in [places(), given(), &unpacked(SURNAMES), COMPANIES] {
            let names = decoded(list);
            assert_eq!(names.len(), entry_count(list));
            assert!(
                names.iter().all(|n| !n.is_empty() && !n.bytes().any(is_code)),
                "no empty name, no code inside one"
            );
            assert!(names.windows(2).all(|w| w[0] < w[1]), "sorted, no duplicates");
        }
        assert!(lexicon().is_place("Aachen") && lexicon().is_given("Aaron", true));
    }
}
