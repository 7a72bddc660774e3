//! Pass 6, subjects: a lone name (or two plain words, `…, Oderra Mvunzi
//! scored`) as the subject of a clause in the past
//! (`…, and Kenseth walked away`, `three days before Bransfield sighted
//! land`, `At that time, Pilate decided`) is a person, and so is every
//! other open segment that repeats it (`Budjana's style`). It reads a
//! surname no lexicon knows, where neither a role nor a reporting verb
//! stands beside it; it runs after coreference, so a name the article
//! gives as a place elsewhere (`the city of Falluja … as Falluja
//! received`) is settled first.
//!
//! Inside a sentence the slot is read after a comma, a semicolon or a word
//! that opens a clause; a sentence's first word is as often a common noun
//! (`Darkness fell`, `Trade was developed`) as a name, and counts only when
//! a personal pronoun follows (`Lamarr accompanied Mandl to meetings where
//! he conferred`). The slot's other fillers (a company, a band) are rarer
//! there than people on every development set.

use annotator_schema::Label;

use super::mention::{Mention, Segment};
use super::words::{is_demonym, phrase, push, tok, tok_is, written_in_lower_case};
use crate::lexicon::speech::{FEMALE_WORDS, MALE_WORDS};
use crate::lexicon::{cat, core, is_all_caps, lexicon, lower_case, with_lower};
use crate::sentences::sentence_initial;
use crate::tokens::{has, Kind, Token};

/// Function words (their tokens have [`cat::STOP`]) that open a clause,
/// and so its subject (`and Kenseth walked`, `before Bransfield sighted`,
/// `to which Trix had returned`).
const CLAUSE_OPENERS: [&str; 19] = [
    "after", "although", "and", "as", "because", "before", "but", "if", "once", "or", "since", "so", "that", "then",
    "though", "until", "when", "which", "while",
];

/// Adverbs that may stand between a subject and its verb (`Palmer also
/// reached`); a word in `-ly` is one too (`Springer vigorously pursued`).
/// (A `match`, as [`irregular_past`].)
fn adverb_before_verb(w: &str) -> bool {
    w.len() > 2 && w.ends_with("ly")
        || matches!(
            w,
            "again" | "already" | "also" | "eventually" | "finally" | "first" | "later" | "never" | "soon" | "then"
        )
}

/// Common verbs whose past is not in `-ed` (`Pompey took command`, `Stalin
/// had begun`, `Palmer did so`, `…, and Kessvik won the set`, `Later,
/// Dravnik spoke`); not those a company or a storm does as often (`sold`,
/// `paid`, `hit`, `struck`). A `match`, compiled to a switch on the
/// length: a list searched word by word cost 500 instructions a call, most
/// of this pass's time.
fn irregular_past(w: &str) -> bool {
    matches!(
        w,
        "became"
            | "began"
            | "bought"
            | "brought"
            | "came"
            | "caught"
            | "chose"
            | "did"
            | "drew"
            | "drove"
            | "fell"
            | "felt"
            | "fled"
            | "flew"
            | "fought"
            | "found"
            | "gave"
            | "grew"
            | "had"
            | "heard"
            | "held"
            | "kept"
            | "knew"
            | "led"
            | "left"
            | "lost"
            | "made"
            | "met"
            | "ran"
            | "rose"
            | "sang"
            | "sat"
            | "saw"
            | "sent"
            | "sought"
            | "spent"
            | "spoke"
            | "stood"
            | "swore"
            | "taught"
            | "thought"
            | "threw"
            | "told"
            | "took"
            | "went"
            | "won"
            | "wore"
            | "wrote"
    )
}

/// Auxiliaries a sentence's subject may stand before (`Kühn can only shake
/// his head`, `Bloch is concerned`); inside a sentence they follow too many
/// common nouns, and `will` and `would` follow them at a sentence's start
/// too (`Success would follow him`, `God will give him`).
fn is_auxiliary(w: &str) -> bool {
    matches!(w, "can" | "could" | "has" | "is" | "was")
}

