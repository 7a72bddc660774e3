//! Context cues around a segment that say person or place: a role or a
//! reporting verb before or after it (`spokesman X`, `said X`, `X said`,
//! `according to X`, `the coach, X,`), a place noun or a country after it
//! (`X region`, `the village of X`, `in X, Ukraine`), a bearing from a
//! known place after it (`X, north of Athens`), a locative word before
//! an unknown single name (`homes in X,`).

use super::mention::Segment;
use super::words::{
    determiner_before, has_possessive, is_cap, is_demonym, norm, noun_or_plural, phrase, tok, tok_bytes, tok_is,
};
use crate::lexicon::name_words::{
    has_occupation_ending, is_age_figure, ADJECTIVE_ENDINGS, AGE_LEADS, CLOSINGS, COMPASS_PREFIXES, GREETINGS,
    LIFE_EVENT_FILLERS, LIFE_EVENT_VERBS, LOCATIVE_CUES, OCCUPATIONS, OF_PLACE_NOUNS, PASSIVE_LIFE_EVENTS,
    PERSONAL_NOUNS, PLACE_NOUNS, PLACE_PREPOSITIONS, TENURE_NOUNS, TITLES_NOT_ALONE,
};
use crate::lexicon::speech::{ADDRESSEE_VERBS, DETERMINERS};
use crate::lexicon::{self, cat, core, is_all_caps, lexicon, list, name_bit, with_lower};
use crate::sentences::abbreviation_period;
use crate::tokens::{has, on_list, Kind, Token};

/// How far back from a name set off by commas a lower-case role may be, in
/// tokens with the comma (`the batting coach, Morné Jacobs,`).
const APPOSITIVE_ROLE_WINDOW: usize = 5;

/// Kin a person's name is given after (`her son, X`): only people have
/// them. (A `match`, compiled to a switch on the length: it runs before
/// most names, `kin_before`.)
pub(super) fn is_kin_noun(w: &str) -> bool {
    matches!(
        w,
        "brother"
            | "cousin"
            | "daughter"
            | "father"
            | "granddaughter"
            | "grandson"
            | "husband"
            | "mother"
            | "nephew"
            | "niece"
            | "sister"
            | "son"
            | "widow"
            | "wife"
    )
}

/// How far after a name its reporting verb may be, in tokens (`Peskov also
/// said`, `Peskov on Tuesday said`): fillers and weekdays only between.
const VERB_AFTER_WINDOW: usize = 3;

/// The most words of a letter's closing line before the closing word
/// (`Kindest regards,`).
const CLOSING_LINE_WORDS: usize = 2;

/// How far after a name its life-event verb may be, in tokens (`Aldrin has
/// been married`): auxiliaries and time adverbs only between.
const LIFE_EVENT_WINDOW: usize = 4;

/// How many lower-case words may stand between the article and the place
/// noun said of a name (`X is a small coastal town`).
const PREDICATE_WORDS: usize = 2;

/// Words after the place noun said of a name that end its phrase (`a
/// village in …`, `a town on the coast`, `a village and municipality`);
/// any other lower-case word makes the noun a modifier (`a city
/// councillor`, `a state senator`).
const AFTER_PLACE_NOUN: [&str; 10] = ["and", "east", "in", "near", "north", "of", "on", "outside", "south", "west"];

/// Lower-case nouns of a geographic feature after its name (`the Savitri
/// river`, `the Konkan coast`, `the Nile delta`, `the Zagros mountains`,
/// `the Galicica massif`); not those a people's name goes before as often
/// (`the Maya lowlands`, `Granite islands`).
const FEATURE_NOUNS_AFTER: [&str; 14] = [
    "archipelago",
    "basin",
    "coast",
    "delta",
    "desert",
    "estuary",
    "hills",
    "lagoon",
    "massif",
    "mountains",
    "peninsula",
    "plateau",
    "river",
    "valley",
];

/// `the Savitri river`, `Ratnagiri and Raigad districts`: a feature noun,
/// or the plural of a place noun (`districts`, `provinces`, `counties`).
pub(super) fn feature_or_places_after(w: &str) -> bool {
    // (A singular place noun is the caller's first test, by its bits.)
    FEATURE_NOUNS_AFTER.contains(&w)
        || w.ends_with('s') && noun_or_plural(w, |n| PLACE_NOUNS.contains(&n) && n != "state")
}

/// `the village of X`, `X region`, `in X, Ukraine`, `X is a village in …`,
/// `in northern X`.
pub(super) fn place_context(text: &str, toks: &[Token], s: Segment) -> bool {
    if place_noun_said(text, toks, s) || bearing_after(text, toks, s) || part_of(text, toks, s) {
        return true;
    }
    let noun_after = has(toks, s.last + 1, cat::PLACE_NOUN)
        && !tok(text, toks, s.last + 1).eq_ignore_ascii_case("state")
        || toks.get(s.last + 1).is_some_and(|t| t.space_before() && !t.newline_before())
            && with_lower(tok(text, toks, s.last + 1), feature_or_places_after)
            // `the Mexican coast`, `Basque provinces`, `Anglo-American
            // settlements`: a people's adjective, no place's name.
            && !demonym_at(text, toks, s.last);
    if (noun_after || first_of_two_before_plural(text, toks, s)) && !has_possessive(tok(text, toks, s.last)) {
        return true;
    }
    // `the village of X`, `the people of X`, `the mayor of X`, `north-west
    // of X` (the one-word bearings are nouns of the list)
    if s.first >= 2
        && tok_is(text, toks, s.first - 1, "of")
        && (has(toks, s.first - 2, cat::PLACE_NOUN)
            || of_place_noun_at(text, toks, s.first - 2)
            || with_lower(tok(text, toks, s.first - 2), compound_bearing))
    {
        return true;
    }
    // (The slot only: the learned rule's features read this, as trained.)
    town_before_region(text, toks, s, None)
}

/// The noun of [`OF_PLACE_NOUNS`] that a modifier makes a person's or a
/// firm's asset (`political capital`, `venture capital of Acme`): a land's
/// only right after a determiner or a possessive (`the capital of X`, `the
/// country's capital of X`).
const ASSET_OF_NOUN: &str = "capital";

/// Token `k` is a noun of [`OF_PLACE_NOUNS`] (`the people of`, `the port
/// of`), [`ASSET_OF_NOUN`] only after a determiner or a possessive.
pub(super) fn of_place_noun_at(text: &str, toks: &[Token], k: usize) -> bool {
    with_lower(tok(text, toks, k), |w| {
        OF_PLACE_NOUNS.contains(&w)
            && (w != ASSET_OF_NOUN
                || determiner_before(text, toks, k)
                || k > 0 && has_possessive(tok(text, toks, k - 1)))
    })
}

/// `the Biobío and Ñuble regions`, `Kitui and Makueni counties`: the
/// first of two names before a place noun's plural, which the second
/// stands right before (the noun cue reads that one).
fn first_of_two_before_plural(text: &str, toks: &[Token], s: Segment) -> bool {
    let after = |k: usize| toks.get(k).is_some_and(|t| !t.newline_before());
    tok_is(text, toks, s.last + 1, "and")
        && after(s.last + 2)
        && toks[s.last + 2].upper()
        && after(s.last + 3)
        && with_lower(tok(text, toks, s.last + 3), |w| w.ends_with('s') && feature_or_places_after(w))
        && !demonym_at(text, toks, s.last)
        && !demonym_at(text, toks, s.last + 2)
}

/// Token `k` is a people's adjective, or a compound ending in one (`the
/// Mexican coast`, `Anglo-American settlements`).
fn demonym_at(text: &str, toks: &[Token], k: usize) -> bool {
    core(tok(text, toks, k)).rsplit('-').next().is_some_and(is_demonym)
}

/// `in Bucha, Ukraine`, `of Cibolo, Texas,`, `to Vinita, South Dakota.`,
/// `born in Harrison, New Jersey`: after a place's preposition, a name and
/// a known region after its comma. `known`, when given, says whether the
/// name is a known place, and widens the slot: after a list's semicolon
/// (`…; Debden, England`), and anywhere for a known place (`Madrid,
/// Spain and Brussels, Belgium`; not before the region's possessive,
/// `Harrison, Texas's senator`).
pub(super) fn town_before_region(text: &str, toks: &[Token], s: Segment, known: Option<&dyn Fn() -> bool>) -> bool {
    // The comma after first: most names have none.
    if s.first == 0 || !tok_is(text, toks, s.last + 1, ",") {
        return false;
    }
    let wide = known.is_some();
    let slot = with_lower(tok(text, toks, s.first - 1), |p| {
        PLACE_PREPOSITIONS.contains(&p) || matches!(p, "of" | "to") || wide && p == ";"
    });
    let possessive =
        || has_possessive(tok(text, toks, s.last + 2)) || tok(text, toks, s.last + 3).starts_with(['\'', '’']);
    // The region's lookup last: most names before a comma are in no slot.
    (slot || known.is_some_and(|k| k() && !possessive())) && known_place_at(text, toks, s.last + 2)
}

/// `Ding Liren of China`, `beat Gukesh Dommaraju of India`: the words
/// from `first` to `of`, token `of` being `of`, are two or more that no
/// list knows (no place but the first of two, nor an institution's, title's, landmark's or
/// place noun's word; letters only, not `Masjed-e`), and a known place
/// follows, with which they name no known place (`East Riding of
/// Yorkshire`): someone named by where they come from.
pub(super) fn unlisted_words_of_a_place(text: &str, toks: &[Token], first: usize, of: usize) -> bool {
    // A body or an office holds a word of these lists (`Central Bank of
    // Nigeria`, `Prime Minister of India`, `Tower Bridge of London`).
    const LISTED: u16 = cat::ORG | cat::ORG_SUFFIX | cat::TITLE | cat::LANDMARK | cat::PLACE_NOUN | cat::STOP;
    // (After `of`, `at` or `the` a body's name goes on: `pastor of Calvary
    // Church of Santa Ana`.)
    let body_slot = || first > 0 && matches!(tok(text, toks, first - 1), "of" | "at" | "the" | "The");
    of >= first + 2
        && tok_is(text, toks, of, "of")
        && !body_slot()
        && (first..of).all(|k| {
            let w = core(tok(text, toks, k));
            // (The first of two may be a town's name too: `Iga Swiatek of
            // Poland`.)
            let place_ok = k == first && of == first + 2;
            !has(toks, k, LISTED) && w.chars().all(char::is_alphabetic) && (place_ok || !lexicon().is_place(&norm(w)))
        })
        && known_place_at(text, toks, of + 1)
        && !lexicon().is_place(&norm(phrase(text, toks, first, of + 1)))
}

/// A known place of one or two words at token `k` (`Ukraine`, `South
/// Dakota`), or a name and a capitalised place noun (`Nakuru County`,
/// `Gauteng Province`): a region of two words is read only when its second
/// word is capitalised too, on the same line.
pub(super) fn known_place_at(text: &str, toks: &[Token], k: usize) -> bool {
    lexicon().is_place(&norm(tok(text, toks, k)))
        || toks.get(k + 1).is_some_and(|t| t.upper() && !t.newline_before())
            && (has(toks, k + 1, cat::PLACE_NOUN) && toks[k].upper()
                || lexicon().is_place(&norm(phrase(text, toks, k, k + 1))))
}

/// The most tokens of a distance before a bearing (`40 km`, `about 30
/// miles`).
const DISTANCE_TOKENS: usize = 3;

/// A bearing from a known place of one or two words after the name: `X,
/// north of Athens`, `X, 40 km south-west of Homs`, `X, east of New York`;
/// or nearness to it: `X, near Athens`, `X, outside Homs`, and after a
/// place's preposition without the comma (`from X near Kolkata`).
fn bearing_after(text: &str, toks: &[Token], s: Segment) -> bool {
    let mut k = s.last + 1;
    let near = |j: usize| matches!(tok_bytes(text, toks, j), b"near" | b"outside") && known_place_at(text, toks, j + 1);
    // (The words after the name first: most names have neither.)
    if !tok_is(text, toks, k, ",") {
        return near(k)
            && s.first > 0
            && with_lower(tok(text, toks, s.first - 1), |p| PLACE_PREPOSITIONS.contains(&p))
            && !has_possessive(tok(text, toks, s.last));
    }
    if has_possessive(tok(text, toks, s.last)) {
        return false;
    }
    k += 1;
    if near(k) {
        return true;
    }
    let compass = |w: &str| with_lower(w, bearing);
    let Some(bearing) = (k..=k + DISTANCE_TOKENS).find(|&j| compass(tok(text, toks, j))) else { return false };
    let distance = (k..bearing).all(|j| {
        let w = tok(text, toks, j);
        w.starts_with(|c: char| c.is_ascii_digit() || c.is_ascii_lowercase()) && !toks[j].newline_before()
    });
    distance && tok_is(text, toks, bearing + 1, "of") && known_place_at(text, toks, bearing + 2)
}

/// The shortest lower-case word of a part of a land before its name
/// (`north`, `east`, `west`, `south`).
const MIN_PART_LEN: usize = 4;

/// `across northern X`, `in south-eastern X`, `central X`: a bearing's or
/// `central`'s word in lower case right before the name names a part of a
/// land, which the name is (LABELS.md: the span is the name alone); not
/// a people's adjective (the caller's test: `southern Kessish fishermen`).
fn part_of(text: &str, toks: &[Token], s: Segment) -> bool {
    let Some(t) = s.first.checked_sub(1).map(|k| toks[k]) else { return false };
    // The first byte and length first: most names follow no such word.
    let w = t.text(text);
    if w.len() < MIN_PART_LEN || !matches!(w.as_bytes()[0], b'n' | b's' | b'e' | b'w' | b'c') {
        return false;
    }
    w == "central" || bearing(w)
}

/// A compass point in lower case, alone or hyphenated (`north`,
/// `south-west`, `north-eastern`).
fn bearing(w: &str) -> bool {
    w.split('-').all(|p| COMPASS_PREFIXES.contains(&p))
}

/// A hyphenated bearing (`north-west`, `south-east`): the one-word ones
/// are [`OF_PLACE_NOUNS`] already, and asked first.
fn compound_bearing(w: &str) -> bool {
    w.contains('-') && bearing(w)
}