/// The shortest past in `-ed` read as a verb (`moved`): shorter words so
/// ending are nouns as often (`bed`, `need`).
const MIN_ED_VERB: usize = 5;

/// How far before a clause's `and` a `between` makes it join two names
/// instead (`between the Danevirke and Husum had frozen`), in tokens.
const BETWEEN_WINDOW: usize = 4;

/// Endings of an abstract noun, never of a name (`Darkness`,
/// `Construction`, `Literacy`); a name may end as an adverb or a gerund
/// does (`Kelly`, `Kipling`).
const COMMON_ENDINGS: [&str; 6] = ["ness", "tion", "sion", "ity", "ment", "ism"];

/// Endings of a sentence's opening adverb or gerund (`Frequently injured,
/// he`, `Having failed, he`), which a name inside a sentence may have
/// (`Kelly`, `Kipling`).
const SENTENCE_WORD_ENDINGS: [&str; 2] = ["ly", "ing"];

/// How far after a sentence's verb a personal pronoun is looked for, in
/// tokens (`Stalin had begun to encourage Abakumov to form his own`).
const PRONOUN_WINDOW: usize = 30;

/// The pronouns only a person takes (a ship's `she` aside).
const PERSONAL_PRONOUNS: [&str; 7] = ["he", "him", "his", "himself", "she", "her", "herself"];

/// Prefixes of a surname after which a capital stands inside the word
/// (`McDonald`, `MacKay`, `DeSantis`, `DiCaprio`, `LaRue`, `LeBlanc`,
/// `DuBois`); any other inner capital makes a brand or an acronym
/// (`BayCon`, `ACPeds`).
const INNER_CAPITAL_PREFIXES: [&str; 7] = ["Mc", "Mac", "De", "Di", "Du", "La", "Le"];

/// Decides the open segments that are a clause's subject (and their
/// repeats); returns the mentions with those added, and the segments still
/// open.
pub(super) fn decide(
    text: &str,
    toks: &[Token],
    mut mentions: Vec<Mention>,
    open: Vec<Segment>,
) -> (Vec<Mention>, Vec<Segment>) {
    // The subjects' words, few: a list searched, not a table.
    let mut names: Vec<&str> = Vec::new();
    let mut still = Vec::with_capacity(open.len());
    for &s in &open {
        if past_clause_subject(text, toks, s) && !ends_a_place_list(text, toks, s.first) {
            names.push(core(phrase(text, toks, s.first, s.last)));
            push(text, toks, s.first, s.last, Label::Person, &mut mentions);
        } else {
            still.push(s);
        }
    }
    if names.is_empty() {
        return (mentions, still);
    }
    let mut rest = Vec::with_capacity(still.len());
    for s in still {
        if s.last <= s.first + 1 && names.contains(&core(phrase(text, toks, s.first, s.last))) {
            push(text, toks, s.first, s.last, Label::Person, &mut mentions);
        } else {
            rest.push(s);
        }
    }
    (mentions, rest)
}