/// A place noun said of the name, by a copula or an appositive: `X is a
/// village in …`, `X was a small town.`, `X, a coastal city on the …`,
/// `X, a suburb north of …`
/// (the noun ends its phrase: [`AFTER_PLACE_NOUN`]); not `X is a city
/// councillor` or `X, a state senator`.
fn place_noun_said(text: &str, toks: &[Token], s: Segment) -> bool {
    let mut k = s.last + 1;
    if !matches!(tok_bytes(text, toks, k), b"is" | b"was" | b",") || has_possessive(tok(text, toks, s.last)) {
        return false;
    }
    k += 1;
    if !matches!(tok_bytes(text, toks, k), b"a" | b"an") {
        return false;
    }
    for _ in 0..=PREDICATE_WORDS {
        k += 1;
        let w = tok(text, toks, k);
        if !w.starts_with(|c: char| c.is_ascii_lowercase()) || toks[k].newline_before() {
            return false;
        }
        if has(toks, k, cat::PLACE_NOUN) {
            let next = toks.get(k + 1);
            return next.is_none_or(|t| {
                t.newline_before() || t.kind() == Kind::Punct || AFTER_PLACE_NOUN.contains(&t.text(text))
            });
        }
    }
    false
}

/// An unknown single name where a place goes: `homes in Ruidoso,`, `its
/// site in Marl.`, `near Tawila`; not a given name, a demonym or language
/// (`in English`), an acronym, or a name followed by more capitals.
pub(super) fn locative(text: &str, toks: &[Token], s: Segment) -> bool {
    let prev = if s.first > 0 { tok(text, toks, s.first - 1) } else { "" };
    s.first > 0
        && on_list(toks, s.first - 1, list::LOCATIVE_CUE)
        && LOCATIVE_CUES.contains(&prev)
        && placeable(text, toks, s)
}

/// [`locative`], and the cues the learned rule was not trained on (so
/// only the coreference pass reads them, for a name nothing else
/// decided): a locative cue opening the sentence (`In Thessaly he won`,
/// `Near Zorvik, troops …`), and `to` or `into` after a verb or a noun of
/// travel (`fled to Karabilah`, `returned to Kirriemuir`, `marched into
/// Scythia`, `flights to Tromsø`), a share of an area (`most of
/// Fallujah`, `the centre of Vrenok`), a natural feature's noun alone
/// (`in the Gulf`), and a route's ends (`from Hadibo to Qalansia`).
pub(super) fn located(text: &str, toks: &[Token], s: Segment) -> bool {
    if locative(text, toks, s) {
        return true;
    }
    let Some(p) = s.first.checked_sub(1) else { return false };
    let prev = tok(text, toks, p);
    let opening = || {
        prev.starts_with(char::is_uppercase)
            && with_lower(prev, |w| LOCATIVE_CUES.contains(&w))
            && crate::sentences::sentence_initial(text, toks, p)
    };
    // The word before read once: each cue below wants its own.
    let cue = match prev {
        "to" => after_travel(text, toks, s.first) || route_end(text, toks, s.first),
        "into" => after_travel(text, toks, s.first),
        "from" => route_start(text, toks, s.first),
        "of" => share_of_a_land(text, toks, s.first),
        "the" => the_feature(text, toks, s),
        _ => opening(),
    };
    cue && placeable(text, toks, s)
}

/// Nouns of a natural feature that, capitalised alone after `the`, name
/// the one the reader knows (`in the Gulf`, `in the Valley`, `across the
/// Desert`). Not `Channel`, an organisation's word too (a television
/// channel). Sorted: searched by halves.
const FEATURES_ALONE: [&str; 8] = ["delta", "desert", "gulf", "highlands", "peninsula", "sea", "strait", "valley"];

/// Prepositions before `the` and a feature of [`FEATURES_ALONE`] (`in the
/// Gulf`, `return to the Gulf`, `across the Strait`).
const BEFORE_THE_FEATURE: [&str; 9] = ["across", "from", "in", "into", "near", "off", "over", "through", "to"];

/// `s` is one word, a capitalised noun of [`FEATURES_ALONE`], after a
/// preposition of [`BEFORE_THE_FEATURE`] and `the`, with no `of` after it
/// (`the Gulf of Oman` is a name of its own, which runs hold whole); not
/// a feature noun opening a longer name (`the Sea Hawker`: a capital
/// after it makes it no segment of one word).
fn the_feature(text: &str, toks: &[Token], s: Segment) -> bool {
    s.first == s.last
        && s.first >= 2
        && tok_is(text, toks, s.first - 1, "the")
        && BEFORE_THE_FEATURE.contains(&tok(text, toks, s.first - 2))
        && with_lower(tok(text, toks, s.first), |w| FEATURES_ALONE.binary_search(&w).is_ok())
        && !tok_is(text, toks, s.last + 1, "of")
}

/// Words for a share of an area before `of` (`most of X`, `much of X`,
/// `parts of X`): a single name after them is the area, a place. Not
/// `part`, which a body is made of as often (`part of Alphabet`), nor
/// `all` or `some`, which count people and things (`all of Smith's
/// songs`). Sorted: searched by halves.
const SHARE_WORDS: [&str; 3] = ["most", "much", "parts"];

/// Nouns for a part of an area that `the` opens before `of` (`the heart
/// of X`, `the rest of X`); a headline's `buys rest of Tiger` has no
/// article. Sorted: searched by halves.
const AREA_PART_NOUNS: [&str; 4] = ["center", "centre", "heart", "rest"];

/// Token `k` follows `of` after one of [`SHARE_WORDS`], or a noun of
/// [`AREA_PART_NOUNS`] after `the` (`took most of Fallujah`, `in the
/// heart of Vrenok`); a centre may have one lower-case word between
/// (`the provincial centre of Ulaangom`), the others not (`the deep heart
/// of Nature`: a common noun personified).
fn share_of_a_land(text: &str, toks: &[Token], k: usize) -> bool {
    if k < 2 || !tok_is(text, toks, k - 1, "of") {
        return false;
    }
    let w = tok(text, toks, k - 2);
    let the = |j: usize| tok_is(text, toks, j, "the");
    let qualified_centre = || {
        matches!(w, "centre" | "center")
            && k >= 4
            && the(k - 4)
            && tok(text, toks, k - 3).starts_with(|c: char| c.is_lowercase())
    };
    SHARE_WORDS.binary_search(&w).is_ok()
        || AREA_PART_NOUNS.binary_search(&w).is_ok() && k >= 3 && (the(k - 3) || qualified_centre())
}

/// The most words of a route's first end (`from Le Monetier to`).
const ROUTE_START_WORDS: usize = 3;

/// Token `k` is a route's far end: it follows `to`, after `from` and a
/// start of up to [`ROUTE_START_WORDS`] capitalised words, a known place
/// or one word no name list knows (`from Hadibo to Qalansia`, `marching
/// from Poolesville to Sandy Hook`); not after a person's name (`from
/// Pierre to Peter`, a name changed) nor a month (`from March to
/// August`).
pub(super) fn route_end(text: &str, toks: &[Token], k: usize) -> bool {
    if k < 3 || !tok_is(text, toks, k - 1, "to") {
        return false;
    }
    let to = k - 1;
    let lx = lexicon();
    (1..=ROUTE_START_WORDS).any(|n| {
        to > n
            && tok_is(text, toks, to - n - 1, "from")
            && (to - n..to).all(|j| toks[j].upper())
            && (n == 1 && unknown_word(text, toks, to - 1) || lx.is_place(&norm(phrase(text, toks, to - n, to - 1))))
    })
}

/// Token `j` is a word no list knows, no acronym, given name or surname: a
/// route's end read by the other's slot (`from Hadibo to`, `to Qalansia`).
fn unknown_word(text: &str, toks: &[Token], j: usize) -> bool {
    let w = core(tok(text, toks, j));
    let lx = lexicon();
    toks[j].cat == 0 && !is_all_caps(w) && !lx.is_given(w, false) && !lx.is_surname(w, false)
}

/// Token `k`, one word no list knows after `from`, is a route's first end:
/// `to` follows it, then a known place of up to [`ROUTE_START_WORDS`]
/// capitalised words or one unknown word, the clause going on after it
/// (`from Balrath to Kestwick,`, `from Balrath to New Delhi on`); not a person's
/// name (`from Smith to Jones`), a weekday or a month (`from Monday to
/// Friday`), nor before a longer unknown name (`from Balrath to Tom
/// Kestwick`).
fn route_start(text: &str, toks: &[Token], k: usize) -> bool {
    let to = k + 1;
    if !tok_is(text, toks, to, "to") || !unknown_word(text, toks, k) {
        return false;
    }
    let lx = lexicon();
    let end_place = |n: usize| {
        to + n < toks.len()
            && (to + 1..=to + n).all(|j| toks[j].upper())
            && place_ends_at(text, toks, to + n + 1)
            && lx.is_place(&norm(phrase(text, toks, to + 1, to + n)))
    };
    let end_unknown = || {
        toks.get(to + 1).is_some_and(|t| t.upper())
            && unknown_word(text, toks, to + 1)
            && place_ends_at(text, toks, to + 2)
    };
    end_unknown() || (1..=ROUTE_START_WORDS).any(end_place)
}

/// Token `k` follows `to` or `into` after a verb or a noun of travel in
/// lower case (`fled to`, `the trip to`): where one goes, a place.
pub(super) fn after_travel(text: &str, toks: &[Token], k: usize) -> bool {
    k >= 2
        && matches!(tok(text, toks, k - 1), "to" | "into")
        && TRAVEL_WORDS.binary_search(&tok(text, toks, k - 2)).is_ok()
}

/// Verbs and nouns of travel before `to` or `into` (`fled to`, `flights
/// to`): a name after them is where one goes, a place (a person is
/// spoken, written or given to, not travelled to). Sorted: searched by
/// halves.
const TRAVEL_WORDS: [&str; 27] = [
    "airlifted",
    "crossed",
    "deployed",
    "deported",
    "drove",
    "emigrated",
    "escaped",
    "evacuated",
    "fled",
    "flew",
    "flight",
    "flights",
    "flown",
    "headed",
    "journey",
    "marched",
    "moved",
    "relocated",
    "retreated",
    "returned",
    "route",
    "sailed",
    "traveled",
    "travelled",
    "trip",
    "trips",
    "withdrew",
];

/// A single name after a place's cue that may be a place: the clause goes
/// on after it (`in Ruidoso,`), and it is no possessive, acronym, demonym
/// or language, given name or organisation's word.
fn placeable(text: &str, toks: &[Token], s: Segment) -> bool {
    let w = core(tok(text, toks, s.first));
    let next_ok = place_ends_at(text, toks, s.last + 1) || tok_is(text, toks, s.last + 1, "—");
    next_ok
        && !has_possessive(tok(text, toks, s.first))
        && !is_all_caps(w)
        && !is_demonym(w)
        && !w.ends_with("ic")
        && !lexicon().is_given(w, false)
        && !lexicon::is_org_word(w)
}

/// `w` is a preposition a place's name follows (`in`, `near`, `at`, `from`,
/// `outside`, `to`, `on`, `into`), in any case: a place goes after it
/// (`in Harley Street`, `on Riverside Drive`).
pub(super) fn place_preposition(w: &str) -> bool {
    with_lower(w, |p| PLACE_PREPOSITIONS.contains(&p) || matches!(p, "to" | "on" | "into"))
}

/// What may follow a place named after a locative cue, at token `k`: the
/// text's, the line's or the clause's end, or a lower-case word (`in
/// Ruidoso,`, `in Purén on Friday`).
pub(super) fn place_ends_at(text: &str, toks: &[Token], k: usize) -> bool {
    toks.get(k).is_none_or(|t| {
        t.newline_before()
            || matches!(t.text(text), "," | "." | ";" | ")")
            || t.text(text).chars().next().is_some_and(char::is_lowercase)
    })
}

/// A lower-case role word right before token `first` (`spokesman`), or
/// an occupation (`author Chimamanda Ngozi Adichie`, `biologist Haruki
/// Tanabe`),
/// on its line (not a headline's last word: `new Supreme Court justice`
/// over `Washington, D.C. —`).
pub(super) fn role_before(text: &str, toks: &[Token], first: usize) -> bool {
    role_or_kin_before(text, toks, first, false)
}

/// `Houston Astros | pitcher Mike Hampton`, `Denver Broncos |
/// quarterback John Elway`: after the run ending at token `last`, on its
/// line, a member's role ([`role_before`]) and a capitalised word, the
/// name of whoever holds the role: the run is what they belong to.
pub(super) fn role_and_name_after(text: &str, toks: &[Token], last: usize) -> bool {
    // (Token `last + 2` is there, so `last + 1` is.)
    toks.get(last + 2).is_some_and(|t| t.upper())
        && !toks[last + 1].newline_before()
        && role_before(text, toks, last + 2)
}

/// [`role_before`], or (when `kin`) [`kin_before`]: the word before read
/// once for both.
pub(super) fn role_or_kin_before(text: &str, toks: &[Token], first: usize, kin: bool) -> bool {
    first > 0 && !toks[first].newline_before() && {
        let w = tok(text, toks, first - 1);
        w.chars().next().is_some_and(char::is_lowercase)
            && (is_title_token(toks, first - 1, w) && !TITLES_NOT_ALONE.contains(&w)
                || is_occupation_token(toks, first - 1, w)
                || kin && kin_noun_before(text, toks, first, w))
    }
}

/// [`is_occupation`] of token `k`, whose text is `w`: the list searched
/// only when the token has the list's bit (every listed word has it), else
/// an occupation's ending, so most words before a name are answered by a
/// bit and the endings. (A `match` of the list's hundred words, which this asked of
/// every word, was a chain of string comparisons in the page's build.)
fn is_occupation_token(toks: &[Token], k: usize, w: &str) -> bool {
    // (The bit is the word's lower-case form's: `aUTHOR` has it too.)
    on_list(toks, k, list::OCCUPATION) && OCCUPATIONS.contains_sorted(w) || has_occupation_ending(w)
}

/// `her mother Wajiha Sabunji`, `his nephew Rastiz`, `Tom's wife Ana`,
/// `his late wife Ana`: a kin noun ([`is_kin_noun`]) or `friend` right before
/// token `first`, on its line, after a possessive (a determiner or a
/// name's), maybe with one lower-case word between (`his third daughter
/// Lensey`): the kin's name.
pub(super) fn kin_before(text: &str, toks: &[Token], first: usize) -> bool {
    first > 0 && !toks[first].newline_before() && kin_noun_before(text, toks, first, tok(text, toks, first - 1))
}