/// Segment `s`, one or two plain capitalised words, is the subject of a
/// verb in the past after it, maybe behind an adverb:
///
/// * inside a sentence, right after a comma, a semicolon or a clause's
///   opening word (`…, Geyer returned`, `and Kenseth walked away`, `before
///   Palmer did so`);
/// * opening a sentence, when a personal pronoun comes later in it or opens
///   the next, and there before an auxiliary too (`Lamarr accompanied
///   Mandl to meetings where he conferred`, `Pebe moved the family to
///   Nashville. She …`, `Kühn can only shake his head`): there a common noun is
///   as likely (`Darkness fell`), and is seldom followed by `he` or `she`;
///   nor does a sentence's adverb or gerund count (`Frequently injured,
///   he`, `Having failed, he`).
///
/// Not a word on a curated list, an initial or an acronym, a brand's inner
/// capital (`BayCon`), a people's name (`and Germans fled`), a word whose
/// ending makes it a common noun (`, Construction began`), nor one the text
/// writes in lower case too (`with which Time had dealt`).
fn past_clause_subject(text: &str, toks: &[Token], s: Segment) -> bool {
    // The tokens around it first, by their bits and first bytes (no word
    // sliced): most segments stand in no such slot.
    if s.last > s.first + 1 || (s.first..=s.last).any(|k| toks[k].cat & !cat::REPORTING != 0) {
        return false;
    }
    let bytes = text.as_bytes();
    let lower_word_at = |k: usize| {
        toks.get(k).is_some_and(|t| {
            t.kind() == Kind::Word && !t.newline_before() && bytes.get(t.start()).is_some_and(u8::is_ascii_lowercase)
        })
    };
    if !lower_word_at(s.last + 1) {
        return false;
    }
    let opening = sentence_initial(text, toks, s.first);
    let opens = opening || {
        let p = s.first - 1;
        match toks[p].kind() {
            Kind::Punct => toks[p].end() == toks[p].start() + 1 && matches!(bytes[toks[p].start()], b',' | b';'),
            Kind::Word => {
                has(toks, p, cat::STOP) && {
                    let w = tok(text, toks, p);
                    CLAUSE_OPENERS.contains(&w) && !(w == "and" && between_before(text, toks, p))
                }
            }
        }
    };
    let Some(verb) = (if opens { verb_after(text, toks, s.last, opening) } else { None }) else { return false };
    // A sentence's first word: its pronoun next (it rules most out).
    let first = core(tok(text, toks, s.first));
    if opening && (SENTENCE_WORD_ENDINGS.iter().any(|e| first.ends_with(e)) || !pronoun_after(text, toks, verb)) {
        return false;
    }
    // Two words: not a title or kin word and a name (`Madame Duval`: the
    // name alone is the person's), nor a participle (`Promised Land`).
    let two = s.last > s.first;
    if two
        && (with_lower(first, |w| MALE_WORDS.contains(&w) || FEMALE_WORDS.contains(&w))
            || (s.first..=s.last).any(|k| tok(text, toks, k).ends_with("ed")))
    {
        return false;
    }
    (s.first..=s.last).all(|k| name_shaped(text, toks, k, opening))
}

/// Token `k` of a subject is shaped as a name: not a plural opening a
/// sentence, a common noun's ending, an initial or an acronym, a brand's
/// inner capital, a people's name, nor a word the text writes in lower
/// case too.
fn name_shaped(text: &str, toks: &[Token], k: usize, opening: bool) -> bool {
    let w = core(tok(text, toks, k));
    // A plural opening a sentence is a common noun's (`Strikes killed 22
    // people … He`, `Rebels seized`) unless it is a surname (`Jones
    // hesitated … he`); names end in `-us`, `-is`, `-as`, `-os`, `-ss`
    // (`Tiberius`, `Davis`, `Thomas`, `Carlos`, `Ross`), which plurals
    // seldom do.
    let plural = w.len() > 2
        && w.ends_with('s')
        && !matches!(w.as_bytes()[w.len() - 2], b'u' | b'i' | b'a' | b'o' | b's')
        && !lexicon().is_surname(w, true);
    if opening && plural {
        return false;
    }
    let common = COMMON_ENDINGS.iter().any(|e| w.len() > e.len() && w.ends_with(e));
    let shaped = w.chars().count() > 1 && !is_all_caps(w) && !inner_capital(w);
    shaped && !common && !is_demonym(w) && !written_in_lower_case(text, toks[k].start(), &lower_case(w))
}