/// [`kin_before`] of token `first`, whose word before, on its line, is
/// `noun`.
fn kin_noun_before(text: &str, toks: &[Token], first: usize, noun: &str) -> bool {
    if !(is_kin_noun(noun) || noun == "friend") {
        return false;
    }
    // (Not a function word: `my brother I never knew`.)
    if first < 2 || has(toks, first, cat::STOP) {
        return false;
    }
    let possessive = |k: usize| {
        let w = tok(text, toks, k);
        personal_possessive(w) || has_possessive(w)
    };
    let lower = |k: usize| tok(text, toks, k).starts_with(|c: char| c.is_ascii_lowercase());
    possessive(first - 2) || first >= 3 && lower(first - 2) && possessive(first - 3)
}

/// [`lexicon::is_title`] of token `k`, whose text is `w`: read off the
/// token's list bits (looked up on its form without a possessive) when
/// that form is `w` and `w` ends in no period, the two lookups then being
/// one; looked up again otherwise. This runs before most names.
fn is_title_token(toks: &[Token], k: usize, w: &str) -> bool {
    if core(w).len() == w.len() && !w.ends_with('.') {
        return has(toks, k, cat::TITLE);
    }
    lexicon::is_title(w)
}

/// The name at `s` modifies a lower-case noun after it (`says Ebola
/// outbreak is over`, `said Zika cases rose`): the subject of what is said,
/// not its sayer. Not a word on a list, as function words, times and
/// fillers are (`said Smith on Monday`, `said Smith yesterday`), nor a
/// word in `-ed` or `-s`, as verbs end (`says Shinseki offered his
/// resignation`, `says Trump aims to`), unless in `-us` or `-ss`, as
/// nouns end and verbs do not (`confirms Marburg virus outbreak`, `says
/// Kemmel census data`), nor an adverb in `-ly`.
fn modifies_a_noun(text: &str, toks: &[Token], s: Segment) -> bool {
    let k = s.last + 1;
    let w = tok(text, toks, k);
    w.starts_with(|c: char| c.is_ascii_lowercase())
        && toks[k].cat == 0
        && !toks[k].newline_before()
        && !w.ends_with("ly")
        && !w.ends_with("ed")
        && (!w.ends_with('s') || w.ends_with("us") || w.ends_with("ss"))
}

/// A slot after a name that only a person fills: a life's event (`X was
/// born`, `X later resigned`); and, unless `place_named` (a town or
/// country may have the name: `India, whose`, `Hello Paris`, `Colorado's
/// attorney general`), a person's kin or counsel (`X's wife`, `X 's
/// lawyer`), a relative `whose` (`X, whose`, not `the band X, whose`) or a
/// greeting before (`Hi X!`, `Dear X,`); an age (`X, 45,`, `X, now 31,`)
/// when `age_ok` (the caller says: not after a headline's `Girl`, nor a
/// place's name); and a letter's
/// salutation or signature ([`letter_slot`]), for a place's name too when
/// it is a given name (`Bryan,`).
pub(super) fn person_slot(text: &str, toks: &[Token], s: Segment, place_named: bool, age_ok: bool) -> bool {
    // The token after the name says which slot it can be in: most
    // candidates are done with after one look.
    let next = toks.get(s.last + 1);
    let next_text = next.map_or("", |t| t.text(text));
    if has_possessive(tok(text, toks, s.last)) || matches!(next_text, "'s" | "’s" | "'" | "’") {
        return !place_named && personal_noun_after(text, toks, s);
    }
    if next.is_some_and(|t| !t.newline_before()) && next_text.starts_with(|c: char| c.is_ascii_lowercase()) {
        // `Wintour herself appears`: only a person takes a personal
        // reflexive (a town is `itself`); not a participle's object
        // (`Seating himself in a rocker`).
        let reflexive =
            || !place_named && matches!(next_text, "himself" | "herself") && !tok(text, toks, s.last).ends_with("ing");
        // (The noun first, by its length: it is seldom there.)
        let tenure = || !place_named && on_short_list(&TENURE_NOUNS, next_text) && tenure_after(text, toks, s);
        return life_event_after(text, toks, s) || reflexive() || tenure();
    }
    next_text == ","
        && (!place_named && relative_after(text, toks, s, "whose") && !after_common_noun(text, toks, s.first)
            || age_ok && age_after(text, toks, s))
        || !place_named && greeting_before(text, toks, s)
        || letter_slot(text, toks, s) && (!place_named || lexicon().is_given(&norm(tok(text, toks, s.first)), false))
}

/// `the Obama administration`: one word between `the` and a noun for a
/// leader's time in office ([`TENURE_NOUNS`]); the article is the noun's.
/// Not an adjective's ending (`the Democratic administration`, `the
/// Federal administration`, `the Communist administration`, `the
/// Conservative administration`).
pub(super) fn tenure_after(text: &str, toks: &[Token], s: Segment) -> bool {
    s.first == s.last
        && s.first > 0
        && on_short_list(&TENURE_NOUNS, tok(text, toks, s.last + 1))
        && with_lower(tok(text, toks, s.first - 1), |w| w == "the")
        && !ADJECTIVE_ENDINGS.iter().any(|e| tok(text, toks, s.first).ends_with(e))
}

/// A letter's salutation or signature: a name alone on its line before a
/// comma (`Vince,` then the letter), or alone on the line after a closing
/// (`Thanks` / `Best regards,` then `Kam`); not a closing itself.
fn letter_slot(text: &str, toks: &[Token], s: Segment) -> bool {
    let line_start = toks.get(s.first).is_some_and(|t| t.newline_before()) || s.first == 0;
    let line_end_at = |k: usize| toks.get(k).is_none_or(|t| t.newline_before());
    if !line_start || s.first != s.last {
        return false;
    }
    // `Regards,` is the closing itself; `Description:` heads a section.
    let w = tok(text, toks, s.first);
    if CLOSINGS.iter().any(|c| c.eq_ignore_ascii_case(w)) {
        return false;
    }
    if tok_is(text, toks, s.last + 1, ",") && line_end_at(s.last + 2) {
        return true;
    }
    if !line_end_at(s.last + 1) || s.first == 0 {
        return false;
    }
    // The line before: a closing word, with its punctuation, ending a short line.
    let mut k = s.first - 1;
    if matches!(tok_bytes(text, toks, k), b"," | b"." | b"!") && k > 0 {
        k -= 1;
    }
    let closing = CLOSINGS.iter().any(|c| c.eq_ignore_ascii_case(tok(text, toks, k)));
    let line_from = (k.saturating_sub(CLOSING_LINE_WORDS)..=k).rev().find(|&j| toks[j].newline_before() || j == 0);
    closing && line_from.is_some()
}

/// `the band Deadsy`, `the airline Nordsee Air`: the name stands after a
/// determiner and a lower-case noun, which says what it is.
fn after_common_noun(text: &str, toks: &[Token], first: usize) -> bool {
    first >= 2
        && tok(text, toks, first - 1).chars().next().is_some_and(char::is_lowercase)
        && with_lower(tok(text, toks, first - 2), |w| DETERMINERS.contains(&w))
}

/// `X was born`, `X died`, `Hall later resigned`, `Aldrin has been married`
/// (the name has no possessive: [`person_slot`] asked).
fn life_event_after(text: &str, toks: &[Token], s: Segment) -> bool {
    for k in s.last + 1..s.last + 1 + LIFE_EVENT_WINDOW {
        if toks.get(k).is_none_or(|t| t.newline_before()) {
            return false;
        }
        // The lists hold lower-case words: a capital or a mark ends the
        // search at once.
        let w = tok(text, toks, k);
        if !w.starts_with(|c: char| c.is_ascii_lowercase()) {
            return false;
        }
        if on_short_list(&LIFE_EVENT_VERBS, w) {
            return true;
        }
        // (The auxiliary first: it is rare, the search is not.)
        let passive = k > s.last + 1 && matches!(tok_bytes(text, toks, k - 1), b"was" | b"is" | b"were" | b"been");
        if passive && on_short_list(&PASSIVE_LIFE_EVENTS, w) {
            return true;
        }
        if !on_short_list(&LIFE_EVENT_FILLERS, w) {
            return false;
        }
    }
    false
}

/// `w` is on `list`, a list of a few words: their lengths are compared
/// first, so most words are done with before any byte is (a binary search
/// compared the bytes of four or so; this runs after most names).
fn on_short_list(list: &[&str], w: &str) -> bool {
    list.iter().any(|&l| l.len() == w.len() && l == w)
}

/// `X's wife`, `X 's lawyer` (a tokenised possessive).
fn personal_noun_after(text: &str, toks: &[Token], s: Segment) -> bool {
    let noun = if has_possessive(tok(text, toks, s.last)) {
        s.last + 1
    } else if matches!(tok(text, toks, s.last + 1), "'s" | "’s") {
        s.last + 2
    } else if matches!(tok(text, toks, s.last + 1), "'" | "’") && tok_is(text, toks, s.last + 2, "s") {
        s.last + 3
    } else {
        return false;
    };
    PERSONAL_NOUNS.contains_sorted(tok(text, toks, noun))
}

/// `Jutting, 31,`, `Jutting, now 31,`: an age set off by commas (the
/// comma after the name: [`person_slot`] asked).
fn age_after(text: &str, toks: &[Token], s: Segment) -> bool {
    let mut k = s.last + 2;
    if AGE_LEADS.contains(&tok(text, toks, k)) {
        k += 1;
    }
    is_age_figure(tok(text, toks, k)) && tok_is(text, toks, k + 1, ",")
}

/// `Hi Kat!`, `Dear Vince,`, `Hey David:` at the end of the greeting.
fn greeting_before(text: &str, toks: &[Token], s: Segment) -> bool {
    let next = toks.get(s.last + 1);
    let ends = next.is_none_or(|t| t.newline_before() || matches!(t.text(text), "," | "!" | ":" | "." | "-" | "—"));
    ends && s.first > 0 && {
        let before = tok(text, toks, s.first - 1);
        GREETINGS.iter().any(|g| g.eq_ignore_ascii_case(before))
    }
}

/// `X, whose`: a relative pronoun right after a name set off by a comma,
/// which no determiner makes a common noun (`the Tsar, whose`, `your
/// Byron, who`: the poet's books; [`determiner_before`]) and which
/// counts or names no group (`Two Australians, whose`).
fn relative_after(text: &str, toks: &[Token], s: Segment, pronoun: &str) -> bool {
    if !tok_is(text, toks, s.last + 1, ",") || tok(text, toks, s.last + 2) != pronoun {
        return false;
    }
    let determiner = determiner_before(text, toks, s.first);
    let group = (s.first..=s.last).any(|k| has(toks, k, cat::NUMBER_START) || is_demonym(core(tok(text, toks, k))));
    !determiner && !group
}

/// `X, who`: a relative clause only a person takes, after a name that no
/// article makes a common noun (`the Tsar, who`) and that counts or names
/// no group (`Two Australians, who`).
pub(super) fn who_after(text: &str, toks: &[Token], s: Segment) -> bool {
    relative_after(text, toks, s, "who")
}

/// A role or a reporting verb makes the segment a person: an appositive
/// after a role (`the coach, X,`), a title or speech verb before it
/// (`spokesman X`, `Mr. X`, `said X`, `according to X`), a reporting verb
/// after it (`X said`, `X also said`), a relative `who` (`X, who`).
pub(super) fn person_context(text: &str, toks: &[Token], s: Segment) -> bool {
    if who_after(text, toks, s) {
        return true;
    }
    // An appositive after a role: `the batting coach, Morné Jacobs, said`,
    // `the prefect of Adré, Mahamat Saleh Abakar, told`.
    if s.first >= 2 && tok_is(text, toks, s.first - 1, ",") && tok_is(text, toks, s.last + 1, ",") {
        let role = (s.first.saturating_sub(APPOSITIVE_ROLE_WINDOW)..s.first - 1).any(|k| {
            let w = tok(text, toks, k);
            w.chars().next().is_some_and(char::is_lowercase) && lexicon::is_title(w)
        });
        if role {
            return true;
        }
    }
    // `posted by her son, Sajeeb Wazed Joy.`: kin after a possessive
    // determiner, and the name set off by a comma to the clause's end.
    if s.first >= 3
        && tok_is(text, toks, s.first - 1, ",")
        && matches!(tok_bytes(text, toks, s.last + 1), b"," | b"." | b";" | b"")
    {
        let kin = is_kin_noun(tok(text, toks, s.first - 2));
        if kin && personal_possessive(tok(text, toks, s.first - 3)) {
            return true;
        }
    }
    // A role before: `spokesman X`, `Mr. X`.
    if s.first > 0 {
        let j = s.first - 1;
        if tok_is(text, toks, j, ".") {
            // `Mr. X`, `Gen. X`; any other period ends a sentence (`That's
            // it, sir.` and `the leader.` too), and the verb after may still
            // say (`… on Monday. Nowak said`).
            if abbreviation_period(text, toks, j)
                && !toks[s.first].newline_before()
                && lexicon::is_title(tok(text, toks, j - 1))
                && !office(text, toks, s)
            {
                return true;
            }
            // A lone word opening a sentence is a name before a reporting
            // verb in the past (`Nowak said`), not before a present or a
            // base form, which common words open (`Report says`, `Please
            // say`), nor an indefinite pronoun (`Someone told`: a function
            // word).
            // (A word of one or two letters before the period is an
            // initial or an abbreviation in tokenised text: `Mt . Gox said`.)
            // A run of more words set off by a comma goes on to the verb
            // after the phrase, as at the text's start (`… afterwards.
            // Viswanathan Anand, India's first grandmaster, called it`);
            // without the comma a sentence's opening word may be joined to
            // it (`Finally Tom said`).
            // (Or in the present, a surname no common noun is shaped like:
            // `… on Monday. McGuinty says`.)
            if s.first == s.last || !tok_is(text, toks, s.last + 1, ",") {
                let ends_sentence = j > 0 && tok(text, toks, j - 1).chars().count() >= MIN_SENTENCE_END_WORD;
                let verb = || {
                    past_reporting_verb_after(text, toks, s)
                        || prefixed_surname(tok(text, toks, s.first)) && reporting_verb_at(text, toks, s).is_some()
                };
                return s.first == s.last && ends_sentence && verb();
            }
        }
        let w = tok(text, toks, j);
        // (A line's last word titles nobody on the next: `03:17 PM\nPlease`.)
        let same_line = !toks[s.first].newline_before();
        if same_line && has(toks, j, cat::TITLE) && !with_lower(w, |l| TITLES_NOT_ALONE.contains(&l)) {
            return true;
        }
        if has(toks, j, cat::REPORTING)
            && w.chars().next().is_some_and(char::is_lowercase)
            && !ADDRESSEE_VERBS.contains(&w)
            && !modifies_a_noun(text, toks, s)
        {
            return true;
        }
        if w == "to" && j > 0 && tok(text, toks, j - 1).eq_ignore_ascii_case("according") {
            return true;
        }
    }
    // So too a lone word opening a line (an e-mail's `Please respond to …`,
    // `Please advise`), unless a name list knows it (`Nowak says`).
    // (The verb first: most segments have none, and need no lookup.)
    let Some(verb) = reporting_verb_at(text, toks, s) else { return false };
    // Not a lone word an article or a possessive determiner makes a common
    // noun or a work before a verb in the present (`our Constitution
    // calls`, `the Bible says`); in the past a byname may stand so (`the
    // Tiger said`).
    if s.first == s.last && !past_reporting_verb(text, toks, verb) && determiner_before(text, toks, s.first) {
        return false;
    }
    let line_start = s.first == 0 || toks[s.first].newline_before();
    let name = name_bit::GIVEN | name_bit::GIVEN_WORD | name_bit::SURNAME | name_bit::SURNAME_WORD;
    !(s.first == s.last && line_start)
        || past_reporting_verb(text, toks, verb)
        || prefixed_surname(tok(text, toks, s.first))
        || lexicon().name_bits(&norm(tok(text, toks, s.first))) & name != 0
}