/// A personal pronoun after token `verb` in its sentence (`… where he
/// conferred`), or opening the next (`… in 1991. She signed`), within
/// [`PRONOUN_WINDOW`] tokens.
pub(super) fn pronoun_after(text: &str, toks: &[Token], verb: usize) -> bool {
    let bytes = text.as_bytes();
    let end = (verb + 1 + PRONOUN_WINDOW).min(toks.len());
    for k in verb + 1..end {
        let t = toks[k];
        // By its first byte and length first: a pronoun starts with `h` or
        // `s` (a sentence's end is one mark).
        match (bytes[t.start()], t.end() - t.start()) {
            (b'.' | b'!' | b'?', 1) => return matches!(tok(text, toks, k + 1), "He" | "She" | "His" | "Her"),
            (b'h' | b's', 2..=7) if PERSONAL_PRONOUNS.contains(&t.text(text)) => return true,
            _ => {}
        }
    }
    false
}

/// A capital inside `w` after its first letter, but for a surname's
/// prefix (`McDonald`) or after an apostrophe or a hyphen (`O'Brien`,
/// `Abdel-Rahman`).
pub(super) fn inner_capital(w: &str) -> bool {
    let rest = INNER_CAPITAL_PREFIXES.iter().find_map(|p| w.strip_prefix(p)).unwrap_or(w);
    let mut prev = ' ';
    rest.chars().enumerate().any(|(i, c)| {
        let inner = i > 0 && c.is_uppercase() && !matches!(prev, '\'' | '’' | '-');
        prev = c;
        inner
    })
}

/// `Schools in Boulder, Kelvedon and Brundle stayed shut`: the word at
/// `first`, after `and`, ends a list a known place of one word opens (the
/// word before `and`, or the one before its comma; no given name, `Jordan
/// and Kenseth walked`): the lists pass's, no clause's subject. Not after a
/// comma (`… in Paris, and Kenseth walked away`), nor a known surname
/// (`took in Paris, Rome and Kowalski joined`).
fn ends_a_place_list(text: &str, toks: &[Token], first: usize) -> bool {
    let lx = lexicon();
    let known = |k: usize| {
        let w = tok(text, toks, k);
        lx.is_place(w) && !lx.is_given(w, false)
    };
    first >= 2 && tok_is(text, toks, first - 1, "and") && toks[first - 2].kind() == Kind::Word && {
        let k = first - 2;
        (known(k) || k >= 2 && tok_is(text, toks, k - 1, ",") && known(k - 2))
            && !lx.is_surname(core(tok(text, toks, first)), true)
    }
}

/// `between` within [`BETWEEN_WINDOW`] tokens before token `and`.
fn between_before(text: &str, toks: &[Token], and: usize) -> bool {
    (and.saturating_sub(BETWEEN_WINDOW)..and).any(|k| tok(text, toks, k).eq_ignore_ascii_case("between"))
}

/// The token of a verb in the past after token `last` (or, when
/// `auxiliary`, an auxiliary: `Kühn can only shake his head`, `Napoleon was
/// confident`), on its line, maybe behind one adverb, whose object is not
/// the subject itself (`Sparta established itself`, `Slavs settled
/// themselves`: a place or a people) and which is no headline's passive
/// (`Leopard killed by`; `Eric came by` is no passive).
pub(super) fn verb_after(text: &str, toks: &[Token], last: usize, auxiliary: bool) -> Option<usize> {
    let on_line = |k: usize| toks.get(k).is_some_and(|t| !t.newline_before());
    let mut k = last + 1;
    let lower_at = |k: usize| on_line(k) && is_lower(tok(text, toks, k));
    if adverb_before_verb(tok(text, toks, k)) {
        k += 1;
    }
    let v = tok(text, toks, k);
    let ed = v.len() >= MIN_ED_VERB && v.ends_with("ed");
    if !(ed || irregular_past(v) || auxiliary && is_auxiliary(v)) || !lower_at(k) {
        return None;
    }
    let after = tok(text, toks, k + 1);
    let object = matches!(after, "itself" | "themselves") || ed && after == "by";
    (!object).then_some(k)
}

/// `w` is a word in lower-case ASCII letters.
fn is_lower(w: &str) -> bool {
    !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase())
}