/// The prefixes of Gaelic surnames, a capital after them (`McGuinty`,
/// `MacKay`, `O'Rourke`): no common noun opens so. Not the subject
/// rule's `INNER_CAPITAL_PREFIXES`, which allows a capital after `De` or
/// `La` too (`DeSantis`), prefixes that open brands as well (`LaserJet`).
const SURNAME_PREFIXES: [&str; 4] = ["Mc", "Mac", "O'", "O’"];

/// The fewest lower-case letters after the prefix's capital (`McGee`):
/// shorter are initials and brands (`McD`).
const MIN_PREFIXED_TAIL: usize = 2;

/// `McGuinty`, `MacKay`, `O'Rourke`: a word shaped as a prefixed surname, a
/// capital after the prefix and lower-case letters to its end.
fn prefixed_surname(w: &str) -> bool {
    SURNAME_PREFIXES.iter().any(|p| {
        w.strip_prefix(p).is_some_and(|rest| {
            let mut cs = rest.chars();
            let mut tail = 0;
            cs.next().is_some_and(char::is_uppercase)
                && cs.all(|c| {
                    tail += 1;
                    c.is_lowercase()
                })
                && tail >= MIN_PREFIXED_TAIL
        })
    })
}

/// `Mr. | Chief | Justice`, `Madam | Deputy | Speaker`: title words that
/// another title follows are an office, no name after the title before
/// them (`Mr. Bishop`, `Mrs. King` are).
pub(super) fn office(text: &str, toks: &[Token], s: Segment) -> bool {
    lexicon::is_title(tok(text, toks, s.last + 1)) && (s.first..=s.last).all(|k| lexicon::is_title(tok(text, toks, k)))
}

/// A reporting verb after the segment in the past (`Nowak said`, `Nowak
/// added`), not a present or a base form (`Report says`, `Please say`).
fn past_reporting_verb_after(text: &str, toks: &[Token], s: Segment) -> bool {
    reporting_verb_at(text, toks, s).is_some_and(|k| past_reporting_verb(text, toks, k))
}

/// Token `k`, a reporting verb, is in the past.
fn past_reporting_verb(text: &str, toks: &[Token], k: usize) -> bool {
    let v = tok(text, toks, k);
    v.ends_with("ed") || IRREGULAR_PAST_REPORTING.contains(&v)
}

/// The possessive determiners of people (`his`, `her`, `their`, `my`,
/// `our`, `your`; in any case): before a kin noun they make it someone's
/// kin (`her son, X`, `His nephew X`).
const PERSONAL_POSSESSIVES: [&str; 6] = ["her", "his", "my", "our", "their", "your"];

/// `w` is one of the [`PERSONAL_POSSESSIVES`], in any case.
fn personal_possessive(w: &str) -> bool {
    with_lower(w, |l| PERSONAL_POSSESSIVES.contains(&l))
}

/// Reporting verbs whose past is not in `-ed`.
const IRREGULAR_PAST_REPORTING: [&str; 3] = ["said", "told", "wrote"];

/// The shortest word before a period that ends a sentence: `J .`, `Mt .`
/// (tokenised initials and abbreviations) end none.
const MIN_SENTENCE_END_WORD: usize = 3;

/// The most tokens of a phrase set off by commas between a name and its
/// reporting verb (`Trump, in a post on Truth Social, wrote`).
const PARENTHETICAL_MAX: usize = 8;

/// A reporting verb after the segment: `Peskov said`, `Peskov also said`,
/// `Trump, in a post on Truth Social, wrote`, and after a name in
/// apposition (`the department's top official, Harmeet Dhillon, said`).
pub(super) fn reporting_verb_after(text: &str, toks: &[Token], s: Segment) -> bool {
    reporting_verb_at(text, toks, s).is_some()
}

/// The most words of an owner's name in a description set off by commas
/// (`, Nippon Steel Corp's chairman,`).
const OWNER_MAX_WORDS: usize = 3;

/// The token of [`reporting_verb_after`]'s verb.
fn reporting_verb_at(text: &str, toks: &[Token], s: Segment) -> Option<usize> {
    let mut from = s.last + 1;
    // (Not a verb with its own subject after it: `X, said the mayor,`.)
    let appositive = s.first > 0 && tok_is(text, toks, s.first - 1, ",") && tok_is(text, toks, from, ",");
    let subject_after = || {
        let w = tok(text, toks, from + 2);
        w.starts_with(char::is_uppercase) || with_lower(w, |l| DETERMINERS.contains(&l))
    };
    if appositive && has(toks, from + 1, cat::REPORTING) && !has_possessive(tok(text, toks, s.last)) && !subject_after()
    {
        return Some(from + 1);
    }
    if tok_is(text, toks, from, ",") {
        // Over a phrase set off by commas on the same line, opening in
        // lower case (not a name in apposition: `from Husaybah, Zahid Rawi,
        // said`) and holding no quotation (`, in a statement,`); or opening
        // with a name's possessive before a lower-case word (`, India's
        // first grandmaster,`, `, Nippon Steel's chairman,`: a description).
        let lower = |k: usize| tok(text, toks, k).starts_with(|c: char| c.is_lowercase());
        let owner = || {
            (from + 1..=from + OWNER_MAX_WORDS)
                .find(|&k| has_possessive(tok(text, toks, k)) || !is_cap(tok(text, toks, k)))
                .is_some_and(|k| has_possessive(tok(text, toks, k)) && lower(k + 1))
        };
        if !(lower(from + 1) || owner()) {
            return None;
        }
        let mut close = None;
        for (k, t) in toks.iter().enumerate().skip(from + 1).take(PARENTHETICAL_MAX) {
            let w = t.text(text);
            if t.newline_before() || matches!(w, "\"" | "“" | "”") {
                return None;
            }
            if w == "," {
                close = Some(k);
                break;
            }
        }
        from = close? + 1;
    }
    for k in from..from + VERB_AFTER_WINDOW {
        if has(toks, k, cat::REPORTING) && toks.get(k).is_some_and(|t| !t.newline_before()) {
            return (!has_possessive(tok(text, toks, s.last)) && !passive_report(text, toks, k)).then_some(k);
        }
        if !has(toks, k, cat::FILLER | cat::WEEKDAY) {
            return None;
        }
    }
    None
}

/// `Violence was reported in Sylhet`, `Flooding has been reported`: a
/// report in the passive says what was reported, not who spoke (`Peskov
/// was quoted`, `was told`, `X was announced as the winner` keep their
/// person).
fn passive_report(text: &str, toks: &[Token], verb: usize) -> bool {
    verb > 0
        && tok_is(text, toks, verb, "reported")
        && matches!(tok_bytes(text, toks, verb - 1), b"was" | b"were" | b"is" | b"are" | b"been" | b"be")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::name_words::is_occupation;
    use annotator_schema::Label;

    #[test]
    fn an_occupation_token_is_what_is_occupation_says_of_its_text() {
        // Listed words, words read by their ending, and words that are
        // neither: their forms with a capital, a possessive, a hyphen, a
        // period, a letter more or less, and words of other lists.
        let text = "author Author author's author-in-chief author. authors autho driver drivers \
                    geneticist Geneticist ologist physician pediatrician economist photographer \
                    spokesman president miner the said businesswoman businesswomen tycoon aUTHOR";
        let toks = crate::tokens::tokenize(text);
        let mut seen = 0;
        for (k, t) in toks.iter().enumerate() {
            let w = t.text(text);
            assert_eq!(is_occupation_token(&toks, k, w), is_occupation(w), "{w}");
            seen += usize::from(is_occupation(w));
        }
        // (`author.` is the word and its period.)
        assert_eq!(seen, 11, "the occupations above");
    }

    #[test]
    fn travel_words_are_sorted() {
        assert!(TRAVEL_WORDS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn place_noun_said_cases() {
        // (text, the places expected): names no list knows, made places by
        // a place noun said of them; and where the noun says nothing.
        let cases: &[(&str, &[&str])] = &[
            ("Vorloe is a village in the north of the county.", &["Vorloe"]),
            ("Vorloe is a small coastal town.", &["Vorloe"]),
            ("Vorloe is a village and municipality of the region.", &["Vorloe"]),
            ("They reached Vorloe, a fishing village on the coast, at noon.", &["Vorloe"]),
            ("The ferry left Vorloe, a suburb north of the capital.", &["Vorloe"]),
            ("Vorloe was a commune of the department.", &["Vorloe"]),
            // The noun is a modifier, no copula or article, or another noun.
            ("Vorloe is a city councillor and a teacher.", &[]),
            ("The bill was backed by Vorloe, a state senator.", &[]),
            ("Vorloe is the town's baker.", &[]),
            ("Vorloe is a teacher in the village.", &[]),
            ("Vorloe's a town of its own.", &[]),
        ];
        assert_places(cases);
    }

    #[test]
    fn town_and_region_cases() {
        // (text, the places expected): an unknown town after a place
        // preposition or `of`, `to`, then a known region after a comma.
        let cases: &[(&str, &[&str])] = &[
            ("a strike in Vorloe, Ukraine killed two", &["Vorloe", "Ukraine"]),
            ("Spc. Dana Reyes, of Vorloe, Texas, died Monday.", &["Vorloe", "Texas"]),
            ("a native of Vorloe, South Dakota.", &["Vorloe", "South Dakota"]),
            ("They moved to Vorloe, New Jersey, in May.", &["Vorloe", "New Jersey"]),
            // No preposition before, no known region after.
            ("Vorloe, Texas, said no.", &["Texas"]),
            ("the works of Vorloe, Marguerite, said", &[]),
        ];
        assert_places(cases);
    }

    #[test]
    fn territorial_title_of_cases() {
        // (text, the places expected): an unknown name after a territorial
        // title's or rulers' `of` is the place. (A capitalised title opens
        // a titled run, whose office's unknown words stay open: `Earl of
        // Vorloe`, not yet read.)
        let cases: &[(&str, &[&str])] = &[
            ("The letters came from the kings of Vorloe.", &["Vorloe"]),
            ("She met the countess of Vorloe at court.", &["Vorloe"]),
            ("The bishop of Vorloe spoke first.", &["Vorloe"]),
            // Titles that name no land as often, and nouns that are no title.
            ("He was hailed as the King of Pop.", &[]),
            ("Fans called her the queen of Vorloe.", &[]),
            ("He sang of Vorloe and the sea.", &[]),
        ];
        assert_places(cases);
    }

    #[test]
    fn part_of_a_land_cases() {
        // (text, the places expected): an unknown name after a bearing's
        // word or `central` in lower case is the place, without the word.
        let cases: &[(&str, &[&str])] = &[
            ("Heavy rain fell across northern Vorloe on Sunday.", &["Vorloe"]),
            ("Troops moved into south-eastern Vorloe overnight.", &["Vorloe"]),
            ("The fighting in central Vorloe eased.", &["Vorloe"]),
            ("They drove from east Vorloe at dawn.", &["Vorloe"]),
            // A people's adjective, a capitalised bearing (the run's),
            // another lower-case word before the name.
            ("The rally drew southern Kessish fishermen.", &[]),
            ("They hired western Sudanese workers.", &[]),
            ("The central Bank of Vorloe is elsewhere.", &[]),
            ("The sentral Vorloe rally ended.", &[]),
        ];
        assert_places(cases);
    }

    /// Each text's places are those expected.
    fn assert_places(cases: &[(&str, &[&str])]) {
        for (text, want) in cases {
            let toks = crate::tokens::tokenize(text);
            let got: Vec<&str> = crate::names::find(text, &toks)
                .into_iter()
                .filter(|m| m.label == Label::Place)
                .map(|m| &text[m.start..m.end])
                .collect();
            assert_eq!(got, *want, "{text}");
        }
    }

    #[test]
    fn is_title_token_answers_as_the_title_list_does() {
        // Titles plain, capitalised, possessive (both apostrophes), with a
        // period, hyphenated, in capitals; words that are no title.
        let text = "the spokesman said; the spokesman's aide and the minister’s view; Gov. Ruiz, \
                    U.S. envoy, president-elect Lee, SENATOR Ode, Dr. Kim, Mr Tan, a coach.";
        let toks = crate::tokens::tokenize(text);
        let mut titles = Vec::new();
        for (k, t) in toks.iter().enumerate() {
            let w = t.text(text);
            assert_eq!(is_title_token(&toks, k, w), lexicon::is_title(w), "{w:?}");
            if is_title_token(&toks, k, w) {
                titles.push(w);
            }
        }
        assert!(titles.contains(&"spokesman") && !titles.contains(&"said"), "{titles:?}");
    }

    #[test]
    fn on_short_list_finds_the_words_a_search_of_the_sorted_list_finds() {
        // Each list's own words, and near misses: a letter short or more,
        // another case, the empty word.
        let others = ["die", "dies", "Died", "marrie", "marrieds", "wa", "WAS", "borne", "bor", "alsoo", ""];
        for list in [&LIFE_EVENT_VERBS[..], &PASSIVE_LIFE_EVENTS, &LIFE_EVENT_FILLERS] {
            for w in list.iter().copied().chain(others) {
                assert_eq!(on_short_list(list, w), list.binary_search(&w).is_ok(), "{w:?}");
            }
        }
    }
}
